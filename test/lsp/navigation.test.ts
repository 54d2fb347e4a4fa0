import { expectFindReferences, expectGoToDefinition, expectSemanticToken, highlightHelper } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { parse, position, services } from './seed.js';

const definition = expectGoToDefinition(services);
const references = expectFindReferences(services);

/** A small report: a figure row referenced twice, and a term used in text. */
const REPORT = (marked: {
    row?: string; ref1?: string; ref2?: string; term?: string; use?: string; code?: string; entry?: string;
} = {}) => [
    '年度 2020',
    '情况说明 {',
    `  ${marked.row ?? '机关运行经费'} 82.45 减少 24.92 下降 23.21%`,
    `  结论 「机关运行经费${marked.ref1 ?? '【机关运行经费】'}万元，下降${marked.ref2 ?? '【机关运行经费.下降】'}；${marked.use ?? '基本支出'}另计。」`,
    '}',
    '名词解释 {',
    `  ${marked.term ?? '基本支出'}：「指为保障机构正常运转而发生的支出。」`,
    `  ${marked.entry ?? '2010301'} 「一般公共服务（201）政府办公厅（室）及相关机构事务（03）行政运行（01）」：「指反映行政单位的日常运行。」`,
    '}',
    '附表 6 一般公共预算财政拨款支出决算表 {',
    '  列【合计 基本支出 项目支出】',
    `  ${marked.code ?? '2010301'} 行政运行 1 1 0`,
    '}',
    '',
].join('\n');

describe('go to definition', () => {
    it('from a reference in text to the row that holds the figure', async () => {
        await definition({ text: REPORT({ row: '<|机关运行经费|>', ref2: '【机关运行经费.下<|>降】' }), index: 0, rangeIndex: 0, disposeAfterCheck: true });
        await definition({ text: REPORT({ row: '<|机关运行经费|>', ref1: '【<|>机关运行经费】' }), index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    it('from a term in text to its entry in the 名词解释', async () => {
        await definition({ text: REPORT({ term: '<|基本支出|>', use: '基本<|>支出' }), index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    it('between a code row and the 名词解释 entry of its code', async () => {
        await definition({ text: REPORT({ entry: '<|2010301|>', code: '20103<|>01' }), index: 0, rangeIndex: 0, disposeAfterCheck: true });
        await definition({ text: REPORT({ entry: '2010<|>301', code: '<|2010301|>' }), index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });
});

describe('find references', () => {
    it('of a named figure: the references in text that resolve to its row', async () => {
        await references({
            text: REPORT({ row: '<|机关运行<|>经费|>', ref1: '<|【机关运行经费】|>', ref2: '<|【机关运行经费.下降】|>' }),
            includeDeclaration: true,
            disposeAfterCheck: true,
        });
    });

    it('of a term: where the 名词解释 defines it and where texts use it', async () => {
        await references({
            text: REPORT({ term: '<|基本<|>支出|>', use: '<|基本支出|>' }),
            includeDeclaration: true,
            disposeAfterCheck: true,
        });
    });
});

async function rename(text: string, at: string, newName: string): Promise<string | undefined> {
    const document = await parse(text);
    const edit = await services.lsp.RenameProvider!.rename(document, { ...position(document, text.indexOf(at) + 1), newName });
    const edits = edit?.changes?.[document.textDocument.uri];
    return edits ? TextDocument.applyEdits(document.textDocument, edits) : undefined;
}

describe('rename', () => {
    it('a named figure: the row and every reference to it', async () => {
        const text = REPORT();
        const renamed = await rename(text, '机关运行经费 82.45', '机关运行费');
        expect(renamed).toBe(text.replace('机关运行经费 82.45', '机关运行费 82.45')
            .replace('【机关运行经费】', '【机关运行费】').replace('【机关运行经费.下降】', '【机关运行费.下降】'));
        // from a reference, too; and the renamed report still resolves every reference
        expect(await rename(text, '机关运行经费.下降', '机关运行费')).toBe(renamed);
        const document = await parse(renamed!);
        const model = services.model.ReportModels.get(document);
        expect(model.references.resolve(['机关运行费', '下降']).kind).toBe('found');
    });

    it('a term: the 名词解释 entry and its uses in text', async () => {
        const text = REPORT();
        const renamed = await rename(text, '基本支出：', '基本经费支出');
        expect(renamed).toBe(text.replace('基本支出：', '基本经费支出：').replace('；基本支出另计', '；基本经费支出另计'));
    });

    it('refuses a name the grammar cannot hold, and places without a name', async () => {
        const text = REPORT();
        expect(await rename(text, '机关运行经费 82.45', '经费2')).toBeUndefined();
        const document = await parse(text);
        expect(await services.lsp.RenameProvider!.prepareRename(document, position(document, text.indexOf('82.45')))).toBeUndefined();
        expect(await services.lsp.RenameProvider!.prepareRename(document, position(document, text.indexOf('机关运行经费 82.45') + 1))).toBeDefined();
    });
});

describe('semantic tokens', () => {
    it('mark codes, references in text, attribute keys and units', async () => {
        const tokens = await highlightHelper(services)([
            '情况说明 {',
            '  国内公务接待 4.92<|万元|> 27<|批次|>',
            '  机关运行经费 82.45 <|减少|> 24.92',
            '  结论 「共<|【机关运行经费】|>万元」',
            '}',
            '附表 6 一般公共预算财政拨款支出决算表 {',
            '  列【合计】',
            '  <|2010301|> 行政运行 1',
            '}',
        ].join('\n'));
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.type });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.type });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.property });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.enumMember });
    });
});
