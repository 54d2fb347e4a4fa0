// The language server's figures, for `npm run bench` (bench/run.mjs runs every bench/*.bench.ts):
// for reports of 1×, 10× and 100× the seed's size and for a workspace of 300 reports —
//   parse + full check in process (DocumentBuilder.build with every validation category),
//   keystroke (didChange) → publishDiagnostics over the real protocol against out/server.cjs,
//   hover latency on subject codes, completion latency, report build time, `juesuan check` over the 300 files,
//   and peak memory;
// each with its target and ✓/✗ in the note. Inputs are generated (bench/lsp/inputs.ts), seeded.
//
// Environment: BENCH_KEYSTROKES (default 50), BENCH_SERVER_NODE_OPTIONS (e.g. "--cpu-prof
// --cpu-prof-dir=/tmp/prof" to profile the server).
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { defaultJobs } from '../src/cli/check.js';
import { createJuesuanServices } from '../src/language/juesuan-module.js';
import { renderReportHtml } from '../src/generation/report-html.js';
import { parseReport } from '../src/generation/report-source.js';
import { tuneV8 } from '../src/server/v8-tuning.js';
import { collectGarbage, type Measurement, type MeasurementResult } from './harness.js';
import { scaledReport, writeWorkspace } from './lsp/inputs.js';
import { ServerSession } from './lsp/protocol.js';

// the in-process rows do the language server's work: under its V8 settings, as its process starts
tuneV8();

const ROOT = process.cwd();
const SEED_TEXT = fs.readFileSync(path.join(ROOT, 'examples', 'leshan-2020.juesuan'), 'utf8');
const SERVER_BUNDLE = path.join(ROOT, 'out', 'server.cjs');
const CLI = path.join(ROOT, 'bin', 'juesuan.cjs');
const WORKSPACE_FILES = 300;
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 50);
/** Where the keystrokes go: the end of a reason text in the seed (情况说明 › 机关运行经费). */
const TYPING_AT = '严格把控各项经费支出';

const TARGETS = {
    keystrokeSeedMs: 30,
    keystrokeWorkspaceMs: 60,
    check100xMs: 1000,
    cliWorkspaceMs: 5000,
    /** time(100×) ÷ time(10×): 10 is linear; above this, cost grows faster than size. */
    growth: 12.5,
};

// ---------------------------------------------------------------------------------------------
// statistics and results

interface Stats { median: number; p95: number; min: number; max: number; runs: number }

function stats(samples: readonly number[]): Stats {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
    const middle = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return { median, p95: at(0.95), min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`);
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function timeRow(s: Stats, note: string): MeasurementResult {
    return { kind: 'time', median: s.median, min: s.min, max: s.max, runs: s.runs, note };
}

async function sample(runs: number, warmup: number, fn: () => Promise<number> | number): Promise<number[]> {
    for (let i = 0; i < warmup; i++) await fn();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
        collectGarbage();
        samples.push(await fn());
    }
    return samples;
}

async function timed(fn: () => unknown): Promise<number> {
    const started = performance.now();
    await fn();
    return performance.now() - started;
}

function once<T>(fn: () => Promise<T>): () => Promise<T> {
    let result: Promise<T> | undefined;
    return () => (result ??= fn());
}

function memo<K, T>(fn: (key: K) => Promise<T>): (key: K) => Promise<T> {
    const results = new Map<string, Promise<T>>();
    return key => {
        const id = JSON.stringify(key);
        if (!results.has(id)) results.set(id, fn(key));
        return results.get(id)!;
    };
}

const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
};

// ---------------------------------------------------------------------------------------------
// inputs and bundles, made once into a temporary folder

const FACTORS = [1, 10, 100] as const;
type Factor = typeof FACTORS[number];

const inputs = once(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-bench-lsp-'));
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    const reports = new Map<Factor, { file: string; text: string }>();
    for (const factor of FACTORS) {
        const text = scaledReport(SEED_TEXT, factor);
        const file = path.join(dir, `report-${factor}x.juesuan`);
        fs.writeFileSync(file, text);
        reports.set(factor, { file, text });
    }
    const workspace = path.join(dir, 'workspace');
    const workspaceFiles = writeWorkspace(SEED_TEXT, workspace, WORKSPACE_FILES);
    return { dir, reports, workspace, workspaceFiles };
});

const sizeOf = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`;

function newestSource(dir: string): number {
    return fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
        const full = path.join(dir, e.name);
        return Math.max(m, e.isDirectory() ? newestSource(full) : e.name.endsWith('.ts') ? fs.statSync(full).mtimeMs : 0);
    }, 0);
}

