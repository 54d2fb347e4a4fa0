// Text copied out of a PDF comes with a line break wherever the page was full, mid-sentence:
// “财政拨款收入40,835.64” ends one line and “万元，占97.27%” starts the next. Such a break is a
// soft wrap: the two lines are one paragraph, read (by the prose checks) and printed (by the
// generator) as one. Every other break ends a paragraph. The decision is made here only.
import { displayWidth } from './text-width.js';
import { isHeadingLine } from './prose-text.js';

/** A soft wrap in a text: [start, end) is the line break and the indentation the next line starts with. */
export interface SoftWrap {
    readonly start: number;
    readonly end: number;
}

/** A line of a text, as the wrap rule sees it. */
export interface WrappedLine {
    /** The words, without the indentation or trailing spaces. */
    readonly content: string;
    /** Columns the line takes on the page, counting the indentation a paragraph's first line has. */
    readonly width: number;
    /** Indented further than the text's other lines (or by a full-width space): a paragraph's first line. */
    readonly indented: boolean;
    /** Laid out in columns (a table's row): never part of a wrapped paragraph. */
    readonly columns: boolean;
}

/**
 * A typeset line is wrapped only at the right margin: a line that ends a clause mid-sentence is
 * full, nearly as wide as the text's widest line (short by what a number or a mark that may not
 * start a line leaves over, and by a paragraph's indentation where the copy lost it).
 */
const FULL_SHARE = 0.8;
/**
 * The narrowest page a wrapped line comes from, in columns (a 汉字 takes two): a report's body is
 * 28 to 40 汉字 wide. Shorter lines (a list of names, a table's cell) are kept as written.
 */
const NARROWEST_PAGE = 44;
/**
 * The widest page, in columns (60 汉字, a landscape page in a small font): a longer line is a
 * paragraph the user has joined already, neither wrapped nor the measure of the page.
 */
const WIDEST_PAGE = 120;
/** The longest heading kept on its own line however full it is (a 公文 page is 28 汉字 wide). */
const LONGEST_TITLE = 30;

// 。！？；：…, also under a closing quote or bracket (“……。” （……。）)
const SENTENCE_END = /[。！？；：…!?;:][”’」』）)】]*$/;
// a line that starts a paragraph of its own: an ordinal (一、 （一） (1) 1. 1、 ①), 第N部分, a note (注： （注：), a figure's caption
const PARAGRAPH_START = /^(?:第[一二三四五六七八九十百]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、](?!\d)|[①-⑳]|[（(]?注[：:]|[图表]\s*\d+[：:、. ])/;
// a gap of several spaces inside a line: columns of a table, not a wrapped sentence
const COLUMN_GAP = /\S[ \u3000]{3,}\S/;
// a row of a numbered list copied as text (序号 单位名称 单位性质: “1 上海市……（本级） 行政单位”)
const ROW_NUMBER = /^(\d{1,3})[ \u3000]+(?=\D)/;

/**
 * Whether the break between two lines of a text is a soft wrap: the line before ends mid-sentence
 * (no 。！？；：… at its end), fills the page (`widest` is the width of the text's widest line that
 * may be a page's) and
 * is not a short title, and the line after neither is indented as a paragraph's first line nor
 * starts with an ordinal or a note. Anything else is a paragraph break: a wrong join reads a
 * figure with another sentence's subject, a wrong split only loses a check.
 */
export function isSoftWrap(before: WrappedLine, after: WrappedLine, widest: number): boolean {
    if (before.content === '' || after.content === '' || after.indented) return false;
    if (SENTENCE_END.test(before.content) || PARAGRAPH_START.test(after.content)) return false;
    // a reference 【…】 is written on one line, as the reader of references takes it
    if (before.columns || after.columns || before.content.lastIndexOf('【') > before.content.lastIndexOf('】')) return false;
    if (isNextRow(before.content, after.content)) return false;
    if (before.width < NARROWEST_PAGE || before.width > WIDEST_PAGE || before.width < FULL_SHARE * widest) return false;
    return !(isHeadingLine(before.content) && before.content.length <= LONGEST_TITLE);
}

/**
 * Whether a line is the row after the line before in a list numbered 1 2 3 …: rows of a table, each
 * on its own line however wide. Only the next number counts: “2024 年” after a wrap is a year, not a row.
 */
function isNextRow(before: string, after: string): boolean {
    const a = ROW_NUMBER.exec(before);
    const b = ROW_NUMBER.exec(after);
    return a !== null && b !== null && Number(b[1]) === Number(a[1]) + 1;
}

