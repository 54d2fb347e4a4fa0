/**
 * The editor on every template, with the trial and real cases (test/validation/cases/<template>/{trial,real}-*.juesuan,
 * markers removed) as the reports a finance officer of each province would open:
 * - the formatter keeps every character that is not whitespace, in order; formatting twice changes nothing more;
 *   the formatted report checks with the same findings;
 * - hover on every token never throws; on a subject code, a table's number or title, a column of 列【…】, a heading, an
 *   attribute's key, an indicator's name and
 *   a table's note it is never empty; every hover is Chinese and never names another template's table number the report does not print;
 * - every figure the prose check reads in a text has a hover that names it; how many of them are tied to a figure of
 *   the data, left alone or not tied is printed at the end (the measure of the prose hovers); the hover says a figure is
 *   wrong (✗, ⚠) exactly where prose-figure (or prose-direction, for its direction) reports an error or a warning at it;
 * - next year's report parses and keeps the template, or takes its province's template for the new year.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CstUtils, EmptyFileSystem, GrammarUtils, isLeafCstNode, TextDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';
import { nextYearReport } from '../../src/lsp/next-year.js';
import { textStart } from '../../src/model/prose.js';
import { claimsOf } from '../../src/model/prose-claims.js';
import { templateForYear, TEMPLATES } from '../../src/templates/index.js';

const CASES = join(import.meta.dirname, '..', 'validation', 'cases');
const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);
const ALL_CHECKS = { validation: { categories: ['built-in', 'fast', 'slow'] as ('built-in' | 'fast' | 'slow')[] } };
const options = { insertSpaces: true, tabSize: 2 };

const findings = (diagnostics: readonly Diagnostic[] | undefined) => (diagnostics ?? []).map(d => `${d.severity} [${d.code}] ${d.message}`).sort();
const syntaxErrors = (diagnostics: readonly Diagnostic[] | undefined) =>
    (diagnostics ?? []).filter(d => ['lexing-error', 'parsing-error'].includes((d.data as { code?: string } | undefined)?.code ?? '')).map(d => d.message);

/**
 * The places a hover must say something: what the catalogue or the template knows, a heading's or a table note's key
 * (注, 单位行), 无数据, a text numbered among the tables, and a line of the report's information.
 */
const KNOWN = new Set(['Row.code', 'Table.label', 'Table.number', 'Table.title', 'ColumnHeader.names', 'TextField.key', 'EmptyStatement.', 'TableNote.ordinal', 'TableNote.title', 'MetaField.key', 'Attribute.key', 'Indicator.name']);

/** Every template's table labels (表1, 表一, 附表1), to find one of another template in a hover. */
const LABELS = new Map(TEMPLATES.map(t => [t.id, new Set(t.tables.map(table => t.tableLabel(table.number)))]));
const labelPattern = (label: string) => new RegExp(`(?<!附)${label}(?![\\d一二三四五六七八九十])`);

async function formatted(text: string): Promise<string> {
    const document = await parse(text);
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.textDocument.uri }, options });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** The figures the prose check reads, by what their hover says. */
const proseFigures = { tied: 0, notData: 0, untied: 0, wrongWhereSilent: 0, rightWhereTold: 0 };
afterAll(() => {
    const all = proseFigures.tied + proseFigures.notData + proseFigures.untied;
    if (all > 0) console.log(`prose figures of real and trial cases: ${all}; tied to the data ${proseFigures.tied}, not data ${proseFigures.notData}, not tied ${proseFigures.untied}; `
        + `hover ✗/⚠ where the check is silent ${proseFigures.wrongWhereSilent}, the check tells where the hover does not ${proseFigures.rightWhereTold}`);
});

/** The errors and warnings the prose checks report on a written figure's place. */
const PROSE_FIGURE_RULES = new Set(['prose-figure', 'prose-direction']);

