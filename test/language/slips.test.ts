// A slip of typing or pasting is told once, where it stands, with its fix where what was meant is certain, and what
// follows it is read as meant (slips.ts): a table's unit line, a Markdown heading, full-width braces, 【…】 without 列,
// a part's keyword a character or two off, the national 基本情况.
import { describe, expect, test } from 'vitest';
import type { Overview, Report, Table } from '../../src/language/generated/ast.js';
import { misspeltKeyword } from '../../src/language/syntax/slips.js';
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

    test('before the table\'s 列【…】, or above the table, or between its title and its {: moved into it, after its 列【…】', async () => {
        const want = `${HEADER}表1 收入支出决算总表 {\n  列【决算数】\n  单位行 「单位：元」\n  合计 1\n}\n`;
        for (const text of [
            `${HEADER}表1 收入支出决算总表 {\n  单位：元\n  列【决算数】\n  合计 1\n}\n`,
            `${HEADER}单位：元\n${TABLE}`.replace('单位：元\n表1', '部门概况 {\n  机构设置 「x」\n}\n单位：元\n表1'),
            `${HEADER}表1 收入支出决算总表\n单位：元\n{\n  列【决算数】\n  合计 1\n}\n`,
        ]) {
            const found = await syntax(text);
            expect(found).toHaveLength(1);
            expect(found[0].message).toContain('是表上印的单位行');
            expect(await fixed(text)).toBe(text.includes('部门概况') ? want.replace(HEADER, `${HEADER}部门概况 {\n  机构设置 「x」\n}\n`) : want.replace('收入支出决算总表 {', text.includes('总表\n单位') ? '收入支出决算总表\n{' : '收入支出决算总表 {'));
        }
    });

    test('金额单位：（元） above a table after the header\'s 单位: one error, moved into the table', async () => {
        const text = `${HEADER}金额单位：（元）\n${TABLE}`;
        expect(await syntax(text)).toHaveLength(1);
        expect(await fixed(text)).toBe(`${HEADER}${TABLE.replace('列【决算数】\n', '列【决算数】\n  单位行 「金额单位：（元）」\n')}`);
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

    test('【…】 without 列 first in a table: one error, read as the header, fixed', async () => {
        const text = `${HEADER}表1 收入支出决算总表 {\n  【决算数】\n  合计 1\n}\n`;
        expect((await syntax(text)).map(f => [f.line, f.message])).toEqual([[5, '列名前缺少“列”：表头写作 列【…】。']]);
        expect(await fixed(text)).toBe(text.replace('【', '列【'));
        expect(((await parse(text)).parseResult.value.parts.at(-1) as Table).columns?.names).toEqual(['决算数']);
    });

    test('第三部分 } : the heading stops before the }, which closes its block', async () => {
        const found = await syntax(`${HEADER}部门概况 {\n  机构设置 「x」\n第三部分 }\n${TABLE}`);
        expect(found.map(f => f.message)).toEqual(['“第三部分”是报告一部分的标题：写在文件开头，作 部分 「第三部分」（一部分一行）；这一部分的各节照常写在 部门概况、情况说明 等里面。']);
    });
});

describe('a part\'s keyword a character or two off', () => {
    test.each([['情况说名', '情况说明'], ['名词解析', '名词解释'], ['部门概括', '部门概况'], ['决算说明', '情况说明']])('%s { … }: read as %s, one warning with the fix', async (written, keyword) => {
        const body = keyword === '名词解释' ? '财政拨款收入 「指…」' : '机构设置 「x」';
        const text = `${HEADER}${written} {\n  ${body}\n}\n`;
        expect((await syntax(text)).map(f => [f.line, f.severity, f.message, f.fix?.newText])).toEqual([[4, 2, `“${written}”应为“${keyword}”：照 ${keyword} 读。`, keyword]]);
        expect(((await parse(text)).parseResult.value as Report).parts.at(-1)?.$type).toBe(keyword === '名词解释' ? 'Glossary' : keyword === '情况说明' ? 'Explanation' : 'Overview');
    });

    test('a table of the report\'s own stays a table: its block opens with 列【…】 or 无数据, its name is no keyword\'s, or it is not at a line\'s start outside the blocks', async () => {
        for (const text of [`${HEADER}单位情况 {\n  列【人数】\n  合计 1\n}\n`, `${HEADER}情况说名 {\n  无数据\n}\n`, `${HEADER}人员情况 {\n  合计 1\n}\n`, `${HEADER}一、情况说名 {\n  合计 1\n}\n`]) {
            expect(await syntax(text)).toEqual([]);
            expect(((await parse(text)).parseResult.value as Report).parts.at(-1)?.$type).toBe('Table');
        }
    });

    test('the nearest keyword, one only, sharing at least two characters in place', () => {
        expect(misspeltKeyword('单位概况')).toBeUndefined();
        expect(misspeltKeyword('部门情况')).toBe('部门概况');
        // as near 部门概况 as 单位概况
        expect(misspeltKeyword('部位概况')).toBeUndefined();
        expect(misspeltKeyword('请况说名')).toBe('情况说明');
        expect(misspeltKeyword('收入支出决算总表')).toBeUndefined();
        expect(misspeltKeyword('名明说况')).toBeUndefined();
    });
});

describe('基本情况, the national template\'s part 1 (2022 on)', () => {
    test('at the start of a line outside the blocks, before its {: the part, no table', async () => {
        const text = `${HEADER}基本情况 {\n  机构设置 「x」\n}\n`;
        expect(await syntax(text)).toEqual([]);
        const part = ((await parse(text)).parseResult.value as Report).parts.at(-1) as Overview;
        expect([part.$type, part.kind]).toEqual(['Overview', '基本情况']);
    });

    test('elsewhere a name: a table titled so, a section in 部门概况, a heading in 情况说明', async () => {
        const report = ((await parse(`${HEADER}附表1 基本情况 {\n  合计 1\n}\n基本情况表 {\n  合计 1\n}\n部门概况 {\n  基本情况 「x」\n}\n情况说明 {\n  一、基本情况 { （一）机构 「x」 }\n}\n`)).parseResult.value as Report);
        expect(report.parts.slice(-4).map(p => p.$type)).toEqual(['Table', 'Table', 'Overview', 'Explanation']);
        expect(await syntax(`${HEADER}部门概况 {\n  基本情况 「x」\n}\n`)).toEqual([]);
    });
});
