import type { IToken } from 'chevrotain';
import type { RuledLexingDiagnostic } from './printed-unit.js';
import { NAME_TOKENS } from './half-width-brackets.js';

/**
 * Tokens a name's run of touching tokens stops at: a text, a brace, a colon (机构设置（「…」 is the name 机构设置（), an
 * ordinal, whose brackets are its own (1）国内接待费).
 */
const RUN_ENDS = new Set(['TEXT', '{', '}', ':', '：', 'ORDINAL']);

/**
 * A full-width bracket a name leaves unpaired (机构设置（ 「…」, 因公出国（境费): the name reads all the same, so a warning
 * at the bracket, not an error. Half-width ones need none: a name takes them only as a closed pair. The brackets are
 * paired over the tokens written together (某区卫生院（2024年度）决算情况说明 is a name and a heading with its year). Such a
 * run holding anything but names (机构（2020年）, 其他（…）支出), or touching a character the lexer rejected
 * (因公出国(境）费), is left alone: the parser or the lexer tells it already.
 */
export function unpairedBracketWarnings(tokens: readonly IToken[], text: string): RuledLexingDiagnostic[] {
    const warnings: RuledLexingDiagnostic[] = [];
    for (let i = 0; i < tokens.length; i++) {
        if (RUN_ENDS.has(tokens[i].tokenType.name)) continue;
        let last = i;
        while (last + 1 < tokens.length && touch(tokens[last], tokens[last + 1]) && !RUN_ENDS.has(tokens[last + 1].tokenType.name)) last++;
        const from = i;
        i = last;
        const first = tokens[from];
        const start = first.startOffset;
        const end = tokenEnd(tokens[last]);
        // most runs hold no full-width bracket: looked for in the text, not in a copy of the run (this runs over every token of every parse)
        if (!holdsFullWidthBracket(text, start, end)) continue;
        const image = text.slice(start, end);
        if (!tokens.slice(from, last + 1).every(token => NAME_TOKENS.has(token.tokenType.name))) continue;
        // a character no token holds before or after the run: the lexer's error is there
        const previous = tokens[from - 1];
        if (start > 0 && /\S/.test(text.charAt(start - 1)) && (previous === undefined || tokenEnd(previous) !== start)) continue;
        const next = tokens[last + 1];
        if (end < text.length && /\S/.test(text.charAt(end)) && next?.startOffset !== end) continue;
        const at = unpairedAt(image);
        if (at === undefined) continue;
        const message = image[at] === '（'
            ? `名称“${image}”中的“（”没有对应的“）”：名称中的括号成对写（如 因公出国（境）费）；多余的“（”请删去。`
            : `名称“${image}”中的“）”前面没有对应的“（”：名称中的括号成对写（如 因公出国（境）费）；多余的“）”请删去。`;
        warnings.push({ offset: start + at, length: 1, line: first.startLine, column: (first.startColumn ?? 1) + at, message, severity: 'warning', rule: 'name-brackets' });
    }
    return warnings;
}

const OPENING = '（'.charCodeAt(0);
const CLOSING = '）'.charCodeAt(0);

function holdsFullWidthBracket(text: string, start: number, end: number): boolean {
    for (let i = start; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code === OPENING || code === CLOSING) return true;
    }
    return false;
}

function tokenEnd(token: IToken): number {
    return token.startOffset + token.image.length;
}

/** Whether `b` is written straight after `a`, with nothing between. */
function touch(a: IToken, b: IToken): boolean {
    return tokenEnd(a) === b.startOffset;
}

/** Where a name's first unpaired full-width bracket stands: a ） with none open, or the first （ left open. */
function unpairedAt(name: string): number | undefined {
    const open: number[] = [];
    for (let i = 0; i < name.length; i++) {
        if (name[i] === '（') open.push(i);
        else if (name[i] === '）' && open.pop() === undefined) return i;
    }
    return open[0];
}
