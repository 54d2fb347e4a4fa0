// `juesuan next FILE -o NEW`: next year's report started from this year's (src/lsp/next-year.ts),
// linked back to FILE by its `上年` line. Never writes over a file; writes atomically.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { URI } from 'langium';
import { parseReport } from '../generation/report-source.js';
import { writeFileAtomic } from '../generation/output.js';
import { nextYearReport, nextYearTemplate, rewriteSentence, tablesToRewrite } from '../lsp/next-year.js';
import { describeFileError, readUtf8 } from './files.js';

export const NEXT_OK = 0;
export const NEXT_FAILED = 2;

export interface NextOutput {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
}

const processOutput: NextOutput = {
    stdout: text => { process.stdout.write(text); },
    stderr: text => { process.stderr.write(text); },
};

export async function runNext(file: string, options: { output: string }, output: NextOutput = processOutput): Promise<number> {
    const source = path.resolve(file);
    const target = path.resolve(options.output);
    let text: string;
    try {
        text = await readUtf8(source);
    } catch (err) {
        output.stderr(`无法读取文件 ${file}：${describeFileError(err)}\n`);
        return NEXT_FAILED;
    }
    const { document, model } = parseReport(text, URI.file(source).toString());
    const { lexerErrors, parserErrors } = document.parseResult;
    const lexer = lexerErrors[0];
    const parser = parserErrors[0];
    if (lexer || parser) {
        const line = lexer ? lexer.line : parser.token.startLine;
        const message = lexer ? lexer.message : parser.message;
        output.stderr(`${file} 有语法错误（第 ${Number.isFinite(line) ? line : '？'} 行：${message}），请先改正，再由它新建下一年度的报告。\n`);
        return NEXT_FAILED;
    }
    try {
        await fs.lstat(target);
        output.stderr(`${options.output} 已存在，不会覆盖：请换一个文件名。\n`);
        return NEXT_FAILED;
    } catch {
        // not there: to be written
    }
    const link = path.relative(path.dirname(target), source).split(path.sep).join('/');
    try {
        await fs.mkdir(path.dirname(target), { recursive: true });
        await writeFileAtomic(target, nextYearReport(model, link));
    } catch (err) {
        output.stderr(`无法写入 ${options.output}：${describeFileError(err)}\n`);
        return NEXT_FAILED;
    }
    const year = model.meta.year === undefined ? '' : `${model.meta.year + 1} 年度，`;
    const successor = nextYearTemplate(model.report);
    const template = successor ? `模板改为「${successor.shortName}」（${successor.name}），` : '';
    output.stdout(`已写入 ${options.output}（${year}${template}上年 「${link}」）：本年数字待填，原来的决算数已移到“上年”。\n`);
    const rewrite = tablesToRewrite(model);
    if (rewrite) output.stdout(`${rewriteSentence(rewrite)}\n`);
    return NEXT_OK;
}
