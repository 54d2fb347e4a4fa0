#!/usr/bin/env node
// Runs the command line's bundle, compiled from a V8 code cache when one is at hand: compiling the
// 2.5 MB bundle is a good part of a check's start-up.
const Module = require('node:module');
const path = require('node:path');

const BUNDLE = path.join(__dirname, '..', 'out', 'cli.cjs');

if (Module.enableCompileCache) {
    // Node 22.1+ keeps the compiled bundle on disk itself
    Module.enableCompileCache();
    require(BUNDLE);
} else {
    // Node 20 only, where it was measured (later V8s tier up differently, and a flag a V8 lacks prints an
    // error on stderr): how much a function runs before V8 considers optimizing it, 8 times the default
    // (67584). A check runs much of a large bundle, most of it briefly, and at the default budget the
    // optimizing compiler took half the instructions of checking 30 reports (callgrind), compiling hundreds
    // of functions that had little left to run. Set before the bundle is compiled, so that its code cache
    // is made and read under the same flags; the worker threads of a check share them.
    require('node:v8').setFlagsFromString('--interrupt-budget=540672');
    // Keeps the bytecode of functions that ran once: V8 otherwise drops it after a few collections, and a
    // long check's code cache (written at exit) then lacked the start-up's functions, which every later
    // one-file check compiled again (300 reports: a 1.7 MB cache, one file after it +45% instructions).
    // `juesuan lsp` keeps it too: one cache file serves both, and V8 rejects a cache made under other flags.
    require('node:v8').setFlagsFromString('--no-flush-bytecode');
    const folder = process.env.NODE_DISABLE_COMPILE_CACHE ? undefined : cacheFolder();
    if (folder) runWithCodeCache(BUNDLE, folder);
    else require(BUNDLE);
}

/**
 * Node 20: compiles the bundle as Node's loader would, but with the code V8 made for it last time
 * (from the user's cache folder, named by hashes of the bundle's folder and of its file's identity, Node and the platform). Without a
 * usable cache, the code of this run (with the functions it compiled on the way) is stored at exit.
 * A cache folder that cannot be read or written only costs the time the cache would have saved.
 */
function runWithCodeCache(file, dir) {
    const fs = require('node:fs');
    const vm = require('node:vm');
    // the bundle is ASCII (scripts/bundle-options.mjs): read as Latin-1, which is the same text
    // made several times faster than by UTF-8's decoder
    const bytes = fs.readFileSync(file);
    const source = require('node:buffer').isAscii?.(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    // V8 checks the cache against the source's length, not its text: the name holds a hash of the
    // bundle file's identity and times (a rebuild writes it anew), cheaper than hashing its 2.5 MB
    const stat = fs.statSync(file, { bigint: true });
    const identity = `${stat.dev} ${stat.ino} ${stat.size} ${stat.mtimeNs} ${stat.ctimeNs} ${process.version} ${process.arch}`;
    // one prefix per installed copy: a copy clears its own earlier builds' caches, never another's
    // (two installs sharing the cache folder would otherwise take turns compiling and rewriting it)
    const prefix = `${path.basename(file)}-${nameHash(path.dirname(file)).slice(0, 8)}-`;
    const cacheFile = path.join(dir, `${prefix}${nameHash(identity)}.v8`);
    let cachedData;
    try {
        cachedData = fs.readFileSync(cacheFile);
    } catch {
        cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
    // a check's threads (src/cli/check.ts ends their arguments with its mark) read the cache the main
    // thread writes: never two threads of one process writing one temporary file
    const checkThread = process.argv[process.argv.length - 1] === 'juesuanCheckWorker';
    if ((cachedData === undefined || script.cachedDataRejected) && !checkThread) {
        process.once('exit', () => storeCodeCache(fs, script, dir, cacheFile, prefix));
    }
    const mod = new Module(file, module);
    mod.filename = file;
    mod.paths = Module._nodeModulePaths(path.dirname(file));
    require.cache[file] = mod;
    script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
    mod.loaded = true;
}

/**
 * A 64-bit FNV-1a hash of the identity, in hex: it only names a cache file. Not node:crypto, whose
 * loading (with the streams it pulls in) cost more of a start-up than the hash is worth.
 */
function nameHash(text) {
    let high = 0xcbf29ce4;
    let low = 0x84222325;
    for (let i = 0; i < text.length; i++) {
        low = (low ^ text.charCodeAt(i)) >>> 0;
        // times the FNV prime 2^40 + 0x1b3, in 32-bit halves
        const lowProduct = low * 0x1b3;
        const carry = Math.floor(lowProduct / 0x100000000);
        high = (high * 0x1b3 + (low << 8) + carry) >>> 0;
        low = lowProduct >>> 0;
    }
    return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

/** The user's cache folder for juesuan; none without an absolute place for it (never the working folder). */
function cacheFolder() {
    // a relative XDG_CACHE_HOME is to be ignored (XDG Base Directory specification)
    const given = [process.env.XDG_CACHE_HOME, process.platform === 'win32' ? process.env.LOCALAPPDATA : undefined].find(folder => folder && path.isAbsolute(folder));
    let home = '';
    try {
        home = require('node:os').homedir();
    } catch {
        // no home folder: only a given cache folder serves
    }
    // the cache goes into the home folder, never makes one
    if (!given && !(home && require('node:fs').existsSync(home))) return undefined;
    const base = given || (process.platform === 'darwin' ? path.join(home, 'Library', 'Caches') : path.join(home, '.cache'));
    return base && path.isAbsolute(base) ? path.join(base, 'juesuan') : undefined;
}

/** Written to a file of its own, then renamed: a check running beside this one never reads half a cache. */
function storeCodeCache(fs, script, dir, cacheFile, prefix) {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
        const data = script.createCachedData();
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(temporary, data);
        fs.renameSync(temporary, cacheFile);
        // the caches of earlier builds of this bundle are of no more use
        for (const entry of fs.readdirSync(dir)) {
            if (entry.startsWith(prefix) && entry.endsWith('.v8') && path.join(dir, entry) !== cacheFile) fs.rmSync(path.join(dir, entry), { force: true });
        }
    } catch {
        // a read-only home or a full disk: the next run compiles the bundle again
        try {
            fs.rmSync(temporary, { force: true });
        } catch {
            // nothing was written
        }
    }
}
