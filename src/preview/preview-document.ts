// The HTML page of the report preview webview: a strict Content Security Policy with a fresh
// nonce on every build, the report's own print CSS, the preview's script and stylesheet from
// the extension's media/ folder, and nothing else (no remote resources). Pure: no VS Code API,
// so that it is tested as is.
import { randomBytes } from 'node:crypto';
import { escapeHtml } from '../generation/report-html.js';

export interface PreviewDocumentOptions {
    /** `webview.cspSource`: the origin the webview loads the extension's files from. */
    readonly cspSource: string;
    /** `webview.asWebviewUri(media/preview.js)` */
    readonly scriptUri: string;
    /** `webview.asWebviewUri(media/preview.css)` */
    readonly styleUri: string;
    readonly title: string;
    /** The report's HTML from the generator (preview mode). */
    readonly body: string;
    /** The report's CSS (the generator's REPORT_CSS). */
    readonly css: string;
    /** What the preview remembers across reloads: the source document and the line shown. */
    readonly state: PreviewState;
}

export interface PreviewState {
    readonly uri: string;
    readonly line?: number;
}

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
    return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        `default-src 'none'`,
        `img-src ${cspSource} data:`,
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
    ].join('; ') + ';';
}

/** The whole page; each call makes a new nonce. */
export function buildPreviewDocument(options: PreviewDocumentOptions): { html: string; nonce: string } {
    const nonce = createNonce();
    const n = escapeHtml(nonce);
    const html = [
        '<!DOCTYPE html>',
        '<html lang="zh-CN">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options.cspSource, nonce))}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(options.title)}</title>`,
        `<style nonce="${n}">${options.css}</style>`,
        `<link rel="stylesheet" nonce="${n}" href="${escapeHtml(options.styleUri)}">`,
        '</head>',
        `<body class="juesuan-preview" data-state="${escapeHtml(JSON.stringify(options.state))}">`,
        '<div id="juesuan-problems" class="juesuan-problems" hidden></div>',
        `<div id="juesuan-report">${options.body}</div>`,
        `<script nonce="${n}" src="${escapeHtml(options.scriptUri)}"></script>`,
        '</body>',
        '</html>',
    ].join('\n');
    return { html, nonce };
}
