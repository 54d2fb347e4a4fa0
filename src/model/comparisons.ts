import { Decimal } from 'decimal.js';
import type { Figure } from './figure.js';
import { computedFigure, termDecimals } from './figure.js';
import { HUNDRED } from './interval.js';
import type { RelationBuilder } from './relations.js';
import { computedRate, inOneMoneyUnit } from './relations.js';
import type { BudgetKind } from './budgets.js';
import { BUDGET_WORDS, budgetsOfKind, columnBudgetKind, completionKeysOf, PLAIN_BUDGET } from './budgets.js';
import type { RowModel, TableModel } from './rows.js';
import { actualColumn, walkRows } from './rows.js';

/**
 * Comparisons the report's sentences need (是增加还是减少, 决算大于还是小于预算), answered from
 * the stated figures where there are some and from the model's arithmetic otherwise, so that
 * readers such as the report generator never compute.
 */

/** How a figure moved against last year. */
export interface YearOnYear {
    readonly direction: 'increase' | 'decrease' | 'flat';
    /** The size of the change (positive): the stated 增加/减少, or this year − last year. */
    readonly change: Figure;
    /** The size of the growth or decline rate (positive): stated 增长/下降, or computed. */
    readonly rate?: Figure;
    /** Last year's figure: stated 上年, or derived from the change. */
    readonly last?: Figure;
}

export function yearOnYear(arithmetic: RelationBuilder, row: RowModel, column = actualColumn(row)): YearOnYear | undefined {
    if (column === undefined) return undefined;
    const last = row.attributes.get('上年')?.get(column);
    const increase = row.attributes.get('增加')?.get(column);
    const decrease = row.attributes.get('减少')?.get(column);
    let direction: YearOnYear['direction'];
    let change: Figure;
    if (increase) {
        direction = increase.value.isZero() ? 'flat' : 'increase';
        change = increase;
    } else if (decrease) {
        direction = decrease.value.isZero() ? 'flat' : 'decrease';
        change = decrease;
    } else {
        const computation = arithmetic.changeOf(row, column);
        const current = row.cells.get(column);
        if (!computation || !current || !last) return undefined;
        const sign = computation.value.cmp(new Decimal(0));
        direction = sign > 0 ? 'increase' : sign < 0 ? 'decrease' : 'flat';
        change = computedFigure({
            kind: current.kind, unit: current.unit, label: `${row.context} ${sign < 0 ? '减少' : '增加'}`,
            interval: sign < 0 ? computation.computed.negate() : computation.computed,
            ...termDecimals(current.kind, current, last),
        });
    }
    const rate = direction === 'flat' ? undefined : arithmetic.rate(row, direction === 'increase' ? '增长' : '下降', column);
    return { direction, change, rate: statedRate(rate), last };
}

/** A rate as a sentence states it: a rate cell printed blank (-) states none (增长-% is no growth of 0%, 占-% no share). */
export function statedRate(rate: Figure | undefined): Figure | undefined {
    return rate?.blank ? undefined : rate;
}

/** The budget a template's sentences state completion against: 全年预算 (调整预算) or 年初预算. */
export type CompletionBase = '全年预算' | '年初预算';

/** A figure's completion against one budget: the rate, the budget, and 决算 against it. */
export interface Completion {
    readonly base: CompletionBase;
    /** The rate against `base`: stated (完成年初预算, or 完成预算 where the row's budget is `base`) or computed; absent when `base` is not written. */
    readonly rate?: Figure;
    readonly budget?: Figure;
    /** 决算 against `base`: −1 below, 0 equal, 1 above. */
    readonly comparison?: -1 | 0 | 1;
    /** The 决算 completed: nothing spent (0, or a cell printed blank) has no rate to state unless one is worked out. */
    readonly actual?: Figure;
    /** The row completes against another budget than its table's: a sentence that names no budget must name this one. */
    readonly departs?: boolean;
}

/**
 * Completion against `base` only, never against another budget: a row that states its 年初预算
 * has no 全年预算 completion, and a plain 预算 (完成预算) counts as 全年预算, as the relations read it.
 */
