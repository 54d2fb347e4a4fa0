/**
 * The hover on a figure after a 其中 list that the check reads as the list's head's (完成预算的88.43% after
 * 公务接待费5.36万元, of the “三公” total): it shows the head's figure it was judged by, and no finding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { expect, it } from 'vitest';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';
import { claimsOf, type FigureClaim } from '../../src/model/prose-claims.js';
import { figureVerdict } from '../../src/validation/rules/prose.js';

const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);
const CASE = join(import.meta.dirname, '..', 'validation', 'cases', 'national', 'prose-list-trailing-figure-of-head.juesuan');

it('a figure read by its list’s head hovers with the head’s figure', async () => {
    const document = await parse(readFileSync(CASE, 'utf8').replace(/[»«]/g, ''));
    const model = services.model.ReportModels.get(document);
    const [text] = claimsOf(model).filter(t => t.claims.some(c => c.kind === 'figure' && c.figure.text === '88.43%'));
    const claim = text.claims.find((c): c is FigureClaim => c.kind === 'figure' && c.figure.text === '88.43%')!;
    const verdict = figureVerdict(model, text.prose, claim);
    expect(verdict.told).toBeUndefined();
    expect(verdict.judged?.role.kind).toBe('completion');
    expect(verdict.judged?.targets.map(t => t.label)).toEqual(['财政拨款“三公”经费支出决算表 › 合计 完成预算']);
});
