import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { FULL_WIDTH_MINUS } from './full-width-minus.js';
import { atLineStart, isOrdinal } from './line-start.js';
import { GRAMMAR_UNITS } from './numbers.js';
import { PRINTED_UNIT_LINE, printedUnit } from './printed-unit.js';
import { DANGLING_ORDINAL, PART_HEADING, UNCLOSED_HEADER, UNCLOSED_TEXT, UNFINISHED_GOAL } from './token-builder.js';

/**
 * What a user calls each terminal of the grammar, for parse errors in Chinese: what to write, with an example where the
 * word alone would not say it. A keyword is named by itself; a terminal missing here would show its grammar name
 * (test/language/error-messages.test.ts asks for every one).
 */
export const TOKEN_NAMES: Readonly<Record<string, string>> = {
    TEXT: '「文本」',
    DATE: '日期',
    CODE: '行首的科目编码',
    TABLE_LABEL: '表号（如“表3”）',
    ORDINAL: '序号（如“一、”“（一）”）',
    NOTE_KEY: '“说明”或“备注”',
    TITLE_LABEL: '表名后括号中的表号（如“（表3）”）',
    BRACKETED_UNIT: '单位（如“万元”“元”）',
    UNIT_LINE_KEY: '“金额单位”',
    CONTINUED: '续表的“（续）”',
    GROUP_SCORE: '指标的分值（如“（50分）”）',
    ELLIPSIS: '省略号“……”',
    PERCENT: '百分比',
    NUMBER: '数值',
    // every form of the terminal but –, which reads as —
    BLANK: '空白单元格（“-”“—”或“/”）',
    COMPARATOR: '比较符（≥、≤ 等）',
    ID: '名称',
    // a heading starting with its year (关于2023年度决算情况说明) is a name to the user
    YEAR_HEADING: '名称',
    EOF: '文件结尾',
};

export function describeToken(type: TokenType): string {
    return TOKEN_NAMES[type.name] ?? `“${type.name}”`;
}

/** The name terminal, or a keyword lexed as a name where a longer name goes on (得分 of 得分率). */
function isNameLike(type: TokenType): boolean {
    if (type.name === 'ID') return true;
    const longer = type.LONGER_ALT;
    return (Array.isArray(longer) ? longer : longer ? [longer] : []).some(alt => alt.name === 'ID');
}

function describeActual(token: IToken | undefined): string {
    if (!token || token.tokenType.name === 'EOF') return '文件结尾';
    const image = token.image.length > 20 ? token.image.slice(0, 20) + '…' : token.image;
    return `“${image}”`;
}

/** A half-width mark the grammar takes beside its full-width one: the full-width one alone is named. */
const HALF_WIDTH_TWIN: Readonly<Record<string, string>> = { ':': '：', '[': '【', ']': '】', ',': '，' };

const UNIT = '单位（如“万元”“元”）';

/** Marks that go on with a name (a title joined by 、, a heading ending in 。 or ；): where a name may stand, part of it. */
const NAME_CONTINUATION: ReadonlySet<string> = new Set(['、', '。', '；']);

function listAlternatives(paths: TokenType[][]): string {
    const types = paths.filter(path => path.length > 0).map(path => path[0]);
    const kinds = new Set(types.map(type => type.name));
    // where a name may stand (a heading starting with its year is one), the words that also start a name (执行率, 附表)
    // and the marks that go on with one are names to the user
    const name = kinds.has('ID') || kinds.has('YEAR_HEADING');
    const firsts = new Set<string>();
    for (const type of types) {
        // a table's unit line may stand before its { (表1 … / 金额单位：万元 / {): the { is what is missing, not that line
        if (type.name === 'UNIT_LINE_KEY' && kinds.has('{')) continue;
        // a continued table's （续） is printed, never missing: the { after it is what is
        if (type.name === 'CONTINUED' && kinds.has('{')) continue;
        // the units are keywords a longer name may hold (人员经费): named as units, 万元 first, all of them in one
        // （元） after 单位 is a unit too
        if (GRAMMAR_UNITS.includes(type.name) || type.name === 'BRACKETED_UNIT') firsts.add(UNIT);
        else if (name && (isNameLike(type) || NAME_CONTINUATION.has(type.name))) firsts.add(TOKEN_NAMES.ID);
        else if (!kinds.has(HALF_WIDTH_TWIN[type.name])) firsts.add(describeToken(type));
    }
    const names = [...firsts];
    if (names.length > 8) return names.slice(0, 8).join('、') + ' 等';
    return names.join('、');
}

