// Last year's report, linked by a `上年 「../2023/单位.juesuan」` line: read from disk, parsed and
// modelled once per change of that file (cached by path, size and modification time, so that a
// keystroke in this report costs one stat), for the check `last-year` and the hover on 上年
// figures. Only a regular file within a size limit is read: a link to /dev/zero or a FIFO must
// never hang the server. The language server and the command line share it through the services.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Decimal } from 'decimal.js';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { MetaField, Report } from '../language/generated/ast.js';
import { isMetaField } from '../language/generated/ast.js';
import type { JuesuanCoreServices } from '../language/juesuan-core-module.js';
import { decodeUtf8, DEFAULT_MAX_SIZE_MB, describeFileError } from '../cli/files.js';
import type { Figure } from './figure.js';
import { MONEY_UNITS } from './figure.js';
import type { Interval } from './interval.js';
import type { ReportModel } from './report-model.js';
import { buildReportModel, tableOfRole } from './report-model.js';
import type { RowModel } from './rows.js';
import { actualColumn, walkRows } from './rows.js';

/** The meta key of the link. */
export const LAST_YEAR_KEY = '上年';

/** Last year's reports kept at once: a folder of reports checked one by one must not pile them up. */
const MAX_CACHED = 8;

const MAX_BYTES = DEFAULT_MAX_SIZE_MB * 1024 * 1024;

/** What the `上年` line of a report comes to. */
export type LastYear =
    | { readonly kind: 'loaded'; readonly field: MetaField; readonly file: string; readonly model: ReportModel }
    | { readonly kind: 'error'; readonly field: MetaField; readonly message: string };

/** A file read and parsed, or why it could not be. */
type Loaded = { readonly model: ReportModel } | { readonly error: string };

/** Last year's figure of a row's column, and the row it was found in. */
export interface LastYearFigure {
    readonly figure: Figure;
    /** Its rounding interval in this report's unit. */
    readonly interval: Interval;
    /** Its value in this report's unit. */
    readonly value: Decimal;
    readonly row: RowModel;
}

export class LastYearReports {
    private readonly cache = new Map<string, { readonly stamp: string; readonly loaded: Loaded }>();
    /** Reports by the file they link, to check again when that file changes on disk. */
    private readonly dependents = new Map<string, Set<string>>();
    /** The file each report links: a report closed (or checked by the command line) is forgotten. */
    private readonly links = new Map<string, string>();

