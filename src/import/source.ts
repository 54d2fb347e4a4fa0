// Imported tables written as .juesuan source: each table in the template's words (附表 N and its
// title), the columns the sheet has, one row per line with its code, name and cells (- for an
// empty cell), child rows in braces, and a comment saying where in the workbook it came from and
// how its amounts were converted. The formatter lays it out afterwards.
import type { Decimal } from 'decimal.js';
import type { ReportTemplate } from '../templates/index.js';
import type { ImportedNote, ImportedRow, ImportedTable, ImportedValue } from './recognise.js';

export interface SourceOptions {
    readonly fileName: string;
    /** The report's amount unit and decimals. */
    readonly unit: string;
    readonly decimals: number;
}

export function valueText(value: ImportedValue | undefined, decimals: number): string | undefined {
    if (!value) return undefined;
    if (value.kind === 'count') return value.value.toFixed() + value.unit;
    return value.kind === 'blank' ? value.printed ?? '-' : formatAmount(value.value, decimals);
}

export function formatAmount(value: Decimal, decimals: number): string {
    return value.toFixed(decimals);
}

/** Where the table came from: 导入自 BOOK.xlsx 工作表「…」A1:H40；金额单位：元，已换算为万元（四舍五入到两位小数）。 */
export function importComment(table: ImportedTable, options: SourceOptions): string {
    const unit = !table.sheetUnit
        ? `工作表未写金额单位，按${options.unit}导入`
        : table.sheetUnit === options.unit
            ? `金额单位：${options.unit}`
            : `金额单位：${table.sheetUnit}，已换算为${options.unit}（四舍五入到${options.decimals}位小数）`;
    return `// ${IMPORT_COMMENT} ${oneLine(options.fileName)} 工作表「${oneLine(table.sheet)}」${table.range}；${unit}`;
}

/** A name for a comment, which ends at the line's end, whatever the file is called. */
function oneLine(text: string): string {
    return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** The words every import comment starts with: an update finds and replaces its own comment. */
export const IMPORT_COMMENT = '导入自';

/** The columns a table's rows are written in: the template's order when the sheet has them all. */
export function writtenColumns(table: ImportedTable): string[] {
    const template = table.shape.columns;
    return sameList(table.columns, template) ? [...template] : [...table.columns];
}

export function columnHeader(table: ImportedTable, columns: readonly string[]): string | undefined {
    return sameList(columns, table.shape.columns) ? undefined : `列【${columns.join(' ')}】`;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A row's cells in the order of `columns`: an empty cell is -, cells after the last one written are left out. */
export function cellTexts(row: ImportedRow, columns: readonly string[], decimals: number): string[] {
    const texts = columns.map(c => valueText(row.cells.get(c), decimals));
    // a row of empty cells states nothing: it is written without cells
    if (texts.every(t => t === undefined || t === '-')) return [];
    while (texts.length > 0 && texts[texts.length - 1] === undefined) texts.pop();
    return texts.map(t => t ?? '-');
}

export function rowHead(row: ImportedRow): string {
    return row.code ? `${row.code} ${row.name}` : row.name;
}

export function rowSource(row: ImportedRow, columns: readonly string[], decimals: number, indent = ''): string[] {
    const cells = cellTexts(row, columns, decimals);
    const head = [rowHead(row), ...cells].join(' ');
    if (row.children.length === 0) return [indent + head];
    return [
        `${indent}${head} {`,
        ...row.children.flatMap(child => rowSource(child, columns, decimals, indent + '  ')),
        `${indent}}`,
    ];
}

export function tableSource(table: ImportedTable, options: SourceOptions): string {
    const columns = writtenColumns(table);
    const lines = [`${table.shape.label} ${table.shape.title} {`, `  ${importComment(table, options)}`];
    if (table.empty) {
        lines.push(table.empty.statement ? `  无数据 「${textOf(table.empty.statement)}」` : '  无数据');
    } else {
        const header = columnHeader(table, columns);
        if (header) lines.push(`  ${header}`);
        for (const row of table.rows) lines.push(...rowSource(row, columns, options.decimals, '  '));
    }
    lines.push(...table.notes.map(note => `  ${noteSource(note)}`), '}');
    return lines.join('\n');
}

/**
 * A note under the table as written: 注 「…」; a 备注 as 注 「备注：…」, the key update.ts matches the workbook's notes by
 * (备注 「…」 on a line of its own would be the table's note too, printed 备注：…).
 */
export function noteSource(note: ImportedNote): string {
    return note.key === '备注' ? `注 「备注：${textOf(note.text)}」` : `${note.key} 「${textOf(note.text)}」`;
}

/** A text for 「…」: brackets that would end it early become the other kind. */
export function textOf(text: string): string {
    return text.replace(/「/g, '『').replace(/」/g, '』');
}

export interface ReportFacts {
    readonly department?: string;
    readonly year?: number;
}

/** A new report holding the imported tables, in the template's order. */
export function reportSource(tables: readonly ImportedTable[], template: ReportTemplate, facts: ReportFacts, options: SourceOptions): string {
    const order = new Map(template.tables.map((t, i) => [t.number, i]));
    const sorted = [...tables].sort((a, b) => (order.get(a.shape.number) ?? 0) - (order.get(b.shape.number) ?? 0));
    const lines = [
        `// 由 ${oneLine(options.fileName)} 导入的决算报表。文字部分（部门概况、情况说明、名词解释）请补写。`,
        '',
        `部门 「${textOf(facts.department ?? '（请填写部门名称）')}」`,
    ];
    if (facts.year !== undefined) lines.push(`年度 ${facts.year}`);
    lines.push(`单位 ${options.unit}`, `模板 「${textOf(template.shortName)}」`, '');
    for (const table of sorted) lines.push(tableSource(table, options), '');
    return lines.join('\n');
}
