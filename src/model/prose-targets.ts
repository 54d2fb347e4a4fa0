// The figure a sentence's words point at: the quantity its subject names, and the attribute its
// role word picks (增加 → the change, 占 → the share, 完成年初预算 → 决算 ÷ 年初预算). The figure
// is the one the report states where it states one; otherwise it is computed by the report
// model's arithmetic, never by a second copy of it here.
import { Decimal } from 'decimal.js';
import type { Figure, FigureKind } from './figure.js';
import { computedFigure, formatFigure, writtenMoneyScale } from './figure.js';
import { HUNDRED, Interval, sumIntervals } from './interval.js';
import type { BudgetKind } from './budgets.js';
import { BUDGET_WORDS, columnBudgetKind, completionKeysOf, PLAIN_BUDGET } from './budgets.js';
import type { Computation } from './relations.js';
import { ratio, shareDescription, signedSum } from './relations.js';
import type { ReportModel } from './report-model.js';
import { noteBudgetKind, tableOfRole } from './report-model.js';
import type { RowModel } from './rows.js';
import { actualColumn, budgetKindColumns, columnSuffix, isTotalRow, sideGroupOf, walkRows } from './rows.js';
import type { Quantity } from './prose-lexicon.js';
import type { Subject } from './prose-claims.js';

/** What a figure in a sentence is of its subject, by the word before it. */
export type Role =
    | { readonly kind: 'value' }
    | { readonly kind: 'last' }
    /**
     * versus: the change is from the budget the sentence compares with (较预算减少…), not from last year. fromOpening: it
     * is from the balance at the year's start (年末结转和结余…，比年初增加…，增长…): the 年末 figure less its 年初 one, where one is;
     * the same for a growth rate (over the 年初 figure).
     */
    /** either: the words say no direction (差值为, 相差): the change is judged by its size alone. */
    | { readonly kind: 'change'; readonly sign: 1 | -1; readonly versus?: BudgetKind; readonly fromOpening?: true; readonly either?: true }
    | { readonly kind: 'growth'; readonly sign: 1 | -1; readonly versus?: BudgetKind; readonly fromOpening?: true }
    /**
     * items: the share is of the sum of these, written before it (两项合计占…). inFull: the words after 占
     * name the base in full (占一般公共预算项目支出总额的), not at the end of longer words. within: the whole is
     * a part of the base the words narrow it to (占应开展绩效自评的一般公共预算项目支出总额的), which the data does not state.
     */
    | { readonly kind: 'share'; readonly base?: readonly Quantity[]; readonly items?: readonly Subject[]; readonly inFull?: true; readonly within?: true }
    | { readonly kind: 'completion'; readonly budget: BudgetKind }
    | { readonly kind: 'budget'; readonly budget: BudgetKind };

/** The figure a role of a quantity has in the report. */
export interface Target {
    readonly quantity: Quantity;
    /** The figure as the report holds it: stated, or derived by the model (a sum, last year from a change). */
    readonly figure?: Figure;
    /** The computation where no figure holds it (a share or rate the report leaves out). */
    readonly computation?: Computation;
    /** Signed: a fall is negative (减少 24.92 is −24.92). */
    readonly interval: Interval;
    readonly value: Decimal;
    readonly stated: boolean;
    /** The places the figure is written with (a rate as written, an amount at the report's precision). */
    readonly decimals: number;
    /** The direction of a change or growth rate, where the figures make it certain. */
    readonly direction?: 1 | -1 | 0;
    /** For messages: 附表6 › 合计 基本支出 增加. */
    readonly label: string;
    /**
     * Set where the target is put in the unit a sentence writes (万元 in a report in 元, 元 in one in 万元): that
     * unit in the report's; value, interval and decimals are the figure's divided by it (1.23万元 as 12,300元 at
     * −2 places: to the hundred 元); `figure` stays the report's own.
     */
    readonly scale?: Decimal;
}

/** A target in a unit `scale` of the report's: 36,200.00元 as 3.620000万元, for 其他收入3.62万元. */
export function inWrittenUnit(target: Target, scale: Decimal): Target {
    return {
        ...target, scale, value: target.value.div(scale), interval: target.interval.scale(new Decimal(1).div(scale)),
        decimals: target.decimals + Math.round(scale.log(10).toNumber()),
    };
}

