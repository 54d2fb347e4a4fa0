// A page of a table split over pages (收入决算表（续）) is that table to the editor: its title's hover is the table's, and the
// formatter lines its columns up with the first page's.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/model/text-width.js';
import type { CompletionList } from 'vscode-languageserver';
import { hoverAt, parse, position, services } from './seed.js';

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

describe('a continued page written by its own words (续表, a heading by the template\'s other name)', () => {
    const PAGES = '模板 「全国」\n年度 2022\n单位 万元\n表2 收入决算表 {\n  列【本年收入合计 财政拨款收入 其他收入】\n  合计 300.00 290.00 10.00\n'
        + '  208 社会保障和就业支出 250.00 250.00 -\n}\n续表 {\n  列【合计 财政拨款收入 其他收入】\n  221 住房保障支出 50.00 40.00 10.00\n  \n}\n';
    it('hovers a column its header names by the template\'s other name as that column, not as words of the heading', async () => {
        const document = await parse(PAGES);
        const hover = await hoverAt(document, PAGES.indexOf('列【合计') + 2);
        expect(hover).toContain('第 1 列');
        expect(hover).toContain('模板中的列名：本年收入合计');
        expect(hover).not.toContain('不是数字列');
    });
    it('completes the codes of the table it continues (功能, not 经济) and its 合计', async () => {
        const document = await parse(PAGES);
        const at = PAGES.lastIndexOf('  \n}') + 2;
        const list = await services.lsp.CompletionProvider!.getCompletion(document, { ...position(document, at) }) as CompletionList | undefined;
        expect((list?.items ?? []).map(i => i.label)).toContain('合计');
        // 30 begins 经济 codes only (301 工资福利支出): none in a 功能 table
        const typed = PAGES.replace('  \n}\n', '  30\n}\n');
        const typing = await parse(typed);
        const codes = await services.lsp.CompletionProvider!.getCompletion(typing, { ...position(typing, typed.lastIndexOf('30') + 2) }) as CompletionList | undefined;
        expect((codes?.items ?? []).map(i => i.label).filter(l => /^30/.test(l))).toEqual([]);
    });
});
