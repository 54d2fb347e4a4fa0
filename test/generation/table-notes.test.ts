// A table's notes (注 「…」, 说明 「…」, a text of another key) are printed under the table as
// written, in order and escaped — in the HTML (so the preview and the PDF), the Word document and
// the workbook; an empty table's 无数据 statement still comes first.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportReport } from '../../src/export/index.js';
import { parseReport } from '../../src/generation/report-source.js';
import { buildHtml, EXAMPLE_TEXT, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「某市档案馆」
年度 2024
单位 万元
表1 收入支出决算总表 {
  收入 { 一般公共预算财政拨款收入 100 本年收入合计 100 总计 100 }
  支出 { 一般公共服务支出 100 本年支出合计 100 总计 100 }
  注 「本表反映部门本年度的总收支和年末结转结余情况。」
  说明 「金额<b>单位</b>为万元。」
  资料来源 「本馆财务账」
  说明 「注：本套报表金额单位转换时可能存在尾数误差。」
}
表9 国有资本经营预算财政拨款支出决算表 {
  无数据 「本单位无国有资本经营预算财政拨款支出。」
  注：「注：本表为空表。」
}
表8 政府性基金预算财政拨款收入支出决算表 {
  无数据
  注 「本单位2024年度无政府性基金预算财政拨款收支，故本表为空表。」
}
`;

/** The visible text of the table page whose title contains `title`. */
function tablePage(html: string, title: string): string {
    const page = html.split('<section').find(section => section.includes('table-title') && section.includes(title));
    return visibleText(`<section${page ?? ''}`).replace(/\s+/g, ' ');
}

describe('a table’s notes', () => {
    const html = buildHtml(REPORT);

    it('are printed under the table, in the order written, with their keys', () => {
        const page = tablePage(html, '收入支出决算总表');
        const notes = ['注：本表反映部门本年度的总收支和年末结转结余情况。', '说明：金额<b>单位</b>为万元。', '资料来源：本馆财务账'];
        const at = notes.map(note => page.indexOf(note));
        expect(at.every(i => i > page.indexOf('总计'))).toBe(true);
        expect(at).toEqual([...at].sort((a, b) => a - b));
    });

    it('copied with their own 注： under another key print that label only (青岛: 说明 「注：…」)', () => {
        const page = tablePage(html, '收入支出决算总表');
        expect(page).toContain('注：本套报表金额单位转换时可能存在尾数误差。');
        expect(page).not.toContain('说明：注：');
    });

    it('copied with their own key print it once, whichever colon follows it', () => {
        const page = tablePage(buildHtml(REPORT.replace('  资料来源 「本馆财务账」\n',
            '  数据来源 「数据来源：财务系统。」\n  资料来源 「资料来源 : 部门决算报表。」\n')), '收入支出决算总表');
        expect(page).toContain('数据来源：财务系统。');
        expect(page).toContain('资料来源：部门决算报表。');
        expect(page).not.toMatch(/数据来源：数据来源|资料来源：资料来源/);
    });

    it('are escaped', () => {
        expect(html).toContain('说明：金额&lt;b&gt;单位&lt;/b&gt;为万元。');
        expect(html).not.toContain('<b>单位</b>');
    });

    it('follow an empty table’s 无数据 statement, a copied 注： printed once', () => {
        const page = tablePage(html, '国有资本经营预算财政拨款支出决算表');
        expect(page).toContain('注：本单位无国有资本经营预算财政拨款支出。 注：本表为空表。');
        expect(page).not.toContain('注：注：');
    });

    it('stand for the standard statement of an empty table that says why it is empty', () => {
        const page = tablePage(html, '政府性基金预算财政拨款收入支出决算表');
        expect(page).toContain('注：本单位2024年度无政府性基金预算财政拨款收支，故本表为空表。');
        expect(page).not.toContain('故本表无数据');
    });

    it('leave an empty table its standard statement where the only one is its 单位行, which prints above it', () => {
        const page = tablePage(buildHtml(REPORT.replace('  无数据\n  注 「本单位2024年度无政府性基金预算财政拨款收支，故本表为空表。」\n', '  无数据\n  单位行 「金额单位：万元」\n')),
            '政府性基金预算财政拨款收入支出决算表');
        expect(page).toMatch(/注：本(?:部门|单位)2024年度没有.+，故本表无数据。/);
        expect(page).not.toContain('单位行');
    });

    it('follow the blank rows of an empty table written as printed, in place of 本表无数据', () => {
        // the published page prints its head, a blank 合计 row and the note under it (its note says it has no data)
        const written = (rows: string) => `模板 「全国」\n部门 「某局」\n年度 2024\n单位 万元\n表9 国有资本经营预算财政拨款支出决算表 {\n${rows}}\n`;
        const page = tablePage(buildHtml(written('  列【合计 基本支出 项目支出】\n  合计 - - -\n  注 「本部门无国有资本经营预算财政拨款支出，故本表无数据。」\n')), '国有资本经营');
        expect(page).toContain('合计--- 注：本部门无国有资本经营预算财政拨款支出，故本表无数据。');
        expect(page).not.toMatch(/项目支出 ?本表无数据/);
        // 无数据 alone writes no row: the one line saying so
        expect(tablePage(buildHtml(written('  无数据\n')), '国有资本经营')).toContain('本表无数据');
    });

    it('are in the Word document and the workbook', async () => {
        const { model } = parseReport(REPORT);
        const docx = await JSZip.loadAsync(await exportReport(model, 'docx') as Buffer);
        const xml = await docx.file('word/document.xml')!.async('string');
        expect(xml).toContain('说明：金额&lt;b&gt;单位&lt;/b&gt;为万元。');
        expect(xml).toContain('资料来源：本馆财务账');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(await exportReport(model, 'xlsx') as unknown as ArrayBuffer);
        const texts = workbook.worksheets.flatMap(sheet => {
            const values: string[] = [];
            sheet.eachRow(row => row.eachCell(cell => { if (typeof cell.value === 'string') values.push(cell.value); }));
            return values;
        });
        expect(texts).toContain('注：本表反映部门本年度的总收支和年末结转结余情况。');
        expect(texts).toContain('注：本表为空表。');
    });
});

describe('a table’s 备注 「…」 on a line of its own (real tables print 备注：… under the table)', () => {
    const source = `模板 「全国」
部门 「某局」
年度 2024
单位 万元
表9 财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  合计 8.00 6.00
  因公出国（境）费 0 0
  公务用车购置及运行费 6.00 5.00 {
    公务用车购置费 0 0
    公务用车运行费 6.00 5.00
  }
  公务接待费 2.00 1.00 {
    国内公务接待费 2.00 1.00
  }
  备注 「本表反映部门本年度“三公”经费支出预算和决算情况。」
}
`;

    it('parses as the table\'s note, not data, after a row with braces or with figures', () => {
        for (const text of [source, source.replace('  公务接待费 2.00 1.00 {\n    国内公务接待费 2.00 1.00\n  }\n', '  公务接待费 2.00 1.00\n')]) {
            const { document, model } = parseReport(text);
            expect(document.parseResult.parserErrors).toEqual([]);
            const table = [...model.tables.values()][0];
            expect(table.notes.map(note => note.key)).toEqual(['备注']);
            expect(table.rows.some(row => row.texts.has('备注'))).toBe(false);
            expect(tablePage(buildHtml(text), '三公')).toContain('备注：本表反映部门本年度“三公”经费支出预算和决算情况。');
        }
    });
});

describe('a row’s 说明 or 备注 wrapped onto the next line, indented under the row', () => {
    // the 三公 statistics row of the 乐山 example, its 备注 on a line of its own under it
    const wrapped = EXAMPLE_TEXT.replace(/(国内公务接待 4\.92万元[^\n]*」) (备注 「不包括陪同人员」)/, '$1\n        $2');

    it('stays the row’s (its sentence in 情况说明 keeps it), not the table’s note', () => {
        expect(wrapped).not.toBe(EXAMPLE_TEXT);
        const text = visibleText(buildHtml(wrapped));
        expect(text).toContain('292人次（不包括陪同人员），共计支出4.92万元');
        expect(text).not.toContain('备注：不包括陪同人员');
    });

    const table = (rows: string) => `模板 「全国」\n部门 「某县财政局」\n年度 2024\n单位 万元\n部门项目支出表 {\n  列【项目名称 预算数 决算数 备注】\n${rows}}\n`;

    it('after figures or an attribute, in a table of the report’s own', () => {
        for (const rows of ['  项目甲 10.00 9.00\n    备注 「跨年项目」\n', '  项目甲 10.00 9.00 说明 「续建」\n    备注 「跨年项目」\n',
            '  项目甲 10万元 9万元\n\t\t备注 「跨年项目」\n']) {
            const { document, model } = parseReport(table(rows));
            expect(document.parseResult.parserErrors).toEqual([]);
            const own = [...model.tables.values()][0];
            expect(own.notes).toEqual([]);
            expect(own.rows.find(row => row.name === '项目甲')?.texts.get('备注')).toBe('跨年项目');
        }
        // at the rows' indentation, or with a colon (a row's attribute takes none), it is the table's note
        for (const rows of ['  项目甲 10.00 9.00\n  备注 「跨年项目」\n', '  项目甲 10.00 9.00\n    备注：「跨年项目」\n']) {
            const { document, model } = parseReport(table(rows));
            expect(document.parseResult.parserErrors).toEqual([]);
            const own = [...model.tables.values()][0];
            expect(own.notes.map(note => note.key)).toEqual(['备注']);
            expect(own.rows.some(row => row.texts.has('备注'))).toBe(false);
        }
    });

    it('not after a row’s braces, a heading or a section’s text: there it is a text of its own, as before', () => {
        const { document, model } = parseReport(table('  项目甲 10.00 9.00 {\n    项目甲一 10.00 9.00\n  }\n      备注 「跨年项目」\n'));
        expect(document.parseResult.parserErrors).toEqual([]);
        expect([...model.tables.values()][0].notes.map(note => note.key)).toEqual(['备注']);
        const header = table('      说明 「本表列示部门自有项目。」\n  项目甲 10.00 9.00\n');
        expect(parseReport(header).document.parseResult.parserErrors).toEqual([]);
    });
});
