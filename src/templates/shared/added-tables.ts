// Tables a report may print beside its template's, in no template's set, whose totals are known
// to add up: a unit's 资产负债情况表 (上海's 单位决算 prints it as 表十), 非财政拨款收入支出决算总表 (贵州), 项目支出决算表 (天津).
// Province-neutral: the balance sheet of the 政府会计制度 is the same everywhere, and so is what 非财政拨款 is.
import type { FigureAddress, GroupTemplate, TableRole } from '../template.js';
import { overviewGroups } from './tables.js';
import { NON_APPROPRIATION_ROW_TIES, NON_APPROPRIATION_TIES, OTHER_INCOME, PROJECT_WITHIN, type AddedRowTie, type AddedTie, type AddedWithin } from './ties.js';

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
    /** Printed in two halves side by side (资产 | 负债和净资产): the names of the total closing each half. */
    readonly halves?: readonly [readonly string[], readonly string[]];
    /** Printed in two sides (收入 { … } 支出 { … }) as the template's two-sided tables: each side's sums, both sides' 总计 equal. */
    readonly sides?: readonly GroupTemplate[];
    /** Its figures that are, by definition, figures of the template's tables (less others). */
    readonly ties?: readonly AddedTie[];
    /** Its sides' rows that are, row by row, rows of the template's tables (less others). */
    readonly rowTies?: readonly AddedRowTie[];
    /** Its total and code rows within a template table's. */
    readonly within?: AddedWithin;
    /** What is checked beside its rows' totals, for the message that says so. */
    readonly checks?: string;
    /**
     * Its rows are projects: a row's code is the subject the project is spent under, which several projects share, and
     * its name the project's, not the subject's.
     */
    readonly projects?: true;
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

/**
 * A table that may list projects by its rows, whatever the set (一般公共预算财政拨款项目支出决算表, by subject in some sets and
 * by project in others): its title's word, and the column that says it does.
 */
export const PROJECT_LIST = { title: /项目/, nameColumn: '项目名称' } as const;

export const ADDED_TABLES: readonly AddedTable[] = [
    {
        title: /资产负债/,
        sums: [
            { rule: 'sum-total', total: ASSETS, parts: [CURRENT_ASSETS, NON_CURRENT_ASSETS] },
            { rule: 'sum-total', total: LIABILITIES, parts: [CURRENT_LIABILITIES, NON_CURRENT_LIABILITIES] },
            { rule: 'sum-total', total: LIABILITIES_AND_NET_ASSETS, parts: [LIABILITIES, NET_ASSETS] },
            { rule: 'balance', total: LIABILITIES_AND_NET_ASSETS, parts: [ASSETS] },
        ],
        // 项目 年初数 年末数 | 项目 年初数 年末数, 资产总计 and 负债和净资产总计 on the last line (上海 表十)
        halves: [ASSETS, LIABILITIES_AND_NET_ASSETS],
    },
    // 收入支出决算总表 less 财政拨款收入支出决算总表: the overview's sides over the other sources' income
    {
        title: /非财政拨款收入支出决算/, sums: [], sides: overviewGroups(OTHER_INCOME), ties: NON_APPROPRIATION_TIES, rowTies: NON_APPROPRIATION_ROW_TIES,
        checks: '收入和支出两方的本年合计与总计（两方总计相等），并与收入支出决算总表、财政拨款收入支出决算总表勾稽（非财政拨款即前者减后者），支出各类与支出决算表（没有时，收入支出决算总表的支出各类）减财政拨款收入支出决算总表（没有时，模板有的财政拨款支出决算明细表的合计）的同一类勾稽，两边都写了上年数的，上年数也勾稽',
    },
    // the department's projects (天津's 十一、项目支出决算表): within 支出决算表's 项目支出
    {
        title: /^项目支出决算表$/, sums: [], within: PROJECT_WITHIN, projects: true,
        checks: '合计不多于支出决算表的项目支出，写了科目编码的行（同一科目的几行相加）不多于支出决算表同一科目的项目支出',
    },
];

