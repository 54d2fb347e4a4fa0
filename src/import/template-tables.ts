// What the import needs to know of a template's tables to recognise them in a workbook: printed
// titles and labels, columns, whether rows carry subject codes, the two sides of a 总表. Read
// from the template, so that a new template is recognised without a change here.
import type { ReportTemplate, TableTemplate } from '../model/template/template.js';
import { SICHUAN_2020 } from '../model/template/sichuan-2020.js';
import { normalise } from './text.js';

export interface TableShape {
    readonly template: TableTemplate;
    readonly number: number;
    readonly title: string;
    /** Normalised titles the table is printed under. */
    readonly titles: readonly string[];
    /** Normalised labels: 附表6, 表六, 公开06表 … */
    readonly labels: readonly string[];
    readonly columns: readonly string[];
    /** Normalised column name → the template's column. */
    readonly columnNames: ReadonlyMap<string, string>;
    /** Normalised name → the template's fixed row (合计, 人员经费, 公务接待费 …). */
    readonly rowNames: ReadonlyMap<string, string>;
}

export const TEMPLATES: readonly ReportTemplate[] = [SICHUAN_2020];

/** A template by its id or name, as `--template` and `模板` give it. */
export function findTemplate(text: string): ReportTemplate | undefined {
    const wanted = normalise(text);
    return TEMPLATES.find(t => normalise(t.id) === wanted || normalise(t.name) === wanted || normalise(t.name).includes(wanted));
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

export function chineseNumeral(n: number): string {
    if (n <= 10) return n === 10 ? '十' : CHINESE_DIGITS[n];
    if (n < 20) return `十${CHINESE_DIGITS[n % 10]}`;
    return `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : CHINESE_DIGITS[n % 10]}`;
}

/** The ways a table's number is printed above it. */
function labelsOf(n: number): string[] {
    const padded = String(n).padStart(2, '0');
    return [`附表${n}`, `附表${chineseNumeral(n)}`, `表${n}`, `表${chineseNumeral(n)}`, `公开${padded}表`, `公开${n}表`].map(normalise);
}

export function tableShapes(template: ReportTemplate): TableShape[] {
    return template.tables.map(table => {
        const columnNames = new Map<string, string>();
        for (const column of table.columns) columnNames.set(normalise(column), column);
        const rowNames = new Map<string, string>();
        for (const row of table.rows ?? []) rowNames.set(normalise(row), row);
        return {
            template: table,
            rowNames,
            number: table.number,
            title: table.title,
            titles: [normalise(table.title)],
            labels: labelsOf(table.number),
            columns: table.columns,
            columnNames,
        };
    });
}
