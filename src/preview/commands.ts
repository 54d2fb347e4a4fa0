// The report commands of the extension: 决算：打开预览, 决算：在侧边打开预览, 决算：生成报告.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXPORT_FORMATS, exportPath } from '../export/formats.js';
import { pickFormat, renderInFormat } from '../extension/office-commands.js';
import { isSameFile, writeFileAtomic } from '../generation/output.js';
import { renderPublishedReport } from './preview-content.js';
import { ReportPreviewManager } from './preview-manager.js';
import { ReportServer } from './report-server.js';

export const COMMANDS = {
    open: 'juesuan.preview.open',
    openToSide: 'juesuan.preview.openToSide',
    build: 'juesuan.report.build',
} as const;

export function registerReportCommands(context: vscode.ExtensionContext): void {
    const previews = new ReportPreviewManager(context.extensionUri);
    const server = new ReportServer();
    context.subscriptions.push(
        previews,
        { dispose: () => void server.dispose() },
        vscode.commands.registerCommand(COMMANDS.open, (resource?: vscode.Uri) => previews.open(resource, false)),
        vscode.commands.registerCommand(COMMANDS.openToSide, (resource?: vscode.Uri) => previews.open(resource, true)),
        vscode.commands.registerCommand(COMMANDS.build, (resource?: vscode.Uri) => buildReport(resource, previews.activeDocument(), server)),
    );
}

/**
 * Opens a built report in the user's browser: on a desktop the file itself; in a browser window
 * (code-server) or a remote one, where the browser cannot read the file, as served by `server`.
 */
async function openInBrowser(file: vscode.Uri, server: ReportServer): Promise<void> {
    const local = vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName;
    const uri = local ? file : await vscode.env.asExternalUri(vscode.Uri.parse(await server.addressOf(file.fsPath)));
    if (!await vscode.env.openExternal(uri)) {
        void vscode.window.showWarningMessage(`没能在浏览器中打开报告，请手动打开 ${file.fsPath}。`);
    }
}

/** Writes the published report next to its source (FILE.html, .docx, .xlsx or .pdf, as picked), from the editor's current text. */
async function buildReport(resource: vscode.Uri | undefined, previewed: vscode.TextDocument | undefined, server: ReportServer): Promise<void> {
    const document = resource instanceof vscode.Uri
        ? await vscode.workspace.openTextDocument(resource)
        : previewed ?? vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'juesuan') {
        void vscode.window.showWarningMessage('请先打开一个 .juesuan 文件。');
        return;
    }
    const format = await pickFormat();
    if (!format) return;
    const kind = EXPORT_FORMATS.find(f => f.format === format)!;
    let target: vscode.Uri | undefined;
    if (document.uri.scheme === 'file') {
        target = vscode.Uri.file(exportPath(document.uri.fsPath, format));
    } else {
        target = await vscode.window.showSaveDialog({
            title: '决算：生成报告',
            filters: { [kind.label]: [kind.extension.slice(1)] },
            defaultUri: vscode.workspace.workspaceFolders?.[0]
                ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, `决算报告${kind.extension}`)
                : undefined,
        });
        if (!target) return;
    }
    if (target.scheme !== 'file') {
        void vscode.window.showErrorMessage('只能把报告写到本机文件夹中。');
        return;
    }
    if (document.uri.scheme === 'file' && await isSameFile(document.uri.fsPath, target.fsPath)) {
        void vscode.window.showErrorMessage(`输出文件 ${path.basename(target.fsPath)} 就是源文件，不会覆盖它。`);
        return;
    }
    let content: string | Buffer;
    try {
        content = format === 'html'
            ? renderPublishedReport(document.getText(), document.uri.toString())
            : await vscode.window.withProgress(
                { location: vscode.ProgressLocation.Notification, title: `正在生成${kind.label}…` },
                () => renderInFormat(document.getText(), document.uri.toString(), format),
            );
    } catch (err) {
        void vscode.window.showErrorMessage(`无法生成${kind.label}：${err instanceof Error ? err.message : String(err)}`);
        return;
    }
    try {
        await writeFileAtomic(target.fsPath, content);
    } catch (err) {
        void vscode.window.showErrorMessage(`无法写入 ${target.fsPath}：${err instanceof Error ? err.message : String(err)}`);
        return;
    }
    const errors = vscode.languages.getDiagnostics(document.uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error).length;
    const name = path.basename(target.fsPath);
    const message = errors > 0
        ? `已生成 ${name}，但源文件有 ${errors} 个错误，发布前请先改正。`
        : format === 'html' ? `已生成 ${name}。在浏览器中打开后打印为 PDF 即可发布。` : `已生成 ${name}。`;
    const open = format === 'html' ? '在浏览器中打开' : '打开';
    const reveal = '在文件夹中显示';
    const show = errors > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    // a browser window has no file manager to show the file in
    const choices = vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName ? [open, reveal] : [open];
    const choice = await show(message, ...choices);
    if (choice === open) await openInBrowser(target, server);
    else if (choice === reveal) await vscode.commands.executeCommand('revealFileInOS', target);
}
