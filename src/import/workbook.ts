// A workbook read into plain grids of cells, whatever it was saved as: .xlsx with exceljs, the
// older .xls (BIFF) with SheetJS. Recognising the tables works on these grids only. A file that
// cannot be read — password-protected, corrupt, not a workbook — is an ImportError in Chinese.
import ExcelJS from 'exceljs';
import { isUnit } from '../language/generated/ast.js';
import { MONEY_UNITS } from '../model/figure.js';
import { ImportError } from './problems.js';

export type SheetValue =
    /** A number; `count` when its number format prints a count's unit after it (0"辆" shows 3辆). */
    | { readonly kind: 'number'; readonly value: number; readonly count?: CountFormat }
    | { readonly kind: 'text'; readonly value: string }
    /** A formula whose result the file does not hold (saved by a program that does not calculate). */
    | { readonly kind: 'formula'; readonly formula: string }
    | { readonly kind: 'error'; readonly value: string };

/** A count's unit as a number format prints it, and the decimals it shows (undefined: General, as stored). */
export interface CountFormat {
    readonly unit: string;
    readonly decimals?: number;
}

export interface SheetCell {
    /** 1-based row and column. */
    readonly row: number;
    readonly column: number;
    readonly value: SheetValue;
    /** Indentation steps of the cell's alignment. */
    readonly indent?: number;
}

/** A merged range, 1-based and inclusive. */
export interface MergedRange {
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
}

export interface Sheet {
    readonly name: string;
    readonly hidden: boolean;
    readonly rows: number;
    readonly columns: number;
    /** Cells that hold something, row by row. */
    readonly cells: ReadonlyMap<number, ReadonlyMap<number, SheetCell>>;
    readonly merges: readonly MergedRange[];
}