/** Whether a token is of a type or of one of its categories (as chevrotain's tokenMatcher). */
function matches(token: IToken, type: TokenType): boolean {
    return token.tokenType === type || (token.tokenType.CATEGORIES ?? []).includes(type);
}

/**
 * Where the tokens written leave the paths the parser could take (it looks several tokens ahead): how many of them
 * some path matches, and what those paths go on with there. A path taken for its first token alone would name the
 * token written as the one expected (“此处不能是“一、”，应为 序号…”).
 */
function divergence(paths: TokenType[][], actual: IToken[]): { matched: number; paths: TokenType[][] } {
    const matchedBy = (path: TokenType[]) => {
        let n = 0;
        while (n < path.length && n < actual.length && matches(actual[n], path[n])) n++;
        return n;
    };
    const open = paths.filter(path => matchedBy(path) < path.length);
    const matched = Math.max(0, ...open.map(matchedBy));
    return { matched, paths: open.filter(path => matchedBy(path) === matched).map(path => path.slice(matched)) };
}

/** The messages of tokens that stand for a mistake wherever they are: a text, header or goal not finished. */
const UNFINISHED_MESSAGES: Record<string, string> = {
    [UNCLOSED_TEXT]: '文本缺少结尾的“」”。',
    [UNCLOSED_HEADER]: '列【…】缺少结尾的“】”：列名写在同一行，以“】”结束。',
    [UNFINISHED_GOAL]: '年度目标未写完：应写作 年度目标 { 预期 「…」 实际 「…」 }。',
};

