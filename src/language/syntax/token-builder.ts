import type { CustomPatternMatcherFunc, TokenPattern, TokenType, TokenVocabulary } from 'chevrotain';
import type { Stream, TokenBuilderOptions } from 'langium';
import { DefaultTokenBuilder, GrammarAST, RegExpUtils } from 'langium';
import { allContents } from '../../server/langium-tuning.js';
import { matchQuotedText, QUOTE_STARTS, QUOTED_TEXT } from './quoted-text.js';
import { BRACKETED_LINE_UNIT, matchBracketedLineUnit, matchPrintedUnitLine, matchUnitLineMark, PRINTED_UNIT_LINE, UNIT_LINE_MARK } from './printed-unit.js';
import { afterLineStartOrdinal, afterTableHeading, atLineStart, matchOrdinal, matchTableLabel, matchYearHeading, noteKeyMatcher, SPACED_NAME, spacedNameMatcher } from './line-start.js';
import { FULL_WIDTH_BRACE, MARKDOWN_HEADING, matchMarkdownHeading, matchTableUnitLine, TABLE_UNIT_LINE } from './slips.js';

/**
 * A number that starts its line is a subject code (科目编码), anywhere else it is an amount.
 * This keeps table rows free of separators: `2010301 行政运行 298.18 298.18` needs no
 * delimiter before the next row's code because that code starts a new line.
 */
