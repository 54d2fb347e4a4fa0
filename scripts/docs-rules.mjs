// `npm run docs:rules`: writes docs/rules/<id>.md and the README's rule table from the rule
// catalogue (src/validation/rule-catalogue.ts), through src/validation/rule-docs.ts bundled for
// the occasion. `--check` writes nothing and exits 1 when a file differs.
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { BUNDLE_OPTIONS } from './bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-docs-'));
try {
    const outfile = path.join(dir, 'rule-docs.cjs');
    await esbuild.build({ ...BUNDLE_OPTIONS, entryPoints: [path.join(root, 'src/validation/rule-docs.ts')], outfile });
    const { ruleDocs } = createRequire(import.meta.url)(outfile);
    const files = await ruleDocs(readFileSync(path.join(root, 'README.md'), 'utf8'));
    const stale = readdirSync(path.join(root, 'docs/rules')).map(f => `docs/rules/${f}`).filter(f => !files.has(f));
    const changed = [...files].filter(([file, text]) => {
        try {
            return readFileSync(path.join(root, file), 'utf8') !== text;
        } catch {
            return true;
        }
    });
    if (check) {
        for (const [file] of changed) console.error(`与规则目录不一致：${file}`);
        for (const file of stale) console.error(`多余的规则页：${file}`);
        if (changed.length + stale.length > 0) {
            console.error('运行 npm run docs:rules 重新生成。');
            process.exitCode = 1;
        }
    } else {
        for (const [file, text] of changed) writeFileSync(path.join(root, file), text);
        for (const file of stale) unlinkSync(path.join(root, file));
        console.error(`已写入 ${changed.length} 个文件，删除 ${stale.length} 个。`);
    }
} finally {
    rmSync(dir, { recursive: true, force: true });
}
