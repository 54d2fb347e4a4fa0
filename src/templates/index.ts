// The templates juesuan knows, and how a report's template is chosen: by its `模板` line, else by
// the template its year and tables fit best. Adding a province is adding a folder here and a line
// to TEMPLATES (docs/templates.md).
import { COLUMN_GROUP_JOINT } from '../model/table-label.js';
import { NATIONAL, NATIONAL_2019 } from './national/index.js';
import { SHANGHAI_2024 } from './shanghai-2024/index.js';
import { SICHUAN_2020 } from './sichuan-2020/index.js';
import { SICHUAN_2024 } from './sichuan-2024/index.js';
import type { ReportTemplate, TableRole, TableTemplate } from './template.js';
import { isGroupTotal } from './template.js';

export type { BudgetColumnKind, ReportTemplate, TableRole, TableTemplate } from './template.js';
export type { AddedRowTie, AddedWithin, PartTable } from './shared/ties.js';
export { PART_TABLES } from './shared/ties.js';
export { STANDARD_SET_SIZE } from './shared/standard-set.js';
export { ADDED_TABLES, PROJECT_LIST, RESTATING_TABLES, RUNNING_COSTS_WORDS, SUBJECT_TABLES, TABLES_PRINTED_AS_ROWS, type AddedTable, type RestatingTable, type RowSum, type SubjectTable } from './shared/added-tables.js';

export const TEMPLATES: readonly ReportTemplate[] = [NATIONAL, NATIONAL_2019, SHANGHAI_2024, SICHUAN_2020, SICHUAN_2024];

/** The template a report falls back to when nothing in it points elsewhere. */
export const DEFAULT_TEMPLATE = NATIONAL;

export function templateById(id: string): ReportTemplate | undefined {
    return TEMPLATES.find(t => t.id === id);
}

export function tableByRole(template: ReportTemplate, role: TableRole): TableTemplate | undefined {
    return template.tables.find(t => t.role === role);
}

/** What a `模板` line names. */
export type TemplateMatch =
    /** `among`: every template the name answers to (全国 names each year's 财政部 format), the year chose `template`. */
    | { readonly kind: 'exact'; readonly template: ReportTemplate; readonly among?: readonly ReportTemplate[] }
    /** The province is known, the year is not one of its templates': the nearest year's. */
    | { readonly kind: 'nearest'; readonly template: ReportTemplate; readonly year: number }
    | { readonly kind: 'unknown' };

/**
 * Finds the template a name means: its id (`shanghai-2024`), its name or an alias, or a province
 * and a year written any way (`上海 2024`, `上海市部门决算公开模板（2024年度）`). A province
 * without a year takes the report's year.
 */
export function findTemplate(text: string, reportYear?: number, templates: readonly ReportTemplate[] = TEMPLATES): TemplateMatch {
    const wanted = normalise(text);
    if (wanted === '') return { kind: 'unknown' };
    // a name several templates answer to (全国) is told apart by the year, as a province is
    const named = templates.filter(t => [t.id, t.name, t.shortName, ...t.aliases].some(name => normalise(name) === wanted));
    if (named.length === 1) return { kind: 'exact', template: named[0] };
    const candidates = named.length > 0 ? named
        : templates.filter(t => wanted.includes(normalise(t.province)) || t.aliases.some(a => wanted.includes(normalise(a))));
    if (candidates.length === 0) return { kind: 'unknown' };
    const year = Number(/(?:19|20)\d\d/.exec(wanted)?.[0] ?? reportYear ?? Number.NaN);
    if (!Number.isFinite(year)) return { kind: 'exact', template: candidates[0], among: candidates };
    const covering = candidates.find(t => covers(t, year));
    if (covering) return { kind: 'exact', template: covering, among: candidates };
    const nearest = [...candidates].sort((a, b) => distance(a, year) - distance(b, year))[0];
    return { kind: 'nearest', template: nearest, year };
}

/**
 * The template a report of `year` takes where the one it named was for other years: the template of
 * the same province that covers `year` (四川 2020 → 四川 2024 for 2023); `template` itself where it
 * covers the year or its province has none that does.
 */
