// `npm run fuzz -- [--cases N] [--seed S] [--workers W] [--case N]`: mutates the example report
// into N cases and runs each through parsing, every check, the editor features and the report
// build, on worker threads; a failing case is saved under test/fuzz/corpus/ and replayed by the
// tests. Bundled to out/fuzz.cjs by scripts/fuzz/run.mjs; the same file runs the workers.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { FuzzCase } from './cases.js';
import { makeCase, saveCase, signature } from './cases.js';
import { FuzzHarness } from './harness.js';
import { Random } from './prng.js';

interface Options {
    cases: number;
    seed: number;
    workers: number;
    only?: number;
    limitMs: number;
    corpus: string;
    save: boolean;
    base: string;
    /** Cases per distinct problem saved to the corpus. */
    keep: number;
}

interface WorkerInput {
    readonly base: string;
    readonly seed: number;
    readonly limitMs: number;
}

type ToWorker = { readonly n: number };
type FromWorker =
    | { readonly type: 'ready' }
    | {
        readonly type: 'result'; readonly n: number; readonly ms: number; readonly phases: Record<string, number>;
        readonly problems: readonly string[]; readonly applied: readonly string[]; readonly text?: string;
        readonly length: number; readonly rss: number;
    };

const ROOT = path.resolve(typeof __dirname === 'string' ? __dirname : process.cwd(), '..');

function parseArgs(argv: readonly string[]): Options {
    const options: Options = {
        cases: 10_000,
        seed: 1,
        workers: Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8)),
        limitMs: 2000,
        corpus: path.join(ROOT, 'test', 'fuzz', 'corpus'),
        save: true,
        base: path.join(ROOT, 'examples', 'leshan-2020.juesuan'),
        keep: 3,
    };
    const number = (flag: string, value: string | undefined): number => {
        const n = Number(value);
        if (value === undefined || !Number.isInteger(n) || n < 0) throw new Error(`${flag} 需要一个非负整数`);
        return n;
    };
    for (let i = 0; i < argv.length; i++) {
        const [flag, inline] = argv[i].split('=', 2) as [string, string | undefined];
        const value = () => inline ?? argv[++i];
        switch (flag) {
            case '--cases': options.cases = number(flag, value()); break;
            case '--seed': options.seed = number(flag, value()); break;
            case '--workers': options.workers = Math.max(1, number(flag, value())); break;
            case '--case': options.only = number(flag, value()); break;
            case '--limit-ms': options.limitMs = number(flag, value()); break;
            case '--corpus': options.corpus = path.resolve(value()); break;
            case '--base': options.base = path.resolve(value()); break;
            case '--keep': options.keep = number(flag, value()); break;
            case '--no-save': options.save = false; break;
            case '--help':
                process.stdout.write([
                    '用法：npm run fuzz -- [--cases N] [--seed S] [--workers W] [--case N] [--limit-ms MS] [--no-save]',
                    '  --cases N     用例数（默认 10000）',
                    '  --seed S      随机种子（默认 1）；同一种子、同一编号的用例总是相同',
                    '  --workers W   工作线程数（默认为 CPU 数）',
                    '  --case N      只运行第 N 号用例并打印详情',
                    '  --limit-ms MS 单个用例的时间上限（默认 2000）',
                    '  --corpus DIR  失败用例的保存目录（默认 test/fuzz/corpus）',
                    '  --keep K      每种问题最多保存 K 个用例（默认 3）',
                    '  --no-save     不保存失败用例',
                    '',
                ].join('\n'));
                process.exit(0);
                break;
            default:
                throw new Error(`未知参数 ${argv[i]}（见 --help）`);
        }
    }
    return options;
}

// ---- the worker --------------------------------------------------------------------------

async function workerMain(input: WorkerInput): Promise<void> {
    const harness = new FuzzHarness();
    const base = harness.base(input.base);
    const port = parentPort!;
    // the first runs are slow while the code is compiled: not counted
    for (let i = 0; i < 3; i++) await harness.run(input.base, new Random(i), { limitMs: Infinity });
    let queue = Promise.resolve();
    port.on('message', (message: ToWorker) => {
        queue = queue.then(async () => {
            const fuzzCase = makeCase(base, input.seed, message.n, harness.tokenize);
            const result = await harness.run(fuzzCase.text, fuzzCase.random, { limitMs: input.limitMs });
            const reply: FromWorker = {
                type: 'result', n: message.n, ms: result.ms, phases: result.phases, problems: result.problems,
                applied: fuzzCase.applied, text: result.problems.length > 0 ? fuzzCase.text : undefined,
                length: fuzzCase.text.length, rss: process.memoryUsage().rss,
            };
            port.postMessage(reply);
        });
    });
    port.postMessage({ type: 'ready' } satisfies FromWorker);
}

