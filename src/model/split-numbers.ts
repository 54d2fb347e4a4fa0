import type { Cell } from '../language/generated/ast.js';

/** Whitespace that may stand inside a number copied from a web page or a spreadsheet. */
const NUMBER_GAP = /^[ \u00a0\u2000-\u200a\u202f\u205f\u3000]$/;

/** `1 234.56`: cells that are one number written with spaces inside. */
export interface SplitNumber {
    /** The cells the number was read as, in order. */
    readonly cells: readonly Cell[];
    /** The text from the first cell to the last, spaces included. */
    readonly written: string;
    /** The number as it should be written: 1234.56. */
    readonly digits: string;
    /** The first gap that is not an ordinary space (a no-break or thin space), if any. */
    readonly unusualSpace?: string;
    readonly start: number;
    readonly end: number;
}

/**
 * `1 234.56`: a number with a space inside it reads as two figures. Found where a group of one
 * to three digits is followed, one space apart, by groups of exactly three digits, when the space
 * is not an ordinary one (a no-break or thin space, pasted from a web page or a spreadsheet), or
 * when reading them as separate figures cannot be right: the table row then has more figures than
 * columns (`tooMany`), or a row outside the tables has two amounts in the same unit (`outside`).
 * (In a table row with room for both, `30 108.42` is a budget and an actual: not a split number.)
 * The `number-format` check reports these, and the report model uses none of their cells.
 */
export function splitNumbers(cells: readonly Cell[], text: string, options: { readonly outside: boolean; readonly tooMany: boolean }): SplitNumber[] {
    const found: SplitNumber[] = [];
    for (let i = 0; i < cells.length - 1; i++) {
        const first = cells[i];
        const firstCst = first.$cstNode;
        if (!firstCst || first.unit !== undefined || !/^-?[1-9]\d{0,2}$/.test(first.value ?? '')) continue;
        let j = i + 1;
        let end = firstCst.end;
        let unusualSpace: string | undefined;
        while (j < cells.length) {
            const next = cells[j];
            const cst = next.$cstNode;
            if (!cst || !/^\d{3}(\.\d+)?$/.test(next.value ?? '')) break;
            const gap = text.slice(end, cst.offset);
            if (!NUMBER_GAP.test(gap)) break;
            if (gap !== ' ') unusualSpace ??= gap;
            end = cst.end;
            j++;
            if (next.value.includes('.') || next.unit !== undefined) break;
        }
        if (j === i + 1) continue;
        const run = cells.slice(i, j);
        // outside the tables the figures of a row are keyed by unit: two without one collide
        const sameUnit = options.outside && run.slice(0, -1).every(c => c.unit === undefined);
        if (unusualSpace === undefined && !options.tooMany && !sameUnit) continue;
        found.push({
            cells: run,
            written: text.slice(firstCst.offset, end),
            digits: run.map(c => c.value).join('') + (run[run.length - 1].unit ?? ''),
            unusualSpace,
            start: firstCst.offset,
            end,
        });
        i = j - 1;
    }
    return found;
}

/** A cell's value that is a figure, not a blank. */
const FIGURE = /\d/;

/** `100.00/0.00`: figures joined by a “/” with no space on either side. */
export interface JoinedCells {
    /** The cells the text was read as, the “/” among them. */
    readonly cells: readonly Cell[];
    /** The text from the first cell to the last. */
    readonly written: string;
    readonly start: number;
    readonly end: number;
}

/**
 * `100.00/0.00`: two figures a web page prints in one cell, copied with the “/” between them and no space, read as
 * three cells — the first, a blank “/”, the second — so that every figure after them falls in another column. Which
 * column each was meant for cannot be known: the report model uses none of them, nor any after them in the run.
 * Only figures (a number or a percent) are joined: a “/” standing apart (100.00 / 0.00) is a blank cell, and so are
 * the three of -/-. The caller looks only in tables: outside them there are no columns (2020/12/31, 5/50 are text).
 */
export function joinedCells(cells: readonly Cell[], text: string): JoinedCells[] {
    const found: JoinedCells[] = [];
    const touching = (a: Cell | undefined, b: Cell | undefined) =>
        a?.$cstNode !== undefined && b?.$cstNode !== undefined && a.$cstNode.end === b.$cstNode.offset;
    // the “/” at i joins the figures on its two sides
    const joins = (i: number) => cells[i].value === '/' && FIGURE.test(cells[i - 1].value) && FIGURE.test(cells[i + 1].value)
        && touching(cells[i - 1], cells[i]) && touching(cells[i], cells[i + 1]);
    for (let i = 1; i + 1 < cells.length; i++) {
        if (!joins(i)) continue;
        let j = i + 1;
        // 100.00/0.00/5.00: one run
        while (j + 2 < cells.length && joins(j + 1)) j += 2;
        const start = cells[i - 1].$cstNode!.offset;
        const end = cells[j].$cstNode!.end;
        found.push({ cells: cells.slice(i - 1, j + 1), written: text.slice(start, end), start, end });
        i = j;
    }
    return found;
}
