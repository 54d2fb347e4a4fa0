// What the protocol asks of a server beyond its handlers, kept on the messages as they come in
// and go out, so that no handler has to think of it:
// - a request before `initialize` gets ServerNotInitialized, and notifications before it are
//   dropped (but `exit`); a request after `shutdown` gets InvalidRequest;
// - a message that is not JSON, or not a JSON-RPC message, gets ParseError or InvalidRequest
//   (vscode-jsonrpc only logged them: the client waited for ever);
// - a request the client cancels is answered RequestCancelled: at once while it still waits in
//   the queue, and instead of its result when it was already running;
// - the newest version of each document received is known before the change is handled, so that
//   a build of an older text can give way to it.
import type {
    CancellationId, ConnectionStrategy, DataCallback, Disposable, Message, MessageReader, MessageWriter,
    NotificationMessage, RequestMessage, ResponseMessage,
} from 'vscode-languageserver/node.js';
import { AbstractMessageReader, ErrorCodes, LSPErrorCodes } from 'vscode-languageserver/node.js';
import { UriUtils } from 'langium';
import type { Transport } from './transport.js';
import { InputError } from './transport.js';

type Id = number | string;

const isId = (value: unknown): value is Id => typeof value === 'number' || typeof value === 'string';

export class ProtocolGuard {
    readonly reader: MessageReader;
    readonly writer: MessageWriter;
    /** For vscode-jsonrpc: a request cancelled while still queued is answered without running. */
    readonly strategy: ConnectionStrategy = {
        cancelUndispatched: (message: Message) => response((message as RequestMessage).id, LSPErrorCodes.RequestCancelled, '请求已取消。'),
    };

    private state: 'new' | 'running' | 'shutDown' = 'new';
    /** Requests received and not yet answered; those the client cancelled. */
    private readonly pending = new Set<Id>();
    private readonly cancelled = new Set<Id>();
    /** The newest version received of each open document (normalised URI). */
    private readonly versions = new Map<string, number>();

    /** `fatal` is told when the input cannot be read any further, after the client has been told. */
    constructor(private readonly transport: Transport, private readonly fatal: (error: InputError) => void) {
        this.reader = new GuardedReader(transport.reader, this);
        this.writer = new GuardedWriter(transport.writer, this);
    }

    /** Whether `shutdown` has been received: the end of the stream is then the normal end. */
    get shutDown(): boolean {
        return this.state === 'shutDown';
    }

    /** The newest version of a document received, handled or not. */
    receivedVersion(uri: string): number | undefined {
        return this.versions.get(UriUtils.normalize(uri));
    }

    /** Decides what becomes of a message read: passed on, answered here, or dropped. */
    accept(message: unknown, deliver: DataCallback): void {
        const candidate = message as Partial<RequestMessage & NotificationMessage & ResponseMessage> | null;
        const method = typeof candidate === 'object' && candidate !== null ? candidate.method : undefined;
        const id = candidate?.id;
        if (typeof method === 'string' && isId(id)) return this.request(candidate as RequestMessage, deliver);
        if (typeof method === 'string' && id === undefined) return this.notification(candidate as NotificationMessage, deliver);
        if (method === undefined && (isId(id) || id === null) && ('result' in candidate! || 'error' in candidate!)) {
            return deliver(candidate as ResponseMessage);
        }
        this.reply(isId(id) ? id : null, ErrorCodes.InvalidRequest, '收到的消息不是 JSON-RPC 请求、通知或回应。');
    }

    private request(message: RequestMessage, deliver: DataCallback): void {
        if (this.state === 'new' && message.method !== 'initialize') {
            return this.reply(message.id as Id, ErrorCodes.ServerNotInitialized, `服务器尚未初始化：请先发送 initialize 请求（收到的是 ${message.method}）。`);
        }
        if (this.state === 'running' && message.method === 'initialize') {
            return this.reply(message.id as Id, ErrorCodes.InvalidRequest, 'initialize 只能发送一次。');
        }
        if (this.state === 'shutDown') {
            return this.reply(message.id as Id, ErrorCodes.InvalidRequest, `服务器已收到 shutdown，只接受 exit 通知（收到的是 ${message.method}）。`);
        }
        if (message.method === 'initialize') this.state = 'running';
        if (message.method === 'shutdown') this.state = 'shutDown';
        this.pending.add(message.id as Id);
        deliver(message);
    }

    private notification(message: NotificationMessage, deliver: DataCallback): void {
        if (this.state === 'new' && message.method !== 'exit') return;
        const params = message.params as { id?: CancellationId; textDocument?: { uri?: unknown; version?: unknown }; contentChanges?: unknown[] } | undefined;
        if (message.method === '$/cancelRequest' && isId(params?.id) && this.pending.has(params.id)) {
            this.cancelled.add(params.id);
        }
        const document = params?.textDocument;
        if (typeof document?.uri === 'string') {
            const uri = UriUtils.normalize(document.uri);
            if (message.method === 'textDocument/didClose') this.versions.delete(uri);
            // a change without changes leaves the document's version as it was (Langium's TextDocuments)
            else if (typeof document.version === 'number' && (message.method === 'textDocument/didOpen' || params?.contentChanges?.length)) {
                this.versions.set(uri, document.version);
            }
        }
        deliver(message);
    }

    /** A response about to be sent: one for a cancelled request says so instead of its result. */
    outgoing(message: Message): Message {
        const answered = (message as ResponseMessage).id;
        const isResponse = !('method' in message) && ('result' in message || 'error' in message);
        if (!isResponse || !isId(answered) || !this.pending.delete(answered)) return message;
        if (this.cancelled.delete(answered) && 'result' in message) {
            return response(answered, LSPErrorCodes.RequestCancelled, '请求已取消。');
        }
        return message;
    }

    /** A problem reading the input: the client is told, and a stream that cannot be read on ends the server. */
    readFailed(error: Error): boolean {
        if (!(error instanceof InputError)) return false;
        const sent = this.transport.writer.write(response(null, ErrorCodes.ParseError, error.message)).catch(() => undefined);
        if (error.fatal) void sent.then(() => this.fatal(error));
        return true;
    }

    private reply(id: Id | null, code: number, text: string): void {
        void this.transport.writer.write(response(id, code, text)).catch(() => undefined);
    }
}

function response(id: Id | null, code: number, message: string): ResponseMessage {
    return { jsonrpc: '2.0', id, error: { code, message } };
}

class GuardedReader extends AbstractMessageReader implements MessageReader {
    constructor(private readonly inner: MessageReader, private readonly guard: ProtocolGuard) {
        super();
        inner.onError(error => {
            if (!guard.readFailed(error)) this.fireError(error);
        });
        inner.onClose(() => this.fireClose());
        inner.onPartialMessage(info => this.firePartialMessage(info));
    }

    listen(callback: DataCallback): Disposable {
        return this.inner.listen(message => this.guard.accept(message, callback));
    }

    override dispose(): void {
        super.dispose();
        this.inner.dispose();
    }
}

class GuardedWriter implements MessageWriter {
    constructor(private readonly inner: MessageWriter, private readonly guard: ProtocolGuard) {}

    get onError(): MessageWriter['onError'] {
        return this.inner.onError;
    }

    get onClose(): MessageWriter['onClose'] {
        return this.inner.onClose;
    }

    write(message: Message): Promise<void> {
        return this.inner.write(this.guard.outgoing(message));
    }

    end(): void {
        this.inner.end();
    }

    dispose(): void {
        this.inner.dispose();
    }
}
