// The report previews: one webview panel per document, as VS Code's Markdown preview does.
// The report is rendered here in the extension host by the generator (the same code as
// `juesuan build`), from the editor's current text: the preview works while the language
// server starts or restarts, and always shows exactly the text in the editor, with no request
// and version bookkeeping between two processes. Parsing the seed takes a few milliseconds;
// the language server's diagnostics reach the preview through VS Code's diagnostics API.
import * as vscode from 'vscode';
import { escapeHtml, REPORT_CSS } from '../generation/report-html.js';
import { renderPreviewContent } from './preview-content.js';
import type { PreviewState } from './preview-document.js';
import { buildPreviewDocument } from './preview-document.js';

export const PREVIEW_VIEW_TYPE = 'juesuan.preview';

/** Edits are rendered this long after the last keystroke. */
export const PREVIEW_DEBOUNCE_MS = 200;

/** After the preview scrolled the editor, the editor's own scroll events are not sent back for this long. */
const ECHO_GUARD_MS = 300;

export class ReportPreviewManager implements vscode.Disposable {
    private readonly previews = new Map<string, ReportPreview>();
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly extensionUri: vscode.Uri) {
        this.disposables.push(
            vscode.workspace.onDidChangeTextDocument(event => this.previews.get(event.document.uri.toString())?.scheduleUpdate()),
            vscode.window.onDidChangeTextEditorVisibleRanges(event => this.previews.get(event.textEditor.document.uri.toString())?.editorScrolled(event.textEditor)),
            vscode.languages.onDidChangeDiagnostics(event => {
                for (const uri of event.uris) this.previews.get(uri.toString())?.sendProblems();
            }),
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
                deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => this.restore(panel, state),
            }),
        );
    }

    /** Shows the preview of a document, in the active column or beside it. */
    async open(resource: vscode.Uri | undefined, toSide: boolean): Promise<void> {
        const document = await this.documentFor(resource);
        if (!document) {
            void vscode.window.showWarningMessage('请先打开一个 .juesuan 文件。');
            return;
        }
        const column = toSide ? vscode.ViewColumn.Beside : vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active;
        const existing = this.previews.get(document.uri.toString());
        if (existing) {
            existing.reveal(column, toSide);
            return;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, previewTitle(document.uri), { viewColumn: column, preserveFocus: toSide }, this.webviewOptions());
        const line = vscode.window.visibleTextEditors.find(e => e.document === document)?.visibleRanges[0]?.start.line;
        this.add(new ReportPreview(panel, document, this.extensionUri, line));
    }

    private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        const saved = state as Partial<PreviewState> | undefined;
        try {
            if (typeof saved?.uri !== 'string') throw new Error('no document');
            const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(saved.uri));
            panel.webview.options = this.webviewOptions();
            this.add(new ReportPreview(panel, document, this.extensionUri, typeof saved.line === 'number' ? saved.line : undefined));
        } catch {
            panel.webview.html = `<!DOCTYPE html><html lang="zh-CN"><body><p>${escapeHtml('预览的源文件已不存在。')}</p></body></html>`;
        }
    }

    private add(preview: ReportPreview): void {
        const key = preview.document.uri.toString();
        this.previews.set(key, preview);
        preview.onDispose(() => {
            if (this.previews.get(key) === preview) this.previews.delete(key);
        });
    }

    private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
        return {
            enableScripts: true,
            enableFindWidget: true,
            localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
        };
    }

    private async documentFor(resource: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
        if (resource instanceof vscode.Uri) return vscode.workspace.openTextDocument(resource);
        const active = vscode.window.activeTextEditor?.document;
        if (active?.languageId === 'juesuan') return active;
        const shown = this.activePreview();
        return shown?.document;
    }

    private activePreview(): ReportPreview | undefined {
        return [...this.previews.values()].find(p => p.active);
    }

    /** The document of the preview that has the focus, if one has. */
    activeDocument(): vscode.TextDocument | undefined {
        return this.activePreview()?.document;
    }

    dispose(): void {
        for (const preview of this.previews.values()) preview.dispose();
        this.previews.clear();
        for (const d of this.disposables) d.dispose();
    }
}

class ReportPreview {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly disposables: vscode.Disposable[] = [];
    private readonly disposeListeners: (() => void)[] = [];
    private body = '';
    private renderMs = 0;
    /** The last body rendered without an exception. */
    private goodBody = '';
    private title = '';
    private line: number | undefined;
    private editorScrollGuardUntil = 0;
    private disposed = false;
    private visible = true;

