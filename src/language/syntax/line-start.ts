import type { CustomPatternMatcherFunc, IToken, TokenType } from 'chevrotain';
import { JuesuanTerminals } from '../generated/ast.js';

/** Whether `offset` starts its line, after spaces, tabs, ideographic spaces or a byte order mark. */
export function atLineStart(text: string, offset: number): boolean {
    for (let i = offset - 1; i >= 0; i--) {
        const ch = text.charCodeAt(i);
        if (ch === 10 || ch === 13) return true;
        if (ch !== 32 && ch !== 9 && ch !== 0x3000 && ch !== 0xfeff) return false;
    }
    return true;
}

/** A letter of a name (CJK or Latin): what may not follow a label or ordinal without a break. */
const NAME_CHAR = /[_a-zA-Z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * A table's printed number at the start of a line: 附表 5, 附表五, 表五, 表 5, 公开05表, and the
 * 决算 software's table codes some reports print (海南: 财决公开01表, 财决01表, 部门公开表01) — and
 * 附表 3.5, taken whole so that the check can say a table number is a whole number. A Chinese
 * numeral must end where the name ends (表一般… is a name, not 表一).
 */
const tableLabel = /(?:附表|表)[ \t\u3000]*(?:\d+(?:\.\d+)?|[一二三四五六七八九十]+)|(?:财决)?公开[ \t\u3000]*\d+[ \t\u3000]*表|财决[ \t\u3000]*\d+[ \t\u3000]*表|部门公开表[ \t\u3000]*\d+/y;

/** Blanks and line comments before a table's { (收 入 支 出 决 算 总 表  // 第3页 / {). */
const BEFORE_BRACE = String.raw`(?:\s|//[^\n\r]*)*`;

/** A table's unit line between its title and its { (表2 收入决算表 公开02表 / 单位：万元 / {), then the {. */
const UNIT_LINE_THEN_BRACE = String.raw`${BEFORE_BRACE}[（(]?[ \t\u3000]*(?:金额)?单位[ \t\u3000]*[:：]?[ \t\u3000]*(?:[（(][ \t\u3000]*(?:万元|元)[ \t\u3000]*[）)]|万元|元)[ \t\u3000]*[。.．]?[ \t\u3000]*[）)]?${BEFORE_BRACE}\{`;

/**
 * What follows a page's label after a table's title: the table's {, maybe after its unit line, or after the 续 mark of a
 * page the table goes on (四川: 附表1 收入支出决算总表 公开01表（续） {; the mark is the grammar's CONTINUED); the { on its line
 * or the next, as after a title.
 */
const braceAfterLabel = new RegExp(String.raw`(?:[ \t\u3000]*[（(][ \t\u3000]*续表?[ \t\u3000]*[）)])?(?:${BEFORE_BRACE}\{|${UNIT_LINE_THEN_BRACE})`, 'y');

/**
 * A table's bare number (7 {, 2 收入决算表 公开02表 {): one or two digits starting a line out of any block, the rest of the
 * line a title maybe and the table's {. Elsewhere a number starting a line is a code (201 一般公共服务支出 …), so that a
 * stray row or 2024 「…」 keeps its own error and makes no table.
 */
const bareTableNumber = /\d{1,2}(?=(?:[ \t\u3000]+[^\s{}「」\d][^\r\n{}「」]*)?[ \t\u3000]*\{)/y;

function matchBareTableNumber(text: string, offset: number, tokens: readonly IToken[]): RegExpExecArray | null {
    if (!atLineStart(text, offset)) return null;
    bareTableNumber.lastIndex = offset;
    const match = bareTableNumber.exec(text);
    if (!match) return null;
    let depth = 0;
    for (const token of tokens) depth += token.image === '{' ? 1 : token.image === '}' ? -1 : 0;
    return depth <= 0 ? match : null;
}

export const matchTableLabel: CustomPatternMatcherFunc = (text, offset, tokens) => {
    const lineStart = atLineStart(text, offset) || afterLineStartOrdinal(text, offset);
    if (/\d/.test(text.charAt(offset))) return matchBareTableNumber(text, offset, tokens);
    if (!lineStart && !afterTableTitle(text, offset, tokens)) return null;
    tableLabel.lastIndex = offset;
    const match = tableLabel.exec(text);
    if (!match) return null;
    // after a title, a label of the page's own only where the table's { follows (四川: 附表1 收入支出决算总表 公开01表 {), maybe after its unit line
    if (!lineStart) {
        braceAfterLabel.lastIndex = offset + match[0].length;
        if (!braceAfterLabel.test(text)) return null;
    }
    const last = match[0].charAt(match[0].length - 1);
    const next = text.charAt(offset + match[0].length);
    if (/[一二三四五六七八九十]/.test(last) && NAME_CHAR.test(next)) return null;
    return match;
};

/**
 * Whether `offset` follows, after spaces, a title that follows a table's label on its line (附表1 收入支出决算总表 |公开01表),
 * or the contents' ordinal starting it (一、收入支出决算总表 |公开01表), or that starts its line (支出决算表 |公开03表).
 */
function afterTableTitle(text: string, offset: number, tokens: readonly IToken[]): boolean {
    const title = tokens[tokens.length - 1];
    if (title === undefined || (!isName(title) && title.tokenType.name !== 'YEAR_HEADING')) return false;
    if (!/^[ \t\u3000]+$/.test(text.slice(title.startOffset + title.image.length, offset))) return false;
    // the title's words joined by 、 (…“三公”经费及会议费、培训费支出决算表), then the label before it, a colon between maybe
    // (附表1：收入支出决算总表), or 附表 and its number
    let at = tokens.length - 2;
    // the unit's name its year follows (交口街道办事处2021年收入支出决算总表): one title
    if (title.tokenType.name === 'YEAR_HEADING' && tokens[at]?.tokenType.name === 'ID' && tokens[at].startOffset + tokens[at].image.length === title.startOffset) at--;
    while (at >= 1 && tokens[at].image === '、' && isName(tokens[at - 1])) at -= 2;
    if (at >= 0 && /^[:：、]$/.test(tokens[at].image)) at--;
    const label = tokens[at];
    return label !== undefined && (label.tokenType.name === 'TABLE_LABEL' || label.tokenType.name === 'ORDINAL'
        || (label.tokenType.name === 'NUMBER' && tokens[at - 1]?.image === '附表'))
        // or a bare title starting its line (支出决算表 公开03表 {)
        || atLineStart(text, tokens[at + 1].startOffset);
}

/** Whether `offset` follows, after spaces, a table's heading on its line: its title (see afterTableTitle) or a label (表2 |, 收入决算表（公开02表） |). */
export function afterTableHeading(text: string, offset: number, tokens: readonly IToken[]): boolean {
    const last = tokens[tokens.length - 1];
    if (last?.tokenType.name === 'TABLE_LABEL' || last?.tokenType.name === 'TITLE_LABEL') return /^[ \t\u3000]+$/.test(text.slice(last.startOffset + last.image.length, offset));
    return afterTableTitle(text, offset, tokens);
}

/**
 * A printed ordinal at the start of a line, before a name: 一、 （一） (一) 1. 1、 （1） (1) 1） 1)
 * (the half-bracketed 1） of statistics tables: 1）国内接待费 2）国（境）外接待费), and a bare 、 whose
 * number the copy lost (宁夏: 、收入支出决算总体情况说明): a heading all the same, its ordinal printed as written.
 * As pasted from PDFs and web pages: 一．, 一 、 (a space the PDF left), ①, and a heading's 1.1 or 1.2、 or 第一， before
 * its name where a text or a block follows on the line (a figure 1.1 starting a line of wrapped cells has none; a
 * sentence pasted without its 「」, 第一，本年收入…, has neither).
 * Not a number: 1.5 or 12.30 stay figures. Before a subject code and its name or text it is an
 * ordinal all the same: the glossary prints 9.2100302 「…」 (no amount has five or seven decimals
 * and a name after it; a line-start amount three decimals long before a name is taken as a code).
 */
const ORDINAL_SOURCE = String.raw`(?:[一二三四五六七八九十]+(?:[ \t\u3000]*、|[.．](?!\d))|、(?=[ \t\u3000]*[^\s、])|[①-⑳]|第[一二三四五六七八九十]+[，,、](?=[ \t\u3000]*[\u3400-\u4dbf\u4e00-\u9fff“《][^\n「{]*[「{])|\d{1,2}(?:[.．]\d{1,2})+[.．、]?(?=[ \t\u3000]*[\u3400-\u4dbf\u4e00-\u9fff“《][^\n「{]*[「{])|[（(][一二三四五六七八九十]+[）)]|[（(]?\d{1,2}[）)]|\d{1,2}[.．、](?:(?!\d)|(?=(?:\d{7}|\d{5}|\d{3})[ \t\u3000]*[「\u3400-\u4dbf\u4e00-\u9fff])))`;
const ordinal = new RegExp(ORDINAL_SOURCE, 'y');
const wholeOrdinal = new RegExp(`^(?:${ORDINAL_SOURCE})$`);

/** Whether a text is shaped as a printed ordinal: （一）, (1), 一、 … */
export function isOrdinal(text: string): boolean {
    return wholeOrdinal.test(text);
}

export const matchOrdinal: CustomPatternMatcherFunc = (text, offset, tokens) => {
    if (!atLineStart(text, offset) && !afterLineStartOfWhich(text, offset)) return null;
    // after a name ending the line above, a 、 goes on with it (a title wrapped at its 、: …会议费 / 、培训费支出决算表)
    if (text.charAt(offset) === '、' && tokens[tokens.length - 1]?.tokenType.name === 'ID') return null;
    ordinal.lastIndex = offset;
    return ordinal.exec(text);
};

/** 其中： at the end of a text, with spaces maybe after it. */
const ofWhichBefore = /其中[ \t\u3000]*[:：][ \t\u3000]*$/;

/**
 * Whether `offset` follows only 其中： on its line: the rows it heads may be printed after it with
 * their ordinals (其中：（1）公务用车运行维护费), and （1） there is an ordinal, not a negative number.
 */
function afterLineStartOfWhich(text: string, offset: number): boolean {
    // most offsets follow no colon: decided without a slice (the lexer asks at every digit of an amount)
    const previous = text.charAt(offset - 1);
    if (previous !== '：' && previous !== ':' && previous !== ' ' && previous !== '\t' && previous !== '\u3000') return false;
    const from = Math.max(0, offset - ORDINAL_LINE_MAX);
    const match = ofWhichBefore.exec(text.slice(from, offset));
    return match !== null && atLineStart(text, from + match.index);
}

/** A line's text up to a table label or code that follows its ordinal: no longer than this. */
const ORDINAL_LINE_MAX = 12;
// a bare 、 too (、表一 收入支出决算总表): its lookahead for what follows fails at the end of the text looked at
const lineStartOrdinal = new RegExp(String.raw`^[ \t\u3000\ufeff]*(?:${ORDINAL_SOURCE}|、)[ \t\u3000]*$`);

/** Whether `offset` follows only a printed ordinal on its line: a code (9.2100302, （九）2100302) or a table label (一、表一) may stand there. */
export function afterLineStartOrdinal(text: string, offset: number): boolean {
    // an ordinal and its spaces are short: look back no further (the lexer asks at every offset of a long line)
    const from = Math.max(0, offset - ORDINAL_LINE_MAX - 1);
    const before = text.slice(from, offset);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    if (lineStart === 0 && from > 0) return false;
    const line = before.slice(lineStart);
    return line.length <= ORDINAL_LINE_MAX && lineStartOrdinal.test(line);
}

/**
 * 说明 or 备注 starting its line before its text (说明 「…」, 备注：「…」): a text of its own (a table's note), not the
 * attribute of the row above — unless indented deeper than the line where that row's last figure or attribute starts:
 * a row too long for its line wraps its 备注 onto the next, under the row (国内公务接待 … 用途 「…」 / ⇥备注 「不包括陪同人员」).
 * With a colon (备注：「…」) it is a text of its own wherever it stands: a row's attribute takes none.
 * `attributeKeys` and `units` are the grammar's keywords of a row's attributes and of its figures' units.
 */
export function noteKeyMatcher(attributeKeys: ReadonlySet<string>, units: ReadonlySet<string>): CustomPatternMatcherFunc {
    const isCell = (token: IToken | undefined) => token !== undefined && CELL_TOKENS.has(token.tokenType.name);
    const endsRow = (tokens: readonly IToken[]) => {
        const last = tokens[tokens.length - 1];
        const before = tokens[tokens.length - 2];
        if (last === undefined) return false;
        if (isCell(last)) return true;
        if (units.has(last.tokenType.name)) return isCell(before);
        return last.tokenType.name === 'TEXT' && before !== undefined && attributeKeys.has(before.tokenType.name);
    };
    return (text, offset, tokens) => {
        if (!atLineStart(text, offset)) return null;
        noteKey.lastIndex = offset;
        const match = noteKey.exec(text);
        if (match === null) return null;
        const colon = /[:：]/.test(match[1]);
        const wrapped = !colon && endsRow(tokens) && indentOf(text, offset) > indentOf(text, tokens[tokens.length - 1].startOffset);
        return wrapped ? null : match;
    };
}

// before a 「, or a text in the quotes a word processor gives that ends its line (read as a text, quoted-text.ts); group 1
// what stands between
const noteKey = /(?:说明|备注)(?=([ \t\u3000]*[:：]?[ \t\u3000]*)(?:「|[“"‘『][^\r\n]*[”"’』][ \t\u3000]*(?:\r?\n|\}|$)))/y;
/** The tokens of a row's figures (Cell). */
const CELL_TOKENS = new Set(['NUMBER', 'PERCENT', 'BLANK']);

/** The indentation of the line holding `offset`, a tab as four spaces. */
function indentOf(text: string, offset: number): number {
    let start = offset;
    while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
    let width = 0;
    for (let i = start; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 9) width += 4;
        else if (ch === 32 || ch === 0x3000 || ch === 0xfeff) width += 1;
        else break;
    }
    return width;
}