export function templateForYear(template: ReportTemplate, year: number, templates: readonly ReportTemplate[] = TEMPLATES): ReportTemplate {
    if (covers(template, year)) return template;
    return templates.find(t => t.province === template.province && covers(t, year)) ?? template;
}

/**
 * What a report of `year` writes in its `模板` line for the template: the province's name alone where it names several
 * formats (全国, 四川) and the year chooses this one, as docs/language.md writes it; the template's own name where the name
 * alone would choose another, or none covers the year (全国 on a 2017 report is warned as a year without a template).
 */
export function templateToWrite(template: ReportTemplate, year: number | undefined, templates: readonly ReportTemplate[] = TEMPLATES): string {
    const several = templates.filter(t => t.province === template.province).length > 1;
    const byName = findTemplate(template.province, year, templates);
    return several && byName.kind === 'exact' && byName.template === template ? template.province : template.shortName;
}

/** The 财政部 format of a report of `year`: the one whose years hold it, else the nearest; the newest where the year is unknown. */
export function standardTemplate(year: number | undefined, templates: readonly ReportTemplate[] = TEMPLATES): ReportTemplate | undefined {
    const standard = templates.filter(t => t.province === '全国');
    if (year === undefined) return standard.includes(DEFAULT_TEMPLATE) ? DEFAULT_TEMPLATE : standard[0];
    return [...standard].sort((a, b) => distance(a, year) - distance(b, year))[0];
}

/** A table as a report writes it, for judging which template it was written for. */
export interface WrittenTable {
    readonly number: number;
    /** 附表 (附表5), 表 (表五, 表 5), 公开 (公开05表) or 目录 (一、 as the contents number it: no template's own). */
    readonly style: '附表' | '表' | '公开' | '目录';
    readonly title?: string;
    /** The contents' number printed before the label (七、公开08表), where the report prints both. */
    readonly ordinal?: number;
    /** The columns its 列【…】 names, a heading over several joined to each (本年支出·小计), the rows' own headings left out. */
    readonly heads?: readonly string[];
}

export interface TemplateFit {
    readonly template: ReportTemplate;
    /** Tables whose title is the template's title for their number. */
    readonly matched: number;
    /** Tables with a title the template gives another table, or none. */
    readonly mismatched: number;
    /** How well the tables fit, before anything else breaks ties: fits with equal `tables` are told apart by the rest alone. */
    readonly tables: number;
    /** The department is of the template's province. */
    readonly ownProvince: boolean;
    /** The department is of another province than the template's (a 财政部 format's never). */
    readonly otherProvince: boolean;
}

/**
 * How well a report's tables fit each template, best first: titles matched by number count for,
 * other titles against, except a title the template prints under another number (read as that
 * table); its department being of the template's province (for it) or of another province (against
 * it), the way tables are numbered, the report's year within the template's years (or nearest to
 * them, where no template's years hold it) and the 财政部 format (which most provinces print) break
 * ties, in this order. A province's template is for its own
 * departments, so a report of another province whose tables fit it no better than a 财政部 format of
 * other years is not fitted to it; a department naming no province (a district's 普陀区…局) keeps
 * the template of its year.
 *
 * A table printed with both the contents' number and a label (七、公开08表) fits by either.
 *
 * Tables numbered as the contents number them (一、…) are numbered in the report's own list, where a
 * department's own table (天津's 收入决算表（按单位列示）) shifts every later number: they count by
 * title, for the template where their order is the template's order (the 三公 table seventh or last)
 * and that has no table of its own between them the report does not print: `unnumbered` are the titles of tables it prints
 * without a number (宁夏: 七、“三公” then the fund tables unnumbered, which the 2022 order puts before it).
 */