/**
 * A quantity's target in the unit the sentence writes: an amount in another money unit (万元 in a report in 元, 元 in
 * one in 万元) is judged in that unit, within the rounding of both.
 */
export function targetAsWritten(model: ReportModel, quantity: Quantity, role: Role, figure: { readonly kind: FigureKind; readonly unit: string }): Target | undefined {
    const scale = figure.kind === 'amount' ? writtenMoneyScale(figure.unit, model.meta.unit) : undefined;
    const found = targetOf(model, quantity, role, figure.kind, scale ? model.meta.unit : figure.unit);
    return found && scale ? inWrittenUnit(found, scale) : found;
}

/** Whether a target is put in a finer unit than the report's (元 of a report in 万元): its written figure is no fix. */
export function inFinerUnit(target: Target): boolean {
    return target.scale !== undefined && target.scale.lt(1);
}

const ZERO = new Decimal(0);

/**
 * Units that count the same thing: a 团组 is written 2个, 2次 or 2批次, its people 6人 or 6人次,
 * whichever the data block used.
 */
const SAME_COUNT: readonly (readonly string[])[] = [['个', '次', '批次'], ['人', '人次']];

/** Whether two units count the same thing (个 and 批次, 人 and 人次, 台（套） and 台). */
function sameCount(a: string, b: string): boolean {
    return a === b || a.startsWith(b) || b.startsWith(a) || SAME_COUNT.some(units => units.includes(a) && units.includes(b));
}

/** The column of a quantity that holds a figure of this kind and unit. */
function columnOf(model: ReportModel, quantity: Quantity, kind: FigureKind, unit: string): string | undefined {
    if (quantity.column) return quantity.column;
    const row = quantity.row;
    if (row.table) return actualColumn(row);
    // outside the tables a row's figures stand under their units
    if (kind === 'amount') return model.meta.unit;
    // its growth, share or completion is of its amount, unless the row holds a rate of its own
    if (kind === 'rate' && !row.cells.has(unit)) return model.meta.unit;
    if (kind !== 'count' || row.cells.has(unit)) return unit;
    // another unit of the same count, where the row holds exactly one of them
    const held = (SAME_COUNT.find(units => units.includes(unit)) ?? []).filter(u => row.cells.has(u));
    return held.length === 1 ? held[0] : unit;
}

function attribute(row: RowModel, key: string, column: string): Figure | undefined {
    const byColumn = row.attributes.get(key);
    if (!byColumn) return undefined;
    return byColumn.get(column) ?? (row.table ? undefined : byColumn.size === 1 ? [...byColumn.values()][0] : undefined);
}

function fromFigure(quantity: Quantity, figure: Figure, sign: 1 | -1 = 1): Target {
    const interval = sign > 0 ? figure.interval : figure.interval.negate();
    return {
        quantity, figure, interval, value: sign > 0 ? figure.value : figure.value.negated(), stated: figure.stated,
        decimals: figure.kind === 'rate' ? figure.writtenDecimals ?? figure.decimals : figure.decimals,
        direction: figure.value.isZero() ? 0 : sign,
        label: figure.label,
    };
}

function fromComputation(quantity: Quantity, computation: Computation, label: string): Target {
    const interval = computation.computed;
    const direction = interval.lo.isPositive() && !interval.lo.isZero() ? 1
        : interval.hi.isNegative() && !interval.hi.isZero() ? -1
            : interval.lo.isZero() && interval.hi.isZero() ? 0 : undefined;
    return { quantity, computation, interval, value: computation.value, stated: false, decimals: 2, direction, label };
}

/**
 * A share worked out from rounded figures of a part and its whole reaches past 100% only by their rounding
 * (1.52 ÷ 1.52 may be 100.66%): a part is no more than its whole, so 101% is no reading of it. A share
 * wholly over 100% (a misreading of the part or the whole) is left as it is, for the judge to set aside.
 */
function partOfWhole(target: Target): Target {
    const { lo, hi } = target.interval;
    if (lo.isNegative() || lo.gt(HUNDRED) || hi.lte(HUNDRED)) return target;
    return { ...target, interval: new Interval(lo, HUNDRED) };
}

