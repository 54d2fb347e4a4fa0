// Every example, built, shows its template's parts, sections, charts and tables in the template's
// order and none beyond them, compared with the layouts written out in expected-layouts.json.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples, ROOT } from '../examples/examples.js';
import { EXPECTED_LAYOUTS, templateOfSource } from './expected-layouts.mjs';
import { buildHtml, visibleText } from './helpers.js';

/**
 * The first place each needle is found after the one before it, or the first missing needle. A
 * needle may list the headings published reports print for one section (a|b): a report headed
 * with one of them keeps its own.
 */
function missingInOrder(haystack: string, needles: readonly string[]): string | undefined {
    let from = 0;
    for (const needle of needles) {
        const found = needle.split('|').map(text => ({ text, at: haystack.indexOf(text, from) })).filter(f => f.at >= 0).sort((a, b) => a.at - b.at)[0];
        if (!found) return needle;
        from = found.at + found.text.length;
    }
    return undefined;
}

/** Builds `text` and requires its template's parts, sections, charts and tables in order, and nothing beyond them. */
function expectLaidOutAsTemplate(text: string, template: string): void {
    const layout = EXPECTED_LAYOUTS[template];
    expect(layout, `write the expected layout of template ${template} in test/generation/expected-layouts.json, from its published reports`).toBeTruthy();
    const html = buildHtml(text);
    const contentsEnd = html.indexOf('</section>', html.indexOf('id="contents"'));
    const contents = visibleText(html.slice(html.indexOf('id="contents"'), contentsEnd));
    const body = visibleText(html.slice(contentsEnd));
    const year = /^\s*年度\s*[:：]?\s*(\d{4})/m.exec(text)?.[1] ?? '';
    const department = /^\s*部门\s*[:：]?\s*「([^」]*)」/m.exec(text)?.[1] ?? '';
    const fill = (heading: string) => heading.replaceAll('{year}', year).replaceAll('{department}', department);
    expect(missingInOrder(contents, [...layout!.contentsParts.slice(0, 2).map(fill), ...layout!.sections]), 'the contents, part 2').toBeUndefined();
    expect(missingInOrder(contents, layout!.tables), 'the contents, the tables').toBeUndefined();
    expect(missingInOrder(body, layout!.parts.map(fill)), 'the parts in the body').toBeUndefined();
    expect(missingInOrder(body, layout!.sections), 'the sections in the body').toBeUndefined();
    const tables = body.slice(body.lastIndexOf(fill(layout!.tablesPart ?? layout!.parts.at(-1)!)));
    // the pages in order, under their titles (the Sichuan seed lists them first with their ordinals; no other format does)
    expect(missingInOrder(tables, layout!.tables.map(t => t.replace(/^[一二三四五六七八九十]+、/, ''))), 'the tables').toBeUndefined();
    expect(missingInOrder(body, layout!.charts), 'the charts').toBeUndefined();
    expect((html.match(/<figure class="chart/g) ?? []).length, 'no chart beyond them').toBe(layout!.charts.length);
    const pages = [...html.matchAll(/<section class="table-page[^"]*" id="table-\d+"/g)];
    expect(pages.length, 'one page per table of the template, none beyond').toBe(layout!.tables.length);
}

describe('each example is laid out as its template prints it', () => {
    for (const example of examples()) {
        const template = templateOfSource(example.text);
        it(`${example.name} (${template})`, () => expectLaidOutAsTemplate(example.text, template));
    }
});

/** Trials of templates no example is written for yet: their transcriptions, markers taken out. */
const TRIALS = ['sichuan-2024/trial-sichuan.juesuan'];

describe('each trial is laid out as its template prints it', () => {
    for (const trial of TRIALS) {
        const text = readFileSync(path.join(ROOT, 'test', 'validation', 'cases', trial), 'utf8').replace(/[»«]/g, '');
        const template = templateOfSource(text);
        it(`${trial} (${template})`, () => expectLaidOutAsTemplate(text, template));
    }

    it('the Sichuan 2024 trial prints none of the 2020 tables the merged 三公 table replaced', () => {
        const text = readFileSync(path.join(ROOT, 'test', 'validation', 'cases', TRIALS[0]), 'utf8').replace(/[»«]/g, '');
        const printed = visibleText(buildHtml(text));
        expect(printed).not.toContain('政府性基金预算财政拨款“三公”经费支出决算表');
        expect(printed).not.toContain('一般公共预算财政拨款“三公”经费支出决算表');
        expect(printed).not.toContain('十四、');
    });
});
