/**
 * Validation tests are data: each file under cases/ (and its folders) is a small report with expectations.
 *   // $RULES$ share growth              the rules this file tests; others' findings are ignored
 *   // $RULES$ *                         every rule's errors and warnings (a whole report: no false alarm)
 *   // $TEST$ error [share] "与本项 ÷ 总数"   one expectation, matched in order with the next »…« range
 *   (nest the markers, »»…««, to put two expectations on one range)
 *   // $FIX$ "改为 66.67%" → "66.67%"      after a $TEST$: its quick fix, by title and the text it puts in
 *   (one $FIX$ line per fix where it offers several, in the order they are offered)
 *   // $NOFIX$                           after a $TEST$: no quick fix may be offered
 * Every finding of the listed rules must be expected, and every expectation found, with its
 * severity, rule, range and a message containing the quoted words. Syntax errors always fail.
 *
 * A finding that offers a quick fix must say so with $FIX$: the test asks the real code-action
 * provider, applies the fix to the text, checks again, and requires the finding gone and no new
 * finding of any rule. Only a finding without a fix may leave the marker out. A finding that
 * stands for several places, shown at the first, must offer each other place's fix with the
 * cursor on that place; fixed at some places, it may stay for the rest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, TextDocument, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import type { CodeAction, Diagnostic, Position } from 'vscode-languageserver-types';
import type { DiagnosticFixData } from '../../src/validation/rule.js';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';
import { TEMPLATES } from '../../src/templates/index.js';

const CASES = join(import.meta.dirname, 'cases');
const SEVERITIES: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };
const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);
const ALL_CHECKS = { validation: { categories: ['built-in', 'fast', 'slow'] as ('built-in' | 'fast' | 'slow')[] } };

interface Expectation {
    severity: number;
    rule: string;
    message: string;
    /** The quick fixes it must offer (title and new text), in order, or null when it must offer none. */
    fix?: { title: string; newText: string }[] | null;
    start: number;
    end: number;
}

type Pending = Omit<Expectation, 'start' | 'end'>;

/** Removes the »…« markers and pairs each range with the $TEST$ comment before it, in order. */
function readCase(source: string): { text: string; rules: string[]; expectations: Expectation[] } {
    const rules = /\/\/ \$RULES\$ (.*)/.exec(source)?.[1].trim().split(/\s+/) ?? [];
    const pending: Pending[] = [];
    const expectations: Expectation[] = [];
    let text = '';
    const open: number[] = [];
    const pattern = /\/\/ \$TEST\$ (error|warning|info|hint) \[([\w-]+)\] "([^"]*)"|\/\/ \$FIX\$ "([^"]*)" → "([^"]*)"|\/\/ \$NOFIX\$|»|«/g;
    let last = 0;
    let lastTest: Pending | undefined;
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
        } else if (match[1]) {
            text += match[0];
            lastTest = { severity: SEVERITIES[match[1]], rule: match[2], message: match[3] };
            pending.push(lastTest);
        } else {
            text += match[0];
            const none = match[0].startsWith('// $NOFIX$');
            // a $FIX$ may follow another $FIX$ (a finding with several fixes); $NOFIX$ stands alone
            if (!lastTest || lastTest.fix === null || (none && lastTest.fix !== undefined)) throw new Error(`${match[0]} must follow a $TEST$ comment of its own, at ${text.length}`);
            lastTest.fix = none ? null : [...lastTest.fix ?? [], { title: match[4], newText: match[5] }];
        }
    }
    text += source.slice(last);
    if (pending.length > 0) throw new Error(`$TEST$ comments without a »…« range: ${pending.map(p => p.message).join(', ')}`);
    return { text, rules, expectations };
}

function caseFiles(dir: string): string[] {
    return readdirSync(dir).sort().flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? caseFiles(path) : name.endsWith('.juesuan') ? [path] : [];
    });
}

const ruleOf = (d: Diagnostic) => String(d.code ?? (d.data as { code?: string } | undefined)?.code ?? '');
/**
 * A finding where it starts, by line (a fix may move what follows it on its line), and, for an error
 * or warning, the rows its message names (「表一 › 收入 › 本年收入合计 增加」: 表一 › 收入 › 本年收入合计):
 * a finding left on the line that now speaks of another row is a new reading, not the one there
 * before (a list's second figure put right, the changes after it read as the other side's). The
 * words after a row (its column, 决算数, once a reference names it) and a hint's words may change.
 */