export function fitTemplates(tables: readonly WrittenTable[], year: number | undefined, department: string,
    templates: readonly ReportTemplate[] = TEMPLATES, unnumbered: readonly string[] = [], asRows: readonly TableRole[] = []): TemplateFit[] {
    const counts = tableCounts(tables, templates, unnumbered, asRows);
    const departmentProvince = provinceOf(department);
    const scored = templates.map((template, i) => {
        const { matched, mismatched, recognised, skipped, label } = counts[i];
        // the nearer the template's years, the better: a 2016 report takes the format of 2019—2021, not of 2022 on
        const years = year === undefined ? 0 : -distance(template, year);
        const provincial = template.province !== '全国' && departmentProvince !== undefined;
        const province = provincial && departmentProvince === template.province ? 1 : 0;
        const otherProvince = (provincial && departmentProvince !== template.province) || ofAnotherPlace(department, template) ? 1 : 0;
        const standard = template.province === '全国' ? 1 : 0;
        const national = template === DEFAULT_TEMPLATE ? 1 : 0;
        // the tables decide; the rest only breaks ties, in this order
        const fit = matched - mismatched + recognised - skipped;
        const score = [fit, province - otherProvince, label, years, standard, national];
        return { fit: { template, matched, mismatched, tables: fit, ownProvince: province === 1, otherProvince: otherProvince === 1 }, score };
    });
    return scored.sort((a, b) => byScore(b.score, a.score)).map(s => s.fit);
}

/** How the written tables fit each template, by their numbers and titles alone. */
interface TableCounts {
    readonly matched: number;
    readonly mismatched: number;
    /** Numbered otherwise but titled as one of the template's tables: the model reads it as that table. */
    readonly recognised: number;
    /** The template's tables a contiguous list passes over. */
    readonly skipped: number;
    /** 1 where every table's label is in the template's style. */
    readonly label: number;
}

/**
 * The tables' counts for each template. Against the shipped templates, which never change, remembered by the tables:
 * a bureau's reports print the same tables, and a report being typed keeps them from keystroke to keystroke.
 */
function tableCounts(tables: readonly WrittenTable[], templates: readonly ReportTemplate[], unnumbered: readonly string[],
    asRows: readonly TableRole[]): readonly TableCounts[] {
    if (templates !== TEMPLATES) return countTables(tables, templates, unnumbered, asRows);
    const key = JSON.stringify([tables.map(t => [t.number, t.style, t.title ?? null, t.ordinal ?? null, t.heads ?? null]), unnumbered, asRows]);
    let counts = countsByTables.get(key);
    if (!counts) {
        counts = countTables(tables, templates, unnumbered, asRows);
        // a bound keeps a long-running server's memory flat
        if (countsByTables.size >= COUNTS_CACHE_LIMIT) countsByTables.clear();
        countsByTables.set(key, counts);
    }
    return counts;
}

const COUNTS_CACHE_LIMIT = 256;
const countsByTables = new Map<string, readonly TableCounts[]>();

function countTables(tables: readonly WrittenTable[], templates: readonly ReportTemplate[], unnumbered: readonly string[],
    asRows: readonly TableRole[]): TableCounts[] {
    const listed = tables.filter(t => t.style === '目录' && t.title !== undefined).sort((a, b) => a.number - b.number);
    return templates.map(template => {
        let matched = 0;
        let mismatched = 0;
        // numbered otherwise but titled as one of the template's tables: the model reads it as that table
        let recognised = 0;
        // the template's number of each listed table it knows, in the report's order
        const order: number[] = [];
        for (const written of listed) {
            const table = closestTable(template, written.title!) ?? slippedTable(template, written.title!, templates);
            if (table) order.push(table.number);
            else mismatched++;
        }
        const inOrder = longestRising(order);
        matched += inOrder;
        mismatched += order.length - inOrder;
        recognised += order.length - inOrder;
        // the template's tables a contiguous list passes over: 四川 2020 holds the nine in the same order, five more between them;
        // not one whose figures the report prints as rows of its own table (内蒙古 2019–2021: “三公” in 机构运行信息表)
        const skipped = order.length === 0 ? 0
            : template.tables.filter(t => t.number > Math.min(...order) && t.number < Math.max(...order) && !order.includes(t.number)
                && !unnumbered.some(title => isTitleOf(t, title)) && !asRows.includes(t.role)).length;
        for (const written of tables) {
            if (written.style === '目录') continue;
            const table = template.tables.find(t => t.number === written.number);
            const title = written.title;
            // printed with both numbers (湖北 2022: 九、财政拨款“三公”经费支出决算表（公开07表）, the contents in
            // the new order, the labels the old ones), the table fits a template that numbers it either way
            const listedAs = written.ordinal === undefined ? undefined : template.tables.find(t => t.number === written.ordinal);
            // a title one character off the table's at its number (see slippedTable) is that table, mistyped
            if (table && title !== undefined && (isTitleOf(table, title) || slippedTable(template, title, templates) === table)) matched++;
            else if (listedAs && title !== undefined && isTitleOf(listedAs, title)) matched++;
            else if (table && title === undefined) {
                // printed by its number alone (表7 { 列【预算数 决算数】 … }): the columns tell which of the template's tables it is
                const by = headsFit(template, table, written.heads);
                if (by === 'own') matched++;
                else if (by === 'other') mismatched++;
            }
            else {
                mismatched++;
                if (title !== undefined && template.tables.some(t => isTitleOf(t, title))) recognised++;
            }
        }
        const label = tables.length > 0 && tables.every(t => template.tableLabel(t.number).startsWith(t.style)) ? 1 : 0;
        return { matched, mismatched, recognised, skipped, label };
    });
}

