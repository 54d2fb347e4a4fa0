// The esbuild options every bundle of the project is made with: out/*.cjs by esbuild.mjs, the
// fuzzer's out/fuzz.cjs and the bundles the process tests make for themselves.
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
    plugins: [LAZY_BUNDLES, LANGUAGE_SERVER_ONCE],
};

/** The bundles of the project: the extension client, the language server and the command line. */
export const BUNDLES = [
    { entryPoints: ['src/extension/main.ts'], outfile: 'out/extension.cjs' },
    { entryPoints: ['src/server/server.ts'], outfile: 'out/server.cjs' },
    // the report generator (with ECharts) is a bundle of its own, loaded by `juesuan build` only:
    // without it `juesuan check` (and each of its threads) starts 0.1 s sooner
    { entryPoints: ['src/cli/main.ts'], outfile: 'out/cli.cjs', external: [...BUNDLE_OPTIONS.external, './cli-build.cjs', './cli-import.cjs'] },
    { entryPoints: ['src/cli/build.ts'], outfile: 'out/cli-build.cjs' },
    // `juesuan import`: its options and messages; the reading itself is out/import.cjs
    { entryPoints: ['src/cli/import.ts'], outfile: 'out/cli-import.cjs' },
    // reading workbooks (exceljs, SheetJS) and writing Word, Excel, PDF: for the command line and the extension
    { entryPoints: ['src/import/index.ts'], outfile: 'out/import.cjs' },
    { entryPoints: ['src/export/index.ts'], outfile: 'out/export.cjs' },
    // resvg's WebAssembly, which rasterises charts for Word, beside the bundle that loads it
    { entryPoints: ['node_modules/@resvg/resvg-wasm/index_bg.wasm'], outfile: 'out/resvg.wasm', loader: { '.wasm': 'copy' }, sourcemap: false },
];
