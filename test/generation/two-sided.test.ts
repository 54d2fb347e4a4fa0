// A two-sided table (收入 | 支出) prints every row the source writes, the sub-rows of its fixed
// lines too: 年初财政拨款结转和结余 with its 一般公共预算财政拨款 and 政府性基金预算财政拨款 lines.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const SOURCE = `模板 「上海 2024」
部门 「某局」
年度 2024
单位 万元
表四 财政拨款收入支出决算总表 {
  列【合计 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款】
  收入 {
    一般公共预算财政拨款 100.00
    本年收入合计 100.00
    年初财政拨款结转和结余 30.00 {
      一般公共预算财政拨款 17.00
      政府性基金预算财政拨款 13.00
    }
    总计 130.00
  }
  支出 {
    一般公共服务支出 110.00 110.00 - -
    本年支出合计 110.00 110.00 - -
    年末财政拨款结转和结余 20.00 7.00 13.00 -
    总计 130.00 117.00 13.00 -
  }
}
`;

describe('two-sided tables', () => {
    const text = visibleText(buildHtml(SOURCE));

    it('prints the sub-rows of a fixed line under it, in the source order', () => {
        const table = text.slice(text.indexOf('年初财政拨款结转和结余'));
        const lines = ['年初财政拨款结转和结余', '30.00', '一般公共预算财政拨款', '17.00', '政府性基金预算财政拨款', '13.00', '总计', '130.00'];
        let from = 0;
        for (const line of lines) {
            const at = table.indexOf(line, from);
            expect(at, line).toBeGreaterThanOrEqual(0);
            from = at + line.length;
        }
    });
});
