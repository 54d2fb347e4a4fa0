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
