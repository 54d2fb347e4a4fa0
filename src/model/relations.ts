import { Decimal } from 'decimal.js';
import type { Figure } from './figure.js';
import { computedFigure, figureName, formatFigure, isPercentHeading, isRateColumn, termDecimals } from './figure.js';
import { HUNDRED, Interval, percentMeets, percentOf, percentValue, sumIntervals } from './interval.js';
import type { BudgetKey } from './budgets.js';
import { BUDGET_KEYS, budgetsOfKind, COMPLETION_KEYS, completionBudgets, isKindBudgetColumn } from './budgets.js';
import type { RowModel, TableModel } from './rows.js';
import { actualColumn, budgetKindColumns, columnSuffix, COUNT_ROW, fixedRows, foreignBudgets, isGroupSubtotalRow, isLeftOut, isOfWhichRow, isTotalRow, isYearTotal, LAST_YEAR_COLUMN, lastYearColumn, ownColumns, ownSides, rowLabel, rowsAfterSubtotal, sideGroupOf, subtractedSign, walkRows } from './rows.js';
import type { CodeSum, FigureAddress, GroupTemplate, ReportTemplate, RowTie, TableRole, TableTemplate, TiePart } from '../templates/template.js';
import { ofCodeSum } from '../templates/template.js';
import type { AddedRowTie, AddedTable, AddedWithin, PartTable, RestatingTable } from '../templates/index.js';
import { ADDED_TABLES, PART_TABLES, PROJECT_LIST, RESTATING_TABLES, RUNNING_COSTS_WORDS, SUBJECT_TABLES } from '../templates/index.js';
import { parseChineseNumeral } from './numerals.js';
import type { CodeCatalogue } from '../catalogue/catalogue.js';
import { judgeName } from '../catalogue/catalogue.js';

/** A row restating 情况说明's 机关运行经费 in a restating table: 机构运行经费支出, 机关运行经费合计. */
const RUNNING_COSTS_ROW = new RegExp(`^${RUNNING_COSTS_WORDS.source}(?:支出)?(?:合计|总额)?$`);

/** The rule a relation belongs to; the checks report broken relations under these ids. */
export type RelationRule =
    | 'sum-children'      // a row equals the sum of its child rows
    | 'sum-columns'       // a column equals the sum of other columns of its row
    | 'sum-total'         // a 合计 / 本年收入合计 / 总计 row equals its parts
    | 'balance'           // 收入总计 = 支出总计
    | 'tie'               // a figure equals figures of other tables
    | 'change'            // 增加/减少 = this year − last year
    | 'growth'            // 增长/下降 = change ÷ last year
    | 'share'             // 占比 = part ÷ whole
    | 'share-total'       // the shares of one whole add up to 100%
    | 'completion';       // 完成预算 = 决算 ÷ 预算

/** A figure that may not exceed another: a 其中 row and its parent, 授予小微企业 and 授予中小企业. */
export interface Limit {
    readonly part: Figure;
    readonly whole: Figure;
    readonly holds: boolean;
    /** Why the part is within the whole, where it is not a 其中 row of it (another table's figure). */
    readonly reason?: string;
    /** A correct report may break it: said as a warning. */
    readonly warning?: boolean;
}

/** A rate whose base is zero. */
export interface ZeroBase {
    readonly rate: Figure;
    readonly base: Figure;
    /** 年初预算, 全年预算, 预算 … */
    readonly baseName: string;
}

/** The figures written beside a row that add up over its parts as its own figures do. */
const SUMMED_KEYS = [...BUDGET_KEYS, '上年'] as const;

/** A figure as it enters a relation's equation: added or taken away. */
export interface Term {
    readonly figure: Figure;
    readonly sign: 1 | -1;
}

/**
 * The equation a relation checks, over the figures it is computed from, so that a check can work
 * out which one figure, changed, would make the relation hold: target = Σ terms + constant, or
 * target = 100 · Σ numerator ÷ Σ base + offset. A figure the model derived appears as itself; its
 * derivation's terms say what it is made of.
 */
export type RelationForm =
    | { readonly kind: 'sum'; readonly terms: readonly Term[]; readonly constant?: Decimal }
    | { readonly kind: 'ratio'; readonly numerator: readonly Term[]; readonly base: readonly Term[]; readonly offset?: Decimal };

/** A figure and what the other figures say it should be. */
export interface Relation {
    readonly rule: RelationRule;
    /** The figure the relation is about; a stated one when the relation can be checked. */
    readonly target: Figure;
    readonly computed: Interval;
    /** The same computation on the stated values, for messages and fixes. */
    readonly value: Decimal;
    /** The operands, in formula order. */
    readonly parts: readonly Figure[];
    /** Chinese: what `computed` is, e.g. “各项之和”, “决算 ÷ 预算”. */
    readonly description: string;
    /** The formula with numbers, e.g. “854.57 + 2715.01”. */
    readonly formula: string;
    /** Whether the stated target meets the computed interval. */
    readonly holds: boolean;
    /** The equation, where the relation can say it. */
    readonly form?: RelationForm;
    /** Whether the stated target is `value` rounded half up to the target's decimals: then nothing needs saying. */
    roundsToTarget(): boolean;
    /**
     * The target is only bounded below: some parts are not written (unknown, not zero), and the
     * parts that are written, none negative, may not add up to more than it. `computed` runs to
     * infinity; `value` is the written parts' sum.
     */
    readonly atLeast?: boolean;
    /** Chinese: why the target is only bounded below, where it is not that parts are left unwritten. */
    readonly boundedBecause?: string;
    /** An at-least bound's sign of each part, where one is taken away (a tie's other table: − 附表12「公务接待费」). */
    readonly signs?: readonly (1 | -1)[];
    /**
     * Set on a broken relation whose target states a change's direction and holds with the other one: the direction is
     * the slip (减少 written where the row rose), not a figure's value.
     */
    readonly reversal?: Reversal;
}

/**
 * How a target states its direction: the word it follows (增加, 下降), here the other word that mends it; or its sign,
 * as a table's 增减额 or 增减率 column does.
 */
export type Reversal = { readonly word: string } | { readonly sign: true };

/**
 * A computation's working as a message prints it: its formula, then the result (38.00 + 8.80 = 46.80); the result alone
 * where it has one term, for 150.00 = 150.00 only repeats the figure.
 */
export function workingText(computation: { readonly parts: readonly Figure[]; readonly formula: string }, result: string): string {
    return computation.parts.length === 1 ? result : `${computation.formula} = ${result}`;
}

/** A value computed from other figures: its interval, its value from the stated values, and how. */
export interface Computation {
    readonly computed: Interval;
    readonly value: Decimal;
    readonly parts: readonly Figure[];
    readonly description: string;
    readonly formula: string;
    /** The equation, worked out when first read: only a broken relation's is. */
    readonly form?: RelationForm;
    /** Whether a stated figure's interval meets `computed`. */
    meets(stated: Interval): boolean;
    /** Whether a stated figure is `value` rounded half up to its decimals. */
    roundsTo(stated: Figure): boolean;
}

/**
 * A computation whose value and formula, read only for messages, hovers and fixes, are worked
 * out when first read: most relations hold, and formatting every operand of every one of them
 * cost more than the arithmetic. A class, not an object literal with getters: such a literal
 * makes its getters anew for every object, and there are thousands per report.
 */
abstract class LazyComputation implements Computation {
    private valueRead?: Decimal;
    private formulaRead?: string;
    private formRead?: RelationForm;

    constructor(
        readonly parts: readonly Figure[],
        readonly description: string,
        private readonly valueOf: () => Decimal,
        private readonly formulaOf: () => string,
        private readonly formOf?: () => RelationForm | undefined,
    ) {}

    abstract get computed(): Interval;

    get value(): Decimal {
        return this.valueRead ??= this.valueOf();
    }

    get formula(): string {
        return this.formulaRead ??= this.formulaOf();
    }

    get form(): RelationForm | undefined {
        return this.formRead ??= this.formOf?.();
    }

    meets(stated: Interval): boolean {
        return stated.meets(this.computed);
    }

    roundsTo(stated: Figure): boolean {
        return this.value.toDecimalPlaces(stated.decimals, Decimal.ROUND_HALF_UP).equals(stated.value);
    }
}

/** A sum, a difference, a figure of another table: its interval is known when it is made. */
class IntervalComputation extends LazyComputation {
    constructor(readonly computed: Interval, parts: readonly Figure[], description: string, valueOf: () => Decimal, formulaOf: () => string, formOf?: () => RelationForm | undefined) {
        super(parts, description, valueOf, formulaOf, formOf);
    }
}

/**
 * 100 × part ÷ base, a share or a rate. Whether a stated percentage meets it is decided by
 * multiplying: T meets 100·P ÷ B exactly when T·B meets 100·P (B without zero); and so is whether
 * it is the stated values' quotient rounded. The interval and the value, two to five divisions,
 * are worked out only when read, for a message or a hover: a report has hundreds of shares and
 * rates, nearly all of which hold, and the divisions were most of the decimal arithmetic of
 * building and checking the model.
 */
class RatioComputation extends LazyComputation {
    private computedRead?: Interval;

    constructor(
        private readonly part: Interval,
        private readonly partValue: Decimal,
        private readonly base: Figure,
        parts: readonly Figure[],
        description: string,
        formulaOf: () => string,
        formOf?: () => RelationForm,
    ) {
        super(parts, description, () => percentValue(partValue, base.value), formulaOf, formOf);
    }

    override get computed(): Interval {
        return this.computedRead ??= percentOf(this.part, this.base.interval)!;
    }

    override meets(stated: Interval): boolean {
        return percentMeets(stated, this.part, this.base.interval);
    }

    /**
     * v = 100·p ÷ b rounds half up (away from zero at a tie) to t when t − h ≤ v < t + h for
     * v ≥ 0, and t − h < v ≤ t + h for v < 0 (h: half a unit of t's last place); multiplied
     * through by |b|, with p carrying b's sign.
     */
    override roundsTo(stated: Figure): boolean {
        const negativeBase = this.base.value.isNegative();
        const scaled = (negativeBase ? this.partValue.negated() : this.partValue).times(HUNDRED);
        const magnitude = this.base.value.abs();
        const { lo, hi } = Interval.rounded(stated.value, stated.decimals);
        const low = lo.times(magnitude);
        const high = hi.times(magnitude);
        return scaled.isNegative() ? low.lt(scaled) && scaled.lte(high) : low.lte(scaled) && scaled.lt(high);
    }
}

function computation(computed: Interval, parts: readonly Figure[], description: string, value: () => Decimal, formula: () => string, form?: () => RelationForm | undefined): Computation {
    return new IntervalComputation(computed, parts, description, value, formula, form);
}

/** The terms of a sum of figures, each added or, where `signs` says so, taken away. */
function termsOf(figures: readonly Figure[], signs?: readonly (1 | -1)[]): Term[] {
    return figures.map((figure, i) => ({ figure, sign: signs?.[i] ?? 1 }));
}

/** A rate column of what was spent of a budget. */
const EXECUTION_RATE = /(?:执行|完成)率$/;
/** A column of what was spent, and the words before them that say which (全年执行数: 全年). */
const SPENT_COLUMN = /^(.*?)(?:执行数|执行金额|决算数|实际支出|支出数|实际执行数)$/;
const BUDGET_COLUMN = /^(.*?)预算(?:数|金额)?$/;

/**
 * A column's heading as its words read: the unit it prints after them taken off (执行率（%）, 增长%, 决算数（万元）),
 * and a two-level heading's last part, or its parts together where the last says only which figure (增减·金额,
 * 增减·比例: 增减金额, 增减比例). Each reading that `pattern` accepts.
 */
function headingMatches(column: string, pattern: RegExp): boolean {
    const parts = column.split('·').map(part => part.replace(HEADING_UNIT, ''));
    return pattern.test(parts[parts.length - 1]) || (parts.length > 1 && pattern.test(parts.join('')));
}

const HEADING_UNIT = /[（(](?:[%％]|万元|元)[）)]$|[%％]$/;

/** A table's execution rate columns, each with the spent and budget columns it is of, where their names say so unambiguously. */
export function executionRates(columns: readonly string[]): { rate: string; spent: string; budget: string }[] {
    return columns.flatMap(rate => {
        const pair = isRateColumn(rate) && headingMatches(rate, EXECUTION_RATE) ? executionPair(columns) : undefined;
        return pair ? [{ rate, ...pair }] : [];
    });
}

function executionPair(columns: readonly string[]): { spent: string; budget: string } | undefined {
    const amounts = columns.filter(column => !isRateColumn(column));
    const spent = amounts.filter(column => headingMatches(column, SPENT_COLUMN));
    const budgets = amounts.filter(column => headingMatches(column, BUDGET_COLUMN) && !spent.includes(column));
    if (spent.length !== 1 || budgets.length === 0) return undefined;
    if (budgets.length === 1) return { spent: spent[0], budget: budgets[0] };
    const which = SPENT_COLUMN.exec(spent[0].replace(HEADING_UNIT, ''))?.[1];
    const named = which ? budgets.filter(column => BUDGET_COLUMN.exec(column.replace(HEADING_UNIT, ''))?.[1] === which) : [];
    return named.length === 1 ? { spent: spent[0], budget: named[0] } : undefined;
}

/**
 * A template table's execution rate column beside the one budget it prints that its template has none of, a column
 * alone (上海 表五: 年初预算数 决算数 { 合计 基本支出 项目支出 } 完成率): the rate of each row's own figure over that
 * budget, named by its kind (年初预算). None where the table prints two such rates, or two such budgets, a group's
 * heading counting as one (年初预算数 预算数 { 合计 … }): which is over which, the words do not tell.
 */
function budgetColumnRate(table: TableModel): { rate: string; budget: string; key: BudgetKey } | undefined {
    const rates = table.columns.filter(column => isRateColumn(column) && headingMatches(column, EXECUTION_RATE));
    const budgets = foreignBudgets(table);
    const alone = budgets.length === 1 ? budgetKindColumns(table).get(budgets[0]) : undefined;
    return rates.length === 1 && alone && alone.of === undefined ? { rate: rates[0], budget: budgets[0], key: alone.key } : undefined;
}

/** A table's columns of this year's and last year's figure (本年决算数, 上年数, 上年实际). */
const CURRENT_COLUMN = /^(?:本年度?|本期)(?:决算|实际)?(?:数|金额)?$/;
/** Their signed difference (增减额, 比上年增减, 较上年增加, 增（减）额). */
const CHANGE_COLUMN = /^(?:比上年|较上年|同比|与上年相比)?(?:增减|增加|增（减）|增减变动)(?:额|数|金额)?$|^变动(?:额|金额)$/;
/**
 * The change's rate: named so (增减率, 增长率, 增减比例, 增减幅度, 增幅), or a change printing % as its unit (增长%,
 * 较上年增长（%）): never a rate column of other words (执行率, 占比).
 */
const CHANGE_RATE_COLUMN = /^(?:比上年|较上年|同比|与上年相比)?(?:增减|增长|增加|增减变动|变动)(?:率|比例|幅度|百分比)$|^增幅$/;
const CHANGE_PERCENT_COLUMN = /^(?:比上年|较上年|同比|与上年相比)?(?:增减|增长|增加|增减变动|变动)$/;

/** A column of the falls alone (减少, 比上年减少额), printed beside one of the rises (增加). */
const DECREASE_COLUMN = /^(?:比上年|较上年|同比|与上年相比)?减少(?:额|数|金额)?$/;
const INCREASE_ONLY = /^(?:比上年|较上年|同比|与上年相比)?增加/;

function isChangeRateColumn(column: string): boolean {
    return isRateColumn(column) && (headingMatches(column, CHANGE_RATE_COLUMN)
        || (isPercentHeading(column.slice(column.lastIndexOf('·') + 1)) && headingMatches(column, CHANGE_PERCENT_COLUMN)));
}

/**
 * A table's columns of this year, last year, and their change or its rate, where the names say which
 * unambiguously: one column of each year (本年决算数 and 上年决算数), and a change
 * or a rate column. Undefined for any other table.
 */
