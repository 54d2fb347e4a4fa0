/**
 * The language server under a burst of typing: the bundled server (what VS Code runs) gets the
 * example and then 1,000 edits as fast as the pipe takes them. It must stay alive, answer
 * requests, publish the diagnostics of the last state (not of some state before it), cancel the
 * stale work on the way (far fewer publications than edits), and give its memory back.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest,
    ExitNotification, HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
    StreamMessageReader, StreamMessageWriter,
    type ProtocolConnection, type PublishDiagnosticsParams, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node.js';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import { ensureBundles, ROOT, SERVER_BUNDLE } from '../cli/bundle.js';

const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'leshan-2020.juesuan'), 'utf8');
const EDITS = 1000;
const WAIT_MS = 60_000;
/** After the burst, the server may hold this much more memory than after opening the example. */
const MAX_GROWTH_MB = 100;
const MAX_GROWTH_RATIO = 1.5;

function rssMB(pid: number): number {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
    return kb / 1024;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** RSS once it stops moving: sampled every 250 ms until two samples a second apart differ by < 2 MB. */
async function settledRss(pid: number, maxMs = 15_000): Promise<number> {
    const started = Date.now();
    let previous = rssMB(pid);
    while (Date.now() - started < maxMs) {
        await sleep(1000);
        const now = rssMB(pid);
        if (Math.abs(now - previous) < 2) return now;
        previous = now;
    }
    return rssMB(pid);
}

describe.skipIf(process.platform !== 'linux')('a burst of 1,000 edits', () => {
    let child: ChildProcessWithoutNullStreams;
    let connection: ProtocolConnection;
    let stderr = '';
    const published: PublishDiagnosticsParams[] = [];
    const waiters: Array<(params: PublishDiagnosticsParams) => void> = [];

    beforeAll(async () => {
        await ensureBundles();
        // JUESUAN_BURST_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under the burst
        const nodeArgs = process.env.JUESUAN_BURST_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
        child = spawn(process.execPath, [...nodeArgs, SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
        connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            published.push(params);
            for (const waiter of waiters.splice(0)) waiter(params);
        });
        connection.onError(() => undefined);
        connection.listen();
    }, 60_000);

    afterAll(() => {
        connection?.dispose();
        if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });

    /** Waits for a publication that passes `test`, failing after WAIT_MS or when the server exits. */
    function publication(test: (params: PublishDiagnosticsParams) => boolean, what: string): Promise<PublishDiagnosticsParams> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`${what}：${WAIT_MS / 1000} 秒内没有等到。服务器 stderr：\n${stderr || '（无）'}`)), WAIT_MS);
            const exit = () => reject(new Error(`${what}：服务器进程退出了（${child.exitCode ?? child.signalCode}）。stderr：\n${stderr}`));
            child.once('exit', exit);
            const check = (params: PublishDiagnosticsParams) => {
                if (test(params)) {
                    clearTimeout(timer);
                    child.off('exit', exit);
                    resolve(params);
                } else {
                    waiters.push(check);
                }
            };
            waiters.push(check);
        });
    }

    it('stays alive, publishes the last state, cancels stale work and gives its memory back', async () => {
        await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
        await connection.sendNotification(InitializedNotification.type, {});
        const uri = pathToFileURL(path.join(os.tmpdir(), 'juesuan-burst', 'leshan-2020.juesuan')).toString();

        const opened = publication(p => p.uri === uri, '打开示例后的诊断');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'juesuan', version: 1, text: EXAMPLE } });
        const first = await opened;
        expect(first.diagnostics.filter(d => d.severity === 1)).toEqual([]);
        // a few builds more, so that the baseline includes what the first builds compile and cache
        for (let v = 2; v <= 4; v++) {
            const again = publication(p => p.uri === uri, '再次打开');
            await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges: [{ text: EXAMPLE }] });
            await again;
        }
        const before = await settledRss(child.pid!);
        const publishedBefore = published.length;

        // typing: one character at a time at the end of the first line (a comment), now and then
        // a character deleted, and every hundredth edit the whole text sent again
        const firstLineEnd = EXAMPLE.indexOf('\n');
        let text = EXAMPLE;
        let typed = 0;
        const started = performance.now();
        for (let i = 0; i < EDITS - 1; i++) {
            const version = 5 + i;
            let change: TextDocumentContentChangeEvent;
            const end = { line: 0, character: firstLineEnd + typed };
            if (i % 100 === 99) {
                change = { text };
            } else if (i % 7 === 6 && typed > 0) {
                change = { range: { start: { line: 0, character: end.character - 1 }, end }, text: '' };
                text = text.slice(0, firstLineEnd + typed - 1) + text.slice(firstLineEnd + typed);
                typed--;
            } else {
                const ch = '决算数字'[i % 4];
                change = { range: { start: end, end }, text: ch };
                text = text.slice(0, firstLineEnd + typed) + ch + text.slice(firstLineEnd + typed);
                typed++;
            }
            void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
        }
        // the last edit: 附表3's 合计 3569.58 → 8888.88, a sum broken in a way no earlier state was
        const last = text.replace('合计 3569.58 854.57 2715.01 0 0 0', '合计 8888.88 854.57 2715.01 0 0 0');
        expect(last).not.toBe(text);
        const lastState = publication(p => p.uri === uri && p.diagnostics.some(d => d.message.includes('8888.88')), '最后一次编辑后的诊断');
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 5 + EDITS }, contentChanges: [{ text: last }] });
        const sent = performance.now() - started;
        const final = await lastState;
        const settledMs = performance.now() - started;

        // alive: it answers requests about the last state
        const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
        expect(Array.isArray(symbols) && symbols.length > 0).toBe(true);
        const line = last.split('\n').findIndex(l => l.includes('合计 8888.88'));
        const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: last.split('\n')[line].indexOf('8888.88') + 1 } });
        expect(JSON.stringify(hover)).toContain('8888.88');
        // nothing published after the last state says otherwise
        await sleep(1000);
        const latest = published.filter(p => p.uri === uri).at(-1)!;
        expect(latest.diagnostics.some(d => d.message.includes('8888.88'))).toBe(true);
        expect(final.diagnostics.filter(d => d.severity === 1).length).toBeGreaterThan(0);

        const after = await settledRss(child.pid!);
        const publications = published.length - publishedBefore;
        console.log(`突发编辑：${EDITS} 次编辑 ${sent.toFixed(0)} ms 发完，${settledMs.toFixed(0)} ms 后收到最后状态的诊断；期间发布诊断 ${publications} 次；`
            + `内存（VmRSS）打开后 ${before.toFixed(0)} MB，编辑后 ${after.toFixed(0)} MB（${(after / before).toFixed(2)} 倍）`);
        // stale builds were cancelled: far fewer publications than edits
        expect(publications).toBeLessThan(EDITS / 10);
        expect(after - before < MAX_GROWTH_MB || after / before < MAX_GROWTH_RATIO, `${before.toFixed(0)} MB → ${after.toFixed(0)} MB`).toBe(true);

        await connection.sendRequest(ShutdownRequest.type);
        const exited = new Promise(resolve => child.once('exit', resolve));
        await connection.sendNotification(ExitNotification.type);
        await Promise.race([exited, sleep(10_000)]);
    }, 180_000);
});

