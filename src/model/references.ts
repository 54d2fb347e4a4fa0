import type { ReportTemplate } from '../templates/template.js';
import type { Figure } from './figure.js';
import { AMOUNT_ATTRIBUTES, RATE_ATTRIBUTES } from './figure.js';
import { LAST_YEAR_KEY } from './last-year.js';
import type { RowModel, TableModel } from './rows.js';
import { actualColumn, walkRows } from './rows.js';
import { COLUMN_GROUP_JOINT } from './table-label.js';
import { fullWidthBrackets } from './brackets.js';

/**
 * A figure with the names that lead to it: table, ancestor rows, the row, the column or
 * attribute. Each level is the set of names that level answers to; the levels of a row are
 * shared by all its figures.
 */
interface Addressable {
    readonly figure: Figure;
    /** The levels before the last. */
    readonly leading: readonly (readonly string[])[];
    /** The names the figure itself answers to: its row's, or its column's or attribute's. */
    readonly last: readonly string[];
    /** The last level names a column or attribute, not the row. */
    readonly endsWithColumn: boolean;
}

/** The names a row written without figures answers to, as an Addressable's: what its figures will answer to once filled. */
type Unfilled = Omit<Addressable, 'figure'>;

export type Resolution =
    | { readonly kind: 'found'; readonly figure: Figure; readonly row: RowModel }
    | { readonly kind: 'missing' }
    /** A row written without its figures (next year's report before they are filled): the figure is not yet given. */
    | { readonly kind: 'unfilled'; readonly rows: readonly RowModel[] }
    | { readonly kind: 'ambiguous'; readonly candidates: readonly Figure[] };

/**
 * Resolves references 【附表6.201.基本支出】: segments joined by “.”, each naming a table, a row
 * (by name or code), a column or an attribute; enough of them to single out one figure.
 */
export class ReferenceIndex {
    private readonly byLastName = new Map<string, { entry: Addressable; row: RowModel }[]>();
    /** The names of rows written without figures, and of their columns and attributes: what they would answer to. */
    private readonly unfilledByLastName = new Map<string, { entry: Unfilled; row: RowModel }[]>();
    private readonly byFigure = new Map<Figure, Addressable[]>();
    /** A report repeats its references (and pathTo tries many): each path is ranked once. */
    private readonly resolved = new Map<string, Resolution>();
    /** The levels leading to each row, itself included. */
    private readonly rowLevels = new Map<RowModel, readonly (readonly string[])[]>();

    /**
     * Whether rows written without figures are next year's before they are filled: `juesuan next` links last year's
     * report (the `上年 「…」` line) and writes last year's figures alone (上年 with no cell). Both, not a row of 上年 alone:
     * a partial transcription may leave one row's figure blank. Elsewhere such a row is empty, and a reference to it is 找不到引用.
     */
    private readonly awaitsFigures: boolean;

    constructor(tables: Iterable<TableModel>, sections: readonly { name: string; rows: readonly RowModel[] }[], template: ReportTemplate,
        linksLastYear: boolean) {
        const tableList = [...tables];
        let awaits = false;
        for (const rows of [...tableList.map(t => t.rows), ...sections.map(s => s.rows)]) {
            walkRows(rows, row => { awaits ||= row.node.cells.length === 0 && row.attributes.has(LAST_YEAR_KEY); });
        }
        this.awaitsFigures = linksLastYear && awaits;
        for (const table of tableList) {
            // the template's label first (pathTo writes it), then every way of numbering a table
            // a renumbered table answers to the number the report wrote only: another table may have its template number
            const byNumber = table.written.renumbered ? [] : [`附表${table.number}`, `表${table.number}`, template.tableLabel(table.number)];
            const tableLevel = [...new Set([table.label, table.written.text.replace(/\s+/g, ''), ...[table.written.page?.text.replace(/\s+/g, '') ?? []].flat(), ...byNumber,
                table.title, ...(table.template ? [table.template.title] : [])])].filter(level => level !== '');
            walkRows(table.rows, row => this.addRow(row, tableLevel));
        }
        for (const section of sections) {
            walkRows(section.rows, row => this.addRow(row, [section.name]));
        }
    }

