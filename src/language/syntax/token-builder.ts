import type { TokenType, TokenPattern, TokenVocabulary, CustomPatternMatcherFunc } from 'chevrotain';
import type { GrammarAST } from 'langium';
import { DefaultTokenBuilder } from 'langium';

/**
 * A number that starts its line is a subject code (科目编码), anywhere else it is an amount.
 * This keeps table rows free of separators: `2010301 行政运行 298.18 298.18` needs no
 * delimiter before the next row's code because that code starts a new line.
 */
export class JuesuanTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: GrammarAST.Grammar, options?: { caseInsensitive?: boolean }): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        // A 「 never closed: one token up to the end of its paragraph (a blank line, a line
        // starting with }, or a line holding another text), so that the parser reports one error
        // instead of one per punctuation mark, and what follows the paragraph still parses.
        const text = tokens.findIndex(token => token.name === 'TEXT');
        tokens.splice(text + 1, 0, {
            name: UNCLOSED_TEXT,
            // a CRLF is taken whole or not at all: a token ending in its \r would make the lexer
            // count the line break twice and put every later diagnostic a line too low
            PATTERN: /「(?:[^「」\r\n]|\r(?!\n)|\r?\n(?![ \t\u3000]*(?:\r?\n|\})|[^\n]*[「」]))*/,
            LINE_BREAKS: true,
        });
        return tokens;
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'CODE') {
            token.PATTERN = matchCodeAtLineStart as TokenPattern;
            token.START_CHARS_HINT = [...'0123456789'];
            token.LINE_BREAKS = false;
        }
        return token;
    }
}

/** The token of a text whose closing 」 is missing. */
export const UNCLOSED_TEXT = 'UNCLOSED_TEXT';

const digits = /\d+/y;

const matchCodeAtLineStart: CustomPatternMatcherFunc = (text, offset) => {
    for (let i = offset - 1; i >= 0; i--) {
        const ch = text.charCodeAt(i);
        if (ch === 10 || ch === 13) break;
        // spaces, tabs, ideographic space and a byte order mark may indent a row
        if (ch !== 32 && ch !== 9 && ch !== 0x3000 && ch !== 0xfeff) return null;
    }
    digits.lastIndex = offset;
    const match = digits.exec(text);
    if (!match) return null;
    // `2020-11-22`, `12.5` or `100%` at a line start are not codes
    const next = text.charAt(offset + match[0].length);
    if (next === '.' || next === '-' || next === '%' || next === '％' || next === ',' || next === '年') return null;
    return match;
};