/** The figure `role` picks of `quantity`, for a written figure of this kind and unit; undefined when the report has none. */
export function targetOf(model: ReportModel, quantity: Quantity, role: Role, kind: FigureKind, unit: string): Target | undefined {
    const row = quantity.row;
    // a rate of a relation (增长, 占, 完成) is of the row's amount: outside the tables, under the report's unit, not %
    const ofAmount = kind === 'rate' && role.kind !== 'value';
    const column = columnOf(model, quantity, ofAmount ? 'amount' : kind, ofAmount ? model.meta.unit : unit);
    if (column === undefined) return undefined;
    const arithmetic = model.arithmetic;
    const own = row.cells.get(column);
    const label = (what: string) => `${row.context}${quantity.column ? columnSuffix(row.name, quantity.column) : ''} ${what}`;
    // a table's amount in another unit of money than the report's (under 决算数（元） in 万元) is no figure of the text's
    const ofKind = (figure: Figure | undefined) => (figure && figure.kind === kind && figure.suspect !== 'other-money-unit' ? figure : undefined);
    switch (role.kind) {
        case 'value': {
            const figure = ofKind(own);
            // a table's counts are told apart by their units: 批次 and 人次 of one 国内公务接待
            if (figure?.kind === 'count' && row.table && !sameCount(figure.unit, unit)) return undefined;
            return figure && fromFigure(quantity, figure);
        }
        case 'last': {
            const figure = kind === 'amount' ? attribute(row, '上年', column) : undefined;
            return figure && fromFigure(quantity, figure);
        }
        case 'change':
        case 'growth': {
            const [up, down] = role.kind === 'change' ? ['增加', '减少'] : ['增长', '下降'];
            if (kind !== (role.kind === 'change' ? 'amount' : 'rate')) return undefined;
            // a balance's start is last year's end: where no 年初 row or column holds it, the change from last year is the same
            const opening = role.fromOpening ? openingFigure(row, column) : undefined;
            if (opening) {
                const computation = role.kind === 'change' ? arithmetic.changeFromOpening(row, column, opening) : arithmetic.growthFromOpening(row, column, opening);
                return computation && fromComputation(quantity, computation, label(role.kind === 'change' ? '较年初增减额' : '较年初增长率'));
            }
            if (role.versus) {
                const budget = budgetFigure(model, row, column, role.versus)?.figure;
                const computation = budget && (role.kind === 'change' ? arithmetic.changeFromBudget(row, column, budget) : arithmetic.growthFromBudget(row, column, budget));
                return computation && fromComputation(quantity, computation, label(role.kind === 'change' ? '较预算增减额' : '较预算增减率'));
            }
            // a change stated or worked under a column in another unit of money (减少 1.00 under 决算数（万元） in a report in
            // 元) is in that unit: left out of the text's checks as the column's figures are; a rate is the same in either unit
            const increase = attribute(row, up, column);
            const decrease = increase ? undefined : attribute(row, down, column);
            if ((increase ?? decrease)?.suspect === 'other-money-unit') return undefined;
            if (increase) return fromFigure(quantity, increase, 1);
            if (decrease) return fromFigure(quantity, decrease, -1);
            const computation = role.kind === 'change' ? arithmetic.changeOf(row, column) : arithmetic.growthOf(row, column);
            if (role.kind === 'change' && computation?.parts.some(part => part.suspect === 'other-money-unit')) return undefined;
            return computation && fromComputation(quantity, computation, label(role.kind === 'change' ? '增减额' : '增长率'));
        }
        case 'share': {
            if (kind !== 'rate') return undefined;
            if (role.base && role.base.length === 1 && own) {
                // the sentence names the whole: 占本年支出合计的…
                const base = targetOf(model, role.base[0], { kind: 'value' }, 'amount', model.meta.unit);
                const computation = base?.figure && ratio(own.interval, own.value, base.figure, [own, base.figure], shareDescription('本项', base.figure),
                    () => `${formatFigure(own, model.groupsDigits)} ÷ ${formatFigure(base.figure!, model.groupsDigits)}`);
                return computation ? partOfWhole(fromComputation(quantity, computation, label('占比'))) : undefined;
            }
            const stated = attribute(row, '占比', column);
            if (stated) return fromFigure(quantity, stated);
            const computation = arithmetic.shareOf(row, column);
            return computation && partOfWhole(fromComputation(quantity, computation, label('占比')));
        }
        case 'completion': {
            if (kind !== 'rate' || !own) return undefined;
            // 完成年初预算 110.2%, 完成全年预算 …: stated against the budget they name
            const named = role.budget === 'any' ? undefined
                : completionKeysOf(role.budget).map(key => attribute(row, key, column)).find(figure => figure !== undefined);
            if (named) return fromFigure(quantity, named);
            const budget = budgetFigure(model, row, column, role.budget);
            if (role.budget === 'any' || (budget && budget.figure === arithmetic.budgetOf(row, column)?.figure)) {
                const stated = attribute(row, '完成预算', column);
                if (stated) return fromFigure(quantity, stated);
            }
            // the message names the budget divided by: 决算 ÷ 全年预算, so a rate worked over the other is seen at once
            const computation = budget && ratio(own.interval, own.value, budget.figure, [own, budget.figure], `决算 ÷ ${budget.name}`,
                () => `${formatFigure(own, model.groupsDigits)} ÷ ${formatFigure(budget.figure, model.groupsDigits)}`);
            return computation ? fromComputation(quantity, computation, label(`完成${budget.name}`)) : undefined;
        }
        case 'budget': {
            if (kind !== 'amount') return undefined;
            const budget = budgetFigure(model, row, column, role.budget)?.figure;
            return budget && fromFigure(quantity, budget);
        }
    }
}

