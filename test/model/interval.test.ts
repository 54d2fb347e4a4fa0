import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Interval } from '../../src/model/interval.js';

const d = (text: string) => new Decimal(text);
const show = (interval: Interval | undefined) => interval && [interval.lo.toFixed(), interval.hi.toFixed()];

describe('Interval', () => {
    it('stands for what a rounded figure may have been', () => {
        expect(show(Interval.rounded(d('3569.58'), 2))).toEqual(['3569.575', '3569.585']);
        expect(show(Interval.rounded(d('22.5'), 1))).toEqual(['22.45', '22.55']);
        expect(show(Interval.rounded(d('1995'), 0))).toEqual(['1994.5', '1995.5']);
    });

    it('divides by the extremes, whatever the signs', () => {
        const amounts = new Interval(d('1'), d('2'));
        expect(show(amounts.div(new Interval(d('4'), d('8'))))).toEqual(['0.125', '0.5']);
        expect(show(new Interval(d('-2'), d('1')).div(new Interval(d('4'), d('8'))))).toEqual(['-0.5', '0.25']);
        expect(show(amounts.div(new Interval(d('-8'), d('-4'))))).toEqual(['-0.5', '-0.125']);
        expect(show(new Interval(d('-2'), d('-1')).div(new Interval(d('-8'), d('-4'))))).toEqual(['0.125', '0.5']);
        expect(amounts.div(new Interval(d('0'), d('4')))).toBeUndefined();
        expect(amounts.div(new Interval(d('-1'), d('1')))).toBeUndefined();
    });
});
