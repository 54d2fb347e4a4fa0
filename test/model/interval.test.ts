import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/fuzz/prng.js';
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

    it('multiplies by the extremes, whatever the signs', () => {
        const amounts = new Interval(d('1'), d('2'));
        expect(show(amounts.mul(new Interval(d('4'), d('8'))))).toEqual(['4', '16']);
        expect(show(new Interval(d('-2'), d('1')).mul(new Interval(d('4'), d('8'))))).toEqual(['-16', '8']);
        expect(show(amounts.mul(new Interval(d('-8'), d('-4'))))).toEqual(['-16', '-4']);
        expect(show(new Interval(d('-2'), d('-1')).mul(new Interval(d('-8'), d('-4'))))).toEqual(['4', '16']);
        expect(show(new Interval(d('-2'), d('3')).mul(new Interval(d('-5'), d('4'))))).toEqual(['-15', '12']);
    });

    // how a stated share is checked (relations.ts, RatioComputation): T meets P ÷ B when T·B meets P
    it('meets a quotient exactly when the product meets the dividend', () => {
        const random = mulberry32(7);
        const figure = (decimals: number) => {
            const value = new Decimal(Math.round((random() * 2 - 0.6) * 10 ** (decimals + 2))).div(10 ** decimals);
            return Interval.rounded(value, decimals);
        };
        let met = 0;
        for (let i = 0; i < 2000; i++) {
            const part = figure(2), base = figure(1);
            const quotient = part.div(base);
            if (!quotient) continue;
            // a stated quotient near the true one, rounded: some meet it, some miss by a little
            const near = quotient.mid.plus(new Decimal(Math.round((random() - 0.5) * 40)).div(1000));
            const stated = Interval.rounded(near.toDecimalPlaces(2), 2);
            const byDivision = stated.meets(quotient);
            expect(stated.mul(base).meets(part), `${show(stated)} vs ${show(part)} ÷ ${show(base)}`).toBe(byDivision);
            if (byDivision) met++;
        }
        // both answers occur, and a figure touching the quotient's end meets it
        expect(met).toBeGreaterThan(200);
        expect(met).toBeLessThan(1800);
        const touching = new Interval(d('0.5'), d('0.5'));
        expect(touching.mul(new Interval(d('2'), d('4'))).meets(new Interval(d('2'), d('2')))).toBe(true);
        expect(touching.mul(new Interval(d('2'), d('4'))).meets(new Interval(d('0.99'), d('0.99')))).toBe(false);
    });
});