/**
 * The figure a 年末 balance started the year at: the same row's 年初 column (政府性基金 tables print 年初结转和结余 …
 * 年末结转和结余 as columns), else its table's row named the same with 年初 (年末结转和结余 and 年初结转和结余, 年末财政拨款
 * 结转和结余 and 年初财政拨款结转和结余), where exactly one such row holds an amount.
 */
function openingFigure(row: RowModel, column: string): Figure | undefined {
    if (!row.table) return undefined;
    if (column.includes('年末')) {
        const figure = row.cells.get(column.replace('年末', '年初'));
        return figure?.kind === 'amount' ? figure : undefined;
    }
    if (!row.name.includes('年末')) return undefined;
    const name = row.name.replace('年末', '年初');
    const found: Figure[] = [];
    walkRows(row.table.rows, other => {
        const column = other.name === name ? actualColumn(other) : undefined;
        const figure = column === undefined ? undefined : other.cells.get(column);
        if (figure?.kind === 'amount') found.push(figure);
    });
    return found.length === 1 ? found[0] : undefined;
}

/**
 * The figure a growth rate of a quantity is over, as the data states it: the 年初 figure of a balance grown from the
 * year's start, the budget it is compared with, else last year's. With this year's figure; undefined where either is not held.
 */
export function growthBase(model: ReportModel, quantity: Quantity, role: Role): { current: Figure; base: Figure; what: string } | undefined {
    if (role.kind !== 'growth') return undefined;
    const row = quantity.row;
    const column = columnOf(model, quantity, 'amount', model.meta.unit);
    const current = column === undefined ? undefined : row.cells.get(column);
    if (column === undefined || current?.kind !== 'amount') return undefined;
    const [base, what] = role.fromOpening ? [openingFigure(row, column), '年初数']
        : role.versus ? [budgetFigure(model, row, column, role.versus)?.figure, '预算数'] : [attribute(row, '上年', column), '上年数'];
    return base?.kind === 'amount' ? { current, base, what } : undefined;
}

/** The whole a share of a quantity is of: the one the sentence names, else the one the model divides by. */
export function wholeOf(model: ReportModel, quantity: Quantity, base?: readonly Quantity[]): Figure | undefined {
    if (base) return base.length === 1 ? targetOf(model, base[0], { kind: 'value' }, 'amount', model.meta.unit)?.figure : undefined;
    const column = columnOf(model, quantity, 'amount', model.meta.unit);
    return column === undefined ? undefined : model.arithmetic.shareWhole(quantity.row, column);
}

/**
 * A row's share of each whole above its own (its parent's whole, and so on up to the table's):
 * “三公”经费支出决算中，…公务用车运行维护费26.18万元，占73.91% is of the 三公 total, not of
 * 公务用车购置及运行费, whose part it is in the table. Each with its formula, for a hover to name the wholes weighed.
 */
export function widerShares(model: ReportModel, quantity: Quantity): Computation[] {
    const column = columnOf(model, quantity, 'amount', model.meta.unit);
    const own = column === undefined ? undefined : quantity.row.cells.get(column);
    if (column === undefined || own?.kind !== 'amount') return [];
    const shares: Computation[] = [];
    for (let above = quantity.row.parent; above; above = above.parent) {
        const whole = model.arithmetic.shareBase(above, column);
        const computation = whole && ratio(own.interval, own.value, whole, [own, whole], shareDescription('本项', whole),
            () => `${formatFigure(own, model.groupsDigits)} ÷ ${formatFigure(whole, model.groupsDigits)}`);
        if (computation) shares.push(computation);
    }
    return shares;
}

