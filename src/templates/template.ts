/**
 * A report template: one province's (or the 财政部 standard) layout of a 部门决算 report for some
 * years — its tables, the relations between their figures, the sections of its text. The language,
 * the arithmetic, the checks and the editor are the same for every template; only this data differs,
 * and nothing outside `src/templates/` names a template, a province or a table number.
 */

/** The budgets a table's 预算数 column can hold (SOURCES.md of the templates, 三公). */
export type BudgetColumnKind = '年初预算' | '全年预算';

export interface ReportTemplate {
    /** `national`, `shanghai-2024`, `sichuan-2020`: what `模板 shanghai-2024` names. */
    readonly id: string;
    /** The display name, saying the years it covers: 上海市部门决算公开模板（2020年度起）. */
    readonly name: string;
    /** A short name for messages: 上海 2024. */
    readonly shortName: string;
    /** 上海, 四川; 全国 for the 财政部 standard set, which no province name selects. */
    readonly province: string;
    /** The report years the template is published for, inclusive; open where not known. */
    readonly years: { readonly from?: number; readonly to?: number };
    /** Other names users write in `模板 「…」`, beside the id, the names and province + year. */
    readonly aliases: readonly string[];
    /**
     * How the names of the province's departments below it start where they name their city, district or zone, not the
     * province (泸州市中医医院, 凉山彝族自治州…, 浦东新区…, 临港新片区…): fitting takes such a department as the province's.
     */
    readonly places?: readonly string[];
    /**
     * Every kind of place below the province whose name a department's name may start with (上海: 区 alone; its last
     * 县, 崇明, became a 区 in 2016, and no 市 is below it): a department whose name starts with a place of another kind
     * (金华市…, 石门县…) is of another province. Unknown (no such evidence) where not given.
     */
    readonly placeKinds?: readonly string[];
    /**
     * The names besides `places` a development zone of the province may be named by (上海: its national zones' own, 漕河泾,
     * 张江…; 普陀 and 宝山): a department of a 开发区 or 高新区 named by another place (昌吉高新技术产业开发区…) is of another
     * province. Unknown (no such evidence) where not given.
     */
    readonly zoneNames?: readonly string[];
    /** How the template prints a table's number: 附表6, 表六, 表6. */
    readonly tableLabel: (number: number) => string;
    readonly tables: readonly TableTemplate[];
    /** Equalities between figures of different tables (and of 情况说明). */
    readonly ties: readonly Tie[];
    /** Equalities between each row of one table and the row of another with the same code or name. */
    readonly rowTies: readonly RowTie[];
    /** Wholes that a row's 占比 is a share of, where it is not the row's parent or table total. */
    readonly shareBases: readonly ShareBase[];
    /** Rows that may not exceed another row of the same level (授予小微企业 ≤ 授予中小企业). */
    readonly atMost: readonly AtMost[];
    /** Figures of one table that may not exceed a figure of another (基本支出的会议费 ≤ 会议费). */
    readonly tableLimits?: readonly TableLimit[];
    /** Labels of rows that are “其中” items of their parent, not parts of its sum. */
    readonly ofWhichRow: RegExp;
    /** Labels of rows that hold the total of their table or group. */
    readonly totalRow: RegExp;
    /** Other names of a row (日常公用经费 → 公用经费, 人员经费合计 → 人员经费), matched after printed ordinals are removed. */
    readonly rowAliases: ReadonlyMap<string, string>;
    /** The budget the template's sentences state completion against: 调整预算 (全年预算) or 年初预算; 〔未填写〕 where a row lacks it. */
    readonly completionBase: '全年预算' | '年初预算';
    /** The parts and their sections, in print order, as the generated report heads them. */
    readonly parts: readonly PartTemplate[];
    /** The cover prints 公开时间, so a report without one is incomplete; elsewhere it is printed only where written. */
    readonly coverDate?: boolean;
}

/**
 * What a table is, whatever its number in a template: the layouts, the import and the relations
 * library find tables by role. Roles of the 财政部 standard set first, then those of
 * provinces that publish more tables.
 */
