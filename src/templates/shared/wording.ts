// How a template words the standard sentences of 决算情况说明, section by section. The layout hands
// each sentence its figures from the report model (nothing here computes) and prints what the
// template's wording makes of them; a template folder gives the sections its published reports word
// otherwise (`templateLayout({ wording })`), the others keep the standard wording below — the seed's,
// which the 财政部 format's reports share where no source shows them differ.
import type { Completion, YearOnYear } from '../../model/comparisons.js';
import type { Figure } from '../../model/figure.js';
import type { Inline } from '../../generation/report-parts.js';
import type { SharePart } from './sentences.js';
import { amount, changeSentence, comparedWithLastYear, figure, reasonSentence, shareList } from './sentences.js';

/** What every sentence may name: the report's year (2020, or a marker), unit and the department's short name. */
export interface WordingContext {
    readonly year: number | undefined;
    readonly Y: string;
    readonly unit: string;
    readonly short: string;
    /** The template's whole wording, for sentences that use its other parts (its completion clause). */
    readonly wording: Wording;
}

/** 收、支总计 (of the report, or of its appropriations): both sides, the change, the reason. */
export interface Totals {
    readonly income?: Figure;
    readonly expenditure?: Figure;
    readonly yoy?: YearOnYear;
    readonly reason?: string;
}

/** 本年收入合计 / 本年支出合计 and its parts with their shares. */
export interface Split {
    readonly total?: Figure;
    readonly yoy?: YearOnYear;
    readonly parts: readonly SharePart[];
}

/** A count and the unit it is written in (团组 2个 or 2次, people 6人 or 6人次); no figure where the data writes none. */
export interface Count {
    readonly value?: Figure;
    readonly unit: string;
}

/** An amount with its completion, its change against last year and the reasons written for them. */
export interface Spending {
    readonly amount?: Figure;
    readonly completion: Completion;
    readonly yoy?: YearOnYear;
    /** 变动原因 */
    readonly reason?: string;
    /** 差异原因: why 决算 differs from the budget. */
    readonly difference?: string;
}

/** One 类 of the 一般公共预算 detail: its lowest rows with their completion, and the reason for the difference. */
export interface DetailClass {
    readonly index: number;
    readonly leaves: readonly {
        /** The seed's label: 一般公共服务支出（201）政府办公厅（室）及相关机构事务（03）行政运行（01）. */
        readonly label: string;
        /** The names from the 类 down to the row: 类, 款, 项. */
        readonly path: readonly string[];
        readonly amount?: Figure;
        readonly completion: Completion;
    }[];
    readonly difference?: string;
    readonly line?: number;
}

/** One 项 of the 一般公共预算 detail, where the template's reports go by 项 (上海: 1.〔类〕（类）〔款〕（款）〔项〕（项）。…). */
export interface DetailItem {
    /** Its number, counted across the 类. */
    readonly index: number;
    /** The names from the 类 down to the row: 类, 款, 项. */
    readonly path: readonly string[];
    readonly amount?: Figure;
    readonly completion: Completion;
    /** The 年初预算 the row writes where the template completes against another budget. */
    readonly initial?: Figure;
    /** The reason its paragraph gives, its own, with the completion it explains (a 款's or 类's follows apart: groupDifference). */
    readonly differences: readonly { readonly text: string; readonly compared: readonly Completion[] }[];
    /** A reason of its 款 or 类 explains it, given with their last 项: none is asked of it. */
    readonly explained: boolean;
    readonly line?: number;
}

/** 公务用车: the purchase and the fleet, each with its kinds where the source lists them. */
export interface Cars {
    readonly purchase?: Figure;
    readonly running?: Figure;
    /** 用途 of the running costs. */
    readonly use?: string;
    readonly purchased?: { readonly count?: Figure; readonly kinds: readonly { readonly name: string; readonly count?: Figure; readonly amount?: Figure }[] };
    readonly held?: { readonly count?: Figure; readonly kinds: readonly { readonly name: string; readonly count?: Figure }[] };
}