/** out/server.cjs and out/cli.cjs as the sources are now: rebuilt with esbuild.mjs when older. */
const freshBundles = once(async () => {
    const mtime = (f: string) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0);
    const sources = newestSource(path.join(ROOT, 'src'));
    if (mtime(SERVER_BUNDLE) < sources || mtime(path.join(ROOT, 'out', 'cli.cjs')) < sources) {
        console.error('[bench] out/*.cjs 比源码旧：运行 node esbuild.mjs');
        execFileSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
    }
});

const serverBundle = async () => (await freshBundles(), SERVER_BUNDLE);

// ---------------------------------------------------------------------------------------------
// in process: parse + check

type Validation = true | { categories: string[] };
const KEYSTROKE_CHECKS: Validation = { categories: ['built-in', 'fast'] };

interface CheckStats extends Stats { cpuMedian: number }

const inProcessCheck = memo(async ([factor, validation]: [Factor, Validation]): Promise<CheckStats> => {
    const { text } = (await inputs()).reports.get(factor)!;
    const shared: LangiumSharedServices = createJuesuanServices({ ...NodeFileSystem }).shared;
    const documents = shared.workspace.LangiumDocuments;
    let serial = 0;
    const cpu: number[] = [];
    const run = async () => {
        const uri = URI.file(path.join(os.tmpdir(), `bench-${factor}x-${serial++}.juesuan`));
        const cpuBefore = cpuMs();
        const elapsed = await timed(async () => {
            const document: LangiumDocument = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
            documents.addDocument(document);
            await shared.workspace.DocumentBuilder.build([document], { validation });
            const error = (document.diagnostics ?? []).find(d => d.severity === 1);
            if (error) throw new Error(`${factor}× 报告有错误：${error.message}`);
        // released as the server releases a closed document: through the builder, which also empties its caches (the report model)
        }).finally(() => shared.workspace.DocumentBuilder.update([], [uri]));
        cpu.push(cpuMs() - cpuBefore);
        return elapsed;
    };
    const [runs, warmup] = { 1: [20, 10], 10: [7, 2], 100: [5, 1] }[factor];
    return { ...stats(await sample(runs, warmup, run)), cpuMedian: stats(cpu.slice(warmup)).median };
});

// ---------------------------------------------------------------------------------------------
// over the protocol: keystrokes, hovers, memory

interface ProtocolResult {
    openMs: number;
    /** The first keystroke after opening: in a workspace, it may also validate the other files. */
    firstKeystrokeMs?: number;
    keystrokes: Stats;
    hovers?: Stats & { found: number };
    peak?: number;
}

/** Offsets of subject codes at the start of a line (table rows and 名词解释 entries), up to `limit`. */
function codeOffsets(text: string, limit: number): number[] {
    const offsets: number[] = [];
    // a code, then its name or label: not a year opening a line of prose (“2020 年，…”)
    const code = /^[ \t]*(\d{3,7}) (?!年)[「\u4e00-\u9fff]/gm;
    for (let m = code.exec(text); m && offsets.length < limit; m = code.exec(text)) {
        offsets.push(m.index + m[0].indexOf(m[1]) + 2);
    }
    return offsets;
}

/** Keystrokes at one place: a character typed, then deleted, and so on, each awaited. */
async function typeInto(session: ServerSession, uri: string, text: string, count: number, warmup: number): Promise<number[]> {
    const at = text.indexOf(TYPING_AT);
    if (at < 0) throw new Error(`报告中没有“${TYPING_AT}”，无处键入`);
    const offset = at + TYPING_AT.length;
    const inserted = () => session.text(uri).startsWith('。', offset);
    return sample(count, warmup, () => (inserted() ? session.keystroke(uri, offset, '', 1) : session.keystroke(uri, offset, '。')));
}

async function hoverCodes(session: ServerSession, uri: string, text: string): Promise<Stats & { found: number }> {
    // one round to warm up, then enough rounds for at least 50 samples
    const offsets = codeOffsets(text, 60);
    const rounds = 1 + Math.ceil(50 / offsets.length);
    const samples: number[] = [];
    let found = 0;
    for (let round = 0; round < rounds; round++) {
        for (const offset of offsets) {
            const hover = await session.hover(uri, offset);
            if (round === 0) continue;
            samples.push(hover.ms);
            if (hover.found) found++;
        }
    }
    return { ...stats(samples), found };
}

const singleDocument = memo(async (factor: Factor): Promise<ProtocolResult> => {
    const { file, text } = (await inputs()).reports.get(factor)!;
    const uri = pathToFileURL(file).toString();
    const session = await ServerSession.start(await serverBundle());
    try {
        const openMs = await session.open(uri, text);
        // a 100× report takes seconds per keystroke: fewer of them, enough for a median
        const count = factor === 100 ? Math.min(KEYSTROKES, 12) : KEYSTROKES;
        const keystrokes = stats(await typeInto(session, uri, text, count, factor === 100 ? 2 : 5));
        const hovers = factor !== 10 ? await hoverCodes(session, uri, text) : undefined;
        return { openMs, keystrokes, hovers, peak: session.peakMemory() };
    } finally {
        await session.stop();
    }
});

