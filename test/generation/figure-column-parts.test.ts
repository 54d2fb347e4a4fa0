// A table written without its figure column (决算数, 合计) but with parts of it: a lone part is each row's figure
// (列【基本支出】, as 大英县's excerpt prints it), and of a sum's parts written beside another sum's (预算数 and 决算数,
// each by fund) the figure's own are read, never the budget's; the sections that print those figures say so.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

describe('a lone part of the figure column', () => {
    const text = visibleText(buildHtml(`模板 「四川 2024」
部门 「某单位」
年度 2023
单位 万元
附表 6 一般公共预算财政拨款支出决算表 {
  列【基本支出】
  合计 911.7
}
`));
    it('prints as the table’s figure', () => {
        expect(text).toContain('2023年一般公共预算财政拨款支出911.7万元。');
    });
});

describe('the 三公 table by fund, the 决算数 column left out', () => {
    const text = visibleText(buildHtml(`模板 「全国」
部门 「某馆」
年度 2024
单位 万元
表9 财政拨款“三公”经费支出决算表 {
  列【项目 预算数 { 一般公共预算 政府性基金 } 决算数 { 一般公共预算 政府性基金 }】
  合计 12.00 - 10.00 -
  因公出国（境）费 - - - -
  公务用车购置及运行维护费 7.00 - 6.00 - {
    公务用车购置费 - - - -
    公务用车运行维护费 7.00 - 6.00 -
  }
  公务接待费 5.00 - 4.00 -
}
`));
    it('prints its 决算, not its budget', () => {
        expect(text).toContain('“三公”经费财政拨款支出决算为10.00万元');
        expect(text).not.toContain('“三公”经费财政拨款支出决算为12.00万元');
    });
});
