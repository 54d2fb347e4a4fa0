// Importing a workbook's 决算 tables: into a new report, or into an existing one in place. The
// result is text the caller writes (or not): this module never touches a file. Loaded only by
// `juesuan import` and the VS Code command.
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import type { Report } from '../language/generated/ast.js';
import { createJuesuanServices } from '../language/juesuan-module.js';
import type { JuesuanFormatter } from '../lsp/formatter.js';
import { REPORT_DECIMALS, YUAN_PER_MONEY_UNIT } from '../model/figure.js';
import type { ReportModel } from '../model/report-model.js';
import { buildReportModel } from '../model/report-model.js';
import { parseTableLabel } from '../model/table-label.js';
import type { ReportTemplate, WrittenTable } from '../templates/index.js';
import { findTemplate, fitTemplates, TEMPLATES } from '../templates/index.js';
import { ImportError } from './problems.js';
import type { ImportedTable, PrintedTable, Recognised } from './recognise.js';
import { recogniseWorkbook } from './recognise.js';
import type { SourceOptions } from './source.js';
import { reportSource } from './source.js';
import { tableShapes } from './template-tables.js';
import type { Change } from './update.js';
import { mergeTables } from './update.js';
import { readWorkbook } from './workbook.js';

export { ImportError } from './problems.js';
export { describeChange, type Change } from './update.js';

export interface ImportOptions {
    /** The workbook's file name, for messages and the tables' comments. */
    readonly fileName: string;
    /** A template id or name; else the report's, else the one the workbook fits best. */
    readonly template?: string;
    /** The report to update in place (its text), instead of a new one. */
    readonly report?: string;
}

export interface ImportResult {
    /** The new or updated report. */
    readonly text: string;
    readonly template: ReportTemplate;
    readonly tables: readonly {
        readonly number: number;
        /** The template's label of the table: 附表6, 表5. */
        readonly label: string;
        readonly title: string;
        readonly sheet: string;
        readonly range: string;
        readonly rows: number;
    }[];
    /** An update's changes, old → new; empty for a new report. */
    readonly changes: readonly Change[];
    /** What the import skipped or assumed (a sheet without numbers, a table without 单位). */
    readonly notes: readonly string[];
}

let services: ReturnType<typeof createJuesuanServices> | undefined;

function parse(text: string): { document: LangiumDocument<Report>; model: ReportModel } {
    services ??= createJuesuanServices(EmptyFileSystem);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Report>(text, URI.parse('memory:///import.juesuan'));
    return { document, model: buildReportModel(document.parseResult.value) };
}

/** Reads the workbook's tables and writes them as a report, or into `options.report`; throws ImportError. */
export async function importWorkbook(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
    const existing = options.report !== undefined ? parse(options.report) : undefined;
    if (existing && existing.document.parseResult.parserErrors.length + existing.document.parseResult.lexerErrors.length > 0) {
        throw new ImportError('要更新的报告有语法错误，无法确定各表的位置。请先改正（juesuan check 可列出错误）后再导入。');
    }
    const unit = existing?.model.meta.unit ?? '万元';
    if (!YUAN_PER_MONEY_UNIT.has(unit)) throw new ImportError(`报告的金额单位「${unit}」无法换算：只支持 元、千元、万元、亿元。`);
    const workbook = await readWorkbook(bytes, options.fileName);
    const sourceOptions: SourceOptions = { fileName: options.fileName, unit, decimals: REPORT_DECIMALS };

    const candidates = chooseTemplates(options.template, existing?.model);
    const year = existing?.model.meta.year;
    const { template, recognised } = bestReading(candidates.map(template => ({
        template,
        recognised: recogniseWorkbook(workbook, { shapes: tableShapes(template), decimals: REPORT_DECIMALS, unit, year }),
    })));
    if (recognised.problems.length > 0) throw new ImportError(recognised.problems);
    if (recognised.tables.length === 0) {
        throw new ImportError(`${options.fileName} 中没有找到模板「${template.name}」的任何一张表。`);
    }

    let text: string;
    let changes: Change[] = [];
    if (existing) {
        const merged = mergeTables(options.report!, existing.model, recognised.tables, sourceOptions);
        changes = merged.changes;
        text = await formatRanges(merged.text, merged.ranges);
    } else {
        const stated = facts(recognised.tables);
        text = formatAll(reportSource(recognised.tables, template, { ...stated, year: stated.year ?? recognised.year }, sourceOptions));
    }
    // never hand back text that does not parse: that would be a fault of the import, not the user's
    const check = parse(text).document.parseResult;
    if (check.lexerErrors.length + check.parserErrors.length > 0) {
        const first = check.parserErrors[0]?.message ?? check.lexerErrors[0]?.message;
        throw new ImportError(`内部错误：导入生成的文本无法解析（${first}），未写入任何文件。请把工作簿发给开发者。`);
    }
    return {
        text, template, changes, notes: recognised.notes,
        tables: recognised.tables.map(t => ({ number: t.shape.number, label: t.shape.label, title: t.shape.title, sheet: t.sheet, range: t.range, rows: countRows(t) })),
    };
}

