// The byte streams the language server is spoken to over, and the LSP frames read from them.
//
// vscode-jsonrpc's stream reader reports a header without `Content-Length`, then looks for the
// next header inside the rest of that frame and waits there for ever: the server stayed alive and
// mute. It cannot say either whether a frame is half received, which the builder needs to know
// (a newer edit may be on its way). So frames are read here: a header that cannot be read, or a
// stream that ends inside a frame, is fatal (nothing after it can be found again); a body that is
// not JSON is reported and skipped, the next frame starts right after it.
import * as net from 'node:net';
import type { DataCallback, Disposable, Message, MessageReader, MessageWriter } from 'vscode-languageserver/node.js';
import { AbstractMessageReader, IPCMessageReader, IPCMessageWriter, StreamMessageWriter } from 'vscode-languageserver/node.js';

/** A problem reading the input: `fatal` when no later message can be found in the stream. */
export class InputError extends Error {
    constructor(message: string, readonly fatal: boolean) {
        super(message);
    }
}

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
/** A header is two short lines; anything longer without its end is not a header. */
const MAX_HEADER_BYTES = 8 * 1024;
/** Far more than any document the server accepts (the command line reads files up to tens of MB). */
const MAX_BODY_BYTES = 512 * 1024 * 1024;

/** Reads `Content-Length: N\r\n\r\n` + N bytes of JSON frames from a byte stream. */
export class FrameReader extends AbstractMessageReader implements MessageReader {
    private chunks: Buffer[] = [];
    private size = 0;
    /** The length of the body being received, or -1 while reading a header. */
    private bodyLength = -1;
    private stopped = false;
    private callback?: DataCallback;
    private readonly idleWaiters: Array<() => void> = [];

    /** `source` names the stream in messages: 标准输入, 端口 2087, 管道 /tmp/x. */
    constructor(private readonly readable: NodeJS.ReadableStream, private readonly source: string) {
        super();
    }

