// A page of a table split over pages (收入决算表（续）) is that table to the editor: its title's hover is the table's, and the
// formatter lines its columns up with the first page's.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/model/text-width.js';
import { hoverAt, parse, services } from './seed.js';

const TEXT = '模板 「全国」\n年度 2022\n表2 收入决算表 {\n  列【本年收入合计 财政拨款收入】\n  合计 1,100.00 1,100.00\n  208 社会保障和就业支出 100.00 100.00\n}\n收入决算表（续） {\n  213 农林水支出 1,000.00 1,000.00\n}\n';

describe('a continued table\'s page', () => {
    it('hovers as the table it continues', async () => {
        const document = await parse(TEXT);
        const page = await hoverAt(document, TEXT.indexOf('收入决算表（续）') + 1);
        const first = await hoverAt(document, TEXT.indexOf('收入决算表') + 1);
        expect(page).toBeDefined();
        expect(page).not.toContain('不是');
        expect(page).toBe(first);
    });

    it('is aligned with the first page', async () => {
        const document = await parse(TEXT);
        const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.textDocument.uri }, options: { insertSpaces: true, tabSize: 4 } });
        const lines = TextDocument.applyEdits(document.textDocument, edits).split('\n');
        // figures stand right-aligned: the rows end at one width
        const column = (name: string) => displayWidth(lines.find(l => l.includes(name))!);
        expect(column('农林水支出')).toBe(column('社会保障和就业支出'));
    });
});
