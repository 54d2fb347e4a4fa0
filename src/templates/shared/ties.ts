// The ties between the tables of a 部门决算 report, by the tables' roles: the same in every
// template that has the tables. A tie whose table a template lacks is never made.
import type { ColumnSum, FigureAddress, RowTie, ShareBase, TableLimit, TableRole, Tie, TiePart } from '../template.js';
import { sum } from '../template.js';

const FUNDS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'] as const;
export const OTHER_INCOME = ['上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'] as const;

/** 收入支出决算总表 ↔ 收入决算表, 支出决算表, 财政拨款收入支出决算总表. */
const OVERVIEW_TIES: readonly Tie[] = [
    {
        target: { table: 'income', row: ['合计'], column: '财政拨款收入' },
        parts: FUNDS.map(fund => ({ table: 'overview' as const, row: ['收入', `${fund}收入`] })),
    },
    ...OTHER_INCOME.map(source => ({
        target: { table: 'income' as const, row: ['合计'], column: source }, parts: [{ table: 'overview' as const, row: ['收入', source] }],
    })),
    { target: { table: 'income', row: ['合计'], column: '本年收入合计' }, parts: [{ table: 'overview', row: ['收入', '本年收入合计'] }] },
    { target: { table: 'expenditure', row: ['合计'], column: '本年支出合计' }, parts: [{ table: 'overview', row: ['支出', '本年支出合计'] }] },
    ...FUNDS.map(fund => ({
        target: { table: 'appropriation-overview' as const, row: ['收入', fund] }, parts: [{ table: 'overview' as const, row: ['收入', `${fund}收入`] }],
    })),
];

/** 财政拨款收入支出决算总表 ↔ the tables of each fund. */
const APPROPRIATION_TIES: readonly Tie[] = [
    { target: { table: 'appropriation-detail', row: ['合计'], column: '合计' }, parts: [{ table: 'appropriation-overview', row: ['支出', '本年支出合计'], column: '合计' }] },
    { target: { table: 'general-budget', row: ['合计'], column: '合计' }, parts: [{ table: 'appropriation-overview', row: ['支出', '本年支出合计'], column: '一般公共预算财政拨款' }] },
    { target: { table: 'general-budget', row: ['合计'], column: '合计' }, parts: [{ table: 'appropriation-detail', row: ['合计'], column: '一般公共预算财政拨款' }] },
    // each fund's own table spends what the detail table's column of that fund does, with or without 财政拨款收入支出决算总表
    ...([['fund', '政府性基金预算财政拨款'], ['state-capital-account', '国有资本经营预算财政拨款'], ['state-capital', '国有资本经营预算财政拨款']] as const).map(([table, fund]) => ({
        target: { table, row: ['合计'], column: table === 'state-capital' ? '合计' : '本年支出' },
        parts: [{ table: 'appropriation-detail' as const, row: ['合计'], column: fund }],
    })),
    ...fundAccountTies('fund', '政府性基金预算财政拨款'),
    ...fundAccountTies('state-capital-account', '国有资本经营预算财政拨款'),
    { target: { table: 'state-capital', row: ['合计'], column: '合计' }, parts: [{ table: 'state-capital-account', row: ['合计'], column: '本年支出' }] },
    { target: { table: 'state-capital', row: ['合计'], column: '合计' }, parts: [{ table: 'appropriation-overview', row: ['支出', '本年支出合计'], column: '国有资本经营预算财政拨款' }] },
];

function fundAccountTies(table: TableRole, fund: string): Tie[] {
    return [
        // also straight to 收入支出决算总表, for reports that leave the appropriation table out
        { target: { table, row: ['合计'], column: '本年收入' }, parts: [{ table: 'overview', row: ['收入', `${fund}收入`] }] },
        { target: { table, row: ['合计'], column: '本年收入' }, parts: [{ table: 'appropriation-overview', row: ['收入', fund] }] },
        { target: { table, row: ['合计'], column: '本年支出' }, parts: [{ table: 'appropriation-overview', row: ['支出', '本年支出合计'], column: fund }] },
        { target: { table, row: ['合计'], column: '年初结转和结余' }, parts: [{ table: 'appropriation-overview', row: ['收入', '年初财政拨款结转和结余'], column: fund }] },
        { target: { table, row: ['合计'], column: '年末结转和结余' }, parts: [{ table: 'appropriation-overview', row: ['支出', '年末财政拨款结转和结余'], column: fund }] },
    ];
}

