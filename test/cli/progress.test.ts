// The progress line: on a terminal, files done of those found, the rate and the time left;
// through a pipe, nothing but the findings and the summary.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BIN, ensureBundles, ROOT } from './bundle.js';
import { juesuan } from './run.js';

let dir: string;
beforeAll(async () => {
    await ensureBundles();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-progress-'));
    const seed = fs.readFileSync(path.join(ROOT, 'examples', 'leshan-2020.juesuan'), 'utf8');
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, `r${String(i).padStart(2, '0')}.juesuan`), seed);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the progress line', () => {
    it('shows count, rate and time left on a terminal', async () => {
        // script(1) runs the check on a pseudo-terminal, as a person would
        const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI_BIN)} check --jobs 1 .`;
        const { stdout } = await promisify(execFile)('script', ['-qec', command, '/dev/null'], { cwd: dir, maxBuffer: 1 << 24, timeout: 120_000 });
        expect(stdout).toMatch(/已检查 \d+\/40 个文件 \| [\d.]+ 个\/秒 \| 剩余 /);
        expect(stdout).toContain('检查了 40 个文件');
    }, 130_000);

    it('is not printed when the output is not a terminal', async () => {
        const run = await juesuan(['check', '--jobs', '1', '.'], { cwd: dir, timeoutMs: 120_000 });
        expect(run.stderr).not.toContain('已检查');
        expect(run.stderr + run.stdout).not.toMatch(/[\r\u001b]/);
        expect(run.stderr).toContain('检查了 40 个文件');
    }, 130_000);
});
