// `juesuan check PATH...`: the checks the language server runs, on files, folders and globs.
// Files are found, read, checked and reported one at a time (a few in flight at most), so that
// memory stays that of a few reports however many are checked; with several threads, each
// worker reads and checks its own files, and the results are printed in the order found.
// node:fs's promises, read when first used (only by --fix): node:fs/promises loads them, and readline, at start-up
import { existsSync, promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { writeFileAtomic } from '../generation/output.js';
import { ReportChecker, type CheckResult, type CheckTask, type FixMode } from './checker.js';

export type { CheckResult };
import { createFormatter, escapeControls, formatSummary, type CliDiagnostic, type OutputFormat } from './diagnostics-format.js';
import { DEFAULT_MAX_SIZE_MB, describeFileError } from './files.js';
import { orderedOutput } from './ordered-output.js';
import { findReports, type InputFile, type PathProblem } from './paths.js';
import { createProgress, type Progress } from './progress.js';
import { removeTemporaryFilesOnSignal } from './signals.js';
import { readVersion } from './version.js';

export type { OutputFormat };

export interface CheckOptions {
    format: OutputFormat;
    /** Threads to check with; by default `defaultJobs()`. */
    jobs?: number;
    /** Apply the safe fixes and write the files (`write`), or print their diff (`dry-run`). */
    fix?: FixMode;
    /** Files larger than this many MB are not read. */
    maxSizeMb?: number;
}

export interface CheckOutput {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/**
 * Checks the reports `paths` name and writes the findings; returns the exit code: 0 no errors,
 * 1 some error, 2 some path named nothing or some file could not be read (the others are still
 * checked).
 */
export async function runCheck(paths: readonly string[], options: CheckOptions, given?: CheckOutput): Promise<number> {
    const own = given ? undefined : orderedOutput();
    const output = given ?? own!;
    const cwd = process.cwd();
    const fix = options.fix ?? 'none';
    if (fix === 'write') removeTemporaryFilesOnSignal();
    let failed = false;
    const notes: { file: string; message: string }[] = [];
    const progress: Progress = await createProgress(output.stdout, own !== undefined);
    const formatter = createFormatter(options.format, { cwd, version: readVersion() });
    // with --fix-dry-run, standard output is the diff alone, for `git apply`
    const print = fix === 'dry-run' ? () => {} : progress.write;
    const summary = new Summary();
    const results = checkReports(paths, {
        cwd,
        jobs: options.jobs,
        fix,
        maxSizeMb: options.maxSizeMb,
        onProblem: problem => {
            failed = true;
            output.stderr(`${escapeControls(problem.given)}：${problem.message}\n`);
        },
        onFound: count => progress.found(count),
    });

    print(formatter.begin());
    try {
        for await (const result of results) {
            progress.done();
            if (result.error !== undefined) {
                failed = true;
                notes.push({ file: result.given, message: result.error });
                output.stderr(`无法读取文件 ${escapeControls(result.given)}：${result.error}\n`);
                continue;
            }
            if (result.diff) progress.write(result.diff);
            if (result.fixed) {
                const problem = await writeFixed(result);
                if (problem) {
                    failed = true;
                    output.stderr(`未写入 ${escapeControls(result.given)} 的修正：${problem}\n`);
                } else {
                    summary.fixed(result.fixed.edits);
                }
            }
            print(formatter.file({ file: result.given, absolute: result.absolute, diagnostics: result.diagnostics }));
            summary.add(result.given, result.diagnostics);
        }
    } finally {
        progress.stop();
    }
    print(formatter.end(notes));
    output.stderr(summary.format(fix));
    await own?.flushed();
    if (failed) return EXIT_USAGE;
    return summary.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

export interface CheckRun {
    readonly cwd: string;
    readonly jobs?: number;
    readonly fix?: FixMode;
    readonly maxSizeMb?: number;
    /** A path that named no report. */
    readonly onProblem: (problem: PathProblem) => void;
    /** How many files were found so far. */
    readonly onFound?: (count: number) => void;
}

/** The results of checking the reports `paths` name, one at a time, in the order found. */
export function checkReports(paths: readonly string[], run: CheckRun): AsyncGenerator<CheckResult> {
    const queue = new FileQueue(findReports(paths, run.onProblem, run.cwd), run.onFound ?? (() => {}));
    const maxBytes = (run.maxSizeMb ?? DEFAULT_MAX_SIZE_MB) * 1024 * 1024;
    return checkAll(queue, run.jobs ?? defaultJobs(), file => ({ ...file, fix: run.fix ?? 'none', maxBytes }));
}

/**
 * Writes a fixed report over its file, through a symbolic link to the file it names, atomically;
 * not when the file changed since it was read (an editor saved it meanwhile). Returns why not.
 */
async function writeFixed(result: CheckResult): Promise<string | undefined> {
    try {
        const target = await fs.realpath(result.absolute);
        const now = await fs.readFile(target, 'utf8');
        if (now !== result.fixed!.original) return '文件在检查期间被改动了，请重新运行';
        await writeFileAtomic(target, result.fixed!.text);
        return undefined;
    } catch (err) {
        return describeFileError(err);
    }
}

/** What the end of a check says: counts, files with errors, findings per rule, fixes. */
class Summary {
    files = 0;
    errors = 0;
    private warnings = 0;
    private infos = 0;
    private readonly byRule = new Map<string, number>();
    private filesWithErrors = 0;
    private readonly someFilesWithErrors: string[] = [];
    private fixedFiles = 0;
    private fixedEdits = 0;

    add(file: string, diagnostics: readonly CliDiagnostic[]): void {
        this.files++;
        let errors = 0;
        for (const d of diagnostics) {
            if (d.severity === 'error') errors++;
            else if (d.severity === 'warning') this.warnings++;
            else this.infos++;
            const rule = d.code ?? '（无规则）';
            this.byRule.set(rule, (this.byRule.get(rule) ?? 0) + 1);
        }
        this.errors += errors;
        if (errors > 0) {
            this.filesWithErrors++;
            if (this.someFilesWithErrors.length < 10) this.someFilesWithErrors.push(file);
        }
    }

    fixed(edits: number): void {
        this.fixedFiles++;
        this.fixedEdits += edits;
    }

    format(fix: FixMode): string {
        const lines = [formatSummary(this.files, { errors: this.errors, warnings: this.warnings, infos: this.infos })];
        if (this.filesWithErrors > 0) {
            const more = this.filesWithErrors > this.someFilesWithErrors.length ? ' 等' : '';
            lines.push(`有错误的文件 ${this.filesWithErrors} 个：${this.someFilesWithErrors.map(escapeControls).join('、')}${more}`);
        }
        if (this.byRule.size > 0) {
            const rules = [...this.byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
            lines.push(`按规则：${rules.map(([rule, count]) => `${rule} ${count}`).join('，')}`);
        }
        if (fix === 'write') lines.push(`已修正 ${this.fixedFiles} 个文件，共 ${this.fixedEdits} 处（只应用安全的修正；上面列出的是修正后仍有的问题）`);
        return lines.join('\n') + '\n';
    }
}

/**
 * One thread per processor but one: V8's garbage collector works beside each thread on the
 * remaining processor. On 2 processors a second thread only doubled the collector's work (300
 * reports: the same 4–6 s, with 40% more CPU time and 60% more memory).
 */
export function defaultJobs(): number {
    return Math.max(1, os.availableParallelism() - 1);
}

/** The files found so far, handed out one at a time; finding goes on ahead of checking. */
class FileQueue {
    private readonly files: InputFile[] = [];
    private finished = false;
    private wake: (() => void) | undefined;
    found = 0;

    constructor(source: AsyncIterable<InputFile>, onFound: (count: number) => void) {
        void (async () => {
            try {
                for await (const file of source) {
                    this.files.push(file);
                    onFound(++this.found);
                    this.wake?.();
                }
            } finally {
                this.finished = true;
                this.wake?.();
            }
        })();
    }

    async next(): Promise<InputFile | undefined> {
        while (this.files.length === 0 && !this.finished) await new Promise<void>(resolve => { this.wake = resolve; });
        return this.files.shift();
    }
}

/** Below this many files per thread, starting a thread (about 0.3 s) costs more than it saves. */
const FILES_PER_THREAD = 20;

/**
 * Each check thread's old generation, in MB, in a run of `FILES_FOR_BOUNDED_HEAP` files or more.
 * Unbounded, V8 lets a heap grow lazily to several times what it holds, the more the longer the run
 * (10,000 reports on one thread: 370–787 MB resident from run to run, with 20–60 MB held after each
 * full collection); bounded, it collects sooner, at about a sixth more CPU time, which a shorter run
 * is spared (300 reports: about 200 MB either way). A report that needs more than the bound (the
 * seed report 100 times over fits) is checked again on a thread without it.
 */
const THREAD_HEAP_MB = 160;
const FILES_FOR_BOUNDED_HEAP = 500;

/** Tests bound the threads' heaps to a few MB to see reports that exceed it checked again; the bound then applies from 20 files. */
const GIVEN_HEAP_MB = Number(process.env.JUESUAN_CHECK_THREAD_HEAP_MB) || undefined;

/** Files in flight per thread: one being checked, one waiting, so that no thread idles. */
const IN_FLIGHT_PER_THREAD = 2;

/** Marks the data (and the arguments) of the threads that check files for `checkAll`. */
const WORKER_MARK = 'juesuanCheckWorker';

/**
 * node:worker_threads, loaded when a thread is started or may be one: with the modules it brings,
 * about 10 M instructions of every start of `juesuan check` (1% of a one-file check's own).
 */
const workerThreads = () => createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

interface Checker {
    check(task: CheckTask): Promise<CheckResult>;
    close(): void;
}

/** Checks on this thread, one file after the other. */
class InlineChecker implements Checker {
    private readonly checker = new ReportChecker();
    private last: Promise<unknown> = Promise.resolve();

    check(task: CheckTask): Promise<CheckResult> {
        const result = this.last.then(() => this.checker.check(task));
        this.last = result.catch(() => undefined);
        return result;
    }

    close(): void {}
}

interface Pending {
    readonly task: CheckTask;
    readonly resolve: (r: CheckResult) => void;
    readonly reject: (e: unknown) => void;
}

/**
 * Checks on a worker thread running the bundle (see workerEntry); the worker reads its files itself. With a heap
 * bound, a thread that runs out of it is replaced, and the files it had in hand are checked again
 * on a thread without the bound (made when first needed): never a report lost to the bound.
 */
class WorkerChecker implements Checker {
    private worker: Worker;
    private readonly pending = new Map<number, Pending>();
    private next = 0;
    /** Reports this thread has finished: a bounded thread that runs out before its first is not bounded again. */
    private finished = 0;
    private unbounded: WorkerChecker | undefined;

    constructor(private readonly entry: string, private heapMb?: number) {
        this.worker = this.start();
    }

    private start(): Worker {
        const resourceLimits = this.heapMb === undefined ? undefined : { maxOldGenerationSizeMb: this.heapMb };
        const worker = new (workerThreads().Worker)(this.entry, { workerData: { [WORKER_MARK]: true }, argv: [WORKER_MARK], resourceLimits });
        worker.on('message', ({ id, result }: { id: number; result: CheckResult }) => {
            this.finished++;
            this.pending.get(id)?.resolve(result);
            this.pending.delete(id);
        });
        worker.on('error', err => this.failed(worker, err));
        worker.on('exit', code => this.failed(worker, new Error(`检查线程意外退出（退出码 ${code}）`)));
        return worker;
    }

    private failed(worker: Worker, err: unknown): void {
        // a thread already replaced (its exit after its error)
        if (worker !== this.worker) return;
        const tasks = [...this.pending.values()];
        this.pending.clear();
        if (this.heapMb !== undefined && (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
            this.unbounded ??= new WorkerChecker(this.entry);
            for (const { task, resolve, reject } of tasks) this.unbounded.check(task).then(resolve, reject);
            if (this.finished === 0) this.heapMb = undefined;
            this.finished = 0;
            this.worker = this.start();
            return;
        }
        for (const { reject } of tasks) reject(err);
    }

    check(task: CheckTask): Promise<CheckResult> {
        const id = this.next++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { task, resolve, reject });
            this.worker.postMessage({ id, task });
        });
    }

    close(): void {
        this.worker.removeAllListeners('exit');
        // the language services keep the thread's event loop alive
        void this.worker.terminate();
        this.unbounded?.close();
    }
}

/**
 * When this thread is one of `checkAll`'s workers: checks the files it is sent, one after the
 * other, and returns true. The bundle's entry asks this first.
 */
export function runAsCheckWorker(): boolean {
    // a thread's arguments end with the mark: the main thread's (seldom so) need not load worker_threads to know it is none
    if (process.argv[process.argv.length - 1] !== WORKER_MARK) return false;
    const { parentPort, workerData } = workerThreads();
    if (!(workerData as Record<string, unknown> | null)?.[WORKER_MARK] || !parentPort) return false;
    const port = parentPort;
    const checker = new InlineChecker();
    port.on('message', ({ id, task }: { id: number; task: CheckTask }) => {
        void checker.check(task).then(result => port.postMessage({ id, result }));
    });
    return true;
}

/**
 * What a check thread runs: bin/juesuan.cjs beside the bundle where it is, which compiles the bundle from
 * the code cache the main thread read (a thread's start and first report: 540 → 320 ms of CPU), else the bundle.
 */
function workerEntry(bundle: string): string {
    const loader = path.join(path.dirname(bundle), '..', 'bin', 'juesuan.cjs');
    return existsSync(loader) ? loader : bundle;
}

/**
 * The results of checking the queue's files, in the queue's order, on up to `jobs` threads.
 * Workers need the bundle (out/cli.cjs); run from the sources, everything is checked here.
 */
async function* checkAll(queue: FileQueue, jobs: number, task: (file: InputFile) => CheckTask): AsyncGenerator<CheckResult> {
    // the first files tell whether threads are worth starting
    const first: InputFile[] = [];
    while (first.length < Math.max(jobs * FILES_PER_THREAD, FILES_FOR_BOUNDED_HEAP)) {
        const file = await queue.next();
        if (!file) break;
        first.push(file);
    }
    const threads = Math.max(1, Math.min(jobs, Math.floor(first.length / FILES_PER_THREAD)));
    // the command line's bundle, out/cli.cjs, runs the workers (also when `review` runs this from out/cli-build.cjs)
    const entry = typeof __filename === 'string' && __filename.endsWith('.cjs') ? workerEntry(path.join(path.dirname(__filename), 'cli.cjs')) : undefined;
    // only a thread's heap can be bounded: one job checks a long run on a thread of its own (its start is a few percent of such a run)
    const bounded = first.length >= (GIVEN_HEAP_MB === undefined ? FILES_FOR_BOUNDED_HEAP : FILES_PER_THREAD);
    const heapMb = bounded ? GIVEN_HEAP_MB ?? THREAD_HEAP_MB : undefined;
    const checkers: Checker[] = !entry || (threads === 1 && heapMb === undefined)
        ? [new InlineChecker()]
        : Array.from({ length: threads }, () => new WorkerChecker(entry, heapMb));
    const load = new Map<Checker, number>(checkers.map(c => [c, 0]));
    const inFlight: Promise<CheckResult>[] = [];
    const limit = checkers.length * IN_FLIGHT_PER_THREAD;
    try {
        for (;;) {
            while (inFlight.length < limit) {
                const file = first.shift() ?? await queue.next();
                if (!file) break;
                const checker = checkers.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
                load.set(checker, load.get(checker)! + 1);
                const result = checker.check(task(file)).finally(() => load.set(checker, load.get(checker)! - 1));
                // a worker that dies rejects its files' results: handled when their turn comes
                result.catch(() => undefined);
                inFlight.push(result);
            }
            const head = inFlight.shift();
            if (!head) return;
            yield await head;
        }
    } finally {
        for (const checker of checkers) checker.close();
    }
}
