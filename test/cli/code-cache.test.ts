// On Node 20 bin/juesuan.cjs compiles the command line's bundle from a V8 code cache in the user's
// cache folder ($XDG_CACHE_HOME/juesuan): the first run writes it, the next ones use it; a cache
// that is damaged, of another build or cannot be written changes nothing a user sees.
// (Node 22.1+ has its own compile cache, which bin/juesuan.cjs turns on instead.)
import * as fs from 'node:fs';
import * as nodeModule from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, ROOT } from './bundle.js';
import { juesuan, type Run } from './run.js';

const NODE_HAS_COMPILE_CACHE = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';
const REPORT = path.join(ROOT, 'examples', 'leshan-2020.juesuan');
let dir: string;
let uncached: Run;

function env(cacheHome: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const { NODE_DISABLE_COMPILE_CACHE: _, ...rest } = process.env;
    return { ...rest, XDG_CACHE_HOME: cacheHome, ...extra };
}

const check = (cacheHome: string, extra?: NodeJS.ProcessEnv) => juesuan(['check', '--format', 'gcc', REPORT], { cwd: dir, env: env(cacheHome, extra) });
const caches = (cacheHome: string) => {
    try {
        return fs.readdirSync(path.join(cacheHome, 'juesuan')).sort();
    } catch {
        return [];
    }
};
const same = (run: Run) => expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: uncached.code, stdout: uncached.stdout, stderr: uncached.stderr });

beforeAll(async () => {
    await ensureBundles();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-code-cache-'));
    uncached = await check(path.join(dir, 'unused'), { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(caches(path.join(dir, 'unused'))).toEqual([]);
    expect(uncached.stdout).toMatch(/leshan-2020\.juesuan:\d+:\d+: (warning|note): /);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.skipIf(NODE_HAS_COMPILE_CACHE)('the code cache of the command line (Node 20)', () => {
    it('is written by the first run and used by the next, which check as a run without it', async () => {
        const home = path.join(dir, 'fresh');
        same(await check(home));
        const [written, ...others] = caches(home);
        expect(others).toEqual([]);
        expect(written).toMatch(/^cli\.cjs-[0-9a-f]{8}-[0-9a-f]{16}\.v8$/);
        const file = path.join(home, 'juesuan', written);
        const bytes = fs.readFileSync(file);
        const { ino } = fs.statSync(file);
        expect(bytes.length).toBeGreaterThan(100_000);
        same(await check(home));
        // accepted, so not written again (a new cache is renamed into place: another inode)
        expect(fs.statSync(file).ino).toBe(ino);
        expect(fs.readFileSync(file).equals(bytes)).toBe(true);
        expect(caches(home)).toEqual([written]);
    }, 60_000);

    it('is written anew when damaged, and replaces the cache of an earlier build of the same copy only', async () => {
        const home = path.join(dir, 'damaged');
        same(await check(home));
        const [written] = caches(home);
        const file = path.join(home, 'juesuan', written);
        fs.writeFileSync(file, Buffer.alloc(4096, 7));
        const installPrefix = written.slice(0, written.lastIndexOf('-') + 1);
        fs.writeFileSync(path.join(home, 'juesuan', `${installPrefix}0000000000000000.v8`), 'an earlier build');
        // another installed copy's cache (another folder) is that copy's to replace
        const otherInstall = installPrefix === 'cli.cjs-ffffffff-' ? 'cli.cjs-00000000-0000000000000000.v8' : 'cli.cjs-ffffffff-0000000000000000.v8';
        fs.writeFileSync(path.join(home, 'juesuan', otherInstall), 'another install');
        same(await check(home));
        expect(caches(home)).toEqual([written, otherInstall].sort());
        expect(fs.readFileSync(file).length).toBeGreaterThan(100_000);
    }, 60_000);

    it('is read, never written, by the threads of a check, which check as one thread does', async () => {
        const home = path.join(dir, 'threads');
        same(await check(home));
        const [written] = caches(home);
        const file = path.join(home, 'juesuan', written);
        const { ino } = fs.statSync(file);
        // 40 files: two threads (src/cli/check.ts starts one per 20), each started by bin/juesuan.cjs with the cache
        const files = path.join(dir, 'threads-files');
        fs.mkdirSync(files);
        for (let i = 0; i < 40; i++) fs.copyFileSync(REPORT, path.join(files, `r${String(i).padStart(2, '0')}.juesuan`));
        const run = (jobs: string) => juesuan(['check', '--format', 'gcc', '--jobs', jobs, files], { cwd: dir, env: env(home), timeoutMs: 300_000 });
        const one = await run('1');
        const two = await run('2');
        expect({ code: two.code, stdout: two.stdout, stderr: two.stderr }).toEqual({ code: one.code, stdout: one.stdout, stderr: one.stderr });
        expect(fs.statSync(file).ino).toBe(ino);
        expect(fs.readdirSync(path.join(home, 'juesuan'))).toEqual([written]);
    }, 600_000);

    it('written by a long run, still holds the start-up’s functions', async () => {
        const one = path.join(dir, 'one-file');
        same(await check(one));
        const oneBytes = fs.statSync(path.join(one, 'juesuan', caches(one)[0])).size;
        // V8 drops the bytecode of functions that have not run for a while at a full collection (this flag: at every
        // one), and a cache written at exit without them made every later one-file check compile them again
        const files = path.join(dir, 'long-run-files');
        fs.mkdirSync(files);
        for (let i = 0; i < 5; i++) fs.copyFileSync(REPORT, path.join(files, `r${String(i).padStart(2, '0')}.juesuan`));
        const long = path.join(dir, 'long-run');
        const run = await juesuan(['check', '--format', 'gcc', '--jobs', '1', files], { cwd: dir, env: env(long), nodeArgs: ['--stress-flush-code'], timeoutMs: 300_000 });
        expect(run.code).toBe(uncached.code);
        // without bin/juesuan.cjs's --no-flush-bytecode: two thirds of the one-file run's
        expect(fs.statSync(path.join(long, 'juesuan', caches(long)[0])).size).toBeGreaterThan(oneBytes * 0.95);
    }, 600_000);

    // on Windows LOCALAPPDATA is the cache folder
    it.skipIf(process.platform === 'win32')('goes to the home folder’s cache folder when XDG_CACHE_HOME is relative, never into the working folder', async () => {
        const home = path.join(dir, 'home');
        fs.mkdirSync(home);
        const run = await juesuan(['check', '--format', 'gcc', REPORT], { cwd: dir, env: env('relative-cache', { HOME: home }) });
        same(run);
        expect(fs.existsSync(path.join(dir, 'relative-cache'))).toBe(false);
        expect(caches(process.platform === 'darwin' ? path.join(home, 'Library', 'Caches') : path.join(home, '.cache'))).toHaveLength(1);
    }, 60_000);

    it('costs nothing but time where it cannot be written', async () => {
        // a file where the cache folder would be: no folder can be made there (whoever runs the test)
        const blocked = path.join(dir, 'blocked');
        fs.writeFileSync(blocked, '');
        same(await check(blocked));
        expect(fs.readFileSync(blocked, 'utf8')).toBe('');
        expect(fs.readdirSync(dir).filter(entry => entry.endsWith('.tmp'))).toEqual([]);
    }, 60_000);
});
