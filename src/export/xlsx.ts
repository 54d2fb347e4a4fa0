// The report's tables as an Excel workbook (exceljs): a cover sheet with the report's title (某局2024年度部门决算,
// the year an import reads back), then one sheet per table the HTML draws as a
// grid (a table the report does not have, only titled there, gets none), laid out as the HTML
// prints it — title, 公开NN表 label, 部门 and 单位, the merged header rows, the body — with codes
// as text, amounts as numbers shown with two decimals (and thousands separators where the report
// writes them), counts as numbers with the unit they print with in the number format (3辆), header
// rows frozen and repeated on every printed page, A4 fitted to the page width (landscape for wide tables).
import ExcelJS from 'exceljs';
import type { Figure } from '../model/figure.js';
import type { ReportDocument, TableBlock } from '../generation/report-parts.js';
import { tableFoot } from '../generation/report-parts.js';
import { cellFigure, inlineText } from './inline-text.js';
import { placeTable } from './table-grid.js';
import { collectTables } from './report-tables.js';

const FONT = '宋体';
const TITLE_FONT = '黑体';
/** Number formats without and with thousands separators. */
const AMOUNT_FORMAT = { plain: '0.00', grouped: '#,##0.00' };
const COUNT_FORMAT = { plain: '0', grouped: '#,##0' };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Column widths in characters: the widest a table gets on a page, and the narrowest column. */
const PAGE_WIDTH = { portrait: 96, landscape: 150 };
const MIN_COLUMN = 8;
const AMOUNT_COLUMN = 14;

export async function writeXlsx(document: ReportDocument): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'juesuan';
    workbook.title = document.title;
    addCover(workbook, document.title);
    const names = new Set<string>([COVER]);
    const tables = collectTables(document);
    for (const { table, landscape } of tables) addSheet(workbook, sheetName(table, names), table, landscape);
    if (tables.length === 0) workbook.addWorksheet('说明').getCell('A1').value = '本报告没有决算表。';
    return Buffer.from(await workbook.xlsx.writeBuffer());
}

const COVER = '封面';

/**
 * The cover: the report's title in one cell, as the printed cover reads it. The tables print no year
 * (most templates' do not), so this is where the year is kept for an import of the workbook.
 */
function addCover(workbook: ExcelJS.Workbook, title: string): void {
    const sheet = workbook.addWorksheet(COVER, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true } });
    sheet.getColumn(1).width = PAGE_WIDTH.portrait;
    const cell = sheet.getCell(1, 1);
    cell.value = title;
    cell.font = { name: TITLE_FONT, size: 22, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    sheet.getRow(1).height = 80;
}

