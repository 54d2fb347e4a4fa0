// `juesuan check` starts without the language server's modules (Langium's LSP services,
// vscode-languageserver and its protocol: a good part of a one-file check's start-up). esbuild
// evaluates every module the entry imports statically when the bundle loads, and those behind a
// dynamic import() or a CommonJS require only when that runs: the static imports from the
// command line's entry must not reach them.
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_OPTIONS, BUNDLES } from '../../scripts/bundle-options.mjs';
import { ROOT } from './bundle.js';

const LANGUAGE_SERVER = /node_modules\/(vscode-languageserver(-protocol)?\/|langium\/lib\/lsp\/)/;

let inputs: esbuild.Metafile['inputs'];

/** The inputs the entry reaches through static imports (and the requires of what they reach). */
function loadedAtStart(entry: string, options: { through: readonly esbuild.ImportKind[] }): Set<string> {
    const reached = new Set<string>([entry]);
    const pending = [entry];
    while (pending.length > 0) {
        for (const imported of inputs[pending.pop()!]?.imports ?? []) {
            if (imported.external || !options.through.includes(imported.kind) || reached.has(imported.path)) continue;
            reached.add(imported.path);
            pending.push(imported.path);
        }
    }
    return reached;
}

beforeAll(async () => {
    const cli = BUNDLES.find(bundle => bundle.outfile === 'out/cli.cjs')!;
    const result = await esbuild.build({ ...BUNDLE_OPTIONS, ...cli, absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent' });
    inputs = result.metafile.inputs;
}, 60_000);

describe('the command line bundle at start', () => {
    const entry = 'src/cli/main.ts';

    it('reaches no module of the language server through static imports', () => {
        const modules = [...loadedAtStart(entry, { through: ['import-statement'] })];
        expect(modules).toContain('src/cli/checker.ts');
        expect(modules.filter(m => LANGUAGE_SERVER.test(m.split(path.sep).join('/')))).toEqual([]);
    });

    it('imports neither node:fs/promises nor node:net: with readline and the stream modules they bring, 1.6% of a one-file check', () => {
        const builtins = new Set<string>();
        for (const module of loadedAtStart(entry, { through: ['import-statement'] })) {
            for (const imported of inputs[module]?.imports ?? []) if (imported.external && imported.kind === 'import-statement') builtins.add(imported.path.replace(/^node:/, ''));
        }
        expect(builtins).toContain('fs');
        expect([...builtins].filter(name => name === 'fs/promises' || name === 'net')).toEqual([]);
    });

    it('still has the language server, behind the import of `juesuan lsp`', () => {
        const all = [...loadedAtStart(entry, { through: ['import-statement', 'dynamic-import', 'require-call'] })];
        expect(all.some(m => /vscode-languageserver\/lib\/node\/main\.js$/.test(m))).toBe(true);
    });
});
