// The 三公 section and table agree on what the table leaves out: a table of nothing (合计 -) prints its missing items -
// and its text says them 0, not 〔未填写〕; a complete table without 公务用车 (no cars) names no cars share; an item yet
// to be written asks for the completion against the budget the table's note names; an empty table whose title adds
// 会议费、培训费 prints their heads too.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';
import { tableRows } from './table-rows.js';

const TITLE = '一般公共预算财政拨款“三公”经费支出决算表';

const report = (rows: string, title = TITLE) => `模板 「全国」
部门 「某县某局」
年度 2024
单位 万元
表7 ${title} {
  列【预算数 决算数】
${rows}
}
`;

const shares = (html: string) => {
    const text = visibleText(html);
    return /“三公”经费财政拨款支出决算中，[^\n]*/.exec(text)?.[0] ?? '';
};

describe('a 三公 table read as nothing', () => {
    it('says its missing items 0, as the table prints them -', () => {
        const said = shares(buildHtml(report('  合计 - -\n  因公出国（境）费 - -')));
        expect(said).toMatch(/公务用车购置及运行维护费支出决算0万元；公务接待费支出决算0万元/);
        expect(said).not.toContain('〔未填写〕');
    });

    it('prints - under a row written by its parts alone, and says it 0', () => {
        const html = buildHtml(report(`  合计 - -
  因公出国（境）费 - -
  公务用车购置及运行维护费 {
    公务用车购置费 - -
    公务用车运行维护费 - -
  }`));
        expect(tableRows(html, TITLE).at(-1)).toEqual(Array(12).fill('-'));
        expect(shares(html)).not.toContain('〔未填写〕');
    });
});

describe('a complete 三公 table without 公务用车', () => {
    it('names no cars share', () => {
        const said = shares(buildHtml(report('  合计 10.00 8.00\n  因公出国（境）费 4.00 3.00\n  公务接待费 6.00 5.00')));
        expect(said).toContain('因公出国（境）费支出决算3.00万元');
        expect(said).not.toContain('公务用车');
        expect(said).not.toContain('〔未填写〕');
    });
});

describe('a 三公 table yet to be filled', () => {
    it('asks for the completion against the budget its note names', () => {
        const text = visibleText(buildHtml(report('  合计 10.00 8.00\n  因公出国（境）费 4.00 3.00\n  注 「预算数为“三公”经费全年预算数。」')));
        expect(text).toMatch(/2\.公务用车购置及运行维护费支出决算为〔未填写〕，完成全年预算的〔未填写〕/);
        expect(text).not.toContain('完成年初预算');
    });

    it('heads an empty table with the items its title adds', () => {
        const title = '一般公共预算财政拨款“三公”经费、会议费、培训费支出决算表';
        const rows = tableRows(buildHtml(report('', title)), title);
        expect(rows[1].slice(0, 6)).toEqual(['合计↓2', '因公出国（境）费↓2', '公务用车购置及运行维护费×3', '公务接待费↓2', '会议费↓2', '培训费↓2']);
        expect(rows[1].filter(c => c.startsWith('会议费'))).toHaveLength(2);
        const plain = tableRows(buildHtml(report('')), TITLE);
        expect(plain[1].some(c => c.startsWith('会议费'))).toBe(false);
    });
});
