// `juesuan check` as a user runs it: node bin/juesuan.cjs in a child process.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_BIN, ensureBundles, ROOT } from './bundle.js';
import { juesuan as run } from './run.js';

const FIXTURES = path.join(ROOT, 'test', 'cli', 'fixtures');

interface Run {
    code: number | null;
    stdout: string;
    stderr: string;
}

function juesuan(...args: string[]): Promise<Run> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [CLI_BIN, ...args], { cwd: FIXTURES, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`juesuan ${args.join(' ')} 没有在 20 秒内结束；stderr：${stderr}`));
        }, 20_000);
        child.on('error', err => { clearTimeout(timer); reject(err); });
        child.on('close', code => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
    });
}

const CHINESE = /[\u4e00-\u9fff]/;
const LINE = /^(?<file>[^:]+):(?<line>\d+):(?<column>\d+): (?<severity>错误|警告|提示) \[(?<code>[^\]]+)\] (?<message>.+)$/;

function lines(text: string): string[] {
    return text.split('\n').filter(line => line !== '');
}

/** The syntax errors only: the fixtures are about those; checks of the content may add warnings later. */
function syntaxLines(text: string): string[] {
    return lines(text).filter(line => line.includes(' [syntax] '));
}

const SUMMARY = /^检查了 (\d+) 个文件：(\d+) 个错误，\d+ 个警告，\d+ 个提示\n/m;

/** [files, errors] from the summary line on stderr. */
function summary(stderr: string): [number, number] {
    const match = SUMMARY.exec(stderr);
    expect(match, stderr).not.toBeNull();
    return [Number(match![1]), Number(match![2])];
}

beforeAll(async () => {
    await ensureBundles();
}, 60_000);

