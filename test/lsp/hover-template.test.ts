// Hovers on what the template knows — a table's number and title, a column of 列【…】, a heading of
// 概况 or 情况说明 — on every template: they say the report's own template, never another's.
import { describe, expect, it } from 'vitest';
import { newReportYear } from '../../src/lsp/skeleton.js';
import { TEMPLATES } from '../../src/templates/index.js';
import { hoverAt, parse } from './seed.js';

describe('hover on tables, columns and headings', () => {
    for (const template of TEMPLATES) {
        it(`names ${template.id}’s table, its columns and its sections`, async () => {
            const others = TEMPLATES.filter(t => t !== template).map(t => t.shortName);
            for (const table of template.tables) {
                const label = template.tableLabel(table.number);
                const columns = table.columns.length > 1 ? `  列【${table.columns.join(' ')}】\n` : '';
                const text = `模板 「${template.shortName}」\n年度 ${newReportYear(template)}\n${label} ${table.title} {\n${columns}}\n`;
                const document = await parse(text);
                const title = await hoverAt(document, text.indexOf(table.title) + 1);
                expect(title, `${template.id} ${label}`).toContain(`**${label} ${table.title}** · 模板“${template.shortName}”的${label}`);
                expect(title).toContain(`列：${table.columns.join('、')}`);
                for (const name of others) expect(title).not.toContain(name);
                if (!columns) continue;
                const last = table.columns.at(-1)!;
                const column = await hoverAt(document, text.lastIndexOf(last) + 1);
                expect(column, `${template.id} ${label} ${last}`).toContain(`**${last}** · ${label} ${table.title}的第 ${table.columns.length} 列`);
            }
            const sections = template.parts.flatMap(p => p.sections.map(section => ({ part: p, section })))
                .filter(({ section }) => !['tables', 'glossary', 'attachments'].includes(section.topic));
            for (const { part, section } of sections) {
                const overview = ['duties', 'organisation', 'units', 'staff'].includes(section.topic);
                const text = `模板 「${template.shortName}」\n${overview ? '部门概况' : '情况说明'} {\n  ${section.title} 「无。」\n}\n`;
                const hover = await hoverAt(await parse(text), text.indexOf(section.title) + 1);
                expect(hover, `${template.id} ${section.title}`).toContain(`模板“${template.shortName}”${part.title}中的“`);
            }
        });
    }

    it('says a table and a heading the template does not have are the report’s own', async () => {
        const text = '模板 「上海 2024」\n年度 2024\n情况说明 {\n  九、关于本单位志愿服务的说明 「无。」\n}\n表十二 志愿服务统计表 {\n  列【人数 时长】\n  合计 3 4\n}\n';
        const document = await parse(text);
        expect(await hoverAt(document, text.indexOf('志愿服务统计表') + 1)).toContain('中没有这张表');
        expect(await hoverAt(document, text.indexOf('关于本单位') + 1)).toContain('本报告自有的一节');
        expect(await hoverAt(document, text.indexOf('时长') + 1)).toContain('**时长** · 表十二 志愿服务统计表的第 2 列');
    });

    it('says a budget column the template lacks holds each row’s budget of its kind', async () => {
        const text = '模板 「上海 2024」\n年度 2024\n表五 一般公共预算财政拨款支出决算表 {\n  列【科目编码 科目名称 年初预算数 预算数 { 合计 基本支出 } 决算数 { 合计 基本支出 }】\n  合计 5 6 6 7 7\n}\n';
        const document = await parse(text);
        const initial = await hoverAt(document, text.indexOf('年初预算数') + 1);
        expect(initial).toContain('各行年初预算：与决算数比较（完成年初预算以它为基数），按列加总核对。');
        expect(initial).not.toContain('按行');
        expect(initial).not.toContain('没有这一列');
        expect(await hoverAt(document, text.indexOf('基本支出') + 1)).toContain('各行基本支出的预算：与决算数比较，按行、按列加总核对。');
        // the row's figures show its budget beside its actual, where main showed none (—)
        expect(await hoverAt(document, text.indexOf('合计 5') + 1)).toMatch(/\| 7(\.00)? \| 6(\.00)? \|/);
    });

    it('names the section a heading over sections stands for, as it does a heading with its text', async () => {
        const text = '模板 「上海 2024」\n年度 2024\n情况说明 {\n  二、关于2024年度决算情况说明 {\n    （一）收入支出决算总体情况说明 「无。」\n  }\n  三、预算绩效 {\n    绩效自评 「无。」\n  }\n}\n';
        const document = await parse(text);
        expect(await hoverAt(document, text.indexOf('关于2024') + 1)).toContain('**二、关于2024年度决算情况说明** · ');
        expect(await hoverAt(document, text.indexOf('预算绩效') + 1)).toMatch(/^\*\*三、预算绩效\*\* · 模板“上海 2024”/);
    });

    it('shows what a block with no figure of its own holds, one level down', async () => {
        const text = '情况说明 {\n  三公经费 {\n    公务用车 {\n      购置 1辆 10万元\n      保有 3辆\n    }\n  }\n}\n';
        const document = await parse(text);
        expect(await hoverAt(document, text.indexOf('公务用车') + 1)).toMatch(/其下：购置 1 ?辆 10(\.00)? 万元 · 保有 3 ?辆/);
        expect(await hoverAt(document, text.indexOf('三公经费') + 1)).toContain('其下：公务用车');
    });
});

