// Workbooks laid out as 决算 software exports the 公开 tables (the 财政部 forms): a title line, the
// 公开NN表 label, 部门 and 金额单位 above the table; multi-row headers with merged cells (项目 over
// 科目编码 over 类/款/项, 科目名称 down three rows, 基本支出 over 小计/人员经费/公用经费); a 栏次
// line; amounts in 元 with cents; 合计 across the code columns; a two-sided 总表 with 行次 columns
// and ordinals (一、); several tables in one sheet. The figures are made up; the layout is the point.
import { Decimal } from 'decimal.js';
import ExcelJS from 'exceljs';

/** An amount in 元 as the cell holds it, or null for an empty cell. */
export type Yuan = string | null;

export interface CodedRow {
    readonly code: string;
    readonly name: string;
    /** Leaf rows only: parents are summed. */
    readonly values?: readonly Yuan[];
}

/** Sums leaf rows up to their classes and sections (code prefixes), and all classes to 合计. */
export function withTotals(rows: readonly CodedRow[], columns: number): { code: string; name: string; values: Yuan[] }[] {
    const sums = new Map<string, Decimal[]>();
    const add = (key: string, values: readonly Yuan[]) => {
        const sum = sums.get(key) ?? Array.from({ length: columns }, () => new Decimal(0));
        values.forEach((v, i) => { if (v !== null) sum[i] = sum[i].plus(v); });
        sums.set(key, sum);
    };
    for (const row of rows) {
        if (!row.values) continue;
        for (const length of [3, 5]) if (row.code.length > length) add(row.code.slice(0, length), row.values);
        add('合计', row.values);
    }
    const total = (key: string): Yuan[] => sums.get(key)!.map(d => d.toFixed(2));
    return [
        { code: '', name: '合计', values: total('合计') },
        ...rows.map(r => ({ code: r.code, name: r.name, values: r.values ? [...r.values] : total(r.code) })),
    ];
}

/** 元 → 万元 as the report writes it: two decimals, half up. */
export function wan(yuan: Yuan): string {
    return yuan === null ? '-' : new Decimal(yuan).div(10000).toFixed(2);
}

export const INCOME_ROWS: readonly CodedRow[] = [
    { code: '205', name: '教育支出' },
    { code: '20501', name: '教育管理事务' },
    { code: '2050101', name: '行政运行', values: ['6422012.34', '6422012.34', null, '0', null, null, null] },
    { code: '2050199', name: '其他教育管理事务支出', values: ['2546518.66', '1934100.00', null, '612418.66', null, null, null] },
    { code: '20508', name: '进修及培训' },
    { code: '2050803', name: '培训支出', values: ['2063105.55', '1025500.00', null, '1037605.55', null, null, null] },
    { code: '208', name: '社会保障和就业支出' },
    { code: '20805', name: '行政事业单位养老支出' },
    { code: '2080505', name: '机关事业单位基本养老保险缴费支出', values: ['896304.49', '896304.49', null, null, null, null, null] },
    { code: '2080506', name: '机关事业单位职业年金缴费支出', values: ['358512.00', '358512.00', null, null, null, null, null] },
];

export const INCOME_COLUMNS = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];

type Sheet = ExcelJS.Worksheet;

function title(sheet: Sheet, text: string, label: string, width: number, department = '部门：某区教育局（演示）', unit = '金额单位：元'): void {
    sheet.mergeCells(1, 1, 1, width);
    sheet.getCell(1, 1).value = text;
    sheet.getCell(2, width).value = label;
    sheet.mergeCells(3, 1, 3, 4);
    sheet.getCell(3, 1).value = department;
    sheet.getCell(3, width).value = unit;
}

/**
 * 公开02表 收入决算表 as the 财政部 form prints it: 项目 over 科目编码 (类/款/项) and 科目名称;
 * the amount columns merged down the three header lines; a 栏次 line; 合计 across the label
 * columns; codes split into parts — full parts (`split: 'full'`: 205 / 205 02 / 205 02 01) or
 * each part alone (`split: 'parts'`: 205 / 02 / 01).
 */
