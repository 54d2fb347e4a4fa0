import { expectCompletion } from 'langium/test';
import { CompletionItemKind, type CompletionList } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { parse, SEED, services } from './seed.js';
import { newReportYear, PROJECT_SNIPPET, reportSkeleton, reportSnippet, snippetText } from '../../src/lsp/skeleton.js';
import { covers, templateById, TEMPLATES } from '../../src/templates/index.js';

const complete = expectCompletion(services);
const labels = (list: CompletionList) => list.items.map(i => i.label);

const TABLE6 = (line: string) => `年度 2020\n附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】\n  ${line}\n}\n`;

describe('codes by the digits typed at a line start', () => {
    it('2010 offers 2010301 行政运行 and its siblings, and replaces the digits', async () => {
        await complete({
            text: TABLE6('2010<|>'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['20103 政府办公厅（室）及相关机构事务', '2010301 行政运行', '2010302 一般行政管理事务', '2010399 其他政府办公厅（室）及相关机构事务支出']));
                expect(labels(list).filter(label => !label.startsWith('2010'))).toEqual([]);
                const item = list.items.find(i => i.label === '2010301 行政运行')!;
                expect(item.textEdit).toMatchObject({ newText: '2010301 行政运行', range: { start: { line: 3, character: 2 }, end: { line: 3, character: 6 } } });
            },
        });
    });

    it('offers first the codes under a 款 the report already writes', async () => {
        await complete({
            text: TABLE6('20103 政府办公厅（室）及相关机构事务 1 1 0 {\n    2010<|>\n  }'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                const sorted = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map(i => String(i.label).split(' ')[0]);
                expect(sorted.slice(0, 3)).toEqual(['2010301', '2010302', '2010303']);
                expect(sorted.indexOf('20101')).toBeGreaterThan(sorted.indexOf('2010399'));
            },
        });
    });

    it('gives the name the code holds in the report’s year', async () => {
        await complete({
            text: TABLE6('20805<|>').replace('年度 2020', '年度 2019'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toContain('20805 行政事业单位离退休'),
        });
        await complete({
            text: TABLE6('20805<|>'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toContain('20805 行政事业单位养老支出'),
        });
    });

    it('offers only 经济分类 codes in a table of 经济分类', async () => {
        await complete({
            text: '附表 8 一般公共预算财政拨款基本支出决算表 {\n  人员经费 1 {\n    3010<|>\n  }\n}\n',
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                expect(labels(list)).toContain('30101 基本工资');
                expect(list.items.every(i => i.label.startsWith('3010'))).toBe(true);
            },
        });
    });
});

