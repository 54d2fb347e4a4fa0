import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { figureTextLike } from '../../src/validation/figure-text.js';

const like = (written: string, value: string, decimals = 2, groups = false) => figureTextLike(written, new Decimal(value), decimals, groups);

describe('a new value written as the figure it replaces', () => {
    it('keeps thousands commas, and leaves them out where the figure has none', () => {
        expect(like('1,035.00', '1053')).toBe('1,053.00');
        expect(like('1,035.00万元', '1234567.891')).toBe('1,234,567.89万元');
        expect(like('17835.08', '17853.08')).toBe('17853.08');
        expect(like('-1,035.00', '-1053')).toBe('-1,053.00');
    });

    it('groups a figure too small to show, as the report groups its others', () => {
        expect(like('835.00', '1035', 2, true)).toBe('1,035.00');
        expect(like('835.00', '1035', 2, false)).toBe('1035.00');
        expect(like('835.00', '935', 2, true)).toBe('935.00');
    });

    it('keeps its decimals where the value needs no more, never more than the figure has', () => {
        expect(like('55', '50')).toBe('50');
        expect(like('55', '50.4')).toBe('50.40');
        expect(like('80%', '75', 0)).toBe('75%');
        expect(like('22.540%', '22.5', 1)).toBe('22.5%');
    });

    it('keeps full-width digits and point, and what stands around the number', () => {
        expect(like('８３０．００万元', '803')).toBe('８０３．００万元');
        expect(like('23.95％', '23.94')).toBe('23.94％');
        expect(like('2.34万元', '2.43')).toBe('2.43万元');
    });

    it('writes the bare value where there was no number (a blank cell)', () => {
        expect(like('-', '12.5')).toBe('12.50');
    });
});
