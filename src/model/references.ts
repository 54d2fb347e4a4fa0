import type { Figure } from './figure.js';
import type { RowModel, TableModel } from './rows.js';
import { actualColumn, walkRows } from './rows.js';

/** A figure with the names that lead to it: table, ancestor rows, the row, the column or attribute. */
interface Addressable {
    readonly figure: Figure;
    /** Each level is the set of names that level answers to. */
    readonly levels: readonly (readonly string[])[];
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
        if (path.length === 0) return { kind: 'missing' };
        const candidates = (this.byLastName.get(path[path.length - 1]) ?? [])
            .filter(({ entry }) => matchesInOrder(path.slice(0, -1), entry.levels.slice(0, -1)));
        if (candidates.length === 0) return { kind: 'missing' };
        if (candidates.length === 1) return { kind: 'found', figure: candidates[0].entry.figure, row: candidates[0].row };
        return { kind: 'ambiguous', candidates: candidates.map(c => c.entry.figure) };
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
            this.add({ figure, levels: [...base, rowLevel, [column]] }, row);
            if (column === main) this.add({ figure, levels: [...base, rowLevel] }, row);
        }
        for (const [key, byColumn] of row.attributes) {
            for (const [column, figure] of byColumn) {
                const levels = column === row.columns[0] || row.columns.length === 0
                    ? [...base, rowLevel, [key]]
                    : [...base, rowLevel, [column], [key]];
                this.add({ figure, levels }, row);
            }
        }
    }

    private add(entry: Addressable, row: RowModel): void {
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

/** Whether `wanted` names some of `levels`, in order. */
function matchesInOrder(wanted: readonly string[], levels: readonly (readonly string[])[]): boolean {
    let level = 0;
    for (const name of wanted) {
        while (level < levels.length && !levels[level].includes(name)) level++;
        if (level === levels.length) return false;
        level++;
    }
    return true;
}
