// Importing workbooks laid out like the published 公开 tables (test/import/workbooks.ts): the
// tables found by title in sheets of their own or together, merged multi-row headers, codes split
// into 类/款/项, 元 converted to 万元, blanks kept apart from zeros, nesting, the 总表's two
// sides; the result formatted and consistent; .xls read as well as .xlsx.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/generation/report-source.js';
import { importWorkbook } from '../../src/import/index.js';
import type { RowModel } from '../../src/model/rows.js';
import { formatFigure } from '../../src/model/figure.js';
import {
    addBasicSideBySide, addDetailTable, addIncomeTable, addOverviewTable, addTwoTablesSheet, addWideThreePublic, bytesOf, GENERAL_ROWS, INCOME_COLUMNS, INCOME_ROWS,
    newWorkbook, THREE_PUBLIC, wan, withTotals,
} from './workbooks.js';
import { formatted } from './helpers.js';

/** A table of a report as lines: code name | cells, indented by nesting. */
function tableLines(text: string, number: number): string[] {
    const table = parseReport(text).model.tables.get(number);
    if (!table) return [];
    const lines: string[] = [];
    const visit = (rows: readonly RowModel[], depth: number) => {
        for (const row of rows) {
            const cells = table.columns.filter(c => row.cells.has(c)).map(c => `${c}=${row.cells.get(c)!.blank ? '-' : formatFigure(row.cells.get(c)!)}`);
            lines.push(`${'  '.repeat(depth)}${row.code ? `${row.code} ` : ''}${row.name}${cells.length ? ` | ${cells.join(' ')}` : ''}`);
            visit(row.children, depth + 1);
        }
    };
    visit(table.rows, 0);
    return lines;
}

/** The workbook `build` makes, imported into `template`, else into the template it fits best. */
async function importBook(build: (workbook: ReturnType<typeof newWorkbook>) => void, template?: string) {
    const workbook = newWorkbook();
    build(workbook);
    return importWorkbook(await bytesOf(workbook), { fileName: '决算报表.xlsx', template });
}

/** The fixtures print the 财政部 forms' labels (公开05表); tests of a template's numbering name it. */
const SICHUAN = '四川 2020';

/** The lines tableLines gives for the income fixture, from its 元 figures. */
function expectedIncome(): string[] {
    return withTotals(INCOME_ROWS, INCOME_COLUMNS.length).map(row => {
        const depth = row.code.length <= 3 ? 0 : row.code.length === 5 ? 1 : 2;
        const cells = row.values.map((v, i) => `${INCOME_COLUMNS[i]}=${v === null ? '-' : wan(v)}`);
        // a row of empty cells is written without cells
        const shown = row.values.every(v => v === null) ? '' : ` | ${cells.join(' ')}`;
        return `${'  '.repeat(depth)}${row.code ? `${row.code} ` : ''}${row.name}${shown}`;
    });
}