    resolve(path: readonly string[]): Resolution {
        const key = path.join('\u0000');
        let resolution = this.resolved.get(key);
        if (!resolution) {
            // names are read with full-width brackets (half-width-brackets.ts): a reference written with half-width ones too
            resolution = this.rankCandidates(path.map(fullWidthBrackets));
            this.resolved.set(key, resolution);
        }
        return resolution;
    }

    private rankCandidates(path: readonly string[]): Resolution {
        if (path.length === 0) return { kind: 'missing' };
        const winners = bestFits(this.byLastName.get(path[path.length - 1]), path.slice(0, -1));
        if (winners.length === 0) return this.unfilled(path);
        if (winners.length === 1) return { kind: 'found', figure: winners[0].entry.figure, row: winners[0].row };
        return { kind: 'ambiguous', candidates: winners.map(c => c.entry.figure) };
    }

    /** A row written without figures that a path names, as rankCandidates ranks figures. */
    private unfilled(path: readonly string[]): Resolution {
        const rows = new Set(bestFits(this.unfilledByLastName.get(path[path.length - 1]), path.slice(0, -1)).map(c => c.row));
        // several rows answering alike are all unfilled: which one is meant is asked once they are filled
        return rows.size > 0 ? { kind: 'unfilled', rows: [...rows] } : { kind: 'missing' };
    }

    /**
     * The shortest reference that singles out a figure: its last name, then with more of the
     * names leading to it, until exactly this figure answers; undefined if none does.
     */
    pathTo(figure: Figure): string[] | undefined {
        let best: { path: string[]; endsWithColumn: boolean } | undefined;
        for (const entry of this.byFigure.get(figure) ?? []) {
            const names = [...entry.leading.map(level => level[0]), entry.last[0]];
            const last = names.length - 1;
            const candidates: string[][] = [];
            // a column's name alone (【万元】, 【决算数】) says nothing of the row, even where it is unique
            const fewest = entry.endsWithColumn ? 1 : 0;
            // the last name alone, then with the nearest leading names, then with the table in front
            for (let extra = fewest; extra <= last; extra++) candidates.push([...names.slice(last - extra, last), names[last]]);
            for (let extra = fewest; extra < last - 1; extra++) candidates.push([names[0], ...names.slice(last - extra, last), names[last]]);
            const path = candidates.find(candidate => {
                const found = this.resolve(candidate);
                return found.kind === 'found' && found.figure === figure;
            });
            // a path that ends with the row's name reads better than one that ends with a column
            if (path && (!best || (best.endsWithColumn && !entry.endsWithColumn) || (best.endsWithColumn === entry.endsWithColumn && path.length < best.path.length))) {
                best = { path, endsWithColumn: entry.endsWithColumn };
            }
        }
        return best?.path;
    }

    /** Whether some row is written without its figures, so that a reference may be to a figure not yet given. */
    hasUnfilled(): boolean {
        return this.unfilledByLastName.size > 0;
    }

    /** Every name a reference may end with, for completion. */
    names(): string[] {
        return [...this.byLastName.keys()];
    }