/** The soft wraps of a text, in order. Linear in its length; a text of one line has none. */
export function softWraps(text: string): SoftWrap[] {
    if (!text.includes('\n')) return [];
    const lines = linesOf(text);
    const wraps: SoftWrap[] = [];
    forEachWrap(lines, i => wraps.push({ start: lines[i - 1].end, end: lines[i].contentStart }));
    return wraps;
}

/** A paragraph of a text, its soft wraps taken out. */
export interface WrittenParagraph {
    readonly text: string;
    /** The index of the text's line it starts on. */
    readonly line: number;
}

/** A text's paragraphs, each on one line however many it was written on; blank lines give none. */
export function paragraphsOf(text: string): WrittenParagraph[] {
    const lines = linesOf(text);
    const continued = new Set<number>();
    forEachWrap(lines, i => continued.add(i));
    const paragraphs: { text: string; line: number }[] = [];
    lines.forEach((line, i) => {
        if (continued.has(i)) paragraphs[paragraphs.length - 1].text += line.content;
        else if (line.content !== '') paragraphs.push({ text: line.content, line: i });
    });
    return paragraphs;
}

/** Calls `wrapped` with the index of each line that continues the line before it. */
function forEachWrap(lines: readonly Line[], wrapped: (line: number) => void): void {
    const widest = lines.reduce((most, line) => line.columns || line.width > WIDEST_PAGE ? most : Math.max(most, line.width), 0);
    for (let i = 1; i < lines.length; i++) if (isSoftWrap(lines[i - 1], lines[i], widest)) wrapped(i);
}

/**
 * The text as the prose checks read it: each soft wrap blanked to spaces, so that its lines read
 * as one sentence while every offset still points at the same character of the source.
 */
export function readAsWrapped(text: string, wraps: readonly SoftWrap[] = softWraps(text)): string {
    let out = '';
    let last = 0;
    for (const wrap of wraps) {
        out += text.slice(last, wrap.start) + ' '.repeat(wrap.end - wrap.start);
        last = wrap.end;
    }
    return out + text.slice(last);
}

/** The text with its soft wraps taken out: each paragraph on one line, as printed and as the quick fix writes it. */
export function joinSoftWraps(text: string, wraps: readonly SoftWrap[] = softWraps(text)): string {
    let out = '';
    let last = 0;
    for (const wrap of wraps) {
        out += text.slice(last, wrap.start);
        last = wrap.end;
    }
    return out + text.slice(last);
}

/** A piece [start, end) of a text as written, its soft wraps taken out: a figure parted by one, for a message. */
export function writtenSlice(text: string, wraps: readonly SoftWrap[], start: number, end: number): string {
    const inside = wraps.filter(wrap => wrap.start >= start && wrap.end <= end).map(wrap => ({ start: wrap.start - start, end: wrap.end - start }));
    return joinSoftWraps(text.slice(start, end), inside);
}

interface Line extends WrappedLine {
    /** Where the line's break starts (its trailing spaces, \r and \n): the end of its content. */
    readonly end: number;
    readonly contentStart: number;
}

function linesOf(text: string): Line[] {
    const raw: { start: number; stop: number }[] = [];
    for (let start = 0; start <= text.length;) {
        const newline = text.indexOf('\n', start);
        const stop = newline < 0 ? text.length : newline;
        raw.push({ start, stop });
        start = stop + 1;
    }
    // the indentation every line after the first has in the source (the file's own, not the page's)
    const common = raw.slice(1).reduce((least, { start, stop }) => {
        const line = text.slice(start, stop);
        return line.trim() === '' ? least : Math.min(least, asciiIndent(line));
    }, Infinity);
    return raw.map(({ start, stop }, i) => {
        const line = text.slice(start, stop);
        const content = line.trim();
        const lead = line.length - line.trimStart().length;
        const indent = line.slice(i === 0 ? 0 : Math.min(common, asciiIndent(line)), lead);
        const indented = i > 0 && content !== '' && (indent.includes('\u3000') || indent.length >= 2);
        return {
            content, indented, columns: COLUMN_GAP.test(content),
            width: displayWidth(indent) + displayWidth(content),
            end: start + line.trimEnd().length,
            contentStart: start + lead,
        };
    });
}

function asciiIndent(line: string): number {
    return /^[ \t]*/.exec(line)![0].length;
}
