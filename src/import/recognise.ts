// Finds the template's tables in the sheets of a workbook and reads them: each table by its
// printed title (or label, or the sheet's name), one per sheet or several in one sheet; its
// header rows, merged cells included, matched to the template's columns; codes in one column or
// split into 类/款/项; names and their nesting; blanks apart from zeros; the sheet's 单位.
// Whatever cannot be read safely is a problem naming the sheet and cell; nothing is guessed.
import { Decimal } from 'decimal.js';
import type { Sheet, SheetCell, Workbook } from './workbook.js';
import { cellAddress } from './workbook.js';
import type { TableShape } from './template-tables.js';
import { asName, leadingIndent, normalise, withoutOfWhich, withoutOrdinal } from './text.js';
import { where } from './problems.js';
import { CodeCatalogue, spanFor } from '../catalogue/catalogue.js';
import { leadingTableLabel, parseTableLabel } from '../model/table-label.js';
import { isBlankCell, YUAN_PER_MONEY_UNIT } from '../model/figure.js';
import { COUNT_ROW } from '../model/rows.js';
import { TOTAL_ROW } from '../templates/shared/tables.js';
import { isGroupTotal } from '../templates/template.js';

/** A figure read from a cell: empty (as printed), an amount in the report's unit, or a count its number format shows. */
export type ImportedValue =
    /** `printed`: a blank the report can write as the cell prints it (/ for 不适用), else it is written - */
    | { readonly kind: 'blank'; readonly address: string; readonly printed?: string }
    | { readonly kind: 'amount'; readonly value: Decimal; readonly address: string }
    /** A count in its unit (3辆), as its cell's number format shows it: no amount, never converted. */
    | { readonly kind: 'count'; readonly value: Decimal; readonly unit: string; readonly address: string };

/** Whether a value states a figure (an amount or a count), not an empty cell. */
export function isFigure(value: ImportedValue | undefined): boolean {
    return value?.kind === 'amount' || value?.kind === 'count';
}

export interface ImportedRow {
    readonly code?: string;
    readonly name: string;
    readonly cells: Map<string, ImportedValue>;
    readonly children: ImportedRow[];
    /** The sheet row it was read from. */
    readonly line: number;
}

export interface ImportedTable {
    readonly shape: TableShape;
    readonly sheet: string;
    /** The cells the table takes: A1:H40. */
    readonly range: string;
    /** The unit the sheet states (元, 万元), or undefined where it states none. */
    readonly sheetUnit?: string;
    /** The template's columns the sheet has, in the sheet's order. */
    readonly columns: readonly string[];
    readonly rows: readonly ImportedRow[];
    /** The table says it has no data; the statement printed with it, if any. */
    readonly empty?: { readonly statement?: string };
    /** The notes printed under the table (注：…, 说明：…), each with its lines, but the one an empty table's statement is. */
    readonly notes: readonly ImportedNote[];
    /** Facts about the report found around the table: 部门, 年度. */
    readonly department?: string;
    readonly year?: number;
}

/** A note under a table: 注：本表反映…, its key (注, 说明, 备注) and its text after the key. */
export interface ImportedNote {
    readonly key: string;
    readonly text: string;
}

export interface Recognised {
    readonly tables: ImportedTable[];
    /** The year a sheet without tables states (a cover's 2021年度部门决算): the report's where no table states one. */
    year?: number;
    /** Every table found by its title or label, read or not: what tells the templates apart. */
    readonly printed: PrintedTable[];
    readonly problems: string[];
    readonly notes: string[];
}

/** A table as the workbook prints it over its header. */
export interface PrintedTable {
    readonly sheet: string;
    /** The row of its title, else of its first line. */
    readonly row: number;
    /** The template's title the title line prints (normalised); absent where the table was found by its label or sheet. */
    readonly title?: string;
    /** The label printed with it (normalised): 附表6, 表六, 公开05表. */
    readonly label?: string;
}

/** Units amounts are printed in, by their value in 元. */
const UNIT_TEXT = /(?:金额)?单位\s*[:：]\s*(亿元|万元|千元|元)/u;
const DEPARTMENT_TEXT = /^(?:编制|填报|预算)?(?:部门|单位)(?:名称)?\s*[:：]\s*(.+)$/u;
/** 2023年度, （2023年）, or the year after its key: 决算年度：2024, 年度: 2024. */
const YEAR_TEXT = /(20\d{2})\s*年度?|(?:决算)?年度\s*[:：]\s*(20\d{2})/u;
/** A line stating the year alone: （2023年度）, 决算年度：2024. */
const YEAR_LINE = /^(?:[(（]?\s*20\d{2}\s*年度?\s*[)）]?|(?:决算)?年度\s*[:：]\s*20\d{2}\s*年?度?)$/u;
/** A cover's title: 某区教育局2021年度部门决算 (not a plan or a budget of another year). */
const COVER_YEAR = /(20\d{2})\s*年度?[^，。,;；]{0,10}决算/u;

