// A language client for the benchmark: starts the bundled server (`node out/server.cjs --stdio`),
// speaks LSP to it over stdio as an editor does, and times what a user waits for.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import {
    createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
    StreamMessageReader, StreamMessageWriter,
    type Position, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js';

const WAIT_MS = 120_000;

export class ServerSession {
    readonly connection: ProtocolConnection;
    private readonly child: ChildProcessWithoutNullStreams;
    private stderr = '';
    private readonly waiters: Array<{ uri: string; resolve: (p: PublishDiagnosticsParams) => void }> = [];
    private readonly versions = new Map<string, number>();
    private readonly texts = new Map<string, string>();

    private constructor(serverBundle: string) {
        // BENCH_SERVER_NODE_OPTIONS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the server
        const nodeOptions = (process.env.BENCH_SERVER_NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean);
        this.child = spawn(process.execPath, [...nodeOptions, serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => { this.stderr = (this.stderr + chunk).slice(-4000); });
        this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            const index = this.waiters.findIndex(w => w.uri === params.uri);
            if (index >= 0) this.waiters.splice(index, 1)[0].resolve(params);
        });
        this.connection.onError(() => undefined);
        this.connection.listen();
    }

    /** Starts the server and initializes it, with `rootUri` as the workspace folder if given. */
    static async start(serverBundle: string, rootUri: string | null = null): Promise<ServerSession> {
        const session = new ServerSession(serverBundle);
        await session.within(session.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri,
            workspaceFolders: rootUri ? [{ uri: rootUri, name: 'bench' }] : null,
            capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } },
        }), 'initialize');
        await session.connection.sendNotification(InitializedNotification.type, {});
        return session;
    }

    /** The text of an open document, as the server has it after the changes sent. */
    text(uri: string): string {
        return this.texts.get(uri) ?? '';
    }

    get pid(): number {
        return this.child.pid ?? -1;
    }

    /** Resolves with the next diagnostics published for `uri`; call before sending what causes them. */
    nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
        return this.within(new Promise(resolve => this.waiters.push({ uri, resolve })), `publishDiagnostics（${uri}）`);
    }

    /** Opens a document and resolves when its first diagnostics arrive; returns the milliseconds. */
    async open(uri: string, text: string): Promise<number> {
        this.versions.set(uri, 1);
        this.texts.set(uri, text);
        const diagnostics = this.nextDiagnostics(uri);
        const started = performance.now();
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'juesuan', version: 1, text },
        });
        await diagnostics;
        return performance.now() - started;
    }

    /**
     * One keystroke: inserts `insert` at `offset` (or deletes `remove` characters there), as an
     * incremental change, and resolves with the milliseconds until the document's diagnostics arrive.
     */
    async keystroke(uri: string, offset: number, insert: string, remove = 0): Promise<number> {
        const text = this.texts.get(uri)!;
        const start = positionAt(text, offset);
        const end = positionAt(text, offset + remove);
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        this.texts.set(uri, text.slice(0, offset) + insert + text.slice(offset + remove));
        const diagnostics = this.nextDiagnostics(uri);
        const started = performance.now();
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version },
            contentChanges: [{ range: { start, end }, text: insert }],
        });
        await diagnostics;
        return performance.now() - started;
    }

    /** A hover request at `offset`; resolves with the milliseconds and whether it had content. */
    async hover(uri: string, offset: number): Promise<{ ms: number; found: boolean }> {
        const position = positionAt(this.texts.get(uri)!, offset);
        const started = performance.now();
        const hover = await this.within(this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), 'hover');
        return { ms: performance.now() - started, found: !!hover };
    }

    /** The server's peak resident memory (VmHWM) in bytes, from /proc. */
    peakMemory(): number | undefined {
        try {
            const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
            const kb = /VmHWM:\s*(\d+)\s*kB/.exec(status)?.[1];
            return kb ? Number(kb) * 1024 : undefined;
        } catch {
            return undefined;
        }
    }

    async stop(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest(ShutdownRequest.type), delay(5000)]);
            await this.connection.sendNotification(ExitNotification.type);
        } catch {
            // the process is killed below anyway
        }
        await Promise.race([new Promise(resolve => this.child.once('exit', resolve)), delay(3000)]);
        this.connection.dispose();
        if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    }

    private within<T>(promise: Promise<T>, what: string): Promise<T> {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`等待 ${what} 超时（${WAIT_MS / 1000} 秒）。服务器 stderr：${this.stderr || '（无）'}`)), WAIT_MS);
        });
        return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
    }
}

function delay(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
}

/** The LSP position (line, UTF-16 character) of an offset. */
export function positionAt(text: string, offset: number): Position {
    let line = 0;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, character: offset - lineStart };
}
