// A table writing all the template's columns and one more prints them in the order written: 大连's “三公”经费表
// (test/trials/dalian-2025-district-ocean-centre-yuan.txt) prints 上年决算数 before 预算数 and 决算数, not after them.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const report = (columns: string) => `模板 「全国」
部门 「某区某中心」
年度 2025
单位 元
九、财政拨款“三公”经费支出决算表 {
  列【${columns}】
  合计 36,450.00 40,000.00 34,980.00
  公务接待费 36,450.00 40,000.00 34,980.00
}
`;

const headOf = (html: string) => {
    const start = html.indexOf('九、财政拨款“三公”经费支出决算表', html.indexOf('第二部分'));
    const table = html.slice(html.indexOf('<table', start), html.indexOf('</table>', start));
    return [...table.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map(th => visibleText(th[1]).trim()).filter(Boolean);
};

// 列【合计 基本支出 人员经费 公用经费 项目支出】: the two the report adds would part 本年支出's three, and lose their heading
const appropriation = `模板 「全国」
部门 「某区某中心」
年度 2025
单位 万元
五、一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 人员经费 公用经费 项目支出】
  合计 100.00 80.00 70.00 10.00 20.00
  201 一般公共服务支出 100.00 80.00 70.00 10.00 20.00
}
`;

describe('a table\'s columns', () => {
    it('print in the order 列【…】 writes them where it writes all the template\'s', () => {
        expect(headOf(buildHtml(report('上年决算数 预算数 决算数')))).toEqual(['项目', '上年决算数', '预算数', '决算数']);
    });
    it('print after the columns one heading stands over, the heading kept', () => {
        const html = buildHtml(appropriation);
        const start = html.indexOf('五、一般公共预算财政拨款支出决算表', html.indexOf('第二部分'));
        const table = html.slice(html.indexOf('<table', start), html.indexOf('</table>', start));
        const heads = [...table.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map(th => visibleText(th[1]).trim()).filter(Boolean);
        expect(heads).toEqual(['项目', '本年支出', '人员经费', '公用经费', '科目编码', '科目名称', '合计', '基本支出', '项目支出']);
    });
});