/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\, unique. */
function sheetName(table: TableBlock, taken: Set<string>): string {
    const base = [table.label, table.title].filter(Boolean).join(' ').replace(/[[\]:*?/\\]/g, '').trim().slice(0, 31) || '表';
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 28)}(${n})`;
    taken.add(name);
    return name;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, table: TableBlock, landscape: boolean): void {
    const grid = placeTable(table);
    const width = Math.max(grid.columns, 1);
    const sheet = workbook.addWorksheet(name, {
        pageSetup: {
            paperSize: 9, // A4
            orientation: landscape ? 'landscape' : 'portrait',
            fitToPage: true, fitToWidth: 1, fitToHeight: 0,
            horizontalCentered: true,
            margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        },
    });
    let row = 1;
    const line = (text: string, options: { size: number; bold?: boolean; font?: string; align: 'left' | 'center' | 'right'; from?: number; to?: number }) => {
        const from = options.from ?? 1;
        const to = options.to ?? width;
        if (to > from) sheet.mergeCells(row, from, row, to);
        const cell = sheet.getCell(row, from);
        cell.value = text;
        cell.font = { name: options.font ?? FONT, size: options.size, bold: options.bold };
        cell.alignment = { horizontal: options.align, vertical: 'middle' };
    };
    if (table.label) line(table.label, { size: 10, align: 'right' });
    if (table.label) row++;
    if (table.title) {
        line(table.title, { size: 16, bold: true, font: TITLE_FONT, align: 'center' });
        sheet.getRow(row).height = 28;
        row++;
    }
    if (table.labelUnder) line(table.labelUnder, { size: 10, align: 'right' });
    if (table.labelUnder) row++;
    if (table.subtitle) line(table.subtitle, { size: 11, align: 'center' });
    if (table.subtitle) row++;
    if (table.owner || table.unit) {
        const half = Math.max(1, Math.floor(width / 2));
        // what the line prints between the two (决算年度：2024) follows the left piece
        const left = [table.owner, table.middle].filter(Boolean).join('　　');
        if (left) line(left, { size: 10, align: 'left', from: 1, to: half });
        if (table.unit) line(table.unit, { size: 10, align: 'right', from: Math.min(width, half + 1), to: width });
        row++;
    }

    const top = row;
    const amountColumns = new Set<number>();
    for (const placed of grid.cells) {
        const r = top + placed.row;
        const c = 1 + placed.column;
        if (placed.rowspan > 1 || placed.colspan > 1) sheet.mergeCells(r, c, r + placed.rowspan - 1, c + placed.colspan - 1);
        const cell = sheet.getCell(r, c);
        const figure = placed.head ? undefined : cellFigure(placed.cell);
        if (figure) {
            amountColumns.add(c);
            writeFigure(cell, figure.figure, figure.grouped, figure.unit);
        } else {
            const text = inlineText(placed.cell.content, '');
            // codes and every other label stay text: 2010301 is not a number to add up
            cell.value = text === '' ? null : text;
            cell.numFmt = '@';
        }
        cell.font = { name: FONT, size: 10, bold: placed.head || placed.emphasis === 'total' };
        cell.alignment = {
            horizontal: placed.head ? 'center' : figure ? 'right' : placed.cell.align ?? 'left',
            vertical: 'middle',
            wrapText: placed.head || placed.colspan > 1,
            indent: placed.cell.indent ? Math.min(placed.cell.indent, 15) : undefined,
        };
        for (let i = 0; i < placed.rowspan; i++) {
            for (let j = 0; j < placed.colspan; j++) sheet.getCell(r + i, c + j).border = BORDER;
        }
    }
    row = top + grid.rows;
    for (const note of tableFoot(table)) {
        row++;
        line(inlineText(note.content, ''), { size: 10, align: 'left' });
        sheet.getRow(row).height = 30;
        sheet.getCell(row, 1).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    }

    setWidths(sheet, table, width, amountColumns, landscape);
    if (grid.headRows > 0) {
        const lastHead = top + grid.headRows - 1;
        sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: lastHead }];
        sheet.pageSetup.printTitlesRow = `${top}:${lastHead}`;
    }
}

/**
 * A figure as a number; a unit printed after it (3辆 in a table of amounts) goes into the number format, so that the
 * cell shows 3辆 and still adds up.
 */
function writeFigure(cell: ExcelJS.Cell, figure: Figure, grouped: boolean, unit: string | undefined): void {
    // a cell written `-` is empty, as on the printed table
    if (figure.blank) return;
    if (figure.kind === 'rate') {
        cell.value = figure.value.div(100).toNumber();
        cell.numFmt = '0.00%';
    } else {
        cell.value = figure.value.toNumber();
        const format = figure.kind === 'amount' ? AMOUNT_FORMAT : COUNT_FORMAT;
        cell.numFmt = (grouped ? format.grouped : format.plain) + (unit ? `"${unit.replace(/"/g, '')}"` : '');
    }
}

function setWidths(sheet: ExcelJS.Worksheet, table: TableBlock, columns: number, amounts: Set<number>, landscape: boolean): void {
    const relative = table.widths && table.widths.length === columns ? table.widths : Array<number>(columns).fill(1);
    const total = relative.reduce((a, b) => a + b, 0);
    const page = landscape ? PAGE_WIDTH.landscape : PAGE_WIDTH.portrait;
    relative.forEach((w, i) => {
        const floor = amounts.has(i + 1) ? AMOUNT_COLUMN : MIN_COLUMN;
        sheet.getColumn(i + 1).width = Math.max(floor, Math.round(page * w / total));
    });
}
