// A text the report lists among its tables (临沧's 十三、2025年度部门整体支出绩效自评情况, test/trials/yunnan-2025-county-water.txt),
// written as a table of the report's own holding only its note: it prints as that text under the heading — no empty grid with
// 〔未填写〕, no unit of money above it — and is not told as a table left without data. A table of its own with figures prints
// as before.
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「某县水务局」
年度 2025
单位 万元
部分 「第二部分 2025年度部门决算表」

十、2025年度部门整体支出绩效自评情况 {
  注 「本部门对2025年度部门整体支出开展了绩效自评，自评得分94分。」
}
十一、2025年度部门整体支出绩效自评表 {
  列【分值 得分】
  合计 100 94
}
`;

describe('a text written as a table of the report’s own', () => {
    const text = visibleText(buildHtml(REPORT)).replace(/\s+/g, ' ');
    const from = text.lastIndexOf('十、2025年度部门整体支出绩效自评情况');
    const to = text.lastIndexOf('十一、2025年度部门整体支出绩效自评表');
    const page = text.slice(from, to);

    it('prints its text under its heading, without a grid to fill or a unit of money', () => {
        expect(from).toBeGreaterThanOrEqual(0);
        expect(page).toContain('本部门对2025年度部门整体支出开展了绩效自评，自评得分94分。');
        expect(page).not.toContain('未填写');
        expect(page).not.toContain('单位：万元');
        expect(page).not.toContain('决算数');
    });

    it('prints the table of its own with figures beside it as before, its points as written (100, not 100分: 分值 and 得分 head them)', () => {
        expect(text.slice(to)).toMatch(/合计 ?100 ?94(?!分)/);
    });

    it('is not told as a table without data', async () => {
        const services = createJuesuanServices(EmptyFileSystem).Juesuan;
        const document = await parseHelper<Report>(services)(REPORT, { validation: { categories: ['built-in', 'fast', 'slow'] } });
        const told = (document.diagnostics ?? []).filter(d => /部门整体支出绩效自评情况/.test(d.message) && ['completeness', 'unfilled'].includes(String(d.code)));
        expect(told.map(d => d.message)).toEqual([]);
    });
});