export function addIncomeTable(workbook: ExcelJS.Workbook, options: { sheet?: string; split?: 'full' | 'parts' } = {}): Sheet {
    const sheet = workbook.addWorksheet(options.sheet ?? '收入决算表');
    const width = 4 + INCOME_COLUMNS.length;
    title(sheet, '收入决算表', '公开02表', width);
    sheet.mergeCells(4, 1, 4, 4);
    sheet.getCell(4, 1).value = '项目';
    INCOME_COLUMNS.forEach((name, i) => {
        sheet.mergeCells(4, 5 + i, 6, 5 + i);
        sheet.getCell(4, 5 + i).value = name;
    });
    sheet.mergeCells(5, 1, 5, 3);
    sheet.getCell(5, 1).value = '支出功能分类科目编码';
    sheet.mergeCells(5, 4, 6, 4);
    sheet.getCell(5, 4).value = '科目名称';
    ['类', '款', '项'].forEach((part, i) => { sheet.getCell(6, 1 + i).value = part; });
    sheet.mergeCells(7, 1, 7, 4);
    sheet.getCell(7, 1).value = '栏次';
    INCOME_COLUMNS.forEach((_, i) => { sheet.getCell(7, 5 + i).value = i + 1; });
    let r = 8;
    for (const row of withTotals(INCOME_ROWS, INCOME_COLUMNS.length)) {
        if (row.code === '') {
            sheet.mergeCells(r, 1, r, 4);
            sheet.getCell(r, 1).value = row.name;
        } else {
            const parts = [row.code.slice(0, 3), row.code.slice(3, 5), row.code.slice(5, 7)].filter(p => p !== '');
            const written = options.split === 'parts' ? parts.map((p, i) => i === parts.length - 1 ? p : '') : parts;
            written.forEach((text, i) => { if (text !== '') sheet.getCell(r, 1 + i).value = text; });
            sheet.getCell(r, 4).value = row.name;
        }
        row.values.forEach((v, i) => { if (v !== null) sheet.getCell(r, 5 + i).value = Number(v); });
        r++;
    }
    return sheet;
}

/** The two-sided 公开01表 收入支出决算总表 of the national form: 项目 | 行次 | 金额 on each side, in 万元. */
export const OVERVIEW = {
    income: [
        ['一、一般公共预算财政拨款收入', '1824.86'], ['二、政府性基金预算财政拨款收入', '150.00'], ['三、国有资本经营预算财政拨款收入', null],
        ['四、上级补助收入', null], ['五、事业收入', '165.00'], ['六、经营收入', null], ['七、附属单位上缴收入', null], ['八、其他收入', '23.66'],
    ] as [string, Yuan][],
    expenditure: [
        ['一、教育支出', '1710.28'], ['二、社会保障和就业支出', '261.72'], ['三、卫生健康支出', '51.07'], ['四、住房保障支出', '71.38'], ['五、其他支出', '120.00'],
    ] as [string, Yuan][],
    fixedIncome: [['本年收入合计', '2163.52'], ['使用非财政拨款结余', null], ['年初结转和结余', '180.98'], ['总计', '2344.50']] as [string, Yuan][],
    fixedExpenditure: [['本年支出合计', '2214.46'], ['结余分配', '0'], ['年末结转和结余', '130.04'], ['总计', '2344.50']] as [string, Yuan][],
};

export function addOverviewTable(workbook: ExcelJS.Workbook, sheetName = '公开01表'): Sheet {
    const sheet = workbook.addWorksheet(sheetName);
    title(sheet, '2021年度收入支出决算总表', '公开01表', 6, '编制部门：某区教育局（演示）', '金额单位：万元');
    sheet.mergeCells(4, 1, 4, 3);
    sheet.getCell(4, 1).value = '收入';
    sheet.mergeCells(4, 4, 4, 6);
    sheet.getCell(4, 4).value = '支出';
    ['项目', '行次', '金额', '项目', '行次', '金额'].forEach((t, i) => { sheet.getCell(5, 1 + i).value = t; });
    ['栏次', '', '1', '栏次', '', '2'].forEach((t, i) => { if (t) sheet.getCell(6, 1 + i).value = t; });
    const lines = Math.max(OVERVIEW.income.length, OVERVIEW.expenditure.length);
    const put = (r: number, c: number, line: number, entry: [string, Yuan] | undefined) => {
        if (!entry) return;
        sheet.getCell(r, c).value = entry[0];
        sheet.getCell(r, c + 1).value = line;
        if (entry[1] !== null) sheet.getCell(r, c + 2).value = Number(entry[1]);
    };
    let r = 7;
    for (let i = 0; i < lines; i++, r++) {
        put(r, 1, i + 1, OVERVIEW.income[i]);
        put(r, 4, 30 + i + 1, OVERVIEW.expenditure[i]);
    }
    for (let i = 0; i < OVERVIEW.fixedIncome.length; i++, r++) {
        put(r, 1, lines + i + 1, OVERVIEW.fixedIncome[i]);
        put(r, 4, 30 + lines + i + 1, OVERVIEW.fixedExpenditure[i]);
    }
    return sheet;
}

