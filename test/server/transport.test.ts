// The frame reader and the protocol guard in process, over in-memory streams: frames however the
// bytes are cut, the state a build waits on, and a result that comes after its cancellation.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { DataCallback, Disposable, Message, MessageWriter } from 'vscode-languageserver/node.js';
import { AbstractMessageReader, Emitter } from 'vscode-languageserver/node.js';
import { ProtocolGuard } from '../../src/server/protocol-guard.js';
import { FrameReader, InputError } from '../../src/server/transport.js';
import { frame } from './server-process.js';

const MESSAGES = [
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { text: '部门 「乐山高新区党工委办公室」 年度 2020' } },
    { jsonrpc: '2.0', method: 'textDocument/didChange', params: { text: '合计 3569.58 854.57 — ✓ 𠀀' } },
];

function reader(): { input: PassThrough; frames: FrameReader; messages: Message[]; errors: Error[] } {
    const input = new PassThrough();
    const frames = new FrameReader(input, '测试输入');
    const messages: Message[] = [];
    const errors: Error[] = [];
    frames.onError(error => errors.push(error));
    frames.listen(message => messages.push(message));
    return { input, frames, messages, errors };
}

describe('FrameReader', () => {
    it('reads the same messages however the bytes are cut, inside a header or a character', () => {
        const bytes = Buffer.concat(MESSAGES.map(frame));
        for (let cut = 1; cut < bytes.length; cut++) {
            const { input, messages, errors } = reader();
            input.write(bytes.subarray(0, cut));
            input.write(bytes.subarray(cut));
            expect(messages, `切在第 ${cut} 字节`).toEqual(MESSAGES);
            expect(errors).toEqual([]);
        }
    });

    it('knows a frame is half received, and settles when it is whole', async () => {
        const { input, frames, messages } = reader();
        expect(frames.receiving).toBe(false);
        await frames.settled();
        const bytes = frame(MESSAGES[1]);
        input.write(bytes.subarray(0, 30));
        expect(frames.receiving).toBe(true);
        let settled = false;
        const waiting = frames.settled().then(() => { settled = true; });
        await new Promise(resolve => setImmediate(resolve));
        expect(settled).toBe(false);
        input.write(bytes.subarray(30));
        await waiting;
        expect(messages).toEqual([MESSAGES[1]]);
        expect(frames.receiving).toBe(false);
    });

    it('is receiving from the first byte of a header to the last byte of its body', async () => {
        const { input, frames, messages } = reader();
        const bytes = frame(MESSAGES[0]);
        const headerEnd = bytes.indexOf('\r\n\r\n') + 4;
        input.write(bytes.subarray(0, headerEnd));
        expect(frames.receiving).toBe(true);
        input.write(bytes.subarray(headerEnd, headerEnd + 5));
        expect(frames.receiving).toBe(true);
        input.write(bytes.subarray(headerEnd + 5));
        expect(frames.receiving).toBe(false);
        expect(messages).toEqual([MESSAGES[0]]);
    });

    it('a body that is not JSON is an error that is not fatal, and the next frame is read', () => {
        const { input, messages, errors } = reader();
        input.write(Buffer.concat([Buffer.from('Content-Length: 3\r\n\r\n{{{'), frame(MESSAGES[0])]));
        expect(errors).toHaveLength(1);
        // an empty body is read (and is no JSON) without waiting for more bytes
        input.write('Content-Length: 0\r\n\r\n');
        expect(errors).toHaveLength(2);
        expect((errors[0] as InputError).fatal).toBe(false);
        expect(messages).toEqual([MESSAGES[0]]);
    });

    it('a header without Content-Length is fatal, and nothing after it is read', () => {
        const { input, frames, messages, errors } = reader();
        input.write(Buffer.concat([Buffer.from('Content-Type: application/json\r\n\r\n{}'), frame(MESSAGES[0])]));
        expect(errors).toHaveLength(1);
        expect((errors[0] as InputError).fatal).toBe(true);
        expect(errors[0].message).toContain('Content-Length');
        expect(messages).toEqual([]);
        expect(frames.receiving).toBe(false);
    });
});

/** A reader whose messages the test hands in. */
class HandReader extends AbstractMessageReader {
    private callback?: DataCallback;
    listen(callback: DataCallback): Disposable {
        this.callback = callback;
        return { dispose: () => undefined };
    }
    give(message: object): void {
        this.callback!(message as Message);
    }
}

function guarded(): { inner: HandReader; written: Message[]; delivered: Message[]; guard: ProtocolGuard } {
    const inner = new HandReader();
    const written: Message[] = [];
    const writer: MessageWriter = {
        onError: new Emitter<[Error, Message | undefined, number | undefined]>().event,
        onClose: new Emitter<void>().event,
        write: async message => { written.push(message); },
        end: () => undefined,
        dispose: () => undefined,
    };
    const guard = new ProtocolGuard({ reader: inner, writer, stdio: false }, () => undefined);
    const delivered: Message[] = [];
    guard.reader.listen(message => delivered.push(message));
    return { inner, written, delivered, guard };
}

describe('ProtocolGuard', () => {
    it('a result that comes after the client cancelled its request is sent as RequestCancelled', async () => {
        const { inner, written, delivered, guard } = guarded();
        inner.give({ jsonrpc: '2.0', id: 1, method: 'initialize', params: {} });
        inner.give({ jsonrpc: '2.0', id: 2, method: 'textDocument/formatting', params: {} });
        inner.give({ jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: {} });
        inner.give({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 2 } });
        expect(delivered.map(m => (m as { method?: string }).method)).toEqual(['initialize', 'textDocument/formatting', 'textDocument/hover', '$/cancelRequest']);
        // the handlers answer, one of them after its cancellation
        await guard.writer.write({ jsonrpc: '2.0', id: 2, result: [{ newText: '  ' }] } as Message);
        await guard.writer.write({ jsonrpc: '2.0', id: 3, result: { contents: '行政运行' } } as Message);
        expect(written[0]).toMatchObject({ id: 2, error: { code: -32800 } });
        expect(written[0]).not.toHaveProperty('result');
        expect(written[1]).toMatchObject({ id: 3, result: { contents: '行政运行' } });
    });

    it('knows the newest version received of each document before it is handled', () => {
        const { inner, guard } = guarded();
        const uri = 'file:///tmp/%E6%8A%A5%E5%91%8A.juesuan';
        inner.give({ jsonrpc: '2.0', id: 1, method: 'initialize', params: {} });
        inner.give({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, version: 1, text: '' } } });
        inner.give({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 5 }, contentChanges: [{ text: 'x' }] } });
        // a change without changes leaves the version as it was
        inner.give({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 6 }, contentChanges: [] } });
        expect(guard.receivedVersion('file:///tmp/报告.juesuan')).toBe(5);
        inner.give({ jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri } } });
        expect(guard.receivedVersion(uri)).toBeUndefined();
    });
});