const workspaceSession = once(async (): Promise<ProtocolResult> => {
    const { workspace, workspaceFiles } = await inputs();
    const file = workspaceFiles[Math.floor(workspaceFiles.length / 2)];
    const text = fs.readFileSync(file, 'utf8');
    const uri = pathToFileURL(file).toString();
    const session = await ServerSession.start(await serverBundle(), pathToFileURL(workspace).toString());
    try {
        const openMs = await session.open(uri, text);
        const [firstKeystrokeMs] = await typeInto(session, uri, text, 1, 0);
        const keystrokes = stats(await typeInto(session, uri, text, KEYSTROKES, 5));
        return { openMs, firstKeystrokeMs, keystrokes, peak: session.peakMemory() };
    } finally {
        await session.stop();
    }
});

// ---------------------------------------------------------------------------------------------
// the command line over the workspace

/** `juesuan check` over the 300 reports in a new process, 3 times. */
const cliWorkspace = once(async () => {
    await freshBundles();
    const { dir, workspaceFiles } = await inputs();
    // a preload that reports the process's peak memory and CPU time (all its threads) when it exits
    const preload = path.join(dir, 'max-rss.cjs');
    fs.writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nBENCH_MAX_RSS_KB=' + u.maxRSS + ' BENCH_CPU_US=' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n");
    let peakKb = 0;
    let exit = 0;
    const cpu: number[] = [];
    const run = () => {
        const started = performance.now();
        const result = spawnSync(process.execPath, ['-r', preload, CLI, 'check', ...workspaceFiles], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
        const elapsed = performance.now() - started;
        exit = result.status ?? -1;
        peakKb = Math.max(peakKb, Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(result.stderr ?? '')?.[1] ?? 0));
        cpu.push(Number(/BENCH_CPU_US=(\d+)/.exec(result.stderr ?? '')?.[1] ?? NaN) / 1000);
        if (exit === 2 || result.error) throw new Error(`检查失败（退出码 ${exit}）：${(result.stderr ?? '').slice(0, 500)}`);
        return elapsed;
    };
    const s = stats(await sample(3, 0, run));
    return { stats: s, peak: peakKb * 1024, exit, cpuMedian: stats(cpu).median };
});

// ---------------------------------------------------------------------------------------------
// the table's rows

const checkRow = (factor: Factor): Measurement => ({
    name: `解析 + 全部检查，${factor}× 报告（进程内）`,
    run: async () => {
        const s = await inProcessCheck([factor, true]);
        const size = sizeOf((await inputs()).reports.get(factor)!.text);
        const target = factor === 100 ? `；目标 < ${ms(TARGETS.check100xMs)} ${mark(s.median < TARGETS.check100xMs)}` : '';
        return timeRow(s, `${size}；CPU ${ms(s.cpuMedian)}${target}`);
    },
});

const keystrokeCheckRow = (): Measurement => ({
    name: '按键时的检查（built-in + fast），1× 报告（进程内）',
    run: async () => {
        const s = await inProcessCheck([1, KEYSTROKE_CHECKS]);
        return timeRow(s, `CPU ${ms(s.cpuMedian)}；服务器每次按键所做的，不含协议`);
    },
});

const keystrokeRow = (factor: Factor): Measurement => ({
    name: `按键 didChange → publishDiagnostics，${factor}× 报告`,
    run: async () => {
        const r = await singleDocument(factor);
        const target = factor === 1 ? `；目标 中位数 < ${TARGETS.keystrokeSeedMs} ms ${mark(r.keystrokes.median < TARGETS.keystrokeSeedMs)}` : '';
        return timeRow(r.keystrokes, `p95 ${ms(r.keystrokes.p95)}${target}；打开到首次诊断 ${ms(r.openMs)}`);
    },
});

const workspaceKeystrokeRow = (): Measurement => ({
    name: `按键 didChange → publishDiagnostics，${WORKSPACE_FILES} 个报告的工作区中的一个`,
    run: async () => {
        const r = await workspaceSession();
        return timeRow(r.keystrokes, `p95 ${ms(r.keystrokes.p95)}；目标 中位数 < ${TARGETS.keystrokeWorkspaceMs} ms ${mark(r.keystrokes.median < TARGETS.keystrokeWorkspaceMs)}；打开工作区到首次诊断 ${ms(r.openMs)}；首次按键 ${ms(r.firstKeystrokeMs ?? NaN)}`);
    },
});

const hoverRow = (factor: Factor): Measurement => ({
    name: `悬停在科目编码上，${factor}× 报告`,
    run: async () => {
        const h = (await singleDocument(factor)).hovers!;
        return timeRow(h, `p95 ${ms(h.p95)}；${h.found}/${h.runs} 次有内容`);
    },
});

