import type { CustomPatternMatcherFunc, IToken, TokenTypeDictionary } from 'chevrotain';
import type { LexingDiagnostic } from 'langium';
import { isMetaField, type MetaField, type Report } from '../generated/ast.js';
import { afterTableHeading, atLineStart } from './line-start.js';

/** The unit of the report's figures where it writes no 单位 line. */
export const DEFAULT_MONEY_UNIT = '万元';

/** The report's 单位 line: its first line keyed 单位 (单位 万元 on the cover; where it writes none, a table's 单位：元 above it). */
export function reportUnitLine(report: Report): MetaField | undefined {
    return report.parts?.find((part): part is MetaField => isMetaField(part) && part.key === '单位');
}

/**
 * The unit the report's figures are in: as its 单位 line names it, else 万元. The one reading of the model (meta.unit) and the
 * messages; the lexer, before there is a node, reads the same line from its tokens (slips.ts declaredUnit).
 */
export function reportUnit(report: Report): string {
    return reportUnitLine(report)?.value ?? DEFAULT_MONEY_UNIT;
}

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

/**
 * What a PDF copy prints around a unit line that the grammar does not read, taken as a hidden token (as a comment is) so that
 * the line reads as written without it: the stop after the unit in another width (单位：万元． 单位:万元.), the brackets
 * around the whole line (（单位：万元）), the same line printed twice (单位：万元 单位：万元; another unit the second time is a warning), and a 单位： with no
 * unit, told as an info (unitLineMarkDiagnostics).
 */
export const UNIT_LINE_MARK = 'UNIT_LINE_MARK';

const UNIT = String.raw`(?:金额)?单位[ \t\u3000]*[:：]?[ \t\u3000]*(?:[（(][ \t\u3000]*(?:万元|元)[ \t\u3000]*[）)]|万元|元)`;
/** The end of a unit line: the line's end, or the table's { after it. */
const LINE_END = String.raw`[ \t\u3000]*(?:\r?\n|$|\{)`;
// before the line's end, or the same line printed again after it (单位：万元． 单位：万元．)
const stopAfterUnit = new RegExp(String.raw`(?<=${UNIT}[ \t\u3000]*)[.．](?=[ \t\u3000]*[）)]?${LINE_END}|[ \t\u3000]+${UNIT}[。.．]?${LINE_END})`, 'y');
const openingBracket = new RegExp(String.raw`[（(](?=[ \t\u3000]*${UNIT}[ \t\u3000]*[。.．]?[ \t\u3000]*[）)]${LINE_END})`, 'y');
const closingBracket = new RegExp(String.raw`(?<=[（(][ \t\u3000]*${UNIT}[ \t\u3000]*[。.．]?[ \t\u3000]*)[）)](?=${LINE_END})`, 'y');
// group 1 the line before (its spaces after it left out), group 2 the line again
const repeatedUnit = new RegExp(String.raw`(?<=(${UNIT})[ \t\u3000]*[。.．]?[ \t\u3000]+)(${UNIT})[。.．]?(?=${LINE_END})`, 'y');
const emptyUnit = new RegExp(String.raw`(?:金额)?单位[ \t\u3000]*[:：](?=${LINE_END})`, 'y');

export const matchUnitLineMark: CustomPatternMatcherFunc = (text, offset, tokens) => {
    stopAfterUnit.lastIndex = offset;
    const stop = stopAfterUnit.exec(text);
    if (stop) return stop;
    closingBracket.lastIndex = offset;
    const closing = closingBracket.exec(text);
    if (closing && bracketOpensLine(text, offset, tokens)) return closing;
    if (!atLineStart(text, offset) && !afterTableHeading(text, offset, tokens)) {
        repeatedUnit.lastIndex = offset;
        const repeated = repeatedUnit.exec(text) as (RegExpExecArray & { payload?: string }) | null;
        // another unit the second time: the line before is read, and the warning names it
        if (repeated !== null && unitOf(repeated[1]) !== unitOf(repeated[2])) repeated.payload = repeated[1];
        return repeated;
    }
    for (const pattern of [openingBracket, emptyUnit]) {
        pattern.lastIndex = offset;
        const match = pattern.exec(text);
        if (match) return match;
    }
    return null;
};

/**
 * The unit of a unit line in brackets where the ）follows it straight (（单位：万元）): a token of its own, made the unit's keyword
 * (readBracketedLineUnits), since a name may hold a ）and 万元） would be read as one.
 */
export const BRACKETED_LINE_UNIT = 'BRACKETED_LINE_UNIT';

const bracketedLineUnit = new RegExp(String.raw`(?<=[（(][ \t\u3000]*(?:金额)?单位[ \t\u3000]*[:：]?[ \t\u3000]*)(?:万元|元)(?=[。.．]?[）)]${LINE_END})`, 'y');

export const matchBracketedLineUnit: CustomPatternMatcherFunc = (text, offset, tokens) => {
    bracketedLineUnit.lastIndex = offset;
    const match = bracketedLineUnit.exec(text);
    return match && bracketOpensLine(text, offset, tokens) ? match : null;
};

/**
 * Whether the bracket the unit line before `offset` opens with starts its line or follows a table's heading, as the hidden （
 * does (openingBracket): a row's name may hold one (合计（单位：万元） is a row, not a unit line).
 */
function bracketOpensLine(text: string, offset: number, tokens: readonly IToken[]): boolean {
    const open = Math.max(text.lastIndexOf('（', offset - 1), text.lastIndexOf('(', offset - 1));
    if (open < 0) return false;
    let before = tokens.length;
    while (before > 0 && tokens[before - 1].startOffset + tokens[before - 1].image.length > open) before--;
    return atLineStart(text, open) || afterTableHeading(text, open, before === tokens.length ? tokens : tokens.slice(0, before));
}

/** Each such unit made the keyword it is. */
export function readBracketedLineUnits(tokens: readonly IToken[], definition: TokenTypeDictionary): void {
    for (const token of tokens) {
        if (token.tokenType.name !== BRACKETED_LINE_UNIT) continue;
        token.tokenType = definition[token.image];
        token.tokenTypeIdx = token.tokenType.tokenTypeIdx!;
    }
}

function unitOf(line: string): string {
    return line.replace(/^(?:金额)?单位|[\s:：（()）]/g, '');
}

/**
 * A lexer's finding with the rule it is told under (a case can pin it); `unitRead`: its message goes on to say in what unit the
 * figures are read, which the report's 单位 line says (RootChecksValidator).
 */
export type RuledLexingDiagnostic = LexingDiagnostic & { rule?: 'unit' | 'name-brackets' | 'text-quotes'; unitRead?: true };

/** The info at each 单位： that names no unit (the line is not read), and the warning at a unit line's second unit that differs. */
export function unitLineMarkDiagnostics(hidden: readonly IToken[]): RuledLexingDiagnostic[] {
    const diagnostics: RuledLexingDiagnostic[] = [];
    for (const token of hidden) {
        if (token.tokenType.name !== UNIT_LINE_MARK) continue;
        const at = { offset: token.startOffset, length: token.image.length, line: token.startLine, column: token.startColumn };
        if (/单位[ \t\u3000]*[:：]$/.test(token.image)) {
            diagnostics.push({ ...at, message: `“${token.image}”后面没有写出单位：这一行不读`, severity: 'info', rule: 'unit', unitRead: true });
        } else if (typeof token.payload === 'string') {
            diagnostics.push({ ...at, message: `这一行印了两个不同的单位：读的是前面的“${token.payload}”，“${token.image}”不读；请删去不对的一个。`, severity: 'warning', rule: 'unit' });
        }
    }
    return diagnostics;
}