/** The wording of one template's standard sentences; each returns a paragraph's content. */
export interface Wording {
    /** The report's year as the sentences lead with it: 2020年, 2024年度. */
    year(ctx: WordingContext): string;
    /** What the sentences call a completion's budget (预算, 年初预算, 调整预算); one a row departs to is named as it is. */
    budgetName(c: Pick<Completion, 'base' | 'departs'>): string;
    /** The completion clause after an amount (，完成预算22.54%), 〔未填写〕 where the template's budget is not written. */
    completion(c: Completion): Inline[];
    /** 一、收入支出决算总体情况 */
    total(ctx: WordingContext, t: Totals): Inline[];
    /** 二、收入决算情况 */
    income(ctx: WordingContext, s: Split): Inline[];
    /** 三、支出决算情况 */
    expenditure(ctx: WordingContext, s: Split): Inline[];
    /** 四、财政拨款收入支出决算总体情况 */
    appropriation(ctx: WordingContext, t: Totals): Inline[];
    /** 一般公共预算财政拨款支出决算总体情况: the total, its share of 本年支出合计, the change. */
    generalOverall(ctx: WordingContext, s: Spending & { readonly share?: Figure }): Inline[];
    /** 一般公共预算财政拨款支出决算具体情况: the lead sentence (`initial`: the 年初预算 where the template completes against another). */
    generalDetailLead(ctx: WordingContext, s: Spending & { readonly initial?: Figure }): Inline[];
    /** 一般公共预算财政拨款支出决算具体情况: one 类. */
    generalDetailClass(ctx: WordingContext, d: DetailClass): Inline[];
    /** 一般公共预算财政拨款支出决算具体情况 by 项, a paragraph each, where the template's reports go so (上海); by 类 where not given. */
    generalDetailItem?(ctx: WordingContext, item: DetailItem): Inline[];
    /** “三公”经费财政拨款支出决算总体情况 */
    threePublicTotal(ctx: WordingContext, s: Spending): Inline[];
    /** One of the three: 1.因公出国（境） 2.公务用车购置及运行维护 3.公务接待, with what follows its amount (counts). */
    threePublicItem(ctx: WordingContext, n: 1 | 2 | 3, s: Spending, counts: readonly Inline[]): Inline[];
    /** 因公出国（境）团组 and people, each in the unit the data writes it (2个, 6人次). */
    abroadCounts(groups: Count, people: Count): Inline[];
    /** 公务用车: purchase and fleet, and the running costs; one paragraph each, or sentences of item 2's (`carsInItem`). */
    cars(ctx: WordingContext, c: Cars): Inline[][];
    /**
     * The 公务用车 sentences go on in item 2's paragraph (2.公务用车购置及运行维护费支出…。其中：…), as the 财政部 format's
     * reports print them; else each is a paragraph under it, as the Sichuan seed prints them.
     */
    readonly carsInItem: boolean;
    /** 政府性基金预算 / 国有资本经营预算: the year's appropriation spending (`spent` may be the words for zero). */
    fund(ctx: WordingContext, fund: string, spent: readonly Inline[]): Inline[];
    /** 机关运行经费 */
    runningCosts(ctx: WordingContext, s: Omit<Spending, 'completion'>): Inline[];
}

/**
 * ，完成预算22.54% — with `lead` naming the budget; 〔未填写〕 where that budget is not written. Nothing where nothing
 * was spent or nothing was budgeted (0, or a blank -) and no rate is known: a rate of nothing, or against nothing, is no
 * figure the report lacks.
 */
export function completionWith(c: Completion, lead: string): Inline[] {
    if (!c.rate && (c.actual?.value.isZero() || c.budget?.value.isZero())) return [];
    return [lead, c.rate ? figure(c.rate) : { kind: 'missing', text: `${c.base}完成率` }];
}

/** 决算数小于预算数 / 等于 / 大于, naming the budgets as `budgets` (预算数, 全年预算数、年初预算数); mixed comparisons say 存在差异. */
function comparisonWith(comparisons: readonly (-1 | 0 | 1 | undefined)[], budgets: string): string | undefined {
    const known = comparisons.filter((c): c is -1 | 0 | 1 => c !== undefined);
    if (known.length === 0) return undefined;
    if (known.every(c => c === 0)) return `决算数等于${budgets}`;
    if (known.every(c => c <= 0)) return `决算数小于${budgets}`;
    if (known.every(c => c >= 0)) return `决算数大于${budgets}`;
    return `决算数与${budgets}存在差异`;
}

/**
 * The reason for the difference from the budget, led by the words that say which way it goes. Each completion names
 * its own budget: the 项 of a 类 may complete against different ones (a row departing to the 年初预算 it writes).
 */
