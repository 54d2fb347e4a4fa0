// What the bundled server does with input a client should not send: the protocol's error for each,
// and where nothing after it can be read, an exit with a non-zero code (never alive and mute).
import * as net from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles } from '../cli/bundle.js';
import { documentUri, frame, ServerProcess } from './server-process.js';

const PARSE_ERROR = -32700;
const INVALID_REQUEST = -32600;
const SERVER_NOT_INITIALIZED = -32002;
const CJK = /[\u4e00-\u9fff]/;

beforeAll(async () => {
    await ensureBundles();
}, 60_000);

let server: ServerProcess | undefined;

afterEach(() => {
    server?.kill();
    server = undefined;
});

function start(nodeArgs: string[] = [], serverArgs?: string[]): ServerProcess {
    return server = new ServerProcess(nodeArgs, serverArgs);
}

const HOVER = { textDocument: { uri: documentUri('a.juesuan') }, position: { line: 0, character: 0 } };

describe('before initialize and after shutdown', () => {
    it('a request before initialize gets ServerNotInitialized; initialize then works', async () => {
        const s = start();
        const early = await s.request('textDocument/hover', HOVER);
        expect(early.error?.code).toBe(SERVER_NOT_INITIALIZED);
        expect(early.error?.message).toMatch(CJK);
        const init = await s.initialize();
        expect(init.result).toBeDefined();
    }, 60_000);

    it('a notification before initialize is dropped: the document it opens is not there afterwards', async () => {
        const s = start();
        const uri = documentUri('early.juesuan');
        s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'juesuan', version: 1, text: '年度 2020\n' } });
        await s.initialize();
        const hover = await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
        expect(hover.error, JSON.stringify(hover)).toBeDefined();
        expect(s.received.some(m => m.method === 'textDocument/publishDiagnostics')).toBe(false);
    }, 60_000);

    it('a second initialize and a request after shutdown get InvalidRequest; exit then ends with 0', async () => {
        const s = start();
        await s.initialize();
        expect((await s.request('initialize', { processId: null, rootUri: null, capabilities: {} })).error?.code).toBe(INVALID_REQUEST);
        expect((await s.request('shutdown', null)).error).toBeUndefined();
        const late = await s.request('textDocument/hover', HOVER);
        expect(late.error?.code).toBe(INVALID_REQUEST);
        s.notify('exit', null);
        expect(await s.exitCode()).toBe(0);
    }, 60_000);
});

describe('input that is not JSON-RPC', () => {
    it('a body that is not JSON gets ParseError, and the next frame is read as usual', async () => {
        const s = start();
        const body = Buffer.from('{"jsonrpc": "2.0", "id": 1, "method": "initialize", ', 'utf8');
        const error = s.next(m => m.id === null && m.error !== undefined, 'ParseError');
        s.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
        expect((await error).error?.code).toBe(PARSE_ERROR);
        expect((await s.initialize()).result).toBeDefined();
    }, 60_000);

    it('JSON that is no message (an array, an object without method or result) gets InvalidRequest', async () => {
        const s = start();
        await s.initialize();
        const array = s.next(m => m.error?.code === INVALID_REQUEST, 'InvalidRequest');
        s.write(frame([1, 2, 3]));
        expect((await array).id).toBeNull();
        const object = s.next(m => m.error?.code === INVALID_REQUEST, 'InvalidRequest');
        s.write(frame({ jsonrpc: '2.0', id: 7 }));
        expect((await object).id).toBe(7);
        // still answering
        expect((await s.request('shutdown', null)).error).toBeUndefined();
    }, 60_000);
});

describe('a stream that cannot be read on: the protocol error, then exit with a non-zero code', () => {
    const cases: [string, Buffer][] = [
        ['a frame without Content-Length', Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}')],
        ['a Content-Length that is not a number', Buffer.from('Content-Length: many\r\n\r\n{}')],
        ['an HTTP request sent to the server', Buffer.from('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n')],
        ['garbage with no header end at all', Buffer.alloc(20_000, 'x')],
    ];
    it.each(cases)('%s', async (_, bytes) => {
        const s = start();
        const error = s.next(m => m.id === null && m.error !== undefined, 'ParseError');
        s.write(bytes);
        const message = await error;
        expect(message.error!.code).toBe(PARSE_ERROR);
        expect(message.error!.message).toMatch(CJK);
        const code = await s.exitCode();
        expect(code).not.toBe(0);
        expect(code).not.toBeNull();
        expect(s.stderr).toContain('语言服务器');
    }, 60_000);

    it('the stream ending inside a frame', async () => {
        const s = start();
        await s.initialize();
        s.write('Content-Length: 100\r\n\r\n{"jsonrpc"');
        s.child.stdin.end();
        expect(await s.exitCode()).toBe(1);
    }, 60_000);
});

describe('transports that cannot be used: a Chinese message and a non-zero exit', () => {
    it('--socket to a port nobody listens on', async () => {
        // a port that was free a moment ago
        const port = await new Promise<number>(resolve => {
            const probe = net.createServer().listen(0, '127.0.0.1', () => {
                const { port } = probe.address() as net.AddressInfo;
                probe.close(() => resolve(port));
            });
        });
        const s = start([], [`--socket=${port}`]);
        expect(await s.exitCode()).toBe(1);
        expect(s.stderr).toContain(`端口 ${port}`);
    }, 60_000);

    it('--pipe to a path that does not exist', async () => {
        const s = start([], ['--pipe=/nonexistent/juesuan.sock']);
        expect(await s.exitCode()).toBe(1);
        expect(s.stderr).toContain('/nonexistent/juesuan.sock');
    }, 60_000);

    it('no transport, or a port that is no port', async () => {
        expect(await start([], []).exitCode()).toBe(2);
        expect(server!.stderr).toContain('--stdio');
        expect(await start([], ['--socket=http']).exitCode()).toBe(2);
        expect(server!.stderr).toContain('端口');
    }, 60_000);
});
