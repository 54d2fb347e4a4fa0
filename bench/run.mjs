// `npm run bench`: bundles every bench/*.bench.ts (with the sources they import) into one
// temporary CommonJS file, runs their measurements in order and prints a table.
// `--json` prints the results as JSON instead; other arguments choose the files whose names hold
// one of them (`npm run bench -- cli` runs bench/cli.bench.ts only).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { BUNDLE_OPTIONS } from '../scripts/bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chosen = process.argv.slice(2).filter(a => !a.startsWith('--'));
const files = readdirSync(path.join(root, 'bench')).filter(f => f.endsWith('.bench.ts') && (chosen.length === 0 || chosen.some(c => f.includes(c)))).sort();
const entry = [
    `import { formatTable } from './harness.ts';`,
    ...files.map((f, i) => `import { measurements as m${i} } from './${f}';`),
    `export const measurements = [${files.map((_, i) => `...m${i}`).join(', ')}];`,
    `export { formatTable };`,
].join('\n');

const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-bench-'));
const outfile = path.join(dir, 'bench.cjs');
try {
    await esbuild.build({
        stdin: { contents: entry, resolveDir: path.join(root, 'bench'), sourcefile: 'bench-entry.ts', loader: 'ts' },
        ...BUNDLE_OPTIONS,
        outfile,
    });
    process.chdir(root);
    const { measurements, formatTable } = createRequire(import.meta.url)(outfile);
    const rows = [];
    for (const measurement of measurements) {
        try {
            rows.push({ name: measurement.name, result: await measurement.run() });
        } catch (err) {
            rows.push({ name: measurement.name, error: err instanceof Error ? err.message : String(err) });
        }
    }
    if (process.argv.includes('--json')) {
        process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    } else {
        process.stdout.write(`${formatTable(rows)}\n\nNode ${process.version}，${os.cpus().length} 核，${os.cpus()[0]?.model ?? ''}\n`);
    }
    if (rows.some(r => r.error)) process.exitCode = 1;
} finally {
    rmSync(dir, { recursive: true, force: true });
}
