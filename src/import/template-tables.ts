// What the import needs to know of a template's tables to recognise them in a workbook: printed
// titles and labels, columns, whether rows carry subject codes, the two sides of a 总表. Read
// from the template, so that a new template is recognised without a change here.
import type { ReportTemplate, TableTemplate } from '../templates/index.js';
import { normalise } from './text.js';

export interface TableShape {
    readonly template: TableTemplate;
    readonly number: number;
    /** How the template prints the table's number: 附表6, 表六, 表6. */
    readonly label: string;
    readonly title: string;
    /** Normalised titles the table is printed under. */
    readonly titles: readonly string[];
    readonly columns: readonly string[];
    /** Normalised column name → the template's column. */
    readonly columnNames: ReadonlyMap<string, string>;
    /** Normalised name → the template's fixed row (合计, 人员经费, 公务接待费 …). */
    readonly rowNames: ReadonlyMap<string, string>;
}

export function tableShapes(template: ReportTemplate): TableShape[] {
    return template.tables.map(table => {
        const columnNames = new Map<string, string>();
        for (const column of table.columns) columnNames.set(normalise(column), column);
        for (const [alias, column] of table.columnAliases ?? []) if (!columnNames.has(normalise(alias))) columnNames.set(normalise(alias), column);
        const rowNames = new Map<string, string>();
        for (const row of table.rows ?? []) rowNames.set(normalise(row), row);
        for (const [alias, row] of template.rowAliases) if (table.rows?.includes(row) && !rowNames.has(normalise(alias))) rowNames.set(normalise(alias), row);
        return {
            template: table,
            rowNames,
            number: table.number,
            label: template.tableLabel(table.number),
            title: table.title,
            titles: [table.title, ...(table.titleAliases ?? [])].map(normalise),
            columns: table.columns,
            columnNames,
        };
    });
}