export function changeColumns(columns: readonly string[], thisYear?: string): { current: string; last: string; change?: string; rate?: string } | undefined {
    const one = (test: (column: string) => boolean) => {
        const found = columns.filter(test);
        return found.length === 1 ? found[0] : undefined;
    };
    // Beside a 减少 column, 增加 holds only the rises, unsigned: no signed change or rate column then.
    const oneWay = columns.some(column => headingMatches(column, DECREASE_COLUMN));
    const signed = (column: string) => !(oneWay && headingMatches(column, INCREASE_ONLY));
    const change = one(column => !isRateColumn(column) && headingMatches(column, CHANGE_COLUMN) && signed(column));
    const rate = one(column => isChangeRateColumn(column) && signed(column));
    if (!change && !rate) return undefined;
    const current = one(column => !isRateColumn(column) && headingMatches(column, CURRENT_COLUMN)) ?? thisYear;
    const last = one(column => !isRateColumn(column) && headingMatches(column, LAST_YEAR_COLUMN));
    return current && last ? { current, last, change, rate } : undefined;
}

/**
 * A table's change columns: as `changeColumns` says, and on a template's table printing last year's column beside its
 * own (“三公”经费表: 决算数 上年决算数 增减额 增减率), of its figure's column (决算数) over that one.
 */
export function tableChangeColumns(table: TableModel): ReturnType<typeof changeColumns> {
    const template = table.template;
    const thisYear = template && lastYearColumn(table) ? template.actualColumn ?? template.columns[0] : undefined;
    return changeColumns(table.columns, thisYear !== undefined && table.columns.includes(thisYear) ? thisYear : undefined);
}

/** Whether a row's column adds up over rows: not the percentages of a row outside the tables, nor a table's rate column (执行率, 占比). */
function summable(row: RowModel, column: string): boolean {
    return row.table ? !isRateColumn(column) : column !== '%';
}

/**
 * A budget column (年初预算数, 全年预算数) printed with an amount on a table's 合计 and blank (-) on every row: a budget
 * passed for the whole and not itemized, so the rows are unknown there, not 0, and the 合计 is not their sum. Any other
 * column so printed (本年支出合计 80.00 over rows of -) is still summed: its rows are the spending, and told. A row
 * over children all blank in a column is not summed there whatever the column (sumRow).
 */
function unitemized(column: string, total: Figure | undefined, parts: readonly Figure[]): boolean {
    return isKindBudgetColumn(column) && total !== undefined && total.stated && total.blank === undefined && !total.value.isZero() && parts.length > 0
        && parts.every(part => part.blank !== undefined);
}

/**
 * A table's column of last year's figure (上年决算数) over code rows: each row's 上年, which a 类 may have more of than
 * its printed 款 (one spent on last year only is not printed) — no exact sum, the 上年's bound from below instead; and
 * its change column beside it (增减额), which that 款's fall leaves out — no sum at all.
 */
function lastYearOverCodes(row: RowModel, column: string, parts: readonly RowModel[]): boolean {
    return row.table !== undefined && parts.some(p => p.code !== undefined) && lastYearDependent(row.table, column);
}

/** Whether a table's column is its last year's figure or the change from it (上年决算数, 增减额). */
function lastYearDependent(table: TableModel, column: string): boolean {
    return column === lastYearColumn(table) || column === tableChangeColumns(table)?.change;
}

/** A table's row named as a rate (执行率, 百分比): its figures are rates, no part of a sum. */
function isRateRow(row: RowModel): boolean {
    return row.table !== undefined && isRateColumn(row.name);
}

/** Counts of different kinds (辆, 个, 人 under “三公”经费相关统计数): no sum of them means anything. */
function mixedCounts(parts: readonly Figure[]): boolean {
    return parts.some(p => p.kind === 'count') && new Set(parts.map(p => p.unit)).size > 1;
}

/**
 * The parts of a sum that measure what its total does: money rows beside count rows (公务用车保有量（辆） 9 under
 * a 合计 of the 三公 amounts) are no part of a money total, nor money of a count; undefined where counts of
 * another unit remain (批次 beside 人次): no sum of them means anything.
 */
function sameMeasure(total: Figure, parts: readonly Figure[], signs?: readonly (1 | -1)[]): { parts: Figure[]; signs?: (1 | -1)[] } | undefined {
    // counted first, with no array per part: most sums keep every part (every relation asks this)
    let kept = 0;
    for (const figure of parts) {
        if (figure.kind !== total.kind) continue;
        if (figure.unit !== total.unit) return undefined;
        kept++;
    }
    if (kept === 0) return undefined;
    if (kept === parts.length) return { parts: [...parts], signs: signs && [...signs] };
    const keptParts: Figure[] = [];
    const keptSigns: (1 | -1)[] = [];
    parts.forEach((figure, i) => {
        if (figure.kind !== total.kind) return;
        keptParts.push(figure);
        keptSigns.push(signs?.[i] ?? 1);
    });
    return { parts: keptParts, signs: keptSigns };
}

/**
 * Terms joined by their signs — labels (a − b + c) or figures as printed, a negative figure's sign joined to its term's:
 * 120.00 − 5.00, not 120.00 + -5.00; a first term added is written as it is (-10.00 + 4.00).
 */
export function signedTerms(texts: readonly string[], signs: readonly (1 | -1)[] | undefined): string {
    return texts.map((text, i) => {
        const subtracted = (signs?.[i] ?? 1) < 0;
        if (i === 0 && !subtracted) return text;
        const negativeFigure = text.startsWith('-');
        const minus = subtracted !== negativeFigure;
        return (i === 0 ? minus ? '−' : '' : minus ? ' − ' : ' + ') + (negativeFigure ? text.slice(1) : text);
    }).join('');
}

/** The table a report adds beside its template's that ADDED_TABLES knows by its title; none for a template's table. */
function addedTableOf(table: TableModel): AddedTable | undefined {
    return table.template ? undefined : ADDED_TABLES.find(t => t.title.test(table.title));
}

/**
 * A table listing projects, each under the subject it is spent under: its codes are shared, its names the projects'.
 * AddedTable.projects says so of a table the report adds; a table titled by its 项目 (PROJECT_LIST) says so by its rows:
 * a 项目名称 column, two codes or more each written under several names where those not the code's own name no subject
 * bears, or most of its 功能分类 项 rows (two or more) named as no subject is. One code under two names (30201 办公费 then
 * 30201 办公用品) is a slip in a table by subject, not a list of projects: its duplicate and names are still told.
 */
export function listsProjects(table: TableModel, catalogue: CodeCatalogue): boolean {
    if (addedTableOf(table)?.projects) return true;
    if (!PROJECT_LIST.title.test(table.title)) return false;
    if (table.node.columns?.names.includes(PROJECT_LIST.nameColumn)) return true;
    const named = new Map<string, string[]>();
    walkRows(table.rows, row => {
        if (row.code && row.name) named.set(row.code, [...named.get(row.code) ?? [], row.name]);
    });
    // a project's name is no subject's, nor its code's own name with a character or two changed (农业产业发展 for 农业生产发展)
    const projectName = (code: string, name: string) => !catalogue.namesSubject(name) && !ownNameMiswritten(catalogue, code, name);
    const shared = [...named].filter(([code, names]) => {
        const own = catalogue.entry(code)?.entry;
        const others = names.filter(name => !own || judgeName(own, name, undefined).ok !== true);
        return new Set(names).size > 1 && others.length > 0 && others.every(name => projectName(code, name));
    });
    const items = [...named].filter(([code]) => /^2\d{6}$/.test(code)).flatMap(([code, names]) => names.map(name => projectName(code, name)));
    return shared.length >= 2 || (items.length >= 2 && items.filter(Boolean).length * 2 > items.length);
}

/** Whether `name` is a name the catalogue gives `code` with at most two characters changed, fewer than half of them. */
export function ownNameMiswritten(catalogue: CodeCatalogue, code: string, name: string): boolean {
    const entry = catalogue.entry(code)?.entry;
    const names = entry ? [entry.name, ...(entry.names ?? []).map(span => span.name)] : [];
    return names.some(known => {
        if (known.length !== name.length) return false;
        const changed = [...known].filter((char, i) => char !== name[i]).length;
        return changed <= 2 && changed * 2 < known.length;
    });
}

/**
 * The part of a template table a report prints by the other classification (PART_TABLES: a 表（二） of 基本支出 by 经济分类):
 * a table of no template's, its title qualifying that table's, its codes all of that classification, its columns the part's.
 */
export function partTableOf(table: TableModel): PartTable | undefined {
    if (!partTables.has(table)) partTables.set(table, findPartTable(table));
    return partTables.get(table);
}

const partTables = new WeakMap<TableModel, PartTable | undefined>();

function findPartTable(table: TableModel): PartTable | undefined {
    // its title qualifying the template table's (variantOf), or that table's own at its number (otherCodes: 表（二） printed without 表（一）)
    const whole = table.variantOf ?? table.otherCodes;
    if (table.template || !whole) return undefined;
    const classes = new Set<string>();
    walkRows(table.rows, row => {
        if (row.code) classes.add(/^[35]/.test(row.code) ? '经济分类' : row.code.startsWith('2') ? '功能分类' : '');
    });
    const [codes] = classes;
    // every column of the part but its total: 合计 beside 公用经费 alone is that column's table, not 基本支出's
    return classes.size === 1 ? PART_TABLES.find(p => p.of === whole.role && p.codes === codes
        && table.columns.every(c => p.columns.includes(c)) && p.columns.slice(1).every(c => table.columns.includes(c)) && totalHolds(table, p)) : undefined;
}

/**
 * Whether the table's 合计 row keeps the part's column sums within rounding (合计 = 人员经费 + 公用经费): a 合计 over them
 * holds more (资本性支出 too, 项目支出's) and the table is all of the whole by that classification, no part of it to tie.
 */
function totalHolds(table: TableModel, part: PartTable): boolean {
    const total = table.rows.find(r => r.canonicalName === '合计');
    return part.columnSums.every(equation => {
        if (!table.columns.includes(equation.total)) return true;
        const target = total?.cells.get(equation.total);
        const figures = equation.parts.map(p => total?.cells.get(p.column));
        if (!target || figures.some(f => f === undefined)) return false;
        const sum = equation.parts.reduce((acc, p, i) => acc.add(figures[i]!.interval.scale(new Decimal(p.sign))), Interval.exact(ZERO));
        return sum.meets(target.interval);
    });
}

/**
 * The column equations of a table's rows: its template's, a part's own (表（二）'s 合计 = 人员经费 + 公用经费), a variant's
 * template's, or those of the one table a table of another numbering plainly is (misfitOf: its columns are that table's).
 */
function columnSumsOf(table: TableModel | undefined): TableTemplate['columnSums'] {
    const like = table?.unlike?.like.length === 1 ? table.unlike.like[0] : undefined;
    return table && (table.template ?? partTableOf(table) ?? table.variantOf ?? like)?.columnSums;
}

/** The sides of a two-sided table (收入, 支出): its template's, those of a table the report adds, or its own as written. */
function sidesOf(table: TableModel | undefined, ofWhich: RegExp): readonly GroupTemplate[] | undefined {
    return table?.template ? table.template.groups : table && (addedTableOf(table)?.sides ?? ownSides(table, ofWhich));
}

/** A table's rows, or those of one of its sides (支出). */
function sideRows(table: TableModel, side?: string): readonly RowModel[] {
    return side ? table.rows.find(r => r.canonicalName === side)?.children ?? [] : table.rows;
}

/**
 * Whether a side's items are rows its template does not name (支出 by 类): those with figures this year, not a fixed list.
 * Decided by the template, not the report: a row a report adds to a side of named items (收入's 用事业基金弥补收支差额)
 * makes them no such list.
 */
function listedItems(group: GroupTemplate): boolean {
    const fixed = fixedRows(group);
    return group.rows.every(name => fixed.has(name));
}

/** A table's rows (or a side's) by code and by name, to find the row of another table's that is the same. */
class RowIndex {
    private readonly rows = new Set<RowModel>();
    private readonly byCode = new Map<string, RowModel>();
    private readonly byName = new Map<string, RowModel[]>();

    constructor(table: TableModel | undefined, side?: string) {
        if (!table) return;
        walkRows(sideRows(table, side), row => {
            this.rows.add(row);
            if (row.code) this.byCode.set(row.code, row);
            const named = this.byName.get(row.canonicalName);
            if (named) named.push(row);
            else this.byName.set(row.canonicalName, [row]);
        });
    }

    /**
     * The row of the same code; else of the same name where either has none (an overview prints its 类 by name). A
     * name printed more than once in either table (行政运行 under each 款) is matched only under the row's matched
     * parent; without one it is ambiguous: no match.
     */
    find(row: RowModel, own: RowIndex): RowModel | undefined {
        const coded = row.code ? this.byCode.get(row.code) : undefined;
        if (coded) return coded;
        let named = this.byName.get(row.canonicalName) ?? [];
        if (named.length > 1 || (own.byName.get(row.canonicalName)?.length ?? 0) > 1) {
            const parent = row.parent && own.rows.has(row.parent) ? this.find(row.parent, own) : undefined;
            named = parent ? named.filter(r => r.parent === parent) : [];
        }
        // two codes that differ are two rows
        return named.length === 1 && !(row.code && named[0].code) ? named[0] : undefined;
    }
}

/** A figure a relation cannot use: the checks report why. */
function suspect(figure: Figure): boolean {
    return figure.suspect !== undefined;
}

/** A relation whose value and formula are its computation's, worked out when first read. */
class ComputedRelation implements Relation {
    readonly parts: readonly Figure[];
    readonly description: string;
    readonly holds: boolean;

    constructor(readonly rule: RelationRule, readonly target: Figure, private readonly calculation: Computation, private readonly direction?: Reversal) {
        this.parts = calculation.parts;
        this.description = calculation.description;
        this.holds = calculation.meets(target.interval);
    }

    get reversal(): Reversal | undefined {
        if (this.holds || !this.direction || this.target.value.isZero()) return undefined;
        return this.target.interval.meets(this.calculation.computed.negate()) ? this.direction : undefined;
    }

    get form(): RelationForm | undefined {
        return this.calculation.form;
    }

    get computed(): Interval {
        return this.calculation.computed;
    }

    get value(): Decimal {
        return this.calculation.value;
    }

    get formula(): string {
        return this.calculation.formula;
    }

    roundsToTarget(): boolean {
        return this.calculation.roundsTo(this.target);
    }
}

/** Σ sign·parts: its interval, and its formula and value in the report's style. */
export interface SignedSum { readonly computed: Interval; readonly formula: () => string; readonly value: () => Decimal }

/** The interval of Σ sign·parts, each part's interval as `intervalOf` gives it (blame's moved figures) or its own. */
export function signedInterval(parts: readonly Figure[], signs: readonly (1 | -1)[] | undefined, intervalOf: (figure: Figure) => Interval): Interval {
    return sumIntervals(parts.map((p, i) => (signs?.[i] ?? 1) < 0 ? intervalOf(p).negate() : intervalOf(p)));
}

/**
 * Whether an at-least bound (see `Relation.atLeast`) holds: its target's top is not below the least its parts may
 * add up to, each figure's interval as `intervalOf` gives it (blame asks of figures it moves) or its own.
 */
export function boundHolds(bound: Pick<Relation, 'target' | 'parts' | 'signs'>, intervalOf: (figure: Figure) => Interval = f => f.interval): boolean {
    return intervalOf(bound.target).hi.gte(signedInterval(bound.parts, bound.signs, intervalOf).lo);
}

/** Σ sign·parts, with its formula in the report's style. */
export function signedSum(parts: readonly Figure[], signs: readonly (1 | -1)[] | undefined, show: (figure: Figure) => string): SignedSum {
    const negative = (i: number) => (signs?.[i] ?? 1) < 0;
    return {
        computed: signedInterval(parts, signs, p => p.interval),
        formula: () => signedTerms(parts.map(show), signs),
        value: () => parts.reduce((acc, p, i) => negative(i) ? acc.minus(p.value) : acc.plus(p.value), new Decimal(0)),
    };
}