export interface Workbook {
    readonly sheets: readonly Sheet[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: .xls, and .xlsx encrypted with a password to open. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
    return magic.every((b, i) => bytes[i] === b);
}

export async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<Workbook> {
    if (startsWith(bytes, ZIP)) return readXlsx(bytes, fileName);
    if (startsWith(bytes, CFB)) return readXls(bytes, fileName);
    throw new ImportError(`${fileName} 不是 Excel 工作簿（.xlsx 或 .xls），或文件已损坏。`);
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<Workbook> {
    const workbook = new ExcelJS.Workbook();
    try {
        await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
    } catch (err) {
        throw new ImportError(`${fileName} 无法读取，文件可能已损坏：${err instanceof Error ? err.message : String(err)}。请在 Excel 中打开后另存为 .xlsx 再试。`);
    }
    const formats = new Set<string>();
    for (const ws of workbook.worksheets) ws.eachRow({ includeEmpty: false }, row => row.eachCell({ includeEmpty: false }, cell => { formats.add(cell.numFmt); }));
    const engine = await formatEngineFor(formats);
    return {
        sheets: workbook.worksheets.map(ws => {
            const cells = new Map<number, Map<number, SheetCell>>();
            let rows = 0;
            let columns = 0;
            ws.eachRow({ includeEmpty: false }, (row, r) => {
                row.eachCell({ includeEmpty: false }, (cell, c) => {
                    // the other cells of a merged range repeat its first cell's value: only the first counts
                    if (cell.isMerged && cell.master !== cell) return;
                    const value = withFormat(xlsxValue(cell.value), cell.numFmt, engine);
                    if (!value) return;
                    let line = cells.get(r);
                    if (!line) cells.set(r, line = new Map());
                    line.set(c, { row: r, column: c, value, indent: cell.alignment?.indent || undefined });
                    rows = Math.max(rows, r);
                    columns = Math.max(columns, c);
                });
            });
            const merges = (ws.model.merges ?? []).map(parseRange).filter((m): m is MergedRange => m !== undefined);
            for (const m of merges) {
                rows = Math.max(rows, m.bottom);
                columns = Math.max(columns, m.right);
            }
            return { name: ws.name, hidden: ws.state !== 'visible', rows, columns, cells, merges };
        }),
    };
}

function xlsxValue(value: ExcelJS.CellValue): SheetValue | undefined {
    if (value === null || value === undefined) return undefined;
    if (typeof value === 'number') return { kind: 'number', value };
    if (typeof value === 'string') return value.trim() === '' ? undefined : { kind: 'text', value };
    if (typeof value === 'boolean') return { kind: 'text', value: value ? 'TRUE' : 'FALSE' };
    if (value instanceof Date) return { kind: 'text', value: value.toISOString().slice(0, 10) };
    if ('richText' in value) {
        const text = value.richText.map(r => r.text).join('');
        return text.trim() === '' ? undefined : { kind: 'text', value: text };
    }
    if ('error' in value) return { kind: 'error', value: value.error };
    if ('formula' in value || 'sharedFormula' in value) {
        const result = value.result;
        const formula = ('formula' in value && value.formula) || ('sharedFormula' in value ? value.sharedFormula : '') || '';
        if (result === undefined || result === null) return { kind: 'formula', formula };
        if (typeof result === 'object' && 'error' in result) return { kind: 'error', value: result.error };
        return xlsxValue(result as ExcelJS.CellValue);
    }
    if ('text' in value) return { kind: 'text', value: String(value.text) };
    return undefined;
}

/** A1:F3 → rows 1–3, columns 1–6. */
export function parseRange(range: string): MergedRange | undefined {
    const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(range);
    if (!match) return undefined;
    const left = columnNumber(match[1]);
    const top = Number(match[2]);
    return { top, left, bottom: match[4] ? Number(match[4]) : top, right: match[3] ? columnNumber(match[3]) : left };
}

function columnNumber(letters: string): number {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
    return n;
}

/** SheetJS's number-format engine (SSF), which prints a number as a format shows it. */
export type FormatEngine = typeof import('@e965/xlsx').SSF;

/**
 * The format engine where one of the formats may print a count's unit (every unit of the grammar is Chinese, so a
 * format of ASCII alone prints none): SheetJS is loaded only for those workbooks.
 */
async function formatEngineFor(formats: Iterable<string | undefined>): Promise<FormatEngine | undefined> {
    for (const format of formats) if (format && /[^\x00-\x7f]/.test(format)) return (await import('@e965/xlsx')).SSF;
    return undefined;
}

/** A number whose format prints a count's unit after it, read as that count. */
function withFormat(value: SheetValue | undefined, format: string | undefined, engine: FormatEngine | undefined): SheetValue | undefined {
    if (value?.kind !== 'number' || !format || !engine) return value;
    const count = countFormat(format, engine);
    return count ? { ...value, count } : value;
}

/** A number whose printing shows its digits and decimals: 1,234.6 of 0.0, 1235 of 0. */
const PROBE = 1234.5678;
/** What a format prints for the probe: its digits, then the rest, nothing before them. */
const PRINTED = /^([\d,]+)(?:\.(\d+))?(.*)$/s;

/**
 * The count a number format shows (0"辆", #,##0"人", 0\台, General"套"): the engine prints a number with it, and what
 * follows the digits is a unit of the grammar that counts things. Money (0.00"万元"), percent, dates and text around
 * the number are no count.
 */
export function countFormat(format: string, engine: FormatEngine): CountFormat | undefined {
    const positive = format.split(';')[0];
    // the engine prints General followed by text as General alone: its digits are the number as stored
    const general = /General/i.test(positive);
    let printed: string;
    try {
        if (engine.is_date(format)) return undefined;
        printed = engine.format(general ? format.replace(/General/i, '0.##########') : format, PROBE);
    } catch {
        return undefined;
    }
    const match = PRINTED.exec(printed);
    const unit = match?.[3].trim();
    if (!match || !unit || !isUnit(unit) || MONEY_UNITS.has(unit)) return undefined;
    return { unit, decimals: general ? undefined : match[2]?.length ?? 0 };
}

/** 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
    let letters = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return letters;
}

export function cellAddress(row: number, column: number): string {
    return `${columnLetters(column)}${row}`;
}

/**
 * The older binary workbooks (.xls, BIFF8) and encrypted .xlsx files share one container; SheetJS
 * reads the first and recognises the second. SheetJS's npm package `xlsx` stopped at 0.18.5
 * (2022, with known advisories); @e965/xlsx republishes SheetJS's current releases unchanged.
 */
async function readXls(bytes: Uint8Array, fileName: string): Promise<Workbook> {
    const XLSX = await import('@e965/xlsx');
    let book: import('@e965/xlsx').WorkBook;
    try {
        book = XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellStyles: false, sheetStubs: false });
    } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (/password|encrypt/i.test(message)) {
            throw new ImportError(`${fileName} 设有打开密码（已加密），无法读取。请在 Excel 中打开，在“文件 › 信息 › 保护工作簿 › 用密码进行加密”中清除密码并保存后再导入。`);
        }
        throw new ImportError(`${fileName} 无法读取，文件可能已损坏或不是 Excel 工作簿：${message}。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。`);
    }
    return {
        sheets: book.SheetNames.map((name, index) => {
            const ws = book.Sheets[name];
            const cells = new Map<number, Map<number, SheetCell>>();
            let rows = 0;
            let columns = 0;
            for (const key of Object.keys(ws)) {
                if (key.startsWith('!')) continue;
                const at = parseRange(key);
                const cell = ws[key] as import('@e965/xlsx').CellObject;
                const value = withFormat(xlsValue(cell), typeof cell.z === 'string' ? cell.z : undefined, XLSX.SSF);
                if (!at || !value) continue;
                let line = cells.get(at.top);
                if (!line) cells.set(at.top, line = new Map());
                line.set(at.left, { row: at.top, column: at.left, value });
                rows = Math.max(rows, at.top);
                columns = Math.max(columns, at.left);
            }
            const merges = (ws['!merges'] ?? []).map(m => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 }));
            for (const m of merges) {
                rows = Math.max(rows, m.bottom);
                columns = Math.max(columns, m.right);
            }
            const hidden = (book.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
            return { name, hidden, rows, columns, cells, merges };
        }),
    };
}

function xlsValue(cell: import('@e965/xlsx').CellObject): SheetValue | undefined {
    switch (cell.t) {
        case 'n': return typeof cell.v === 'number' ? { kind: 'number', value: cell.v } : cell.f ? { kind: 'formula', formula: cell.f } : undefined;
        case 's': return typeof cell.v === 'string' && cell.v.trim() !== '' ? { kind: 'text', value: cell.v } : undefined;
        case 'b': return { kind: 'text', value: cell.v ? 'TRUE' : 'FALSE' };
        case 'e': return { kind: 'error', value: cell.w ?? '#错误' };
        case 'd': return { kind: 'text', value: String(cell.w ?? cell.v) };
        default: return cell.f ? { kind: 'formula', formula: cell.f } : undefined;
    }
}
