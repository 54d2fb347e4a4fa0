// The esbuild options every bundle of the project is made with: out/*.cjs by esbuild.mjs, the
// fuzzer's out/fuzz.cjs and the bundles the process tests make for themselves.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The import and export code (with exceljs, docx, SheetJS) is a bundle of its own each, which the
 * command line and the extension load only when a workbook is read or a report is written in
 * another format: their imports of it become a require of the bundle beside them.
 */
const LAZY_BUNDLES = {
    name: 'lazy-bundles',
    setup(build) {
        build.onResolve({ filter: /^\.\.\/(export|import)\/index\.js$/ }, args => ({ path: `./${args.path.split('/')[1]}.cjs`, external: true }));
    },
};

/**
 * vscode-languageserver and its protocol are CommonJS: esbuild gives each module that imports one
 * a copy of its 300 exports (20 copies in the command line, made at every start). Imported through
 * one ES module each, made here, they are copied once.
 */
const LANGUAGE_SERVER_ONCE = {
    name: 'language-server-once',
    setup(build) {
        // ES imports only: a require() of them (as the packages do among themselves) takes the exports as they are
        build.onResolve({ filter: /^vscode-languageserver(-protocol|\/node(\.js)?)?$/ }, args =>
            (args.kind !== 'import-statement' || args.namespace === 'once' ? undefined : { path: args.path, namespace: 'once' }));
        build.onLoad({ filter: /.*/, namespace: 'once' }, args => ({ contents: `export * from '${args.path}';`, resolveDir: ROOT, loader: 'js' }));
    },
};

/**
 * Langium's document builder imports two names from vscode-languageserver-protocol, for the
 * errors of its `waitUntil` (asked by the language server only), and that import loaded the whole
 * protocol at every start of `juesuan check` (its 400 message types: about a tenth of a one-file
 * check's start-up). It gets them from where the protocol itself does: ResponseError is the one
 * class of vscode-jsonrpc (the protocol re-exports it), and the two codes are fixed by the LSP
 * specification.
 */
const BUILDER_WITHOUT_PROTOCOL = {
    name: 'builder-without-protocol',
    setup(build) {
        build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, args =>
            (/[\\/]langium[\\/]lib[\\/]workspace[\\/]document-builder\.js$/.test(args.importer) ? { path: 'builder-protocol', namespace: 'builder-protocol' } : undefined));
        build.onLoad({ filter: /.*/, namespace: 'builder-protocol' }, () => ({
            contents: [
                "export { ResponseError } from 'vscode-jsonrpc/lib/common/messages.js';",
                'export const LSPErrorCodes = { RequestFailed: -32803, ServerCancelled: -32802 };',
            ].join('\n'),
            resolveDir: ROOT,
            loader: 'js',
        }));
    },
};

/**
 * commander loads node:child_process when it is loaded, for subcommands that are programs of their
 * own (juesuan has none): with the streams and sockets it brings, about 1.5 ms of CPU at every start
 * of `juesuan check` and of each of its threads. It gets the module when it first spawns one.
 */
const COMMANDER_SPAWNS_LAZILY = {
    name: 'commander-spawns-lazily',
    setup(build) {
        build.onResolve({ filter: /^node:child_process$/ }, args =>
            (/[\\/]commander[\\/]lib[\\/]command\.js$/.test(args.importer) ? { path: 'child-process', namespace: 'lazy-child-process' } : undefined));
        build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
            contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
            loader: 'js',
        }));
    },
};

/**
 * Chevrotain works out, for every rule call of the grammar, the tokens that may follow it, when the
 * parser is made: about a twentieth of a one-file check's start-up (and of each check thread's),
 * used only to resynchronise after a syntax error. Its parser gets them from the same function, run
 * when an error first asks for one.
 */
