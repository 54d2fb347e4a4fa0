// The esbuild options every bundle of the project is made with: out/*.cjs by esbuild.mjs, the
// fuzzer's out/fuzz.cjs and the bundles the process tests make for themselves.
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
};

/** The bundles of the project: the extension client, the language server and the command line. */
export const BUNDLES = [
    { entryPoints: ['src/extension/main.ts'], outfile: 'out/extension.cjs' },
    { entryPoints: ['src/server/server.ts'], outfile: 'out/server.cjs' },
    // the report generator (with ECharts) is a bundle of its own, loaded by `juesuan build` only:
    // without it `juesuan check` (and each of its threads) starts 0.1 s sooner
    { entryPoints: ['src/cli/main.ts'], outfile: 'out/cli.cjs', external: [...BUNDLE_OPTIONS.external, './cli-build.cjs'] },
    { entryPoints: ['src/cli/build.ts'], outfile: 'out/cli-build.cjs' },
];