export function differenceSentence(
    wording: Wording, difference: string | undefined, comparisons: readonly Completion[], line?: number,
): Inline[] {
    const known = comparisons.filter(c => c.comparison !== undefined);
    const named = (known.length > 0 ? known : comparisons).map(c => `${wording.budgetName(c)}数`);
    const budgets = named.length > 0 ? [...new Set(named)].join('、') : `${wording.budgetName({ base: '全年预算' })}数`;
    const words = comparisonWith(comparisons.map(c => c.comparison), budgets);
    const reason = reasonSentence(difference, `${words ?? comparisonWith([1, -1], budgets)}的主要原因是`);
    if (reason.length > 0) return reason;
    return words && !/等于/.test(words) ? [{ kind: 'missing', text: `${words}的原因`, line, optional: true }] : [];
}

const THREE_PUBLIC_ITEMS = {
    1: { lead: '因公出国（境）经费支出', subject: '因公出国（境）支出决算' },
    2: { lead: '公务用车购置及运行维护费支出', subject: '公务用车购置及运行维护费支出决算' },
    3: { lead: '公务接待费支出', subject: '公务接待费支出决算' },
} as const;

/** 预算, the budget the seed's note names, or the one a row departs to: 年初预算. */
function standardBudgetName(c: Pick<Completion, 'base' | 'departs'>): string {
    return c.departs ? c.base : '预算';
}

/** The standard wording: the seed's (a 2020 report of the 财政部 format as a province prints it). */
export const STANDARD_WORDING: Wording = {
    // the seed names no budget: its note under the section says which (调整预算数); a row departing from it names its own
    year: ctx => `${ctx.Y}年`,
    budgetName: standardBudgetName,
    completion: c => completionWith(c, `，完成${standardBudgetName(c)}`),
    total: (ctx, t) => [
        `${ctx.Y}年度收、支总计`, amount(t.income ?? t.expenditure, ctx.unit, '收、支总计'), '。',
        ...changeSentence({ year: ctx.year, subject: '收、支总计', yoy: t.yoy, each: true, unit: ctx.unit }),
        ...reasonSentence(t.reason, '主要变动原因是'),
    ],
    income: (ctx, s) => [`${ctx.wording.year(ctx)}本年收入合计`, amount(s.total, ctx.unit, '本年收入合计'),
        ...(s.parts.length > 0 ? ['，其中：', ...shareList(s.parts, { unit: ctx.unit })] : ['。'])],
    expenditure: (ctx, s) => [`${ctx.wording.year(ctx)}本年支出合计`, amount(s.total, ctx.unit, '本年支出合计'),
        ...(s.parts.length > 0 ? ['，其中：', ...shareList(s.parts, { unit: ctx.unit })] : ['。'])],
    appropriation: (ctx, t) => [
        `${ctx.wording.year(ctx)}财政拨款收、支总计`, amount(t.income ?? t.expenditure, ctx.unit, '财政拨款收、支总计'), '。',
        ...changeSentence({ year: ctx.year, subject: '财政拨款收、支总计', yoy: t.yoy, each: true, unit: ctx.unit }),
        ...reasonSentence(t.reason, '主要变动原因是'),
    ],
    generalOverall: (ctx, s) => [
        `${ctx.wording.year(ctx)}一般公共预算财政拨款支出`, amount(s.amount, ctx.unit, '一般公共预算财政拨款支出'),
        ...(s.share ? ['，占本年支出合计的', figure(s.share)] : []), '。',
        ...changeSentence({ year: ctx.year, subject: '一般公共预算财政拨款', yoy: s.yoy, unit: ctx.unit }),
        ...reasonSentence(s.reason, '主要变动原因是'),
    ],
    generalDetailLead: (ctx, s) => [
        `${ctx.wording.year(ctx)}一般公共预算支出决算数为`, amount(s.amount, ctx.unit, '一般公共预算支出决算数'),
        ...ctx.wording.completion(s.completion), '。其中：',
    ],
    generalDetailClass: (ctx, d) => detailClass(ctx, d, leaf =>
        [`${leaf.label}：支出决算为`, amount(leaf.amount, ctx.unit), ...ctx.wording.completion(leaf.completion)]),
    threePublicTotal: (ctx, s) => [
        `${ctx.wording.year(ctx)}“三公”经费财政拨款支出决算为`, amount(s.amount, ctx.unit, '“三公”经费合计'),
        ...ctx.wording.completion(s.completion),
        ...(reasonSentence(s.difference).length > 0
            ? ['，', ...differenceSentence(ctx.wording, s.difference, [s.completion])]
            : ['。']),
    ],
    threePublicItem: (ctx, n, s, counts) => [
        `${n}.${THREE_PUBLIC_ITEMS[n].lead}`, amount(s.amount, ctx.unit), ...ctx.wording.completion(s.completion), '。', ...counts,
        ...comparedWithLastYear({ year: ctx.year, subject: THREE_PUBLIC_ITEMS[n].subject, yoy: s.yoy, unit: ctx.unit }),
        ...reasonSentence(s.reason),
    ],
    abroadCounts: (groups, people) => ['全年安排因公出国（境）团组', figure(groups.value, groups.unit, '团组数'), '，出国（境）', figure(people.value, people.unit, '人数'), '。'],
    cars: (ctx, c) => {
        const purchase: Inline[] = ['其中：公务用车购置支出', amount(c.purchase, ctx.unit), '。'];
        if (c.purchased) {
            purchase.push('全年按规定更新购置公务用车', figure(c.purchased.count, '辆', '购置车辆数'));
            if (c.purchased.kinds.length > 0) {
                purchase.push('，其中：');
                c.purchased.kinds.forEach((kind, i) => {
                    if (i > 0) purchase.push('，');
                    purchase.push(kind.name, figure(kind.count, '辆'), '、金额', amount(kind.amount, ctx.unit));
                });
            }
            purchase.push('。');
        }
        if (c.held) {
            purchase.push(`截至${ctx.Y}年12月底，单位共有公务用车`, figure(c.held.count, '辆', '保有车辆数'));
            if (c.held.kinds.length > 0) {
                purchase.push('，其中：');
                c.held.kinds.forEach((kind, i) => {
                    if (i > 0) purchase.push('、');
                    purchase.push(kind.name, figure(kind.count, '辆'));
                });
            }
            purchase.push('。');
        }
        return [purchase, ['公务用车运行维护费支出', amount(c.running, ctx.unit), '。', ...(c.use ? [`主要用于${c.use}。`] : [])]];
    },
    carsInItem: false,
    fund: (ctx, fund, spent) => [`${ctx.wording.year(ctx)}${fund}拨款支出`, ...spent],
    runningCosts: (ctx, s) => [
        `${ctx.wording.year(ctx)}，${ctx.short}机关运行经费支出`, amount(s.amount, ctx.unit, '机关运行经费'),
        ...(s.yoy ? ['，', ...comparedWithLastYear({ year: ctx.year, subject: '', yoy: s.yoy, unit: ctx.unit })] : ['。']),
        ...reasonSentence(s.reason),
    ],
};

