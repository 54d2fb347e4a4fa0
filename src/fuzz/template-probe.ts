// The wrong-template probe (`node scripts/template-probe.mjs [--list] [FILTER…]`): every trial and real case
// (test/validation/cases) is checked as written, then once tagged `模板 「…」` with each other template. For each pair
// (the template the case is checked against × the one it is tagged with) it counts, among cases of three tables or more
// (fewer cannot tell formats apart), those whose tag draws the mismatch error, those whose tag names its province's format
// of other years and is said so once (the year's format checked), those left with a table warning (a missing table, a
// title or number to mend: the quiet way of saying the tag is wrong), those whose tables are read as the same tables
// either way and whose only new findings are the tagged template's list of what the report lacks where its own template
// lists it too (harmless: nothing tells the tag wrong), those with only other new findings, and those with none. Every
// error and warning the tag adds besides its one message (mismatch, other year) is counted too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Report } from '../language/generated/ast.js';
import { createJuesuanServices } from '../language/juesuan-module.js';
import { buildReportModel } from '../model/report-model.js';
import { TEMPLATES } from '../templates/index.js';

type Outcome = 'mismatch' | 'other year' | 'table warning' | 'harmless' | 'other' | 'nothing';
const OUTCOMES: readonly Outcome[] = ['mismatch', 'other year', 'table warning', 'harmless', 'other', 'nothing'];
const NONE: Readonly<Record<Outcome, number> & { more: number }> = { mismatch: 0, 'other year': 0, 'table warning': 0, harmless: 0, other: 0, nothing: 0, more: 0 };
/** Fewer tables than this fit several formats alike. */
const TELLING_TABLES = 3;

const shared = createJuesuanServices({ ...NodeFileSystem }).shared;
let checked = 0;

interface Checked {
    readonly diagnostics: Diagnostic[];
    readonly template: string;
    readonly how: string;
    readonly tables: number;
    /** The role each table is read as, in print order (none for a table of the report's own). */
    readonly roles: string;
}

async function check(text: string): Promise<Checked> {
    const uri = URI.file(path.join(process.cwd(), 'test-results', 'probe', `template-${checked++}.juesuan`));
    const workspace = shared.workspace;
    const document = workspace.LangiumDocumentFactory.fromString(text, uri);
    workspace.LangiumDocuments.addDocument(document);
    try {
        await workspace.DocumentBuilder.build([document], { validation: { categories: ['built-in', 'fast', 'slow'] } });
        const model = buildReportModel(document.parseResult.value as Report);
        const roles = [...model.tables.values()].sort((a, b) => a.node.$cstNode!.offset - b.node.$cstNode!.offset).map(t => t.template?.role ?? '-').join(' ');
        return { diagnostics: document.diagnostics ?? [], template: model.template.id, how: model.templateChoice.how, tables: model.tableLabels.size, roles };
    } finally {
        await workspace.DocumentBuilder.update([], [uri]);
    }
}

const ruleOf = (d: Diagnostic) => String(d.code ?? (d.data as { code?: string } | undefined)?.code ?? '');
const keyOf = (d: Diagnostic) => `${ruleOf(d)}|${d.severity}|${d.message}`;
/** A table-shape finding, or completeness naming a table (报告缺少附表5…, not 报告缺少 部门概况). */
const isTableWarning = (d: Diagnostic) => ruleOf(d) === 'table-shape' || (ruleOf(d) === 'completeness' && /^报告缺少[^ ]/.test(d.message));

/** The errors and warnings of `after` that `before` has not. */
function added(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
    const left = new Map<string, number>();
    for (const d of before) left.set(keyOf(d), (left.get(keyOf(d)) ?? 0) + 1);
    return after.filter(d => {
        if ((d.severity ?? 1) > 2) return false;
        const count = left.get(keyOf(d)) ?? 0;
        left.set(keyOf(d), count - 1);
        return count <= 0;
    });
}

/** A completeness finding of what the report lacks: its tables (报告缺少附表5…) or its parts (报告缺少 部门概况). */
const lackOf = (d: Diagnostic) => (ruleOf(d) === 'completeness' ? /^报告缺少(?: |(?! ))/.exec(d.message)?.[0] : undefined);

function outcomeOf(own: Checked, tagged: Checked, findings: readonly Diagnostic[]): Outcome {
    if (findings.some(d => ruleOf(d) === 'template' && d.severity === 1)) return 'mismatch';
    if (tagged.how === 'other-year') return 'other year';
    // the tables read as the same tables, and the report lacking tables (or parts) under either template: only the list differs
    const lacks = new Set(own.diagnostics.filter(d => (d.severity ?? 1) <= 2).map(lackOf));
    if (findings.length > 0 && tagged.roles === own.roles && findings.every(d => lackOf(d) !== undefined && lacks.has(lackOf(d)))) return 'harmless';
    if (findings.some(isTableWarning)) return 'table warning';
    return findings.length > 0 ? 'other' : 'nothing';
}

function caseFiles(dir: string): string[] {
    return readdirSync(dir).sort().flatMap(name => {
        const file = path.join(dir, name);
        return statSync(file).isDirectory() ? caseFiles(file) : /^(trial|real)-.*\.juesuan$/.test(name) ? [file] : [];
    });
}

/** The text with its `模板` line naming `name`, or one put first. */
function tagged(text: string, name: string): string {
    const line = `模板 「${name}」`;
    return /^模板 .*$/m.test(text) ? text.replace(/^模板 .*$/m, line) : `${line}\n${text}`;
}

async function main(): Promise<void> {
    const args = process.argv.slice(2);
    const list = args.includes('--list');
    const filters = args.filter(a => !a.startsWith('--'));
    const root = process.cwd();
    const files = caseFiles(path.join(root, 'test', 'validation', 'cases')).filter(f => filters.length === 0 || filters.some(s => f.includes(s)));
    const counts = new Map<string, Record<Outcome, number> & { more: number }>();
    for (const file of files) {
        const text = readFileSync(file, 'utf8').replace(/[»«]/g, '');
        const own = await check(text);
        if (own.tables < TELLING_TABLES) continue;
        for (const template of TEMPLATES.filter(t => t.id !== own.template)) {
            const result = await check(tagged(text, template.shortName));
            const findings = added(own.diagnostics, result.diagnostics);
            const outcome = outcomeOf(own, result, findings);
            const pair = `${own.template} × ${template.id}`;
            const count = counts.get(pair) ?? { ...NONE };
            count[outcome]++;
            if (outcome === 'mismatch' || outcome === 'other year') count.more += findings.length - 1;
            counts.set(pair, count);
            if (list && outcome !== 'mismatch') {
                console.log(`${path.relative(root, file)} tagged ${template.id}: ${outcome}${findings.map(d => `\n  [${ruleOf(d)}] ${d.message.slice(0, 100)}`).join('')}`);
            }
        }
    }
    const total: Record<Outcome, number> & { more: number } = { ...NONE };
    for (const [pair, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
        console.log(`${pair}: ${OUTCOMES.map(o => `${o} ${count[o]}`).join(', ')}; findings besides the one message ${count.more}`);
        for (const o of OUTCOMES) total[o] += count[o];
        total.more += count.more;
    }
    console.log(`all (cases of ${TELLING_TABLES} tables or more): ${OUTCOMES.map(o => `${o} ${total[o]}`).join(', ')}; findings besides the one message ${total.more}`);
}

void main();
