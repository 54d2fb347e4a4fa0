// Every example built as an Excel workbook and imported again holds the same figures, row for
// row: each amount of its 附表 at the same row (code or name, under the same parents) and column,
// the rows in the order the printed tables show them.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportReport } from '../../src/export/index.js';
import { layoutFor } from '../../src/templates/layouts.js';
import type { Block } from '../../src/generation/report-parts.js';
import { parseReport } from '../../src/generation/report-source.js';
import { importWorkbook } from '../../src/import/index.js';
import type { Figure } from '../../src/model/figure.js';
import type { ReportModel } from '../../src/model/report-model.js';
import type { RowModel } from '../../src/model/rows.js';
import { ROOT } from '../generation/helpers.js';

const EXAMPLES = readdirSync(path.join(ROOT, 'examples')).filter(f => f.endsWith('.juesuan')).sort();

/** The figures the report's tables print (the layout's table cells). */
function printedFigures(model: ReportModel): Set<Figure> {
    return printedTables(model).figures;
}

/**
 * The figures the report's tables print, and the titles of the tables printed in halves side by
 * side (人员经费 | 公用经费 over one header row), whose halves a sheet is read one after the other.
 */
function printedTables(model: ReportModel): { figures: Set<Figure>; halves: Set<string> } {
    const printed = new Set<Figure>();
    const halves = new Set<string>();
    const visit = (blocks: readonly Block[]) => {
        for (const block of blocks) {
            if (block.kind === 'section') visit(block.blocks);
            if (block.kind !== 'table' || block.variant === 'form') continue;
            if (block.title && block.head[0]?.cells.some(c => c.content.includes('人员经费'))) halves.add(block.title);
            for (const row of block.body) {
                for (const cell of row.cells) {
                    for (const inline of cell.content) if (typeof inline === 'object' && inline?.kind === 'figure') printed.add(inline.figure);
                }
            }
        }
    };
    visit(layoutFor(model).layout(model).blocks);
    return { figures: printed, halves };
}

/** The half a row of a table printed in halves stands in: the one its class or its name is summed in. */
function halfOf(row: RowModel): number {
    const sums = row.table?.template?.codeSums ?? [];
    return Math.max(0, sums.findIndex(s => s.row === row.canonicalName || (row.code !== undefined && s.classes.includes(row.code.slice(0, 3)))));
}

/**
 * The amounts in the order the printed tables show their rows — the template's rows, then those it
 * lacks — and a 总表's two sides one after the other, as the import reads a sheet.
 */
function inPrintOrder(model: ReportModel, list: readonly Placed[], printed: ReadonlySet<Figure>): Placed[] {
    const position = new Map([...printed].map((figure, i) => [figure, i]));
    const { halves } = printedTables(model);
    const tables = [...model.tables.values()];
    const keys = (a: Placed) => {
        const table = a.path[0].table!;
        const inHalves = halves.has(table.title);
        const side = table.template?.groups ? table.rows.indexOf(a.path[0]) : inHalves ? halfOf(a.path[0]) : 0;
        // a half's 合计 row is its figure, read with the half's name before its rows
        return [tables.indexOf(table), side, inHalves && !a.path[0].code ? -1 : position.get(a.figure)!];
    };
    return [...list].sort((a, b) => {
        const [x, y] = [keys(a), keys(b)];
        return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
}

interface Placed { readonly key: string; readonly row: string; readonly text: string; readonly figure: Figure; readonly path: readonly RowModel[] }

/** Every amount of every table: 附表6 | 201 › 20103 › 2010301 | 基本支出 → 298.18, rows in order. */
function amounts(model: ReportModel, keep: (figure: Figure) => boolean = () => true): Placed[] {
    const found: Placed[] = [];
    for (const table of model.tables.values()) {
        const visit = (rows: readonly RowModel[], above: readonly RowModel[]) => {
            for (const row of rows) {
                const path = [...above, row];
                // a code row by its codes (the half it is printed in, 人员经费 › 301, is no row of the
                // source), another by its template name (人员经费 for 人员经费合计)
                const name = row.code ? path.filter(r => r.code).map(r => r.code).join(' › ') : path.map(r => r.code ?? r.canonicalName).join(' › ');
                for (const [column, figure] of row.cells) {
                    if (figure.blank || !keep(figure)) continue;
                    found.push({ key: `附表${table.number} | ${name} | ${column}`, row: `附表${table.number} | ${name}`, text: figure.value.toFixed(2), figure, path });
                }
                visit(row.children, path);
            }
        };
        visit(table.rows, []);
    }
    return found;
}

describe.each(EXAMPLES)('%s as a workbook and back', name => {
    it('holds the same figures, row for row', async () => {
        const source = parseReport(readFileSync(path.join(ROOT, 'examples', name), 'utf8')).model;
        const book = await exportReport(source, 'xlsx') as Buffer;
        const result = await importWorkbook(book, { fileName: name.replace(/\.juesuan$/, '.xlsx'), template: source.template.id });
        const imported = parseReport(result.text).model;
        expect(parseReport(result.text).document.parseResult.parserErrors).toEqual([]);
        // the year the tables do not print comes back from the workbook's cover
        expect(imported.meta.year).toBe(source.meta.year);

        const printed = printedFigures(source);
        const before = amounts(source, f => printed.has(f));
        const after = amounts(imported);
        expect(before.length).toBeGreaterThan(10);
        // a row's columns in the template's order, which the source may not follow
        const lines = (list: Placed[]) => list.map(a => `${a.key} = ${a.text}`).sort();
        expect(lines(after)).toEqual(lines(before));
        expect([...new Set(after.map(a => a.row))]).toEqual([...new Set(inPrintOrder(source, before, printed).map(a => a.row))]);

        // what the printed tables leave out is only the further columns of a 总表's 收入 side,
        // which the published form prints as one amount
        const unprinted = amounts(source, f => !printed.has(f));
        for (const { figure, path: rows } of unprinted) {
            const table = rows[0].table!;
            expect(table.template?.groups?.[0]?.name, figure.label).toBe(rows[0].name);
            expect(table.columns.indexOf([...rows.at(-1)!.cells].find(([, f]) => f === figure)![0]), figure.label).toBeGreaterThan(0);
        }
    }, 60_000);
});
