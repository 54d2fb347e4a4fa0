/**
 * The other side of the mutation lists: published tables are rounded from exact 元, so an
 * amount one cent off is within rounding and breaks no sum nor tie. Every amount of every example
 * (found in the source text, surface.ts), changed by 0.01 alone, adds no error of those rules
 * (the sum rules run while typing: the save-time checks are left out here).
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Checker, examples, ruleOf, severityName } from './examples.js';
import { surfaceFigures } from './surface.js';

const SUMS = new Set(['sum-children', 'sum-columns', 'sum-total', 'balance', 'tie']);
const checker = new Checker();

const sumErrors = (diagnostics: readonly Diagnostic[]) =>
    diagnostics.filter(d => severityName(d) === 'error' && SUMS.has(ruleOf(d)));
/** Where an error is, by rule and line: a changed figure changes the messages around it. */
const place = (d: Diagnostic) => `${ruleOf(d)} line ${d.range.start.line + 1}`;

describe('an amount changed by one cent breaks no sum', () => {
    for (const example of examples()) {
        it(example.name, async () => {
            const baseline = await checker.check(example.text, example.name, true);
            const before = new Set(sumErrors(baseline).map(place));
            // a figure already a cent off (a hint says so) may not move another cent away
            const offByACent = new Set(baseline.filter(d => severityName(d) === 'hint').map(d => `${d.range.start.line + 1}:${d.range.start.character + 1}`));
            const raised: string[] = [];
            // amounts of the report's unit (written bare or as 万元), at the report's two decimals;
            // not a zero, which may restate a blank cell: that is exactly nothing, not a rounded zero
            const amounts = surfaceFigures(example.text).filter(f => !f.percent && (f.unit === '' || f.unit === '万元') && !/^-?0$/.test(f.digits)
                && !offByACent.has(`${f.line}:${f.column}`));
            for (const figure of amounts) {
                const cent = new Decimal(figure.digits.replace(/,/g, '')).plus('0.01').toFixed(2) + figure.unit;
                const text = example.text.slice(0, figure.offset) + cent + example.text.slice(figure.offset + figure.written.length);
                const added = sumErrors(await checker.check(text, `${example.name}-cent`, true)).filter(d => !before.has(place(d)));
                if (added.length > 0) raised.push(`${figure.line}:${figure.column} ${figure.written} → ${cent}: ${added.map(d => d.message).join(' | ')}`);
            }
            expect(raised).toEqual([]);
        }, 600_000);
    }
});
