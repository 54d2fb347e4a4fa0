// Tables a report may print beside its template's, in no template's set, whose totals are known
// to add up: a unit's 资产负债情况表 (上海's 单位决算 prints it as 表十). Province-neutral: the
// balance sheet of the 政府会计制度 is the same everywhere.

/** A total of a table and the rows it is the sum of, each row by the names it is printed under. */
export interface RowSum {
    /** sum-total: a total of its parts; balance: one side's total equal to the other's. */
    readonly rule: 'sum-total' | 'balance';
    readonly total: readonly string[];
    readonly parts: readonly (readonly string[])[];
}

/** A table known by its title, and the sums its rows keep in every column (年初数, 年末数). */
export interface AddedTable {
    readonly title: RegExp;
    readonly sums: readonly RowSum[];
}

// each row's names, the one printed by the 政府会计制度 first
const ASSETS = ['资产总计', '资产合计', '资产总额'];
const CURRENT_ASSETS = ['流动资产合计', '流动资产'];
const NON_CURRENT_ASSETS = ['非流动资产合计', '非流动资产'];
const LIABILITIES = ['负债合计', '负债总计', '负债总额'];
const CURRENT_LIABILITIES = ['流动负债合计', '流动负债'];
const NON_CURRENT_LIABILITIES = ['非流动负债合计', '非流动负债'];
const NET_ASSETS = ['净资产合计', '净资产总计', '净资产总额', '净资产'];
const LIABILITIES_AND_NET_ASSETS = ['负债和净资产总计', '负债及净资产总计', '负债与净资产总计', '负债和净资产合计', '负债及净资产合计'];

export const ADDED_TABLES: readonly AddedTable[] = [
    {
        title: /资产负债/,
        sums: [
            { rule: 'sum-total', total: ASSETS, parts: [CURRENT_ASSETS, NON_CURRENT_ASSETS] },
            { rule: 'sum-total', total: LIABILITIES, parts: [CURRENT_LIABILITIES, NON_CURRENT_LIABILITIES] },
            { rule: 'sum-total', total: LIABILITIES_AND_NET_ASSETS, parts: [LIABILITIES, NET_ASSETS] },
            { rule: 'balance', total: LIABILITIES_AND_NET_ASSETS, parts: [ASSETS] },
        ],
    },
];
