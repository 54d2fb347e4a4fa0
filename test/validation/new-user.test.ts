/**
 * juesuan as a new user meets it, beyond the seed: examples/demo-2021.juesuan is a complete,
 * fictional report (某市教育局 2021) with income from several sources, carry-overs, five 类 and
 * all 14 附表. It has no error. Each realistic mistake below, made alone, is reported with its
 * rule and severity at the line of the mistake, or at the line of the figure the broken
 * relation is about (`at`), and no other error or warning is: a wrong figure breaks every
 * relation it takes part in, and is still one finding. Changes within rounding (a part off by
 * one cent) are not errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';

const DEMO = readFileSync(join(import.meta.dirname, '../../examples/demo-2021.juesuan'), 'utf8');
const LINES = DEMO.split('\n');
const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);
const ALL = { validation: { categories: ['built-in', 'fast', 'slow'] as ('built-in' | 'fast' | 'slow')[] } };
const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;
const SEVERITY_NAME = ['', 'error', 'warning', 'info', 'hint'];

/**
 * A line of the demo: a text that occurs on exactly one line, a pattern matching exactly one
 * line, or [a text naming the table, a text on the first line after it that holds it].
 */
type Anchor = string | RegExp | readonly [string, string];

interface Edit {
    readonly line: Anchor;
    readonly from: string;
    readonly to: string;
}

interface Expected {
    readonly severity: keyof typeof SEVERITY;
    readonly rule: string;
    /** The line the finding is on: absent for the line of the (first) edit. */
    readonly at?: Anchor;
}

interface Mistake {
    readonly what: string;
    readonly edits: readonly Edit[];
    readonly expect: readonly Expected[];
}

/** One edit: `line` holds `from`, which becomes `to`. */
function edit(line: Anchor, from: string, to: string): Edit[] {
    return [{ line, from, to }];
}

const T = (table: number, text: string): Anchor => [`附表 ${table} `, text];

