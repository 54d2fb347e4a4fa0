// What juesuan reads and writes on the file system: only regular files within a size limit are
// read; build writes only to a regular file or a new path, through a symbolic link, and leaves
// no temporary file behind on Ctrl-C.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, ROOT } from './bundle.js';
import { juesuan } from './run.js';

const VALID = fs.readFileSync(path.join(ROOT, 'test', 'cli', 'fixtures', 'valid.juesuan'), 'utf8');
let dir: string;

beforeAll(async () => {
    await ensureBundles();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-files-'));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer = VALID): string {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
}

describe.concurrent('juesuan check reads only regular files within the size limit', () => {
    it('refuses a device (/dev/zero) at once instead of reading it forever', async () => {
        const run = await juesuan(['check', '/dev/zero'], { cwd: dir, timeoutMs: 15_000 });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('无法读取文件 /dev/zero：这是设备文件，不是普通文件');
    });

    it('refuses a FIFO without waiting for a writer', async () => {
        const fifo = path.join(dir, 'pipe.juesuan');
        execFileSync('mkfifo', [fifo]);
        const run = await juesuan(['check', fifo], { cwd: dir, timeoutMs: 15_000 });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('命名管道（FIFO），不是普通文件');
    });

    it('refuses a file above --max-size (50 MB by default) with a Chinese message', async () => {
        const file = write('big.juesuan', VALID + '\n'.repeat(2 * 1024 * 1024));
        const small = await juesuan(['check', '--max-size', '1', file], { cwd: dir });
        expect(small.code).toBe(2);
        expect(small.stderr).toMatch(/文件太大（2\.\d MB），超过了上限 1\.0 MB（可用 --max-size 调整）/);
        const enough = await juesuan(['check', '--max-size', '3', file], { cwd: dir });
        expect(enough.code).toBe(0);
    });

    it('gives its own message, not Node’s English one, for a file over 2 GB', async () => {
        // sparse: takes no room on disk
        const file = path.join(dir, 'huge.juesuan');
        fs.closeSync(fs.openSync(file, 'w'));
        fs.truncateSync(file, 2 ** 31 + 1024);
        for (const args of [['check', file], ['check', '--max-size', '4096', file]]) {
            const run = await juesuan(args, { cwd: dir });
            expect(run.code).toBe(2);
            expect(run.stderr).toMatch(/文件太大（2\.0 GB）/);
            expect(run.stderr).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/);
        }
        expect((await juesuan(['check', '--max-size', '4096', file], { cwd: dir })).stderr).toContain('超过了能读取的上限 2 GB');
    });

    it('names UTF-32 as UTF-32, not UTF-16', async () => {
        const text = '部门 「某单位」\n';
        const le = Buffer.alloc(4 + text.length * 4);
        le.set([0xff, 0xfe, 0, 0]);
        [...text].forEach((c, i) => le.writeUInt32LE(c.codePointAt(0)!, 4 + i * 4));
        const be = Buffer.alloc(4 + text.length * 4);
        be.set([0, 0, 0xfe, 0xff]);
        [...text].forEach((c, i) => be.writeUInt32BE(c.codePointAt(0)!, 4 + i * 4));
        for (const [name, bytes] of [['le.juesuan', le], ['be.juesuan', be]] as const) {
            const run = await juesuan(['check', write(name, bytes)], { cwd: dir });
            expect(run.code).toBe(2);
            expect(run.stderr).toContain('是 UTF-32 编码的文本');
        }
    });
});

describe.concurrent('juesuan build writes only where it may', () => {
    it.each([
        ['another report’s source', 'other.juesuan', '.juesuan 源文件'],
        ['an existing folder', 'folder', '这是目录'],
        ['a new folder written with a slash', 'newdir/', '以 / 结尾'],
        ['a device', '/dev/null', '设备文件'],
    ])('refuses %s', async (_what, output, message) => {
        const source = write(`refuse-${output.replace(/\W/g, '')}.juesuan`);
        write('other.juesuan', '部门 「另一个单位」\n');
        fs.mkdirSync(path.join(dir, 'folder'), { recursive: true });
        const run = await juesuan(['build', source, '-o', output], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(message);
        expect(fs.readFileSync(path.join(dir, 'other.juesuan'), 'utf8')).toBe('部门 「另一个单位」\n');
        expect(fs.existsSync(path.join(dir, 'newdir'))).toBe(false);
        expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
    });

    it('refuses a FIFO', async () => {
        const fifo = path.join(dir, 'out-pipe.html');
        execFileSync('mkfifo', [fifo]);
        const run = await juesuan(['build', write('fifo-source.juesuan'), '-o', fifo], { cwd: dir, timeoutMs: 15_000 });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('命名管道');
        expect(fs.statSync(fifo).isFIFO()).toBe(true);
    });

    it('writes through a symbolic link: the link stays, the file it names gets the report', async () => {
        const real = write('real/report.html', 'old');
        const link = path.join(dir, 'link.html');
        fs.symlinkSync(real, link);
        const run = await juesuan(['build', write('linked.juesuan'), '-o', link], { cwd: dir });
        expect(run.code).toBe(0);
        expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
        expect(fs.readFileSync(real, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    });

    it('refuses a symbolic link to a report’s source', async () => {
        const other = write('target.juesuan', '部门 「目标」\n');
        const link = path.join(dir, 'to-source.html');
        fs.symlinkSync(other, link);
        const run = await juesuan(['build', write('via-link.juesuan'), '-o', link], { cwd: dir });
        expect(run.code).toBe(2);
        expect(fs.readFileSync(other, 'utf8')).toBe('部门 「目标」\n');
    });

    it('removes its temporary file when interrupted (SIGINT, SIGTERM)', async () => {
        // a preload that holds the rename into place until the test has sent the signal
        const preload = write('hold-rename.cjs', [
            "const fsp = require('node:fs/promises');",
            'fsp.rename = () => { process.stderr.write("RENAMING\\n"); return new Promise(() => { setInterval(() => {}, 60000); }); };',
        ].join('\n'));
        for (const signal of ['SIGINT', 'SIGTERM'] as const) {
            const folder = path.join(dir, `signal-${signal}`);
            fs.mkdirSync(folder);
            const source = path.join(folder, 'report.juesuan');
            fs.writeFileSync(source, VALID);
            const run = await juesuan(['build', source], {
                cwd: folder,
                nodeArgs: ['-r', preload],
                onStderr: (chunk, child) => { if (chunk.includes('RENAMING')) child.kill(signal); },
            });
            expect(run.stderr).toContain('RENAMING');
            expect(run.code).toBe(signal === 'SIGINT' ? 130 : 143);
            expect(fs.readdirSync(folder)).toEqual(['report.juesuan']);
        }
    });
});
