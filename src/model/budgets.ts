// The kinds of budget a report writes — 年初预算 (passed at the start of the year), 全年/调整预算 (after adjustments), a
// plain 预算 — and which of them a completion rate is against: one vocabulary for the relations (a row's 完成年初预算),
// the sentences (完成年初预算的…, 较预算减少…) and the comparisons the generator reads, not a choice made in each.
import type { BudgetColumnKind } from '../templates/template.js';

/** The budget keys a row may carry. */
export const BUDGET_KEYS = ['预算', '全年预算', '调整预算', '年初预算'] as const;
export type BudgetKey = typeof BUDGET_KEYS[number];

/** 年初预算, 全年/调整预算, or whichever the report has. */
export type BudgetKind = 'initial' | 'final' | 'any';

/** The budget a word written beside a row's figure (or a budget column's kind) names: 调整预算 is the 全年预算. */
export const BUDGET_WORDS: ReadonlyMap<string, Exclude<BudgetKind, 'any'>> = new Map([['年初预算', 'initial'], ['全年预算', 'final'], ['调整预算', 'final']]);

/**
 * A plain 预算 where nothing the report writes says which it is: the 全年预算 (Sichuan's 预算 is the adjusted one), so a
 * 完成全年预算 may be of it and a 完成年初预算 not.
 */
export const PLAIN_BUDGET = 'final';

/** The budgets of each kind a completion rate may be against, first found first. */
const AGAINST: Readonly<Record<BudgetKind, readonly BudgetKey[]>> = {
    any: BUDGET_KEYS,
    final: ['全年预算', '调整预算', '预算'],
    initial: ['年初预算'],
};

/** The completion rates a row may state, each with the kind of budget it is against. */
const COMPLETION_KINDS: ReadonlyMap<string, BudgetKind> = new Map([
    ['完成预算', 'any'], ['完成全年预算', 'final'], ['完成调整预算', 'final'], ['完成年初预算', 'initial'],
]);
export const COMPLETION_KEYS = [...COMPLETION_KINDS.keys()];

/** Whether a column holds a budget of a kind (年初预算数, 全年预算数, 调整预算数): a plain 预算数 or any other column does not. */
export function isKindBudgetColumn(column: string): boolean {
    return BUDGET_WORDS.has(column.replace(/数$/, ''));
}

/** The kind of budget a budget key names (a plain 预算: any); undefined for any other key. */
export function budgetKindOf(key: string): BudgetKind | undefined {
    return BUDGET_WORDS.get(key) ?? (key === '预算' ? 'any' : undefined);
}

/** The kind of budget a table's budget column holds by the report's note or its template; undefined where it is plain. */
export function columnBudgetKind(kind: BudgetColumnKind | undefined): Exclude<BudgetKind, 'any'> | undefined {
    return kind && BUDGET_WORDS.get(kind);
}

/**
 * The budgets a completion rate stated under `key` (完成年初预算 …) is against, first found first: the budget it names
 * (完成调整预算: the 调整预算), then the others of its kind. 完成预算 is against whichever budget is written.
 */
export function completionBudgets(key: string): readonly BudgetKey[] {
    const against = budgetsOfKind(COMPLETION_KINDS.get(key) ?? 'any');
    const named = BUDGET_KEYS.find(budget => `完成${budget}` === key);
    return named ? [named, ...against.filter(budget => budget !== named)] : against;
}

/** The budgets a completion rate of a kind (完成年初预算的…) is against, first found first. */
export function budgetsOfKind(kind: BudgetKind): readonly BudgetKey[] {
    return AGAINST[kind];
}

/** The completion rates stated against a kind of budget, in the order a row's are looked for (完成全年预算, 完成调整预算). */
export function completionKeysOf(kind: BudgetKind): readonly string[] {
    return COMPLETION_KEYS.filter(key => COMPLETION_KINDS.get(key) === kind);
}
