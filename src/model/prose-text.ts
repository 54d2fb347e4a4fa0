// Officers write the same words in several ways: “三公”经费 and 三公经费, 收、支总计 and 收支总计,
// 政府性基金预算拨款 and 政府性基金预算财政拨款, half-width brackets, full-width digits. The sentence
// analysis reads a normalized copy of each text, and maps what it finds back to the text as written.

/** A text in one spelling, with the offset in the original of each of its characters. */
export interface NormalizedText {
    readonly text: string;
    /** origin[i]: the offset in the original text of text[i]; origin[text.length] is the original's length. */
    readonly origin: Int32Array;
}

// longest first: the first that matches at a position is taken
const REPLACEMENTS: readonly (readonly [string, string])[] = [
    // a subject's level marks name no quantity: 文化旅游体育与传媒（类）支出 is 文化旅游体育与传媒支出
    ...['类', '款', '项'].flatMap(level => [[`（${level}）`, ''], [`(${level})`, '']] as const),
    // 决算 inside a total's name adds nothing (江苏：收入、支出决算总计…，本年收入决算合计…): 收入总计, 本年收入合计
    ['决算总计', '总计'],
    ['决算合计', '合计'],
    ['收、支', '收入支出'],
    ['收支', '收入支出'],
    ['预算拨款', '预算财政拨款'],
    // a department's 一般公共预算支出 is its 一般公共预算财政拨款支出 (四川：2020年一般公共预算支出决算数为…，完成预算…)
    ['一般公共预算支出', '一般公共预算财政拨款支出'],
    ['(', '（'],
    [')', '）'],
    ['％', '%'],
    ['．', '.'],
];

/** Characters that carry no meaning for matching names: quotes and spaces (line breaks are kept). */
const DROPPED = new Set(['“', '”', '"', '‘', '’', "'", '「', '」', '『', '』', '《', '》', ' ', '\t', '\u3000', '\r'].map(c => c.charCodeAt(0)));

const FULL_WIDTH_DIGIT_ZERO = '０'.charCodeAt(0);

/** The replacements by the code of their first character, in REPLACEMENTS' order: most characters start none. */
const REPLACEMENTS_BY_FIRST = new Map<number, (readonly [string, string])[]>();
for (const replacement of REPLACEMENTS) {
    const code = replacement[0].charCodeAt(0);
    REPLACEMENTS_BY_FIRST.set(code, [...REPLACEMENTS_BY_FIRST.get(code) ?? [], replacement]);
}

/** How many times longer than the original a normalized text may be (收支 → 收入支出). */
const MOST_GROWTH = Math.max(1, ...REPLACEMENTS.map(([from, to]) => Math.ceil(to.length / from.length)));

/** The spelling names are compared in, without a map back (for the names of rows and tables). */
export function normalizeName(text: string): string {
    // no map back to make: asked for every name of every row and table, per check, and the names
    // repeat (a template's rows, report after report): kept, up to a bound, so that a report of
    // names never seen costs memory no longer than it is checked
    let normalized = normalizedNames.get(text);
    if (normalized === undefined) {
        normalized = rewrite(text, undefined);
        if (text.length > NAME_KEPT_LENGTH) return normalized;
        if (normalizedNames.size >= NAMES_KEPT) normalizedNames.clear();
        normalizedNames.set(text, normalized);
    }
    return normalized;
}

const normalizedNames = new Map<string, string>();
const NAMES_KEPT = 4096;
/** Longer texts (a row's 说明) are normalized each time they are asked: the names are short. */
const NAME_KEPT_LENGTH = 64;

export function normalize(text: string): NormalizedText {
    const origin = new Int32Array(MOST_GROWTH * text.length + 1);
    const normalized = rewrite(text, origin);
    return { text: normalized, origin: origin.slice(0, normalized.length + 1) };
}

/**
 * `text` in the one spelling; with `origin`, the offset in `text` of each character of the result
 * (and of its end) is written into it. Runs of characters kept as they are are copied as slices:
 * the normalized copy of a report's texts is made once per check, over every character of them.
 */
function rewrite(text: string, origin: Int32Array | undefined): string {
    const pieces: string[] = [];
    let length = 0;
    // text[copied, i) is kept as it is, not yet in pieces
    let copied = 0;
    let i = 0;
    while (i < text.length) {
        const code = text.charCodeAt(i);
        let replacement: string | undefined;
        let replaced = 1;
        if (DROPPED.has(code)) {
            replacement = '';
        } else if (code >= FULL_WIDTH_DIGIT_ZERO && code <= FULL_WIDTH_DIGIT_ZERO + 9) {
            replacement = String.fromCharCode(code - FULL_WIDTH_DIGIT_ZERO + 48);
        } else {
            // indexed, not iterated: this runs at every character of every text, and an iterator
            // (with a destructuring) per character was most of what normalizing allocated
            const candidates = REPLACEMENTS_BY_FIRST.get(code);
            for (let k = 0; candidates !== undefined && k < candidates.length; k++) {
                const from = candidates[k][0];
                if (text.startsWith(from, i)) {
                    replacement = candidates[k][1];
                    replaced = from.length;
                    break;
                }
            }
        }
        if (replacement === undefined) {
            if (origin) origin[length] = i;
            length++;
            i++;
            continue;
        }
        if (copied < i) pieces.push(text.slice(copied, i));
        pieces.push(replacement);
        origin?.fill(i, length, length + replacement.length);
        length += replacement.length;
        i += replaced;
        copied = i;
    }
    if (origin) origin[length] = text.length;
    // nothing replaced: the text as it is
    if (copied === 0) return text;
    if (copied < text.length) pieces.push(text.slice(copied));
    return pieces.join('');
}

