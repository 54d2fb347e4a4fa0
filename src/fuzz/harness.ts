// One fuzz case, in process: the text is parsed and checked with every category, then every
// editor feature the language offers is asked about it at random positions, and the report is
// built from it. Whatever throws, takes too long, or answers with a range outside the document
// is a problem of the case.
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import { CancellationToken, ResponseError } from 'vscode-languageserver';
import type { LangiumServices } from 'langium/lsp';
import type { Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { createJuesuanServices, type JuesuanServices } from '../language/juesuan-module.js';
import type { ReportModel } from '../model/report-model.js';
import { renderReportHtml } from '../generation/report-html.js';
import type { Random } from './prng.js';
import type { Token } from './mutations.js';
import type { Base } from './cases.js';
import type { Report } from '../language/generated/ast.js';

/** What a case found. */
export interface CaseResult {
    /** Milliseconds for the whole case. */
    readonly ms: number;
    /** Milliseconds per phase (build, hover, …). */
    readonly phases: Record<string, number>;
    readonly problems: readonly string[];
    readonly diagnostics: number;
}

export interface CaseOptions {
    /** Positions to ask hover, definition, … about (besides the document's edges). */
    readonly positions?: number;
    /** A case over this many milliseconds is a problem. */
    readonly limitMs?: number;
    /** Build the report (HTML) too. */
    readonly report?: boolean;
}

const DEFAULTS: Required<CaseOptions> = { positions: 6, limitMs: 2000, report: true };

/** Markup that the vocabulary of the mutations writes; it must never reach the HTML as markup. */
const UNESCAPED = [/<script>alert/i, /<img src=x onerror/i];

const CJK = /[\u3400-\u9fff]/;

/** JUESUAN_FUZZ_TRACE=1 prints each phase as it starts, to find where a case hangs. */
const TRACE = !!process.env.JUESUAN_FUZZ_TRACE;

/** A report renderer of src/generation: its name and a function from the report model to HTML. */
export interface ReportRenderer {
    readonly name: string;
    render(model: ReportModel): string;
}

export const REPORT_RENDERERS: readonly ReportRenderer[] = [
    { name: 'report-html', render: model => renderReportHtml(model) },
    { name: 'report-html-preview', render: model => renderReportHtml(model, { mode: 'preview' }) },
];

/**
 * The names of the lexer's tokens that are no keyword (ORDINAL, NOTE_KEY …), as words: grammar words no message may show.
 * ID and EOF left out: two or three capitals a mutation may write and a message quote.
 */
export function tokenNamePattern(services: JuesuanServices): RegExp {
    const names = Object.keys(services.parser.Lexer.definition).filter(name => /^[A-Z][A-Z_]{3,}$/.test(name));
    return new RegExp(`(?<![A-Za-z_])(?:${names.join('|')})(?![A-Za-z_])`);
}

export class FuzzHarness {
    readonly services: JuesuanServices;
    private readonly shared;
    private counter = 0;

    /** The names of the grammar's tokens: no message may show one. */
    private readonly tokenNames: RegExp;

    constructor(services = createJuesuanServices(EmptyFileSystem)) {
        this.services = services.Juesuan;
        this.shared = services.shared;
        this.tokenNames = tokenNamePattern(this.services);
    }

    /** A base text for cases, with the ranges of its top-level parts. */
    base(text: string): Base {
        const report = this.services.parser.LangiumParser.parse<Report>(text).value;
        const ends = (report.parts ?? []).map(p => p.$cstNode).filter(c => c !== undefined).map(c => c!.end);
        return { text, parts: ends.map((end, i) => [i === 0 ? 0 : ends[i - 1], end] as const) };
    }

    /** The lexer's tokens, comments included, in order. */
    tokenize = (text: string): Token[] => {
        const result = this.services.parser.Lexer.tokenize(text);
        return [...result.tokens, ...result.hidden]
            .map(t => ({ offset: t.startOffset, image: t.image }))
            .sort((a, b) => a.offset - b.offset);
    };

    /**
     * Runs every check and feature over `text`; never throws. A case over the time limit is run
     * once more, and counts as slow only if it is slow again: a loaded machine is not a bug.
     */
    async run(text: string, random: Random, options: CaseOptions = {}): Promise<CaseResult> {
        const again = random.clone();
        const first = await this.runOnce(text, random, options);
        if (!first.slow) return first;
        const second = await this.runOnce(text, again, options);
        return second.ms < first.ms ? second : first;
    }

    private async runOnce(text: string, random: Random, options: CaseOptions): Promise<CaseResult & { slow: boolean }> {
        const opts = { ...DEFAULTS, ...options };
        const problems: string[] = [];
        const phases: Record<string, number> = {};
        const logged: string[] = [];
        const restore = captureConsole(logged);
        const started = performance.now();
        const uri = URI.parse(`memory:///fuzz/case-${process.pid}-${this.counter++}.juesuan`);
        let diagnostics = 0;
        try {
            const document = await this.phase(phases, problems, 'build', () => this.build(text, uri));
            if (document) {
                diagnostics = document.diagnostics?.length ?? 0;
                this.checkDiagnostics(document, problems);
                await this.features(document, random, opts, phases, problems);
                if (opts.report) {
                    const renderer = random.pick(REPORT_RENDERERS);
                    await this.phase(phases, problems, 'report', () => this.render(document, renderer, problems));
                }
            }
        } finally {
            restore();
            // the semantic token provider keeps a builder per document until the editor closes it
            // (TextDocuments.onDidClose), which the cases never do
            (this.services.lsp.SemanticTokenProvider as unknown as { tokensBuilders?: Map<string, unknown> } | undefined)?.tokensBuilders?.delete(uri.toString());
            try {
                await this.shared.workspace.DocumentBuilder.update([], [uri]);
            } catch (err) {
                problems.push(`removing the document threw: ${describe(err)}`);
            }
        }
        const ms = performance.now() - started;
        for (const line of logged) problems.push(`logged: ${line}`);
        const slow = ms > opts.limitMs;
        if (slow) {
            const slowest = Object.entries(phases).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ');
            problems.push(`took ${ms.toFixed(0)} ms (over ${opts.limitMs} ms): ${slowest}`);
        }
        return { ms, phases, problems, diagnostics, slow };
    }

    private async build(text: string, uri: URI): Promise<LangiumDocument> {
        const document = this.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        this.shared.workspace.LangiumDocuments.addDocument(document);
        await this.shared.workspace.DocumentBuilder.build([document], { validation: { categories: ['built-in', 'fast', 'slow'] } });
        return document;
    }

    private async phase<T>(phases: Record<string, number>, problems: string[], name: string, run: () => Promise<T> | T): Promise<T | undefined> {
        const started = performance.now();
        if (TRACE) process.stderr.write(`  [fuzz] ${name}…\n`);
        try {
            return await run();
        } catch (err) {
            problems.push(`${name} threw: ${describe(err)}`);
            return undefined;
        } finally {
            phases[name] = (phases[name] ?? 0) + performance.now() - started;
        }
    }

    private checkDiagnostics(document: LangiumDocument, problems: string[]): void {
        for (const d of document.diagnostics ?? []) {
            const where = `diagnostic “${d.message}” [${d.code ?? (d.data as { code?: string } | undefined)?.code ?? ''}]`;
            const bad = rangeProblem(document, d.range);
            if (bad) problems.push(`${where}: ${bad}`);
            if (typeof d.message !== 'string' || d.message.trim() === '') problems.push(`${where}: empty message`);
            else if (/^An error occurred/.test(d.message)) problems.push(`${where}: an exception was caught during the checks`);
            else if (!CJK.test(d.message)) problems.push(`${where}: the message is not in Chinese`);
            else if (this.tokenNames.test(d.message)) problems.push(`${where}: the message names a token of the grammar`);
            if (![1, 2, 3, 4].includes(d.severity ?? 1)) problems.push(`${where}: severity ${d.severity}`);
        }
    }

    private async features(document: LangiumDocument, random: Random, opts: Required<CaseOptions>,
        phases: Record<string, number>, problems: string[]): Promise<void> {
        const lsp = (this.services as LangiumServices).lsp;
        const textDocument = { uri: document.uri.toString() };
        const text = document.textDocument.getText();
        const offsets = [0, text.length, ...Array.from({ length: opts.positions }, () => random.int(text.length + 1))];
        const positions = offsets.map(o => document.textDocument.positionAt(o));
        // a position a client should not send, once in a while
        if (random.chance(0.1)) positions.push({ line: document.textDocument.lineCount + 3, character: 7 });
        const token = CancellationToken.None;
        const check = (what: string, range: Range | undefined) => {
            const bad = range && rangeProblem(document, range);
            if (bad) problems.push(`${what}: ${bad}`);
        };

        if (lsp.HoverProvider) {
            await this.phase(phases, problems, 'hover', async () => {
                for (const position of positions) {
                    const hover = await lsp.HoverProvider!.getHoverContent(document, { textDocument, position }, token);
                    check(`hover at ${at(position)}`, hover?.range);
                }
            });
        }
        if (lsp.CompletionProvider) {
            await this.phase(phases, problems, 'completion', async () => {
                // the end, where typing happens most, and a random place
                for (const position of [positions[1], positions[2]]) {
                    if (TRACE) process.stderr.write(`  [fuzz] completion at ${at(position)}\n`);
                    const list = await lsp.CompletionProvider!.getCompletion(document, { textDocument, position }, token);
                    for (const item of list?.items ?? []) {
                        const edit = item.textEdit;
                        if (edit && 'range' in edit) check(`completion “${item.label}” at ${at(position)}`, edit.range);
                    }
                }
            });
        }
        if (lsp.Formatter) {
            await this.phase(phases, problems, 'format', async () => {
                const options = { tabSize: 2, insertSpaces: true };
                const edits = await lsp.Formatter!.formatDocument(document, { textDocument, options }, token);
                this.checkEdits(document, edits, 'formatting', problems);
                const [a, b] = [random.int(text.length + 1), random.int(text.length + 1)].sort((x, y) => x - y);
                const range = { start: document.textDocument.positionAt(a), end: document.textDocument.positionAt(b) };
                const rangeEdits = await lsp.Formatter!.formatDocumentRange(document, { textDocument, options, range }, token);
                this.checkEdits(document, rangeEdits, 'range formatting', problems);
            });
        }
        if (lsp.DocumentSymbolProvider) {
            await this.phase(phases, problems, 'symbols', async () => {
                const symbols = await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }, token);
                const visit = (list: typeof symbols) => {
                    for (const s of list) {
                        check(`symbol “${s.name}”`, s.range);
                        check(`symbol “${s.name}” selection`, s.selectionRange);
                        visit(s.children ?? []);
                    }
                };
                visit(symbols);
            });
        }
        if (lsp.SemanticTokenProvider) {
            await this.phase(phases, problems, 'semantic-tokens', async () => {
                const result = await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument }, token);
                if (result.data.length % 5 !== 0) problems.push(`semantic tokens: ${result.data.length} numbers, not a multiple of 5`);
            });
        }
        if (lsp.FoldingRangeProvider) {
            await this.phase(phases, problems, 'folding', async () => {
                for (const r of await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument }, token)) {
                    if (r.startLine > r.endLine || r.endLine >= document.textDocument.lineCount) problems.push(`folding range ${r.startLine}–${r.endLine} outside the document`);
                }
            });
        }
        if (lsp.CodeActionProvider) {
            await this.phase(phases, problems, 'code-actions', async () => {
                const all = document.diagnostics ?? [];
                // the actions for each diagnostic with a fix, and for a random range with all of them
                const groups: Diagnostic[][] = [...all.filter(d => (d.data as { fix?: unknown } | undefined)?.fix).slice(0, 20).map(d => [d]), all];
                for (const diagnostics of groups) {
                    const range = diagnostics.length === 1 ? diagnostics[0].range : { start: positions[2] ?? positions[0], end: positions[2] ?? positions[0] };
                    const actions = await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range, context: { diagnostics } }, token);
                    for (const action of actions ?? []) {
                        if (!('edit' in action) || !action.edit?.changes) continue;
                        for (const [uri, edits] of Object.entries(action.edit.changes)) {
                            if (uri === textDocument.uri) this.checkEdits(document, edits, `code action “${action.title}”`, problems, false);
                        }
                    }
                }
            });
        }
        const positional: [string, (position: Position) => Promise<unknown> | unknown][] = [];
        if (lsp.DefinitionProvider) positional.push(['definition', p => lsp.DefinitionProvider!.getDefinition(document, { textDocument, position: p }, token)]);
        if (lsp.ReferencesProvider) positional.push(['references', p => lsp.ReferencesProvider!.findReferences(document, { textDocument, position: p, context: { includeDeclaration: true } }, token)]);
        if (lsp.DocumentHighlightProvider) positional.push(['highlight', p => lsp.DocumentHighlightProvider!.getDocumentHighlight(document, { textDocument, position: p }, token)]);
        if (lsp.RenameProvider) {
            positional.push(['prepare-rename', p => lsp.RenameProvider!.prepareRename(document, { textDocument, position: p }, token)]);
            positional.push(['rename', p => lsp.RenameProvider!.rename(document, { textDocument, position: p, newName: '新名称' }, token)]);
        }
        for (const [name, ask] of positional) {
            await this.phase(phases, problems, name, async () => {
                for (const position of positions.slice(0, 4)) {
                    // a ResponseError is the protocol's answer refusing the request (a rename where there is no name)
                    const answer = await Promise.resolve().then(() => ask(position)).catch(err => {
                        if (err instanceof ResponseError) return undefined;
                        throw err;
                    });
                    for (const range of rangesIn(answer, textDocument.uri)) check(`${name} at ${at(position)}`, range);
                }
            });
        }
    }

    /** Edits lie inside the document and do not overlap; formatting changes whitespace only. */
    private checkEdits(document: LangiumDocument, edits: readonly TextEdit[], what: string, problems: string[], whitespaceOnly = true): void {
        const text = document.textDocument.getText();
        const spans: [number, number][] = [];
        for (const edit of edits) {
            const bad = rangeProblem(document, edit.range);
            if (bad) {
                problems.push(`${what}: edit ${JSON.stringify(edit)}: ${bad}`);
                return;
            }
            spans.push([document.textDocument.offsetAt(edit.range.start), document.textDocument.offsetAt(edit.range.end)]);
        }
        const order = spans.map((s, i) => [s, i] as const).sort((a, b) => a[0][0] - b[0][0] || a[0][1] - b[0][1]);
        for (let i = 1; i < order.length; i++) {
            if (order[i][0][0] < order[i - 1][0][1]) {
                problems.push(`${what}: edits overlap at offsets ${order[i - 1][0].join('–')} and ${order[i][0].join('–')}`);
                return;
            }
        }
        if (!whitespaceOnly) return;
        let result = '';
        let last = 0;
        for (const [[start, end], i] of order) {
            result += text.slice(last, start) + edits[i].newText;
            last = end;
        }
        result += text.slice(last);
        const strip = (s: string) => s.replace(/\s+/g, '');
        if (strip(result) !== strip(text)) {
            const a = strip(text);
            const b = strip(result);
            let k = 0;
            while (k < a.length && a[k] === b[k]) k++;
            problems.push(`${what}: changes more than whitespace (first difference after “${a.slice(Math.max(0, k - 20), k)}”: “${a.slice(k, k + 10)}” became “${b.slice(k, k + 10)}”)`);
        }
    }

    private render(document: LangiumDocument, renderer: ReportRenderer, problems: string[]): void {
        const model = this.services.model.ReportModels.get(document);
        const html = renderer.render(model);
        if (typeof html !== 'string') {
            problems.push(`${renderer.name}: returned ${typeof html}`);
            return;
        }
        for (const pattern of UNESCAPED) {
            if (pattern.test(html)) problems.push(`${renderer.name}: markup from the source reached the HTML unescaped (${pattern})`);
        }
    }
}