function yearOf(text: string): number | undefined {
    const match = YEAR_TEXT.exec(text);
    return match ? Number(match[1] ?? match[2]) : undefined;
}
const LABEL_TEXT = /^(?:附表|表|公开)\s*[0-9一二三四五六七八九十]+\s*表?$/u;
const NOTE_TEXT = /^(?:注|说明|备注)\s*[:：\d]/u;
/** A further line of a note: an item of it (1.…, （2）…, ③…) or a sentence (。，；), not a heading (二、…, 第三部分…) or a bare title or page number. */
const NOTE_ITEM = /^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])/u;
const HEADING_TEXT = /^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+部分)/u;
function continuesNote(text: string): boolean {
    return !HEADING_TEXT.test(text) && (NOTE_ITEM.test(text) || /[。，；,;]/u.test(text));
}
const EMPTY_TEXT = /无数据|没有数据|无(?:此项|相关)?(?:收入|支出)|空表/u;
// the blanks the grammar reads (isBlankCell), runs of them joined by / as the grammar reads -/- (-/-, —/—, //: one cell,
// written -), and an empty cell; ~ is none (a range), told as text where an amount belongs
const BLANK_TEXT = /^(?:[-—–－―/]+|\s*)$/u;
const NUMBER_TEXT = /^[-+]?[\d,，]*\.?\d+$|^\([\d,.]+\)$/u;
const CODE = /^\d{3}(?:\d{2}){0,2}$/u;

interface Options {
    readonly shapes: readonly TableShape[];
    /** Decimals the report writes amounts with. */
    readonly decimals: number;
    /** The report's amount unit (万元). */
    readonly unit: string;
    /** The report's year, for the names of codes. */
    readonly year?: number;
}

/** Reads every visible sheet of the workbook. */
export function recogniseWorkbook(workbook: Workbook, options: Options): Recognised {
    const result: Recognised = { tables: [], printed: [], problems: [], notes: [] };
    for (const sheet of workbook.sheets) {
        if (sheet.hidden) {
            result.notes.push(`跳过隐藏的工作表「${sheet.name}」。`);
            continue;
        }
        new SheetReader(sheet, options, result).read();
    }
    // one table, one place: a second sheet claiming it is the user's to sort out
    const byNumber = new Map<number, ImportedTable>();
    for (const table of result.tables) {
        const first = byNumber.get(table.shape.number);
        if (first) {
            result.problems.push(`${where(first.sheet)} ${first.range} 和 ${where(table.sheet)} ${table.range} 都是「${table.shape.title}」，`
                + '无法确定以哪一个为准。请删除或隐藏其中一个后再导入。');
        } else {
            byNumber.set(table.shape.number, table);
        }
    }
    return result;
}

interface Block {
    readonly shape: TableShape;
    /** The title the title row prints, when the table was found by it. */
    readonly title?: string;
    /** The first row of the table (its label or title) and the title's row. */
    readonly top: number;
    readonly titleRow: number;
    readonly bottom: number;
}

/** A column of a table as its header describes it. */
type ColumnRole =
    | { readonly kind: 'code'; readonly part: 'whole' | '类' | '款' | '项' }
    | { readonly kind: 'name' }
    | { readonly kind: 'value'; readonly column: string }
    | { readonly kind: 'ignored' }
    | { readonly kind: 'unknown'; readonly header: string; readonly leaf: string };

interface Column {
    readonly index: number;
    /** The header's texts over the column, top to bottom. */
    readonly path: readonly string[];
    readonly role: ColumnRole;
    /** 收入 or 支出, in a two-sided table. */
    readonly side?: string;
}

interface WideColumn extends Column {
    /** The template's rows over the column, outermost first. */
    readonly rows: readonly string[];
}

interface ParsedRow {
    readonly code?: string;
    readonly name: string;
    readonly indent: number;
    readonly ofWhich: boolean;
    readonly total: boolean;
    readonly cells: Map<string, ImportedValue>;
    readonly line: number;
}

class SheetReader {
    /** The merged range each covered cell belongs to. */
    private readonly merged = new Map<string, { top: number; left: number; bottom: number; right: number }>();

