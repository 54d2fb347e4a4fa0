// Workbooks that cannot be imported safely: each gets a Chinese message naming the sheet and cell,
// and nothing is imported (importWorkbook throws; the command line writes no file).
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { ImportError, importWorkbook } from '../../src/import/index.js';
import { addIncomeTable, addTwoTablesSheet, bytesOf, newWorkbook } from './workbooks.js';

async function problems(bytes: Uint8Array): Promise<readonly string[]> {
    try {
        await importWorkbook(bytes, { fileName: '决算报表.xlsx' });
    } catch (err) {
        if (err instanceof ImportError) return err.list;
        throw err;
    }
    throw new Error('the workbook was imported');
}

async function problemsOf(build: (workbook: ReturnType<typeof newWorkbook>) => void): Promise<readonly string[]> {
    const workbook = newWorkbook();
    build(workbook);
    return problems(await bytesOf(workbook));
}

describe('a workbook that cannot be imported', () => {
    it('password-protected (an encrypted package): says so and how to remove the password', async () => {
        const container = XLSX.CFB.utils.cfb_new();
        const info = new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...new TextEncoder().encode('<?xml version="1.0"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>')]);
        XLSX.CFB.utils.cfb_add(container, '/EncryptionInfo', info);
        XLSX.CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(4096).fill(7));
        const bytes = XLSX.CFB.write(container, { type: 'array' }) as number[];
        const [message] = await problems(new Uint8Array(bytes));
        expect(message).toContain('决算报表.xlsx 设有打开密码');
        expect(message).toContain('清除密码');
    });

    it('corrupt: a zip that breaks off, and a file that is no workbook at all', async () => {
        const whole = await bytesOf((() => { const wb = newWorkbook(); addIncomeTable(wb); return wb; })());
        expect((await problems(whole.subarray(0, 600)))[0]).toMatch(/决算报表\.xlsx 无法读取，文件可能已损坏.*另存为 \.xlsx/);
        expect((await problems(new TextEncoder().encode('部门,金额\n教育局,100\n')))[0]).toBe('决算报表.xlsx 不是 Excel 工作簿（.xlsx 或 .xls），或文件已损坏。');
    });

    it('a sheet with figures but no table of the template: names the sheet', async () => {
        const list = await problemsOf(wb => {
            addIncomeTable(wb);
            const other = wb.addWorksheet('人员情况');
            other.getCell('A1').value = '在职人数';
            other.getCell('B1').value = 42;
        });
        expect(list).toEqual([expect.stringContaining('工作表「人员情况」中没有认出模板中的任何一张表')]);
    });

    it('numbers stored as text: names the cell and says how to convert them', async () => {
        const list = await problemsOf(wb => {
            const sheet = addIncomeTable(wb);
            sheet.getCell('E10').value = '6,422,012.34';
        });
        expect(list).toEqual(['工作表「收入决算表」单元格 E10 的数字「6,422,012.34」是以文本形式存储的。请在 Excel 中选中这些单元格，用“转换为数字”改为数值后再导入。']);
    });

    it('a word where an amount belongs: names the cell', async () => {
        const list = await problemsOf(wb => { addIncomeTable(wb).getCell('F10').value = '见附件'; });
        expect(list).toEqual(['工作表「收入决算表」单元格 F10 应为金额，却写着「见附件」。']);
    });

    it('a ~ where an amount belongs is no blank (the grammar reads none): names the cell, never a silent 0', async () => {
        const list = await problemsOf(wb => { addIncomeTable(wb).getCell('F10').value = '~'; });
        expect(list).toEqual(['工作表「收入决算表」单元格 F10 应为金额，却写着「~」。']);
    });

    it('formulas without a calculated value: names the cell and the formula', async () => {
        const list = await problemsOf(wb => {
            const sheet = addIncomeTable(wb);
            sheet.getCell('E8').value = { formula: 'SUM(E10:E11)' } as never;
        });
        expect(list).toEqual([expect.stringMatching(/^工作表「收入决算表」单元格 E8 是公式 =SUM\(E10:E11\)，但文件中没有保存它的计算结果/)]);
    });

    it('a formula with its calculated value is read as that value', async () => {
        const workbook = newWorkbook();
        addIncomeTable(workbook).getCell('E10').value = { formula: '6422012.34', result: 6422012.34 } as never;
        const result = await importWorkbook(await bytesOf(workbook), { fileName: '决算报表.xlsx' });
        expect(result.text).toMatch(/2050101 行政运行 +642\.20/);
    });

    it('a table cut in the middle of its header: names the cell where it stops', async () => {
        const list = await problemsOf(wb => {
            const sheet = wb.addWorksheet('明细表');
            sheet.mergeCells('A1:G1');
            sheet.getCell('A1').value = '一般公共预算财政拨款支出决算明细表';
            sheet.getCell('A3').value = '部门：某区教育局';
            sheet.getCell('G3').value = '单位：元';
            sheet.getCell('A4').value = '科目编码';
            sheet.getCell('B4').value = '科目名称';
            sheet.getCell('C4').value = '合计';
            sheet.mergeCells('D4:F4');
            sheet.getCell('D4').value = '基本支出';
        });
        expect(list).toEqual([expect.stringMatching(/^工作表「明细表」单元格 D4：「一般公共预算财政拨款支出决算明细表」的表头在这里中断/)]);
    });

    it('a title with nothing under it: the table is cut off', async () => {
        const list = await problemsOf(wb => { wb.addWorksheet('表2').getCell('A1').value = '收入决算表'; });
        expect(list).toEqual([expect.stringMatching(/^工作表「表2」的「收入决算表」只有表名，没有表头和数据/)]);
    });

    it('two sheets claiming the same table: names both', async () => {
        const list = await problemsOf(wb => { addIncomeTable(wb, { sheet: '收入' }); addIncomeTable(wb, { sheet: '收入（修改）' }); });
        expect(list).toEqual([expect.stringMatching(/^工作表「收入」 A1:K\d+ 和 工作表「收入（修改）」 A1:K\d+ 都是「收入决算表」/)]);
    });

    it('lists every problem at once', async () => {
        const list = await problemsOf(wb => {
            addIncomeTable(wb).getCell('E10').value = '1,000.00';
            addTwoTablesSheet(wb).getCell('D7').value = { formula: 'C7' } as never;
        });
        expect(list.map(p => /单元格 (\w+)/.exec(p)?.[1])).toEqual(['E10', 'D7']);
    });
});
