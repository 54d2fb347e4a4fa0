// `juesuan build FILE [--format html|docx|xlsx|pdf] [-o OUT]`: the finished report, by default a
// standalone print-ready HTML file; Word, Excel and PDF are written by src/export, loaded only then.
// The file is checked as `juesuan check` does; errors are printed and the exit code is 1, but
// the report is still written, so that the user can look at it (the errors are in the preview
// too). It writes only to a regular file or a new path, never over a report's source, a folder,
// a device or a FIFO; through a symbolic link to the file it names; atomically.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { TextDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Report } from '../language/generated/ast.js';
import { createJuesuanServices } from '../language/juesuan-module.js';
import { exportPath, type ExportFormat } from '../export/formats.js';
import { isSameFile, writeFileAtomic } from '../generation/output.js';
import { renderReportHtml } from '../generation/report-html.js';
import { countSeverities, formatTextLine, sortDiagnostics, toCliDiagnostic, escapeControls } from './diagnostics-format.js';
import { describeFileError, readUtf8, REPORT_EXTENSION } from './files.js';
import { removeTemporaryFilesOnSignal } from './signals.js';

// `juesuan review` builds reports too, and is loaded with this bundle
export { runReview } from './review.js';

export interface BuildOptions {
    /** Where to write the report; FILE with the format's extension beside it when not given. */
    output?: string;
    /** html (default), docx, xlsx or pdf. */
    format?: ExportFormat;
}

export interface BuildOutput {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
}

export const BUILD_OK = 0;
export const BUILD_ERRORS = 1;
export const BUILD_FAILED = 2;

const processOutput: BuildOutput = {
    stdout: text => { process.stdout.write(text); },
    stderr: text => { process.stderr.write(text); },
};

/**
 * Builds the report of `file`; returns the exit code: 0 written and no errors; 1 written, but
 * the file has errors (printed); 2 nothing written (unreadable input, an output it must not
 * write, output not writable).
 */
export async function runBuild(file: string, options: BuildOptions = {}, output: BuildOutput = processOutput): Promise<number> {
    removeTemporaryFilesOnSignal();
    const input = path.resolve(file);
    const shownFile = escapeControls(file);
    let text: string;
    try {
        text = await readUtf8(input);
    } catch (err) {
        output.stderr(`无法读取文件 ${shownFile}：${describeFileError(err)}\n`);
        return BUILD_FAILED;
    }
    const format = options.format ?? 'html';
    // the Word, Excel and PDF writers (and their libraries) load only when asked for
    const exporter = format === 'html' ? undefined : await import('../export/index.js');
    const given = options.output ?? exportPath(file, format);
    const shownOutput = escapeControls(given);
    const target = await outputTarget(given, input);
    if ('refused' in target) {
        output.stderr(`错误：${target.refused}。请用 -o 指定另一个文件名。\n`);
        return BUILD_FAILED;
    }

    const { shared, Juesuan } = createJuesuanServices({ ...NodeFileSystem });
    const uri = URI.file(input);
    const textDocument = TextDocument.create(uri.toString(), Juesuan.LanguageMetaData.languageId, 0, text);
    shared.workspace.TextDocuments.set(textDocument);
    const document = shared.workspace.LangiumDocumentFactory.fromTextDocument<Report>(textDocument, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });

    const diagnostics = sortDiagnostics((document.diagnostics ?? []).map(d => toCliDiagnostic(file, d)));
    const counts = countSeverities(diagnostics);
    output.stderr(diagnostics.filter(d => d.severity === 'error').map(d => formatTextLine(d) + '\n').join(''));

    const model = Juesuan.model.ReportModels.get(document);
    let content: string | Buffer;
    try {
        content = exporter ? await exporter.exportReport(model, format) : renderReportHtml(model, { mode: 'publish' });
    } catch (err) {
        output.stderr(exporter && err instanceof exporter.PdfUnavailableError ? `错误：${err.message}\n` : `无法生成报告：${err instanceof Error ? err.message : String(err)}\n`);
        return BUILD_FAILED;
    }
    try {
        await writeFileAtomic(target.path, content);
    } catch (err) {
        output.stderr(`无法写入 ${shownOutput}：${describeFileError(err)}\n`);
        return BUILD_FAILED;
    }
    const size = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
    if (counts.errors > 0) {
        output.stderr(`已生成 ${shownOutput}（${formatSize(size)}），但源文件有 ${counts.errors} 个错误，发布前请先改正。\n`);
        return BUILD_ERRORS;
    }
    output.stderr(`已生成 ${shownOutput}（${formatSize(size)}）${counts.warnings > 0 ? `；有 ${counts.warnings} 个警告，运行 juesuan check 查看` : ''}\n`);
    return BUILD_OK;
}

/**
 * Where the report may be written for `given`: a new path, or a regular file (through a symbolic
 * link, the file it names); or, in a sentence, why not.
 */
export async function outputTarget(given: string, input?: string): Promise<{ path: string } | { refused: string }> {
    const shown = escapeControls(given);
    if (/[/\\]$/.test(given)) return { refused: `无法写入 ${shown}：这是一个目录名（以 / 结尾），输出应为文件名` };
    let target = path.resolve(given);
    const link = await fs.lstat(target).catch(() => undefined);
    if (link?.isSymbolicLink()) {
        try {
            target = await fs.realpath(target);
        } catch {
            return { refused: `无法写入 ${shown}：这是一个符号链接，它指向的文件不存在` };
        }
    }
    if (input !== undefined && await isSameFile(input, target)) return { refused: `输出文件 ${shown} 就是源文件 ${escapeControls(input)}，不会覆盖它` };
    if (path.extname(target).toLowerCase() === REPORT_EXTENSION) return { refused: `不会覆盖 ${shown}：这是 ${REPORT_EXTENSION} 源文件，报告不会写在源文件上` };
    const stat = await fs.stat(target).catch(() => undefined);
    if (stat && !stat.isFile()) {
        const kind = stat.isDirectory() ? '目录' : stat.isFIFO() ? '命名管道（FIFO）' : stat.isCharacterDevice() || stat.isBlockDevice() ? '设备文件' : '特殊文件';
        return { refused: `无法写入 ${shown}：这是${kind}，不是普通文件` };
    }
    return { path: target };
}

function formatSize(bytes: number): string {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
