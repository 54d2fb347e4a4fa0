import type { Figure } from './figure.js';
import type { RowModel, TableModel } from './rows.js';
import { actualColumn, walkRows } from './rows.js';

/** A figure with the names that lead to it: table, ancestor rows, the row, the column or attribute. */
interface Addressable {
    readonly figure: Figure;
    /** Each level is the set of names that level answers to. */
    readonly levels: readonly (readonly string[])[];
    /** The last level names a column or attribute, not the row. */
    readonly endsWithColumn: boolean;
}

export type Resolution =
    | { readonly kind: 'found'; readonly figure: Figure; readonly row: RowModel }
    | { readonly kind: 'missing' }
    | { readonly kind: 'ambiguous'; readonly candidates: readonly Figure[] };

/**
 * Resolves references 【附表6.201.基本支出】: segments joined by “.”, each naming a table, a row
 * (by name or code), a column or an attribute; enough of them to single out one figure.
 */
export class ReferenceIndex {
    private readonly byLastName = new Map<string, { entry: Addressable; row: RowModel }[]>();
    private readonly byFigure = new Map<Figure, Addressable[]>();
    /** A report repeats its references (and pathTo tries many): each path is ranked once. */
    private readonly resolved = new Map<string, Resolution>();

    constructor(tables: Iterable<TableModel>, sections: readonly { name: string; rows: readonly RowModel[] }[]) {
        for (const table of tables) {
            const tableLevel = [`附表${table.number}`, table.title, ...(table.template ? [table.template.title] : [])];
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
            resolution = this.rankCandidates(path);
            this.resolved.set(key, resolution);
        }
        return resolution;
    }

    private rankCandidates(path: readonly string[]): Resolution {
        if (path.length === 0) return { kind: 'missing' };
        const candidates = (this.byLastName.get(path[path.length - 1]) ?? [])
            .map(candidate => ({ ...candidate, rank: rank(path.slice(0, -1), candidate.entry) }))
            .filter(candidate => candidate.rank !== undefined);
        if (candidates.length === 0) return { kind: 'missing' };
        // the figure whose own row the path names wins over figures further down
        const best = candidates.reduce((min, c) => Math.min(min, c.rank!), Infinity);
        const winners = candidates.filter(c => c.rank === best);
        if (winners.length === 1) return { kind: 'found', figure: winners[0].entry.figure, row: winners[0].row };
        return { kind: 'ambiguous', candidates: winners.map(c => c.entry.figure) };
    }

    /**
     * The shortest reference that singles out a figure: its last name, then with more of the
     * names leading to it, until exactly this figure answers; undefined if none does.
     */
    pathTo(figure: Figure): string[] | undefined {
        let best: string[] | undefined;
        for (const entry of this.byFigure.get(figure) ?? []) {
            const names = entry.levels.map(level => level[0]);
            const last = names.length - 1;
            const candidates: string[][] = [];
            // the last name alone, then with the nearest leading names, then with the table in front
            for (let extra = 0; extra <= last; extra++) candidates.push([...names.slice(last - extra, last), names[last]]);
            for (let extra = 0; extra < last - 1; extra++) candidates.push([names[0], ...names.slice(last - extra, last), names[last]]);
            const path = candidates.find(candidate => {
                const found = this.resolve(candidate);
                return found.kind === 'found' && found.figure === figure;
            });
            if (path && (!best || path.length < best.length)) best = path;
        }
        return best;
    }

    /** Every name a reference may end with, for completion. */
    names(): string[] {
        return [...this.byLastName.keys()];
    }

    private addRow(row: RowModel, top: readonly string[]): void {
        const ancestors: string[][] = [];
        for (let r = row.parent; r; r = r.parent) ancestors.unshift(rowNames(r));
        const rowLevel = rowNames(row);
        const base = [top, ...ancestors];
        const main = actualColumn(row);
        for (const [column, figure] of row.cells) {
            this.add({ figure, levels: [...base, rowLevel, [column]], endsWithColumn: true }, row);
            if (column === main) this.add({ figure, levels: [...base, rowLevel], endsWithColumn: false }, row);
        }
        for (const [key, byColumn] of row.attributes) {
            for (const [column, figure] of byColumn) {
                const levels = column === main || row.columns.length === 0
                    ? [...base, rowLevel, [key]]
                    : [...base, rowLevel, [column], [key]];
                this.add({ figure, levels, endsWithColumn: true }, row);
            }
        }
    }

    private add(entry: Addressable, row: RowModel): void {
        const forFigure = this.byFigure.get(entry.figure) ?? [];
        forFigure.push(entry);
        this.byFigure.set(entry.figure, forFigure);
        for (const name of entry.levels[entry.levels.length - 1]) {
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

/**
 * How well a path fits a figure, lower is better; undefined when it does not fit. The leading
 * names must name some of the figure's levels in order. A figure is a closer fit when the
 * last leading name names the level right above it (its own row) rather than an ancestor, and
 * when the path ends with a row's name rather than a column's.
 */
function rank(leading: readonly string[], entry: Addressable): number | undefined {
    const levels = entry.levels.slice(0, -1);
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
