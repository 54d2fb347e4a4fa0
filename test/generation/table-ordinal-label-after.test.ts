// A table written with the contents' ordinal before its title and the page's label after it (甘肃 张家川县龙山镇四方中学 2024:
// 一、收入支出决算总表 公开01表) is headed on its page with that ordinal, as the contents list it and the page prints it,
// not with the title and label alone; the label, which the PDF's text puts on the title's line, on the page's label line.
import { describe, expect, it } from 'vitest';
import { buildHtml } from './helpers.js';

const source = (table: string, lines = '') => `模板 「全国」
${lines}部门 「某县某镇某中学」
年度 2024
单位 万元
${table} {
  列【本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入】
  合计 10.00 10.00 - - - - -
}
`;

const headings = (html: string) => [...html.matchAll(/<h2 class="table-title">([^<]*)</g)].map(m => m[1]);

describe('a table\'s ordinal with its label after the title', () => {
    it('heads the page 二、收入决算表 under its label 公开02表', () => {
        const html = buildHtml(source('二、收入决算表 公开02表'));
        expect(headings(html)).toContain('二、收入决算表');
        expect(html).toContain('<div class="table-label">公开02表</div>');
    });

    it('heads it with the label in brackets as written: 二、收入决算表（公开02表）', () => {
        expect(headings(buildHtml(source('二、收入决算表（公开02表）')))).toContain('二、收入决算表（公开02表）');
    });

    it('keeps the label on the title\'s line where 表题 「表号和表名」 says the pages print it so', () => {
        const html = buildHtml(source('二、收入决算表 公开02表', '表题 「表号和表名」\n'));
        expect(headings(html)).toContain('二、收入决算表 公开02表');
        expect(html).not.toContain('<div class="table-label">公开02表</div>');
    });

    it('lists the label in the contents where 目录 「表号和表名」 says the contents print it', () => {
        const html = buildHtml(source('二、收入决算表 公开02表', '目录 「表号和表名」\n'));
        expect(html).toMatch(/<li class="toc-2"><a [^>]*>二、收入决算表 公开02表<\/a>/);
    });
});
