/**
 * Mutation lists: for each example, every figure found in its source text (surface.ts, not the
 * model under test) is raised by one unit of its own (1 万元, 1 percentage point, one person) —
 * far beyond rounding — and the example checked again. What the checks newly report is compared
 * with `examples/NAME.mutations.txt`, reviewed by hand, one figure a line:
 *
 *     line:col  context ‹figure›  → rule rule:warning …
 *     line:col  context ‹figure›  → none: why no relation constrains this figure
 *
 * A rule stands for a new error of that rule, `rule:warning` / `rule:info` for a new warning or
 * info, `×N` for N of them (hints are left out: they say a relation holds). Dropping a relation,
 * or a check that stops reporting, turns a line's rules into fewer rules or none, and the test
 * fails. `npm run test:pin` rewrites the lists, keeping the reasons already written; a new
 * unconstrained figure gets "none: ?" and fails until a person writes why.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Checker, Example } from './examples.js';
import { ruleOf, severityName } from './examples.js';
import { raised, type SurfaceFigure } from './surface.js';

const UNREVIEWED = '?';
const NONE = 'none: ';

export const MUTATIONS_HEADER = [
    '# Each figure of the example beside this file raised by one unit (1 万元, 1%, one person), alone,',
    '# and what the checks then newly report: a rule is a new error, rule:warning / rule:info a new',
    '# warning / info, ×N for N of them; "none: " says why no relation constrains the figure.',
    '# See test/examples/mutations.ts. Rewritten by `npm run test:pin` (reasons kept): review the diff,',
    '# write the reason of each "none: ?".',
];

export function mutationsFile(exampleFile: string): string {
    return exampleFile.replace(/\.juesuan$/, '.mutations.txt');
}

/**
 * What the checks newly report once the figure is raised: `rule`, `rule:warning`, `rule:info`,
 * with `×N` where one change drew N findings of a rule (one mistake should draw one finding).
 */
export async function mutationOutcome(checker: Checker, example: Example, baseline: readonly Diagnostic[], figure: SurfaceFigure): Promise<string[]> {
    const replacement = raised(figure);
    const text = example.text.slice(0, figure.offset) + replacement + example.text.slice(figure.offset + figure.written.length);
    const shift = replacement.length - figure.written.length;
    const key = (d: Diagnostic, unshift: boolean) => {
        const { line, character } = d.range.start;
        const moved = unshift && line === figure.line - 1 && character > figure.column - 1;
        return `${ruleOf(d)}|${severityName(d)}|${line}|${moved ? character - shift : character}`;
    };
    const before = new Map<string, number>();
    for (const d of baseline) before.set(key(d, false), (before.get(key(d, false)) ?? 0) + 1);
    const outcome = new Map<string, number>();
    for (const d of await checker.check(text, `${example.name}-mutated`)) {
        if (severityName(d) === 'hint') continue;
        const k = key(d, true);
        const left = before.get(k) ?? 0;
        if (left > 0) {
            before.set(k, left - 1);
            continue;
        }
        const name = severityName(d) === 'error' ? ruleOf(d) : `${ruleOf(d)}:${severityName(d)}`;
        outcome.set(name, (outcome.get(name) ?? 0) + 1);
    }
    return [...outcome].sort(([a], [b]) => a.localeCompare(b)).map(([name, count]) => (count > 1 ? `${name}×${count}` : name));
}

/** A figure's place and what a reader needs to find it: `412:28  2010301 行政运行 ‹298.18›`. */
export function figureLabel(figure: SurfaceFigure): string {
    const before = figure.before.length > 34 ? `${figure.before.slice(0, 14)}…${figure.before.slice(-18)}` : figure.before;
    return `${figure.line}:${figure.column}  ${before} ‹${figure.written}›`.replace(/ +‹/, ' ‹');
}

export interface MutationLine {
    readonly label: string;
    readonly expectation: string;
}

export function parseMutations(text: string): MutationLine[] {
    return text.split('\n').filter(l => l.trim() && !l.startsWith('#')).map(line => {
        const at = line.lastIndexOf('  → ');
        return at < 0 ? { label: line, expectation: '' } : { label: line.slice(0, at), expectation: line.slice(at + 4) };
    });
}

export function formatMutation(line: MutationLine): string {
    return `${line.label}  → ${line.expectation}`;
}

/** The label without its position: what stays when lines above are added or removed. */
function contextOf(label: string): string {
    return label.replace(/^\d+:\d+ +/, '');
}

/**
 * The outcome as a list line; an unconstrained figure keeps the reason written for it before,
 * found by its position, else (the example changed above it) by its context.
 */
export function expectationLines(labels: readonly string[], outcomes: readonly string[][], previous: readonly MutationLine[]): MutationLine[] {
    const byLabel = new Map(previous.map(p => [p.label, p.expectation]));
    const byContext = new Map<string, string[]>();
    for (const p of previous) {
        const list = byContext.get(contextOf(p.label)) ?? [];
        list.push(p.expectation);
        byContext.set(contextOf(p.label), list);
    }
    return labels.map((label, i) => {
        if (outcomes[i].length > 0) return { label, expectation: outcomes[i].join(' ') };
        const old = [byLabel.get(label), ...(byContext.get(contextOf(label)) ?? [])].find(e => e?.startsWith(NONE));
        return { label, expectation: old ?? `${NONE}${UNREVIEWED}` };
    });
}

export function isUnreviewed(line: MutationLine): boolean {
    return line.expectation === `${NONE}${UNREVIEWED}` || line.expectation.trim() === NONE.trim();
}
