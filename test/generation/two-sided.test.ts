// A two-sided table (收入 | 支出) prints every row the source writes, the sub-rows of its fixed
// lines too: 年初财政拨款结转和结余 with its 一般公共预算财政拨款 and 政府性基金预算财政拨款 lines.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';
import { tableRows } from './table-rows.js';

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

// leshan-2020 附表1: the 收入 side writes its items, the 支出 side its totals alone — the template's balances print on
// both sides, each facing its own (使用非财政拨款结余 | 结余分配), not blank labels on the left facing the right's
describe('a two-sided table one side of which writes only its totals', () => {
    const html = buildHtml(`模板 「四川 2020」
部门 「某办公室」
年度 2020
单位 万元
附表 1 收入支出决算总表 {
  收入 {
    一般公共预算财政拨款收入 3569.58
    其他收入 0
    本年收入合计 3569.58
    总计 3569.58
  }
  支出 {
    本年支出合计 3569.58
    总计 3569.58
  }
}
`);

    it('prints the balances of both sides facing each other, the unwritten blank', () => {
        const rows = tableRows(html, '收入支出决算总表').map(row => [row[0], row[2]]);
        expect(rows).toContainEqual(['使用非财政拨款结余', '结余分配']);
        expect(rows).toContainEqual(['年初结转和结余', '年末结转和结余']);
        expect(rows).not.toContainEqual(['', '结余分配']);
    });
});
