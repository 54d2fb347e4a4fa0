// Report layouts, one per province template: each is a pure function from the report model
// to the report's parts. Another province's layout is added here beside Sichuan 2020's.
import type { ReportModel } from '../model/report-model.js';
import type { ReportDocument } from './report-parts.js';
import { SICHUAN_2020_LAYOUT } from './templates/sichuan-2020.js';

export interface ReportLayout {
    /** The report template id this layout prints (the model's `template.id`). */
    readonly id: string;
    readonly name: string;
    layout(model: ReportModel): ReportDocument;
}

const LAYOUTS: readonly ReportLayout[] = [SICHUAN_2020_LAYOUT];

/** The layout for a report: its template's, else Sichuan 2020's. */
export function layoutFor(model: ReportModel): ReportLayout {
    return LAYOUTS.find(l => l.id === model.template.id) ?? SICHUAN_2020_LAYOUT;
}
