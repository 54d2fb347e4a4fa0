// The bundled server over a long session, spoken to in LSP over stdio: closed documents are let
// go, a request the client cancels is answered RequestCancelled whatever it asked, and a run of
// full-text changes of a large report is not parsed change by change.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { scaledReport } from '../../bench/lsp/inputs.js';
import { ensureBundles, ROOT } from '../cli/bundle.js';
import { documentUri, frame, type Message, ServerProcess } from './server-process.js';

const SEED = fs.readFileSync(path.join(ROOT, 'examples', 'leshan-2020.juesuan'), 'utf8');
const REQUEST_CANCELLED = -32800;

beforeAll(async () => {
    await ensureBundles();
}, 60_000);

let server: ServerProcess | undefined;

afterEach(() => {
    server?.kill();
    server = undefined;
});

/** The position of the first occurrence of `what` in `text`, one character into it. */
function positionOf(text: string, what: string): { line: number; character: number } {
    const offset = text.indexOf(what);
    if (offset < 0) throw new Error(`“${what}” is not in the text`);
    const before = text.slice(0, offset + 1);
    const line = before.split('\n').length - 1;
    return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

function open(s: ServerProcess, uri: string, text: string, version = 1): void {
    s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'juesuan', version, text } });
}

describe('closing documents', () => {
    it('500 documents of the seed’s size opened and closed in turn fit in a 160 MB heap; a closed one answers no hover', async () => {
        // Langium kept every closed document (about 1.2 MB each): this heap ran out after about 113
        const s = server = new ServerProcess(['--max-old-space-size=160']);
        await s.initialize();
        const position = positionOf(SEED, '2010301');
        const CYCLES = 500;
        let cleared: Promise<unknown> | undefined;
        for (let i = 0; i < CYCLES; i++) {
            const uri = documentUri(`report-${i}.juesuan`);
            open(s, uri, SEED);
            const hover = await s.request('textDocument/hover', { textDocument: { uri }, position });
            expect(JSON.stringify(hover), `第 ${i + 1} 个文档`).toContain('行政运行');
            cleared ??= s.nextDiagnostics(uri, d => d.diagnostics.length === 0);
            s.notify('textDocument/didClose', { textDocument: { uri } });
        }
        // closing clears what the editor shows for the document
        await cleared;
        const closed = await s.request('textDocument/hover', { textDocument: { uri: documentUri('report-0.juesuan') }, position });
        expect(closed.result ?? null).toBeNull();
        expect(closed.error, JSON.stringify(closed)).toBeDefined();
        // and the server is alive and well
        const uri = documentUri('last.juesuan');
        open(s, uri, SEED);
        expect(JSON.stringify((await s.request('textDocument/hover', { textDocument: { uri }, position })).result)).toContain('行政运行');
    }, 300_000);
});

describe('cancellation', () => {
    it('every request cancelled in the same write as it is answered RequestCancelled, none with a result', async () => {
        const s = server = new ServerProcess();
        await s.initialize();
        const uri = documentUri('cancel.juesuan');
        const built = s.nextDiagnostics(uri);
        open(s, uri, SEED);
        await built;
        const textDocument = { uri };
        const position = positionOf(SEED, '2010301');
        const range = { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } };
        const options = { tabSize: 2, insertSpaces: true };
        const requests: [string, unknown][] = [
            ['textDocument/hover', { textDocument, position }],
            ['textDocument/completion', { textDocument, position }],
            ['textDocument/definition', { textDocument, position }],
            ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
            ['textDocument/documentHighlight', { textDocument, position }],
            ['textDocument/documentSymbol', { textDocument }],
            ['textDocument/foldingRange', { textDocument }],
            ['textDocument/formatting', { textDocument, options }],
            ['textDocument/rangeFormatting', { textDocument, range, options }],
            ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
            ['textDocument/prepareRename', { textDocument, position }],
            ['textDocument/rename', { textDocument, position, newName: '行政运行费' }],
            ['textDocument/semanticTokens/full', { textDocument }],
            ['textDocument/semanticTokens/range', { textDocument, range }],
        ];
        const sent = requests.map(([method, params]) => ({ method, ...s.prepare(method, params) }));
        s.write(Buffer.concat(sent.flatMap(r => [frame(r.message), frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: r.id } })])));
        const answers = await Promise.all(sent.map(async r => ({ method: r.method, answer: await r.response })));
        const notCancelled = answers.filter(a => a.answer.error?.code !== REQUEST_CANCELLED).map(a => `${a.method}: ${JSON.stringify(a.answer).slice(0, 120)}`);
        expect(notCancelled).toEqual([]);
        // the same requests uncancelled are answered: the server was able to
        const symbols = await s.request('textDocument/documentSymbol', { textDocument });
        expect(Array.isArray(symbols.result) && symbols.result.length > 0).toBe(true);
    }, 120_000);
});