    constructor(private readonly sheet: Sheet, private readonly options: Options, private readonly result: Recognised) {
        for (const m of sheet.merges) {
            // a merge over a whole row or column is formatting, not a table's cell
            if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 5000) continue;
            for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.merged.set(`${r},${c}`, m);
        }
    }

    read(): void {
        const blocks = this.blocks();
        if (blocks.length === 0) {
            if (this.hasNumbers()) {
                this.result.problems.push(`${where(this.sheet.name)}中没有认出模板中的任何一张表（按表名、表号或工作表名称查找）。`
                    + '请确认表名（如“收入决算表”）在表格上方，或删除、隐藏这个工作表后再导入。');
            } else {
                this.result.notes.push(`跳过工作表「${this.sheet.name}」：其中没有数字。`);
                // a cover (某区教育局2021年度部门决算) states the year of the whole workbook
                for (const line of this.sheet.cells.values()) {
                    for (const cell of line.values()) {
                        const cover = cell.value.kind === 'text' ? COVER_YEAR.exec(cell.value.value) : null;
                        if (cover) this.result.year ??= Number(cover[1]);
                    }
                }
            }
            return;
        }
        for (const block of blocks) {
            const table = this.table(block);
            if (table) this.result.tables.push(table);
        }
    }

    // ---- cells ---------------------------------------------------------------------------

    private cell(row: number, column: number): SheetCell | undefined {
        return this.sheet.cells.get(row)?.get(column);
    }

    /** The cell that shows at a position: the first cell of the merged range covering it. */
    private shown(row: number, column: number): SheetCell | undefined {
        const m = this.merged.get(`${row},${column}`);
        return m ? this.cell(m.top, m.left) : this.cell(row, column);
    }

    private text(cell: SheetCell | undefined): string {
        if (!cell) return '';
        if (cell.value.kind === 'text') return cell.value.value;
        if (cell.value.kind === 'number') return String(cell.value.value);
        return '';
    }

    private rowCells(row: number): SheetCell[] {
        return [...(this.sheet.cells.get(row)?.values() ?? [])].sort((a, b) => a.column - b.column);
    }

    private hasNumbers(): boolean {
        for (const line of this.sheet.cells.values()) for (const cell of line.values()) if (cell.value.kind === 'number') return true;
        return false;
    }

    // ---- finding tables ------------------------------------------------------------------------

    /** The tables of the sheet: a title row starts each, and it runs to the next one. */
    private blocks(): Block[] {
        const starts: { shape: TableShape; title?: string; top: number; titleRow: number }[] = [];
        for (let r = 1; r <= this.sheet.rows; r++) {
            const found = this.titleOf(r);
            if (!found) continue;
            // a label line (公开01表) just above the title belongs to the table
            let top = r;
            while (top > 1 && top > (starts.at(-1)?.titleRow ?? 0) + 1 && this.isLabelRow(top - 1)) top--;
            starts.push({ ...found, top, titleRow: r });
        }
        if (starts.length === 0) {
            // no title printed: a label line, or the sheet's own name, says which table it is
            const byLabel = this.labelledRow();
            const shape = byLabel?.shape ?? this.shapeByName(this.sheet.name);
            if (shape) starts.push({ shape, top: byLabel?.row ?? 1, titleRow: byLabel?.row ?? 0 });
        }
        return starts.map((s, i) => ({ ...s, bottom: (starts[i + 1]?.top ?? this.sheet.rows + 1) - 1 }));
    }

    /** The table whose title a row prints: a line of few text cells holding the longest matching title. */
    private titleOf(row: number): { shape: TableShape; title: string } | undefined {
        const cells = this.rowCells(row);
        if (cells.length === 0 || cells.length > 3 || cells.some(c => c.value.kind !== 'text')) return undefined;
        const text = normalise(cells.map(c => this.text(c)).join(''));
        let best: { shape: TableShape; title: string } | undefined;
        for (const shape of this.options.shapes) {
            for (const title of shape.titles) {
                // a title line may add the year, the department or 公开NN表, but not a paragraph
                if (title.length > (best?.title.length ?? 0) && text.includes(title) && text.length <= title.length + 40) best = { shape, title };
            }
        }
        return best;
    }

    private isLabelRow(row: number): boolean {
        const cells = this.rowCells(row);
        return cells.length > 0 && cells.every(c => LABEL_TEXT.test(normalise(this.text(c))) || UNIT_TEXT.test(this.text(c)));
    }

    private labelledRow(): { shape: TableShape; row: number } | undefined {
        for (let r = 1; r <= Math.min(this.sheet.rows, 10); r++) {
            for (const cell of this.rowCells(r)) {
                const text = normalise(this.text(cell));
                const number = LABEL_TEXT.test(text) ? parseTableLabel(text).number : undefined;
                const shape = number === undefined ? undefined : this.options.shapes.find(s => s.number === number);
                if (shape) return { shape, row: r };
            }
        }
        return undefined;
    }

    private shapeByName(name: string): TableShape | undefined {
        const text = normalise(name);
        const byTitle = [...this.options.shapes].sort((a, b) => b.title.length - a.title.length).find(s => s.titles.some(t => text.includes(t)));
        const number = leadingTableLabel(text)?.number;
        return byTitle ?? (number === undefined ? undefined : this.options.shapes.find(s => s.number === number));
    }

    // ---- reading one table ---------------------------------------------------------------------

    private table(block: Block): ImportedTable | undefined {
        const { shape } = block;
        const name = `「${shape.title}」`;
        const meta = { unit: undefined as string | undefined, department: undefined as string | undefined, year: undefined as number | undefined, label: undefined as string | undefined };
        // the lines between the title and the header: 公开NN表, 部门：…, 单位：元, （2023年度）
        let r = Math.max(block.top, block.titleRow);
        const readMeta = (row: number) => {
            for (const cell of this.rowCells(row)) {
                const text = this.text(cell).trim();
                const unit = UNIT_TEXT.exec(text);
                if (unit) meta.unit = unit[1];
                // 部门：某局　　　　单位：元 may share one cell
                // 部门：某局　　决算年度：2024 likewise
                const department = DEPARTMENT_TEXT.exec(text.replace(UNIT_TEXT, '').replace(/(?:决算)?年度\s*[:：]\s*20\d{2}\s*年?度?/u, '').replace(/\s+/g, ' ').trim());
                if (department && department[1].trim() !== '') meta.department = department[1].trim();
                // 编制日期：2024年3月 is when the tables were made, the year after the accounts'
                if (!/日期/u.test(text)) meta.year ??= yearOf(text);
                if (LABEL_TEXT.test(normalise(text))) meta.label ??= normalise(text);
            }
        };
        for (let row = block.top; row <= block.titleRow; row++) readMeta(row);
        r++;
        while (r <= block.bottom && this.isMetaRow(r)) readMeta(r++);
        this.result.printed.push({ sheet: this.sheet.name, row: block.titleRow || block.top, title: block.title, label: meta.label });
        const headerTop = r;
        if (headerTop > block.bottom) {
            this.result.problems.push(`${where(this.sheet.name)}的${name}只有表名，没有表头和数据（表在第 ${block.top}–${block.bottom} 行）。表可能被截断了：请检查工作簿。`);
            return undefined;
        }
        // the header: rows of text down to the first line of figures (the 栏次 line is part of it)
        let headerBottom = headerTop;
        for (let row = headerTop; row <= block.bottom; row++) {
            if (this.isDataRow(row, headerTop) || this.isStatementRow(row) || this.isBlankRow(row)) break;
            headerBottom = row;
            // a cell merged downwards keeps the header open
            for (const cell of this.rowCells(row)) {
                const m = this.merged.get(`${row},${cell.column}`);
                if (m && m.bottom > headerBottom) headerBottom = Math.min(m.bottom, block.bottom);
            }
            row = headerBottom;
        }
        const range = `${cellAddress(block.top, 1)}:${cellAddress(block.bottom, Math.max(1, this.sheet.columns))}`;
        const firstData = headerBottom + 1;
        const dataRows = this.dataRows(firstData, block.bottom);
        // a table of fixed rows may be printed as one wide line: 预算数 › 公务接待费 …
        const wide = this.wideColumns(shape, this.columns(shape, headerTop, headerBottom));
        const columns = wide ?? this.columns(shape, headerTop, headerBottom);
        const values = columns.filter(c => c.role.kind === 'value');
        if (values.length === 0) {
            const header = `${cellAddress(headerTop, 1)}:${cellAddress(headerBottom, Math.max(1, this.sheet.columns))}`;
            if (dataRows.length === 0) {
                this.result.problems.push(`${where(this.sheet.name)}的${name}表头不完整（${header}），其后没有数据：表可能在表头中间被截断了。请检查工作簿。`);
            } else {
                this.result.problems.push(`${where(this.sheet.name)}的${name}在表头（${header}）中找不到本表的列（${shape.columns.join('、')}）。`);
            }
            return undefined;
        }
        const cutAt = this.cutHeader(columns, headerTop, headerBottom, block.bottom);
        if (cutAt !== undefined) {
            this.result.problems.push(`${where(this.sheet.name, cellAddress(headerBottom, cutAt))}：${name}的表头在这里中断（上一行的合并表头下面没有分列名称，也没有数据）。表可能被截断了：请检查工作簿。`);
            return undefined;
        }
        for (const column of columns) {
            if (column.role.kind === 'unknown' && dataRows.some(row => this.cell(row, column.index)?.value.kind === 'number')) {
                this.result.notes.push(`${where(this.sheet.name, cellAddress(headerBottom, column.index))}：列「${column.role.header}」不是${name}的列，未导入。`);
            }
        }

        const factor = this.factor(meta.unit, name);
        const notes = this.notes(firstData, block.bottom);
        // an empty table's first note is its statement (why it is empty), rather than the 本表无数据 line
        const statement = notes[0]?.text ?? this.emptyLine(firstData, block.bottom);
        const sides = [...new Set(columns.map(c => c.side).filter((s): s is string => s !== undefined))];
        let rows: ImportedRow[];
        if (wide) {
            rows = this.wideRows(wide, dataRows[0], factor);
        } else if (sides.length > 0) {
            // side by side: 收入 | 支出, or 人员经费 | 公用经费, each its own rows under a row of its name
            rows = [];
            for (const side of sides) {
                const parsed = this.parseRows(dataRows, columns.filter(c => c.side === side), shape, factor);
                const children = nest(parsed);
                // the side's own total line (人员经费合计) is the side row's figure
                const own = children.findIndex(r => r.code === undefined && (r.name === `${side}合计` || (TOTAL_ROW.test(r.name) && !shape.template.groups)));
                const cells = own >= 0 ? children.splice(own, 1)[0].cells : new Map<string, ImportedValue>();
                if (children.length > 0 || cells.size > 0) rows.push({ name: side, cells, children, line: parsed[0]?.line ?? firstData });
            }
        } else {
            rows = nest(this.parseRows(dataRows, columns, shape, factor));
        }
        const written = [...new Set(values.map(c => (c.role as { column: string }).column))];
        if (rows.length === 0 && !statement) {
            // neither rows nor a statement that there are none: nothing is known of this table
            this.result.notes.push(`${where(this.sheet.name)}的${name}没有数据行，未导入。`);
            return undefined;
        }
        const empty = rows.length === 0 ? { statement } : undefined;
        return {
            shape, sheet: this.sheet.name, range, sheetUnit: meta.unit, columns: written, rows, empty,
            notes: empty && notes.length > 0 ? notes.slice(1) : notes,
            // a sheet named for its year (2023年收入决算表) where the lines above the table state none
            department: meta.department, year: meta.year ?? yearOf(this.sheet.name),
        };
    }

    private isMetaRow(row: number): boolean {
        const cells = this.rowCells(row);
        if (cells.length === 0) return true;
        return cells.every(cell => {
            const text = this.text(cell).trim();
            return cell.value.kind === 'text' && (UNIT_TEXT.test(text) || DEPARTMENT_TEXT.test(text) || LABEL_TEXT.test(normalise(text))
                || YEAR_LINE.test(text) || /^(?:编制|填报)?日期/u.test(text));
        });
    }

    /** A row of figures, or one a table's body starts with (合计, a code, 一、…), rather than a header line. */
    private isDataRow(row: number, headerTop: number): boolean {
        const cells = this.rowCells(row);
        if (cells.length === 0) return false;
        if (this.isColumnNumbers(cells)) return false;
        // a cell merged from a line above is the header's
        if (cells.every(c => (this.merged.get(`${row},${c.column}`)?.top ?? row) < row)) return false;
        // a body starts with its label at the left: 合计, a code, 一、…
        const first = cells[0];
        const label = normalise(this.text(first));
        // (in a header, such a word heads a column: merged downwards, among many other headings)
        const heading = (this.merged.get(`${row},${first.column}`)?.bottom ?? row) > row || cells.filter(c => c.value.kind === 'text').length > 3;
        if (row > headerTop && first.column <= 2 && !heading && (TOTAL_ROW.test(label) || CODE.test(label) || /^[一二三四五六七八九十]+、/u.test(this.text(first).trim()))) {
            return true;
        }
        return cells.some(c => c.value.kind === 'number' && (this.merged.get(`${row},${c.column}`)?.top ?? row) === row);
    }

    /** A line with nothing in it, not even a cell merged from above. */
    private isBlankRow(row: number): boolean {
        if (this.rowCells(row).length > 0) return false;
        for (let c = 1; c <= this.sheet.columns; c++) if ((this.merged.get(`${row},${c}`)?.top ?? row) < row) return false;
        return true;
    }

    /** A line under the table: 注：…, 本表无数据. */
    private isStatementRow(row: number): boolean {
        const cells = this.rowCells(row);
        if (cells.length === 0) return false;
        const text = this.text(cells[0]).trim();
        return NOTE_TEXT.test(text) || (cells.length === 1 && EMPTY_TEXT.test(text));
    }

    /** The 栏次 line: 栏次 1 2 3 …, or the column numbers alone. */
    private isColumnNumbers(cells: readonly SheetCell[]): boolean {
        if (cells.some(c => normalise(this.text(c)) === '栏次')) return true;
        const numbers = cells.filter(c => c.value.kind === 'number' || /^\d+$/.test(this.text(c).trim()));
        if (numbers.length < 2 || numbers.length < cells.length - 2) return false;
        const values = numbers.map(c => Number(this.text(c)));
        return values.every((v, i) => Number.isInteger(v) && v >= 1 && v <= 100 && (i === 0 || v > values[i - 1]));
    }

    /** The header of each column: its texts top to bottom, merged cells read once. */
    private columns(shape: TableShape, top: number, bottom: number): Column[] {
        const columns: Column[] = [];
        const sideNames = sidesOf(shape);
        const two = sideNames.length > 0;
        let side: string | undefined;
        for (let c = 1; c <= this.sheet.columns; c++) {
            const path: string[] = [];
            let previous: SheetCell | undefined;
            for (let r = top; r <= bottom; r++) {
                const cell = this.shown(r, c);
                if (!cell || cell === previous) continue;
                previous = cell;
                const text = normalise(this.text(cell));
                if (text !== '' && text !== '栏次' && !/^\d+$/.test(text)) path.push(text);
            }
            if (path.length === 0) continue;
            if (two) {
                // 收入项目 heads the 收入 side as well
                const root = path.map(p => sideNames.find(n => p === n || p === `${n}项目`)).find(Boolean);
                if (root) side = root;
            }
            columns.push({ index: c, path, role: this.role(path, shape), side: two ? side : undefined });
        }
        if (two) {
            // a side's single amount column (金额, 决算数) holds the table's first column
            for (const [i, column] of columns.entries()) {
                if (column.role.kind === 'unknown' && /^(?:金额|决算数|本年数|决算金额)$/u.test(column.role.leaf)) {
                    columns[i] = { ...column, role: { kind: 'value', column: shape.columns[0] } };
                }
            }
        }
        return columns;
    }

    private role(path: readonly string[], shape: TableShape): ColumnRole {
        const leaf = path[path.length - 1];
        if (path.some(p => p === '行次' || p === '序号')) return { kind: 'ignored' };
        if (leaf === '类' || leaf === '款' || leaf === '项') return { kind: 'code', part: leaf };
        if (path.some(p => /(?:科目)?编码$|科目代码$|^代码$/u.test(p))) return { kind: 'code', part: 'whole' };
        if (/名称$/u.test(leaf) || leaf === '项目' || leaf === '科目' || /^(?:收入|支出)项目$/u.test(leaf)) return { kind: 'name' };
        // the leaf names the column; 小计/合计 under a group header name the group's own column
        for (let i = path.length - 1; i >= 0; i--) {
            const found = shape.columnNames.get(path[i]);
            if (found) return { kind: 'value', column: found };
            if (!isGroupTotal(path[i]) || i < path.length - 1) break;
        }
        return { kind: 'unknown', header: path.join('/'), leaf };
    }

    /**
     * The columns of a table of fixed rows printed as one line: each names a column and a row of
     * the template (预算数 › 公务用车购置及运行维护费 › 公务用车购置费; 小计 is the row above it).
     */
    private wideColumns(shape: TableShape, columns: readonly Column[]): WideColumn[] | undefined {
        const rows = shape.rowNames;
        // rows with labels of their own (科目编码, 项目) are rows, not one wide line
        if (rows.size === 0 || columns.some(c => c.role.kind === 'code' || c.role.kind === 'name')) return undefined;
        const wide: WideColumn[] = [];
        for (const column of columns) {
            const name = column.path.map(p => shape.columnNames.get(p)).find(Boolean);
            const path = column.path.map(p => rows.get(withoutOrdinal(p))).filter((r): r is string => r !== undefined);
            if (!name || path.length === 0) continue;
            wide.push({ ...column, role: { kind: 'value', column: name }, rows: path });
        }
        // wide when the header names several of the template's rows (a 合计 column alone is not)
        return new Set(wide.map(c => c.rows.join('›'))).size >= 2 ? wide : undefined;
    }

    /** The rows of a wide table: its line's cells, each under its row and column, rows nested as the header nests them. */
    private wideRows(columns: readonly WideColumn[], line: number | undefined, factor: Decimal): ImportedRow[] {
        if (line === undefined) return [];
        const top: ImportedRow[] = [];
        const byName = new Map<string, ImportedRow>();
        const rowOf = (path: readonly string[]): ImportedRow => {
            const name = path[path.length - 1];
            let row = byName.get(name);
            if (!row) {
                row = { name, cells: new Map(), children: [], line };
                byName.set(name, row);
                (path.length > 1 ? rowOf(path.slice(0, -1)).children : top).push(row);
            }
            return row;
        };
        for (const column of columns) {
            const value = this.value(line, column.index, factor);
            if (value) rowOf(column.rows).cells.set((column.role as { column: string }).column, value);
        }
        return top;
    }

    /** The column where a header stops short: a group header with nothing beneath it and no rows after. */
    private cutHeader(columns: readonly Column[], top: number, bottom: number, blockBottom: number): number | undefined {
        if (this.dataRows(bottom + 1, blockBottom).length > 0) return undefined;
        for (const column of columns) {
            const m = this.merged.get(`${bottom},${column.index}`);
            if (m && m.right > m.left && m.top >= top && m.bottom === bottom) return column.index;
        }
        return undefined;
    }

    private dataRows(from: number, to: number): number[] {
        const rows: number[] = [];
        for (let r = from; r <= to; r++) {
            const cells = this.rowCells(r);
            if (cells.length === 0) continue;
            if (this.isStatementRow(r) || this.isLabelRow(r)) break;
            rows.push(r);
        }
        return rows;
    }

    /** The line under an empty table that says it has none: 本表无数据. */
    private emptyLine(from: number, to: number): string | undefined {
        for (let r = from; r <= to; r++) {
            if (this.isStatementRow(r)) return this.rowCells(r).map(c => this.text(c).trim()).join('');
        }
        return undefined;
    }

    /**
     * The notes under a table, in order: a line starting 注, 说明 or 备注, and the lines of text
     * after it (注： 1.…  2.…) up to a line of figures, a blank line, the next note, or a line that
     * is not a note's: a heading, the title of a table the template lacks, a page number.
     */
    private notes(from: number, to: number): ImportedNote[] {
        const notes: { key: string; lines: string[] }[] = [];
        let open: { key: string; lines: string[] } | undefined;
        for (let r = from; r <= to; r++) {
            const cells = this.rowCells(r);
            const text = cells.map(c => this.text(c).trim()).join('');
            if (this.isStatementRow(r) && NOTE_TEXT.test(text)) {
                const key = /^(注|说明|备注)/u.exec(text)![1];
                notes.push(open = { key, lines: [text.slice(key.length).replace(/^\s*[:：]\s*/u, '')] });
            } else if (open && text !== '' && cells.every(c => c.value.kind === 'text') && !this.isLabelRow(r) && continuesNote(text)) {
                open.lines.push(text);
            } else {
                open = undefined;
            }
        }
        return notes.map(note => ({ key: note.key, text: note.lines.join('\n') }));
    }

    /** The factor from the sheet's amounts to the report's: 元 → 万元 is 1/10000. */
    private factor(unit: string | undefined, name: string): Decimal {
        if (!unit) {
            this.result.notes.push(`${where(this.sheet.name)}的${name}没有写金额单位，按${this.options.unit}导入。`);
            return new Decimal(1);
        }
        return YUAN_PER_MONEY_UNIT.get(unit)!.div(YUAN_PER_MONEY_UNIT.get(this.options.unit) ?? YUAN_PER_MONEY_UNIT.get('万元')!);
    }

    private parseRows(rows: readonly number[], columns: readonly Column[], shape: TableShape, factor: Decimal): ParsedRow[] {
        const parsed: ParsedRow[] = [];
        /** The last code of each length: a 项 printed as its own two digits (01) continues the 款 above. */
        const codes = new Map<number, string>();
        const codeColumns = columns.filter(c => c.role.kind === 'code');
        const nameColumn = columns.find(c => c.role.kind === 'name');
        const valueColumns = columns.filter(c => c.role.kind === 'value');
        for (const r of rows) {
            const label = this.label(r, codeColumns, nameColumn, shape, codes);
            if (label?.code) codes.set(label.code.length, label.code);
            const cells = new Map<string, ImportedValue>();
            // a row naming the unit it counts (公务用车保有量（辆）): its plain numbers are counts, never amounts to convert
            const rowCounts = label ? COUNT_ROW.exec(label.name)?.[2] : undefined;
            for (const column of valueColumns) {
                const name = (column.role as { column: string }).column;
                if (cells.has(name)) continue;
                const value = this.value(r, column.index, factor, rowCounts ?? COUNT_ROW.exec(name)?.[2]);
                if (value) cells.set(name, value);
            }
            if (!label) {
                const figure = [...cells.values()].find(isFigure);
                if (figure) this.result.problems.push(`${where(this.sheet.name, figure.address)}：这一行有数字，但没有科目编码或名称。`);
                continue;
            }
            parsed.push({ ...label, cells, line: r });
        }
        return parsed;
    }

    private label(row: number, codeColumns: readonly Column[], nameColumn: Column | undefined, shape: TableShape, above: ReadonlyMap<number, string>):
        Omit<ParsedRow, 'cells' | 'line'> | undefined {
        const parts: { part: string; text: string }[] = [];
        let spill: string | undefined;
        for (const column of codeColumns) {
            const cell = this.shown(row, column.index);
            if (!cell) continue;
            const raw = cell.value.kind === 'number' ? String(Math.trunc(cell.value.value)) : this.text(cell).trim();
            if (raw === '') continue;
            if (/^\d+$/.test(raw)) parts.push({ part: (column.role as { part: string }).part, text: raw });
            else spill ??= this.text(cell); // 合计 written across the code columns
        }
        let code = joinCode(parts);
        // 款 and 项 printed as their own two digits, the class or section above them implied
        if (code?.length === 2 && parts[0].part !== 'whole' && parts[0].part !== '类') {
            const prefix = above.get(parts[0].part === '款' ? 3 : 5);
            if (prefix) code = prefix + code;
        }
        const nameCell = nameColumn ? this.shown(row, nameColumn.index) : undefined;
        let rawName = nameCell && !codeColumns.some(c => this.shown(row, c.index) === nameCell) ? this.text(nameCell) : '';
        if (rawName.trim() === '' && spill) rawName = spill;
        if (!nameColumn && codeColumns.length === 0) {
            // no label header: the first text cell of the row
            const first = this.rowCells(row).find(c => c.value.kind === 'text');
            rawName = first ? this.text(first) : '';
        }
        // a code written in front of the name: 2010301 行政运行
        const inline = /^\s*(\d{3}(?:\d{2}){0,2})(?:\s+|(?=[^\d]))(.*)$/u.exec(rawName);
        if (!code && inline && shape.template.codes) {
            code = inline[1];
            rawName = inline[2];
        }
        const { name: withoutPrefix, ofWhich, prefix } = withoutOfWhich(withoutOrdinal(rawName));
        // the rows after a 其中 row line up with its name, past the 其中：
        const indent = (nameCell?.indent ?? 0) + leadingIndent(rawName) + prefix;
        let name = asName(withoutPrefix);
        if (!code && name === '') return undefined;
        if (code && name === '') {
            // a code printed without its name: the catalogue's name for it
            const at = where(this.sheet.name, cellAddress(row, nameColumn?.index ?? codeColumns[0]?.index ?? 1));
            const found = CodeCatalogue.SHIPPED.entry(code)?.entry;
            const span = found ? spanFor(found, this.options.year) : undefined;
            name = asName(span?.name ?? '');
            if (name === '') {
                this.result.problems.push(`${at}：科目编码 ${code} 没有写科目名称，科目表中也查不到。`);
                return undefined;
            }
            // a recalled name goes in (the row needs one), but the user is told it is not from a document
            if (span?.checked === false) {
                this.result.notes.push(`${at}：科目编码 ${code} 没有写科目名称，已按内置科目表填作「${name}」。`
                    + `这个名称凭记忆整理、未经文件核对，请按${this.options.year ? `${this.options.year}年` : '当年'}《政府收支分类科目》核对。`);
            }
        }
        if (code && !CODE.test(code)) {
            this.result.problems.push(`${where(this.sheet.name, cellAddress(row, codeColumns[0]?.index ?? 1))}：科目编码「${code}」的位数不对（应为 3、5 或 7 位）。`);
        }
        return { code, name, indent, ofWhich, total: !code && TOTAL_ROW.test(name) };
    }

    /** `counts`: the unit the cell's row or column names, of which its number is a count. */
    private value(row: number, column: number, factor: Decimal, counts?: string): ImportedValue | undefined {
        const address = cellAddress(row, column);
        const cell = this.cell(row, column);
        if (!cell) return { kind: 'blank', address };
        const at = where(this.sheet.name, address);
        switch (cell.value.kind) {
            case 'number': {
                const count = cell.value.count;
                if (count) {
                    const value = new Decimal(cell.value.value);
                    return { kind: 'count', value: count.decimals === undefined ? value : value.toDecimalPlaces(count.decimals, Decimal.ROUND_HALF_UP), unit: count.unit, address };
                }
                if (counts) return { kind: 'count', value: new Decimal(cell.value.value), unit: counts, address };
                return { kind: 'amount', value: new Decimal(cell.value.value).times(factor).toDecimalPlaces(this.options.decimals, Decimal.ROUND_HALF_UP), address };
            }
            case 'formula':
                this.result.problems.push(`${at} 是公式 =${cell.value.formula}，但文件中没有保存它的计算结果。请在 Excel 或 WPS 中打开、重新计算并保存后再导入。`);
                return undefined;
            case 'error':
                this.result.problems.push(`${at} 的值是错误 ${cell.value.value}，不是数字。请改正后再导入。`);
                return undefined;
            case 'text': {
                const text = cell.value.value.trim();
                if (BLANK_TEXT.test(text)) return isBlankCell(text) ? { kind: 'blank', address, printed: text } : { kind: 'blank', address };
                if (NUMBER_TEXT.test(text.normalize('NFKC').replace(/\s+/g, ''))) {
                    this.result.problems.push(`${at} 的数字「${text}」是以文本形式存储的。请在 Excel 中选中这些单元格，用“转换为数字”改为数值后再导入。`);
                } else {
                    this.result.problems.push(`${at} 应为金额，却写着「${text}」。`);
                }
                return undefined;
            }
        }
    }
}

