// Apart from error-messages.ts, which imports the token builder: the document validator imports this, and the
// token builder imports the validator's module (a cycle would leave the unfinished-token messages undefined).

/** A line whose heading is two names apart (一、单位 主要职责 「…」, a space left by the PDF) before its text. */
const SPACED_HEADING = /^[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])?[ \t\u3000]*([^\s\d「」{}【】]+)[ \t\u3000]+([^\s\d「」{}【】]+)[ \t\u3000]*[:：]?[ \t\u3000]*「/;

/**
 * The message for a syntax error on a line whose heading a space splits in two, which no rule reads as one
 * name: say the space is in the way, not only which token the parser could not take.
 */
export function spacedHeadingMessage(line: string): string | undefined {
    const match = SPACED_HEADING.exec(line);
    if (!match) return undefined;
    const [, first, second] = match;
    // a row's note after its name (国内公务接待 用途 「…」) is no heading split in two
    if (/^(?:变动原因|差异原因|用途|说明|备注|注)$/.test(second)) return undefined;
    // a part's heading (第四部分 其他重要事项的情况说明) has its own message: its token says where it is written
    if (/^第[一二三四五六七八九十]+部分$/.test(first)) return undefined;
    return `标题“${first} ${second}”中间有空格，读不成一个名称：删去空格，写作“${first}${second}”。`;
}