/**
 * What a table printed by its number alone says by its columns: 'own' where they are the template's table of that number's
 * and of no other of its tables (收入决算表's, “三公”'s 预算数 决算数), 'other' where another of its tables has them and that one
 * does not (the fund's account columns under the template's “三公” number); nothing where no columns are written or they
 * are several tables' (合计 基本支出 项目支出) or none's.
 */
export function headsFit(template: ReportTemplate, table: TableTemplate, heads: readonly string[] | undefined): 'own' | 'other' | undefined {
    if (heads === undefined || heads.length === 0) return undefined;
    const taking = tablesTaking(template, heads);
    if (taking.includes(table)) return taking.length === 1 ? 'own' : undefined;
    return taking.length > 0 ? 'other' : undefined;
}

/** The template's tables that know every written column. */
export function tablesTaking(template: ReportTemplate, heads: readonly string[]): TableTemplate[] {
    return template.tables.filter(t => takesHeads(t, heads));
}

/** Whether every written column is one the table knows: its own, added, account and aliased columns, the headings over several. */
function takesHeads(table: TableTemplate, heads: readonly string[]): boolean {
    const known = new Set([...table.columns, ...table.extraColumns ?? [], ...table.account?.printed ?? [], ...table.account?.columns ?? [],
        ...table.columnAliases?.keys() ?? [], ...(table.columnHeads ?? []).flatMap(h => [h.head, ...h.columns])]);
    return heads.every(written => {
        const [head, column] = written.split(COLUMN_GROUP_JOINT);
        return known.has(head) && (column === undefined || known.has(column) || isGroupTotal(column));
    });
}

/** Scores compared place by place: the first place they differ in decides. */
function byScore(a: readonly number[], b: readonly number[]): number {
    const at = a.findIndex((value, i) => value !== b[i]);
    return at < 0 ? 0 : a[at] - b[at];
}

/** The province-level divisions, as department names spell them (without 省/市/自治区). */
const PROVINCES = ['北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建',
    '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃',
    '青海', '宁夏', '新疆', '香港', '澳门', '台湾'];

/**
 * The province a department belongs to: that of a place a template lists where the name starts with one, else the first
 * province the name mentions. A later one is where it
 * works, not whose it is (西藏自治区人民政府驻上海办事处 is 西藏's). A province's name before 路 is a
 * street's (长宁区江苏路街道办事处, 四川北路街道), not the department's province.
 */
export function provinceOf(department: string): string | undefined {
    return departmentProvince(department)?.province;
}

/**
 * provinceOf's province, and whether it is sure: a province's name before 区 or 县 may be a district's or county's of
 * another province (天津's 河北区, 乌海's 海南区), still read as the province for choosing a template, but not said as it.
 */
