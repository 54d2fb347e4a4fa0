import type { BuildOptions } from 'esbuild';

export declare const BUNDLE_OPTIONS: BuildOptions;

export declare const BUNDLES: ReadonlyArray<BuildOptions & { entryPoints: string[]; outfile: string }>;
