// The text a published report shows for a run of inlines, for writers that take plain text
// (Word, Excel): what the HTML builder prints in publish mode, without its markup.
import type { Figure } from '../model/figure.js';
import type { Inline, TableCell } from '../generation/report-parts.js';
import { figureText } from '../generation/report-parts.js';

/**
 * `unfilled`: 〔未填写〕 where the source lacks what a sentence needs, as the HTML prints it (Word);
 * a worksheet's cells stay blank instead, so that a workbook reads back as data.
 */
export function inlineText(content: readonly Inline[], unfilled = '〔未填写〕'): string {
    let text = '';
    for (const inline of content) {
        // a document being typed may leave a text out of its AST
        if (inline === undefined || inline === null) continue;
        if (typeof inline === 'string') {
            text += inline;
            continue;
        }
        switch (inline.kind) {
            case 'figure': text += figureText(inline) + (inline.unit ?? ''); break;
            case 'reference': text += figureText(inline); break;
            case 'missing': text += inline.optional ? '' : unfilled; break;
            case 'link': text += inlineText(inline.content, unfilled); break;
        }
    }
    return text;
}

/**
 * The figure a table cell shows alone (an amount, or a count printed with its unit: 3辆), if it holds exactly one and
 * nothing else, whether it prints with thousands separators, and the unit printed after it.
 */
export function cellFigure(cell: TableCell): { readonly figure: Figure; readonly grouped: boolean; readonly unit?: string } | undefined {
    const parts = cell.content.filter(i => i !== '' && i !== undefined && i !== null);
    const only = parts.length === 1 ? parts[0] : undefined;
    if (typeof only !== 'object' || only === null) return undefined;
    if (only.kind === 'figure' || only.kind === 'reference') {
        return only.figure ? { figure: only.figure, grouped: only.grouped === true, unit: only.kind === 'figure' ? only.unit : undefined } : undefined;
    }
    return undefined;
}
