import type { AstNode } from 'langium';
import { nodeForProperty } from './nodes.js';
import type { Decimal } from 'decimal.js';
import { parseLiteral } from './figure.js';
import type { SoftWrap } from './prose-wrap.js';

/** A piece of free text: plain words, a reference 【…】 to a figure, or a number written by hand. */
export type ProseSegment =
    | { readonly kind: 'text'; readonly text: string; readonly offset: number }
    | { readonly kind: 'reference'; readonly path: readonly string[]; readonly text: string; readonly offset: number }
    | { readonly kind: 'literal'; readonly text: string; readonly offset: number; readonly value: Decimal; readonly unit: '万元' | '%'; readonly decimals: number };

// an amount in 万元 or a rate written in prose: 3569.58万元, 22.54%, or 3569.58 万元 as text copied
// from a PDF spaces it (and a wrap read as spaces may part 万 and 元)
const PROSE_PATTERN = /【([^【】\n]*)】|(-?\d+(?:,\d{3})*(?:\.\d+)?)[ \u3000]*(万[ \u3000]*元|[%％])/g;

// A document number (文号) often prints its year in 【】: 京政法发【2019】1号, 川财预【2020】第12号. A bare
// number in 【】 followed by its serial 号, or a year after a 文号's prefix, names no figure: it is text,
// printed as written. Any other 【…】 stays a reference, and one that resolves to nothing an error.
const NUMBER_IN_BRACKETS = /^[ \u3000]*\d+[ \u3000]*$/;
const SERIAL_AFTER = /^[ \u3000]*第?[ \u3000]*\d+[ \u3000]*号/;
const YEAR = /^[ \u3000]*(?:19|20)\d\d[ \u3000]*$/;
// the last character of a 文号's prefix: 国办发, 财预字, 川府函, 国务院令 …
const PREFIX_END = /[发字函办令规文电复]$/;

// A document's title in 《》 may print a name in 【】 (《关于印发【某县卫生健康局主要职责内设机构和人员编制规定】的通知》,
// titles nest: 《关于印发《甲办法》和【乙规定】的通知》, or 〈〉 inside or for 《》): inside a title it is the title's words,
// not a reference to a figure. Inside: more title marks open than closed from the line's start, and the title closed
// later on the line (a stray 《 silences nothing).
function inBookTitle(text: string, offset: number, end: number): boolean {
    const line = text.lastIndexOf('\n', offset) + 1;
    // most references have no title mark before them on their line
    if (Math.max(text.lastIndexOf('《', offset), text.lastIndexOf('〈', offset)) < line) return false;
    let depth = 0;
    for (let i = line; i < offset; i++) depth += titleMark(text[i]);
    if (depth <= 0) return false;
    for (let i = end; i < text.length && text[i] !== '\n'; i++) {
        depth += titleMark(text[i]);
        if (depth === 0) return true;
    }
    return false;
}

/** 1 for a mark that opens a title, -1 for one that closes it. */
function titleMark(c: string): number {
    return c === '《' || c === '〈' ? 1 : c === '》' || c === '〉' ? -1 : 0;
}

function isDocumentNumber(text: string, offset: number, match: string, content: string): boolean {
    if (!NUMBER_IN_BRACKETS.test(content)) return false;
    return SERIAL_AFTER.test(text.slice(offset + match.length, offset + match.length + 12))
        || (YEAR.test(content) && PREFIX_END.test(text.slice(0, offset)));
}

/**
 * Whether the 【…】 `brackets` at `offset` of a text as written is a reference to a figure: not a 文号's year nor a
 * title's words, printed as written. Every reader of references asks this, so that they agree with parseProse.
 */
export function isReference(text: string, offset: number, brackets: string): boolean {
    return !isDocumentNumber(text, offset, brackets, brackets.slice(1, -1)) && !inBookTitle(text, offset, offset + brackets.length);
}

/** Splits text into segments; offsets are relative to the start of the text. */
export function parseProse(text: string): ProseSegment[] {
    // most texts hold neither: no need to run the pattern over them
    if (!text.includes('【') && !text.includes('万') && !text.includes('%') && !text.includes('％')) {
        return text.length > 0 ? [{ kind: 'text', text, offset: 0 }] : [];
    }
    const segments: ProseSegment[] = [];
    let last = 0;
    for (const match of text.matchAll(PROSE_PATTERN)) {
        const offset = match.index;
        if (match[1] !== undefined && !isReference(text, offset, match[0])) continue;
        if (offset > last) segments.push({ kind: 'text', text: text.slice(last, offset), offset: last });
        if (match[1] !== undefined) {
            segments.push({ kind: 'reference', path: referencePath(match[1]), text: match[0], offset });
        } else {
            const literal = parseLiteral(match[2])!;
            segments.push({
                kind: 'literal', text: match[0], offset, value: literal.value, decimals: literal.decimals,
                unit: match[3].startsWith('万') ? '万元' : '%',
            });
        }
        last = offset + match[0].length;
    }
    if (last < text.length) segments.push({ kind: 'text', text: text.slice(last), offset: last });
    return segments;
}

/** The path a reference's words name: 收入决算表.财政拨款收入 → 收入决算表, 财政拨款收入. */
function referencePath(words: string): string[] {
    return words.split(/[.．·]/).map(s => s.trim()).filter(s => s.length > 0);
}

/** The path of the first reference 【…】 in a text, as parseProse reads it, without splitting the rest of the text. */
export function firstReferencePath(text: string): string[] | undefined {
    for (const match of text.matchAll(/【([^【】\n]*)】/g)) {
        if (isReference(text, match.index, match[0])) return referencePath(match[1]);
    }
    return undefined;
}

/** A piece of free text in the document and where it sits. */
export interface ProseText {
    readonly node: AstNode;
    readonly property: string;
    /** As read: the text with its soft wraps blanked (see readAsWrapped), offsets as written. */
    readonly text: string;
    /** The line breaks in it read as wraps inside a paragraph, not as paragraph breaks. */
    readonly wraps: readonly SoftWrap[];
    /** Whether hand-written figures in it are compared with the data. */
    readonly checkLiterals: boolean;
}

/** The document offset where the content of a text property starts (after its 「). */
export function textStart(prose: ProseText): number | undefined {
    const cst = nodeForProperty(prose.node.$cstNode, prose.property);
    return cst ? cst.offset + 1 : undefined;
}
