// Shared helpers for the grammar and recovery tests.
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { expect } from 'vitest';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';

export const services = createJuesuanServices(EmptyFileSystem).Juesuan;

export const parse = parseHelper<Report>(services);

/** One error as `line:column message`, both 1-based as chevrotain reports them. */
export interface ParseProblems {
    lexer: string[];
    parser: string[];
}

export async function parseWithProblems(text: string): Promise<{ report: Report; problems: ParseProblems }> {
    const document = await parse(text);
    const { lexerErrors, parserErrors, value } = document.parseResult;
    return {
        report: value,
        problems: {
            lexer: lexerErrors.map(e => `${e.line}:${e.column} ${e.message}`),
            parser: parserErrors.map(e => `${e.token.startLine}:${e.token.startColumn} ${e.message}`),
        },
    };
}

/** Parses text that must have neither lexer nor parser errors. */
export async function parseClean(text: string): Promise<Report> {
    const { report, problems } = await parseWithProblems(text);
    expect(problems).toEqual({ lexer: [], parser: [] });
    return report;
}

/** The tokens of a text as `TYPE:image` (keywords are their own type name). */
export function tokens(text: string): string[] {
    const result = services.parser.Lexer.tokenize(text);
    return result.tokens.map(t => `${t.tokenType.name}:${t.image}`);
}
