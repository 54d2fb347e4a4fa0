// How the lexer and parser are made for a faster start: the shipped (production) parser skips
// Chevrotain's checks of the grammar, so they run here; the token builder's cached partial patterns
// give the keywords Langium's own longer alternatives, and its keywords' line breaks put tokens where
// Chevrotain's own analysis does; the lookahead made on first use parses every text as the
// lookahead made up front does.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Lexer, LexerDefinitionErrorType, type ILookaheadStrategy, type TokenType } from 'chevrotain';
import { createLangiumParser, DefaultTokenBuilder, EmptyFileSystem, GrammarAST, inject, prepareLangiumParser, type AstNode, type LangiumParser, type Module } from 'langium';
import { createDefaultModule, createDefaultSharedModule, type PartialLangiumServices } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import { createJuesuanServices, JuesuanModule, JuesuanSharedModule, type JuesuanServices } from '../../src/language/juesuan-module.js';
import { JuesuanGeneratedModule, JuesuanGeneratedSharedModule, JuesuanLanguageMetaData } from '../../src/language/generated/module.js';
import { guardParser } from '../../src/language/syntax/nesting.js';
import { leanParser } from '../../src/server/langium-tuning.js';
import { withLazyLookahead } from '../../src/language/syntax/lazy-lookahead.js';
import { JuesuanTokenBuilder, UNCLOSED_TEXT } from '../../src/language/syntax/token-builder.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const services = createJuesuanServices(EmptyFileSystem).Juesuan;
// the shipped parser as it was before: Langium's, all lookahead made when it is made
const eager = guardParser(leanParser(() => createLangiumParser(services), services.Grammar));

function juesuanFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? juesuanFiles(full) : entry.name.endsWith('.juesuan') ? [full] : [];
    });
}

/** The examples, the validation cases and the command line's fixtures, with cut-off copies of the examples (for the parser's recovery). */
function texts(): Array<[string, string]> {
    const files = [...juesuanFiles(path.join(ROOT, 'examples')), ...juesuanFiles(path.join(ROOT, 'test', 'validation', 'cases')), ...juesuanFiles(path.join(ROOT, 'test', 'cli', 'fixtures'))];
    const whole = files.map((file): [string, string] => [path.relative(ROOT, file), fs.readFileSync(file, 'utf8')]);
    const cut = whole.filter(([name]) => name.startsWith('examples')).flatMap(([name, text]) =>
        [0.13, 0.37, 0.61, 0.89].map((share): [string, string] => [`${name} cut at ${share}`, text.slice(0, Math.floor(text.length * share))]));
    return [...whole, ...cut];
}

/** A tree's nodes with their properties and where each node's text is. */
function plain(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(plain);
    if (typeof value !== 'object' || value === null) return value;
    const node = value as AstNode;
    const out: Record<string, unknown> = { $type: node.$type, at: node.$cstNode ? [node.$cstNode.offset, node.$cstNode.end] : undefined };
    for (const [key, property] of Object.entries(node)) {
        if (!key.startsWith('$')) out[key] = plain(property);
    }
    return out;
}

/** What a parse gives, as text: the tree, the lexer's and the parser's errors. */
function parsed(parser: LangiumParser, text: string): string {
    const result = parser.parse(text);
    return JSON.stringify({
        tree: plain(result.value),
        lexer: result.lexerErrors.map(e => `${e.line}:${e.column} ${e.message}`),
        parser: result.parserErrors.map(e => `${e.token.startOffset} ${e.message}`),
    });
}