describe('names, columns, keywords', () => {
    it('offers the rows of the table the cursor is in', async () => {
        await complete({
            text: '附表 1 收入支出决算总表 {\n  收入 {\n    本年<|>\n  }\n}\n',
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining(['本年收入合计', '一般公共预算财政拨款收入', '年初结转和结余', '本年支出合计'])),
        });
        await complete({
            text: '附表 10 一般公共预算财政拨款“三公”经费支出决算表 {\n  <|>\n}\n',
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining(['合计', '公务接待费', '公务用车运行维护费', '列', '无数据'])),
        });
    });

    it('offers 国有资本经营预算财政拨款收入 in 四川 2024’s 附表1, which its 2022 reports print, not in 四川 2020’s', async () => {
        for (const [template, year, offered] of [['四川 2024', 2023, true], ['四川 2020', 2020, false]] as const) {
            await complete({
                text: `模板 「${template}」\n年度 ${year}\n附表1 收入支出决算总表 {\n  <|>\n}\n`,
                index: 0,
                disposeAfterCheck: true,
                assert: list => expect(labels(list).includes('国有资本经营预算财政拨款收入'), template).toBe(offered),
            });
        }
    });

    it('in every template, offers that template’s rows and columns for each of its tables, as the report numbers it', async () => {
        for (const template of TEMPLATES) {
            for (const table of template.tables) {
                const head = `模板 「${template.shortName}」\n年度 ${newReportYear(template)}\n${template.tableLabel(table.number)} ${table.title} {\n`;
                const names = [...(table.groups ?? []).flatMap(g => [g.name, ...g.rows]), ...(table.rows ?? [])];
                await complete({
                    text: `${head}  <|>\n}\n`,
                    index: 0,
                    disposeAfterCheck: true,
                    assert: list => {
                        const rows = list.items.filter(i => i.kind === CompletionItemKind.Field);
                        expect(rows.map(i => i.label), `${template.id} ${table.title}`).toEqual(expect.arrayContaining(names));
                        expect(rows.every(i => i.detail === table.title), `${template.id} ${table.title}`).toBe(true);
                    },
                });
                if (table.columns.length < 2) continue;
                await complete({
                    text: `${head}  列【<|>\n}\n`,
                    index: 0,
                    disposeAfterCheck: true,
                    assert: list => expect(labels(list), `${template.id} ${table.title}`).toEqual([...table.columns]),
                });
            }
        }
    });

    it('offers the templates by their names inside 模板 「」, those published for the report’s year first', async () => {
        await complete({
            text: '模板 「<|>」\n年度 2024\n',
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                expect(labels(list).sort()).toEqual(TEMPLATES.map(t => t.shortName).sort());
                const current = TEMPLATES.filter(t => covers(t, 2024)).map(t => t.shortName);
                const first = [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map(i => i.label).slice(0, current.length);
                expect(first.sort()).toEqual(current.sort());
                const item = list.items.find(i => i.label === templateById('shanghai-2024')!.shortName)!;
                expect(item.textEdit).toMatchObject({ newText: item.label, range: { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } } });
            },
        });
        // written, the name names the template
        for (const template of TEMPLATES) {
            const model = services.model.ReportModels.get(await parse(`模板 「${template.shortName}」\n年度 ${newReportYear(template)}\n`));
            expect(model.template.id).toBe(template.id);
        }
    });

    it('reads the report’s year from its 年度 line where the 「 being typed breaks the text', async () => {
        // the open 「 runs to the next 」: 年度 2020 is inside a text, lost from the report's model
        const text = '模板 「<|>\n年度 2020\n部门 「某局」\n';
        await complete({
            text,
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                const current = TEMPLATES.filter(t => covers(t, 2020)).map(t => t.shortName);
                const first = [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map(i => i.label).slice(0, current.length);
                expect(first.sort()).toEqual(current.sort());
            },
        });
        expect(services.model.ReportModels.get(await parse(text.replace('<|>', ''))).meta.year).toBeUndefined();
    });

    it('offers the table’s columns not yet listed in 列【…】', async () => {
        await complete({
            text: '附表 3 支出决算表 {\n  列【本年支出合计 <|>\n}\n',
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toEqual(['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']),
        });
    });

    it('offers the attribute keywords after a row’s figures', async () => {
        await complete({
            text: TABLE6('合计 1 1 0 <|>'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining(['占比', '上年', '增加', '完成预算', '变动原因'])),
        });
    });

    it('offers the units after a figure', async () => {
        await complete({
            text: TABLE6('合计 1 1 0 <|>'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining(['万元', '元', '人次', '台（套）', '条'])),
        });
    });
});

