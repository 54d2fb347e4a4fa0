// A slip of typing or pasting is told once, where it stands, with its fix where what was meant is certain, and what
// follows it is read as meant (slips.ts): a table's unit line, a Markdown heading, full-width braces, 【…】 without 列.
import { describe, expect, test } from 'vitest';
import type { Report, Table } from '../../src/language/generated/ast.js';
import { MISSING_COLUMN_KEYWORD } from '../../src/language/syntax/slips.js';
import { parse } from './parse-utils.js';

const HEADER = '模板 「全国」\n部门 「某局」\n年度 2024\n单位 万元\n';
const TABLE = '表1 收入支出决算总表 {\n  列【决算数】\n  合计 1\n}\n';

interface Fix { title: string; newText: string; range?: { start: { line: number } }; also?: { newText: string; range: { start: { line: number } } }[] }

/** The syntax findings (lexer and parser) of a report: line (0-based), severity (1 error, 2 warning), message, fix. */
async function syntax(text: string): Promise<{ line: number; severity?: number; message: string; fix?: Fix }[]> {
    const document = await parse(text, { validation: true });
    return (document.diagnostics ?? [])
        .filter(d => /^(lexing|parsing)-/.test(String((d.data as { code?: string } | undefined)?.code)))
        .map(d => ({ line: d.range.start.line, severity: d.severity, message: d.message, fix: (d.data as { fix?: Fix }).fix }));
}

/** The text with a finding's fix applied (its edits from the last, so that the offsets hold). */
async function fixed(text: string): Promise<string> {
    const document = await parse(text, { validation: true });
    const fixes = (document.diagnostics ?? []).map(d => ({ d, fix: (d.data as { fix?: Fix & { range?: never } } | undefined)?.fix })).filter(f => f.fix);
    const edits = fixes.flatMap(({ d, fix }) => [{ range: (fix as { range?: typeof d.range }).range ?? d.range, newText: fix!.newText }, ...(fix!.also ?? []) as { range: typeof d.range; newText: string }[]]);
    const doc = document.textDocument;
    return edits.map(e => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText }))
        .sort((a, b) => b.start - a.start)
        .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

describe('a table\'s printed unit line', () => {
    test.each(['单位：元', '单位：（元）', '金额单位：万元。', '单位 (万元)'])('%s in the table: one error at it, fixed to 单位行 「…」, the rows read', async written => {
        const text = `${HEADER}表1 收入支出决算总表 {\n  列【决算数】\n  ${written}\n  合计 1\n}\n`;
        const found = await syntax(text);
        expect(found.map(f => [f.line, f.message])).toEqual([[6, `“${written}”是表上印的单位行，写作 单位行 「${written}」（写在列【…】之后）；表中金额的单位照报告的“单位”一行。`]]);
        expect(await fixed(text)).toBe(text.replace(written, `单位行 「${written}」`));
        expect(((await parse(text)).parseResult.value.parts.at(-1) as Table).entries).toHaveLength(1);
    });

    test('before the table\'s 列【…】: moved after it', async () => {
        const text = `${HEADER}表1 收入支出决算总表 {\n  单位：元\n  列【决算数】\n  合计 1\n}\n`;
        expect(await syntax(text)).toHaveLength(1);
        expect(await fixed(text)).toBe(`${HEADER}表1 收入支出决算总表 {\n  列【决算数】\n  单位行 「单位：元」\n  合计 1\n}\n`);
    });

    test('in a table that has its 单位行, before or after it: one error, no fix that would write a second', async () => {
        for (const text of [`${HEADER}表1 收入支出决算总表 {\n  列【决算数】\n  单位行 「单位：万元」\n  单位：万元\n  合计 1\n}\n`,
            `${HEADER}表1 收入支出决算总表 {\n  单位：万元\n  列【决算数】\n  单位行 「单位：万元」\n  合计 1\n}\n`]) {
            expect((await syntax(text)).map(f => [f.message, f.fix])).toEqual([['“单位：万元”是表上印的单位行：这张表已写了 单位行 「…」，这一行请删去。', undefined]]);
        }
    });

    test('the report\'s unit again after a page\'s figures or atop a continued page, the table\'s own unit line before its {: silent; another unit an error', async () => {
        const titled = '表1 收入支出决算总表\n单位：万元\n{\n  列【决算数】\n  合计 1\n  单位：万元\n  收入 1\n}\n';
        expect(await syntax(`${HEADER}${titled}表1（续） {\n  金额单位：万元\n  支出 1\n}\n`)).toEqual([]);
        expect((await syntax(`${HEADER}${titled.replace('  单位：万元\n  收入', '  单位：元\n  收入')}`)).map(f => [f.line, f.message]))
            .toEqual([[9, '“单位：元”是表上印的单位行，写作 单位行 「单位：元」（写在列【…】之后）；表中金额的单位照报告的“单位”一行。']]);
    });

    // the page's head read as the model reads a title (continuedTitle): an unclosed （续 (its own error) continues no table there, nor here
    test('atop a page titled with an unclosed （续: no continued page, its unit line an error as atop any table', async () => {
        const text = `${HEADER}${TABLE}收入支出决算总表（续 {\n  单位：万元\n  支出 1\n}\n`;
        expect((await syntax(text)).filter(f => f.message.includes('单位行')).map(f => f.line)).toEqual([9]);
    });

    test('above a table, after the last, or before 情况说明: no finding of the unit line, as before (its unit may repeat the header\'s)', async () => {
        for (const text of [`${HEADER}单位：万元\n${TABLE}\n单位：万元\n${TABLE.replace('表1', '表2')}`, `${HEADER}${TABLE}金额单位：（元）\n${TABLE.replace('表1', '表2')}`,
            `${HEADER}${TABLE}情况说明 {\n  一、收入 「x」\n}\n金额单位：万元\n`, `${HEADER}部门概况 「一、基本情况」 {\n  单位：万元\n}\n`, `${HEADER}${TABLE}金额单位：万元\n情况说明 {\n  一、收入 「x」\n}\n`]) {
            expect((await syntax(text)).map(f => f.message).join()).not.toContain('单位行');
        }
    });

    test('the report\'s own unit line and 单位行 「…」 stay as they are; a row in 情况说明 is no table\'s', async () => {
        expect(await syntax(`${HEADER}${TABLE.replace('列【决算数】\n', '列【决算数】\n  单位行 「单位：元」\n')}`)).toEqual([]);
        expect(await syntax(`模板 「全国」\n部门 「某局」\n年度 2024\n单位：元\n${TABLE}`)).toEqual([]);
        expect((await syntax(`${HEADER}情况说明 {\n  单位：元\n}\n`)).map(f => f.message).join()).not.toContain('单位行');
    });
});

