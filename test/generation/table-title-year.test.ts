// A report that prints its tables' titles after the year and numbers no table (浙江: 2023年度收入支出决算总表,
// 2023年度收入决算表（分科目）) writes them so: each is read as the template's table its title names, referred to
// and named in messages without the year, and printed with it, in the contents and over the table.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/generation/report-source.js';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「某县自然资源和规划局」
年度 2023
单位 万元
情况说明 {
  收入支出决算总体情况说明 「收入总计【收入支出决算总表.收入.总计】万元。」
}
2023年度收入支出决算总表 { 收入 { 本年收入合计 100.00 总计 100.00 } 支出 { 本年支出合计 100.00 总计 100.00 } }
2023年度收入决算表（分科目） {
  列【本年收入合计 财政拨款收入】
  合计 100.00 100.00
}
`;

describe('a table title printed after its year', () => {
    it('is the template\'s table its title names, labelled without the year', () => {
        const { model } = parseReport(REPORT);
        expect(model.tables.get(1)?.label).toBe('收入支出决算总表');
        expect(model.tables.get(2)?.label).toBe('收入决算表（分科目）');
    });

    it('prints with its year, in the contents and over the table, and its references resolve', () => {
        const text = visibleText(buildHtml(REPORT));
        const contents = text.slice(text.indexOf('目录'), text.indexOf('第一部分', text.indexOf('目录') + 10));
        expect(contents).toContain('2023年度收入支出决算总表');
        expect(contents).toContain('2023年度收入决算表（分科目）');
        expect(text).toContain('收入总计100.00万元。');
    });
});
