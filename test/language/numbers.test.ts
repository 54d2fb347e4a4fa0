// Numbers written in ways the grammar does not read: each is one token and one clear error at
// its place, never a row of its own (`82.45万` made a row named 万), and the figure takes part
// in no relation until it is mended.
import { describe, expect, test } from 'vitest';
import type { Row } from '../../src/language/generated/ast.js';
import { isExplanation, isRow } from '../../src/language/generated/ast.js';
import { parseWithProblems, services, tokens } from './parse-utils.js';

/** The rows of a 情况说明 holding `line`, the lexer's errors, and the parser's. */
async function explanation(line: string) {
    const { report, problems } = await parseWithProblems(`情况说明 {\n  ${line}\n  其他 1\n}`);
    const rows = report.parts.filter(isExplanation).flatMap(p => p.entries.filter(isRow)) as Row[];
    return { rows: rows.map(r => `${r.name}: ${r.cells.map(c => c.value + (c.unit ?? '')).join(' ')}`), problems };
}

describe('a number with a word after it', () => {
    test('82.45万: one token, one error that gives the amount in 万元, no row named 万', async () => {
        const { rows, problems } = await explanation('国内公务接待 82.45万 27批次');
        expect(rows).toEqual(['国内公务接待: 82.45万 27批次', '其他: 1']);
        expect(problems.parser).toEqual([]);
        expect(problems.lexer).toEqual(['2:10 “82.45万”中的“万”不是可用的单位（即 82.45万元）：金额按报告声明的“单位”填写，一般不写单位。可用的单位：万元、元，或数量的单位：人、人次、次、批次、场、场次、辆、台（套）、台、套、个、户、亩、项、名、件、期、篇、条。']);
    });

    test('40 千元 and 12.5 亿元: a scale word after a space still belongs to the number', async () => {
        const { rows, problems } = await explanation('外事接待 40 千元 上年 12.5 亿元');
        expect(rows).toEqual(['外事接待: 40 千元', '其他: 1']);
        expect(problems.parser).toEqual([]);
        expect(problems.lexer.map(e => e.split('：')[0])).toEqual(['2:8 “40 千元”中的“千元”不是可用的单位（即 4万元）', '2:17 “12.5 亿元”中的“亿元”不是可用的单位（即 125000万元）']);
    });

    test('a unit the report does not use (5公里) is an error; the next name after a space is a row', async () => {
        const { rows, problems } = await explanation('里程 5公里 轿车 1辆');
        expect(rows).toEqual(['里程: 5公里', '轿车: 1辆', '其他: 1']);
        expect(problems.lexer).toEqual([expect.stringContaining('“5公里”中的“公里”不是可用的单位')]);
    });

    test('2台(套) pasted from a web page: said to be the unit 台（套） with full-width brackets, not a unit run into a name', async () => {
        const { rows, problems } = await explanation('公务用车购置 2台(套) 30.00万元');
        expect(rows[0]).toBe('公务用车购置: 2台(套) 30.00万元');
        expect(problems.lexer).toEqual(['2:10 “2台(套)”：单位写作“台（套）”，括号为全角。']);
    });

    test('3辆(台): a bracket after a unit is said to go, not a space to be put in (then the pair stands apart, no name\'s either)', async () => {
        const glued = await parseWithProblems('情况说明 {\n  公务用车 {\n    保有 3辆(台)\n    保有 3辆（台）\n    国内公务接待 27批次(次) 0.50万元\n  }\n}');
        expect(glued.problems.lexer).toEqual([
            '3:8 “3辆(台)”：单位“辆”之后不能写括号：删去“(台)”，或写进 说明 「…」。',
            '4:8 “3辆（台）”：单位“辆”之后不能写括号：删去“（台）”，或写进 说明 「…」。',
            '5:12 “27批次(次)”：单位“批次”之后不能写括号：删去“(次)”，或写进 说明 「…」。',
        ]);
        const spaced = await parseWithProblems('情况说明 {\n  公务用车 {\n    保有 3辆 (台)\n  }\n}');
        expect(spaced.problems.lexer).toEqual(['3:11', '3:13'].map(at => `${at} 数值后不能写括号“(台)”：数值后只写单位（如 12人），要说明的写在 说明 「…」 中。`));
    });

    test('a date cut short (2021年) says how a date is written; a year and month (2021年11月, as a cover prints it) is a date', async () => {
        const { problems } = await parseWithProblems('公开时间 2021年\n年度 2020');
        expect(problems).toEqual({ lexer: ['1:6 “2021年”不是完整的日期：日期写作 2021年11月22日、2021年11月 或 2021-11-22。'], parser: [] });
        expect((await parseWithProblems('公开时间 2021年11月\n年度 2020')).problems).toEqual({ lexer: [], parser: [] });
    });

    test('units of the grammar and names after a space are as before', () => {
        expect(tokens('购置 1辆 1万元 轿车 0辆')).toEqual(['ID:购置', 'NUMBER:1', '辆:辆', 'NUMBER:1', '万元:万元', 'ID:轿车', 'NUMBER:0', '辆:辆']);
        expect(services.parser.Lexer.tokenize('保有 1 { 轿车 1 越野车 0 }').errors).toEqual([]);
    });
});