const LAZY_RESYNC_FOLLOWS = {
    name: 'lazy-resync-follows',
    setup(build) {
        build.onResolve({ filter: /^\.\.\/grammar\/follow\.js$/ }, args =>
            (/[\\/]chevrotain[\\/]lib[\\/]src[\\/]parse[\\/]parser[\\/]parser\.js$/.test(args.importer)
                ? { path: path.join(path.dirname(args.importer), args.path), namespace: 'lazy-follows', pluginData: args.resolveDir }
                : undefined));
        build.onLoad({ filter: /.*/, namespace: 'lazy-follows' }, args => ({
            contents: [
                `import { computeAllProdsFollows as computeNow } from ${JSON.stringify(args.path)};`,
                // the parser only reads the result by name (this.resyncFollows[name])
                'export function computeAllProdsFollows(productions) {',
                '    let follows;',
                '    const all = () => (follows ??= computeNow(productions));',
                '    return new Proxy({}, {',
                '        get: (_, name) => all()[name],',
                '        has: (_, name) => name in all(),',
                '        ownKeys: () => Reflect.ownKeys(all()),',
                '        getOwnPropertyDescriptor: (_, name) => Reflect.getOwnPropertyDescriptor(all(), name),',
                '    });',
                '}',
            ].join('\n'),
            resolveDir: args.pluginData,
            loader: 'js',
        }));
    },
};

/**
 * The bundle in ASCII only. esbuild escapes the Chinese of strings but leaves that of regular
 * expressions (/附表\d+/) and String.raw templates as it is, and one such character makes Node
 * decode the whole 2.7 MB bundle as UTF-8 into a two-byte string at every start (25 ms of a check's
 * start-up); ASCII is read as Latin-1 (bin/juesuan.cjs) and compiles faster. Each such character
 * becomes its \uXXXX escape, which means the same in a regular expression, a string and an
 * identifier (the two String.raw templates with Chinese are patterns); an escaping backslash before
 * it is dropped (\（ is （ as \uff08 is). The source map's columns are moved to match.
 */
const ASCII_OUTPUT = {
    name: 'ascii-output',
    setup(build) {
        build.onEnd(result => {
            const { outfile, absWorkingDir } = build.initialOptions;
            if (result.errors.length > 0 || !outfile?.endsWith('.cjs')) return;
            const file = path.resolve(absWorkingDir ?? process.cwd(), outfile);
            // written (esbuild.mjs) or handed back (write: false, as the tests bundle)
            const outputs = result.outputFiles;
            const bundle = outputs ? outputs.find(o => o.path === file)?.text : readFileSync(file, 'utf8');
            if (bundle === undefined) return;
            const { text, moved } = asciiOnly(bundle);
            if (moved.size === 0) return;
            const map = outputs ? outputs.find(o => o.path === `${file}.map`)?.text : existsSync(`${file}.map`) ? readFileSync(`${file}.map`, 'utf8') : undefined;
            const newMap = map === undefined ? undefined : JSON.stringify({ ...JSON.parse(map), mappings: moveColumns(JSON.parse(map).mappings, moved) });
            if (!outputs) {
                writeFileSync(file, text);
                if (newMap !== undefined) writeFileSync(`${file}.map`, newMap);
                return;
            }
            const replaced = new Map([[file, text], [`${file}.map`, newMap]]);
            result.outputFiles = outputs.map(output => {
                const content = replaced.get(output.path);
                if (content === undefined) return output;
                const contents = Buffer.from(content, 'utf8');
                return { path: output.path, contents, hash: output.hash, text: content };
            });
        });
    },
};

