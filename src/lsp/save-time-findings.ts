// The checks of category 'slow' (comparing the officer's words with the figures) run when a
// report is saved, not on every keystroke. Langium's builder replaces a document's diagnostics
// with those of each build, so the next keystroke after a save used to wipe their findings within
// a second. This service keeps them: after a build that ran the slow checks it remembers their
// findings; after a build that did not, it puts back those that no edit touched, moved with the
// text. The next save computes them afresh.
import type { LangiumDocument } from 'langium';
import { DocumentState } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { Report } from '../language/generated/ast.js';
import type { JuesuanServices } from '../language/juesuan-module.js';
import type { DiagnosticFixData, Fix } from '../validation/rule.js';
import { RULES } from '../validation/rules/index.js';

/**
 * A finding and where it stands, as offsets into the text it was found in: each of its ranges
 * (where it is shown, its related places in the document, the places its fixes edit) in the order
 * `withRanges` visits them.
 */
interface Kept {
    readonly diagnostic: Diagnostic;
    readonly ranges: readonly (readonly [number, number])[];
}

/** From the start of a finding's first range to the end of its last. */
export function span(finding: Kept): [number, number] {
    return [Math.min(...finding.ranges.map(r => r[0])), Math.max(...finding.ranges.map(r => r[1]))];
}

interface KeptForDocument {
    /** The text the offsets refer to. */
    text: string;
    findings: Kept[];
    /** The copies put back into the document's diagnostics by the last build. */
    restored: ReadonlySet<Diagnostic>;
}

export class SaveTimeFindings {
    private readonly kept = new Map<string, KeptForDocument>();
    /** Documents whose build running now includes the slow checks, with the text they check. */
    private readonly slowRunning = new Map<string, string>();
    private readonly slowRules = new Set<string>(RULES.filter(rule => rule.category === 'slow').map(rule => rule.id));

    constructor(services: JuesuanServices) {
        // a check of its own in the slow category marks the builds that run it
        services.validation.ValidationRegistry.register({
            Report: (report: Report) => {
                const document = report.$document;
                if (document) this.slowRunning.set(document.uri.toString(), document.textDocument.getText());
            },
        }, this, 'slow');
        const builder = services.shared.workspace.DocumentBuilder;
        // registered before the language server's own listener, which publishes the diagnostics
        builder.onDocumentPhase(DocumentState.Validated, document => this.validated(document));
        builder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) this.kept.delete(uri.toString());
        });
    }

    private validated(document: LangiumDocument): void {
        const uri = document.uri.toString();
        const text = document.textDocument.getText();
        const kept = this.kept.get(uri);
        // a mark left by a build that was cancelled before its end speaks of another text
        const slowChecked = this.slowRunning.get(uri) === text;
        this.slowRunning.delete(uri);
        if (slowChecked) {
            // the slow checks ran: their new findings replace what was kept
            const diagnostics = (document.diagnostics ?? []).filter(d => !kept?.restored.has(d));
            document.diagnostics = diagnostics;
            const findings = diagnostics.filter(d => this.slowRules.has(String(d.code))).map(diagnostic => {
                const ranges: (readonly [number, number])[] = [];
                withRanges(diagnostic, uri, range => {
                    ranges.push([document.textDocument.offsetAt(range.start), document.textDocument.offsetAt(range.end)]);
                    return range;
                });
                return { diagnostic, ranges };
            });
            if (findings.length > 0) this.kept.set(uri, { text, findings, restored: new Set() });
            else this.kept.delete(uri);
            return;
        }
        if (!kept) return;
        kept.findings = shifted(kept.findings, kept.text, text);
        kept.text = text;
        if (kept.findings.length === 0) {
            this.kept.delete(uri);
            return;
        }
        const restored = kept.findings.map(({ diagnostic, ranges }) => {
            let next = 0;
            return withRanges(diagnostic, uri, () => {
                const [start, end] = ranges[next++];
                return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
            });
        });
        kept.restored = new Set(restored);
        document.diagnostics = [...(document.diagnostics ?? []), ...restored];
    }
}

/**
 * A copy of a finding with each of its ranges in this document replaced by `map`'s: where it is
 * shown, its related places, the places its fixes edit; always in this order.
 */
function withRanges(diagnostic: Diagnostic, uri: string, map: (range: Range) => Range): Diagnostic {
    const range = map(diagnostic.range);
    const relatedInformation = diagnostic.relatedInformation?.map(info =>
        info.location.uri === uri ? { ...info, location: { ...info.location, range: map(info.location.range) } } : info);
    const data = diagnostic.data as Partial<DiagnosticFixData> | undefined;
    const mapFix = (fix: Fix): Fix => ({
        ...fix,
        range: fix.range && map(fix.range),
        also: fix.also?.map(edit => ({ ...edit, range: map(edit.range) })),
    });
    const mapped = data && {
        ...data,
        fix: data.fix && mapFix(data.fix),
        alternatives: data.alternatives?.map(mapFix),
        fixesAt: data.fixesAt?.map(mapFix),
    };
    return { ...diagnostic, range, relatedInformation, data: mapped };
}

/**
 * The findings still standing after the text changed from `before` to `after`: the change is the
 * span between their common beginning and common end; a finding that the change touches anywhere
 * in the span of its ranges is dropped (its words changed), one after it moves by the change's length.
 */
export function shifted(findings: readonly Kept[], before: string, after: string): Kept[] {
    if (before === after) return [...findings];
    const shortest = Math.min(before.length, after.length);
    let prefix = 0;
    while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
    const changedEnd = before.length - suffix;
    const delta = after.length - before.length;
    const standing: Kept[] = [];
    for (const finding of findings) {
        const [start, end] = span(finding);
        if (end < prefix) standing.push(finding);
        else if (start > changedEnd) standing.push({ ...finding, ranges: finding.ranges.map(([from, to]) => [from + delta, to + delta] as const) });
    }
    return standing;
}
