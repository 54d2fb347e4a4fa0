// Semantic tokens, folding and formatting with tabs on the examples and the 四川 2024 cases: every token inside one
// line of the text, none overlapping the one before; every fold spans lines of the text; the formatter keeps every
// character but whitespace and gives what it gives again when run on its own output.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { ROOT, services } from './seed.js';

const folder = (dir: string) => fs.readdirSync(path.join(ROOT, dir)).filter(f => f.endsWith('.juesuan')).map(f => path.join(dir, f));
const FILES = [...folder('examples'), ...folder('test/validation/cases/sichuan-2024')];
let opened = 0;
const open = (text: string) => services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/tokens/${opened++}.juesuan`));

async function tabbed(document: LangiumDocument): Promise<string> {
    const options = { insertSpaces: false, tabSize: 4 };
    return TextDocument.applyEdits(document.textDocument, await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.textDocument.uri }, options }));
}

describe('semantic tokens, folding and formatting', () => {
    it('stay within the text, and the formatter keeps it and is idempotent', async () => {
        const faults: string[] = [];
        let tokens = 0;
        for (const file of FILES) {
            const text = fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/[»«]/g, '');
            const lines = text.split('\n').map(line => line.replace(/\r$/, ''));
            const document = open(text);
            const { data } = await services.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument: { uri: document.textDocument.uri } });
            tokens += data.length / 5;
            for (let i = 0, line = 0, start = 0, end = -1; i < data.length; i += 5) {
                const [deltaLine, deltaStart, length] = data.slice(i, i + 3);
                const sameLine = deltaLine === 0;
                line += deltaLine;
                start = sameLine ? start + deltaStart : deltaStart;
                if (length <= 0 || line >= lines.length || start + length > lines[line].length || (sameLine && start < end)) {
                    faults.push(`${file}: token ${line + 1}:${start}+${length}`);
                    break;
                }
                end = start + length;
            }
            const folds = await services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.textDocument.uri } });
            for (const fold of folds) if (fold.startLine >= fold.endLine || fold.endLine >= lines.length) faults.push(`${file}: fold ${fold.startLine}-${fold.endLine}`);
            const once = await tabbed(document);
            if (once.replace(/\s+/g, '') !== text.replace(/\s+/g, '')) faults.push(`${file}: formatting changes the text`);
            if (await tabbed(open(once)) !== once) faults.push(`${file}: formatting twice changes it again`);
        }
        expect(faults).toEqual([]);
        expect(tokens).toBeGreaterThan(FILES.length * 10);
    }, 120_000);
});
