// A heading copied from a PDF with a space left in it (广东: 一、单位 主要职责) reads as no name at all: the syntax
// error says the space is in the way, once, not only that the parser could not take the line's first token.
import { describe, expect, it } from 'vitest';
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
    it('says the space is in the way, once', async () => {
        expect(await syntaxMessages(REPORT('一、单位 主要职责'))).toEqual(['标题“单位 主要职责”中间有空格，读不成一个名称：删去空格，写作“单位主要职责”。']);
        expect(await syntaxMessages(REPORT('单位 主要职责'))).toEqual(['标题“单位 主要职责”中间有空格，读不成一个名称：删去空格，写作“单位主要职责”。']);
    });

    it('reads the heading without the space as before', async () => {
        expect(await syntaxMessages(REPORT('一、单位主要职责'))).toEqual([]);
    });
});