/** 一般公共预算财政拨款支出决算表 ↔ its detail, its 基本支出 by economic class, its 项目支出. */
const GENERAL_BUDGET_TIES: readonly Tie[] = [
    ...['合计', '基本支出', '项目支出'].map(column => ({
        target: { table: 'general-budget-detail' as const, row: ['合计'], column }, parts: [{ table: 'general-budget' as const, row: ['合计'], column }],
    })),
    {
        target: { table: 'general-budget', row: ['合计'], column: '基本支出' },
        parts: [{ table: 'general-basic', row: ['人员经费'] }, { table: 'general-basic', row: ['公用经费'] }],
    },
    // the same where the table prints no 人员经费 and 公用经费 rows (they are its columns) or only its 合计
    { target: { table: 'general-budget', row: ['合计'], column: '基本支出' }, parts: [{ table: 'general-basic', row: ['合计'] }] },
    { target: { table: 'general-budget-detail', row: ['合计'], column: '人员经费' }, parts: [{ table: 'general-basic', row: ['人员经费'] }] },
    { target: { table: 'general-budget-detail', row: ['合计'], column: '公用经费' }, parts: [{ table: 'general-basic', row: ['公用经费'] }] },
    { target: { table: 'general-budget', row: ['合计'], column: '项目支出' }, parts: [{ table: 'general-project', row: ['合计'] }] },
];

/**
 * “三公”经费 stated in 情况说明 (with those paid from 政府性基金) = the 三公 tables: the counts of
 * receptions and cars are written there, their amounts in the tables.
 */
const THREE_PUBLIC_TIES: readonly Tie[] = [
    {
        target: { table: 'three-public', row: ['公务接待费'], column: '决算数' },
        parts: [
            { section: '情况说明', row: ['三公经费', '公务接待', '国内公务接待'], column: '万元' },
            { section: '情况说明', row: ['三公经费', '公务接待', '外事接待'], column: '万元', optional: true },
            { table: 'fund-three-public', row: ['公务接待费'], column: '决算数', sign: -1, optional: true },
        ],
    },
    {
        target: { table: 'three-public', row: ['公务用车购置及运行维护费', '公务用车购置费'], column: '决算数' },
        parts: [
            { section: '情况说明', row: ['三公经费', '公务用车', '购置'], column: '万元' },
            { table: 'fund-three-public', row: ['公务用车购置及运行维护费', '公务用车购置费'], column: '决算数', sign: -1, optional: true },
        ],
    },
];

/**
 * 会议费 and 培训费 printed beside the 三公 in their table (财政拨款, 基本 and 项目 alike) hold those
 * of the 基本支出 table's economic rows 30215 and 30216, and may hold more (a project's meetings):
 * at most, never equal.
 */
export const STANDARD_TABLE_LIMITS: readonly TableLimit[] = ([['30215', '会议费'], ['30216', '培训费']] as const).map(([code, name]) => ({
    part: { table: 'general-basic' as const, row: [code] },
    whole: { table: 'three-public' as const, row: [name], column: '决算数' },
    reason: `基本支出中的${name}是“三公”经费表所列${name}的一部分，不能超过它。`,
}));

/**
 * The 三公 a 财政拨款 三公 table counts (基本 and 项目 alike) hold the 基本支出 table's economic rows
 * 30217 公务接待费 and 30231 公务用车运行维护费: at most, never equal (sichuan-2024/SOURCES.md 3).
 */
export const THREE_PUBLIC_BASIC_LIMITS: readonly TableLimit[] = ([['30217', '公务接待费'], ['30231', '公务用车运行维护费']] as const).map(([code, name]) => ({
    part: { table: 'general-basic' as const, row: [code] },
    whole: { table: 'three-public' as const, row: [name], column: '决算数' },
    reason: `基本支出中的${name}是“三公”经费表所列${name}的一部分，不能超过它。`,
}));

