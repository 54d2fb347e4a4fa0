// What `vsce package` puts into the .vsix: only what runs in VS Code — the bundled client and
// server, the grammar, the language configuration, the preview's media, the user's README
// (docs/marketplace/README.md) with its screenshot, the language guide, LICENSE, icon and
// package.json; never sources, source maps, tests, examples or node_modules. And the extension
// activates only for .juesuan files.
// Needs the bundles (out/extension.cjs, out/server.cjs): `npm test` builds them first.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

/** Files of the .vsix, by name; media/ (the preview's script and styles) is checked by pattern. */
const EXPECTED = [
    'package.json',
    'docs/marketplace/README.md',
    'docs/images/vscode.png',
    'docs/language.md',
    'LICENSE',
    'images/icon.png',
    'language-configuration.json',
    'syntaxes/juesuan.tmLanguage.json',
    'out/extension.cjs',
    'out/server.cjs',
    'out/import.cjs',
    'out/export.cjs',
    'out/resvg.wasm',
];
const MEDIA = /^media\/[\w.-]+\.(js|css|svg|png|woff2?)$/;
/** The rule pages diagnostics link to. */
const RULE_PAGES = /^docs\/rules\/[a-z][a-z0-9-]*\.md$/;

interface Manifest {
    scripts: { package: string };
    main: string;
    icon: string;
    activationEvents: string[];
    contributes: {
        languages: { configuration: string; icon?: { light: string; dark: string } }[];
        grammars: { path: string }[];
    };
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const rel = (file: string) => file.replace(/^\.\//, '');

let files: string[] = [];

beforeAll(async () => {
    for (const bundle of ['out/extension.cjs', 'out/server.cjs']) {
        if (!existsSync(path.join(ROOT, bundle))) throw new Error(`${bundle} 不存在：先运行 npm run build（npm test 会先构建）。`);
    }
    // the same file list as `npm run package`, without writing the archive
    const readme = /--readme-path\s+(\S+)/.exec(manifest.scripts.package)?.[1] ?? 'README.md';
    const { stdout } = await promisify(execFile)(process.execPath, [VSCE, 'ls', '--no-dependencies', '--readme-path', readme], { cwd: ROOT, maxBuffer: 1 << 24 });
    files = stdout.split('\n').map(line => line.trim()).filter(Boolean).sort();
}, 120_000);

describe('the packaged .vsix', () => {
    it('holds exactly what runs: bundles, grammar, configuration, media, rule pages, README, LICENSE, icon', () => {
        const unexpected = files.filter(f => !EXPECTED.includes(f) && !MEDIA.test(f) && !RULE_PAGES.test(f));
        expect(unexpected, `不该打包的文件：${unexpected.join(', ')}`).toEqual([]);
        expect(files).toEqual(expect.arrayContaining(EXPECTED));
    });

    it('holds every rule’s page, which diagnostics link to', () => {
        const pages = readdirSync(path.join(ROOT, 'docs', 'rules')).map(f => `docs/rules/${f}`);
        expect(pages.length).toBeGreaterThan(20);
        expect(pages.filter(p => !files.includes(p))).toEqual([]);
    });

    it('holds no source, source map, test, example or dependency', () => {
        expect(files.filter(f => /\.(ts|map)$|^(src|test|examples|node_modules|scripts|bench|scratch)\//.test(f))).toEqual([]);
    });

    it('holds every file package.json names', () => {
        const named = [
            manifest.main,
            manifest.icon,
            ...manifest.contributes.languages.flatMap(l => [l.configuration, l.icon?.light, l.icon?.dark]),
            ...manifest.contributes.grammars.map(g => g.path),
        ].filter((f): f is string => typeof f === 'string').map(rel);
        expect(named.filter(f => !files.includes(f))).toEqual([]);
    });

    it('holds the server the client starts, and the preview’s media if the extension uses media/', () => {
        expect(files).toContain('out/server.cjs');
        const client = readFileSync(path.join(ROOT, 'out', 'extension.cjs'), 'utf8');
        if (/['"]media['"]/.test(client)) expect(files.some(f => MEDIA.test(f))).toBe(true);
    });
});

describe('vsce package', () => {
    it('packages the extension (vsce refuses, for one, a "files" field beside .vscodeignore)', async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-vsix-'));
        try {
            const out = path.join(dir, 'juesuan.vsix');
            // exactly `npm run package`'s arguments, into a temporary folder
            const args = manifest.scripts.package.split(/\s+/).slice(1);
            await promisify(execFile)(process.execPath, [VSCE, ...args, '--out', out], { cwd: ROOT, maxBuffer: 1 << 24 });
            expect(statSync(out).size).toBeGreaterThan(100_000);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }, 120_000);
});

describe('activation', () => {
    it('is only for .juesuan files: onLanguage:juesuan, and the revival of our own preview panels', () => {
        // onWebviewPanel:<our view type> only brings back a report preview left open when VS Code
        // restarts; VS Code requires it for registerWebviewPanelSerializer. Nothing else: no '*',
        // no onStartupFinished, no workspaceContains.
        expect(manifest.activationEvents).toContain('onLanguage:juesuan');
        const other = manifest.activationEvents.filter(e => e !== 'onLanguage:juesuan' && !/^onWebviewPanel:juesuan\.[\w.-]+$/.test(e));
        expect(other).toEqual([]);
        expect(rel(manifest.main)).toBe('out/extension.cjs');
    });
});
