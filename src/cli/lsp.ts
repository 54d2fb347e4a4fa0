// `juesuan lsp --stdio`: the language server itself, for editors other than VS Code
// (Neovim, Emacs, Helix, …), with the same diagnostics as the extension and `juesuan check`.
import { startServer } from '../server/main.js';

export interface LspOptions {
    stdio?: boolean;
    nodeIpc?: boolean;
    socket?: string;
    pipe?: string;
    clientProcessId?: string;
}

/** A mistake on the command line, reported by the caller as bad usage (exit 2). */
export class UsageError extends Error {}

/**
 * The arguments vscode-languageserver looks for in process.argv: exactly one transport,
 * and the client's process id if given (the server then exits when the client dies).
 */
export function transportArgs(options: LspOptions): string[] {
    const transports: string[][] = [];
    if (options.stdio) transports.push(['--stdio']);
    if (options.nodeIpc) transports.push(['--node-ipc']);
    if (options.socket !== undefined) {
        if (!/^\d+$/.test(options.socket) || Number(options.socket) < 1 || Number(options.socket) > 65535) {
            throw new UsageError(`端口“${options.socket}”无效：应为 1–65535 之间的整数。`);
        }
        transports.push([`--socket=${options.socket}`]);
    }
    if (options.pipe !== undefined) transports.push([`--pipe=${options.pipe}`]);
    if (transports.length === 0) {
        throw new UsageError('请指定通信方式：--stdio、--node-ipc、--socket=端口 或 --pipe=管道名。');
    }
    if (transports.length > 1) {
        throw new UsageError('只能指定一种通信方式（--stdio、--node-ipc、--socket、--pipe 之一）。');
    }
    const args = transports[0];
    if (options.clientProcessId !== undefined) {
        if (!/^\d+$/.test(options.clientProcessId)) {
            throw new UsageError(`客户端进程号“${options.clientProcessId}”无效：应为整数。`);
        }
        args.push(`--clientProcessId=${options.clientProcessId}`);
    }
    return args;
}

/** Starts the server; it runs until the client sends `exit` (or closes the connection). */
export function runLsp(options: LspOptions): void {
    const args = transportArgs(options);
    // vscode-languageserver's createConnection() takes its transport from process.argv
    process.argv = [process.argv[0], process.argv[1], ...args];
    startServer();
}
