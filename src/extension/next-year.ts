import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseReport } from '../generation/report-source.js';
import { nextYearReport } from '../lsp/next-year.js';

/** The command “决算：由上年报告新建”. */
export const NEXT_YEAR_COMMAND = 'juesuan.report.next';

/**
 * Starts next year's report from this year's (the report open in the editor, or the file chosen
 * in the explorer): saved where the user picks, by default in the folder of next year beside
 * this one's when the folder is named by its year (2024/ → 2025/), else beside it.
 */
export async function newReportFromLastYear(resource?: vscode.Uri): Promise<void> {
    const uri = resource ?? vscode.window.activeTextEditor?.document.uri;
    if (!uri || uri.scheme !== 'file' || !uri.fsPath.endsWith('.juesuan')) {
        void vscode.window.showWarningMessage('请先打开或选中一个已保存的本年度报告（.juesuan 文件），再由它新建下一年度的报告。');
        return;
    }
    const source = uri.fsPath;
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    const text = open?.getText() ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const { document, model } = parseReport(text, uri.toString());
    if (document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length > 0) {
        void vscode.window.showErrorMessage(`${path.basename(source)} 有语法错误：请先改正，再由它新建下一年度的报告。`);
        return;
    }
    const year = model.meta.year;
    const folder = path.dirname(source);
    const nextFolder = year !== undefined && path.basename(folder) === String(year) ? path.join(path.dirname(folder), String(year + 1)) : folder;
    const name = nextFolder === folder ? `${path.parse(source).name}-${year === undefined ? '下一年度' : year + 1}.juesuan` : path.basename(source);
    const target = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.file(path.join(nextFolder, name)),
        filters: { 部门决算报告: ['juesuan'] },
        saveLabel: '新建报告',
        title: '决算：由上年报告新建',
    });
    if (!target) return;
    if (target.fsPath === source) {
        void vscode.window.showErrorMessage('新报告不能写在本年度报告上：请换一个文件名。');
        return;
    }
    const link = path.relative(path.dirname(target.fsPath), source).split(path.sep).join('/');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(nextYearReport(model, link)));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
}

/** Registers the command; called from `activate` before the server starts. */
export function registerNextYear(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand(NEXT_YEAR_COMMAND, newReportFromLastYear));
}