const mistakes: readonly Mistake[] = [
    // ---- a typo in an amount, in each table --------------------------------------------
    {
        what: '附表1: 事业收入 165.00 typed 156.00',
        edits: edit('事业收入 165.00 占比', '165.00', '156.00'),
        expect: [{ severity: 'error', rule: 'sum-total' }],
    },
    {
        what: '附表2: 2050803 本年收入合计 206.31 typed 260.31',
        edits: edit('2050803 培训支出 206.31', '206.31', '260.31'),
        expect: [{ severity: 'error', rule: 'sum-columns' }],
    },
    {
        what: '附表3: 2059999 本年支出合计 338.65 typed 383.65',
        edits: edit('2059999 其他教育支出 338.65 0 338.65', '338.65 0', '383.65 0'),
        expect: [{ severity: 'error', rule: 'sum-columns' }],
    },
    {
        what: '附表4: 年初财政拨款结转和结余 合计 130.68 typed 103.68',
        edits: edit('年初财政拨款结转和结余 130.68', '130.68 130.68', '103.68 130.68'),
        expect: [{ severity: 'error', rule: 'sum-columns' }],
    },
    {
        what: '附表5: 2101101 41.23 typed 41.32',
        edits: edit(T(5, '2101101 行政单位医疗'), '41.23 41.23', '41.32 41.32'),
        expect: [{ severity: 'error', rule: 'tie' }],
    },
    {
        what: '附表6: 2080505 决算 89.63 typed 98.63',
        edits: edit(T(6, '2080505 机关事业单位基本养老保险缴费支出'), '89.63 89.63', '98.63 89.63'),
        expect: [{ severity: 'error', rule: 'sum-columns' }],
    },
    {
        what: '附表7: 2210201 人员经费 71.38 typed 17.38',
        edits: edit('2210201 住房公积金 71.38 71.38 71.38 0 0', '71.38 71.38 71.38', '71.38 71.38 17.38'),
        expect: [{ severity: 'error', rule: 'sum-children' }],
    },
    {
        what: '附表8: 30101 基本工资 185.32 typed 158.32',
        edits: edit('30101 基本工资 185.32', '185.32', '158.32'),
        expect: [{ severity: 'error', rule: 'sum-children', at: '301 工资福利支出 770.20' }],
    },
    {
        what: '附表9: 30308 助学金 260.00 typed 206.00',
        edits: edit('30308 助学金 260.00', '260.00', '206.00'),
        expect: [{ severity: 'error', rule: 'sum-children' }],
    },
    {
        what: '附表10: 公务接待费 决算数 2.34 typed 3.24',
        edits: edit('公务接待费 2.34 3.00', '2.34 3.00', '3.24 3.00'),
        expect: [{ severity: 'error', rule: 'tie' }],
    },
    {
        what: '附表11: 2296004 年末结转和结余 30.00 typed 3.00',
        edits: edit('2296004 用于教育事业的彩票公益金支出 0 150.00', '120.00 30.00', '120.00 3.00'),
        expect: [{ severity: 'error', rule: 'sum-columns' }],
    },
    {
        what: '附表6: 2050101 基本支出 642.20 typed 632.20; its 项目支出 is blank (-), read as zero',
        edits: edit(T(6, '2050101 行政运行'), '642.20 642.20 -', '642.20 632.20 -'),
        expect: [{ severity: 'error', rule: 'sum-children' }],
    },
    // ---- derived figures -----------------------------------------------------------------
    {
        what: '附表6: 208 占比 13.97% typed 13.79%',
        edits: edit('208 社会保障和就业支出 261.72 261.72 - 占比', '13.97%', '13.79%'),
        expect: [{ severity: 'error', rule: 'share' }],
    },
    {
        what: '附表6: 增长 computed against this year (150.05 ÷ 1873.11 = 8.01%), not last year',
        edits: edit('合计 1873.11 1026.37 846.73 占比', '增长 8.71%', '增长 8.01%'),
        expect: [{ severity: 'error', rule: 'growth' }],
    },
    {
        what: '附表6: 2050102 完成预算 97.54% typed 95.74%',
        edits: edit(T(6, '2050102 一般行政管理事务'), '97.54%', '95.74%'),
        expect: [{ severity: 'error', rule: 'completion' }],
    },
    {
        what: '附表10: 合计 预算数 13.00 typed 31.00',
        edits: edit('合计 11.10 13.00', '11.10 13.00', '11.10 31.00'),
        expect: [{ severity: 'error', rule: 'sum-total' }],
    },
    {
        what: '情况说明: 机关运行经费 减少 7.67 typed 7.76',
        edits: edit('机关运行经费 118.73 上年', '减少 7.67', '减少 7.76'),
        expect: [{ severity: 'error', rule: 'change' }],
    },
    {
        what: '项目 学生资助项目: 完成预算 96.76% typed 96.67%',
        edits: edit('执行数 338.65 完成预算', '96.76%', '96.67%'),
        expect: [{ severity: 'error', rule: 'completion' }],
    },
    // ---- sums and ties -------------------------------------------------------------------
    {
        what: '附表6: 类 210 is not the sum of its 项 (51.07 typed 57.01)',
        edits: edit('210 卫生健康支出 51.07 51.07 - 占比', '51.07 51.07', '57.01 57.01'),
        expect: [{ severity: 'error', rule: 'sum-children' }],
    },
    {
        what: '附表3 合计 is not 附表1 本年支出合计 (2214.46 typed 2241.46)',
        edits: edit('合计 2214.46 1087.61 1126.84', '合计 2214.46', '合计 2241.46'),
        expect: [{ severity: 'error', rule: 'sum-columns' }],
    },
    {
        what: '附表6 基本支出 is not 附表8 人员经费 + 公用经费 (公用经费 118.73 typed 181.73)',
        edits: edit('公用经费 118.73 {', '118.73', '181.73'),
        expect: [{ severity: 'error', rule: 'sum-children' }],
    },
    {
        what: '附表1: 支出总计 2344.50 typed 2317.50, no longer 收入总计',
        edits: edit(/^\s*总计 2344\.50$/, '2344.50', '2317.50'),
        expect: [{ severity: 'error', rule: 'sum-total' }],
    },
    {
        what: '附表4: 政府性基金预算财政拨款 150.00 typed 105.00, no longer 附表1 政府性基金预算财政拨款收入',
        edits: edit('政府性基金预算财政拨款 150.00 0 150.00 0', '150.00 0 150.00', '105.00 0 105.00'),
        expect: [{ severity: 'error', rule: 'tie' }],
    },
    {
        what: '情况说明: 国内公务接待 2.34万元 typed 2.43万元, no longer 附表10 公务接待费',
        edits: edit('国内公务接待 2.34万元', '2.34万元', '2.43万元'),
        expect: [{ severity: 'error', rule: 'tie' }],
    },
    // ---- codes and names -----------------------------------------------------------------
    {
        what: '附表6: 2101103 typed 2111103, under 21011',
        edits: edit(T(6, '2101103 公务员医疗补助'), '2101103', '2111103'),
        // 2111103 is another subject in the (recalled) catalogue: a hint, not a warning
        expect: [{ severity: 'error', rule: 'code-parent' }, { severity: 'info', rule: 'code-name' }],
    },
    {
        what: '附表3: 2050102 typed 2050101, a code twice',
        edits: edit('2050102 一般行政管理事务 185.32 0 185.32', '2050102', '2050101'),
        expect: [{ severity: 'error', rule: 'code-duplicate' }, { severity: 'warning', rule: 'code-name' }],
    },
    {
        what: '附表6: 2050102 named 一般行政管理事物, not as in the 名词解释',
        edits: edit(T(6, '2050102 一般行政管理事务'), '事务', '事物'),
        expect: [{ severity: 'warning', rule: 'code-name' }],
    },
    {
        what: '附表6: 20805 under its name before 2020 (行政事业单位离退休), copied from an old report',
        edits: edit(T(6, '20805 行政事业单位养老支出'), '行政事业单位养老支出', '行政事业单位离退休'),
        expect: [{ severity: 'warning', rule: 'code-name' }],
    },
    // ---- counts ----------------------------------------------------------------------------
    {
        what: '部门概况: 在职人员 42人 typed 43人',
        edits: edit('在职人员 42人 {', '42人', '43人'),
        expect: [{ severity: 'error', rule: 'sum-children' }],
    },
    {
        what: '情况说明: 公务用车 保有 3辆 typed 4辆',
        edits: edit('保有 3辆 {', '3辆', '4辆'),
        expect: [{ severity: 'error', rule: 'sum-children' }],
    },
    // ---- prose and indicators --------------------------------------------------------------
    {
        what: '附件: a reference to a figure that does not exist',
        edits: edit('其中人员经费【附表8.人员经费】', '【附表8.人员经费】', '【附表8.工资福利】'),
        expect: [{ severity: 'error', rule: 'reference' }],
    },
    {
        what: '附件: 本年支出合计 written by hand as 2241.46万元',
        edits: edit('本年支出合计2214.46万元', '2214.46万元', '2241.46万元'),
        expect: [{ severity: 'error', rule: 'prose-figure' }],
    },
    {
        what: '情况说明: the share of 政府性基金预算财政拨款收入 restated as 6.39% (附表1 states 6.93%)',
        edits: edit('政府性基金预算财政拨款收入150.00万元，占6.93%', '占6.93%', '占6.39%'),
        expect: [{ severity: 'error', rule: 'prose-figure' }],
    },
    // ---- the officer's words against the figures --------------------------------------------
    {
        what: '情况说明: 一般公共预算财政拨款基本支出 written by hand as 1062.37万元 (附表6 says 1026.37)',
        edits: edit('一般公共预算财政拨款基本支出决算情况', '【附表6.合计.基本支出】万元', '1062.37万元'),
        expect: [{ severity: 'error', rule: 'prose-figure' }],
    },
    {
        what: '情况说明: 完成预算 of 培训支出 restated one unit off (93.22% for 93.23%)',
        edits: edit('培训支出（2050803）支出决算为102.55万元', '完成预算93.23%', '完成预算93.22%'),
        expect: [{ severity: 'warning', rule: 'prose-figure' }],
    },
    {
        what: '情况说明: 财政拨款收、支总计 said to fall (各减少90.92万元) where 附表4 says 增加 90.92',
        edits: edit('财政拨款收入支出决算总体情况', '各增加【附表4.收入.总计.增加】万元', '各减少90.92万元'),
        expect: [{ severity: 'error', rule: 'prose-direction' }],
    },
    {
        what: '情况说明: 培训支出 102.55 said to be above its budget 110.00 (决算数大于预算数)',
        edits: edit('培训支出（2050803）支出决算为102.55万元', '决算数小于预算数', '决算数大于预算数'),
        expect: [{ severity: 'error', rule: 'prose-budget' }],
    },
    {
        what: '情况说明: 事业收入 (165.00) listed among the incomes that are 均为0万元',
        edits: edit('收入决算情况说明 「', '国有资本经营预算财政拨款收入、上级补助收入', '国有资本经营预算财政拨款收入、事业收入、上级补助收入'),
        expect: [{ severity: 'error', rule: 'prose-zero' }],
    },
    {
        what: '部门概况: the department left as XX局 in 机构设置',
        edits: edit('机构设置 「某市教育局为一级预算单位', '某市教育局为一级预算单位', 'XX局为一级预算单位'),
        expect: [{ severity: 'warning', rule: 'prose-placeholder' }],
    },
    {
        what: '情况说明: 公务用车 counted 截至2020年12月底 in a 2021 report',
        edits: edit('截至2021年12月底，单位共有公务用车', '截至2021年', '截至2020年'),
        expect: [{ severity: 'warning', rule: 'prose-date' }],
    },
    {
        what: '公开时间 2021年9月15日, before the year 2021 ended',
        edits: edit('公开时间 2022年9月15日', '2022年', '2021年'),
        expect: [{ severity: 'error', rule: 'prose-date' }],
    },
    {
        what: '教师培训项目: 参训教师满意度 93% typed 88%, below ≥90%',
        edits: edit('参训教师满意度 预期 ≥90% 实际 93%', '实际 93%', '实际 88%'),
        expect: [{ severity: 'info', rule: 'indicator-unmet' }],
    },
    // ---- ties the template gained after a first try of this report ----------------------
    {
        what: '附表7 rows tied to 附表6 rows: 10 moved from 2050102 to 2050199 in 附表7 only',
        edits: [
            ...edit(T(7, '2050102 一般行政管理事务'), '185.32 0 0 0 185.32', '175.32 0 0 0 175.32'),
            ...edit(T(7, '2050199 其他教育管理事务支出'), '241.65 0 0 0 241.65', '251.65 0 0 0 251.65'),
        ],
        expect: [
            // four figures moved together: no one figure, nor two, explains a tie
            { severity: 'error', rule: 'tie' },
            { severity: 'error', rule: 'tie' },
            { severity: 'error', rule: 'tie', at: T(7, '2050199 其他教育管理事务支出') },
            { severity: 'error', rule: 'tie', at: T(7, '2050199 其他教育管理事务支出') },
        ],
    },
    {
        what: '附表1 支出 by 类 tied to 附表3 类: 10 moved from 教育支出 to 其他支出 in 附表1 only',
        edits: [
            ...edit(/^\s*教育支出 1710\.28$/, '1710.28', '1700.28'),
            ...edit(/^\s*其他支出 120\.00$/, '120.00', '130.00'),
        ],
        expect: [
            // the two figures moved together: one error each, with the same explanation
            { severity: 'error', rule: 'tie' },
            { severity: 'error', rule: 'tie', at: /^\s*其他支出 120\.00$/ },
        ],
    },
    {
        what: '附表2 合计 事业收入/其他收入 tied to 附表1: 10 moved from 其他收入 to 事业收入 in 附表1 only',
        edits: [
            ...edit('事业收入 165.00 占比 7.63%', '165.00 占比 7.63%', '175.00 占比 8.09%'),
            ...edit('其他收入 23.66 占比 1.09%', '23.66 占比 1.09%', '13.66 占比 0.63%'),
        ],
        expect: [
            // amounts and shares moved together in 附表1: each tie is told at 附表2
            { severity: 'error', rule: 'tie', at: T(2, '合计 2163.52') },
            { severity: 'error', rule: 'tie', at: T(2, '合计 2163.52') },
        ],
    },
    {
        what: '附表4 本年收入合计 by fund equals the sum of the fund rows (10 moved between its fund columns)',
        edits: edit('本年收入合计 1974.86 1824.86 150.00 0', '1824.86 150.00', '1834.86 140.00'),
        expect: [{ severity: 'error', rule: 'sum-total' }],
    },
    {
        what: '附表4 支出 by 类 tied to 附表5/6: 10 moved from 教育支出 to 住房保障支出 in 附表4 only',
        edits: [
            ...edit(/^\s*教育支出 1488\.93 1488\.93 0 0$/, '1488.93 1488.93', '1478.93 1478.93'),
            ...edit(/^\s*住房保障支出 71\.38 71\.38 0 0$/, '71.38 71.38', '81.38 81.38'),
        ],
        expect: [
            // four figures moved together: each tie is told at its own figure
            { severity: 'error', rule: 'tie' },
            { severity: 'error', rule: 'tie' },
            { severity: 'error', rule: 'tie', at: /^\s*住房保障支出 71\.38 71\.38 0 0$/ },
            { severity: 'error', rule: 'tie', at: /^\s*住房保障支出 71\.38 71\.38 0 0$/ },
        ],
    },
    {
        what: '附表4 年末 政府性基金 tied to 附表11 年末结转和结余 (30.00 moved to 一般公共预算)',
        edits: edit('年末财政拨款结转和结余 112.43 82.43 30.00 0', '82.43 30.00', '92.43 20.00'),
        expect: [{ severity: 'error', rule: 'sum-total' }],
    },
];

