import { describe, expect, it } from 'vitest';
import { displayWidth, translateError } from '../../src/cli/zh-command.js';
import { parseTransport, UsageError } from '../../src/cli/lsp.js';

describe('translateError', () => {
    it("translates commander's messages, suggestion included", () => {
        expect(translateError("error: unknown command 'chek'\n(Did you mean check?)", 'commander.unknownCommand'))
            .toBe('错误：未知命令“chek”。\n（是不是要输入 check？）');
        expect(translateError("error: unknown option '--x'", 'commander.unknownOption')).toBe('错误：未知选项“--x”。');
        expect(translateError("error: missing required argument '文件'", 'commander.missingArgument')).toBe('错误：缺少参数“文件”。');
        expect(translateError("error: option '--format <格式>' argument missing", 'commander.optionMissingArgument'))
            .toBe('错误：选项 --format <格式> 缺少值。');
        expect(translateError("error: option '--format <格式>' argument 'xml' is invalid. 可选值为 text、json。", 'commander.invalidArgument'))
            .toBe('错误：选项 --format <格式> 的值“xml”无效。可选值为 text、json。');
        expect(translateError("error: option '--format <格式>' argument 'xml' is invalid. Allowed choices are text, gcc.", 'commander.invalidArgument'))
            .toBe('错误：选项 --format <格式> 的值“xml”无效。可选值为 text, gcc。');
        expect(translateError("error: too many arguments for 'lsp'. Expected 0 arguments but got 1.", 'commander.excessArguments'))
            .toBe('错误：参数太多：应为 0 个，实际 1 个。');
    });

    it('leaves Chinese messages alone and at least translates the prefix of others', () => {
        expect(translateError('错误：请指定通信方式。', 'juesuan.usage')).toBe('错误：请指定通信方式。');
        expect(translateError('error: something new', 'commander.error')).toBe('错误：something new');
    });
});

describe('displayWidth', () => {
    it('counts 汉字 and full-width punctuation as two columns', () => {
        expect(displayWidth('check')).toBe(5);
        expect(displayWidth('文件')).toBe(4);
        expect(displayWidth('--format <格式>')).toBe(15);
        expect(displayWidth('（）：')).toBe(6);
    });
});

describe('parseTransport', () => {
    it('reads one transport and the client’s process id', () => {
        expect(parseTransport({ stdio: true })).toEqual({ transport: { kind: 'stdio' } });
        expect(parseTransport({ socket: '5007' })).toEqual({ transport: { kind: 'socket', port: 5007 } });
        expect(parseTransport({ pipe: '/tmp/p' })).toEqual({ transport: { kind: 'pipe', name: '/tmp/p' } });
        expect(parseTransport({ stdio: true, clientProcessId: '42' })).toEqual({ transport: { kind: 'stdio' }, clientProcessId: 42 });
    });

    it('wants exactly one valid transport', () => {
        expect(() => parseTransport({})).toThrow(UsageError);
        expect(() => parseTransport({ stdio: true, socket: '1' })).toThrow(/只能指定一种/);
        expect(() => parseTransport({ socket: 'x' })).toThrow(/端口/);
        expect(() => parseTransport({ socket: '70000' })).toThrow(/端口/);
        expect(() => parseTransport({ socket: '0' })).toThrow(/端口/);
        expect(() => parseTransport({ pipe: ' ' })).toThrow(/管道名/);
        expect(() => parseTransport({ stdio: true, clientProcessId: 'me' })).toThrow(/进程号/);
    });

    it('refuses --node-ipc without an IPC channel (started from a terminal)', () => {
        expect(typeof process.send === 'function' || (() => parseTransport({ nodeIpc: true }))).toBeTruthy();
        if (typeof process.send !== 'function') expect(() => parseTransport({ nodeIpc: true })).toThrow(/--stdio/);
    });
});
