// Imported tables merged into an existing report, in place: a row found again (by its code, else
// its name, under the same parent) gets the workbook's figures in its cells; its name, attributes,
// texts, comments and child rows stay as the user wrote them. Rows and tables the report lacks are
// added where the template puts them; rows the workbook lacks are kept and listed. Every changed
// figure is listed, old → new; nothing else of the file changes.
import { Decimal } from 'decimal.js';
import { GrammarUtils } from 'langium';
import type { Report, Row, Table } from '../language/generated/ast.js';
import { isRow, isTextField } from '../language/generated/ast.js';
import type { ReportModel } from '../model/report-model.js';
import { isBlankCell, parseLiteral } from '../model/figure.js';
import type { ImportedRow, ImportedTable } from './recognise.js';
import { isFigure } from './recognise.js';
import type { SourceOptions } from './source.js';
import { cellTexts, columnHeader, IMPORT_COMMENT, importComment, noteSource, rowHead, rowSource, tableSource, valueText } from './source.js';
import { normalise } from './text.js';

export interface Change {
    /** 附表6 一般公共预算财政拨款支出决算表 › 201 一般公共服务支出 › 基本支出 */
    readonly where: string;
    readonly kind: 'figure' | 'row' | 'table' | 'kept' | 'empty' | 'note';
    readonly old?: string;
    readonly new?: string;
}

interface Edit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

/** Edits applied from the end; of those at one offset, the one made last first, so that they read in the order made. */
function applyEdits(text: string, edits: readonly Edit[]): string {
    const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.index - a.index);
    let result = text;
    for (const { edit } of ordered) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    return result;
}

export interface Merged {
    readonly text: string;
    readonly changes: Change[];
    /** The offsets (in the new text) of the tables touched, for formatting them alone. */
    readonly ranges: { start: number; end: number }[];
}

/** Merges `tables` into the report `text` whose model is `model`. */
export function mergeTables(text: string, model: ReportModel, tables: readonly ImportedTable[], options: SourceOptions): Merged {
    const edits: Edit[] = [];
    const changes: Change[] = [];
    const touched: { start: number; end: number }[] = [];
    const order = new Map(model.template.tables.map((t, i) => [t.number, i]));
    const existing = [...model.tables.values()].filter(t => t.node.$cstNode);
    for (const table of [...tables].sort((a, b) => (order.get(a.shape.number) ?? 0) - (order.get(b.shape.number) ?? 0))) {
        const name = `${table.shape.label} ${table.shape.title}`;
        const found = model.tables.get(table.shape.number);
        if (!found?.node.$cstNode) {
            const { at, before } = insertionPoint(text, existing.map(t => ({ rank: order.get(t.number) ?? 0, node: t.node })), order.get(table.shape.number) ?? 0, model.report);
            // a blank line between the new table and its neighbour
            edits.push({ start: at, end: at, text: before ? `${tableSource(table, options)}\n\n` : `\n\n${tableSource(table, options)}` });
            touched.push({ start: at, end: at });
            changes.push({ where: name, kind: 'table', new: table.empty ? '无数据' : `${countRows(table.rows)} 行` });
            continue;
        }
        const cst = found.node.$cstNode;
        touched.push({ start: cst.offset, end: cst.end });
        new TableMerge(text, found.node, found.columns, table, options, name, edits, changes).run();
    }
    const result = applyEdits(text, edits);
    // where each touched table lands in the new text
    const shift = (offset: number, inclusive: boolean) => offset + edits
        .filter(e => e.start < offset || (inclusive && e.start === offset))
        .reduce((sum, e) => sum + e.text.length - (Math.min(e.end, offset) - e.start), 0);
    const ranges = touched.map(r => ({ start: shift(r.start, false), end: shift(r.end, true) }));
    return { text: result, changes, ranges };
}

function someRow(rows: readonly ImportedRow[], test: (row: ImportedRow) => boolean): boolean {
    return rows.some(row => test(row) || someRow(row.children, test));
}

function countRows(rows: readonly ImportedRow[]): number {
    return rows.reduce((n, r) => n + 1 + countRows(r.children), 0);
}

/**
 * Where a new table goes: after the last table before it in the template's order, else before
 * (`before`) the first after it, else at the end.
 */
function insertionPoint(text: string, tables: { rank: number; node: Table }[], rank: number, report: Report): { at: number; before: boolean } {
    const previous = tables.filter(t => t.rank < rank).sort((a, b) => a.node.$cstNode!.end - b.node.$cstNode!.end).at(-1);
    if (previous) return { at: previous.node.$cstNode!.end, before: false };
    const next = tables.filter(t => t.rank > rank).sort((a, b) => a.node.$cstNode!.offset - b.node.$cstNode!.offset)[0];
    if (next) return { at: lineStart(text, next.node.$cstNode!.offset), before: true };
    return { at: report.$cstNode?.end ?? text.length, before: false };
}