export function departmentProvince(department: string): { province: string; sure: boolean } | undefined {
    // a place a template lists, starting the name, is surer than a province named after it (成都市人民政府驻北京办事处)
    const listed = provinceOfPlace(department);
    if (listed !== undefined) return { province: listed, sure: true };
    let first: { province: string; at: number } | undefined;
    for (const province of PROVINCES) {
        for (let at = department.indexOf(province); at >= 0; at = department.indexOf(province, at + 1)) {
            if (STREET_AFTER.test(department.slice(at + province.length))) continue;
            if (first === undefined || at < first.at) first = { province, at };
            break;
        }
    }
    return first && { province: first.province, sure: !/^[区县]/.test(department.slice(first.at + first.province.length)) };
}

/** The province whose template lists the city, district or zone the department's name starts with (泸州市中医医院: 四川). */
function provinceOfPlace(department: string): string | undefined {
    const name = department.replace(/^中共/, '');
    return TEMPLATES.find(t => t.places?.some(place => name.startsWith(place)))?.province;
}

/**
 * Words ending as a place's name does that name no place: 城市管理局, 社区卫生服务中心, 园区管委会, 本区, 全县, 城镇, 城乡建设局,
 * 乡镇企业. A one-character stem before a place's kind (南县) is read only where it makes none of them.
 */
const NOT_PLACES = ['城市', '都市', '社区', '园区', '小区', '地区', '城区', '市区', '郊区', '山区', '景区', '街区', '辖区', '片区', '校区',
    '灾区', '老区', '新区', '城镇', '村镇', '集镇', '城乡', '乡镇', '全省', '全市', '全县', '全区', '全镇', '全乡', '本省', '本市', '本县',
    '本区', '本镇', '本乡', '各省', '各市', '各县', '各区', '各镇', '各乡', '该市', '该县', '该区', '我市', '我县', '我区',
    // a placeholder's (某区民政局: the department of no place in particular)
    '某省', '某市', '某县', '某区', '某州', '某镇', '某乡'];
const NOT_PLACE = NOT_PLACES.join('|');

/**
 * The place a department's name starts with, 1 to 4 characters and its kind (金华市救助管理站, 石门县东岭镇…, 南县政协, 冀村镇…;
 * not 城市管理局, see NOT_PLACES); a 州 within the name before its kind is part of it (广州市, 杭州市, 通州区), and so is a 镇 or
 * 乡 (镇江市, 宁乡市). One character makes a place only before 县, 区, 州, 镇 or 乡 (南县, 唐镇): no 市, 旗 or 盟 has a name
 * of one, and 超市, 团市委, 红旗村, 民盟… are words. 城市 after 2 or 3 characters is the word 城市 (智慧城市…, 长三角城市…),
 * not a city whose name ends in 城: those are of one character and 城 (晋城市, 盐城市).
 */
const PLACE_FIRST = new RegExp(`^(?:中共)?(?!${NOT_PLACE})(?![^市区县省州旗盟路]{2,3}城市)(?:[^市区县省州旗盟路]{1,3}州(?=[市区县])|[^市区县省州旗盟路]{2,4}|[^市区县省州旗盟路](?=[县区州镇乡]))(市|区|县|州|旗|盟|[镇乡](?![市区县]))`);

/**
 * A run of Chinese characters ending in a place's kind: the place a header line (封面, 部分) prints before the department's
 * words (「南县财政局2023年度部门决算」 of 部门 「财政局」).
 */
const PLACE_BEFORE = /\p{Script=Han}+?(?:自治区|省|市|州|盟|县|旗|区|镇|乡)$/u;
/**
 * How many characters before the department's words PLACE_BEFORE reads: a province's, prefecture's and county's names together
 * (新疆维吾尔自治区伊犁哈萨克自治州霍城县, 19) and no more, so that a long line costs no more than a short one.
 */
const PLACE_REACH = 24;
/** One of NOT_PLACES ending the run, standing alone or after a place (杭州市城市…), not as a place's own end (滨海新区). */
const NOT_PLACE_AT_END = new RegExp(`(?:^|(?<=自治区|省|市|州|盟|县|旗|区|镇|乡))(?:${NOT_PLACE})$`);

