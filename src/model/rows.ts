import type { AstNode } from 'langium';
import type { Cell, Row, Table, Entry, TextField } from '../language/generated/ast.js';
import { isRow } from '../language/generated/ast.js';
import type { Figure, Suspicion } from './figure.js';
import { sumIntervals } from './interval.js';
import { isPercentHeading, isPointsColumn, isRateColumn, POINTS, RATE_ATTRIBUTES, statedFigure, unitSuspicion } from './figure.js';
import { joinedCells, splitNumbers } from './split-numbers.js';
import { GRAMMAR_UNITS, isBracketedCode } from '../language/syntax/numbers.js';
import type { BudgetColumnKind, GroupTemplate, TableTemplate } from '../templates/template.js';
import type { TableLabel } from './table-label.js';
import { COLUMN_GROUP_JOINT, columnUnderHeading } from './table-label.js';

/** A row of figures: cells by column (or by unit outside tables), attributes, child rows. */
export interface RowModel {
    readonly node: Row;
    /** The name as written, without its printed ordinal. */
    readonly name: string;
    /** The printed ordinal before the name (一、 （一）), printed but never matched. */
    readonly ordinal?: string;
    /** The template's name for it (日常公用经费 → 公用经费). */
    readonly canonicalName: string;
    readonly code?: string;
    readonly parent?: RowModel;
    readonly table?: TableModel;
    /** The rows at this row's level, itself included. */
    readonly siblings: readonly RowModel[];
    readonly children: RowModel[];
    /** Column names in order (tables: the table's own list), or the units met (elsewhere). */
    readonly columns: readonly string[];
    readonly cells: Map<string, Figure>;
    /** Attribute figures: key (占比, 上年, …) → column → figure. */
    readonly attributes: Map<string, Map<string, Figure>>;
    /** Text attributes: 变动原因, 差异原因, 用途, 说明, 备注. */
    readonly texts: Map<string, string>;
    /** Where the row stands, for messages and references: 附表6 › 201 一般公共服务支出. */
    readonly context: string;
}

export interface TableModel {
    readonly number: number;
    /** How the template prints the table's number: 附表6, 表五; the title where the report writes no number. */
    readonly label: string;
    /** The number as the source writes it. */
    readonly written: TableLabel;
    readonly node: Table;
    readonly title: string;
    readonly template?: TableTemplate;
    /** A department's own table that splits a template table another way (支出决算表（分单位）): its columns add up as that table's. */
    readonly variantOf?: TableTemplate;
    /** The template's table at its number or title, not this one: its subject codes are all of the other classification. */
    readonly otherCodes?: TableTemplate;
    /** The template's table at its number, which a table written by its number alone plainly is not (misfitOf), and the tables it fits instead. */
    readonly unlike?: { readonly table: TableTemplate; readonly like: readonly TableTemplate[] };
    readonly columns: string[];
    /** The unit of money each column's name prints (决算数（万元）), where one does: the unit of the column's figures. */
    readonly columnUnits?: readonly (string | undefined)[];
    /** The unit things are counted in that the table's own 单位行 prints (单位：人): its figures' unit in place of the report's. */
    readonly countUnit?: string;
    /**
     * Rows a page after a page break starts with, flat, uncoded and none of the template's, where the page before ended in a
     * 其中 block: its next items or the table's next rows, the copy cannot say which; the total sums them as the first reading
     * that makes it hold, else flat.
     */
    readonly unplacedRows?: readonly RowModel[];
    /**
     * Written columns the template's table lacks (a report written for another template: 年初结转和结余 before
     * a 支出决算表's 合计): their figures are kept as written, but never read as the table's own.
     */
    readonly foreign: ReadonlySet<string>;
    /** A column's heading as 列【…】 writes it, where the template names it otherwise (金额 for 决算数). */
    readonly headings: ReadonlyMap<string, string>;
    readonly rows: RowModel[];
    readonly empty: boolean;
    /** The texts written in the table (注 「…」, 说明 「…」, any other key), in order: printed under it. */
    readonly notes: readonly TextField[];
    /**
     * Which budget the template's budget column holds: as the table's note says (预算数为“三公”经费年初预算数,
     * 全年预算数), else as the template's format says; none where neither does.
     */
    readonly budgetKind?: BudgetColumnKind;
    /** A fund's table written without 列【…】 whose rows carry its spending's figures alone (TableTemplate.account): read so. */
    readonly spendingOnly?: boolean;
    /** The rows written with their printed 行次 before their figures (rowNumberRows): that first number is no figure. */
    readonly rowNumbers: ReadonlySet<Row>;
    /** The group's 小计 the header leaves out and the rows print, read as a column of its own (table-shape says so). */
    readonly missingSubtotal?: MissingSubtotal;
    /** Its total row where it prints it after its subject (“三公”经费合计), not as 合计 (subjectTotalOf). */
    readonly subjectTotal?: SubjectTotal;
    /**
     * Its pages after a page break (ReportModel.continued) whose 列【…】 reads as other columns than the first page's: their rows
     * are read under the first page's all the same (table-shape says so).
     */
    readonly otherHeaders?: readonly Table[];
}

/** A heading over several columns (基本支出) whose own figure the rows print before its columns (人员经费 公用经费). */
export interface MissingSubtotal {
    readonly heading: string;
    readonly columns: readonly string[];
    /** The place of the figure among the table's figure columns. */
    readonly at: number;
    /** Its name under the heading, as the template names the group's own figure (小计 under 本年支出, 合计 under 决算数). */
    readonly name: string;
}

export function rowLabel(row: RowModel): string {
    return row.code ? `${row.code} ${row.name}` : row.name;
}

/** The rows written after a bare 其中 among each list of siblings (computed once per list). */
const AFTER_BARE_OF_WHICH = new WeakMap<readonly RowModel[], ReadonlySet<RowModel>>();

/**
 * A 其中 item of its parent, not a part of its sum: named so (其中在职, the template's 授予小微企业
 * by `ofWhich`), or written after a bare 其中 — “其中：在职 25人” reads as a row 其中 without
 * figures followed by the rows it heads.
 */
