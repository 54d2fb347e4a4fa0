// Figures print as the report writes them: with thousands separators where the report's figures
// carry them (central departments: 64,999,264.21), in the tables, the sentences and the workbook
// alike; and a cell written `-` prints `-` wherever a 【…】 names it, never a 0 nobody wrote.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportReport } from '../../src/export/index.js';
import { parseReport } from '../../src/generation/report-source.js';
import { buildHtml, visibleText } from './helpers.js';

function source(figures: { total: string; general: string; fund: string }): string {
    return `模板 「全国」
部门 「某部」
年度 2024
单位 万元

公开01表 收入支出决算总表 {
  收入 {
    一般公共预算财政拨款收入 ${figures.general}
    政府性基金预算财政拨款收入 ${figures.fund}
    本年收入合计 ${figures.total} 上年 ${figures.general}
    总计 ${figures.total}
  }
  支出 {
    本年支出合计 ${figures.total}
    总计 ${figures.total}
  }
}

情况说明 {
  收入决算情况说明 「本年收入合计【公开01表.收入.本年收入合计】万元，政府性基金预算财政拨款收入【公开01表.收入.政府性基金预算财政拨款收入】万元。」
}
`;
}

const GROUPED = source({ total: '64,999,264.21', general: '64,999,264.21', fund: '-' });
const PLAIN = source({ total: '64999264.21', general: '64999264.21', fund: '-' });

function tablePage(html: string, n: number): string {
    return visibleText(html.match(new RegExp(`<section class="table-page[^"]*" id="table-${n}"[\\s\\S]*?</section>`))![0]);
}

describe('figures as the report writes them', () => {
    it('prints the tables with thousands separators where the report writes them so', () => {
        const page = tablePage(buildHtml(GROUPED, { mode: 'publish' }), 1);
        expect(page).toContain('64,999,264.21');
        expect(page).not.toContain('64999264.21');
    });

    it('prints references and computed figures in the same style', () => {
        const text = visibleText(buildHtml(GROUPED, { mode: 'publish' }));
        expect(text).toContain('本年收入合计64,999,264.21万元');
        expect(text).not.toMatch(/\d{4}\.\d\d/);
    });

    it('prints figures without separators where the report writes none', () => {
        const text = visibleText(buildHtml(PLAIN, { mode: 'publish' }));
        expect(text).toContain('64999264.21');
        expect(text).not.toContain('64,999,264.21');
    });

    it('keeps numbers as numbers in the workbook, formatted with separators', async () => {
        for (const [text, format] of [[GROUPED, '#,##0.00'], [PLAIN, '0.00']] as const) {
            const workbook = new ExcelJS.Workbook();
            await workbook.xlsx.load(await exportReport(parseReport(text).model, 'xlsx') as unknown as ArrayBuffer);
            const cells: ExcelJS.Cell[] = [];
            // the first table's sheet, after the cover
            workbook.worksheets[1].eachRow(row => row.eachCell(cell => { if (cell.value === 64999264.21) cells.push(cell); }));
            expect(cells.length).toBeGreaterThan(0);
            for (const cell of cells) expect(cell.numFmt).toBe(format);
        }
    });

    it('prints a 【…】 to a cell written - as -, not as 0', () => {
        const text = visibleText(buildHtml(PLAIN, { mode: 'publish' }));
        expect(text).toContain('政府性基金预算财政拨款收入-万元');
        expect(text).not.toContain('政府性基金预算财政拨款收入0万元');
    });
});
