import { Decimal } from 'decimal.js';
import type { Figure } from './figure.js';
import { computedFigure } from './figure.js';
import type { RelationBuilder } from './relations.js';
import type { RowModel } from './rows.js';
import { actualColumn } from './rows.js';

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
        if (!computation || !current) return undefined;
        const sign = computation.value.cmp(new Decimal(0));
        direction = sign > 0 ? 'increase' : sign < 0 ? 'decrease' : 'flat';
        change = computedFigure({
            kind: current.kind, unit: current.unit, label: `${row.context} ${sign < 0 ? '减少' : '增加'}`,
            interval: sign < 0 ? computation.computed.negate() : computation.computed,
        });
    }
    const rate = direction === 'flat' ? undefined : arithmetic.rate(row, direction === 'increase' ? '增长' : '下降', column);
    return { direction, change, rate, last };
}

/**
 * 决算 against 预算: −1 below, 0 equal, 1 above; from the two amounts where both are known,
 * else from the completion rate against 100%.
 */
export function compareWithBudget(arithmetic: RelationBuilder, row: RowModel, column = actualColumn(row)): -1 | 0 | 1 | undefined {
    if (column === undefined) return undefined;
    const actual = row.cells.get(column);
    const budget = arithmetic.budgetOf(row, column)?.figure;
    if (actual && budget) return actual.value.cmp(budget.value) as -1 | 0 | 1;
    const rate = arithmetic.rate(row, '完成预算', column);
    return rate ? rate.value.cmp(new Decimal(100)) as -1 | 0 | 1 : undefined;
}
