// A text put in “”, "", ‘’ or 『』 after a name is read as the text it is meant to be, with a warning and its fix.
import { describe, expect, test } from 'vitest';
import type { Overview, TextField } from '../../src/language/generated/ast.js';
import { parse } from './parse-utils.js';

async function read(line: string) {
    const document = await parse(`部门概况 {\n  ${line}\n}`, { validation: true });
    const syntax = (document.diagnostics ?? []).filter(d => /^(lexing|parsing)-/.test(String((d.data as { code?: string } | undefined)?.code)));
    const entry = (document.parseResult.value.parts[0] as Overview).entries[0] as TextField | undefined;
    return { syntax: syntax.map(d => ({ severity: d.severity, at: d.range.start.character, message: d.message, fix: (d.data as { fix?: { newText: string } }).fix?.newText })), text: entry?.text };
}

describe('a text in the wrong quotes', () => {
    test.each([
        ['机构设置 “本局内设3个科室。”', '“', '”'],
        ['机构设置: "本局内设3个科室。"', '"', '"'],
        ['机构设置 ‘本局内设3个科室。’', '‘', '’'],
        ['机构设置 『本局内设3个科室。』', '『', '』'],
    ])('%s: read as the text, one warning with the fix to 「」', async (line, open, close) => {
        const { syntax, text } = await read(line);
        expect(text).toBe('本局内设3个科室。');
        expect(syntax).toEqual([{ severity: 2, at: line.indexOf(open) + 2, message: `文本应写在「」中：${open}…${close} 照文本读，请改为「…」。`, fix: '「本局内设3个科室。」' }]);
    });

    test('a name quoting a word stays a name', async () => {
        const document = await parse('情况说明 {\n  “三公”经费支出 「x」\n  机关运行经费 “三公”经费 「y」\n}', { validation: true });
        expect((document.diagnostics ?? []).filter(d => d.message.includes('照文本读'))).toEqual([]);
    });

    test('说明 “…” on a line of its own in a table is the table\'s note, as 说明 「…」 is', async () => {
        const document = await parse('附表 8 表 {\n  列【本年支出】\n  合计 -\n  说明 “本表无数据。”\n}', { validation: true });
        const table = document.parseResult.value.parts[0] as unknown as { entries: { $type: string; key?: string; text?: string }[] };
        expect(table.entries.map(entry => [entry.$type, entry.key, entry.text])).toEqual([['Row', undefined, undefined], ['TextField', '说明', '本表无数据。']]);
    });

    test('a row named in quotes after its code or 其中： stays a row', async () => {
        const document = await parse('附表 10 部门自定表 {\n  列【金额】\n  2010301 “放管服”\n  其中：“三公”\n}', { validation: true });
        expect((document.diagnostics ?? []).filter(d => d.severity! <= 2 && /^(lexing|parsing)-/.test(String((d.data as { code?: string } | undefined)?.code)))).toEqual([]);
        expect(document.parseResult.value.parts).toHaveLength(1);
    });
});
