// Bundles the extension client, the language server and the command line into out/*.cjs.
import * as esbuild from 'esbuild';
import { BUNDLE_OPTIONS as common, BUNDLES } from './scripts/bundle-options.mjs';

const watch = process.argv.includes('--watch');

const contexts = await Promise.all(BUNDLES.map(entry => esbuild.context({ ...common, ...entry })));
if (watch) {
    await Promise.all(contexts.map(ctx => ctx.watch()));
} else {
    await Promise.all(contexts.map(ctx => ctx.rebuild()));
    await Promise.all(contexts.map(ctx => ctx.dispose()));
}
