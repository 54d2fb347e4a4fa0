import type { CustomPatternMatcherFunc, ILexingError, IToken, TokenType, TokenTypeDictionary } from 'chevrotain';
import type { LexingDiagnostic } from 'langium';
import { atLineStart } from './line-start.js';

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
 * A table's printed unit line (单位：元, 单位：（元）, 金额单位：万元。) written as a line of its own, inside the table or
 * above it: the language writes it 单位行 「单位：元」 in the table. Left out, an error with its fix.
 */
export const TABLE_UNIT_LINE = 'TABLE_UNIT_LINE';

// group 1 the line as printed, without the spaces around it
const tableUnitLine = /((?:金额)?单位[ \t\u3000]*[:：]?[ \t\u3000]*(?:[(（][ \t\u3000]*(?:万元|元)[ \t\u3000]*[)）]|万元|元)[。.]?)(?=[ \t\u3000]*(?:\r?\n|\}|$))/y;
/** The plain form, the report's own unit line when written outside a table (单位 万元, 单位：元). */
const plainUnitLine = /^单位[ \t\u3000]*[:：]?[ \t\u3000]*(?:万元|元)$/;

/** Where a line of the text stands among the blocks the tokens before it open: the head of the block it is in. */
function enclosingBlocks(tokens: readonly IToken[]): { depth: number; head?: IToken } {
    let closed = 0;
    let head: IToken | undefined;
    let depth = 0;
    for (let i = tokens.length - 1; i >= 0; i--) {
        const name = tokens[i].tokenType.name;
        if (name === '}' || (name === FULL_WIDTH_BRACE && tokens[i].image === '｝')) closed++;
        else if (name === '{' || (name === FULL_WIDTH_BRACE && tokens[i].image === '｛')) {
            if (closed > 0) closed--;
            else {
                if (depth === 0) head = tokens[i - 1];
                depth++;
            }
        }
    }
    return { depth, head };
}

