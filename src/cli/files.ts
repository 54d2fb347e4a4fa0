// Reading a report from disk and saying in Chinese why a file could not be read or written.
// Only regular files are read (a device such as /dev/zero would be read forever, a FIFO would
// wait for a writer), and only up to a size limit.
// node:fs's promises, read when first used: node:fs/promises loads them, and readline, at every start of `juesuan check`
import { closeSync, constants, fstatSync, openSync, promises as fs, readFileSync, type Stats } from 'node:fs';

/** What a report's file name ends in. */
export const REPORT_EXTENSION = '.juesuan';

/** The default of `--max-size`, in MB: a seed-size report is 60 KB, the largest seen 4 MB. */
export const DEFAULT_MAX_SIZE_MB = 50;

/** Node cannot read a file larger than this into one string (its message is English). */
const READABLE_LIMIT = 2 ** 31 - 1;

class NotUtf8Error extends Error {}
class NotTextError extends Error {}
class NotRegularFileError extends Error {}
class TooLargeError extends Error {
    constructor(readonly size: number, readonly limit: number) {
        super(`${size} > ${limit}`);
    }
}

export interface ReadOptions {
    /** Refuse files larger than this many bytes. */
    maxBytes?: number;
}

/** Non-blocking, so that opening a FIFO does not wait for a writer; fstat then refuses it. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The text of a report: a regular file of UTF-8 text within the size limit. */
export async function readUtf8(file: string, options: ReadOptions = {}): Promise<string> {
    const handle = await fs.open(file, OPEN_FLAGS);
    let bytes: Buffer;
    try {
        const limit = readableSize(await handle.stat(), options);
        bytes = await handle.readFile();
        // a file that grew while it was read
        if (bytes.length > limit) throw new TooLargeError(bytes.length, limit);
    } finally {
        await handle.close();
    }
    return decodeUtf8(bytes);
}

/**
 * readUtf8 on this thread, for `juesuan check`, which reads a file only when it is about to check it:
 * the four asynchronous steps cost more than the reading (300 seed-size reports: 160 ms of CPU, 70 ms so).
 */
export function readUtf8Sync(file: string, options: ReadOptions = {}): string {
    const fd = openSync(file, OPEN_FLAGS);
    let bytes: Buffer;
    try {
        const limit = readableSize(fstatSync(fd), options);
        bytes = readFileSync(fd);
        if (bytes.length > limit) throw new TooLargeError(bytes.length, limit);
    } finally {
        closeSync(fd);
    }
    return decodeUtf8(bytes);
}

/** The size limit of a file that may be read; throws why a file may not. */
function readableSize(stat: Stats, options: ReadOptions): number {
    if (!stat.isFile()) throw new NotRegularFileError(stat.isDirectory() ? 'EISDIR' : kindOf(stat));
    const limit = Math.min(options.maxBytes ?? DEFAULT_MAX_SIZE_MB * 1024 * 1024, READABLE_LIMIT);
    if (stat.size > limit) throw new TooLargeError(stat.size, limit);
    return limit;
}

function kindOf(stat: Stats): string {
    if (stat.isCharacterDevice() || stat.isBlockDevice()) return '设备文件';
    if (stat.isFIFO()) return '命名管道（FIFO）';
    if (stat.isSocket()) return '套接字';
    return '特殊文件';
}

/** UTF-8 text; UTF-32, UTF-16 and binary files are refused by name. */
export function decodeUtf8(bytes: Uint8Array): string {
    // UTF-32's byte-order marks first: UTF-32LE's starts with UTF-16LE's
    if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
        throw new NotUtf8Error('UTF-32');
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new NotUtf8Error('UTF-16');
    // NUL bytes are valid UTF-8 but no text has them: a binary file, or UTF-16/32 without its mark
    if (bytes.includes(0)) throw new NotTextError();
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new NotUtf8Error();
    }
}

function formatBytes(bytes: number): string {
    if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
    if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
    return `${Math.ceil(bytes / 1024)} KB`;
}

/** Why reading or writing a file failed, for a user. */
export function describeFileError(err: unknown): string {
    if (err instanceof NotUtf8Error) {
        return err.message ? `是 ${err.message} 编码的文本（请把文件另存为 UTF-8）` : '不是 UTF-8 编码的文本（请把文件另存为 UTF-8）';
    }
    if (err instanceof NotTextError) return '不是文本文件（含有 NUL 字节：可能是二进制文件，或 UTF-16、UTF-32 编码的文本，请另存为 UTF-8）';
    if (err instanceof NotRegularFileError) return err.message === 'EISDIR' ? '这是一个目录，不是文件' : `这是${err.message}，不是普通文件，不会读取`;
    if (err instanceof TooLargeError) {
        return err.limit >= READABLE_LIMIT
            ? `文件太大（${formatBytes(err.size)}），超过了能读取的上限 2 GB`
            : `文件太大（${formatBytes(err.size)}），超过了上限 ${formatBytes(err.limit)}（可用 --max-size 调整）`;
    }
    switch ((err as NodeJS.ErrnoException | undefined)?.code) {
        case 'ENOENT': return '文件或目录不存在';
        case 'EISDIR': return '这是一个目录，不是文件';
        case 'EACCES':
        case 'EPERM': return '没有权限';
        case 'ENAMETOOLONG': return '文件名太长';
        case 'ENOTDIR': return '路径中有一段不是目录';
        case 'ELOOP': return '符号链接循环';
        case 'ENOSPC': return '磁盘空间不足';
        case 'EROFS': return '文件系统只读';
        case 'ENXIO': return '这是没有写入方的命名管道或设备，不是普通文件';
        case 'EXDEV': return '不能跨文件系统改名';
        default: return err instanceof Error ? err.message : String(err);
    }
}