/** A span of a normalized text: [start, end). */
export interface Span {
    readonly start: number;
    readonly end: number;
}

/** Where the scope of a sentence's subject ends: a full stop, a semicolon, a line. */
export function isPartEnd(char: string | undefined): boolean {
    return char !== undefined && PART_ENDS.has(char);
}

/** isPartEnd(text[index]), without making the one-character string: for loops over every character. */
export function isPartEndAt(text: string, index: number): boolean {
    return PART_END_CODES.has(text.charCodeAt(index));
}

/** Where the sentence (up to its 。；; or line break) before `offset` starts. */
export function sentenceStart(text: string, offset: number): number {
    return Math.max(0, ...['。', '；', ';', '\n'].map(end => text.lastIndexOf(end, offset - 1) + 1));
}

/** The words of the clause before `offset` (up to a comma, colon, list mark or an opening bracket). */
export function clauseBefore(text: string, offset: number): string {
    return /[^，,、；;。：:\n（(]*$/.exec(text.slice(0, offset))![0];
}

const PART_ENDS = new Set(['。', '；', ';', '！', '？', '!', '?', '\n']);
const PART_END_CODES = new Set([...PART_ENDS].map(char => char.charCodeAt(0)));
const COMMA = ','.charCodeAt(0);
const FULL_WIDTH_COMMA = '，'.charCodeAt(0);
const NEWLINE = '\n'.charCodeAt(0);
const ZERO = '0'.charCodeAt(0);
const NINE = '9'.charCodeAt(0);

/** isDigit by character code (NaN, outside the text, is none). */
function isDigitCode(code: number): boolean {
    return code >= ZERO && code <= NINE;
}

export function isDigit(char: string | undefined): boolean {
    return char !== undefined && char >= '0' && char <= '9';
}

/**
 * How far a clause or a part reaches from a position, at most: a sentence's subject and role words
 * stand within a few dozen characters of its figure, and a text pasted whole without a comma is
 * not read again for each of its figures.
 */
export const WINDOW = 120;

/**
 * Where a text's clauses, parts (sentences, list items) and lines end, found once, so that the
 * span around any position is a binary search rather than a scan. Clauses and parts reach at most
 * WINDOW characters either side of the position asked about.
 */
export class TextLayout {
    private readonly clauseEnds: number[] = [];
    private readonly partEnds: number[] = [];
    private readonly lineEnds: number[] = [];

    constructor(readonly text: string) {
        // Clauses end at a comma or a part's end (an ASCII comma only between words, not inside
        // 1,872.89); a colon ends none: “行政运行（01）：支出决算为298.18万元” is one clause. By
        // character code: this runs at every character of every prose text.
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            if (code === COMMA) {
                if (!(isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)))) this.clauseEnds.push(i);
            } else if (code === FULL_WIDTH_COMMA) {
                this.clauseEnds.push(i);
            } else if (PART_END_CODES.has(code)) {
                this.clauseEnds.push(i);
                this.partEnds.push(i);
                if (code === NEWLINE) this.lineEnds.push(i);
            }
        }
    }

    /** The clause around a position (between two commas or full stops). */
    clauseAt(index: number): Span {
        return within(around(this.clauseEnds, index, this.text.length), index);
    }

    /** The part around a position (a sentence or a list item: up to a full stop or semicolon). */
    partAt(index: number): Span {
        return within(around(this.partEnds, index, this.text.length), index);
    }

    lineAt(index: number): Span {
        return around(this.lineEnds, index, this.text.length);
    }
}

function within(span: Span, index: number): Span {
    return { start: Math.max(span.start, index - WINDOW), end: Math.min(span.end, index + WINDOW) };
}

/** The span between the last end before `index` and the first end at or after it. */
function around(ends: readonly number[], index: number, length: number): Span {
    const next = firstAtLeast(ends, index);
    return { start: next > 0 ? ends[next - 1] + 1 : 0, end: next < ends.length ? ends[next] : length };
}

/** The index of the first value at least `value` in a sorted list (its length if none). */
export function firstAtLeast(sorted: readonly number[], value: number): number {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (sorted[middle] < value) low = middle + 1;
        else high = middle;
    }
    return low;
}

// 第二部分, 五、, （三）, 3., 3、 — a line that starts so and is short is a heading
export const HEADING_START = /^(?:第[一二三四五六七八九十百]+部分|[一二三四五六七八九十]+[、.]|（[一二三四五六七八九十]+）|\d{1,2}[.、](?!\d))/;

/** A heading line of a text: its span and its words without the ordinal. */
export interface Heading extends Span {
    readonly title: string;
    /** Numbered with digits (1. 2、): as often an item of a list as a heading. */
    readonly numbered: boolean;
}

/** A line that reads as a heading: an ordinal, a short line, no full stop inside. */
export function isHeadingLine(line: string): boolean {
    return HEADING_START.test(line) && line.length <= 40 && !/[。；，]/.test(line.slice(0, -1));
}

/** Lines that read as headings. */
export function headingsOf(text: string): Heading[] {
    const headings: Heading[] = [];
    let start = 0;
    while (start <= text.length) {
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline;
        const line = text.slice(start, end);
        if (isHeadingLine(line)) {
            headings.push({ start, end, title: line.slice(HEADING_START.exec(line)![0].length), numbered: isDigit(line[0]) });
        }
        if (newline < 0) break;
        start = newline + 1;
    }
    return headings;
}
