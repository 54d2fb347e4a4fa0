import { describe, expect, it } from 'vitest';
import {
    cliSeverity, countSeverities, createFormatter, escapeControls, formatGccLine, formatGithubLine, formatSummary, formatTextLine, ruleId,
    sortDiagnostics, toCliDiagnostic, type CliDiagnostic, type DiagnosticLike, type OutputFormat,
} from '../../src/cli/diagnostics-format.js';

/** The whole output of a format for files' findings, as `juesuan check` writes it. */
function print(format: OutputFormat, ...files: CliDiagnostic[][]): string {
    const formatter = createFormatter(format, { cwd: '/work', version: '0.0.0' });
    return formatter.begin() + files.map(diagnostics => formatter.file({ file: diagnostics[0]?.file ?? 'a', absolute: `/work/${diagnostics[0]?.file ?? 'a'}`, diagnostics })).join('') + formatter.end([]);
}

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
    it('sorts one file’s findings by position, and does not change its input', () => {
        const input = [cli('a', 3, 1), cli('a', 1, 9), cli('a', 1, 2)];
        expect(sortDiagnostics(input).map(d => `${d.line}:${d.column}`)).toEqual(['1:2', '1:9', '3:1']);
        expect(input.map(d => `${d.line}:${d.column}`)).toEqual(['3:1', '1:9', '1:2']);
    });
});

describe('toCliDiagnostic with a fix', () => {
    it('carries the fix, its range (the diagnostic’s by default) and whether --fix may apply it', () => {
        const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 10 } };
        const safe = toCliDiagnostic('a', { range, severity: 1, code: 'unit', message: 'm', data: { code: 'unit', fix: { title: '改为 82.45', newText: '82.45' } } });
        expect(safe.fix).toEqual({ title: '改为 82.45', safe: true, start: { line: 3, column: 5 }, end: { line: 3, column: 11 }, newText: '82.45' });
        const own = { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } };
        const suggestion = toCliDiagnostic('a', { range, severity: 1, code: 'share', message: 'm', data: { code: 'share', fix: { title: 't', newText: '1%', range: own } } });
        expect(suggestion.fix).toMatchObject({ safe: false, start: { line: 1, column: 2 }, end: { line: 1, column: 3 } });
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

describe('text and JSON output', () => {
    it('prints nothing for no diagnostics, and an empty JSON array', () => {
        expect(print('text', [])).toBe('');
        expect(JSON.parse(print('json', []))).toEqual([]);
        expect(JSON.parse(print('json'))).toEqual([]);
    });

    it('prints one line per diagnostic', () => {
        expect(print('text', [cli('a', 1, 1), cli('a', 2, 1)])).toBe('a:1:1: 错误 [syntax] 说明\na:2:1: 错误 [syntax] 说明\n');
    });

    it('prints one JSON array over several files, with the documented keys in order and each finding’s fixes', () => {
        const fix = { title: '改为 1', safe: true, start: { line: 1, column: 2 }, end: { line: 1, column: 3 }, newText: '1' };
        const parsed = JSON.parse(print('json', [cli('a', 1, 2, { code: null })], [cli('b', 1, 2, { fix })])) as Array<Record<string, unknown>>;
        expect(parsed).toHaveLength(2);
        expect(Object.keys(parsed[0])).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'fixes']);
        expect(parsed[0]).toEqual({ file: 'a', line: 1, column: 2, endLine: 1, endColumn: 3, severity: 'error', code: null, message: '说明', fixes: [] });
        expect(parsed[1].fixes).toEqual([{ title: '改为 1', safe: true, edits: [{ start: { line: 1, column: 2 }, end: { line: 1, column: 3 }, newText: '1' }] }]);
    });
});

describe('gcc output', () => {
    it('is FILE:LINE:COL: error|warning|note: message [rule]', () => {
        expect(formatGccLine(cli('报告/a.juesuan', 5, 25, { message: '此处应为“}”。' }))).toBe('报告/a.juesuan:5:25: error: 此处应为“}”。 [syntax]');
        expect(formatGccLine(cli('a', 1, 1, { severity: 'warning', code: 'unit' }))).toBe('a:1:1: warning: 说明 [unit]');
        expect(formatGccLine(cli('a', 1, 1, { severity: 'info', code: 'share' }))).toBe('a:1:1: note: 说明 [share]');
        expect(formatGccLine(cli('a', 1, 1, { code: null }))).toBe('a:1:1: error: 说明');
    });
});

describe('GitHub annotations', () => {
    it('are workflow commands with file, position and title, escaped as GitHub documents', () => {
        expect(formatGithubLine(cli('a.juesuan', 3, 5, { endLine: 3, endColumn: 9, code: 'share', message: '占比 70% 与 60% 不符' })))
            .toBe('::error file=a.juesuan,line=3,col=5,endLine=3,endColumn=9,title=juesuan share::占比 70%25 与 60%25 不符');
        expect(formatGithubLine(cli('d:x,y.juesuan', 1, 1, { severity: 'info', message: 'a\nb' })))
            .toBe('::notice file=d%3Ax%2Cy.juesuan,line=1,col=1,endLine=1,endColumn=2,title=juesuan syntax::a\\nb');
        expect(formatGithubLine(cli('a', 1, 1, { severity: 'warning' }))).toMatch(/^::warning /);
    });
});

describe('control characters in messages and file names', () => {
    const hostile = cli('evil\x1b[2J.juesuan', 1, 1, { message: '找不到引用 【\x1b[2J\x1b[32m0 个错误\u202e】' });

    it('are written out, never sent, in text, gcc and GitHub output', () => {
        for (const line of [formatTextLine(hostile), formatGccLine(hostile), formatGithubLine(hostile)]) {
            expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
            expect(line).toContain('\\x1B[2J');
        }
        expect(formatTextLine(hostile)).toContain('\\u202E');
    });

    it('stay data in JSON and SARIF (escaped by JSON), the text unchanged', () => {
        for (const format of ['json', 'sarif'] as const) {
            const out = print(format, [hostile]);
            expect(out).not.toContain('\x1b');
            expect(out).toContain('\\u001b[2J');
        }
        expect((JSON.parse(print('json', [hostile])) as Array<{ message: string }>)[0].message).toBe(hostile.message);
    });

    it('escapeControls writes C0, DEL, C1 and bidirectional controls visibly, and nothing else', () => {
        expect(escapeControls('a\tb\rc\x00\x7f\x9b\u2066 汉字 “”')).toBe('a\\tb\\rc\\x00\\x7F\\x9B\\u2066 汉字 “”');
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
