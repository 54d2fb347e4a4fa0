// The names a report's prose may use for its quantities: the rows (with the template's aliases),
// the columns of the tables, the tables themselves (一般公共预算财政拨款支出 for the total of
// 一般公共预算财政拨款支出决算表), and compounds of a table's subject with a column or row
// (一般公共预算财政拨款 + 基本支出, 收入支出 + 总计). A sentence's subject is the name it writes
// last before its figure, found here by longest match, so that 一般公共预算财政拨款基本支出 is
// never read as 一般公共预算财政拨款.
import type { Project } from '../language/generated/ast.js';
import { restatedFigures, restatedSection } from './relations.js';
import type { ReportModel } from './report-model.js';
import { printedAsRowsIn } from './report-model.js';
import { RESTATING_TABLES, TABLES_PRINTED_AS_ROWS } from '../templates/index.js';
import { SHIPPED_SUBJECT_CODES } from '../catalogue/subject-codes.js';
import type { RowModel, TableModel } from './rows.js';
import { actualColumn, COUNT_ROW, grandTotalRows, isActualHeading, isTotalRow, ownColumns, sideGroupOf, TITLE_YEAR, walkRows } from './rows.js';
import type { Span } from './prose-text.js';
import { isPartEndAt, normalizeName } from './prose-text.js';

/** A quantity of the report: a row, and the column of it (in tables) or its unit (elsewhere). */
export interface Quantity {
    readonly row: RowModel;
    /** Undefined: the row's own figure (its 决算 column, or its figure in the unit written). */
    readonly column?: string;
}

/** Whether two quantities are one figure: a reference names its column (决算数), a name the row's own figure. */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
    return a.row === b.row && (a.column ?? actualColumn(a.row)) === (b.column ?? actualColumn(b.row));
}

/** What a name stands for. */
export interface NameEntry {
    /** Empty for a name the report knows but holds no figure for (a table it leaves out). */
    readonly quantities: Quantity[];
    /** Tables the name names (as a whole), for the rows named after it. */
    readonly tables: Set<number>;
    readonly projects: Set<Project>;
    /**
     * For a fund's name alone (财政拨款): the names it is short for by the side of the accounts the
     * text speaks of, 财政拨款收入 in the 收入 section, 财政拨款支出 in the 支出 one.
     */
    sides?: ReadonlyMap<Side, NameEntry>;
}

export type Side = '收入' | '支出';
const SIDES: readonly Side[] = ['收入', '支出'];

/** A name found in a text: its span in the normalized text and what it stands for. */
export interface NameMatch extends Span {
    readonly entry: NameEntry;
    readonly words: string;
}

const APPROPRIATION_INCOME = '财政拨款收入';
/** The income rows of each fund's 财政拨款 (一般公共预算财政拨款收入 …), which 财政拨款收入 sums. */
const FUND_INCOMES = ['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入'];

/** Names too general to say which quantity is meant unless joined to another (收入总计). */
const GENERIC = new Set([
    '合计', '总计', '小计', '收入', '支出', '其中', '决算', '决算数', '预算', '预算数', '上年', '本年', '金额',
    '财政拨款', '其它资金', '其他资金', '购置', '保有', '共有', '现有', '货物', '工程', '服务', '车辆',
]);

/** Prefixes naming the fund of a table: 一般公共预算财政拨款支出决算表 is of 一般公共预算财政拨款. */
const FUND_PREFIXES = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款', '财政拨款'];

/**
 * Whether the name at `start` (项目支出) ends a project's own name (档案数字化项目支出): 项目 right
 * after a character that is not a word of its own (的, 和, 年度, 预算, 其中 …).
 */
function endsProjectName(text: string, start: number): boolean {
    return text.startsWith('项目', start) && start > 0 && /\p{Script=Han}/u.test(text[start - 1]) && !PROJECT_NAME_JOINTS.has(text[start - 1])
        && !SELF_BEFORE.test(text.slice(Math.max(0, start - 3), start));
}

/** 本院, 我校, 本中心: the department calling itself by its kind. */
const SELF_KIND = '[我本](?:院|校|局|所|委|站|馆|厅|办|会|园|中心|队|社|处|室)';
/** The department calling itself: 本部门, 我单位, or by its kind (本校). */
export const SELF_NAME = `(?:[我本](?:部门|单位)|${SELF_KIND})`;
/** 我院项目支出, 本校项目支出, 本中心项目支出: the department calling itself by its kind, no project's name. */
const SELF_BEFORE = new RegExp(`${SELF_KIND}$`);

/**
 * Whether a name of a row with a 项目支出 column ends right at `end`, before 项目支出 (审计业务项目支出): that is the
 * row's column, not the end of a project's own name (基本公共卫生服务项目：…, a project named after its subject).
 */
function rowNamedUpTo(text: string, found: readonly NameMatch[], end: number): boolean {
    const last = found.at(-1);
    return last?.end === end && text.startsWith(PROJECT_SPENDING, end) && last.entry.projects.size === 0
        && last.entry.quantities.some(q => q.row.table !== undefined && q.row.columns.includes(PROJECT_SPENDING));
}

const PROJECT_SPENDING = '项目支出';

