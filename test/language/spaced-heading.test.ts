// A heading copied from a PDF with a space left in it (广东: 一、单位 主要职责) reads as the one name it is (main: a syntax
// error, 单位 being a keyword). Where a keyword after the space keeps the names apart, the syntax error says the space is in
// the way, once, not only that the parser could not take the line's first token.
import { describe, expect, it } from 'vitest';
import type { Overview, Table, TextField } from '../../src/language/generated/ast.js';
import { parse } from './parse-utils.js';

const REPORT = (heading: string) => `模板 「全国」
部门 「某局」
年度 2021
单位 万元
部门概况 {
  ${heading} 「负责全县的有关工作。」
}
`;

async function syntaxMessages(text: string): Promise<string[]> {
    const document = await parse(text, { validation: true });
    return (document.diagnostics ?? []).filter(d => d.severity === 1 && d.range.start.line === 5).map(d => d.message);
}

describe('a heading a space splits in two', () => {
    it('reads as the one name it is, without the spaces (a keyword first: 单位)', async () => {
        for (const heading of ['一、单位 主要职责', '单位 主要职责', '一、单位\u3000主要 职责']) {
            expect(await syntaxMessages(REPORT(heading)), heading).toEqual([]);
            const document = await parse(REPORT(heading));
            expect((document.parseResult.value.parts[4] as Overview).entries.map(entry => (entry as TextField).key), heading).toEqual(['单位主要职责']);
        }
    });

    it('a table\'s title so split reads as the title, after its ordinal or label, before its label or {', async () => {
        const document = await parse('一、收入支出 决算总表 {\n  合计 1\n}\n表二 收入 决算表 公开02表 {\n  合计 1\n}\n', { validation: true });
        expect((document.diagnostics ?? []).filter(d => d.severity === 1)).toEqual([]);
        expect(document.parseResult.value.parts.map(part => (part as Table).title)).toEqual(['收入支出决算总表', '收入决算表']);
    });

    it('keeps the space between Latin words', async () => {
        const document = await parse(REPORT('一、Open Source 培训'));
        expect((document.parseResult.value.parts[4] as Overview).entries.map(entry => (entry as TextField).key)).toEqual(['Open Source培训']);
    });

    it('says the space is in the way, once, where a keyword after it keeps the names apart', async () => {
        expect(await syntaxMessages(REPORT('一、单位 预算'))).toEqual(['标题“单位 预算”中间有空格，读不成一个名称：删去空格，写作“单位预算”。']);
    });

    it('reads the heading without the space as before', async () => {
        expect(await syntaxMessages(REPORT('一、单位主要职责'))).toEqual([]);
    });
});
