// Names pasted with half-width brackets (部门(单位)职责, 支出决算表(一), 增长率(%)) read as the same names with full-width
// ones: each case below, the brackets of its names made half-width, has the findings it has as written and builds
// the same report, with one name-brackets hint on each line changed and none elsewhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';
import { NAME_TOKENS } from '../../src/language/syntax/half-width-brackets.js';
import { renderReportHtml } from '../../src/generation/report-html.js';
import { parseReport } from '../../src/generation/report-source.js';

const CASES = join(import.meta.dirname, 'cases');
const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);
const ALL_CHECKS = { validation: { categories: ['built-in', 'fast', 'slow'] as ('built-in' | 'fast' | 'slow')[] } };

/** Cases whose names hold full-width brackets: headings, 三公 rows, titles of a table's parts, rate columns, glossary terms. */
const FILES = [
    'national-2019/table-part-basic-tie.juesuan',
    'national-2019/real-gansu-zhangjiachuan-2021-maguan-health-centre.juesuan',
    'national-2019/real-xining-2016-primary-school-income-spending-table.juesuan',
    'national/change-rate-columns-named-otherwise.juesuan',
    'national/prose-budget-list.juesuan',
    'national/trial-chongqing-2024-park.juesuan',
];

/** The text with the brackets of its name tokens made half-width, and the lines (0-based) changed. */
function halfWidthNames(text: string): { text: string; lines: Set<number> } {
    const chars = [...text];
    const lines = new Set<number>();
    // the offsets are UTF-16 ones: the cases hold no character outside the BMP (checked)
    expect(chars.length).toBe(text.length);
    for (const token of services.parser.Lexer.tokenize(text).tokens) {
        if (!NAME_TOKENS.has(token.tokenType.name) || !/[（）]/.test(token.image)) continue;
        for (let i = token.startOffset; i < token.startOffset + token.image.length; i++) {
            if (chars[i] === '（') chars[i] = '(';
            else if (chars[i] === '）') chars[i] = ')';
        }
        // 增长率(%) is as tables print it: read, no hint
        if (/[（）]/.test(token.image.replace(/（[%％]）/g, ''))) lines.add((token.startLine ?? 1) - 1);
    }
    return { text: chars.join(''), lines };
}

const finding = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.severity} [${String(d.code)}] ${d.message}`;

describe('half-width brackets in names read as full-width ones', () => {
    for (const file of FILES) {
        it(file, async () => {
            const written = readFileSync(join(CASES, file), 'utf8').replace(/[»«]/g, '');
            const pasted = halfWidthNames(written);
            expect(pasted.text, 'the case has names with brackets').not.toBe(written);
            const before = (await parse(written, ALL_CHECKS)).diagnostics ?? [];
            const after = (await parse(pasted.text, ALL_CHECKS)).diagnostics ?? [];
            expect(before.filter(d => d.code === 'name-brackets'), 'no hint where the brackets are full-width').toEqual([]);
            expect(after.filter(d => d.code !== 'name-brackets').map(finding), 'the same findings').toEqual(before.map(finding));
            const hinted = after.filter(d => d.code === 'name-brackets').map(d => d.range.start.line);
            expect(hinted, 'one hint on each line changed').toEqual([...pasted.lines].sort((a, b) => a - b));
            expect(renderReportHtml(parseReport(pasted.text).model), 'the same report').toBe(renderReportHtml(parseReport(written).model));
        });
    }
});