/** The characters before 项目 that end a word of their own: 的项目支出, 和项目支出, 年度项目支出, 预算项目支出, 其中项目支出, 占项目支出总额的. */
const PROJECT_NAME_JOINTS = new Set('的和及与或为是中年度款算了等他门位级计共含类占'.split(''));

/**
 * A node of the names' trie, its children by UTF-16 code unit, as names are added and texts scanned
 * alike (a character beyond the BMP, 𠀾, is two steps; a well-formed name neither starts nor ends
 * inside one): a string per character looked up was most of what a lexicon allocated. Most nodes
 * continue one name only: their one child is kept in two fields, a map made only at a fork.
 */
class TrieNode {
    private onlyCode = -1;
    private onlyChild?: TrieNode;
    private children?: Map<number, TrieNode>;
    entry?: NameEntry;

    child(code: number): TrieNode | undefined {
        return this.onlyCode === code ? this.onlyChild : this.children?.get(code);
    }

    /** The child at `code`, made when missing. */
    childAt(code: number): TrieNode {
        const found = this.child(code);
        if (found) return found;
        const made = new TrieNode();
        if (this.onlyChild === undefined) {
            this.onlyCode = code;
            this.onlyChild = made;
        } else {
            (this.children ??= new Map()).set(code, made);
        }
        return made;
    }
}

/** The node a whole name leads to from `node`, by its code units; undefined where none does. */
function descend(node: TrieNode | undefined, name: string, make: boolean): TrieNode | undefined {
    for (let i = 0; i < name.length && node; i++) {
        const code = name.charCodeAt(i);
        node = make ? node.childAt(code) : node.child(code);
    }
    return node;
}

/** A table's subject: its title without a year printed first, 决算, 表 or 总表 (2024年度收入支出决算总表 → 收入支出). */
export function tableSubject(title: string): string {
    return normalizeName(title).replace(TITLE_YEAR, '').replace(/决算/g, '').replace(/总?表$/, '');
}

/** The known names of one report; made once per model, for the save-time checks. */
export class ProseLexicon {
    private readonly root = new TrieNode();
    private readonly byCode = new Map<string, NameEntry>();
    /** The project each row of a performance table belongs to. */
    readonly projectOf = new Map<RowModel, Project>();
    /** The columns of each row an entry of many quantities holds a quantity of (see isNewQuantity). */
    private readonly quantitiesOf = new Map<NameEntry, Map<RowModel, Set<string | undefined>>>();

    constructor(private readonly model: ReportModel) {
        for (const section of model.sections) {
            if (section.project) walkRows(section.rows, row => this.projectOf.set(row, section.project!));
        }
        // a table the model finds is not its number's (another province's numbering, misfitOf) names nothing: its rows are
        // not what the prose's words mean by the template, and its number's table is left out (below)
        for (const row of model.rows) if (!row.table?.unlike) this.addRow(row);
        const seen = new Set<number>();
        for (const table of model.tables.values()) {
            if (table.unlike) continue;
            seen.add(table.number);
            this.addTable(table.title, table.number, table);
            if (table.template && table.template.title !== table.title) this.addTable(table.template.title, table.number, table);
        }
        // a table the report leaves out still owns its names: 一般公共预算财政拨款支出 is never 一般公共预算财政拨款; where
        // the report prints its figures as rows of its own table (内蒙古's 机构运行信息表 › 一、“三公”经费支出), or in an own
        // table of that subject with a total (云县's “三公”经费决算财政拨款情况统计表 › 合计), its subject names that row
        for (const template of model.template.tables) {
            if (seen.has(template.number)) continue;
            const printedAs = TABLES_PRINTED_AS_ROWS.find(t => t.role === template.role);
            const printed = printedAs && (printedAsRowsIn(model, template)?.rows.find(row => printedAs.row.test(row.name)) ?? this.ownTotal(printedAs));
            this.addTable(template.title, template.number, undefined, printed);
        }
        for (const table of model.tables.values()) this.addRestated(table);
        for (const project of model.projects) this.entry(normalizeName(project.name ?? '')).projects.add(project);
        this.addAppropriationIncome();
        for (const table of model.tables.values()) this.addFundColumnSides(table);
        for (const fund of FUND_PREFIXES) this.addSides(fund);
    }