    /** Rows come parents first (walkRows), so a parent's levels are there for its children. */
    private addRow(row: RowModel, top: readonly string[]): void {
        const above = row.parent ? this.rowLevels.get(row.parent)! : [top];
        const rowLevel = rowNames(row);
        const levels = [...above, rowLevel];
        this.rowLevels.set(row, levels);
        const main = actualColumn(row);
        // a row whose figures are not written (a leaf, or a row with last year's only: next year's report before it is
        // filled) still answers to its names, its columns' and its attributes': its figures are not yet given
        const lastYear = row.attributes.get(LAST_YEAR_KEY);
        if (this.awaitsFigures && row.node.cells.length === 0 && (row.children.length === 0 || lastYear)) {
            const unfilled = (entry: Unfilled) => {
                for (const name of entry.last) this.unfilledByLastName.set(name, [...this.unfilledByLastName.get(name) ?? [], { entry, row }]);
            };
            const attributes = [...RATE_ATTRIBUTES, ...AMOUNT_ATTRIBUTES].filter(key => !row.attributes.has(key));
            unfilled({ leading: above, last: rowLevel, endsWithColumn: false });
            attributes.forEach(key => unfilled({ leading: levels, last: [key], endsWithColumn: true }));
            // outside the tables a row's columns are its units: those last year's figures are written in
            const units = row.node.attributes.filter(a => a.key === LAST_YEAR_KEY).flatMap(a => a.values.flatMap(v => v.unit ?? []));
            for (const column of new Set([...row.columns, ...lastYear?.keys() ?? [], ...units])) {
                unfilled({ leading: levels, last: [column], endsWithColumn: true });
                attributes.forEach(key => unfilled({ leading: [...levels, [column]], last: [key], endsWithColumn: true }));
            }
        }
        // forEach, not for…of: an entry and an iterator result for every figure of the report were a
        // good part of what building the index allocated
        row.cells.forEach((figure, column) => {
            this.add({ figure, leading: levels, last: [column], endsWithColumn: true }, row);
            // a column under a heading over several (实际采购金额·货物) also by the heading, then its own name
            const joint = column.indexOf(COLUMN_GROUP_JOINT);
            if (joint > 0) this.add({ figure, leading: [...levels, [column.slice(0, joint)]], last: [column.slice(joint + 1)], endsWithColumn: true }, row);
            if (column === main) this.add({ figure, leading: above, last: rowLevel, endsWithColumn: false }, row);
        });
        row.attributes.forEach((byColumn, key) => byColumn.forEach((figure, column) => {
            const leading = column === main || row.columns.length === 0 ? levels : [...levels, [column]];
            this.add({ figure, leading, last: [key], endsWithColumn: true }, row);
        }));
    }

    private add(entry: Addressable, row: RowModel): void {
        const forFigure = this.byFigure.get(entry.figure) ?? [];
        forFigure.push(entry);
        this.byFigure.set(entry.figure, forFigure);
        for (const name of entry.last) {
            const list = this.byLastName.get(name) ?? [];
            list.push({ entry, row });
            this.byLastName.set(name, list);
        }
    }
}

function rowNames(row: RowModel): string[] {
    const names = [row.name];
    if (row.canonicalName !== row.name) names.push(row.canonicalName);
    if (row.code) names.push(row.code);
    return names;
}

/** The candidates a path's leading names fit best: the figure whose own row the path names wins over figures further down. */
function bestFits<C extends { readonly entry: Unfilled }>(candidates: readonly C[] | undefined, leading: readonly string[]): C[] {
    let best = Infinity;
    let winners: C[] = [];
    for (const candidate of candidates ?? []) {
        const fit = rank(leading, candidate.entry);
        if (fit === undefined || fit > best) continue;
        if (fit < best) {
            best = fit;
            winners = [];
        }
        winners.push(candidate);
    }
    return winners;
}

/**
 * How well a path fits a figure, lower is better; undefined when it does not fit. The leading
 * names must name some of the figure's levels in order. A figure is a closer fit when the
 * last leading name names the level right above it (its own row) rather than an ancestor, and
 * when the path ends with a row's name rather than a column's.
 */
function rank(leading: readonly string[], entry: Unfilled): number | undefined {
    const levels = entry.leading;
    let level = 0;
    let lastMatched = -1;
    for (const name of leading) {
        while (level < levels.length && !levels[level].includes(name)) level++;
        if (level === levels.length) return undefined;
        lastMatched = level;
        level++;
    }
    const skipped = leading.length === 0 ? 0 : levels.length - 1 - lastMatched;
    return skipped * 2 + (entry.endsWithColumn ? 1 : 0);
}