/**
 * 财政拨款收入支出决算总表 holds the 财政拨款 part of 收入支出决算总表's figures: its 本年收入合计, 本年支出合计 and
 * balances are at most the overview's. A 事业单位's 非财政拨款 balance can be negative (经营亏损), so a correct
 * report may break it: a warning.
 */
const APPROPRIATION_WITHIN_OVERVIEW: readonly TableLimit[] = ([
    ['收入', '本年收入合计', '本年收入合计', '财政拨款收入'],
    ['收入', '年初财政拨款结转和结余', '年初结转和结余', '年初财政拨款结转和结余'],
    ['支出', '本年支出合计', '本年支出合计', '财政拨款支出'],
    ['支出', '年末财政拨款结转和结余', '年末结转和结余', '年末财政拨款结转和结余'],
] as const).map(([side, part, whole, what]) => ({
    part: { table: 'appropriation-overview' as const, row: [side, part], column: side === '支出' ? '合计' : undefined },
    whole: { table: 'overview' as const, row: [side, whole] },
    reason: `${what}是${whole}中财政拨款的部分，一般不超过它${whole.includes('结余') ? '（非财政拨款的结转和结余为负数时才会超过）' : ''}：请核对两张表。`,
    warning: true,
}));

/**
 * The 公务用车 the 三公 count at year end are vehicles the department holds: at most 国有资产's 车辆. Counted for
 * different ends (a car on loan), they may differ: a warning.
 */
const VEHICLES_WITHIN_ASSETS: TableLimit = {
    part: { section: '情况说明', row: ['三公经费', '公务用车', '保有'], column: '辆' },
    whole: { section: '情况说明', row: ['国有资产', '车辆'], column: '辆' },
    reason: '“三公”经费所说的公务用车保有量是单位占有的车辆的一部分，一般不超过国有资产中的车辆数：请核对两处。',
    warning: true,
};

/**
 * 一般公共预算财政拨款支出决算表's 基本支出 and 项目支出 are the 一般公共预算 part of 支出决算表's, which every fund
 * and source spends: at most them (a warning, as the overview's parts).
 */
const GENERAL_BUDGET_WITHIN_EXPENDITURE: readonly TableLimit[] = (['基本支出', '项目支出'] as const).map(column => ({
    part: { table: 'general-budget' as const, row: ['合计'], column },
    whole: { table: 'expenditure' as const, row: ['合计'], column },
    reason: `一般公共预算财政拨款支出的${column}是各种资金合起来的${column}的一部分，一般不超过它：请核对两张表。`,
    warning: true,
}));

/** The parts within wholes across tables and sections that every template's report holds. */
export const SHARED_LIMITS: readonly TableLimit[] = [...APPROPRIATION_WITHIN_OVERVIEW, ...GENERAL_BUDGET_WITHIN_EXPENDITURE, VEHICLES_WITHIN_ASSETS];

/** A figure of a table the report adds (its row by side and name) and the figures of the template's tables it is. */
export interface AddedTie {
    readonly row: readonly string[];
    readonly parts: readonly TiePart[];
    /** The same figure from other tables, in order, for a report that leaves a table of `parts` out: the first it prints whole. */
    readonly standIns?: readonly (readonly TiePart[])[];
}

const overviewRow = (side: string, row: string): TiePart => ({ table: 'overview', row: [side, row] });
/** 财政拨款收入支出决算总表's figure of a row, all funds together, taken away. */
const lessAppropriation = (side: string, row: string): TiePart => ({ table: 'appropriation-overview', row: [side, row], column: side === '支出' ? '合计' : undefined, sign: -1 });

/** The two tables a report prints 国有资本经营 spending in (the spending-only one, or one with its account). */
const STATE_CAPITAL_TABLES = ['state-capital', 'state-capital-account'] as const;
type StateCapitalTable = typeof STATE_CAPITAL_TABLES[number];

/**
 * Each fund's own table's 合计 in a column, taken away: all the 财政拨款 of that column, where every fund's table prints it
 * (the carry-over columns only a table printed as a 收入支出决算表 has). A table stated 无数据 holds none of its spending;
 * of its carry-over only where printed under its 收入支出决算表 title (TableTemplate.account): under its spending title
 * (国有资本经营预算财政拨款支出决算表 { 无数据 }) the fund may still hold a balance, unknown, and the stand-in is not taken.
 */
