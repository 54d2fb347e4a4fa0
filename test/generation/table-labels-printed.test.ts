// A table's label where the report prints it: in its contents beside the title (福建: 表1 收入支出决算总表, where the
// 财政部 format prints 公开01表 on the page and numbers the contents 一、), beside the contents' ordinal (一、表一 收入支出决算总表),
// or in brackets after the title (湖北: 二、收入决算表（公开02表））; and a title printed with its year spaced (2023 年度).
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/generation/report-source.js';
import { buildHtml, visibleText } from './helpers.js';

const HEAD = `部门 「某县妇女联合会」
年度 2023
单位 万元
`;
const TOTAL = `{ 收入 { 本年收入合计 100.00 总计 100.00 } 支出 { 本年支出合计 100.00 总计 100.00 } }`;
const INCOME = `{
  列【本年收入合计 财政拨款收入】
  合计 100.00 100.00
}`;

/** The contents' lines of a built report. */
function contents(text: string): string[] {
    return [...buildHtml(text).matchAll(/<li class="toc-\d"><a [^>]*>([^<]*)<\/a><\/li>/g)].map(m => m[1]);
}

describe('a table\'s label in the contents', () => {
    it('is printed where the report says its contents list the tables by label (目录 「表号和表名」), and so for the tables it lacks', () => {
        const lines = contents(`模板 「全国」\n${HEAD}目录 「表号和表名」\n表1 收入支出决算总表 ${TOTAL}\n表2 收入决算表 ${INCOME}\n`);
        expect(lines).toContain('表1 收入支出决算总表');
        expect(lines).toContain('表2 收入决算表');
        expect(lines).toContain('表4 财政拨款收入支出决算总表');
        expect(lines).not.toContain('一、收入支出决算总表');
        // and the page is headed so, with no label of the format's beside it
        const html = buildHtml(`模板 「全国」\n${HEAD}目录 「表号和表名」\n表1 收入支出决算总表 ${TOTAL}\n`);
        expect(html).toContain('<h2 class="table-title">表1 收入支出决算总表</h2>');
        expect(html).not.toContain('公开01表');
        const numbered = contents(`模板 「全国」\n${HEAD}目录 「序号、表号和表名」\n表1 收入支出决算总表 ${TOTAL}\n`);
        expect(numbered).toContain('一、表1 收入支出决算总表');
        expect(numbered).toContain('四、表4 财政拨款收入支出决算总表');
    });

    it('is left out where the contents list ordinals and titles alone (目录 「序号和表名」), the pages printed as the tables are written', () => {
        // the pages print the ordinal over the title and the 决算 software's label beside it (一、收入支出决算总表 | 公开01表)
        const text = `模板 「全国」\n${HEAD}目录 「序号和表名」\n一、公开01表 收入支出决算总表 ${TOTAL}\n二、公开02表 收入决算表 ${INCOME}\n`;
        const lines = contents(text);
        expect(lines).toContain('一、收入支出决算总表');
        expect(lines).toContain('二、收入决算表');
        expect(lines).toContain('四、财政拨款收入支出决算总表');
        expect(lines.filter(line => /公开\d/.test(line))).toEqual([]);
        const html = buildHtml(text);
        expect(html).toContain('<div class="table-label">公开01表</div>');
        expect(html).toContain('<h2 class="table-title">一、收入支出决算总表</h2>');
        // a table it lacks is headed as the others are
        expect(html).toContain('<div class="table-label">公开04表</div>');
        expect(html).toContain('<h2 class="table-title">四、财政拨款收入支出决算总表</h2>');
        // pages printing the title alone (辽宁 2022), the contents numbering them in their order
        const bare = `模板 「全国」\n${HEAD}目录 「序号和表名」\n收入支出决算总表 ${TOTAL}\n收入决算表 ${INCOME}\n`;
        expect(contents(bare)).toEqual(expect.arrayContaining(['一、收入支出决算总表', '二、收入决算表']));
        expect(buildHtml(bare)).toContain('<h2 class="table-title">收入支出决算总表</h2>');
        expect(buildHtml(bare)).not.toContain('<h2 class="table-title">一、收入支出决算总表</h2>');
        // without the line, the contents print what the table's line writes
        expect(contents(`模板 「全国」\n${HEAD}一、公开01表 收入支出决算总表 ${TOTAL}\n`)).toContain('一、公开01表 收入支出决算总表');
    });

    it('is left out of the contents that list ordinals and titles alone where the page prints it after the title (江苏: 一、收入支出决算总表 公开01表)', () => {
        // test/trials/jiangsu-2024-town-special-bonds.txt: the contents 一、收入支出决算总表, the page 一、收入支出决算总表 公开01表
        const text = `模板 「全国」\n${HEAD}目录 「序号和表名」\n一、收入支出决算总表 公开01表 ${TOTAL}\n二、收入决算表 公开02表 ${INCOME}\n`;
        const lines = contents(text);
        expect(lines).toContain('一、收入支出决算总表');
        expect(lines).toContain('二、收入决算表');
        expect(lines.filter(line => /公开\d/.test(line))).toEqual([]);
        expect(buildHtml(text)).toContain('<div class="table-label">公开01表</div>\n<h2 class="table-title">一、收入支出决算总表</h2>');
        // without the line, the contents print the ordinal and the title, the label on the page alone
        expect(contents(`模板 「全国」\n${HEAD}一、收入支出决算总表 公开01表 ${TOTAL}\n`)).toContain('一、收入支出决算总表');
    });

    it('is not printed where the report does not say so: a label before a title may be the template\'s alone (表 1)', () => {
        expect(contents(`模板 「全国」\n${HEAD}表 1 收入支出决算总表 ${TOTAL}\n`)).toContain('一、收入支出决算总表');
        expect(contents(`模板 「上海 2024」\n${HEAD}表一 收入支出决算总表 ${TOTAL}\n`)).toContain('一、收入支出决算总表');
    });

    it('is printed beside the ordinal the source writes before it', () => {
        const lines = contents(`模板 「上海 2024」\n${HEAD}一、表一 收入支出决算总表 ${TOTAL}\n`);
        expect(lines).toContain('一、表一 收入支出决算总表');
    });

    it('is read and printed in brackets after the title, where the report prints it so', () => {
        const text = `模板 「全国」\n${HEAD}一、收入支出决算总表（公开01表） ${TOTAL}\n二、收入决算表（公开02表） ${INCOME}\n三、支出决算表（表三） {\n  列【本年支出合计 基本支出】\n  合计 100.00 100.00\n}\n`;
        const { model, document } = parseReport(text);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(model.tables.get(2)?.title).toBe('收入决算表');
        expect(model.tables.get(3)?.title).toBe('支出决算表');
        const lines = contents(text);
        expect(lines).toContain('一、收入支出决算总表（公开01表）');
        expect(lines).toContain('二、收入决算表（公开02表）');
        expect(lines).toContain('三、支出决算表（表三）');
    });

    it('is read after the title without brackets (一、收入支出决算总表 公开01表) as the page\'s label, printed on its line apart from the title', () => {
        const text = `模板 「全国」\n${HEAD}一、收入支出决算总表 公开01表 ${TOTAL}\n二、收入决算表 公开02表 ${INCOME}\n`;
        const { model, document } = parseReport(text);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(model.tables.get(1)?.title).toBe('收入支出决算总表');
        expect(model.tables.get(2)?.title).toBe('收入决算表');
        // a PDF's text puts the label on the title's line; the page prints it apart (甘肃 张家川 2024: 一、收入支出决算总表, 公开01表):
        // main glued it to the title in the contents and over the table (九、国有资本经营预算财政拨款支出决算表 公开09表)
        const lines = contents(text);
        expect(lines).toEqual(expect.arrayContaining(['一、收入支出决算总表', '二、收入决算表']));
        expect(lines.filter(line => /公开\d/.test(line))).toEqual([]);
        const html = buildHtml(text);
        expect(html).toContain('<div class="table-label">公开02表</div>\n<h2 class="table-title">二、收入决算表</h2>');
        expect(visibleText(html)).not.toMatch(/决算表 ?公开0\d表/);
    });
});