describe.concurrent('juesuan check (text)', () => {
    it('exits 0 without errors on a valid file, and a summary on stderr', async () => {
        const run = await juesuan('check', 'valid.juesuan');
        expect(lines(run.stdout).filter(line => LINE.exec(line)?.groups?.severity === '错误')).toEqual([]);
        expect(summary(run.stderr)).toEqual([1, 0]);
        expect(run.code).toBe(0);
    });

    it('exits 1 and prints FILE:LINE:COL: 错误 [syntax] message for a syntax error', async () => {
        const run = await juesuan('check', 'missing-brace.juesuan');
        expect(run.code).toBe(1);
        const [line, ...more] = syntaxLines(run.stdout);
        expect(more).toEqual([]);
        const match = LINE.exec(line);
        expect(match, line).not.toBeNull();
        // the 附表 opened on line 4 is never closed: the error sits just after the last token, 5:25
        expect(match!.groups).toMatchObject({ file: 'missing-brace.juesuan', line: '5', column: '25', severity: '错误', code: 'syntax' });
        expect(match!.groups!.message).toMatch(CHINESE);
        expect(line.startsWith('missing-brace.juesuan:5:25: 错误 [syntax] ')).toBe(true);
        expect(summary(run.stderr)).toEqual([1, lines(run.stdout).filter(l => l.includes(': 错误 ')).length]);
    });

    it('checks several files in one run, sorted by command-line order then position', async () => {
        const run = await juesuan('check', 'report.txt', 'two-errors.juesuan', 'valid.juesuan');
        expect(run.code).toBe(1);
        const positions = syntaxLines(run.stdout).map(line => {
            const match = LINE.exec(line);
            expect(match, line).not.toBeNull();
            return `${match!.groups!.file}:${match!.groups!.line}:${match!.groups!.column}`;
        });
        expect(positions).toEqual(['report.txt:6:1', 'two-errors.juesuan:2:9', 'two-errors.juesuan:7:1']);
        expect(summary(run.stderr)[0]).toBe(3);
        expect(summary(run.stderr)[1]).toBeGreaterThanOrEqual(3);
    });

    it('checks a file whose name does not end in .juesuan', async () => {
        const run = await juesuan('check', 'report.txt');
        expect(run.code).toBe(1);
        expect(syntaxLines(run.stdout)).toHaveLength(1);
        expect(syntaxLines(run.stdout)[0]).toMatch(/^report\.txt:6:1: 错误 \[syntax\] /);
    });

    it('names the file exactly as given on the command line', async () => {
        const run = await juesuan('check', './two-errors.juesuan');
        expect(lines(run.stdout).length).toBeGreaterThan(0);
        expect(lines(run.stdout).every(line => line.startsWith('./two-errors.juesuan:'))).toBe(true);
        const absolute = path.join(FIXTURES, 'missing-brace.juesuan');
        const abs = await juesuan('check', absolute);
        expect(lines(abs.stdout).some(line => line.startsWith(`${absolute}:5:25: 错误 [syntax] `))).toBe(true);
    });

    it('checks a file named twice only once', async () => {
        const [once, twice] = await Promise.all([
            juesuan('check', 'missing-brace.juesuan'),
            juesuan('check', 'missing-brace.juesuan', './missing-brace.juesuan'),
        ]);
        expect(twice.stdout).toBe(once.stdout);
        expect(summary(twice.stderr)[0]).toBe(1);
    });

    it('exits 2 on a missing file, says so on stderr, and still checks the others', async () => {
        const run = await juesuan('check', 'missing-brace.juesuan', 'no-such-file.juesuan');
        expect(run.code).toBe(2);
        expect(run.stderr.split('\n')[0]).toBe('无法读取文件 no-such-file.juesuan：文件或目录不存在');
        expect(summary(run.stderr)[0]).toBe(1);
        expect(syntaxLines(run.stdout)).toHaveLength(1);
    });

    it('checks the *.juesuan files of a folder, recursively, by name, skipping node_modules and dot-folders', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-folder-'));
        try {
            const valid = fs.readFileSync(path.join(FIXTURES, 'missing-brace.juesuan'), 'utf8');
            for (const file of ['b.juesuan', 'a/c.juesuan', 'a/b/d.juesuan', 'node_modules/x.juesuan', '.git/y.juesuan', 'notes.txt']) {
                fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
                fs.writeFileSync(path.join(dir, file), valid);
            }
            const run = await juesuan('check', dir);
            const files = [...new Set(syntaxLines(run.stdout).map(line => LINE.exec(line)!.groups!.file))];
            expect(files).toEqual(['a/b/d.juesuan', 'a/c.juesuan', 'b.juesuan'].map(f => path.join(dir, f)));
            expect(summary(run.stderr)[0]).toBe(3);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it('checks the files a glob matches, and exits 2 when a folder or glob names no report', async () => {
        const run = await juesuan('check', '*-*.juesuan');
        const files = [...new Set(syntaxLines(run.stdout).map(line => LINE.exec(line)!.groups!.file))];
        expect(files).toEqual(['missing-brace.juesuan', 'two-errors.juesuan']);
        expect(run.code).toBe(1);
        const none = await juesuan('check', 'nothing-*.juesuan', 'valid.juesuan');
        expect(none.code).toBe(2);
        expect(none.stderr).toContain('nothing-*.juesuan：没有文件与这个模式相符');
        expect(summary(none.stderr)[0]).toBe(1);
    });

    it('exits 2 on a folder without reports', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-empty-'));
        try {
            const run = await juesuan('check', dir);
            expect(run.code).toBe(2);
            expect(run.stderr).toContain('目录中没有 .juesuan 文件');
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('juesuan check of many files', () => {
    it('gives on several threads (--jobs) exactly what one thread gives', async () => {
        // 60 files: enough for three threads of 20; the copies differ, so that each thread has its own findings
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-jobs-'));
        try {
            const sources = ['two-errors.juesuan', 'valid.juesuan', 'missing-brace.juesuan'].map(f => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
            const files: string[] = [];
            for (let i = 0; i < 60; i++) {
                const file = path.join(dir, `report-${String(i).padStart(2, '0')}.juesuan`);
                fs.writeFileSync(file, `${'\n'.repeat(i % 7)}${sources[i % sources.length]}`);
                files.push(file);
            }
            const one = await juesuan('check', '--jobs', '1', ...files);
            const several = await juesuan('check', '--jobs', '3', ...files);
            expect(one.code).toBe(1);
            expect(lines(one.stdout).length).toBeGreaterThan(40);
            expect(several).toEqual(one);
            expect(summary(several.stderr)).toEqual([60, 60]);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }, 60_000);
});

describe('juesuan check with a bound on the threads\' heaps', () => {
    it('checks again, on a thread without the bound, every report that exceeds it', async () => {
        // 24 seed reports on threads bounded to 16 MB: a thread runs out every few reports (the
        // language services alone take most of it), its reports in hand go to an unbounded thread
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-heap-'));
        try {
            const seed = fs.readFileSync(path.join(ROOT, 'examples', 'leshan-2020.juesuan'), 'utf8');
            for (let i = 0; i < 24; i++) fs.writeFileSync(path.join(dir, `report-${String(i).padStart(2, '0')}.juesuan`), `${'\n'.repeat(i % 5)}${seed}`);
            const inline = await run(['check', '--jobs', '1', '--format', 'json', '.'], { cwd: dir, timeoutMs: 300_000 });
            const bounded = await run(['check', '--jobs', '1', '--format', 'json', '.'], { cwd: dir, timeoutMs: 300_000, env: { ...process.env, JUESUAN_CHECK_THREAD_HEAP_MB: '16' } });
            expect(inline.code).not.toBe(2);
            expect(JSON.parse(inline.stdout)).not.toEqual([]);
            expect(bounded.stdout).toBe(inline.stdout);
            expect(bounded.stderr).toBe(inline.stderr);
            expect(bounded.code).toBe(inline.code);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }, 600_000);
});

describe.concurrent('juesuan check --format json', () => {
    it('prints one JSON array with 1-based positions and nothing else', async () => {
        const run = await juesuan('check', '--format', 'json', 'two-errors.juesuan', 'valid.juesuan');
        expect(run.code).toBe(1);
        expect(summary(run.stderr)).toEqual([2, 2]);
        const parsed = JSON.parse(run.stdout) as unknown;
        expect(Array.isArray(parsed)).toBe(true);
        const all = parsed as Array<Record<string, unknown>>;
        for (const d of all) {
            expect(Object.keys(d).sort()).toEqual(['code', 'column', 'endColumn', 'endLine', 'file', 'fixes', 'line', 'message', 'severity']);
            expect(d.message).toMatch(CHINESE);
        }
        expect(all.filter(d => d.severity === 'error' && d.file === 'valid.juesuan')).toEqual([]);
        const diagnostics = all.filter(d => d.code === 'syntax');
        expect(diagnostics).toHaveLength(2);
        // 年度 2020 ？ — the full-width question mark is the 9th character of line 2
        expect(diagnostics[0]).toMatchObject({ file: 'two-errors.juesuan', line: 2, column: 9, endLine: 2, endColumn: 10, severity: 'error', code: 'syntax' });
        // the stray } at the start of line 7
        expect(diagnostics[1]).toMatchObject({ file: 'two-errors.juesuan', line: 7, column: 1, endLine: 7, endColumn: 2, severity: 'error', code: 'syntax' });
    });

    it('prints an array without errors and exits 0 for a valid file (--format=json works too)', async () => {
        const run = await juesuan('check', '--format=json', 'valid.juesuan');
        expect(run.code).toBe(0);
        const parsed = JSON.parse(run.stdout) as Array<{ severity: string }>;
        expect(Array.isArray(parsed)).toBe(true);
        expect(parsed.filter(d => d.severity === 'error')).toEqual([]);
        expect(summary(run.stderr)).toEqual([1, 0]);
    });

    it('lists every edit of a fix, those it makes elsewhere too, as the editor applies them', async () => {
        const run = await juesuan('check', '--format', 'json', 'fix-also.juesuan');
        const prose = (JSON.parse(run.stdout) as Array<{ code: string; line: number; fixes: Array<{ edits: unknown[] }> }>).filter(d => d.code === 'prose-figure');
        expect(prose).toHaveLength(1);
        // 50.00万元 at column 26 of line 21, 6.25% at column 36
        expect(prose[0].fixes[0].edits).toEqual([
            { start: { line: 21, column: 26 }, end: { line: 21, column: 33 }, newText: '【总计.增加】万元' },
            { start: { line: 21, column: 36 }, end: { line: 21, column: 41 }, newText: '【总计.增长】' },
        ]);
    });

    it('keeps stdout valid JSON when a file is missing (exit 2, message on stderr)', async () => {
        const run = await juesuan('check', '--format', 'json', 'missing.juesuan', 'missing-brace.juesuan');
        expect(run.code).toBe(2);
        expect(run.stderr.split('\n')[0]).toBe('无法读取文件 missing.juesuan：文件或目录不存在');
        const syntax = (JSON.parse(run.stdout) as Array<{ code: string }>).filter(d => d.code === 'syntax');
        expect(syntax).toMatchObject([{ file: 'missing-brace.juesuan', line: 5, column: 25 }]);
    });
});

describe.concurrent('bad usage exits 2 with a Chinese message', () => {
    it.each([
        [[], '用法'],
        [['check'], '缺少参数'],
        [['chek', 'valid.juesuan'], '未知命令'],
        [['check', '--colour', 'valid.juesuan'], '未知选项'],
        [['check', '--format', 'xml', 'valid.juesuan'], '可选值为 text, gcc, json, sarif, github'],
        [['check', '--fix', '--fix-dry-run', 'valid.juesuan'], '不能与'],
        [['check', '--max-size', '0', 'valid.juesuan'], '大于 0'],
        [['lsp', '--pipe='], '管道名不能为空'],
        [['check', '--format'], '缺少值'],
        [['check', '--jobs', '0', 'valid.juesuan'], '1 到 64 之间的整数'],
        [['check', '-j', 'many', 'valid.juesuan'], '1 到 64 之间的整数'],
        [['lsp'], '请指定通信方式'],
        [['lsp', '--stdio', '--node-ipc'], '只能指定一种通信方式'],
        [['lsp', '--socket=http'], '端口'],
    ])('juesuan %j', async (args, expected) => {
        const run = await juesuan(...args);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain(expected);
        expect(run.stderr).not.toMatch(/\berror:|Usage:|unknown/);
    });
});

describe.concurrent('help', () => {
    it.each([[['--help']], [['check', '--help']], [['help', 'check']], [['lsp', '--help']]])('juesuan %j exits 0 with Chinese help', async args => {
        const run = await juesuan(...args);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('用法：');
        expect(run.stdout).toContain('选项：');
        expect(run.stdout).not.toMatch(/Usage:|Options:|display help|\[options\]/);
    });
});