/**
 * A heading that starts with its year, before its text (2024年度收入支出决算总体情况说明 「…」), or
 * with 关于 and its year (湖南: 关于2024年度预算绩效管理情况的说明 「…」): one key, kept as the report
 * prints it; a name holds no digits, so without this the year would be read as a subject code or a
 * date cut short. Before a { (maybe after a colon) it heads the sections it holds (二、关于2023年度决算情况说明 { （一）… }).
 * After the unit's name that starts its line (甘肃: 二、刘堡镇卫生院2021年度部门决算情况说明 「…」) it is
 * the rest of that heading: the grammar reads the name and it as one key. A table's title so printed may have its page's label
 * after it (2024年度收入决算表 公开02表 {), and its unit line before the { (2024年度收入决算表 / 单位：万元 / {); a label in
 * brackets after it (2024年度收入决算表（公开02表） {) is left to TITLE_LABEL, as after a title without its year (the grammar's
 * TITLE_LABEL, its pattern read from the generated terminals: one copy).
 */
const titleLabelThenBrace = String.raw`${JuesuanTerminals.TITLE_LABEL.source}[ \t\u3000]*[:：]?(?:[ \t\u3000]*\{|${UNIT_LINE_THEN_BRACE})`;
const yearHeading = new RegExp(String.raw`(?:关于)?\d{4}[ \t\u3000]*年度?[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff“（(](?:(?!${titleLabelThenBrace})[^\s「」{}【】:：])*(?=[ \t\u3000]*[:：]?[ \t\u3000]*[「{]|${titleLabelThenBrace}|(?:[ \t\u3000]+(?:${tableLabel.source}))?(?:[ \t\u3000]*\{|${UNIT_LINE_THEN_BRACE}))`, 'y');

