// Checks one report at a time with the services the language server uses, on whichever thread
// runs it: reads the file itself, checks it, applies the safe fixes when asked (re-checking after
// each round), and lets the report go before the next, so that a thread holds one report at most.
import { TextDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createJuesuanCoreServices } from '../language/juesuan-core-module.js';
import { sortDiagnostics, toCliDiagnostic, type CliDiagnostic } from './diagnostics-format.js';
import { describeFileError, readUtf8Sync } from './files.js';

export type FixMode = 'none' | 'write' | 'dry-run';

export interface CheckTask {
    readonly given: string;
    readonly absolute: string;
    readonly maxBytes: number;
    readonly fix: FixMode;
}

export interface CheckResult {
    readonly given: string;
    readonly absolute: string;
    /** The findings (of the fixed text, when fixes were applied). */
    readonly diagnostics: CliDiagnostic[];
    /** Why the file could not be read. */
    readonly error?: string;
    /** With fixes applied: the new text (for `--fix` to write) and how many edits it took. */
    readonly fixed?: { readonly text: string; readonly original: string; readonly edits: number };
    /** With `--fix-dry-run`: the unified diff of the fixes. */
    readonly diff?: string;
}

/** Rounds of fixing before giving up on fixes that keep making new findings. */
export const MAX_FIX_ROUNDS = 10;

interface Edit {
    readonly start: number;
    readonly end: number;
    readonly newText: string;
}

export class ReportChecker {
    private services?: ReturnType<typeof createJuesuanCoreServices>;

    async check(task: CheckTask): Promise<CheckResult> {
        const { given, absolute } = task;
        let original: string;
        try {
            original = readUtf8Sync(absolute, { maxBytes: task.maxBytes });
        } catch (err) {
            return { given, absolute, diagnostics: [], error: describeFileError(err) };
        }
        let text = original;
        let { diagnostics, edits } = await this.diagnose(given, absolute, text);
        let applied = 0;
        for (let round = 0; task.fix !== 'none' && round < MAX_FIX_ROUNDS; round++) {
            const current = text;
            const chosen = nonOverlapping(edits.filter(e => current.slice(e.start, e.end) !== e.newText));
            if (chosen.length === 0) break;
            text = applyEdits(text, chosen);
            applied += chosen.length;
            ({ diagnostics, edits } = await this.diagnose(given, absolute, text));
        }
        if (applied === 0) return { given, absolute, diagnostics };
        if (task.fix === 'dry-run') {
            const name = given.split('\\').join('/');
            const { createTwoFilesPatch } = await import('diff');
            return { given, absolute, diagnostics, diff: createTwoFilesPatch(`a/${name}`, `b/${name}`, original, text, undefined, undefined, { context: 3 }) };
        }
        return { given, absolute, diagnostics, fixed: { text, original, edits: applied } };
    }

    /** The findings of `text`, and the edits of their safe fixes (as offsets into it). */
    private async diagnose(given: string, absolute: string, text: string): Promise<{ diagnostics: CliDiagnostic[]; edits: Edit[] }> {
        this.services ??= createJuesuanCoreServices({ ...NodeFileSystem });
        const { shared, Juesuan } = this.services;
        const uri = URI.file(absolute);
        // Registered as an open editor document of this language, so that a file whose name
        // does not end in .juesuan is still checked as one (the registry asks for its languageId).
        const textDocument = TextDocument.create(uri.toString(), Juesuan.LanguageMetaData.languageId, 0, text);
        shared.workspace.TextDocuments.set(textDocument);
        try {
            const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocument, uri);
            shared.workspace.LangiumDocuments.addDocument(document);
            await shared.workspace.DocumentBuilder.build([document], { validation: true });
            const diagnostics = sortDiagnostics((document.diagnostics ?? []).map(d => toCliDiagnostic(given, d)));
            const edits = diagnostics.filter(d => d.fix?.safe).map(({ fix }) => ({
                start: textDocument.offsetAt({ line: fix!.start.line - 1, character: fix!.start.column - 1 }),
                end: textDocument.offsetAt({ line: fix!.end.line - 1, character: fix!.end.column - 1 }),
                newText: fix!.newText,
            }));
            return { diagnostics, edits };
        } finally {
            shared.workspace.TextDocuments.delete(uri);
            // through the builder, so that the caches of the report (its model) are emptied too
            await shared.workspace.DocumentBuilder.update([], [uri]);
        }
    }
}

/** The edits in order of position; of two that overlap, the first is kept (the next round sees the other again). */
function nonOverlapping(edits: readonly Edit[]): Edit[] {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const chosen: Edit[] = [];
    for (const edit of sorted) {
        const last = chosen[chosen.length - 1];
        if (last && edit.start < last.end) continue;
        // two insertions at one place: their order would be a guess
        if (last && edit.start === last.start && last.start === last.end) continue;
        if (edit.end > edit.start || edit.newText !== '') chosen.push(edit);
    }
    return chosen;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
    let result = '';
    let at = 0;
    for (const edit of edits) {
        result += text.slice(at, edit.start) + edit.newText;
        at = edit.end;
    }
    return result + text.slice(at);
}