class AtLeastRelation implements Relation {
    readonly atLeast = true;
    readonly computed: Interval;
    readonly value: Decimal;
    readonly holds: boolean;

    private readonly sum: SignedSum;

    constructor(readonly rule: RelationRule, readonly target: Figure, readonly parts: readonly Figure[], readonly description: string,
        show: (figure: Figure) => string, readonly boundedBecause?: string, readonly signs?: readonly (1 | -1)[]) {
        this.sum = signedSum(parts, signs, show);
        this.computed = new Interval(this.sum.computed.lo, new Decimal(Infinity));
        this.value = this.sum.value();
        this.holds = boundHolds(this);
    }

    get formula(): string {
        return this.sum.formula();
    }

    roundsToTarget(): boolean {
        return this.holds;
    }
}

/** What a share is, its whole named as the report names it: 本项占「附表1 › 支出 › 本年支出合计」的比重. */
export function shareDescription(part: string, whole: Figure): string {
    // a row's figure under a column of the row's own name (合计 合计) is named once
    const place = whole.place;
    const named = place !== undefined && figureName(whole) === place.slice(place.lastIndexOf('›') + 1).trim() ? place : whole.label;
    return `${part}占「${named}」的比重`;
}

/** part ÷ base in percent, or undefined when the base may be zero. */
export function ratio(part: Interval, partValue: Decimal, base: Figure, parts: readonly Figure[], description: string, formula: () => string, form?: () => RelationForm): Computation | undefined {
    if (base.interval.contains(ZERO) || base.value.isZero()) return undefined;
    return new RatioComputation(part, partValue, base, parts, description, formula, form);
}

/**
 * The rate a computation works out, as a sentence or a hover states it: the exact quotient of the printed figures,
 * rounded as printed, never the middle of what their rounding allows (which the checks would flag); `negate` for a
 * fall (下降). None of figures in different units of money (42000.00元 over 3.54 in a 万元 report): 3.54 ÷ 42000 is
 * no rate; two in 元 alike still give theirs.
 */
export function computedRate(computation: Computation, label: string, negate = false): Figure | undefined {
    if (!inOneMoneyUnit(computation.parts)) return undefined;
    return computedFigure({
        kind: 'rate', unit: '%', label,
        interval: negate ? computation.computed.negate() : computation.computed,
        value: negate ? computation.value.negated() : computation.value,
    });
}

/**
 * Whether figures are all in the report's unit of money or all in another (each 元 in a 万元 report), never mixed;
 * a zero (a blank -) is zero in any unit, so counts for neither (0 of 100000.00元 is 0%).
 */
export function inOneMoneyUnit(figures: readonly Figure[]): boolean {
    const amounts = figures.filter(f => !f.value.isZero());
    const other = amounts.filter(f => f.suspect === 'other-money-unit').length;
    return other === 0 || other === amounts.length;
}

/** A figure computed for a place the source leaves empty, and how. */
export interface Derivation {
    readonly figure: Figure;
    readonly description: string;
    readonly formula: string;
    readonly parts: readonly Figure[];
    /** What the figure is the sum of, where it is a sum (a total left out, 上年 from 本年 and the change). */
    readonly terms?: readonly Term[];
}

/** A derivation whose formula, read only by hovers and the preview, is written when first read. */
class LazyDerivation implements Derivation {
    private formulaRead?: string;

    constructor(readonly figure: Figure, readonly description: string, private readonly formulaOf: () => string, readonly parts: readonly Figure[], readonly terms?: readonly Term[]) {}

    get formula(): string {
        return this.formulaRead ??= this.formulaOf();
    }
}

/**
 * A title saying its rows are the department's units (分单位, 按单位列示), not subjects; a bracket that only names
 * which units a table covers (不含下属单位, 本级) lists part of the department, whose 合计 is not the whole's.
 */
const BY_UNIT = /[（(](?:分单位|按单位(?![^（）()]*(?:不含|本级|下属))[^（）()]*)[)）]$/;

/** The template table the report also prints that a table by unit lists another way (收入决算表（分科目）for 收入决算表（分单位）): their 合计 are one. */
export function byUnitWhole(table: TableModel, tables: Iterable<TableModel>): TableModel | undefined {
    if (!table.variantOf || !BY_UNIT.test(table.title)) return undefined;
    return [...tables].find(t => t.template === table.variantOf && !t.empty);
}

/** Units counting events (receptions, groups abroad: 个, meetings), each of which counts at least one 人次. */
const EVENT_UNITS = ['批次', '次', '个', '场', '场次', '期'] as const;
/** A count row's name of a thing's person-times (国内公务接待人次; not 人数: one person may go twice), and of its events (国内公务接待批次, 因公出国（境）团组数). */
const PEOPLE_ROW = /^(.+?)人次$/;
const EVENTS_ROW = /^(.+?)(批次|团组|场次)(?:数)?$/;

/** A table's change and rate columns state a change's direction by their sign. */
const SIGNED: Reversal = { sign: true };

const MINUS_HUNDRED = new Decimal(-100);
const ZERO = new Decimal(0);

/**
 * Derives the figures the source leaves out and collects every relation between figures.
 * Runs once per document build; everything downstream reads its result.
 */
export class RelationBuilder {
    readonly relations: Relation[] = [];
    readonly limits: Limit[] = [];
    /** Rates stated against a base of zero (完成年初预算 where 年初预算 is 0): no rate can be. */
    readonly zeroBases: ZeroBase[] = [];
    readonly derivations = new Map<Figure, Derivation>();
    /**
     * Ties not checked, unknown rather than zero: a part stands in a table the report leaves out (missing), or no printed
     * table the tie reads lists the row (unlisted: those tables' labels).
     */
    /**
     * A row's figure filled over children all blank (-) in its column: not broken down there, so not summed; workedOut
     * when some child's blank is not printed but derived from the blank rows under it.
     */
    readonly blankChildren: { readonly figure: Figure; readonly workedOut: boolean }[] = [];
    readonly unknownTies: ({ readonly target: Figure; readonly missing: string } | { readonly target: Figure; readonly unlisted: readonly string[] })[] = [];
    /** Each share is worked out once: the share check and the check of the shares' total both ask. */
    private readonly sharesOf = new Map<RowModel, Map<string, Computation | undefined>>();

    constructor(
        private readonly template: ReportTemplate,
        private readonly tables: ReadonlyMap<number, TableModel>,
        private readonly sections: readonly { readonly name: string; readonly rows: readonly RowModel[] }[],
        /** Whether the report writes thousands separators: its formulas print figures as it does. */
        private readonly grouped: () => boolean = () => false,
    ) {}

    /** A figure in a formula, in the report's style. */
    private shown(figure: Figure): string {
        return formatFigure(figure, this.grouped());
    }

    /** The sum of stated figures (one figure: that figure), as a tie compares with it. */
    private sumOf(figures: readonly Figure[], description: string): Computation {
        return computation(sumIntervals(figures.map(f => f.interval)), figures, description,
            () => figures.reduce((acc, f) => acc.plus(f.value), new Decimal(0)), () => signedTerms(figures.map(f => this.shown(f)), undefined),
            () => ({ kind: 'sum', terms: termsOf(figures) }));
    }

    build(): void {
        for (const table of this.tables.values()) {
            for (const row of table.rows) this.sumRow(row, true);
            this.tableTotals(table);
            this.addedTableSums(table);
            this.restatingTable(table);
        }
        for (const row of this.sections.flatMap(s => s.rows)) this.sumRow(row, false);
        this.restatedSectionTotals();
        for (const table of this.tables.values()) this.groups(table);
        for (const table of this.tables.values()) this.codeSums(table);
        this.ties();
        this.lastYearTies();
        for (const table of this.tables.values()) this.subjectTable(table);
        const everyRow = [...[...this.tables.values()].flatMap(t => t.rows), ...this.sections.flatMap(s => s.rows)];
        // the rows walked once, into one list each step runs down in turn: the steps keep their order, and so the relations theirs
        const rows: RowModel[] = [];
        walkRows(everyRow, row => rows.push(row));
        for (let i = 0; i < rows.length; i++) this.changes(rows[i]);
        for (let i = 0; i < rows.length; i++) this.completion(rows[i]);
        for (const table of this.tables.values()) this.rateColumns(table);
        for (const table of this.tables.values()) this.changeColumns(table);
        for (let i = 0; i < rows.length; i++) this.shares(rows[i]);
        this.shareTotals(everyRow);
        for (let i = 0; i < rows.length; i++) this.partLimits(rows[i]);
        for (const table of this.tables.values()) this.countRowLimits(table);
        this.tableLimits();
    }

    // ---- sums -------------------------------------------------------------------------

    /** Post-order: children first, then this row's sum of children and its column sums. */
    private sumRow(row: RowModel, derive: boolean): void {
        for (const child of row.children) this.sumRow(child, derive);
        // most rows have no children: no list or set made for them; a row over its own total (支出 { … 本年支出合计 … 总计 }:
        // a side of a table no template reads) is a heading, its items' sum the total's to tell, none of its own
        const parts = row.children.length === 0 || row.children.some(child => this.closesItsSiblings(child)) ? []
            : row.children.filter(child => !isOfWhichRow(child, this.template.ofWhichRow) && !isRateRow(child) && !isGroupSubtotalRow(child));
        // a 小计 printed in the group (公务用车购置及运行费 { 小计 … 购置费 运行费 }) is the group's own figure, no part of it
        const subtotal = row.children.find(isGroupSubtotalRow);
        subtotal?.cells.forEach((figure, column) => {
            if (!summable(row, column)) return;
            if (row.cells.has(column)) {
                this.sum('sum-children', row, column, [figure], '小计', false);
                return;
            }
            // the group prints no figure of its own (公务用车购置及运行费 heading its 小计): the 小计 is its parts' sum
            const figures = parts.map(part => part.cells.get(column));
            if (parts.length > 0 && figures.every(f => f !== undefined)) this.relateSum('sum-children', figure, figures as Figure[], '各子项之和', parts.map(subtractedSign));
        });
        if (parts.length > 0) {
            const columns = new Set(row.columns);
            // forEach, not for…of over keys(): an iterator result per figure of every row with parts
            for (const part of parts) part.cells.forEach((_, column) => columns.add(column));
            const signs = parts.map(subtractedSign);
            for (const column of columns) {
                if (!summable(row, column) || lastYearOverCodes(row, column, parts)) continue;
                const figures = parts.map(p => p.cells.get(column));
                // a child leaving the column unwritten (its trailing blank cells left out) is unknown: the row is then at least the written ones
                if (figures.some(f => f === undefined)) {
                    const written = parts.filter((_, i) => figures[i] !== undefined);
                    this.atLeast('sum-children', row, column, written.map(p => p.name), written.map(p => p.cells.get(column)!),
                        parts.some(p => subtractedSign(p) < 0));
                    continue;
                }
                // every part printed blank (公务用车购置及运行维护费 2.00 over 购置费 -, 运行维护费 -): the row is not broken down
                // there, its parts unknown, not 0 (issue 12)
                if (figures.every(f => f!.blank !== undefined)) {
                    const own = row.cells.get(column);
                    if (own?.stated && own.blank === undefined && !own.value.isZero()) this.blankChildren.push({ figure: own, workedOut: figures.some(f => !f!.stated) });
                    // a row printing nothing over parts all blank is blank too (20805 over 2080505 -, 2080506 -), a 0 to the rows above
                    if (own === undefined) this.sum('sum-children', row, column, figures as Figure[], '各子项之和', derive && !this.isGroupSide(row), signs);
                    continue;
                }
                this.sum('sum-children', row, column, figures as Figure[], '各子项之和', derive && !this.isGroupSide(row), signs);
            }
            this.attributeSums('sum-children', row, parts, '各子项', signs, true, false, column => summable(row, column) && !lastYearOverCodes(row, column, parts));
            this.changeSums(row, parts, signs);
        }
        this.columnSums(row, derive);
    }

    /**
     * A row's budget written beside it (预算 89.90, 年初预算, 全年预算) equals its parts' budgets under
     * the same word, as its figures equal theirs, and so does its 上年; unknown, and not compared,
     * where a part writes none. Where some of the template's parts are left out (`complete` false),
     * the row is only at least the written parts' sum; and so is a row's 上年 over code rows (类, 款) or over `listed`
     * items (a side's 类 by name, which its template does not fix): a row with nothing this year is often left out,
     * though it had figures last year. A budget or 上年 that is the row's own figure in a column `summedColumn` says
     * the caller summed (a 年初预算数 or 上年决算数 column's) is summed there: a second sum would count one slip twice, and the blame
     * would leave a wrong total for a correct part.
     */
    private attributeSums(rule: RelationRule, row: RowModel, parts: readonly RowModel[], which: string, signs?: readonly (1 | -1)[], complete = true, listed = false,
        summedColumn?: (column: string) => boolean): void {
        for (const key of SUMMED_KEYS) {
            for (const [column, target] of row.attributes.get(key) ?? []) {
                if (!summable(row, column)) continue;
                if (summedColumn && row.columns.some(c => row.cells.get(c) === target && summedColumn(c))) continue;
                const figures = parts.map(p => p.attributes.get(key)?.get(column));
                if (figures.some(f => f === undefined)) continue;
                const byCode = key === '上年' && (listed || parts.some(p => p.code !== undefined));
                if (!complete || byCode) {
                    this.boundBelow(rule, target, [`${parts.map(p => p.name).join('、')}的${key}`], figures as Figure[], signs?.some(s => s < 0) ?? false,
                        !complete ? undefined : listed ? `上年有、本年没有数的一项不印在本年的表里，${row.name}的上年数不能比已写各项的上年数之和还小`
                            : '上年有、本年没有支出的科目不印在本年的表里，上级的上年数不能比已写各子项的上年数之和还小');
                } else {
                    this.relateSum(rule, target, figures as Figure[], `${which}${key}之和`, signs);
                }
            }
        }
    }

    /**
     * A whole's stated change (增加/减少) is the sum of its parts' changes, each stated or worked out from the
     * part's stated 上年 (天山区: 公务用车购置及运行维护费 减少 144.92 over 购置费 减少 0 and 运行维护费 减少 0),
     * where every part tells one: a part telling none leaves it unknown. Not where the whole and every part write
     * 上年 (their sum says it already), nor over code rows: a subject with nothing this year is not printed,
     * though it changed. Callers pass only parts the template has complete.
     */
    private changeSums(row: RowModel, parts: readonly RowModel[], signs?: readonly (1 | -1)[]): void {
        if (parts.length === 0 || parts.some(p => p.code !== undefined)) return;
        const lastOf = (r: RowModel, column: string) => r.attributes.get('上年')?.get(column);
        for (const column of row.columns) {
            const whole = this.statedChange(row, column);
            if (!whole || !summable(row, column)) continue;
            if (lastOf(row, column)?.stated && parts.every(p => lastOf(p, column)?.stated)) continue;
            const figures: Figure[] = [];
            const termSigns: (1 | -1)[] = [];
            /** The part whose stated direction each term is, by term. */
            const directed: (RowModel | undefined)[] = [];
            const known = parts.every((part, i) => {
                // each part counted in the whole's direction: under 减少, a part's 增加 takes away
                const sign = (signs?.[i] ?? 1) * whole.sign as 1 | -1;
                const change = this.statedChange(part, column);
                const current = part.cells.get(column);
                const last = lastOf(part, column);
                if (change) {
                    figures.push(change.figure);
                    termSigns.push(sign * change.sign as 1 | -1);
                    directed.push(part);
                } else if (current && last?.stated) {
                    figures.push(current, last);
                    termSigns.push(sign, -sign as 1 | -1);
                    directed.push(undefined, undefined);
                } else return false;
                return true;
            });
            if (!known || mixedCounts([whole.figure, ...figures])) continue;
            const description = whole.sign > 0 ? '各子项增加额之和' : '各子项减少额之和';
            const flipped = this.flippedDirection(whole.figure, figures, termSigns, directed);
            if (!flipped) {
                this.relateSum('change', whole.figure, figures, description, termSigns);
                continue;
            }
            // a part's 增加 written for its 减少 (or the other way) mends it: said so, and no figure's value is blamed,
            // for no value mends it (a sign is no typo)
            const { computed, formula, value } = signedSum(figures, termSigns, f => this.shown(f));
            const words = this.statedChange(flipped, column)!.sign > 0 ? ['增加', '减少'] : ['减少', '增加'];
            this.relate('change', whole.figure, computation(computed, figures, `${description}（${flipped.name}的“${words[0]}”若是“${words[1]}”，即相符）`, value, formula));
        }
    }

