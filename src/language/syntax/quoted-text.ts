import type { RuledLexingDiagnostic } from './printed-unit.js';
import type { CustomPatternMatcherFunc, IToken, TokenType } from 'chevrotain';
import { atLineStart } from './line-start.js';

/**
 * A text after a name put in the quotes a word processor or keyboard gives (机构设置 “本局内设3个科室。”, "…", ‘…’, 『…』)
 * rather than 「」: read as the text it is meant to be, with a warning and its fix. Taken only after a word and a space
 * on its line and where only a } or the line's end follows, so that a name quoting a word (“三公”经费) stays a name; and
 * only after what may key a text, so that a row named in quotes after its code or 其中： (2010301 “放管服”) stays a row.
 */
export const QUOTED_TEXT = 'QUOTED_TEXT';

const quoted = /(?:“[^“”「」\r\n]+”|"[^"「」\r\n]+"|‘[^‘’「」\r\n]+’|『[^『』「」\r\n]+』)(?=[ \t\u3000]*(?:\r?\n|\}|$))/y;

export const matchQuotedText: CustomPatternMatcherFunc = (text, offset, tokens) => {
    const before = text.charAt(offset - 1);
    if (before !== ' ' && before !== '\t' && before !== '\u3000' && before !== '：' && before !== ':') return null;
    if (atLineStart(text, offset) || !keysText(tokens)) return null;
    quoted.lastIndex = offset;
    return quoted.exec(text);
};

/** Tokens that may key a text: a name, a heading with its year, 说明/备注, a heading's closing 。 or ；, a keyword (部门, 用途). */
const TEXT_KEYS = new Set(['ID', 'YEAR_HEADING', 'NOTE_KEY', '。', '；']);

/** Whether the last token (before a colon) may key a text: not a code, an ordinal or a figure, nor the 其中 heading rows. */
function keysText(tokens: readonly IToken[]): boolean {
    const last = tokens[tokens.length - 1];
    const key = last !== undefined && (last.image === '：' || last.image === ':') ? tokens[tokens.length - 2] : last;
    if (key === undefined || key.image === '其中') return false;
    const name = key.tokenType.name;
    return TEXT_KEYS.has(name) || /^[\u4e00-\u9fff]+$/.test(name);
}

export const QUOTE_STARTS = ['“', '"', '‘', '『'];

/** The warning at each such text, and the token made a TEXT, as the parser reads it. */
export function quotedTextWarnings(tokens: readonly IToken[], textType: TokenType): RuledLexingDiagnostic[] {
    const warnings: RuledLexingDiagnostic[] = [];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.tokenType.name !== QUOTED_TEXT) continue;
        token.tokenType = textType;
        token.tokenTypeIdx = textType.tokenTypeIdx!;
        const open = token.image[0];
        const close = token.image[token.image.length - 1];
        warnings.push({
            offset: token.startOffset, length: token.image.length, line: token.startLine, column: token.startColumn,
            message: `文本应写在「」中：${open}…${close} 照文本读，请改为「…」。`,
            severity: 'warning',
            rule: 'text-quotes',
        });
    }
    return warnings;
}

/** The fix of such a text as written: its quotes made 「」. */
export function quotedTextFix(written: string): { title: string; newText: string } | undefined {
    quoted.lastIndex = 0;
    const match = quoted.exec(written);
    return match?.[0] === written ? { title: '改为「…」', newText: `「${written.slice(1, -1)}」` } : undefined;
}
