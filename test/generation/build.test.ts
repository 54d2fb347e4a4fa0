// `juesuan build`: writes the report beside the source or where -o says, never over the
// source, atomically; exit codes 0 / 1 (written, but the file has errors) / 2 (nothing written).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runBuild, type BuildOutput } from '../../src/cli/build.js';
import { defaultOutputPath, isSameFile, writeFileAtomic } from '../../src/generation/output.js';
import { ensureBundles } from '../cli/bundle.js';
import { EXAMPLE, EXAMPLE_TEXT, ROOT } from './helpers.js';

let dir: string;
let out: string[];
let err: string[];
const output: BuildOutput = { stdout: t => { out.push(t); }, stderr: t => { err.push(t); } };

beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-build-'));
    out = [];
    err = [];
});

afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
});

function source(name = 'report.juesuan', text = EXAMPLE_TEXT): string {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
}

describe('defaultOutputPath', () => {
    it('puts FILE.html beside FILE.juesuan', () => {
        expect(defaultOutputPath('/a/b/报告.juesuan')).toBe('/a/b/报告.html');
        expect(defaultOutputPath('/a/b/r.JUESUAN')).toBe('/a/b/r.html');
        expect(defaultOutputPath('/a/b/r.txt')).toBe('/a/b/r.txt.html');
        expect(defaultOutputPath('r')).toBe('r.html');
    });
});

describe('runBuild', () => {
    it('writes the report beside the source, with no temporary file left', async () => {
        const file = source();
        expect(await runBuild(file, {}, output)).toBe(0);
        const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
        expect(html).toMatch(/^<!DOCTYPE html>/);
        expect(html).toContain('2020年度收、支总计');
        expect(readdirSync(dir).sort()).toEqual(['report.html', 'report.juesuan']);
        expect(err.join('')).toContain('已生成');
        expect(readFileSync(file, 'utf8')).toBe(EXAMPLE_TEXT);
    });

    it('writes where -o says and replaces an older report', async () => {
        const file = source();
        const target = path.join(dir, 'out.html');
        writeFileSync(target, 'old');
        expect(await runBuild(file, { output: target }, output)).toBe(0);
        expect(readFileSync(target, 'utf8')).toContain('部门决算');
    });

    it('refuses to overwrite the source: same path, another spelling, a symbolic link, a hard link', async () => {
        const file = source();
        const link = path.join(dir, 'link.html');
        symlinkSync(file, link);
        const hard = path.join(dir, 'hard.html');
        linkSync(file, hard);
        for (const target of [file, path.join(dir, '.', 'report.juesuan'), link, hard]) {
            err = [];
            expect(await runBuild(file, { output: target }, output), target).toBe(2);
            expect(err.join('')).toContain('不会覆盖');
        }
        expect(readFileSync(file, 'utf8')).toBe(EXAMPLE_TEXT);
    });

    it('exits 2 when the source cannot be read, or the report cannot be written', async () => {
        expect(await runBuild(path.join(dir, 'missing.juesuan'), {}, output)).toBe(2);
        expect(err.join('')).toContain('无法读取文件');
        const binary = path.join(dir, 'bad.juesuan');
        writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
        expect(await runBuild(binary, {}, output)).toBe(2);
        expect(err.join('')).toContain('UTF-8');
        err = [];
        expect(await runBuild(source(), { output: path.join(dir, 'no', 'such', 'dir.html') }, output)).toBe(2);
        expect(err.join('')).toContain('无法写入');
        expect(readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([]);
    });

    it('still writes the report of a file with errors, lists them and exits 1', async () => {
        const wrong = EXAMPLE_TEXT.replace('合计 3569.58 854.57 2715.01 占比 100%', '合计 3569.58 854.57 2700.01 占比 100%');
        expect(wrong).not.toBe(EXAMPLE_TEXT);
        const file = source('wrong.juesuan', wrong);
        expect(await runBuild(file, {}, output)).toBe(1);
        expect(existsSync(path.join(dir, 'wrong.html'))).toBe(true);
        expect(err.join('')).toMatch(/wrong\.juesuan:\d+:\d+: 错误/);
        expect(err.join('')).toContain('发布前请先改正');
        // the published report carries no preview marks
        expect(readFileSync(path.join(dir, 'wrong.html'), 'utf8')).not.toContain('fig broken');
    });
});

describe('writeFileAtomic', () => {
    it('replaces the whole file or leaves it as it was', async () => {
        const target = path.join(dir, 'a.html');
        writeFileSync(target, 'before');
        await writeFileAtomic(target, 'after');
        expect(readFileSync(target, 'utf8')).toBe('after');
        await expect(writeFileAtomic(path.join(dir, 'missing', 'a.html'), 'x')).rejects.toThrow();
        expect(readdirSync(dir)).toEqual(['a.html']);
    });

    it('tells the same file from another', async () => {
        const a = source('a.juesuan');
        copyFileSync(a, path.join(dir, 'b.juesuan'));
        expect(await isSameFile(a, path.join(dir, 'b.juesuan'))).toBe(false);
        expect(await isSameFile(a, path.join(dir, 'sub', '..', 'a.juesuan'))).toBe(true);
        expect(await isSameFile(a, path.join(dir, 'new.html'))).toBe(false);
    });
});

describe('juesuan build (the command)', () => {
    beforeAll(async () => {
        await ensureBundles();
    }, 120_000);

    it('builds the example from the command line', () => {
        const target = path.join(dir, 'leshan.html');
        const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'juesuan.cjs'), 'build', EXAMPLE, '-o', target], { encoding: 'utf8' });
        expect(result.status, result.stderr).toBe(0);
        expect(readFileSync(target, 'utf8')).toContain('第五部分 附表');
        expect(result.stderr).toContain('已生成');
    });

    it('documents the command in its help', () => {
        const help = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'juesuan.cjs'), 'build', '--help'], { encoding: 'utf8' });
        expect(help).toContain('-o, --output');
        expect(help).toContain('不会覆盖源文件');
    });
});
