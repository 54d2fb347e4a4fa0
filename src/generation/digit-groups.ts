// Thousands separators as the report writes them: central departments print 64,999,264.21 in
// their tables and sentences, most others 64999264.21. Decided per document, from the figures
// it writes, so that the figures the model computes (a 小计, a change, a rate's base) print the
// same way as those beside them; a report that mixes both follows what most of its figures do.
import { AstUtils } from 'langium';
import type { Report } from '../language/generated/ast.js';
import { isCell } from '../language/generated/ast.js';
import type { Block, Inline, ReportDocument, TableRow } from './report-parts.js';

/** Whether most of the report's figures of four or more digits before the point carry separators. */
export function writesDigitGroups(report: Report): boolean {
    let grouped = 0;
    let plain = 0;
    for (const node of AstUtils.streamAst(report)) {
        if (!isCell(node)) continue;
        const digits = /^-?([\d,]+)/.exec(node.value ?? '')?.[1];
        if (digits === undefined || digits.replace(/,/g, '').length < 4) continue;
        if (digits.includes(',')) grouped++;
        else plain++;
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