describe('hover on a table’s notes', () => {
    it('says a 注 is the table’s note printed under it, and what budget a note names', async () => {
        const text = '模板 「全国」\n年度 2024\n表9 财政拨款“三公”经费支出决算表 {\n  注 「本表反映“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数。」\n}\n';
        const hover = await hoverAt(await parse(text), text.indexOf('注 「') + 1);
        expect(hover).toContain('**注** · 表9 财政拨款“三公”经费支出决算表的注');
        expect(hover).toContain('照印在表下');
        expect(hover).toContain('本表的预算数是年初预算数');
    });

    it('says a 注 of an empty table tells why, and what 无数据 prints', async () => {
        const text = '模板 「全国」\n年度 2024\n表7 政府性基金预算财政拨款收入支出决算表 {\n  无数据\n  注 「本部门2024年度无政府性基金预算财政拨款收入、支出，本表为空表。」\n}\n';
        const document = await parse(text);
        expect(await hoverAt(document, text.indexOf('注 「') + 1)).toContain('本表无数据：这段文字说明其原因。');
        expect(await hoverAt(document, text.indexOf('无数据') + 1)).toContain('**无数据** · 表7 政府性基金预算财政拨款收入支出决算表\n\n本表无数据：表中印“本表无数据”。表下印本表的注。');
    });

    it('explains a table’s 单位行: its pieces where they print, and the unit the table’s amounts are in', async () => {
        const text = '模板 「全国」\n年度 2024\n单位 万元\n表1 收入支出决算总表 {\n  单位行 「编制单位：青溪县林业局 | 2024年度 | 单位：元」\n}\n';
        const hover = await hoverAt(await parse(text), text.indexOf('单位行') + 1);
        expect(hover).toContain('**单位行** · 表1 收入支出决算总表上方照印的一行');
        expect(hover).toContain('左：编制单位：青溪县林业局 · 中：2024年度 · 右：单位：元');
        expect(hover).toContain('表中的金额按“单位 万元”填写。');
        expect(hover).toContain('⚠ 这一行印的单位是“元”，与表中金额的单位“万元”不同。');
        const agreeing = text.replace('单位：元', '金额单位：万元');
        expect(await hoverAt(await parse(agreeing), agreeing.indexOf('单位行') + 1)).not.toContain('⚠');
    });

    it('reads the 单位行’s unit in brackets or with the page’s full stop', async () => {
        for (const unit of ['单位：（元）', '单位：元。']) {
            const text = `模板 「全国」\n年度 2024\n单位 万元\n表1 收入支出决算总表 {\n  单位行 「编制单位：青溪县林业局 | ${unit}」\n}\n`;
            expect(await hoverAt(await parse(text), text.indexOf('单位行') + 1), unit).toContain('⚠ 这一行印的单位是“元”，与表中金额的单位“万元”不同。');
        }
    });
});

