import { expectFindReferences, expectGoToDefinition, expectSemanticToken, highlightHelper } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ResponseError, SemanticTokenTypes } from 'vscode-languageserver';
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

    it('from a figure written in text to the row of the figure the prose check compares it with', async () => {
        const text = ['年度 2020', '情况说明 {', '  <|机关运行经费|> 82.45 减少 24.92', '  公用经费 100.00', '  结论 「机关运行经费8<|>2.45万元。」', '}', ''].join('\n');
        await definition({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    it('from a share to the row the check judged it by, where the sentence opens with its whole', async () => {
        // the share names no whole: prose-figure reads it as of the whole the line opens with (财政拨款支出)
        const text = ['模板 「全国」', '年度 2024', '单位 万元',
            '公开04表 财政拨款收入支出决算总表 {', '  列【合计 一般公共预算财政拨款 政府性基金预算财政拨款】',
            '  收入 {', '    本年收入合计 1,000.00 985.00 15.00', '  }',
            '  支出 {', '    一、一般公共服务支出 1,000.00 985.00 15.00', '    本年支出合计 1,000.00 985.00 15.00', '  }', '}',
            '公开05表 一般公共预算财政拨款支出决算表 {', '  列【合计 基本支出 项目支出】', '  <|合计|> 985.00 985.00 0', '}',
            '情况说明 {',
            '  财政拨款收入支出决算总体情况说明 「2024年度财政拨款支出1,000.00万元，其中：一般公共预算财政拨款支出985.00万元，占98<|>.5%。」',
            '}', ''].join('\n');
        await definition({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
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

async function rename(text: string, at: string, newName: string): Promise<string> {
    const document = await parse(text);
    const edit = await services.lsp.RenameProvider!.rename(document, { ...position(document, text.indexOf(at) + 1), newName });
    const edits = edit?.changes?.[document.textDocument.uri];
    if (!edits) throw new Error('no edits');
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** The message a rename is refused with (a ResponseError the client shows), or undefined if it is done. */
async function refusal(text: string, at: string, newName: string): Promise<string | undefined> {
    try {
        await rename(text, at, newName);
        return undefined;
    } catch (error) {
        expect(error).toBeInstanceOf(ResponseError);
        return (error as ResponseError<unknown>).message;
    }
}

/** 财政拨款收入 is a term, a row, a reference, and a part of longer names and of free text. */
const INCOME = [
    '年度 2020',
    '情况说明 {',
    '  财政拨款收入 100',
    '  一般公共预算财政拨款收入 80',
    '  三公经费 10 {',
    '    公务接待费 4',
    '    公务用车费 6',
    '  }',
    '  基本支出 12',
    '  结论 「收入【财政拨款收入】万元，其中【一般公共预算财政拨款收入】万元；一般公共预算财政拨款收入与财政拨款收入均增加。」',
    '  补充 「接待【三公经费.公务接待费】万元，用车【公务用车费】万元；基本支出【基本支出】万元，附表6基本支出【附表6.合计.基本支出】万元。」',
    '}',
    '名词解释 {',
    '  财政拨款收入：「指本级财政当年拨付的资金。」',
    '}',
    '附表 6 一般公共预算财政拨款支出决算表 {',
    '  列【合计 基本支出 项目支出】',
    '  合计 1 1 0',
    '}',
    '',
].join('\n');

describe('rename', () => {
    it('a named figure: the row and every reference to it', async () => {
        const text = REPORT();
        const renamed = await rename(text, '机关运行经费 82.45', '机关运行费');
        expect(renamed).toBe(text.replace('机关运行经费 82.45', '机关运行费 82.45')
            .replace('【机关运行经费】', '【机关运行费】').replace('【机关运行经费.下降】', '【机关运行费.下降】'));
        // from a reference, too; and the renamed report still resolves every reference
        expect(await rename(text, '机关运行经费.下降', '机关运行费')).toBe(renamed);
        const document = await parse(renamed);
        const model = services.model.ReportModels.get(document);
        expect(model.references.resolve(['机关运行费', '下降']).kind).toBe('found');
    });

    it('a term: its 名词解释 entry, the rows of that name and the references to them, whole names only', async () => {
        const document = await parse(INCOME);
        expect([...document.parseResult.lexerErrors, ...document.parseResult.parserErrors]).toEqual([]);
        const expected = INCOME
            .replace('  财政拨款收入 100', '  财政补助收入 100')
            .replace('收入【财政拨款收入】万元', '收入【财政补助收入】万元')
            .replace('  财政拨款收入：', '  财政补助收入：');
        // from the entry, the row or the reference: the same edits
        expect(await rename(INCOME, '财政拨款收入：', '财政补助收入')).toBe(expected);
        expect(await rename(INCOME, '财政拨款收入 100', '财政补助收入')).toBe(expected);
        expect(await rename(INCOME, '【财政拨款收入】', '财政补助收入')).toBe(expected);
        // untouched: 【一般公共预算财政拨款收入】, the row of that name, and the free text
        expect(expected).toContain('【一般公共预算财政拨款收入】');
        expect(expected).toContain('一般公共预算财政拨款收入与财政拨款收入均增加');
    });

    it('a parent row: the name where a reference passes through it, not a column of the same name', async () => {
        expect(await rename(INCOME, '三公经费 10', '三公支出')).toBe(INCOME.replace('三公经费 10', '三公支出 10').replace('【三公经费.公务接待费】', '【三公支出.公务接待费】'));
        // 基本支出 names a row of 情况说明 and a column of 附表6: the column reference stays
        expect(await rename(INCOME, '基本支出 12', '基本经费')).toBe(INCOME.replace('基本支出 12', '基本经费 12').replace('【基本支出】', '【基本经费】'));
    });

    it('refuses keywords, units and names in use, with a Chinese message', async () => {
        for (const keyword of ['占比', '附表', '列', '无数据', '部门', '增长', '项目', '指标', '万元', '人', '台（套）', '批次']) {
            expect(await refusal(INCOME, '三公经费 10', keyword), keyword).toMatch(/关键字或单位/);
        }
        expect(await refusal(INCOME, '三公经费 10', '公务用车费')).toContain('已是情况说明中的行名');
        expect(await refusal(INCOME, '三公经费 10', '合计')).toContain('已是附表6中的行名');
        expect(await refusal(INCOME, '三公经费 10', '项目支出')).toMatch(/附表6的列名/);
        expect(await refusal(INCOME, '三公经费 10', '一般公共预算财政拨款支出决算表')).toMatch(/附表6的表名/);
        expect(await refusal(INCOME, '三公经费 10', '财政拨款收入')).toMatch(/已是/);
        expect(await refusal(INCOME, '三公经费 10', '经费2')).toMatch(/不能作为行名/);
        expect(await refusal(INCOME, '三公经费 10', '三公·经费')).toMatch(/分隔名称/);
        expect(await refusal(INCOME, '三公经费 10', '')).toMatch(/不能为空/);
        // the same name is no change, and no refusal
        expect(await rename(INCOME, '三公经费 10', '三公经费')).toBe(INCOME);
    });

    it('prepareRename: the range of a name, and a Chinese refusal where there is none', async () => {
        const document = await parse(INCOME);
        const prepare = (at: string, delta = 1) => services.lsp.RenameProvider!.prepareRename(document, position(document, INCOME.indexOf(at) + delta));
        expect(await prepare('三公经费 10')).toEqual({ start: { line: 4, character: 2 }, end: { line: 4, character: 6 } });
        for (const place of ['10 {', '均增加', '情况说明', '【附表6.合计.基本支出】'.slice(0, 2)]) {
            await expect(async () => prepare(place), place).rejects.toThrow(/没有可以重命名的名称/);
        }
        // the column of a reference is no row's name
        await expect(async () => prepare('基本支出】万元。', 1)).rejects.toThrow(/没有可以重命名的名称/);
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