    listen(callback: DataCallback): Disposable {
        this.callback = callback;
        const onData = (chunk: Buffer | string) => this.receive(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
        const onEnd = () => this.end();
        const onError = (error: NodeJS.ErrnoException) => this.stop(new InputError(`无法读取${this.source}（${error.code ?? error.message}）。`, true));
        this.readable.on('data', onData);
        this.readable.on('end', onEnd);
        this.readable.on('close', onEnd);
        this.readable.on('error', onError);
        return {
            dispose: () => {
                this.readable.off('data', onData);
                this.readable.off('end', onEnd);
                this.readable.off('close', onEnd);
                this.readable.off('error', onError);
            },
        };
    }

    /** Whether part of a frame has been received (its header, at least) and the rest has not. */
    get receiving(): boolean {
        return !this.stopped && (this.size > 0 || this.bodyLength >= 0);
    }

    /** Resolves once no frame is half received (at once when none is). */
    settled(): Promise<void> {
        if (!this.receiving) return Promise.resolve();
        return new Promise(resolve => this.idleWaiters.push(resolve));
    }

    private receive(chunk: Buffer): void {
        if (this.stopped) return;
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (!this.stopped) {
            if (this.bodyLength < 0 && (this.size === 0 || !this.readHeader())) break;
            if (!this.readBody()) break;
        }
        if (!this.receiving) this.wakeIdleWaiters();
    }

    /** Reads the header if it has arrived whole; false while waiting for more. */
    private readHeader(): boolean {
        const buffer = this.joined();
        const end = buffer.indexOf(HEADER_END);
        if (end < 0) {
            if (buffer.length > MAX_HEADER_BYTES) this.stop(new InputError('收到的数据不是 LSP 消息：没有以空行结束的消息头。', true));
            return false;
        }
        let length: number | undefined;
        for (const line of buffer.subarray(0, end).toString('ascii').split('\r\n')) {
            const colon = line.indexOf(':');
            if (colon <= 0) {
                this.stop(new InputError(`消息头无法读取：“${printable(line)}”不是“名称: 值”的形式。`, true));
                return false;
            }
            const name = line.slice(0, colon).trim().toLowerCase();
            const value = line.slice(colon + 1).trim();
            if (name === 'content-length') {
                if (!/^\d+$/.test(value) || Number(value) > MAX_BODY_BYTES) {
                    this.stop(new InputError(`消息头中的 Content-Length“${printable(value)}”无效。`, true));
                    return false;
                }
                length = Number(value);
            }
        }
        if (length === undefined) {
            this.stop(new InputError('消息头中没有 Content-Length，无法知道消息在哪里结束。', true));
            return false;
        }
        this.bodyLength = length;
        this.replace(buffer.subarray(end + HEADER_END.length));
        return true;
    }

    /** Delivers the body if it has arrived whole; false while waiting for more. */
    private readBody(): boolean {
        if (this.size < this.bodyLength) return false;
        const buffer = this.joined();
        const body = buffer.subarray(0, this.bodyLength);
        this.replace(buffer.subarray(this.bodyLength));
        this.bodyLength = -1;
        let message: Message;
        try {
            message = JSON.parse(body.toString('utf8')) as Message;
        } catch (error) {
            this.fireError(new InputError(`消息不是有效的 JSON：${(error as Error).message}`, false));
            return true;
        }
        this.callback?.(message);
        return true;
    }

    private joined(): Buffer {
        if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
        return this.chunks[0] ?? Buffer.alloc(0);
    }

    private replace(rest: Buffer): void {
        this.chunks = rest.length > 0 ? [rest] : [];
        this.size = rest.length;
    }

    private end(): void {
        if (this.stopped) return;
        if (this.receiving) return this.stop(new InputError('输入在一条消息的中间结束了。', true));
        this.stopped = true;
        this.wakeIdleWaiters();
        this.fireClose();
    }

    private stop(error: InputError): void {
        this.stopped = true;
        this.chunks = [];
        this.size = 0;
        this.bodyLength = -1;
        this.wakeIdleWaiters();
        this.fireError(error);
    }

    private wakeIdleWaiters(): void {
        for (const wake of this.idleWaiters.splice(0)) wake();
    }
}

/** Control characters of a bad header shown as escapes: the text goes to a log, not to a terminal. */
function printable(text: string): string {
    const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    return shown.replace(/[\u0000-\u001f\u007f-\u009f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The transport of a server: how messages come in and go out. */
export interface Transport {
    readonly reader: MessageReader;
    readonly writer: MessageWriter;
    /** Frames read from a byte stream; absent over IPC, where Node delivers whole messages. */
    readonly frames?: FrameReader;
    /** Whether it is the process's own stdout, which nothing else may write to. */
    readonly stdio: boolean;
}

/** A transport named on the command line that cannot be used. */
export class TransportError extends Error {}

/**
 * The transport named in argv, in the forms vscode-languageserver reads: `--stdio`,
 * `--node-ipc`, `--socket=PORT` (or `--socket PORT`), `--pipe=NAME` (or `--pipe NAME`).
 */
export function openTransport(argv: readonly string[]): Transport {
    for (let i = 0; i < argv.length; i++) {
        const [name, inline] = splitOption(argv[i]);
        const value = () => inline ?? argv[i + 1];
        switch (name) {
            case '--stdio':
                return { ...streamTransport('标准输入', process.stdin, process.stdout), stdio: true };
            case '--node-ipc':
                if (!process.send) throw new TransportError('--node-ipc：本进程不是由父进程以 IPC 方式启动的。');
                return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
            case '--socket': {
                const port = value();
                if (!port || !/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
                    throw new TransportError(`端口“${port ?? ''}”无效：应为 1–65535 之间的整数。`);
                }
                const socket = net.createConnection(Number(port), '127.0.0.1');
                return streamTransport(`端口 ${port}`, socket, socket);
            }
            case '--pipe': {
                const pipe = value();
                if (!pipe) throw new TransportError('--pipe 需要管道名。');
                const socket = net.createConnection(pipe);
                return streamTransport(`管道 ${pipe}`, socket, socket);
            }
        }
    }
    throw new TransportError('请指定通信方式：--stdio、--node-ipc、--socket=端口 或 --pipe=管道名。');
}

function splitOption(arg: string): [string, string | undefined] {
    const equals = arg.indexOf('=');
    return equals < 0 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}

/** Frames read from `input` and written to `output` (the same stream for a socket); `source` names it in messages. */
export function streamTransport(source: string, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Transport {
    const frames = new FrameReader(input, source);
    return { reader: frames, writer: new StreamMessageWriter(output), frames, stdio: false };
}
