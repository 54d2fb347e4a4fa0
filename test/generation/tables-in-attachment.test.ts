// A report that heads its tables part among the numbered parts and prints the tables in an attachment after them
// (北京: 第一部分 2023年度部门决算报表 「报表详见附件1。」 … 附件1 and the tables): written as an unnumbered 部分 line for
// the attachment, the built report prints the pointer in the part and the pages under the attachment's heading, last.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const report = (attachment?: string) => `模板 「全国」
部门 「北京市某中心」
年度 2023
单位 万元
部分 「第一部分 2023年度部门决算报表」
部分 「第二部分 2023年度部门决算说明」
${attachment === undefined ? '' : `部分 「${attachment}」\n`}
情况说明 {
  收入支出决算总体情况说明 「收入总计100.00万元。」
}

公开01表 收入支出决算总表 { 收入 { 本年收入合计 100.00 总计 100.00 } 支出 { 本年支出合计 100.00 总计 100.00 } }
`;

/** The body's text from the first part heading on, the contents aside. */
const body = (html: string) => {
    const text = visibleText(html.replace(/<nav class="toc">[\s\S]*?<\/nav>/, ''));
    return text.slice(text.indexOf('2023年度部门决算报表'));
};

describe('tables printed in an attachment after every part', () => {
    it('prints the pointer under the tables part and the pages under the attachment\'s heading, after the parts', () => {
        const html = buildHtml(report('附件1'));
        const text = body(html);
        expect(text).toMatch(/2023年度部门决算报表\s*报表详见附件1。\s*第.部分 2023年度部门决算说明/);
        expect(html).toContain('<h1 id="tables-attachment-title">附件1</h1>');
        expect(text.lastIndexOf('附件1')).toBeGreaterThan(text.indexOf('2023年度部门决算说明'));
        expect(text.indexOf('公开01表')).toBeGreaterThan(text.lastIndexOf('附件1'));
        // the contents still list the tables under their part, each a link to its page
        expect(html).toMatch(/<li class="toc-2"><a href="#table-1">一、收入支出决算总表/);
        expect(html).toContain('id="table-1"');
    });

    it('takes an attachment headed with the tables part\'s own words (怀柔: 附件：…部门决算报表)', () => {
        const html = buildHtml(report('附件：北京市某中心2023年度部门决算报表'));
        expect(body(html)).toMatch(/2023年度部门决算报表\s*报表详见附件。/);
        expect(html).toContain('>附件：北京市某中心2023年度部门决算报表</h1>');
    });

    it('prints the tables in their part where the report heads no attachment, or heads the tables part only as one (重庆)', () => {
        const text = body(buildHtml(report()));
        expect(text).not.toContain('报表详见');
        expect(text.indexOf('公开01表')).toBeLessThan(text.indexOf('2023年度部门决算说明'));
        const only = buildHtml(report().replace('部分 「第一部分 2023年度部门决算报表」\n', '部分 「附件：2023年度部门决算公开表」\n'));
        expect(only).not.toContain('报表详见');
        expect(only).not.toContain('tables-attachment');
    });
});