    constructor(private readonly services: JuesuanCoreServices) {
        services.shared.lsp?.DocumentUpdateHandler?.onWatchedFilesChange(params => {
            const changed = params.changes.map(change => URI.parse(change.uri).fsPath).filter(file => this.dependents.has(file));
            if (changed.length > 0) void this.recheck(changed);
        });
        services.shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) this.forget(uri.toString());
        });
    }

    /** The report's linked last year's report; undefined when it has no `上年` line. */
    forModel(model: ReportModel): LastYear | undefined {
        const field = model.report.parts.find((p): p is MetaField => isMetaField(p) && p.key === LAST_YEAR_KEY);
        if (!field) return undefined;
        const written = (field.value ?? '').trim();
        const error = (message: string): LastYear => ({ kind: 'error', field, message });
        if (!written) return error('“上年”应写上年报告的路径（相对本文件），如 上年 「../2023/单位.juesuan」。');
        // only a report is read: a report from elsewhere must not make the checker read other files
        if (!written.toLowerCase().endsWith('.juesuan')) return error(`上年报告「${written}」应为 .juesuan 文件。`);
        const uri = model.report.$document?.uri;
        if (!uri || uri.scheme !== 'file') return error('本报告尚未保存为文件，无法按相对路径找到上年报告：请先保存。');
        const own = uri.fsPath;
        const file = path.resolve(path.dirname(own), written);
        if (file === own) return error(`上年报告「${written}」就是本文件：应链接上一年度的报告。`);
        this.depend(file, uri.toString());
        const loaded = this.load(file);
        if ('error' in loaded) return error(`上年报告「${written}」${loaded.error}`);
        const year = model.meta.year;
        const lastYear = loaded.model.meta.year;
        if (year !== undefined && lastYear !== year - 1) {
            return error(lastYear === undefined
                ? `上年报告「${written}」没有写年度：应为 ${year - 1} 年度的报告。`
                : `上年报告「${written}」是 ${lastYear} 年度的报告，本报告是 ${year} 年度：应链接 ${year - 1} 年度的报告。`);
        }
        return { kind: 'loaded', field, file, model: loaded.model };
    }

    private depend(file: string, report: string): void {
        if (this.links.get(report) === file) return;
        this.forget(report);
        this.links.set(report, file);
        let reports = this.dependents.get(file);
        if (!reports) this.dependents.set(file, reports = new Set());
        reports.add(report);
    }

    private forget(report: string): void {
        const file = this.links.get(report);
        if (file === undefined) return;
        this.links.delete(report);
        const reports = this.dependents.get(file);
        reports?.delete(report);
        if (reports?.size === 0) this.dependents.delete(file);
    }

    /** The file's model, read again only when its size, time or inode changed. */
    private load(file: string): Loaded {
        let stat: fs.Stats;
        try {
            // stat, not open: a FIFO is never opened, a device never read
            stat = fs.statSync(file);
        } catch (err) {
            this.cache.delete(file);
            return { error: `无法读取：${describeFileError(err)}。` };
        }
        if (!stat.isFile()) return { error: stat.isDirectory() ? '是一个目录，不是文件。' : '不是普通文件，不会读取。' };
        if (stat.size > MAX_BYTES) return { error: `太大（超过 ${DEFAULT_MAX_SIZE_MB} MB），不会读取。` };
        const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
        const cached = this.cache.get(file);
        if (cached?.stamp === stamp) return cached.loaded;
        const loaded = this.read(file);
        this.cache.delete(file);
        if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
        this.cache.set(file, { stamp, loaded });
        return loaded;
    }

    private read(file: string): Loaded {
        let text: string;
        try {
            text = readBounded(file, MAX_BYTES);
        } catch (err) {
            return { error: err instanceof TooLarge ? `太大（超过 ${DEFAULT_MAX_SIZE_MB} MB），不会读取。` : `无法读取：${describeFileError(err)}。` };
        }
        const document = this.services.shared.workspace.LangiumDocumentFactory.fromString<Report>(text, URI.file(file));
        const problem = firstSyntaxError(document);
        if (problem) return { error: `有语法错误（${problem}），无法比对：请先改正上年报告。` };
        return { model: buildReportModel(document.parseResult.value) };
    }

    /** Forgets the changed files and checks the reports that link them again. */
    private async recheck(files: readonly string[]): Promise<void> {
        const workspace = this.services.shared.workspace;
        const reports = new Set<string>();
        for (const file of files) {
            this.cache.delete(file);
            for (const report of this.dependents.get(file) ?? []) reports.add(report);
        }
        const uris = [...reports].map(r => URI.parse(r)).filter(uri => workspace.LangiumDocuments.hasDocument(uri));
        if (uris.length === 0) return;
        await workspace.WorkspaceLock.write(token => workspace.DocumentBuilder.update(uris, [], token));
    }
}

class TooLarge extends Error {}

/** The file's text: opened without blocking, refused unless a regular file, read up to `limit` bytes. */
function readBounded(file: string, limit: number): string {
    const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
        // the path may have been replaced between the stat and the open
        if (!fs.fstatSync(fd).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENXIO' });
        const chunks: Buffer[] = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(64 * 1024);
            const read = fs.readSync(fd, chunk, 0, chunk.length, null);
            if (read === 0) break;
            total += read;
            if (total > limit) throw new TooLarge();
            chunks.push(chunk.subarray(0, read));
        }
        return decodeUtf8(Buffer.concat(chunks, total));
    } finally {
        fs.closeSync(fd);
    }
}

/** Where the first syntax error is; its message is left out, as it may quote the file. */
function firstSyntaxError(document: LangiumDocument): string | undefined {
    const { lexerErrors, parserErrors } = document.parseResult;
    const line = lexerErrors.length > 0 ? lexerErrors[0].line : parserErrors.length > 0 ? parserErrors[0].token.startLine : undefined;
    if (lexerErrors.length + parserErrors.length === 0) return undefined;
    return line !== undefined && Number.isFinite(line) ? `第 ${line} 行` : '位置不明';
}