for (const template of TEMPLATES) {
    const dir = join(CASES, template.id);
    const names = readdirSync(dir).filter(name => /^(trial|real)-.*\.juesuan$/.test(name)).sort();
    describe(`the editor on ${template.id}’s trial and real cases`, () => {
        for (const name of names) {
            it(name, async () => {
                const text = readFileSync(join(dir, name), 'utf8').replace(/[»«]/g, '');
                const document = await parse(text, ALL_CHECKS);
                expect(syntaxErrors(document.diagnostics), 'syntax errors').toEqual([]);

                const once = await formatted(text);
                expect(once.replace(/\s+/g, ''), 'the formatter keeps every character that is not whitespace').toBe(text.replace(/\s+/g, ''));
                expect(await formatted(once), 'formatting twice is formatting once').toBe(once);
                expect(findings((await parse(once, ALL_CHECKS)).diagnostics), 'the formatted report’s findings').toEqual(findings(document.diagnostics));

                const others = [...LABELS].filter(([id]) => id !== template.id).flatMap(([, labels]) => [...labels])
                    .filter(label => !LABELS.get(template.id)!.has(label) && !labelPattern(label).test(text));
                const faults: string[] = [];
                for (const leaf of CstUtils.streamCst(document.parseResult.value.$cstNode!)) {
                    if (!isLeafCstNode(leaf) || leaf.hidden) continue;
                    const what = `${leaf.astNode.$type}.${GrammarUtils.findAssignment(leaf)?.feature ?? ''}`;
                    const hover = await services.lsp.HoverProvider!.getHoverContent(document, {
                        textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(leaf.offset),
                    });
                    const value = (hover?.contents as { value?: string } | undefined)?.value;
                    if (!value) {
                        if (KNOWN.has(what)) faults.push(`no hover on ${what} ${leaf.text}`);
                        continue;
                    }
                    if (!/[\u4e00-\u9fff]/.test(value)) faults.push(`a hover not in Chinese on ${leaf.text}: ${value}`);
                    const wrong = others.filter(label => labelPattern(label).test(value));
                    if (wrong.length > 0) faults.push(`a hover on ${leaf.text} names ${wrong.join(' ')}, another template’s`);
                }
                const model = services.model.ReportModels.get(document);
                const told = (document.diagnostics ?? []).filter(d => PROSE_FIGURE_RULES.has(String(d.code)) && (d.severity === 1 || d.severity === 2))
                    .map(d => [document.textDocument.offsetAt(d.range.start), document.textDocument.offsetAt(d.range.end)]);
                for (const text of claimsOf(model)) {
                    const start = textStart(text.prose);
                    if (start === undefined) continue;
                    for (const claim of text.claims) {
                        if (claim.kind !== 'figure') continue;
                        const hover = await services.lsp.HoverProvider!.getHoverContent(document, {
                            textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(start + claim.figure.offset),
                        });
                        const value = (hover?.contents as { value?: string } | undefined)?.value ?? '';
                        if (!value.includes('文字中的')) faults.push(`no hover on the written figure ${claim.figure.text}`);
                        if (value.includes('对应的数')) proseFigures.tied++;
                        else if (value.includes('不与表中数据核对')) proseFigures.notData++;
                        else proseFigures.untied++;
                        const at = start + claim.figure.offset;
                        const wrong = /[✗⚠]/.test(value);
                        const checked = told.some(([from, to]) => from <= at && at < to);
                        if (wrong && !checked) proseFigures.wrongWhereSilent++;
                        if (checked && !wrong) proseFigures.rightWhereTold++;
                        if (wrong !== checked) faults.push(`the hover on ${claim.figure.text} ${wrong ? 'tells it wrong where the check is silent' : 'does not tell it wrong where the check does'}`);
                    }
                }
                expect(faults, 'hovers').toEqual([]);

                const next = await parse(nextYearReport(model, '../上年.juesuan'));
                expect(syntaxErrors(next.diagnostics), 'next year’s report parses').toEqual([]);
                // the same template, or its province's for the new year where the template's years end
                const year = model.meta.year;
                const expected = new Set([template.id, ...year === undefined ? [] : [templateForYear(template, year + 1).id]]);
                expect([...expected], 'next year’s template').toContain(services.model.ReportModels.get(next).template.id);
            }, 120_000);
        }
    });
}