    /** The one part whose stated direction, turned, makes a broken change sum hold; undefined where it holds, or none or several would. */
    private flippedDirection(target: Figure, figures: readonly Figure[], signs: readonly (1 | -1)[], directed: readonly (RowModel | undefined)[]): RowModel | undefined {
        const sumWith = (turned?: number) => sumIntervals(figures.map((f, i) => (signs[i] < 0) !== (i === turned) ? f.interval.negate() : f.interval));
        if (target.interval.meets(sumWith())) return undefined;
        const mending = directed.flatMap((part, i) => part && !figures[i].value.isZero() && target.interval.meets(sumWith(i)) ? [part] : []);
        return mending.length === 1 ? mending[0] : undefined;
    }

    /** A row totalling the rows beside it (合计, 总计, 本年支出合计), not a 小计 heading its group's parts: no part of their parent. */
    private closesItsSiblings(row: RowModel): boolean {
        return row.code === undefined && !isGroupSubtotalRow(row) && (isTotalRow(row, this.template.totalRow) || isYearTotal(row));
    }

    /** 收入 or 支出 of a two-sided table: a heading, not a figure. */
    private isGroupSide(row: RowModel): boolean {
        return row.parent === undefined && (sidesOf(row.table, this.template.ofWhichRow)?.some(g => g.name === row.canonicalName) ?? false);
    }

    private columnSums(row: RowModel, derive: boolean): void {
        for (const equation of columnSumsOf(row.table) ?? []) {
            // a column left unwritten is unknown: the total is then only at least the written parts
            const figures = equation.parts.map(p => row.cells.get(p.column));
            if (figures.some(f => f === undefined)) {
                this.atLeast('sum-columns', row, equation.total, equation.parts.filter((_, i) => figures[i] !== undefined).map(p => p.column),
                    figures.filter((f): f is Figure => f !== undefined), equation.parts.some(p => p.sign < 0));
                continue;
            }
            const signs = equation.parts.map(p => p.sign);
            this.sum('sum-columns', row, equation.total, figures as Figure[], columnsText(equation.parts), derive, signs);
        }
        // the budgets and 上年 written in the columns add up as the row's figures do, where each is written
        for (const key of SUMMED_KEYS) {
            const written = row.attributes.get(key);
            if (!written) continue;
            for (const equation of columnSumsOf(row.table) ?? []) {
                const target = written.get(equation.total);
                const figures = equation.parts.map(p => written.get(p.column));
                if (!target) continue;
                if (figures.some(f => f === undefined)) {
                    const known = equation.parts.filter((_, i) => figures[i] !== undefined);
                    this.boundBelow('sum-columns', target, [`${known.map(p => p.column).join('、')}的${key}`], figures.filter((f): f is Figure => f !== undefined),
                        equation.parts.some(p => p.sign < 0));
                    continue;
                }
                this.relateSum('sum-columns', target, figures as Figure[], `${key}的${columnsText(equation.parts)}`, equation.parts.map(p => p.sign));
            }
        }
    }

    /**
     * `row[column] ≥ Σ parts` where other parts are not written: holds for spending, income and
     * balance figures, which are never negative, so nothing is claimed where a subtraction or a
     * negative figure is involved.
     */
    private atLeast(rule: RelationRule, row: RowModel, column: string, names: readonly string[], parts: readonly Figure[], subtracts: boolean): void {
        this.boundBelow(rule, row.cells.get(column), names, parts, subtracts);
    }

    /** `target ≥ Σ parts`, under the same conditions as `atLeast`. */
    private boundBelow(rule: RelationRule, target: Figure | undefined, names: readonly string[], figures: readonly Figure[], subtracts: boolean, because?: string): void {
        const parts = target && sameMeasure(target, figures)?.parts;
        if (!target?.stated || !parts || subtracts || parts.length === 0 || target.value.isNegative() || parts.some(p => p.value.isNegative())) return;
        this.relations.push(new AtLeastRelation(rule, target, parts, `已填的${names.join('、')}之和`, f => this.shown(f), because));
    }

    /** Records `target = Σ sign·parts` where the target is stated. */
    private relateSum(rule: RelationRule, target: Figure, figures: readonly Figure[], description: string, figureSigns?: readonly (1 | -1)[]): void {
        if (!target.stated) return;
        const measured = sameMeasure(target, figures, figureSigns);
        if (!measured) return;
        const { parts, signs } = measured;
        const { computed, formula, value } = signedSum(parts, signs, f => this.shown(f));
        this.relate(rule, target, computation(computed, parts, description, value, formula, () => ({ kind: 'sum', terms: termsOf(parts, signs) })));
    }

    /** Records `row[column] = Σ sign·parts`, or sets it when the source leaves it out. */
    private sum(rule: RelationRule, row: RowModel, column: string, parts: Figure[], description: string,
        derive: boolean, signs?: readonly (1 | -1)[]): void {
        const target = row.cells.get(column);
        if (target) this.relateSum(rule, target, parts, description, signs);
        else if (derive && row.columns.includes(column) && !parts.some(suspect) && !mixedCounts(parts)) {
            const { computed, formula } = signedSum(parts, signs, f => this.shown(f));
            const unit = parts[0]?.unit ?? '万元';
            const kind = parts[0]?.kind ?? 'amount';
            const computedOne = computedFigure({ kind, unit, interval: computed, ...termDecimals(kind, ...parts), label: `${row.context}${columnSuffix(row.name, column)}` });
            // the sum of parts all printed blank prints blank as they do (-), not 0.00
            const blank = parts.length > 0 && parts.every(p => p.blank !== undefined) ? parts[0].blank : undefined;
            const figure = blank === undefined ? computedOne : { ...computedOne, blank };
            row.cells.set(column, figure);
            this.derivations.set(figure, new LazyDerivation(figure, description, formula, parts, termsOf(parts, signs)));
        }
    }

    /** A table's 合计 row equals the sum of the other top-level rows. */
    private tableTotals(table: TableModel): void {
        if (table.template?.groups) return;
        const total = table.rows.find(r => isTotalRow(r, this.template.totalRow));
        if (!total) return;
        // code rows that a 人员经费合计 row sums are counted there, not again
        const covered = new Set((table.template?.codeSums ?? []).flatMap(sum => this.codeSumRow(table, sum) ? this.codeSumParts(table, sum) : []));
        const flat = table.rows.filter(r => r !== total && !covered.has(r) && !isOfWhichRow(r, this.template.ofWhichRow) && !isRateRow(r));
        const parts = this.placedParts(total, flat, table.unplacedRows ?? []);
        if (parts.length === 0) return;
        const written = parts.filter(p => !isLeftOut(p));
        for (const column of total.columns) {
            if (!summable(total, column) || lastYearOverCodes(total, column, parts)) continue;
            const figures = parts.map(p => p.cells.get(column));
            if (figures.some(f => f === undefined)) {
                // an excerpt (……): the total is at least the rows it prints
                const shown = written.map(p => p.cells.get(column));
                if (written.length < parts.length && written.length > 0 && shown.every(f => f !== undefined)) {
                    this.atLeast('sum-total', total, column, written.map(p => p.name), shown as Figure[], written.some(p => subtractedSign(p) < 0));
                }
                continue;
            }
            if (unitemized(column, total.cells.get(column), figures as Figure[])) continue;
            // where rows are unplaced no reading is sure enough to fill a blank total
            this.sum('sum-total', total, column, figures as Figure[], '各行之和', !table.unplacedRows);
        }
        this.attributeSums('sum-total', total, parts, '各行', undefined, true, false, column => summable(total, column) && !lastYearOverCodes(total, column, parts));
        this.changeSums(total, parts);
    }

    /**
     * A table's top-level rows as its total sums them, where a page's first rows are unplaced (see TableModel.unplacedRows):
     * the first reading — flat, then the first one, two … of them read as the 其中 items they may be, in no sum — whose
     * totals all hold, the row's place being the same in every column; where none does, the flat one. A reading whose
     * items would exceed their parent is none (办公费 4.00 { 印刷费 1.00 } / 邮电费 5.00: no 其中 item of it).
     */
    private placedParts(total: RowModel, flat: readonly RowModel[], unplaced: readonly RowModel[]): readonly RowModel[] {
        if (unplaced.length === 0) return flat;
        const items = unplaced.map((_, i) => unplaced.slice(0, i + 1)).filter(prefix => this.itemsFit(prefix, unplaced));
        const readings = [flat, ...items.map(prefix => flat.filter(row => !prefix.includes(row)))];
        return readings.find(reading => this.totalsHold(total, reading)) ?? flat;
    }

    /**
     * Whether unplaced rows (`prefix` of `unplaced`) read as 其中 items of the row their page's run follows, beside the
     * items it has, stay within it in every column.
     */
    private itemsFit(prefix: readonly RowModel[], unplaced: readonly RowModel[]): boolean {
        const added = new Map<RowModel, RowModel[]>();
        for (const row of prefix) {
            let at = row.siblings.indexOf(row);
            while (at > 0 && unplaced.includes(row.siblings[at - 1])) at--;
            const parent = row.siblings[at - 1];
            if (parent) added.set(parent, [...added.get(parent) ?? [], row]);
        }
        return [...added].every(([parent, rows]) => {
            const items = [...parent.children.filter(child => isOfWhichRow(child, this.template.ofWhichRow)), ...rows];
            return parent.columns.every(column => {
                const target = parent.cells.get(column);
                // the bare 其中 marker and an item left blank there add nothing
                const figures = items.flatMap(item => item.cells.get(column) ?? []);
                if (!target || !summable(parent, column) || figures.length === 0) return true;
                const measured = sameMeasure(target, figures);
                return measured === undefined || boundHolds({ target, parts: measured.parts, signs: undefined });
            });
        });
    }

    /** Whether each column's stated total that `tableTotals` sums is the sum of the parts. */
    private totalsHold(total: RowModel, parts: readonly RowModel[]): boolean {
        return total.columns.every(column => {
            const target = total.cells.get(column);
            const figures = parts.map(p => p.cells.get(column));
            if (!target?.stated || !summable(total, column) || lastYearOverCodes(total, column, parts) || figures.some(f => f === undefined)
                || unitemized(column, target, figures as Figure[])) return true;
            const measured = sameMeasure(target, figures as Figure[]);
            return measured === undefined || signedSum(measured.parts, measured.signs, f => this.shown(f)).computed.meets(target.interval);
        });
    }

    /**
     * The known totals of a table the report adds beside its template's (资产负债情况表: 资产总计 =
     * 流动资产合计 + 非流动资产合计 …), in each column, where the total and every part are written
     * (a row left out is unknown, not zero). A total whose parts are written as its children is
     * checked as their sum already.
     */
    private addedTableSums(table: TableModel): void {
        const added = addedTableOf(table);
        if (!added) return;
        const rows: RowModel[] = [];
        walkRows(table.rows, row => rows.push(row));
        for (const column of table.columns) {
            if (isRateColumn(column)) continue;
            const find = (names: readonly string[]) => {
                for (const name of names) {
                    const row = rows.find(r => r.canonicalName === name && r.cells.has(column));
                    if (row) return row;
                }
                return undefined;
            };
            for (const sum of added.sums) {
                const total = find(sum.total);
                const parts = sum.parts.map(find);
                if (!total || parts.some(part => part === undefined || part.parent === total)) continue;
                const found = parts as RowModel[];
                this.sum(sum.rule, total, column, found.map(part => part.cells.get(column)!), found.map(part => part.name).join(' + '), false);
            }
        }
    }

    /**
     * A table the report adds that restates 情况说明 figures (a 政府采购 table): within each stage
     * of its columns (采购计划金额, 实际采购金额) a row's total is the sum of its kinds and holds its
     * 其中 figures; its total row's figures of the stage the section states equal the section's.
     */
    private restatingTable(table: TableModel): void {
        const restated = restatedFigures(table, this.template.totalRow);
        if (!restated) return;
        this.restatedRunningCosts(table);
        const { restating, stages, figures } = restated;
        walkRows(table.rows, row => {
            for (const kinds of stages.values()) this.restatedSums(row, kinds, restating);
        });
        const section = restatedSection(this.sections, restating);
        if (!section) return;
        const sectionRows = new Map<string, RowModel>([[restating.total.key, section]]);
        walkRows(section.children, row => {
            const kind = restating.figures.find(f => f.words.test(row.canonicalName))?.key;
            if (kind && !sectionRows.has(kind)) sectionRows.set(kind, row);
        });
        const tableFigures = new Map<string, Figure>();
        for (const [kind, { row, column }] of figures) {
            const figure = row.cells.get(column);
            if (figure) tableFigures.set(kind, figure);
        }
        for (const [kind, figure] of tableFigures) {
            const row = sectionRows.get(kind);
            const other = row?.cells.get(actualColumn(row) ?? '');
            if (!row || !other || other.kind !== figure.kind) continue;
            const path = row === section ? section.name : `${section.name} › ${row.name}`;
            this.relate('tie', figure, this.sumOf([other], `情况说明「${path}」`));
        }
    }

    /**
     * A 情况说明 total the report prints only in its prose, its parts complete by definition (政府采购 { 货物 工程
     * 服务 }: the 总额 is their sum), derived from them, so that the prose's 政府采购支出总额 is checked. Other
     * section rows may list only some of their parts (车辆 { 执法执勤用车 }): nothing is derived for them.
     */
    private restatedSectionTotals(): void {
        for (const restating of RESTATING_TABLES) {
            const section = restatedSection(this.sections, restating);
            if (!section || section.cells.size > 0) continue;
            const parts = restating.parts.map(kind => {
                const words = restating.figures.find(f => f.key === kind)?.words;
                return section.children.find(c => !isOfWhichRow(c, this.template.ofWhichRow) && words?.test(c.canonicalName));
            });
            if (parts.some(p => p === undefined)) continue;
            const columns = new Set(parts.map(p => actualColumn(p!)));
            const [column] = columns;
            if (columns.size !== 1 || column === undefined) continue;
            const figures = parts.map(p => p!.cells.get(column));
            if (figures.some(f => f === undefined || f.kind !== 'amount' || suspect(f))) continue;
            const { computed, formula } = signedSum(figures as Figure[], undefined, f => this.shown(f));
            const figure = computedFigure({ kind: 'amount', unit: figures[0]!.unit, interval: computed, label: section.context });
            section.cells.set(column, figure);
            // the row's own figure, as if written (a reference names it by the row: 【政府采购】)
            if (section.columns.length === 0) (section.columns as string[]).push(column);
            this.derivations.set(figure, new LazyDerivation(figure, '各子项之和', formula, figures as Figure[], termsOf(figures as Figure[])));
        }
    }

    /**
     * A row of such a table that restates 情况说明's 机关运行经费 (机构运行经费支出、国有资产占用情况及政府采购支出信息表's
     * 机构运行经费支出, 内蒙古): the same figure, tied to it.
     */
    private restatedRunningCosts(table: TableModel): void {
        const section = this.sections.find(s => s.name === '情况说明')?.rows.find(r => r.canonicalName === '机关运行经费');
        const stated = section?.cells.get(actualColumn(section) ?? '');
        if (!stated || stated.kind !== 'amount') return;
        walkRows(table.rows, row => {
            if (!RUNNING_COSTS_ROW.test(row.canonicalName)) return;
            const figure = row.cells.get(actualColumn(row) ?? '');
            if (figure?.kind === 'amount') this.relate('tie', figure, this.sumOf([stated], '情况说明「机关运行经费」'));
        });
    }