// ---- the same row last year ---------------------------------------------------------------------

/** Last year's rows of one table or section, found by code, by name path, or by a name used once. */
interface RowLookup {
    readonly byCode: Map<string, RowModel>;
    readonly byPath: Map<string, RowModel>;
    /** null: the name is used more than once. */
    readonly byName: Map<string, RowModel | null>;
}

const lookups = new WeakMap<ReportModel, Map<string, RowLookup>>();

function namePath(row: RowModel): string {
    const names: string[] = [];
    for (let r: RowModel | undefined = row; r; r = r.parent) names.push(r.canonicalName);
    return names.reverse().join(' › ');
}

function lookupOf(model: ReportModel, key: string, rows: () => readonly RowModel[] | undefined): RowLookup | undefined {
    let byKey = lookups.get(model);
    if (!byKey) lookups.set(model, byKey = new Map());
    const cached = byKey.get(key);
    if (cached) return cached;
    const roots = rows();
    if (!roots) return undefined;
    const lookup: RowLookup = { byCode: new Map(), byPath: new Map(), byName: new Map() };
    walkRows(roots, row => {
        if (row.code && !lookup.byCode.has(row.code)) lookup.byCode.set(row.code, row);
        const rowPath = namePath(row);
        if (!lookup.byPath.has(rowPath)) lookup.byPath.set(rowPath, row);
        lookup.byName.set(row.canonicalName, lookup.byName.has(row.canonicalName) ? null : row);
    });
    byKey.set(key, lookup);
    return lookup;
}

/** The section a row outside the tables stands in: 部门概况, 情况说明 or a project's name. */
function sectionOf(model: ReportModel, row: RowModel): string | undefined {
    let root = row;
    while (root.parent) root = root.parent;
    return model.sections.find(s => s.rows.includes(root))?.name;
}

/**
 * Last year's row of a row of this report: in the table of the same role (tables are numbered
 * differently by different templates), by subject code, else by its names from the table's top,
 * else by a name the table uses once; outside the tables, the same in the section of that name.
 */
export function lastYearRow(row: RowModel, model: ReportModel, last: ReportModel): RowModel | undefined {
    let lookup: RowLookup | undefined;
    if (row.table) {
        const role = row.table.template?.role;
        if (role === undefined) return undefined;
        lookup = lookupOf(last, `table ${role}`, () => tableOfRole(last, role)?.rows);
    } else {
        const section = sectionOf(model, row);
        if (section === undefined) return undefined;
        lookup = lookupOf(last, `section ${section}`, () => last.sections.find(s => s.name === section)?.rows);
    }
    if (!lookup) return undefined;
    if (row.code) return lookup.byCode.get(row.code);
    return lookup.byPath.get(namePath(row)) ?? lookup.byName.get(row.canonicalName) ?? undefined;
}

/** Last year's 本年 figure of a row's column, in this report's unit; undefined where there is none to compare. */
export function lastYearFigure(row: RowModel, column: string, model: ReportModel, last: ReportModel): LastYearFigure | undefined {
    const lastRow = lastYearRow(row, model, last);
    if (!lastRow) return undefined;
    const own = column === actualColumn(row) ? actualColumn(lastRow) : column;
    // a row's own figure is last year's own, under whichever part it stood (302 under 公用经费 last year, a row still to fill
    // reading its 上年 under the first part, 人员经费)
    const figure = (own === undefined ? undefined : lastRow.cells.get(own)) ?? lastRow.cells.get(column);
    if (!figure || figure.suspect || figure.kind === 'rate') return undefined;
    const unit = row.table ? model.meta.unit : column;
    if (figure.unit === unit) return { figure, interval: figure.interval, value: figure.value, row: lastRow };
    // a report kept in 元 last year and in 万元 this year (or the other way)
    if (!MONEY_UNITS.has(figure.unit) || !MONEY_UNITS.has(unit)) return undefined;
    const factor = new Decimal(figure.unit === '元' ? '0.0001' : '10000');
    return { figure, interval: figure.interval.scale(factor), value: figure.value.times(factor), row: lastRow };
}
