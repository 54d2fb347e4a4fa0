// A table cell written `-` is printed empty, as the published table leaves it; a cell written 0
// is printed 0. The two stay distinct in the generated report (issue 12: unknown is not zero).
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = [
    '模板 「全国」',
    '部门 「某县某局」',
    '年度 2023',
    '单位 万元',
    '表3 支出决算表 {',
    '  列【本年支出合计 基本支出 项目支出】',
    '  合计 100.00 100.00 -',
    '  201 一般公共服务支出 100.00 100.00 0',
    '}',
].join('\n');

/** The cells of the generated table row labelled `label`: code, name, then the template's columns. */
function rowCells(html: string, label: string): string[] {
    const rows = html.match(/<tr[\s\S]*?<\/tr>/g) ?? [];
    const cells = rows.map(row => (row.match(/<t[dh][^>]*>[\s\S]*?<\/t[dh]>/g) ?? []).map(cell => visibleText(cell).trim()));
    const found = cells.find(row => row.includes(label) && row.some(cell => /^\d/.test(cell)));
    if (!found) throw new Error(`no row ${label}`);
    return found;
}

describe('blank and zero cells in the generated tables', () => {
    it('prints a `-` cell empty and a 0 cell as 0', () => {
        const html = buildHtml(REPORT);
        expect(rowCells(html, '合计').slice(2, 5)).toEqual(['100.00', '100.00', '']);
        expect(rowCells(html, '一般公共服务支出').slice(2, 5)).toEqual(['100.00', '100.00', '0']);
    });
});