/** Mistakes the checker does not report yet; each says what the design note expects. */

/** The 0-based line an anchor names; throws unless it names exactly one line. */
function lineOf(anchor: Anchor, lines: readonly string[] = LINES): number {
    let candidates: number[];
    if (Array.isArray(anchor)) {
        const [table, text] = anchor as readonly [string, string];
        const start = lines.findIndex(l => l.startsWith(table));
        const found = lines.findIndex((l, i) => i > start && l.includes(text));
        candidates = start >= 0 && found >= 0 ? [found] : [];
    } else {
        candidates = lines.flatMap((l, i) => (typeof anchor === 'string' ? l.includes(anchor) : (anchor as RegExp).test(l)) ? [i] : []);
    }
    if (candidates.length !== 1) throw new Error(`anchor ${String(anchor)} names ${candidates.length} lines of the demo`);
    return candidates[0];
}

function apply(edits: readonly Edit[]): string {
    const lines = [...LINES];
    for (const e of edits) {
        const index = lineOf(e.line);
        if (!lines[index].includes(e.from)) throw new Error(`line ${index + 1} has no “${e.from}”: ${lines[index]}`);
        lines[index] = lines[index].replace(e.from, e.to);
    }
    return lines.join('\n');
}

async function diagnosticsOf(text: string): Promise<Diagnostic[]> {
    const document = await parse(text, ALL);
    return document.diagnostics ?? [];
}