const findingKey = (d: Diagnostic) => `${d.severity} [${ruleOf(d)}] line ${d.range.start.line + 1}`
    + ((d.severity ?? 1) <= 2 ? ` ${[...d.message.matchAll(/「([^」]*)」/g)].map(m => rowOfPath(m[1])).join(' ')}` : '');

/** The row a path of a message names: its last segment's first word (a code, or the name). */
function rowOfPath(path: string): string {
    const segments = path.split(' › ');
    return [...segments.slice(0, -1), segments.at(-1)!.split(' ')[0]].join(' › ');
}

/** The quick fixes offered for the finding's range, or (the editor sends no finding there) with the cursor at `cursor`. */
async function quickFixes(document: LangiumDocument, diagnostic: Diagnostic, cursor?: Position): Promise<CodeAction[]> {
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri },
        range: cursor ? { start: cursor, end: cursor } : diagnostic.range,
        context: { diagnostics: cursor ? [] : [diagnostic] },
    }) ?? [];
    // those of this finding: others at the same place are theirs to test
    const same = (d: Diagnostic) => d.message === diagnostic.message && JSON.stringify(d.range) === JSON.stringify(diagnostic.range);
    return actions.filter((a): a is CodeAction => ('kind' in a || 'edit' in a) && (a as CodeAction).diagnostics?.some(same) === true);
}

/**
 * Applies the fix to the text, checks it again: the finding is gone and nothing new is found
 * among the findings the case counts (a `$RULES$ *` case counts errors and warnings, not hints).
 */
async function expectFixed(document: LangiumDocument, diagnostic: Diagnostic, action: CodeAction, counted: (d: Diagnostic) => boolean): Promise<void> {
    const edits = action.edit?.changes?.[document.textDocument.uri] ?? [];
    expect(edits.length, `the fix “${action.title}” edits the document`).toBeGreaterThan(0);
    const fixed = TextDocument.applyEdits(document.textDocument, edits);
    const after = await parse(fixed, ALL_CHECKS);
    // a finding before the fix, keyed by the line it stands on after it (a fix may join lines);
    // text put in where a finding starts becomes part of what it marks
    const keyAfter = (d: Diagnostic) => {
        const offset = document.textDocument.offsetAt(d.range.start);
        const spans = edits.map(e => ({ start: document.textDocument.offsetAt(e.range.start), end: document.textDocument.offsetAt(e.range.end), added: e.newText.length }));
        const shift = spans.filter(e => e.end < offset || (e.end === offset && e.start < e.end))
            .reduce((sum, e) => sum + e.added - (e.end - e.start), 0);
        return findingKey({ ...d, range: { start: after.textDocument.positionAt(offset + shift), end: after.textDocument.positionAt(offset + shift) } });
    };
    const left = new Map<string, number>();
    for (const d of (document.diagnostics ?? []).filter(counted)) left.set(keyAfter(d), (left.get(keyAfter(d)) ?? 0) + 1);
    left.set(keyAfter(diagnostic), left.get(keyAfter(diagnostic))! - 1);
    // a finding that stands for several places (its related places), fixed at some of them, stays
    // for the rest: shown at the first place the fix left alone
    const places = diagnostic.relatedInformation?.map(info => info.location.range) ?? [];
    const leftAlone = places.find(place => !edits.some(edit => document.textDocument.offsetAt(edit.range.start) === document.textDocument.offsetAt(place.start)));
    if (leftAlone) {
        const remainder = keyAfter({ ...diagnostic, range: leftAlone });
        left.set(remainder, (left.get(remainder) ?? 0) + 1);
    }
    const unexplained: string[] = [];
    for (const d of (after.diagnostics ?? []).filter(counted)) {
        const count = left.get(findingKey(d)) ?? 0;
        if (count > 0) left.set(findingKey(d), count - 1);
        else unexplained.push(`${findingKey(d)}: ${d.message}`);
    }
    expect(unexplained, `after “${action.title}”, the finding is gone and no other appears`).toEqual([]);
}