/**
 * A table the report adds that restates figures its 情况说明 states: a 政府采购 table (北京's
 * 政府采购情况表, any table whose title says 政府采购) prints the year's purchases by 货物, 工程, 服务
 * and the contracts awarded to 中小企业 and 小微企业, which the 其他重要事项 state too. Its figures are
 * read from columns named with the words (总计 货物 工程 服务 under 实际采购金额) or, in a table
 * that prints them as rows (机关运行经费、国有资产及政府采购信息表), from rows so named.
 */
export interface RestatingTable {
    readonly title: RegExp;
    /** What is checked beside the rows' totals, for the message that says so. */
    readonly checks: string;
    /** The row of 情况说明 the table's figures restate, and the figures under it. */
    readonly section: RegExp;
    /** Each figure by the words naming it, in a column, a row of the table or a row of the section; the first that fits wins. */
    readonly figures: readonly { readonly key: string; readonly words: RegExp }[];
    /** The key of the total: the section row itself; in the table, a column or row the other words do not name. */
    readonly total: { readonly key: string; readonly words: RegExp; readonly row: RegExp };
    /** Where the table prints its figures as rows among others (机关运行经费 …): the words of those rows. */
    readonly rows: RegExp;
    /** Words of a column of another stage than the one the section states (采购计划金额): summed, never tied. */
    readonly otherStage: RegExp;
    /** Within a stage, a row's total is the sum of these. */
    readonly parts: readonly string[];
    /** Within a stage and row, a figure at most another (授予小微企业 ≤ 授予中小企业 ≤ 总计). */
    readonly atMost: readonly { readonly part: string; readonly whole: string }[];
    /**
     * The names 情况说明's prose gives each figure, by key: where the report states them only in prose
     * (政府采购支出总额…万元，其中：政府采购货物支出…), with no block of figures, the prose is of the table's.
     */
    readonly prose: Readonly<Record<string, readonly string[]>>;
}

/**
 * The words naming 机关运行经费 (内蒙古: 机构运行经费): what a text's key is about (shared/layout.ts) and the row of a
 * restating table that restates 情况说明's figure (model/relations.ts), one list for both.
 */
export const RUNNING_COSTS_WORDS = /(?:机关|机构)运行经费/;

export const RESTATING_TABLES: readonly RestatingTable[] = [
    {
        title: /政府采购/,
        checks: '各阶段的总计与货物、工程、服务之和，并与情况说明的政府采购勾稽',
        section: /^政府采购(?:支出)?(?:总额)?$/,
        figures: [
            { key: '货物', words: /货物/ },
            { key: '工程', words: /工程/ },
            { key: '服务', words: /服务/ },
            // 授予中小微企业合同金额 is the 中小企业's; 其中小微企业 (其中 without its colon) is the 小微企业's
            { key: '授予小微企业', words: /(?<!(?:^|[^其])中)小微企业/ },
            { key: '授予中小企业', words: /中小企业/ },
        ],
        total: { key: '总计', words: /总计|合计|小计|总额|金额|采购$/, row: /^政府采购(?:支出)?(?:总额|合计|总计)?$/ },
        rows: /政府采购|企业/,
        otherStage: /计划|预算/,
        parts: ['货物', '工程', '服务'],
        atMost: [{ part: '授予小微企业', whole: '授予中小企业' }, { part: '授予中小企业', whole: '总计' }],
        prose: {
            总计: ['政府采购支出总额', '政府采购总额', '政府采购支出', '政府采购金额', '采购支出总额'],
            // 货物类政府采购186.40万元, 货物类采购 (梧州), 政府采购货物类: each kind's part, as 情况说明's rows of it are named too
            ...Object.fromEntries(['货物', '工程', '服务'].map(kind => [kind, [`政府采购${kind}支出`, `采购${kind}支出`, `${kind}采购支出`,
                `${kind}类政府采购`, `${kind}类采购`, `政府采购${kind}类`, `${kind}采购`]])),
            授予中小企业: ['授予中小企业合同金额', '授予中小企业合同', '中小企业合同金额', '授予中小微企业合同金额', '中小微企业合同金额'],
            授予小微企业: ['授予小微企业合同金额', '授予小微企业合同', '小微企业合同金额'],
        },
    },
];

