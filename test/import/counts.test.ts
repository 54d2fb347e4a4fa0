// A count in a table of amounts (车辆数 3辆) is exported as the number 3 whose number format prints the unit (0"辆").
// Imported again it is that count, 3辆 — not an amount of 3 万元, and not divided by 10000 in a sheet kept in 元 — and
// the amounts beside it stay amounts. A format printing money, percent or text around the number is no count.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportReport } from '../../src/export/index.js';
import { parseReport } from '../../src/generation/report-source.js';
import { importWorkbook } from '../../src/import/index.js';
import { countFormat } from '../../src/import/workbook.js';
import { TOWN_HEAD } from '../generation/helpers.js';

const TABLE = `财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  合计 30.00 26.48
  因公出国（境）费 0 0
  公务用车购置及运行维护费 20.00 18.14 {
    公务用车购置费 0 0
    公务用车运行维护费 20.00 18.14 {
      车辆数 3辆 3辆
    }
  }
  公务接待费 10.00 8.34 {
    国内公务接待 12批次 10批次
  }
}
`;
const REPORT = `${TOWN_HEAD}${TABLE}`;

/** Each row of the report's one table: its name and its cells as written. */
function rows(text: string): string[] {
    const table = [...parseReport(text).model.tables.values()][0];
    const lines: string[] = [];
    const visit = (list: typeof table.rows) => {
        for (const row of list) {
            lines.push(`${row.name} ${[...row.cells.values()].map(f => `${f.value.toFixed()}${f.kind === 'count' ? f.unit : ''} ${f.kind}`).join(' ')}`);
            visit(row.children);
        }
    };
    visit(table.rows);
    return lines;
}

describe('a count of an exported workbook, imported again', () => {
    it('comes back as that count, and the amounts as amounts', async () => {
        const book = await exportReport(parseReport(REPORT).model, 'xlsx') as Buffer;
        const result = await importWorkbook(book, { fileName: 'counts.xlsx', template: '全国' });
        expect(result.text).toMatch(/车辆数\s+3辆\s+3辆/);
        expect(result.text).toMatch(/国内公务接待\s+12批次\s+10批次/);
        expect(rows(result.text)).toEqual([
            '合计 30 amount 26.48 amount',
            '因公出国（境）费 0 amount 0 amount',
            '公务用车购置及运行维护费 20 amount 18.14 amount',
            '公务用车购置费 0 amount 0 amount',
            '公务用车运行维护费 20 amount 18.14 amount',
            '车辆数 3辆 count 3辆 count',
            '公务接待费 10 amount 8.34 amount',
            '国内公务接待 12批次 count 10批次 count',
        ]);
    });

    it('comes back the same from the workbook saved as .xls', async () => {
        const book = await exportReport(parseReport(REPORT).model, 'xlsx') as Buffer;
        const xlsx = await importWorkbook(book, { fileName: 'counts.xlsx', template: '全国' });
        const xls = XLSX.write(XLSX.read(book, { type: 'buffer', cellNF: true }), { type: 'array', bookType: 'xls' }) as ArrayBuffer;
        const fromXls = await importWorkbook(new Uint8Array(xls), { fileName: 'counts.xls', template: '全国' });
        expect(fromXls.text).toMatch(/车辆数\s+3辆\s+3辆/);
        expect(rows(fromXls.text)).toEqual(rows(xlsx.text));
    });

    it('is not converted where the sheet is kept in 元, while the amounts are', async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(await exportReport(parseReport(REPORT).model, 'xlsx') as unknown as ArrayBuffer);
        workbook.eachSheet(sheet => sheet.eachRow(row => row.eachCell(cell => {
            if (typeof cell.value === 'string' && cell.value.includes('万元')) cell.value = cell.value.replace('万元', '元');
        })));
        const result = await importWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), { fileName: 'counts.xlsx', template: '全国' });
        expect(result.text).toMatch(/车辆数\s+3辆\s+3辆/);
        expect(result.text).toMatch(/合计\s+0\.00\s+0\.00/);
    });

    it('is the count its row names the unit of (公务用车保有量（辆） 9), bare in the sheet, never an amount converted from 元', async () => {
        const report = `${TOWN_HEAD}${TABLE.replace('车辆数 3辆 3辆', '公务用车保有量（辆） 9 9')}
`;
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(await exportReport(parseReport(report).model, 'xlsx') as unknown as ArrayBuffer);
        workbook.eachSheet(sheet => sheet.eachRow(row => row.eachCell(cell => {
            if (typeof cell.value === 'string' && cell.value.includes('万元')) cell.value = cell.value.replace('万元', '元');
        })));
        const result = await importWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), { fileName: 'counts.xlsx', template: '全国' });
        expect(result.text).toMatch(/公务用车保有量（辆）\s+9辆\s+9辆/);
        expect(result.text).toMatch(/公务接待费\s+0\.00\s+0\.00/);
    });

    it('updates a report holding the same counts without a change', async () => {
        const book = await exportReport(parseReport(REPORT).model, 'xlsx') as Buffer;
        const result = await importWorkbook(book, { fileName: 'counts.xlsx', report: REPORT });
        expect(result.changes.filter(c => c.kind === 'figure')).toEqual([]);
    });

    it('updates a count written otherwise to the workbook’s', async () => {
        const book = await exportReport(parseReport(REPORT).model, 'xlsx') as Buffer;
        const result = await importWorkbook(book, { fileName: 'counts.xlsx', report: REPORT.replace('国内公务接待 12批次 10批次', '国内公务接待 12批次 9批次') });
        expect(result.changes.filter(c => c.kind === 'figure').map(c => `${c.old} → ${c.new}`)).toEqual(['9批次 → 10批次']);
        expect(result.text).toMatch(/国内公务接待\s+12批次\s+10批次/);
    });
});

describe('the count a number format shows', () => {
    it('is a unit of the grammar that counts things, after the digits', () => {
        expect(countFormat('0"辆"', XLSX.SSF)).toEqual({ unit: '辆', decimals: 0 });
        expect(countFormat('#,##0"人"', XLSX.SSF)).toEqual({ unit: '人', decimals: 0 });
        expect(countFormat('0.0"人次"', XLSX.SSF)).toEqual({ unit: '人次', decimals: 1 });
        expect(countFormat('0\\台', XLSX.SSF)).toEqual({ unit: '台', decimals: 0 });
        expect(countFormat('0" 个"', XLSX.SSF)).toEqual({ unit: '个', decimals: 0 });
        expect(countFormat('[Red]0"批次";-0"批次"', XLSX.SSF)).toEqual({ unit: '批次', decimals: 0 });
        expect(countFormat('General"套"', XLSX.SSF)).toEqual({ unit: '套', decimals: undefined });
    });

    it('is none for money, percent, dates, text around the number or a word that is no unit', () => {
        for (const format of ['0.00', '#,##0.00', '0.00"万元"', '0"元"', '0.00%', '0"%"', '"共"0"辆"', '0"辆"0', 'yyyy"年"m"月"', '@"辆"', '0"辆次"', 'General']) {
            expect(countFormat(format, XLSX.SSF), format).toBeUndefined();
        }
    });
});
