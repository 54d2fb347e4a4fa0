import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { DiagnosticFixData, Fix } from '../validation/rule.js';

/**
 * Quick fixes for every rule that puts a `fix` in its diagnostic's data: the check knew the
 * text to put in (and where), so the fix never recomputes it. Keyed by `data.code`, the rule id.
 */
export class JuesuanCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const data = diagnostic.data as Partial<DiagnosticFixData> | undefined;
            if (!data?.code) continue;
            const preferred = data.fix && this.quickFix(document, diagnostic, data.fix, true);
            if (preferred) actions.push(preferred);
            for (const fix of data.alternatives ?? []) {
                const action = this.quickFix(document, diagnostic, fix, false);
                if (action) actions.push(action);
            }
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
                    [document.textDocument.uri]: [{ range: fix.range ?? diagnostic.range, newText: fix.newText }],
                },
            },
        };
    }
}
