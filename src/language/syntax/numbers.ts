import type { IToken } from 'chevrotain';
import type { LexerResult } from 'langium';

/**
 * A number whose thousands commas are misplaced (`1,23`, `1,2345.6`, or figures separated by
 * commas, `10,5,5`) lexes as number, comma, number, and the parser would only say that a comma
 * does not belong there. Such a run, written without spaces, becomes one number token again, and
 * the lexer reports what is wrong with it; the parser then reads the row as its author meant.
 */
export function mergeMalformedNumbers(result: LexerResult): LexerResult {
    const tokens = result.tokens;
    let merged: IToken[] | undefined;
    for (let i = 0; i < tokens.length; i++) {
        const first = tokens[i];
        let last = i;
        while (last + 2 < tokens.length && isNumber(tokens[last]) && !isPercent(tokens[last])
            && tokens[last + 1].image === ',' && adjacent(tokens[last], tokens[last + 1])
            && isNumber(tokens[last + 2]) && adjacent(tokens[last + 1], tokens[last + 2])) {
            last += 2;
        }
        if (last === i || !isNumber(first)) {
            merged?.push(first);
            continue;
        }
        merged ??= tokens.slice(0, i);
        const end = tokens[last];
        const image = tokens.slice(i, last + 1).map(t => t.image).join('');
        merged.push({ ...end, image, startOffset: first.startOffset, startLine: first.startLine, startColumn: first.startColumn });
        result.errors.push({
            offset: first.startOffset,
            length: image.length,
            line: first.startLine,
            column: first.startColumn,
            message: `数字“${image}”中的逗号位置不对：千分位逗号应每三位一个（如 1,234.56），小数点写“.”，几个数之间用空格分开。`,
        });
        i = last;
    }
    if (!merged) return result;
    result.errors.sort((a, b) => a.offset - b.offset);
    return { ...result, tokens: merged };
}

function isNumber(token: IToken): boolean {
    return token.tokenType.name === 'NUMBER' || token.tokenType.name === 'PERCENT';
}

function isPercent(token: IToken): boolean {
    return token.tokenType.name === 'PERCENT';
}

function adjacent(a: IToken, b: IToken): boolean {
    return a.startOffset + a.image.length === b.startOffset;
}
