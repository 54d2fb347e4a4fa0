// The syntax messages name what to write in the user's words, never a token of the grammar (ORDINAL, NOTE_KEY …).
import { readFileSync } from 'node:fs';
import { GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import { tokenNamePattern } from '../../src/fuzz/harness.js';
import type { Report } from '../../src/language/generated/ast.js';
import { TOKEN_NAMES } from '../../src/language/syntax/error-messages.js';
import { parse, services } from './parse-utils.js';

const LEAK = tokenNamePattern(services);

/** The lexer's and the parser's messages for a text. */
function messages(text: string): string[] {
    const result = services.parser.LangiumParser.parse(text);
    return [...result.lexerErrors.map(e => e.message), ...result.parserErrors.map(e => e.message)];
}

describe('no grammar token name reaches a message', () => {
    test('every terminal a message may name has a name in Chinese', () => {
        const terminals = services.Grammar.rules.filter(GrammarAST.isTerminalRule).filter(rule => !rule.hidden).map(rule => rule.name);
        expect(terminals.filter(name => !(name in TOKEN_NAMES))).toEqual([]);
        for (const name of terminals) expect(TOKEN_NAMES[name]).toMatch(/[\u4e00-\u9fff]/);
    });

    test('an ordinal with figures but no name after it is one error saying where the name goes, and the next table is read', () => {
        const result = services.parser.LangiumParser.parse('附表 3 表 {\n  列【合计】\n  一、 100 -\n}\n附表 4 表 {\n  合计 1\n}');
        expect([...result.lexerErrors, ...result.parserErrors].map(e => e.message)).toEqual(['序号“一、”之后缺少名称：名称写在序号和数字之间（如 一、某某 100 -）；这一行的数字未读。']);
        expect((result.value as Report).parts).toHaveLength(2);
        // an ordinal before a name or a code still is one
        expect(messages('附表 3 表 {\n  列【合计】\n  一、收入 100\n}')).toEqual([]);
    });

    test('an ordinal with nothing after it but the block\'s } is one error, and the next table is read', () => {
        for (const ordinal of ['一、', '（一）', '1.']) {
            for (const gap of [' ', '\n  ', '\n']) {
                const result = services.parser.LangiumParser.parse(`附表 3 表 {\n  列【合计】\n  ${ordinal}${gap}}\n附表 4 表 {\n  合计 1\n}`);
                expect([...result.lexerErrors, ...result.parserErrors].map(e => e.message)).toEqual([`序号“${ordinal}”之后缺少标题或行名：序号后接标题或行名（如 一、部门职责 「…」）；多余的序号请删去。`]);
                expect((result.value as Report).parts).toHaveLength(2);
            }
        }
        expect(messages('情况说明 {\n  一、')).toEqual(['序号“一、”之后缺少标题或行名：序号后接标题或行名（如 一、部门职责 「…」）；多余的序号请删去。']);
    });

    test('the marks that go on with a name are the name\'s: after a stray line no 、。； listed beside 名称', () => {
        expect(messages('本部门决算如下\n情况说明 {\n  机构设置 「x」\n}')[0])
            .toBe('“本部门决算如下”之后应为 「文本」、“：”、名称、表号（如“表3”）、表名后括号中的表号（如“（表3）”）、“{”，实际是“情况说明”。');
    });

    test('the units are listed as one, 万元 named, not folded into 名称', () => {
        expect(messages('部门 「某某局」\n年度 2023\n单位\n模板 「全国」')[0]).toBe('此处不能是“模板”，应为 「文本」、数值、日期、名称、单位（如“万元”“元”）。');
    });

    // Every step-th token of the examples deleted, and a token of each kind put before it in turn: every message of the lot
    const INSERTS = ['一、', '（一）', '附表1', '说明 ', '……', '（50分）', '（公开08表）', '{', '}', '「x」', '1', '-', '≥', '10%', '2020年1月', '列【', '】', '：', '项目', '预期', '(', ')'];
    for (const [file, step] of [['national-2024', 3], ['shanghai-2024', 5], ['leshan-2020', 37], ['demo-2021', 41]] as const) {
        test(`examples/${file}.juesuan mutated`, () => {
            const text = readFileSync(new URL(`../../examples/${file}.juesuan`, import.meta.url), 'utf8');
            const tokens = services.parser.Lexer.tokenize(text).tokens;
            const leaks = new Set<string>();
            let seen = 0;
            for (let i = 0; i < tokens.length; i += step) {
                const { startOffset, endOffset } = tokens[i];
                const insert = INSERTS[(i / step) % INSERTS.length];
                for (const mutated of [text.slice(0, startOffset) + text.slice(endOffset! + 1), `${text.slice(0, startOffset)}${insert} ${text.slice(startOffset)}`]) {
                    for (const message of messages(mutated)) {
                        seen++;
                        if (LEAK.test(message)) leaks.add(message);
                    }
                }
            }
            expect(seen).toBeGreaterThan(50);
            expect([...leaks]).toEqual([]);
        }, 120_000);
    }
});

describe('the unit line written as a table prints it', () => {
    const header = (unit: string) => `部门 「某局」\n年度 2024\n${unit}\n模板 「全国」\n部门概况 {\n  机构设置 「x」\n}`;

    test.each([
        ['单位 (万元)', '不加括号'], ['单位（万元）', '不加括号'], ['单位：(万元)', '不加括号'], ['单位 （元）', '不加括号'],
        ['金额单位：万元', '前面不写“金额”'], ['金额单位：（万元）', '不加括号，前面不写“金额”'],
    ])('%s: one error saying how it is written, with its fix, and the lines after it read', async (written, how) => {
        const document = await parse(header(written), { validation: true });
        const unit = written.includes('元）') && !written.includes('万') ? '元' : '万元';
        const syntax = (document.diagnostics ?? []).filter(d => d.code === undefined || String((d.data as { code?: string }).code).endsWith('-error'));
        expect(syntax.map(d => [d.range.start.line, d.message, (d.data as { fix?: { newText: string } }).fix?.newText])).toEqual([
            [2, `报告的金额单位写作 单位 ${unit}（${how}）；“${written}”是表上印的写法。`, `单位 ${unit}`],
        ]);
        expect(document.parseResult.value.parts.map(part => part.$type)).toEqual(['MetaField', 'MetaField', 'MetaField', 'Overview']);
    });

    test('单位 万元 and 单位：万元 are the unit line; a row named 单位 in a block is a row', () => {
        for (const written of ['单位 万元', '单位：万元', '单位:元']) expect(messages(header(written))).toEqual([]);
        expect(messages('情况说明 {\n  单位 (万元)\n}')).not.toContainEqual(expect.stringContaining('金额单位'));
    });

    test.each(['金额单位：', '金额单位：万元。', '单位（人）'])('%s: no money unit named, so no fix to 单位 …', async written => {
        const document = await parse(header(written), { validation: true });
        expect((document.diagnostics ?? []).filter(d => d.message.includes('表上印的写法') || (d.data as { fix?: { newText: string } } | undefined)?.fix?.newText.startsWith('单位'))).toEqual([]);
    });

    test('a second unit line, after the header\'s or above a table, is no header line to fix', async () => {
        for (const text of [`${header('单位 万元')}\n单位：（元）\n表 1 收入支出决算总表 {\n  合计 1\n}`, '部门 「某局」\n单位 万元\n单位（元）\n模板 「全国」']) {
            const document = await parse(text, { validation: true });
            expect((document.diagnostics ?? []).filter(d => d.message.includes('表上印的写法'))).toEqual([]);
        }
    });
});

describe('a bare number at the top starts a table only where its { follows on its line', () => {
    const head = '模板 「全国」\n部门 「某局」\n年度 2024\n单位 万元\n';

    test.each([
        ['  201 一般公共服务支出 1.00', '201'], ['2024 「本报告」', '2024'],
    ])('%s: main\'s error, and no table made of it', async (line, number) => {
        const text = `${head}表3 支出决算表 {\n  列【本年支出合计】\n  合计 1.00\n}\n${line}\n`;
        expect(messages(text)[0]).toBe(`无法识别“${number}”：此处应开始新的部分（部门、年度、部门概况、情况说明、名词解释、附件、附表）。`);
        expect((await parse(text)).parseResult.value.parts.filter(part => part.$type === 'Table')).toHaveLength(1);
    });

    test('金额单位 with a text is a key like any other, on the cover and in 情况说明', () => {
        expect(messages(`${head}金额单位 「万元」\n情况说明 {\n  金额单位 「本说明金额单位为万元。」\n}\n`)).toEqual([]);
    });
});

describe('a unit line between a table\'s title and its {', () => {
    const head = '模板 「全国」\n部门 「某局」\n年度 2024\n单位 万元\n';
    const body = '{\n  列【本年收入合计 财政拨款收入】\n  合计 100.00 100.00\n}\n';

    test('a unit of money only: 单位：人 there would be dropped from the page, so it is told at the unit', () => {
        expect(messages(`${head}表2 收入决算表\n单位：人\n${body}`)).toEqual(['此处不能是“人”，应为 单位（如“万元”“元”）。']);
        expect(messages(`${head}表2 收入决算表\n单位：元\n${body}`)).toEqual([]);
    });
});