function unclosedMessage(token: IToken | undefined): string | undefined {
    if (token?.tokenType.name === PART_HEADING) {
        const heading = token.image.replace(/\s+/g, ' ').trim();
        return `“${heading}”是报告一部分的标题：写在文件开头，作 部分 「${heading}」（一部分一行）；这一部分的各节照常写在 部门概况、情况说明 等里面。`;
    }
    if (token?.tokenType.name === PRINTED_UNIT_LINE) {
        const written = token.image.trim();
        const how = [/[(（]/.test(written) ? '不加括号' : '', written.startsWith('金额') ? '前面不写“金额”' : ''].filter(Boolean).join('，');
        return `报告的金额单位写作 单位 ${printedUnit(written)}（${how}）；“${written}”是表上印的写法。`;
    }
    if (token?.tokenType.name === DANGLING_ORDINAL) {
        const ordinal = typeof token.payload === 'string' ? token.payload : undefined;
        if (ordinal !== undefined) {
            const figures = token.image.slice(ordinal.length).trim();
            // a neutral name: the line may be a table's row or a count in 部门概况
            return `序号“${ordinal.trim()}”之后缺少名称：名称写在序号和数字之间（如 ${ordinal.trim()}某某 ${figures}）；这一行的数字未读。`;
        }
        return `序号“${token.image.trim()}”之后缺少标题或行名：序号后接标题或行名（如 一、部门职责 「…」）；多余的序号请删去。`;
    }
    return token ? UNFINISHED_MESSAGES[token.tokenType.name] : undefined;
}

function unexpectedAtTopLevel(token: IToken): string {
    const unclosed = unclosedMessage(token);
    if (unclosed) return unclosed;
    const hint = token.image === '}' ? '多余的“}”，或前面少了对应的“{”' : `无法识别${describeActual(token)}`;
    return `${hint}：此处应开始新的部分（部门、年度、部门概况、情况说明、名词解释、附件、附表）。`;
}

/** Where a table's 列【…】 goes: the grammar takes it only first in the braces. */
const HEADER_FIRST = '列【…】只能写在表的第一行，紧接“{”；单位行、注、无数据和各行都写在它后面。';

/**
 * A 列【…】 met where a table's rows or lines go (单位行 written first): say where it goes. The parser then
 * reads its names as a row and stops at its 】, the same mistake: said briefly.
 */
function misplacedHeader(actual: IToken): string | undefined {
    if (actual.image === '列') return `此处不能写列【…】：${HEADER_FIRST}`;
    if (actual.image === '】' || actual.image === ']') return `多余的“${actual.image}”：列【…】应移到表的第一行，紧接“{”。`;
    return undefined;
}

/**
 * A text where 部门概况 or 名词解释 opens its braces: the one paragraph a report prints under the heading (北京 区级:
 * “一、单位基本情况” and its paragraph), which the language takes only as a section of its own, named in the braces.
 */
const TEXT_FOR_BRACES: Record<string, string> = {
    InnerOverview: '标题后应为“{”：标题下的文字写在 { } 里，按它说的是哪一节起名，如 部门概况 「一、单位基本情况」 { 机构设置、职责 「…」 }。',
    InnerGlossary: '标题后应为“{”：各条写在 { } 里，如 名词解释 「四、名词解释」 { 财政拨款收入：「…」 }。',
    Overview: '此处应为“{”：部门概况的各节写在 { } 里，如 部门概况 { 机构设置 「…」 }。',
};

export class JuesuanParserErrorMessageProvider implements IParserErrorMessageProvider {
    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; ruleName?: string }): string {
        const unclosed = unclosedMessage(options.actual);
        if (unclosed) return unclosed;
        if (options.expected.name === 'EOF') return unexpectedAtTopLevel(options.actual);
        const header = options.expected.name === '}' ? misplacedHeader(options.actual) : undefined;
        if (header) return header;
        // Langium suffixes its rules' names with a zero-width space
        const rule = options.ruleName?.replace(/\u200B/g, '');
        const braces = options.expected.name === '{' && options.actual.tokenType.name === 'TEXT' && rule ? TEXT_FOR_BRACES[rule] : undefined;
        if (braces) return braces;
        return `此处应为${describeToken(options.expected)}，实际是${describeActual(options.actual)}。`;
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        return unexpectedAtTopLevel(options.firstRedundant);
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        const unclosed = unclosedMessage(options.actual[0]);
        if (unclosed) return unclosed;
        const { matched, paths } = divergence(options.expectedPathsPerAlt.flat(), options.actual);
        const actual = options.actual[matched];
        // the tokens written went some way along a path (一、 then no name): say what was to follow them
        const where = matched > 0 ? `“${options.actual.slice(0, matched).map(token => token.image).join(' ')}”之后` : '此处';
        // a name or one of the words that also name a row (RowName: ID | FormWord): to the user, a name
        const firsts = paths.map(path => path[0]);
        if (firsts.some(type => type.name === 'ID') && firsts.every(isNameLike)) return `${where}应为名称，实际是${describeActual(actual)}。`;
        const expected = listAlternatives(paths);
        return matched > 0 ? `${where}应为 ${expected}，实际是${describeActual(actual)}。` : `此处不能是${describeActual(actual)}，应为 ${expected}。`;
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        const unclosed = unclosedMessage(options.actual[0]);
        if (unclosed) return unclosed;
        const expected = listAlternatives(options.expectedIterationPaths);
        return `此处至少需要一项 ${expected}，实际是${describeActual(options.actual[0])}。`;
    }
}

const FULL_WIDTH_DIGITS = /[０-９]/;

export class JuesuanLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const chars = fullText.substr(startOffset, Math.min(length, 20));
        if (FULL_WIDTH_DIGITS.test(chars)) {
            return `无法识别的字符“${chars}”：请把全角数字改为半角数字（如 １２３.４５ 写作 123.45）。`;
        }
        if (FULL_WIDTH_MINUS.test(fullText.substr(startOffset, 2))) {
            // U+2212 (the minus sign) is no full-width character: said only to be no half-width “-”
            const what = chars[0] === '－' ? '是全角负号' : '不是半角负号';
            return `“${chars[0]}”${what}：负数写半角“-”（如 ${chars[0]}5 写作 -5）。`;
        }
        if (chars.startsWith('「')) {
            return '文本缺少结尾的“」”。';
        }
        if (chars.startsWith('」')) {
            return '多余的“」”：前面没有对应的“「”。';
        }
        const bracket = bracketMessage(fullText, startOffset, chars);
        if (bracket) return bracket;
        return `无法识别的字符“${chars}”。`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return `无法识别“${token.image}”。`;
    }
}

const OPENING = '(（';
const CLOSING = ')）';

/**
 * A bracket no name took (a name takes a closed pair straight after its letters: 部门(单位)职责, 因公出国（境）): what is
 * wrong with it. Its partner is looked for on its line, outside texts: none, or the pair stands apart from any name
 * (at the line start, after a table's number, a figure or a space), is an ordinal, or holds a bracket or a digit a name cannot.
 */