describe('importing the 公开 tables', () => {
    it('reads 收入决算表 with 项目 over 科目编码 over 类/款/项, a 栏次 line, 元 amounts, blanks and zeros', async () => {
        const result = await importBook(wb => addIncomeTable(wb));
        expect(result.tables.map(t => [t.number, t.sheet])).toEqual([[2, '收入决算表']]);
        expect(tableLines(result.text, 2)).toEqual(expectedIncome());
        // 0 stays a zero, an empty cell stays empty
        expect(result.text).toMatch(/2050101 行政运行 +642\.20 +642\.20 +- +0\.00/);
        expect(result.text).toContain('// 导入自 决算报表.xlsx 工作表「收入决算表」A1:K');
        expect(result.text).toContain('金额单位：元，已换算为万元（四舍五入到2位小数）');
        expect(result.text).toContain('部门 「某区教育局（演示）」');
        expect(formatted(result.text)).toBe(result.text);
    });

    it('writes a cell printed / (不适用) as /, as the report prints it; other blanks as -', async () => {
        const result = await importBook(wb => {
            const sheet = addIncomeTable(wb);
            sheet.eachRow((row, n) => {
                if ((row.values as unknown[]).includes('行政运行')) sheet.getCell(n, 7).value = '/';
            });
        });
        expect(result.text).toMatch(/2050101 行政运行 +642\.20 +642\.20 +\/ +0\.00/);
    });

    it('writes cells printed with dashes as a PDF or Word table prints a blank (－, ——) as printed: the grammar reads them as blanks', async () => {
        const result = await importBook(wb => {
            const sheet = addIncomeTable(wb);
            sheet.eachRow((row, n) => {
                if ((row.values as unknown[]).includes('行政运行')) {
                    sheet.getCell(n, 7).value = '－';
                    sheet.getCell(n, 8).value = '——';
                }
            });
        });
        expect(result.text).toMatch(/2050101 行政运行 +642\.20 +642\.20 +－ +——/);
        const { document, model } = parseReport(result.text);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        const row = [...model.tables.values()].flatMap(t => t.rows.flatMap(function all(r: RowModel): RowModel[] { return [r, ...r.children.flatMap(all)]; }))
            .find(r => r.code === '2050101')!;
        expect([...row.cells.values()].filter(f => f.blank).map(f => f.blank).slice(0, 2)).toEqual(['－', '——']);
    });

    it('reads a cell of blanks joined by / (-/-, —/—, //) as one blank, written -, as the grammar reads -/- as blanks', async () => {
        const result = await importBook(wb => {
            const sheet = addIncomeTable(wb);
            sheet.eachRow((row, n) => {
                if ((row.values as unknown[]).includes('行政运行')) {
                    sheet.getCell(n, 7).value = '-/-';
                    sheet.getCell(n, 8).value = '—/—';
                    sheet.getCell(n, 9).value = '//';
                }
            });
        });
        expect(result.text).toMatch(/2050101 行政运行 +642\.20 +642\.20 +- +- +-(?: |$)/m);
        expect(parseReport(result.text).document.parseResult.lexerErrors).toEqual([]);
    });

    it('reads 部门 and 单位 written in one cell', async () => {
        const result = await importBook(wb => {
            const sheet = addIncomeTable(wb);
            sheet.getCell('A3').value = '部门：某区教育局（演示）　　　　金额单位：元';
            sheet.getCell('K3').value = null;
        });
        expect(result.text).toContain('部门 「某区教育局（演示）」');
        expect(result.text).toMatch(/2050101 行政运行 +642\.20/);
    });

    it('joins codes printed one part per column (205 / 02 / 01) with the rows above', async () => {
        const full = await importBook(wb => addIncomeTable(wb, { split: 'full' }));
        const parts = await importBook(wb => addIncomeTable(wb, { split: 'parts' }));
        expect(tableLines(parts.text, 2)).toEqual(tableLines(full.text, 2));
    });

    it('keeps the imported sums consistent: every sum of the table holds', async () => {
        const result = await importBook(wb => addIncomeTable(wb));
        const relations = parseReport(result.text).model.relations.filter(r => r.rule.startsWith('sum'));
        expect(relations.length).toBeGreaterThan(5);
        expect(relations.filter(r => !r.holds).map(r => r.target.label)).toEqual([]);
    });

    it('reads the two-sided 总表: 收入 and 支出 with 行次 columns, ordinals dropped, empty lines left out', async () => {
        const result = await importBook(wb => addOverviewTable(wb));
        expect(tableLines(result.text, 1)).toEqual([
            '收入',
            '  一般公共预算财政拨款收入 | 决算数=1824.86',
            '  政府性基金预算财政拨款收入 | 决算数=150.00',
            '  事业收入 | 决算数=165.00',
            '  其他收入 | 决算数=23.66',
            '  本年收入合计 | 决算数=2163.52',
            '  年初结转和结余 | 决算数=180.98',
            '  总计 | 决算数=2344.50',
            '支出',
            '  教育支出 | 决算数=1710.28',
            '  社会保障和就业支出 | 决算数=261.72',
            '  卫生健康支出 | 决算数=51.07',
            '  住房保障支出 | 决算数=71.38',
            '  其他支出 | 决算数=120.00',
            '  本年支出合计 | 决算数=2214.46',
            '  结余分配 | 决算数=0.00',
            '  年末结转和结余 | 决算数=130.04',
            '  总计 | 决算数=2344.50',
        ]);
        expect(result.text).toContain('年度 2021');
        expect(result.text).toContain('金额单位：万元');
        expect(parseReport(result.text).model.relations.filter(r => r.rule === 'balance' || r.rule === 'sum-total').every(r => r.holds)).toBe(true);
    });

    it('finds two tables in one sheet by their titles, “三公” written with ASCII quotes, 其中 rows nested', async () => {
        const result = await importBook(wb => addTwoTablesSheet(wb), SICHUAN);
        // the title decides, not the label: 公开05表 is this template's 附表6
        expect(result.tables.map(t => t.number)).toEqual([6, 10]);
        const general = withTotals(GENERAL_ROWS, 3);
        expect(tableLines(result.text, 6)[0]).toBe(`合计 | 合计=${wan(general[0].values[0])} 基本支出=${wan(general[0].values[1])} 项目支出=${wan(general[0].values[2])}`);
        expect(tableLines(result.text, 6)).toContain('    2050199 其他教育管理事务支出 | 合计=193.41 基本支出=- 项目支出=193.41');
        const [total, abroad, cars, purchase, running, reception] = THREE_PUBLIC.map(([, budget, actual]) => `预算数=${wan(budget)} 决算数=${wan(actual)}`);
        expect(tableLines(result.text, 10)).toEqual([
            `合计 | ${total}`,
            `因公出国（境）费 | ${abroad}`,
            `公务用车购置及运行维护费 | ${cars}`,
            `  公务用车购置费 | ${purchase}`,
            `  公务用车运行维护费 | ${running}`,
            `公务接待费 | ${reception}`,
        ]);
        // the sheet's range of each table, for the comment
        expect(result.tables[0].range).toMatch(/^A1:E\d+$/);
        expect(result.tables[1].range).toMatch(/^A1[0-9]:E\d+$/);
    });

    it('reads the “三公” table printed as one wide line into its rows', async () => {
        const result = await importBook(wb => addWideThreePublic(wb), SICHUAN);
        expect(tableLines(result.text, 10)).toEqual([
            '合计 | 预算数=13.00 决算数=11.10',
            '因公出国（境）费 | 预算数=0.00 决算数=-',
            '公务用车购置及运行维护费 | 预算数=10.00 决算数=8.76',
            '  公务用车购置费 | 预算数=0.00 决算数=0.00',
            '  公务用车运行维护费 | 预算数=10.00 决算数=8.76',
            '公务接待费 | 预算数=3.00 决算数=2.34',
        ]);
    });

    it('reads 人员经费 and 公用经费 printed side by side, each with its codes and its 合计', async () => {
        const result = await importBook(wb => addBasicSideBySide(wb), SICHUAN);
        expect(tableLines(result.text, 8)).toEqual([
            '人员经费 | 决算数=907.64',
            '  301 工资福利支出 | 决算数=770.20',
            '    30101 基本工资 | 决算数=185.32',
            '    30102 津贴补贴 | 决算数=584.88',
            '  303 对个人和家庭的补助 | 决算数=137.44',
            '    30302 退休费 | 决算数=137.44',
            '公用经费 | 决算数=118.73',
            '  302 商品和服务支出 | 决算数=110.37',
            '    30201 办公费 | 决算数=18.64',
            '    30205 水费 | 决算数=91.73',
            '  310 资本性支出 | 决算数=8.36',
            '    31002 办公设备购置 | 决算数=8.36',
        ]);
    });

    it('reads 基本支出 over 小计 / 人员经费 / 公用经费 as the template’s columns', async () => {
        // a table only one template has: that template, without being told
        const result = await importBook(wb => addDetailTable(wb));
        expect(result.template.shortName).toBe(SICHUAN);
        expect(tableLines(result.text, 7)).toEqual([
            '合计 | 合计=835.61 基本支出=642.20 人员经费=523.46 公用经费=118.74 项目支出=193.41',
            '2050101 行政运行 | 合计=642.20 基本支出=642.20 人员经费=523.46 公用经费=118.74 项目支出=-',
            '2050199 其他教育管理事务支出 | 合计=193.41 基本支出=- 人员经费=- 公用经费=- 项目支出=193.41',
        ]);
        expect(result.text).not.toContain('列【');
    });

    it('writes the tables in the template’s order, whatever the order of the sheets', async () => {
        const result = await importBook(wb => { addTwoTablesSheet(wb); addDetailTable(wb); addIncomeTable(wb); addOverviewTable(wb); });
        expect(result.template.shortName).toBe(SICHUAN);
        const order = [...result.text.matchAll(/^附表\s*(\d+)/gm)].map(m => Number(m[1]));
        expect(order).toEqual([1, 2, 6, 7, 10]);
    });

    it('chooses, untold, the template whose numbers the printed labels give the printed titles', async () => {
        // 公开05表 一般公共预算… and 公开07表 “三公”…: the 财政部 forms until 2021
        const national = await importBook(wb => addTwoTablesSheet(wb));
        expect(national.template.id).toBe('national-2019');
        expect(national.tables.map(t => t.number)).toEqual([5, 7]);
        expect(national.text).toMatch(/^表5 一般公共预算财政拨款支出决算表 \{$/m);
        // the same tables labelled 附表6 and 附表10: the template numbering them so
        const relabelled = await importBook(wb => addTwoTablesSheet(wb).eachRow(row => row.eachCell(cell => {
            if (cell.value === '公开05表') cell.value = '附表6';
            if (cell.value === '公开07表') cell.value = '附表10';
        })));
        expect(relabelled.template.shortName).toBe(SICHUAN);
        expect(relabelled.tables.map(t => t.number)).toEqual([6, 10]);
        expect(relabelled.text).toMatch(/^附表6 一般公共预算财政拨款支出决算表 \{$/m);
    });

    it('reads an .xls (BIFF8) workbook as it reads the .xlsx', async () => {
        const workbook = newWorkbook();
        addIncomeTable(workbook);
        addOverviewTable(workbook);
        const xlsx = await bytesOf(workbook);
        const xls = XLSX.write(XLSX.read(xlsx, { type: 'array' }), { type: 'array', bookType: 'xls' }) as ArrayBuffer;
        const fromXlsx = await importWorkbook(xlsx, { fileName: '决算报表.xls' });
        const fromXls = await importWorkbook(new Uint8Array(xls), { fileName: '决算报表.xls' });
        expect(new Uint8Array(xls).subarray(0, 4)).toEqual(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
        expect(tableLines(fromXls.text, 2)).toEqual(tableLines(fromXlsx.text, 2));
        expect(tableLines(fromXls.text, 1)).toEqual(tableLines(fromXlsx.text, 1));
    });

    it('keeps a file name with a line break inside its one-line comment', async () => {
        const workbook = newWorkbook();
        addIncomeTable(workbook);
        const result = await importWorkbook(await bytesOf(workbook), { fileName: '报表\n附表 9 伪造 {\n}.xlsx' });
        expect(parseReport(result.text).model.tables.has(9)).toBe(false);
        expect(result.text).toContain('// 导入自 报表 附表 9 伪造 { }.xlsx 工作表「收入决算表」');
    });

    it('skips a sheet without numbers (a cover) and a hidden sheet, and says so', async () => {
        const result = await importBook(wb => {
            wb.addWorksheet('封面').getCell('A1').value = '某区教育局2021年度部门决算';
            addIncomeTable(wb);
            const hidden = wb.addWorksheet('底稿');
            hidden.getCell('A1').value = 123;
            hidden.state = 'hidden';
        });
        expect(result.tables.map(t => t.number)).toEqual([2]);
        expect(result.notes).toEqual(expect.arrayContaining([expect.stringContaining('「封面」'), expect.stringContaining('隐藏的工作表「底稿」')]));
    });
});

describe('a code printed without its name', () => {
    /** The income table with the name cells of the given codes left empty. */
    const withoutNames = (...codes: string[]) => (wb: ReturnType<typeof newWorkbook>) => addIncomeTable(wb).eachRow(row => {
        const code = [1, 2, 3].map(c => String(row.getCell(c).value ?? '')).join('');
        if (codes.includes(code)) row.getCell(4).value = null;
    });

    it('takes a name checked against a document from the catalogue, without a word', async () => {
        // 2080505 机关事业单位基本养老保险缴费支出 is read from a published report
        const result = await importBook(withoutNames('2080505'));
        expect(tableLines(result.text, 2)).toEqual(expectedIncome());
        expect(result.notes.filter(n => n.includes('2080505'))).toEqual([]);
    });

    it('takes a recalled name from the catalogue, and says it was recalled and where it went in', async () => {
        // 2050101 行政运行 under 20501 is recalled, not read in a document
        const result = await importBook(withoutNames('2050101'));
        expect(tableLines(result.text, 2)).toEqual(expectedIncome());
        const notes = result.notes.filter(n => n.includes('2050101'));
        expect(notes).toHaveLength(1);
        expect(notes[0]).toMatch(/^工作表「收入决算表」单元格 D\d+：科目编码 2050101 没有写科目名称，已按内置科目表填作「行政运行」。这个名称凭记忆整理、未经文件核对/);
    });
});

describe('the notes under the imported tables', () => {
    it('keeps every table\'s notes (注：…, 说明：…, with their further lines), not only an empty table\'s', async () => {
        const result = await importBook(wb => {
            const sheet = addIncomeTable(wb);
            const below = sheet.rowCount + 2;
            sheet.getCell(below, 1).value = '注：本表反映部门本年度取得的各项收入情况。';
            sheet.getCell(below + 1, 1).value = '本表金额转换为万元时，因四舍五入可能存在尾数误差。';
            sheet.getCell(below + 2, 1).value = '说明：「其他收入」含利息收入。';
        });
        const table = result.text.slice(result.text.indexOf('收入决算表 {'));
        const body = table.slice(0, table.indexOf('\n}'));
        expect(body).toContain('  注 「本表反映部门本年度取得的各项收入情况。\n本表金额转换为万元时，因四舍五入可能存在尾数误差。」');
        expect(body).toContain('  说明 「『其他收入』含利息收入。」');
        // the notes come after the rows, and the report reads them as the table's
        const notes = parseReport(result.text).model.tables.get(2)!.notes.map(n => n.key);
        expect(notes).toEqual(['注', '说明']);
    });

    it('ends a note where a heading, a page number or the title of a table the template lacks follows it directly (北京: 注 then 政府采购情况表)', async () => {
        const result = await importBook(wb => {
            const sheet = addIncomeTable(wb);
            const below = sheet.rowCount + 1;
            sheet.getCell(below, 1).value = '注：本表反映部门本年度取得的各项收入情况。';
            sheet.getCell(below + 1, 1).value = '1.本表金额转换为万元时，因四舍五入可能存在尾数误差。';
            sheet.getCell(below + 2, 1).value = '- 11 -';
            sheet.getCell(below + 3, 1).value = '政府采购情况表';
            sheet.getCell(below + 4, 1).value = '单位名称';
            sheet.getCell(below + 4, 2).value = '采购计划金额';
            sheet.getCell(below + 5, 1).value = '第三部分 2024年度部门决算情况说明';
        });
        const note = parseReport(result.text).model.tables.get(2)!.notes;
        expect(note.map(n => n.text)).toEqual(['本表反映部门本年度取得的各项收入情况。\n1.本表金额转换为万元时，因四舍五入可能存在尾数误差。']);
    });
});

describe('the year a workbook states', () => {
    const yearOf = (text: string) => /^年度 (\d+)$/m.exec(text)?.[1];

    it('is the report’s 年度, from a line 决算年度：2021 beside the department, which keeps its own name', async () => {
        const result = await importBook(wb => { addIncomeTable(wb).getCell(3, 1).value = '部门：某区教育局（演示）　　决算年度：2021'; });
        expect(yearOf(result.text)).toBe('2021');
        expect(result.text).toContain('部门 「某区教育局（演示）」');
    });

    it('is read from a sheet named for it, or from a cover', async () => {
        expect(yearOf((await importBook(wb => addIncomeTable(wb, { sheet: '2021年收入决算表' }))).text)).toBe('2021');
        const covered = await importBook(wb => {
            wb.addWorksheet('封面').getCell('A1').value = '某区教育局2021年度部门决算';
            addIncomeTable(wb);
        });
        expect(yearOf(covered.text)).toBe('2021');
    });

    it('is none where the workbook states only the date it was made', async () => {
        const result = await importBook(wb => { addIncomeTable(wb).getCell(3, 1).value = '部门：某区教育局（演示）　编制日期：2022年3月'; });
        expect(yearOf(result.text)).toBeUndefined();
    });
});