export class JuesuanTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: GrammarAST.Grammar, options?: { caseInsensitive?: boolean }): TokenVocabulary {
        // 说明 or 备注 starting its line: the row above keeps it when it is wrapped under the row (line-start.ts)
        this.matchNoteKey = noteKeyMatcher(ruleKeywords(grammar, 'AttributeKey'), ruleKeywords(grammar, 'Unit'));
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        // A 「 never closed: one token up to the end of its paragraph (a blank line, a line
        // starting with }, or a line holding another text), so that the parser reports one error
        // instead of one per punctuation mark, and what follows the paragraph still parses.
        const text = tokens.findIndex(token => token.name === 'TEXT');
        tokens.splice(text + 1, 0, {
            name: UNCLOSED_TEXT,
            // a CRLF is taken whole or not at all: a token ending in its \r would make the lexer
            // count the line break twice and put every later diagnostic a line too low; nor does it
            // end in the file's last line break (its range would end past that line's last column)
            PATTERN: /「(?:[^「」\r\n]|\r(?!\n)|\r?\n(?![ \t\u3000]*(?:\r?\n|\}|$)|[^\n]*[「」]))*/,
            LINE_BREAKS: true,
        });
        // A text in “” rather than 「」: the lexer reads it as a TEXT (nesting.ts), with a warning
        tokens.splice(text + 1, 0, {
            name: QUOTED_TEXT,
            PATTERN: matchQuotedText as TokenPattern,
            START_CHARS_HINT: QUOTE_STARTS,
            LINE_BREAKS: false,
        });
        // A line break inside a 列【 not yet closed on its line: a token the grammar has no place
        // for, so the parser reports the missing 】 there and takes the next line as a row.
        tokens.unshift({
            name: UNCLOSED_HEADER,
            PATTERN: matchUnclosedHeader as TokenPattern,
            START_CHARS_HINT: [' ', '\t', '\u3000', '\r', '\n'],
            LINE_BREAKS: true,
        });
        // A } closing a 年度目标 block without its 实际: a token of its own, so that the parser
        // reports it there and goes on in the project, rather than taking it for the project's }.
        tokens.unshift({
            name: UNFINISHED_GOAL,
            PATTERN: matchUnfinishedGoal as TokenPattern,
            START_CHARS_HINT: ['}'],
            LINE_BREAKS: false,
        });
        // A part's heading pasted where the report prints it (第三部分 2023年度部门决算情况说明, inside 情况说明): a token the
        // grammar has no place for, so that the parser says once, at the line, where a part's heading is written.
        tokens.unshift({
            name: PART_HEADING,
            PATTERN: matchPartHeading as TokenPattern,
            START_CHARS_HINT: ['第'],
            LINE_BREAKS: false,
        });
        // An ordinal with nothing after it but a } or the file's end (一、 }): a token the grammar has no place for, so that
        // the parser says once what is missing, and goes on after it (as an ORDINAL it broke off the block, four errors at it).
        tokens.unshift({
            name: DANGLING_ORDINAL,
            PATTERN: matchDanglingOrdinal as TokenPattern,
            START_CHARS_HINT: ORDINAL_START,
            LINE_BREAKS: false,
        });
        // The report's unit line written as a table's is printed (单位 (万元), 金额单位：万元): a token the grammar has no place
        // for, so that the parser says once how it is written (the brackets were two lexer errors, 金额单位 two parser errors).
        tokens.unshift({
            name: PRINTED_UNIT_LINE,
            PATTERN: matchPrintedUnitLine as TokenPattern,
            START_CHARS_HINT: ['单', '金'],
            LINE_BREAKS: false,
        });
        // What a PDF copy prints around a unit line (单位：万元．, （单位：万元）, the line twice, 单位： alone): hidden, as a comment is
        tokens.unshift({
            name: UNIT_LINE_MARK,
            PATTERN: matchUnitLineMark as TokenPattern,
            START_CHARS_HINT: ['.', '．', '（', '(', '）', ')', '单', '金'],
            LINE_BREAKS: false,
            GROUP: 'hidden',
        }, {
            name: BRACKETED_LINE_UNIT,
            PATTERN: matchBracketedLineUnit as TokenPattern,
            START_CHARS_HINT: ['万', '元'],
            LINE_BREAKS: false,
        });
        // A heading a PDF copy split with spaces (一、单位 主要职责 「…」): one name (line-start.ts), tried before the keywords
        tokens.push({
            name: SPACED_NAME,
            PATTERN: spacedNameMatcher(ruleKeywords(grammar)) as TokenPattern,
            START_CHARS_HINT: NAME_STARTS,
            LINE_BREAKS: false,
        });
        // A table's unit line written as printed (单位：元 in the table), a Markdown heading's # marks, a
        // full-width brace: read as meant, or left out, each with its error (slips.ts)
        tokens.unshift({
            name: TABLE_UNIT_LINE,
            PATTERN: matchTableUnitLine as TokenPattern,
            START_CHARS_HINT: ['单', '金', '（', '('],
            LINE_BREAKS: false,
        }, {
            name: MARKDOWN_HEADING,
            PATTERN: matchMarkdownHeading as TokenPattern,
            START_CHARS_HINT: ['#'],
            LINE_BREAKS: false,
        }, {
            name: FULL_WIDTH_BRACE,
            PATTERN: /[｛｝]/,
            LINE_BREAKS: false,
        });
        // tried before the keywords and the other terminals: 附表 5 and 一、 start their line
        const first = [UNCLOSED_HEADER, UNFINISHED_GOAL, PART_HEADING, UNIT_LINE_MARK, BRACKETED_LINE_UNIT, PRINTED_UNIT_LINE, TABLE_UNIT_LINE, MARKDOWN_HEADING, FULL_WIDTH_BRACE, DANGLING_ORDINAL, QUOTED_TEXT, 'UNIT_LINE_KEY', 'TABLE_LABEL', 'ORDINAL', 'NOTE_KEY', 'YEAR_HEADING', SPACED_NAME];
        return [...tokens.filter(token => first.includes(token.name)), ...tokens.filter(token => !first.includes(token.name))];
    }

    /**
     * Langium's own (the keywords of the parser rules, each once, the longest first), with the rules
     * walked by `allContents` rather than a stream per rule: the same keywords in the same order.
     */
    protected override buildKeywordTokens(rules: Stream<GrammarAST.AbstractRule>, terminalTokens: TokenType[], options?: TokenBuilderOptions): TokenType[] {
        const keywords = new Map<string, GrammarAST.Keyword>();
        for (const rule of rules) {
            if (!GrammarAST.isAbstractParserRule(rule)) continue;
            for (const node of allContents(rule)) if (GrammarAST.isKeyword(node) && !keywords.has(node.value)) keywords.set(node.value, node);
        }
        return [...keywords.values()]
            .sort((a, b) => b.value.length - a.value.length)
            .map(keyword => this.buildKeywordToken(keyword, terminalTokens, Boolean(options?.caseInsensitive)));
    }

    /** NOTE_KEY's matcher, made in buildTokens from the grammar's keywords. */
    private matchNoteKey?: CustomPatternMatcherFunc;

    /** Each terminal's partial pattern, made once rather than once per keyword. */
    private readonly partialPatterns = new Map<TokenType, RegExp | undefined>();

    /**
     * Langium's own: the terminals a keyword is the start of (an identifier-like keyword is then lexed
     * as the longer terminal). Langium rebuilds a terminal's partial pattern for every keyword, a
     * good part of the language's start-up.
     */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            let partial = this.partialPatterns.get(token);
            if (!this.partialPatterns.has(token)) {
                const source = (token.PATTERN as RegExp | undefined)?.source;
                partial = source === undefined ? undefined : RegExpUtils.partialRegExp(`^${source}$`);
                this.partialPatterns.set(token, partial);
            }
            return partial !== undefined && (keyword.value.match(partial)?.[0].length ?? 0) > 0;
        });
    }

    /**
     * A keyword is plain text: it spans lines only if it holds a line break. Said here, the lexer
     * does not work it out for each keyword when it is made (Chevrotain parses a pattern for it).
     */
    protected override buildKeywordToken(keyword: GrammarAST.Keyword, terminalTokens: TokenType[], caseInsensitive: boolean): TokenType {
        const token = super.buildKeywordToken(keyword, terminalTokens, caseInsensitive);
        token.LINE_BREAKS ??= /[\r\n]/.test(keyword.value);
        return token;
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'CODE') {
            token.PATTERN = matchCodeAtLineStart as TokenPattern;
            token.START_CHARS_HINT = [...'0123456789'];
            token.LINE_BREAKS = false;
        } else if (terminal.name === 'TABLE_LABEL') {
            token.PATTERN = matchTableLabel as TokenPattern;
            token.START_CHARS_HINT = [...'附表公财部0123456789'];
            token.LINE_BREAKS = false;
        } else if (terminal.name === 'UNIT_LINE_KEY') {
            token.PATTERN = matchUnitLineKey as TokenPattern;
            token.START_CHARS_HINT = ['金'];
            token.LINE_BREAKS = false;
        } else if (terminal.name === 'BRACKETED_UNIT') {
            token.PATTERN = matchBracketedUnit as TokenPattern;
            token.START_CHARS_HINT = ['（', '('];
            token.LINE_BREAKS = false;
        } else if (terminal.name === 'NOTE_KEY') {
            token.PATTERN = this.matchNoteKey as TokenPattern;
            token.START_CHARS_HINT = ['说', '备'];
            token.LINE_BREAKS = false;
        } else if (terminal.name === 'YEAR_HEADING') {
            token.PATTERN = matchYearHeading as TokenPattern;
            token.START_CHARS_HINT = [...'0123456789关'];
            token.LINE_BREAKS = false;
        } else if (terminal.name === 'ORDINAL') {
            token.PATTERN = matchOrdinal as TokenPattern;
            token.START_CHARS_HINT = ORDINAL_START;
            token.LINE_BREAKS = false;
        }
        return token;
    }
}

