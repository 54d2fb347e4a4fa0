import type { AstNode } from 'langium';
import type { Report } from '../language/generated/ast.js';
import { isTable } from '../language/generated/ast.js';
import { figureColumnNames } from '../model/table-label.js';

/** A stretch of the text, [start, end), that a syntax error (or a table's header) leaves unreliable. */
export interface SyntaxRegion {
    readonly start: number;
    readonly end: number;
}

/**
 * Where the parser met an error, the parts it made of the text nearby are guesses: a missing
 * `}` makes the rows after it children of the row before, and every sum there fails. Findings
 * on such guesses would bury the syntax error under errors that vanish once it is fixed, so
 * they are held back. A region is the top-level part (附表, 情况说明, …) the error lies in, or,
 * where the error stands where a part starts (此处应为“}”，实际是“附表”), the part before it; and
 * the rows of a table whose header names a column twice.
 */
export function syntaxRegions(report: Report): readonly SyntaxRegion[] {
    const errors = report.$document?.parseResult.parserErrors ?? [];
    const regions = [...badHeaders(report)];
    if (errors.length === 0) return regions;
    const parts = (report.parts ?? []).map(p => p.$cstNode).filter(c => c !== undefined);
    const textEnd = report.$document?.textDocument.getText().length ?? Number.MAX_SAFE_INTEGER;
    for (const error of errors) {
        const offset = Number.isFinite(error.token.startOffset) ? error.token.startOffset : textEnd;
        const inside = parts.find(p => p.offset < offset && offset < p.end);
        const before = inside ?? parts.filter(p => p.end <= offset).at(-1);
        const resynced = error.resyncedTokens?.at(-1);
        const resyncEnd = resynced && Number.isFinite(resynced.endOffset) ? resynced.endOffset! + 1 : offset;
        if (before) regions.push({ start: before.offset, end: Math.max(before.end, resyncEnd) });
        else regions.push({ start: 0, end: Math.max(offset, resyncEnd) });
    }
    return regions;
}

/**
 * The rows of a 附表 whose 列【…】 names a column twice (the table-shape check reports it): which
 * figure stands under which column is a guess, and so is every sum over them.
 */
function* badHeaders(report: Report): Generator<SyntaxRegion> {
    for (const part of report.parts ?? []) {
        if (!isTable(part)) continue;
        const names = figureColumnNames(part);
        const header = part.columns?.$cstNode;
        const table = part.$cstNode;
        if (header && table && new Set(names).size < names.length) yield { start: header.end, end: table.end };
    }
}

/** Whether a node lies in one of the regions. */
export function inRegion(node: AstNode | undefined, regions: readonly SyntaxRegion[]): boolean {
    if (regions.length === 0) return false;
    const cst = node?.$cstNode;
    if (!cst) return false;
    return regions.some(r => r.start <= cst.offset && cst.offset < r.end);
}