export function isOfWhichRow(row: RowModel, ofWhich: RegExp): boolean {
    // by its name or the template's for it (中小企业合同金额 is 授予中小企业's)
    if (ofWhich.test(row.name) || ofWhich.test(row.canonicalName)) return true;
    let after = AFTER_BARE_OF_WHICH.get(row.siblings);
    if (!after) {
        const marker = row.siblings.findIndex(r => r.name === '其中' && r.cells.size === 0 && r.children.length === 0);
        const listed = marker < 0 ? [] : row.siblings.slice(marker + 1);
        // all of the parts the template gives the parent, 其中 or not, are its parts
        const parts = row.parent && row.table?.template?.rowParts?.get(row.parent.canonicalName);
        const whole = parts && parts.every(part => listed.some(r => r.canonicalName === part)) && listed.every(r => parts.includes(r.canonicalName));
        after = new Set(whole ? [] : listed);
        AFTER_BARE_OF_WHICH.set(row.siblings, after);
    }
    return after.has(row);
}

/** The total row of its table or group: named as the template names totals (合计, 总计, 小计), or its table's subject total. */
export function isTotalRow(row: RowModel, totalRow: RegExp): boolean {
    return totalRow.test(row.name) || row.table?.subjectTotal?.node === row.node;
}

/** A table's total row printed after its subject (“三公”经费合计), and the word of the total it is (合计). */
export interface SubjectTotal {
    readonly node: Row;
    readonly word: string;
}

/** What a title prints after its subject: 支出决算表, 收入支出决算总表, 支出情况表, 决算明细表（分科目）. */
const TITLE_TAIL = /(?:收入支出|收支|收入|支出)?(?:决算|预算)?(?:总|明细|情况|统计|汇总)?表(?:[（(][^（）()]*[）)])?$/;

/** The year some titles print first, maybe after the unit's name: 2023年度“三公”经费支出决算表, 交口街道办事处2021年度收入决算表. */
export const TITLE_YEAR = /^\D*?\d{4}年度?/;

/** The funds a title names its subject's money by, and 财政拨款 (安排的): 一般公共预算财政拨款, 一般公共预算及政府性基金财政拨款. */
const SUBJECT_FUNDS = /^(?:(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)[及和、]?)*(?:财政拨款)?(?:安排的?)?/;

const FUND = /一般公共预算|政府性基金|国有资本经营/g;

/** A total row's name: what it totals, 支出 maybe, and the total's word (小计 is a part's: “三公”经费小计 above 会议费). */
const NAMED_TOTAL = /^(.+?)(?:支出)?(合计|总计)$/;