    constructor(
        private readonly panel: vscode.WebviewPanel,
        readonly document: vscode.TextDocument,
        private readonly extensionUri: vscode.Uri,
        line: number | undefined,
    ) {
        this.line = line;
        panel.iconPath = vscode.Uri.joinPath(extensionUri, 'images', 'icon.png');
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage(message => this.onMessage(message)),
            panel.onDidChangeViewState(event => {
                // a hidden webview loses its page: when it shows again, the page is made afresh
                // with the current report (focus changes alone leave it alone)
                const visible = event.webviewPanel.visible;
                if (visible && !this.visible) this.setPage();
                this.visible = visible;
            }),
        );
        this.render();
        this.setPage();
    }

    get active(): boolean {
        return this.panel.active;
    }

    onDispose(listener: () => void): void {
        this.disposeListeners.push(listener);
    }

    reveal(column: vscode.ViewColumn, preserveFocus: boolean): void {
        this.panel.reveal(column, preserveFocus);
    }

    scheduleUpdate(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            if (this.disposed) return;
            const shown = this.body;
            this.render();
            // an edit that changes nothing in the report (a comment, spaces) costs the webview nothing
            if (this.body === shown) return;
            void this.panel.webview.postMessage({ type: 'update', body: this.body, title: this.title, renderMs: this.renderMs });
        }, PREVIEW_DEBOUNCE_MS);
    }

    /** The editor scrolled: the preview follows, unless the preview made the editor scroll. */
    editorScrolled(editor: vscode.TextEditor): void {
        if (Date.now() < this.editorScrollGuardUntil) return;
        const line = editor.visibleRanges[0]?.start.line;
        if (line === undefined || line === this.line) return;
        this.line = line;
        void this.panel.webview.postMessage({ type: 'scrollToLine', line });
    }

    sendProblems(): void {
        const problems = vscode.languages.getDiagnostics(this.document.uri)
            .filter(d => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning)
            .sort((a, b) => a.range.start.line - b.range.start.line)
            .map(d => ({
                line: d.range.start.line,
                severity: d.severity === vscode.DiagnosticSeverity.Error ? 'error' : 'warning',
                message: d.message,
            }));
        void this.panel.webview.postMessage({ type: 'problems', problems });
    }

    private render(): void {
        try {
            const content = renderPreviewContent(this.document.getText(), this.document.uri.toString());
            this.body = this.goodBody = content.body;
            this.renderMs = content.milliseconds;
            this.title = content.title;
        } catch (err) {
            // keep showing the last good report; say what went wrong above it
            const message = err instanceof Error ? err.message : String(err);
            this.body = `<div class="report preview"><p class="missing">预览生成失败：${escapeHtml(message)}</p></div>${this.goodBody}`;
        }
        this.panel.title = previewTitle(this.document.uri);
    }

    /** Sets the whole page (a new nonce each time); later edits arrive as messages. */
    private setPage(): void {
        const webview = this.panel.webview;
        const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', file)).toString();
        webview.html = buildPreviewDocument({
            cspSource: webview.cspSource,
            scriptUri: media('preview.js'),
            styleUri: media('preview.css'),
            title: this.title,
            body: this.body,
            css: REPORT_CSS,
            state: { uri: this.document.uri.toString(), line: this.line },
        }).html;
    }

    private onMessage(message: unknown): void {
        const m = message as { type?: string; line?: unknown };
        switch (m?.type) {
            case 'ready':
                this.sendProblems();
                break;
            case 'revealLine':
                if (typeof m.line === 'number' && Number.isFinite(m.line)) this.revealInEditor(m.line);
                break;
            case 'openLine':
                if (typeof m.line === 'number' && Number.isFinite(m.line)) void this.openAt(Math.floor(m.line));
                break;
        }
    }

    /** The preview scrolled: editors showing the document scroll to the same line. */
    private revealInEditor(line: number): void {
        this.line = Math.floor(line);
        for (const editor of vscode.window.visibleTextEditors) {
            if (editor.document !== this.document) continue;
            this.editorScrollGuardUntil = Date.now() + ECHO_GUARD_MS;
            const start = Math.min(Math.floor(line), Math.max(0, this.document.lineCount - 1));
            editor.revealRange(new vscode.Range(start, 0, start, 0), vscode.TextEditorRevealType.AtTop);
        }
    }

    /** Double-click: the source line in an editor, with the cursor on it. */
    private async openAt(line: number): Promise<void> {
        const start = Math.min(line, Math.max(0, this.document.lineCount - 1));
        const visible = vscode.window.visibleTextEditors.find(e => e.document === this.document);
        const column = visible?.viewColumn
            ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
        const position = new vscode.Position(start, 0);
        await vscode.window.showTextDocument(this.document, {
            viewColumn: column,
            selection: new vscode.Range(position, position),
            preserveFocus: false,
        });
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        if (this.timer) clearTimeout(this.timer);
        for (const d of this.disposables) d.dispose();
        this.panel.dispose();
        for (const listener of this.disposeListeners) listener();
    }
}

function previewTitle(uri: vscode.Uri): string {
    const name = uri.path.split('/').pop() ?? uri.path;
    return `预览 ${name}`;
}
