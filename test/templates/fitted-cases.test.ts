// A report without its 模板 line is checked against the template it was written for: every real and
// trial transcription of each template's cases, its 模板 line taken out, is fitted to its own template
// (by its tables, the department's province or city, and its year), save the few where nothing in the
// text tells, listed with why.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';
import { buildReportModel } from '../../src/model/report-model.js';
import { templateById } from '../../src/templates/index.js';

const CASES = join(import.meta.dirname, '..', 'validation', 'cases');

/** Cases nothing in whose text tells their template, or told apart by one table: fitted elsewhere, and said so in the warning. */
const UNTOLD = new Map([
    // a prose page of a 大英县 unit: 四川 is named nowhere, and there are no tables
    ['sichuan-2024/real-dayi-2022-party-school-performance-glossary.juesuan', 'national'],
    // a prose page of a 大英县 township (its 一般公共预算 items): 四川 named nowhere, no tables
    ['sichuan-2024/real-daying-2022-township-general-budget-items.juesuan', 'national'],
    // one project self-evaluation form each, of a 大英县 and a 青神县 department: 四川 is named nowhere, and the form is
    // no table of the report's set that tells a template
    ['sichuan-2024/real-daying-2023-justice-project-self-evaluation.juesuan', 'national'],
    ['sichuan-2024/real-qingshen-2023-development-reform-project-self-evaluation.juesuan', 'national'],
]);

const cases = readdirSync(CASES, { withFileTypes: true }).filter(d => d.isDirectory() && templateById(d.name)).flatMap(dir =>
    readdirSync(join(CASES, dir.name)).filter(name => /^(?:real|trial)-.*\.juesuan$/.test(name)).map(name => `${dir.name}/${name}`)).sort();

const parser = createJuesuanServices(EmptyFileSystem).Juesuan.parser.LangiumParser;

describe('a report without 模板 is fitted to the template it was written for', () => {
    it.each(cases)('%s', file => {
        // the case's »…« markers are no report text
        const text = readFileSync(join(CASES, file), 'utf8').replace(/[»«]/g, '').replace(/^模板[ \t].*$/m, '');
        const model = buildReportModel(parser.parse<Report>(text).value);
        expect(model.templateChoice.how).toBe('fitted');
        expect(model.template.id).toBe(UNTOLD.get(file) ?? file.split('/')[0]);
    });
});