const show = (d: Diagnostic) => `${d.range.start.line + 1}: ${SEVERITY_NAME[d.severity ?? 1]} [${d.code}] ${d.message}`;

/**
 * What a mistake's findings miss or add: empty when each expectation is reported where expected
 * and nothing else is (hints aside): one mistake, one finding.
 */
async function missed(mistake: Mistake): Promise<string[]> {
    const diagnostics = await diagnosticsOf(apply(mistake.edits));
    const syntax = diagnostics.filter(d => ['lexing-error', 'parsing-error'].includes(String((d.data as { code?: string } | undefined)?.code)));
    expect(syntax.map(show), 'the edit keeps the file parseable').toEqual([]);
    const baseline = new Set((await diagnosticsOf(DEMO)).map(d => `${d.code} ${d.message}`));
    const findings = diagnostics.filter(d => d.severity !== SEVERITY.hint && !baseline.has(`${d.code} ${d.message}`));
    const unmatched = [...findings];
    const problems = mistake.expect.flatMap(expected => {
        const line = lineOf(expected.at ?? mistake.edits[0].line);
        const index = unmatched.findIndex(d => d.severity === SEVERITY[expected.severity] && d.code === expected.rule && d.range.start.line === line);
        if (index >= 0) {
            unmatched.splice(index, 1);
            return [];
        }
        return [`${expected.severity} [${expected.rule}] at line ${line + 1}; found:\n${findings.map(show).join('\n')}`];
    });
    return [...problems, ...unmatched.map(d => `not expected: ${show(d)}`)];
}

