// `npm run fuzz -- [options]`: bundles the fuzzer (src/fuzz/main.ts) to out/fuzz.cjs with the
// options of esbuild.mjs, then runs it with the given options (see `npm run fuzz -- --help`).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { BUNDLE_OPTIONS } from '../bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outfile = path.join(root, 'out', 'fuzz.cjs');

await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/fuzz/main.ts'],
    outfile,
    ...BUNDLE_OPTIONS,
});

const result = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
