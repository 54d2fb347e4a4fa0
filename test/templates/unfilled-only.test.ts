/**
 * The unfilled check lays a report out in the scope `unfilledOnly`, which leaves out what never
 * prints 〔未填写〕: for every example and test report, it finds the same places, in the same order,
 * as the whole layout the generator prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/generation/report-source.js';
import { layoutFor } from '../../src/templates/layouts.js';
import { unfilledPlaces } from '../../src/validation/rules/unfilled.js';

const ROOT = join(import.meta.dirname, '../..');

function reports(): string[] {
    return ['examples', 'test'].flatMap(dir => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.juesuan'))
        .map(file => join(dir, file)));
}

describe('the unfilled-only layout', () => {
    const files = reports();

    it('finds reports to compare, some with places unfilled', () => {
        expect(files.length).toBeGreaterThan(100);
        const { model } = parseReport(readFileSync(join(ROOT, 'test/validation/cases/sichuan-2020/sum-total.juesuan'), 'utf8').replace(/[»«]/g, ''));
        expect(unfilledPlaces(layoutFor(model).layout(model, { unfilledOnly: true }).blocks).length).toBeGreaterThan(0);
    });

    it.each(files)('%s: the same 〔未填写〕 places as the whole layout', file => {
        // case files mark expected diagnostics with » «
        const { model } = parseReport(readFileSync(join(ROOT, file), 'utf8').replace(/[»«]/g, ''));
        const layout = layoutFor(model);
        expect(unfilledPlaces(layout.layout(model, { unfilledOnly: true }).blocks)).toEqual(unfilledPlaces(layout.layout(model).blocks));
    });
});
