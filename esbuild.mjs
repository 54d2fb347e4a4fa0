// Bundles the extension client, the language server and the command line into out/*.cjs.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');

const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    loader: { '.ts': 'ts' },
    external: ['vscode'],
    // libraries such as ECharts drop their development checks
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
};

const entries = [
    { entryPoints: ['src/extension/main.ts'], outfile: 'out/extension.cjs' },
    { entryPoints: ['src/server/server.ts'], outfile: 'out/server.cjs' },
    { entryPoints: ['src/cli/main.ts'], outfile: 'out/cli.cjs' },
];

const contexts = await Promise.all(entries.map(entry => esbuild.context({ ...common, ...entry })));
if (watch) {
    await Promise.all(contexts.map(ctx => ctx.watch()));
} else {
    await Promise.all(contexts.map(ctx => ctx.rebuild()));
    await Promise.all(contexts.map(ctx => ctx.dispose()));
}