    /**
     * 政府性基金预算财政拨款支出 where no table of that fund is written: the fund's column of a two-sided table's
     * side subtotal (财政拨款收入支出决算总表's 本年支出合计), not that table's income row of the fund's name,
     * which the words before 支出 would name. Only names no table holds yet.
     */
    private addFundColumnSides(table: TableModel): void {
        // 政府性基金预算财政拨款收入支出总计326.80万元: a fund's part of both sides' 总计 (年初 + 本年), not its 本年 row
        const bothTotals = new Map<string, Quantity[]>();
        for (const group of table.template?.groups ?? []) {
            const side = table.rows.find(row => row.canonicalName === group.name);
            if (!side || !SIDES.includes(group.name as Side)) continue;
            const subtotal = side.children.find(row => row.canonicalName === group.subtotal);
            const grandTotal = side.children.find(row => row.canonicalName === group.grandTotal);
            // 一般公共预算财政拨款年初结转和结余, 政府性基金预算财政拨款上年结转: a fund's part of a balance row
            // (年初财政拨款结转和结余), its column or its child row of the fund's name, the fund's words for 财政拨款
            const balances = side.children.filter(row => group.balances.includes(row.canonicalName) && row.canonicalName.includes('财政拨款'));
            for (const fund of FUND_PREFIXES.slice(0, -1)) {
                const named: [string, Quantity | undefined][] = [
                    [fund + group.name, subtotal?.cells.has(fund) && ownColumns(table).includes(fund) ? { row: subtotal, column: fund } : undefined],
                    ...balances.map(row => [fund + row.canonicalName.replace('财政拨款', ''), fundPart(table, row, fund)] as [string, Quantity | undefined]),
                ];
                // the 总计 balance: a side's printing no fund's cells (全国's, 四川's 收入) has them in the other side's
                const total = grandTotal && (fundPart(table, grandTotal, fund) ?? grandTotalRows(table).map(row => fundPart(table, row, fund)).find(q => q));
                if (total) {
                    named.push([fund + group.name + grandTotal!.canonicalName, total]);
                    for (const both of ['收入支出', '收支']) {
                        const name = fund + both + grandTotal!.canonicalName;
                        const soFar = bothTotals.get(name) ?? [];
                        if (!soFar.some(q => q.row === total.row && q.column === total.column)) bothTotals.set(name, [...soFar, total]);
                    }
                }
                for (const [name, quantity] of named) {
                    if (quantity && (this.find(normalizeName(name))?.quantities.length ?? 0) === 0) this.add(name, quantity);
                }
            }
        }
        for (const [name, quantities] of bothTotals) {
            if ((this.find(normalizeName(name))?.quantities.length ?? 0) === 0) for (const quantity of quantities) this.add(name, quantity);
        }
    }

    /**
     * 财政拨款收入 where no table names it (收入支出决算总表 written alone): the sum of the funds' income
     * rows of that table, which is the one of them holding an amount where the others are blank or 0.
     */
    private addAppropriationIncome(): void {
        if ((this.find(APPROPRIATION_INCOME)?.quantities.length ?? 0) > 0) return;
        const rows = this.model.rows.filter(row => row.table && !row.table.unlike && row.parent && !row.parent.parent && row.parent.canonicalName === '收入'
            && FUND_INCOMES.includes(row.canonicalName));
        const held = rows.filter(row => {
            const figure = row.cells.get(actualColumn(row) ?? '');
            return figure !== undefined && !figure.value.isZero();
        });
        if (held.length === 1 && rows.every(row => row.table === held[0].table)) this.add(APPROPRIATION_INCOME, { row: held[0] });
    }

    /** A fund's name alone stands for its income or its spending, where the lexicon knows those and not the name itself. */
    private addSides(fund: string): void {
        const sides = new Map<Side, NameEntry>();
        for (const side of SIDES) {
            const entry = this.find(fund + side);
            if (entry && entry.quantities.length > 0) sides.set(side, entry);
        }
        if (sides.size === 0 || (this.find(fund)?.quantities.length ?? 0) > 0) return;
        this.entry(fund).sides = sides;
    }

    /**
     * A table that restates 情况说明 figures (政府采购情况表), where 情况说明 writes no block of them: the
     * prose's names of those figures (政府采购支出总额, 政府采购货物支出 …) are the table's.
     */
    private addRestated(table: TableModel): void {
        const restated = restatedFigures(table, this.model.template.totalRow);
        if (!restated || restatedSection(this.model.sections, restated.restating)) return;
        for (const [kind, quantity] of restated.figures) {
            for (const name of restated.restating.prose[kind] ?? []) this.add(name, quantity);
        }
    }

    /** What a whole name stands for, where the lexicon knows it. */
    lookup(name: string): NameEntry | undefined {
        return this.find(normalizeName(name));
    }

    private find(name: string): NameEntry | undefined {
        return descend(this.root, name, false)?.entry;
    }

