// A table split over PDF pages (收入决算表（续）, 续表, its number and title printed again) is one table: the model reads its
// pages' rows as the table's, and the built report prints it once, every page's rows in it.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/generation/report-source.js';
import { buildHtml } from './helpers.js';
import { tableRows } from './table-rows.js';

const SPLIT = `模板 「全国」
部门 「某局」
年度 2022
单位 万元

表2 收入决算表 {
  列【本年收入合计 财政拨款收入 其他收入】
  合计 300.00 290.00 10.00
  208 社会保障和就业支出 100.00 100.00 -
}
单位：万元
收入决算表（续） {
  列【本年收入合计 财政拨款收入 其他收入】
  213 农林水支出 150.00 140.00 10.00
}
续表 {
  221 住房保障支出 50.00 50.00 -
}
表3 支出决算表 {
  列【本年支出合计 基本支出 项目支出】
  合计 301.00 211.00 90.00
  208 社会保障和就业支出 300.00 210.00 90.00
}
表3 支出决算表 {
  213 农林水支出 1.00 1.00 -
}
表十一 支出决算表（续） {
  列【本年支出合计 基本支出 项目支出】
  合计 1.00 1.00 -
}
`;

describe('a table split over pages', () => {
    it('is one table in the model: its pages\' rows appended, its sums over every page', () => {
        const { model } = parseReport(SPLIT);
        const income = model.tables.get(2)!;
        expect(income.rows.map(row => row.name)).toEqual(['合计', '社会保障和就业支出', '农林水支出', '住房保障支出']);
        expect(model.relations.filter(r => !r.holds).map(r => r.target.label)).toEqual([]);
        // the same number and title printed again continues it too; a page with another label is a table of its own
        expect([...model.continued.values()].map(first => first.title)).toEqual(['收入决算表', '收入决算表', '支出决算表']);
        expect(model.tableLabels.size).toBe(3);
    });

    it('prints once in the built report, every page\'s rows in it', () => {
        const html = buildHtml(SPLIT);
        const rows = tableRows(html, '收入决算表').map(row => row.join(' '));
        for (const name of ['社会保障和就业支出', '农林水支出', '住房保障支出']) expect(rows.filter(row => row.includes(name)), name).toHaveLength(1);
        expect(html).not.toContain('收入决算表（续）');
        expect(html).not.toContain('续表');
    });
});