/** The keywords of the grammar's rule `name`, or of all its rules (their tokens are named by them). */
function ruleKeywords(grammar: GrammarAST.Grammar, name?: string): Set<string> {
    const keywords = new Set<string>();
    for (const rule of grammar.rules) {
        if (name !== undefined && rule.name !== name) continue;
        for (const node of allContents(rule)) if (GrammarAST.isKeyword(node)) keywords.add(node.value);
    }
    return keywords;
}

/** The characters a name starts with (the ID terminal's first), as char codes: the lexer tries a name's token only there. */
const NAME_STARTS: number[] = [[0x5f, 0x5f], [0x61, 0x7a], [0x41, 0x5a], [0xc0, 0x24f], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x201c, 0x201c], [0x300a, 0x300a]]
    .flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));

/** The token of a text whose closing 」 is missing. */
export const UNCLOSED_TEXT = 'UNCLOSED_TEXT';

/** The token of the line break ending a column header whose closing 】 is missing. */
export const UNCLOSED_HEADER = 'UNCLOSED_HEADER';

/** The token of a } that closes a 年度目标 block without its 预期 「…」 实际 「…」. */
export const UNFINISHED_GOAL = 'UNFINISHED_GOAL';

/** The token of a printed ordinal that nothing but a } or the file's end follows (一、 }), or figures alone (一、 100 200). */
export const DANGLING_ORDINAL = 'DANGLING_ORDINAL';

