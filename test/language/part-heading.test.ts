// A part's heading pasted where the report prints it, inside 情况说明 (第三部分 2023年度部门决算情况说明): only the header's
// 部分 「…」 names a part, so the parser says so once, at the line, quoting the heading to write there; the sections after it
// still parse.
import { describe, expect, it } from 'vitest';
import { parse } from './parse-utils.js';

const REPORT = (line: string) => `模板 「全国」
部门 「某局」
年度 2021
单位 万元
情况说明 {
  一、收入支出决算总体情况说明 「甲」
${line}
  二、收入决算情况说明 「乙」
}
`;

async function syntaxErrors(text: string): Promise<{ line: number; message: string }[]> {
    const document = await parse(text, { validation: true });
    return (document.diagnostics ?? []).filter(d => d.severity === 1).map(d => ({ line: d.range.start.line, message: d.message }));
}

const said = (heading: string) => `“${heading}”是报告一部分的标题：写在文件开头，作 部分 「${heading}」（一部分一行）；这一部分的各节照常写在 部门概况、情况说明 等里面。`;

describe('a part heading inside 情况说明', () => {
    it('is one error at its line, naming the 部分 line to write', async () => {
        expect(await syntaxErrors(REPORT('  第三部分 2021年度部门决算情况说明'))).toEqual([{ line: 6, message: said('第三部分 2021年度部门决算情况说明') }]);
        expect(await syntaxErrors(REPORT('  第四部分 其他重要事项的情况说明 「丙」'))).toEqual([{ line: 6, message: said('第四部分 其他重要事项的情况说明') }]);
    });

    it('leaves a 部分 line of the header and a text naming a part alone', async () => {
        expect(await syntaxErrors(`部分 「第三部分 2021年度部门决算情况说明」\n${REPORT('  三、支出决算情况说明 「第三部分说的是……」')}`)).toEqual([]);
    });
});
