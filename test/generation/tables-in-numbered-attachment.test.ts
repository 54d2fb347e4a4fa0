// A report that numbers its 附件 among its parts and prints its tables there (吉林: 第四部分 附件, the 公开表 in it),
// written 部分 「第四部分 附件」: the built report prints the tables under that heading, fourth, and the parts
// before it keep their own numbers.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const SOURCE = `模板 「全国」
部门 「吉林省某中心」
年度 2023
单位 万元
部分 「第一部分 部门概况」
部分 「第二部分 2023年度部门决算情况说明」
部分 「第三部分 名词解释」
部分 「第四部分 附件」

部门概况 {
  部门职责 「负责某项工作。」
}

情况说明 {
  收入支出决算总体情况说明 「收入总计100.00万元。」
}

名词解释 {
  财政拨款收入 「指本级财政当年拨付的资金。」
}

公开01表 收入支出决算总表 { 收入 { 本年收入合计 100.00 总计 100.00 } 支出 { 本年支出合计 100.00 总计 100.00 } }
`;

describe('tables in a numbered 附件 part', () => {
    it('prints the parts with the numbers written, the tables under 第四部分 附件', () => {
        const html = buildHtml(SOURCE);
        const headings = [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map(m => visibleText(m[1]).trim()).filter(h => h !== '目录');
        expect(headings).toEqual(['第一部分 部门概况', '第二部分 2023年度部门决算情况说明', '第三部分 名词解释', '第四部分 附件']);
        const text = visibleText(html.replace(/<nav class="toc">[\s\S]*?<\/nav>/, ''));
        expect(text.indexOf('收入支出决算总表')).toBeGreaterThan(text.indexOf('第四部分 附件'));
    });

    it('prints the title written under it without a number over the tables, the contents listing that title alone (吉林: 2023年度部门决算公开表)', () => {
        const html = buildHtml(SOURCE.replace('部分 「第四部分 附件」\n', '部分 「第四部分 附件」\n部分 「2023年度部门决算公开表」\n'));
        const toc = [...html.matchAll(/<li class="toc-(\d)"><a [^>]*>([^<]*)<\/a><\/li>/g)].map(m => `${m[1]} ${m[2]}`);
        expect(toc.slice(toc.indexOf('1 第四部分 附件'))).toEqual(['1 第四部分 附件', '2 2023年度部门决算公开表']);
        const text = visibleText(html.replace(/<nav class="toc">[\s\S]*?<\/nav>/, ''));
        const title = text.indexOf('2023年度部门决算公开表');
        expect(title).toBeGreaterThan(text.indexOf('第四部分 附件'));
        expect(title).toBeLessThan(text.indexOf('收入支出决算总表'));
        // no part of its own
        expect([...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map(m => visibleText(m[1]).trim())).not.toContain('2023年度部门决算公开表');
    });
});
