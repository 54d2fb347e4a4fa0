// A department's own table whose rows are numbered afresh from 1 part way down (云南's 表10 财政拨款“三公”经费、行政参公单位
// 机关运行经费情况表, test/trials/yunnan-2024-county.txt: 1.因公出国（境）费 … 4.行政参公单位机关运行经费 beside 1.因公出国（境）团组数（个）
// … 8.国（境）外公务接待人次（人）; its 表11 is the template's “三公” table) is printed as the published page prints it: the two numbered lists side by side.
import { describe, expect, it } from 'vitest';
import { buildHtml } from './helpers.js';
import { tableRows } from './table-rows.js';

const report = (rows: string) => `模板 「全国」
部门 「某局」
年度 2024
单位 万元
表10 财政拨款“三公”经费、行政参公单位机关运行经费情况表 {
  列【统计数】
${rows}
}
表11 一般公共预算财政拨款“三公”经费情况表 {
  列【预算数 决算数】
  合计 28.00 21.84
}
`;

describe('an own table numbered afresh part way down', () => {
    it('prints its two numbered lists side by side, the shorter padded below, 其中 on one line', () => {
        const rows = tableRows(buildHtml(report(`  1.因公出国（境）费 -
  2.公务接待费 4.38 {
    其中：外事接待费 -
  }
  3.行政参公单位机关运行经费 186.52
  1.公务用车保有量（辆） 9
  2.国内公务接待批次（个） 38
  3.国内公务接待人次（人） 412
  4.国（境）外公务接待批次（个） -`)), '财政拨款“三公”经费、行政参公单位机关运行经费情况表');
        expect(rows).toEqual([
            ['项目', '统计数', '项目', '统计数'],
            ['1.因公出国（境）费', '-', '1.公务用车保有量（辆）', '9'],
            ['2.公务接待费', '4.38', '2.国内公务接待批次（个）', '38'],
            ['其中：外事接待费', '-', '3.国内公务接待人次（人）', '412'],
            ['3.行政参公单位机关运行经费', '186.52', '4.国（境）外公务接待批次（个）', '-'],
        ]);
    });

    it('prints a list numbered once, or not from 1, as one list', () => {
        for (const rows of ['  1.因公出国（境）费 -\n  2.公务接待费 4.38\n  3.国内公务接待批次（个） 38', '  2.公务接待费 4.38\n  1.国内公务接待批次（个） 38']) {
            const printed = tableRows(buildHtml(report(rows)), '财政拨款“三公”经费、行政参公单位机关运行经费情况表');
            expect(printed[0]).toEqual(['项目', '统计数']);
        }
    });
});
