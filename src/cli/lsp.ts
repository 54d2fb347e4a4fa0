// `juesuan lsp --stdio`: the language server itself, for editors other than VS Code
// (Neovim, Emacs, Helix, …), with the same diagnostics as the extension and `juesuan check`.
// A transport that cannot work is an error in Chinese with exit code 2, never a silent exit.
import { createRequire } from 'node:module';
import type * as net from 'node:net';

export interface LspOptions {
    stdio?: boolean;
    nodeIpc?: boolean;
    socket?: string;
    pipe?: string;
    clientProcessId?: string;
}

/** A mistake on the command line, reported by the caller as bad usage (exit 2). */
export class UsageError extends Error {}

type Transport = { kind: 'stdio' } | { kind: 'node-ipc' } | { kind: 'socket'; port: number } | { kind: 'pipe'; name: string };

/** The one transport the options name, checked; and the client's process id if given. */
export function parseTransport(options: LspOptions): { transport: Transport; clientProcessId?: number } {
    const transports: Transport[] = [];
    if (options.stdio) transports.push({ kind: 'stdio' });
    if (options.nodeIpc) transports.push({ kind: 'node-ipc' });
    if (options.socket !== undefined) {
        if (!/^\d+$/.test(options.socket) || Number(options.socket) < 1 || Number(options.socket) > 65535) {
            throw new UsageError(`端口“${options.socket}”无效：应为 1–65535 之间的整数。`);
        }
        transports.push({ kind: 'socket', port: Number(options.socket) });
    }
    if (options.pipe !== undefined) {
        if (options.pipe.trim() === '') throw new UsageError('管道名不能为空。');
        transports.push({ kind: 'pipe', name: options.pipe });
    }
    if (transports.length === 0) {
        throw new UsageError('请指定通信方式：--stdio、--node-ipc、--socket=端口 或 --pipe=管道名。');
    }
    if (transports.length > 1) {
        throw new UsageError('只能指定一种通信方式（--stdio、--node-ipc、--socket、--pipe 之一）。');
    }
    if (transports[0].kind === 'node-ipc' && typeof process.send !== 'function') {
        throw new UsageError('--node-ipc 只能在编辑器以 Node.js 进程间通信方式启动服务器时使用；在终端中请用 --stdio。');
    }
    let clientProcessId: number | undefined;
    if (options.clientProcessId !== undefined) {
        if (!/^\d+$/.test(options.clientProcessId)) {
            throw new UsageError(`客户端进程号“${options.clientProcessId}”无效：应为整数。`);
        }
        clientProcessId = Number(options.clientProcessId);
    }
    return { transport: transports[0], clientProcessId };
}

/** Connects to the editor's socket or pipe, or says in Chinese why it cannot. */
function connect(transport: Extract<Transport, { kind: 'socket' | 'pipe' }>): Promise<net.Socket> {
    // loaded here, by require (bin/juesuan.cjs runs the bundle in a vm.Script, which has no import()): with the
    // stream modules it brings, node:net was about 1% of a one-file check's start-up
    const { createConnection } = createRequire(import.meta.url)('node:net') as typeof import('node:net');
    return new Promise((resolve, reject) => {
        const socket = transport.kind === 'socket' ? createConnection(transport.port, '127.0.0.1') : createConnection(transport.name);
        const where = transport.kind === 'socket' ? `本机端口 ${transport.port}` : `管道 ${transport.name}`;
        socket.once('connect', () => {
            socket.removeAllListeners('error');
            resolve(socket);
        });
        socket.once('error', (err: NodeJS.ErrnoException) => {
            const why = err.code === 'ECONNREFUSED' ? '连接被拒绝（那里没有编辑器在等待连接）'
                : err.code === 'ENOENT' ? '管道不存在'
                    : err.code === 'EACCES' ? '没有权限' : err.message;
            reject(new UsageError(`无法连接到${where}：${why}。`));
        });
    });
}

/** Starts the server; it runs until the client sends `exit` (or closes the connection). */
export async function runLsp(options: LspOptions): Promise<void> {
    const { transport, clientProcessId } = parseTransport(options);
    // vscode-languageserver reads the transport and the client's process id from process.argv
    const args = clientProcessId === undefined ? [] : [`--clientProcessId=${clientProcessId}`];
    // loaded here: the language server's modules are a good part of a check's start-up
    const { startServer } = await import('../server/main.js');
    if (transport.kind === 'socket' || transport.kind === 'pipe') {
        const socket = await connect(transport);
        process.argv = [process.argv[0], process.argv[1], ...args];
        startServer(socket);
        return;
    }
    process.argv = [process.argv[0], process.argv[1], `--${transport.kind}`, ...args];
    startServer();
}
