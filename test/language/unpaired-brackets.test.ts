// A full-width bracket a name leaves unpaired is a warning at the bracket; names that rightly hold brackets stay silent.
import { describe, expect, test } from 'vitest';
import { parse } from './parse-utils.js';

async function syntaxFindings(text: string): Promise<string[]> {
    const document = await parse(text, { validation: true });
    return (document.diagnostics ?? [])
        .filter(d => /^(lexing|parsing)-/.test(String((d.data as { code?: string } | undefined)?.code)))
        .map(d => `${d.severity} ${d.range.start.line}:${d.range.start.character} ${d.message}`);
}

const overview = (line: string) => `部门概况 {\n  ${line}\n}`;

describe('a name’s full-width brackets', () => {
    test.each([
        ['机构设置（ 「本局内设3个科室。」', 6, '（'],
        ['机构设置（「本局内设3个科室。」', 6, '（'],
        ['因公出国（境费 「x」', 6, '（'],
        ['（一）机构设置） 「x」', 9, '）'],
    ])('%s: one warning at the bracket left unpaired', async (line, character, bracket) => {
        const findings = await syntaxFindings(overview(line));
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatch(new RegExp(`^2 1:${character} 名称“[^”]+”中的“${bracket}”`));
    });

    test.each([
        '因公出国（境）费 「x」',
        '使用非财政拨款结余（含专用结余） 「x」',
        '部门(单位)职责 「x」',
        '“三公”经费（含因公出国（境）费） 「x」',
        '1）国内接待费 「x」',
        '2）国（境）外接待费 「x」',
    ])('%s: no finding', async line => {
        expect(await syntaxFindings(overview(line))).toEqual([]);
    });

    test.each([
        ['情况说明', '十、部门整体支出绩效自评情况（2024年度） 「x」'],
        ['情况说明', '十一、某区卫生院（2024年度）决算情况说明 「x」'],
    ])('%s: a name and its year written together pair their brackets: %s', async (part, line) => {
        expect(await syntaxFindings(`${part} {\n  ${line}\n}`)).toEqual([]);
    });

    test.each(['因公出国(境）费 「x」', '因公出国（境)费 「x」', '其他（…）支出 「x」'])('%s: the lexer\'s error only, no warning beside it', async line => {
        const findings = await syntaxFindings(overview(line));
        expect(findings.filter(f => f.startsWith('2 '))).toEqual([]);
    });

    test('a bracket before a digit is the parser’s to tell, not warned again', async () => {
        const findings = await syntaxFindings(overview('机构（2020年） 「x」'));
        expect(findings.filter(f => f.startsWith('2 '))).toEqual([]);
    });
});
