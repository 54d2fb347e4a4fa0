// The report layouts, one per template: each a pure function from the report model to the
// report's parts (src/generation/report-parts.ts), which the HTML builder prints. They share one
// template-driven layout (shared/layout.ts); a template folder gives only what differs.
import type { ReportDocument } from '../generation/report-parts.js';
import type { ReportModel } from '../model/report-model.js';
import { NATIONAL_2019_LAYOUT, NATIONAL_LAYOUT } from './national/layout.js';
import { templateLayout } from './shared/layout.js';
import { SHANGHAI_2024_LAYOUT } from './shanghai-2024/layout.js';
import { SICHUAN_2020_LAYOUT } from './sichuan-2020/layout.js';
import { SICHUAN_2024_LAYOUT } from './sichuan-2024/layout.js';

export interface ReportLayout {
    /** The template id this layout prints (the model's `template.id`). */
    readonly id: string;
    readonly name: string;
    layout(model: ReportModel, scope?: LayoutScope): ReportDocument;
}

/** What of the report a caller needs laid out; by default everything the published report prints. */
export interface LayoutScope {
    /**
     * true: only what says where the report prints 〔未填写〕 (the unfilled check), which is about half
     * the work of a whole layout. Left out, as they never print one: the paragraphs closing 概况 and
     * 情况说明 that print, as written, the texts no section placed; the rows of the tables of figures
     * (their figures are as written; a table without rows still says so); the rows of a project's form
     * that print its goals and indicators as written; the texts of 附件; the contents; source lines and
     * digit groups. A report whose texts refer to a figure not yet written is laid out whole (see templateLayout).
     */
    readonly unfilledOnly?: true;
}

const LAYOUTS: readonly ReportLayout[] = [NATIONAL_LAYOUT, NATIONAL_2019_LAYOUT, SHANGHAI_2024_LAYOUT, SICHUAN_2020_LAYOUT, SICHUAN_2024_LAYOUT];

/** The layout of a report's template; a template without its own prints its parts and sections plainly. */
export function layoutFor(model: ReportModel): ReportLayout {
    const template = model.template;
    return LAYOUTS.find(l => l.id === template.id) ?? templateLayout({ id: template.id, name: template.name });
}
