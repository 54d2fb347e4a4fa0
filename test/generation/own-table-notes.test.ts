// A table of the department's own (北京's 政府购买服务决算公开情况表) whose rows say in words what the
// figures are (购买服务内容, 承接主体类型, written as 说明) prints those words in a column of their own.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「东江县文化和旅游局」
年度 2024
单位 万元
表12 政府购买服务决算公开情况表 {
  列【支出金额】
  合计 120.00
  公共数字文化服务 80.00 说明 「图书馆数字资源加工；企业」
  文化市场巡查辅助服务 40.00 说明 「行政执法辅助服务；社会组织」
}
`;

describe('a table of the department\'s own with words on its rows', () => {
    it('prints them beside the figures', () => {
        const html = buildHtml(REPORT);
        const table = html.slice(html.indexOf('政府购买服务决算公开情况表</'));
        const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]
            .map(m => [...m[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map(cell => visibleText(cell[1]).trim()).join(' '));
        expect(rows).toContain('公共数字文化服务 80.00 图书馆数字资源加工；企业');
        expect(rows).toContain('文化市场巡查辅助服务 40.00 行政执法辅助服务；社会组织');
    });
});