// ---- the main thread ---------------------------------------------------------------------

interface Failure {
    readonly n: number;
    readonly problems: readonly string[];
    readonly applied: readonly string[];
    readonly file?: string;
}

async function runOne(options: Options, base: string): Promise<number> {
    const harness = new FuzzHarness();
    // as in the workers: the first runs compile the code, and are not timed
    for (let i = 0; i < 3; i++) await harness.run(base, new Random(i), { limitMs: Infinity });
    const fuzzCase = makeCase(harness.base(base), options.seed, options.only!, harness.tokenize);
    const result = await harness.run(fuzzCase.text, fuzzCase.random, { limitMs: options.limitMs });
    process.stdout.write(`用例 ${options.seed}-${options.only}：变异 ${fuzzCase.applied.join(', ')}；${fuzzCase.text.length} 字符；${result.ms.toFixed(0)} ms；${result.diagnostics} 条诊断\n`);
    process.stdout.write(`各阶段：${Object.entries(result.phases).map(([k, v]) => `${k} ${v.toFixed(0)}`).join('，')} ms\n`);
    if (result.problems.length === 0) {
        process.stdout.write('没有问题。\n');
        return 0;
    }
    process.stdout.write(result.problems.join('\n') + '\n');
    if (options.save) process.stdout.write(`已保存：${saveCase(options.corpus, fuzzCase, result.problems)}\n`);
    return 1;
}

interface PoolHandlers {
    result(worker: number, message: Extract<FromWorker, { type: 'result' }>): void;
    hang(n: number): void;
    crash(n: number, err: unknown): void;
}

/**
 * Runs the cases on `workers` worker threads, each case sent to the next free worker. A case
 * that does not answer within `hangMs` hangs: its worker is terminated and replaced.
 */
function runPool(cases: readonly number[], workers: number, input: WorkerInput, hangMs: number, on: PoolHandlers): Promise<void> {
    return new Promise<void>((resolve) => {
        let next = 0;
        let active = 0;
        const spawn = (id: number) => {
            const worker = new Worker(__filename, { workerData: input });
            active++;
            let current: number | undefined;
            let timer: NodeJS.Timeout | undefined;
            let finished = false;
            const dispatch = () => {
                clearTimeout(timer);
                if (next >= cases.length) {
                    finished = true;
                    void worker.terminate();
                    return;
                }
                current = cases[next++];
                worker.postMessage({ n: current } satisfies ToWorker);
                timer = setTimeout(() => {
                    finished = true;
                    on.hang(current!);
                    void worker.terminate();
                    spawn(id);
                }, hangMs);
            };
            worker.on('message', (message: FromWorker) => {
                if (message.type === 'result') on.result(id, message);
                dispatch();
            });
            worker.on('error', err => {
                clearTimeout(timer);
                if (current !== undefined && !finished) {
                    finished = true;
                    on.crash(current, err);
                    spawn(id);
                }
            });
            worker.on('exit', () => {
                clearTimeout(timer);
                active--;
                if (active === 0 && next >= cases.length) resolve();
            });
        };
        if (cases.length === 0) resolve();
        else for (let i = 0; i < Math.min(workers, cases.length); i++) spawn(i);
    });
}

