import { Decimal } from 'decimal.js';

const ZERO = new Decimal(0);
const HALF = new Decimal(0.5);

/** Half a unit in the last of `decimals` places (0.005 for 2), made once per number of places. */
const halfUnits = new Map<number, Decimal>();
function halfUnit(decimals: number): Decimal {
    let half = halfUnits.get(decimals);
    if (!half) halfUnits.set(decimals, half = new Decimal(5).times(new Decimal(10).pow(-(decimals + 1))));
    return half;
}

/**
 * A closed interval of decimals: what a rounded published figure stands for.
 * 3569.58 rounded to two decimals stands for [3569.575, 3569.585]; sums and rates of such
 * figures are consistent when their intervals meet (the XBRL Calculations 1.1 rule).
 */
export class Interval {
    constructor(readonly lo: Decimal, readonly hi: Decimal) {}

    static exact(value: Decimal): Interval {
        return new Interval(value, value);
    }

    /** The interval a value rounded half-up to `decimals` places stands for. */
    static rounded(value: Decimal, decimals: number): Interval {
        const half = halfUnit(decimals);
        return new Interval(value.minus(half), value.plus(half));
    }

    /** The interval a value truncated to `decimals` places stands for (its sign kept). */
    static truncated(value: Decimal, decimals: number): Interval {
        const step = new Decimal(10).pow(-decimals);
        return value.isNegative() ? new Interval(value.minus(step), value) : new Interval(value, value.plus(step));
    }

    add(other: Interval): Interval {
        return new Interval(this.lo.plus(other.lo), this.hi.plus(other.hi));
    }

    sub(other: Interval): Interval {
        return new Interval(this.lo.minus(other.hi), this.hi.minus(other.lo));
    }

    negate(): Interval {
        return new Interval(this.hi.negated(), this.lo.negated());
    }

    scale(factor: Decimal): Interval {
        const a = this.lo.times(factor);
        const b = this.hi.times(factor);
        return a.lte(b) ? new Interval(a, b) : new Interval(b, a);
    }

    /** This times `other`. */
    mul(other: Interval): Interval {
        // the usual case, a stated percentage times an amount: two products, not four
        if (!this.lo.isNegative() && !other.lo.isNegative()) return new Interval(this.lo.times(other.lo), this.hi.times(other.hi));
        const p = [this.lo.times(other.lo), this.lo.times(other.hi), this.hi.times(other.lo), this.hi.times(other.hi)];
        return new Interval(Decimal.min(...p), Decimal.max(...p));
    }

    /** This divided by `other`; undefined when `other` may be zero. */
    div(other: Interval): Interval | undefined {
        if (other.contains(ZERO)) return undefined;
        // the usual case, a share or a rate of amounts: two divisions, not four
        if (!this.lo.isNegative() && other.lo.isPositive()) return new Interval(this.lo.div(other.hi), this.hi.div(other.lo));
        const q = [this.lo.div(other.lo), this.lo.div(other.hi), this.hi.div(other.lo), this.hi.div(other.hi)];
        return new Interval(Decimal.min(...q), Decimal.max(...q));
    }

    /** The values both intervals hold; undefined when they do not meet. */
    intersect(other: Interval): Interval | undefined {
        const lo = Decimal.max(this.lo, other.lo);
        const hi = Decimal.min(this.hi, other.hi);
        return lo.lte(hi) ? new Interval(lo, hi) : undefined;
    }

    /** Wider by `below` at the low end and `above` at the high end. */
    widen(below: Decimal, above: Decimal): Interval {
        return new Interval(this.lo.minus(below), this.hi.plus(above));
    }

    /**
     * The value rounded half up to `decimals` places nearest the middle of this interval, or
     * undefined when no value of that many places lies in it.
     */
    roundedValue(decimals: number): Decimal | undefined {
        const lo = this.lo.toDecimalPlaces(decimals, Decimal.ROUND_CEIL);
        const hi = this.hi.toDecimalPlaces(decimals, Decimal.ROUND_FLOOR);
        if (lo.gt(hi)) return undefined;
        const middle = this.mid.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
        return Decimal.min(Decimal.max(middle, lo), hi);
    }

    contains(value: Decimal): boolean {
        return this.lo.lte(value) && value.lte(this.hi);
    }

    meets(other: Interval): boolean {
        return this.lo.lte(other.hi) && other.lo.lte(this.hi);
    }

    get mid(): Decimal {
        // times a half, not divided by two: decimal.js divides by long division
        return this.lo.plus(this.hi).times(HALF);
    }

    /** The distance between two disjoint intervals, zero when they meet. */
    gap(other: Interval): Decimal {
        if (this.meets(other)) return ZERO;
        return this.hi.lt(other.lo) ? other.lo.minus(this.hi) : this.lo.minus(other.hi);
    }
}

export function sumIntervals(parts: Interval[]): Interval {
    return parts.reduce((acc, part) => acc.add(part), Interval.exact(ZERO));
}

/** A whole in percent: what a share of all of it is, and no share of a part within it can exceed. */
export const HUNDRED = new Decimal(100);

/** A part as a percentage of a whole (a share, a growth or completion rate): undefined where the whole may be 0. */
export function percentOf(part: Interval, whole: Interval): Interval | undefined {
    return part.div(whole)?.scale(HUNDRED);
}

/** `percentOf` of exact figures, for the value a message works out. */
export function percentValue(part: Decimal, whole: Decimal): Decimal {
    return part.div(whole).times(HUNDRED);
}

/**
 * Whether a stated percentage meets 100 × part ÷ whole, decided by multiplying — T meets 100·P ÷ B exactly when T·B
 * meets 100·P, B without zero — so that the many rates that hold cost no division. False where the whole may be 0.
 */
export function percentMeets(stated: Interval, part: Interval, whole: Interval): boolean {
    return !whole.contains(ZERO) && stated.mul(whole).meets(part.scale(HUNDRED));
}