describe('a year printed with a space (2023 年度)', () => {
    it('is taken in a table\'s title and a section\'s heading, the table and section read as the template\'s, printed as written', () => {
        const text = `模板 「全国」\n${HEAD}情况说明 {\n  一、2023 年度收入支出决算总体情况说明 「无。」\n}\n一、2023 年度收入支出决算总表 ${TOTAL}\n`;
        const { model, document } = parseReport(text);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(model.tables.get(1)?.label).toBe('收入支出决算总表');
        const lines = contents(text);
        expect(lines).toContain('一、2023 年度收入支出决算总表');
        expect(lines.filter(l => /^[一二三四五六七八九十]+、(?:2023 年度)?收入支出决算总体情况说明$/.test(l))).toEqual(['一、2023 年度收入支出决算总体情况说明']);
    });
});

describe('a table\'s label on its title\'s line (表题 「表号和表名」)', () => {
    it('heads each page with its label and title on one line where the report says so, the contents numbering them 一、', () => {
        const text = `模板 「全国」\n${HEAD}表题 「表号和表名」\n表1 收入支出决算总表 ${TOTAL}\n表2 收入决算表 ${INCOME}\n`;
        const html = buildHtml(text);
        expect(html).toContain('<h2 class="table-title">表1 收入支出决算总表</h2>');
        expect(html).toContain('<h2 class="table-title">表2 收入决算表</h2>');
        // a table it lacks is headed so too, in the report's style
        expect(html).toContain('<h2 class="table-title">表4 财政拨款收入支出决算总表</h2>');
        expect(html).not.toContain('<div class="table-label">');
        expect(contents(text)).toEqual(expect.arrayContaining(['一、收入支出决算总表', '二、收入决算表']));
        // no line under the report's title
        expect(html).not.toContain('表题：');
    });

    it('keeps the label above the title where the report does not say so', () => {
        const html = buildHtml(`模板 「全国」\n${HEAD}表1 收入支出决算总表 ${TOTAL}\n`);
        expect(html).toContain('<div class="table-label">表1</div>');
        expect(html).toContain('<h2 class="table-title">收入支出决算总表</h2>');
    });
});

