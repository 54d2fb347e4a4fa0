// The 财政部 format's standard sentences as its published reports word them (SOURCES.md 4): the
// year as 〔年〕年度, 收入总计 and 支出总计 each named, 本年收入合计 against last year's figure
// (比〔上年〕年的…，增加…), each 项 with its budget and its completion against the template's budget
// (年初预算为…，支出决算为…，完成年初预算的…%), the 三公 items with the budget they complete and
// the change against last year's 决算, the car counts as 购置数 and 保有量. Sections no source shows
// keep the standard wording, with the year as the format writes it.
import type { YearOnYear } from '../../model/comparisons.js';
import type { Figure } from '../../model/figure.js';
import type { Inline } from '../../generation/report-parts.js';
import { amount, figure, reasonSentence, sayable, shareList } from '../shared/sentences.js';
import type { Cars, Split, Spending, Totals, Wording, WordingContext } from '../shared/wording.js';
import { completionWith, detailClass, differenceSentence, levelled, wordingOf } from '../shared/wording.js';

/** ，比2023年的40,616,051.67万元，增加2,212,061.3万元，增长5.4% (MOE). */
function againstLastYear(ctx: WordingContext, yoy: YearOnYear | undefined): Inline[] {
    if (!yoy) return [];
    const last = ctx.year !== undefined ? `${ctx.year - 1}年` : '上年';
    if (yoy.direction === 'flat') return [`，与${last}持平`];
    const up = yoy.direction === 'increase';
    return [
        `，比${last}`, ...(yoy.last ? ['的', amount(yoy.last, ctx.unit)] : []), `，${up ? '增加' : '减少'}`, amount(yoy.change, ctx.unit),
        ...(yoy.rate ? [`，${up ? '增长' : '下降'}`, figure(yoy.rate)] : []),
    ];
}

/** ，比上年决算数减少1.2万元，下降10% (LH). */
function againstLastActual(ctx: WordingContext, yoy: YearOnYear | undefined): Inline[] {
    if (!yoy) return [];
    if (yoy.direction === 'flat') return ['，与上年决算数持平'];
    const up = yoy.direction === 'increase';
    return [`，比上年决算数${up ? '增加' : '减少'}`, amount(yoy.change, ctx.unit), ...(yoy.rate ? [`，${up ? '增长' : '下降'}`, figure(yoy.rate)] : [])];
}

/** 与2023年相比，收、支总计各增加…万元，增长…%。 (MOE) */
function totalsChange(ctx: WordingContext, subject: string, yoy: YearOnYear | undefined): Inline[] {
    if (!yoy) return [];
    const since = ctx.year !== undefined ? `与${ctx.year - 1}年相比，` : '与上年相比，';
    if (yoy.direction === 'flat') return [`${since}${subject}持平。`];
    const up = yoy.direction === 'increase';
    return [`${since}${subject}各${up ? '增加' : '减少'}`, amount(yoy.change, ctx.unit), ...(yoy.rate ? [`，${up ? '增长' : '下降'}`, figure(yoy.rate)] : []), '。'];
}

/** 〔年〕年度收入总计…万元，支出总计…万元。 */
function totals(ctx: WordingContext, t: Totals, prefix: string): Inline[] {
    return [
        `${ctx.wording.year(ctx)}${prefix}收入总计`, amount(t.income, ctx.unit, `${prefix}收入总计`), '，支出总计', amount(t.expenditure, ctx.unit, `${prefix}支出总计`), '。',
        ...totalsChange(ctx, `${prefix}收、支总计`, t.yoy),
        ...reasonSentence(t.reason),
    ];
}

/** 〔年〕年度本年收入合计…万元，比〔上年〕年的…万元，增加…万元，增长…%。其中：…，占…%；… */
function split(ctx: WordingContext, s: Split, what: string): Inline[] {
    return [
        `${ctx.wording.year(ctx)}${what}`, amount(s.total, ctx.unit, what), ...againstLastYear(ctx, s.yoy),
        ...(s.parts.length > 0 ? ['。其中：', ...shareList(s.parts, { unit: ctx.unit })] : ['。']),
    ];
}