describe('validation cases', () => {
    const files = caseFiles(CASES);
    it('has cases for every template', () => {
        for (const template of TEMPLATES) expect(files.filter(f => dirname(relative(CASES, f)) === template.id).length, template.id).toBeGreaterThan(0);
    });
    it('has cases', () => expect(files.length).toBeGreaterThan(10));
    for (const file of files) {
        it(relative(CASES, file), async () => {
            const { text, rules, expectations } = readCase(readFileSync(file, 'utf8'));
            expect(rules.length, 'a case names the rules it tests with // $RULES$').toBeGreaterThan(0);
            const document = await parse(text, ALL_CHECKS);
            // cases/<template id>/ holds the cases of one template: each is checked against that template
            const folder = dirname(relative(CASES, file));
            if (folder !== '.') expect(services.model.ReportModels.get(document).template.id, 'the template of the case').toBe(folder);
            const diagnostics = document.diagnostics ?? [];
            const syntax = diagnostics.filter(d => ['lexing-error', 'parsing-error'].includes((d.data as { code?: string } | undefined)?.code ?? ''));
            expect(syntax.map(d => d.message), 'syntax errors').toEqual([]);
            const offsets = (d: Diagnostic) => [document.textDocument.offsetAt(d.range.start), document.textDocument.offsetAt(d.range.end)];
            const counted = (d: Diagnostic) => !rules.includes('*') || (d.severity ?? 1) <= 2;
            const actual = rules.includes('*') ? diagnostics.filter(d => !syntax.includes(d) && counted(d))
                : diagnostics.filter(d => rules.includes(String(d.code)));
            const describe = (d: Diagnostic) => `${d.severity} [${d.code}] ${offsets(d).join('-')} ${d.message}`;
            const unmatched = [...actual];
            const matched: { expected: Expectation; diagnostic: Diagnostic }[] = [];
            for (const expected of expectations) {
                const index = unmatched.findIndex(d => d.severity === expected.severity && d.code === expected.rule
                    && offsets(d)[0] === expected.start && offsets(d)[1] === expected.end && d.message.includes(expected.message));
                expect(index, `expected ${expected.severity} [${expected.rule}] at ${expected.start}-${expected.end} “${expected.message}”; found:\n${actual.map(describe).join('\n')}`).toBeGreaterThanOrEqual(0);
                matched.push({ expected, diagnostic: unmatched.splice(index, 1)[0] });
            }
            expect(unmatched.map(describe), 'findings nobody expected').toEqual([]);

            for (const { expected, diagnostic } of matched) {
                const actions = await quickFixes(document, diagnostic);
                const offered = actions.map(a => `“${a.title}” → “${a.edit?.changes?.[document.textDocument.uri]?.map(e => e.newText).join('|')}”`);
                const what = `[${expected.rule}] “${expected.message}”`;
                if (expected.fix === undefined) {
                    expect(offered, `${what} offers a quick fix: state it with // $FIX$ "title" → "new text" after its $TEST$`).toEqual([]);
                } else if (expected.fix === null) {
                    expect(offered, `${what} must offer no quick fix`).toEqual([]);
                } else {
                    expect(offered, `${what}: its quick fixes`).toEqual(expected.fix.map(f => `“${f.title}” → “${f.newText}”`));
                    for (const action of actions) await expectFixed(document, diagnostic, action, counted);
                }
                // the other places of a finding shown at the first: with the cursor on one (the
                // editor then sends no finding), its own fix comes first, then the finding's others
                const data = diagnostic.data as DiagnosticFixData | undefined;
                for (const place of data?.fixesAt ?? []) {
                    const here = await quickFixes(document, diagnostic, place.range!.start);
                    const titles = here.map(a => a.title);
                    expect(titles, `${what}: the fixes with the cursor on ${document.textDocument.getText(place.range)}`)
                        .toEqual([place.title, ...(data!.alternatives ?? []).map(f => f.title)]);
                    expect(here[0].edit?.changes?.[document.textDocument.uri], `${what}: the fix of ${document.textDocument.getText(place.range)}`)
                        .toEqual([{ range: place.range, newText: place.newText }]);
                    await expectFixed(document, diagnostic, here[0], counted);
                }
            }
        });
    }
});
