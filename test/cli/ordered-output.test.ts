// Standard output and error sharing one pipe: each text arrives whole, in the order written.
// The two streams here behave as Node's do on a full pipe: a write is sent in two pieces, the
// second one a moment later, while the other stream may write into the pipe in between.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { orderedOutput } from '../../src/cli/ordered-output.js';

/** Two streams writing into one pipe, each text in two pieces. */
function sharedPipe(): { out: Writable; err: Writable; received: () => string } {
    let pipe = '';
    const stream = () => new Writable({
        decodeStrings: false,
        write(chunk: string, _encoding, done) {
            const half = Math.ceil(chunk.length / 2);
            pipe += chunk.slice(0, half);
            setTimeout(() => {
                pipe += chunk.slice(half);
                done();
            }, 5);
        },
    });
    return { out: stream(), err: stream(), received: () => pipe };
}

describe('orderedOutput', () => {
    it('writes the summary after the last finding line, not within it', async () => {
        const { out, err, received } = sharedPipe();
        const output = orderedOutput(out, err);
        output.stdout('a.juesuan:1:1: 警告 [unfilled] 请补写这些数字或文字。\n');
        output.stdout('a.juesuan:2:1: 提示 [completeness] 附表9没有填写数据。\n');
        output.stderr('检查了 1 个文件：0 个错误，1 个警告，1 个提示\n');
        await output.flushed();
        expect(received()).toBe([
            'a.juesuan:1:1: 警告 [unfilled] 请补写这些数字或文字。',
            'a.juesuan:2:1: 提示 [completeness] 附表9没有填写数据。',
            '检查了 1 个文件：0 个错误，1 个警告，1 个提示',
            '',
        ].join('\n'));
    });

    it('keeps the order of writes that go back and forth between the streams', async () => {
        const { out, err, received } = sharedPipe();
        const output = orderedOutput(out, err);
        const lines = ['out 1', 'err 1', 'err 2', 'out 2', 'err 3', 'out 3', 'out 4'];
        for (const line of lines) (line.startsWith('out') ? output.stdout : output.stderr)(`${line}\n`);
        await output.flushed();
        expect(received()).toBe(lines.map(line => `${line}\n`).join(''));
    });

    it('still writes the other stream when one has failed (a reader that went away)', async () => {
        const { out, err, received } = sharedPipe();
        out.on('error', () => {});
        out.destroy(new Error('EPIPE'));
        const output = orderedOutput(out, err);
        output.stdout('lost\n');
        output.stderr('summary\n');
        await output.flushed();
        expect(received()).toBe('summary\n');
    });
});
