// How figures and the rounding of computed ones read in messages and hovers.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/model/figure.js';
import { computedFigure, fixedText, formatFigure, groupDigits, roundingRangeNote, roundingRangeText, termDecimals } from '../../src/model/figure.js';
import { Interval } from '../../src/model/interval.js';

const interval = (lo: string, hi: string | number) => new Interval(new Decimal(lo), new Decimal(hi));

describe('figures in the report\'s style', () => {
    it('group the integer part only, and only where it has four digits or more', () => {
        expect(groupDigits('1234567.891')).toBe('1,234,567.891');
        expect(groupDigits('-1000')).toBe('-1,000');
        expect(groupDigits('999.99')).toBe('999.99');
        expect(fixedText(new Decimal('2808'), 2, true)).toBe('2,808.00');
        expect(fixedText(new Decimal('2808'), 2)).toBe('2808.00');
    });
});

describe('a difference of whole amounts', () => {
    const whole = (value: string): Figure => ({
        kind: 'amount', unit: '万元', value: new Decimal(value), interval: Interval.rounded(new Decimal(value), 2), decimals: 2, writtenDecimals: 0, stated: true, label: value,
    });

    it('prints whole yet keeps the precision of its terms (459989 − 42991 = 416998, standing for two decimals as they do)', () => {
        const [current, change] = [whole('459989'), whole('42991')];
        const places = termDecimals('amount', current, change);
        expect(places).toEqual({ decimals: 2, printedDecimals: 0 });
        const last = computedFigure({ kind: 'amount', unit: '万元', interval: current.interval.sub(change.interval), label: '上年', ...places });
        expect(last.decimals).toBe(current.decimals);
        expect(formatFigure(last)).toBe('416998');
        expect(termDecimals('amount', last, current)).toEqual({ decimals: 2, printedDecimals: 0 });
    });
});

describe('the rounding a computed figure allows, in words', () => {
    it('gives both ends, with as many decimals as tell them apart', () => {
        expect(roundingRangeText(interval('5.41372', '5.41381'), '%')).toBe('按四舍五入应在 5.4137% 至 5.4138% 之间');
        expect(roundingRangeText(interval('97.722961', '97.723012'), '%')).toBe('按四舍五入应在 97.72296% 至 97.72301% 之间');
        expect(roundingRangeText(interval('3052.99', '3053.01'), '', true)).toBe('按四舍五入应在 3,052.99 至 3,053.01 之间');
    });

    it('shows an exact ratio with decimals enough not to read as rounding the other way (71.43498%, not 71.435%)', () => {
        const point = (value: string) => roundingRangeText(interval(value, value), '%');
        expect(point('71.4349814105465')).toBe('应为 71.43498%');
        expect(point('12.5')).toBe('应为 12.5%');
        expect(point('5.41372')).toBe('应为 5.4137%');
    });

    it('says 应为 where the ends print alike, a rounded value at four places kept (5.091% would read as exact)', () => {
        expect(roundingRangeText(interval('5.090966365', '5.090966368'), '%')).toBe('应为 5.0910%');
        expect(roundingRangeText(interval('5.09096637', '5.09096637'), '%')).toBe('应为 5.0910%');
        expect(roundingRangeText(interval('99.9385', '99.9385'), '%')).toBe('应为 99.9385%');
        expect(roundingRangeText(interval('12.5', '12.5'), '%')).toBe('应为 12.5%');
    });

    it('leaves the range out after a value it tells nothing more of, keeps it where another value would print', () => {
        expect(roundingRangeNote(interval('5.090966365', '5.090966368'), '412,000,000.00）= 5.09%', '%')).toBe('');
        expect(roundingRangeNote(interval('3.0498', '3.0752'), '3.06', '%')).toBe('（按四舍五入应在 3.05% 至 3.075% 之间）');
        expect(roundingRangeNote(interval('1234.564', '1234.566'), '1,234.56', '', true)).toBe('（按四舍五入应在 1,234.564 至 1,234.566 之间）');
        expect(roundingRangeNote(interval('1234.561', '1234.564'), '1,234.56', '', true)).toBe('');
        expect(roundingRangeNote(interval('100.495', Infinity), '100.50', '')).toBe('（按四舍五入应不小于 100.495）');
    });

    it('tells the range at one place more than the value beside it, not at four (59.947%, not 59.9467%, beside 60.00%)', () => {
        expect(roundingRangeNote(interval('59.9467', '60.0534'), '= 60.00%', '%')).toBe('（按四舍五入应在 59.947% 至 60.053% 之间）');
        expect(roundingRangeNote(interval('99.3443', '100'), '100', '%')).toBe('（按四舍五入应在 99.3% 至 100% 之间）');
        expect(roundingRangeText(interval('39.8601', '40.1401'), '%', false, 2)).toBe('按四舍五入应在 39.86% 至 40.14% 之间');
    });

    it('never ends a range at a 5 that rounds otherwise than the end it stands for (69.5% for 69.4581%, beside 69%)', () => {
        expect(roundingRangeText(interval('67.8049', '69.4581'), '%', false, 0)).toBe('按四舍五入应在 67.8% 至 69.46% 之间');
        expect(roundingRangeText(interval('68.5131', '69.5015'), '%', false, 0)).toBe('按四舍五入应在 68.5% 至 69.5% 之间');
    });

    it('says 不小于 for a total bounded only below, never Infinity', () => {
        expect(roundingRangeText(interval('100.495', Infinity), '')).toBe('按四舍五入应不小于 100.495');
    });
});
