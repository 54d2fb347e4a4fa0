// The 三公 table of the 财政部 format (and Shanghai's) is printed as one wide row: 预算数 and 决算数
// groups of columns, each with the rows in order, a row with parts as 小计 and its parts; Shanghai's
// head by head, each over its 预算数 and 决算数.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const THREE_PUBLIC = `  列【预算数 决算数】
  合计 8.00 6.00
  因公出国（境）费 0 -
  公务用车购置及运行维护费 6.00 5.00 {
    公务用车购置费 0 0
    公务用车运行维护费 6.00 5.00
  }
  公务接待费 2.00 1.00
}
`;

/** Each row of the table page `n`, as its cells' texts with their spans. */
function tableRows(html: string, n: number): string[][] {
    const page = html.match(new RegExp(`<section class="table-page[^"]*" id="table-${n}"[\\s\\S]*?</section>`))![0];
    return (page.match(/<tr[\s\S]*?<\/tr>/g) ?? []).map(row => [...row.matchAll(/<t[dh]([^>]*)>([\s\S]*?)<\/t[dh]>/g)].map(([, attributes, content]) => {
        const spans = [...attributes.matchAll(/(colspan|rowspan)="(\d+)"/g)].map(m => `${m[1][0]}${m[2]}`).join('');
        return visibleText(content).trim() + (spans ? `/${spans}` : '');
    }));
}

describe('the wide 三公 table', () => {
    it('prints one row of figures under 预算数 and 决算数, with 小计 for a row with parts', () => {
        const html = buildHtml(`模板 「全国」\n部门 「某局」\n年度 2023\n表9 财政拨款“三公”经费支出决算表 {\n${THREE_PUBLIC}`);
        expect(tableRows(html, 9)).toEqual([
            ['预算数/c6', '决算数/c6'],
            ['合计/r2', '因公出国（境）费/r2', '公务用车购置及运行维护费/c3', '公务接待费/r2', '合计/r2', '因公出国（境）费/r2', '公务用车购置及运行维护费/c3', '公务接待费/r2'],
            ['小计', '公务用车购置费', '公务用车运行维护费', '小计', '公务用车购置费', '公务用车运行维护费'],
            ['8.00', '0', '6.00', '0', '6.00', '2.00', '6.00', '-', '5.00', '0', '5.00', '1.00'],
        ]);
    });

    it('prints each head over its 预算数 and 决算数 where the template prints it so (上海: 合计 预算数 决算数, 因公出国（境）费 …)', () => {
        const html = buildHtml(`模板 「上海 2024」\n部门 「某局」\n年度 2024\n表七 一般公共预算财政拨款“三公”经费支出决算表 {\n${THREE_PUBLIC}`);
        expect(tableRows(html, 7)).toEqual([
            ['合计/c2r2', '因公出国（境）费/c2r2', '公务用车购置及运行维护费/c6', '公务接待费/c2r2'],
            ['小计/c2', '公务用车购置费/c2', '公务用车运行维护费/c2'],
            ['预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数'],
            ['8.00', '6.00', '0', '-', '6.00', '5.00', '0', '0', '6.00', '5.00', '2.00', '1.00'],
        ]);
    });

    it('stays a list of rows where the template prints it so', () => {
        const html = buildHtml(`模板 「四川 2020」\n部门 「某局」\n年度 2020\n附表 10 一般公共预算财政拨款“三公”经费支出决算表 {\n${THREE_PUBLIC}`);
        const rows = tableRows(html, 10);
        expect(rows[0]).toEqual(['项目', '预算数', '决算数']);
        expect(rows.map(row => row[0])).toContain('公务接待费');
    });
});

describe('a 三公 table whose header names its rows\' column (海南: 列【项目 预算数 决算数】)', () => {
    it('prints as written, items down the page under 项目, 预算数 and 决算数 across, on an upright page', () => {
        const html = buildHtml(`模板 「全国」\n部门 「某卫生院」\n年度 2025\n表9 财政拨款“三公”经费支出决算表 {\n${THREE_PUBLIC.replace('列【预算数 决算数】', '列【项目 预算数 决算数】')}`);
        expect(tableRows(html, 9).map(row => row.join('|'))).toEqual([
            '项目|预算数|决算数', '合计|8.00|6.00', '因公出国（境）费|0|-', '公务用车购置及运行维护费|6.00|5.00',
            '公务用车购置费|0|0', '公务用车运行维护费|6.00|5.00', '公务接待费|2.00|1.00',
        ]);
        expect(html).toMatch(/<section class="table-page" id="table-9"/);
    });
});