/**
 * The department's name with the place before it that a header line other than 部门 and 全称 prints (封面 「南县财政局」, 部分
 * 「XX县财政局2023年度部门决算」), where its own name names no province and no place: fitting weighs where the department is.
 */
export function departmentWithPlace(department: string, lines: readonly string[]): string {
    const name = department.replace(/^中共/, '');
    if (name === '' || provinceOf(name) !== undefined || PLACE_FIRST.test(name) || ZONE_FIRST.test(name)) return department;
    for (const line of lines) {
        for (let at = line.indexOf(name); at > 0; at = line.indexOf(name, at + 1)) {
            let place = PLACE_BEFORE.exec(line.slice(Math.max(0, at - PLACE_REACH), at))?.[0];
            // 杭州市城市管理局 of 部门 「管理局」: the place is 杭州市, 城市 a word of the department's
            while (place !== undefined && NOT_PLACE_AT_END.test(place)) place = PLACE_BEFORE.exec(place.replace(NOT_PLACE_AT_END, ''))?.[0];
            if (place !== undefined && (provinceOf(place) !== undefined || PLACE_FIRST.test(place))) return `${place}${name}`;
        }
    }
    return department;
}

/**
 * A development zone named by a place a department's name starts with (昌吉高新技术产业开发区市政…中心, 苏州高新区…); not by
 * 中共 (中共高新区工委 names no place).
 */
const ZONE_FIRST = /^(?:中共)?(?!中共)[^市区县省旗盟路]{2,4}?(?:高新技术产业开发区|高新技术开发区|经济技术开发区|新兴技术开发区|高新区|经开区)/;

/**
 * The names a department of the template's province may start with without naming it: its places without their kind
 * (闵行, 浦东, 临港) and the names of its zones (see ReportTemplate.zoneNames).
 */
function ownNames(template: ReportTemplate): string[] {
    return [...(template.places ?? []).map(place => place.replace(/(?:新片区|新区|区)$/, '')), ...template.zoneNames ?? []];
}

/**
 * Whether the department names no province, and its name starts with a place of a kind the template's province has none
 * of (see ReportTemplate.placeKinds), or with a development zone named by none of its places (see ReportTemplate.zoneNames):
 * a report naming no province is kept off 上海's template by the 县 or 市 it names, or the zone of another city. A name
 * starting with one of the province's own names is never another place's, whatever follows (临港市政…, 崇明县 before 2016;
 * 四川's 长宁县 too, left neutral).
 */
function ofAnotherPlace(department: string, template: ReportTemplate): boolean {
    if ((template.placeKinds === undefined && template.zoneNames === undefined) || provinceOf(department) !== undefined) return false;
    const name = department.replace(/^中共/, '');
    if (ownNames(template).some(word => name.startsWith(word))) return false;
    const kind = template.placeKinds && PLACE_FIRST.exec(department)?.[1];
    if (kind && !template.placeKinds!.includes(kind)) return true;
    return template.zoneNames !== undefined && ZONE_FIRST.test(department);
}

/** The words after a place's name that make it a street's: 江苏路, 四川北路, 浙江中路. */
const STREET_AFTER = /^[东南西北中]?路/;

/** The template's table `title` names most closely (its printed title before its other titles). */
function closestTable(template: ReportTemplate, title: string): TableTemplate | undefined {
    let closest: TableTemplate | undefined;
    let closestRank = Number.POSITIVE_INFINITY;
    for (const table of template.tables) {
        const rank = titleRank(table, title);
        if (rank !== undefined && rank < closestRank) [closest, closestRank] = [table, rank];
    }
    return closest;
}

/** The length of the longest strictly rising run of `numbers`, not necessarily adjacent (patience sorting). */
function longestRising(numbers: readonly number[]): number {
    const tails: number[] = [];
    for (const n of numbers) {
        let low = 0;
        let high = tails.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (tails[middle] < n) low = middle + 1;
            else high = middle;
        }
        tails[low] = n;
    }
    return tails.length;
}

