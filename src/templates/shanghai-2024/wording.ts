// Shanghai's standard sentences (SOURCES.md 4): 收入支出 named together (〔单位〕〔年〕年度收入支出总计…。
// 与〔上年〕年度相比，收入支出总计减少…，下降…%。主要原因：…), 本年收入合计 with its shares and no
// year before it, and completion against 调整预算 (完成调整预算的…%, as Shanghai's finance reports
// name the 全年预算), but the 三公 total against its 年初预算, the table's 预算数 (年初预算为…，支出决算为…，
// 完成预算的…%; SOURCES.md 3). The sections no Shanghai source shows are worded as the 财政部 format's.
import type { Completion, YearOnYear } from '../../model/comparisons.js';
import type { Figure } from '../../model/figure.js';
import type { Inline } from '../../generation/report-parts.js';
import { NATIONAL_WORDING } from '../national/wording.js';
import { amount, figure, reasonText, shareList } from '../shared/sentences.js';
import type { Spending, Split, Totals, Wording, WordingContext } from '../shared/wording.js';
import { completionWith, differenceSentence, itemDifference, levelled } from '../shared/wording.js';

/** The 全年预算 as Shanghai names it. */
const BUDGET = { '全年预算': '调整预算', '年初预算': '年初预算' } as const;

/** 与2023年度相比，收入支出总计减少…万元，下降…%。 */
function change(ctx: WordingContext, subject: string, yoy: YearOnYear | undefined): Inline[] {
    if (!yoy) return [];
    const since = ctx.year !== undefined ? `与${ctx.year - 1}年度相比，` : '与上年度相比，';
    if (yoy.direction === 'flat') return [`${since}${subject}持平。`];
    const up = yoy.direction === 'increase';
    return [`${since}${subject}${up ? '增加' : '减少'}`, amount(yoy.change, ctx.unit), ...(yoy.rate ? [`，${up ? '增长' : '下降'}`, figure(yoy.rate)] : []), '。'];
}

/** 主要原因：…。 */
function reason(text: string | undefined): Inline[] {
    return text && reasonText(text) !== '' ? [`主要原因：${reasonText(text)}。`] : [];
}

function totals(ctx: WordingContext, t: Totals, prefix: string): Inline[] {
    return [
        `${ctx.short}${ctx.wording.year(ctx)}${prefix}收入支出总计`, amount(t.income ?? t.expenditure, ctx.unit, `${prefix}收入支出总计`), '。',
        ...change(ctx, `${prefix}收入支出总计`, t.yoy), ...reason(t.reason),
    ];
}

function split(ctx: WordingContext, s: Split, what: string): Inline[] {
    return [what, amount(s.total, ctx.unit, what), ...(s.parts.length > 0 ? ['，其中：', ...shareList(s.parts, { unit: ctx.unit })] : ['。'])];
}

/**
 * 2020年度“三公”经费财政拨款支出年初预算为683.51万元，支出决算为358.18万元，完成预算的52.4%。
 * 2020年度“三公”经费财政拨款支出决算数比2019年度减少233.34万元，下降39.45%。 (MH, JD)
 */
function threePublicTotal(ctx: WordingContext, s: Spending): Inline[] {
    const year = ctx.wording.year(ctx);
    const c = s.completion;
    const yoy = s.yoy;
    const last = ctx.year !== undefined ? `${ctx.year - 1}年度` : '上年度';
    return [
        `${year}“三公”经费财政拨款支出${BUDGET[c.base]}为`, amount(c.budget, ctx.unit, BUDGET[c.base]),
        '，支出决算为', amount(s.amount, ctx.unit, '支出决算'), ...completionWith(c, '，完成预算的'), '。',
        ...differenceSentence(ctx.wording, s.difference, [c]),
        ...(!yoy ? [] : yoy.direction === 'flat' ? [`${year}“三公”经费财政拨款支出决算数与${last}持平。`] : [
            `${year}“三公”经费财政拨款支出决算数比${last}${yoy.direction === 'increase' ? '增加' : '减少'}`, amount(yoy.change, ctx.unit),
            ...(yoy.rate ? [`，${yoy.direction === 'increase' ? '增长' : '下降'}`, figure(yoy.rate)] : []), '。',
        ]),
    ];
}

/**
 * 年初预算为…万元，调整预算为…万元，支出决算为…万元，完成调整预算的…% — the 年初预算 where the row writes it beside the
 * budget completed (test/trials/shanghai-2022-emergency.txt … shanghai-2024-npc.txt; those writing it alone: 年初预算为…，支出决算为…).
 */
function againstBudget(ctx: WordingContext, actual: Figure | undefined, c: Completion, initial: Figure | undefined, what: string): Inline[] {
    return [
        ...(initial && c.base !== '年初预算' ? ['年初预算为', amount(initial, ctx.unit, '年初预算'), '，'] : []),
        `${BUDGET[c.base]}为`, amount(c.budget, ctx.unit, BUDGET[c.base]), '，支出决算为', amount(actual, ctx.unit, what), ...ctx.wording.completion(c),
    ];
}

export const SHANGHAI_2024_WORDING: Wording = {
    ...NATIONAL_WORDING,
    budgetName: c => BUDGET[c.base],
    completion: c => completionWith(c, `，完成${BUDGET[c.base]}的`),
    total: (ctx, t) => totals(ctx, t, ''),
    income: (ctx, s) => split(ctx, s, '本年收入合计'),
    expenditure: (ctx, s) => split(ctx, s, '本年支出合计'),
    appropriation: (ctx, t) => totals(ctx, t, '财政拨款'),
    generalDetailLead: (ctx, s) => [
        `${ctx.wording.year(ctx)}一般公共预算财政拨款支出`, ...againstBudget(ctx, s.amount, s.completion, s.initial, '一般公共预算财政拨款支出决算'), '。其中：',
    ],
    // 1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为…，调整预算为…，
    // 支出决算为…，完成调整预算的…%。决算数小于调整预算数的主要原因是…。 (every test/trials/shanghai-* report: by 项, none by 类)
    generalDetailItem: (ctx, item) => [
        `${item.index}.${levelled(item.path)}。`, ...againstBudget(ctx, item.amount, item.completion, item.initial, '支出决算'), '。', ...itemDifference(ctx, item),
    ],
    threePublicTotal,
};
