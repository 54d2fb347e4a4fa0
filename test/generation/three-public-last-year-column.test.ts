// A “三公”经费表 printing 上年决算数 as a column (大连, test/trials/dalian-2025-district-ocean-centre-yuan.txt): the
// section's sentences compare each item with that column as the 财政部 format's reports word it — 比上年决算数减少…，
// 下降…%, and 与上年决算数持平 where both years are nothing.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「某区某中心」
年度 2025
单位 万元
九、财政拨款“三公”经费支出决算表 {
  列【上年决算数 预算数 决算数】
  合计 36.45 40.00 34.98
  因公出国（境）费 - - -
  公务用车购置及运行维护费 29.87 32.00 28.60 {
    公务用车购置费 - - -
    公务用车运行维护费 29.87 32.00 28.60
  }
  公务接待费 6.58 8.00 6.38
}
`;

describe('the 三公 section over a 上年决算数 column', () => {
    const text = visibleText(buildHtml(REPORT));
    it('says each change and its rate against the column', () => {
        expect(text).toContain('支出决算为34.98万元，完成全年预算40.00万元的87.45%，比上年决算数减少1.47万元，下降4.03%。');
        expect(text).toContain('公务用车购置及运行维护费支出决算为28.60万元，完成全年预算32.00万元的89.38%，比上年决算数减少1.27万元，下降4.25%。');
        expect(text).toContain('公务接待费支出决算为6.38万元，完成全年预算8.00万元的79.75%，比上年决算数减少0.20万元，下降3.04%。');
    });
    it('says an item of nothing in both years is level with last year', () => {
        expect(text).toMatch(/因公出国（境）费支出决算为[^。]*与上年决算数持平。/);
    });
});
