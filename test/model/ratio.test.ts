// A share or a rate (relations.ts, `ratio`) is judged without dividing: these compare its answers
// with those the divisions give.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/fuzz/prng.js';
import { statedFigure, type Figure } from '../../src/model/figure.js';
import { ratio } from '../../src/model/relations.js';

const figure = (text: string, unit = '万元'): Figure => statedFigure({ text, unit, label: text })!;

/** A share of two amounts of either sign, each with two decimals; undefined when the base may be zero. */
function randomShare(random: () => number) {
    const part = figure((random() * 2000 - 300).toFixed(2));
    const base = figure((random() * 4000 - 500).toFixed(2));
    return { part, base, share: ratio(part.interval, part.value, base, [part, base], '本项 ÷ 总数', () => '') };
}

describe('ratio', () => {
    it('meets a stated percentage as the divided interval does', () => {
        const random = mulberry32(11);
        let met = 0;
        for (let i = 0; i < 1500; i++) {
            const { part, base, share } = randomShare(random);
            if (!share) continue;
            // near the true quotient, so that some meet it and some miss by a little
            const near = part.value.div(base.value).times(100).plus((random() - 0.5) / 25);
            const stated = figure(`${near.toFixed(2)}%`, '%');
            expect(share.meets(stated.interval), `${stated.value} vs ${part.value} ÷ ${base.value}`).toBe(stated.interval.meets(share.computed));
            if (share.meets(stated.interval)) met++;
        }
        expect(met).toBeGreaterThan(150);
        expect(met).toBeLessThan(1350);
    });

    it('says a stated percentage is the rounded quotient exactly when rounding the divided value gives it', () => {
        const random = mulberry32(12);
        let rounded = 0;
        for (let i = 0; i < 3000; i++) {
            const { share } = randomShare(random);
            if (!share) continue;
            const decimals = i % 3;
            const near = share.value.plus((random() - 0.5) * 3 / 10 ** decimals).toFixed(decimals);
            const stated = figure(`${near}%`, '%');
            const byDivision = share.value.toDecimalPlaces(stated.decimals, Decimal.ROUND_HALF_UP).equals(stated.value);
            expect(share.roundsTo(stated), `${stated.value} vs ${share.value}`).toBe(byDivision);
            if (byDivision) rounded++;
        }
        expect(rounded).toBeGreaterThan(300);
        expect(rounded).toBeLessThan(2700);
    });

    it('rounds a tie away from zero, as decimal.js does, whatever the signs', () => {
        // 100 × 1 ÷ 8 = 12.5 → 13; 100 × −1 ÷ 8 = −12.5 → −13; 100 × 1 ÷ −8 = −12.5 → −13
        const share = (part: string, base: string) => ratio(figure(part).interval, figure(part).value, figure(base), [], '', () => '')!;
        const stated = (text: string) => ({ ...figure(`${text}%`, '%'), decimals: 0 });
        expect(share('1', '8').roundsTo(stated('13'))).toBe(true);
        expect(share('1', '8').roundsTo(stated('12'))).toBe(false);
        expect(share('-1', '8').roundsTo(stated('-13'))).toBe(true);
        expect(share('-1', '8').roundsTo(stated('-12'))).toBe(false);
        expect(share('1', '-8').roundsTo(stated('-13'))).toBe(true);
        expect(share('-1', '-8').roundsTo(stated('13'))).toBe(true);
    });
});
