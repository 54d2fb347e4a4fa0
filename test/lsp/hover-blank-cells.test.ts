// A blank cell (-) counts as 0 in the sums but is not a written 0: its hover shows it as written (docs/language.md, issue 12:
// “`-` (blank) and `0` stay distinct … in the hovers”). A row written without figures is 未填写, in the report's unit.
import { describe, expect, it } from 'vitest';
import { hoverAt, parse } from './seed.js';

const REPORT = `模板 「全国」
部门 「某学校」
年度 2025
单位 元

九、财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  合计 5,000.00 3,200.00
  1.因公出国（境）费 - -
  2.公务用车购置及运行维护费 {
    （1）公务用车购置费 0.00 0.00
    （2）公务用车运行维护费
  }
  3.公务接待费 5,000.00 3,200.00
}
`;

describe('the hover of a blank cell and of a row without figures', () => {
    it('shows a blank cell as written (escaped for Markdown), counted as 0, never as a written 0', async () => {
        const at = REPORT.indexOf('因公出国（境）费 - -') + '因公出国（境）费 '.length;
        const hover = await hoverAt(await parse(REPORT), at);
        expect(hover).toContain(String.raw`因公出国（境）费 预算数** = **\-（空白单元格，合计时按 0 计）**`);
        expect(hover).not.toContain('0 元');
    });

    it('shows a written 0.00 as written', async () => {
        const at = REPORT.indexOf('公务用车购置费 0.00') + '公务用车购置费 '.length;
        expect(await hoverAt(await parse(REPORT), at)).toContain('= **0.00 元**');
    });

    it('prints blank cells as - in a row’s figures', async () => {
        const hover = await hoverAt(await parse(REPORT), REPORT.indexOf('因公出国（境）费 - -') + 2);
        expect(hover).toContain(String.raw`| \- | \- |`);
    });

    it('names the report’s unit over a row written without figures', async () => {
        const hover = await hoverAt(await parse(REPORT), REPORT.indexOf('公务用车运行维护费\n') + 2);
        expect(hover).toContain('决算数（元）');
    });
});

describe('the hover of a row without figures under a column printing its unit', () => {
    it('names the column’s unit (决算数（万元） in a report in 元), not the report’s', async () => {
        const report = REPORT.replace('列【预算数 决算数】', '列【预算数（万元） 决算数（万元）】').replace('5,000.00 3,200.00', '0.50 0.32').replace('5,000.00 3,200.00', '0.50 0.32');
        const hover = await hoverAt(await parse(report), report.indexOf('公务用车运行维护费\n') + 2);
        expect(hover).toContain('决算数（万元）');
    });
});

describe('the hover of a blank cell a sum finds wrong', () => {
    it('says the cell was left blank, not that 0 was written', async () => {
        const report = `模板 「全国 2019—2021」
年度 2020
单位 万元
表5 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 100.00 80.00 20.00
  208 社会保障和就业支出 100.00 - 20.00 {
    20805 行政事业单位养老支出 100.00 80.00 20.00
  }
}
`;
        const hover = await hoverAt(await parse(report), report.indexOf('100.00 - 20.00') + '100.00 '.length);
        expect(hover).toContain('✗ 填列 -（空白）');
        expect(hover).not.toContain('填列 0');
    });
});
