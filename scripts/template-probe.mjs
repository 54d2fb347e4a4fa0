// `node scripts/template-probe.mjs [--list] [FILTER…]`: bundles the wrong-template probe
// (src/fuzz/template-probe.ts) to out/template-probe.cjs and runs it on the trial and real cases (those
// whose path holds one of the FILTERs, if given). See the probe for what it counts.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { BUNDLE_OPTIONS } from './bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'out', 'template-probe.cjs');

await esbuild.build({ absWorkingDir: root, entryPoints: ['src/fuzz/template-probe.ts'], outfile, ...BUNDLE_OPTIONS });

const result = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exitCode = result.status ?? 1;
