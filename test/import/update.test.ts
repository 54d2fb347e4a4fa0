// `juesuan import`: a new report to standard output or a new file; never over an existing file
// without --update; with it, the workbook's figures go into the report in place — the user's texts,
// attributes and comments stay — and every change is listed old → new. A bad workbook writes nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/cli/import.js';
import { exportReport } from '../../src/export/index.js';
import { parseReport } from '../../src/generation/report-source.js';
import { importWorkbook } from '../../src/import/index.js';
import { addIncomeTable, bytesOf, newWorkbook } from './workbooks.js';
import { ROOT } from '../generation/helpers.js';
import { formatted } from './helpers.js';

const DEMO = readFileSync(path.join(ROOT, 'examples', 'demo-2021.juesuan'), 'utf8');
const LESHAN = readFileSync(path.join(ROOT, 'examples', 'leshan-2020.juesuan'), 'utf8');

let dir: string;
beforeEach(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-import-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

function capture() {
    const out = { stdout: '', stderr: '' };
    return { out, sink: { stdout: (t: string) => { out.stdout += t; }, stderr: (t: string) => { out.stderr += t; } } };
}

async function incomeBook(file: string, edit?: (sheet: ReturnType<typeof addIncomeTable>) => void): Promise<string> {
    const workbook = newWorkbook();
    const sheet = addIncomeTable(workbook);
    edit?.(sheet);
    writeFileSync(path.join(dir, file), await bytesOf(workbook));
    return path.join(dir, file);
}

/** The report's text without the import's comments, each line trimmed and its spaces made single. */
function essence(text: string): string[] {
    return text.split('\n').filter(l => !l.includes('// 导入自')).map(l => l.trim().replace(/\s+/g, ' ')).filter(l => l !== '');
}

describe('juesuan import', () => {
    it('prints a new report to standard output without -o, each table labelled as the template labels it', async () => {
        const book = await incomeBook('决算报表.xlsx');
        const { out, sink } = capture();
        expect(await runImport(book, { template: '四川 2020' }, sink)).toBe(0);
        expect(out.stdout).toContain('\n附表2 收入决算表 {');
        expect(out.stderr).toContain('读到模板「四川省部门决算公开模板（2019—2021年度）」的 1 张表');
        expect(out.stderr).toContain('  附表2 收入决算表：工作表「收入决算表」A1:K18，11 行');
    });

    it('writes a new file with -o, and refuses one that exists without --update', async () => {
        const book = await incomeBook('决算报表.xlsx');
        const target = path.join(dir, '报告.juesuan');
        const first = capture();
        expect(await runImport(book, { output: target }, first.sink)).toBe(0);
        const written = readFileSync(target, 'utf8');
        // 公开02表 without a year: the 财政部 format, the default
        expect(written).toContain('模板 「全国 2022年度起」');
        expect(written).toContain('\n表2 收入决算表 {');
        expect(first.out.stderr).toContain('\n  表2 收入决算表：工作表「收入决算表」');
        writeFileSync(target, '// 我的报告\n');
        const { out, sink } = capture();
        expect(await runImport(book, { output: target }, sink)).toBe(2);
        expect(out.stderr).toContain('已存在，不会覆盖它。要把工作簿的数字更新到这份报告中，请加 --update');
        expect(readFileSync(target, 'utf8')).toBe('// 我的报告\n');
    });

    it('writes nothing for a bad workbook, and lists its problems', async () => {
        const book = await incomeBook('坏的.xlsx', sheet => { sheet.getCell('E10').value = '6,422,012.34'; });
        const target = path.join(dir, '报告.juesuan');
        const { out, sink } = capture();
        expect(await runImport(book, { output: target }, sink)).toBe(2);
        expect(out.stderr).toContain('无法导入');
        expect(out.stderr).toContain('单元格 E10');
        expect(existsSync(target)).toBe(false);
        expect(readFileSync(path.join(dir, '坏的.xlsx')).length).toBeGreaterThan(0);
    });

    it('--update puts changed figures in place and lists them; texts, attributes and comments stay', async () => {
        // the workbook is the demo report's tables with one 项 of 附表6 changed
        const changed = DEMO.replace(/^(\s*2050101 行政运行) 642\.20 642\.20 -/m, '$1 650.00 650.00 -');
        expect(changed).not.toBe(DEMO);
        const book = path.join(dir, '决算报表.xlsx');
        writeFileSync(book, await exportReport(parseReport(changed).model, 'xlsx'));
        const report = path.join(dir, 'demo.juesuan');
        writeFileSync(report, DEMO);

        const { out, sink } = capture();
        expect(await runImport(book, { output: report, update: true }, sink)).toBe(0);
        const updated = readFileSync(report, 'utf8');
        expect(out.stderr).toContain('改动 2 处：');
        expect(out.stderr).toContain('附表6 一般公共预算财政拨款支出决算表 › 205 教育支出 › 20501 教育管理事务 › 2050101 行政运行 › 合计：642.20 → 650.00');
        expect(out.stderr).toContain('› 2050101 行政运行 › 基本支出：642.20 → 650.00');
        expect(out.stderr).toContain(`已更新 ${report}`);
        // the row keeps its 预算, 完成预算 and 差异原因; every other line is as it was
        expect(updated).toMatch(/2050101 行政运行 +650\.00 +650\.00 +- +预算 650\.00 完成预算 98\.80% 差异原因 「按实际需要执行，结余资金按规定收回」/);
        expect(essence(updated)).toEqual(essence(changed));
        // the figures of the other 附表 are the report's own: nothing else changed
        const detail = parseReport(updated).model.rows.find(r => r.table?.number === 7 && r.code === '2050101');
        expect(detail!.cells.get('合计')!.value.toFixed(2)).toBe('642.20');
    });

    it('--update again with the same workbook changes nothing', async () => {
        const book = path.join(dir, '决算报表.xlsx');
        writeFileSync(book, await exportReport(parseReport(DEMO).model, 'xlsx'));
        const report = path.join(dir, 'demo.juesuan');
        writeFileSync(report, DEMO);
        expect(await runImport(book, { output: report, update: true }, capture().sink)).toBe(0);
        const once = readFileSync(report, 'utf8');
        const { out, sink } = capture();
        expect(await runImport(book, { output: report, update: true }, sink)).toBe(0);
        expect(out.stderr).toContain('中的数字与工作簿一致，没有改动');
        expect(readFileSync(report, 'utf8')).toBe(once);
    });

    it('--update adds the rows and tables the report lacks, and keeps the rows the workbook lacks', async () => {
        const book = await incomeBook('决算报表.xlsx');
        // the leshan report has 附表2 without rows; a row of its own that the workbook lacks is kept
        const own = LESHAN.replace('附表 2 收入决算表 {', '附表 2 收入决算表 {\n  299 其他支出 1.00');
        const result = await importWorkbook(readFileSync(book), { fileName: '决算报表.xlsx', report: own });
        expect(result.changes.filter(c => c.kind === 'row').map(c => c.where)).toContain('附表2 收入决算表 › 205 教育支出');
        expect(result.changes).toContainEqual({ where: '附表2 收入决算表 › 299 其他支出', kind: 'kept', new: '工作簿中没有这一行，保留原样' });
        const table = parseReport(result.text).model.tables.get(2)!;
        expect(table.rows.map(r => r.code ?? r.name)).toEqual(['299', '合计', '205', '208']);
        expect(table.rows[2].children.map(r => r.code)).toEqual(['20501', '20508']);
        // the rest of the report is untouched
        expect(result.text.slice(0, result.text.indexOf('附表 2'))).toBe(own.slice(0, own.indexOf('附表 2')));
    });

    it('--update adds a table the report lacks in the template’s place, laid out by the formatter, a blank line around it', async () => {
        const book = await incomeBook('决算报表.xlsx');
        const without = LESHAN.replace(/附表 2 收入决算表 \{[^}]*\}\n\n/, '');
        expect(without).not.toContain('附表 2');
        const result = await importWorkbook(readFileSync(book), { fileName: '决算报表.xlsx', report: without });
        expect(result.changes[0]).toEqual({ where: '附表2 收入决算表', kind: 'table', new: '11 行' });
        // labelled as the template labels it, beside tables the user labelled 附表 3
        const table = /\n\n(附表2 收入决算表 \{[\s\S]*?\n\})\n\n附表 3 /.exec(result.text)?.[1];
        expect(table).toBeDefined();
        const alone = formatted(`${table!}\n`)!;
        expect(`${table!}\n`).toBe(alone);
        expect(result.text.replace(`${table!}\n\n`, '')).toBe(without);
    });

    it('--update adds the workbook\'s notes a table of the report lacks, and keeps a note the user words otherwise', async () => {
        const book = await incomeBook('决算报表.xlsx', sheet => {
            const below = sheet.rowCount + 2;
            sheet.getCell(below, 1).value = '注：本表反映部门本年度取得的各项收入情况。';
            sheet.getCell(below + 1, 1).value = '说明：「其他收入」含利息收入。';
        });
        const result = await importWorkbook(readFileSync(book), { fileName: '决算报表.xlsx', report: LESHAN });
        const table = parseReport(result.text).model.tables.get(2)!;
        expect(table.notes.map(n => `${n.key} ${n.text}`)).toEqual(['注 本表反映部门本年度取得的各项收入情况。', '说明 『其他收入』含利息收入。']);
        expect(result.changes.filter(c => c.kind === 'note').map(c => c.where)).toEqual(['附表2 收入决算表 › 注', '附表2 收入决算表 › 说明']);
        // under the rows the update adds to the empty table, as the sheet prints them
        expect(result.text.indexOf('注 「本表反映')).toBeGreaterThan(result.text.indexOf('2080506 机关事业单位职业年金缴费支出'));
        // again: the notes are there, nothing is added twice
        const again = await importWorkbook(readFileSync(book), { fileName: '决算报表.xlsx', report: result.text });
        expect(again.changes.filter(c => c.kind === 'note')).toEqual([]);
        expect(again.text).toBe(result.text);
        // a 注 the user worded otherwise stays, and is listed to check
        const own = result.text.replace('注 「本表反映部门本年度取得的各项收入情况。」', '注 「本表反映本部门的收入。」');
        const kept = await importWorkbook(readFileSync(book), { fileName: '决算报表.xlsx', report: own });
        expect(kept.text).toBe(own);
        expect(kept.changes).toContainEqual(expect.objectContaining({ where: '附表2 收入决算表 › 注', kind: 'kept' }));
    });

    it('--update writes a note at the rows\' indentation, so a table whose rows have none keeps it as the table\'s note', async () => {
        // the user's table, written without indentation and ending in a row of its own without braces: a note indented
        // under that row would be its attribute (项目甲 10.00 then 备注 「…」 under it)
        const first = await importWorkbook(readFileSync(await incomeBook('无注.xlsx')), { fileName: '无注.xlsx', report: LESHAN });
        const flat = first.text.replace(/附表 ?2 收入决算表 \{[\s\S]*?\n\}/, table => `${table.slice(0, -1).split('\n').map(l => l.trimStart()).join('\n')}其他 1.00\n}`);
        expect(flat).toContain('\n其他 1.00\n}');
        const book = await incomeBook('说明.xlsx', sheet => { sheet.getCell(sheet.rowCount + 2, 1).value = '说明：「其他收入」含利息收入。'; });
        const result = await importWorkbook(readFileSync(book), { fileName: '说明.xlsx', report: flat });
        const table = parseReport(result.text).model.tables.get(2)!;
        expect(table.notes.map(n => `${n.key} ${n.text}`)).toEqual(['说明 『其他收入』含利息收入。']);
        expect(table.rows.find(r => r.name === '其他')?.texts.size).toBe(0);
    });

    it('--update needs -o, and a report that exists', async () => {
        const book = await incomeBook('决算报表.xlsx');
        expect(await runImport(book, { update: true }, capture().sink)).toBe(2);
        const { out, sink } = capture();
        expect(await runImport(book, { output: path.join(dir, '没有.juesuan'), update: true }, sink)).toBe(2);
        expect(out.stderr).toContain('不存在');
    });
});