function lineStart(text: string, offset: number): number {
    return text.lastIndexOf('\n', offset - 1) + 1;
}

class TableMerge {
    /** The table's columns after the merge: its own, then the workbook's new ones. */
    private readonly columns: string[];

    constructor(
        private readonly text: string,
        private readonly node: Table,
        private readonly ownColumns: readonly string[],
        private readonly table: ImportedTable,
        private readonly options: SourceOptions,
        private readonly name: string,
        private readonly edits: Edit[],
        private readonly changes: Change[],
    ) {
        // a column the table does not have yet comes in only with a figure in it
        const stated = (c: string) => someRow(table.rows, row => isFigure(row.cells.get(c)));
        this.columns = [...ownColumns, ...table.columns.filter(c => !ownColumns.includes(c) && stated(c))];
    }

    run(): void {
        const cst = this.node.$cstNode!;
        const open = GrammarUtils.findNodeForKeyword(cst, '{');
        if (!open) return;
        const inside = open.end;
        const own = this.text.slice(cst.offset, cst.end);
        // the import's own comment is replaced; the user's comments stay
        const comment = importComment(this.table, this.options);
        const previous = new RegExp(`//\\s*${IMPORT_COMMENT}[^\\r\\n]*`).exec(own);
        if (previous) this.edits.push({ start: cst.offset + previous.index, end: cst.offset + previous.index + previous[0].length, text: comment });
        else this.edits.push({ start: inside, end: inside, text: `\n${comment}` });

        if (this.table.empty) {
            if (!this.node.empty && this.node.entries.some(isRow)) {
                this.changes.push({ where: this.name, kind: 'kept', new: '工作簿中本表无数据，报告中的数字未改动，请核对' });
            }
            this.mergeNotes();
            return;
        }
        if (this.columns.length > this.ownColumns.length || (!this.node.columns && columnHeader(this.table, this.columns))) {
            const header = `列【${this.columns.join(' ')}】`;
            const written = this.node.columns?.$cstNode;
            if (written) this.edits.push({ start: written.offset, end: written.end, text: header });
            else this.edits.push({ start: inside, end: inside, text: `\n${header}` });
        }
        if (this.node.empty?.$cstNode) {
            // the table had no data; now it has
            this.edits.push({ start: this.node.empty.$cstNode.offset, end: this.node.empty.$cstNode.end, text: '' });
            this.changes.push({ where: this.name, kind: 'empty', old: '无数据', new: `${countRows(this.table.rows)} 行` });
        }
        this.mergeRows(this.node.entries.filter(isRow), this.table.rows, this.name, this.node.$cstNode!.end - 1);
        // after the rows: the notes go after rows added at the table's end too
        this.mergeNotes();
    }

    /**
     * The workbook's notes under the table the report lacks, added after its last entry; a note the
     * report words otherwise under the same key (注) is the user's and stays, listed to check.
     */
    private mergeNotes(): void {
        const written = this.node.entries.filter(isTextField);
        const said = (text: string) => normalise(text.replace(/^备注[:：]/u, ''));
        const statement = this.node.empty?.text;
        const close = this.node.$cstNode!.end - 1;
        // each note on a line of its own at the rows' indentation: deeper, after a row without braces, it would be
        // that row's attribute (项目甲 10.00 then 备注 「…」 indented under it)
        const before = this.text.slice(lineStart(this.text, close), close);
        const entry = this.node.entries.find(e => isRow(e) || isTextField(e))?.$cstNode;
        const indent = entry ? /^[ \t]*/.exec(this.text.slice(lineStart(this.text, entry.offset)))![0] : `${before.replace(/\S[\s\S]*$/, '')}  `;
        const blank = /^[ \t]*$/.test(before);
        const lineOf = (note: string) => blank && indent.startsWith(before)
            ? `${indent.slice(before.length)}${note}\n${before}` : `\n${indent}${note}\n${blank ? before : ''}`;
        for (const note of this.table.notes) {
            const key = note.key === '备注' ? '注' : note.key;
            const text = said(note.text);
            if (written.some(w => said(w.text) === text) || (statement !== undefined && said(statement) === text)) continue;
            if (written.some(w => w.key === key)) {
                this.changes.push({ where: `${this.name} › ${key}`, kind: 'kept', new: `工作簿中的${key}与报告中的不同，报告中的未改动，请核对：${note.text}` });
                continue;
            }
            this.edits.push({ start: close, end: close, text: lineOf(noteSource(note)) });
            this.changes.push({ where: `${this.name} › ${key}`, kind: 'note', new: note.text });
        }
    }