/** 1.〔类〕…：〔leaf〕；〔leaf〕。 and the reason for the difference from the budget. */
export function detailClass(ctx: WordingContext, d: DetailClass, leaf: (leaf: DetailClass['leaves'][number]) => Inline[]): Inline[] {
    const content: Inline[] = [`${d.index}.`];
    d.leaves.forEach((l, i) => {
        if (i > 0) content.push('；');
        content.push(...leaf(l));
    });
    content.push('。', ...differenceSentence(ctx.wording, d.difference, d.leaves.map(l => l.completion), d.line));
    return content;
}

/** 教育支出（类）普通教育（款）高中教育（项）: a row's names from its 类 down, each with its level. */
export function levelled(path: readonly string[]): string {
    return path.map((name, i) => `${name}（${['类', '款', '项'][i] ?? '目'}）`).join('');
}

/** A 款's or 类's own reason, after its last 项: named at its level (社会保障和就业支出（类）：决算数大于…的主要原因是…。). */
export function groupDifference(ctx: WordingContext, path: readonly string[], text: string, compared: readonly Completion[], line?: number): Inline[] {
    return [`${levelled(path)}：`, ...differenceSentence(ctx.wording, text, compared, line)];
}

/** The reasons a 项's paragraph gives; where it has none and none of its 款 or 类 explains it, 〔未填写〕 for a difference from the budget. */
export function itemDifference(ctx: WordingContext, item: DetailItem): Inline[] {
    if (item.differences.length > 0) return item.differences.flatMap(d => differenceSentence(ctx.wording, d.text, d.compared, item.line));
    return item.explained ? [] : differenceSentence(ctx.wording, undefined, [item.completion], item.line);
}

/** A template's wording: the standard one with the sections it words otherwise. */
export function wordingOf(changes: Partial<Wording>): Wording {
    return { ...STANDARD_WORDING, ...changes };
}