/**
 * The sides a table may print next to each other: a 总表's 收入 and 支出, or the groups of code
 * rows a table of fixed rows holds (人员经费 | 公用经费 of a 基本支出 table).
 */
function sidesOf(shape: TableShape): string[] {
    const groups = shape.template.groups?.map(g => g.name);
    if (groups && groups.length > 0) return groups;
    if (shape.template.codes && shape.template.rows) return shape.template.rows.filter(r => !TOTAL_ROW.test(r));
    return [];
}

/** 类 201, 款 03, 项 01 → 2010301; parts already written in full (20103) are kept. */
function joinCode(parts: readonly { part: string; text: string }[]): string | undefined {
    if (parts.length === 0) return undefined;
    let code = '';
    for (const { text } of parts) code = code !== '' && text.startsWith(code) ? text : code + text;
    return code;
}

/**
 * Rows into a tree: a code row under the nearest row above whose code begins its own, a 其中 row
 * under the row above it, other rows under the nearest row less indented; totals at the top.
 */
function nest(rows: readonly ParsedRow[]): ImportedRow[] {
    const indented = rows.some(r => r.indent > 0);
    const top: ImportedRow[] = [];
    const stack: { parsed: ParsedRow; row: ImportedRow }[] = [];
    let previous: { parsed: ParsedRow; row: ImportedRow } | undefined;
    for (const parsed of rows) {
        const row: ImportedRow = { code: parsed.code, name: parsed.name, cells: parsed.cells, children: [], line: parsed.line };
        let parent: ImportedRow | undefined;
        if (parsed.total) {
            stack.length = 0;
        } else if (parsed.ofWhich && previous) {
            parent = previous.row;
            while (stack.length > 0 && stack.at(-1)!.row !== previous.row) stack.pop();
        } else {
            while (stack.length > 0) {
                const above = stack.at(-1)!.parsed;
                const underCode = parsed.code !== undefined && above.code !== undefined
                    && parsed.code.length > above.code.length && parsed.code.startsWith(above.code);
                const underIndent = indented && above.code === undefined && above.indent < parsed.indent;
                const underIndentByName = indented && parsed.code === undefined && above.indent < parsed.indent;
                if (underCode || underIndent || underIndentByName) break;
                stack.pop();
            }
            parent = stack.at(-1)?.row;
        }
        (parent ? parent.children : top).push(row);
        const entry = { parsed, row };
        if (!parsed.total) stack.push(entry);
        previous = entry;
    }
    return prune(top);
}

/** Rows that state nothing — no code, no figure, no rows under them — are left out. */
function prune(rows: ImportedRow[]): ImportedRow[] {
    return rows.filter(row => {
        const kept = prune(row.children);
        row.children.length = 0;
        row.children.push(...kept);
        return row.code !== undefined || kept.length > 0 || [...row.cells.values()].some(isFigure);
    });
}
