/**
 * The hover on a written figure after an edit, before a save has run prose-figure on the new version: it judges the
 * text the figure is in, not every text of the report, and says what the whole check says of the figure. Over the
 * trial and real cases and the examples: each figure's verdict from its text alone equals the whole check's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';
import { claimsOf, type FigureClaim } from '../../src/model/prose-claims.js';
import { TEMPLATES } from '../../src/templates/index.js';
import { figureVerdict, proseFigureCheck, textFigureCheck, type FigureVerdict } from '../../src/validation/rules/prose.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CASES = join(ROOT, 'test', 'validation', 'cases');
const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);
/** A keystroke's checks: prose-figure (slow) has not run. */
const KEYSTROKE_CHECKS = { validation: { categories: ['built-in', 'fast'] as ('built-in' | 'fast')[] } };

const files = [
    ...readdirSync(join(ROOT, 'examples')).filter(name => name.endsWith('.juesuan')).map(name => join(ROOT, 'examples', name)),
    ...TEMPLATES.flatMap(t => readdirSync(join(CASES, t.id)).filter(name => /^(trial|real)-.*\.juesuan$/.test(name)).map(name => join(CASES, t.id, name))),
].sort();

/** What the hover shows of a verdict: the finding told, why the figure is spared, the role and figures it was judged by. */
function shown({ told, spared, judged }: FigureVerdict): string {
    return JSON.stringify({
        told: told && [told.severity, told.message, told.extra?.range, told.ifOff],
        spared,
        judged: judged && [judged.role.kind, judged.targets.map(t => [t.label, t.interval.lo.toString(), t.interval.hi.toString()]),
            judged.wider?.map(w => [w.description, w.formula])],
    });
}

describe('the first hover on a written figure after an edit', () => {
    it('judges the figure’s own text, as the whole check does', async () => {
        let figures = 0;
        const differing: string[] = [];
        for (const file of files) {
            const document = await parse(readFileSync(file, 'utf8').replace(/[»«]/g, ''), KEYSTROKE_CHECKS);
            const model = services.model.ReportModels.get(document);
            const texts = claimsOf(model);
            const alone = new Map<FigureClaim, string>();
            for (const text of texts) {
                const own = new Set(text.claims);
                // judged alone: none of another text's claims
                expect([...textFigureCheck(model, text.prose).judged.keys()].every(claim => own.has(claim)), file).toBe(true);
                for (const claim of text.claims) if (claim.kind === 'figure') alone.set(claim, shown(figureVerdict(model, text.prose, claim)));
            }
            proseFigureCheck(model);
            for (const text of texts) {
                for (const claim of text.claims) {
                    if (claim.kind !== 'figure') continue;
                    figures++;
                    const whole = shown(figureVerdict(model, text.prose, claim));
                    if (whole !== alone.get(claim)) differing.push(`${file}: ${claim.figure.text} alone ${alone.get(claim)} whole ${whole}`);
                }
            }
        }
        expect(differing).toEqual([]);
        expect(figures).toBeGreaterThan(1000);
    }, 600_000);
});