const QUOTES = /[\s“”"'‘’「」]/g;

/**
 * The table's total where a top-level row prints it after the table's subject, the title less its year, its funds and
 * its 支出决算表 (“三公”经费合计, 三公经费合计 and 财政拨款“三公”经费支出合计 in a 一般公共预算财政拨款“三公”经费支出决算表;
 * 基本支出合计 in the 基本支出 table): real reports print their table's total so. Not where a row is 合计 or 总计 itself
 * (a printed 合计 is the total, the subject's rows above it parts), nor a row naming fewer funds than the title (一般公共预算
 * 财政拨款“三公”经费合计 in a 财政拨款 table is one fund's part), nor in a template's table holding rows outside its template's
 * (“三公”经费合计 over 会议费 and 培训费 is the three's subtotal, not the table's), nor a table whose subject is its funds
 * alone (财政拨款收入支出决算总表: its 收入合计, 财政拨款合计 may be a side's).
 */
export function subjectTotalOf(entries: readonly Entry[], title: string, totalRow: RegExp, template: TableTemplate | undefined, aliases: ReadonlyMap<string, string>): SubjectTotal | undefined {
    const bare = title.replace(QUOTES, '').replace(TITLE_YEAR, '').replace(TITLE_TAIL, '');
    const funds = SUBJECT_FUNDS.exec(bare)![0];
    const subject = bare.slice(funds.length);
    if (subject === '') return undefined;
    const rows = entries.filter(isRow).filter(node => !isColumnNumbersRow(node)).map(node => ({ node, ...rowCode(node) }));
    if (rows.some(row => totalRow.test(row.name))) return undefined;
    const totals = rows.flatMap(row => {
        const word = row.code === undefined ? subjectWord(row.name, subject, fundsOf(funds)) : undefined;
        return word ? [{ node: row.node, word }] : [];
    });
    if (totals.length !== 1) return undefined;
    const [total] = totals;
    const ofTemplate = (row: { node: Row; code?: string; name: string }) => row.node === total.node || row.code !== undefined
        || template?.rows?.includes(aliases.get(row.name) ?? row.name) || COUNT_ROW.test(row.name) || LEFT_OUT.test(row.name);
    return !template || rows.every(ofTemplate) ? total : undefined;
}

/** 合计 or 总计 where a row's name is its subject's total, naming no funds or the title's. */
function subjectWord(name: string, subject: string, titleFunds: string): string | undefined {
    const named = NAMED_TOTAL.exec(name.replace(QUOTES, ''));
    if (!named) return undefined;
    const [, totalled, word] = named;
    if (!totalled.endsWith(subject)) return undefined;
    const prefix = totalled.slice(0, totalled.length - subject.length);
    if (SUBJECT_FUNDS.exec(prefix)![0] !== prefix) return undefined;
    const own = fundsOf(prefix);
    return own === '' || own === titleFunds ? word : undefined;
}

/** The funds a title or a row names, sorted: the same funds compare equal whichever is printed first. */
function fundsOf(words: string): string {
    return (words.match(FUND) ?? []).sort().join('、');
}

/** A 小计 row among a row's children, as a printed table heads a group with its total (小计, then the parts). */
export function isGroupSubtotalRow(row: RowModel): boolean {
    return row.name === '小计' && row.code === undefined && row.parent !== undefined && row.children.length === 0;
}

/**
 * The mark of rows an excerpt leaves out (……): it has no figures, so a sum over its siblings is unknown
 * (their parent is at least the rows written), and their shares need not add up to 100%.
 */
export function isLeftOut(row: RowModel): boolean {
    return LEFT_OUT.test(row.name);
}

const LEFT_OUT = /^[…⋯]+$/;

/** -1 for a row printed as taken from its parent's sum (减：累计折旧 under 固定资产净值), else 1. */
export function subtractedSign(row: RowModel): 1 | -1 {
    return /^减[：:]/.test(row.name) ? -1 : 1;
}

/** The column holding a row's own figure (决算); none where a table written for another template's lacks it. */
export function actualColumn(row: RowModel): string | undefined {
    const template = row.table?.template;
    if (template) {
        if (template.actualColumn && row.columns.includes(template.actualColumn)) return template.actualColumn;
        const own = template.actualColumn ?? template.columns[0];
        if (row.table!.foreign.size === 0) {
            // the figure column left out, its parts written: a lone part is the figure (列【基本支出】, 列【决算数 { 一般公共预算 }】);
            // of several side by side (列【人员经费 公用经费】) the one a row fills is its figure, a row filling more has none
            // single (合计); another sum's parts (预算数·一般公共预算 before 决算数·一般公共预算) are never the figure
            const parts = row.columns.includes(own) ? [] : row.columns.filter(column => template.columnSums?.some(sum => sum.total === own && sum.parts.some(p => p.column === column)));
            if (parts.length === 0) return row.columns[0];
            const filled = parts.filter(column => holdsFigure(row.cells.get(column)));
            return parts.length === 1 ? parts[0] : filled.length > 1 ? undefined : filled[0] ?? parts[0];
        }
        // a table written for another template's (上海's 表九, 年初结转和结余 first, under a 支出决算表 of 合计 基本支出 项目支出):
        // the template's column of the row's figure where written, else one headed as any table's actual (决算数);
        // never another column the template lacks (预算数, 年初结转和结余), nor another of its own (基本支出)
        return row.columns.includes(own) ? own : row.columns.find(isActualHeading);
    }
    // a table of the report's own printed as the fund tables are (内蒙古's 项目收入支出决算表: 年初结转和结余 本年收入
    // 本年支出 年末结转和结余): a row's amount is its spending, as theirs is, not the balance it opens with
    if (row.table && /^年初/.test(row.columns[0] ?? '') && row.columns.includes('本年支出')) return '本年支出';
    // one printed with its budget before its actual (云县's “三公”经费统计表: 预算数 决算数, as the template's
    // “三公” table is): a row's amount is what it spent, not what it was allotted
    const actual = row.table ? row.columns.find(isActualHeading) : undefined;
    return actual ?? row.columns[0];
}

/** A cell printed with an amount: not blank (-), not zero. */
function holdsFigure(cell: Figure | undefined): boolean {
    return cell !== undefined && cell.stated && cell.blank === undefined && !cell.value.isZero();
}

// the heading of a year's actual as tables print it: 决算数, 本年决算数, 本年实际数, 全年执行数, 决算数（本年）; never a
// budget's (预算数, 预算执行数), last year's (上年决算数) nor a rate (执行率)
const ACTUAL_HEADING = /^(?:本年度?|全年|当年)?(?:决算|实际|执行)(?:数|金额|额)?(?:[（(](?:本年度?|当年)[）)])?$/;

export function isActualHeading(column: string): boolean {
    return ACTUAL_HEADING.test(column);
}

/** The table's columns its template knows (all of them for a table of the department's own). */
export function ownColumns(table: TableModel): readonly string[] {
    return table.foreign.size === 0 ? table.columns : table.columns.filter(column => !table.foreign.has(column));
}

/** Whether `row` is `container` or stands below it. */
export function isWithin(row: RowModel, container: RowModel): boolean {
    for (let r: RowModel | undefined = row; r; r = r.parent) if (r === container) return true;
    return false;
}

/** A side's total of the year's own figures (本年收入合计, 本年支出合计), before its balances and 总计. */
export function isYearTotal(row: RowModel): boolean {
    return /^本年.*合计$/.test(row.canonicalName);
}

/**
 * The sides of a two-sided table of no template's (贵州's own 非财政拨款收入支出决算总表; 天津's 财政拨款收入支出决算总表
 * written as 表5, a number of another table's), written 收入 { … } 支出 { … }, read as the template reads its own
 * two-sided tables: printed side by side, each side's sums checked, never as a list whose 收入 and 支出 lines would be
 * sums of their items with their 本年…合计, balances and 总计 too. Its balances are the rows between them but their
 * 其中 rows (结余分配 › 其中：提取职工福利基金), parts of a balance, as sideItems leaves them out of the items. Undefined unless each side closes with its 本年…合计 and 总计.
 */
export function ownSides(table: TableModel, ofWhich: RegExp): GroupTemplate[] | undefined {
    if (table.rows.length !== 2) return undefined;
    const groups = table.rows.map((side, i): GroupTemplate | undefined => {
        if (side.canonicalName !== ['收入', '支出'][i]) return undefined;
        const subtotal = side.children.findIndex(isYearTotal);
        const grandTotal = side.children.map(row => row.canonicalName).lastIndexOf('总计');
        if (subtotal < 0 || grandTotal < subtotal) return undefined;
        // a bare 其中 (其中：提取职工福利基金 …) leaves where its parts end untold: kept as a balance without figures, the
        // 总计 is then at least the balances before it
        const balances = side.children.slice(subtotal + 1, grandTotal).filter(row => row.name === '其中' || !isOfWhichRow(row, ofWhich)).map(row => row.canonicalName);
        return { name: side.canonicalName, rows: [], subtotal: side.children[subtotal].canonicalName, balances, grandTotal: '总计' };
    });
    return groups.every(group => group !== undefined) ? groups as GroupTemplate[] : undefined;
}

/**
 * The template's spec of a side of a two-sided table (收入, 支出 of 收入支出决算总表) where `side` is
 * one: its subtotal (本年收入合计), grand total (总计) and balance rows. Pass a row's parent for the
 * side it stands on.
 */
export function sideGroupOf(side: RowModel | undefined): GroupTemplate | undefined {
    return side?.table?.template?.groups?.find(g => g.name === side.canonicalName);
}

/** A two-sided table's sides' grand totals (收入's and 支出's 总计), which balance: one figure printed on each side. */
export function grandTotalRows(table: TableModel): RowModel[] {
    return table.rows.flatMap(side => side.children.filter(row => row.canonicalName === sideGroupOf(side)?.grandTotal));
}

/** The rows of a side the template fixes (本年支出合计, 总计, the balances): not items of it. */
export function fixedRows(group: GroupTemplate): ReadonlySet<string> {
    return new Set([group.subtotal, group.grandTotal, ...group.balances]);
}

/**
 * The rows a side writes between its subtotal and its grand total that the group does not fix (用事业基金弥补收支差额, as
 * older formats print it after 本年收入合计): sources of the grand total beside the balances, no items of the subtotal.
 * Only where some item comes before the subtotal: a side writing its subtotal first lists its items after it.
 */
export function rowsAfterSubtotal(side: RowModel, group: GroupTemplate, ofWhich: RegExp): RowModel[] {
    const fixed = fixedRows(group);
    const unfixed = (row: RowModel) => !fixed.has(row.canonicalName) && !isOfWhichRow(row, ofWhich);
    const rows = side.children;
    const subtotal = rows.findIndex(r => r.canonicalName === group.subtotal);
    if (subtotal < 0 || !rows.slice(0, subtotal).some(unfixed)) return [];
    const grandTotal = rows.findIndex(r => r.canonicalName === group.grandTotal);
    return rows.slice(subtotal + 1, grandTotal > subtotal ? grandTotal : undefined).filter(unfixed);
}

export function walkRows(rows: readonly RowModel[], visit: (row: RowModel) => void): void {
    for (const row of rows) {
        visit(row);
        walkRows(row.children, visit);
    }
}

interface RowContext {
    readonly table?: TableModel;
    readonly parent?: RowModel;
    readonly columns?: readonly string[];
    /** The unit of money each column's name prints (决算数（万元）), where one does. */
    readonly columnUnits?: readonly (string | undefined)[];
    readonly amountUnit: string;
    readonly context: string;
    /** The template's other names of rows. */
    readonly aliases: ReadonlyMap<string, string>;
    /** Rows are subject codes: a code listed flat under its parent's code, as printed, is its child. */
    readonly nestCodes?: boolean;
    /** Rows whose first cell is their printed 行次, not a figure. */
    readonly rowNumbers?: ReadonlySet<Row>;
}

/** Builds the row tree of a list of entries (projects and text fields are skipped here). */
export function buildRows(entries: readonly Entry[], ctx: RowContext): RowModel[] {
    const rows: RowModel[] = [];
    if (!ctx.nestCodes) {
        for (const node of entries) {
            if (!isRow(node) || (ctx.columns && isColumnNumbersRow(node))) continue;
            // a part of the row before (TableTemplate.rowParts) written flat after the braces of its other parts close, as
            // where a page breaks them (公务用车购置费 in its braces, 公务用车运行维护费 atop the next page): that row's child
            const previous = rows.at(-1);
            const name = ctx.aliases.get(rowCode(node).name) ?? rowCode(node).name;
            const partOf = previous !== undefined && previous.children.length > 0 && !previous.children.some(child => child.canonicalName === name)
                && ctx.table?.template?.rowParts?.get(previous.canonicalName)?.includes(name) ? previous : undefined;
            if (partOf) partOf.children.push(buildRow(node, contextUnder(partOf, ctx), partOf.children));
            else rows.push(buildRow(node, ctx, rows));
        }
        return rows;
    }
    // 201, 20101, 2010101 one under another as a printed table lists them: each the child of the
    // nearest row above whose code its own extends
    const open: RowModel[] = [];
    const segments = segmentCodes(entries, ctx);
    for (const node of entries) {
        if (!isRow(node) || isColumnNumbersRow(node)) continue;
        const code = segments.get(node) ?? rowCode(node).code;
        while (open.length > 0 && !extendsCode(code, open[open.length - 1].code)) open.pop();
        const parent = open[open.length - 1];
        const level = parent ? parent.children : rows;
        const row = buildRow(node, parent ? contextUnder(parent, ctx) : ctx, level, code);
        level.push(row);
        if (!row.code) open.length = 0;
        // the last rows of its braces stay open as well: a page that goes on flat after them (20805 { 2080501 }, then
        // 2080505 atop 表3（续）) lists their next rows by code
        for (let last: RowModel | undefined = row; last?.code; last = last.children.at(-1)) open.push(last);
    }
    return rows;
}

/** A code printed as the row's own segment only (05 on a 款 row under its 类 208, as some tables print it). */
const SEGMENT = /^\d{2}$/;

/**
 * The whole codes of rows printed with their own segment only, each run of them under a 类 (208, then 05 05 06 …) read
 * where the figures leave no doubt: all its 款 (20805, 20806) where they add up to the 类, as a table by 款 prints them;
 * or each 款 followed by its 项 (20805, 2080505, 2080506) where each 款's 项 add up to it and the 款 to the 类 (功能分类
 * only: 经济分类 has no 项). Segments rise within their parent. Otherwise the run stays as written.
 */
function segmentCodes(entries: readonly Entry[], ctx: RowContext): Map<Row, string> {
    const codes = new Map<Row, string>();
    const rows = entries.filter((node): node is Row => isRow(node) && !isColumnNumbersRow(node));
    for (let i = 0; i < rows.length; i++) {
        const type = rowCode(rows[i]).code;
        if (type?.length !== 3) continue;
        let end = i + 1;
        while (end < rows.length && SEGMENT.test(rowCode(rows[end]).code ?? '')) end++;
        const run = rows.slice(i + 1, end);
        readRun(type, rows[i], run, ctx)?.forEach((code, j) => codes.set(run[j], code));
        i = end - 1;
    }
    return codes;
}

function readRun(type: string, typeRow: Row, run: readonly Row[], ctx: RowContext): string[] | undefined {
    if (run.length === 0) return undefined;
    const total = rowAmounts(typeRow, ctx);
    const amounts = run.map(row => rowAmounts(row, ctx));
    const segments = run.map(row => rowCode(row).code!);
    const byKuan = rising(segments) ? reading([{ whole: total, parts: amounts }]) : undefined;
    if (byKuan) return segments.map(segment => type + segment);
    if (!type.startsWith('2')) return undefined;
    const codes: string[] = [];
    const items: { segment: string; total: Amounts; parts: Amounts[]; last?: string }[] = [];
    let orderly = true;
    run.forEach((_, j) => {
        const item = items.at(-1);
        if (item && !(item.parts.length > 0 && columnsOff(item.total, item.parts).size === 0)) {
            // a 项 of the open 款, whose 项 do not add up to it yet
            if (item.last !== undefined && segments[j] <= item.last) orderly = false;
            item.parts.push(amounts[j]);
            item.last = segments[j];
            codes.push(type + item.segment + segments[j]);
        } else {
            items.push({ segment: segments[j], total: amounts[j], parts: [] });
            codes.push(type + segments[j]);
        }
    });
    const read = orderly && items.every(item => item.parts.length > 0) && rising(items.map(item => item.segment))
        && reading([{ whole: total, parts: items.map(item => item.total) }, ...items.map(item => ({ whole: item.total, parts: item.parts }))]);
    return read ? codes : undefined;
}

/** A row's amounts by column (a blank as 0); undefined in a column whose cell is no plain amount. */
type Amounts = readonly (Figure | undefined)[];

/**
 * Whether a reading's sums leave no doubt: each holds in every column that has figures, save one column of one sum
 * where a single figure may be a slip (the sum rules then report it as in any table); and a column where all hold shows
 * a figure that is not zero (blank columns, 0 = 0 + 0, tell nothing).
 */
function reading(sums: readonly { whole: Amounts; parts: readonly Amounts[] }[]): boolean {
    const off = sums.map(sum => columnsOff(sum.whole, sum.parts));
    return off.reduce((count, columns) => count + columns.size, 0) <= 1
        && sums[0].whole.some((figure, k) => figure !== undefined && !figure.value.isZero() && off.every(columns => !columns.has(k)));
}

/** The columns in which the parts do not add up to the whole within their rounding (or one of them has no amount). */
function columnsOff(whole: Amounts, parts: readonly Amounts[]): Set<number> {
    const off = new Set<number>();
    for (let k = 0; k < Math.max(whole.length, ...parts.map(part => part.length)); k++) {
        const figures = [whole[k], ...parts.map(part => part[k])];
        if (figures.some(figure => figure === undefined) || !sumIntervals(parts.map(part => part[k]!.interval)).meets(whole[k]!.interval)) off.add(k);
    }
    return off;
}

function rising(segments: readonly string[]): boolean {
    return segments.every((segment, i) => i === 0 || segment > segments[i - 1]);
}

/** A row's figures as amounts, column by column, read as buildRow reads them. */
function rowAmounts(node: Row, ctx: RowContext): Amounts {
    return (ctx.rowNumbers?.has(node) ? node.cells.slice(1) : node.cells).map(cell => {
        if (cell.unit !== undefined) return undefined;
        const figure = statedFigure({ text: cell.value, unit: ctx.amountUnit, label: '', blankIsZero: true });
        return figure?.kind === 'amount' ? figure : undefined;
    });
}

function extendsCode(code: string | undefined, parent: string | undefined): boolean {
    return code !== undefined && parent !== undefined && code.length > parent.length && code.startsWith(parent);
}

/** The context of a row's children. Spelled out, not spread: a spread of the context cost half of buildRow. */
function contextUnder(row: RowModel, ctx: RowContext): RowContext {
    return { table: ctx.table, parent: row, columns: ctx.columns, columnUnits: ctx.columnUnits, amountUnit: ctx.amountUnit, context: row.context, aliases: ctx.aliases, nestCodes: ctx.nestCodes, rowNumbers: ctx.rowNumbers };
}

/**
 * A carry-over row of a side as the report names it (上年结转结余, 年终结转结余; 年初结转和结余 beside the
 * fund columns of 财政拨款收入支出决算总表): the side's balance row of the same end of the year. Printings
 * differ in 上年/年初, 年终/年末, 和, and whether 财政拨款 is said; which side and which end are not in doubt.
 */
function carryOverRow(name: string, side: RowModel | undefined): string | undefined {
    const end = carryOverEnd(name);
    const group = end === undefined ? undefined : sideGroupOf(side);
    if (!group || group.rows.includes(name)) return undefined;
    return group.balances.find(balance => carryOverEnd(balance) === end);
}

function carryOverEnd(name: string): 'opening' | 'closing' | undefined {
    if (!/结转/.test(name)) return undefined;
    return /^(上年|年初)/.test(name) ? 'opening' : /^(年末|年终)/.test(name) ? 'closing' : undefined;
}

/** Digits printed in brackets at the end of a row's name (事业运行（2010350）): its code where isBracketedCode says so. */
const BRACKETED_DIGITS = /^(.+?)[（(](\d+)[）)]$/;

/**
 * A row's subject code and its name without it: written before the name, or printed in brackets after it (as some
 * tables print it), or both alike (2010301 行政运行(2010301)).
 */
export function rowCode(node: Row): { code?: string; name: string } {
    // a row cut short while typing may have no name yet: the parser recovered without one
    const name = node.name ?? '';
    const bracketed = BRACKETED_DIGITS.exec(name);
    if (!bracketed || (node.code !== undefined && node.code !== bracketed[2]) || !isBracketedCode(bracketed[1], bracketed[2])) return { code: node.code, name };
    return { code: bracketed[2], name: bracketed[1] };
}

/** `fullCode`: the code read for a row printed with its own segment only (segmentCode). */
function buildRow(node: Row, ctx: RowContext, siblings: RowModel[], fullCode?: string): RowModel {
    const { code: written, name } = rowCode(node);
    const code = fullCode ?? written;
    // a template's table names its subject's total as its own (“三公”经费合计: 合计), which the ties find
    const aliased = ctx.aliases.get(name) ?? (ctx.table?.template && ctx.table.subjectTotal?.node === node ? ctx.table.subjectTotal.word : undefined) ?? name;
    const label = code ? `${code} ${name}` : name;
    // outside the tables a row's columns are the units of its figures, in the order met
    const units: string[] = [];
    const context = `${ctx.context} › ${label}`;
    const row: RowModel = {
        node,
        name,
        ordinal: node.ordinal,
        // a Map: a lookup by a name from the text in an object cost a tenth of building the rows
        canonicalName: carryOverRow(aliased, ctx.parent) ?? aliased,
        code,
        parent: ctx.parent,
        table: ctx.table,
        siblings,
        children: [],
        columns: ctx.columns ?? units,
        cells: new Map(),
        attributes: new Map(),
        texts: new Map(),
        context,
    };
    const inTable = ctx.columns !== undefined;
    // a row of a table named as a rate (执行率, 百分比) holds rates in every column
    const rateRow = inTable && isRateColumn(name);
    const rates = inTable ? rateColumnsOf(ctx.columns!) : undefined;
    // a heading printing % (增长率（%）): the bare numbers under it are percentages
    const percents = inTable ? percentColumnsOf(ctx.columns!) : undefined;
    const points = inTable ? pointsColumnsOf(ctx.columns!) : undefined;
    // a counting row's figures are counts in its unit, written bare (公务用车保有量（辆） 3) or blank (-: none)
    const countUnit = inTable ? COUNT_ROW.exec(name)?.[2] : undefined;
    const cells = ctx.rowNumbers?.has(node) ? node.cells.slice(1) : node.cells;
    const split = splitCells(cells, { outside: !inTable, tooMany: inTable && cells.length > ctx.columns!.length });
    const joinedFrom = inTable ? firstJoined(cells) : Infinity;
    cells.forEach((cell, index) => {
        const column = ctx.columns ? ctx.columns[index] : cellUnit(cell, ctx.amountUnit);
        if (column === undefined) return; // more cells than columns: the checks report it
        if (!ctx.columns && !units.includes(column)) units.push(column);
        const rate = inTable && (rateRow || rates![index]);
        const percent = inTable && (isPercentHeading(name) || percents![index]);
        // a column printing another unit of money than the report's (决算数（元） in 万元) holds figures no sum may mix
        const columnUnit = ctx.columnUnits?.[index];
        const suspect = index >= joinedFrom ? 'joined-cells' : split?.has(cell) ? 'split-number'
            : unitSuspicion(cell.value, cell.unit ?? columnUnit, ctx.amountUnit, inTable, undefined, rate, percent);
        const unit = rate ? '%' : ctx.columns ? countUnit ?? columnUnit ?? (points![index] ? POINTS : ctx.amountUnit) : column;
        const figure = figureOf(cell, unit, context, ctx.columns ? columnSuffix(name, column) : '', true, suspect, percent);
        if (figure) row.cells.set(column, figure);
    });
    for (const attribute of node.attributes) {
        if (attribute.text !== undefined) {
            row.texts.set(attribute.key, attribute.text);
            continue;
        }
        const byColumn = new Map<string, Figure>();
        const splitValues = splitCells(attribute.values, { outside: false, tooMany: inTable && attribute.values.length > ctx.columns!.length });
        const valuesJoinedFrom = inTable ? firstJoined(attribute.values) : Infinity;
        attribute.values.forEach((cell, index) => {
            // one value belongs to the row's own figure (决算数 in 附表10 whatever the column order)
            const column = attribute.values.length === 1
                ? actualColumn(row) ?? ctx.amountUnit
                : row.columns[index];
            if (column === undefined) return;
            const rate = inTable && (rateRow || attribute.values.length > 1 && rates![index]);
            const percent = rate && (isPercentHeading(name) || attribute.values.length > 1 && percents![index]);
            // a value of a column printing its unit of money (决算数（万元） in a report in 元) is in that unit, as the column's figure
            // is; a rate (增长 12 without %) is not, so it is still suspected of being an amount
            const columnUnit = RATE_ATTRIBUTES.has(attribute.key) ? undefined : ctx.columnUnits?.[row.columns.indexOf(column)];
            const unit = rate ? '%' : ctx.columns ? countUnit ?? columnUnit ?? (points![row.columns.indexOf(column)] ? POINTS : ctx.amountUnit) : column;
            const suspect = index >= valuesJoinedFrom ? 'joined-cells' : splitValues?.has(cell) ? 'split-number'
                : unitSuspicion(cell.value, cell.unit ?? columnUnit, ctx.amountUnit, inTable, attribute.key, rate, percent);
            const figure = figureOf(cell, unit, context, `${index > 0 ? ` ${column}` : ''} ${attribute.key}`, false, suspect, percent);
            if (figure) byColumn.set(column, figure);
        });
        row.attributes.set(attribute.key, byColumn);
    }
    lastYearFromColumn(row);
    budgetsFromColumns(row);
    for (const child of buildRows(node.entries, contextUnder(row, ctx))) row.children.push(child);
    return row;
}

/** A 行次 or 栏次 as printed: a bare whole number (no unit, no decimals, no grouping). */
function isSerial(cell: Cell): boolean {
    return cell.unit === undefined && /^\d{1,3}$/.test(cell.value);
}

/** A 栏次 row copied from under a printed table's header (栏次 1 2 3 …): the columns' numbers, no figures. */
export function isColumnNumbersRow(node: Row): boolean {
    return node.name === '栏次' && node.code === undefined && node.cells.length > 1 && node.entries.length === 0 && node.attributes.length === 0
        && node.cells.every(isSerial) && node.cells.every((cell, i) => i === 0 || Number(cell.value) > Number(node.cells[i - 1].value));
}

/**
 * The rows of a table copied with their 行次 before their figures (一、一般公共预算财政拨款收入 1 38,562,310.45). Shown by
 * at least three rows holding one number more than the table has columns, the first a bare whole number, rising row by
 * row down the table: a table whose first column is truly small whole numbers (counts, a 合计 of 1) holds no more numbers
 * than its columns. So shown, a row holding fewer numbers (a narrower side, 收入 beside 支出's four funds; trailing blanks
 * left off, 二、政府性基金预算财政拨款收入 2) is numbered too where its first number falls between its neighbours'. The
 * numbers must look like a 行次 (looksLikeRowNumbers), not a column of rising whole amounts in 元.
 */
export function rowNumberRows(entries: readonly Entry[], columns: number): ReadonlySet<Row> {
    const rows: Row[] = [];
    const visit = (list: readonly Entry[]): void => {
        for (const node of list) {
            if (!isRow(node) || isColumnNumbersRow(node)) continue;
            rows.push(node);
            visit(node.entries);
        }
    };
    visit(entries);
    const serial = (row: Row): number | undefined => row.cells.length > 0 && isSerial(row.cells[0]) ? Number(row.cells[0].value) : undefined;
    const wide = rows.filter(row => row.cells.length === columns + 1 && serial(row) !== undefined);
    if (wide.length < 3 || !wide.every((row, i) => i === 0 || serial(row)! > serial(wide[i - 1])!)) return new Set();
    const numbered = new Set(wide);
    let previous = 0;
    let next = 0;
    for (const row of rows) {
        if (numbered.has(row)) {
            previous = serial(row)!;
            next++;
            continue;
        }
        const value = serial(row);
        if (value !== undefined && row.cells.length <= columns && value > previous && value < (next < wide.length ? serial(wide[next])! : Infinity)) {
            numbered.add(row);
            previous = value;
        }
    }
    const inOrder = rows.filter(row => numbered.has(row));
    return looksLikeRowNumbers(inOrder.map(row => serial(row)!), rows.length) ? new Set(inOrder) : new Set();
}

/**
 * Whether rising whole numbers look like a printed 行次: starting at 1 (or just after a row or two left out), mostly
 * one or two apart, the last not far past the table's rows (the national 收入支出决算总表 numbers its 支出 side on from
 * its 收入 side's last printed number, blank rows left out of the copy). Rising amounts (120, 150, 300…) do not.
 */
function looksLikeRowNumbers(numbers: readonly number[], rows: number): boolean {
    const steps = numbers.slice(1).map((n, i) => n - numbers[i]);
    return numbers[0] <= 3 && steps.filter(step => step <= 2).length * 2 >= steps.length && numbers[numbers.length - 1] <= rows + 50;
}

/** A column of last year's figure (上年决算数, 上年数, 上年度实际). */
export const LAST_YEAR_COLUMN = /^(?:上年度?|上年同期)(?:决算|实际)?(?:数|金额)?$/;

/**
 * A template's table printing last year's figure in a column of its own beside the row's (“三公”经费表:
 * 上年决算数 预算数 决算数): that column, no figure of the template's, is each row's 上年 of its figure, as if
 * written `上年 …`; a row writing 上年 itself keeps its own.
 */
function lastYearFromColumn(row: RowModel): void {
    const table = row.table;
    if (!table || row.attributes.has('上年')) return;
    const column = lastYearColumn(table);
    const last = column === undefined ? undefined : row.cells.get(column);
    const own = last?.kind === 'amount' ? actualColumn(row) : undefined;
    if (last && own) row.attributes.set('上年', new Map([[own, last]]));
}

/**
 * The one column of last year's figure a template's table prints beside its own (上年决算数); none where it prints
 * two (上年决算数 上年预算数 … whose 上年 is which, the words do not tell) or none.
 */
export function lastYearColumn(table: TableModel): string | undefined {
    if (!table.template || table.foreign.size === 0) return undefined;
    const columns = [...table.foreign].filter(column => LAST_YEAR_COLUMN.test(column));
    return columns.length === 1 ? columns[0] : undefined;
}

/** A budget's column (预算数, 年初预算数, 全年预算数, 调整后预算数), or its heading over several: its kind where it names one. */
const BUDGET_COLUMN = /^(?:(年初|全年|调整)后?)?预算(?:数|金额)?$/;

/** A column of a template table holding a budget: the row attribute it is, and the template's column it is the budget of. */
export interface BudgetColumn {
    readonly key: '预算' | '年初预算' | '全年预算' | '调整预算';
    /** The template's column (合计 for 预算数·合计); undefined for one column alone, the budget of the row's own figure. */
    readonly of?: string;
}

/**
 * A template's table printing budgets its template has no column for (上海 表五: 年初预算数 全年预算数 决算数 { 合计 基本支出
 * 项目支出 }, or 预算数 { 合计 基本支出 项目支出 } beside 决算数 { … }): each such column is each row's budget of its kind, as
 * if written `年初预算 …`, which a sentence's 完成年初预算 is checked against and which adds up over rows and columns as the
 * figures do; a row writing that budget itself keeps its own.
 */
function budgetsFromColumns(row: RowModel): void {
    const table = row.table;
    if (!table || table.foreign.size === 0) return;
    const own = actualColumn(row);
    const found = new Map<string, Map<string, Figure>>();
    for (const [column, { key, of }] of budgetKindColumns(table)) {
        const budget = row.cells.get(column);
        const under = of ?? own;
        // a budget printed blank (-) is one the table does not give, not a budget of 0: an item row under a 类 whose
        // budget only the 类 prints has no completion to work out, and the report prints none
        if (!under || budget?.kind !== 'amount' || budget.blank !== undefined || row.attributes.has(key)) continue;
        let byColumn = found.get(key);
        if (!byColumn) found.set(key, byColumn = new Map());
        byColumn.set(under, budget);
    }
    for (const [key, byColumn] of found) row.attributes.set(key, byColumn);
}

/**
 * The budget columns of a template table that are none of its template's columns (年初预算数 → 年初预算, 预算数·基本支出 →
 * 预算 of 基本支出), as `budgetsFromColumns` reads them; a budget's column under a heading the template knows no column
 * of is left out, and stays unknown.
 */
export function budgetKindColumns(table: TableModel): ReadonlyMap<string, BudgetColumn> {
    // worked out once per table, not for each of its rows
    let found = BUDGET_KIND_COLUMNS.get(table);
    if (found) return found;
    found = new Map();
    BUDGET_KIND_COLUMNS.set(table, found);
    const template = table.template;
    if (!template) return found;
    const known = [...template.columns, ...template.extraColumns ?? []];
    for (const column of table.foreign) {
        const heading = groupHeading(column);
        const budget = BUDGET_COLUMN.exec(heading);
        if (!budget) continue;
        const key = budget[1] ? `${budget[1] as '年初' | '全年' | '调整'}预算` as const : '预算';
        if (heading === column) {
            found.set(column, { key });
            continue;
        }
        const of = columnUnderHeading(column.slice(heading.length + COLUMN_GROUP_JOINT.length), known, template.columnAliases);
        if (of !== undefined) found.set(column, { key, of });
    }
    return found;
}

/**
 * The budgets a table prints that its template has no column for, each once: a column alone (年初预算数) or a group's
 * heading (预算数 of 预算数 { 合计 基本支出 项目支出 }), whichever columns the group has.
 */
export function foreignBudgets(table: TableModel): string[] {
    return [...new Set([...table.foreign].map(groupHeading).filter(heading => BUDGET_COLUMN.test(heading)))];
}

/** A column's group heading (预算数 of 预算数·合计), or the column itself where it is in no group. */
function groupHeading(column: string): string {
    const joint = column.indexOf(COLUMN_GROUP_JOINT);
    return joint < 0 ? column : column.slice(0, joint);
}

const BUDGET_KIND_COLUMNS = new WeakMap<TableModel, Map<string, BudgetColumn>>();

/** Which of a table's columns hold rates, worked out once for all its rows: the rows share their table's list. */
const RATE_COLUMNS = new WeakMap<readonly string[], readonly boolean[]>();

function rateColumnsOf(columns: readonly string[]): readonly boolean[] {
    let found = RATE_COLUMNS.get(columns);
    if (!found) RATE_COLUMNS.set(columns, found = columns.map(isRateColumn));
    return found;
}

/** Which of a table's columns print % in their headings, worked out once as the rates are. */
const PERCENT_COLUMNS = new WeakMap<readonly string[], readonly boolean[]>();

function percentColumnsOf(columns: readonly string[]): readonly boolean[] {
    let found = PERCENT_COLUMNS.get(columns);
    if (!found) PERCENT_COLUMNS.set(columns, found = columns.map(isPercentHeading));
    return found;
}

/** Which of a table's columns hold points (分值, 得分), worked out once as the rates are. */
const POINTS_COLUMNS = new WeakMap<readonly string[], readonly boolean[]>();

function pointsColumnsOf(columns: readonly string[]): readonly boolean[] {
    let found = POINTS_COLUMNS.get(columns);
    if (!found) POINTS_COLUMNS.set(columns, found = columns.map(isPointsColumn));
    return found;
}

/** The grammar's units things are counted in: all but money's, a longer one before its head (人次 before 人). */
export const COUNT_UNITS: readonly string[] = GRAMMAR_UNITS.filter(unit => unit !== '万元' && unit !== '元');
/** A table row that counts something, its unit in brackets after its name: 国内公务接待批次（个）, 公务用车保有量（辆）. */
export const COUNT_ROW = new RegExp(`^(.+?)（(${COUNT_UNITS.join('|')})）$`);
/** A unit things are counted in (a table's 单位行 「单位：人」). */
export const COUNT_UNIT = new RegExp(`^(?:${COUNT_UNITS.join('|')})$`);

function cellUnit(cell: Cell, amountUnit: string): string {
    if (/[%％]$/.test(cell.value)) return '%';
    return cell.unit ?? amountUnit;
}

/**
 * A cell's column as its label names it after the row: none where the column is named as the row is (合计's 合计, under
 * 决算数 or alone: 「表五 › 合计」, not 「表五 › 合计 合计」).
 */
export function columnSuffix(rowName: string, column: string): string {
    return column === rowName ? '' : ` ${column}`;
}

function figureOf(cell: Cell, unit: string, place: string, name: string, blankIsZero: boolean, suspect: Suspicion | undefined, percent = false): Figure | undefined {
    return statedFigure({ text: cell.value, unit: cell.unit ?? unit, label: place + name, place, node: cell as AstNode, blankIsZero, suspect, percent });
}

/**
 * The index of a table run's first cell joined to others by a “/” (100.00/0.00), from which on none is used: which
 * column each is for is unknown. Infinity when none is.
 */
export function firstJoined(cells: readonly Cell[]): number {
    // a “/” is rare among a run's cells: most runs are passed over here
    if (!cells.some(cell => cell.value === '/')) return Infinity;
    const text = cells[0].$cstNode?.root.fullText;
    const joined = text === undefined ? [] : joinedCells(cells, text);
    return joined.length > 0 ? cells.indexOf(joined[0].cells[0]) : Infinity;
}

/** The cells of a run that are one number written with spaces inside; undefined when there are none. */
function splitCells(cells: readonly Cell[], options: { outside: boolean; tooMany: boolean }): Set<Cell> | undefined {
    // only a short number followed by another can be one: most runs are passed over here
    if (!cells.some((cell, i) => i + 1 < cells.length && /^-?[1-9]\d{0,2}$/.test(cell.value ?? ''))) return undefined;
    const text = cells[0].$cstNode?.root.fullText;
    if (text === undefined) return undefined;
    const found = splitNumbers(cells, text, options);
    return found.length > 0 ? new Set(found.flatMap(split => split.cells)) : undefined;
}