function bracketMessage(fullText: string, offset: number, chars: string): string | undefined {
    const first = chars[0];
    if (!OPENING.includes(first) && !CLOSING.includes(first)) return undefined;
    const opening = OPENING.includes(first);
    // a run of closing brackets (职责))) is paired from its last, the outermost; those after the first without a partner are extra
    const closers = /^[)）]*/.exec(chars)![0];
    const extra = [...closers].findIndex((_, i) => partnerOf(fullText, offset + i) === undefined);
    if (!opening && extra >= 0) return `多余的“${closers.slice(extra)}”：前面没有对应的“${OPENING[CLOSING.indexOf(first)]}”。`;
    const partner = partnerOf(fullText, opening ? offset : offset + closers.length - 1);
    if (partner === undefined) {
        return `“${first}”没有对应的“${CLOSING[OPENING.indexOf(first)]}”：名称中的括号成对写，紧接名称（如 部门（单位）职责）；多余的请删去。`;
    }
    const start = opening ? offset : partner;
    const pair = fullText.slice(start, (opening ? partner : offset + closers.length - 1) + 1);
    const inside = pair.slice(1, -1);
    const line = fullText.slice(Math.max(0, start - BEFORE_LOOKED_AT), start);
    const before = line.slice(Math.max(line.lastIndexOf('\n'), line.lastIndexOf('\r')) + 1);
    if (atLineStart(fullText, start)) return `名称不能以括号开头：“${pair}”应紧接在名称之后（如 因公出国（境）），序号写作 （一）、（1）。`;
    // 表 3(一): the digits are the table's number, no figure (表3（续） is a continued table's page, CONTINUED)
    if (TABLE_NUMBER_BEFORE.test(before)) return `表号后不能写括号“${pair}”：括号中的话写在表名之后（如 表3 支出决算表（一））。`;
    if (FIGURE_BEFORE.test(before)) return `数值后不能写括号“${pair}”：数值后只写单位（如 12人），要说明的写在 说明 「…」 中。`;
    // （一）收入决算情况说明 written on after a text or a brace: a heading of its own
    if (isOrdinal(pair)) return `序号“${pair}”写在行首：另起一行，序号后接标题。`;
    if (/\s/.test(before.slice(-1))) return `“${pair}”不在名称中：名称中的括号紧接名称写，前面不空格（如 因公出国（境））。`;
    if (/[()（）]/.test(inside)) return `“${pair}”中括号套括号：外层的括号请写全角（如 “三公”经费（含因公出国（境）费））。`;
    if (/\d/.test(inside)) return `名称中不能有数字：“${pair}”不能作为名称的一部分，可写在文本「…」中。`;
    return `无法识别的字符“${chars}”：“${pair}”不能作为名称的一部分。`;
}

/** How far before a pair its line is read: a table's number or a figure with its unit, and the spaces after them. */
const BEFORE_LOOKED_AT = 24;
const TABLE_NUMBER_BEFORE = /(?:附表|表)[ \t\u3000]*(?:\d+|[一二三四五六七八九十]+)[ \t\u3000]*$/;
const FIGURE_BEFORE = new RegExp(`[\\d%％](?:${GRAMMAR_UNITS.join('|')})?[ \\t\\u3000]*$`);

/** The brackets of the text the lexer last reported on, each with its partner: paired once, not for each stray one. */
let paired: { text: string; partners: Map<number, number> } | undefined;

/** The bracket pairing the one at `offset`, on its line and outside texts. */
function partnerOf(text: string, offset: number): number | undefined {
    if (paired?.text !== text) paired = { text, partners: partners(text) };
    return paired.partners.get(offset);
}

/** The brackets of a text paired as they nest, in one pass; a line break, 「 or 」 leaves those open unpaired. */
function partners(text: string): Map<number, number> {
    const partners = new Map<number, number>();
    let open: number[] = [];
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (OPENING.includes(ch)) open.push(i);
        else if (CLOSING.includes(ch)) {
            const partner = open.pop();
            if (partner !== undefined) {
                partners.set(partner, i);
                partners.set(i, partner);
            }
        } else if (ch === '\n' || ch === '\r' || ch === '「' || ch === '」') open = [];
    }
    return partners;
}