describe('in text', () => {
    it('offers figure paths inside 【, closing the bracket', async () => {
        const text = SEED.replace('财政收入【本年收入合计】万元', '财政收入【本年<|>万元');
        await complete({
            text,
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                const item = list.items.find(i => i.label === '本年收入合计');
                expect(item, labels(list).slice(0, 20).join(' ')).toBeDefined();
                expect(item!.detail).toBe('3569.58 万元');
                expect(item!.textEdit?.newText).toBe('本年收入合计】');
                expect(labels(list)).toEqual(expect.arrayContaining(['机关运行经费', '机关运行经费.下降']));
                expect(labels(list)).toContain('一般公共服务支出.基本支出');
            },
        });
    });

    it('names tables as the report prints them (公开05表), and each path offered resolves when written back', async () => {
        const text = [
            '模板 「全国」', '年度 2024',
            '情况说明 { 一般公共预算财政拨款支出决算情况说明 「社会保障和就业支出【<|>」 }',
            '公开03表 支出决算表 {', '  列【本年支出合计 基本支出 项目支出】', '  合计 235.00 235.00 -', '  208 社会保障和就业支出 235.00 235.00 -', '}',
            '公开05表 一般公共预算财政拨款支出决算表 {', '  列【合计 基本支出 项目支出】', '  合计 235.00 235.00 -', '  208 社会保障和就业支出 235.00 235.00 -', '}',
        ].join('\n');
        let offered: string[] = [];
        await complete({
            text,
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                offered = labels(list);
                expect(offered).toContain('公开05表.社会保障和就业支出');
                expect(offered.filter(label => /^表\d/.test(label))).toEqual([]);
            },
        });
        const model = services.model.ReportModels.get(await parse(text.replace('<|>', '】')));
        for (const path of offered) expect(model.references.resolve(path.split('.')).kind, path).toBe('found');
        const found = model.references.resolve(['公开05表', '社会保障和就业支出']);
        expect(found.kind === 'found' && found.figure.label).toBe('公开05表 › 208 社会保障和就业支出 合计');
    });

    it('offers the terms of the 名词解释, replacing what is typed of them', async () => {
        const text = SEED.replace('“三公”经费呈逐年下降趋势。', '“三公”经费呈逐年下降趋势。基本<|>');
        await complete({
            text,
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                const item = list.items.find(i => i.label === '基本支出')!;
                expect(item.detail).toBe('名词解释');
                const edit = item.textEdit as { range: { start: { character: number }; end: { character: number } } };
                expect(edit.range.end.character - edit.range.start.character).toBe(2);
                expect(labels(list)).toContain('“三公”经费');
            },
        });
    });
});