/**
 * The other total of a whole on one side of a two-sided table: 总计 for 本年支出合计 and back, as
 * 占总支出 may mean either. Empty for any other row.
 */
export function otherSideTotals(quantity: Quantity): Quantity[] {
    const { row } = quantity;
    const group = row.parent;
    if (!row.table || !group || group.parent) return [];
    const spec = sideGroupOf(group);
    if (!spec || (row.canonicalName !== spec.subtotal && row.canonicalName !== spec.grandTotal)) return [];
    const other = row.canonicalName === spec.subtotal ? spec.grandTotal : spec.subtotal;
    return group.children.filter(r => r.canonicalName === other).map(r => ({ row: r, column: quantity.column }));
}

/** Both totals of the side of a two-sided table a row stands on (本年支出合计, 总计), in the row's column. */
export function sideTotals(quantity: Quantity): Quantity[] {
    let side = quantity.row;
    while (side.parent) side = side.parent;
    const total = side.children.find(row => otherSideTotals({ row, column: quantity.column }).length > 0);
    return total ? [{ row: total, column: quantity.column }, ...otherSideTotals({ row: total, column: quantity.column })] : [];
}

/**
 * The share of the sum of several amounts in the whole each is a share of (经营收入…，附属单位上缴
 * 收入…，两项合计占0.1%); undefined unless they have one whole.
 */
export function shareOfSum(model: ReportModel, items: readonly Target[], base?: readonly Quantity[]): Target | undefined {
    const parts = items.map(item => item.figure).filter((figure): figure is Figure => figure?.kind === 'amount');
    const wholes = items.map(item => wholeOf(model, item.quantity, base));
    const whole = wholes[0];
    if (parts.length !== items.length || !whole || wholes.some(w => !w || !w.value.equals(whole.value))) return undefined;
    const sum = parts.reduce((acc, figure) => acc.plus(figure.value), ZERO);
    const computation = ratio(sumIntervals(parts.map(p => p.interval)), sum, whole, [...parts, whole], shareDescription('各项之和', whole),
        () => `(${parts.map(p => formatFigure(p, model.groupsDigits)).join(' + ')}) ÷ ${formatFigure(whole, model.groupsDigits)}`);
    // 表2 › 合计 经营收入 + 附属单位上缴收入: the columns of one row after the row
    const row = items[0].quantity.row;
    const oneRow = items.every(item => item.quantity.row === row && item.quantity.column);
    const named = oneRow ? `${row.context} ${items.map(item => item.quantity.column).join(' + ')}` : items.map(item => item.label).join(' + ');
    return computation && fromComputation(items[0].quantity, computation, `${named} 合计占比`);
}

/** The sum of several amounts (each fund's 人员经费合计), undefined unless each is an amount in one unit. */
export function sumOfTargets(items: readonly Target[]): Target | undefined {
    const figures = items.map(item => item.figure);
    if (items.length < 2 || figures.some(f => f?.kind !== 'amount' || f.unit !== figures[0]!.unit)) return undefined;
    const interval = sumIntervals(items.map(item => item.interval));
    const decimals = Math.max(...items.map(item => item.decimals));
    const label = items.map(item => item.label).join(' + ');
    // shown as the report writes its amounts (532.40万元)
    const figure = computedFigure({ kind: 'amount', unit: figures[0]!.unit, interval, label, decimals });
    return { quantity: items[0].quantity, figure, interval, value: items.reduce((acc, item) => acc.plus(item.value), ZERO), stated: false, decimals, label };
}

/**
 * The share of the sum of several funds' rows in the sum of their wholes (人员经费 of each fund's basic table in those
 * tables' basic spending together, 财政拨款基本支出): each row's whole is the one the model divides it by, else, for one of
 * a table's closing totals (人员经费合计 of a basic table its department adds), those totals together.
 */
