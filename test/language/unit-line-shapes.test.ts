// Unit lines as PDF copies print them that say something the line cannot: a second unit that differs from the first on the
// line, a 单位： whose unit was lost. Each told once where it stands, the table read all the same (main: parse errors).
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/language/generated/ast.js';
import { parse } from './parse-utils.js';

async function read(unitLine: string) {
    const document = await parse(`单位 万元\n表5 一般公共预算财政拨款支出决算表 ${unitLine}\n{\n  列【合计 基本支出】\n  合计 100.00 100.00\n}\n`, { validation: true });
    const syntax = (document.diagnostics ?? []).filter(d => /^(lexing|parsing)-/.test(String((d.data as { code?: string } | undefined)?.code)));
    // the lexer's findings of a unit line are the unit rule's
    expect(syntax.filter(d => d.severity !== 1).map(d => d.code)).toEqual(syntax.filter(d => d.severity !== 1).map(() => 'unit'));
    const table = document.parseResult.value.parts[1] as Table;
    return { syntax: syntax.map(d => ({ severity: d.severity, line: d.range.start.line, at: d.range.start.character, message: d.message })), rows: table?.entries.length };
}

describe('unit lines a PDF copy prints', () => {
    it('a second unit that differs: the first is read, a warning names both', async () => {
        expect(await read('单位：万元 单位：元')).toEqual({
            syntax: [{ severity: 2, line: 1, at: '表5 一般公共预算财政拨款支出决算表 单位：万元 '.length, message: '这一行印了两个不同的单位：读的是前面的“单位：万元”，“单位：元”不读；请删去不对的一个。' }],
            rows: 1,
        });
    });

    it('单位： with no unit: an info, the line not read', async () => {
        expect(await read('\n单位：')).toEqual({
            syntax: [{ severity: 3, line: 2, at: 0, message: '“单位：”后面没有写出单位：这一行不读，各表的数照“单位 万元”一行读。' }],
            rows: 1,
        });
    });

    it('the same unit twice, a stop in another width, the line in brackets: read without a word', async () => {
        for (const line of ['单位：万元 单位：万元', '单位：万元． 单位：万元．', '单位：万元．', '单位:万元.', '（单位：万元）', '(金额单位：万元。)']) expect(await read(line), line).toEqual({ syntax: [], rows: 1 });
    });
});