/**
 * The table of the template a title names that the template itself does not give (a report of one format tagged
 * with another, or a province printing another format's title: 一般公共预算财政拨款收入支出决算表 under 「四川 2020」):
 * the template's table of the role the other templates give that title, where they give it to one role alone.
 */
export function familyTable(template: ReportTemplate, title: string, templates: readonly ReportTemplate[] = TEMPLATES): TableTemplate | undefined {
    if (template.tables.some(t => isTitleOf(t, title)) || endsTitles(template, title) > 1) return undefined;
    const roles = new Set(templates.flatMap(other => other === template ? [] : other.tables.filter(t => isTitleOf(t, title)).map(t => t.role))
        .filter(role => template.tables.some(t => t.role === role)));
    return roles.size === 1 ? template.tables.find(t => roles.has(t.role)) : undefined;
}

/**
 * How many of the template's tables have a title that ends with `title`: a title short of its fund (“三公”经费支出决算表) where
 * the template prints that subject's table for two funds (四川 2020's 一般公共预算 and 政府性基金 “三公” tables) says neither.
 */
function endsTitles(template: ReportTemplate, title: string): number {
    const written = normaliseTitle(title);
    return template.tables.filter(t => [...titlesOf(t).keys()].some(full => full.endsWith(written))).length;
}

/**
 * The template's table a table is, titled as another format titles its table of the same fund at the same number (「全国
 * 2019—2021」's 九、国有资本经营预算财政拨款支出决算表 where 「上海 2024」 prints 九、…收入支出决算表): the formats differ in that title
 * alone, the table is the template's, its title to mend. `number`: where the report numbers it (by its contents' ordinal).
 */
export function formatTitledTable(template: ReportTemplate, title: string, number?: number, templates: readonly ReportTemplate[] = TEMPLATES): TableTemplate | undefined {
    return template.tables.find(table => (number === undefined || table.number === number) && formatsTitling(template, table, title, templates).length > 0);
}

/** The other formats whose table of the same fund at the table's number `title` names, where it does not name the table itself. */
export function formatsTitling(template: ReportTemplate, table: TableTemplate, title: string, templates: readonly ReportTemplate[] = TEMPLATES): ReportTemplate[] {
    if (table.fund === undefined || isTitleOf(table, title)) return [];
    return templates.filter(other => other !== template && other.tables.some(t => t.number === table.number && t.fund === table.fund && isTitleOf(t, title)));
}

/** Whether `title` (as written) is the table's printed title or one of its other titles. */
export function isTitleOf(table: TableTemplate, title: string): boolean {
    return titleRank(table, title) !== undefined;
}

/**
 * How closely `title` names the table: 0 for its printed title, then its other titles in the order
 * the template gives them (its own before those every printing shares); undefined for none. Where two
 * tables of a report are titled as one template table (北京 prints 一般公共预算财政拨款收入支出决算表
 * beside 一般公共预算财政拨款支出决算表), the closer title is that table.
 */
export function titleRank(table: TableTemplate, title: string): number | undefined {
    return titlesOf(table).get(normaliseTitle(title));
}

/** A table's titles, normalised once, each with its rank: each report asks of every table of its template for each of its own. */
function titlesOf(table: TableTemplate): ReadonlyMap<string, number> {
    const known = normalisedTitles.get(table);
    if (known) return known;
    const titles = new Map<string, number>();
    for (const title of [table.title, ...(table.titleAliases ?? [])]) {
        const normalised = normaliseTitle(title);
        if (!titles.has(normalised)) titles.set(normalised, titles.size);
    }
    normalisedTitles.set(table, titles);
    return titles;
}

const normalisedTitles = new WeakMap<TableTemplate, ReadonlyMap<string, number>>();

/** A title one character off one of a table's titles: the character it lacks, or the one it has too many. */
export type TitleSlip = { readonly missing: string } | { readonly extra: string };

/**
 * How `title` is one of the table's titles less one character anywhere, or with one more after its first (a Word contents
 * field printing 出决算表 for 支出决算表, 泸州 2023's 政拨款收入支出决算总表); undefined otherwise. Short titles are not read so: one
 * character off, they may be another table's.
 */
