import type { Entry, Table } from '../language/generated/ast.js';
import { isRow } from '../language/generated/ast.js';
import type { ReportTemplate, TableTemplate } from '../templates/index.js';
import { headsFit } from '../templates/index.js';
import { columnMoneyUnit, figureColumnNames } from './table-label.js';

/** The rows a template table prints by name: its fixed rows, the rows summing codes, the rows of its sides. */
function namedRows(table: TableTemplate): Set<string> {
    return new Set([...table.rows ?? [], ...table.codeSums?.map(sum => sum.row) ?? [], ...table.groups?.flatMap(g => [...g.rows, g.subtotal, g.grandTotal]) ?? [],
        ...[...table.rowParts?.values() ?? []].flat()]);
}

/** The names of the rows written without a subject code, at any depth, as the template names them (人员经费合计 → 人员经费). */
function writtenNames(entries: readonly Entry[], template: ReportTemplate, found: string[] = []): string[] {
    for (const entry of entries) {
        if (!isRow(entry)) continue;
        const name = String(entry.name ?? '').trim();
        if (entry.code === undefined && name !== '' && !template.totalRow.test(name)) found.push(template.rowAliases.get(name) ?? name);
        writtenNames(entry.entries, template, found);
    }
    return found;
}

/**
 * Whether a table written by its number alone plainly is not the template's table of that number, but one of another
 * numbering (北京's 表9, 政府性基金 基本支出 with rows 人员经费合计 and 公用经费合计, where 「全国」's 表9 is the “三公” table):
 * its columns are other tables' and not this one's, or its named rows are other tables' and none of this one's. It
 * returns the template's tables its content fits instead (maybe none); undefined where it fits its number, or may.
 */
export function misfitOf(template: ReportTemplate, table: TableTemplate, node: Table): TableTemplate[] | undefined {
    if (node.title !== undefined) return undefined;
    const heads = figureColumnNames(node).map(name => columnMoneyUnit(name).name);
    const byColumns = headsFit(template, table, heads) === 'other';
    const names = writtenNames(node.entries, template);
    const own = namedRows(table);
    const others = template.tables.filter(t => t !== table && names.some(name => namedRows(t).has(name)));
    const byRows = names.length > 0 && !names.some(name => own.has(name)) && others.length > 0;
    if (!byColumns && !byRows) return undefined;
    // the tables taking its columns and every row it names: where one, the table it plainly is
    return template.tables.filter(t => t !== table && headsFit(template, t, heads) !== 'other' && names.every(name => namedRows(t).has(name)));
}