    /**
     * The names in a span of a normalized text, left to right, each the longest known at its place; `references`, the
     * text's in order, where it has a title's or 文号's 【…】 (words, read as any): without them every 【…】 is one.
     */
    matches(text: string, span: Span, references?: readonly Span[]): NameMatch[] {
        const found: NameMatch[] = [];
        let i = span.start;
        let next = 0;
        while (i < span.end) {
            // a reference 【…】 is read by itself
            if (text[i] === '【') {
                while (references && next < references.length && references[next].start < i) next++;
                const close = !references ? text.indexOf('】', i) : references[next]?.start === i ? references[next].end - 1 : -1;
                if (close > 0 && close < span.end) {
                    i = close + 1;
                    continue;
                }
            }
            let node: TrieNode | undefined = this.root;
            // the longest name so far, kept in two variables: this loop runs at every character of every text
            let bestEnd = -1;
            let bestEntry: NameEntry | undefined;
            for (let j = i; j < span.end && node; j++) {
                node = node.child(text.charCodeAt(j));
                if (node?.entry) {
                    bestEnd = j + 1;
                    bestEntry = node.entry;
                }
            }
            // 非财政拨款收入 is no 财政拨款 name: what the report does not name is passed over whole
            if (bestEntry && text[i - 1] === '非' && text.startsWith('财政拨款', i)) {
                i = bestEnd;
            // 上年末结转和结余 is last year's closing balance, never this year's 年末 (a report with an opening balance
            // names it so: see openingBalanceNames)
            } else if (bestEntry && text[i - 1] === '上' && text.startsWith('年末', i) && !endsWordAt(text, i - 1)) {
                i = bestEnd;
            // 加上年末结转和结余, 以上年末…: the 上 ends a word, and the name after it (年末结转和结余) is the one written
            } else if (bestEntry && text[i] === '上' && endsWordAt(text, i) && this.startsName(text, i + 1, span.end)) {
                i++;
            // 其中小微企业合同金额 (其中 without its colon): the 中 ends 其中, and the name after it is the one written
            } else if (bestEntry && text[i - 1] === '其' && text[i] === '中' && this.startsName(text, i + 1, span.end)) {
                i++;
            } else if (bestEntry && this.endsOtherSubject(text, i, bestEnd)) {
                i = bestEnd;
            } else if (bestEntry && narrowedAt(text, i) > 0) {
                // 在职人员经费, 财政拨款基本支出: a part the name's words narrow it to, which no name of the report's is; a name
                // read within those words (离退休) goes with them
                const from = i - narrowedAt(text, i);
                while (found.length > 0 && found[found.length - 1].end > from) found.pop();
                i = bestEnd;
            } else if (bestEntry && (!endsProjectName(text, i) || rowNamedUpTo(text, found, i))) {
                found.push({ start: i, end: bestEnd, entry: bestEntry, words: text.slice(i, bestEnd) });
                i = bestEnd;
            } else {
                i++;
            }
        }
        return mergeByStart(found, this.codeMatches(text, span));
    }

    /** Whether some name starts at `start`. */
    private startsName(text: string, start: number, end: number): boolean {
        let node: TrieNode | undefined = this.root;
        for (let j = start; j < end && node; j++) {
            node = node.child(text.charCodeAt(j));
            if (node?.entry) return true;
        }
        return false;
    }

    /**
     * Whether the name at `start` only ends a longer subject the text writes and the report has no row of (行政事业单位医疗
     * over a table of its 项 事业单位医疗): that subject is not the row.
     */
    private endsOtherSubject(text: string, start: number, end: number): boolean {
        const { names, firsts, lasts } = subjectNames();
        for (let from = start - 1; from >= Math.max(0, start - LONGEST_SUBJECT); from--) {
            if (isPartEndAt(text, from)) return false;
            // most places neither start nor end a subject's name: no slice is made there (this runs at every name of every text)
            if (!firsts.has(text.charCodeAt(from))) continue;
            for (let to = end; to > start; to--) {
                if (!lasts.has(text.charCodeAt(to - 1))) continue;
                const written = text.slice(from, to);
                if (names.has(written)) return !this.find(written);
            }
        }
        return false;
    }

    /**
     * Codes written in brackets after names: 一般公共服务（201）政府办公厅（室）及相关机构事务（03）
     * 行政运行（01） names 2010301, 培训支出（2050803） names 2050803.
     */
    private codeMatches(text: string, span: Span): NameMatch[] {
        const found: NameMatch[] = [];
        let chain = '';
        let last = span.start;
        const pattern = /（(\d{2,7})）/g;
        pattern.lastIndex = span.start;
        for (let match = pattern.exec(text); match && match.index < span.end; match = pattern.exec(text)) {
            // a chain of 类, 款, 项 stays within one sentence
            for (let k = last; k < match.index; k++) if (isPartEndAt(text, k)) chain = '';
            last = match.index;
            const digits = match[1];
            chain = digits.length === 2 && (chain.length === 3 || chain.length === 5) ? chain + digits : digits.length === 2 ? '' : digits;
            const entry = chain ? this.byCode.get(chain) : undefined;
            if (entry) {
                const row = entry.quantities[0].row;
                found.push({ start: match.index, end: match.index + match[0].length, entry, words: `${row.code} ${row.name}` });
            }
        }
        return found;
    }

    private entry(name: string): NameEntry {
        return descend(this.root, name, true)!.entry ??= { quantities: [], tables: new Set(), projects: new Set() };
    }

    private add(name: string, quantity: Quantity | undefined, table?: number): void {
        const normalized = normalizeName(name);
        if (normalized.length < 2 || GENERIC.has(normalized)) return;
        const entry = this.entry(normalized);
        if (quantity && this.isNewQuantity(entry, quantity)) entry.quantities.push(quantity);
        if (table !== undefined) entry.tables.add(table);
        for (const opening of openingBalanceNames(normalized)) this.add(opening, quantity, table);
    }

    /**
     * Whether the entry has not the quantity yet. Many rows share one name (every project's 预算数):
     * past a few quantities an entry's are looked up in an index rather than searched, which was
     * quadratic in the rows.
     */
    private isNewQuantity(entry: NameEntry, quantity: Quantity): boolean {
        const same = (q: Quantity) => q.row === quantity.row && q.column === quantity.column;
        if (entry.quantities.length < INDEXED_FROM) return !entry.quantities.some(same);
        let columnsByRow = this.quantitiesOf.get(entry);
        if (!columnsByRow) {
            this.quantitiesOf.set(entry, columnsByRow = new Map());
            for (const q of entry.quantities) columnsOf(columnsByRow, q.row).add(q.column);
        }
        const columns = columnsOf(columnsByRow, quantity.row);
        if (columns.has(quantity.column)) return false;
        columns.add(quantity.column);
        return true;
    }