    /** One stage's columns of a row: total = Σ parts (all written), each 其中 at most its whole. */
    private restatedSums(row: RowModel, kinds: ReadonlyMap<string, string>, restating: RestatingTable): void {
        const total = kinds.get(restating.total.key);
        const parts = restating.parts.map(kind => kinds.get(kind));
        if (total && parts.every(p => p !== undefined)) {
            const figures = parts.map(column => row.cells.get(column!));
            if (figures.every(f => f !== undefined)) this.sum('sum-columns', row, total, figures as Figure[], parts.join(' + '), false);
        }
        for (const limit of restating.atMost) {
            const part = row.cells.get(kinds.get(limit.part) ?? '');
            const whole = row.cells.get(kinds.get(limit.whole) ?? '');
            if (part?.stated && whole) this.limits.push({ part, whole, holds: part.interval.lo.lte(whole.interval.hi) });
        }
    }

    /**
     * A table the report adds whose title makes its subject certain (政府性基金预算财政拨款基本支出决算表):
     * stated to have no data, that subject's figures elsewhere are zero; else, where the subject is
     * a total of another table (the fund table's 基本支出), its total is that figure.
     */
    private subjectTable(table: TableModel): void {
        if (table.template) return;
        const subjects = SUBJECT_TABLES.filter(s => s.title.test(table.title) && !s.unless?.test(table.title));
        const total = table.empty ? undefined : this.ownTotal(table);
        for (const subject of subjects) {
            for (const address of subject.figures) {
                if (this.inEmptyTable(address)) continue;
                const figure = this.resolve(address);
                if (!figure?.stated) continue;
                if (table.empty) {
                    const zero = computedFigure({ kind: figure.kind, unit: figure.unit, interval: Interval.exact(ZERO), label: `${table.label}（写明“无数据”）` });
                    this.relate('tie', figure, computation(Interval.exact(ZERO), [zero],
                        `${table.label}（写明“无数据”）`, () => ZERO, () => '0', () => ({ kind: 'sum', terms: [], constant: ZERO })));
                } else if (subject.total && total) {
                    this.relate('tie', figure, this.sumOf(total.figures, `${table.label}「${total.description}」`));
                }
            }
        }
    }

    /** An added table's total: its 合计 row, or its 人员经费 and 公用经费 totals (人员经费合计 + 公用经费合计). */
    private ownTotal(table: TableModel): { figures: Figure[]; description: string } | undefined {
        const total = table.rows.find(r => isTotalRow(r, this.template.totalRow));
        const figure = total?.cells.get(actualColumn(total) ?? '');
        if (figure) return { figures: [figure], description: total!.name };
        const halves = ['人员经费', '公用经费'].map(name => table.rows.find(r => !r.code && r.canonicalName === name));
        const figures = halves.map(row => row?.cells.get(actualColumn(row) ?? ''));
        if (figures.some(f => f === undefined)) return undefined;
        return { figures: figures as Figure[], description: halves.map(row => row!.name).join(' + ') };
    }

    /** 收入/支出 sides: subtotal = Σ items; 总计 = subtotal + balances; both sides' 总计 equal. */
    private groups(table: TableModel): void {
        const groups = sidesOf(table, this.template.ofWhichRow);
        if (!groups) return;
        const balanced = table.template ? table.template.balanced : true;
        // every column: the fund columns of 附表4 add up like its first; a column of last year's figure is the rows' 上年,
        // which the sides' 上年 sums below check once
        const lastYear = lastYearColumn(table);
        for (const column of table.columns) {
            // nor a rate column (增减率): rates add up to nothing
            if (column === lastYear || isRateColumn(column)) continue;
            const totals: Figure[] = [];
            for (const group of groups) {
                const side = table.rows.find(r => r.canonicalName === group.name);
                const total = side && this.group(side, group, column);
                if (total) totals.push(total);
            }
            if (balanced && totals.length === 2) {
                const [income, expenditure] = totals;
                if (expenditure.stated) {
                    this.relate('balance', expenditure, this.sumOf([income], '收入总计'));
                }
            }
        }
        const lastTotals = groups.map(group => {
            const side = table.rows.find(r => r.canonicalName === group.name);
            return side && this.groupAttributes(side, group);
        });
        if (balanced && lastTotals.length === 2) {
            const [income, expenditure] = lastTotals;
            for (const [column, figure] of expenditure?.attributes.get('上年') ?? []) {
                const other = income?.attributes.get('上年')?.get(column);
                if (other && figure.stated) this.relate('balance', figure, this.sumOf([other], '收入总计上年'));
            }
        }
    }

    /** A side's items: the rows the template does not fix, nor their 其中 rows, nor those written after the subtotal. */
    private sideItems(side: RowModel, group: GroupTemplate): RowModel[] {
        const fixed = fixedRows(group);
        const after = new Set(rowsAfterSubtotal(side, group, this.template.ofWhichRow));
        return side.children.filter(r => !fixed.has(r.canonicalName) && !isOfWhichRow(r, this.template.ofWhichRow) && !after.has(r));
    }

    /**
     * Whether a side of a two-sided table prints every item of its subtotal in a column, each the same row as another
     * table's: the items' figures, all written, add up to it exactly, and each finds its row in every table of `others`
     * (a 类 printed under another name, 教育 for 教育支出, would seem left out). A 类 it leaves out is then zero.
     */
    private printsEveryItem(table: TableModel, sideName: string, column: string | undefined, others: readonly RowIndex[]): boolean {
        const side = table.rows.find(r => r.canonicalName === sideName);
        const group = sidesOf(table, this.template.ofWhichRow)?.find(g => g.name === sideName);
        if (!side || !group) return false;
        const at = (row: RowModel) => row.cells.get(column ?? actualColumn(row) ?? '');
        const subtotal = side.children.find(r => r.canonicalName === group.subtotal);
        const items = this.sideItems(side, group);
        const total = subtotal && at(subtotal);
        const figures = items.map(at);
        if (!total?.stated || suspect(total) || items.length === 0 || figures.some(f => !f?.stated || suspect(f))) return false;
        const own = new RowIndex(table, sideName);
        if (items.some(item => others.some(other => !other.find(item, own)))) return false;
        return figures.reduce((sum, f) => sum.plus(f!.value), ZERO).eq(total.value);
    }

    /** A side's budgets and 上年 written beside its subtotal and 总计 add up as its figures do; its 总计 row. */
    private groupAttributes(side: RowModel, group: GroupTemplate): RowModel | undefined {
        const byName = (name: string) => side.children.find(r => r.canonicalName === name);
        const subtotalRow = byName(group.subtotal);
        const fixed = fixedRows(group);
        const items = this.sideItems(side, group);
        const missingItems = group.rows.filter(name => !fixed.has(name) && !byName(name));
        if (subtotalRow && items.length > 0) {
            const complete = missingItems.length === 0 && !skipsOrdinals(items);
            // items the template does not name (支出 by 类) are those with figures this year: one spent on last year only is
            // not printed, so their 上年 is no exact sum, nor their changes
            const listed = listedItems(group);
            this.attributeSums('sum-total', subtotalRow, items, `${group.name}各项`, undefined, complete, listed);
            if (complete && !listed) this.changeSums(subtotalRow, items);
        }
        const grandRow = byName(group.grandTotal);
        const balanceRows = group.balances.map(byName).filter((r): r is RowModel => r !== undefined);
        if (grandRow && subtotalRow) {
            const parts = [subtotalRow, ...rowsAfterSubtotal(side, group, this.template.ofWhichRow), ...balanceRows];
            this.attributeSums('sum-total', grandRow, parts, `${parts.map(r => r.name).join('、')}的`, undefined, balanceRows.length === group.balances.length);
            if (balanceRows.length === group.balances.length) this.changeSums(grandRow, parts);
        }
        return grandRow;
    }

    private group(side: RowModel, group: GroupTemplate, column: string): Figure | undefined {
        const byName = (name: string) => side.children.find(r => r.canonicalName === name);
        const subtotalRow = byName(group.subtotal);
        const fixed = fixedRows(group);
        const items = this.sideItems(side, group);
        const itemFigures = items.map(r => r.cells.get(column));
        // the template's own item rows (收入 by source) left out are unknown, not zero
        const missingItems = group.rows.filter(name => !fixed.has(name) && !byName(name));
        // the change column over items the template does not name (支出 by 类): a 类 spent on last year only is not printed, nor its fall
        const unprintedFalls = side.table !== undefined && lastYearDependent(side.table, column) && listedItems(group);
        if (subtotalRow && items.length > 0 && itemFigures.every(f => f !== undefined) && !unprintedFalls) {
            if (missingItems.length === 0 && !skipsOrdinals(items)) this.sum('sum-total', subtotalRow, column, itemFigures as Figure[], `${group.name}各项之和`, true);
            else this.atLeast('sum-total', subtotalRow, column, items.map(r => r.name), itemFigures as Figure[], false);
        }
        const grandRow = byName(group.grandTotal);
        const subtotal = subtotalRow?.cells.get(column);
        if (grandRow && subtotal) {
            // named as the report writes them (上年结转结余 for 年初结转和结余)
            const balanceRows = [
                ...rowsAfterSubtotal(side, group, this.template.ofWhichRow).map(row => ({ name: row.name, figure: row.cells.get(column) })),
                ...group.balances.map(name => ({ name: byName(name)?.name ?? name, figure: byName(name)?.cells.get(column) })),
            ];
            const written = balanceRows.filter((b): b is { name: string; figure: Figure } => b.figure !== undefined);
            const names = [group.subtotal, ...written.map(b => b.name)];
            // carry-over rows left out are unknown, not zero: published reports often print 总计 without them
            if (written.length === balanceRows.length) this.sum('sum-total', grandRow, column, [subtotal, ...written.map(b => b.figure)], names.join(' + '), true);
            else this.atLeast('sum-total', grandRow, column, names, [subtotal, ...written.map(b => b.figure)], false);
        }
        return grandRow?.cells.get(column);
    }

    /** 人员经费合计 = the rows of classes 301 and 303, where the table lists its codes beside it. */
    private codeSums(table: TableModel): void {
        for (const codeSum of table.template?.codeSums ?? []) {
            const row = this.codeSumRow(table, codeSum);
            const parts = this.codeSumParts(table, codeSum);
            if (!row || parts.length === 0) continue;
            for (const column of row.columns) {
                const figures = parts.map(p => p.cells.get(column));
                if (figures.some(f => f === undefined)) continue;
                this.sum('sum-total', row, column, figures as Figure[], `${codeSum.classes.join('、')} 类各行之和`, true);
            }
        }
    }

    private codeSumRow(table: TableModel, codeSum: CodeSum): RowModel | undefined {
        return table.rows.find(r => !r.code && r.canonicalName === codeSum.row);
    }

    /** The table's top-level code rows of the sum's classes. */
    private codeSumParts(table: TableModel, codeSum: CodeSum): RowModel[] {
        return table.rows.filter(r => ofCodeSum(codeSum, r.code));
    }

    // ---- ties between tables ------------------------------------------------------------

    private ties(): void {
        for (const tie of this.template.rowTies) this.rowTie(tie);
        for (const tie of this.template.ties) {
            const target = this.resolve(tie.target);
            if (target && !target.stated && this.inEmptyTable(tie.target)) {
                this.emptyTableTie(tie.target, tie.parts);
                continue;
            }
            if (!target?.stated) continue;
            // an optional part left out of a table the report writes is zero; a required one leaves nothing to check, and neither does
            // an optional one in a table of the template the report leaves out (its 政府性基金 三公 table): unknown, not zero
            const found = tie.parts.map(part => ({ part, figure: this.resolve(part) }));
            if (found.some(({ part, figure }) => !figure && !part.optional)) continue;
            const unwritten = found.find(({ part, figure }) => !figure && this.leftOutTable(part));
            if (unwritten) {
                this.unknownTies.push({ target, missing: this.addressLabel(unwritten.part) });
                continue;
            }
            const present = found.filter((f): f is { part: TiePart; figure: Figure } => f.figure !== undefined);
            const unsaid = found.filter(({ part, figure }) => !figure && this.unsaidInSection(part));
            if (unsaid.length > 0) {
                this.unsaidTie(target, present, unsaid.map(({ part }) => part), '');
                continue;
            }
            this.relateTie(target, present);
        }
        for (const table of this.tables.values()) this.addedTableTies(table);
        for (const table of this.tables.values()) this.addedWithin(table);
        for (const table of this.tables.values()) this.byUnitTies(table);
        for (const table of this.tables.values()) this.partTableTies(table);
    }

    /**
     * A part table's 合计 row tied to the table it is a part of (表（二）'s 合计 = 表（一）'s 基本支出), through the first
     * alternative whose figures it prints; where the report leaves that table out, said unchecked.
     */
    private partTableTies(table: TableModel): void {
        const part = partTableOf(table);
        for (const tie of part?.ties ?? []) {
            const found = tie.alternatives.map(figures => figures.map(({ row, column }) => {
                let rows = table.rows;
                let at: RowModel | undefined;
                for (const name of row) {
                    at = rows.find(r => r.canonicalName === name);
                    rows = at?.children ?? [];
                }
                const figure = at?.cells.get(column);
                return figure?.stated && !suspect(figure) ? { figure, label: `${table.label}「${rowLabel(at!)}」${column}` } : undefined;
            })).find(figures => figures.every(f => f !== undefined)) as { figure: Figure; label: string }[] | undefined;
            if (!found) continue;
            const figures = found.map(f => f.figure);
            const target = this.resolve(tie.target);
            if (!target) {
                if (this.leftOutTable(tie.target)) {
                    for (const figure of figures) this.unknownTies.push({ target: figure, missing: this.addressLabel(tie.target) });
                }
                continue;
            }
            if (!target.stated || suspect(target)) continue;
            this.relateSignedTie(target, figures, found.map(f => f.label), figures.map(() => 1 as const));
        }
    }

    /**
     * A table of the department's own listing by unit what a template table lists by subject (浙江: 收入决算表（分单位）
     * beside 收入决算表（分科目）; 天津: 按单位列示): its units are the department's, so its 合计 is that table's 合计, column by column.
     */
    private byUnitTies(table: TableModel): void {
        const whole = byUnitWhole(table, this.tables.values());
        const total = table.rows.find(r => isTotalRow(r, this.template.totalRow));
        const wholeTotal = whole?.rows.find(r => isTotalRow(r, this.template.totalRow));
        if (!total || !wholeTotal) return;
        for (const column of total.columns) {
            const target = total.cells.get(column);
            const part = wholeTotal.cells.get(column);
            if (!target?.stated || !part?.stated || suspect(target) || suspect(part)) continue;
            this.relateSignedTie(target, [part], [`${whole!.label}「${rowLabel(wholeTotal)}」${column}`], [1]);
        }
    }

    /** Records a tie `target = Σ sign·parts`, described by where the parts stand. */
    private relateTie(target: Figure, present: readonly { part: TiePart; figure: Figure }[]): void {
        this.relateSignedTie(target, present.map(p => p.figure), present.map(p => this.addressLabel(p.part)), present.map(({ part }) => part.sign === -1 ? -1 as const : 1 as const));
    }

    /** Records a tie `target = Σ sign·figures`, each figure named by its label. */
    private relateSignedTie(target: Figure, figures: readonly Figure[], labels: readonly string[], signs: readonly (1 | -1)[]): void {
        const { computed, formula, value } = signedSum(figures, signs, f => this.shown(f));
        this.relate('tie', target, computation(computed, figures, signedTerms(labels, signs), value, formula,
            () => ({ kind: 'sum', terms: termsOf(figures, signs) })));
    }