describe('one message for one slip', () => {
    test('# 部门概况, a Markdown heading: one error, the block after it read', async () => {
        const found = await syntax(`${HEADER}# 部门概况\n部门概况 {\n  机构设置 「x」\n}\n`);
        expect(found.map(f => [f.line, f.message, f.fix])).toEqual([[4, '“# 部门概况”是 Markdown 的标题：决算语言不用“#”，这一行请删去（各部分写作 部门概况 { … }、情况说明 { … } 等；要印的部分标题写在文件开头，作 部分 「…」）。', undefined]]);
        // the marks before a block on their line: those alone, deleted by the fix
        const text = `${HEADER}## 部门概况 {\n  机构设置 「x」\n}\n`;
        expect((await syntax(text)).map(f => f.fix?.title)).toEqual(['删去“#”']);
        expect(await fixed(text)).toBe(text.replace('## ', ''));
        expect(((await parse(text)).parseResult.value as Report).parts.at(-1)?.$type).toBe('Overview');
    });

    test('full-width ｛｝: read as braces, an error at each with its fix', async () => {
        const text = `${HEADER}部门概况 ｛\n  机构设置 「x」\n｝\n${TABLE}`;
        const found = await syntax(text);
        expect(found.map(f => [f.line, f.severity, f.message])).toEqual([[4, 1, '“｛”是全角的括号：块的括号写半角的“{”。'], [6, 1, '“｝”是全角的括号：块的括号写半角的“}”。']]);
        expect(await fixed(text)).toBe(text.replace('｛', '{').replace('｝', '}'));
        expect(((await parse(text)).parseResult.value as Report).parts.slice(-2).map(p => p.$type)).toEqual(['Overview', 'Table']);
    });

    // the table's own unit line between its title and its { (表2 收入决算表 / 单位：万元 / {) as well: the block is the table's
    test.each([['', 5], ['\n单位：万元\n', 7]])('【…】 without 列 first in a table (unit line %j): one error, read as the header, fixed', async (unit, line) => {
        const text = `${HEADER}表1 收入支出决算总表 ${unit}{\n  【决算数】\n  合计 1\n}\n`;
        expect((await syntax(text)).map(f => [f.line, f.message])).toEqual([[line, '列名前缺少“列”：表头写作 列【…】。']]);
        expect(await fixed(text)).toBe(text.replace('【', '列【'));
        expect(((await parse(text)).parseResult.value.parts.at(-1) as Table).columns?.names).toEqual(['决算数']);
    });

    test.each([['名词解释', '【财政拨款收入】 「指本级财政当年拨付的资金。」'], ['部门概况', '【机构设置】 「x」'], ['情况说明', '【收入】 「x」'], ['部门概况 「一、单位基本情况」', '【机构设置】 「x」']])('【…】 first in %s, no table: no header\'s error, no fix', async (keyword, line) => {
        const found = await syntax(`${HEADER}${keyword} {\n  ${line}\n}\n`);
        expect(found.filter(f => f.message === MISSING_COLUMN_KEYWORD || f.fix !== undefined)).toEqual([]);
    });

    test('第三部分 } : the heading stops before the }, which closes its block', async () => {
        const found = await syntax(`${HEADER}部门概况 {\n  机构设置 「x」\n第三部分 }\n${TABLE}`);
        expect(found.map(f => f.message)).toEqual(['“第三部分”是报告一部分的标题：写在文件开头，作 部分 「第三部分」（一部分一行）；这一部分的各节照常写在 部门概况、情况说明 等里面。']);
    });
});

describe('a block named like a part is read as written', () => {
    test('a table named 基本情况, 部门职能, 编制说明: a table with its rows, no warning', async () => {
        for (const name of ['基本情况', '部门职能', '编制说明', '名词注释']) {
            const text = `${HEADER}${name} {\n  列【人数】\n  合计 1\n}\n`;
            expect(await syntax(text)).toEqual([]);
            const part = ((await parse(text)).parseResult.value as Report).parts.at(-1) as Table;
            expect([part.$type, part.entries.length]).toEqual(['Table', 1]);
        }
    });

    test('编制说明 { …「…」 }, no part\'s keyword: not renamed, no fix', async () => {
        const found = await syntax(`${HEADER}编制说明 {\n  一、机构设置 「x」\n}\n`);
        expect(found.filter(f => f.fix !== undefined || f.message.includes('应为“'))).toEqual([]);
    });
});
