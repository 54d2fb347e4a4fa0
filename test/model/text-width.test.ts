import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/model/text-width.js';

describe('displayWidth', () => {
    it('counts wide and fullwidth characters as two columns, the rest as one', () => {
        expect(displayWidth('')).toBe(0);
        expect(displayWidth('abc 1.5')).toBe(7);
        expect(displayWidth('收入合计')).toBe(8);
        expect(displayWidth('（一）22.54％')).toBe(6 + 5 + 2);
        // East Asian Ambiguous: one column, as VS Code draws them
        expect(displayWidth('“≥—”')).toBe(4);
        // the edges of a range
        expect(displayWidth('\u10ff\u1100\u115f\u1160')).toBe(1 + 2 + 2 + 1);
    });

    it('counts a character outside the Basic Multilingual Plane once, by its code point', () => {
        // 𠀀 (U+20000, CJK Extension B) and 🌀 (U+1F300) are wide; 𝐀 (U+1D400) is not
        expect(displayWidth('𠀀')).toBe(2);
        expect(displayWidth('a🌀b')).toBe(4);
        expect(displayWidth('𝐀')).toBe(1);
        // a lone surrogate is one narrow column
        expect(displayWidth('\ud840x')).toBe(2);
        expect(displayWidth('x\udc00')).toBe(2);
    });
});
