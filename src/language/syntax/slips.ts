import type { CustomPatternMatcherFunc, ILexingError, IToken, TokenType, TokenTypeDictionary } from 'chevrotain';
import { continuedTitle } from '../../model/continued.js';
import { atLineStart } from './line-start.js';
import { DEFAULT_MONEY_UNIT, PRINTED_UNIT_LINE } from './printed-unit.js';

/**
 * Slips of typing or pasting the lexer knows by their shape, each told once where it stands, with the fix where what
 * was meant is certain; what follows them is read as it was meant, so that one slip is not four errors.
 */

/** A full-width brace (｛ ｝, as a Chinese keyboard types it): read as the brace, an error with its fix. */
export const FULL_WIDTH_BRACE = 'FULL_WIDTH_BRACE';

/** A Markdown heading's # marks at the start of a line (# 部门概况): left out with the line's heading, an error. */
export const MARKDOWN_HEADING = 'MARKDOWN_HEADING';

// the marks alone where the line goes on with a block or a text (# 部门概况 {, ## 机构设置 「…」): the rest is read;
// else the whole line, a heading the language has no place for
const markdownMarks = /#{1,6}[ \t\u3000]*(?=[^\r\n#]*[{｛「])/y;
const markdownLine = /#{1,6}(?:[ \t\u3000]*[^\s#][^\r\n]*?)?(?=[ \t\u3000]*(?:\r?\n|$))/y;

export const matchMarkdownHeading: CustomPatternMatcherFunc = (text, offset) => {
    if (!atLineStart(text, offset)) return null;
    markdownMarks.lastIndex = offset;
    const marks = markdownMarks.exec(text);
    if (marks) return marks;
    markdownLine.lastIndex = offset;
    return markdownLine.exec(text);
};

/**
 * A table's printed unit line (单位：元, 单位：（元）, 金额单位：万元。) written as a line of its own in the table: the
 * language writes it 单位行 「单位：元」. Left out, an error, with its fix where the table has no 单位行 yet.
 */
export const TABLE_UNIT_LINE = 'TABLE_UNIT_LINE';

// group 1 the line as printed, without the spaces around it
const tableUnitLine = /([(（]?[ \t\u3000]*(?:金额)?单位[ \t\u3000]*[:：]?[ \t\u3000]*(?:[(（][ \t\u3000]*(?:万元|元)[ \t\u3000]*[)）]|万元|元)[。.．]?[ \t\u3000]*[)）]?)(?=[ \t\u3000]*(?:\r?\n|\}|$))/y;

/** The block a line of the text stands in, from the tokens before it: the token heading it and where its { is. */
function enclosingBlock(tokens: readonly IToken[]): { depth: number; head?: IToken; open: number } {
    let closed = 0;
    let head: IToken | undefined;
    let open = -1;
    let depth = 0;
    for (let i = tokens.length - 1; i >= 0; i--) {
        const name = tokens[i].tokenType.name;
        if (name === '}' || (name === FULL_WIDTH_BRACE && tokens[i].image === '｝')) closed++;
        else if (name === '{' || (name === FULL_WIDTH_BRACE && tokens[i].image === '｛')) {
            if (closed > 0) closed--;
            else {
                if (depth === 0) {
                    head = blockHead(tokens, i);
                    open = i;
                }
                depth++;
            }
        }
    }
    return { depth, head, open };
}

/**
 * The token heading the block whose { is `tokens[open]`: the title's last, before the unit line a page may print between the
 * title and its figures (表2 收入决算表 / 单位：万元 / {, a TableUnitLine).
 */
function blockHead(tokens: readonly IToken[], open: number): IToken | undefined {
    let i = open - 1;
    if (tokens[i]?.tokenType.name === '。') i--;
    if (!UNIT_VALUES.has(tokens[i]?.tokenType.name ?? '')) return tokens[open - 1];
    const key = tokens[i - 1]?.tokenType.name === ':' || tokens[i - 1]?.tokenType.name === '：' ? i - 2 : i - 1;
    return UNIT_KEYS.has(tokens[key]?.tokenType.name ?? '') ? tokens[key - 1] : tokens[open - 1];
}

