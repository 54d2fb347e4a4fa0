// A table whose rows say in words what the figures are prints those words in a column of their own,
// one for each word some row has (用途, 说明, 备注), in every format: a table of the department's own
// (北京's 政府购买服务决算公开情况表: 购买服务内容, 承接主体类型 written as 说明) and a template's table alike.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportReport } from '../../src/export/index.js';
import { parseReport } from '../../src/generation/report-source.js';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「东江县文化和旅游局」
年度 2024
单位 万元
表12 政府购买服务决算公开情况表 {
  列【支出金额】
  合计 120.00
  公共数字文化服务 80.00 说明 「图书馆数字资源加工；企业」
  文化市场巡查辅助服务 40.00 说明 「行政执法辅助服务；社会组织」
}
`;

const TEMPLATE_TABLE = `模板 「全国」
部门 「东江县文化和旅游局」
年度 2024
单位 万元
表5 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 300.00 200.00 100.00
  201 一般公共服务支出 300.00 200.00 100.00 备注 「含一次性补助」
  20103 政府办公厅（室）及相关机构事务 300.00 200.00 100.00 用途 「机关运转」
}
`;

/** The rows of the table titled `title`, each its cells' visible texts joined by ' | '. */
function tableRows(html: string, title: string): string[] {
    const table = html.slice(html.indexOf(`${title}</`));
    const body = table.slice(0, table.indexOf('</table>'));
    return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]
        .map(m => [...m[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map(cell => visibleText(cell[1]).trim()).join(' | '));
}

describe('words on a table\'s rows', () => {
    it('of a table of the department\'s own are printed beside the figures', () => {
        const rows = tableRows(buildHtml(REPORT), '政府购买服务决算公开情况表');
        expect(rows).toContain('公共数字文化服务 | 80.00 | 图书馆数字资源加工；企业');
        expect(rows).toContain('文化市场巡查辅助服务 | 40.00 | 行政执法辅助服务；社会组织');
    });

    it('of a template\'s table are printed in a column for each word, once', () => {
        const html = buildHtml(TEMPLATE_TABLE);
        const rows = tableRows(html, '一般公共预算财政拨款支出决算表');
        expect(rows.slice(0, 2)).toEqual(['项目 | 本年支出 | 用途 | 备注', '科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出']);
        expect(rows).toContain('201 | 一般公共服务支出 | 300.00 | 200.00 | 100.00 |  | 含一次性补助');
        expect(rows).toContain('20103 | 政府办公厅（室）及相关机构事务 | 300.00 | 200.00 | 100.00 | 机关运转 | ');
        // not again as a paragraph of texts the layout had no place for
        expect(html.split('含一次性补助').length - 1).toBe(1);
    });

    it('of a template\'s table are in the Word document and the workbook', async () => {
        const { model } = parseReport(TEMPLATE_TABLE);
        const docx = await JSZip.loadAsync(await exportReport(model, 'docx') as Buffer);
        const xml = await docx.file('word/document.xml')!.async('string');
        expect(xml).toContain('含一次性补助');
        expect(xml).toContain('机关运转');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(await exportReport(model, 'xlsx') as unknown as ArrayBuffer);
        const rows = workbook.worksheets.flatMap(sheet => sheet.getSheetValues().filter(Boolean)
            .map(row => (row as unknown[]).filter(v => v !== undefined && v !== null).map(String)));
        expect(rows.some(row => row.includes('用途') && row.includes('备注'))).toBe(true);
        expect(rows.some(row => row.includes('一般公共服务支出') && row.includes('含一次性补助'))).toBe(true);
    });
});

describe('a table whose 列【…】 names its column of words', () => {
    // 列【项目名称 预算数 决算数 备注】: 项目名称 heads the rows' names, 备注 the words, each printed once
    const own = `模板 「全国」\n部门 「某县财政局」\n年度 2024\n单位 万元\n部门项目支出表 {\n  列【项目名称 预算数 决算数 备注】\n  项目甲 10.00 9.00 备注 「跨年项目」\n  项目乙 5.00 5.00\n}\n`;
    const threePublic = `模板 「全国」\n部门 「某县财政局」\n年度 2024\n单位 万元\n表9 财政拨款“三公”经费支出决算表 {\n  列【预算数 决算数 备注】\n  合计 8.00 6.38\n  因公出国（境）费 - -\n  公务用车购置及运行维护费 - - {\n    公务用车购置费 - -\n    公务用车运行维护费 - -\n  }\n  公务接待费 8.00 6.38 备注 「含外事接待」\n}\n`;

    it('prints it once, after the figures, the names under their own heading', () => {
        const rows = tableRows(buildHtml(own), '部门项目支出表');
        expect(rows.slice(0, 3)).toEqual(['项目名称 | 预算数 | 决算数 | 备注', '项目甲 | 10.00 | 9.00 | 跨年项目', '项目乙 | 5.00 | 5.00 | ']);
    });

    it('in a template\'s table too', () => {
        const rows = tableRows(buildHtml(threePublic), '财政拨款“三公”经费支出决算表');
        expect(rows[0]).toBe('项目 | 预算数 | 决算数 | 备注');
        expect(rows).toContain('公务接待费 | 8.00 | 6.38 | 含外事接待');
    });
});
