// A table column headed in another unit of money than the report's (决算数（元） in 万元): its figures are not the
// report's amounts, so the standard sentences leave them 〔未填写〕 — never 「支出决算为80000.00万元」, the 元 figure given
// the report's unit. The table itself prints them as written.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「某市某局」
年度 2023
单位 万元
九、财政拨款“三公”经费支出决算表 {
  列【预算数（元） 决算数（元）】
  合计 100000.00 80000.00
  因公出国（境）费 - -
  公务用车购置及运行维护费 60000.00 50000.00 {
    公务用车购置费 - -
    公务用车运行维护费 60000.00 50000.00
  }
  公务接待费 40000.00 30000.00
}
`;

describe('a column in another unit of money in the standard sentences', () => {
    const text = visibleText(buildHtml(REPORT));
    it('says no 元 figure in 万元', () => {
        expect(text).not.toMatch(/0000\.00万元/);
        expect(text).toMatch(/“三公”经费财政拨款支出决算为〔未填写〕/);
    });
    it('states the rate of two 元 figures without the budget it cannot say (never 完成全年预算〔未填写〕的80%)', () => {
        expect(text).toContain('完成全年预算的80.00%');
        expect(text).not.toMatch(/〔未填写〕的\d/);
    });
    it('gives a blank part its 0% of a 元 total (a zero is zero in any unit)', () => {
        expect(text).toContain('因公出国（境）费支出决算0万元，占0%；');
    });
    it('prints the table as written', () => {
        expect(text).toMatch(/80000\.00/);
    });
});
