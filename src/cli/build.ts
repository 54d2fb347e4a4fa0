// `juesuan build FILE [--format html|docx|xlsx|pdf] [-o OUT]`: the finished report, by default a
// standalone print-ready HTML file; Word, Excel and PDF are written by src/export, loaded only then.
// The file is checked as `juesuan check` does; errors are printed and the exit code is 1, but
// the report is still written, so that the user can look at it (the errors are in the preview
// too). It never overwrites its source, and it writes atomically.
import * as path from 'node:path';
import { TextDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Report } from '../language/generated/ast.js';
import { createJuesuanServices } from '../language/juesuan-module.js';
import { exportPath, type ExportFormat } from '../export/formats.js';
import { isSameFile, writeFileAtomic } from '../generation/output.js';
import { renderReportHtml } from '../generation/report-html.js';
import { countSeverities, formatText, sortDiagnostics, toCliDiagnostic } from './diagnostics-format.js';
import { describeFileError, readUtf8 } from './files.js';

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
 * the file has errors (printed); 2 nothing written (unreadable input, output would overwrite
 * the input, output not writable).
 */
export async function runBuild(file: string, options: BuildOptions = {}, output: BuildOutput = processOutput): Promise<number> {
    const input = path.resolve(file);
    let text: string;
    try {
        text = await readUtf8(input);
    } catch (err) {
        output.stderr(`无法读取文件 ${file}：${describeFileError(err)}\n`);
        return BUILD_FAILED;
    }
    const format = options.format ?? 'html';
    // the Word, Excel and PDF writers (and their libraries) load only when asked for
    const exporter = format === 'html' ? undefined : await import('../export/index.js');
    const given = options.output ?? exportPath(file, format);
    const target = path.resolve(given);
    if (await isSameFile(input, target)) {
        output.stderr(`错误：输出文件 ${given} 就是源文件 ${file}，不会覆盖它。请用 -o 指定另一个文件名。\n`);
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
    const errors = diagnostics.filter(d => d.severity === 'error');
    output.stderr(formatText(errors));

    const model = Juesuan.model.ReportModels.get(document);
    let content: string | Buffer;
    try {
        content = exporter ? await exporter.exportReport(model, format) : renderReportHtml(model, { mode: 'publish' });
    } catch (err) {
        output.stderr(exporter && err instanceof exporter.PdfUnavailableError ? `错误：${err.message}\n` : `无法生成报告：${err instanceof Error ? err.message : String(err)}\n`);
        return BUILD_FAILED;
    }
    try {
        await writeFileAtomic(target, content);
    } catch (err) {
        output.stderr(`无法写入 ${given}：${describeFileError(err)}\n`);
        return BUILD_FAILED;
    }
    const size = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
    if (counts.errors > 0) {
        output.stderr(`已生成 ${given}（${formatSize(size)}），但源文件有 ${counts.errors} 个错误，发布前请先改正。\n`);
        return BUILD_ERRORS;
    }
    output.stderr(`已生成 ${given}（${formatSize(size)}）${counts.warnings > 0 ? `；有 ${counts.warnings} 个警告，运行 juesuan check 查看` : ''}\n`);
    return BUILD_OK;
}

function formatSize(bytes: number): string {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
