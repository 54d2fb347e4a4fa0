import type { CustomPatternMatcherFunc, IToken } from 'chevrotain';
import { atLineStart } from './line-start.js';

/** The token of the report's unit line written as a table prints it: 单位 (万元), 单位：（万元）, 金额单位：万元. */
export const PRINTED_UNIT_LINE = 'PRINTED_UNIT_LINE';

/** 单位 or 金额单位, a colon maybe, and its unit in brackets (or, after 金额单位, without), alone on its line; group 1 the unit. */
const printedUnitLine = /(?:金额)?单位[ \t\u3000]*[:：]?[ \t\u3000]*(?:[(（][ \t\u3000]*([^\s()（）「」{}]{1,4})[ \t\u3000]*[)）]|(?<=金额单位[ \t\u3000:：]*)([^\s()（）「」{}]{1,4}))(?=[ \t\u3000]*(?:\r?\n|$))/y;

/** The unit the line names, with the line as written: 单位 万元 is what is meant. */
export function printedUnit(image: string): string | undefined {
    printedUnitLine.lastIndex = 0;
    const match = printedUnitLine.exec(image);
    return match ? match[1] ?? match[2] : undefined;
}

export const matchPrintedUnitLine: CustomPatternMatcherFunc = (text, offset, tokens) => {
    // outside every block: where the report's 单位 line goes (a row named 单位 in a table is a row)
    if (!atLineStart(text, offset) || braceDepth(tokens) > 0) return null;
    printedUnitLine.lastIndex = offset;
    return printedUnitLine.exec(text);
};

/** How many { the tokens leave open. */
function braceDepth(tokens: readonly IToken[]): number {
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
        const name = tokens[i].tokenType.name;
        if (name === '{') depth++;
        else if (name === '}' && depth > 0) depth--;
    }
    return depth;
}

/** The fix of a syntax error at `written`, where what was meant is certain: the unit line printed as a table's (单位 (万元)). */
export function syntaxFix(written: string): { title: string; newText: string } | undefined {
    const unit = printedUnit(written);
    return unit === undefined ? undefined : { title: `改为 单位 ${unit}`, newText: `单位 ${unit}` };
}
