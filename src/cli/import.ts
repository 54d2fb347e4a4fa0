// `juesuan import BOOK.xlsx [-o REPORT.juesuan [--update]] [--template ID]`: the 决算 tables of a
// workbook as .juesuan source. Without -o the report goes to standard output; -o writes a new
// file and refuses one that exists; --update puts the workbook's figures into that report in
// place and lists every change. Writes atomically; a bad workbook writes nothing.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { ImportResult } from '../import/index.js';
import { describeChange, ImportError, importWorkbook } from '../import/index.js';
import { writeFileAtomic } from '../generation/output.js';
import { describeFileError, readUtf8 } from './files.js';

export interface ImportCommandOptions {
    output?: string;
    update?: boolean;
    template?: string;
}

export interface ImportOutput {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
}

export const IMPORT_OK = 0;
export const IMPORT_FAILED = 2;

const processOutput: ImportOutput = {
    stdout: text => { process.stdout.write(text); },
    stderr: text => { process.stderr.write(text); },
};

export async function runImport(book: string, options: ImportCommandOptions = {}, output: ImportOutput = processOutput): Promise<number> {
    if (options.update && !options.output) {
        output.stderr('错误：--update 要和 -o 一起用，指明要更新的报告，例如：juesuan import 决算报表.xlsx -o 报告.juesuan --update\n');
        return IMPORT_FAILED;
    }
    let bytes: Uint8Array;
    try {
        bytes = await fs.readFile(book);
    } catch (err) {
        output.stderr(`无法读取文件 ${book}：${describeFileError(err)}\n`);
        return IMPORT_FAILED;
    }
    let report: string | undefined;
    if (options.output) {
        const exists = await fs.stat(options.output).then(() => true, () => false);
        if (exists && !options.update) {
            output.stderr(`错误：${options.output} 已存在，不会覆盖它。要把工作簿的数字更新到这份报告中，请加 --update；要新建报告，请换一个文件名。\n`);
            return IMPORT_FAILED;
        }
        if (!exists && options.update) {
            output.stderr(`错误：要更新的报告 ${options.output} 不存在。新建报告时不要加 --update。\n`);
            return IMPORT_FAILED;
        }
        if (exists) {
            try {
                report = await readUtf8(options.output);
            } catch (err) {
                output.stderr(`无法读取文件 ${options.output}：${describeFileError(err)}\n`);
                return IMPORT_FAILED;
            }
        }
    }

    let result: ImportResult;
    try {
        result = await importWorkbook(bytes, { fileName: path.basename(book), template: options.template, report });
    } catch (err) {
        if (!(err instanceof ImportError)) throw err;
        output.stderr(`无法导入 ${book}，未写入任何文件：\n${err.list.map(p => `  ${p}\n`).join('')}`);
        return IMPORT_FAILED;
    }
    output.stderr(summary(book, result));
    if (!options.output) {
        output.stdout(result.text);
        return IMPORT_OK;
    }
    if (report !== undefined && result.text === report) {
        output.stderr(`${options.output} 中的数字与工作簿一致，没有改动。\n`);
        return IMPORT_OK;
    }
    try {
        await writeFileAtomic(options.output, result.text);
    } catch (err) {
        output.stderr(`无法写入 ${options.output}：${describeFileError(err)}\n`);
        return IMPORT_FAILED;
    }
    output.stderr(report !== undefined ? `已更新 ${options.output}。\n` : `已生成 ${options.output}。\n`);
    return IMPORT_OK;
}

/** What was read, what was assumed, and an update's changes, one per line. */
export function summary(book: string, result: ImportResult): string {
    const lines = [`从 ${path.basename(book)} 读到模板「${result.template.name}」的 ${result.tables.length} 张表：`];
    for (const t of result.tables) lines.push(`  ${t.label} ${t.title}：工作表「${t.sheet}」${t.range}，${t.rows} 行`);
    for (const note of result.notes) lines.push(`提示：${note}`);
    if (result.changes.length > 0) {
        lines.push(`改动 ${result.changes.length} 处：`);
        for (const change of result.changes) lines.push(`  ${describeChange(change)}`);
    }
    return lines.join('\n') + '\n';
}
