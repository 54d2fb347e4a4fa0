import { format } from 'node:util';
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import type { Connection } from 'vscode-languageserver/node.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createJuesuanServices } from '../language/juesuan-module.js';
import { LatestEditDocumentBuilder } from './langium-tuning.js';
import { ProtocolGuard } from './protocol-guard.js';
import type { Transport } from './transport.js';
import { openTransport, streamTransport, TransportError } from './transport.js';

/**
 * Starts the language server on a stream already connected (`juesuan lsp --socket/--pipe`
 * connects first, so that it can report a failure), or on the transport named in argv
 * (--stdio, --node-ipc, --socket, --pipe). A transport that cannot be opened or read ends the
 * process with a message on stderr and a non-zero code, never silently.
 */
export function startServer(stream?: NodeJS.ReadWriteStream): void {
    let transport: Transport;
    try {
        transport = stream ? streamTransport('连接', stream, stream) : openTransport(process.argv.slice(2));
    } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        return exit(2, error.message);
    }
    const guard = new ProtocolGuard(transport, error => exit(1, `${error.message}无法继续读取，语言服务器退出。`));
    const connection = createConnection(ProposedFeatures.all, guard.reader, guard.writer, { connectionStrategy: guard.strategy });
    // over stdio, stdout carries the protocol: anything logged goes to stderr
    if (transport.stdio) logToStderr();
    // vscode-languageserver ends the process with the stream only when it reads the stream itself
    guard.reader.onClose(() => process.exit(guard.shutDown ? 0 : 1));
    const { shared } = createJuesuanServices({ connection, ...NodeFileSystem });
    yieldToNewerEdits(shared, guard, transport);
    traceParses(shared, connection);
    startLanguageServer(shared);
}

/** Lets the builder skip the text of an edit when a newer edit of the document has come in. */
function yieldToNewerEdits(shared: LangiumSharedServices, guard: ProtocolGuard, transport: Transport): void {
    const builder = shared.workspace.DocumentBuilder;
    if (!(builder instanceof LatestEditDocumentBuilder)) return;
    const documents = shared.workspace.TextDocuments;
    builder.incoming = {
        settled: () => transport.frames?.settled() ?? Promise.resolve(),
        isStale: uri => {
            const received = guard.receivedVersion(uri);
            const handled = documents.get(uri)?.version;
            return received !== undefined && handled !== undefined && received > handled;
        },
    };
}

/** With tracing on (`trace` in `initialize`, or `$/setTrace`), the client is told of each parse. */
function traceParses(shared: LangiumSharedServices, connection: Connection): void {
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Parsed, document => {
        connection.tracer.log(`已解析 ${document.uri.toString()}（第 ${document.textDocument.version} 版）`);
    });
}

function logToStderr(): void {
    const write = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);
    console.log = console.info = console.debug = console.warn = console.error = write;
}

function exit(code: number, message: string): void {
    process.stderr.write(`juesuan 语言服务器：${message}\n`);
    process.exit(code);
}