    /** Merges imported rows into the rows of one level; `close` is where rows missing here are added. */
    private mergeRows(rows: readonly Row[], imported: readonly ImportedRow[], path: string, close: number): void {
        const used = new Set<Row>();
        let last: Row | undefined;
        for (const row of imported) {
            const match = rows.find(r => !used.has(r) && sameRow(r, row));
            const here = `${path} › ${rowHead(row)}`;
            if (!match) {
                const at = last?.$cstNode ? last.$cstNode.end : close;
                this.edits.push({ start: at, end: at, text: `\n${rowSource(row, this.columns, this.options.decimals).join('\n')}${last ? '' : '\n'}` });
                this.changes.push({ where: here, kind: 'row', new: cellTexts(row, this.columns, this.options.decimals).join(' ') || '（无数字）' });
                continue;
            }
            used.add(match);
            last = match;
            this.mergeCells(match, row, here);
            const children = match.entries.filter(isRow);
            if (row.children.length === 0) continue;
            const cst = match.$cstNode!;
            if (GrammarUtils.findNodeForKeyword(cst, '{')) {
                this.mergeRows(children, row.children, here, cst.end - 1);
            } else {
                // the row had no rows under it: they come in braces after it
                const lines = row.children.flatMap(child => rowSource(child, this.columns, this.options.decimals));
                this.edits.push({ start: cst.end, end: cst.end, text: ` {\n${lines.join('\n')}\n}` });
                for (const child of row.children) {
                    this.changes.push({ where: `${here} › ${rowHead(child)}`, kind: 'row', new: cellTexts(child, this.columns, this.options.decimals).join(' ') || '（无数字）' });
                }
            }
        }
        for (const row of rows) {
            if (!used.has(row) && row.cells.length > 0) {
                this.changes.push({ where: `${path} › ${row.code ? `${row.code} ${row.name}` : row.name}`, kind: 'kept', new: '工作簿中没有这一行，保留原样' });
            }
        }
    }

    /** The row's cells with the workbook's figures; a figure equal to the one written keeps its writing (1995 for 1995.00). */
    private mergeCells(node: Row, row: ImportedRow, here: string): void {
        const old = node.cells.map(c => c.value + (c.unit ?? ''));
        const next: (string | undefined)[] = this.columns.map((column, i) => {
            const value = row.cells.get(column);
            const written = old[i];
            // an empty cell of the workbook does not add a figure the user never wrote
            if (!value || (value.kind === 'blank' && written === undefined)) return written;
            const text = valueText(value, this.options.decimals)!;
            if (written !== undefined && sameFigure(written, text)) return written;
            this.changes.push({ where: `${here} › ${column}`, kind: 'figure', old: written ?? '（未填写）', new: text });
            return text;
        });
        while (next.length > 0 && next[next.length - 1] === undefined) next.pop();
        const texts = next.map(t => t ?? '-');
        if (texts.length === old.length && texts.every((t, i) => t === old[i])) return;
        const cells = node.cells.map(c => c.$cstNode!).filter(Boolean);
        if (cells.length > 0) {
            this.edits.push({ start: cells[0].offset, end: cells[cells.length - 1].end, text: texts.join(' ') });
        } else {
            // after the code and name (and a colon)
            const head = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
            const colon = GrammarUtils.findNodeForKeyword(node.$cstNode, '：') ?? GrammarUtils.findNodeForKeyword(node.$cstNode, ':');
            const at = (colon ?? head)?.end;
            if (at !== undefined) this.edits.push({ start: at, end: at, text: ` ${texts.join(' ')}` });
        }
    }
}

function sameRow(node: Row, row: ImportedRow): boolean {
    if (node.code || row.code) return node.code === row.code;
    return normalise(node.name ?? '') === normalise(row.name);
}

/** Whether two written cells state the same figure: 1995 and 1995.00 do, 3辆 and 3.0辆 too; - and 0 do not, 3 and 3辆 neither. */
function sameFigure(a: string, b: string): boolean {
    if (isBlankCell(a) || isBlankCell(b)) return isBlankCell(a) && isBlankCell(b);
    const [numberA, unitA] = withUnit(a);
    const [numberB, unitB] = withUnit(b);
    const x = parseLiteral(numberA);
    const y = parseLiteral(numberB);
    return unitA === unitB && x !== undefined && y !== undefined && x.percent === y.percent && new Decimal(x.value).equals(y.value);
}

/** A written cell's number and the unit after it (3辆 → 3, 辆). */
function withUnit(text: string): [string, string] {
    const unit = /[^\d%％.,]*$/.exec(text)![0];
    return [text.slice(0, text.length - unit.length), unit];
}

/** One line of the change list: 附表6 … › 基本支出：298.18 → 300.00 */
export function describeChange(change: Change): string {
    switch (change.kind) {
        case 'figure': return `${change.where}：${change.old} → ${change.new}`;
        case 'row': return `${change.where}：新增行 ${change.new}`;
        case 'table': return `${change.where}：新增表（${change.new}）`;
        case 'empty': return `${change.where}：${change.old} → ${change.new}`;
        case 'kept': return `${change.where}：${change.new}`;
        case 'note': return `${change.where}：新增 「${change.new}」`;
    }
}
