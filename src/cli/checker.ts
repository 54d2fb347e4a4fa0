// Checks one report at a time with the services the language server uses, on whichever thread
// runs it: reads the file itself, checks it, applies the safe fixes when asked (re-checking after
// each round), and lets the report go before the next, so that a thread holds one report at most.
import { TextDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createJuesuanCoreServices } from '../language/juesuan-core-module.js';
import { fixEdits, sortDiagnostics, toCliDiagnostic, type CliDiagnostic } from './diagnostics-format.js';
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
        let { diagnostics, fixes } = await this.diagnose(given, absolute, text);
        let applied = 0;
        for (let round = 0; task.fix !== 'none' && round < MAX_FIX_ROUNDS; round++) {
            const current = text;
            const chosen = nonOverlapping(fixes.filter(fix => fix.some(e => current.slice(e.start, e.end) !== e.newText)));
            if (chosen.length === 0) break;
            text = applyEdits(text, chosen);
            applied += chosen.length;
            ({ diagnostics, fixes } = await this.diagnose(given, absolute, text));
        }
        if (applied === 0) return { given, absolute, diagnostics };
        if (task.fix === 'dry-run') {
            const name = given.split('\\').join('/');
            const { createTwoFilesPatch } = await import('diff');
            return { given, absolute, diagnostics, diff: createTwoFilesPatch(`a/${name}`, `b/${name}`, original, text, undefined, undefined, { context: 3 }) };
        }
        return { given, absolute, diagnostics, fixed: { text, original, edits: applied } };
    }

    /** The findings of `text`, and the edits of each of their safe fixes (as offsets into it). */
    private async diagnose(given: string, absolute: string, text: string): Promise<{ diagnostics: CliDiagnostic[]; fixes: Edit[][] }> {
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
            const fixes = diagnostics.filter(d => d.fix?.safe).map(({ fix }) => fixEdits(fix!).map(edit => ({
                start: textDocument.offsetAt({ line: edit.start.line - 1, character: edit.start.column - 1 }),
                end: textDocument.offsetAt({ line: edit.end.line - 1, character: edit.end.column - 1 }),
                newText: edit.newText,
            })));
            return { diagnostics, fixes };
        } finally {
            shared.workspace.TextDocuments.delete(uri);
            // through the builder, so that the caches of the report (its model) are emptied too
            await shared.workspace.DocumentBuilder.update([], [uri]);
        }
    }
}

/**
 * The edits of the fixes that touch none of another's, in order of position: a fix's edits all or none, and of two fixes
 * that overlap the first is kept (the next round sees the other again).
 */
function nonOverlapping(fixes: readonly (readonly Edit[])[]): Edit[] {
    const chosen: Edit[] = [];
    const sorted = [...fixes].sort((a, b) => a[0].start - b[0].start || a[0].end - b[0].end);
    for (const fix of sorted) {
        const edits = fix.filter(edit => edit.end > edit.start || edit.newText !== '');
        if (edits.length > 0 && edits.every(edit => chosen.every(other => apart(edit, other)))) chosen.push(...edits);
    }
    return chosen.sort((a, b) => a.start - b.start);
}

/** Whether two edits can both be made: they do not overlap, nor insert at one place (their order would be a guess). */
function apart(a: Edit, b: Edit): boolean {
    if (a.start === b.start && (a.start === a.end || b.start === b.end)) return false;
    return a.end <= b.start || b.end <= a.start;
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