const ORDINAL_START = [...'一二三四五六七八九十（(0123456789、①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳第'];

/** Only spaces and line breaks, then a } or the file's end. */
const nothingAfter = /\s*(?:\}|$)/y;
/** Figures only, to the line's end (一、 100 200): a row's, its name left out; taken with the ordinal, one slip. */
const figuresAfter = /[ \t\u3000]+-?\d[\d,.]*[%％]?(?:[ \t\u3000]+(?:-?\d[\d,.]*[%％]?|[-—–/]+))*(?=[ \t\u3000]*(?:\r?\n|\}|$))/y;

const matchDanglingOrdinal: CustomPatternMatcherFunc = (text, offset, tokens) => {
    const match = matchOrdinal(text, offset, tokens, {}) as RegExpExecArray | null;
    if (match === null) return null;
    const end = offset + match[0].length;
    nothingAfter.lastIndex = end;
    if (nothingAfter.test(text)) return match;
    figuresAfter.lastIndex = end;
    const figures = figuresAfter.exec(text);
    if (figures === null) return null;
    const whole = [match[0] + figures[0]] as unknown as RegExpExecArray & { payload: string };
    whole.payload = match[0];
    return whole;
};

/** The token of a part's heading (第三部分 …) at the start of a line, where only the header's 部分 「…」 may name a part. */
export const PART_HEADING = 'PART_HEADING';

/** 第N部分 and the rest of its line's heading, up to a text, a block's { or } or the line's end (its trailing spaces left out). */
const partHeading = /第[一二三四五六七八九十]+部分(?:[ \t\u3000:：]*[^\s「{}][^\r\n「{}]*?)?(?=[ \t\u3000]*(?:[「{}\r\n]|$))/y;

const matchPartHeading: CustomPatternMatcherFunc = (text, offset) => {
    if (text.charCodeAt(offset) !== 0x7b2c || !atLineStart(text, offset)) return null;
    partHeading.lastIndex = offset;
    return partHeading.exec(text);
};

const closingBrace = /\}/y;
/** What a 年度目标 block holds. */
const GOAL = ['预期', 'TEXT', '实际', 'TEXT'];

const matchUnfinishedGoal: CustomPatternMatcherFunc = (text, offset, tokens) => {
    closingBrace.lastIndex = offset;
    const match = closingBrace.exec(text);
    if (!match) return null;
    for (let i = tokens.length - 1; i > 0 && i >= tokens.length - GOAL.length - 1; i--) {
        const name = tokens[i].tokenType.name;
        if (name === '}') return null;
        if (name === '{') {
            if (tokens[i - 1].tokenType.name !== '年度目标') return null;
            const held = tokens.slice(i + 1).map(token => token.tokenType.name);
            return held.length === GOAL.length && held.every((n, k) => n === GOAL[k]) ? null : match;
        }
    }
    return null;
};

