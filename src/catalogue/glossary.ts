import { GrammarUtils } from 'langium';
import type { GlossaryEntry, Report } from '../language/generated/ast.js';
import { isGlossary } from '../language/generated/ast.js';
import { reportParts } from '../model/section-groups.js';

/**
 * One “name（digits）” piece of a glossary entry's label, as the reports write the path of a
 * code: 一般公共服务（201）政府办公厅（室）及相关机构事务（03）行政运行（01）.
 */
export interface LabelSegment {
    /** The name before the digits; empty when the report leaves it out: 扶贫（05）（99）. */
    readonly name: string;
    /** The digits in the brackets: 201, 03, 01. */
    readonly digits: string;
    /** The code this segment names: the digits of this and the segments before, joined. */
    readonly code: string;
    /** Offsets within the label text (without its 「」). */
    readonly nameOffset: number;
    readonly digitsOffset: number;
    /** Offset of the opening bracket before the digits. */
    readonly bracketOffset: number;
}

// the lazy name stops at the first bracket holding only digits, so that 政府办公厅（室） stays in it
const SEGMENT = /(.*?)[（(](\d+)[）)]/gs;

/** Splits a label into its name（digits） segments; none when the label is not written that way. */
export function parseLabel(label: string): LabelSegment[] {
    const segments: LabelSegment[] = [];
    let code = '';
    for (const match of label.matchAll(SEGMENT)) {
        const whole = match[0];
        // the code a report prints before the path (7.2100202 卫生健康支出（210）…) is no part of the first name
        const printedCode = segments.length === 0 ? /^\s*\d+(?=\s)/.exec(match[1])?.[0].length ?? 0 : 0;
        const rawName = match[1].slice(printedCode);
        const leading = printedCode + rawName.length - rawName.trimStart().length;
        const name = rawName.trim();
        const bracketOffset = match.index + whole.length - match[2].length - 2;
        code += match[2];
        segments.push({
            name,
            digits: match[2],
            code,
            nameOffset: match.index + leading,
            digitsOffset: bracketOffset + 1,
            bracketOffset,
        });
    }
    return segments;
}

/** A term the report's 名词解释 defines (not a code entry). */
export interface GlossaryTerm {
    readonly term: string;
    readonly definition: string;
    readonly entry: GlossaryEntry;
}

/** A code the report's 名词解释 explains, with the names its label gives along the path. */
export interface GlossaryCode {
    readonly code: string;
    readonly label?: string;
    readonly segments: readonly LabelSegment[];
    readonly definition: string;
    readonly entry: GlossaryEntry;
}

export function glossaryEntries(report: Report): GlossaryEntry[] {
    return reportParts(report).filter(isGlossary).flatMap(g => g.entries);
}

export function glossaryTerms(report: Report): GlossaryTerm[] {
    return glossaryEntries(report)
        .filter(e => e.term !== undefined && e.term.trim() !== '')
        .map(entry => ({ term: entry.term!.trim(), definition: entry.definition ?? '', entry }));
}

export function glossaryCodes(report: Report): GlossaryCode[] {
    return glossaryEntries(report)
        .filter(e => e.code !== undefined)
        .map(entry => ({
            code: entry.code!,
            label: entry.label,
            segments: entry.label ? parseLabel(entry.label) : [],
            definition: entry.definition ?? '',
            entry,
        }));
}

/** The document offset where the content of a glossary entry's text property starts (after 「). */
export function textContentOffset(entry: GlossaryEntry, property: 'label' | 'term' | 'definition'): number | undefined {
    const cst = GrammarUtils.findNodeForProperty(entry.$cstNode, property);
    if (!cst) return undefined;
    return cst.text.startsWith('「') ? cst.offset + 1 : cst.offset;
}

/** Quotes and spaces do not matter when a term is looked for in text: “三公”经费 = 三公经费. */
export function normalizeTerm(text: string): string {
    return text.replace(/[“”‘’"'「」\s]/g, '');
}

/**
 * The text with quotes and spaces removed, and for each of its characters the offset it had:
 * lets a term be found in text whatever quotes the writer used.
 */
export function normalizedWithOffsets(text: string): { text: string; offsets: number[] } {
    let out = '';
    const offsets: number[] = [];
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (/[“”‘’"'「」\s]/.test(ch)) continue;
        out += ch;
        offsets.push(i);
    }
    return { text: out, offsets };
}

/** An occurrence of a glossary term in a text: offsets within the text, the quotes kept. */
export interface TermOccurrence {
    readonly term: GlossaryTerm;
    readonly start: number;
    readonly end: number;
}

/**
 * Every occurrence of the terms in a text, longest first where they overlap
 * (一般公共预算财政拨款收入 holds 财政拨款收入: both are found).
 */
export function findTerms(text: string, terms: readonly GlossaryTerm[]): TermOccurrence[] {
    const { text: normal, offsets } = normalizedWithOffsets(text);
    const found: TermOccurrence[] = [];
    for (const term of terms) {
        const needle = normalizeTerm(term.term);
        if (needle.length === 0) continue;
        let from = 0;
        for (;;) {
            const at = normal.indexOf(needle, from);
            if (at < 0) break;
            let start = offsets[at];
            let end = offsets[at + needle.length - 1] + 1;
            // take a closing quote that belongs to the term along: “三公”经费 written with its quotes
            if (start > 0 && /[“‘"]/.test(text[start - 1]) && term.term.startsWith(text[start - 1])) start--;
            if (end < text.length && /[”’"]/.test(text[end]) && term.term.endsWith(text[end])) end++;
            found.push({ term, start, end });
            from = at + 1;
        }
    }
    return found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
}