export const matchYearHeading: CustomPatternMatcherFunc = (text, offset, tokens) => {
    if (!atLineStart(text, offset) && !afterLineStartOrdinal(text, offset) && !afterLineStartName(text, offset, tokens)) return null;
    yearHeading.lastIndex = offset;
    return yearHeading.exec(text);
};

/** Whether `offset` directly follows a name that starts its line (after its ordinal, if any): 刘堡镇卫生院 before 2021年度…. */
function afterLineStartName(text: string, offset: number, tokens: readonly IToken[]): boolean {
    const last = tokens[tokens.length - 1];
    return last !== undefined && last.tokenType.name === 'ID' && last.startOffset + last.image.length === offset
        && (atLineStart(text, last.startOffset) || afterLineStartOrdinal(text, last.startOffset));
}

/**
 * A heading a PDF copy split with spaces (一、单位 主要职责 「…」, 五、财政拨款“三公” 经费支出决算情况说明 「…」, 一、收入支出 决算总表 {):
 * names apart on a line that starts with them (after its ordinal or table label maybe), before a text or a block's { (after a
 * table's labels and unit line maybe; on the next line as a title may: 收 入 支 出 决 算 总 表 / {). No rule of the grammar reads two names in a row, so they are one: a token of its own,
 * made an ID by the lexer (its value without the spaces, JuesuanValueConverter). A word after the first that is a keyword
 * (国内公务接待 用途 「…」: a row's attribute) ends no heading; a table's label ends the title (收入 决算表 公开02表 {).
 */
