// The bundled language server as a child process, spoken to in raw LSP frames over stdio, so that
// a test can send what no well-behaved client would (a frame without Content-Length, a request
// before `initialize`, a cancellation in the same write as its request) and see every message the
// server writes, responses with a null id included.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_BUNDLE } from '../cli/bundle.js';

export const WAIT_MS = 60_000;

export interface Message {
    jsonrpc?: string;
    id?: number | string | null;
    method?: string;
    params?: unknown;
    result?: unknown;
    error?: { code: number; message: string };
}

export interface Diagnostics {
    uri: string;
    diagnostics: { message: string; severity?: number }[];
}

/** A frame as the protocol wants it: `Content-Length: N\r\n\r\n` and N bytes of JSON. */
export function frame(message: object): Buffer {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/** A document URI that is never read from disk: the server works on the text the client sends. */
export function documentUri(name: string): string {
    return pathToFileURL(path.join(os.tmpdir(), 'juesuan-server-test', name)).toString();
}

export class ServerProcess {
    readonly child: ChildProcessWithoutNullStreams;
    readonly received: Message[] = [];
    stderr = '';
    readonly exited: Promise<number | null>;
    private buffer = Buffer.alloc(0);
    private nextId = 1;
    private readonly waiters: Array<{ test: (m: Message) => boolean; resolve: (m: Message) => void }> = [];

    /** `nodeArgs` go to Node (e.g. a heap limit), `serverArgs` to the server (the transport). */
    constructor(nodeArgs: string[] = [], serverArgs: string[] = ['--stdio']) {
        this.child = spawn(process.execPath, [...nodeArgs, SERVER_BUNDLE, ...serverArgs], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => { this.stderr = (this.stderr + chunk).slice(-8000); });
        this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
        // writing to a server that has exited is what some tests do on purpose
        this.child.stdin.on('error', () => undefined);
        this.exited = new Promise(resolve => this.child.on('exit', code => resolve(code)));
    }

    write(bytes: Buffer | string): void {
        this.child.stdin.write(bytes);
    }

    send(message: object): void {
        this.write(frame({ jsonrpc: '2.0', ...message }));
    }

    notify(method: string, params: unknown): void {
        this.send({ method, params });
    }

    /** Sends a request and resolves with its response (result or error). */
    request(method: string, params: unknown): Promise<Message> {
        const id = this.nextId++;
        const response = this.next(m => m.id === id && m.method === undefined, `${method} 的回应`);
        this.send({ id, method, params });
        return response;
    }

    /** A request's id and the promise of its response, for a test that writes the frames itself. */
    prepare(method: string, params: unknown): { id: number; message: object; response: Promise<Message> } {
        const id = this.nextId++;
        return { id, message: { jsonrpc: '2.0', id, method, params }, response: this.next(m => m.id === id && m.method === undefined, `${method} 的回应`) };
    }

    async initialize(params: object = {}): Promise<Message> {
        const response = await this.request('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {}, ...params });
        this.notify('initialized', {});
        return response;
    }

    /** The next message passing `test` received from now on. */
    next(test: (m: Message) => boolean, what: string): Promise<Message> {
        return this.within(new Promise(resolve => this.waiters.push({ test, resolve })), what);
    }

    /** The next diagnostics published for `uri` after now. */
    nextDiagnostics(uri: string, test: (d: Diagnostics) => boolean = () => true): Promise<Diagnostics> {
        return this.next(m => m.method === 'textDocument/publishDiagnostics' && (m.params as Diagnostics).uri === uri && test(m.params as Diagnostics), `${uri} 的诊断`)
            .then(m => m.params as Diagnostics);
    }

    /** Fails after WAIT_MS, or when the server exits first. */
    within<T>(promise: Promise<T>, what: string): Promise<T> {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`${what}：${WAIT_MS / 1000} 秒内没有等到。stderr：\n${this.stderr || '（无）'}`)), WAIT_MS);
        });
        const exit = this.exited.then(code => {
            throw new Error(`${what}：服务器进程先退出了（退出码 ${code}）。stderr：\n${this.stderr || '（无）'}`);
        });
        return Promise.race([promise, timeout, exit]).finally(() => clearTimeout(timer));
    }

    /** The exit code, failing if the process does not exit within WAIT_MS. */
    exitCode(): Promise<number | null> {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`服务器进程 ${WAIT_MS / 1000} 秒内没有退出。stderr：\n${this.stderr || '（无）'}`)), WAIT_MS);
        });
        return Promise.race([this.exited, timeout]).finally(() => clearTimeout(timer));
    }

    kill(): void {
        if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    }

    private read(chunk: Buffer): void {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const end = this.buffer.indexOf('\r\n\r\n');
            if (end < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
            if (this.buffer.length < end + 4 + length) return;
            const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
            this.buffer = this.buffer.subarray(end + 4 + length);
            this.received.push(message);
            const index = this.waiters.findIndex(w => w.test(message));
            if (index >= 0) this.waiters.splice(index, 1)[0].resolve(message);
        }
    }
}
