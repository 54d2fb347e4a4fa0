// A report begun and not yet filled, or filled in part: its tables print the template's head with
// 〔未填写〕 where figures are missing, never an empty grid; its 三公 text never a numbered item cut out.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';
import { parseReport } from '../../src/generation/report-source.js';
import { unfilledLayout, unfilledPlaces } from '../../src/validation/rules/unfilled.js';

const HEAD = `模板 「全国」
部门 「某某局」
年度 2025
单位 万元
`;
const BASIC = `表6 一般公共预算财政拨款基本支出决算明细表 {
}
`;
const threePublic = (rows: string) => `表9 财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
${rows}}
`;

/** The HTML of one table, by its title. */
function tableHtml(html: string, title: string): string {
    const at = html.indexOf(`<h2 class="table-title">${title}</h2>`);
    expect(at, title).toBeGreaterThan(-1);
    return html.slice(at, html.indexOf('</table>', at));
}

describe('tables with no rows written', () => {
    it('the 基本支出 table prints its halves’ head and one 〔未填写〕 line', () => {
        const table = tableHtml(buildHtml(HEAD + BASIC), '一般公共预算财政拨款基本支出决算明细表');
        expect(table).toContain('<th colspan="3">人员经费</th>');
        expect(table).toContain('科目编码');
        expect(visibleText(table)).toContain('〔未填写〕');
    });

    it('the wide 三公 table prints the template’s rows as its head, and one 〔未填写〕 line', () => {
        const table = tableHtml(buildHtml(HEAD + threePublic('')), '财政拨款“三公”经费支出决算表');
        expect(table).not.toContain('colspan="0"');
        expect(table).not.toMatch(/<tr[^>]*><\/tr>/);
        for (const row of ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费']) expect(table).toContain(`>${row}</th>`);
        expect(visibleText(table).match(/〔未填写〕/g)).toHaveLength(1);
        expect(unfilledPlaces(unfilledLayout(parseReport(HEAD + threePublic('')).model).blocks)).toContain('财政拨款“三公”经费支出决算表：本表数据');
    });
});

describe('a 三公 table filled in part', () => {
    // the row written falls short of the 合计: the rest are yet to be written
    const source = HEAD + threePublic('  合计 3.00 2.00\n  公务接待费 2.00 1.00\n');

    it('prints the template’s items it leaves out, 〔未填写〕, and lists them as unfilled', () => {
        const table = tableHtml(buildHtml(source), '财政拨款“三公”经费支出决算表');
        expect(table).toContain('因公出国（境）费');
        expect(table).toContain('公务用车运行维护费');
        // 4 items left out (因公出国, 小计, 购置费, 运行维护费) under 预算数 and 决算数
        expect(visibleText(table).match(/〔未填写〕/g)).toHaveLength(8);
        expect(unfilledPlaces(unfilledLayout(parseReport(source).model).blocks)).toContain('财政拨款“三公”经费支出决算表：因公出国（境）费（决算数）');
    });

    it('its text keeps every numbered item, a missing figure as 〔未填写〕', () => {
        const text = visibleText(buildHtml(source));
        expect(text).toContain('1.因公出国（境）费支出决算为〔未填写〕');
        expect(text).toContain('2.公务用车购置及运行维护费支出决算为〔未填写〕');
        expect(text).toContain('3.公务接待费支出决算为1.00万元');
    });

    it('a 其中 of 公务用车 written without the item’s figure follows the item’s own sentence', () => {
        const text = visibleText(buildHtml(`${source}情况说明 {\n  三公经费 {\n    公务用车 {\n      保有 3辆\n    }\n  }\n}\n`));
        expect(text).toMatch(/2\.公务用车购置及运行维护费支出决算为〔未填写〕[^\n]*公务用车保有量为3辆/);
    });
});

describe('a 三公 table written in full', () => {
    it('whose 公务用车 items stand alone prints them once, nothing left out', () => {
        const table = tableHtml(buildHtml(HEAD + threePublic('  合计 4.00 3.00\n  因公出国（境）费 1.00 1.00\n  公务用车购置费 1.00 1.00\n  公务用车运行维护费 1.00 0.50\n  公务接待费 1.00 0.50\n')), '财政拨款“三公”经费支出决算表');
        expect(table.match(/>公务用车购置费</g)).toHaveLength(2);
        expect(table).not.toContain('〔未填写〕');
    });
});

describe('a 三公 table excerpted', () => {
    it('(……) prints the rows it writes, none of the template’s added', () => {
        const table = tableHtml(buildHtml(HEAD + threePublic('  合计 4.00 3.00\n  ……\n  公务用车购置及运行维护费 2.00 1.00 {\n    公务用车购置费 1.00 0.50\n    公务用车运行维护费 1.00 0.50\n  }\n')), '财政拨款“三公”经费支出决算表');
        expect(table).not.toContain('〔未填写〕');
        expect(table).not.toContain('因公出国');
    });
});

describe('a 三公 table written in full prints as written, nothing added', () => {
    const printed = (rows: string, text = '') => {
        const html = buildHtml(HEAD + threePublic(rows) + text);
        return { table: tableHtml(html, '财政拨款“三公”经费支出决算表'), text: visibleText(html) };
    };
    const described = '情况说明 {\n  三公经费 {\n    公务用车 {\n      保有 3辆\n    }\n  }\n}\n';

    it('its items in group rows (“三公”经费小计 {…}, one per fund) or under its 合计', () => {
        for (const rows of [
            '  “三公”经费小计 3.00 2.00 {\n    因公出国（境）费 1.00 1.00\n    公务接待费 2.00 1.00\n  }\n  会议费 1.00 1.00\n  合计 4.00 3.00\n',
            '  一般公共预算财政拨款“三公”经费小计 3.00 2.00 {\n    因公出国（境）费 1.00 1.00\n    公务接待费 2.00 1.00\n  }\n  政府性基金预算财政拨款“三公”经费小计 1.00 1.00 {\n    公务接待费 1.00 1.00\n  }\n  合计 4.00 3.00\n',
            '  合计 3.00 2.00 {\n    因公出国（境）费 1.00 1.00\n    公务接待费 2.00 1.00\n  }\n',
            '  一、“三公”经费 3.00 2.00 {\n    因公出国（境）费 1.00 1.00\n    公务接待费 2.00 1.00\n  }\n  合计 3.00 2.00\n',
        ]) {
            const { table, text } = printed(rows, described);
            expect(table, rows).not.toContain('〔未填写〕');
            expect(table, rows).not.toContain('公务用车运行维护费');
            // the items are not found by the text (nested), nor the 三公 total (that 合计 counts 会议费 too): not said unfilled
            expect(text, rows).not.toContain('1.因公出国（境）费支出决算为〔未填写〕');
            expect(text, rows).not.toContain('“三公”经费财政拨款支出决算为〔未填写〕');
        }
    });

    it('its items beside a “三公”经费合计 and rows of its own (会议费)', () => {
        const { table, text } = printed('  “三公”经费合计 3.00 2.00\n  因公出国（境）费 1.00 1.00\n  公务接待费 2.00 1.00\n  会议费 1.00 1.00\n', described);
        expect(table).not.toContain('〔未填写〕');
        expect(text).not.toContain('“三公”经费财政拨款支出决算为〔未填写〕');
    });

    it('its 合计 alone', () => {
        const { table } = printed('  合计 91.00 64.89\n');
        expect(table).not.toContain('〔未填写〕');
        expect(table).not.toContain('因公出国');
    });

    it('its rows adding up to the 合计, those of nothing left out', () => {
        const { table, text } = printed('  合计 2.00 1.00\n  公务接待费 2.00 1.00\n', described);
        expect(table).not.toContain('〔未填写〕');
        expect(table).not.toContain('因公出国');
        expect(text).not.toContain('1.因公出国');
    });
});

describe('a 三公 table whose 合计 is nothing', () => {
    it('prints the template’s items it leaves out as -, not 〔未填写〕', () => {
        const table = tableHtml(buildHtml(HEAD + threePublic('  合计 - -\n')), '财政拨款“三公”经费支出决算表');
        expect(table).toContain('>公务接待费</th>');
        expect(table).not.toContain('〔未填写〕');
        // 合计 and the 5 left out, under 预算数 and 决算数
        expect(visibleText(table).match(/-/g)).toHaveLength(12);
    });
});

describe('the items a 三公 table leaves out', () => {
    it('stand at the template’s places, after the item the template lists before them', () => {
        const table = tableHtml(buildHtml(HEAD + threePublic('  合计 5.00 4.00\n  公务接待费 1.00 1.00\n  因公出国（境）费 1.00 1.00\n')), '财政拨款“三公”经费支出决算表');
        const heads = [...table.matchAll(/<th[^>]*>([^<]+)<\/th>/g)].map(m => m[1]);
        const items = heads.filter(h => ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'].includes(h));
        expect(items.slice(0, 4)).toEqual(['合计', '公务接待费', '因公出国（境）费', '公务用车购置及运行维护费']);
    });

    it('stand among the items, not after a 合计 written last', () => {
        const heads = (rows: string) => [...tableHtml(buildHtml(HEAD + threePublic(rows)), '财政拨款“三公”经费支出决算表')
            .matchAll(/<th[^>]*>([^<]+)<\/th>/g)].map(m => m[1]).filter(h => ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务接待费'].includes(h));
        expect(heads('  公务用车购置及运行维护费 1.00 1.00\n  公务接待费 1.00 1.00\n  合计 5.00 4.00\n').slice(0, 4))
            .toEqual(['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费', '合计']);
        // a part written alone stands for its item: the items the template lists around it go before and after it
        expect(heads('  公务用车购置费 1 1\n  合计 3 2\n').slice(0, 4)).toEqual(['因公出国（境）费', '公务用车购置费', '公务接待费', '合计']);
    });
});
