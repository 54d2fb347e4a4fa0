// A completion rate the generator works out (完成全年预算1.30万元的…%) is the quotient of the printed figures rounded,
// 0.86 ÷ 1.30 = 66.1538…% → 66.15%, not the midpoint of the interval the figures' rounding allows (66.16%), which the
// checks would then flag in the generated report itself.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「某县某站」
年度 2024
单位 万元
九、财政拨款“三公”经费支出决算表 {
  列【年初预算数 全年预算数 决算数】
  合计 6.00 5.50 4.70
  因公出国（境）费 - - -
  公务用车购置及运行维护费 4.50 4.20 3.84 {
    公务用车购置费 - - -
    公务用车运行维护费 4.50 4.20 3.84
  }
  公务接待费 1.50 1.30 0.86
}
`;

describe('a completion rate the 三公 section works out', () => {
    it('is the exact quotient rounded', () => {
        const text = visibleText(buildHtml(REPORT));
        expect(text).toContain('完成全年预算1.30万元的66.15%');
    });
});
