// Thousands separators as the report writes them: central departments print 64,999,264.21 in
// their tables and sentences, most others 64999264.21. Decided per document, from the figures
// it writes (its cells, and the amounts of its texts: a transcription may write the tables'
// figures bare while the sentences copied from the published report keep the separators), so
// that every figure — the tables', the model's computed ones, the sentences' — prints one way; a
// report that mixes both follows what most of its figures do.
import type { ReportNodes } from '../model/nodes.js';
import type { Block, Inline, ReportDocument, TableRow } from './report-parts.js';

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
    for (const cell of nodes.cells) {
        const digits = /^-?([\d,]+)/.exec(cell.value ?? '')?.[1];
        if (digits !== undefined) count(digits);
    }
    for (const { node, text } of nodes.prose) {
        if (!COUNTED_TEXTS.has(node.$type)) continue;
        for (const match of text.matchAll(TEXT_AMOUNT)) count(match[0].slice(0, match[0].indexOf('.')));
    }
    return grouped > plain;
}

/** The document with every figure, reference and chart label marked to print with separators. */
export function withDigitGroups(document: ReportDocument): ReportDocument {
    return { ...document, grouped: true, blocks: document.blocks.map(groupBlock) };
}

function groupBlock(block: Block): Block {
    switch (block.kind) {
        case 'heading':
        case 'paragraph': return { ...block, content: groupInlines(block.content) };
        case 'table': return {
            ...block, head: groupRows(block.head), body: groupRows(block.body),
            statement: block.statement && groupInlines(block.statement),
            notes: block.notes?.map(note => ({ ...note, content: groupInlines(note.content) })),
        };
        case 'chart': return { ...block, spec: { ...block.spec, grouped: true } };
        case 'section': return { ...block, blocks: block.blocks.map(groupBlock) };
        case 'cover': return {
            ...block, year: groupInlines(block.year), department: groupInlines(block.department),
            published: block.published && groupInlines(block.published),
        };
        case 'toc': return block;
    }
}

function groupRows(rows: readonly TableRow[]): TableRow[] {
    return rows.map(row => ({ ...row, cells: row.cells.map(cell => ({ ...cell, content: groupInlines(cell.content) })) }));
}

function groupInlines(content: readonly Inline[]): Inline[] {
    return content.map(inline => {
        // a document being typed may leave a text out of its AST
        if (inline === undefined || inline === null || typeof inline === 'string') return inline;
        switch (inline.kind) {
            case 'figure':
            case 'reference': return { ...inline, grouped: true };
            case 'link': return { ...inline, content: groupInlines(inline.content) };
            case 'missing': return inline;
        }
    });
}