export type TableRole =
    | 'overview'                // 收入支出决算总表
    | 'income'                  // 收入决算表
    | 'expenditure'             // 支出决算表
    | 'appropriation-overview'  // 财政拨款收入支出决算总表
    | 'general-budget'          // 一般公共预算财政拨款支出决算表
    | 'general-basic'           // 一般公共预算财政拨款基本支出决算表
    | 'three-public'            // 一般公共预算财政拨款“三公”经费支出决算表
    | 'fund'                    // 政府性基金预算财政拨款收入支出决算表
    | 'state-capital'           // 国有资本经营预算财政拨款支出决算表
    | 'appropriation-detail'    // 财政拨款支出决算明细表
    | 'general-budget-detail'   // 一般公共预算财政拨款支出决算明细表
    | 'general-project'         // 一般公共预算财政拨款项目支出决算表
    | 'fund-three-public'       // 政府性基金预算财政拨款“三公”经费支出决算表
    | 'state-capital-account';  // 国有资本经营预算财政拨款收入支出决算表

export interface TableTemplate {
    readonly number: number;
    readonly role: TableRole;
    readonly title: string;
    /** Other titles the table is printed under (older or shortened forms). */
    readonly titleAliases?: readonly string[];
    /** Columns in the order the table prints them; the first is the row's own figure. */
    readonly columns: readonly string[];
    /**
     * Columns some printings add beside `columns` (人员经费 and 公用经费 beside 决算数): known where
     * `列【…】` lists them, never assumed or asked for where it does not.
     */
    readonly extraColumns?: readonly string[];
    /** Other names of columns (本年支出合计 for 合计 …), matched where `列【…】` names them. */
    readonly columnAliases?: ReadonlyMap<string, string>;
    /** Header rows above the columns as printed, for exports that reproduce merged headers. */
    readonly header?: readonly (readonly HeaderCell[])[];
    /** Headings printed over several columns (本年支出 over 小计, 基本支出, 项目支出), printed so where the report's 列【…】 heads none of them. */
    readonly columnHeads?: readonly ColumnHead[];
    /** Column equations that hold on every row: total = Σ sign·part. */
    readonly columnSums?: readonly ColumnSum[];
    /** The column holding the 决算 figure when it is not the first. */
    readonly actualColumn?: string;
    /** A column holding the budget (预算数), for completion rates. */
    readonly budgetColumn?: string;
    /**
     * Which budget `budgetColumn` holds where the format's note under the table says so (预算数为“三公”经费
     * 年初预算数, or 全年预算数): a sentence's budget of the other kind is then another figure, not this
     * column. The report's own note overrides it (model/rows.ts budgetKind).
     */
    readonly budgetColumnKind?: BudgetColumnKind;
    /** Rows are subject codes of this classification. */
    readonly codes?: '功能分类' | '经济分类';
    /** Rows with fixed names the table prints (beside code rows and group rows). */
    readonly rows?: readonly string[];
    /**
     * A fixed row's parts, where it is their sum: listed in full under it, they are its parts even where the table prints
     * 其中 before the first (安徽: 其中：公务用车运行维护费, then 公务用车购置费).
     */
    readonly rowParts?: ReadonlyMap<string, readonly string[]>;
    /** Two-sided tables (收入 / 支出) with an equation per side. */
    readonly groups?: readonly GroupTemplate[];
    /** The sides' 总计 rows that must be equal. */
    readonly balanced?: boolean;
    /** Fixed rows that sum the code rows of given classes (人员经费合计 = 301 + 303). */
    readonly codeSums?: readonly CodeSum[];
    /** The fund the table is about: a table stated 无数据 makes that fund zero elsewhere. */
    readonly fund?: string;
    /**
     * The fund's account columns (年初结转和结余, 本年收入, 年末结转和结余) and the titles of the printing that has them
     * (…收入支出决算表): stated 无数据 under another title (…支出决算表), the table says the fund spent nothing, not that it
     * held or received nothing; those columns are then unknown, not zero. Written without 列【…】, a table whose rows carry
     * more figures than `spending` holds is printed in full (`printed`), else as its spending alone (`spending`).
     */
    readonly account?: {
        readonly columns: readonly string[];
        readonly title: RegExp;
        /** The spending columns alone, as the spending printing heads them: the total, 基本支出, 项目支出. */
        readonly spending: readonly string[];
        /** Every column in the order the 收入支出 printing heads them. */
        readonly printed: readonly string[];
    };
    /** Printed as one wide row (the 三公 table of some templates). */
    readonly wide?: boolean;
    /**
     * The first report year whose reports all print this table, where the format added it within its years: an earlier
     * report without it is told in a hint, not warned (many 2019 reports print the eight tables of 2018).
     */
    readonly printedFrom?: number;
}

export interface ColumnHead {
    readonly head: string;
    /** The columns under it, in print order. */
    readonly columns: readonly string[];
    /** How the first of them prints under it where the report does not name it (小计 for 本年支出's own figure). */
    readonly first: string;
}

