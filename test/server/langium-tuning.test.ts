// src/server/langium-tuning.ts changes what Langium does, never what the user sees: with it the
// same reports give the same diagnostics, and a workspace folder's reports are not loaded at
// start-up (those the user opens are, when opened).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import {
    argumentFreeGrammarProblems, argumentFreeParser, LatestEditDocumentBuilder, leanParser, LeanCstNodeBuilder, NoReferenceLinker, parserInternalsProblems, RootChecksValidator, tunedDocumentBuilder,
} from '../../src/server/langium-tuning.js';
import { scaledReport, writeWorkspace } from '../../bench/lsp/inputs.js';
import { AstUtils, createLangiumParser, DefaultDocumentBuilder, EmptyFileSystem, GrammarAST, inject, prepareLangiumParser, isAstNode, isCompositeCstNode, type AstNode, type CstNode, type LangiumParser } from 'langium';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { JuesuanGeneratedModule, JuesuanGeneratedSharedModule } from '../../src/language/generated/module.js';
import { JuesuanModule, JuesuanSharedModule } from '../../src/language/juesuan-module.js';
import { registerValidationChecks } from '../../src/validation/juesuan-validator.js';

/** The services as createJuesuanServices makes them, but with Langium's own defaults where the tuning replaces them. */
function createUntunedServices(): ReturnType<typeof createJuesuanServices> {
    const shared = inject(createDefaultSharedModule({ ...NodeFileSystem }), JuesuanGeneratedSharedModule, JuesuanSharedModule);
    const Juesuan = inject(createDefaultModule({ shared }), JuesuanGeneratedModule, JuesuanModule);
    shared.ServiceRegistry.register(Juesuan);
    registerValidationChecks(Juesuan);
    shared.workspace.ConfigurationProvider.initialized({});
    return { shared, Juesuan };
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SEED = fs.readFileSync(path.join(ROOT, 'examples', 'leshan-2020.juesuan'), 'utf8');
const CASES = path.join(ROOT, 'test', 'validation', 'cases');

async function diagnosticsOf(shared: LangiumSharedServices, name: string, text: string): Promise<string[]> {
    const uri = URI.file(path.join(os.tmpdir(), 'juesuan-tuning-test', name));
    const document: LangiumDocument = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    shared.workspace.LangiumDocuments.deleteDocument(uri);
    return (document.diagnostics ?? [])
        .map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${String(d.code ?? (d.data as { code?: string } | undefined)?.code ?? '')} ${d.message}`)
        .sort();
}

const inputs: Array<[string, string]> = [
    ['leshan-2020.juesuan', SEED],
    ['leshan-2020-10x.juesuan', scaledReport(SEED, 10)],
    // a syntax error: the built-in category reports it the same way
    ['unclosed.juesuan', SEED.slice(0, SEED.lastIndexOf('}'))],
    ...fs.readdirSync(CASES).filter(f => f.endsWith('.juesuan'))
        .map((f): [string, string] => [f, fs.readFileSync(path.join(CASES, f), 'utf8').replace(/[»«]/g, '')]),
];

/** A CST node and its children: offsets, ranges, and whether each is linked to its container. */
function shape(node: CstNode): unknown {
    return {
        offset: node.offset, length: node.length, hidden: node.hidden, type: node.astNode.$type, range: node.range,
        // (Array.from: Langium's lists of children are an Array subclass, and their map makes another)
        content: isCompositeCstNode(node) ? Array.from(node.content, child => (child.container === node ? shape(child) : 'not contained')) : undefined,
    };
}

/** Every node's properties (default values included) and its link to its container, as Langium's parser makes them. */
function links(node: AstNode): unknown {
    return {
        type: node.$type, property: node.$containerProperty, index: node.$containerIndex,
        values: Object.entries(node).filter(([key, value]) => !key.startsWith('$') && !isAstNode(value) && !(Array.isArray(value) && value.some(isAstNode))),
        children: AstUtils.streamContents(node).map(child => (child.$container === node ? links(child) : 'not contained')).toArray(),
    };
}

describe('langium-tuning', () => {
    const plain = createUntunedServices().shared;
    const tuned = createJuesuanServices({ ...NodeFileSystem });

    it('is in place in the tuned services', () => {
        expect(tuned.Juesuan.references.Linker).toBeInstanceOf(NoReferenceLinker);
        expect(tuned.Juesuan.validation.DocumentValidator).toBeInstanceOf(RootChecksValidator);
        // what it does under a burst of edits: test/robustness/burst.test.ts
        expect(tuned.shared.workspace.DocumentBuilder).toBeInstanceOf(LatestEditDocumentBuilder);
    });

    it.each(inputs)('gives the same diagnostics for %s', async (name, text) => {
        const expected = await diagnosticsOf(plain, name, text);
        expect(await diagnosticsOf(tuned.shared, name, text)).toEqual(expected);
    }, 60_000);

    it('gives the same hovers, completions, definitions, references, outline and formatting', async () => {
        const answers = async (services: ReturnType<typeof createJuesuanServices>) => {
            const uri = URI.file(path.join(os.tmpdir(), 'juesuan-tuning-test', 'features.juesuan'));
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(SEED, uri);
            services.shared.workspace.LangiumDocuments.addDocument(document);
            await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
            const lsp = services.Juesuan.lsp;
            const textDocument = { uri: uri.toString() };
            const results: unknown[] = [
                await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }),
                await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 2, insertSpaces: true } }),
            ];
            // codes, names, figures and references 【…】 of the seed
            for (const needle of ['2010301', '行政运行', '3569.58', '【本年收入合计】', '【附表6.201.基本支出】', '公务接待费', '机关运行经费']) {
                const position = document.textDocument.positionAt(SEED.indexOf(needle) + 2);
                results.push(
                    await lsp.HoverProvider!.getHoverContent(document, { textDocument, position }),
                    await lsp.DefinitionProvider!.getDefinition(document, { textDocument, position }),
                    await lsp.ReferencesProvider!.findReferences(document, { textDocument, position, context: { includeDeclaration: true } }),
                    await lsp.CompletionProvider!.getCompletion(document, { textDocument, position }),
                );
            }
            services.shared.workspace.LangiumDocuments.deleteDocument(uri);
            return JSON.parse(JSON.stringify(results)) as unknown;
        };
        const expected = await answers(createUntunedServices());
        expect(JSON.stringify(expected).length).toBeGreaterThan(10_000);
        expect(await answers(createJuesuanServices({ ...NodeFileSystem }))).toEqual(expected);
    }, 60_000);

    it('builds the same syntax tree and nodes, comments in place and ranges alike, with the lean parser', () => {
        const services = createJuesuanServices({ ...NodeFileSystem }).Juesuan;
        const plainParser = createLangiumParser(services);
        expect((services.parser.LangiumParser as unknown as { nodeBuilder: unknown }).nodeBuilder).toBeInstanceOf(LeanCstNodeBuilder);
        // comments first in the file, first in a block, between rows, after the last token, and in a row
        const commented = `// 开头\n/* 块 */ ${SEED.replace('部门概况 {', '部门概况 { // 块首\n').replace('年度 2020', '年度 /* 中间 */ 2020')}\n// 结尾\n`;
        // and with errors the parser recovers from
        const broken = SEED.replace('部门概况 {', '部门概况 { 】 1 「').replace('年度 2020', '年度 ：：');
        for (const text of [SEED, commented, broken]) {
            const tuned = services.parser.LangiumParser.parse(text);
            const plain = plainParser.parse(text);
            expect(shape(tuned.value.$cstNode!)).toEqual(shape(plain.value.$cstNode!));
            expect(links(tuned.value)).toEqual(links(plain.value));
            expect(tuned.parserErrors).toEqual(plain.parserErrors);
            expect(tuned.lexerErrors).toEqual(plain.lexerErrors);
        }
        expect(plainParser.parse(broken).parserErrors.length).toBeGreaterThan(0);
        // nothing of the last parse is kept by the parser: the document holds what lives on
        const internals = services.parser.LangiumParser as unknown as { nodeBuilder: { rootNode?: unknown }; wrapper: { input: unknown[] } };
        expect(internals.nodeBuilder.rootNode).toBeUndefined();
        expect(internals.wrapper.input).toEqual([]);
        const hidden = (node: CstNode): number => node.hidden ? 1 : isCompositeCstNode(node) ? node.content.reduce((n, c) => n + hidden(c), 0) : 0;
        expect(hidden(services.parser.LangiumParser.parse(commented).value.$cstNode!)).toBe(hidden(services.parser.LangiumParser.parse(SEED).value.$cstNode!) + 5);
    });

    describe('the parser built without rule arguments', () => {
        const services = createJuesuanServices(EmptyFileSystem).Juesuan;
        const built = (parser: LangiumParser) => (parser.finalize(), parser);

        it('builds the rules of the juesuan grammar, with what every parse passes made once', () => {
            expect(argumentFreeGrammarProblems(services.Grammar)).toEqual([]);
            const parser = built(argumentFreeParser(services));
            const lists = new Set<unknown>();
            let calls = 0;
            const alternatives = parser.alternatives.bind(parser);
            parser.alternatives = (idx, choices) => {
                calls++;
                lists.add(choices);
                alternatives(idx, choices);
            };
            parser.parse(SEED);
            parser.parse(scaledReport(SEED, 3));
            // Langium's builder makes a new list (and a closure per alternative) at every choice
            expect(calls).toBeGreaterThan(1000);
            expect(lists.size).toBeLessThanOrEqual(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isAlternatives).count());
        });

        it('parses as the parser Langium builds does, errors and recovery alike', () => {
            const ours = built(argumentFreeParser(services));
            const langiums = built(prepareLangiumParser(services));
            const commented = `// 开头\n${SEED.replace('年度 2020', '年度 /* 中间 */ 2020')}`;
            const broken = SEED.replace('部门概况 {', '部门概况 { 】 1 「').replace('年度 2020', '年度 ：：').replace('名词解释 {', '名词解释 { 项目 {');
            for (const text of [SEED, commented, broken, SEED.slice(0, 5000)]) {
                const a = ours.parse(text);
                const b = langiums.parse(text);
                expect(shape(a.value.$cstNode!)).toEqual(shape(b.value.$cstNode!));
                expect(links(a.value)).toEqual(links(b.value));
                expect(a.parserErrors.map(e => [e.token.startOffset, e.message])).toEqual(b.parserErrors.map(e => [e.token.startOffset, e.message]));
            }
            expect(langiums.parse(broken).parserErrors.length).toBeGreaterThan(0);
        });

        it('leaves a grammar with rule parameters to Langium’s builder', async () => {
            const { createServicesForGrammar } = await import('langium/grammar');
            const withParameters = await createServicesForGrammar({
                grammar: `grammar Test
entry Model: items+=Item<true>*;
Item<wide>: name=ID (<wide> ':' value=ID)?;
hidden terminal WS: /\\s+/;
terminal ID: /[a-z]+/;`,
            });
            expect(argumentFreeGrammarProblems(withParameters.Grammar).sort()).toEqual(['arguments', 'guard', 'parameters']);
            const parser = built(argumentFreeParser(withParameters));
            const result = parser.parse('a : b c');
            expect(result.parserErrors).toEqual([]);
            expect((result.value as unknown as { items: Array<{ name: string; value?: string }> }).items.map(i => [i.name, i.value])).toEqual([['a', 'b'], ['c', undefined]]);
        });
    });

    describe('when Langium’s internals are not as expected (as after a Langium release that changed them)', () => {
        const services = createJuesuanServices({ ...NodeFileSystem }).Juesuan;
        const grammar = services.Grammar;
        const changes: Array<[string, (parser: LangiumParser) => void]> = [
            ['a method renamed (doParse)', parser => { (parser as unknown as { doParse?: unknown }).doParse = undefined; }],
            ['a field of another kind (unorderedGroups)', parser => { Object.defineProperty(parser, 'unorderedGroups', { value: {} }); }],
            ['the CST builder replaced', parser => { (parser as unknown as { nodeBuilder: unknown }).nodeBuilder = {}; }],
        ];

        it.each(changes)('%s: Langium’s own parser is used, parses as it does, and says so once', (_, change) => {
            const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
            try {
                let made = 0;
                const create = () => {
                    const parser = createLangiumParser(services);
                    if (made++ === 0) change(parser);
                    return parser;
                };
                const parser = leanParser(create, grammar);
                expect(made).toBe(2);
                expect(parserInternalsProblems(parser)).toEqual([]);
                expect((parser as unknown as { nodeBuilder: unknown }).nodeBuilder).not.toBeInstanceOf(LeanCstNodeBuilder);
                const plain = createLangiumParser(services).parse(SEED);
                const fallback = parser.parse(SEED);
                expect(shape(fallback.value.$cstNode!)).toEqual(shape(plain.value.$cstNode!));
                expect(links(fallback.value)).toEqual(links(plain.value));
                expect(fallback.parserErrors).toEqual([]);
                // a second parser with the same problem is not noted again
                leanParser(() => {
                    const again = createLangiumParser(services);
                    change(again);
                    return again;
                }, grammar);
                expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
            } finally {
                warn.mockRestore();
            }
        });

        it('notes the fallback on stderr, in Chinese, naming what differs', () => {
            const note = (parser: LangiumParser) => parserInternalsProblems(parser).join('；');
            const changed = createLangiumParser(services);
            (changed as unknown as { doParse?: unknown }).doParse = undefined;
            expect(note(changed)).toBe('解析器的 doParse');
            expect(note(createLangiumParser(services))).toBe('');
        });

        it('a document builder without the methods it overrides: Langium’s own builder', () => {
            const shared = createJuesuanServices({ ...NodeFileSystem }).shared;
            const prototype = DefaultDocumentBuilder.prototype as unknown as { awaitDocumentState?: unknown };
            const original = prototype.awaitDocumentState;
            const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
            try {
                delete prototype.awaitDocumentState;
                const builder = tunedDocumentBuilder(shared);
                expect(builder).not.toBeInstanceOf(LatestEditDocumentBuilder);
                expect(builder).toBeInstanceOf(DefaultDocumentBuilder);
            } finally {
                prototype.awaitDocumentState = original;
                warn.mockRestore();
            }
            expect(tunedDocumentBuilder(shared)).toBeInstanceOf(LatestEditDocumentBuilder);
        });
    });

    describe('a workspace folder', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-tuning-ws-'));
        writeWorkspace(SEED, dir, 3);
        afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
        const folder = { uri: URI.file(dir).toString(), name: 'ws' };

        const start = async (shared: LangiumSharedServices) => {
            const manager = shared.workspace.WorkspaceManager;
            manager.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [folder] });
            await manager.initializeWorkspace([folder]);
            return shared.workspace.LangiumDocuments.all.toArray().length;
        };

        it('is loaded whole by Langium’s default, and not at all with the tuning', async () => {
            expect(await start(createUntunedServices().shared)).toBe(3);
            expect(await start(createJuesuanServices({ ...NodeFileSystem }).shared)).toBe(0);
        });
    });
});