function chooseTemplates(wanted: string | undefined, existing: ReportModel | undefined): readonly ReportTemplate[] {
    if (wanted !== undefined) {
        const found = findTemplate(wanted);
        if (found.kind === 'unknown') throw new ImportError(`没有名为「${wanted}」的模板。可用的模板：${TEMPLATES.map(t => `「${t.shortName}」（${t.name}）`).join('、')}。`);
        return [found.template];
    }
    if (existing) return [existing.template];
    return TEMPLATES;
}

interface Reading {
    readonly template: ReportTemplate;
    readonly recognised: Recognised;
}

/**
 * The template the workbook fits best, by its reading of the workbook: the most tables found by
 * their printed titles; then the labels printed with them (公开05表 over 一般公共预算财政拨款支出
 * 决算表 fits a template numbering that table 5, not one numbering it 6), the year and the
 * department's province, as a report's tables choose its template; then the fewest problems.
 */
function bestReading(readings: readonly Reading[]): Reading {
    if (readings.length === 1) return readings[0];
    const { department, year } = facts(readings.flatMap(r => r.recognised.tables));
    const fit = fitTemplates(writtenTables(readings), year, department ?? '', readings.map(r => r.template)).map(f => f.template);
    const titled = (reading: Reading) => reading.recognised.printed.filter(t => t.title !== undefined).length;
    return [...readings].sort((a, b) => titled(b) - titled(a)
        || fit.indexOf(a.template) - fit.indexOf(b.template)
        || a.recognised.problems.length - b.recognised.problems.length
        || b.recognised.tables.length - a.recognised.tables.length)[0];
}

/** The labelled tables of the workbook as each reading found them, a line read as the longest title any template knows. */
function writtenTables(readings: readonly Reading[]): WrittenTable[] {
    const byLine = new Map<string, PrintedTable>();
    for (const printed of readings.flatMap(r => r.recognised.printed)) {
        const key = `${printed.sheet}\n${printed.row}`;
        const seen = byLine.get(key);
        if (!seen || (printed.title?.length ?? 0) > (seen.title?.length ?? 0)) byLine.set(key, printed);
    }
    return [...byLine.values()].flatMap(printed => {
        if (printed.label === undefined) return [];
        const label = parseTableLabel(printed.label);
        return label.number === undefined ? [] : [{ number: label.number, style: label.style, title: printed.title }];
    });
}

/** The department and year the tables state, the first that states each. */
function facts(tables: readonly ImportedTable[]): { department?: string; year?: number } {
    const first = <T>(values: (T | undefined)[]) => values.find(v => v !== undefined);
    return { department: first(tables.map(t => t.department)), year: first(tables.map(t => t.year)) };
}

function countRows(table: ImportedTable): number {
    const count = (rows: ImportedTable['rows']): number => rows.reduce((n, r) => n + 1 + count(r.children), 0);
    return count(table.rows);
}

function formatter(): JuesuanFormatter {
    services ??= createJuesuanServices(EmptyFileSystem);
    return services.Juesuan.lsp.Formatter as JuesuanFormatter;
}

function formatAll(text: string): string {
    return formatter().format(parse(text).document) ?? text;
}

/** Lays out the tables the import touched, and nothing else of the user's file. */
async function formatRanges(text: string, ranges: readonly { start: number; end: number }[]): Promise<string> {
    const { document } = parse(text);
    const textDocument = document.textDocument;
    const edits = (await Promise.all(ranges.map(range => formatter().formatDocumentRange(document, {
        textDocument: { uri: textDocument.uri },
        options: { tabSize: 2, insertSpaces: true },
        range: { start: textDocument.positionAt(range.start), end: textDocument.positionAt(range.end) },
    })))).flat();
    // ranges of separate tables do not overlap; edits of one range are disjoint
    return TextDocument.applyEdits(textDocument, dedupe(edits));
}

function dedupe<T extends { range: { start: { line: number; character: number } } }>(edits: readonly T[]): T[] {
    const seen = new Set<string>();
    return edits.filter(e => {
        const key = `${e.range.start.line}:${e.range.start.character}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}