const UNIT_VALUES = new Set(['万元', '元', 'BRACKETED_UNIT']);
const UNIT_KEYS = new Set(['单位', 'UNIT_LINE_KEY']);

/** Whether a table's head is a page it continues on (表3（续）, 收入决算表（续表）, 续表, （续表）: src/model/continued.ts). */
function headsContinuedPage(head: IToken): boolean {
    return head.tokenType.name === 'CONTINUED' || continuedTitle(head.image) !== undefined;
}

/**
 * Whether a block's head is a table's title: a name, not one of the grammar's keywords (部门概况, 名词解释, 项目 …), whose
 * tokens are named by the keyword, while the terminals' names are in capitals; nor a part's printed heading, a text
 * (部门概况 「一、单位基本情况」 {).
 */
function headsTable(head: IToken | undefined): head is IToken {
    return head !== undefined && /^[A-Z_]+$/.test(head.tokenType.name) && head.tokenType.name !== 'TEXT';
}

/** A table's own printed line's key (TABLE_META_KEY of the model, which the lexer does not load). */
const TABLE_META_KEY = '单位行';

/** The next line of a table that starts with 单位行 or the table's }: its own unit line, if it comes first. */
const nextUnitLineOrEnd = /^[ \t\u3000]*(单位行|\})/m;

export const matchTableUnitLine: CustomPatternMatcherFunc = (text, offset, tokens) => {
    if (!atLineStart(text, offset)) return null;
    tableUnitLine.lastIndex = offset;
    const match = tableUnitLine.exec(text);
    if (!match) return null;
    // only in a table's braces, where no row is so written: above a table it may repeat the header's unit, and
    // what follows it need not be a table
    const { depth, head, open } = enclosingBlock(tokens);
    if (depth !== 1 || !headsTable(head)) return null;
    // a table that has its 单位行 already: the line is a second one, not moved into it
    const hasUnitLine = tokens.slice(open).some(token => token.image === TABLE_META_KEY)
        || nextUnitLineOrEnd.exec(text.slice(offset + match[0].length))?.[1] === TABLE_META_KEY;
    // after the table's figures or atop a page it continues on, naming the report's unit: the page's unit line again where
    // a PDF page breaks the table, read as the unit it repeats and left out without a word
    const pageBreak = (headsContinuedPage(head) || tokens.slice(open).some(token => FIGURE_TOKENS.has(token.tokenType.name)))
        && unitOf(match[1]) === declaredUnit(tokens);
    (match as RegExpExecArray & { payload?: TableUnitLine }).payload = pageBreak ? 'page' : hasUnitLine ? 'second' : 'first';
    return match;
};

type TableUnitLine = 'first' | 'second' | 'page';

const FIGURE_TOKENS = new Set(['NUMBER', 'PERCENT', 'BLANK']);

/** The money unit a unit line names. */
function unitOf(line: string): string | undefined {
    return /万元|元/.exec(line)?.[0];
}

/** The unit the report's 单位 line names (printed-unit.ts reportUnit), from the tokens before (单位 万元): 万元 where it writes none. */
function declaredUnit(tokens: readonly IToken[]): string {
    const at = tokens.findIndex(token => token.tokenType.name === '单位' || token.tokenType.name === PRINTED_UNIT_LINE);
    return (at >= 0 ? unitOf(tokens.slice(at, at + 3).map(token => token.image).join('')) : undefined) ?? DEFAULT_MONEY_UNIT;
}

export const MISSING_COLUMN_KEYWORD = '列名前缺少“列”：表头写作 列【…】。';

/**
 * The tokens read as they were meant, and what is said of each slip: full-width braces made braces; Markdown heading
 * marks and tables' unit lines left out.
 */
