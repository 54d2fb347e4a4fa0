// A cell a row leaves out (its figures stop before the last column) is 未填写: the generated table
// prints it blank, never the figure the model works out from the row's other cells (年初 + 收入 − 支出
// = 0.00). A row that writes no figure of its own (a 合计 left to the tool) still prints its sums.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const SOURCE = `模板 「上海 2024」
部门 「某区某局」
年度 2023
单位 万元

表八 政府性基金预算财政拨款收入支出决算表 {
  列【年初结转和结余 本年收入 本年支出 基本支出 项目支出 年末结转和结余】
  合计 120.00 24,450.00 24,266.50 - 24,266.50 303.50
  212 城乡社区支出 {
    2120801 征地和拆迁补偿支出 - 18,650.00 18,650.00 - 18,650.00
    2120803 城市建设支出 120.00 5,800.00 5,616.50 - 5,616.50 303.50
  }
}
`;

function tableRows(html: string): string[] {
    const page = html.match(/<section class="table-page[^"]*" id="table-8"[\s\S]*?<\/section>/)![0];
    return [...page.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(m => visibleText(m[1].replace(/<\/t[dh]>/g, '|')).trim());
}

describe('cells a row leaves out', () => {
    it('prints a left-out cell blank, not the figure worked out from the others', () => {
        const rows = tableRows(buildHtml(SOURCE, { mode: 'publish' }));
        const left = rows.find(r => r.includes('征地和拆迁补偿支出'))!;
        expect(left).toBe('2120801|征地和拆迁补偿支出|-|18,650.00|18,650.00|-|18,650.00||');
    });

    it('prints the sums of a row that writes no figure of its own', () => {
        const rows = tableRows(buildHtml(SOURCE, { mode: 'publish' }));
        expect(rows.find(r => r.includes('城乡社区支出'))).toMatch(/城乡社区支出\|120\.00\|24,450\.00\|24,266\.50\|/);
    });
});
