// A full-width minus glued to a number (－5, typed in a Chinese input method) is no character the grammar reads: the
// error says what it is, and its quick fix puts the half-width “-” in its place, which makes the figure negative as meant.
import { DocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, test } from 'vitest';
import { parse, parseWithProblems, services } from './parse-utils.js';

/** The lexer's findings, with the fix each offers. */
function lexing(diagnostics: readonly Diagnostic[]): { data: { fix?: unknown } }[] {
    return diagnostics.filter(d => (d.data as { code?: string } | undefined)?.code === DocumentValidator.LexingError) as { data: { fix?: unknown } }[];
}

describe('a full-width minus before a number', () => {
    test('the lexer error says it is a 全角负号 and how to write it', async () => {
        const { problems } = await parseWithProblems('情况说明 {\n  机关运行经费 －5.00\n}');
        expect(problems.lexer).toEqual(['2:10 “－”是全角负号：负数写半角“-”（如 －5 写作 -5）。']);
    });

    test('the minus sign (U+2212) is said to be no half-width “-”, not a 全角 one', async () => {
        const { problems } = await parseWithProblems('情况说明 {\n  机关运行经费 −5.00\n}');
        expect(problems.lexer).toEqual(['2:10 “−”不是半角负号：负数写半角“-”（如 −5 写作 -5）。']);
    });

    test('its fix is the half-width minus, at that character only', async () => {
        const document = await parse('情况说明 {\n  机关运行经费 －5.00 −3\n}');
        const diagnostics = await services.validation.DocumentValidator.validateDocument(document);
        const fixes = lexing(diagnostics).map(d => d.data.fix).filter(f => f !== undefined);
        expect(fixes).toEqual([
            { title: '改为“-”', newText: '-', range: { start: { line: 1, character: 9 }, end: { line: 1, character: 10 } } },
            { title: '改为“-”', newText: '-', range: { start: { line: 1, character: 15 }, end: { line: 1, character: 16 } } },
        ]);
    });

    test('a full-width minus before no number is no negative sign: no fix', async () => {
        const document = await parse('情况说明 {\n  机关运行经费 － 5.00\n}');
        const diagnostics = await services.validation.DocumentValidator.validateDocument(document);
        expect(lexing(diagnostics).some(d => d.data.fix)).toBe(false);
    });
});