describe('hover on a text numbered among the tables', () => {
    it('says it is no table and prints after the table written before it', async () => {
        const text = '模板 「全国」\n年度 2022\n表7 政府性基金预算财政拨款收入支出决算表 {\n  无数据 「见十二、关于空表的说明。」\n}\n十二、关于空表的说明 「本部门无政府性基金。」\n';
        const document = await parse(text);
        const hover = await hoverAt(document, text.lastIndexOf('十二、') + 1);
        expect(hover).toContain('**十二、关于空表的说明** · 表部分中编号的一段说明');
        expect(hover).toContain('不是一张表：照印在表7 政府性基金预算财政拨款收入支出决算表之后');
        expect(await hoverAt(document, text.lastIndexOf('关于空表') + 1)).toBe(hover);
    });
});

describe('hover on the report’s information', () => {
    it('says what each line does: the template checked against, the year of the codes, the unit, the cover', async () => {
        const text = '保密审查情况 「已审查」\n部门 「某局」\n模板 「全国」\n年度 2024\n单位 万元\n单位行 「部门：某局 | 单位：元」\n目录 「部分」\n';
        const document = await parse(text);
        const at = (word: string) => hoverAt(document, text.indexOf(word) + 1);
        expect(await at('模板')).toBe('**模板 全国** · 报告信息\n\n本报告按模板“全国 2022年度起”校验和生成：'
            + `${TEMPLATES.find(t => t.id === 'national')!.name}，9 张表。`);
        expect(await at('年度')).toContain('科目名称按 2024 年度的科目表，“上年”是 2023 年度。');
        expect(await at('2024')).toBe(await at('年度'));
        expect(await at('单位 万元')).toContain('本报告的金额按万元填写');
        expect(await at('单位行')).toContain('**单位行** · 各表上方照印的一行（表中写了自己的单位行的，印表中的）');
        expect(await at('单位行')).toContain('⚠ 这一行印的单位是“元”，与表中金额的单位“万元”不同。');
        expect(await at('目录')).toContain('生成的目录照此');
        expect(await at('保密审查情况')).toBe('**保密审查情况 已审查** · 封面上的一行\n\n照写的顺序印在封面第一行、标题之上。');
        expect(await at('部门 「')).toContain('印在封面、标题和各表上方');
    });

    it('says where each title of a part headed one way in the contents and another over its pages is printed', async () => {
        const text = '模板 「全国」\n年度 2024\n部分 「第二部分 2024年度单位决算表」 「第二部分 某小学2024年度单位决算表」\n';
        const document = await parse(text);
        const expected = '目录印“第二部分 2024年度单位决算表”，这一部分的正文之上印“第二部分 某小学2024年度单位决算表”。';
        expect(await hoverAt(document, text.indexOf('2024年度单位') + 1)).toContain(expected);
        expect(await hoverAt(document, text.indexOf('某小学') + 1)).toContain(expected);
    });
});

describe('hover on a row’s printed ordinal', () => {
    it('is the hover on its name', async () => {
        const text = '模板 「全国」\n年度 2024\n表1 收入支出决算总表 {\n  收入 {\n    一、一般公共预算财政拨款收入 100.00\n    本年收入合计 100.00\n  }\n}\n';
        const document = await parse(text);
        const name = await hoverAt(document, text.indexOf('一般公共预算财政拨款收入') + 1);
        expect(name).toBeTruthy();
        expect(await hoverAt(document, text.indexOf('一、') + 1)).toBe(name);
    });
});

describe('hover on a unit line out of the header', () => {
    it('says a printed unit line is the table page’s, read in the report’s unit, not a cover line', async () => {
        const text = '模板 「四川 2024」\n年度 2024\n单位 万元\n金额单位：万元\n附表1 收入支出决算总表 {\n}\n单位：元\n附表2 收入决算表 {\n}\n';
        const document = await parse(text);
        const repeated = await hoverAt(document, text.indexOf('金额单位') + 1);
        expect(repeated).toContain('**金额单位：万元** · 表上印的单位行');
        expect(repeated).toContain('与报告的单位相同');
        expect(repeated).not.toContain('封面上的一行');
        const other = await hoverAt(document, text.indexOf('单位：元') + 1);
        expect(other).toContain('**单位：元** · 表上印的单位行');
        expect(other).toContain('写的元与报告的单位不同');
        expect(await hoverAt(document, text.indexOf('单位 万元') + 1)).toContain('· 报告信息');
    });
});
