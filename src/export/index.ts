// The published report in each format the user can ask for: HTML (the generator's own), Word,
// Excel and PDF, all from one layout of the report model. Loaded only when a report is built.
import type { ReportModel } from '../model/report-model.js';
import { layoutFor } from '../templates/layouts.js';
import { renderReportHtml } from '../generation/report-html.js';
import { writeDocx } from './docx.js';
import { printPdf } from './pdf.js';
import type { ExportFormat } from './formats.js';
import { writeXlsx } from './xlsx.js';

export { EXPORT_FORMATS, exportPath, isExportFormat, type ExportFormat } from './formats.js';
export { PdfUnavailableError, findChromium } from './pdf.js';

/** The report in `format`: text for HTML, bytes for the others. */
export async function exportReport(model: ReportModel, format: ExportFormat): Promise<string | Buffer> {
    switch (format) {
        case 'html': return renderReportHtml(model, { mode: 'publish' });
        case 'pdf': return printPdf(renderReportHtml(model, { mode: 'publish' }));
        case 'docx': return writeDocx(layoutFor(model).layout(model));
        case 'xlsx': return writeXlsx(layoutFor(model).layout(model));
    }
}
