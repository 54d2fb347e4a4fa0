import { describe, expect, it } from 'vitest';
import {
    cliSeverity, countSeverities, formatJson, formatSummary, formatText, formatTextLine, ruleId,
    sortDiagnostics, toCliDiagnostic, type CliDiagnostic, type DiagnosticLike,
} from '../../src/cli/diagnostics-format.js';

function lsp(line: number, character: number, extra: Partial<DiagnosticLike> = {}): DiagnosticLike {
    return {
        range: { start: { line, character }, end: { line, character: character + 1 } },
        severity: 1,
        message: '此处应为“}”，实际是文件结尾。',
        ...extra,
    };
}

function cli(file: string, line: number, column: number, extra: Partial<CliDiagnostic> = {}): CliDiagnostic {
    return { file, line, column, endLine: line, endColumn: column + 1, severity: 'error', code: 'syntax', message: '说明', ...extra };
}

describe('ruleId', () => {
    it('prefers diagnostic.code', () => {
        expect(ruleId(lsp(0, 0, { code: 'total-mismatch', data: { code: 'other' } }))).toBe('total-mismatch');
        expect(ruleId(lsp(0, 0, { code: 42 }))).toBe('42');
    });

    it('falls back to data.code', () => {
        expect(ruleId(lsp(0, 0, { data: { code: 'unknown-row' } }))).toBe('unknown-row');
    });

    it("maps Langium's lexing and parsing codes to syntax", () => {
        for (const code of ['lexing-error', 'lexing-warning', 'lexing-info', 'lexing-hint', 'parsing-error']) {
            expect(ruleId(lsp(0, 0, { data: { code } }))).toBe('syntax');
            expect(ruleId(lsp(0, 0, { code }))).toBe('syntax');
        }
        expect(ruleId(lsp(0, 0, { data: { code: 'linking-error' } }))).toBe('linking-error');
    });

    it('is null without any code', () => {
        expect(ruleId(lsp(0, 0))).toBeNull();
        expect(ruleId(lsp(0, 0, { data: 'text' }))).toBeNull();
        expect(ruleId(lsp(0, 0, { data: null }))).toBeNull();
        expect(ruleId(lsp(0, 0, { code: '' }))).toBeNull();
    });
});

describe('cliSeverity', () => {
    it('maps LSP severities; Information and Hint are both info', () => {
        expect(cliSeverity(1)).toBe('error');
        expect(cliSeverity(2)).toBe('warning');
        expect(cliSeverity(3)).toBe('info');
        expect(cliSeverity(4)).toBe('info');
        expect(cliSeverity(undefined)).toBe('error');
    });
});

describe('toCliDiagnostic', () => {
    it('makes 0-based LSP positions 1-based and keeps the file as given', () => {
        const d = toCliDiagnostic('./报告/2020.juesuan', {
            range: { start: { line: 4, character: 24 }, end: { line: 5, character: 0 } },
            severity: 2,
            message: '合计不等于各项之和',
            data: { code: 'parsing-error' },
        });
        expect(d).toEqual({
            file: './报告/2020.juesuan',
            line: 5,
            column: 25,
            endLine: 6,
            endColumn: 1,
            severity: 'warning',
            code: 'syntax',
            message: '合计不等于各项之和',
        });
    });
});

describe('sortDiagnostics', () => {
    it('sorts by the command-line order of files, then by position', () => {
        const sorted = sortDiagnostics([
            cli('a.juesuan', 3, 1),
            cli('b.juesuan', 1, 5),
            cli('a.juesuan', 1, 9),
            cli('b.juesuan', 1, 2),
            cli('a.juesuan', 1, 2),
        ], ['b.juesuan', 'a.juesuan']);
        expect(sorted.map(d => `${d.file}:${d.line}:${d.column}`)).toEqual([
            'b.juesuan:1:2', 'b.juesuan:1:5', 'a.juesuan:1:2', 'a.juesuan:1:9', 'a.juesuan:3:1',
        ]);
    });

    it('puts files missing from the order last, by name, and does not change its input', () => {
        const input = [cli('z', 1, 1), cli('y', 1, 1), cli('x', 1, 1)];
        expect(sortDiagnostics(input, ['x']).map(d => d.file)).toEqual(['x', 'y', 'z']);
        expect(input.map(d => d.file)).toEqual(['z', 'y', 'x']);
    });
});

describe('formatTextLine', () => {
    it('prints FILE:LINE:COL: severity [rule] message', () => {
        expect(formatTextLine(cli('a.juesuan', 5, 25, { message: '此处应为“}”。' })))
            .toBe('a.juesuan:5:25: 错误 [syntax] 此处应为“}”。');
        expect(formatTextLine(cli('a.juesuan', 1, 1, { severity: 'warning', code: 'total' })))
            .toBe('a.juesuan:1:1: 警告 [total] 说明');
        expect(formatTextLine(cli('a.juesuan', 1, 1, { severity: 'info', code: 'x' })))
            .toBe('a.juesuan:1:1: 提示 [x] 说明');
    });

    it('leaves out the brackets without a rule id', () => {
        expect(formatTextLine(cli('a', 2, 3, { code: null }))).toBe('a:2:3: 错误 说明');
    });

    it('keeps each diagnostic on one line', () => {
        expect(formatTextLine(cli('a', 1, 1, { message: '第一行\n  第二行\r\n第三行' }))).toBe('a:1:1: 错误 [syntax] 第一行 第二行 第三行');
    });
});

describe('formatText and formatJson', () => {
    it('prints nothing for no diagnostics, and an empty JSON array', () => {
        expect(formatText([])).toBe('');
        expect(JSON.parse(formatJson([]))).toEqual([]);
    });

    it('prints one line per diagnostic', () => {
        expect(formatText([cli('a', 1, 1), cli('a', 2, 1)])).toBe('a:1:1: 错误 [syntax] 说明\na:2:1: 错误 [syntax] 说明\n');
    });

    it('prints exactly the documented keys, in order', () => {
        const extra = { ...cli('a', 1, 2, { code: null }), internal: true } as CliDiagnostic;
        const parsed = JSON.parse(formatJson([extra])) as Array<Record<string, unknown>>;
        expect(parsed).toHaveLength(1);
        expect(Object.keys(parsed[0])).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
        expect(parsed[0]).toEqual({ file: 'a', line: 1, column: 2, endLine: 1, endColumn: 3, severity: 'error', code: null, message: '说明' });
    });
});

describe('summary', () => {
    it('counts each severity', () => {
        const counts = countSeverities([
            cli('a', 1, 1), cli('a', 2, 1), cli('a', 3, 1, { severity: 'warning' }), cli('a', 4, 1, { severity: 'info' }),
        ]);
        expect(counts).toEqual({ errors: 2, warnings: 1, infos: 1 });
        expect(formatSummary(3, counts)).toBe('检查了 3 个文件：2 个错误，1 个警告，1 个提示');
    });
});