/** The next line a table's head, its { ending it (not a part's: 部门概况 {). */
const TABLE_HEAD_NEXT = /^[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+(?!部门概况|单位概况|基本情况|情况说明|名词解释)[^\s{｛「}][^\r\n「」{}]*[{｛][ \t\u3000]*(?:\r?\n|$)/;

/** The keywords heading a block that is no table: a unit line in them is a row's or a text's business. */
const NOT_TABLE_HEADS = new Set(['部门概况', '单位概况', '基本情况', '情况说明', '名词解释', '项目', '年度目标', '指标']);

export const matchTableUnitLine: CustomPatternMatcherFunc = (text, offset, tokens) => {
    if (!atLineStart(text, offset)) return null;
    tableUnitLine.lastIndex = offset;
    const match = tableUnitLine.exec(text);
    if (!match) return null;
    const { depth, head } = enclosingBlocks(tokens);
    // in a table's braces (a block whose head is no keyword of a part), any form: none is a row
    const inTable = depth === 1 && head !== undefined && !NOT_TABLE_HEADS.has(head.tokenType.name);
    // outside the blocks: the plain form is the report's 单位 line, except between a table's title and its {, or a second
    // one straight above a table; the others only after the header's (PRINTED_UNIT_LINE tells them there)
    const after = text.slice(offset + match[0].length, offset + match[0].length + 200);
    const unitWritten = tokens.some(token => token.tokenType.name === '单位');
    const aboveTable = depth === 0 && (plainUnitLine.test(match[1])
        ? /^\s*[{｛]/.test(after) || (unitWritten && TABLE_HEAD_NEXT.test(after))
        : unitWritten || tokens.some(token => token.tokenType.name === '{'));
    if (!inTable && !aboveTable) return null;
    (match as RegExpExecArray & { payload?: boolean }).payload = inTable;
    return match;
};

/** A block's keywords a misspelling may stand for: only at the start of a line, outside the blocks, before a {. */
const BLOCK_KEYWORDS = ['部门概况', '单位概况', '情况说明', '名词解释'];

/** The block keyword a name is one or two characters off (情况说名, 名词解析), if exactly one is nearest. */
export function misspeltKeyword(name: string): string | undefined {
    if (name.length < 3 || name.length > 5) return undefined;
    const distances = BLOCK_KEYWORDS.map(keyword => editDistance(name, keyword));
    const best = Math.min(...distances);
    if (best === 0 || best > 2 || distances.filter(d => d === best).length > 1) return undefined;
    const keyword = BLOCK_KEYWORDS[distances.indexOf(best)];
    // two off: only where half the word or more is the keyword's, in place (决算说明, 部门概要), not two words sharing one
    if (best === 2 && [...keyword].filter((ch, i) => name[i] === ch || name[name.length - keyword.length + i] === ch).length < 2) return undefined;
    return keyword;
}

/** Levenshtein distance, a swap of two neighbours counted as one edit (情况明说). */
function editDistance(a: string, b: string): number {
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}

/** Tokens a block's first line starts with in a table: a block so opened keeps the name it was given. */
const TABLE_FIRSTS = new Set(['列', '【', '[', '无数据', 'CODE']);

export const MISSING_COLUMN_KEYWORD = '列名前缺少“列”：表头写作 列【…】。';

/**
 * The tokens read as they were meant, and what is said of each slip: full-width braces made braces; a block headed by a
 * name a character or two off a part's keyword made that keyword (a warning), as is the 2022 national 基本情况 heading
 * (line-start.ts matches it only where it heads a part); Markdown heading marks and tables' unit lines left out.
 */
export function readSlips(tokens: IToken[], text: string, definition: TokenTypeDictionary): { tokens: IToken[]; errors: ILexingError[]; warnings: LexingDiagnostic[] } {
    const errors: ILexingError[] = [];
    const warnings: LexingDiagnostic[] = [];
    // copied only once a token is left out: most texts have no slip
    let kept: IToken[] | undefined;
    let depth = 0;
    const at = (token: IToken, message: string) => ({ offset: token.startOffset, length: token.image.length, line: token.startLine, column: token.startColumn, message });
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const name = token.tokenType.name;
        if (name === FULL_WIDTH_BRACE) {
            const brace = token.image === '｛' ? '{' : '}';
            retype(token, definition[brace]);
            errors.push(at(token, `“${token.image}”是全角的括号：块的括号写半角的“${brace}”。`));
        } else if (name === MARKDOWN_HEADING || name === TABLE_UNIT_LINE) {
            errors.push(at(token, name === MARKDOWN_HEADING ? markdownMessage(token.image) : tableUnitLineMessage(token.image, token.payload === true)));
            kept ??= tokens.slice(0, i);
            continue;
        } else if (name === 'ID' && depth === 0 && isOpening(tokens[i + 1]) && atLineStart(text, token.startOffset)
            && !TABLE_FIRSTS.has(tokens[i + 2]?.tokenType.name ?? '')) {
            const keyword = misspeltKeyword(token.image);
            if (keyword !== undefined && definition[keyword] !== undefined) {
                retype(token, definition[keyword]);
                warnings.push({ ...at(token, `“${token.image}”应为“${keyword}”：照 ${keyword} 读。`), severity: 'warning' });
            }
        } else if ((name === '【' || name === '[') && tokens[i - 1]?.tokenType.name === '{') {
            errors.push(at(token, MISSING_COLUMN_KEYWORD));
        }
        if (token.tokenType.name === '{') depth++;
        else if (token.tokenType.name === '}' && depth > 0) depth--;
        kept?.push(token);
    }
    return { tokens: kept ?? tokens, errors, warnings };
}

function isOpening(token: IToken | undefined): boolean {
    return token !== undefined && (token.tokenType.name === '{' || token.image === '｛');
}

function tableUnitLineMessage(line: string, inTable: boolean): string {
    const where = inTable ? `，写作 单位行 「${line}」（写在列【…】之后）` : `：写在下面这张表的 { } 中（列【…】之后），作 单位行 「${line}」`;
    return `“${line}”是表上印的单位行${where}；表中金额的单位照报告的“单位”一行。`;
}

/**
 * The fix of a table's unit line (its finding's `message`, at [start, end) of `text`): made 单位行 「…」 where it stands in
 * the table, or moved into the table below it, after its { and its 列【…】; as edits of [start, end) spans.
 */
export function tableUnitLineFix(text: string, start: number, end: number, message: string): { title: string; edits: { start: number; end: number; newText: string }[] } | undefined {
    const line = text.slice(start, end);
    const inTable = message === tableUnitLineMessage(line, true);
    if (!inTable && message !== tableUnitLineMessage(line, false)) return undefined;
    const newLine = `单位行 「${line}」`;
    const title = `改为 ${newLine}`;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = endOfLine(text, end);
    const removed = { start: lineStart, end: lineEnd, newText: '' };
    // where it goes: after the header 列【…】 on one of the next lines, else after the table's { (above the table)
    let at = lineEnd;
    if (!inTable) {
        const head = /^(?:[ \t\u3000]*\r?\n)*([^\r\n]*)/.exec(text.slice(at))!;
        if (/^\s*(?:部门概况|单位概况|情况说明|名词解释)/.test(head[1]) || !/[{｛][ \t\u3000]*$/.test(head[1])) return undefined;
        at = endOfLine(text, at + head[0].length);
    }
    const header = /^(?:[ \t\u3000]*\r?\n)*([ \t\u3000]*)列[ \t\u3000]*[【[][^\r\n]*[】\]][ \t\u3000]*(?:\r?\n|$)/.exec(text.slice(at));
    if (inTable && !header) return { title, edits: [{ start, end, newText: newLine }] };
    const indent = header?.[1] ?? /^(?:[ \t\u3000]*\r?\n)*([ \t\u3000]+)[^}\s]/.exec(text.slice(at))?.[1] ?? '  ';
    if (header) at += header[0].length;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const insertion = header && !/\n$/.test(header[0]) ? `${eol}${indent}${newLine}` : `${indent}${newLine}${eol}`;
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
    const keyword = message.startsWith(`“${written}”应为`) ? misspeltKeyword(written) : undefined;
    if (keyword !== undefined) return { title: `改为“${keyword}”`, newText: keyword };
    return undefined;
}