// it must end inside a line (a range ending in its line break runs past the line's last column):
// the break with the next line's indentation, else the spaces before the break; with neither, no token
const lineBreak = /[ \t\u3000]*\r?\n[ \t\u3000]+|[ \t\u3000]+(?=\r?\n)/y;

/** A line break (with the spaces around it) after 列【 on its line with no 】 since. */
const matchUnclosedHeader: CustomPatternMatcherFunc = (text, offset, tokens) => {
    // test, not exec: the break is found at every line's end, and is a token only after an unclosed
    // 列【, so the match is made only then (an exec made an array at every line of the report)
    lineBreak.lastIndex = offset;
    if (!lineBreak.test(text)) return null;
    const end = lineBreak.lastIndex;
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    for (let i = tokens.length - 1; i > 0 && tokens[i].startOffset >= lineStart; i--) {
        const name = tokens[i].tokenType.name;
        if (name === '】' || name === ']') return null;
        if ((name === '【' || name === '[') && tokens[i - 1].tokenType.name === '列') return [text.slice(offset, end)];
    }
    return null;
};

/**
 * 金额单位 and its money unit, bracketed or not, maybe with a colon and a 。, ending the line or before a table's { (表2 收入决算表 /
 * 金额单位：万元 {): at the start of a line, or after a table's title on its line (表2 收入决算表 金额单位：万元 {).
 */
const unitLineKey = /金额单位(?=[ \t\u3000]*[:：]?[ \t\u3000]*(?:[（(][ \t\u3000]*(?:万元|元)[ \t\u3000]*[）)]|万元|元)[ \t\u3000]*[。.．]?[ \t\u3000]*[）)]?[ \t\u3000]*(?:\r?\n|$|\{))/y;

const matchUnitLineKey: CustomPatternMatcherFunc = (text, offset, tokens) => {
    // the line maybe in brackets, the bracket hidden (（金额单位：万元）, printed-unit.ts)
    const start = offset - (/[（(][ \t\u3000]*$/.exec(text.slice(Math.max(0, offset - 4), offset))?.[0].length ?? 0);
    if (!atLineStart(text, start) && !afterTableHeading(text, start, tokens)) return null;
    unitLineKey.lastIndex = offset;
    return unitLineKey.exec(text);
};

const bracketedUnit = /[（(][ \t\u3000]*(?:万元|元)[ \t\u3000]*[）)]/y;

/** （元） only straight after 单位 or 金额单位 and its colon: elsewhere (82.45(万元)) a bracket after a figure stays unread. */
const matchBracketedUnit: CustomPatternMatcherFunc = (text, offset, tokens) => {
    let at = tokens.length - 1;
    if (tokens[at]?.image === ':' || tokens[at]?.image === '：') at--;
    const key = tokens[at]?.tokenType.name;
    if (key !== '单位' && key !== 'UNIT_LINE_KEY') return null;
    bracketedUnit.lastIndex = offset;
    return bracketedUnit.exec(text);
};

const digits = /\d+/y;

/**
 * A code printed in the 类, 款 and 项 cells of its row (208 05 05 机关事业单位基本养老保险缴费支出): three digits, then
 * one or two groups of two, then the name. It is the one code 2080505 (the value converter drops the spaces).
 */
const spacedCode = /\d{3}(?:[ \t\u3000]+\d{2}){1,2}(?=[ \t\u3000]+[^\s\d.,，%％\-—–－―/])/y;

const matchCodeAtLineStart: CustomPatternMatcherFunc = (text, offset) => {
    if (!atLineStart(text, offset) && !afterLineStartOrdinal(text, offset)) return null;
    spacedCode.lastIndex = offset;
    const spaced = spacedCode.exec(text);
    if (spaced) return spaced;
    digits.lastIndex = offset;
    const match = digits.exec(text);
    if (!match) return null;
    // `2020-11-22`, `12.5` or `100%` at a line start are not codes
    const next = text.charAt(offset + match[0].length);
    if (next === '.' || next === '-' || next === '%' || next === '％' || next === ',' || next === '年') return null;
    return match;
};
