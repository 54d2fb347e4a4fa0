import type { IToken } from 'chevrotain';
import type { LexingDiagnostic } from 'langium';
import { NAME_TOKENS } from './half-width-brackets.js';

/**
 * A full-width bracket a name leaves unpaired (机构设置（ 「…」, 因公出国（境费): the name reads all the same, so a warning
 * at the bracket, not an error. Half-width ones need none: a name takes them only as a closed pair. A name followed by a
 * digit is left alone: the name stopped at the digit (机构（2020年）), which the parser tells.
 */
export function unpairedBracketWarnings(tokens: readonly IToken[], text: string): LexingDiagnostic[] {
    const warnings: LexingDiagnostic[] = [];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const image = token.image;
        if ((!image.includes('（') && !image.includes('）')) || !NAME_TOKENS.has(token.tokenType.name)) continue;
        if (/\d/.test(text.charAt(token.startOffset + image.length))) continue;
        const at = unpairedAt(image);
        if (at === undefined) continue;
        const message = image[at] === '（'
            ? `名称“${image}”中的“（”没有对应的“）”：名称中的括号成对写（如 因公出国（境）费）；多余的“（”请删去。`
            : `名称“${image}”中的“）”前面没有对应的“（”：名称中的括号成对写（如 因公出国（境）费）；多余的“）”请删去。`;
        warnings.push({ offset: token.startOffset + at, length: 1, line: token.startLine, column: (token.startColumn ?? 1) + at, message, severity: 'warning' });
    }
    return warnings;
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
