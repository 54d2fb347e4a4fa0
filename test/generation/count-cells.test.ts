// A count in a table of amounts (车辆数 3辆 in a table headed 单位：万元) prints with its unit, never bare as if it
// were 3万元; a count whose row names its unit (公务用车保有量（辆） 3, 云南 2019) prints bare, as the report prints it.
// In the workbook such a count is a number all the same, its unit in the number format (3辆 shown, 3 to add up).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportReport } from '../../src/export/index.js';
import { parseReport } from '../../src/generation/report-source.js';
import { buildHtml, TOWN_HEAD, visibleText } from './helpers.js';

const REPORT = `${TOWN_HEAD}
十二、机构运行经费支出、国有资产占用情况及政府采购支出信息表 {
  机构运行经费支出 216.48
  政府采购支出总额 58.60
  车辆数 3辆 {
    机要通信用车 1辆
    其他用车 2辆
  }
  公务用车保有量（辆） 3
  国内公务接待人次（人） 64人
  国内公务接待 12批次
}
`;

/** Each body row of the built tables, its cells' texts joined by |. */
function rows(html: string): string[] {
    return [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(m => [...m[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(c => visibleText(c[1]).trim()).join('|'));
}

describe('a count in a table of amounts', () => {
    const printed = rows(buildHtml(REPORT));

    it('prints with its unit', () => {
        expect(printed).toContain('车辆数|3辆');
        expect(printed).toContain('机要通信用车|1辆');
        expect(printed).toContain('其他用车|2辆');
        expect(printed).toContain('国内公务接待|12批次');
    });

    it('prints bare where its row names the unit, and amounts print bare', () => {
        expect(printed).toContain('公务用车保有量（辆）|3');
        expect(printed).toContain('国内公务接待人次（人）|64');
        expect(printed).toContain('机构运行经费支出|216.48');
    });
});

describe('a count in a table of amounts, in the workbook', () => {
    it('is a number, shown with its unit by the number format, so that it adds up', async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(await exportReport(parseReport(REPORT).model, 'xlsx') as unknown as ArrayBuffer);
        const sheet = workbook.worksheets.find(s => s.name.includes('机构运行经费'))!;
        const cells = new Map<string, ExcelJS.Cell>();
        sheet.eachRow(row => {
            const label = row.getCell(1).value;
            if (typeof label === 'string') cells.set(label.trim(), row.getCell(2));
        });
        const shown = (name: string) => [cells.get(name)?.value, cells.get(name)?.numFmt];
        expect(shown('车辆数')).toEqual([3, '0"辆"']);
        expect(shown('其他用车')).toEqual([2, '0"辆"']);
        expect(shown('国内公务接待')).toEqual([12, '0"批次"']);
        // bare where the row names its unit, amounts with two decimals
        expect(shown('公务用车保有量（辆）')).toEqual([3, '0']);
        expect(shown('机构运行经费支出')).toEqual([216.48, '0.00']);
    });
});
