// A 三公 table whose source splits 预算数 and 决算数 by fund (巢湖市人民法院 2021, test/validation/cases/national-2019/
// real-chaohu-2021-court-three-public-two-funds.juesuan) is printed as published: its rows as lines under the
// two-level head in the order the source writes it, not one wide row with the totals first and the splits after.
import { describe, expect, it } from 'vitest';
import { buildHtml } from './helpers.js';
import { tableRows } from './table-rows.js';

const TITLE = '2021年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表';

const SOURCE = `模板 「全国 2019—2021」
部门 「某法院」
年度 2021
单位 万元

${TITLE} {
  列【项目 预算数 { 合计 一般公共预算 政府性基金 } 决算数 { 合计 一般公共预算 政府性基金 }】
  因公出国（境）费 0 0 0 0 0 0
  公务接待费 8 8 0 2.26 2.26 0
  公务用车购置及运行费 72.7 72.7 0 71.97 71.97 0 {
    公务用车运行维护费 59.5 59.5 0 59.46 59.46 0
    公务用车购置费 13.2 13.2 0 12.51 12.51 0
  }
  总计 80.7 80.7 0 74.23 74.23 0
}
`;

describe('a 三公 table split by fund', () => {
    it('prints its rows under the two-level head as written', () => {
        const rows = tableRows(buildHtml(SOURCE), TITLE);
        expect(rows[0]).toEqual(['项目↓2', '预算数×3', '决算数×3']);
        expect(rows[1]).toEqual(['合计', '一般公共预算', '政府性基金', '合计', '一般公共预算', '政府性基金']);
        expect(rows[2]).toEqual(['因公出国（境）费', '0', '0', '0', '0', '0', '0']);
        expect(rows[4]).toEqual(['公务用车购置及运行费', '72.7', '72.7', '0', '71.97', '71.97', '0']);
        expect(rows[5]).toEqual(['公务用车运行维护费', '59.5', '59.5', '0', '59.46', '59.46', '0']);
        expect(rows.at(-1)).toEqual(['总计', '80.7', '80.7', '0', '74.23', '74.23', '0']);
        expect(rows).toHaveLength(8);
    });

    it('still prints the table of 预算数 and 决算数 alone as one wide row', () => {
        const rows = tableRows(buildHtml(`模板 「全国 2019—2021」
部门 「某局」
年度 2021
单位 万元
表7 一般公共预算财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  合计 20.00 17.23
  因公出国（境）费 0.00 0.00
  公务用车购置及运行费 16.00 14.37 {
    公务用车购置费 0.00 0.00
    公务用车运行费 16.00 14.37
  }
  公务接待费 4.00 2.86
}
`), '一般公共预算财政拨款“三公”经费支出决算表');
        expect(rows.at(-1)).toEqual(['20.00', '0.00', '16.00', '0.00', '16.00', '4.00', '17.23', '0.00', '14.37', '0.00', '14.37', '2.86']);
    });
});
