// The language server as an editor sees it: a child process spoken to in LSP over stdio,
// both as the bundled server (what VS Code runs) and as `juesuan lsp --stdio` (Neovim, Emacs, Helix).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
    createProtocolConnection, DiagnosticSeverity, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
    ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
    StreamMessageReader, StreamMessageWriter,
    type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js';
import { CLI_BIN, ensureBundles, SERVER_BUNDLE } from '../cli/bundle.js';

const WAIT_MS = 10_000;

const VALID = [
    '部门 「某单位」 年度 2020 单位 万元',
    '附表 1 收入支出决算总表 {',
    '  收入 { 本年收入合计 10 总计 10 }',
    '}',
    '',
].join('\n');

// the 附表 is never closed: the parser reaches the end of the file on line 3 (0-based 2)
const BROKEN = [
    '部门 「某单位」 年度 2020 单位 万元',
    '附表 1 收入支出决算总表 {',
    '  收入 { 本年收入合计 10 总计 10 }',
    '',
].join('\n');

/** A running server and the client end of its connection. */
class Session {
    readonly connection: ProtocolConnection;
    stderr = '';
    private readonly waiters: Array<{ uri: string; resolve: (params: PublishDiagnosticsParams) => void }> = [];
    private readonly exited: Promise<number | null>;

    constructor(readonly name: string, readonly child: ChildProcessWithoutNullStreams) {
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => { this.stderr += chunk; });
        this.exited = new Promise(resolve => child.on('exit', code => resolve(code)));
        this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            const index = this.waiters.findIndex(w => w.uri === params.uri);
            if (index >= 0) this.waiters.splice(index, 1)[0].resolve(params);
        });
        // a broken stream shows as a wait that fails; nothing to do here
        this.connection.onError(() => undefined);
        this.connection.listen();
    }

    /** Resolves with the next diagnostics published for `uri`; register before sending what causes them. */
    nextDiagnostics(uri: string, what: string): Promise<PublishDiagnosticsParams> {
        return this.within(new Promise(resolve => this.waiters.push({ uri, resolve })), `等待 ${what} 的 publishDiagnostics`);
    }

    exit(): Promise<number | null> {
        return this.within(this.exited, '等待服务器进程退出', true);
    }

    /** Fails with a clear message after WAIT_MS, or as soon as the server process exits unexpectedly. */
    within<T>(promise: Promise<T>, what: string, exitExpected = false): Promise<T> {
        let timer: NodeJS.Timeout | undefined;
        const failures = [new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(
                `${this.name}：${what} 超时（${WAIT_MS / 1000} 秒）。服务器 stderr：\n${this.stderr || '（无）'}`)), WAIT_MS);
        })];
        if (!exitExpected) {
            failures.push(this.exited.then(code => {
                throw new Error(`${this.name}：${what} 时服务器进程退出了（退出码 ${code}）。服务器 stderr：\n${this.stderr || '（无）'}`);
            }));
        }
        return Promise.race([promise, ...failures]).finally(() => clearTimeout(timer));
    }

    kill(): void {
        this.connection.dispose();
        if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    }
}

function errorsOf(params: PublishDiagnosticsParams): Diagnostic[] {
    return params.diagnostics.filter(d => d.severity === DiagnosticSeverity.Error);
}

function docUri(name: string): string {
    // never read from disk: the server works on the text the client sends
    return pathToFileURL(path.join(os.tmpdir(), 'juesuan-protocol-test', name)).toString();
}

const servers = [
    { name: 'node out/server.cjs --stdio', args: [SERVER_BUNDLE, '--stdio'] },
    { name: 'node bin/juesuan.cjs lsp --stdio', args: [CLI_BIN, 'lsp', '--stdio'] },
];

beforeAll(async () => {
    await ensureBundles();
}, 60_000);

let session: Session | undefined;

afterEach(() => {
    session?.kill();
    session = undefined;
});

describe.each(servers)('$name', ({ name, args }) => {
    it('publishes Chinese diagnostics on open and change, and exits on shutdown/exit', async () => {
        const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
        const s = session = new Session(name, child);
        const { connection } = s;

        let started = performance.now();
        const init = await s.within(connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: null,
            workspaceFolders: null,
            capabilities: {},
        }), '等待 initialize 的回应');
        const initializeMs = performance.now() - started;
        expect(init.capabilities.textDocumentSync).toBeDefined();
        await connection.sendNotification(InitializedNotification.type, {});

        // a valid document: no errors
        const validUri = docUri('valid.juesuan');
        const validDiagnostics = s.nextDiagnostics(validUri, 'valid.juesuan');
        started = performance.now();
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: validUri, languageId: 'juesuan', version: 1, text: VALID },
        });
        const valid = await validDiagnostics;
        const publishMs = performance.now() - started;
        expect(errorsOf(valid)).toEqual([]);

        // a 附表 without its closing brace: an error in Chinese on the last line
        const brokenUri = docUri('broken.juesuan');
        const brokenDiagnostics = s.nextDiagnostics(brokenUri, 'broken.juesuan');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: brokenUri, languageId: 'juesuan', version: 1, text: BROKEN },
        });
        const broken = errorsOf(await brokenDiagnostics);
        const missingBrace = broken.find(d => d.range.start.line === 2);
        expect(missingBrace, JSON.stringify(broken)).toBeDefined();
        expect(missingBrace!.message).toMatch(/[\u4e00-\u9fff]/);

        // fixing it clears the errors
        const fixedDiagnostics = s.nextDiagnostics(brokenUri, '修正后的 broken.juesuan');
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: brokenUri, version: 2 },
            contentChanges: [{ text: VALID }],
        });
        expect(errorsOf(await fixedDiagnostics)).toEqual([]);

        await s.within(connection.sendRequest(ShutdownRequest.type), '等待 shutdown 的回应');
        await connection.sendNotification(ExitNotification.type);
        expect(await s.exit()).toBe(0);

        console.log(`[${name}] initialize ${initializeMs.toFixed(0)} ms, didOpen→publishDiagnostics ${publishMs.toFixed(0)} ms`);
    }, 60_000);
});
