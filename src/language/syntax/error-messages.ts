import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { FULL_WIDTH_MINUS } from './full-width-minus.js';
import { PART_HEADING, UNCLOSED_HEADER, UNCLOSED_TEXT, UNFINISHED_GOAL } from './token-builder.js';

/** What a user calls each kind of token, for parse errors in Chinese. */
const TOKEN_NAMES: Record<string, string> = {
    TEXT: '「文本」',
    DATE: '日期',
    CODE: '行首的科目编码',
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

function listAlternatives(paths: TokenType[][]): string {
    const firsts = new Set<string>();
    for (const path of paths) {
        if (path.length > 0) firsts.add(describeToken(path[0]));
    }
    const names = [...firsts];
    if (names.length > 8) return names.slice(0, 8).join('、') + ' 等';
    return names.join('、');
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
        // a name or one of the words that also name a row (RowName: ID | FormWord): to the user, a name
        const firsts = options.expectedPathsPerAlt.flat().map(path => path[0]).filter(type => type !== undefined);
        if (firsts.some(type => type.name === 'ID') && firsts.every(isNameLike)) return `此处应为名称，实际是${describeActual(options.actual[0])}。`;
        const expected = listAlternatives(options.expectedPathsPerAlt.flat());
        return `此处不能是${describeActual(options.actual[0])}，应为 ${expected}。`;
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
        // a name or title copied from a page whose brackets were made half-width (表(一), 因公出国(境))
        if (/^[()]/.test(chars)) {
            return `无法识别的字符“${chars}”：名称、表名中的括号请写全角“（）”（如“支出决算表（一）”）。`;
        }
        return `无法识别的字符“${chars}”。`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return `无法识别“${token.image}”。`;
    }
}
