// A table's head as its template prints it: 本年支出 over 小计 基本支出 项目支出, and 项目 over 科目编码 科目名称,
// also where the table is empty (无数据) and the source writes no 列【…】, or writes the columns flat.
import { describe, expect, it } from 'vitest';
import { buildHtml } from './helpers.js';
import { tableRows } from './table-rows.js';

const report = (template: string, tables: string) => `模板 「${template}」
部门 「某局」
年度 2024
单位 万元
${tables}
`;

const FUND_HEAD = [
    ['项目×2', '年初结转和结余↓2', '本年收入↓2', '本年支出×3', '年末结转和结余↓2'],
    ['科目编码', '科目名称', '小计', '基本支出', '项目支出'],
];

describe('column heads as the template prints them', () => {
    it('prints an empty 政府性基金 table of 上海 under its full head', () => {
        const html = buildHtml(report('上海 2024', '表八 政府性基金预算财政拨款收入支出决算表 {\n  无数据\n}'));
        expect(tableRows(html, '政府性基金预算财政拨款收入支出决算表').slice(0, 2)).toEqual(FUND_HEAD);
    });

    it('puts 本年支出 over the columns written flat, 小计 as written', () => {
        const html = buildHtml(report('全国', `表8 政府性基金预算财政拨款收入支出决算表 {
  列【年初结转和结余 本年收入 小计 基本支出 项目支出 年末结转和结余】
  合计 10.00 20.00 25.00 - 25.00 5.00
}`));
        const rows = tableRows(html, '政府性基金预算财政拨款收入支出决算表');
        expect(rows.slice(0, 2)).toEqual(FUND_HEAD);
        expect(rows[2]).toEqual(['', '合计', '10.00', '20.00', '25.00', '-', '25.00', '5.00']);
    });

    it('prints 本年支出 written flat as 小计 under it, and 合计 as written', () => {
        const fund = buildHtml(report('上海 2024', `表八 政府性基金预算财政拨款收入支出决算表 {
  列【年初结转和结余 本年收入 本年支出 基本支出 项目支出 年末结转和结余】
  合计 10.00 20.00 25.00 - 25.00 5.00
}`));
        expect(tableRows(fund, '政府性基金预算财政拨款收入支出决算表').slice(0, 2)).toEqual(FUND_HEAD);
        const general = buildHtml(report('上海 2024', `表五 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 30.00 20.00 10.00
}`));
        expect(tableRows(general, '一般公共预算财政拨款支出决算表').slice(0, 2)).toEqual([
            ['项目×2', '本年支出×3'],
            ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ]);
    });

    it('keeps a two-level head the source writes itself', () => {
        const html = buildHtml(report('全国', `表8 政府性基金预算财政拨款收入支出决算表 {
  列【年初结转和结余 本年收入 本年支出 { 合计 基本支出 项目支出 } 年末结转和结余】
  合计 10.00 20.00 25.00 - 25.00 5.00
}`));
        expect(tableRows(html, '政府性基金预算财政拨款收入支出决算表')[1]).toEqual(['科目编码', '科目名称', '合计', '基本支出', '项目支出']);
    });

    it('heads a table by subject code with 项目 over 科目编码 科目名称, its columns beside both rows', () => {
        const html = buildHtml(report('全国', `表3 支出决算表 {
  列【本年支出合计 基本支出 项目支出】
  合计 30.00 20.00 10.00
}`));
        expect(tableRows(html, '支出决算表').slice(0, 2)).toEqual([
            ['项目×2', '本年支出合计↓2', '基本支出↓2', '项目支出↓2'],
            ['科目编码', '科目名称'],
        ]);
    });

    it('heads a table of the report\'s own without codes in one row', () => {
        const html = buildHtml(report('全国', `表10 部门整体支出绩效自评表 {
  列【预算数 执行数】
  合计 30.00 20.00
}`));
        expect(tableRows(html, '部门整体支出绩效自评表')[0]).toEqual(['项目', '预算数', '执行数']);
    });
});

// 列【本年支出合计 本年支出{基本支出{人员经费 公用经费} 项目支出}】: a heading over headings over columns is three rows of
// head, each heading over the columns under it (main printed two, 「基本支出·人员经费」 under 本年支出)
describe('a head of three levels', () => {
    it('prints each level in a row of its own', () => {
        const html = buildHtml(report('全国', `公开03表 支出决算表 {
  列【本年支出合计 本年支出{基本支出{人员经费 公用经费} 项目支出}】
  合计 100.00 60.00 40.00 40.00
}`));
        const rows = tableRows(html, '支出决算表');
        expect(rows.slice(0, 3).map(row => row.slice(0, 4))).toEqual([
            ['项目×2↓2', '本年支出合计↓3', '本年支出×3', '基本支出↓3'],
            ['基本支出×2', '项目支出↓2'],
            ['科目编码', '科目名称', '人员经费', '公用经费'],
        ]);
        expect(rows[3].slice(0, 6)).toEqual(['', '合计', '100.00', '60.00', '40.00', '40.00']);
    });
});
