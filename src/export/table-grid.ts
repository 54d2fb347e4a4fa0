// Where each cell of a laid-out table lands on a grid of rows and columns, spans taken into
// account as an HTML table places them: for writers that address cells by position (Excel).
import type { TableBlock, TableCell } from '../generation/report-parts.js';

export interface PlacedCell {
    readonly cell: TableCell;
    /** 0-based, counted from the first head row. */
    readonly row: number;
    readonly column: number;
    readonly rowspan: number;
    readonly colspan: number;
    readonly head: boolean;
    readonly emphasis?: 'total' | 'group';
}

export interface TableGrid {
    readonly cells: readonly PlacedCell[];
    readonly headRows: number;
    readonly rows: number;
    readonly columns: number;
}

export function placeTable(table: TableBlock): TableGrid {
    const taken: boolean[][] = [];
    const isTaken = (r: number, c: number) => taken[r]?.[c] === true;
    const take = (r: number, c: number) => { (taken[r] ??= [])[c] = true; };
    const cells: PlacedCell[] = [];
    let columns = 0;
    const rows = [...table.head.map(row => ({ row, head: true })), ...table.body.map(row => ({ row, head: false }))];
    rows.forEach(({ row, head }, r) => {
        let c = 0;
        for (const cell of row.cells) {
            while (isTaken(r, c)) c++;
            const rowspan = Math.max(1, cell.rowspan ?? 1);
            const colspan = Math.max(1, cell.colspan ?? 1);
            for (let i = 0; i < rowspan; i++) for (let j = 0; j < colspan; j++) take(r + i, c + j);
            cells.push({ cell, row: r, column: c, rowspan, colspan, head: head || cell.header === true, emphasis: row.emphasis });
            c += colspan;
            columns = Math.max(columns, c);
        }
    });
    return { cells, headRows: table.head.length, rows: Math.max(rows.length, taken.length), columns };
}