    private addRow(row: RowModel): void {
        // 本年支出合计 of 财政拨款收入支出决算总表 is 财政拨款本年支出合计 (see addTable), not the report's
        if (!this.isFundTotal(row)) {
            const names = [...rowNames(row, this.model.template.rowAliases), ...countNames(row), ...purchaseKindNames(row)];
            for (const name of names) this.add(name, { row });
            // a row named by a general word is named with its parent's, either way round: 公务用车 › 保有
            // is 公务用车保有(量), 公务用车 › 购置 is 购置公务用车
            if (row.parent && GENERIC.has(normalizeName(row.name))) {
                for (const name of names) {
                    this.add(row.parent.name + name, { row });
                    this.add(name + row.parent.name, { row });
                }
            }
        }
        if (row.code) {
            const entry = this.byCode.get(row.code) ?? { quantities: [], tables: new Set(), projects: new Set() };
            entry.quantities.push({ row });
            this.byCode.set(row.code, entry);
        }
    }

    /**
     * The total of the one table of the report's own whose title has the subject's words (“三公”经费决算财政拨款情况统计表 ›
     * 合计) — only where that 合计 is the subject's alone (no 会议费、培训费 under it, by title or rows) and its figure
     * is this year's actual (not 上年决算数 before 本年决算数).
     */
    private ownTotal(subject: { readonly row: RegExp; readonly parts: RegExp; readonly others: RegExp }): RowModel | undefined {
        const totalRow = this.model.template.totalRow;
        const totals = [...this.model.tables.values()].filter(t => !t.template && subject.row.test(t.title))
            .map(t => {
                if (subject.others.test(t.title)) return undefined;
                const total = t.rows.find(row => !row.parent && isTotalRow(row, totalRow));
                if (!total) return undefined;
                const tops = t.rows.filter(row => !row.parent && row !== total);
                const parts = tops.length > 0 ? tops : total.children;
                if (parts.length === 0 || !parts.every(row => subject.parts.test(row.name))) return undefined;
                return t.columns.length === 1 || t.columns.filter(isActualHeading).length === 1 ? total : undefined;
            });
        return totals.length === 1 ? totals[0] : undefined;
    }

    private addTable(title: string, number: number, table: TableModel | undefined, printed?: RowModel): void {
        const subject = tableSubject(title);
        const fund = FUND_PREFIXES.find(prefix => subject.startsWith(prefix) && subject.length > prefix.length);
        const rest = fund ? subject.slice(fund.length) : subject;
        // the words that name one of the table's columns or rows in a compound: 一般公共预算财政拨款 (基本支出)
        const prefix = fund ?? subject.replace(/(支出|收入)$/, '');
        const total = table?.rows.find(r => isTotalRow(r, this.model.template.totalRow));
        const whole = total ? { row: total } : undefined;
        const bare = rest.replace(/支出$/, '');
        // a table printing more than its subject under its 合计 (“三公”经费 with 会议费 and 培训费) has
        // a row of the subject's own: the subject's words name that row, not the 合计, with the fund's
        // name before them or not (一般公共预算财政拨款“三公”经费支出预算为…)
        const own = fund ? table?.rows.find(r => [rest, bare].includes(normalizeName(r.name))) : undefined;
        const subjectWhole = own ? { row: own } : whole ?? (printed ? { row: printed } : undefined);
        this.add(subject, subjectWhole, number);
        if (fund) {
            // 三公经费支出, 三公经费, 三公经费财政拨款支出 for 一般公共预算财政拨款“三公”经费支出决算表
            this.add(rest, subjectWhole, number);
            // not for a table of a fund's whole spending (一般公共预算财政拨款支出决算表): 财政拨款支出
            // alone is every fund's, never one fund's
            if (bare !== rest && bare !== '') {
                this.add(bare, subjectWhole, number);
                // “三公”经费财政拨款预算为…，支出决算为…: the fund word without 支出 before a budget
                this.add(`${bare}财政拨款`, subjectWhole, number);
                this.add(`${bare}财政拨款支出`, subjectWhole, number);
            }
        }
        if (!table) return;
        if (total) {
            // a column the template's table lacks is named by no prose: its figures are not the table's
            for (const column of ownColumns(table)) {
                this.add(column, { row: total, column });
                // the column as the report heads it (年终结转结余 for 年末结转和结余): its prose says it so
                const heading = table.headings.get(column);
                if (heading) this.add(heading, { row: total, column });
                if (prefix) this.add(prefix + column, { row: total, column });
                // 占一般公共预算项目支出的100%: officers leave 财政拨款 out of a fund's name
                if (fund && fund !== '财政拨款') this.add(fund.replace(/财政拨款$/, '') + column, { row: total, column });
            }
            // 政府性基金预算财政拨款支出: the 本年支出 of 政府性基金预算财政拨款收入支出决算表
            if (fund && rest.endsWith('收入支出')) {
                for (const [word, column] of [['支出', '本年支出'], ['收入', '本年收入']] as const) {
                    if (ownColumns(table).includes(column)) this.add(fund + word, { row: total, column });
                }
            }
        }
        if (!table.template) this.addOwnSides(subject, table);
        // two-sided tables: 收入总计, 支出总计; 收入支出总计 for both sides' 总计
        const sides = table.template?.groups?.map(g => g.name) ?? [];
        for (const side of table.rows.filter(r => sides.includes(r.canonicalName))) {
            // 财政拨款收入, 财政拨款支出: a fund's side as a whole is its subtotal
            const group = sideGroupOf(side);
            const subtotal = group?.subtotal;
            const whole = side.children.find(r => r.canonicalName === subtotal);
            if (fund && whole) this.add(fund + side.canonicalName, { row: whole });
            // 收入共计, 支出共计: the side's total, with its 上年结转 or without (总计 or 本年…合计), as officers write either
            if (!fund) for (const row of side.children.filter(r => r.canonicalName === group?.grandTotal || r.canonicalName === subtotal)) this.add(`${side.canonicalName}共计`, { row });
            for (const row of side.children) {
                this.add(side.canonicalName + row.canonicalName, { row });
                this.add(subject + row.canonicalName, { row });
                if (row.canonicalName === group?.grandTotal) {
                    // 收入支出总体与上年相比增加…: the whole of both sides, as 收入支出总计 names it
                    this.add(`${subject}总体`, { row });
                    // 收支较上年决算数减少…万元 (重庆): 收支 alone is both sides' 总计
                    if (!fund) this.add(subject, { row });
                }
                if (fund && !row.canonicalName.startsWith(fund)) this.add(fund + side.canonicalName + row.canonicalName, { row });
                if (fund && this.isFundTotal(row)) this.addFundTotal(fund, row);
            }
        }
    }