export const SPACED_NAME = 'SPACED_NAME';

const nameWord = new RegExp(JuesuanTerminals.ID.source, 'y');
const wordGap = /[ \t\u3000]+/y;
const spacedNameEnd = new RegExp(String.raw`[ \t\u3000]*(?:[:：]?[ \t\u3000]*「|${JuesuanTerminals.TITLE_LABEL.source}|(?:[ \t\u3000]+(?:${tableLabel.source}))?[ \t\u3000]*[:：]?(?:${BEFORE_BRACE}\{|${UNIT_LINE_THEN_BRACE}))`, 'y');

/** `keywords` are the grammar's. */
export function spacedNameMatcher(keywords: ReadonlySet<string>): CustomPatternMatcherFunc {
    return (text, offset, tokens) => {
        if (!atLineStart(text, offset) && !afterLineStartOrdinal(text, offset) && !afterLineStartLabel(text, offset, tokens)) return null;
        let end = offset;
        let words = 0;
        for (;;) {
            // a table's label after the title (收入 决算表 公开02表 {) ends it
            tableLabel.lastIndex = end;
            if (words > 0 && tableLabel.test(text)) break;
            nameWord.lastIndex = end;
            const word = nameWord.exec(text);
            if (word === null) break;
            if (words > 0 && keywords.has(word[0])) return null;
            words++;
            end = nameWord.lastIndex;
            wordGap.lastIndex = end;
            if (!wordGap.test(text)) break;
            nameWord.lastIndex = wordGap.lastIndex;
            if (!nameWord.test(text)) break;
            end = wordGap.lastIndex;
        }
        if (words < 2) return null;
        const match = /^(.*?)[ \t\u3000]*$/s.exec(text.slice(offset, end))!;
        if (keywords.has(match[1].replace(/[ \t\u3000]+/g, ''))) return null;
        spacedNameEnd.lastIndex = offset + match[1].length;
        return spacedNameEnd.test(text) ? [match[1]] as unknown as RegExpExecArray : null;
    };
}

/** Whether `offset` follows, after spaces, a table's label that starts its line (表二 |收入 决算表 {). */
function afterLineStartLabel(text: string, offset: number, tokens: readonly IToken[]): boolean {
    const last = tokens[tokens.length - 1];
    return last?.tokenType.name === 'TABLE_LABEL' && /^[ \t\u3000]+$/.test(text.slice(last.startOffset + last.image.length, offset))
        && (atLineStart(text, last.startOffset) || afterLineStartOrdinal(text, last.startOffset));
}

/** Whether a token is a name: an ID, or a heading the spaces split (made an ID once the text is read). */
function isName(token: IToken | undefined): boolean {
    return token !== undefined && (token.tokenType.name === 'ID' || token.tokenType.name === SPACED_NAME);
}

/** Each heading the spaces split made the ID it is read as. */
export function readSpacedNames(tokens: readonly IToken[], id: TokenType): void {
    for (const token of tokens) {
        if (token.tokenType.name !== SPACED_NAME) continue;
        token.tokenType = id;
        token.tokenTypeIdx = id.tokenTypeIdx!;
    }
}
