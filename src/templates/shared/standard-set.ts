// The 财政部 standard set of nine 部门决算公开 tables. Its order changed with the 2022 report year:
// the 三公 table moved from seventh to last (national/SOURCES.md 2.1); a template numbers them in its order.
import { titleRank } from '../index.js';
import type { TableRole, TableTemplate } from '../template.js';
import {
    appropriationOverviewTable, expenditureTable, fundTable, generalBasicTable, generalBudgetTable, incomeTable,
    overviewTable, stateCapitalAccountTable, stateCapitalTable, threePublicTable,
} from './tables.js';

type Numbered = { readonly number: number } & Partial<Omit<TableTemplate, 'number'>>;

const BY_ROLE: Partial<Record<TableRole, (numbered: Numbered) => TableTemplate>> = {
    'overview': overviewTable,
    'income': incomeTable,
    'expenditure': expenditureTable,
    'appropriation-overview': appropriationOverviewTable,
    'general-budget': generalBudgetTable,
    'general-basic': generalBasicTable,
    'three-public': threePublicTable,
    'fund': fundTable,
    'state-capital': stateCapitalTable,
    'state-capital-account': stateCapitalAccountTable,
};

/**
 * The table of the standard set printed under `title` (国有资本经营预算财政拨款收入支出决算表 is the
 * 收入支出 account, not the 支出 table a template may take it for), as printed: its columns, numbered 0.
 */
export function standardTableTitled(title: string): TableTemplate | undefined {
    standardShapes ??= Object.values(BY_ROLE).map(make => make({ number: 0 }));
    // its printed title, not an alias: the 支出 table's aliases are not the 收入支出 account's
    return standardShapes.find(shape => titleRank(shape, title) === 0);
}

let standardShapes: TableTemplate[] | undefined;

/** The order of the nine tables with the 三公 table seventh (财政部 until 2021), and with it last (from 2022). */
export const ORDER_THREE_PUBLIC_SEVENTH: readonly TableRole[] = [
    'overview', 'income', 'expenditure', 'appropriation-overview', 'general-budget', 'general-basic', 'three-public', 'fund', 'state-capital',
];
export const ORDER_THREE_PUBLIC_LAST: readonly TableRole[] = [
    'overview', 'income', 'expenditure', 'appropriation-overview', 'general-budget', 'general-basic', 'fund', 'state-capital', 'three-public',
];

/** How many tables the 财政部 standard set has, which every template's set extends or reorders. */
export const STANDARD_SET_SIZE = ORDER_THREE_PUBLIC_LAST.length;

/** The tables of `order`, numbered 1…; `adjust` gives a template's own changes by role. */
export function standardTables(order: readonly TableRole[], adjust: Partial<Record<TableRole, Partial<Omit<TableTemplate, 'number' | 'role'>>>> = {}): TableTemplate[] {
    return order.map((role, i) => BY_ROLE[role]!({ number: i + 1, ...adjust[role] }));
}

/** The 三公 table of the reports that print 会议费 and 培训费 in it beside the 三公 (national/SOURCES.md 2.5). */
export const THREE_PUBLIC_MEETINGS_TITLE = '一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表';

/**
 * The 三公 table's title without its funds, as some print it (深圳 2019 公开07表 “三公”经费支出决算表; 三公经费支出决算表 too, the
 * quotes aside): the template's 三公 table where it has one alone, not beside a 政府性基金 三公 table (四川 2020).
 */
export const THREE_PUBLIC_SHORT_TITLE = '“三公”经费支出决算表';

/** Other titles the standard tables are printed under (national/SOURCES.md 2.1, 2.5). */
export const STANDARD_TITLE_ALIASES: Partial<Record<TableRole, Partial<Omit<TableTemplate, 'number' | 'role'>>>> = {
    'general-basic': { titleAliases: ['一般公共预算财政拨款基本支出决算明细表'] },
    // the note the 财政部 format printed under it until 2021 and Shanghai's 2024 template prints: 预算数为“三公”经费
    // 年初预算数 (national/SOURCES.md 3); the 2022 format's note says 全年预算数 (national/index.ts)
    'three-public': { titleAliases: ['财政拨款“三公”经费支出决算表', THREE_PUBLIC_SHORT_TITLE, THREE_PUBLIC_MEETINGS_TITLE], wide: true, budgetColumnKind: '年初预算' },
};
