/**
 * Every figure of the seed example that a relation covers, changed beyond what rounding
 * explains, is reported as an error of that relation's rule, at the figure or at the figure the
 * relation is about; changed by one cent (within rounding), it breaks no sum. (A cent can
 * still move a rate: 1.47 ÷ 6.38 is not 22.88%, whatever the rounding.) Beyond rounding is
 * relative to the rates the figure enters: a rate written as a whole number (完成预算 100%)
 * stands for ±0.5%, so an amount is changed by 2% of itself, at least one unit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';
import type { Figure } from '../../src/model/figure.js';

const EXAMPLE = readFileSync(join(import.meta.dirname, '../../examples/leshan-2020.juesuan'), 'utf8');
const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);
const ALL = { validation: { categories: ['built-in', 'fast', 'slow'] as ('built-in' | 'fast' | 'slow')[] } };

interface Covered {
    figure: Figure;
    /** Constrained to be exactly a value (zero, where it ties to a table stated to have no data). */
    exact: boolean;
    offset: number;
    end: number;
    rules: Set<string>;
    /** Offsets of the figures the relations covering this one are reported at. */
    targets: number[];
}

async function coveredFigures(): Promise<Covered[]> {
    const document = await parse(EXAMPLE, ALL);
    const model = services.model.ReportModels.get(document);
    const byFigure = new Map<Figure, Covered>();
    for (const relation of model.relations) {
        for (const figure of [relation.target, ...relation.parts]) {
            const cst = figure.node?.$cstNode;
            if (!figure.stated || !cst) continue;
            const covered = byFigure.get(figure) ?? { figure, exact: false, offset: cst.offset, end: cst.end, rules: new Set(), targets: [] };
            covered.rules.add(relation.rule);
            covered.exact ||= relation.computed.lo.equals(relation.computed.hi);
            const target = relation.target.node?.$cstNode;
            if (target) covered.targets.push(target.offset);
            byFigure.set(figure, covered);
        }
    }
    return [...byFigure.values()].sort((a, b) => a.offset - b.offset);
}

function replaceFigure(covered: Covered, delta: Decimal): { text: string; shift: number } {
    const written = EXAMPLE.slice(covered.offset, covered.end);
    const percent = written.endsWith('%');
    const unit = covered.figure.blank ? '' : /[^\d.%,-]+$/.exec(written)?.[0] ?? '';
    // an empty cell `-` is zero: fill it
    const digits = covered.figure.blank ? '0' : written.slice(0, written.length - unit.length).replace(/[%,]/g, '');
    const replacement = new Decimal(digits).plus(delta).toFixed() + (percent ? '%' : '') + unit;
    return {
        text: EXAMPLE.slice(0, covered.offset) + replacement + EXAMPLE.slice(covered.end),
        shift: replacement.length - written.length,
    };
}

/** An amount by 2% (at least 1 万元), a rate by five points, a count by one. */
function deltaFor(covered: Covered): Decimal {
    const kind = covered.figure.kind;
    if (kind === 'rate') return new Decimal(5);
    if (kind === 'count') return new Decimal(1);
    return Decimal.max(1, covered.figure.value.abs().times('0.02').toDecimalPlaces(2));
}

describe('mutations of the seed example', async () => {
    const covered = await coveredFigures();

    it('the seed example has no error and many covered figures', async () => {
        const document = await parse(EXAMPLE, ALL);
        expect(document.diagnostics?.filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
        expect(covered.length).toBeGreaterThan(100);
    });

    it('a figure changed beyond rounding is an error of its relation', async () => {
        const missed: string[] = [];
        for (const figure of covered) {
            const { text, shift } = replaceFigure(figure, deltaFor(figure));
            const document = await parse(text, ALL);
            const at = (offset: number) => (offset > figure.offset ? offset + shift : offset);
            const places = new Set([figure.offset, ...figure.targets.map(at)]);
            const hit = document.diagnostics?.some(d => d.severity === 1 && figure.rules.has(String(d.code))
                && places.has(document.textDocument.offsetAt(d.range.start)));
            if (!hit) missed.push(`${figure.figure.label} (${[...figure.rules].join(', ')})`);
        }
        expect(missed).toEqual([]);
    }, 120_000);

    // one mistake, one finding: the figure that explains every relation it breaks gets it, or,
    // where any of a relation's figures could be the wrong one, the figure the relation is about
    it('a figure changed beyond rounding is one finding', async () => {
        const baseline = new Set(((await parse(EXAMPLE, ALL)).diagnostics ?? []).map(d => `${d.code} ${d.message}`));
        const many: string[] = [];
        let atFigure = 0;
        for (const figure of covered) {
            const { text, shift } = replaceFigure(figure, deltaFor(figure));
            const document = await parse(text, ALL);
            const found = (document.diagnostics ?? []).filter(d => d.severity !== 4 && !baseline.has(`${d.code} ${d.message}`));
            const at = (offset: number) => (offset > figure.offset ? offset + shift : offset);
            const places = new Set([figure.offset, ...figure.targets.map(at)]);
            if (found.length !== 1 || !places.has(document.textDocument.offsetAt(found[0].range.start))) {
                many.push(`${figure.figure.label}: ${found.map(d => `${d.range.start.line + 1} [${d.code}] ${d.message}`).join(' | ')}`);
            } else if (document.textDocument.offsetAt(found[0].range.start) === figure.offset) {
                atFigure++;
            }
        }
        expect(many).toEqual([]);
        // most figures take part in more than one relation, which tells which one is wrong
        expect(atFigure / covered.length).toBeGreaterThan(0.7);
    }, 120_000);

    it('an amount changed by one cent breaks no sum', async () => {
        const sums = new Set(['sum-children', 'sum-columns', 'sum-total', 'balance', 'tie']);
        const raised: string[] = [];
        // an empty cell, or a figure of a fund whose table says 无数据, is exactly nothing, not a
        // rounded zero: filling it is a real change
        for (const figure of covered.filter(c => c.figure.kind === 'amount' && !c.figure.blank && !c.exact)) {
            const { text } = replaceFigure(figure, new Decimal('0.01'));
            const document = await parse(text, ALL);
            const errors = document.diagnostics?.filter(d => d.severity === 1 && sums.has(String(d.code))) ?? [];
            if (errors.length > 0) raised.push(`${figure.figure.label}: ${errors.map(e => e.message).join(' | ')}`);
        }
        expect(raised).toEqual([]);
    }, 120_000);
});
