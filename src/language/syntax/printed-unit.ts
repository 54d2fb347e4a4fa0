import type { CustomPatternMatcherFunc } from 'chevrotain';
import { atLineStart } from './line-start.js';

/** The token of the report's unit line written as a table prints it: 单位 (万元), 单位：（万元）, 金额单位：万元. */
export const PRINTED_UNIT_LINE = 'PRINTED_UNIT_LINE';

/**
 * 单位 or 金额单位, a colon maybe, and its money unit in brackets (or, after 金额单位, without), alone on its line; group 1
 * or 2 the unit. Only a money unit: the report's 单位 line names no other (单位（人） is some table's heading, not this).
 */
const printedUnitLine = /(?:金额)?单位[ \t\u3000]*[:：]?[ \t\u3000]*(?:[(（][ \t\u3000]*(万元|元)[ \t\u3000]*[)）]|(?<=金额单位[ \t\u3000:：]*)(万元|元))(?=[ \t\u3000]*(?:\r?\n|$))/y;

/** The unit the line names, with the line as written: 单位 万元 is what is meant. */
export function printedUnit(image: string): string | undefined {
    printedUnitLine.lastIndex = 0;
    const match = printedUnitLine.exec(image);
    return match ? match[1] ?? match[2] : undefined;
}

export const matchPrintedUnitLine: CustomPatternMatcherFunc = (text, offset, tokens) => {
    if (!atLineStart(text, offset)) return null;
    printedUnitLine.lastIndex = offset;
    const match = printedUnitLine.exec(text);
    // only in the header, before any block and any 单位 line: where the report's 单位 line goes (a row named 单位 in a
    // table is a row; one above a table or after the header's is that table's printed line, 单位行 「单位：元」)
    return match !== null && tokens.every(token => token.tokenType.name !== '{' && token.tokenType.name !== '单位') ? match : null;
};

/** The fix of a syntax error at `written`, where what was meant is certain: the unit line printed as a table's (单位 (万元)). */
export function syntaxFix(written: string): { title: string; newText: string } | undefined {
    const unit = printedUnit(written);
    return unit === undefined ? undefined : { title: `改为 单位 ${unit}`, newText: `单位 ${unit}` };
}