describe('the grammar', () => {
    it('passes Chevrotain’s checks of the parser, which the production parser skips', () => {
        expect(JuesuanLanguageMetaData.mode).toBe('production');
        // in development mode the parser checks the grammar when it is made, and throws on a fault
        // (its lexer stays the shipped one: its checks are the next test's)
        const shared = inject(createDefaultSharedModule(EmptyFileSystem), JuesuanGeneratedSharedModule, JuesuanSharedModule);
        const development: Module<JuesuanServices, PartialLangiumServices> = {
            LanguageMetaData: () => ({ ...JuesuanLanguageMetaData, mode: 'development' }),
            parser: { Lexer: () => services.parser.Lexer },
        };
        const checked = inject(createDefaultModule({ shared }), JuesuanGeneratedModule, JuesuanModule, development);
        const parser = createLangiumParser(checked);
        expect((parser as unknown as { wrapper: { definitionErrors: unknown[] } }).wrapper.definitionErrors).toEqual([]);
        expect(parsed(parser, '部门 「某单位」')).toBe(parsed(services.parser.LangiumParser, '部门 「某单位」'));
    });

    it('passes Chevrotain’s checks of the lexer but for the $ of the unclosed text’s lookahead (the end of the file ends it)', () => {
        const tokens = new JuesuanTokenBuilder().buildTokens(services.Grammar) as TokenType[];
        const lexer = new Lexer(tokens, { positionTracking: 'full', deferDefinitionErrorsHandling: true });
        expect(lexer.lexerDefinitionErrors.map(e => [e.type, e.tokenTypes?.map(t => t.name)])).toEqual([[LexerDefinitionErrorType.EOI_ANCHOR_FOUND, [UNCLOSED_TEXT]]]);
    });

    it('gives each keyword the longer alternatives Langium’s token builder gives it', () => {
        const builder = new JuesuanTokenBuilder();
        const tokens = builder.buildTokens(services.Grammar) as TokenType[];
        const terminals = tokens.filter(token => services.Grammar.rules.some(rule => GrammarAST.isTerminalRule(rule) && rule.name === token.name));
        const keywords = tokens.filter(token => typeof token.PATTERN === 'string');
        expect(keywords.length).toBeGreaterThan(10);
        const langiums = (keyword: string) => (DefaultTokenBuilder.prototype as unknown as { findLongerAlt(k: GrammarAST.Keyword, t: TokenType[]): TokenType[] })
            .findLongerAlt.call(builder, { value: keyword } as GrammarAST.Keyword, terminals).map(token => token.name);
        const withAlternatives = keywords.filter(token => ((token.LONGER_ALT ?? []) as TokenType[]).length > 0);
        expect(withAlternatives.length).toBeGreaterThan(0);
        for (const token of keywords) {
            expect(((token.LONGER_ALT ?? []) as TokenType[]).map(alt => alt.name), token.name).toEqual(langiums(token.name));
        }
    });
});

describe('the lexer', () => {
    // the token builder says which keywords span lines; Chevrotain works it out for those it is not told
    const told = new JuesuanTokenBuilder().buildTokens(services.Grammar) as TokenType[];
    const untold = told.map(token => {
        if (typeof token.PATTERN !== 'string') return token;
        const { LINE_BREAKS: _, ...rest } = token;
        return rest;
    });
    const lexers = [told, untold].map(tokens => new Lexer(tokens, { positionTracking: 'full', skipValidations: true }));
    const where = (lexer: Lexer, text: string) => JSON.stringify(lexer.tokenize(text).tokens.map(t => [t.tokenType.name, t.startOffset, t.startLine, t.startColumn, t.endLine, t.endColumn]));

    it('is told of every keyword whether it spans lines', () => {
        const keywords = told.filter(token => typeof token.PATTERN === 'string');
        expect(keywords.length).toBeGreaterThan(10);
        expect(keywords.filter(token => token.LINE_BREAKS === undefined).map(token => token.name)).toEqual([]);
    });

    it.each(texts())('puts the tokens of %s where the lexer that works it out does', (_name, text) => {
        expect(where(lexers[0], text)).toBe(where(lexers[1], text));
    });
});

describe('lookahead made on first use', () => {
    it('makes no decision’s lookahead before the first parse, and then only those of the decisions taken', () => {
        const parser = prepareLangiumParser(services);
        const wrapper = (parser as unknown as { wrapper: { lookaheadStrategy: ILookaheadStrategy } }).wrapper;
        const strategy = wrapper.lookaheadStrategy;
        let made = 0;
        const counted: ILookaheadStrategy = {
            validate: options => strategy.validate(options),
            initialize: options => strategy.initialize?.(options),
            buildLookaheadForAlternation: options => (made++, strategy.buildLookaheadForAlternation(options)),
            buildLookaheadForOptional: options => (made++, strategy.buildLookaheadForOptional(options)),
        };
        wrapper.lookaheadStrategy = counted;
        withLazyLookahead(parser).finalize();
        const decisions = (parser as unknown as { wrapper: { lookAheadFuncsCache: Map<number, unknown> } }).wrapper.lookAheadFuncsCache.size;
        expect(decisions).toBeGreaterThan(20);
        expect(made).toBe(0);
        parser.parse('部门 「某单位」\n年度 2020\n');
        expect(made).toBeGreaterThan(0);
        expect(made).toBeLessThan(decisions);
        const afterOne = made;
        parser.parse('部门 「另一单位」\n年度 2021\n');
        expect(made).toBe(afterOne);
    });

    it.each(texts())('parses %s as the lookahead made up front does', (_name, text) => {
        expect(parsed(services.parser.LangiumParser, text)).toBe(parsed(eager, text));
    });
});
