// The 基本支出 table as the 财政部 format and Shanghai print it: 人员经费 | 公用经费 side by side, each
// half its code rows closed by its 合计 row; one list where the report splits each code's amount into
// 人员经费 and 公用经费 columns instead.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const BASIC = `  301 工资福利支出 90.00 {
    30101 基本工资 60.00
    30102 津贴补贴 30.00
  }
  303 对个人和家庭的补助 10.00 {
    30302 退休费 10.00
  }
  302 商品和服务支出 20.00 {
    30201 办公费 10.00
    30211 差旅费 5.00
    30213 维修（护）费 3.00
    30215 会议费 2.00
  }
  310 资本性支出 5.00 {
    31002 办公设备购置 5.00
  }
  人员经费合计 100.00
  公用经费合计 25.00`;

const report = (template: string, label: string, table = BASIC) => `模板 「${template}」
部门 「某局」
年度 2024
单位 万元
${label} 一般公共预算财政拨款基本支出决算表 {
${table}
}
`;

/** The rows of the table page holding the 基本支出 table, each as its cells' texts (colspan after a ×). */
function rowsOf(html: string): string[][] {
    const at = html.indexOf('基本支出决算');
    const page = html.slice(html.lastIndexOf('<section', html.indexOf('<table', html.indexOf('table-title', at))), html.indexOf('</section>', html.indexOf('<table', at)));
    return [...page.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(row => [...row[1].matchAll(/<t[hd]([^>]*)>([\s\S]*?)<\/t[hd]>/g)]
        .map(cell => visibleText(cell[2]) + (/colspan="(\d+)"/.exec(cell[1]) ? `×${/colspan="(\d+)"/.exec(cell[1])![1]}` : '')));
}

describe('the 基本支出 table in halves', () => {
    it('prints 人员经费 | 公用经费 side by side in the national format, 公用经费 over two groups', () => {
        const rows = rowsOf(buildHtml(report('全国', '表6')));
        expect(rows[0]).toEqual(['人员经费×3', '公用经费×6']);
        expect(rows[1]).toEqual(Array(3).fill(['科目编码', '科目名称', '决算数']).flat());
        // each class whole in a group (302 in the first of 公用经费's, 310 in the second)
        expect(rows[2]).toEqual(['301', '工资福利支出', '90.00', '302', '商品和服务支出', '20.00', '310', '资本性支出', '5.00']);
        expect(rows[3]).toEqual(['30101', '基本工资', '60.00', '30201', '办公费', '10.00', '31002', '办公设备购置', '5.00']);
        expect(rows[6]).toEqual(['30302', '退休费', '10.00', '30215', '会议费', '2.00', '', '', '']);
        expect(rows).toHaveLength(8);
        expect(rows.at(-1)).toEqual(['人员经费合计×2', '100.00', '公用经费合计×5', '25.00']);
    });

    it('never parts a class between 公用经费\'s groups: 302 down the first however long, the classes after it down the second', () => {
        // 公用经费 longer than 人员经费 (as county reports print 公开06表: 302 商品和服务支出 through 30299 in the middle,
        // 307 310 399 at the right), no item of 302 wrapped over to the right
        const table = BASIC.replace(/  303 对个人和家庭的补助 10.00 \{\n    30302 退休费 10.00\n  \}\n/, '').replace('人员经费合计 100.00', '人员经费合计 90.00');
        const rows = rowsOf(buildHtml(report('全国', '表6', table)));
        expect(rows[2]).toEqual(['301', '工资福利支出', '90.00', '302', '商品和服务支出', '20.00', '310', '资本性支出', '5.00']);
        expect(rows[5]).toEqual(['', '', '', '30213', '维修（护）费', '3.00', '', '', '']);
        expect(rows[6]).toEqual(['', '', '', '30215', '会议费', '2.00', '', '', '']);
        expect(rows).toHaveLength(8);
    });

    it('prints them in two groups in Shanghai\'s', () => {
        const rows = rowsOf(buildHtml(report('上海 2024', '表六')));
        expect(rows[0]).toEqual(['人员经费×3', '公用经费×3']);
        expect(rows[2]).toEqual(['301', '工资福利支出', '90.00', '302', '商品和服务支出', '20.00']);
        expect(rows.at(-1)).toEqual(['人员经费合计×2', '100.00', '公用经费合计×2', '25.00']);
    });

    it('prints one list where each code\'s amount is split into columns', () => {
        const split = `  列【决算数 人员经费 公用经费】
  301 工资福利支出 90.00 90.00 -
  302 商品和服务支出 20.00 - 20.00`;
        const rows = rowsOf(buildHtml(report('全国', '表6', split)));
        expect(rows[0]).toEqual(['项目×2', '决算数', '人员经费', '公用经费']);
        expect(rows[1]).toEqual(['科目编码', '科目名称']);
        expect(rows[2]).toEqual(['301', '工资福利支出', '90.00', '90.00', '-']);
    });
});
