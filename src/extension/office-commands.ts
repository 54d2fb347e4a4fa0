// The extension's Excel and Word work: 决算：从 Excel 导入 (a workbook into a new report, or its
// figures into the open one, shown before they are applied), and the formats of 决算：生成报告.
// The readers and writers (out/import.cjs, out/export.cjs) load when a command runs.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXPORT_FORMATS, type ExportFormat } from '../export/formats.js';
import { parseReport } from '../generation/report-source.js';

export const IMPORT_COMMAND = 'juesuan.report.import';

let channel: vscode.OutputChannel | undefined;

function output(): vscode.OutputChannel {
    return channel ??= vscode.window.createOutputChannel('决算 导入与生成');
}

export function registerOfficeCommands(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
        vscode.commands.registerCommand(IMPORT_COMMAND, (resource?: vscode.Uri) => importWorkbook(resource)),
        { dispose: () => channel?.dispose() },
    );
}

/** The format the user wants the report in, asked with a quick pick; undefined when dismissed. */
export async function pickFormat(): Promise<ExportFormat | undefined> {
    const picked = await vscode.window.showQuickPick(
        EXPORT_FORMATS.map(f => ({ label: f.label, description: f.extension, detail: f.detail, format: f.format })),
        { title: '决算：生成报告', placeHolder: '选择报告的格式' },
    );
    return picked?.format;
}

/** The report of `text` in a format other than HTML, as bytes to write. */
export async function renderInFormat(text: string, uri: string, format: Exclude<ExportFormat, 'html'>): Promise<Buffer> {
    const exporter = await import('../export/index.js');
    try {
        return await exporter.exportReport(parseReport(text, uri).model, format) as Buffer;
    } catch (err) {
        if (err instanceof exporter.PdfUnavailableError) throw new Error(err.message);
        throw err;
    }
}

async function importWorkbook(resource: vscode.Uri | undefined): Promise<void> {
    const book = resource?.fsPath && /\.xlsx?$/i.test(resource.fsPath)
        ? resource
        : (await vscode.window.showOpenDialog({
            title: '决算：从 Excel 导入', canSelectMany: false, openLabel: '导入',
            filters: { 'Excel 工作簿': ['xlsx', 'xls'] },
        }))?.[0];
    if (!book) return;
    const editor = vscode.window.activeTextEditor;
    const report = editor?.document.languageId === 'juesuan' ? editor.document : undefined;
    let into: vscode.TextDocument | undefined;
    if (report) {
        const choice = await vscode.window.showQuickPick([
            { label: `更新 ${path.basename(report.fileName)} 中的数字`, detail: '只改表中的数字，文字、属性和注释保持原样；应用前列出每处改动', update: true },
            { label: '新建报告', detail: '由工作簿中的表生成一份新的 .juesuan 报告', update: false },
        ], { title: '决算：从 Excel 导入', placeHolder: path.basename(book.fsPath) });
        if (!choice) return;
        if (choice.update) into = report;
    }
    const importer = await import('../import/index.js');
    // the figures go into the text as it is now: an edit made meanwhile makes the import start over
    const version = into?.version;
    const log = output();
    let result: Awaited<ReturnType<typeof importer.importWorkbook>>;
    try {
        const bytes = await vscode.workspace.fs.readFile(book);
        result = await importer.importWorkbook(bytes, { fileName: path.basename(book.fsPath), report: into?.getText() });
    } catch (err) {
        if (!(err instanceof importer.ImportError)) throw err;
        log.appendLine(`无法导入 ${book.fsPath}，未做任何改动：`);
        for (const problem of err.list) log.appendLine(`  ${problem}`);
        const show = '查看全部';
        const answer = await vscode.window.showErrorMessage(`无法导入 ${path.basename(book.fsPath)}：${err.list[0]}${err.list.length > 1 ? `（共 ${err.list.length} 个问题）` : ''}`, show);
        if (answer === show) log.show(true);
        return;
    }
    log.appendLine(`从 ${book.fsPath} 读到模板「${result.template.name}」的 ${result.tables.length} 张表。`);
    for (const note of result.notes) log.appendLine(`提示：${note}`);
    if (!into) {
        const document = await vscode.workspace.openTextDocument({ language: 'juesuan', content: result.text });
        await vscode.window.showTextDocument(document);
        void vscode.window.showInformationMessage(`已由 ${path.basename(book.fsPath)} 生成新报告（${result.tables.length} 张表），请保存。`);
        return;
    }
    if (result.changes.length === 0 || result.text === into.getText()) {
        void vscode.window.showInformationMessage(`${path.basename(into.fileName)} 中的数字与工作簿一致，没有改动。`);
        return;
    }
    log.appendLine(`${path.basename(into.fileName)} 将改动 ${result.changes.length} 处：`);
    for (const change of result.changes) log.appendLine(`  ${importer.describeChange(change)}`);
    log.show(true);
    const apply = '应用改动';
    const answer = await vscode.window.showWarningMessage(
        `将更新 ${path.basename(into.fileName)} 中的 ${result.changes.length} 处（见“输出”面板中的列表）。应用后可以撤销。`,
        { modal: true }, apply,
    );
    if (answer !== apply) return;
    if (into.version !== version) {
        void vscode.window.showWarningMessage(`${path.basename(into.fileName)} 在导入期间被修改过，未应用改动。请再导入一次。`);
        return;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.replace(into.uri, new vscode.Range(into.positionAt(0), into.positionAt(into.getText().length)), result.text);
    await vscode.workspace.applyEdit(edit);
}
