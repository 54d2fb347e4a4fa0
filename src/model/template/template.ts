/**
 * A report template: the tables a province's layout publishes and the relations their rows
 * and columns obey. The language is the same for every template; only this data differs.
 */
export interface ReportTemplate {
    readonly id: string;
    readonly name: string;
    readonly tables: readonly TableTemplate[];
    /** Equalities between figures of different tables. */
    readonly ties: readonly Tie[];
    /** Equalities between each row of one table and the row of another with the same code or name. */
    readonly rowTies: readonly RowTie[];
    /** Labels of rows that are “其中” items of their parent, not parts of its sum. */
    readonly ofWhichRow: RegExp;
    /** Labels of rows that hold the total of their table or group. */
    readonly totalRow: RegExp;
}

export interface TableTemplate {
    readonly number: number;
    readonly title: string;
    /** Columns in the order the table prints them; the first is the row's own figure. */
    readonly columns: readonly string[];
    /** Column equations that hold on every row: total = Σ sign·part. */
    readonly columnSums?: readonly ColumnSum[];
    /** The column holding the 决算 figure when it is not the first. */
    readonly actualColumn?: string;
    /** A column holding the budget (预算数), for completion rates. */
    readonly budgetColumn?: string;
    /** Rows are subject codes of this classification. */
    readonly codes?: '功能分类' | '经济分类';
    /** Rows with fixed names the table prints (beside code rows and group rows). */
    readonly rows?: readonly string[];
    /** Two-sided tables (收入 / 支出) with an equation per side. */
    readonly groups?: readonly GroupTemplate[];
    /** The sides' 总计 rows that must be equal. */
    readonly balanced?: boolean;
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

/**
 * A figure of one table (or of a section such as 情况说明): the row found by its labels or
 * code, the column by name (outside tables, by unit).
 */
export interface FigureAddress {
    readonly table?: number;
    readonly section?: string;
    readonly row: readonly string[];
    readonly column?: string;
}

/** A column of a table's rows (or of one side's rows) tied row by row to another table's. */
export interface RowTie {
    readonly target: { readonly table: number; readonly side?: string; readonly column?: string };
    readonly source: { readonly table: number; readonly side?: string; readonly column?: string };
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

export function sum(total: string, ...parts: string[]): ColumnSum {
    return { total, parts: parts.map(column => ({ column, sign: 1 as const })) };
}
