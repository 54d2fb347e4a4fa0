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
    // libraries such as ECharts drop their development checks
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
};