    /**
     * A two-sided table of the report's own, of some money's 收入支出 (贵州：非财政拨款收入支出决算总表):
     * that money's 收入总计, 支出年末结转和结余 … are its sides' rows, its 收入, 支出 alone their 本年…合计.
     */
    private addOwnSides(subject: string, table: TableModel): void {
        const money = subject.endsWith('收入支出') ? subject.slice(0, -'收入支出'.length) : '';
        if (money.length < 2) return;
        for (const side of table.rows.filter(r => SIDES.includes(r.canonicalName as Side) && r.children.length > 0)) {
            for (const row of side.children) {
                this.add(money + side.canonicalName + row.canonicalName, { row });
                if (/^本年(?:收入|支出)合计$/.test(row.canonicalName)) this.add(money + side.canonicalName, { row });
            }
        }
    }

    /**
     * A fund's subtotal or balance (kept from the all-money names by addRow) by the names that write the fund
     * in it: 年末财政拨款结转和结余 as printed, 财政拨款本年支出(合计), 本年财政拨款支出合计, 年初财政拨款结转和结余.
     */
    private addFundTotal(fund: string, row: RowModel): void {
        const name = row.canonicalName;
        if (name.includes(fund)) {
            this.add(name, { row });
            return;
        }
        this.add(fund + name, { row });
        const [, when, rest] = /^(年初|年末|本年)(.+)$/.exec(name) ?? [];
        if (!when) return;
        this.add(when + fund + rest, { row });
        // 本年支出合计: 财政拨款本年支出; not 本年财政拨款支出, whose 本年 may be the sentence's (本年财政拨款收入、支出总计)
        const bare = rest.replace(/合计$/, '');
        if (bare !== rest) this.add(fund + when + bare, { row });
    }

    /** A subtotal, total or balance row of a side of a fund's two-sided table. */
    private isFundTotal(row: RowModel): boolean {
        const table = row.table;
        const group = sideGroupOf(row.parent);
        if (!table || !group || row.parent?.parent) return false;
        const subject = tableSubject(table.title);
        return FUND_PREFIXES.some(prefix => subject.startsWith(prefix) && subject.length > prefix.length)
            && [group.subtotal, group.grandTotal, ...group.balances].includes(row.canonicalName);
    }
}

/**
 * A row's names: as written, the template's, its aliases, and 费 written as 经费 or left out. An
 * alias naming the other side of a two-sided table (支出总计, 总支出 for the 收入 side's 总计) is not one.
 */
