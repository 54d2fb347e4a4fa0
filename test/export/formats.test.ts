// The report as Word and Excel holds what the HTML holds: the texts of the docx's document.xml
// are the HTML's visible text, with a picture for each chart, and the workbook has a sheet for each
// table the HTML draws as a grid, every cell the HTML table's cell at the same place. The workbook is laid out for print: merged headers, codes as text, amounts with two
// decimals, frozen header rows, A4 fitted to the width, landscape for wide tables.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportReport } from '../../src/export/index.js';
import { renderReportHtml } from '../../src/generation/report-html.js';
import { layoutFor } from '../../src/templates/layouts.js';
import { parseReport } from '../../src/generation/report-source.js';
import type { ReportModel } from '../../src/model/report-model.js';
import { walkRows } from '../../src/model/rows.js';
import { ROOT, visibleText } from '../generation/helpers.js';

const EXAMPLES = readdirSync(path.join(ROOT, 'examples')).filter(f => f.endsWith('.juesuan')).sort();
/** What the published HTML prints where the source leaves out what the report needs. */
const UNFILLED = '〔未填写〕';
/** What the HTML prints for a cell written `-`: the blank as written (the worksheet leaves the cell empty). */
const BLANK = '-';

function decode(text: string): string {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/**
 * The tables the HTML draws on the 附表 pages as grids of cell texts, spans placed as a browser
 * places them. A block without a grid (a table the report does not have) is not one.
 */
interface HtmlTable { readonly label: string; readonly title: string; readonly headRows: number; readonly grid: string[][] }

function htmlTables(html: string): HtmlTable[] {
    const tables: HtmlTable[] = [];
    for (const block of html.matchAll(/<div class="table-block data"(?:(?!<div class="table-block)[\s\S])*?<\/table>/g)) {
        const title = decode(/<h2 class="table-title">([\s\S]*?)<\/h2>/.exec(block[0])?.[1] ?? '');
        const label = decode(/<div class="table-label">([\s\S]*?)<\/div>/.exec(block[0])?.[1] ?? '');
        const headRows = (/<thead>([\s\S]*?)<\/thead>/.exec(block[0])?.[1].match(/<tr/g) ?? []).length;
        const grid: string[][] = [];
        [...block[0].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].forEach((row, r) => {
            let c = 0;
            for (const cell of row[1].matchAll(/<t[hd]([^>]*)>([\s\S]*?)<\/t[hd]>/g)) {
                while (grid[r]?.[c] !== undefined) c++;
                const colspan = Number(/colspan="(\d+)"/.exec(cell[1])?.[1] ?? 1);
                const rowspan = Number(/rowspan="(\d+)"/.exec(cell[1])?.[1] ?? 1);
                const text = decode(cell[2].replace(/<[^>]+>/g, ''));
                for (let i = 0; i < rowspan; i++) for (let j = 0; j < colspan; j++) (grid[r + i] ??= [])[c + j] = i === 0 && j === 0 ? text : '';
                c += colspan;
            }
        });
        tables.push({ label, title, headRows, grid });
    }
    return tables;
}

/** What a cell of the workbook shows: a number with its format's decimals and the unit the format prints after it (0"辆"), a text as it is. */
function shown(cell: ExcelJS.Cell): string {
    const value = cell.value;
    if (value === null || value === undefined) return '';
    const unit = /"([^"]*)"$/.exec(cell.numFmt ?? '')?.[1] ?? '';
    if (typeof value === 'number') return (/^(?:#,##)?0\.00/.test(cell.numFmt ?? '') ? value.toFixed(2) : String(value)) + unit;
    return String(value);
}

/** An HTML cell and a workbook cell say the same: equal texts, equal amounts (1995 and 1995.00; 42,828,112.97 as the number the grouped format shows), or a blank. */
function same(html: string, cell: string): boolean {
    // a worksheet is data, read back by the import: what the source leaves out is a blank cell
    // there, not the 〔未填写〕 a reader of the page is shown
    html = html.replaceAll(UNFILLED, '');
    if (html === cell) return true;
    if (cell === '' && html === BLANK) return true;
    const digits = html.replaceAll(',', '');
    return /^-?\d+(\.\d+)?$/.test(digits) && /^-?\d+(\.\d+)?$/.test(cell) && Number(digits) === Number(cell);
}

describe.each(EXAMPLES)('%s in Word and Excel', name => {
    let model: ReportModel;
    let html: string;
    let workbook: ExcelJS.Workbook;
    let documentXml: string;

    beforeAll(async () => {
        model = parseReport(readFileSync(path.join(ROOT, 'examples', name), 'utf8')).model;
        html = renderReportHtml(model, { mode: 'publish' });
        workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(await exportReport(model, "xlsx") as unknown as ArrayBuffer);
        const docx = await JSZip.loadAsync(await exportReport(model, 'docx') as Buffer);
        documentXml = await docx.file('word/document.xml')!.async('string');
    }, 120_000);

    it('Word: the document’s text is the HTML’s visible text, its table of contents too', () => {
        const words = documentXml
            .match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g)!.map(t => decode(t.replace(/<[^>]+>/g, ''))).join('');
        const page = visibleText(html);
        expect(words.replace(/\s+/g, '')).toBe(page.replace(/\s+/g, ''));
        // each line of the contents a link to a bookmark at its place
        const anchors = [...documentXml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map(m => m[1]);
        expect(anchors.length).toBeGreaterThan(5);
        for (const anchor of anchors) expect(documentXml).toContain(`<w:bookmarkStart w:name="${anchor}"`);
        // a picture for each chart the HTML draws (layouts without charts have none)
        expect(documentXml.match(/<w:drawing>/g)?.length ?? 0).toBe(html.match(/<figure class="chart"/g)?.length ?? 0);
    });

    it('Excel: a cover with the report\'s title, then one sheet per table the HTML draws, each cell as the HTML table shows it', () => {
        const tables = htmlTables(html);
        expect(workbook.worksheets.map(s => s.name)).toEqual(['封面', ...tables.map(t => `${t.label} ${t.title}`.slice(0, 31))]);
        // the title with the year, which the tables do not print
        expect(workbook.worksheets[0].getCell(1, 1).value).toBe(layoutFor(model).layout(model).title);
        expect(workbook.worksheets[0].getCell(1, 1).value).toContain(`${model.meta.year}年度`);
        tables.forEach((table, i) => {
            const sheet = workbook.worksheets[i + 1];
            expect(sheet.getCell(2, 1).value, sheet.name).toBe(table.title);
            // the header starts under the title, the label and the 部门/单位 line
            const top = [...Array(8).keys()].map(k => k + 1).find(r => shown(sheet.getCell(r, 1)) === table.grid[0][0] && r > 2)!;
            expect(top, sheet.name).toBeDefined();
            expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: top + table.headRows - 1 });
            expect(sheet.pageSetup.printTitlesRow, sheet.name).toBe(`${top}:${top + table.headRows - 1}`);
            table.grid.forEach((row, r) => row.forEach((text, c) => {
                const cell = sheet.getCell(top + r, 1 + c);
                if (cell.isMerged && cell.master !== cell) return;
                expect(same(text, shown(cell)), `${sheet.name} ${cell.address}: HTML「${text}」Excel「${shown(cell)}」`).toBe(true);
            }));
        });
    });

    it('Excel: codes are text, amounts are numbers shown with two decimals; print set-up and frozen header', () => {
        const coded = workbook.worksheets.find(s => s.name.endsWith(' 一般公共预算财政拨款支出决算表'))!;
        let codes = 0;
        let amounts = 0;
        coded.eachRow(row => row.eachCell(cell => {
            if (typeof cell.value === 'string' && /^\d{3,7}$/.test(cell.value)) { codes++; expect(cell.numFmt).toBe('@'); }
            if (typeof cell.value === 'number') { amounts++; expect(cell.numFmt).toBe(model.groupsDigits ? '#,##0.00' : '0.00'); }
        }));
        // every coded row and every stated amount of the table, however few the report states
        let codedRows = 0;
        let stated = 0;
        walkRows([...model.tables.values()].find(t => t.template?.role === 'general-budget')!.rows, row => {
            if (row.code) codedRows++;
            for (const figure of row.cells.values()) if (!figure.blank && figure.kind === 'amount') stated++;
        });
        expect(codes).toBe(codedRows);
        expect(amounts).toBe(stated);
        expect(codes * amounts).toBeGreaterThan(0);
        for (const sheet of workbook.worksheets) {
            expect(sheet.pageSetup.paperSize).toBe(9);
            expect(sheet.pageSetup.fitToPage).toBe(true);
            expect(sheet.pageSetup.fitToWidth).toBe(1);
            const wide = sheet.columnCount >= 7;
            expect(sheet.pageSetup.orientation, sheet.name).toBe(wide ? 'landscape' : 'portrait');
        }
        // the 总表's 收入 and 支出 are headers merged over their columns
        const overview = workbook.worksheets[1];
        expect(overview.getCell(4, 1).value).toBe('收入');
        expect(overview.getCell(4, 2).isMerged).toBe(true);
        expect(overview.getCell(4, 2).master.address).toBe('A4');
    });
});
