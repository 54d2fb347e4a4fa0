// Runs one workload of bench/workload.ts in a new process with the given node flags, for a
// profiler: `node bench/profile.mjs check|keys FILE[,FILE…] [ROUNDS] [-- NODE_FLAGS…]`, e.g.
//   node bench/profile.mjs check report.juesuan 1 -- --cpu-prof --cpu-prof-dir=/tmp/prof
//   valgrind --tool=callgrind node /tmp/…/workload.cjs check report.juesuan 1   (with --keep)
// The workload is bundled as the command line is (scripts/bundle-options.mjs), with a source map;
// bench/cpu-summary.mjs reads a --cpu-prof profile of it (or of bin/juesuan.cjs) through that map.
// `--keep` leaves the bundle in place and prints its path, to run it under valgrind directly.
// Callgrind's count of one bundle varies by up to 2% from run to run (V8 optimizes and marks on background
// threads as timing allows; its optimizing compiler, OptimizingCompileDispatcher::CompileNext inclusive, is
// about 9% of 10 checks of the seed): to compare two builds, take three runs of each, and their counts with
// that function's inclusive count (callgrind_annotate --inclusive=yes) taken off as well.
// `--alloc` samples every allocation, the objects collected since included (which --heap-prof leaves
// out), into workload.heapprofile in the working folder, for bench/cpu-summary.mjs (the bundle and its
// source map stay in their temporary folder for it).
// `--rules` prints the CPU time of parsing, of the model and of each rule (see bench/workload.ts); a kept
// bundle takes `rules` after its rounds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { BUNDLE_OPTIONS } from '../scripts/bundle-options.mjs';

/** A preload that samples allocations (one in 4 KB on average) from start to exit and writes them to OUT. */
const ALLOCATION_SAMPLER = `const inspector = require('node:inspector');
const session = new inspector.Session();
session.connect();
// V8 names the script and line of a sample's functions only once they are compiled past their first runs: give it rounds
session.post('HeapProfiler.enable');
session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
process.on('exit', () => session.post('HeapProfiler.stopSampling', (err, result) => {
    if (!err) require('node:fs').writeFileSync(OUT, JSON.stringify(result.profile));
}));
`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dash = process.argv.indexOf('--');
const args = (dash < 0 ? process.argv.slice(2) : process.argv.slice(2, dash));
const keep = args.includes('--keep');
const alloc = args.includes('--alloc');
const byRule = args.includes('--rules');
const [mode, files, rounds = '1'] = args.filter(a => a !== '--keep' && a !== '--alloc' && a !== '--rules');
const nodeFlags = dash < 0 ? [] : process.argv.slice(dash + 1);
if (!mode || !files) {
    console.error('用法：node bench/profile.mjs check|keys 文件[,文件…] [轮数] [--keep] [--alloc] [--rules] [-- node 参数…]');
    process.exit(2);
}
const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-workload-'));
const outfile = path.join(dir, 'workload.cjs');
try {
    await esbuild.build({
        stdin: {
            contents: `import { runWorkload } from './workload.ts';\nconst [mode, files, rounds, byRule] = process.argv.slice(2);\nvoid runWorkload(mode, files.split(','), Number(rounds ?? 1), byRule === 'rules');\n`,
            resolveDir: path.join(root, 'bench'), sourcefile: 'workload-entry.ts', loader: 'ts',
        },
        ...BUNDLE_OPTIONS,
        outfile,
    });
    if (keep) {
        console.log(outfile);
    } else {
        const sampler = path.join(dir, 'alloc.cjs');
        if (alloc) writeFileSync(sampler, ALLOCATION_SAMPLER.replace('OUT', JSON.stringify(path.resolve('workload.heapprofile'))));
        const run = spawnSync(process.execPath, [...nodeFlags, ...(alloc ? ['-r', sampler] : []), outfile, mode, files.split(',').map(f => path.resolve(f)).join(','), rounds, ...(byRule ? ['rules'] : [])], { stdio: 'inherit' });
        process.exitCode = run.status ?? 1;
    }
} finally {
    // the sampled profile names places in the bundle: its source map stays for cpu-summary.mjs
    if (!keep && !alloc) rmSync(dir, { recursive: true, force: true });
}
