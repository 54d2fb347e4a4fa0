// The report layouts, one per template: each a pure function from the report model to the
// report's parts (src/generation/report-parts.ts), which the HTML builder prints.
import type { ReportDocument } from '../generation/report-parts.js';
import type { ReportModel } from '../model/report-model.js';
import { SICHUAN_2020_LAYOUT } from './sichuan-2020/layout.js';

export interface ReportLayout {
    /** The template id this layout prints (the model's `template.id`). */
    readonly id: string;
    readonly name: string;
    layout(model: ReportModel): ReportDocument;
}

const LAYOUTS: readonly ReportLayout[] = [SICHUAN_2020_LAYOUT];

/** The layout of a report's template; the ten-section layout of the 财政部 format for templates without their own yet. */
export function layoutFor(model: ReportModel): ReportLayout {
    return LAYOUTS.find(l => l.id === model.template.id) ?? SICHUAN_2020_LAYOUT;
}