describe('a new user’s report: examples/demo-2021.juesuan', () => {
    it('has no error and no warning', async () => {
        const diagnostics = await diagnosticsOf(DEMO);
        expect(diagnostics.filter(d => d.severity === SEVERITY.error || d.severity === SEVERITY.warning).map(show)).toEqual([]);
    });

    it('reads 「不低于2000元」 as at least 2000元: 2055元 meets it', async () => {
        const diagnostics = await diagnosticsOf(DEMO);
        const line = lineOf('人均资助金额 预期');
        expect(diagnostics.filter(d => d.code === 'indicator-unmet' && d.range.start.line === line).map(show)).toEqual([]);
    });

    it('every anchor of the tables below names one line', () => {
        for (const mistake of [...mistakes]) {
            for (const e of mistake.edits) expect(LINES[lineOf(e.line)], mistake.what).toContain(e.from);
            for (const expected of mistake.expect) if (expected.at) lineOf(expected.at);
        }
    });

    describe('each mistake is reported at its line or at the figure it breaks', () => {
        for (const mistake of mistakes) {
            it(mistake.what, async () => {
                expect(await missed(mistake)).toEqual([]);
            });
        }
    });

    describe('words that agree with the figures are no error', () => {
        const right: readonly { what: string; edits: readonly Edit[] }[] = [
            {
                what: '一般公共预算财政拨款基本支出 written by hand as its value 1026.37万元 (not 财政拨款 110.00 of a project)',
                edits: edit('一般公共预算财政拨款基本支出决算情况', '【附表6.合计.基本支出】万元', '1026.37万元'),
            },
            {
                what: '一般公共预算财政拨款支出 and its change written by hand',
                edits: edit('一般公共预算财政拨款支出决算情况说明 「', '增加【附表6.合计.增加】万元，增长【附表6.合计.增长】', '增加150.05万元，增长8.71%'),
            },
            {
                what: '培训支出’s 完成预算 at one decimal (93.2% for 93.23%)',
                edits: edit('培训支出（2050803）支出决算为102.55万元', '完成预算93.23%', '完成预算93.2%'),
            },
        ];
        for (const change of right) {
            it(change.what, async () => {
                const diagnostics = await diagnosticsOf(apply(change.edits));
                expect(diagnostics.filter(d => d.severity === SEVERITY.error || d.severity === SEVERITY.warning).map(show)).toEqual([]);
            });
        }
    });

    describe('changes within rounding are no error', () => {
        const withinRounding: readonly { what: string; edits: readonly Edit[] }[] = [
            { what: '附表8: 30101 基本工资 one cent up', edits: edit('30101 基本工资 185.32', '185.32', '185.33') },
            { what: '附表1: 事业收入 one cent up', edits: edit('事业收入 165.00 占比', '165.00', '165.01') },
            { what: '附表5: 2101103 one cent up in both columns', edits: edit(T(5, '2101103 公务员医疗补助'), '9.84 9.84', '9.85 9.85') },
            { what: '附表9: 合计 one cent up', edits: edit(/^\s*合计 846\.73$/, '846.73', '846.74') },
            { what: '附表1: 年末结转和结余 one cent up', edits: edit('年末结转和结余 130.04', '130.04', '130.05') },
            { what: '附表7: 2050101 人员经费 one cent up', edits: edit(T(7, '2050101 行政运行'), '523.46', '523.47') },
            { what: '附表3: 2050199 基本支出 one cent down', edits: edit(T(3, '2050199 其他教育管理事务支出'), '61.24', '61.23') },
        ];
        for (const change of withinRounding) {
            it(change.what, async () => {
                const diagnostics = await diagnosticsOf(apply(change.edits));
                expect(diagnostics.filter(d => d.severity === SEVERITY.error).map(show)).toEqual([]);
            });
        }
    });
});

