// The files a command line names: files as they are, folders searched for *.juesuan (skipping
// node_modules and dot-folders), and glob patterns. Found one at a time, in a fixed order (the
// command line's, then by name), each file once.
// the callback functions, promisified: node:fs/promises (with readline) costs more to load than a check of a small file spends here
import { readdir, stat, type Dirent } from 'node:fs';
import { promisify } from 'node:util';
import * as path from 'node:path';
import { REPORT_EXTENSION } from './files.js';

const statAsync = promisify(stat);
const readdirAsync = promisify(readdir);

export interface InputFile {
    /** As the user would name it: as written, or as found under a folder written. */
    readonly given: string;
    readonly absolute: string;
}

/** A path that named nothing, or a folder or pattern without reports. */
export interface PathProblem {
    readonly given: string;
    readonly message: string;
}

const SKIPPED_FOLDER = (name: string) => name === 'node_modules' || name.startsWith('.');

/**
 * The reports `paths` name, in order. A path that names nothing is a problem, reported through
 * `problem` (the command exits 2); the others are still found.
 */
export async function* findReports(paths: readonly string[], problem: (p: PathProblem) => void, cwd = process.cwd()): AsyncGenerator<InputFile> {
    const seen = new Set<string>();
    const once = (file: InputFile) => {
        if (seen.has(file.absolute)) return false;
        seen.add(file.absolute);
        return true;
    };
    // loaded only for a path that names no file: a check of files starts sooner without it
    let globs: typeof import('tinyglobby') | undefined;
    for (const given of paths) {
        const absolute = path.resolve(cwd, given);
        const stat = await statAsync(absolute).catch(() => undefined);
        if (stat?.isDirectory()) {
            let found = 0;
            for await (const file of walk(absolute, given)) {
                found++;
                if (once(file)) yield file;
            }
            if (found === 0) problem({ given, message: `目录中没有 ${REPORT_EXTENSION} 文件` });
        } else if (!stat && (globs ??= await import('tinyglobby')).isDynamicPattern(given)) {
            const { glob } = globs;
            const matches = (await glob(given, { cwd, ignore: ['**/node_modules/**'], onlyFiles: true, dot: false, expandDirectories: false })).sort(compareNames);
            if (matches.length === 0) problem({ given, message: '没有文件与这个模式相符' });
            for (const match of matches) {
                const file = { given: match, absolute: path.resolve(cwd, match) };
                if (once(file)) yield file;
            }
        } else {
            // a file named on the command line is checked whatever its name; a missing or
            // unreadable one is reported when it is read
            const file = { given, absolute };
            if (once(file)) yield file;
        }
    }
}

/** The *.juesuan files under a folder, depth first, each folder's entries by name. */
async function* walk(folder: string, given: string): AsyncGenerator<InputFile> {
    let entries: Dirent[];
    try {
        entries = await readdirAsync(folder, { withFileTypes: true });
    } catch {
        return;
    }
    entries.sort((a, b) => compareNames(a.name, b.name));
    for (const entry of entries) {
        const absolute = path.join(folder, entry.name);
        const named = path.join(given, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDER(entry.name)) yield* walk(absolute, named);
        } else if (entry.name.endsWith(REPORT_EXTENSION) && (entry.isFile() || entry.isSymbolicLink())) {
            yield { given: named, absolute };
        }
    }
}

/** By code point: the same order on every machine, whatever its locale. */
function compareNames(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
