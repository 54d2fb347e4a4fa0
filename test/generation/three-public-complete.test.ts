// The 三公 section and table agree on what the table leaves out: a table of nothing (合计 -) prints its missing items -
// and its text says them 0, not 〔未填写〕; a complete table without 公务用车 (no cars) names no cars share; an item yet
// to be written asks for the completion against the budget the table's note names; an empty table whose title adds
// 会议费、培训费 prints their heads too.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';
import { tableRows } from './table-rows.js';

const TITLE = '一般公共预算财政拨款“三公”经费支出决算表';

const report = (rows: string, title = TITLE, number = '表7') => `模板 「全国」
部门 「某县某局」
年度 2024
单位 万元
${number} ${title} {
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
        const offices = '财政拨款“三公”经费、行政参公单位机关运行经费情况表';
        expect(tableRows(buildHtml(report('', offices)), offices)[1].at(-1)).toBe('行政参公单位机关运行经费↓2');
    });

    // the rest of a title is its ending, no item: a table yet to be filled, or of nothing, prints the template's heads only
    for (const title of ['财政拨款“三公”经费支出决算公开表', '“三公”经费决算财政拨款情况统计表', '“三公”经费预算决算情况表',
        '“三公”经费支出决算统计表', '“三公”经费支出对比表']) {
        for (const rows of ['  合计 10.00 8.00\n  因公出国（境）费 4.00 3.00', '  合计 - -\n  因公出国（境）费 - -']) {
            it(`adds no head for the ending of ${title} (${rows.includes('-') ? 'nothing' : 'unfilled'})`, () => {
                const heads = tableRows(buildHtml(report(rows, title, '表9')), title)[1];
                expect(heads.map(c => c.replace(/[↓×]\d+$/, ''))).toEqual(
                    Array(2).fill(['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务接待费']).flat());
            });
        }
    }
});

describe('a 三公 table whose rows add up to its 合计', () => {
    it('asks for the cars share where it writes 公务用车 by its parts alone', () => {
        for (const cars of ['  公务用车购置费 0 0\n  公务用车运行维护费 5.00 4.00', '  公务用车运行费 5.00 4.00']) {
            const said = shares(buildHtml(report(`  合计 10.00 8.00\n  因公出国（境）费 2.00 1.00\n${cars}\n  公务接待费 3.00 3.00`)));
            expect(said, cars).toContain('公务用车购置及运行维护费支出决算〔未填写〕');
            expect(said, cars).toContain('公务接待费支出决算3.00万元');
        }
    });
});

describe('a 三公 table short of its 合计', () => {
    it('asks for the share of an item it has no row for, whatever rows it writes', () => {
        const said = shares(buildHtml(report(`  合计 10.00 8.00
  因公出国（境）费 2.00 1.00
  公务接待费 3.00 3.00 {
    国内公务接待费 3.00 3.00
  }`)));
        expect(said).toContain('公务用车购置及运行维护费支出决算〔未填写〕');
    });

    it('asks for it without a 合计', () => {
        expect(shares(buildHtml(report('  因公出国（境）费 4.00 3.00\n  公务接待费 6.00 5.00')))).toContain('公务用车购置及运行维护费支出决算〔未填写〕');
    });
});