// 四川's pages print two labels: 附表1 over the title, the 决算 software's 公开01表 under it. Written after the title, on its line
// or the next, the second is the table's number as well, printed under the title; a table the report lacks gets both too.
describe('a page printing two labels (四川: 附表1 … 公开01表)', () => {
    const SICHUAN = `模板 「四川 2024」\n部门 「某县农业农村局」\n年度 2024\n单位 万元\n`;

    it('reads the table by either label and prints both where the page does', () => {
        const text = `${SICHUAN}附表1 收入支出决算总表 公开01表 ${TOTAL}\n附表2\n收入决算表\n公开02表 ${INCOME}\n`;
        const { model } = parseReport(text);
        expect([...model.tables.keys()]).toEqual([1, 2]);
        expect(model.tables.get(2)!.written.page?.text).toBe('公开02表');
        const html = buildHtml(text);
        expect(html).toMatch(/<div class="table-label">附表1<\/div>\s*<h2 class="table-title">收入支出决算总表<\/h2>\s*<div class="table-label">公开01表<\/div>/);
        expect(html).toMatch(/<div class="table-label">附表2<\/div>\s*<h2 class="table-title">收入决算表<\/h2>\s*<div class="table-label">公开02表<\/div>/);
        // a table it lacks, labelled as the others
        expect(html).toMatch(/<div class="table-label">附表3<\/div>\s*<h2 class="table-title">支出决算表<\/h2>\s*<div class="table-label">公开03表<\/div>/);
        // a reference by the second label finds the table
        const referenced = buildHtml(`${text}情况说明 { 收入决算情况说明 「本年收入合计【公开02表.合计.本年收入合计】万元。」 }\n`);
        expect(visibleText(referenced)).toContain('本年收入合计100.00万元。');
    });

    it('prints the second label the template\'s pages carry where the report writes the first alone (附表1 收入支出决算总表)', () => {
        // test/trials/sichuan-2024-county.txt: 附表1 / 收入支出决算总表 / 公开01表 on every page
        const html = buildHtml(`${SICHUAN}附表1 收入支出决算总表 ${TOTAL}\n附表2 收入决算表 ${INCOME}\n`);
        expect(html).toMatch(/<div class="table-label">附表1<\/div>\s*<h2 class="table-title">收入支出决算总表<\/h2>\s*<div class="table-label">公开01表<\/div>/);
        expect(html).toMatch(/<div class="table-label">附表2<\/div>\s*<h2 class="table-title">收入决算表<\/h2>\s*<div class="table-label">公开02表<\/div>/);
        // a table it lacks, labelled as the others
        expect(html).toMatch(/<div class="table-label">附表3<\/div>\s*<h2 class="table-title">支出决算表<\/h2>\s*<div class="table-label">公开03表<\/div>/);
        // a label of the report's own numbering is no label of the template's: no second label invented for it
        expect(buildHtml(`${SICHUAN}表1 收入支出决算总表 ${TOTAL}\n`)).not.toContain('公开01表');
        // the 2020 seed's pages print none
        expect(buildHtml(`${SICHUAN.replace('四川 2024', '四川 2020').replace('2024\n', '2020\n')}附表1 收入支出决算总表 ${TOTAL}\n`)).not.toContain('公开01表');
    });

    it('heads a table written by its number alone as the template does (1 收入支出决算总表: 附表1 over it, never 公开01表 alone)', () => {
        const html = buildHtml(`${SICHUAN}1 收入支出决算总表 ${TOTAL}\n2 ${INCOME}\n`);
        expect(html).toMatch(/<div class="table-label">附表1<\/div>\s*<h2 class="table-title">收入支出决算总表<\/h2>\s*<div class="table-label">公开01表<\/div>/);
        expect(html).toMatch(/<div class="table-label">附表2<\/div>\s*<h2 class="table-title">收入决算表<\/h2>\s*<div class="table-label">公开02表<\/div>/);
        // a table it lacks likewise, not 表3 (the bare number is no style of the report's own)
        expect(html).toMatch(/<div class="table-label">附表3<\/div>\s*<h2 class="table-title">支出决算表<\/h2>\s*<div class="table-label">公开03表<\/div>/);
        // the 2020 seed: 附表1 over the title and nothing under it
        const seed = buildHtml(`${SICHUAN.replace('四川 2024', '四川 2020').replace('2024\n', '2020\n')}1 收入支出决算总表 ${TOTAL}\n`);
        expect(seed).toMatch(/<div class="table-label">附表1<\/div>\s*<h2 class="table-title">收入支出决算总表<\/h2>\s*(?!<div class="table-label">)/);
        expect(seed).not.toContain('公开01表');
        // the 财政部 format's pages carry 公开01表, its own label
        expect(buildHtml(`模板 「全国」\n部门 「某县农业农村局」\n年度 2024\n单位 万元\n1 收入支出决算总表 ${TOTAL}\n`))
            .toMatch(/<div class="table-label">公开01表<\/div>\s*<h2 class="table-title">收入支出决算总表<\/h2>/);
    });

    it('prints no number of the template\'s over a title the report labels itself (表一：收入支出决算总表), nor over those it lacks', () => {
        const html = buildHtml(`${SICHUAN}表一：收入支出决算总表 ${TOTAL}\n表二：收入决算表 ${INCOME}\n`);
        expect(html).toMatch(/<h2 class="table-title">表一：收入支出决算总表<\/h2>/);
        expect(html).toMatch(/<h2 class="table-title">表三：支出决算表<\/h2>/);
        expect(html).not.toMatch(/<div class="table-label">/);
        // the 财政部 format's pages carry their code beside it (广西 2024: 表一：收入支出决算总表 公开01表), 上海's none (its label is 表一)
        expect(buildHtml(`模板 「全国」\n${HEAD}表一：收入支出决算总表 ${TOTAL}\n`))
            .toMatch(/<div class="table-label">公开01表<\/div>\s*<h2 class="table-title">表一：收入支出决算总表<\/h2>/);
        expect(buildHtml(`模板 「上海 2024」\n${HEAD}表一：收入支出决算总表 ${TOTAL}\n`)).not.toMatch(/<div class="table-label">/);
    });

    it('labels a table the report lacks where its tables write the second label or leave it to the template', () => {
        const html = buildHtml(`${SICHUAN}附表1 收入支出决算总表 公开01表 ${TOTAL}\n附表2 收入决算表 ${INCOME}\n`);
        expect(html).toMatch(/<div class="table-label">附表3<\/div>\s*<h2 class="table-title">支出决算表<\/h2>\s*<div class="table-label">公开03表<\/div>/);
    });

    it('takes the table the title names where one label says so and the other not (附表 numbered on, 公开 as the template)', () => {
        const { model } = parseReport(`${SICHUAN}附表1 收入支出决算总表 公开01表 ${TOTAL}\n附表3 财政拨款收入支出决算总表 公开04表 { 收入 { 本年收入合计 100.00 总计 100.00 } 支出 { 本年支出合计 100.00 总计 100.00 } }\n`);
        expect(model.tables.get(4)?.title).toBe('财政拨款收入支出决算总表');
        expect(model.tables.get(4)?.written.renumbered).toBeUndefined();
    });
});