/** 〔名称〕支出决算为…万元，完成年初预算…万元的…%，比上年决算数…  (LH, with the template's budget) */
function spendingAgainstBudget(ctx: WordingContext, subject: string, s: Spending): Inline[] {
    const c = s.completion;
    return [
        `${subject}支出决算为`, amount(s.amount, ctx.unit, subject || '支出决算'),
        // the budget's amount where it can be said (a stated rate alone: 完成年初预算的…%; never 完成全年预算〔未填写〕的…%)
        ...(sayable(c.budget) && c.rate ? [`，完成${ctx.wording.budgetName(c)}`, amount(c.budget, ctx.unit), '的', figure(c.rate)] : ctx.wording.completion(c)),
        ...againstLastActual(ctx, s.yoy),
    ];
}

const THREE_PUBLIC = { 1: '因公出国（境）费', 2: '公务用车购置及运行维护费', 3: '公务接待费' } as const;

export const NATIONAL_WORDING: Wording = wordingOf({
    year: ctx => `${ctx.Y}年度`,
    budgetName: c => c.base,
    completion: c => completionWith(c, `，完成${c.base}的`),
    total: (ctx, t) => totals(ctx, t, ''),
    income: (ctx, s) => split(ctx, s, '本年收入合计'),
    expenditure: (ctx, s) => split(ctx, s, '本年支出合计'),
    appropriation: (ctx, t) => totals(ctx, t, '财政拨款'),
    generalOverall: (ctx, s) => [
        `${ctx.wording.year(ctx)}一般公共预算财政拨款支出`, amount(s.amount, ctx.unit, '一般公共预算财政拨款支出'),
        ...(s.share ? ['，占本年支出合计的', figure(s.share)] : []), ...againstLastYear(ctx, s.yoy), '。', ...reasonSentence(s.reason),
    ],
    generalDetailLead: (ctx, s) => [
        `${ctx.wording.year(ctx)}一般公共预算财政拨款支出${ctx.wording.budgetName(s.completion)}为`, amount(s.completion.budget, ctx.unit, ctx.wording.budgetName(s.completion)),
        '，支出决算为', amount(s.amount, ctx.unit, '一般公共预算财政拨款支出决算'), ...ctx.wording.completion(s.completion), '。其中：',
    ],
    generalDetailClass: (ctx, d) => detailClass(ctx, d, leaf => [
        levelled(leaf.path),
        `${ctx.wording.budgetName(leaf.completion)}为`, amount(leaf.completion.budget, ctx.unit, ctx.wording.budgetName(leaf.completion)),
        '，支出决算为', amount(leaf.amount, ctx.unit), ...ctx.wording.completion(leaf.completion),
    ]),
    threePublicTotal: (ctx, s) => [
        `${ctx.wording.year(ctx)}“三公”经费财政拨款`, ...spendingAgainstBudget(ctx, '', s), '。',
        ...differenceSentence(ctx.wording, s.difference, [s.completion]),
    ],
    threePublicItem: (ctx, n, s, counts) => [
        `${n}.`, ...spendingAgainstBudget(ctx, THREE_PUBLIC[n], s), '。', ...counts, ...reasonSentence(s.reason),
    ],
    cars: (ctx, c: Cars) => {
        const kinds = (list: readonly { name: string; count?: Figure }[]) => list.length === 0 ? [] : [
            '（其中：', ...list.flatMap((k, i) => [i > 0 ? '、' : '', k.name, figure(k.count, '辆')]), '）',
        ];
        return [
            ['其中：公务用车购置支出为', amount(c.purchase, ctx.unit), ...(c.purchased ? ['，公务用车购置数', figure(c.purchased.count, '辆', '购置车辆数'), ...kinds(c.purchased.kinds)] : []), '。'],
            ['公务用车运行维护费支出', amount(c.running, ctx.unit),
                ...(c.held ? ['，公务用车保有量为', figure(c.held.count, '辆', '保有车辆数'), ...kinds(c.held.kinds)] : []),
                ...(c.use ? [`，主要用于${c.use}`] : []), '。'],
        ];
    },
    // 2.公务用车购置及运行维护费支出2.02万元，其中：公务用车购置支出为0万元，… (LH, in one paragraph)
    carsInItem: true,
    fund: (ctx, fund, spent) => [`${ctx.wording.year(ctx)}${fund}财政拨款支出`, ...spent],
    runningCosts: (ctx, s) => [
        `${ctx.wording.year(ctx)}${ctx.short}机关运行经费支出`, amount(s.amount, ctx.unit, '机关运行经费'), ...againstLastYear(ctx, s.yoy), '。',
        ...reasonSentence(s.reason),
    ],
});
