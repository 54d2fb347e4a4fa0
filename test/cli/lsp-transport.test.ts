// `juesuan lsp` over a socket or a pipe: it connects to the editor and serves; a transport that
// cannot work is a Chinese error with exit code 2, never a silent exit 0.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_BIN, ensureBundles } from './bundle.js';
import { juesuan } from './run.js';

beforeAll(async () => {
    await ensureBundles();
}, 60_000);

function frame(message: object): string {
    const body = JSON.stringify(message);
    return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

/** Listens like an editor, starts the server with `transport`, and returns its answer to `initialize`. */
async function initializeOver(listen: (server: net.Server) => Promise<string>): Promise<{ answer: string; code: number | null }> {
    const server = net.createServer();
    const argument = await listen(server);
    const child = spawn(process.execPath, [CLI_BIN, 'lsp', argument], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
        const socket = await new Promise<net.Socket>((resolve, reject) => {
            server.once('connection', resolve);
            child.once('exit', code => reject(new Error(`服务器退出了（${code}）`)));
        });
        socket.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
        const answer = await new Promise<string>(resolve => {
            let received = '';
            socket.on('data', chunk => {
                received += chunk.toString('utf8');
                if (received.includes('"id":1')) resolve(received);
            });
        });
        socket.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }) + frame({ jsonrpc: '2.0', method: 'exit' }));
        const code = await new Promise<number | null>(resolve => child.once('exit', resolve));
        return { answer, code };
    } finally {
        child.kill();
        server.close();
    }
}

describe('juesuan lsp over a socket or a pipe', () => {
    it('--socket=PORT connects to the editor’s port and answers initialize', async () => {
        const { answer, code } = await initializeOver(server => new Promise(resolve => {
            server.listen(0, '127.0.0.1', () => resolve(`--socket=${(server.address() as net.AddressInfo).port}`));
        }));
        expect(answer).toContain('"capabilities"');
        expect(code).toBe(0);
    }, 30_000);

    it('--pipe=NAME connects to the editor’s pipe and answers initialize', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-pipe-'));
        const pipe = path.join(dir, 'lsp.sock');
        try {
            const { answer } = await initializeOver(server => new Promise(resolve => server.listen(pipe, () => resolve(`--pipe=${pipe}`))));
            expect(answer).toContain('"capabilities"');
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }, 30_000);
});

describe.concurrent('juesuan lsp with a transport that cannot work', () => {
    it.each([
        [['--socket=1'], '无法连接到本机端口 1'],
        [['--pipe=/nonexistent'], '无法连接到管道 /nonexistent：管道不存在'],
        [['--socket=0'], '端口“0”无效'],
        [['--pipe='], '管道名不能为空'],
        [['--node-ipc'], '--node-ipc 只能在编辑器以 Node.js 进程间通信方式启动服务器时使用'],
        [['--stdio', '--clientProcessId=abc'], '客户端进程号“abc”无效'],
    ])('juesuan lsp %j: exit 2 and a Chinese message', async (args, message) => {
        const run = await juesuan(['lsp', ...args], { cwd: os.tmpdir(), timeoutMs: 20_000 });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(message);
        expect(run.stdout).toBe('');
    });
});