const lessFunds = (stateCapital: StateCapitalTable, column: (table: 'general-budget' | 'fund' | StateCapitalTable) => string): TiePart[] =>
    (['general-budget', 'fund', stateCapital] as const).map(table => ({ table, row: ['合计'], column: column(table), sign: -1 as const }));

/** A fund table's spending column: 合计 where it prints spending by kind, 本年支出 where it prints the fund's account. */
const spending = (table: 'general-budget' | 'fund' | StateCapitalTable) => table === 'fund' || table === 'state-capital-account' ? '本年支出' : '合计';

/** The 财政拨款 opening balance, income and spending as its three funds' tables and 收入支出决算总表's fund rows print them. */
const APPROPRIATION_STAND_INS = {
    opening: (stateCapital: StateCapitalTable) => lessFunds(stateCapital, () => '年初结转和结余'),
    closing: (stateCapital: StateCapitalTable) => lessFunds(stateCapital, () => '年末结转和结余'),
    spending: (stateCapital: StateCapitalTable) => lessFunds(stateCapital, spending),
    income: FUNDS.map(fund => ({ ...overviewRow('收入', `${fund}收入`), sign: -1 as const })),
};

/** 财政拨款支出决算明细表's 合计 taken away: all 财政拨款 spending in one figure. */
const LESS_APPROPRIATION_DETAIL: TiePart = { table: 'appropriation-detail', row: ['合计'], column: '合计', sign: -1 };

/**
 * 非财政拨款收入支出决算总表 (贵州 prints it among its tables): the money other than 财政拨款, by definition 收入支出决算总表's
 * figures less 财政拨款收入支出决算总表's. The other sources' income, 使用非财政拨款结余 and 结余分配 are 收入支出决算总表's
 * own rows (no 财政拨款 has them); its totals and balances are the overview's less the appropriation table's.
 */
export const NON_APPROPRIATION_TIES: readonly AddedTie[] = [
    ...OTHER_INCOME.map(source => ({ row: ['收入', source], parts: [overviewRow('收入', source)] })),
    { row: ['收入', '本年收入合计'], parts: [overviewRow('收入', '本年收入合计'), ...APPROPRIATION_STAND_INS.income] },
    { row: ['收入', '使用非财政拨款结余'], parts: [overviewRow('收入', '使用非财政拨款结余')] },
    // where 财政拨款收入支出决算总表 is left out, the 财政拨款 figures it would print are its funds' tables' (stand-ins)
    {
        row: ['收入', '年初结转和结余'], parts: [overviewRow('收入', '年初结转和结余'), lessAppropriation('收入', '年初财政拨款结转和结余')],
        standIns: STATE_CAPITAL_TABLES.map(stateCapital => [overviewRow('收入', '年初结转和结余'), ...APPROPRIATION_STAND_INS.opening(stateCapital)]),
    },
    {
        // 财政拨款's 总计: its income and its opening balance
        row: ['收入', '总计'], parts: [overviewRow('收入', '总计'), lessAppropriation('收入', '总计')],
        standIns: STATE_CAPITAL_TABLES.map(stateCapital => [overviewRow('收入', '总计'), ...APPROPRIATION_STAND_INS.income, ...APPROPRIATION_STAND_INS.opening(stateCapital)]),
    },
    {
        row: ['支出', '本年支出合计'], parts: [overviewRow('支出', '本年支出合计'), lessAppropriation('支出', '本年支出合计')],
        // 财政拨款 spending: 财政拨款支出决算明细表's 合计, or each fund's table's spending
        standIns: [
            [overviewRow('支出', '本年支出合计'), LESS_APPROPRIATION_DETAIL],
            ...STATE_CAPITAL_TABLES.map(stateCapital => [overviewRow('支出', '本年支出合计'), ...APPROPRIATION_STAND_INS.spending(stateCapital)]),
        ],
    },
    { row: ['支出', '结余分配'], parts: [overviewRow('支出', '结余分配')] },
    {
        row: ['支出', '年末结转和结余'], parts: [overviewRow('支出', '年末结转和结余'), lessAppropriation('支出', '年末财政拨款结转和结余')],
        standIns: STATE_CAPITAL_TABLES.map(stateCapital => [overviewRow('支出', '年末结转和结余'), ...APPROPRIATION_STAND_INS.closing(stateCapital)]),
    },
    {
        // 财政拨款's 总计: its spending and its closing balance
        row: ['支出', '总计'], parts: [overviewRow('支出', '总计'), lessAppropriation('支出', '总计')],
        standIns: [
            ...STATE_CAPITAL_TABLES.map(stateCapital => [
                overviewRow('支出', '总计'), LESS_APPROPRIATION_DETAIL, ...APPROPRIATION_STAND_INS.closing(stateCapital),
            ]),
            ...STATE_CAPITAL_TABLES.map(stateCapital => [overviewRow('支出', '总计'), ...APPROPRIATION_STAND_INS.spending(stateCapital), ...APPROPRIATION_STAND_INS.closing(stateCapital)]),
        ],
    },
];

