import type { Entry, Table } from '../language/generated/ast.js';
import { isRow } from '../language/generated/ast.js';
import type { ReportTemplate, TableTemplate } from '../templates/index.js';
import { headsFit, tablesTaking } from '../templates/index.js';
import { columnMoneyUnit, figureColumnNames } from './table-label.js';

/** The rows a template table prints by name: its fixed rows, the rows summing codes, its sides (收入, 支出) and their rows. */
function namedRows(table: TableTemplate): Set<string> {
    return new Set([...table.rows ?? [], ...table.codeSums?.map(sum => sum.row) ?? [], ...table.groups?.flatMap(g => [g.name, ...g.rows, g.subtotal, g.grandTotal]) ?? [],
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
 * none of its named rows is this table's, and either they are other tables', or its columns are not this table's but
 * another's (one column several tables print, 决算数 or 金额, tells nothing). It returns the template's tables its content fits
 * instead (maybe none); undefined where it fits its number, or may.
 */
export function misfitOf(template: ReportTemplate, table: TableTemplate, node: Table): TableTemplate[] | undefined {
    if (node.title !== undefined) return undefined;
    const names = writtenNames(node.entries, template);
    const own = namedRows(table);
    if (names.some(name => own.has(name))) return undefined;
    const heads = figureColumnNames(node).map(name => columnMoneyUnit(name).name);
    const taking = heads.length === 0 ? [] : tablesTaking(template, heads);
    const byColumns = taking.length > 0 && !taking.includes(table) && (taking.length === 1 || heads.length > 1);
    const named = template.tables.map(namedRows);
    const byRows = names.length > 0 && template.tables.some((t, i) => t !== table && names.some(name => named[i].has(name)));
    if (!byColumns && !byRows) return undefined;
    // the tables taking its columns and every row it names that any table names (a side's 社会保障和就业支出 is free): where one, the table it plainly is
    const known = names.filter(name => named.some(rows => rows.has(name)));
    return template.tables.filter((t, i) => t !== table && headsFit(template, t, heads) !== 'other' && known.every(name => named[i].has(name)));
}