/**
 * A table the report adds whose title makes its subject certain, and that subject's figures in the
 * template's tables and 情况说明: all zero where the table is marked 无数据 (or its note says 本表无数据);
 * where `total` says so, each equal to the table's total otherwise (公开08表 政府性基金预算财政拨款基本支出决算表:
 * its 合计, or 人员经费合计 + 公用经费合计, is the fund table's 基本支出). A title that names no subject
 * here (政府性基金…“三公”经费, whose amount no other table holds apart) claims nothing.
 */
export interface SubjectTable {
    readonly title: RegExp;
    readonly unless?: RegExp;
    readonly figures: readonly FigureAddress[];
    readonly total?: boolean;
}

const STATE_CAPITAL = '国有资本经营预算财政拨款';

export const SUBJECT_TABLES: readonly SubjectTable[] = [
    { title: /政府性基金.*基本支出/, total: true, figures: [{ table: 'fund', row: ['合计'], column: '基本支出' }] },
    { title: /政府性基金.*项目支出/, total: true, figures: [{ table: 'fund', row: ['合计'], column: '项目支出' }] },
    {
        title: /国有资本经营.*基本支出/, total: true,
        figures: [{ table: 'state-capital', row: ['合计'], column: '基本支出' }, { table: 'state-capital-account', row: ['合计'], column: '基本支出' }],
    },
    {
        title: /国有资本经营.*项目支出/, total: true,
        figures: [{ table: 'state-capital', row: ['合计'], column: '项目支出' }, { table: 'state-capital-account', row: ['合计'], column: '项目支出' }],
    },
    // its spending (and its income where the title says 收入)
    {
        title: /国有资本经营.*支出/, unless: /基本支出|项目支出|三公/,
        figures: [
            { table: 'state-capital', row: ['合计'], column: '合计' },
            { table: 'state-capital-account', row: ['合计'], column: '本年支出' },
            { table: 'appropriation-overview', row: ['支出', '本年支出合计'], column: STATE_CAPITAL },
        ],
    },
    { title: /国有资本经营.*收入/, unless: /三公/, figures: [{ table: 'overview', row: ['收入', `${STATE_CAPITAL}收入`] }, { table: 'appropriation-overview', row: ['收入', STATE_CAPITAL] }] },
    // the “三公” of every 财政拨款 or of the 一般公共预算 (the template's table), not of one other fund
    {
        title: /三公/, unless: /政府性基金|国有资本/,
        figures: [
            { table: 'three-public', row: ['合计'], column: '决算数' },
            { section: '情况说明', row: ['三公经费', '公务接待', '国内公务接待'], column: '万元' },
            { section: '情况说明', row: ['三公经费', '公务用车', '购置'], column: '万元' },
        ],
    },
    { title: /政府采购/, figures: [{ section: '情况说明', row: ['政府采购'] }] },
    { title: /政府购买服务/, figures: [{ section: '情况说明', row: ['政府购买服务'] }] },
];

/**
 * A template table whose figures a report may print instead as rows of a table of its own, by the words of such a row:
 * 内蒙古's reports of 2019–2021 print no “三公” table but “三公”经费支出 and its parts as the first rows of their
 * 机构运行信息表 (national/SOURCES.md 2.11). Where the report has such a row, the template's table is not missing.
 */
export const TABLES_PRINTED_AS_ROWS: readonly { readonly role: TableRole; readonly row: RegExp; readonly parts: RegExp; readonly others: RegExp; readonly items: RegExp }[] = [
    // parts: the rows an own table of the subject holds under its 合计; others: title words of more under it (会议费、培训费);
    // items: the parts' whole names as the text writes them (global, to be cut out of a part's words)
    {
        role: 'three-public', row: /三公/, parts: /因公出国|公务用车|公务接待/, others: /会议|培训|、|及/,
        items: /因公出国[（(]?境?[）)]?费|公务用车购置及运行(?:维护)?费|公务用车购置费|公务用车运行(?:维护)?费|公务接待费/g,
    },
];