/**
 * A side of a table the report adds whose rows (by code, or by name) are each a signed sum of the rows of template tables
 * with that code or name, in the column each names. Each term is the first of its sources whose table the report prints:
 * the same figures printed by another table stand in for a table the report leaves out.
 */
export interface AddedRowTie {
    readonly side: string;
    readonly parts: readonly { readonly sources: readonly RowTie['source'][]; readonly sign?: -1 }[];
}

/**
 * 非财政拨款收入支出决算总表's spending by 类: 支出决算表's spending of the 类 (收入支出决算总表's 支出 by 类 where it is left
 * out) less 财政拨款收入支出决算总表's (财政拨款支出决算明细表's 合计 where the template has it and the overview is left out).
 */
export const NON_APPROPRIATION_ROW_TIES: readonly AddedRowTie[] = [{
    side: '支出',
    parts: [
        { sources: [{ table: 'expenditure', column: '本年支出合计' }, { table: 'overview', side: '支出' }] },
        { sources: [{ table: 'appropriation-overview', side: '支出', column: '合计' }, { table: 'appropriation-detail', column: '合计' }], sign: -1 },
    ],
}];

/**
 * Figures of a table the report adds that are within a template table's, not equal to them: the table may list part of
 * what that one counts. Its total row is at most `table`'s total row in `column`, and its rows under one subject code,
 * summed, at most that code's row there.
 */
export interface AddedWithin {
    readonly table: TableRole;
    readonly column: string;
    /** The added table's column of a row's figure: the one so headed, else its only column; none where it prints several and none is so headed. */
    readonly own: RegExp;
    /** Why, for the message of a bound broken. */
    readonly because: string;
}

/**
 * A table of the department's projects titled as all of them (项目支出决算表, no fund named: 天津 prints it as its 十一):
 * within 支出决算表's 项目支出, by its 合计 and by a subject code it prints a row under. Which funds it lists is not known
 * (天津's may list the 财政拨款 ones only), so no equality; its column 合计 or 本年支出 where it prints others beside
 * (财政拨款 其他资金 合计).
 */
export const PROJECT_WITHIN: AddedWithin = {
    table: 'expenditure', column: '项目支出', own: /^(?:合计|本年支出(?:合计)?|(?:本年)?决算数)$/,
    because: '项目支出决算表列的项目（有的只列财政拨款安排的）是支出决算表项目支出的全部或一部分，同一科目的也是，不会多于它',
};

export const STANDARD_TIES: readonly Tie[] = [...OVERVIEW_TIES, ...APPROPRIATION_TIES, ...GENERAL_BUDGET_TIES, ...THREE_PUBLIC_TIES];

