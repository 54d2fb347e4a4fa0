// The TextMate grammar as VS Code runs it: vscode-textmate over the Oniguruma WebAssembly.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { beforeAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Token {
    text: string;
    /** Scopes below `source.juesuan`, innermost last. */
    scopes: string[];
}

let grammar: vsctm.IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(`${root}node_modules/vscode-oniguruma/release/onig.wasm`);
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text),
        }),
        loadGrammar: async scopeName => {
            if (scopeName !== 'source.juesuan') return null;
            const path = `${root}syntaxes/juesuan.tmLanguage.json`;
            return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
        },
    });
    const loaded = await registry.loadGrammar('source.juesuan');
    if (!loaded) throw new Error('grammar source.juesuan not found');
    grammar = loaded;
});

/** Tokenizes a document, line by line, carrying the state across lines as VS Code does. */
function tokenize(source: string): Token[][] {
    let state = vsctm.INITIAL;
    return source.split('\n').map(line => {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        return result.tokens.map(token => ({
            text: line.slice(token.startIndex, token.endIndex),
            scopes: token.scopes.slice(1),
        }));
    });
}

/** The scopes of the first token of `line` whose text is `text` (after trimming). */
function scopesOf(line: Token[], text: string): string[] {
    const token = line.find(t => t.text.trim() === text);
    if (!token) throw new Error(`no token "${text}" in ${JSON.stringify(line.map(t => t.text))}`);
    return token.scopes;
}

/** The innermost scope of a token, '' when it has none beyond source.juesuan. */
function scopeOf(line: Token[], text: string): string {
    return scopesOf(line, text).at(-1) ?? '';
}

