// Reads a V8 CPU profile (node --cpu-prof) of a bundle and prints where the time went, by source
// function and by source file, through the bundles' source maps: the bundles are minified, so the
// profile's own names (Lxe, OE…) say nothing. Usage:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/juesuan.cjs check --jobs 1 DIR
//   node bench/cpu-summary.mjs /tmp/prof/CPU.*.cpuprofile [ROWS]
// Self time is a function's own samples; inclusive time counts a function once per sample it is on
// the stack of (recursion counted once). "(garbage collector)" is V8's collector on this thread.
// A heap sampling profile (.heapprofile: node --heap-prof, or the inspector's HeapProfiler with the
// objects collected since, as bench/profile.mjs --alloc writes) is read the same way, by bytes allocated.
// `--under NAME` reads only the samples below the first frame whose name ("function path:line") starts with
// NAME, in shares of those: where the time of one part (a rule, the layout) goes, e.g. --under 'layout src/templates'.
import { readFileSync, existsSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const underAt = args.indexOf('--under');
const under = underAt < 0 ? undefined : args.splice(underAt, 2)[1];
const [file, rowsArg] = args;
if (!file || (underAt >= 0 && !under)) {
    console.error('用法：node bench/cpu-summary.mjs 文件.cpuprofile [行数] [--under 函数名]');
    process.exit(2);
}
const rows = Number(rowsArg ?? 40);
const profile = JSON.parse(readFileSync(file, 'utf8'));
/** A heap profile: one tree of nodes, samples of a size each. */
const heap = profile.head !== undefined;
if (heap) {
    profile.nodes = [];
    const flatten = node => {
        profile.nodes.push(node);
        for (const child of node.children) flatten(child);
        node.children = node.children.map(child => child.id);
    };
    flatten(profile.head);
}

const maps = new Map();
function sourceMapOf(url) {
    if (!url.startsWith('file://') && !url.startsWith('/')) return undefined;
    const mapFile = `${url.startsWith('file://') ? fileURLToPath(url) : url}.map`;
    if (!maps.has(mapFile)) maps.set(mapFile, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined);
    return maps.get(mapFile);
}

const names = new Map();
/** "function path:line" of a profile node, in the sources where its bundle has a source map. */
function nameOf(node) {
    let name = names.get(node.id);
    if (name !== undefined) return name;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    const entry = sourceMapOf(url)?.findEntry(lineNumber, columnNumber);
    if (entry?.originalSource) {
        const source = entry.originalSource.replace(/^.*node_modules\//, '~').replace(/^(\.\.\/)+/, '');
        name = `${entry.name || functionName || '(anonymous)'} ${source}:${entry.originalLine + 1}`;
    }
    names.set(node.id, name);
    return name;
}

const byId = new Map(profile.nodes.map(node => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const samplesOf = new Map();
if (heap) for (const { nodeId, size } of profile.samples) samplesOf.set(nodeId, (samplesOf.get(nodeId) ?? 0) + size);
else for (const id of profile.samples) samplesOf.set(id, (samplesOf.get(id) ?? 0) + 1);

const self = new Map();
const bySource = new Map();
const inclusive = new Map();
const add = (map, key, n) => map.set(key, (map.get(key) ?? 0) + n);
let total = 0;
for (const [id, n] of samplesOf) {
    const stack = [];
    for (let at = id; at !== undefined; at = parentOf.get(at)) stack.push(nameOf(byId.get(at)));
    // with --under, the frames below the outermost one named so (none: the sample is left out)
    const top = under === undefined ? stack.length : stack.findLastIndex(name => name.startsWith(under));
    if (top < 0) continue;
    total += n;
    const name = stack[0];
    add(self, name, n);
    add(bySource, name.slice(name.lastIndexOf(' ') + 1).replace(/:\d+$/, '') || '(V8)', n);
    for (const caller of new Set(stack.slice(0, top + 1))) add(inclusive, caller, n);
}

const print = (title, map) => {
    console.log(`\n${title}`);
    for (const [name, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${(100 * n / total).toFixed(1).padStart(6)}%  ${name}`);
};
if (heap) {
    console.log(`${profile.samples.length} 个采样，共分配 ${(total / 2 ** 20).toFixed(1)} MB`);
    print('自身分配（函数）', self);
    print('自身分配（源文件）', bySource);
    print('包含调用的分配（函数）', inclusive);
} else {
    console.log(`${total} 个采样${under === undefined ? '' : `（${under} 之下，全部的 ${(100 * total / profile.samples.length).toFixed(1)}%）`}，${((profile.endTime - profile.startTime) / 1e6).toFixed(2)} s`);
    print('自身时间（函数）', self);
    print('自身时间（源文件）', bySource);
    print('包含调用的时间（函数）', inclusive);
}
