import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { DocumentCache } from 'langium';
import type { Report } from '../language/generated/ast.js';
import type { ReportModel } from './report-model.js';
import { buildReportModel } from './report-model.js';

/** The report model of each document, computed on first use after every change. */
export class ReportModelProvider {
    private readonly cache: DocumentCache<string, ReportModel>;

    constructor(shared: LangiumSharedCoreServices) {
        this.cache = new DocumentCache(shared);
    }

    get(document: LangiumDocument): ReportModel {
        return this.cache.get(document.uri, 'model', () => buildReportModel(document.parseResult.value as Report));
    }

    forReport(report: Report): ReportModel {
        const document = report.$document;
        return document ? this.get(document) : buildReportModel(report);
    }
}
