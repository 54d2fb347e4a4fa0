// Whether a report writes thousands separators: central departments print 64,999,264.21 in
// their tables and sentences, most others 64999264.21. Decided per document, from the figures
// it writes (its cells, and the amounts of its texts: a transcription may write the tables'
// figures bare while the sentences copied from the published report keep the separators), so
// that every figure — printed by the generator or written back by a quick fix — follows one
// habit; a report that mixes both follows what most of its figures do.
import type { ReportNodes } from './nodes.js';

/** An amount in a text: four or more digits before a decimal point (not a year, not a count). */
const TEXT_AMOUNT = /(?<![\d.,])\d{1,3}(?:(?:,\d{3})+|\d+)\.\d+/g;

/** The texts whose amounts count: of sections, of rows' attributes, of 附件 (not goals, glossary or 无数据 statements). */
const COUNTED_TEXTS = new Set(['TextField', 'Attribute', 'Attachment']);

/** Whether most of the report's figures of four or more digits before the point carry separators. */
export function writesDigitGroups(nodes: ReportNodes): boolean {
    let grouped = 0;
    let plain = 0;
    const count = (digits: string) => {
        if (digits.replace(/,/g, '').length < 4) return;
        if (digits.includes(',')) grouped++;
        else plain++;
    };
    // the model's walk of the report, not Langium's streamAst: its iterators cost more than the counting
    // a row's cells, not its attributes' figures (上年 40616051.67, 增加 2212061.3): typed for the sentences, printed in no
    // table, they would outvote the tables the report prints (examples/national-2024: its grouped sentences, bare 上年s)
    for (const run of nodes.runs) {
        if (run.attribute) continue;
        for (const cell of run.cells) {
            const digits = /^-?([\d,]+)/.exec(cell.value ?? '')?.[1];
            if (digits !== undefined) count(digits);
        }
    }
    for (const { node, text } of nodes.prose) {
        if (!COUNTED_TEXTS.has(node.$type)) continue;
        for (const match of text.matchAll(TEXT_AMOUNT)) count(match[0].slice(0, match[0].indexOf('.')));
    }
    return grouped > plain;
}
