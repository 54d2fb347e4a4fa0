// What the preview shows for a document's text: the report laid out and printed by the same
// generator as `juesuan build`, in preview mode (wrong figures and missing parts marked).
// Rendered in the extension host from the editor's text, with the language's own parser.
import { renderReport, renderReportHtml } from '../generation/report-html.js';
import { parseReport } from '../generation/report-source.js';

export interface PreviewContent {
    readonly title: string;
    readonly body: string;
    /** How long parsing, the model and rendering took. */
    readonly milliseconds: number;
}

export function renderPreviewContent(text: string, uri: string): PreviewContent {
    const started = performance.now();
    const { model } = parseReport(text, uri);
    const { title, body } = renderReport(model, { mode: 'preview' });
    return { title, body, milliseconds: performance.now() - started };
}

/** The published report of a text (for 决算：生成报告). */
export function renderPublishedReport(text: string, uri: string): string {
    return renderReportHtml(parseReport(text, uri).model, { mode: 'publish' });
}
