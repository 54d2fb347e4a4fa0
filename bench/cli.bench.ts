// The command line's figures, for `npm run bench` (bench/run.mjs runs every bench/*.bench.ts):
//   start-up: one small file checked by a new process (what a pipeline calling juesuan per file pays),
//   with the code cache bin/juesuan.cjs keeps (every run but a user's first) and without it;
//   a finance bureau's run: 10,000 seed-size reports in one `juesuan check` of their folder —
//   wall time, CPU time (all threads) and peak memory (resident, the whole process).
// Environment: BENCH_CLI_REPORTS (default 10000) to run the large row on fewer reports.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Measurement, MeasurementResult } from './harness.js';
import { writeWorkspace } from './lsp/inputs.js';

const ROOT = process.cwd();
const CLI = path.join(ROOT, 'bin', 'juesuan.cjs');
const SMALL = path.join(ROOT, 'test', 'cli', 'fixtures', 'valid.juesuan');
const REPORTS = Number(process.env.BENCH_CLI_REPORTS ?? 10_000);

const TARGETS = {
    /** One small file, a new process, on an idle machine. */
    startupMs: 300,
    /** 10,000 reports: memory stays that of a few reports. */
    peakMb: 400,
};

const mark = (ok: boolean) => (ok ? '✓' : '✗');
const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`);

interface ProcessRun {
    wallMs: number;
    cpuMs: number;
    peakBytes: number;
    status: number | null;
    stderr: string;
}

/** Runs the command line in a new process with a preload that reports its CPU time and peak memory. */
function runCli(args: readonly string[], cwd: string, preload: string, env: NodeJS.ProcessEnv = process.env): ProcessRun {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['-r', preload, CLI, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
    const wallMs = performance.now() - started;
    const stderr = result.stderr ?? '';
    return {
        wallMs,
        cpuMs: Number(/BENCH_CPU_US=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1000,
        peakBytes: Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN) * 1024,
        status: result.status,
        stderr,
    };
}

function preloadIn(dir: string): string {
    const preload = path.join(dir, 'usage.cjs');
    fs.writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nBENCH_MAX_RSS_KB=' + u.maxRSS + ' BENCH_CPU_US=' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n");
    return preload;
}

function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One small file checked by 15 new processes (after 2 not counted), with or without the code cache (in a folder of the run's own). */
function startupRow(cached: boolean): Measurement {
    return {
        name: `juesuan check 启动：一个小文件（新进程，墙钟${cached ? '' : '，不用代码缓存'}）`,
        run: (): MeasurementResult => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-bench-startup-'));
            try {
                const preload = preloadIn(dir);
                const env = { ...process.env, XDG_CACHE_HOME: path.join(dir, 'cache'), ...(cached ? {} : { NODE_DISABLE_COMPILE_CACHE: '1' }) };
                const runs: ProcessRun[] = [];
                for (let i = 0; i < 2; i++) runCli(['check', SMALL], dir, preload, env);
                for (let i = 0; i < 15; i++) runs.push(runCli(['check', SMALL], dir, preload, env));
                const node = [] as number[];
                for (let i = 0; i < 5; i++) {
                    const started = performance.now();
                    spawnSync(process.execPath, ['-e', '0']);
                    node.push(performance.now() - started);
                }
                const walls = runs.map(r => r.wallMs);
                const wall = median(walls);
                return {
                    kind: 'time',
                    median: wall,
                    min: Math.min(...walls),
                    max: Math.max(...walls),
                    runs: runs.length,
                    note: `CPU ${ms(median(runs.map(r => r.cpuMs)))}；node -e 0 ${ms(median(node))}（${(wall / median(node)).toFixed(1)} 倍）；目标（空闲机器）< ${TARGETS.startupMs} ms ${mark(wall < TARGETS.startupMs)}；负载 ${os.loadavg()[0].toFixed(1)}`,
                };
            } finally {
                fs.rmSync(dir, { recursive: true, force: true });
            }
        },
    };
}

let bureau: ProcessRun | undefined;

/** 10,000 seed-size reports in one folder, checked by one `juesuan check` (default threads); once. */
function bureauRun(): ProcessRun {
    if (bureau) return bureau;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-bench-bureau-'));
    try {
        const seed = fs.readFileSync(path.join(ROOT, 'examples', 'leshan-2020.juesuan'), 'utf8');
        writeWorkspace(seed, path.join(dir, 'reports'), REPORTS);
        const run = runCli(['check', 'reports'], dir, preloadIn(dir));
        if (run.status === 2 || run.status === null) throw new Error(`检查失败（退出码 ${run.status}）：${run.stderr.slice(0, 500)}`);
        bureau = run;
        return run;
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

export const measurements: Measurement[] = [
    startupRow(true),
    startupRow(false),
    {
        name: `juesuan check ${REPORTS} 个报告（一个目录，新进程，墙钟）`,
        run: () => {
            const run = bureauRun();
            return { kind: 'time', median: run.wallMs, min: run.wallMs, max: run.wallMs, runs: 1, note: `CPU ${ms(run.cpuMs)}（所有线程）；每个报告 ${ms(run.wallMs / REPORTS)}；负载 ${os.loadavg()[0].toFixed(1)}` };
        },
    },
    {
        name: `峰值内存：juesuan check ${REPORTS} 个报告`,
        run: () => {
            const run = bureauRun();
            return { kind: 'size', bytes: run.peakBytes, note: `maxRSS；目标 < ${TARGETS.peakMb} MB ${mark(run.peakBytes < TARGETS.peakMb * 1024 * 1024)}` };
        },
    },
];