    /**
     * The ties of a table the report adds (非财政拨款收入支出决算总表: 收入支出决算总表 less 财政拨款收入支出决算总表), where its
     * figure and every part are written: a part in a table of the template the report leaves out is unknown, and said so.
     */
    private addedTableTies(table: TableModel): void {
        for (const tie of addedTableOf(table)?.rowTies ?? []) this.addedRowTie(table, tie);
        for (const tie of addedTableOf(table)?.ties ?? []) {
            let rows = table.rows;
            let row: RowModel | undefined;
            for (const name of tie.row) {
                row = rows.find(r => r.canonicalName === name);
                rows = row?.children ?? [];
            }
            const target = row?.cells.get(actualColumn(row) ?? '');
            if (!target?.stated || suspect(target)) continue;
            const found = tie.parts.map(part => ({ part, figure: this.resolve(part) }));
            const unwritten = found.find(({ part, figure }) => !figure && this.leftOutTable(part));
            // the same figure from tables the report prints, where it leaves one of the parts' out
            const standIn = unwritten && tie.standIns?.map(parts => parts.map(part => ({ part, figure: this.resolve(part) })))
                .find(parts => parts.every(({ figure }) => figure !== undefined));
            if (standIn) this.relateTie(target, standIn as { part: TiePart; figure: Figure }[]);
            else if (unwritten) this.unknownTies.push({ target, missing: this.addressLabel(unwritten.part) });
            else if (found.every(({ figure }) => figure !== undefined)) this.relateTie(target, found as { part: TiePart; figure: Figure }[]);
        }
    }

    /**
     * The rows of an added table's side tied row by row (by code, else name) to the rows of template tables, each term
     * from the first of its sources the report prints. A 类 (a row right under the side) a table does not print is zero
     * where that table's side prints all its items (see printsEveryItem: a 类 the 财政拨款 did not spend on is left out);
     * any other row a table does not print is unknown and not checked (a table printing only 类 says nothing of their 款).
     * A table stated to have no data holds zero; where the report leaves out every source of a term, or no printed source
     * lists the row, the row is unknown, and said so. Their 上年 tie too, where the row and every row it is tied to write it.
     */
    private addedRowTie(table: TableModel, tie: AddedRowTie): void {
        const side = table.rows.find(r => r.canonicalName === tie.side);
        const group = sidesOf(table, this.template.ofWhichRow)?.find(g => g.name === tie.side);
        if (!side || !group) return;
        const fixed = fixedRows(group);
        const own = new RowIndex(table, tie.side);
        const indexed = tie.parts.map(term => {
            const part = term.sources.find(source => this.tableOf(source.table)) ?? term.sources.find(source => this.leftOutTable({ table: source.table, row: [] }));
            const source = part && this.tableOf(part.table);
            return { part, table: source, rows: new RowIndex(source, part?.side) };
        });
        if (indexed.some(({ part }) => !part)) return;
        const sources = indexed.map(source => ({
            ...source,
            part: source.part!,
            whole: source.table !== undefined && source.part!.side !== undefined
                && this.printsEveryItem(source.table, source.part!.side, source.part!.column, indexed.filter(other => other !== source).map(other => other.rows)),
        }));
        const signs = tie.parts.map(part => part.sign ?? 1);
        walkRows(side.children, row => {
            if (fixed.has(row.canonicalName) || isTotalRow(row, this.template.totalRow) || isOfWhichRow(row, this.template.ofWhichRow)) return;
            const column = actualColumn(row) ?? '';
            const target = row.cells.get(column);
            if (!target?.stated || suspect(target)) return;
            const address = (part: RowTie['source']): FigureAddress => ({ table: part.table, row: [...part.side ? [part.side] : [], rowLabel(row)], column: part.column });
            const left = sources.find(({ table }) => !table);
            if (left) {
                this.unknownTies.push({ target, missing: this.addressLabel(address(left.part)) });
                return;
            }
            // a 类 no printed source lists is of another naming or grouping (教育 for 教育支出, 基本支出 by nature): unknown,
            // not zero, though a source printing every item would make each term 0 (a 款 unlisted is skipped below, as ever)
            const printed = sources.filter(({ table: source }) => !source!.empty);
            if (row.parent === side && printed.length > 0 && printed.every(({ rows }) => !rows.find(row, own))) {
                this.unknownTies.push({ target, unlisted: printed.map(({ table: source }) => source!.label) });
                return;
            }
            const figures: Figure[] = [];
            const labels: string[] = [];
            // each term's 上年 where its row writes it; none where it is not a written row's (zero, or no data)
            const lasts: (Figure | undefined)[] = [];
            for (const { part, table: source, rows, whole } of sources) {
                if (source!.empty) {
                    // zero, unless the column is an account a spending printing says nothing of
                    const zero = this.resolve(address(part));
                    if (!zero) return;
                    figures.push(zero);
                    labels.push(`${source!.label}（写明“无数据”）`);
                    lasts.push(undefined);
                    continue;
                }
                const match = rows.find(row, own);
                if (!match && whole && row.parent === side) {
                    // a side that prints every item prints every 类 it spent on: one it leaves out is none
                    figures.push(computedFigure({ kind: target.kind, unit: target.unit, interval: Interval.exact(ZERO), label: this.addressLabel(address(part)) }));
                    labels.push(`${source!.label}（未列“${rowLabel(row)}”，即 0）`);
                    lasts.push(undefined);
                    continue;
                }
                const matchColumn = part.column ?? (match && actualColumn(match)) ?? '';
                const figure = match?.cells.get(matchColumn);
                if (!figure || suspect(figure)) return;
                figures.push(figure);
                labels.push(`${source!.label}「${rowLabel(match!)}」${part.column ?? ''}`);
                lasts.push(match!.attributes.get('上年')?.get(matchColumn));
            }
            this.relateSignedTie(target, figures, labels, signs);
            const last = row.attributes.get('上年')?.get(column);
            if (last?.stated && !suspect(last) && lasts.every(f => f?.stated && !suspect(f))) {
                this.relateSignedTie(last, lasts as Figure[], labels.map(label => `${label}${/[」）]$/.test(label) ? '' : ' '}上年`), signs);
            }
        });
    }

    /**
     * An added table's figures within a template table's (AddedWithin: 项目支出决算表 within 支出决算表's 项目支出): its total
     * row at most that table's, its rows under one code, summed, at most that code's row. A bound from above, no equality.
     */
    private addedWithin(table: TableModel): void {
        const within = addedTableOf(table)?.within;
        const whole = within && this.tableOf(within.table);
        if (!within || !whole || whole.empty) return;
        const headed = table.columns.find(column => within.own.test(column));
        const column = headed ?? (table.columns.length === 1 ? table.columns[0] : undefined);
        if (column === undefined) return;
        const wholeRows = new Map<string, RowModel>();
        walkRows(whole.rows, row => {
            if (row.code && !wholeRows.has(row.code)) wholeRows.set(row.code, row);
        });
        const byCode = new Map<string, RowModel[]>();
        walkRows(table.rows, row => {
            if (isTotalRow(row, this.template.totalRow)) {
                this.within(whole.rows.find(r => isTotalRow(r, this.template.totalRow)), within, [row], table, column);
            } else if (row.code && !isOfWhichRow(row, this.template.ofWhichRow)) {
                byCode.set(row.code, [...byCode.get(row.code) ?? [], row]);
            }
        });
        for (const [code, rows] of byCode) this.within(wholeRows.get(code), within, rows, table, column);
    }

    /** `whole[within.column] ≥ Σ rows[column]`, where all are written and none is below zero. */
    private within(whole: RowModel | undefined, within: AddedWithin, rows: readonly RowModel[], table: TableModel, column: string): void {
        const target = whole?.cells.get(within.column);
        const figures = rows.map(row => row.cells.get(column));
        if (!target?.stated || figures.some(f => !f?.stated)) return;
        const parts = sameMeasure(target, figures as Figure[])?.parts;
        if (!parts || parts.length !== figures.length || [target, ...parts].some(f => suspect(f) || f.value.isNegative())) return;
        const description = `${table.label}${rows.map(row => `「${rowLabel(row)}」`).join('、')}${column}${rows.length > 1 ? '之和' : ''}`;
        this.relations.push(new AtLeastRelation('tie', target, parts, description, f => this.shown(f), within.because));
    }

    /**
     * Whether a tie's optional part is a row of a section the report does not write (情况说明's 三公经费 telling 国内公务接待
     * and no 外事接待): unknown, not zero, as prose that leaves a figure out says nothing of it.
     */
    private unsaidInSection(part: TiePart): boolean {
        return part.optional === true && part.table === undefined && part.sign !== -1;
    }

    /**
     * A tie some of whose added parts are rows the report's sections do not write: each is spending, none below zero,
     * so the target is at least the rest (written ones taken away as the tie takes them).
     */
    private unsaidTie(target: Figure, present: readonly { part: TiePart; figure: Figure }[], unsaid: readonly TiePart[], which: string): void {
        if (present.length === 0 || [target, ...present.map(p => p.figure)].some(suspect)
            || sameMeasure(target, present.map(p => p.figure))?.parts.length !== present.length) return;
        const label = (part: TiePart) => `${this.addressLabel(part)}${which && part.table !== undefined && part.column ? ' ' : ''}${which}`;
        const missing = unsaid.map(label).join('、');
        this.relations.push(new AtLeastRelation('tie', target, present.map(p => p.figure),
            signedTerms(present.map(({ part }) => label(part)), present.map(({ part }) => part.sign === -1 ? -1 : 1)),
            f => this.shown(f), `${missing}没有写，未写的不当作 0（按不小于 0 计），这个数不能比已写各项算出的还小`,
            present.map(({ part }) => part.sign === -1 ? -1 : 1)));
    }

    /** A table stated to have no data holds zero: a figure elsewhere that ties to it must be zero too. */
    private emptyTableTie(empty: FigureAddress, parts: readonly TiePart[]): void {
        const table = this.tableOf(empty.table);
        for (const part of parts) {
            if (part.sign === -1 || this.inEmptyTable(part)) continue;
            const figure = this.resolve(part);
            if (!figure?.stated) continue;
            const zero = computedFigure({ kind: figure.kind, unit: figure.unit, interval: Interval.exact(ZERO), label: this.addressLabel(empty) });
            this.relate('tie', figure, computation(Interval.exact(ZERO), [zero],
                `${table!.label}（写明“无数据”）${empty.column ?? ''}`, () => ZERO, () => '0', () => ({ kind: 'sum', terms: [], constant: ZERO })));
        }
    }

    /** Whether an address is in a table of the template that the report does not write at all. */
    private leftOutTable(address: FigureAddress): boolean {
        return address.table !== undefined && this.template.tables.some(t => t.role === address.table) && !this.tableOf(address.table);
    }

    /**
     * Whether a column of a table stated to have no data is unknown, not zero: a fund's account (年初结转和结余) where the
     * table is printed under its spending title (政府性基金预算财政拨款支出决算表 { 无数据 }: no spending, maybe a balance).
     */
    private unknownInEmpty(table: TableModel, column: string | undefined): boolean {
        const account = table.template?.account;
        return account !== undefined && column !== undefined && account.columns.includes(column) && !account.title.test(table.title);
    }

    private inEmptyTable(address: FigureAddress): boolean {
        return address.table !== undefined && (this.tableOf(address.table)?.empty ?? false);
    }

    /** An address as messages name it: 附表4「收入 › 一般公共预算财政拨款」. */
    private addressLabel(address: FigureAddress): string {
        const table = this.template.tables.find(t => t.role === address.table);
        const number = table?.number;
        // the report's label where it has the table (公开05表), the template's where it lacks it; its title where the report
        // prints another table at that number (a part standing where the template's table does): 表5 would name that one
        const taken = number !== undefined && this.tables.has(number);
        const where = address.table === undefined ? address.section
            : this.tableOf(address.table)?.label ?? (number !== undefined ? (taken ? table!.title : this.template.tableLabel(number)) : address.table);
        return `${where}「${address.row.join(' › ')}」${address.table !== undefined ? address.column ?? '' : ''}`;
    }

    /** The report's table of a role, whatever its number in the template. */
    tableOf(role: TableRole | undefined): TableModel | undefined {
        if (role === undefined) return undefined;
        const number = this.template.tables.find(t => t.role === role)?.number;
        const table = number === undefined ? undefined : this.tables.get(number);
        // a table only placed at the role's number (another's part, a 表（二）) is not that table
        return table?.template?.role === role ? table : undefined;
    }

    /** Ties each row of one table to the row of another with the same code (or name). */
    private rowTie(tie: RowTie): void {
        const source = this.tableOf(tie.source.table);
        const target = this.tableOf(tie.target.table);
        if (!source || !target) return;
        const rows = new RowIndex(source, tie.source.side);
        const own = new RowIndex(target, tie.target.side);
        walkRows(sideRows(target, tie.target.side), row => {
            if (isTotalRow(row, this.template.totalRow) || this.isFixedGroupRow(row)) return;
            const match = rows.find(row, own);
            const figure = row.cells.get(tie.target.column ?? actualColumn(row) ?? '');
            const other = match?.cells.get(tie.source.column ?? (match && actualColumn(match)) ?? '');
            if (!figure?.stated || !other) return;
            const name = `${source.label}「${match!.code ? `${match!.code} ` : ''}${match!.name}」`;
            this.relate('tie', figure, this.sumOf([other], `${name}${tie.source.column ?? ''}`));
            // and their 上年, where both write it
            const last = row.attributes.get('上年')?.get(tie.target.column ?? actualColumn(row) ?? '');
            const otherLast = match!.attributes.get('上年')?.get(tie.source.column ?? actualColumn(match!) ?? '');
            if (last?.stated && otherLast?.stated) this.relate('tie', last, this.sumOf([otherLast], `${name}${tie.source.column ? `${tie.source.column} ` : ''}上年`));
        });
    }

    /** 本年收入合计, 总计 and the balance rows of a side of a two-sided table. */
    private isFixedGroupRow(row: RowModel): boolean {
        const group = sideGroupOf(row.parent);
        return group ? fixedRows(group).has(row.canonicalName) : false;
    }

    /** Finds the figure at a template address: table, row labels (or codes), column. */
    resolve(address: FigureAddress): Figure | undefined {
        // a table stated to have no data holds zero, in every column of its printing
        const table = this.tableOf(address.table);
        if (table?.empty) {
            return this.unknownInEmpty(table, address.column) ? undefined
                : computedFigure({ kind: 'amount', unit: '万元', interval: Interval.exact(new Decimal(0)), label: this.addressLabel(address) });
        }
        const found = this.rowAt(address);
        return found && found.row.cells.get(found.column);
    }

    /** The row at a template address and the column it names, in a table with rows (not one stated to have no data). */
    private rowAt(address: FigureAddress): { row: RowModel; column: string } | undefined {
        const table = this.tableOf(address.table);
        if (table?.empty) return undefined;
        let rows = address.table !== undefined
            ? table?.rows
            : this.sections.find(s => s.name === address.section)?.rows;
        if (!rows) return undefined;
        let row: RowModel | undefined;
        for (const label of address.row) {
            row = rows.find(r => r.canonicalName === label || r.code === label);
            if (!row) return undefined;
            rows = row.children;
        }
        if (!row) return undefined;
        const column = address.column ?? actualColumn(row);
        return column === undefined ? undefined : { row, column };
    }

