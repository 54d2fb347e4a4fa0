// How printed texts of a workbook are compared with the template's: widths, spaces, quotes and
// printed ordinals do not count (“三公” and "三公", （一） and (一), 一、 before a name).
import { fullWidthBrackets } from '../model/brackets.js';

const QUOTES = /["“”'‘’「」『』〝〞]/g;
const ORDINAL = /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[、.．](?!\d)|[①-⑳])\s*/u;

/** A text for comparison: NFKC (full-width forms become ASCII), no spaces, no quotes. */
export function normalise(text: string): string {
    return text.normalize('NFKC').replace(/\s+/g, '').replace(QUOTES, '');
}

/** The text without a printed ordinal in front: 一、一般公共服务支出 → 一般公共服务支出. */
export function withoutOrdinal(text: string): string {
    let rest = text.trim();
    for (let i = 0; i < 2 && ORDINAL.test(rest); i++) rest = rest.replace(ORDINAL, '');
    return rest;
}

/** 其中：公务用车购置费 → 公务用车购置费, marked as a part of the row above. */
export function withoutOfWhich(text: string): { name: string; ofWhich: boolean; prefix: number } {
    const match = /^其中\s*[:：]?\s*/u.exec(text);
    return match ? { name: text.slice(match[0].length), ofWhich: true, prefix: match[0].length } : { name: text, ofWhich: false, prefix: 0 };
}

/** Leading spaces as indentation steps: a full-width space or two ASCII spaces per step. */
export function leadingIndent(text: string): number {
    const lead = /^[ \u3000\u00a0]*/.exec(text)![0];
    let steps = 0;
    for (const ch of lead) steps += ch === ' ' || ch === '\u00a0' ? 0.5 : 1;
    return Math.floor(steps);
}

// The characters of the language's ID terminal (src/language/juesuan.langium), which these must agree with;
// LETTER: what a / inside a name must be followed by.
const LETTER = /[a-zA-Z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const ID_FIRST = /[_a-zA-Z\u00c0-\u024f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff“《]/u;
const ID_REST = /[_a-zA-Z\u00c0-\u024f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff“”（）·《》%％]/u;

/**
 * A row name the language accepts as a name (letters, CJK, full-width brackets and quotes, % as in
 * 增长率（%）, a / between letters as in 通用设备（台/套）, a leading 减： or 加： that takes the row from its
 * parent's sum; no digits): half-width brackets and quotes become full-width; other characters are left out.
 */
export function asName(text: string): string {
    let quote = false;
    const mapped = fullWidthBrackets(text.trim())
        .replace(/["＂]/g, () => (quote = !quote) ? '“' : '”')
        .replace(/\s+/g, '');
    const sign = /^[减加][：:](?=.)/u.exec(mapped)?.[0] ?? '';
    const chars = [...mapped.slice(sign.length)];
    let name = '';
    chars.forEach((ch, i) => {
        const kept = name === '' ? ID_FIRST.test(ch) : ID_REST.test(ch) || (ch === '/' && LETTER.test(chars[i + 1] ?? ''));
        if (kept) name += ch;
    });
    return name && sign.replace(':', '：') + name;
}
