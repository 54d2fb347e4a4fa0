import type { Report, Table } from '../language/generated/ast.js';
import { isMetaField, isRow, isTable } from '../language/generated/ast.js';
import { tableLabelOf, type TableLabel } from './table-label.js';

/**
 * A table split over PDF pages is printed again on the next page: titled 收入决算表（续）, （续表）, 续表, with 表2（续） or
 * （公开02表）（续）, or under the same number and title once more. Each such page right after the table (a unit line a page
 * prints between them aside) is that table: its rows are appended to it, its header repeated or not. A label or title the
 * page writes must be the table's own; a page with another (表十一 资产负债情况表（续） after 表十) is a table of its own.
 * Maps each continuing page to the table it continues (its first page).
 */
export function continuedTables(report: Report): Map<Table, Table> {
    const continued = new Map<Table, Table>();
    let previous: Table | undefined;
    for (const part of report.parts) {
        // the unit line a page prints over the table again (单位：万元, 金额单位：万元) stands between its pages
        if (isMetaField(part) && (part.key === '单位' || part.key === '金额单位')) continue;
        if (!isTable(part)) {
            previous = undefined;
            continue;
        }
        const first = previous === undefined ? undefined : continued.get(previous) ?? previous;
        if (first !== undefined && continues(part, first)) continued.set(part, first);
        previous = part;
    }
    return continued;
}

/**
 * A page headed by its 续 mark alone (（续表） {) that goes on no table (none stands before it): no table of its own, for it
 * prints no number or title to be one; the model leaves it unbuilt and table-shape says so once at its mark.
 */
export function isOrphanPage(node: Table, continued: ReadonlyMap<Table, Table>): boolean {
    return node.continued !== undefined && node.title === undefined && tableLabelOf(node).style === '表名' && !continued.has(node);
}

/** The title a continued table's page prints without its 续 mark; '' where it prints the mark alone (续表). */
export function continuedTitle(title: string): string | undefined {
    if (CONTINUED_ALONE.test(title)) return '';
    const marked = CONTINUED_MARK.exec(title);
    return marked ? title.slice(0, marked.index) : undefined;
}

const CONTINUED_ALONE = /^[（(]?续表?[）)]?$/;
const CONTINUED_MARK = /[（(]\s*续表?\s*[）)]$/;

function continues(page: Table, first: Table): boolean {
    const title = page.title === undefined ? undefined : continuedTitle(page.title);
    const marked = page.continued !== undefined || title !== undefined;
    // a mark alone says the page goes on, a label it writes numbering the table however spelt (表二（续） after 表2, 公开02表（续）);
    // without one only the same label and title printed again say so
    const labels = marked ? sameNumbers(page, first) : LABEL_KEYS.every(key =>
        page[key] === undefined ? first[key] === undefined : first[key] !== undefined && same(page[key]!, first[key]!));
    const ownTitle = title ?? page.title;
    const titled = ownTitle === undefined || ownTitle === '' ? marked : first.title !== undefined && same(ownTitle, first.title);
    // unmarked, a page with no rows or repeating a row of the table (its 合计 again) is the table written twice, not its next page
    return labels && titled && (marked || (page.title !== undefined && page.entries.some(isRow) && !repeatsRows(page, first)));
}

const LABEL_KEYS = ['label', 'number', 'ordinal', 'titleLabel', 'pageLabel'] as const;

/** Whether each number a continued page's line writes (its labels', its contents' ordinal) is one the table's first page writes. */
function sameNumbers(page: Table, first: Table): boolean {
    const pageLabel = tableLabelOf(page);
    const firstLabel = tableLabelOf(first);
    const labels = new Set([firstLabel, firstLabel.page].map(label => label?.style === '目录' ? undefined : label?.number));
    const ordinal = (label: TableLabel) => label.style === '目录' ? label.number : label.ordinal;
    return [pageLabel, pageLabel.page].every(label => label === undefined || label.style === '表名' || label.style === '目录'
            || (label.number !== undefined && labels.has(label.number)))
        && (ordinal(pageLabel) === undefined || ordinal(pageLabel) === ordinal(firstLabel));
}

function repeatsRows(page: Table, first: Table): boolean {
    const key = (entry: Table['entries'][number]) => isRow(entry) ? `${entry.code ?? ''} ${entry.name}` : undefined;
    const written = new Set(first.entries.map(key));
    return page.entries.some(entry => key(entry) !== undefined && written.has(key(entry)));
}

function same(a: string, b: string): boolean {
    return a.replace(/[\s\u3000]+/g, '') === b.replace(/[\s\u3000]+/g, '');
}