export function shareOfTogether(model: ReportModel, items: readonly Target[]): Target | undefined {
    const wholes = items.map(item => wholeOf(model, item.quantity) ?? closingTotals(model, item.quantity.row));
    if (items.length < 2 || wholes.some(w => !w) || items.some(item => item.figure?.kind !== 'amount')) return undefined;
    const sum = sumOfTargets(items);
    const decimals = Math.max(...wholes.map(w => w!.decimals));
    const whole = computedFigure({ kind: 'amount', unit: model.meta.unit, interval: sumIntervals(wholes.map(w => w!.interval)), label: wholes.map(w => w!.label).join(' + '), decimals });
    const computation = sum?.figure && ratio(sum.interval, sum.value, whole, [sum.figure, whole], shareDescription('各项之和', whole),
        () => `${formatFigure(sum.figure!, model.groupsDigits)} ÷ ${formatFigure(whole, model.groupsDigits)}`);
    return computation && partOfWhole(fromComputation(items[0].quantity, computation, `${sum!.label} 合计占比`));
}

/** A table's closing totals together (人员经费合计 + 公用经费合计), where `row` is one of them and the table has no 合计. */
function closingTotals(model: ReportModel, row: RowModel): Figure | undefined {
    const table = row.table;
    if (!table || row.parent || !row.name.endsWith('合计')) return undefined;
    const top = table.rows.filter(r => !r.parent);
    if (top.some(r => isTotalRow(r, model.template.totalRow))) return undefined;
    const totals = top.filter(r => r.name.endsWith('合计')).map(r => r.cells.get(r.columns[0])).filter((f): f is Figure => f?.kind === 'amount');
    if (totals.length < 2) return undefined;
    return computedFigure({ kind: 'amount', unit: model.meta.unit, interval: sumIntervals(totals.map(f => f.interval)), label: totals.map(f => f.label).join(' + '), decimals: Math.max(...totals.map(f => f.decimals)) });
}

/**
 * The budget a sentence names: 年初预算 only where the report writes it; 全年/调整预算 where
 * written, else the one budget of a row that has no 年初预算 (Sichuan's 预算 is the adjusted one).
 * With the name of the budget found, for messages: its kind as the report states it (注, a 年初预算数 column, a row's
 * 年初预算) or the sentence asks it; 预算 where only the template guesses it.
 */
function budgetFigure(model: ReportModel, row: RowModel, column: string, kind: BudgetKind): { figure: Figure; name: string } | undefined {
    const found = model.arithmetic.budgetOf(row, column);
    // a budget column the table or its template says is the 年初预算 (or the 全年预算) is that one only
    const columnKind = row.table?.budgetKind;
    // named by its kind only where the report says it (a note under the table), not by the template's guess alone
    const stated = row.table?.notes.some(note => noteBudgetKind(note)) ? columnKind : undefined;
    const any = found && { figure: found.figure, name: found.key === '预算' ? stated ?? '预算' : found.key };
    const ofKind = (budget: BudgetKind) => [...BUDGET_WORDS].filter(([, k]) => k === budget)
        .map(([word]) => { const figure = attribute(row, word, column); return figure && { figure, name: word }; }).find(f => f !== undefined)
        // the template's kind of the plain column, named as the sentence does (完成年初预算)
        ?? (any && columnBudgetKind(columnKind) === budget ? { ...any, name: budget === 'initial' ? '年初预算' : '全年预算' } : undefined);
    const initial = ofKind('initial');
    const final = ofKind('final');
    switch (kind) {
        case 'initial': return initial;
        case 'final': return final ?? (initial ? undefined : any);
        case 'any': return any ?? final ?? initial;
    }
}

/**
 * The readings of a role naming no kind of budget (预算为…, 完成预算的…, 较预算减少…) of a row whose template table
 * prints its budget by kind (年初预算数 调整预算数 决算数): either kind is seen meant in published reports, so each is
 * a reading, the one the table's note names (else the 全年预算) first. Any other role is its one reading.
 */
export function budgetReadings(quantity: Quantity, role: Role): Role[] {
    const plain = role.kind === 'budget' || role.kind === 'completion' ? role.budget === 'any'
        : (role.kind === 'change' || role.kind === 'growth') && role.versus === 'any';
    const table = quantity.row.table;
    if (!plain || !table || ![...budgetKindColumns(table).values()].some(column => column.key !== '预算')) return [role];
    const first = columnBudgetKind(table.budgetKind) ?? PLAIN_BUDGET;
    return ([first, first === 'final' ? 'initial' : 'final'] as const).map(kind =>
        role.kind === 'budget' || role.kind === 'completion' ? { ...role, budget: kind } : { ...role, versus: kind });
}

