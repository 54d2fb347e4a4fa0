// A name written with half-width brackets (因公出国(境)费) is printed full width in the generated report (the parser
// reads names so): the Word and Excel exports print it so too, not as written.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportReport } from '../../src/export/index.js';
import { parseReport } from '../../src/generation/report-source.js';

const SOURCE = `模板 「全国」
部门 「某区某中心(机关)」
年度 2025
单位 万元
九、财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  合计 8.00 6.38
  因公出国(境)费 - -
  公务接待费 8.00 6.38
}
`;

describe('names written with half-width brackets in the exports', () => {
    const model = parseReport(SOURCE).model;
    it('Word prints them full width', async () => {
        const docx = await JSZip.loadAsync(await exportReport(model, 'docx') as Buffer);
        const xml = await docx.file('word/document.xml')!.async('string');
        expect(xml).toContain('因公出国（境）费');
        expect(xml).not.toContain('因公出国(境)费');
    });
    it('Excel prints them full width', async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(await exportReport(model, 'xlsx') as unknown as ArrayBuffer);
        const texts = workbook.worksheets.flatMap(sheet => sheet.getSheetValues().flat().filter((v): v is string => typeof v === 'string'));
        expect(texts).toContain('因公出国（境）费');
        expect(texts.some(t => t.includes('(境)'))).toBe(false);
    });
});
