// `juesuan check FILE...`: the checks the language server runs, on files from the command line.
import * as os from 'node:os';
import * as path from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { TextDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createJuesuanServices } from '../language/juesuan-module.js';
import { describeFileError, readUtf8 } from './files.js';
import {
    countSeverities, formatJson, formatSummary, formatText, sortDiagnostics, toCliDiagnostic,
    type CliDiagnostic,
} from './diagnostics-format.js';

export type OutputFormat = 'text' | 'json';

export interface CheckOptions {
    format: OutputFormat;
    /** Threads to check with; by default `defaultJobs()`. */
    jobs?: number;
}

export interface CheckOutput {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

const processOutput: CheckOutput = {
    stdout: text => { process.stdout.write(text); },
    stderr: text => { process.stderr.write(text); },
};

interface InputFile {
    /** As written on the command line; diagnostics name the file this way. */
    given: string;
    absolute: string;
}

/**
 * Checks the files and writes the diagnostics; returns the exit code: 0 no errors,
 * 1 some error, 2 some file could not be read (the readable ones are still checked).
 */
export async function runCheck(files: readonly string[], options: CheckOptions, output: CheckOutput = processOutput): Promise<number> {
    const inputs = uniqueFiles(files);
    const sources: Source[] = [];
    let unreadable = false;
    // read all at once: one after the other, the thread waited for each (0.1 s for 300 files)
    const texts = await Promise.allSettled(inputs.map(input => readUtf8(input.absolute)));
    inputs.forEach((input, index) => {
        const text = texts[index];
        if (text.status === 'fulfilled') {
            sources.push({ ...input, text: text.value });
        } else {
            unreadable = true;
            output.stderr(`无法读取文件 ${input.given}：${describeFileError(text.reason)}\n`);
        }
    });

    const diagnostics = await checkInParallel(sources, options.jobs ?? defaultJobs());
    const sorted = sortDiagnostics(diagnostics, inputs.map(i => i.given));
    const counts = countSeverities(sorted);
    if (options.format === 'json') {
        output.stdout(formatJson(sorted));
    } else {
        output.stdout(formatText(sorted));
        output.stderr(formatSummary(sources.length, counts) + '\n');
    }
    if (unreadable) return EXIT_USAGE;
    return counts.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

/**
 * One thread per processor but one: V8's garbage collector works beside each thread on the
 * remaining processor. On 2 processors a second thread only doubled the collector's work (300
 * reports: the same 4–6 s, with 40% more CPU time and 60% more memory).
 */
export function defaultJobs(): number {
    return Math.max(1, os.availableParallelism() - 1);
}

interface Source extends InputFile {
    text: string;
}

/** Below this many files per thread, starting a thread (about 0.3 s) costs more than it saves. */
const FILES_PER_THREAD = 20;

/** Marks the data of the threads that check a share of the files. */
const WORKER_MARK = 'juesuanCheckShare';

/**
 * Checks the sources on up to `jobs` threads: this one and workers running this bundle, each
 * with its share of the files (balanced by size). Reports are independent of one another, so the
 * shares give the diagnostics one thread would. Workers need the bundle (out/cli.cjs); run from
 * the sources, everything is checked on this thread.
 */
async function checkInParallel(sources: readonly Source[], jobs: number): Promise<CliDiagnostic[]> {
    const threads = Math.max(1, Math.min(jobs, Math.floor(sources.length / FILES_PER_THREAD)));
    const bundle = typeof __filename === 'string' && __filename.endsWith('.cjs') ? __filename : undefined;
    if (threads === 1 || !bundle) return checkSources(sources);
    const shares: Source[][] = Array.from({ length: threads }, () => []);
    const sizes = new Array<number>(threads).fill(0);
    for (const source of [...sources].sort((a, b) => b.text.length - a.text.length)) {
        const lightest = sizes.indexOf(Math.min(...sizes));
        shares[lightest].push(source);
        sizes[lightest] += source.text.length;
    }
    const inWorkers = shares.slice(1).map(share => new Promise<CliDiagnostic[]>((resolve, reject) => {
        const worker = new Worker(bundle, { workerData: { [WORKER_MARK]: share } });
        worker.once('message', (diagnostics: CliDiagnostic[]) => {
            resolve(diagnostics);
            // the language services keep the thread's event loop alive
            void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', code => reject(new Error(`检查线程意外退出（退出码 ${code}）`)));
    }));
    const here = await checkSources(shares[0]);
    return [...here, ...(await Promise.all(inWorkers)).flat()];
}

/**
 * When this thread is one of `checkInParallel`'s workers: checks its share of the files, posts the
 * diagnostics back and returns true. The bundle's entry asks this first.
 */
export function runAsCheckWorker(): boolean {
    const share = (workerData as Record<string, Source[]> | null)?.[WORKER_MARK];
    if (!share || !parentPort) return false;
    const port = parentPort;
    void checkSources(share).then(diagnostics => port.postMessage(diagnostics));
    return true;
}

/**
 * Checks each text with the services the language server uses. A report never refers to another,
 * so each is built, read and let go in turn: the memory held stays that of one report, not of
 * all of them (300 reports held 520 MB).
 */
async function checkSources(sources: readonly Source[]): Promise<CliDiagnostic[]> {
    if (sources.length === 0) return [];
    const { shared, Juesuan } = createJuesuanServices({ ...NodeFileSystem });
    const languageId = Juesuan.LanguageMetaData.languageId;
    const diagnostics: CliDiagnostic[] = [];
    for (const { given, absolute, text } of sources) {
        const uri = URI.file(absolute);
        // Registered as an open editor document of this language, so that a file whose name
        // does not end in .juesuan is still checked as one (the registry asks for its languageId).
        const textDocument = TextDocument.create(uri.toString(), languageId, 0, text);
        shared.workspace.TextDocuments.set(textDocument);
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocument, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        for (const d of document.diagnostics ?? []) diagnostics.push(toCliDiagnostic(given, d));
        shared.workspace.TextDocuments.delete(uri);
        // through the builder, so that the caches of the report (its model) are emptied too
        await shared.workspace.DocumentBuilder.update([], [uri]);
    }
    return diagnostics;
}

function uniqueFiles(files: readonly string[]): InputFile[] {
    const seen = new Set<string>();
    const result: InputFile[] = [];
    for (const given of files) {
        const absolute = path.resolve(given);
        if (seen.has(absolute)) continue;
        seen.add(absolute);
        result.push({ given, absolute });
    }
    return result;
}
