// A report of any year after the sources (2025, 2026, …) is checked against its province's latest
// template: no template ends at the last year someone happened to read.
import { describe, expect, it } from 'vitest';
import { findTemplate, TEMPLATES } from '../../src/templates/index.js';

const provinces = [...new Set(TEMPLATES.map(t => t.province))];

describe('the years templates cover', () => {
    it('each province has a template for every year after its first, the latest one open-ended', () => {
        for (const province of provinces) {
            const own = TEMPLATES.filter(t => t.province === province);
            const first = Math.min(...own.map(t => t.years.from ?? Number.POSITIVE_INFINITY));
            for (let year = first; year <= 2030; year++) {
                const match = findTemplate(province, year);
                expect(match.kind, `${province} ${year}`).toBe('exact');
            }
            const latest = own.reduce((a, b) => ((b.years.from ?? 0) > (a.years.from ?? 0) ? b : a));
            expect(latest.years.to, latest.id).toBeUndefined();
        }
    });

    it('a year before a province’s first template is the nearest one’s, said as such', () => {
        for (const province of provinces) {
            const own = TEMPLATES.filter(t => t.province === province);
            const first = Math.min(...own.map(t => t.years.from ?? Number.POSITIVE_INFINITY));
            if (!Number.isFinite(first)) continue;
            expect(findTemplate(province, first - 1).kind, province).toBe('nearest');
        }
    });
});
