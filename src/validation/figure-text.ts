// A quick fix that puts a new value in place of a written figure writes it the way that figure is
// written: a report printing 1,035.00 gets 1,053.00 back, not 1053.00, and a sentence's ３５.２０万元
// keeps its full-width digits and its 万元.
import { Decimal } from 'decimal.js';
import { groupDigits } from '../model/figure.js';

const FULL_WIDTH_OFFSET = '０'.charCodeAt(0) - '0'.charCodeAt(0);

/** The written number: a sign, digits with or without thousands commas, decimals. */
const NUMBER = /-?\d(?:[\d,]*\d)?(?:\.\d+)?/;

/**
 * `written` with its number replaced by `value`, everything around it (万元, %, ％) kept. The
 * number keeps its thousands commas and full-width digits, and its decimals where the value needs
 * no more (else `decimals`, the figure's precision, which it never goes beyond). Where the written number is too small to show
 * whether the report groups thousands, `groups` says (the model's `groupsDigits`).
 */
export function figureTextLike(written: string, value: Decimal, decimals: number, groups: boolean): string {
    const ascii = written.replace(/[０-９]/g, c => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET)).replace(/．/g, '.');
    const match = NUMBER.exec(ascii);
    const rounded = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    if (!match) return rounded.toFixed(decimals);
    const [integer, fraction = ''] = match[0].replace(/^-/, '').split('.');
    // never more places than the figure has: 22.540% for a table's 22.5% would claim a precision it lacks
    const places = rounded.decimalPlaces() <= fraction.length ? Math.min(fraction.length, decimals) : decimals;
    const grouped = integer.includes(',') || (integer.length < 4 && rounded.abs().gte(1000) && groups);
    let text = rounded.abs().toFixed(places);
    if (grouped) text = groupDigits(text);
    if (rounded.isNegative()) text = `-${text}`;
    const original = written.slice(match.index, match.index + match[0].length);
    if (/[０-９]/.test(original)) text = text.replace(/\d/g, d => String.fromCharCode(d.charCodeAt(0) + FULL_WIDTH_OFFSET));
    if (original.includes('．')) text = text.replace('.', '．');
    return written.slice(0, match.index) + text + written.slice(match.index + match[0].length);
}
