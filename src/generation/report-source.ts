// Parses report text into its report model with the language's own services (no file system,
// no language server): for the VS Code preview, tests and benchmarks. The command line, which
// also reports diagnostics, builds documents with the full services instead.
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import type { Report } from '../language/generated/ast.js';
import { createJuesuanServices } from '../language/juesuan-module.js';
import type { ReportModel } from '../model/report-model.js';
import { buildReportModel } from '../model/report-model.js';

export interface ParsedReport {
    readonly document: LangiumDocument<Report>;
    readonly model: ReportModel;
}

let services: ReturnType<typeof createJuesuanServices> | undefined;

/** Parses `text` (the whole .juesuan file) and builds its report model. */
export function parseReport(text: string, uri = 'memory:///report.juesuan'): ParsedReport {
    services ??= createJuesuanServices(EmptyFileSystem);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Report>(text, URI.parse(uri));
    return { document, model: buildReportModel(document.parseResult.value) };
}