/** Why a range is not a range of this document, or undefined when it is. */
export function rangeProblem(document: LangiumDocument, range: Range): string | undefined {
    const lines = document.textDocument.lineCount;
    const text = document.textDocument.getText();
    const valid = (p: Position | undefined) => !!p && Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0;
    if (!range || !valid(range.start) || !valid(range.end)) return `malformed range ${JSON.stringify(range)}`;
    for (const p of [range.start, range.end]) {
        if (p.line >= lines) return `line ${p.line + 1} of ${lines} (${at(range.start)}–${at(range.end)})`;
        const lineStart = document.textDocument.offsetAt({ line: p.line, character: 0 });
        const lineEnd = p.line + 1 < lines ? document.textDocument.offsetAt({ line: p.line + 1, character: 0 }) : text.length;
        const content = text.slice(lineStart, lineEnd).replace(/\r?\n$|\r$/, '');
        if (p.character > content.length) return `column ${p.character + 1} beyond the ${content.length} characters of line ${p.line + 1} (${at(range.start)}–${at(range.end)})`;
    }
    if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) {
        return `ends before it starts (${at(range.start)}–${at(range.end)})`;
    }
    return undefined;
}

function at(p: Position): string {
    return `${p.line + 1}:${p.character + 1}`;
}

/** Ranges of this document in an answer: Location, LocationLink, DocumentHighlight, Range, WorkspaceEdit. */
function rangesIn(answer: unknown, uri: string): Range[] {
    const out: Range[] = [];
    const visit = (value: unknown, depth: number) => {
        if (!value || typeof value !== 'object' || depth > 6) return;
        if (Array.isArray(value)) {
            for (const v of value) visit(v, depth + 1);
            return;
        }
        const v = value as Record<string, unknown>;
        if (isRange(v)) {
            out.push(v as unknown as Range);
            return;
        }
        const target = (v.uri ?? v.targetUri) as string | undefined;
        if (target !== undefined && target !== uri) return;
        for (const key of ['range', 'targetRange', 'targetSelectionRange', 'originSelectionRange']) {
            if (isRange(v[key])) out.push(v[key] as Range);
        }
        if (v.changes && typeof v.changes === 'object') {
            const edits = (v.changes as Record<string, unknown>)[uri];
            if (Array.isArray(edits)) for (const e of edits) visit(e, depth + 1);
        }
        if (Array.isArray(v.documentChanges)) visit(v.documentChanges, depth + 1);
        if (Array.isArray(v.edits)) visit(v.edits, depth + 1);
    };
    visit(answer, 0);
    return out;
}

function isRange(value: unknown): boolean {
    const v = value as { start?: { line?: unknown }; end?: { line?: unknown } } | undefined;
    return !!v && typeof v === 'object' && typeof v.start?.line === 'number' && typeof v.end?.line === 'number';
}

function describe(err: unknown): string {
    if (err instanceof Error) return (err.stack ?? `${err.name}: ${err.message}`).split('\n').slice(0, 12).join('\n');
    return String(err);
}

/** Collects console.error and console.warn during a case (Langium logs the exceptions it catches). */
function captureConsole(into: string[]): () => void {
    const { error, warn } = console;
    const record = (...args: unknown[]) => {
        into.push(args.map(a => (a instanceof Error ? describe(a) : String(a))).join(' ').slice(0, 2000));
    };
    console.error = record;
    console.warn = record;
    return () => {
        console.error = error;
        console.warn = warn;
    };
}
