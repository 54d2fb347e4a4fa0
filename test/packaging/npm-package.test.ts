// The npm package runs: `npm pack` holds the command line's bundles, its bin and the rule pages
// (and no sources, tests or dependencies; the list is .npmignore's, since vsce refuses a `files`
// field beside .vscodeignore); installed from the tarball into an empty folder, it
// pulls in nothing else (everything it runs is bundled) and `npx juesuan check` works.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, ROOT } from '../cli/bundle.js';

const run = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir: string;
let tarball: string;
let listed: string[];

beforeAll(async () => {
    await ensureBundles();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-npm-'));
    // the bundles are built above: no prepare script (the whole build) for the pack
    const { stdout } = await run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, maxBuffer: 1 << 24 });
    const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = path.join(dir, packed.filename);
    listed = packed.files.map(f => f.path).sort();
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the npm package', () => {
    it('holds the command line’s bundles, its bin, the rule pages, and nothing else (.npmignore lets them in)', () => {
        const pages = fs.readdirSync(path.join(ROOT, 'docs', 'rules')).map(f => `docs/rules/${f}`);
        expect(listed).toEqual(['LICENSE', 'README.md', 'bin/juesuan.cjs', 'docs/language.md', ...pages, 'out/cli-build.cjs', 'out/cli.cjs', 'package.json'].sort());
    });

    it('depends on nothing: every library it runs is bundled', () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: object };
        expect(manifest.dependencies ?? {}).toEqual({});
    });

    it('installs from the tarball into an empty folder, offline, and `npx juesuan check` works', async () => {
        const project = path.join(dir, 'project');
        fs.mkdirSync(project);
        fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "bureau", "version": "1.0.0", "private": true }\n');
        // nothing to fetch: --offline proves it
        await run(NPM, ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, maxBuffer: 1 << 24 });
        expect(fs.readdirSync(path.join(project, 'node_modules')).filter(f => !f.startsWith('.'))).toEqual(['juesuan']);
        fs.copyFileSync(path.join(ROOT, 'examples', 'leshan-2020.juesuan'), path.join(project, 'leshan-2020.juesuan'));
        const checked = await run(NPM, ['exec', '--offline', '--', 'juesuan', 'check', '--format', 'gcc', 'leshan-2020.juesuan'], { cwd: project, maxBuffer: 1 << 24 }).catch((err: { code: number; stdout: string; stderr: string }) => err);
        expect(checked.stderr).toContain('检查了 1 个文件：0 个错误');
        expect(checked.stdout).toMatch(/^leshan-2020\.juesuan:\d+:\d+: (warning|note): /m);
        const built = await run(NPM, ['exec', '--offline', '--', 'juesuan', 'build', 'leshan-2020.juesuan'], { cwd: project, maxBuffer: 1 << 24 });
        expect(built.stderr).toContain('已生成');
        expect(fs.readFileSync(path.join(project, 'leshan-2020.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    }, 180_000);
});