export function titleSlip(table: TableTemplate, title: string): TitleSlip | undefined {
    const written = normaliseTitle(title);
    if (written.length < SLIPPED_TITLE_SHORTEST || titlesOf(table).has(written)) return undefined;
    for (const full of titlesOf(table).keys()) {
        if (full.length === written.length + 1) {
            const at = firstDifference(full, written);
            if (full.slice(at + 1) === written.slice(at)) return { missing: full[at] };
        } else if (written.length === full.length + 1) {
            const at = firstDifference(written, full);
            // a word before the title, or 非 anywhere, names another table (贵州's 非财政拨款收入支出决算总表), not a slip
            if (at > 0 && written[at] !== '非' && written.slice(at + 1) === full.slice(at)) return { extra: written[at] };
        }
    }
    return undefined;
}

const SLIPPED_TITLE_SHORTEST = 4;

function firstDifference(a: string, b: string): number {
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    return at;
}

/**
 * The one table of the template `title` is a slip of (see titleSlip), where it is no template's title itself (then it
 * names that table, not a slip of another) and a slip of no other table of the template.
 */
export function slippedTable(template: ReportTemplate, title: string, templates: readonly ReportTemplate[] = TEMPLATES): TableTemplate | undefined {
    if (templates.some(t => t.tables.some(table => isTitleOf(table, title)))) return undefined;
    const near = template.tables.filter(t => titleSlip(t, title) !== undefined);
    return near.length === 1 ? near[0] : undefined;
}

/** Whether `title` is the table's title qualified by how the table is split: 支出决算表（分单位）. */
export function isVariantOf(table: TableTemplate, title: string): boolean {
    const split = /^(.+?)[（(][^（）()]+[)）]$/.exec(title.trim());
    return split !== null && isTitleOf(table, split[1]);
}

/**
 * A title without spaces, quotes, brackets and a year before it; 决算公开表 (海南: 收入支出决算公开表) is the 决算表 published,
 * and a title whose 表 the contents dropped (宁夏: 一般公共预算财政拨款基本支出决算明细) the table.
 * Remembered: template fitting asks it of each written title for every table of every template.
 */
function normaliseTitle(title: string): string {
    let normalised = normalisedTitleCache.get(title);
    if (normalised === undefined) {
        // the year some reports print before a title (浙江: 2023年度收入支出决算总表), maybe after the unit's name
        // (山西: 交口街道办事处2021年收入支出决算总表), is not the table's name
        normalised = title.normalize('NFKC').replace(/[\s“”"'‘’「」（）()]/g, '').replace(/^\D*?\d{4}年度?/, '')
            .replace(/决算公开表$/, '决算表').replace(/决算(明细)?$/, '决算$1表');
        // titles repeat across reports; a bound keeps a long-running server's memory flat
        if (normalisedTitleCache.size >= TITLE_CACHE_LIMIT) normalisedTitleCache.clear();
        normalisedTitleCache.set(title, normalised);
    }
    return normalised;
}

const TITLE_CACHE_LIMIT = 4096;
const normalisedTitleCache = new Map<string, string>();

/** Whether a report of `year` is within the template's years. */
export function covers(template: ReportTemplate, year: number): boolean {
    return (template.years.from === undefined || year >= template.years.from) && (template.years.to === undefined || year <= template.years.to);
}

function distance(template: ReportTemplate, year: number): number {
    if (covers(template, year)) return 0;
    return Math.min(...[template.years.from, template.years.to].filter((y): y is number => y !== undefined).map(y => Math.abs(y - year)));
}

/** Case, width, spaces, quotes, brackets and the words every template name has are not what tells templates apart. */
function normalise(text: string): string {
    return text.normalize('NFKC').toLowerCase()
        .replace(/[\s"'“”‘’「」《》()（）【】[\]_·.,，、:：-]/g, '')
        .replace(/部门决算|决算|公开|模板|格式|年度|省|市|自治区|壮族|回族|维吾尔/g, '');
}