describe('numbers the grammar cannot read', () => {
    test.each([
        ['机关运行经费 1e400', '2:10 数字“1e400”是科学计数法：报告中的数要写出全部数字（如 1e5 写作 100000）。'],
        ['机关运行经费 1E5', '2:10 数字“1E5”是科学计数法'],
        ['机关运行经费 2.5e-3', '2:10 数字“2.5e-3”是科学计数法'],
        ['机关运行经费 1e+5', '2:10 数字“1e+5”是科学计数法'],
        ['机关运行经费 10.', '2:10 数字“10.”的小数点后缺少数字：应写作 10 或 10.00。'],
        ['机关运行经费 .5', '2:10 数字“.5”缺少小数点前的 0：应写作 0.5。'],
        ['机关运行经费 (12.3)', '2:10 “(12.3)”是会计上用括号表示负数的写法：这里请写作 -12.3。'],
        ['机关运行经费 （12.3）', '2:10 “（12.3）”是会计上用括号表示负数的写法：这里请写作 -12.3。'],
        ['机关运行经费 1，234.5', '2:10 数字“1，234.5”中的“，”是全角逗号：千分位逗号写半角“,”（如 1,234.5），几个数之间用空格分开。'],
        ['机关运行经费 1,23', '2:10 数字“1,23”中的逗号位置不对'],
    ])('%s: one error at the number, which stays in its row', async (line, message) => {
        const { rows, problems } = await explanation(line);
        expect(problems.parser).toEqual([]);
        expect(problems.lexer).toHaveLength(1);
        expect(problems.lexer[0]).toContain(message);
        expect(rows).toEqual([`机关运行经费: ${line.slice('机关运行经费 '.length)}`, '其他: 1']);
    });

    test('（12.3） right after a name: the name keeps its characters, the parentheses go to the number', async () => {
        const { rows, problems } = await explanation('差旅费（12.3）');
        expect(rows).toEqual(['差旅费: （12.3）', '其他: 1']);
        expect(problems).toEqual({ lexer: ['2:6 “（12.3）”是会计上用括号表示负数的写法：这里请写作 -12.3。'], parser: [] });
    });

    test('a term printing its code in brackets before its colon (疾病预防控制机构（2100401）：) is the name, not a negative', async () => {
        for (const [term, written] of [['疾病预防控制机构（2100401）', '疾病预防控制机构（2100401）'], ['事业运行（2010350）', '事业运行(2010350)']]) {
            const { report, problems } = await parseWithProblems(`名词解释 {\n  ${written}：「反映……的支出。」\n  基本支出：「指……」\n}`);
            expect(problems, written).toEqual({ lexer: [], parser: [] });
            const glossary = report.parts.find(p => p.$type === 'Glossary') as unknown as { entries: { term?: string }[] };
            expect(glossary.entries.map(e => e.term)).toEqual([term, '基本支出']);
        }
        // without the colon it is still a negative written as accountants do
        expect((await explanation('差旅费（123）')).problems.lexer).toEqual(['2:6 “（123）”是会计上用括号表示负数的写法：这里请写作 -123。']);
    });

    test('digits in brackets after a name before figures are a code only where the catalogue knows it', async () => {
        // 事业运行(2010350), 工资福利支出(301): a 项 code, a 类 code after its catalogue name
        for (const line of ['事业运行(2010350) 60.00', '工资福利支出(301) 100.00']) {
            expect((await explanation(line)).problems, line).toEqual({ lexer: [], parser: [] });
        }
        // 其他应付款(30000) 20000: no code the catalogue knows, and 301 after another name: a negative glued to the name
        expect((await explanation('其他应付款(30000) 20000')).problems.lexer).toEqual(['2:8 “(30000)”是会计上用括号表示负数的写法：这里请写作 -30000。']);
        expect((await explanation('差旅费(301) 100.00')).problems.lexer).toEqual(['2:6 “(301)”是会计上用括号表示负数的写法：这里请写作 -301。']);
    });

    test('a 功能分类 项 the catalogue lacks, in brackets, is a code only under its own 款 row', async () => {
        // 2010388 under 20103 printed as the row above, or as the row whose block holds it
        for (const rows of ['政府办公厅(20103) 30.00\n  某新设科目(2010388) 20.00', '20103 政府办公厅 30.00 {\n    某新设科目(2010388) 20.00\n  }']) {
            expect((await parseWithProblems(`情况说明 {\n  ${rows}\n}`)).problems, rows).toEqual({ lexer: [], parser: [] });
        }
        // a balance sheet's 本期盈余(2010388) with no 20103 row: an accountant's negative, not a code
        const { problems } = await parseWithProblems('情况说明 {\n  净资产合计 2100000.00 {\n    本期盈余(2010388) -1990000.00\n  }\n}');
        expect(problems.lexer).toEqual(['3:9 “(2010388)”是会计上用括号表示负数的写法：这里请写作 -2010388。']);
        // a 20103 row in another block is not its 款
        const apart = await parseWithProblems('情况说明 {\n  政府办公厅(20103) 30.00\n}\n名词解释 {\n  基本支出：「指……」\n}\n附表 {\n  本期盈余(2010388) -1990000.00\n}');
        expect(apart.problems.lexer.some(e => e.includes('2010388'))).toBe(true);
    });

    test('a malformed number is no figure: the model leaves it out of every relation', async () => {
        const { report } = await parseWithProblems('情况说明 {\n  合计 10 { 甲 82.45万 乙 5 }\n}');
        const model = services.model.ReportModels.forReport(report);
        const [total] = model.sections.find(s => s.name === '情况说明')!.rows;
        expect(total.children.map(c => [...c.cells.keys()])).toEqual([[], ['万元']]);
        // 甲 is unknown, so 合计 is only at least what is written beside it
        const sums = model.relations.filter(r => r.rule === 'sum-children');
        expect(sums.flatMap(r => r.parts.map(p => p.label))).toEqual(['情况说明 › 合计 › 乙']);
        expect(sums.every(r => r.holds && 'atLeast' in r && r.atLeast)).toBe(true);
    });
});