    /**
     * 上年 written beside figures that tie (收入支出决算总表's 本年支出合计 上年 and 支出决算表's 合计 上年) ties as
     * they do, where the target and every part write it: a table stated to have no data says nothing of last
     * year, and neither does a 上年 worked out from a change.
     */
    private lastYearTies(): void {
        const lastYear = (found: { row: RowModel; column: string } | undefined) => found?.row.attributes.get('上年')?.get(found.column);
        for (const tie of this.template.ties) {
            const target = lastYear(this.rowAt(tie.target));
            if (!target?.stated) continue;
            // an optional part the report's tables have no row for is none, as this year; one in a table stated to have no
            // data, or in a table the report leaves out, is unknown; one its sections do not write bounds the target below
            const unsaid: TiePart[] = [];
            const parts = tie.parts.flatMap(part => {
                const found = this.rowAt(part);
                if (!found && this.unsaidInSection(part)) unsaid.push(part);
                return !found && part.optional && !this.inEmptyTable(part) && !this.leftOutTable(part) ? [] : [{ part, figure: lastYear(found) }];
            });
            if (parts.length === 0 || parts.some(({ figure }) => !figure?.stated)) continue;
            if (unsaid.length > 0) {
                this.unsaidTie(target, parts.map(({ part, figure }) => ({ part, figure: figure! })), unsaid, '上年');
                continue;
            }
            const signs = parts.map(({ part }) => part.sign === -1 ? -1 as const : 1 as const);
            const description = signedTerms(parts.map(({ part }) => `${this.addressLabel(part)}${part.table !== undefined && part.column ? ' ' : ''}上年`), signs);
            this.relateSum('tie', target, parts.map(({ figure }) => figure!), description, signs);
        }
    }

    // ---- derived figures: change, growth, completion, share -------------------------------

    /** Derives 上年 from 增加/减少 where it is not written, and relates stated changes and growth rates. */
    private changes(row: RowModel): void {
        // only a stated change or rate (增加, 减少, 增长, 下降) says anything here: most rows state none
        const attributes = row.attributes;
        if (!attributes.has('增加') && !attributes.has('减少') && !attributes.has('增长') && !attributes.has('下降')) return;
        for (const column of row.columns) {
            const current = row.cells.get(column);
            if (!current) continue;
            const change = this.statedChange(row, column);
            const statedLast = row.attributes.get('上年')?.get(column);
            if (statedLast && change) {
                const computed = this.changeOf(row, column);
                if (computed) this.relateSigned('change', change.figure, change.sign, computed);
            } else if (!statedLast && change && !suspect(change.figure) && !suspect(current)) {
                // last year is what this year minus the change leaves
                const interval = current.interval.sub(change.sign > 0 ? change.figure.interval : change.figure.interval.negate());
                const last = computedFigure({
                    kind: current.kind, unit: current.unit, interval, ...termDecimals(current.kind, current, change.figure), label: `${row.context} 上年`,
                });
                const map = row.attributes.get('上年') ?? new Map<string, Figure>();
                map.set(column, last);
                row.attributes.set('上年', map);
                this.derivations.set(last, new LazyDerivation(last, change.sign > 0 ? '本年 − 增加额' : '本年 + 减少额',
                    () => signedTerms([current, change.figure].map(f => this.shown(f)), [1, change.sign > 0 ? -1 : 1]), [current, change.figure],
                    [{ figure: current, sign: 1 }, { figure: change.figure, sign: change.sign > 0 ? -1 : 1 }]));
            }
            const rate = row.attributes.get('增长')?.get(column) ?? row.attributes.get('下降')?.get(column);
            const growth = rate && this.growthOf(row, column);
            if (rate && growth) this.relateSigned('growth', rate, row.attributes.get('增长')?.get(column) ? 1 : -1, growth);
        }
    }

    private statedChange(row: RowModel, column: string): { figure: Figure; sign: 1 | -1 } | undefined {
        const increase = row.attributes.get('增加')?.get(column);
        if (increase) return { figure: increase, sign: 1 };
        const decrease = row.attributes.get('减少')?.get(column);
        return decrease ? { figure: decrease, sign: -1 } : undefined;
    }

    /** This year minus last year, from the stated (or derived) 上年. */
    changeOf(row: RowModel, column: string): Computation | undefined {
        const current = row.cells.get(column);
        const last = row.attributes.get('上年')?.get(column);
        if (!current || !last) return undefined;
        return computation(current.interval.sub(last.interval), [current, last], '本年 − 上年',
            () => current.value.minus(last.value), () => `${this.shown(current)} − ${this.shown(last)}`,
            () => ({ kind: 'sum', terms: termsOf([current, last], [1, -1]) }));
    }

    /**
     * The growth rate in percent: (this year − last year) ÷ last year; none where last year is
     * zero or negative, where a growth rate means nothing (the `growth` check says so).
     */
    growthOf(row: RowModel, column: string): Computation | undefined {
        const current = row.cells.get(column);
        const last = row.attributes.get('上年')?.get(column);
        if (!current || !last || last.value.lte(0)) return undefined;
        // where last year derives from a stated change, that change is tighter than this year − last year
        const change = row.attributes.get('上年')?.get(column)?.stated ? undefined : this.statedChange(row, column);
        const delta = change ? (change.sign > 0 ? change.figure.interval : change.figure.interval.negate()) : current.interval.sub(last.interval);
        const deltaValue = change ? change.figure.value.times(change.sign) : current.value.minus(last.value);
        // as an equation, 100 · this year ÷ last year − 100: each figure once
        const form = (): RelationForm => change
            ? { kind: 'ratio', numerator: [{ figure: change.figure, sign: change.sign }], base: termsOf([last]) }
            : { kind: 'ratio', numerator: termsOf([current]), base: termsOf([last]), offset: MINUS_HUNDRED };
        return ratio(delta, deltaValue, last, [current, last], '（本年 − 上年）÷ 上年',
            () => `(${this.shown(current)} − ${this.shown(last)}) ÷ ${this.shown(last)}`, form);
    }

    /** This year's figure minus a budget beside it: 较预算减少10.50万元. */
    changeFromBudget(row: RowModel, column: string, budget: Figure): Computation | undefined {
        return this.difference(row, column, budget, '决算 − 预算');
    }

    /** A year-end balance minus the balance it started the year at: 年末结转和结余…，比年初增加9.68万元. */
    changeFromOpening(row: RowModel, column: string, opening: Figure): Computation | undefined {
        return this.difference(row, column, opening, '年末 − 年初');
    }

    /** The row's figure in `column` minus `base`, described as `description`. */
    private difference(row: RowModel, column: string, base: Figure, description: string): Computation | undefined {
        const current = row.cells.get(column);
        if (!current) return undefined;
        return computation(current.interval.sub(base.interval), [current, base], description,
            () => current.value.minus(base.value), () => `${this.shown(current)} − ${this.shown(base)}`,
            () => ({ kind: 'sum', terms: termsOf([current, base], [1, -1]) }));
    }

    /** (决算 − 预算) ÷ 预算 in percent: 较预算减少10.50万元，降低42.00%; none where the budget is not above zero. */
    growthFromBudget(row: RowModel, column: string, budget: Figure): Computation | undefined {
        return this.growthOver(row, column, budget, '（决算 − 预算）÷ 预算');
    }

    /** (年末 − 年初) ÷ 年初 in percent: 年末结转和结余…，比年初增长26.74%; none where the opening is not above zero. */
    growthFromOpening(row: RowModel, column: string, opening: Figure): Computation | undefined {
        return this.growthOver(row, column, opening, '（年末 − 年初）÷ 年初');
    }

    /** (the row's figure in `column` − `base`) ÷ `base` in percent, described as `description`; none where the base is not above zero. */
    private growthOver(row: RowModel, column: string, base: Figure, description: string): Computation | undefined {
        const current = row.cells.get(column);
        if (!current || base.value.lte(0)) return undefined;
        return ratio(current.interval.sub(base.interval), current.value.minus(base.value), base, [current, base], description,
            () => `(${this.shown(current)} − ${this.shown(base)}) ÷ ${this.shown(base)}`,
            () => ({ kind: 'ratio', numerator: termsOf([current]), base: termsOf([base]), offset: MINUS_HUNDRED }));
    }

    private completion(row: RowModel): void {
        // a completion rate is an attribute: a row with none (most table rows) has none
        if (row.attributes.size === 0) return;
        for (const key of COMPLETION_KEYS) {
            const rates = row.attributes.get(key);
            if (!rates) continue;
            for (const [column, rate] of rates) {
                const own = rates.size === 1 ? actualColumn(row) ?? column : column;
                const computed = this.completionOf(row, own, key);
                if (computed) {
                    this.relate('completion', rate, computed);
                    continue;
                }
                const budget = this.budgetOf(row, own, completionBudgets(key));
                if (!budget || !rate.stated || !budget.figure.value.isZero()) continue;
                // nothing spent of a budget of 0 (因公出国（境）费 0 of 0, 完成预算的0%, or 100% for a line nobody used):
                // the published reports' convention, left alone as in prose
                const spent = row.cells.get(own);
                if (spent?.value.isZero() && (rate.value.isZero() || rate.value.eq(HUNDRED))) continue;
                this.zeroBases.push({ rate, base: budget.figure, baseName: budget.key });
            }
        }
    }

    /**
     * A table's rate column of spending against budget (执行率, 预算执行率, 完成率) equals the row's spent column
     * over its budget column, where the names say which two: one spent column (执行数, 决算数, 实际支出) and
     * one budget column, or one of several budgets named as the spent one is (全年执行数 over 全年预算数, not
     * 年初预算数). Shares (占比, 比重) and columns paired otherwise are left alone.
     */
    private rateColumns(table: TableModel): void {
        const named = executionRates(table.columns).map(pair => ({ ...pair, name: `${pair.spent} ÷ ${pair.budget}` }));
        const besideBudget = named.length === 0 ? budgetColumnRate(table) : undefined;
        if (named.length === 0 && !besideBudget) return;
        const pairsOf = (row: RowModel): typeof named => {
            if (!besideBudget) return named;
            // the row's own figure is the 决算 of its group (决算数·合计), named so, and the budget by its kind as prose names it
            const own = actualColumn(row);
            return own ? [{ rate: besideBudget.rate, spent: own, budget: besideBudget.budget, name: `决算 ÷ ${besideBudget.key}` }] : [];
        };
        walkRows(table.rows, row => {
            for (const { rate, spent, budget, name } of pairsOf(row)) {
                const stated = row.cells.get(rate);
                const actual = row.cells.get(spent);
                const base = row.cells.get(budget);
                // a rate printed blank (-) says no rate, not 0%
                if (!stated || stated.kind !== 'rate' || stated.blank || !actual || !base || actual.kind !== 'amount' || base.kind !== 'amount') continue;
                const computed = ratio(actual.interval, actual.value, base, [actual, base], name,
                    () => `${this.shown(actual)} ÷ ${this.shown(base)}`,
                    () => ({ kind: 'ratio', numerator: termsOf([actual]), base: termsOf([base]) }));
                if (computed) this.relate('completion', stated, computed);
            }
        });
    }

    /**
     * A table's change column is its year column less its last year's (增减额 = 本年决算数 − 上年决算数), and its
     * rate column that change over last year, on each row: the change's sums over rows are its sum checks. A
     * rate printed blank (-) says no rate, not 0%; none is worked out over a last year not above zero.
     */
    private changeColumns(table: TableModel): void {
        const columns = tableChangeColumns(table);
        if (!columns) return;
        const { current: now, last: before, change, rate } = columns;
        walkRows(table.rows, row => {
            const current = row.cells.get(now);
            const last = row.cells.get(before);
            if (!current || !last || current.kind !== 'amount' || last.kind !== 'amount') return;
            const stated = change === undefined ? undefined : row.cells.get(change);
            if (stated?.kind === 'amount') {
                this.relate('change', stated, computation(current.interval.sub(last.interval), [current, last], `${now} − ${before}`,
                    () => current.value.minus(last.value), () => `${this.shown(current)} − ${this.shown(last)}`,
                    () => ({ kind: 'sum', terms: termsOf([current, last], [1, -1]) })), SIGNED);
            }
            const statedRate = rate === undefined ? undefined : row.cells.get(rate);
            if (!statedRate || statedRate.kind !== 'rate' || statedRate.blank || last.value.lte(0)) return;
            const growth = ratio(current.interval.sub(last.interval), current.value.minus(last.value), last, [current, last], `（${now} − ${before}）÷ ${before}`,
                () => `(${this.shown(current)} − ${this.shown(last)}) ÷ ${this.shown(last)}`,
                () => ({ kind: 'ratio', numerator: termsOf([current]), base: termsOf([last]), offset: MINUS_HUNDRED }));
            if (growth) this.relate('growth', statedRate, growth, SIGNED);
        });
    }

    /** 决算 ÷ 预算 in percent; `key` says against which budget (完成年初预算: the 年初预算). */
    completionOf(row: RowModel, column: string, key = '完成预算'): Computation | undefined {
        const actual = row.cells.get(column);
        const budget = this.budgetOf(row, column, completionBudgets(key));
        if (!actual || !budget) return undefined;
        const name = budget.key === '预算' ? '预算' : budget.key;
        return ratio(actual.interval, actual.value, budget.figure, [actual, budget.figure], `决算 ÷ ${name}`,
            () => `${this.shown(actual)} ÷ ${this.shown(budget.figure)}`,
            () => ({ kind: 'ratio', numerator: termsOf([actual]), base: termsOf([budget.figure]) }));
    }

    /**
     * The budget beside a 决算: the first of `keys` the row states as an attribute, the table's
     * budget column, or a sibling 预算数 row. A budget column the table or its template says is the
     * 年初预算 (the 三公 table's 预算数) is what a 完成年初预算 is of, and never a 完成全年预算's.
     */
    budgetOf(row: RowModel, column: string, keys: readonly BudgetKey[] = budgetsOfKind('any')): { figure: Figure; key: BudgetKey } | undefined {
        for (const key of keys) {
            const attribute = row.attributes.get(key)?.get(column);
            if (attribute) return { figure: attribute, key };
        }
        const columnKind = row.table?.budgetKind;
        if (!keys.includes(columnKind ?? '预算')) return undefined;
        const found = this.budgetFigure(row, column);
        return found ? { figure: found, key: '预算' } : undefined;
    }

    private budgetFigure(row: RowModel, column: string): Figure | undefined {
        // a table of the report's own printing a budget beside its actual (内蒙古's 机构运行信息表: 预算数 决算数): that budget
        const pair = row.table && !row.table.template ? executionPair(ownColumns(row.table)) : undefined;
        const budgetColumn = row.table?.template?.budgetColumn ?? (pair?.spent === column ? pair.budget : undefined);
        if (budgetColumn && row.cells.get(budgetColumn)) return row.cells.get(budgetColumn);
        const budgetRow = row.siblings.find(r => r !== row && r.canonicalName === '预算数');
        return budgetRow ? budgetRow.cells.get(actualColumn(budgetRow) ?? column) : undefined;
    }

    private shares(row: RowModel): void {
        const shares = row.attributes.get('占比');
        if (!shares) return;
        for (const [column, share] of shares) {
            const computed = this.shareOf(row, column) ?? this.wholeShare(row, column);
            if (computed) this.relate('share', share, computed);
        }
    }

    /**
     * A share written on a side's 总计 (收入 总计 150.00 占比 37%): the side's whole, no part of its subtotal (shareBase),
     * so it can only be all of itself. Only the written share is checked so: the hover works out none.
     */
    private wholeShare(row: RowModel, column: string): Computation | undefined {
        const part = row.cells.get(column);
        const group = row.parent && sideGroupOf(row.parent);
        if (!part || !group || row.canonicalName !== group.grandTotal) return undefined;
        return ratio(part.interval, part.value, part, [part], shareDescription('本项', part), () => `${this.shown(part)} ÷ ${this.shown(part)}`);
    }

    /**
     * A column's share in percent: for the row's own figure, of the whole the row belongs to; for
     * another column, of the row's column it is a part of (基本支出 of 本年支出合计), else of its column's whole.
     */
    shareOf(row: RowModel, column: string): Computation | undefined {
        let byColumn = this.sharesOf.get(row);
        if (!byColumn) this.sharesOf.set(row, byColumn = new Map());
        if (!byColumn.has(column)) byColumn.set(column, this.computeShare(row, column));
        return byColumn.get(column);
    }

    private computeShare(row: RowModel, column: string): Computation | undefined {
        const part = row.cells.get(column);
        const base = part && this.shareWhole(row, column);
        if (!part || !base) return undefined;
        return ratio(part.interval, part.value, base, [part, base], shareDescription('本项', base), () => `${this.shown(part)} ÷ ${this.shown(base)}`,
            () => ({ kind: 'ratio', numerator: termsOf([part]), base: termsOf([base]) }));
    }