async function main(): Promise<void> {
    const options = parseArgs(process.argv.slice(2));
    const base = fs.readFileSync(options.base, 'utf8');
    if (options.only !== undefined) {
        process.exitCode = await runOne(options, base);
        return;
    }
    const started = performance.now();
    const times: number[] = [];
    const phaseTotals: Record<string, number> = {};
    const failures: Failure[] = [];
    const bySignature = new Map<string, number[]>();
    let slowest = { n: -1, ms: 0, applied: [] as readonly string[], length: 0 };
    let done = 0;
    const rss = new Map<number, { first: number; last: number }>();
    let lastProgress = performance.now();
    let mainHarness: FuzzHarness | undefined;

    const record = (n: number, problems: readonly string[], applied: readonly string[], text: string | undefined) => {
        const key = signature(problems[0]);
        const list = bySignature.get(key) ?? [];
        list.push(n);
        bySignature.set(key, list);
        let file: string | undefined;
        if (options.save && text !== undefined && list.length <= options.keep) {
            file = saveCase(options.corpus, { seed: options.seed, n, text, applied }, problems);
        }
        failures.push({ n, problems, applied, file });
    };

    const hangMs = Math.max(30_000, options.limitMs * 15);
    const onHang = (n: number) => {
        mainHarness ??= new FuzzHarness();
        const fuzzCase: FuzzCase = makeCase(mainHarness.base(base), options.seed, n, mainHarness.tokenize);
        record(n, [`hung: no answer within ${hangMs} ms`], fuzzCase.applied, fuzzCase.text);
        times.push(hangMs);
        done++;
    };
    const onCrash = (n: number, err: unknown) => {
        mainHarness ??= new FuzzHarness();
        const fuzzCase = makeCase(mainHarness.base(base), options.seed, n, mainHarness.tokenize);
        record(n, [`worker crashed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`], fuzzCase.applied, fuzzCase.text);
        done++;
    };
    // cases over the time limit only are run again at the end, one at a time: on a busy machine
    // a case is slow because of the others, and only one that is slow on its own counts
    const slowCandidates: number[] = [];
    const isOnlySlow = (problems: readonly string[]) => problems.length > 0 && problems.every(p => /^took \d+ ms/.test(p));
    const all = Array.from({ length: options.cases }, (_, n) => n);
    await runPool(all, options.workers, { base, seed: options.seed, limitMs: options.limitMs }, hangMs, {
        result: (id, message) => {
            done++;
            times.push(message.ms);
            for (const [k, v] of Object.entries(message.phases)) phaseTotals[k] = (phaseTotals[k] ?? 0) + v;
            if (message.ms > slowest.ms) slowest = { n: message.n, ms: message.ms, applied: message.applied, length: message.length };
            const mem = rss.get(id);
            rss.set(id, { first: mem?.first ?? message.rss, last: message.rss });
            if (isOnlySlow(message.problems)) slowCandidates.push(message.n);
            else if (message.problems.length > 0) record(message.n, message.problems, message.applied, message.text);
            if (performance.now() - lastProgress > 5000) {
                lastProgress = performance.now();
                const rate = done / ((performance.now() - started) / 1000);
                process.stderr.write(`  ${done}/${options.cases} 个用例，${failures.length} 个失败，${slowCandidates.length} 个待复测（超时），每秒 ${rate.toFixed(1)} 个\n`);
            }
        },
        hang: onHang,
        crash: onCrash,
    });
    let confirmed = 0;
    if (slowCandidates.length > 0) {
        process.stderr.write(`  复测 ${slowCandidates.length} 个超时的用例（单线程）…\n`);
        await runPool(slowCandidates, 1, { base, seed: options.seed, limitMs: options.limitMs }, hangMs, {
            result: (_id, message) => {
                if (message.problems.length > 0) {
                    confirmed++;
                    record(message.n, message.problems, message.applied, message.text);
                }
            },
            hang: n => { done--; onHang(n); },
            crash: (n, err) => { done--; onCrash(n, err); },
        });
    }

    const total = (performance.now() - started) / 1000;
    const sorted = [...times].sort((a, b) => a - b);
    const quantile = (q: number) => sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    const out: string[] = [];
    out.push(`fuzz：种子 ${options.seed}，${done} 个用例，${options.workers} 个工作线程，基础文本 ${path.relative(process.cwd(), options.base) || options.base}`);
    out.push(`  失败：${failures.length} 个用例，${bySignature.size} 种问题（超过 ${options.limitMs} ms 的 ${slowCandidates.length} 个用例单独复测后仍超时的 ${confirmed} 个）`);
    out.push(`  每个用例耗时：中位数 ${quantile(0.5).toFixed(0)} ms，p90 ${quantile(0.9).toFixed(0)} ms，p99 ${quantile(0.99).toFixed(0)} ms，最长 ${slowest.ms.toFixed(0)} ms（第 ${slowest.n} 号，${slowest.length} 字符，变异 ${slowest.applied.join(', ')}）`);
    const phases = Object.entries(phaseTotals).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / Math.max(1, done)).toFixed(1)}`);
    out.push(`  各阶段平均：${phases.join('，')} ms`);
    out.push(`  总耗时 ${total.toFixed(1)} s，每秒 ${(done / total).toFixed(1)} 个用例`);
    out.push(`  工作线程内存（RSS，进程合计）：开始 ${mb(Math.min(...[...rss.values()].map(r => r.first)))}，结束 ${mb(Math.max(...[...rss.values()].map(r => r.last)))}`);
    for (const [key, ns] of [...bySignature.entries()].sort((a, b) => b[1].length - a[1].length)) {
        out.push(`  ✗ ${ns.length} 个：${key}（如第 ${ns.slice(0, 5).join('、')} 号）`);
    }
    for (const failure of failures.filter(f => f.file)) {
        out.push(`  已保存 ${path.relative(process.cwd(), failure.file!)}：${failure.problems[0].split('\n')[0].slice(0, 200)}`);
    }
    process.stdout.write(out.join('\n') + '\n');
    process.exitCode = failures.length > 0 ? 1 : 0;
}

function mb(bytes: number): string {
    return Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : '—';
}

if (isMainThread) {
    main().catch(err => {
        process.stderr.write(`fuzz：${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 2;
    });
} else {
    void workerMain(workerData as WorkerInput);
}
