// Whether the tables print thousands separators is voted by the figures the report prints — its cells and its texts'
// amounts — not by the figures of rows' attributes (上年, 增加), typed for the sentences and printed in no table:
// examples/national-2024 printed 42828112.97 in 表1 beside its sentences' 42,828,112.97万元 (genhunt7 F5).
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const report = `模板 「全国」
部门 「某部」
年度 2024
单位 万元

公开01表 收入支出决算总表 {
  收入 {
    一般公共预算财政拨款收入 42828112.97 上年 40616051.67 增加 2212061.30
    本年收入合计 42828112.97 上年 40616051.67 增加 2212061.30
    总计 42828112.97
  }
  支出 {
    本年支出合计 42828112.97
    总计 42828112.97
  }
}

情况说明 {
  收入决算情况说明 「2024年度收入合计42,828,112.97万元，其中：一般公共预算财政拨款收入42,828,112.97万元，比上年增加2,212,061.30万元。」
  支出决算情况说明 「2024年度支出合计42,828,112.97万元，比上年增加2,212,061.30万元，增长5.4%，上年为40,616,051.67万元。」
}
`;

describe('the digit grouping of the tables', () => {
    it('follows the printed figures, the attributes\' left out of the vote', () => {
        const html = buildHtml(report);
        const table = visibleText(html.match(/<section class="table-page[^"]*" id="table-1"[\s\S]*?<\/section>/)![0]);
        expect(table).toContain('42,828,112.97');
        expect(table).not.toContain('42828112.97');
    });
});