    /**
     * A rate attribute (占比, 增长, 下降, 完成预算) as stated, or computed where the source leaves
     * it out; readers such as the report generator take every rate from here.
     */
    rate(row: RowModel, key: '占比' | '增长' | '下降' | '完成预算', column = actualColumn(row)): Figure | undefined {
        if (column === undefined) return undefined;
        const stated = row.attributes.get(key)?.get(column);
        if (stated) return stated;
        const computation = key === '占比' ? this.shareOf(row, column)
            : key === '完成预算' ? this.completionOf(row, column)
                : this.growthOf(row, column);
        const rate = computation && computedRate(computation, `${row.context} ${key}`, key === '下降');
        // a share worked out below 0 or over 100% (a negative part, or one beside it) is no share a report can state
        return key === '占比' && rate && (rate.value.isNegative() || rate.value.gt(HUNDRED)) ? undefined : rate;
    }

    /**
     * The whole a column of a row is a share of: for the row's own figure its whole's; for another, the
     * row's column that sums it with others (基本支出 of 本年支出), else the column's whole (a fund table's
     * 本年收入 is of the 合计 row's 本年收入, never of the 年初结转和结余 printed first).
     */
    shareWhole(row: RowModel, column: string): Figure | undefined {
        const whole = column === actualColumn(row) || !row.table ? this.shareBase(row, column)
            : this.columnWhole(row, column) ?? this.shareBase(row, column);
        // a side's subtotal (本年收入合计 of a two-sided table) is no share of itself
        return whole === row.cells.get(column) ? undefined : whole;
    }

    /**
     * The row's figure a column is a part of: the total of the template's column sum of parts holding it
     * (a balance's equation, with a part taken away, is no whole); a table of no template's: its first column.
     */
    private columnWhole(row: RowModel, column: string): Figure | undefined {
        const sums = columnSumsOf(row.table);
        if (!sums) return row.cells.get(row.columns[0]);
        const sum = sums.find(s => s.parts.every(p => p.sign > 0) && s.parts.some(p => p.column === column));
        return sum && row.cells.get(sum.total);
    }

    /** The whole a row's first figure is a share of. */
    shareBase(row: RowModel, column: string): Figure | undefined {
        const table = row.table;
        if (row.parent) {
            const fromParent = row.parent.cells.get(column);
            if (fromParent) return fromParent;
            // a side of a two-sided table: the side's subtotal; the subtotal's own whole is the template's (财政拨款支出 of 本年支出合计)
            const group = sideGroupOf(row.parent);
            if (group && row.canonicalName === group.subtotal && !row.parent.parent) {
                const base = this.templateShareBase(row, [group.name, row.canonicalName]);
                if (base) return base;
            }
            // the subtotal and the side's 总计, which holds it, are no part of it: no share of it (总计 151.77% of 本年收入合计).
            // The balances keep it as their whole: a prose share of one is read against it and its list's head (prose.ts)
            if (!group || row.canonicalName === group.subtotal || row.canonicalName === group.grandTotal) return undefined;
            return row.parent.children.find(r => r.canonicalName === group.subtotal)?.cells.get(column);
        }
        if (!table) return undefined;
        const total = table.rows.find(r => isTotalRow(r, this.template.totalRow));
        if (total && total !== row) return total.cells.get(column);
        return this.templateShareBase(row, [row.canonicalName]) ?? (row.code ? this.templateShareBase(row, [row.code]) : undefined);
    }

    /** The whole the template names for a row its own table holds none for, by the row's address in its table. */
    private templateShareBase(row: RowModel, address: readonly string[]): Figure | undefined {
        const base = this.template.shareBases.find(b => this.tableOf(b.row.table) === row.table && b.row.row.length === address.length
            && b.row.row.every((name, i) => name === address[i]));
        return base ? this.resolve(base.base) : undefined;
    }

    /** Shares of the parts of one whole add up to 100%. */
    private shareTotals(rows: readonly RowModel[]): void {
        const visitGroup = (siblings: readonly RowModel[]) => {
            const own = (r: RowModel) => actualColumn(r) ?? '';
            const withShares = siblings.filter(r => r.attributes.get('占比')?.get(own(r))?.stated
                && !suspect(r.attributes.get('占比')!.get(own(r))!)
                && !isOfWhichRow(r, this.template.ofWhichRow) && !isTotalRow(r, this.template.totalRow));
            // where each share can be checked against its whole, that check says more
            const unchecked = withShares.some(r => !this.shareOf(r, own(r)));
            // an excerpt (……) leaves out some of the rows whose shares would make up the whole
            if (unchecked && !siblings.some(isLeftOut) && withShares.length >= 2 && withShares.length === siblings.filter(r => r.cells.size > 0
                && !isTotalRow(r, this.template.totalRow) && !isOfWhichRow(r, this.template.ofWhichRow)
                && !this.isFixedGroupRow(r)).length) {
                const shares = withShares.map(r => r.attributes.get('占比')!.get(own(r))!);
                const total = sumIntervals(shares.map(s => s.interval));
                const exact = Interval.exact(HUNDRED);
                // what the stated shares may add up to, each within its rounding
                const slack = total.hi.minus(total.lo).times(0.5);
                const tolerance = new Interval(HUNDRED.minus(slack), HUNDRED.plus(slack));
                if (!total.meets(exact)) {
                    this.relations.push({
                        rule: 'share-total', target: shares[0], computed: tolerance, parts: shares,
                        value: shares.reduce((acc, f) => acc.plus(f.value), new Decimal(0)),
                        description: '各项占比之和', formula: signedTerms(shares.map(f => this.shown(f)), undefined),
                        holds: false, roundsToTarget: () => false,
                        // the first share is 100% less the others
                        form: { kind: 'sum', terms: termsOf(shares.slice(1), shares.slice(1).map(() => -1)), constant: HUNDRED },
                    });
                }
            }
            for (const row of siblings) visitGroup(row.children);
        };
        visitGroup(rows);
    }

    // ---- parts within wholes -------------------------------------------------------------------

    /** A 其中 row is at most its parent; a row is at most the row the template says it is within. */
    private partLimits(row: RowModel): void {
        // every limit is on a figure of the row's own
        if (row.cells.size === 0) return;
        const wholes: RowModel[] = [];
        if (row.parent && isOfWhichRow(row, this.template.ofWhichRow)) wholes.push(row.parent);
        for (const limit of this.template.atMost) {
            if (row.canonicalName !== limit.part) continue;
            const whole = row.siblings.find(r => r.canonicalName === limit.whole);
            if (whole) wholes.push(whole);
        }
        for (const whole of wholes) {
            for (const [column, part] of row.cells) {
                const total = whole.cells.get(column);
                // a part's rate may well exceed its whole's (其中 财政拨款 spent 95% of its budget, the whole 90%)
                if (!part.stated || !total || part.kind !== total.kind || part.unit !== total.unit || (row.table !== undefined && isRateColumn(column))) continue;
                this.limits.push({ part, whole: total, holds: part.interval.lo.lte(total.interval.hi) });
            }
        }
        // every reception, trip or meeting counts at least one person-time: 8批次 is at most the 人次 beside it.
        // Not 人 (distinct people: one person may go on two trips).
        const people = row.cells.get('人次');
        if (!people?.stated || people.kind !== 'count' || suspect(people)) return;
        for (const unit of EVENT_UNITS) {
            const events = row.cells.get(unit);
            if (!events?.stated || events.kind !== 'count' || suspect(events)) continue;
            this.limits.push({
                part: events, whole: people, holds: events.interval.lo.lte(people.interval.hi), warning: true,
                reason: `每${unit}至少一人次，${unit}数不会多于人次数：请核对这两个数是否写反或写错。`,
            });
        }
    }

    /**
     * A table printing counts as rows (云南's 表10: 国内公务接待批次（个） 38, 国内公务接待人次（人） 412): the events'
     * row of a thing is at most its 人次 row, as beside each other outside the tables.
     */
    private countRowLimits(table: TableModel): void {
        const counted = (row: RowModel) => {
            const match = COUNT_ROW.exec(row.name);
            const column = actualColumn(row);
            const figure = column === undefined ? undefined : row.cells.get(column);
            return match && figure?.stated && figure.kind === 'count' && !figure.blank && !suspect(figure) ? { stem: match[1], figure } : undefined;
        };
        walkRowLists(table.rows, rows => {
            const people = new Map<string, Figure>();
            for (const row of rows) {
                const found = counted(row);
                const thing = found && PEOPLE_ROW.exec(found.stem)?.[1];
                if (thing) people.set(thing, found.figure);
            }
            if (people.size === 0) return;
            for (const row of rows) {
                const found = counted(row);
                const event = found && EVENTS_ROW.exec(found.stem);
                const whole = event && people.get(event[1]);
                if (!whole) continue;
                this.limits.push({
                    part: found.figure, whole, holds: found.figure.interval.lo.lte(whole.interval.hi), warning: true,
                    reason: `每${event[2]}至少一人次，${event[2]}数不会多于人次数：请核对这两个数是否写反或写错。`,
                });
            }
        });
    }

    /** A figure of one table within a figure of another (the template's `tableLimits`); unchecked where either is not written. */
    private tableLimits(): void {
        for (const { part: partAddress, whole: wholeAddress, reason, warning } of this.template.tableLimits ?? []) {
            const part = this.resolveAnywhere(partAddress);
            const whole = this.resolveAnywhere(wholeAddress);
            if (!part?.stated || !whole?.stated || suspect(part) || suspect(whole) || part.kind !== whole.kind || part.unit !== whole.unit) continue;
            this.limits.push({ part, whole, holds: part.interval.lo.lte(whole.interval.hi), reason, warning });
        }
    }

    /** `resolve`, but a one-label row is looked for at any depth of its table, not of its top level only. */
    private resolveAnywhere(address: FigureAddress): Figure | undefined {
        const table = this.tableOf(address.table);
        if (address.row.length !== 1 || !table || table.empty) return this.resolve(address);
        let found: RowModel | undefined;
        walkRows(table.rows, row => {
            if (!found && (row.canonicalName === address.row[0] || row.code === address.row[0])) found = row;
        });
        const column = found && (address.column ?? actualColumn(found));
        return column === undefined ? undefined : found!.cells.get(column);
    }

    // ---- recording ------------------------------------------------------------------------

    /** Records that `target` is what `calculation` computes; `direction` where the target states one (see `Relation.reversal`). */
    private relate(rule: RelationRule, target: Figure, calculation: Computation, direction?: Reversal): void {
        if (!target.stated || suspect(target) || calculation.parts.some(suspect)) return;
        this.relations.push(new ComputedRelation(rule, target, calculation, direction));
    }

    /**
     * For 减少/下降, whose stated value is the size of a fall: compared with last year minus this
     * year, and described so.
     */
    private relateSigned(rule: RelationRule, target: Figure, sign: number, unsigned: Computation): void {
        // the word that, written instead, would state the other direction
        const other = { word: rule === 'growth' ? sign > 0 ? '下降' : '增长' : sign > 0 ? '减少' : '增加' };
        if (sign > 0) {
            this.relate(rule, target, unsigned, other);
            return;
        }
        const [current, last] = unsigned.parts;
        this.relate(rule, target, computation(
            unsigned.computed.negate(),
            unsigned.parts,
            rule === 'growth' ? '（上年 − 本年）÷ 上年' : '上年 − 本年',
            () => unsigned.value.negated(),
            () => rule === 'growth'
                ? `(${this.shown(last)} − ${this.shown(current)}) ÷ ${this.shown(last)}`
                : `${this.shown(last)} − ${this.shown(current)}`,
            () => unsigned.form && negatedForm(unsigned.form),
        ), other);
    }
}

/** Each list of sibling rows, top level first. */
function walkRowLists(rows: readonly RowModel[], visit: (rows: readonly RowModel[]) => void): void {
    visit(rows);
    for (const row of rows) if (row.children.length > 0) walkRowLists(row.children, visit);
}

/** The equation of −(what a form computes). */
function negatedForm(form: RelationForm): RelationForm {
    const negate = (terms: readonly Term[]) => terms.map(t => ({ figure: t.figure, sign: -t.sign as 1 | -1 }));
    return form.kind === 'sum'
        ? { kind: 'sum', terms: negate(form.terms), constant: form.constant?.negated() }
        : { kind: 'ratio', numerator: negate(form.numerator), base: form.base, offset: form.offset?.negated() };
}

/** A column equation's parts as a message names them: 基本支出 + 项目支出. */
function columnsText(parts: readonly { readonly column: string; readonly sign: number }[]): string {
    return parts.map((p, i) => (i === 0 ? '' : p.sign > 0 ? ' + ' : ' − ') + p.column).join('');
}

/**
 * Whether item rows written with their printed ordinals skip some (八、社会保障和就业支出 alone, the
 * 一、 to 七、 before it left out): the rows left out are unknown, not zero, as a template's own rows are.
 */
function skipsOrdinals(items: readonly RowModel[]): boolean {
    const numbers = items.map(row => parseChineseNumeral(/^([一二三四五六七八九十]+)、$/.exec(row.ordinal ?? '')?.[1] ?? ''));
    if (numbers.some(n => n === undefined)) return false;
    return (numbers as number[]).some((n, i) => n !== i + 1);
}

/** The row of 情况说明 a restating table's figures restate (政府采购 { … }), where the report writes one. */
export function restatedSection(sections: readonly { readonly name: string; readonly rows: readonly RowModel[] }[], restating: RestatingTable): RowModel | undefined {
    return sections.find(s => s.name === '情况说明')?.rows.find(r => restating.section.test(r.canonicalName));
}

/**
 * A table the report adds that restates 情况说明 figures (see RESTATING_TABLES): its columns of each
 * kind by stage (another stage's, 采购计划, are summed but not tied; a table printing one stage is of
 * the stage the section states unless its title says otherwise), and where each figure of the stated
 * stage stands: its total row's columns, or, in a table printing the figures as rows among others
 * (机关运行经费、国有资产…), the rows so named.
 */
export function restatedFigures(table: TableModel, totalRow: RegExp): {
    restating: RestatingTable;
    stages: Map<string, Map<string, string>>;
    figures: Map<string, { row: RowModel; column: string }>;
} | undefined {
    if (table.template) return undefined;
    const restating = RESTATING_TABLES.find(t => t.title.test(table.title));
    if (!restating) return undefined;
    const kindOf = (name: string) => restating.figures.find(f => f.words.test(name))?.key
        ?? (restating.total.words.test(name) ? restating.total.key : undefined);
    const stages = new Map<string, Map<string, string>>();
    for (const column of table.columns) {
        const kind = kindOf(column);
        if (!kind) continue;
        const stage = restating.otherStage.test(column) || restating.otherStage.test(table.title) ? 'other' : 'stated';
        const kinds = stages.get(stage) ?? new Map<string, string>();
        if (!kinds.has(kind)) kinds.set(kind, column);
        stages.set(stage, kinds);
    }
    const figures = new Map<string, { row: RowModel; column: string }>();
    // columns naming a total alone (金额) leave the figures to the rows
    const byColumns = [...stages.values()].some(kinds => [...kinds.keys()].some(kind => kind !== restating.total.key));
    const stated = stages.get('stated');
    if (!byColumns) {
        walkRows(table.rows, row => {
            const kind = restating.total.row.test(row.canonicalName) ? restating.total.key
                : restating.rows.test(row.canonicalName) ? restating.figures.find(f => f.words.test(row.canonicalName))?.key : undefined;
            const column = actualColumn(row);
            if (kind && column !== undefined && row.cells.has(column) && !figures.has(kind)) figures.set(kind, { row, column });
        });
    } else if (stated) {
        const total = table.rows.find(r => isTotalRow(r, totalRow)) ?? (table.rows.length === 1 ? table.rows[0] : undefined);
        for (const [kind, column] of stated) {
            if (total?.cells.has(column)) figures.set(kind, { row: total, column });
        }
    }
    return { restating, stages, figures };
}