function rowNames(row: RowModel, aliases: ReadonlyMap<string, string>): string[] {
    const names = new Set([row.name, row.canonicalName]);
    const otherSides = (row.table?.template?.groups ?? []).map(g => g.name).filter(side => side !== row.parent?.canonicalName);
    // 外事接待费 as a table prints it has the aliases of 外事接待 (国（境）外公务接待), else 国（境）外公务接待费 falls to 公务接待费
    const bare = row.canonicalName.endsWith('费') && !row.canonicalName.endsWith('经费') ? [row.canonicalName.slice(0, -1)] : [];
    for (const alias of [row.canonicalName, ...bare].flatMap(name => aliasesOf(aliases).get(name) ?? [])) {
        if (otherSides.some(side => alias.includes(side))) continue;
        names.add(alias);
        // 使用非财政拨款结余（用事业基金弥补收支差额）: the older formats' name of the row, in the bracket, names it alone in
        // prose (用事业基金弥补收支差额900.00万元), unless the table prints a row of that name as well (the older format's
        // own row beside 使用非财政拨款结余); a bracket saying what it includes (（含专用结余）) names no row
        const older = new RegExp(String.raw`^${row.canonicalName}（([^（）]+)）$`).exec(alias)?.[1];
        if (older && !/^(?:含|包括)/.test(older) && !namedInTable(row, older)) names.add(older);
    }
    for (const name of [...names]) {
        // 公务用车购置及运维费: 运行维护 shortened
        if (name.includes('运行维护')) names.add(name.replace('运行维护', '运维'));
        // 国内接待费603万元, 国（境）外接待费89万元: a reception row of its kind named without 公务
        const kind = row.children.length === 0 && name.endsWith('公务接待') ? name.slice(0, -'公务接待'.length) : '';
        if (kind.length >= 2) names.add(`${kind}接待`).add(`${kind}接待费`);
        // 国内公务接待费, 外事接待费: a reception row (三公经费 › 公务接待 › 国内公务接待) named with the 费 of its spending
        if (name.endsWith('接待') && row.children.length === 0) names.add(`${name}费`);
        if (name.endsWith('费') && !name.endsWith('经费')) {
            names.add(name.slice(0, -1));
            names.add(`${name.slice(0, -1)}经费`);
        }
    }
    // 国内公务接待费用8.00万元, 国（境）外公务接待费用2.39万元: 费用 for 费, each row's own (not 公务接待费用's by its end)
    for (const name of [...names]) if (name.endsWith('费') && !name.endsWith('经费')) names.add(`${name}用`);
    return [...names];
}

/**
 * A part of 情况说明's 政府采购 (its 货物, 政府采购货物支出 row): the names prose gives that kind's purchases, as a
 * restating table's figure is named (货物类政府采购, 货物类采购).
 */
function purchaseKindNames(row: RowModel): readonly string[] {
    const section = row.table ? undefined : row.parent?.canonicalName;
    const restating = section === undefined ? undefined : RESTATING_TABLES.find(t => t.section.test(section));
    const kind = restating?.figures.find(f => f.words.test(row.canonicalName))?.key;
    return kind && restating!.parts.includes(kind) ? restating!.prose[kind] ?? [] : [];
}

/** Whether another row of the row's table is named so, as written or by the template. */
function namedInTable(row: RowModel, name: string): boolean {
    let named = false;
    walkRows(row.table?.rows ?? [], other => { named ||= other !== row && (other.name === name || other.canonicalName === name); });
    return named;
}

/**
 * A table row that counts something, its unit in brackets after its name (表10's 国内公务接待批次（个）,
 * 公务用车保有量（辆）, 因公出国（境）团组数（个）): named as prose names the count, without the unit and
 * the measure words (国内公务接待批次, 国内公务接待; 公务用车保有; 因公出国（境）团组, 因公出国（境）).
 * Which of a name's counts a figure is of, its unit says (36批次 the 批次 row, 412人次 the 人次 row).
 */
function countNames(row: RowModel): string[] {
    const counted = row.table ? COUNT_ROW.exec(normalizeName(row.name).replace(/^其中[:：]?/, '')) : null;
    if (!counted) return [];
    const names: string[] = [];
    let name = counted[1];
    for (const measure of [/(?:数|量)$/, /(?:批次|人次|团组|次)$/]) {
        if (measure.test(name)) names.push(name = name.replace(measure, ''));
    }
    return [counted[1], ...names].filter(n => n.length >= 2);
}

/** A fund's part of a row of a table of every fund's appropriations: its child row of the fund's name, or its cell in the fund's column. */
function fundPart(table: TableModel, row: RowModel, fund: string): Quantity | undefined {
    const child = row.children.find(c => c.canonicalName === fund);
    if (child) return { row: child };
    return row.cells.has(fund) && ownColumns(table).includes(fund) ? { row, column: fund } : undefined;
}

/**
 * Words that narrow the name after them to a part of it, a quantity the report prints no row of: 在职人员经费 and
 * 离退休人员经费 are parts of 人员经费, 货物类政府采购 of 政府采购, 财政拨款基本支出 of 基本支出 (the
 * funds' part of every money's). Each the names it narrows. Where the report has the part's row, its longer name is read
 * first (一般公共预算财政拨款基本支出, 货物类政府采购 under 政府采购's 货物 row).
 */
const NARROWING: readonly (readonly [RegExp, RegExp])[] = [
    [/(?:在职|离退休|退休|离休|在岗|编外)$/, /^人员经费/],
    [/(?:货物|工程|服务)类?$/, /^(?:政府)?采购/],
    [/(?<!其)中$/, /^小微企业/],
    [/(?:财政拨款|一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)$/, /^(?:基本|项目)支出/],
];

/** Whether a span of a text may write a name narrowed to a part (占财政拨款项目支出的…: where no name is read in it, a whole left unread). */
export function narrowedNameIn(text: string, start: number, end: number): boolean {
    for (let i = start + 1; i < end; i++) if (narrowedAt(text, i, start) > 0) return true;
    return false;
}