describe('snippets and the new report skeleton', () => {
    it('offers the report skeleton in an empty file and the project table inside a section', async () => {
        await complete({
            text: '<|>',
            index: 0,
            disposeAfterCheck: true,
            // one skeleton for each template, labelled with its name
            assert: list => {
                for (const template of TEMPLATES) {
                    expect(list.items.find(i => i.label === `决算报告（${template.shortName}）`)?.textEdit?.newText).toBe(reportSnippet(template));
                }
            },
        });
        await complete({
            text: '情况说明 {\n  预算绩效 {\n    项目<|>\n  }\n}\n',
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(list.items.find(i => i.label === '项目绩效表')?.textEdit?.newText).toBe(PROJECT_SNIPPET),
        });
    });

    it('the skeleton of every template parses, names the template and lists its tables as it numbers them', async () => {
        for (const template of TEMPLATES) {
            const skeleton = reportSkeleton(template);
            expect(skeleton).not.toMatch(/\$\{?\d/);
            for (const table of template.tables) expect(skeleton).toContain(`\n${template.tableLabel(table.number)} ${table.title} {`);
            const document = await parse(skeleton, { validation: true });
            expect(document.parseResult.lexerErrors).toEqual([]);
            expect(document.parseResult.parserErrors).toEqual([]);
            expect(services.model.ReportModels.get(document).templateChoice.how, template.id).toBe('named');
            expect(services.model.ReportModels.get(document).template.id).toBe(template.id);
        }
    });

    it('the skeleton is for the year before the day it is begun, published the year after, within its template’s years', async () => {
        const december2026 = new Date(2026, 11, 4);
        const national = reportSkeleton(templateById('national')!, december2026);
        expect(national).toContain('\n年度 2025\n');
        expect(national).toContain('\n公开时间 2026年9月30日\n');
        expect(reportSkeleton(templateById('national')!, new Date(2027, 0, 5))).toContain('\n年度 2026\n');
        // a template of past years begins a report of its last year
        expect(reportSkeleton(templateById('sichuan-2020')!, december2026)).toMatch(/\n年度 2021\n(?:.*\n)*公开时间 2022年9月30日\n/);
        expect(newReportYear(templateById('national-2019')!, december2026)).toBe(2021);
        const document = await parse(national, { validation: true });
        expect(services.model.ReportModels.get(document).meta.year).toBe(2025);
        expect((document.diagnostics ?? []).filter(d => d.code === 'prose-date' || d.code === 'template')).toEqual([]);
    });

    it('the project table parses', async () => {
        const project = await parse(`情况说明 {\n  预算绩效 {\n${snippetText(PROJECT_SNIPPET)}\n  }\n}\n`);
        expect(project.parseResult.parserErrors).toEqual([]);
        expect(snippetText('a ${1:b} ${2} $3 \\$')).toBe('a b   $');
    });
});

describe('completion where a new user writes', () => {
    it('after 模板 offers the templates with their brackets, not the units of a figure', async () => {
        await complete({
            text: '模板 <|>\n',
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                expect(list.items.find(i => i.label === '上海 2024')?.textEdit?.newText).toBe('「上海 2024」');
                expect(labels(list)).not.toContain('万元');
                expect(list.items).toHaveLength(TEMPLATES.length);
            },
        });
    });

    it('offers the project table only where one may start, and the form’s words only in a project', async () => {
        const head = '模板 「全国」\n年度 2025\n';
        const three = `${head}表9 财政拨款“三公”经费支出决算表 {\n  列【预算数 决算数】\n  <|>\n}\n`;
        await complete({
            text: three, index: 0, disposeAfterCheck: true,
            assert: list => {
                expect(labels(list)).toContain('公务接待费');
                for (const word of ['项目绩效表', '项目', '得分', '执行率', '指标性质', '百分比']) expect(labels(list)).not.toContain(word);
            },
        });
        for (const text of [`${head}名词解释 {\n  <|>\n}\n`, `${head}情况说明 {\n  三公经费 {\n    <|>\n  }\n}\n`, `${head}部门概况 {\n  <|>\n}\n`]) {
            await complete({ text, index: 0, disposeAfterCheck: true, assert: list => expect(labels(list), text).not.toContain('项目绩效表') });
        }
        const project = parse(`${head}情况说明 {\n  预算绩效 {\n${snippetText(PROJECT_SNIPPET)}\n  }\n}\n`);
        expect((await project).parseResult.parserErrors).toEqual([]);
        await complete({
            text: `${head}情况说明 {\n  预算绩效 {\n    项目 「甲」 {\n      执行率 分值 10 得分 10\n      <|>\n    }\n  }\n}\n`, index: 0, disposeAfterCheck: true,
            assert: list => expect(labels(list)).toContain('总分'),
        });
    });

    it('directly in 部门概况 or 情况说明 offers the template’s own sections', async () => {
        await complete({
            text: '模板 「上海」\n年度 2024\n部门概况 {\n  <|>\n}\n', index: 0, disposeAfterCheck: true,
            assert: list => {
                expect(list.items.find(i => i.label === '部门决算单位构成')?.textEdit?.newText).toBe('部门决算单位构成 「$1」');
                expect(labels(list)).toContain('主要职能');
            },
        });
        await complete({
            text: '模板 「全国」\n年度 2025\n情况说明 {\n  <|>\n}\n', index: 0, disposeAfterCheck: true,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining(['收入支出总体情况说明', '财政拨款“三公”经费支出决算情况说明'])),
        });
    });
});

describe('completion after a table\'s label', () => {
    it('offers the title the template gives the table it numbers', async () => {
        for (const [head, title] of [['模板 「上海 2024」\n年度 2024\n表五 ', '一般公共预算财政拨款支出决算表'], ['模板 「全国」\n年度 2024\n表 5 一般', '一般公共预算财政拨款支出决算表']] as const) {
            const text = `${head}\n`;
            const document = await parse(text);
            const list = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(head.length) });
            expect((list?.items ?? []).map(i => i.label), head).toContain(title);
        }
    });
    it('offers nothing more once the title is written whole', async () => {
        const head = '模板 「全国」\n年度 2024\n表 5 一般公共预算财政拨款支出决算表';
        const document = await parse(`${head}\n`);
        const list = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(head.length) });
        expect((list?.items ?? []).map(i => i.label)).not.toContain('一般公共预算财政拨款支出决算表');
    });
});
