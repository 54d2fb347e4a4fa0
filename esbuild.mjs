// Bundles the extension client, the language server and the command line into out/*.cjs.
import * as esbuild from 'esbuild';
import { BUNDLE_OPTIONS as common } from './scripts/bundle-options.mjs';

const watch = process.argv.includes('--watch');

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
