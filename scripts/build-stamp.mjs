// The build's stamp: a hash of everything `npm run build` reads, written into out/ when a build
// ends. `node scripts/build-stamp.mjs check` exits 0 when out/ holds every bundle and was built
// from the inputs as they are now, so that one run of the README's test command builds once
// (`npm ci` already built, in `prepare`) and never tests stale bundles.
//   node scripts/build-stamp.mjs write    after a build
//   node scripts/build-stamp.mjs check    0: out/ is current; 1: build first (and says why)
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLES } from './bundle-options.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = path.join(ROOT, 'out', '.build-stamp');
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'langium-config.json', 'esbuild.mjs', 'scripts/bundle-options.mjs'];
/** Folders whose files the build reads; the grammar's generated code is an output, not an input. */
const INPUT_DIRS = ['src', 'data'];
const OUTPUTS_OF_BUILD = new Set(['src/language/generated']);

function inputs() {
    const files = INPUT_FILES.filter(f => fs.existsSync(path.join(ROOT, f)));
    const walk = relative => {
        const full = path.join(ROOT, relative);
        if (OUTPUTS_OF_BUILD.has(relative) || !fs.existsSync(full)) return;
        for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
            const child = path.posix.join(relative, entry.name);
            if (entry.isDirectory()) walk(child);
            else if (entry.isFile()) files.push(child);
        }
    };
    INPUT_DIRS.forEach(walk);
    return files.sort();
}

function inputsHash() {
    const hash = createHash('sha256');
    for (const file of inputs()) {
        hash.update(file).update('\0').update(fs.readFileSync(path.join(ROOT, file))).update('\0');
    }
    return hash.digest('hex');
}

const command = process.argv[2];
if (command === 'write') {
    fs.mkdirSync(path.dirname(STAMP), { recursive: true });
    fs.writeFileSync(STAMP, inputsHash() + '\n');
} else if (command === 'check') {
    const missing = BUNDLES.map(b => b.outfile).filter(f => !fs.existsSync(path.join(ROOT, f)));
    const stamp = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8').trim() : '';
    const why = missing.length > 0 ? `缺少 ${missing.join('、')}`
        : stamp === '' ? 'out/ 没有构建记录'
            : stamp !== inputsHash() ? '源文件在上次构建之后有改动' : '';
    if (why) {
        console.log(`需要构建：${why}。`);
        process.exit(1);
    }
    console.log('构建是最新的（out/ 由当前的源文件构建），不再重复构建。');
} else {
    console.error('用法：node scripts/build-stamp.mjs write|check');
    process.exit(2);
}
