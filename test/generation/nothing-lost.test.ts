// Nothing lost: every free text a report's source holds (the 「…」 texts of 部门概况, 情况说明,
// 名词解释 and 附件, a table's notes, the text attributes written on rows: 说明, 变动原因, 用途 …) is
// in the report built from it, its 【…】 references replaced by figures, for every validation case
// file and every example: a property of the generator, not of one report. And no sentence the generator writes for a
// section the report leaves out is left empty (主要用于以下方面：。) in a real or trial report.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/generation/report-html.js';
import { parseReport } from '../../src/generation/report-source.js';
import { examples } from '../examples/examples.js';
import { emptySentences, lostHeadings, lostTexts } from './source-texts.js';

const CASES = join(import.meta.dirname, '..', 'validation', 'cases');

function caseFiles(dir: string): string[] {
    return readdirSync(dir).sort().flatMap(name => {
        const file = join(dir, name);
        return statSync(file).isDirectory() ? caseFiles(file) : name.endsWith('.juesuan') ? [file] : [];
    });
}

/** The texts of a report's source its built report lacks. */
function lost(text: string): string[] {
    const { model } = parseReport(text);
    return lostTexts(model, renderReportHtml(model));
}

describe('nothing the user wrote is lost in the built report', () => {
    for (const file of caseFiles(CASES)) {
        const name = relative(CASES, file);
        it(name, () => {
            const source = readFileSync(file, 'utf8').replace(/[»«]/g, '');
            expect(lost(source), `${name}: texts of the source not in the report`).toEqual([]);
        });
    }
    for (const example of examples()) {
        it(example.name, () => expect(lost(example.text), `${example.name}: texts of the source not in the report`).toEqual([]));
    }
});

describe('every numbered heading of 情况说明 the user wrote is printed, in its order', () => {
    for (const file of caseFiles(CASES)) {
        const name = relative(CASES, file);
        it(name, () => {
            const { model } = parseReport(readFileSync(file, 'utf8').replace(/[»«]/g, ''));
            expect(lostHeadings(model, renderReportHtml(model)), `${name}: headings of the source not printed`).toEqual([]);
        });
    }
    for (const example of examples()) {
        it(example.name, () => {
            const { model } = parseReport(example.text);
            expect(lostHeadings(model, renderReportHtml(model)), `${example.name}: headings of the source not printed`).toEqual([]);
        });
    }
});

describe('no sentence the generator writes is left empty', () => {
    for (const file of caseFiles(CASES).filter(f => /[\\/](?:real|trial)-[^\\/]*$/.test(f))) {
        const name = relative(CASES, file);
        it(name, () => expect(emptySentences(parseReport(readFileSync(file, 'utf8').replace(/[»«]/g, '')).model), name).toEqual([]));
    }
});
