// The tables part as printed: the Sichuan seed lists its tables under 第五部分 附表 before their pages; the other formats'
// reports print the pages right after the part's heading (test/trials: 第二部分 2023年度部门决算表, then 收入支出决算总表 公开01表);
// a report that says otherwise (表名列表 「印」 or 「不印」) is printed as it says.
import { describe, expect, it } from 'vitest';
import { buildHtml, EXAMPLE_TEXT } from './helpers.js';

const NATIONAL = `模板 「全国」
部门 「某县水利局」
年度 2023
单位 万元
公开01表 收入支出决算总表 { 收入 { 本年收入合计 100.00 总计 100.00 } 支出 { 本年支出合计 100.00 总计 100.00 } }
`;

/** The links to the table pages printed in the body (not the contents). */
function listedInBody(html: string): number {
    const body = html.slice(html.indexOf('</nav>') >= 0 ? html.indexOf('</nav>') : html.indexOf('id="part-1"'));
    return [...body.matchAll(/<p class="plain"[^>]*><a href="#table-\d+">/g)].length;
}

describe('the tables part', () => {
    it('prints its pages right after its heading, with no list of them the report does not print', () => {
        expect(listedInBody(buildHtml(NATIONAL))).toBe(0);
    });

    it('lists the tables before their pages where the template\'s reports do (the Sichuan seed)', () => {
        expect(listedInBody(buildHtml(EXAMPLE_TEXT))).toBeGreaterThan(10);
    });

    it('lists them where the report says it prints the list (海南: 表名列表 「印」), and not where it says it does not (四川 2021: 「不印」)', () => {
        expect(listedInBody(buildHtml(NATIONAL.replace('单位 万元\n', '单位 万元\n表名列表 「印」\n')))).toBe(9);
        expect(listedInBody(buildHtml(EXAMPLE_TEXT.replace(/^年度 2020$/m, '年度 2020\n表名列表 「不印」')))).toBe(0);
    });

    it('prints no cover line for it', () => {
        expect(buildHtml(NATIONAL.replace('单位 万元\n', '单位 万元\n表名列表 「印」\n'))).not.toContain('表名列表');
    });
});
