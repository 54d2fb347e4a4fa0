import type { Diagnostic } from 'vscode-languageserver-types';
import { AstUtils, DocumentValidator } from 'langium';
import { describe, expect, test } from 'vitest';
import type { Explanation, Overview, Project, Row, Table } from '../../src/language/generated/ast.js';
import { isRow, isTable } from '../../src/language/generated/ast.js';
import { parse, parseWithProblems, services } from './parse-utils.js';

function rowNames(entries: Array<unknown>): string[] {
    return entries.filter(isRow).map(r => (r.code ? `${r.code} ${r.name}` : r.name));
}

function tables(parts: Array<unknown>): Table[] {
    return parts.filter(isTable);
}

/** The lexing and parsing diagnostics Langium shows in the editor (0-based ranges). */
async function syntaxDiagnostics(text: string): Promise<Array<{ range: string; message: string }>> {
    const document = await parse(text, { validation: true });
    const codes: unknown[] = [DocumentValidator.LexingError, DocumentValidator.ParsingError];
    return (document.diagnostics ?? [])
        .filter((d: Diagnostic) => codes.includes((d.data as { code?: unknown } | undefined)?.code))
        .map(d => ({
            range: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`,
            message: d.message,
        }));
}

describe('a mistake stays in its table', () => {
    test('a bad row in 附表 3 keeps the rest of 附表 3 and all of 附表 6', async () => {
        const { report, problems } = await parseWithProblems([
            '年度 2020',
            '附表 3 一般公共预算财政拨款支出决算表 {',
            '  列【合计 基本支出 项目支出】',
            '  合计 3569.58 854.57 2715.01',
            '  201 一般公共服务支出 2952.54 「错」 298.18',
            '  202 外交支出 1 2 3',
            '}',
            '附表 6 一般公共预算财政拨款基本支出决算表 {',
            '  列【合计 基本支出 项目支出】',
            '  合计 3569.58 854.57 2715.01',
            '  201 一般公共服务支出 2952.54 298.18 2654.36 {',
            '    2010301 行政运行 298.18 298.18 -',
            '  }',
            '}',
        ].join('\n'));
        expect(problems.lexer).toEqual([]);
        expect(problems.parser).toEqual(['5:24 此处应为“}”，实际是“「错」”。']);
        const [three, six] = tables(report.parts);
        expect(three.label).toBe('附表 3');
        expect(rowNames(three.entries)).toEqual(['合计', '201 一般公共服务支出', '202 外交支出']);
        expect(six.label).toBe('附表 6');
        expect(six.title).toBe('一般公共预算财政拨款基本支出决算表');
        expect(six.columns?.names).toEqual(['合计', '基本支出', '项目支出']);
        expect(rowNames(six.entries)).toEqual(['合计', '201 一般公共服务支出']);
        expect(rowNames((six.entries[1] as Row).entries)).toEqual(['2010301 行政运行']);
    });

    test('an attribute without a value: the next row is kept', async () => {
        const { report, problems } = await parseWithProblems('附表 6 表 {\n  合计 1 2 3 占比\n  其他 12\n}\n附表 7 表 {\n  合计 1\n}');
        expect(problems.parser).toEqual(['3:3 此处不能是“其他”，应为 数值、百分比、空白单元格（“-”“—”或“/”）、「文本」。']);
        const [six, seven] = tables(report.parts);
        expect(rowNames(six.entries)).toEqual(['合计', '其他']);
        expect(rowNames(seven.entries)).toEqual(['合计']);
    });

    test('列【…】 after 单位行: says that the header goes first in the table', async () => {
        const { problems } = await parseWithProblems('附表 3 表 {\n  单位行 「金额单位：万元」\n  列【合计 基本支出】\n  合计 1 1\n}');
        expect(problems.parser).toEqual([
            '3:3 此处不能写列【…】：列【…】只能写在表的第一行，紧接“{”；单位行、注、无数据和各行都写在它后面。',
            '3:12 多余的“】”：列【…】应移到表的第一行，紧接“{”。',
        ]);
    });

    test('a code row without a name keeps its figures and the next row', async () => {
        const { report, problems } = await parseWithProblems('附表 3 表 {\n  201 2952.54\n  202 外交 4\n}');
        expect(problems.parser).toEqual(['2:7 此处应为名称，实际是“2952.54”。']);
        const table = tables(report.parts)[0];
        expect((table.entries[0] as Row).code).toBe('201');
        expect((table.entries[0] as Row).cells.map(c => c.value)).toEqual(['2952.54']);
        expect(rowNames(table.entries.slice(1))).toEqual(['202 外交']);
    });

    test('a missing { after the table title', async () => {
        const { report, problems } = await parseWithProblems('附表 3 表\n  合计 1\n}\n附表 6 表 {\n  合计 1 2 3\n}');
        expect(problems.parser).toEqual(['2:3 此处应为“{”，实际是“合计”。']);
        const [three, six] = tables(report.parts);
        expect(rowNames(three.entries)).toEqual(['合计']);
        expect(rowNames(six.entries)).toEqual(['合计']);
    });

    test('a stray } after a table', async () => {
        const { report, problems } = await parseWithProblems('附表 3 表 {\n  合计 1\n}}\n附表 6 表 { 合计 1 }');
        expect(problems.parser).toHaveLength(1);
        expect(problems.parser[0]).toMatch(/^3:2 /);
        expect(tables(report.parts).map(t => rowNames(t.entries))).toEqual([['合计'], ['合计']]);
    });
});

describe('unclosed {', () => {
    test('an unclosed child block: the error is at the next 附表, both tables keep their rows', async () => {
        const { report, problems } = await parseWithProblems([
            '附表 6 表 {',
            '  合计 1 2 3 {',
            '    201 一般 1 2 3',
            '}',
            '附表 7 表 {',
            '  合计 1',
            '}',
        ].join('\n'));
        expect(problems.parser).toEqual(['5:1 此处应为“}”，实际是“附表 7”。']);
        const [six, seven] = tables(report.parts);
        expect(rowNames(six.entries)).toEqual(['合计']);
        expect(rowNames((six.entries[0] as Row).entries)).toEqual(['201 一般']);
        expect(rowNames(seven.entries)).toEqual(['合计']);
    });

    test('an unclosed 情况说明 before a table', async () => {
        const { report, problems } = await parseWithProblems('情况说明 {\n  三公经费 {\n    因公出国 0次\n}\n附表 6 表 { 合计 1 }');
        expect(problems.parser).toEqual(['5:1 此处应为“}”，实际是“附表 6”。']);
        const explanation = report.parts[0] as Explanation;
        expect(rowNames(explanation.entries)).toEqual(['三公经费']);
        expect(rowNames(tables(report.parts)[0].entries)).toEqual(['合计']);
    });

    test('an unclosed table at the end of the file keeps its rows; the error is at the end', async () => {
        const text = '附表 6 表 {\n  合计 1\n  其他 2\n';
        const { report, problems } = await parseWithProblems(text);
        expect(problems.parser).toHaveLength(1);
        expect(problems.parser[0]).toContain('此处应为“}”，实际是文件结尾。');
        expect(rowNames(tables(report.parts)[0].entries)).toEqual(['合计', '其他']);
        // the end-of-file token has no position: the editor shows the error after the last token
        expect(await syntaxDiagnostics(text)).toEqual([{ range: '2:6-2:6', message: '此处应为“}”，实际是文件结尾。' }]);
    });
});

describe('column headers', () => {
    test('a missing 】: one message at the end of the header line; the header and every row are kept', async () => {
        const text = '附表 6 表 {\n  列【合计 基本支出\n  合计 1 2\n  其他 3 4\n}';
        const { report, problems } = await parseWithProblems(text);
        expect(problems.parser).toEqual(['2:12 列【…】缺少结尾的“】”：列名写在同一行，以“】”结束。']);
        const [table] = tables(report.parts);
        expect(table.columns?.names).toEqual(['合计', '基本支出']);
        expect(rowNames(table.entries)).toEqual(['合计', '其他']);
        expect((table.entries[0] as Row).cells.map(c => c.value)).toEqual(['1', '2']);
        expect(await syntaxDiagnostics(text)).toEqual([{ range: '1:11-2:2', message: '列【…】缺少结尾的“】”：列名写在同一行，以“】”结束。' }]);
    });

    test('a missing 】 before spaces and a CRLF, and before the table\'s end', async () => {
        const { report, problems } = await parseWithProblems('附表 6 表 {\r\n  列【合计 基本支出  \r\n  合计 1 2\r\n}\r\n附表 7 表 {\n  列【合计\n}');
        expect(problems.parser).toEqual([
            '2:12 列【…】缺少结尾的“】”：列名写在同一行，以“】”结束。',
            // no space before the break nor after it: no token can end inside a line, the parser's own message
            '7:1 此处不能是“}”，应为 “】”。',
        ]);
        expect(tables(report.parts).map(t => [t.columns?.names, rowNames(t.entries)])).toEqual([
            [['合计', '基本支出'], ['合计']],
            [['合计'], []],
        ]);
    });

    test('a line break after a closed header, or in a text after 列【…】, is only a line break', async () => {
        const { problems } = await parseWithProblems('附表 6 表 {\n  列【合计 基本支出】\n  合计 1 2\n}\n部门概况 {\n  主要职能 「列【甲\n乙】」\n}');
        expect(problems).toEqual({ lexer: [], parser: [] });
    });
});

describe('project goals', () => {
    test('年度目标 without 实际: one message at its }, and the 指标 after it stay in the project', async () => {
        const text = [
            '情况说明 {',
            '  项目 「甲」 {',
            '    年度目标 { 预期 「a」 }',
            '    指标 { 一 { 二 { 三 预期 1 实际 2 } } }',
            '  }',
            '}',
        ].join('\n');
        const { report, problems } = await parseWithProblems(text);
        expect(problems.parser).toEqual(['3:19 年度目标未写完：应写作 年度目标 { 预期 「…」 实际 「…」 }。']);
        const explanation = report.parts[0] as Explanation;
        expect(rowNames(explanation.entries)).toEqual([]);
        const project = explanation.entries[0] as Project;
        expect(project.goals.map(g => g.expected)).toEqual(['a']);
        expect(project.indicators).toHaveLength(1);
        expect(await syntaxDiagnostics(text)).toEqual([{ range: '2:18-2:19', message: '年度目标未写完：应写作 年度目标 { 预期 「…」 实际 「…」 }。' }]);
    });

    test('年度目标 without 预期, or empty: the project keeps what follows', async () => {
        for (const goal of ['年度目标 { 实际 「b」 }', '年度目标 { }']) {
            const { report, problems } = await parseWithProblems(`情况说明 {\n  项目 「甲」 {\n    ${goal}\n    指标 { 一 { 二 { 三 预期 1 实际 2 } } }\n  }\n}`);
            expect(problems.parser).toHaveLength(1);
            expect(((report.parts[0] as Explanation).entries[0] as Project).indicators).toHaveLength(1);
        }
    });

    test('a complete goal, and a } after a 实际 elsewhere, are left alone', async () => {
        const { problems } = await parseWithProblems('情况说明 {\n  项目 「甲」 {\n    年度目标 { 预期 「a」 实际 「b」 }\n    指标 { 一 { 二 { 三 预期 1 实际 2 } } }\n  }\n}');
        expect(problems).toEqual({ lexer: [], parser: [] });
    });
});

describe('texts', () => {
    test('a missing 」 gives one Chinese message over the unclosed text, the next part still parses', async () => {
        const { report, problems } = await parseWithProblems('部门概况 {\n  主要职能 「负责日常运转\n}\n附表 7 表 {\n  合计 1\n}');
        expect(problems.lexer).toEqual([]);
        expect(problems.parser).toEqual(['2:8 文本缺少结尾的“」”。']);
        const overview = report.parts[0] as Overview;
        expect(overview.$type).toBe('Overview');
        expect(rowNames(tables(report.parts)[0].entries)).toEqual(['合计']);
        expect(await syntaxDiagnostics('部门概况 {\n  主要职能 「负责日常运转\n}')).toEqual([
            { range: '1:7-1:14', message: '文本缺少结尾的“」”。' },
        ]);
    });

    test('a missing 」 before a later text: the later text is still a text of its own', async () => {
        const { report, problems } = await parseWithProblems('部门概况 {\n  主要职能 「负责日常运转\n  机构设置 「下设两个科室」\n}');
        expect(problems.parser).toEqual(['2:8 文本缺少结尾的“」”。']);
        const overview = report.parts[0] as Overview;
        const last = overview.entries[overview.entries.length - 1];
        expect(last.$type).toBe('TextField');
        expect(last).toMatchObject({ key: '机构设置', text: '下设两个科室' });
    });

    test('a heading of 概况 or 名词解释 with its one paragraph after it says the paragraph goes in braces, under a section name', async () => {
        // 北京 区级: “一、单位基本情况” with one paragraph under it, as a user first writes it
        const overview = await parseWithProblems('情况说明 {\n  部门概况 「一、单位基本情况」 「本中心下设办公室。」\n}');
        expect(overview.problems.parser).toEqual([
            '2:19 标题后应为“{”：标题下的文字写在 { } 里，按它说的是哪一节起名，如 部门概况 「一、单位基本情况」 { 机构设置、职责 「…」 }。',
        ]);
        const glossary = await parseWithProblems('情况说明 {\n  名词解释 「四、名词解释」 「财政拨款收入：指……」\n}');
        expect(glossary.problems.parser[0]).toBe('2:17 标题后应为“{”：各条写在 { } 里，如 名词解释 「四、名词解释」 { 财政拨款收入：「…」 }。');
        const topLevel = await parseWithProblems('部门概况 「本中心下设办公室。」');
        expect(topLevel.problems.parser).toEqual([
            '1:6 此处应为“{”：部门概况的各节写在 { } 里，如 部门概况 { 机构设置 「…」 }。',
        ]);
    });

    test('a 」 without 「', async () => {
        const { report, problems } = await parseWithProblems('附表 6 表 {\n  合计 1 2\n  」\n}');
        expect(problems.lexer).toEqual(['3:3 多余的“」”：前面没有对应的“「”。']);
        expect(rowNames(tables(report.parts)[0].entries)).toEqual(['合计']);
    });
});

describe('full-width characters', () => {
    test('full-width digits give the full-width-digit message at their position', async () => {
        const { report, problems } = await parseWithProblems('附表 6 表 {\n  合计 １２３.４５\n  其他 12\n}');
        expect(problems.lexer).toEqual(['2:6 无法识别的字符“１２３.４５”：请把全角数字改为半角数字（如 １２３.４５ 写作 123.45）。']);
        expect(problems.parser).toEqual([]);
        expect(rowNames(tables(report.parts)[0].entries)).toEqual(['合计', '其他']);
        expect(await syntaxDiagnostics('附表 6 表 {\n  合计 １２３.４５\n}')).toEqual([
            { range: '1:5-1:11', message: '无法识别的字符“１２３.４５”：请把全角数字改为半角数字（如 １２３.４５ 写作 123.45）。' },
        ]);
    });

    test('half-width brackets in a name (pasted from a web page) are read as full-width ones', async () => {
        const { report, problems } = await parseWithProblems('情况说明 {\n  因公出国(境) 0次\n}\n五、一般公共预算财政拨款支出决算表(一)(公开05表) {\n}');
        expect(problems.lexer).toEqual([]);
        expect(problems.parser).toEqual([]);
        expect(rowNames((report.parts[0] as { entries: unknown[] }).entries)).toEqual(['因公出国（境）']);
        // the label in brackets after the title is the table's number, not a part of its name
        expect(tables(report.parts).map(t => [t.title, t.titleLabel])).toEqual([['一般公共预算财政拨款支出决算表（一）', '(公开05表)']]);
    });

    test('a half-width bracket no name holds is left unread, said where it is: a pair apart from its name', async () => {
        const apart = '“(境)”不在名称中：名称中的括号紧接名称写，前面不空格（如 因公出国（境））。';
        const { problems } = await parseWithProblems('情况说明 {\n  因公出国 (境) 0次\n  因公出国 （境） 1次\n}');
        expect(problems.lexer).toEqual([`2:8 ${apart}`, `2:10 ${apart}`, `3:8 ${apart.replace('(境)', '（境）')}`]);
        // after a figure: the closing one is no name's either (万元) is no name)
        const figure = await parseWithProblems('情况说明 {\n  机关运行经费 82.45(万元) 上年 80.00(万元)\n}');
        const afterFigure = '数值后不能写括号“(万元)”：数值后只写单位（如 12人），要说明的写在 说明 「…」 中。';
        expect(figure.problems.lexer).toEqual(['2:15', '2:18', '2:28', '2:31'].map(at => `${at} ${afterFigure}`));
        // starting a line, nested, holding digits
        const other = await parseWithProblems('情况说明 {\n  (机构设置) 「x」\n  收入((含结转)) 「y」\n  收入(2020年) 「z」\n}');
        expect(other.problems.lexer.filter(message => /括号|名称/.test(message))).toEqual([
            '2:3 名称不能以括号开头：“(机构设置)”应紧接在名称之后（如 因公出国（境）），序号写作 （一）、（1）。',
            '2:8 名称不能以括号开头：“(机构设置)”应紧接在名称之后（如 因公出国（境）），序号写作 （一）、（1）。',
            '3:5 “((含结转))”中括号套括号：外层的括号请写全角（如 “三公”经费（含因公出国（境）费））。',
            '3:10 “((含结转))”中括号套括号：外层的括号请写全角（如 “三公”经费（含因公出国（境）费））。',
            '4:5 名称中不能有数字：“(2020年)”不能作为名称的一部分，可写在文本「…」中。',
            '4:11 名称中不能有数字：“(2020年)”不能作为名称的一部分，可写在文本「…」中。',
        ]);
    });

    test('the brackets of a line are paired once, not for each stray one: 20,000 on a line are told in linear time', () => {
        const text = `情况说明 {\n  机构设置 ${'甲)'.repeat(20_000)}\n}`;
        const started = performance.now();
        const { errors } = services.parser.Lexer.tokenize(text);
        // paired anew for each, they took over a minute
        expect(performance.now() - started).toBeLessThan(5_000);
        expect(errors.length).toBe(20_000);
        expect(errors[19_999].message).toBe('多余的“)”：前面没有对应的“(”。');
    });

    test('nested brackets read with the outer pair full-width, as the message says to write them', async () => {
        const nested = '“(含因公出国(境)费)”中括号套括号：外层的括号请写全角（如 “三公”经费（含因公出国（境）费））。';
        const { problems } = await parseWithProblems('名词解释 {\n  “三公”经费(含因公出国(境)费)：「x」\n}');
        expect(problems.lexer).toEqual([`2:9 ${nested}`, `2:19 ${nested}`]);
        for (const written of ['“三公”经费（含因公出国（境）费）', '“三公”经费（含因公出国(境)费）']) {
            expect((await parseWithProblems(`名词解释 {\n  ${written}：「x」\n}`)).problems).toEqual({ lexer: [], parser: [] });
        }
    });

    test('an ordinal written on after a text or a brace is told to start its line', async () => {
        const { problems } = await parseWithProblems('情况说明 { （一）收入决算情况说明 「x」 (二)支出决算情况说明 「y」 }');
        expect(problems.lexer).toEqual([
            '1:8 序号“（一）”写在行首：另起一行，序号后接标题。',
            '1:24 序号“(二)”写在行首：另起一行，序号后接标题。',
            '1:26 序号“(二)”写在行首：另起一行，序号后接标题。',
        ]);
        // on lines of their own, both are read
        expect((await parseWithProblems('情况说明 {\n  （一）收入决算情况说明 「x」\n  (二)支出决算情况说明 「y」\n}')).problems).toEqual({ lexer: [], parser: [] });
    });

    test('a continued table\'s (续) after its number or title label is read: the page of a table split over pages', async () => {
        const { report, problems } = await parseWithProblems('表 3(续) 支出决算表 {\n  合计 1\n}\n附表3（续） 支出决算表 {\n  合计 1\n}\n二、收入决算表（公开02表）（续表） {\n  合计 1\n}');
        expect(problems).toEqual({ lexer: [], parser: [] });
        expect(report.parts.filter(isTable).map(table => table.continued)).toEqual(['(续)', '（续）', '（续表）']);
        expect((await parseWithProblems('表 3(一) 支出决算表 {\n  合计 1\n}')).problems.lexer[0])
            .toBe('1:4 表号后不能写括号“(一)”：括号中的话写在表名之后（如 表3 支出决算表（一））。');
    });

    test('half-width brackets are a name\'s only as a closed pair: one left open or never opened is said to be so, not to be written full-width', async () => {
        const { report, problems } = await parseWithProblems('情况说明 {\n  机构设置( 「x」\n  一)机构设置 「x」\n  部门(单位)职责)) 「y」\n  收入((含结转 「z」\n  (机构设置)) 「w」\n}');
        const open = '“(”没有对应的“)”：名称中的括号成对写，紧接名称（如 部门（单位）职责）；多余的请删去。';
        expect(problems.lexer).toEqual([
            `2:7 ${open}`,
            '3:4 多余的“)”：前面没有对应的“(”。',
            '4:11 多余的“))”：前面没有对应的“(”。',
            `5:5 ${open}`,
            '6:3 名称不能以括号开头：“(机构设置)”应紧接在名称之后（如 因公出国（境）），序号写作 （一）、（1）。',
            // of the two, the second is the one without a partner
            '6:8 多余的“)”：前面没有对应的“(”。',
        ]);
        // no name is printed with a bracket it never closed
        const names = AstUtils.streamAst(report).toArray()
            .flatMap(node => Object.entries(node).filter(([key, value]) => !key.startsWith('$') && typeof value === 'string').map(([, value]) => value as string));
        expect(names.filter(name => /[（）()]/.test(name))).toEqual(['部门（单位）职责']);
    });
});

// Every message a user can see from the lexer or the parser: Chinese, no chevrotain English.
const BROKEN_INPUTS = [
    '附表 {\n}',
    '附表 6 表 {\n  列【】\n}',
    '附表 6 表 {\n  列【合计 1】\n  合计 1\n}',
    '附表 6 表 { 合计 1 ]',
    '附表 6 表 { 合计 1 2 3 } }',
    '附表 6 表 { 合计 1 占比 「a」 2 }',
    '附表 6 表 { 合计 1 @ 2 }',
    '附表 6 表 { 合计 １２３ }',
    '附表 6 表 {\n 合计 1 2\n 」\n}',
    '附表 3 表 {\n  合计 1\n  201 一般 2 ｛\n    20101 人大 3\n  ｝\n}',
    '附表 3 表 {\n  合计 3569.58 854.57\n    2715 占比 100%\n}',
    '附表 3 表 {\n  /* 注 */ 201 一般 1\n}',
    '部门',
    '部门 「甲」 年度',
    '}',
    'abc',
    'abc def 123',
    '项目 「甲」 { }',
    '附件 「甲」',
    '部门概况 {\n  主要职能 「负责贯彻落实党中央、省委的决策部署；\n  承担日常工作。\n}',
    '情况说明 { 项目 甲 { } }',
    '情况说明 { 「甲」 1 }',
    '情况说明 { 项目 「甲」 { 年度目标 { 预期 「a」 } } }',
    '情况说明 { 项目 「甲」 { 指标 { 一 { 二 { 三 预期 ≥ 实际 1 } } } } }',
    '情况说明 { 项目 「甲」 { 指标 { 一 { 二 { 「三」 预期 1 实际 } } } } }',
    '情况说明 { 项目 「甲」 { 指标 { 一 { 二 { 三 } } } } }',
    '名词解释 {\n  2010301 「指……」\n}',
    '名词解释 {\n  2010301 行政运行：「甲」\n}',
    '名词解释 { ：「甲」 }',
    '情况说明 {\n  因公出国(境) 0次\n  "三公"经费 1\n}',
    '附表 3 表 { 合计 1，872.89 }',
    '附表 3 表 { 合计 －5 }',
    '\uFEFF}',
    '附表 6 表 {\r\n  合计 1 占比\r\n}',
];

/** A message with the quoted user text removed: what is left must be Chinese. */
function ownWords(message: string): string {
    return message.replace(/“[^”]*”/g, '').replace(/（如[^）]*）/g, '');
}

describe('every syntax message is Chinese', () => {
    test.each(BROKEN_INPUTS.map(text => [JSON.stringify(text), text]))('%s', async (_name, text) => {
        const { problems } = await parseWithProblems(text);
        const messages = [...problems.lexer, ...problems.parser];
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) {
            const text = message.replace(/^\S+ /, '');
            expect(text).toMatch(/[\u4e00-\u9fff]/);
            expect(ownWords(text), message).not.toMatch(/[A-Za-z]/);
        }
        for (const diagnostic of await syntaxDiagnostics(text)) {
            expect(ownWords(diagnostic.message)).not.toMatch(/[A-Za-z]/);
        }
    });
});

describe('line and column of messages', () => {
    test('parser errors: 1-based in the parse result, 0-based ranges over the offending token in the editor', async () => {
        const text = '附表 6 表 {\n  合计 1 2 3 占比\n  其他 12\n}';
        const { problems } = await parseWithProblems(text);
        expect(problems.parser).toEqual(['3:3 此处不能是“其他”，应为 数值、百分比、空白单元格（“-”“—”或“/”）、「文本」。']);
        expect(await syntaxDiagnostics(text)).toEqual([
            { range: '2:2-2:4', message: '此处不能是“其他”，应为 数值、百分比、空白单元格（“-”“—”或“/”）、「文本」。' },
        ]);
    });

    test('positions count characters, not bytes, after Chinese text, tabs and a BOM', async () => {
        const text = '\uFEFF部门 「乐山高新区」\n附表 6 表 {\n\t合计\t1\t@\n}';
        const { problems } = await parseWithProblems(text);
        expect(problems.lexer).toEqual(['3:7 无法识别的字符“@”。']);
        expect(await syntaxDiagnostics(text)).toEqual([{ range: '2:6-2:7', message: '无法识别的字符“@”。' }]);
    });

    test('CRLF line ends count one line each', async () => {
        const text = '附表 6 表 {\r\n  合计 1\r\n\r\n  其他 @\r\n}';
        const { problems } = await parseWithProblems(text);
        expect(problems.lexer).toEqual(['4:6 无法识别的字符“@”。']);
        expect(await syntaxDiagnostics(text)).toEqual([{ range: '3:5-3:6', message: '无法识别的字符“@”。' }]);
    });

    test('an unexpected token at the top level', async () => {
        expect(await syntaxDiagnostics('年度 2020\n}')).toEqual([
            { range: '1:0-1:1', message: '多余的“}”，或前面少了对应的“{”：此处应开始新的部分（部门、年度、部门概况、情况说明、名词解释、附件、附表）。' },
        ]);
    });
});

describe('stray braces', () => {
    test('a stray } at the very end gets the “new part” message', async () => {
        const { problems } = await parseWithProblems('附表 6 表 { 合计 1 } }');
        expect(problems.parser).toEqual(['1:17 多余的“}”，或前面少了对应的“{”：此处应开始新的部分（部门、年度、部门概况、情况说明、名词解释、附件、附表）。']);
    });

    test('a stray } between two parts says it is superfluous rather than expecting the end of the file', async () => {
        const { report, problems } = await parseWithProblems('附表 6 表 { 合计 1 }\n}\n附表 7 表 { 合计 1 }');
        expect(tables(report.parts)).toHaveLength(2);
        expect(problems.parser[0]).not.toContain('文件结尾');
    });
});

describe('unclosed texts', () => {
    test('a missing 」 in a long text is one error, not one per punctuation mark', async () => {
        const { problems } = await parseWithProblems(
            '部门概况 {\n  主要职能 「负责贯彻落实党中央、省委、市委的决策部署，协调“三公”事务；\n  承担日常工作。\n}');
        expect(problems.lexer.length + problems.parser.length).toBe(1);
    });
});