/**
 * Two tables in one sheet: 一般公共预算财政拨款支出决算表 (code and name in one column each,
 * names indented with full-width spaces), then the “三公” table (printed with ASCII quotes, rows
 * with 其中：), each under its own title.
 */
export const GENERAL_ROWS: readonly CodedRow[] = [
    { code: '205', name: '教育支出' },
    { code: '20501', name: '教育管理事务' },
    { code: '2050101', name: '行政运行', values: ['6422012.34', '6422012.34', null] },
    { code: '2050199', name: '其他教育管理事务支出', values: ['1934100.00', null, '1934100.00'] },
    { code: '221', name: '住房保障支出' },
    { code: '22102', name: '住房改革支出' },
    { code: '2210201', name: '住房公积金', values: ['713800.00', '713800.00', null] },
];

export const THREE_PUBLIC: readonly [string, Yuan, Yuan][] = [
    ['合计', '130000.00', '111000.00'],
    ['1.因公出国（境）费', '0', null],
    ['2.公务用车购置及运行维护费', '100000.00', '87600.00'],
    ['　　其中：公务用车购置费', '0', null],
    ['　　　　　公务用车运行维护费', '100000.00', '87600.00'],
    ['3.公务接待费', '30000.00', '23400.00'],
];

export function addTwoTablesSheet(workbook: ExcelJS.Workbook, sheetName = '一般公共预算'): Sheet {
    const sheet = workbook.addWorksheet(sheetName);
    title(sheet, '一般公共预算财政拨款支出决算表', '公开05表', 5);
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'].forEach((t, i) => { sheet.getCell(4, 1 + i).value = t; });
    let r = 5;
    for (const row of withTotals(GENERAL_ROWS, 3)) {
        if (row.code) sheet.getCell(r, 1).value = Number(row.code);
        const depth = row.code.length <= 3 ? 0 : row.code.length === 5 ? 1 : 2;
        sheet.getCell(r, 2).value = '　'.repeat(depth) + row.name;
        row.values.forEach((v, i) => { if (v !== null) sheet.getCell(r, 3 + i).value = Number(v); });
        r++;
    }
    r += 2;
    sheet.mergeCells(r, 1, r, 5);
    sheet.getCell(r, 1).value = '一般公共预算财政拨款"三公"经费支出决算表';
    sheet.getCell(r + 1, 5).value = '公开07表';
    sheet.getCell(r + 2, 1).value = '部门：某区教育局（演示）';
    sheet.getCell(r + 2, 5).value = '单位：元';
    r += 3;
    sheet.mergeCells(r, 1, r, 3);
    sheet.getCell(r, 1).value = '项目';
    sheet.getCell(r, 4).value = '预算数';
    sheet.getCell(r, 5).value = '决算数';
    r++;
    for (const [name, budget, actual] of THREE_PUBLIC) {
        sheet.mergeCells(r, 1, r, 3);
        sheet.getCell(r, 1).value = name;
        if (budget !== null) sheet.getCell(r, 4).value = Number(budget);
        if (actual !== null) sheet.getCell(r, 5).value = Number(actual);
        r++;
    }
    return sheet;
}

/** 一般公共预算财政拨款支出决算明细表: 基本支出 over 小计 / 人员经费 / 公用经费, code in one merged label. */
export function addDetailTable(workbook: ExcelJS.Workbook, sheetName = '公开07表'): Sheet {
    const sheet = workbook.addWorksheet(sheetName);
    title(sheet, '一般公共预算财政拨款支出决算明细表', '公开07表', 7);
    sheet.mergeCells(4, 1, 5, 1);
    sheet.getCell(4, 1).value = '科目编码';
    sheet.mergeCells(4, 2, 5, 2);
    sheet.getCell(4, 2).value = '科目名称';
    sheet.mergeCells(4, 3, 5, 3);
    sheet.getCell(4, 3).value = '合计';
    sheet.mergeCells(4, 4, 4, 6);
    sheet.getCell(4, 4).value = '基本支出';
    ['小计', '人员经费', '公用经费'].forEach((t, i) => { sheet.getCell(5, 4 + i).value = t; });
    sheet.mergeCells(4, 7, 5, 7);
    sheet.getCell(4, 7).value = '项目支出';
    const rows = [
        ['', '合计', '8356112.34', '6422012.34', '5234600.00', '1187412.34', '1934100.00'],
        ['2050101', '行政运行', '6422012.34', '6422012.34', '5234600.00', '1187412.34', null],
        ['2050199', '其他教育管理事务支出', '1934100.00', null, null, null, '1934100.00'],
    ] as const;
    rows.forEach((row, i) => {
        const r = 6 + i;
        if (row[0]) sheet.getCell(r, 1).value = row[0];
        sheet.getCell(r, 2).value = row[1];
        row.slice(2).forEach((v, j) => { if (v !== null) sheet.getCell(r, 3 + j).value = Number(v); });
    });
    return sheet;
}

