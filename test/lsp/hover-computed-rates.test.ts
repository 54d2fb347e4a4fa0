// A hover prints a rate it works out as the generated report prints it (report-parts printFigure, one formatFigure):
// two decimals, trailing zeros kept (88.00%, not 88%), and 100.00% for a rate that only rounds to the whole.
import { describe, expect, it } from 'vitest';
import { hoverAt, parse } from './seed.js';

const REPORT = `模板 「全国」
部门 「某县某站」
年度 2024
单位 万元
九、财政拨款“三公”经费支出决算表 {
  列【全年预算数 决算数】
  合计 1000.50 1000.43
  因公出国（境）费 - -
  公务用车购置及运行维护费 0.50 0.44 {
    公务用车购置费 - -
    公务用车运行维护费 0.50 0.44
  }
  公务接待费 1000.00 999.99
}
`;

describe('a worked-out rate in the hover over a row', () => {
    it('keeps two decimals as the report prints it', async () => {
        const hover = await hoverAt(await parse(REPORT), REPORT.indexOf('公务用车运行维护费 0.50'));
        // 0.44 ÷ 0.50 = 88%; 0.44 of its parent 0.44 is exactly the whole
        expect(hover).toContain('| 0.44 | 0.50 | 88.00%* | 100%* |');
    });
    it('prints 100.00% for 99.999%, never the bare 100% of an exact completion', async () => {
        const hover = await hoverAt(await parse(REPORT), REPORT.indexOf('公务接待费 1000.00'));
        expect(hover).toContain('| 999.99 | 1000.00 | 100.00%* |');
    });
});