/** How many characters before `start` narrow the name at it (see NARROWING); 0 where none do. */
function narrowedAt(text: string, start: number, from = 0): number {
    const before = text.slice(Math.max(from, start - 8), start);
    for (const [words, name] of NARROWING) {
        const narrowing = words.exec(before);
        if (narrowing && name.test(text.slice(start, start + 6))) return narrowing[0].length;
    }
    return 0;
}

/** Words 上 ends (加上, 以上, 之上, 基础上): a 上 after them is no 上年's. */
const ENDING_UP = /(?:加|以|之|基础)$/;

/** Whether the 上 at `at` ends a word. */
function endsWordAt(text: string, at: number): boolean {
    return ENDING_UP.test(text.slice(Math.max(0, at - 2), at));
}

/** An opening balance's name: the money before 年初, the fund's words between 年初 and 结转 (年初财政拨款结转和结余). */
const OPENING_BALANCE = /^(.*?)年初(.*?)结转和?结余$/;

/**
 * The names prose gives an opening balance (年初结转和结余, 年初财政拨款结转和结余): what was carried over from last
 * year, 上年结转和结余, 财政拨款上年结转结余, or last year's closing balance, 上年末结转和结余 — its 上年 no last year's
 * figure, its 年末 not this year's. 上年结转 and 年初结转 leave the 结余 unsaid: they name a part of the balance (see
 * carriedOverOnly).
 */
function openingBalanceNames(name: string): string[] {
    const opening = name.includes('年初') ? OPENING_BALANCE.exec(name) : null;
    if (!opening) return [];
    const fund = opening[1] + opening[2];
    return [`${fund}上年结转和结余`, `${fund}上年结转结余`, `上年${fund}结转和结余`, `${fund}上年结转`, `${fund}年初结转`,
        `${fund}上年末结转和结余`, `${fund}上年末结转结余`, `上年末${fund}结转和结余`]
        .filter(other => other !== name);
}

const BALANCE = /结转和?结余/;

/**
 * Whether a name says only the 结转 of a balance of 结转和结余 (上年结转, 一般公共预算财政拨款上年结转): the figure
 * may leave the 结余 out, so it is at most the balance.
 */
export function carriedOverOnly(words: string, quantities: readonly Quantity[]): boolean {
    // a fund's part of the balance is its child row (年初财政拨款结转和结余 › 一般公共预算财政拨款)
    return words.endsWith('结转') && quantities.length > 0
        && quantities.every(q => BALANCE.test(q.column ?? q.row.canonicalName) || BALANCE.test(q.row.parent?.canonicalName ?? ''));
}

/** A template's aliases by the name they stand for, found once per template rather than for every row. */
function aliasesOf(aliases: ReadonlyMap<string, string>): ReadonlyMap<string, readonly string[]> {
    let byCanonical = aliasesByCanonical.get(aliases);
    if (!byCanonical) {
        const found = new Map<string, string[]>();
        for (const [alias, canonical] of aliases) found.set(canonical, [...found.get(canonical) ?? [], alias]);
        aliasesByCanonical.set(aliases, byCanonical = found);
    }
    return byCanonical;
}

const aliasesByCanonical = new WeakMap<ReadonlyMap<string, string>, ReadonlyMap<string, readonly string[]>>();

function mergeByStart(a: NameMatch[], b: NameMatch[]): NameMatch[] {
    if (b.length === 0) return a;
    return [...a, ...b].sort((x, y) => x.start - y.start);
}

/** Quantities an entry may hold before they are indexed (see ProseLexicon.isNewQuantity). */
const INDEXED_FROM = 16;

function columnsOf(columnsByRow: Map<RowModel, Set<string | undefined>>, row: RowModel): Set<string | undefined> {
    let columns = columnsByRow.get(row);
    if (!columns) columnsByRow.set(row, columns = new Set());
    return columns;
}

const lexicons = new WeakMap<ReportModel, ProseLexicon>();

/** The function subjects' names, normalized (the national classification, no report's), and the code units they start and end with. */
interface SubjectNames {
    readonly names: ReadonlySet<string>;
    readonly firsts: ReadonlySet<number>;
    readonly lasts: ReadonlySet<number>;
}
let subjectNameSet: SubjectNames | undefined;
function subjectNames(): SubjectNames {
    if (!subjectNameSet) {
        const names = new Set(SHIPPED_SUBJECT_CODES.filter(e => e.scheme === '功能').map(e => normalizeName(e.name)));
        const firsts = new Set<number>();
        const lasts = new Set<number>();
        for (const name of names) {
            firsts.add(name.charCodeAt(0));
            lasts.add(name.charCodeAt(name.length - 1));
        }
        subjectNameSet = { names, firsts, lasts };
    }
    return subjectNameSet;
}
/** How far before a name a subject it ends may start (其他行政事业单位医疗支出 over 事业单位医疗支出). */
const LONGEST_SUBJECT = 8;

export function lexiconOf(model: ReportModel): ProseLexicon {
    let lexicon = lexicons.get(model);
    if (!lexicon) lexicons.set(model, lexicon = new ProseLexicon(model));
    return lexicon;
}
