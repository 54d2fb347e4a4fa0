/**
 * Validation tests are data: each file under cases/ is a small report with expectations.
 *   // $RULES$ share growth              the rules this file tests; others' findings are ignored
 *   // $TEST$ error [share] "与本项 ÷ 总数"   one expectation, matched in order with the next »…« range
 *   (nest the markers, »»…««, to put two expectations on one range)
 * Every finding of the listed rules must be expected, and every expectation found, with its
 * severity, rule, range and a message containing the quoted words. Syntax errors always fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';
import { TEMPLATES } from '../../src/templates/index.js';

const CASES = join(import.meta.dirname, 'cases');
const SEVERITIES: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };
const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);

interface Expectation {
    severity: number;
    rule: string;
    message: string;
    start: number;
    end: number;
}

/** Removes the »…« markers and pairs each range with the $TEST$ comment before it, in order. */
function readCase(source: string): { text: string; rules: string[]; expectations: Expectation[] } {
    const rules = /\/\/ \$RULES\$ (.*)/.exec(source)?.[1].trim().split(/\s+/) ?? [];
    const pending: Omit<Expectation, 'start' | 'end'>[] = [];
    const expectations: Expectation[] = [];
    let text = '';
    const open: number[] = [];
    const pattern = /\/\/ \$TEST\$ (error|warning|info|hint) \[([\w-]+)\] "([^"]*)"|»|«/g;
    let last = 0;
    for (const match of source.matchAll(pattern)) {
        text += source.slice(last, match.index);
        last = match.index + match[0].length;
        if (match[0] === '»') {
            open.push(text.length);
        } else if (match[0] === '«') {
            const start = open.pop();
            const next = pending.shift();
            if (start === undefined || !next) throw new Error(`a »…« range without a $TEST$ comment before it, at ${text.length}`);
            expectations.push({ ...next, start, end: text.length });
        } else {
            text += match[0];
            pending.push({ severity: SEVERITIES[match[1]], rule: match[2], message: match[3] });
        }
    }
    text += source.slice(last);
    if (pending.length > 0) throw new Error(`$TEST$ comments without a »…« range: ${pending.map(p => p.message).join(', ')}`);
    return { text, rules, expectations };
}

describe('validation cases', () => {
    // cases/<template id>/ holds the cases of one template: each is checked against that template
    const files = readdirSync(CASES, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.juesuan')).sort();
    it('has cases', () => expect(files.length).toBeGreaterThan(10));
    it('has cases for every template', () => {
        for (const template of TEMPLATES) expect(files.filter(f => dirname(f) === template.id).length, template.id).toBeGreaterThan(0);
    });
    for (const file of files) {
        it(file, async () => {
            const { text, rules, expectations } = readCase(readFileSync(join(CASES, file), 'utf8'));
            expect(rules.length, 'a case names the rules it tests with // $RULES$').toBeGreaterThan(0);
            const document = await parse(text, { validation: { categories: ['built-in', 'fast', 'slow'] } });
            if (dirname(file) !== '.') expect(services.model.ReportModels.get(document).template.id, 'the template of the case').toBe(dirname(file));
            const diagnostics = document.diagnostics ?? [];
            const syntax = diagnostics.filter(d => ['lexing-error', 'parsing-error'].includes((d.data as { code?: string } | undefined)?.code ?? ''));
            expect(syntax.map(d => d.message), 'syntax errors').toEqual([]);
            const offsets = (d: Diagnostic) => [document.textDocument.offsetAt(d.range.start), document.textDocument.offsetAt(d.range.end)];
            const actual = diagnostics.filter(d => rules.includes(String(d.code)));
            const describe = (d: Diagnostic) => `${d.severity} [${d.code}] ${offsets(d).join('-')} ${d.message}`;
            const unmatched = [...actual];
            for (const expected of expectations) {
                const index = unmatched.findIndex(d => d.severity === expected.severity && d.code === expected.rule
                    && offsets(d)[0] === expected.start && offsets(d)[1] === expected.end && d.message.includes(expected.message));
                expect(index, `expected ${expected.severity} [${expected.rule}] at ${expected.start}-${expected.end} “${expected.message}”; found:\n${actual.map(describe).join('\n')}`).toBeGreaterThanOrEqual(0);
                unmatched.splice(index, 1);
            }
            expect(unmatched.map(describe), 'findings nobody expected').toEqual([]);
        });
    }
});