describe('a run of full-text changes of a large report', () => {
    it('parses the last one, not each: 30 changes of a 680,000-character report sent at once', async () => {
        const big = scaledReport(SEED, 40);
        expect(big.length).toBeGreaterThan(650_000);
        const s = server = new ServerProcess();
        // tracing on: the server says each time it parses a document
        await s.initialize({ trace: 'verbose' });
        const uri = documentUri('big.juesuan');
        const opened = s.nextDiagnostics(uri);
        open(s, uri, big);
        await opened;
        const parsed = (from: number) => s.received.slice(from)
            .filter(m => m.method === '$/logTrace' && (m.params as { message: string }).message.startsWith(`已解析 ${uri}`))
            .map(m => Number(/第 (\d+) 版/.exec((m.params as { message: string }).message)?.[1]));
        const start = s.received.length;
        const CHANGES = 30;
        // each change a different text: a comment line at the end names its version
        const textOf = (version: number) => `${big}// 第 ${version} 版\n`;
        const lastVersion = CHANGES + 1;
        const lastParsed = s.next(m => m.method === '$/logTrace' && (m.params as { message: string }).message.includes(`第 ${lastVersion} 版`), '最后一版的解析');
        s.write(Buffer.concat(Array.from({ length: CHANGES }, (_, i) => frame({
            jsonrpc: '2.0', method: 'textDocument/didChange',
            params: { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: textOf(i + 2) }] },
        }))));
        const hover: Message = await s.request('textDocument/hover', { textDocument: { uri }, position: positionOf(big, '2010301') });
        expect(JSON.stringify(hover.result)).toContain('行政运行');
        await lastParsed;
        const versions = parsed(start);
        console.log(`30 次全文修改后解析的版本：${versions.join('、')}`);
        // a few may start before the next change has begun to arrive; most must not
        expect(versions.length).toBeLessThanOrEqual(5);
    }, 300_000);
});

describe('rename over the protocol', () => {
    it('a new name that is a keyword or in use fails with the reason in Chinese; a good one gives the edits', async () => {
        const s = server = new ServerProcess();
        await s.initialize();
        const uri = documentUri('rename.juesuan');
        const built = s.nextDiagnostics(uri);
        open(s, uri, SEED);
        await built;
        const position = positionOf(SEED, '机关运行经费 ');
        const prepared = await s.request('textDocument/prepareRename', { textDocument: { uri }, position });
        expect(prepared.result).toMatchObject({ start: { line: position.line } });
        for (const [newName, reason] of [['占比', '关键字'], ['万元', '单位'], ['总计', '已是']]) {
            const refused = await s.request('textDocument/rename', { textDocument: { uri }, position, newName });
            expect(refused.error?.message, newName).toContain(reason);
        }
        const done = await s.request('textDocument/rename', { textDocument: { uri }, position, newName: '机关运行费' });
        const edits = (done.result as { changes: Record<string, { newText: string }[]> }).changes[uri];
        expect(edits.length).toBeGreaterThan(1);
        expect(edits.every(e => e.newText === '机关运行费')).toBe(true);
        const nowhere = await s.request('textDocument/prepareRename', { textDocument: { uri }, position: positionOf(SEED, '82.45') });
        expect(nowhere.error?.message).toContain('没有可以重命名的名称');
    }, 120_000);
});
