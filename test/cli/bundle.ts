// Makes sure the bundles of the command line and the server exist and are newer than src/, so
// that the process tests also work under a bare `vitest run` (`npm test` builds first; then this
// is a no-op). The extension client's bundle is not built here: no process test runs it. Outputs are written to a temporary file and
// renamed into place, so test files running in parallel never run a half-written bundle.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { BUNDLE_OPTIONS, BUNDLES } from '../../scripts/bundle-options.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI_BIN = path.join(ROOT, 'bin', 'juesuan.cjs');
export const SERVER_BUNDLE = path.join(ROOT, 'out', 'server.cjs');

const PROCESS_BUNDLES = BUNDLES.filter(bundle => bundle.outfile !== 'out/extension.cjs');

function newestMtime(dir: string): number {
    let newest = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
        else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
    return newest;
}

function mtime(file: string): number {
    try {
        return fs.statSync(file).mtimeMs;
    } catch {
        return 0;
    }
}

export async function ensureBundles(): Promise<void> {
    const sources = newestMtime(path.join(ROOT, 'src'));
    for (const bundle of PROCESS_BUNDLES) {
        const target = path.join(ROOT, bundle.outfile);
        if (mtime(target) >= sources) continue;
        const result = await esbuild.build({
            absWorkingDir: ROOT,
            ...BUNDLE_OPTIONS,
            ...bundle,
            logLevel: 'silent',
            write: false,
        });
        fs.mkdirSync(path.dirname(target), { recursive: true });
        // the map first, so that the bundle never points at a missing one
        const outputs = [...result.outputFiles].sort((a, b) => Number(b.path.endsWith('.map')) - Number(a.path.endsWith('.map')));
        for (const output of outputs) {
            const temporary = `${output.path}.${process.pid}.tmp`;
            fs.writeFileSync(temporary, output.contents);
            fs.renameSync(temporary, output.path);
        }
    }
}
