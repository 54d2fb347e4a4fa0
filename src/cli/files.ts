// Reading a report from disk and saying in Chinese why a file could not be read or written.
import * as fs from 'node:fs/promises';

class NotUtf8Error extends Error {}
class NotTextError extends Error {}

/** The text of a file that must be UTF-8 text; UTF-16 and binary files are refused by name. */
export async function readUtf8(file: string): Promise<string> {
    const bytes = await fs.readFile(file);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new NotUtf8Error('UTF-16');
    // NUL bytes are valid UTF-8 but no text has them: a binary file, or UTF-16 without its BOM
    if (bytes.includes(0)) throw new NotTextError();
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new NotUtf8Error();
    }
}

/** Why reading or writing a file failed, for a user. */
export function describeFileError(err: unknown): string {
    if (err instanceof NotUtf8Error) return err.message === 'UTF-16' ? '是 UTF-16 编码的文本（请把文件另存为 UTF-8）' : '不是 UTF-8 编码的文本（请把文件另存为 UTF-8）';
    if (err instanceof NotTextError) return '不是文本文件（含有 NUL 字节：可能是二进制文件，或 UTF-16 编码的文本，请另存为 UTF-8）';
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
        default: return err instanceof Error ? err.message : String(err);
    }
}