export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function newWorkbook(): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'juesuan tests';
    return workbook;
}

/**
 * The “三公” table printed as one wide line (the national form): 预算数 and 决算数 each over
 * 合计, 因公出国（境）费, 公务用车购置及运行维护费 (小计, 公务用车购置费, 公务用车运行维护费), 公务接待费.
 */
export function addWideThreePublic(workbook: ExcelJS.Workbook): Sheet {
    const sheet = workbook.addWorksheet('三公');
    title(sheet, '一般公共预算财政拨款“三公”经费支出决算表', '公开07表', 12);
    const parts = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '', '', '公务接待费'];
    ['预算数', '决算数'].forEach((group, g) => {
        const left = 1 + g * 6;
        sheet.mergeCells(4, left, 4, left + 5);
        sheet.getCell(4, left).value = group;
        parts.forEach((part, i) => {
            if (part === '') return;
            if (i === 2) {
                sheet.mergeCells(5, left + 2, 5, left + 4);
                ['小计', '公务用车购置费', '公务用车运行维护费'].forEach((sub, j) => { sheet.getCell(6, left + 2 + j).value = sub; });
            } else {
                sheet.mergeCells(5, left + i, 6, left + i);
            }
            sheet.getCell(5, left + i).value = part;
        });
    });
    // budgets, then actuals, in the order of the columns
    [130000, 0, 100000, 0, 100000, 30000, 111000, null, 87600, 0, 87600, 23400].forEach((v, i) => {
        if (v !== null) sheet.getCell(7, 1 + i).value = v;
    });
    return sheet;
}

/** The 基本支出 table as the national form prints it: 人员经费 and 公用经费 side by side, each with its codes. */
export const BASIC = {
    personnel: [['301', '工资福利支出', '7702000.00'], ['30101', '基本工资', '1853200.00'], ['30102', '津贴补贴', '5848800.00'], ['303', '对个人和家庭的补助', '1374400.00'], ['30302', '退休费', '1374400.00']],
    running: [['302', '商品和服务支出', '1103700.00'], ['30201', '办公费', '186400.00'], ['30205', '水费', '917300.00'], ['310', '资本性支出', '83600.00'], ['31002', '办公设备购置', '83600.00']],
} as const;

export function addBasicSideBySide(workbook: ExcelJS.Workbook): Sheet {
    const sheet = workbook.addWorksheet('基本支出');
    title(sheet, '一般公共预算财政拨款基本支出决算表', '公开06表', 6);
    sheet.mergeCells(4, 1, 4, 3);
    sheet.getCell(4, 1).value = '人员经费';
    sheet.mergeCells(4, 4, 4, 6);
    sheet.getCell(4, 4).value = '公用经费';
    ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'].forEach((t, i) => { sheet.getCell(5, 1 + i).value = t; });
    BASIC.personnel.forEach(([code, name, yuan], i) => {
        sheet.getCell(6 + i, 1).value = code;
        sheet.getCell(6 + i, 2).value = name;
        sheet.getCell(6 + i, 3).value = Number(yuan);
    });
    BASIC.running.forEach(([code, name, yuan], i) => {
        sheet.getCell(6 + i, 4).value = code;
        sheet.getCell(6 + i, 5).value = name;
        sheet.getCell(6 + i, 6).value = Number(yuan);
    });
    const last = 6 + BASIC.personnel.length;
    sheet.mergeCells(last, 1, last, 2);
    sheet.getCell(last, 1).value = '人员经费合计';
    sheet.getCell(last, 3).value = 9076400;
    sheet.mergeCells(last, 4, last, 5);
    sheet.getCell(last, 4).value = '公用经费合计';
    sheet.getCell(last, 6).value = 1187300;
    return sheet;
}