export const STANDARD_ROW_TIES: readonly RowTie[] = [
    // 支出 by 类 in the overviews ↔ the tables by subject code
    { target: { table: 'overview', side: '支出' }, source: { table: 'expenditure', column: '本年支出合计' } },
    { target: { table: 'appropriation-overview', side: '支出', column: '合计' }, source: { table: 'appropriation-detail', column: '合计' } },
    { target: { table: 'appropriation-overview', side: '支出', column: '一般公共预算财政拨款' }, source: { table: 'general-budget', column: '合计' } },
    { target: { table: 'appropriation-detail', column: '一般公共预算财政拨款' }, source: { table: 'general-budget', column: '合计' } },
    { target: { table: 'appropriation-detail', column: '政府性基金预算财政拨款' }, source: { table: 'fund', column: '本年支出' } },
    { target: { table: 'appropriation-detail', column: '国有资本经营预算财政拨款' }, source: { table: 'state-capital-account', column: '本年支出' } },
    // each 类 of a fund's column: the spending of that 类 in the fund's own table
    { target: { table: 'appropriation-overview', side: '支出', column: '政府性基金预算财政拨款' }, source: { table: 'fund', column: '本年支出' } },
    { target: { table: 'appropriation-overview', side: '支出', column: '国有资本经营预算财政拨款' }, source: { table: 'state-capital-account', column: '本年支出' } },
    { target: { table: 'appropriation-overview', side: '支出', column: '国有资本经营预算财政拨款' }, source: { table: 'state-capital', column: '合计' } },
    ...['合计', '基本支出', '项目支出'].map(column => ({
        target: { table: 'general-budget-detail' as const, column }, source: { table: 'general-budget' as const, column },
    })),
];

/**
 * The wholes of the tables' totals that have none in their own table, in every template with the tables:
 * 一般公共预算财政拨款支出 and 财政拨款支出 (财政拨款收入支出决算总表's 本年支出合计) 占本年支出合计的…%.
 */
export const STANDARD_SHARE_BASES: readonly ShareBase[] = [
    { row: { table: 'general-budget', row: ['合计'] }, base: { table: 'overview', row: ['支出', '本年支出合计'] } },
    { row: { table: 'appropriation-overview', row: ['支出', '本年支出合计'] }, base: { table: 'overview', row: ['支出', '本年支出合计'] } },
];

/**
 * 人员经费（合计）…占…% and 公用经费…占…%: of 基本支出, which the 基本支出 table prints no 合计 row for — in the
 * templates whose 基本支出 table ends with the two 合计 rows (财政部 format, 上海).
 */
export const BASIC_SHARE_BASES: readonly ShareBase[] = (['人员经费', '公用经费'] as const).map(row => ({
    row: { table: 'general-basic' as const, row: [row] }, base: { table: 'general-budget' as const, row: ['合计'], column: '基本支出' },
}));

/**
 * A table a report prints as a part of a template table, by the other classification, at another table's number
 * (一般公共预算财政拨款支出决算表（二）: the 基本支出 by 经济分类 with 人员经费 and 公用经费 columns, where the 基本支出 table
 * stands). Its own columns add up by `columnSums`; its 合计 row ties to the table it is a part of by `ties`, each through the
 * first of its alternatives whose columns the table prints. Only where its 合计 row keeps `columnSums` within rounding: a
 * 合计 holding more (资本性支出) is the whole by that classification, left untied.
 */
export interface PartTable {
    /** The role of the template table it is a part of (its title qualified in brackets). */
    readonly of: TableRole;
    readonly codes: '功能分类' | '经济分类';
    /**
     * The columns it may print, its total first; it prints every one but the total. A table printing any other (基本支出
     * and 项目支出 by 经济分类, whose 合计 holds 项目支出 too), or its total beside one of the rest (合计 and 公用经费: that
     * column's table), is not this part.
     */
    readonly columns: readonly string[];
    readonly columnSums: readonly ColumnSum[];
    readonly ties: readonly { readonly target: FigureAddress; readonly alternatives: readonly (readonly PartTableFigure[])[] }[];
}

/** A figure of the part table: its row and column. */
export interface PartTableFigure {
    readonly row: readonly string[];
    readonly column: string;
}

export const PART_TABLES: readonly PartTable[] = [{
    of: 'general-budget',
    codes: '经济分类',
    columns: ['合计', '人员经费', '公用经费'],
    columnSums: [sum('合计', '人员经费', '公用经费')],
    ties: [{
        target: { table: 'general-budget', row: ['合计'], column: '基本支出' },
        alternatives: [[{ row: ['合计'], column: '合计' }], [{ row: ['合计'], column: '人员经费' }, { row: ['合计'], column: '公用经费' }]],
    }],
}];
