// `juesuan build --format docx|xlsx|pdf`: the file beside the source with the format's extension,
// or where -o says; PDF printed by Chromium, and a clear message (nothing written) without one.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/build.js';
import { findChromium } from '../../src/export/index.js';
import { EXAMPLE } from '../generation/helpers.js';

let dir: string;
let source: string;
beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-build-'));
    source = path.join(dir, 'leshan-2020.juesuan');
    copyFileSync(EXAMPLE, source);
});
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

function capture() {
    const out = { stdout: '', stderr: '' };
    return { out, sink: { stdout: (t: string) => { out.stdout += t; }, stderr: (t: string) => { out.stderr += t; } } };
}

describe('juesuan build --format', () => {
    it('writes FILE.docx and FILE.xlsx beside the source', async () => {
        for (const [format, magic] of [['docx', 'PK'], ['xlsx', 'PK']] as const) {
            const { out, sink } = capture();
            expect(await runBuild(source, { format }, sink)).toBe(0);
            const target = path.join(dir, `leshan-2020.${format}`);
            expect(readFileSync(target).subarray(0, 2).toString('latin1')).toBe(magic);
            expect(out.stderr).toContain(`已生成 ${target}`);
        }
    }, 120_000);

    it('prints a PDF with Chromium', async ({ skip }) => {
        if (!findChromium()) return skip('没有 Chromium（apt-get install chromium）');
        const target = path.join(dir, '报告.pdf');
        expect(await runBuild(source, { format: 'pdf', output: target }, capture().sink)).toBe(0);
        expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
        if (existsSync('/usr/bin/pdftotext')) {
            const { stdout } = await promisify(execFile)('pdftotext', [target, '-'], { maxBuffer: 1 << 26 });
            expect(stdout.replace(/\s+/g, '')).toContain('乐山高新区党工委办公室');
            expect(stdout).toContain('3569.58');
        }
    }, 200_000);

    it('says what to do where no browser prints the PDF, and writes nothing', async () => {
        const saved = process.env.JUESUAN_CHROMIUM;
        process.env.JUESUAN_CHROMIUM = path.join(dir, '没有这个浏览器');
        try {
            const { out, sink } = capture();
            expect(await runBuild(source, { format: 'pdf' }, sink)).toBe(2);
            expect(out.stderr).toContain('找不到 JUESUAN_CHROMIUM 指定的浏览器');
            expect(existsSync(path.join(dir, 'leshan-2020.pdf'))).toBe(false);
        } finally {
            if (saved === undefined) delete process.env.JUESUAN_CHROMIUM;
            else process.env.JUESUAN_CHROMIUM = saved;
        }
    });
});
