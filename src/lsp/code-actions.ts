import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic, Range } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { DiagnosticFixData, Fix } from '../validation/rule.js';

/**
 * Quick fixes for every rule that puts a `fix` in its diagnostic's data: the check knew the
 * text to put in (and where), so the fix never recomputes it. Keyed by `data.code`, the rule id.
 *
 * A finding that stands for several places is shown at the first; the editor sends it only when
 * the cursor is there, so the document's findings are searched for the other places' fixes.
 */
export class JuesuanCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        const offered = new Set<string>();
        const offer = (diagnostic: Diagnostic, fix: Fix, preferred: boolean) => {
            const action = this.quickFix(document, diagnostic, fix, preferred);
            if (!action) return;
            // a selection over several places of one finding reaches its fix for all of them twice
            const key = JSON.stringify([action.title, action.edit]);
            if (offered.has(key)) return;
            offered.add(key);
            actions.push(action);
        };
        for (const diagnostic of params.context.diagnostics) {
            const data = diagnostic.data as Partial<DiagnosticFixData> | undefined;
            if (!data?.code) continue;
            if (data.fix) offer(diagnostic, data.fix, true);
            for (const fix of data.alternatives ?? []) offer(diagnostic, fix, false);
        }
        for (const diagnostic of document.diagnostics ?? []) {
            const data = diagnostic.data as Partial<DiagnosticFixData> | undefined;
            const here = data?.fixesAt?.filter(fix => fix.range && overlaps(fix.range, params.range));
            if (!here?.length) continue;
            for (const fix of here) offer(diagnostic, fix, true);
            for (const fix of data!.alternatives ?? []) offer(diagnostic, fix, false);
        }
        return actions;
    }

    protected quickFix(document: LangiumDocument, diagnostic: Diagnostic, fix: Fix, preferred: boolean): CodeAction | undefined {
        if (typeof fix.newText !== 'string') return undefined;
        return {
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: preferred,
            edit: {
                changes: {
                    [document.textDocument.uri]: [
                        { range: fix.range ?? diagnostic.range, newText: fix.newText },
                        ...(fix.also ?? []).map(edit => ({ range: edit.range, newText: edit.newText })),
                    ],
                },
            },
        };
    }
}

/** Whether two ranges share a position (a cursor just after a figure is on it). */
function overlaps(a: Range, b: Range): boolean {
    return !before(a.end, b.start) && !before(b.end, a.start);
}

function before(a: Range['start'], b: Range['start']): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}
