// Runs one workload of bench/workload.ts in a new process with the given node flags, for a
// profiler: `node bench/profile.mjs check|keys FILE[,FILE…] [ROUNDS] [-- NODE_FLAGS…]`, e.g.
//   node bench/profile.mjs check report.juesuan 1 -- --cpu-prof --cpu-prof-dir=/tmp/prof
//   valgrind --tool=callgrind node /tmp/…/workload.cjs check report.juesuan 1   (with --keep)
// The workload is bundled as the command line is (scripts/bundle-options.mjs), with a source map;
// bench/cpu-summary.mjs reads a --cpu-prof profile of it (or of bin/juesuan.cjs) through that map.
// `--keep` leaves the bundle in place and prints its path, to run it under valgrind directly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { BUNDLE_OPTIONS } from '../scripts/bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dash = process.argv.indexOf('--');
const args = (dash < 0 ? process.argv.slice(2) : process.argv.slice(2, dash));
const keep = args.includes('--keep');
const [mode, files, rounds = '1'] = args.filter(a => a !== '--keep');
const nodeFlags = dash < 0 ? [] : process.argv.slice(dash + 1);
if (!mode || !files) {
    console.error('用法：node bench/profile.mjs check|keys 文件[,文件…] [轮数] [--keep] [-- node 参数…]');
    process.exit(2);
}
const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-workload-'));
const outfile = path.join(dir, 'workload.cjs');
try {
    await esbuild.build({
        stdin: {
            contents: `import { runWorkload } from './workload.ts';\nconst [mode, files, rounds] = process.argv.slice(2);\nvoid runWorkload(mode, files.split(','), Number(rounds ?? 1));\n`,
            resolveDir: path.join(root, 'bench'), sourcefile: 'workload-entry.ts', loader: 'ts',
        },
        ...BUNDLE_OPTIONS,
        outfile,
    });
    if (keep) {
        console.log(outfile);
    } else {
        const run = spawnSync(process.execPath, [...nodeFlags, outfile, mode, files.split(',').map(f => path.resolve(f)).join(','), rounds], { stdio: 'inherit' });
        process.exitCode = run.status ?? 1;
    }
} finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
}
