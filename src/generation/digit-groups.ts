// Thousands separators as the report writes them (model/digit-groups.ts decides): every figure,
// reference and chart label of the generated document marked to print with separators.
import type { Block, Inline, ReportDocument, TableRow } from './report-parts.js';

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
            ...block, year: block.year && groupInlines(block.year), department: block.department && groupInlines(block.department),
            published: block.published && groupInlines(block.published),
            lines: block.lines?.map(groupInlines), over: block.over?.map(groupInlines),
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