export function readSlips(tokens: IToken[], definition: TokenTypeDictionary): { tokens: IToken[]; errors: ILexingError[] } {
    const errors: ILexingError[] = [];
    // copied only once a token is left out: most texts have no slip
    let kept: IToken[] | undefined;
    const at = (token: IToken, message: string) => ({ offset: token.startOffset, length: token.image.length, line: token.startLine, column: token.startColumn, message });
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const name = token.tokenType.name;
        if (name === FULL_WIDTH_BRACE) {
            const brace = token.image === '｛' ? '{' : '}';
            retype(token, definition[brace]);
            errors.push(at(token, `“${token.image}”是全角的括号：块的括号写半角的“${brace}”。`));
        } else if (name === MARKDOWN_HEADING || name === TABLE_UNIT_LINE) {
            if (token.payload !== 'page') errors.push(at(token, name === MARKDOWN_HEADING ? markdownMessage(token.image) : tableUnitLineMessage(token.image, token.payload === 'second')));
            kept ??= tokens.slice(0, i);
            continue;
        } else if ((name === '【' || name === '[') && tokens[i - 1]?.tokenType.name === '{' && headsTable(blockHead(tokens, i - 1))) {
            // only first in a table: 【财政拨款收入】 「…」 in 名词解释 or 情况说明 is a name in brackets, no header
            errors.push(at(token, MISSING_COLUMN_KEYWORD));
        }
        kept?.push(token);
    }
    return { tokens: kept ?? tokens, errors };
}

function tableUnitLineMessage(line: string, hasUnitLine: boolean): string {
    return hasUnitLine
        ? `“${line}”是表上印的单位行：这张表已写了 单位行 「…」，这一行请删去。`
        : `“${line}”是表上印的单位行，写作 单位行 「${line}」（写在列【…】之后）；表中金额的单位照报告的“单位”一行。`;
}

/**
 * The fix of a table's unit line (its finding's `message`, at [start, end) of `text`) in a table without its 单位行:
 * made 单位行 「…」 where it stands, or after the table's 列【…】 if that comes next; as edits of [start, end) spans.
 */
export function tableUnitLineFix(text: string, start: number, end: number, message: string): { title: string; edits: { start: number; end: number; newText: string }[] } | undefined {
    const line = text.slice(start, end);
    if (message !== tableUnitLineMessage(line, false)) return undefined;
    const newLine = `单位行 「${line}」`;
    const title = `改为 ${newLine}`;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    let at = endOfLine(text, end);
    const header = /^(?:[ \t\u3000]*\r?\n)*([ \t\u3000]*)列[ \t\u3000]*[【[][^\r\n]*[】\]][ \t\u3000]*(?:\r?\n|$)/.exec(text.slice(at));
    if (!header) return { title, edits: [{ start, end, newText: newLine }] };
    const removed = { start: lineStart, end: at, newText: '' };
    at += header[0].length;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const insertion = /\n$/.test(header[0]) ? `${header[1]}${newLine}${eol}` : `${eol}${header[1]}${newLine}`;
    return { title, edits: [removed, { start: at, end: at, newText: insertion }] };
}

/** The offset after the line break ending the line that holds `offset` (the text's end on its last line). */
function endOfLine(text: string, offset: number): number {
    const next = text.indexOf('\n', offset);
    return next < 0 ? text.length : next + 1;
}

function markdownMessage(image: string): string {
    const heading = image.replace(/^#+/, '').trim();
    const marks = image.match(/^#+/)![0];
    return heading === ''
        ? `“${marks}”是 Markdown 的标题符号：决算语言不用它，请删去。`
        : `“${image.trim()}”是 Markdown 的标题：决算语言不用“${marks}”，这一行请删去（各部分写作 部门概况 { … }、情况说明 { … } 等；要印的部分标题写在文件开头，作 部分 「…」）。`;
}

function retype(token: IToken, type: TokenType): void {
    token.tokenType = type;
    token.tokenTypeIdx = type.tokenTypeIdx!;
}

/** The fix of a slip told above, from the text at the finding and its message, where what was meant is certain. */
export function slipFix(written: string, message: string): { title: string; newText: string } | undefined {
    if (written === '｛' || written === '｝') return { title: `改为“${written === '｛' ? '{' : '}'}”`, newText: written === '｛' ? '{' : '}' };
    if (message === MISSING_COLUMN_KEYWORD && (written === '【' || written === '[')) return { title: '前面加上“列”', newText: `列${written}` };
    if (/^#+[ \t\u3000]*$/.test(written)) return { title: '删去“#”', newText: '' };
    return undefined;
}