describe('juesuan TextMate grammar', () => {
    test('a number at the start of a line is a subject code, the same digits later are an amount', () => {
        const [first, indented, later] = tokenize('201 一般公共服务支出 201\n    2010301 行政运行 298.18\n合计 2010301');
        expect(first[0]).toEqual({ text: '201', scopes: ['constant.other.code.juesuan'] });
        expect(first.at(-1)).toEqual({ text: '201', scopes: ['constant.numeric.amount.juesuan'] });
        expect(scopeOf(indented, '2010301')).toBe('constant.other.code.juesuan');
        expect(scopeOf(indented, '298.18')).toBe('constant.numeric.amount.juesuan');
        expect(scopeOf(later, '2010301')).toBe('constant.numeric.amount.juesuan');
    });

    test('a decimal, a percentage or a date at the start of a line is not a code', () => {
        const [decimal, percent, date] = tokenize('12.5\n100%\n2021年11月22日');
        expect(decimal).toEqual([{ text: '12.5', scopes: ['constant.numeric.amount.juesuan'] }]);
        expect(percent).toEqual([{ text: '100%', scopes: ['constant.numeric.percentage.juesuan'] }]);
        expect(date).toEqual([{ text: '2021年11月22日', scopes: ['constant.other.date.juesuan'] }]);
    });

    test('amounts with thousands separators and sign', () => {
        const [line] = tokenize('合计 1,872.89 -24.92 0');
        expect(scopeOf(line, '1,872.89')).toBe('constant.numeric.amount.juesuan');
        expect(scopeOf(line, '-24.92')).toBe('constant.numeric.amount.juesuan');
        expect(scopeOf(line, '0')).toBe('constant.numeric.amount.juesuan');
    });

    test('a keyword on its own is a keyword; the same characters inside a longer name are not', () => {
        const [project, spending, budget, unit] = tokenize(
            '项目 「管委会运行经费」\n项目支出 2715.01\n预算单位 「党工委办公室」 预算 298.18\n单位 万元',
        );
        expect(scopeOf(project, '项目')).toBe('keyword.control.section.juesuan');
        expect(spending[0]).toEqual({ text: '项目支出 ', scopes: [] });
        expect(budget[0]).toEqual({ text: '预算单位 ', scopes: [] });
        expect(scopeOf(budget, '预算')).toBe('keyword.other.attribute.juesuan');
        expect(scopeOf(unit, '单位')).toBe('keyword.control.header.juesuan');
        expect(scopeOf(unit, '万元')).toBe('keyword.other.unit.juesuan');
    });

    test('a keyword is not taken from the end of a name either', () => {
        const [line] = tokenize('本年预算 完成预算 100%');
        expect(line[0]).toEqual({ text: '本年预算 ', scopes: [] });
        expect(scopeOf(line, '完成预算')).toBe('keyword.other.attribute.juesuan');
    });

    test('a reference inside a text is an embedded variable', () => {
        const [line] = tokenize('说明 「收入【附表6.201.基本支出】万元」');
        expect(scopeOf(line, '收入')).toBe('string.quoted.other.juesuan');
        expect(scopesOf(line, '附表6')).toEqual([
            'string.quoted.other.juesuan',
            'meta.embedded.line.reference.juesuan',
            'variable.other.reference.juesuan',
        ]);
        expect(scopeOf(line, '.')).toBe('punctuation.accessor.juesuan');
        expect(scopeOf(line, '【')).toBe('punctuation.definition.reference.begin.juesuan');
        expect(scopeOf(line, '万元')).toBe('string.quoted.other.juesuan');
    });

    test('a text runs over several lines, with one nested 「」, and hides keywords and numbers', () => {
        const lines = tokenize('主要职能 「第一行 项目 2020\n201 第二行「嵌套」\n第三行」 备注 「x」');
        expect(scopeOf(lines[0], '「')).toBe('punctuation.definition.string.begin.juesuan');
        expect(lines[0].at(-1)).toEqual({ text: '第一行 项目 2020', scopes: ['string.quoted.other.juesuan'] });
        expect(lines[1][0]).toEqual({ text: '201 第二行', scopes: ['string.quoted.other.juesuan'] });
        expect(scopesOf(lines[1], '嵌套')).toEqual([
            'string.quoted.other.juesuan',
            'string.quoted.other.nested.juesuan',
        ]);
        expect(lines[2][0]).toEqual({ text: '第三行', scopes: ['string.quoted.other.juesuan'] });
        expect(scopeOf(lines[2], '」')).toBe('punctuation.definition.string.end.juesuan');
        expect(scopeOf(lines[2], '备注')).toBe('keyword.other.attribute.juesuan');
    });

    test('line and block comments', () => {
        const lines = tokenize('年度 2020 // 项目 201\n/* 201 项目\n   预算 */ 单位 万元');
        expect(lines[0].at(-1)).toEqual({ text: ' 项目 201', scopes: ['comment.line.double-slash.juesuan'] });
        expect(lines[1].every(t => t.scopes[0] === 'comment.block.juesuan')).toBe(true);
        expect(scopeOf(lines[2], '预算')).toBe('comment.block.juesuan');
        expect(scopeOf(lines[2], '单位')).toBe('keyword.control.header.juesuan');
    });

    test('percentages, units after numbers, comparators and blank cells', () => {
        const [shares, counts, indicator] = tokenize(
            '占比 - 23.94% 76.06％ 1,055.4%\n国内公务接待 4.92万元 27批次 292人次 2台（套） 18人员\n「维护」 预期 ≥50次 实际 80次',
        );
        expect(scopeOf(shares, '-')).toBe('constant.language.blank.juesuan');
        expect(scopeOf(shares, '23.94%')).toBe('constant.numeric.percentage.juesuan');
        expect(scopeOf(shares, '76.06％')).toBe('constant.numeric.percentage.juesuan');
        expect(scopeOf(shares, '1,055.4%')).toBe('constant.numeric.percentage.juesuan');
        expect(scopeOf(counts, '4.92')).toBe('constant.numeric.amount.juesuan');
        for (const unit of ['万元', '批次', '人次', '台（套）']) {
            expect(scopeOf(counts, unit)).toBe('keyword.other.unit.juesuan');
        }
        // 人员 is a name, so 18 has no unit
        expect(counts.at(-1)).toEqual({ text: '人员', scopes: [] });
        expect(scopeOf(indicator, '≥')).toBe('keyword.operator.comparison.juesuan');
        expect(scopeOf(indicator, '次')).toBe('keyword.other.unit.juesuan');
        expect(scopeOf(indicator, '预期')).toBe('keyword.control.section.juesuan');
    });

    test('a — or – against a figure is a blank cell and the figure, as the grammar reads it', () => {
        const [row] = tokenize('合计 30.00 —30.00 –5');
        expect(row.filter(t => /^[—–]$/.test(t.text)).map(t => t.scopes.at(-1))).toEqual(['constant.language.blank.juesuan', 'constant.language.blank.juesuan']);
        expect(scopeOf(row, '5')).toBe('constant.numeric.amount.juesuan');
    });

    test('a name holds what the grammar lets it: a % (增长%), a / between letters (台/套); a / standing alone is a blank cell', () => {
        const [columns, row, assets] = tokenize('列【决算数 上年 增长% 增长率（%）】\n合计 / 5.00 / // 注\n通用设备（台/套） 3台（套）');
        // 增长 inside the name 增长% is no attribute keyword, 上年 on its own is
        expect(scopeOf(columns, '上年')).toBe('keyword.other.attribute.juesuan');
        expect(columns.some(t => t.text.includes('增长') && t.scopes.length > 0)).toBe(false);
        expect(row.filter(t => t.text.trim() === '/').map(t => t.scopes.at(-1))).toEqual(['constant.language.blank.juesuan', 'constant.language.blank.juesuan']);
        expect(row.at(-1)).toEqual({ text: ' 注', scopes: ['comment.line.double-slash.juesuan'] });
        // 套 after the / of 台/套 is part of the name, neither a unit nor a blank cell
        expect(assets[0]).toEqual({ text: '通用设备（台/套） ', scopes: [] });
        expect(scopeOf(assets, '台（套）')).toBe('keyword.other.unit.juesuan');
    });

    test('a name\'s half-width brackets are coloured as its full-width ones: no keyword, unit or blank inside the name', () => {
        const [full, half, around, slash] = tokenize('机关（单位）运行经费 预算 1\n机关(单位)运行经费 预算 1\n部门(预算) 上年(万元)\n设备(台/套) 3台（套）');
        expect(full[0]).toEqual({ text: '机关（单位）运行经费 ', scopes: [] });
        expect(half[0]).toEqual({ text: '机关(单位)运行经费 ', scopes: [] });
        expect(scopeOf(half, '预算')).toBe('keyword.other.attribute.juesuan');
        // a keyword before or inside the brackets is the name's, as the parser reads 部门(预算) and 上年(万元)
        expect(around.filter(t => t.scopes.length > 0)).toEqual([]);
        expect(slash[0]).toEqual({ text: '设备(台/套) ', scopes: [] });
    });

    test('braces and column brackets', () => {
        const [table, columns] = tokenize('附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】');
        expect(scopeOf(table, '附表')).toBe('keyword.control.section.juesuan');
        expect(scopeOf(table, '{')).toBe('punctuation.section.block.begin.juesuan');
        expect(scopeOf(columns, '列')).toBe('keyword.control.section.juesuan');
        expect(scopeOf(columns, '【')).toBe('punctuation.section.brackets.begin.juesuan');
        expect(scopeOf(columns, '合计 基本支出 项目支出')).toBe('');
    });
});
