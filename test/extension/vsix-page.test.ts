// The .vsix as `npm run package` makes it, read back: its page in VS Code is the user's README
// (docs/marketplace/README.md), every link and image of which is a file inside the .vsix; the
// language guide is inside and has a command; nothing points to a repository that does not exist.
// Needs the bundles (out/extension.cjs, out/server.cjs): `npm test` builds them first.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

interface Manifest {
    repository?: unknown;
    scripts: { package: string };
    contributes: { commands: { command: string; title: string; category: string }[] };
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

/** yauzl (what vsce reads archives with): the files of a zip, by name. */
interface ZipFile {
    readEntry(): void;
    on(event: 'entry', listener: (entry: { fileName: string }) => void): void;
    on(event: 'end', listener: () => void): void;
    on(event: 'error', listener: (error: Error) => void): void;
    openReadStream(entry: { fileName: string }, callback: (error: Error | null, stream: NodeJS.ReadableStream) => void): void;
}
const yauzl = createRequire(import.meta.url)('yauzl') as { open(file: string, options: object, callback: (error: Error | null, zip: ZipFile) => void): void };

function unzip(file: string): Promise<Map<string, Buffer>> {
    return new Promise((resolve, reject) => {
        yauzl.open(file, { lazyEntries: true }, (error, zip) => {
            if (error) return reject(error);
            const files = new Map<string, Buffer>();
            zip.on('error', reject);
            zip.on('end', () => resolve(files));
            zip.on('entry', entry => {
                zip.openReadStream(entry, (streamError, stream) => {
                    if (streamError) return reject(streamError);
                    const chunks: Buffer[] = [];
                    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
                    stream.on('end', () => {
                        files.set(entry.fileName, Buffer.concat(chunks));
                        zip.readEntry();
                    });
                });
            });
            zip.readEntry();
        });
    });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-vsix-'));
let files = new Map<string, Buffer>();
let readme = '';

beforeAll(async () => {
    for (const bundle of ['out/extension.cjs', 'out/server.cjs']) {
        if (!existsSync(path.join(ROOT, bundle))) throw new Error(`${bundle} 不存在：先运行 npm run build（npm test 会先构建）。`);
    }
    // `npm run package`, written to a temporary file
    const [, command, ...options] = manifest.scripts.package.split(/\s+/);
    expect(command).toBe('package');
    const vsix = path.join(dir, 'juesuan.vsix');
    await promisify(execFile)(process.execPath, [VSCE, command, ...options, '--out', vsix], { cwd: ROOT, maxBuffer: 1 << 24 });
    files = await unzip(vsix);
    readme = files.get('extension/readme.md')?.toString('utf8') ?? '';
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the page of the .vsix', () => {
    it('is the user’s README, not the developer’s', () => {
        expect(readme).toBe(readFileSync(path.join(ROOT, 'docs', 'marketplace', 'README.md'), 'utf8'));
        expect(readme).not.toBe(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
        // one readme only: VS Code would pick one of two at random
        expect([...files.keys()].filter(name => /^extension\/readme\.md$/i.test(name))).toEqual(['extension/readme.md']);
        // what a user needs: what it does, a screenshot, the language, the commands, the settings
        for (const heading of ['## 能做什么', '## 语言一览', '## 命令', '## 设置']) expect(readme).toContain(heading);
        for (const command of manifest.contributes.commands) expect(readme, command.command).toContain(`${command.category}: ${command.title}`);
        expect(readme).toContain('juesuan.catalogue.path');
    });

    it('links and shows only files inside the .vsix, and no web address', () => {
        const targets = [...readme.matchAll(/!?\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)].map(m => m[1]);
        expect(targets.some(t => /^docs\/images\/.*\.png$/.test(t))).toBe(true);
        for (const target of targets) {
            expect(target, target).not.toMatch(/^[a-z]+:/i);
            expect(files.has(`extension/${target}`), `${target} 不在 .vsix 中`).toBe(true);
        }
        expect(readme).not.toMatch(/https?:\/\//);
    });

    it('names no repository: package.json has none, the manifest links none', () => {
        expect(manifest.repository).toBeUndefined();
        const vsixManifest = files.get('extension.vsixmanifest')!.toString('utf8');
        expect(vsixManifest).not.toMatch(/github\.com|Links\.(Source|Repository|Getstarted)/);
    });
});

describe('the language guide', () => {
    it('is inside the .vsix, as docs/language.md is', () => {
        expect(files.get('extension/docs/language.md')?.toString('utf8')).toBe(readFileSync(path.join(ROOT, 'docs', 'language.md'), 'utf8'));
    });

    it('opens from the command 决算: 打开语言说明, in the Markdown preview', () => {
        expect(manifest.contributes.commands).toContainEqual({ command: 'juesuan.language.open', title: '打开语言说明', category: '决算' });
        const source = readFileSync(path.join(ROOT, 'src', 'extension', 'language-guide.ts'), 'utf8');
        expect(source).toContain("'juesuan.language.open'");
        expect(source).toContain("'markdown.showPreview'");
        expect(source).toContain("'docs', 'language.md'");
        const client = files.get('extension/out/extension.cjs')!.toString('utf8');
        expect(client).toContain('juesuan.language.open');
    });
});