/** The words a column under a heading over several is printed as when it is the group's own figure. */
export const GROUP_TOTAL_WORDS: readonly string[] = ['小计', '合计'];

/** A column under a heading over several that is the group's own figure: its 小计 or 合计. */
export function isGroupTotal(column: string): boolean {
    return GROUP_TOTAL_WORDS.includes(column);
}

export interface HeaderCell {
    readonly text: string;
    readonly colspan?: number;
    readonly rowspan?: number;
}

export interface ColumnSum {
    readonly total: string;
    readonly parts: readonly { readonly column: string; readonly sign: 1 | -1 }[];
}

export interface GroupTemplate {
    /** 收入 or 支出 */
    readonly name: string;
    /** The rows a user may write in this group, in print order (code rows aside). */
    readonly rows: readonly string[];
    /** The row summing the group's other rows that are not listed in `balances` nor `grandTotal`. */
    readonly subtotal: string;
    /** Rows added to the subtotal to give the grand total; absent means zero. */
    readonly balances: readonly string[];
    readonly grandTotal: string;
}

export interface CodeSum {
    /** The row's template name (人员经费). */
    readonly row: string;
    /** Codes of the classes whose rows it sums (301, 303). */
    readonly classes: readonly string[];
}

/** Whether a row of this code is of the sum's classes (301 and 30101 of 人员经费's 301): one rule for checks and layout. */
export function ofCodeSum(sum: CodeSum, code: string | undefined): boolean {
    return code !== undefined && sum.classes.includes(code.slice(0, 3));
}

/**
 * A figure of one table (or of a section such as 情况说明): the table by its role, the row by
 * its labels or code, the column by name (outside tables, by unit).
 */
export interface FigureAddress {
    readonly table?: TableRole;
    readonly section?: string;
    readonly row: readonly string[];
    readonly column?: string;
}

/** A column of a table's rows (or of one side's rows) tied row by row to another table's. */
export interface RowTie {
    readonly target: { readonly table: TableRole; readonly side?: string; readonly column?: string };
    readonly source: { readonly table: TableRole; readonly side?: string; readonly column?: string };
}

export interface Tie {
    readonly target: FigureAddress;
    readonly parts: readonly TiePart[];
}

export interface TiePart extends FigureAddress {
    /** −1 when the part is subtracted. */
    readonly sign?: 1 | -1;
    /** Left out of the source, the part is zero (外事接待 of a department that had none). */
    readonly optional?: boolean;
}

/** The whole a row's 占比 divides by, where it is not the row's parent or its table's total row. */
export interface ShareBase {
    readonly row: FigureAddress;
    readonly base: FigureAddress;
}

/** Among the rows of one level, `part` is at most `whole`. */
export interface AtMost {
    readonly part: string;
    readonly whole: string;
}

/**
 * A figure of one table that is a part of a figure of another, by what the tables hold: `part` at
 * most `whole`. A one-label row is found at any depth of its table (30215 under 302 or alone).
 */
export interface TableLimit {
    readonly part: FigureAddress;
    readonly whole: FigureAddress;
    /** Why, as the finding says it. */
    readonly reason: string;
    /** A part a correct report may print above its whole (a negative remainder it does not print): a warning, never an error. */
    readonly warning?: boolean;
}

/** A part of the report (第一部分 部门概况 …) and its sections in print order. */
export interface PartTemplate {
    readonly title: string;
    readonly sections: readonly SectionTemplate[];
}

/**
 * A section heading of the report's text. `topic` says what the section is about, whatever its
 * number and wording in a template: the layouts' shared sentences and the prose checks key on it.
 */
export interface SectionTemplate {
    readonly title: string;
    /** Other wordings of the heading in published reports. */
    readonly aliases?: readonly string[];
    readonly topic: SectionTopic;
    /** The tables the section speaks of. */
    readonly tables?: readonly TableRole[];
    /**
     * Printed by some of the template's reports only (部门决算单位构成, which many print under
     * 机构设置): the generated report heads it only where the source writes it, never 〔未填写〕.
     */
    readonly optional?: boolean;
}

export type SectionTopic =
    | 'duties' | 'organisation' | 'units' | 'staff'
    | 'total' | 'income' | 'expenditure' | 'appropriation' | 'general-budget' | 'general-basic'
    | 'three-public' | 'fund' | 'state-capital' | 'other-matters' | 'running-costs' | 'procurement'
    | 'assets' | 'performance' | 'glossary' | 'attachments' | 'tables' | 'other';

export function sum(total: string, ...parts: string[]): ColumnSum {
    return { total, parts: parts.map(column => ({ column, sign: 1 as const })) };
}
