import * as vscode from 'vscode';
import { reportSkeleton } from '../lsp/skeleton.js';

/** The command “决算：新建报告”. */
export const NEW_REPORT_COMMAND = 'juesuan.report.new';

/**
 * Creates a report from the skeleton (the same text as the completion snippet 决算报告): in a
 * file the user picks when a folder is open, else in a new untitled editor.
 */
export async function newReport(): Promise<void> {
    const content = reportSkeleton();
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) {
        const target = await vscode.window.showSaveDialog({
            defaultUri: vscode.Uri.joinPath(folder.uri, '部门决算.juesuan'),
            filters: { 部门决算报告: ['juesuan'] },
            saveLabel: '新建报告',
            title: '决算：新建报告',
        });
        if (!target) return;
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
        return;
    }
    const document = await vscode.workspace.openTextDocument({ language: 'juesuan', content });
    await vscode.window.showTextDocument(document);
}

/** Registers the command; called from `activate` before the server starts. */
export function registerNewReport(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand(NEW_REPORT_COMMAND, newReport));
}
