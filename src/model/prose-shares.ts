// A share written in a text against the part and whole it is of, as a reader rounds: one judgement for the shares of
// written amounts (prose.ts) and of written counts (prose-count-parts.ts), not a copy of the arithmetic in each.
import { Decimal } from 'decimal.js';
import type { Interval } from './interval.js';
import { HUNDRED, percentValue } from './interval.js';

/** What the judgement needs of a figure: its value, and, for the share, its places and the interval it stands for. */
interface Share {
    readonly value: Decimal;
    readonly decimals: number;
    readonly interval: Interval;
}

/**
 * Whether a written share agrees with part ÷ whole: the rate worked out from the figures meets the share's interval —
 * `rate`, from rounded amounts' intervals, or, without one, the exact share of exact counts — or the share is one unit
 * in its last place off the exact share rounded to its places: officers balance rounded shares so to add up to 100%,
 * often on the largest item. Not a share the exact one needs no rounding for at the places written (99% or 101% of a
 * part equal to its whole, 1% of nothing: nothing to balance), nor one over 100% of a part within its whole, nor one
 * balanced into exactly the whole or nothing (100% for 98.66%, 0% for 1.3%): these claim the part is all or none of
 * its whole, which a balanced share never is. With the exact share, for messages.
 */
export function shareAgreement(share: Share, part: Decimal, whole: Decimal, rate?: Interval): { agrees: boolean; share: Decimal } {
    const value = percentValue(part, whole);
    if (rate ? rate.meets(share.interval) : share.interval.contains(value)) return { agrees: true, share: value };
    const rounded = value.toDecimalPlaces(share.decimals, Decimal.ROUND_HALF_UP);
    const balancing = !rounded.eq(value) && !(share.value.gt(HUNDRED) && !value.gt(HUNDRED))
        && !share.value.eq(HUNDRED) && !share.value.isZero();
    return { agrees: balancing && share.value.minus(rounded).abs().lte(new Decimal(10).pow(-share.decimals)), share: value };
}