const buildRow = (factor: Factor): Measurement => ({
    name: `生成报告 HTML，${factor}× 报告（parseReport + renderReportHtml）`,
    run: async () => {
        const { text } = (await inputs()).reports.get(factor)!;
        const [runs, warmup] = { 1: [10, 3], 10: [5, 1], 100: [3, 1] }[factor];
        let chars = 0;
        const s = stats(await sample(runs, warmup, () => timed(() => { chars = renderReportHtml(parseReport(text).model).length; })));
        return timeRow(s, `HTML ${(chars / 1024).toFixed(0)} K 字符`);
    },
});

/** Completion at the end of every third line of a report, in process (what the server does per request). */
const completionRow = (factor: Factor): Measurement => ({
    name: `补全（每三行的行尾），${factor}× 报告（进程内）`,
    run: async () => {
        const { text } = (await inputs()).reports.get(factor)!;
        const services = createJuesuanServices({ ...NodeFileSystem });
        const uri = URI.file(path.join(os.tmpdir(), `bench-completion-${factor}x.juesuan`));
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const lines = text.split('\n');
        const positions = lines.map((line, index) => ({ line: index, character: line.length })).filter((_, index) => index % 3 === 0).slice(0, 300);
        const complete = (position: { line: number; character: number }) => timed(() =>
            services.Juesuan.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: uri.toString() }, position }));
        for (const position of positions.slice(0, 20)) await complete(position);
        const samples: number[] = [];
        for (const position of positions) samples.push(await complete(position));
        services.shared.workspace.LangiumDocuments.deleteDocument(uri);
        const s = stats(samples);
        return timeRow(s, `p95 ${ms(s.p95)}；${positions.length} 处`);
    },
});

const memoryRow = (name: string, bytes: () => Promise<number | undefined>, note: string): Measurement => ({
    name: `峰值内存：${name}`,
    run: async () => ({ kind: 'size', bytes: (await bytes()) ?? 0, note }),
});

const loadRow = (when: string): Measurement => ({
    name: `机器负载（${when}）`,
    run: () => ({
        kind: 'value',
        value: os.loadavg().map(l => l.toFixed(2)).join(' / '),
        note: `1/5/15 分钟平均，${os.cpus().length} 核；负载高于核数时墙钟时间偏大，CPU 时间较可靠`,
    }),
});

const VM_HWM = '/proc/<pid>/status VmHWM';

export const measurements: Measurement[] = [
    loadRow('开始时'),
    // the small in-process measurements first: the large ones leave a large heap behind
    keystrokeCheckRow(),
    ...FACTORS.map(factor => checkRow(factor)),
    {
        name: '增长：全部检查的时间随报告大小',
        run: async () => {
            const t = async (f: Factor) => (await inProcessCheck([f, true])).median;
            const [t1, t10, t100] = [await t(1), await t(10), await t(100)];
            const high = t100 / t10;
            return {
                kind: 'value',
                value: `10×/1× = ${(t10 / t1).toFixed(1)}，100×/10× = ${high.toFixed(1)}`,
                note: `线性为 10；目标 100×/10× ≤ ${TARGETS.growth} ${mark(high <= TARGETS.growth)}`,
            };
        },
    },
    memoryRow('本进程（进程内检查之后）', async () => process.resourceUsage().maxRSS * 1024, 'process.resourceUsage().maxRSS'),
    ...FACTORS.map(factor => keystrokeRow(factor)),
    workspaceKeystrokeRow(),
    hoverRow(1),
    hoverRow(100),
    completionRow(1),
    completionRow(10),
    ...FACTORS.map(buildRow),
    {
        name: `juesuan check ${WORKSPACE_FILES} 个报告（新进程，墙钟）`,
        run: async () => {
            const r = await cliWorkspace();
            return timeRow(r.stats, `目标 < ${ms(TARGETS.cliWorkspaceMs)} ${mark(r.stats.median < TARGETS.cliWorkspaceMs)}；CPU ${ms(r.cpuMedian)}；退出码 ${r.exit}；${defaultJobs()} 个线程（--jobs 的默认值：核数减一），${os.cpus().length} 核`);
        },
    },
    memoryRow('语言服务器，1× 报告', async () => (await singleDocument(1)).peak, VM_HWM),
    memoryRow('语言服务器，100× 报告', async () => (await singleDocument(100)).peak, VM_HWM),
    memoryRow(`语言服务器，${WORKSPACE_FILES} 个报告的工作区`, async () => (await workspaceSession()).peak, VM_HWM),
    memoryRow(`juesuan check ${WORKSPACE_FILES} 个报告`, async () => (await cliWorkspace()).peak, 'maxRSS'),
    loadRow('结束时'),
];
