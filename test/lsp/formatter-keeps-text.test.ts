// The formatter lays out whitespace only: on every validation case and example, what it gives keeps every other
// character in its place. Documents are parsed only (no linking, no checks), which keeps the whole sweep fast.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { ROOT, services } from './seed.js';

function juesuanFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => entry.isDirectory()
        ? juesuanFiles(path.join(dir, entry.name))
        : entry.name.endsWith('.juesuan') ? [path.join(dir, entry.name)] : []);
}

const files = [...juesuanFiles(path.join(ROOT, 'test', 'validation', 'cases')), ...juesuanFiles(path.join(ROOT, 'examples'))];
const options = { insertSpaces: true, tabSize: 2 };

describe('the formatter on every case and example', () => {
    it('changes nothing but whitespace', async () => {
        const changed: string[] = [];
        for (const file of files) {
            const text = fs.readFileSync(file, 'utf8').replace(/[»«]/g, '');
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file));
            const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.textDocument.uri }, options });
            const after = TextDocument.applyEdits(document.textDocument, edits);
            if (after.replace(/\s+/g, '') !== text.replace(/\s+/g, '')) changed.push(path.relative(ROOT, file));
        }
        expect(changed).toEqual([]);
    }, 60_000);
});