/** The text with every non-ASCII character escaped, and for each line changed the new column of each old one. */
function asciiOnly(bundle) {
    const lines = bundle.split('\n');
    const moved = new Map();
    lines.forEach((line, i) => {
        if (!/[^\x00-\x7f]/.test(line)) return;
        const columns = new Int32Array(line.length + 1);
        let out = '';
        for (let c = 0; c < line.length; c++) {
            const code = line.charCodeAt(c);
            columns[c] = out.length;
            if (code < 0x80) {
                out += line[c];
                continue;
            }
            let backslashes = 0;
            while (backslashes < out.length && out[out.length - 1 - backslashes] === '\\') backslashes++;
            if (backslashes % 2 === 1) out = out.slice(0, -1);
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        }
        columns[line.length] = out.length;
        lines[i] = out;
        moved.set(i, columns);
    });
    return { text: lines.join('\n'), moved };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map mappings with the generated column of each segment on a changed line moved (the first of its fields, relative within the line). */
function moveColumns(mappings, moved) {
    return mappings.split(';').map((line, i) => {
        const columns = moved.get(i);
        if (!columns || line === '') return line;
        let before = 0;
        let after = 0;
        return line.split(',').map(segment => {
            const { value, length } = readVlq(segment);
            before += value;
            const column = columns[Math.min(before, columns.length - 1)];
            const text = writeVlq(column - after) + segment.slice(length);
            after = column;
            return text;
        }).join(',');
    }).join(';');
}

function readVlq(text) {
    let value = 0;
    let shift = 0;
    let i = 0;
    for (;;) {
        const digit = BASE64.indexOf(text[i++]);
        value += (digit & 31) << shift;
        shift += 5;
        if ((digit & 32) === 0) break;
    }
    return { value: value & 1 ? -(value >>> 1) : value >>> 1, length: i };
}

function writeVlq(value) {
    let rest = value < 0 ? (-value << 1) | 1 : value << 1;
    let text = '';
    do {
        let digit = rest & 31;
        rest >>>= 5;
        if (rest > 0) digit |= 32;
        text += BASE64[digit];
    } while (rest > 0);
    return text;
}

export const BUNDLE_OPTIONS = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    loader: { '.ts': 'ts' },
    external: ['vscode'],
    // libraries such as ECharts drop their development checks; ES-module libraries (fdir, under
    // tinyglobby) ask import.meta.url, which a CommonJS bundle has not: the bundle's own address
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': 'importMetaUrl' },
    banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: 'warning',
    plugins: [LAZY_BUNDLES, BUILDER_WITHOUT_PROTOCOL, LANGUAGE_SERVER_ONCE, COMMANDER_SPAWNS_LAZILY, LAZY_RESYNC_FOLLOWS, ASCII_OUTPUT],
};

/** The bundles of the project: the extension client, the language server and the command line. */
export const BUNDLES = [
    { entryPoints: ['src/extension/main.ts'], outfile: 'out/extension.cjs' },
    { entryPoints: ['src/server/server.ts'], outfile: 'out/server.cjs' },
    // the report generator (with ECharts) is a bundle of its own, loaded by `juesuan build` only:
    // without it `juesuan check` (and each of its threads) starts 0.1 s sooner. Minified (its
    // names kept): every run reads, decodes and holds the whole text before it compiles a line,
    // and 1.6 MB instead of 3 MB is about 800 fewer pages of memory touched at each start.
    { entryPoints: ['src/cli/main.ts'], outfile: 'out/cli.cjs', external: [...BUNDLE_OPTIONS.external, './cli-build.cjs', './cli-import.cjs'], minify: true },
    { entryPoints: ['src/cli/build.ts'], outfile: 'out/cli-build.cjs' },
    // `juesuan import`: its options and messages; the reading itself is out/import.cjs
    { entryPoints: ['src/cli/import.ts'], outfile: 'out/cli-import.cjs' },
    // reading workbooks (exceljs, SheetJS) and writing Word, Excel, PDF: for the command line and the extension
    { entryPoints: ['src/import/index.ts'], outfile: 'out/import.cjs' },
    { entryPoints: ['src/export/index.ts'], outfile: 'out/export.cjs' },
    // resvg's WebAssembly, which rasterises charts for Word, beside the bundle that loads it
    { entryPoints: ['node_modules/@resvg/resvg-wasm/index_bg.wasm'], outfile: 'out/resvg.wasm', loader: { '.wasm': 'copy' }, sourcemap: false },
];