export function completionAgainst(arithmetic: RelationBuilder, row: RowModel, base: CompletionBase, column = actualColumn(row)): Completion {
    if (column === undefined) return { base };
    const key = `完成${base}`;
    const kind = BUDGET_WORDS.get(base)!;
    const budget = arithmetic.budgetOf(row, column, budgetsOfKind(kind));
    const written = completionKeysOf(kind).map(named => row.attributes.get(named)?.get(column)).find(figure => figure !== undefined)
        ?? (plainCompletionKind(arithmetic, row, column) === kind ? row.attributes.get('完成预算')?.get(column) : undefined);
    // a rate printed blank (-) states that there is none, as of a budget of nothing
    const stated = statedRate(written);
    const computed = budget ? arithmetic.completionOf(row, column, key) : undefined;
    const rate = stated ?? (computed && computedRate(computed, `${row.context} ${key}`));
    const actual = row.cells.get(column);
    // a budget in another unit of money than 决算 (42000.00元 over 3.54 in a 万元 report) is no amount to set it beside
    const comparison = actual && budget && inOneMoneyUnit([actual, budget.figure]) ? actual.value.cmp(budget.figure.value) as -1 | 0 | 1
        : rate ? rate.value.cmp(HUNDRED) as -1 | 0 | 1 : undefined;
    return { base, rate, budget: budget?.figure, comparison, actual };
}

/**
 * What a plain 完成预算 is stated against: the first budget the row writes, else the table's budget column (the 三公
 * table's 预算数 is the 年初预算), else 全年预算.
 */
function plainCompletionKind(arithmetic: RelationBuilder, row: RowModel, column: string): Exclude<BudgetKind, 'any'> {
    const plain = arithmetic.budgetOf(row, column)?.key;
    return plain === undefined ? PLAIN_BUDGET
        : plain === '预算' ? columnBudgetKind(row.table?.budgetKind) ?? PLAIN_BUDGET : BUDGET_WORDS.get(plain)!;
}

const tableBases = new WeakMap<TableModel, CompletionBase>();

/**
 * The budget a table's completions are against: the one its note or template names, else `templateBase`, unless the
 * table writes nothing against that one and does write the other (上海 表五 with 年初预算 and 完成年初预算 only says
 * 完成年初预算的101.05%, not 调整预算为〔未填写〕). A 完成预算 stated against `templateBase` (no budget beside it: the
 * 全年预算) keeps the table on it.
 */
export function tableCompletionBase(arithmetic: RelationBuilder, table: TableModel, templateBase: CompletionBase): CompletionBase {
    if (table.budgetKind) return table.budgetKind;
    let base = tableBases.get(table);
    if (base) return base;
    const writes = (against: CompletionBase) => {
        let found = false;
        walkRows(table.rows, row => { found ||= writesAgainst(arithmetic, row, against, templateBase); });
        return found;
    };
    const other = otherBase(templateBase);
    base = !writes(templateBase) && writes(other) ? other : templateBase;
    tableBases.set(table, base);
    return base;
}

/**
 * The budget one row's completion is against: its table's, unless the row writes nothing against that one and states
 * its rate against the other (四川 附表7 with 完成预算 on most rows and 年初预算 with 完成年初预算 on one: that row says
 * 完成年初预算109.05%, not 完成预算〔未填写〕). A row writing the other budget with no rate stays on the table's, 〔未填写〕.
 */
export function rowCompletionBase(arithmetic: RelationBuilder, row: RowModel, templateBase: CompletionBase): CompletionBase {
    const base = row.table ? tableCompletionBase(arithmetic, row.table, templateBase) : templateBase;
    const other = otherBase(base);
    const kind = BUDGET_WORDS.get(other)!;
    const column = actualColumn(row);
    // a plain 完成预算 counts only beside the budget it names (年初预算 3000.00 完成预算 109.05%): with none beside it,
    // that it means the other budget is only the model's default reading, too weak to print 完成全年预算 in its name
    const named = column !== undefined ? arithmetic.budgetOf(row, column)?.key : undefined;
    const statesOther = completionKeysOf(kind).some(key => row.attributes.has(key))
        || (named !== undefined && named !== '预算' && row.attributes.has('完成预算') && BUDGET_WORDS.get(named) === kind);
    return statesOther && !writesAgainst(arithmetic, row, base, templateBase) ? other : base;
}

function otherBase(base: CompletionBase): CompletionBase {
    return base === '年初预算' ? '全年预算' : '年初预算';
}

/** Whether a row states a budget or completion rate of the kind `against`. */
function writesAgainst(arithmetic: RelationBuilder, row: RowModel, against: CompletionBase, templateBase: CompletionBase): boolean {
    const kind = BUDGET_WORDS.get(against)!;
    // a plain 预算 (a 预算数 column, `预算 …`) is the budget of the kind it is taken as where nothing names it: of
    // the template's base it may be, never the other
    const budgets = budgetsOfKind(kind).filter(key => key !== '预算' || (against === templateBase && kind === PLAIN_BUDGET));
    const column = actualColumn(row);
    return completionKeysOf(kind).some(key => row.attributes.has(key)) || (column !== undefined && (arithmetic.budgetOf(row, column, budgets) !== undefined
        || (against === templateBase && row.attributes.has('完成预算') && plainCompletionKind(arithmetic, row, column) === kind)));
}