/**
 * Whether a sentence's 年初预算 (完成年初预算的…, 比年初预算减少…) may be read as the quantity's one budget, where the
 * data holds no 年初预算 for it: the row holds one budget only, plain (a 预算数 column, a 预算 written beside it),
 * and nothing the report writes says it is another — no 全年预算 or 调整预算 beside it, no note under its table
 * naming the column's kind. The template's guess of that kind (the 2022 national format's 全年预算) is no second
 * budget the report wrote (寻甸 2022: 列【预算数 决算数】, …完成年初预算的100%).
 */
export function soleBudgetMayBeInitial(model: ReportModel, quantity: Quantity): boolean {
    const row = quantity.row;
    const column = columnOf(model, quantity, 'amount', model.meta.unit);
    if (column === undefined || budgetFigure(model, row, column, 'initial')) return false;
    if (OTHER_BUDGETS.some(key => attribute(row, key, column)) || row.table?.notes.some(note => noteBudgetKind(note))) return false;
    return model.arithmetic.budgetOf(row, column)?.key === '预算';
}

const OTHER_BUDGETS = ['全年预算', '调整预算'];

/**
 * Whether the quantity's budget is a plain 预算 whose kind nothing tells: a 预算数 column or a 预算 written beside the row,
 * no 年初/全年/调整预算 beside it, no note under its table and no kind its template gives the column. Published reports
 * write 完成年初预算 and 完成全年预算 each over such a column, so a rate naming a kind may be of a budget the data lacks.
 */
export function budgetKindUntold(model: ReportModel, quantity: Quantity): boolean {
    const row = quantity.row;
    const column = columnOf(model, quantity, 'amount', model.meta.unit);
    if (column === undefined || row.table?.budgetKind !== undefined || row.table?.notes.some(note => noteBudgetKind(note))) return false;
    if ([...BUDGET_WORDS.keys()].some(key => attribute(row, key, column))) return false;
    return model.arithmetic.budgetOf(row, column)?.key === '预算';
}

/** The magnitude of a signed interval: |x| for every x in it. */
export function magnitude(interval: Interval): Interval {
    if (!interval.lo.isNegative()) return interval;
    if (!interval.hi.isPositive()) return interval.negate();
    return new Interval(ZERO, Decimal.max(interval.lo.abs(), interval.hi.abs()));
}

/** The 财政拨款 income rows of an overview's 收入 side: one 财政拨款收入, else each fund's. */
const APPROPRIATION_INCOMES = [['财政拨款收入'], ['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入']];

/**
 * 非财政拨款收入, which no row holds: the overview table's 本年收入合计 less its 财政拨款 income rows (a blank fund
 * is 0). Undefined where the table lacks the total or every such row.
 */
export function nonAppropriationIncome(model: ReportModel): { value: Decimal; interval: Interval; parts: readonly Figure[]; formula: string } | undefined {
    const side = tableOfRole(model, 'overview')?.rows.find(row => !row.parent && row.canonicalName === '收入');
    const spec = side && sideGroupOf(side);
    const total = spec && side.children.find(row => row.canonicalName === spec.subtotal);
    const amountOf = (row: RowModel) => row.cells.get(actualColumn(row) ?? '');
    const whole = total && amountOf(total);
    if (!side || !whole || whole.kind !== 'amount') return undefined;
    // both a 财政拨款收入 row and funds' rows beside it: which holds what is not known
    const [single, funds] = APPROPRIATION_INCOMES.map(names => side.children.filter(row => names.includes(row.canonicalName)));
    if (single.length > 0 && funds.length > 0) return undefined;
    const parts = [...single, ...funds].map(amountOf).filter(f => f !== undefined);
    if (parts.length === 0 || parts.some(f => f.kind !== 'amount')) return undefined;
    const shown = (f: Figure) => `「${f.label}」${formatFigure(f, model.groupsDigits)}`;
    const less = (terms: readonly Figure[]) => signedSum([whole, ...terms], [1, ...terms.map(() => -1 as const)], shown);
    // the formula names the funds that hold money; a blank or 0 one is still in the interval, its rounding counted
    const sum = less(parts);
    const held = parts.filter(f => !f.value.isZero());
    return { value: sum.value(), interval: sum.computed, parts: [whole, ...held], formula: less(held).formula() };
}
