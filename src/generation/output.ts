// Writing the built report: beside its source by default, never over it, and atomically (a
// temporary file in the same folder renamed into place), for the command line and VS Code alike.
// node:fs's promises, read when first used: node:fs/promises loads them, and readline, at every start of `juesuan check`
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

/** FILE.juesuan → FILE.html beside it; another name gets .html added. */
export function defaultOutputPath(input: string): string {
    const parsed = path.parse(input);
    return parsed.ext.toLowerCase() === '.juesuan'
        ? path.join(parsed.dir, `${parsed.name}.html`)
        : `${input}.html`;
}

/** Whether writing `output` would replace `input`: the same path, a link to it, or the same file. */
export async function isSameFile(input: string, output: string): Promise<boolean> {
    const a = path.resolve(input);
    const b = path.resolve(output);
    if (a === b) return true;
    const [realA, realB] = await Promise.all([realPath(a), realPath(b)]);
    if (realA === realB) return true;
    try {
        const [statA, statB] = await Promise.all([fs.stat(a), fs.stat(b)]);
        return statA.dev === statB.dev && statA.ino === statB.ino;
    } catch {
        return false;
    }
}

/** The real path of a file, or of its folder joined with its name when it does not exist yet. */
async function realPath(file: string): Promise<string> {
    try {
        return await fs.realpath(file);
    } catch {
        try {
            return path.join(await fs.realpath(path.dirname(file)), path.basename(file));
        } catch {
            return file;
        }
    }
}

/** Temporary files being written now: a process ending on a signal removes them (src/cli/signals.ts). */
export const pendingTemporaryFiles = new Set<string>();

/**
 * Writes `content` to `target` so that readers see the old file or the whole new one, never
 * half of it: a temporary file in the same folder, flushed, then renamed over the target.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
    const dir = path.dirname(path.resolve(target));
    // loaded here: node:crypto is a few milliseconds of every start of `juesuan check`, which writes only
    // with --fix (required, not imported: bin/juesuan.cjs compiles the bundle with no dynamic import)
    const { randomBytes } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
    const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let mode = 0o644;
    try {
        mode = (await fs.stat(target)).mode & 0o777;
    } catch {
        // a new file
    }
    const handle = await fs.open(temporary, 'wx', mode);
    pendingTemporaryFiles.add(temporary);
    try {
        try {
            await handle.writeFile(content, typeof content === 'string' ? 'utf8' : undefined);
            await handle.sync();
        } finally {
            await handle.close();
        }
        await fs.rename(temporary, target);
    } catch (err) {
        await fs.rm(temporary, { force: true });
        throw err;
    } finally {
        pendingTemporaryFiles.delete(temporary);
    }
}