describe('the same burst in process', () => {
    it('leaves the live heap where it was: what grows in the server is V8 keeping its pages, not objects', async () => {
        v8.setFlagsFromString('--expose-gc');
        const gc = vm.runInNewContext('gc') as () => void;
        const heapMB = () => {
            gc();
            gc();
            return process.memoryUsage().heapUsed / 1048576;
        };
        const { shared } = createJuesuanServices(EmptyFileSystem);
        const uri = URI.parse('file:///tmp/juesuan-burst/in-process.juesuan');
        let textDocument = TextDocument.create(uri.toString(), 'juesuan', 1, EXAMPLE);
        shared.workspace.TextDocuments.set(textDocument);
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocument, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        const lock = shared.workspace.WorkspaceLock;
        const builder = shared.workspace.DocumentBuilder;
        const burst = async (edits: number) => {
            let last: Promise<void> = Promise.resolve();
            for (let i = 0; i < edits; i++) {
                textDocument = TextDocument.create(uri.toString(), 'juesuan', textDocument.version + 1, EXAMPLE.replace('\n', `${i}\n`));
                shared.workspace.TextDocuments.set(textDocument);
                // as the language server does on didChange: each write cancels the one before
                last = lock.write(token => builder.update([uri], [], token));
                if (i % 50 === 0) await sleep(0);
            }
            await last;
        };
        await builder.build([document], { validation: true });
        await burst(100);
        const before = heapMB();
        await burst(EDITS);
        const after = heapMB();
        console.log(`进程内突发编辑：活动堆 ${before.toFixed(1)} MB → ${after.toFixed(1)} MB`);
        expect(after - before).toBeLessThan(10);
    }, 180_000);
});
