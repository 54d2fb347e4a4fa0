import type { Entry, MetaField, Project, Report, Row, Table, TextField } from '../language/generated/ast.js';
import { isExplanation, isMetaField, isMetaKey, isOverview, isProject, isRow, isTable, isTextField } from '../language/generated/ast.js';
import { reportUnit } from '../language/syntax/printed-unit.js';
import type { BudgetColumnKind, ReportTemplate, TableRole, TableTemplate } from '../templates/index.js';
import { covers, departmentWithPlace, familyTable, TABLES_PRINTED_AS_ROWS, findTemplate, fitTemplates, formatTitledTable, departmentProvince, standardTemplate, templateForYear, isTitleOf, isVariantOf, slippedTable, titleRank, TEMPLATES, type TemplateFit, type WrittenTable } from '../templates/index.js';
import { isGroupTotal } from '../templates/template.js';
import { Decimal } from 'decimal.js';
import { GrammarUtils, isLeafCstNode } from 'langium';
import type { Figure } from './figure.js';
import { isBlankCell, parseLiteral } from './figure.js';
import type { Derivation, Limit, Relation, ZeroBase } from './relations.js';
import { RelationBuilder } from './relations.js';
import { LAST_YEAR_KEY } from './last-year.js';
import { ReferenceIndex } from './references.js';
import type { MissingSubtotal, RowModel, TableModel } from './rows.js';
import { buildRows, COUNT_UNIT, isOfWhichRow, isTotalRow, rowCode, rowNumberRows, subjectTotalOf, walkRows } from './rows.js';
import type { ReportNodes } from './nodes.js';
import { collectNodes } from './nodes.js';
import { reportParts, sectionEntries } from './section-groups.js';
import { writesDigitGroups } from './digit-groups.js';
import type { TableLabel } from './table-label.js';
import { misfitOf } from './table-fit.js';
import { continuedTables, isOrphanPage } from './continued.js';
import { COLUMN_GROUP_JOINT, columnGroup, columnMoneyUnit, COUNT_COLUMN, figureColumnNames, printedLabel, tableLabelOf, tableMetaUnits, templateColumnName } from './table-label.js';

export interface ReportMeta {
    readonly department?: string;
    readonly fullName?: string;
    readonly shortName?: string;
    readonly year?: number;
    /** The unit amounts are written in: 万元 unless the source says otherwise. */
    readonly unit: string;
    readonly published?: string;
    /** The report prints its 公开时间 under the contents' heading (四川), as the source says by writing it after a bare 目录 line. */
    readonly publishedUnderContents?: boolean;
    readonly template?: string;
    /**
     * The lines the report prints on its cover, as written (保密审查情况：已审查): a `名称 「文字」` line of its own, under the title,
     * or over it where written before the line naming the department (部门, or 封面: 云南's 监督索引号 printed first on the page);
     * under the contents' heading where written after a bare 目录, after the contents where written after a 目录 line and the
     * 部分 lines after it, which the contents list (江西: 注：本报告因金额单位转换原因可能存在尾数误差。 under the last part's line).
     */
    readonly coverLines: readonly { readonly key: string; readonly value: string; readonly colon?: string; readonly over?: boolean; readonly underContents?: boolean; readonly afterContents?: boolean }[];
    /** The line printed above each table as the report prints it (`单位行 「…」`, see TABLE_META_KEY). */
    readonly tableMeta?: string;
    /** How the report's contents list its tables and how deep they go, as it says (`目录 「表号和表名」`, see CONTENTS_KEY). */
    readonly contents?: string;
    /** How each table's page heads it, where the report says (`表题 「表号和表名」`, see TABLE_TITLE_KEY). */
    readonly tableTitle?: string;
    /** Whether the tables part lists its tables under its heading, where the report says (`表名列表 「印」`, see TABLE_LIST_KEY). */
    readonly tableList?: boolean;
    /** The cover's title as the report prints it, a line each (广东: 2021年茂名市…（本级）部门决算), see COVER_KEY. */
    readonly cover?: readonly string[];
    /**
     * A 单位决算 (the report of one unit), not a 部门决算: its 部门, 全称, 简称 and 部分 headings say
     * 单位决算 more often than 部门决算, or, where they say both as often (or neither), its overview is
     * written 单位概况 or a 部分 heading says 单位概况. Its generated report is called a unit's and says 本单位.
     */
    readonly unitReport: boolean;
}

/**
 * How the report's template was chosen, for the check that reports it: named by its `模板` line
 * (for another year: `nearest`); named but unknown; named but the tables fit another template
 * (`mismatch`: the report is checked against the one they fit), or fit another template the same
 * name answers to, or another year's of the named template's province (`variant`: 全国 for a report printing
 * the 2019 order in 2024); or, without a `模板` line, the
 * template the report's year and tables fit best (`fitted`).
 */
export interface TemplateChoice {
    readonly how: 'named' | 'variant' | 'nearest' | 'other-year' | 'unknown' | 'mismatch' | 'fitted';
    /** The `模板` line. */
    readonly field?: MetaField;
    /** The template the `模板` line names, where it names one. */
    readonly named?: ReportTemplate;
    /** Nearest: the year the `模板` line asks for, where no template of its province has it; other-year: the report's year. */
    readonly year?: number;
    /** Fitted: the other templates the tables fit as well, where the department, numbering and year chose among them; other-year: the named one, where the tables fit it as well. */
    readonly alike?: readonly ReportTemplate[];
    /** Fitted: the template is of the department's province. */
    readonly ownProvince?: boolean;
    /**
     * Fitted: the department's province chose: its own template, which the tables do not fit best, but nearly; or, having none,
     * the 财政部 format of the year, which the tables fit as well as another province's by their titles and columns.
     */
    readonly byProvince?: boolean;
    /** Fitted: the department's province, where its name or a header line names one for sure (departmentProvince). */
    readonly province?: string;
    /**
     * Fitted by the province to the 财政部 format: why not the province's own, where it has none (`none`), none of the
     * report's year (`otherYears`), or one the tables overruled (`overruled`).
     */
    readonly provinceTemplates?: 'none' | 'otherYears' | 'overruled';
    /** Fitted by the province to the 财政部 format: the tables print their numbers alone, no title or columns. */
    readonly numbersOnly?: boolean;
    /** Fitted: of `alike`, the templates of a province the department is not of (a 新疆 zone's tables fitting 上海's as well). */
    readonly elsewhere?: readonly ReportTemplate[];
    /** Mismatch or variant: no table prints a label, their titles in order fit the other template. */
    readonly byOrder?: boolean;
    /** Mismatch: the department is of another province than the named template's; fitted: than the chosen one's. */
    readonly otherProvince?: boolean;
}

export interface SectionModel {
    /** 部门概况, 情况说明, or a project's name */
    readonly name: string;
    readonly rows: RowModel[];
    /** The project whose performance table this section holds. */
    readonly project?: Project;
}

/**
 * Everything a report states and implies, computed once per document build from the AST:
 * figures with their rounding intervals, figures derived where the source is silent, and the
 * relations between them. The checks, hovers, preview and generator all read this.
 */
export interface ReportModel {
    readonly report: Report;
    readonly meta: ReportMeta;
    /** The template the report is checked and printed against. */
    readonly template: ReportTemplate;
    readonly templateChoice: TemplateChoice;
    readonly tables: ReadonlyMap<number, TableModel>;
    /**
     * Each 附表 of the source with its label and number (see resolveTableLabels), a second one of a number too; neither a
     * table's later page (`continued`) nor a page going on no table (isOrphanPage).
     */
    readonly tableLabels: ReadonlyMap<Table, TableLabel>;
    /** Each page of a table split over pages (收入决算表（续）) with the table it continues: no table of its own. */
    readonly continued: ReadonlyMap<Table, Table>;
    readonly sections: readonly SectionModel[];
    readonly projects: readonly Project[];
    /** Every row of every table and section, parents before their children. */
    readonly rows: readonly RowModel[];
    /** The row and column each figure of `rows` is the cell of: the prose's readers ask it per claim. */
    readonly cells: ReadonlyMap<Figure, { readonly row: RowModel; readonly column: string }>;
    /** The texts, figures and indicators of the syntax tree, found in one walk. */
    readonly nodes: ReportNodes;
    /**
     * Whether the report writes thousands separators (64,999,264.21), decided once from its figures
     * (see digit-groups.ts): the generated report, messages, hovers and quick fixes print figures so.
     */
    readonly groupsDigits: boolean;
    readonly relations: readonly Relation[];
    /** Figures that may not exceed others (其中 rows), apart from the equalities. */
    readonly limits: readonly Limit[];
    /** Rates stated against a base of zero. */
    readonly zeroBases: readonly ZeroBase[];
    readonly derivations: ReadonlyMap<Figure, Derivation>;
    readonly references: ReferenceIndex;
    /** The arithmetic, for readers that need a figure the source does not state. */
    readonly arithmetic: RelationBuilder;
}

/**
 * The line above a table as the report prints it, its pieces apart by | (河北: 单位行 「931石门县东岭镇人民政府 | 决算年度：2024 |
 * 单位：万元」; 编制单位：… | 2024年度 | 单位：万元; 金额单位：万元): written once for every table, or in a table for that one.
 */
export const TABLE_META_KEY = '单位行';

/**
 * A table's printed unit line written out of the header, above or after a table (金额单位：万元): no cover line; checked by the
 * unit rule. 金额单位 「万元」 is a cover line like any other, its key not the line's token.
 */
export function isPrintedUnitLine(field: MetaField): boolean {
    const key = GrammarUtils.findNodeForProperty(field.$cstNode, 'key');
    return key !== undefined && isLeafCstNode(key) && key.tokenType.name === 'UNIT_LINE_KEY';
}

/**
 * How the contents list the tables, where they print their labels (福建: 表1 收入支出决算总表): 目录 「表号和表名」, or
 * 目录 「序号、表号和表名」 (一、表1 收入支出决算总表). Without it a label before a title may be the template's alone (表 6).
 * How deep they go where they list less than every part, section and table: 目录 「部分」, 「部分和各节」, 「部分、概况各节和各表」,
 * 「无」 (the layout's). A line may say both (目录 「部分、概况各节和各表，序号和表名」), or two lines each one.
 */
export const CONTENTS_KEY = '目录';

/**
 * How a table's page heads it where the report says: 表题 「表号和表名」, the label and the title on one line (广东: 表1
 * 收入支出决算总表, its contents listing 一、收入支出决算总表); without it the label stands above the title, on its right
 * (公开01表, as the 决算 software's pages print it).
 */
export const TABLE_TITLE_KEY = '表题';

/**
 * Whether the tables part lists its tables' titles under its heading before their pages, where the report says: 表名列表 「印」
 * (海南: 第二部分 …决算公开表, then 一、收入支出决算公开表 … 九、 one a line) or 「不印」 (the pages right after the heading);
 * without it as the template's reports do.
 */
export const TABLE_LIST_KEY = '表名列表';

/**
 * The cover's title lines as the report prints them (广东: 封面 「2021年茂名市城乡规划设计服务中心（本级）部门决算」), year and
 * department in them: printed in place of the year, department and title the layout composes.
 */
export const COVER_KEY = '封面';

export function buildReportModel(report: Report, templates: readonly ReportTemplate[] = TEMPLATES): ReportModel {
    const fields = report.parts.filter(isMetaField);
    const meta = readMeta(fields, report);
    const continued = continuedTables(report);
    const pagesOf = new Map<Table, Table[]>();
    for (const [page, first] of continued) pagesOf.set(first, [...pagesOf.get(first) ?? [], page]);
    const tableNodes = report.parts.filter(isTable).filter(node => !continued.has(node) && !isOrphanPage(node, continued)).map(node => ({ node, label: tableLabelOf(node) }));
    const { template, choice } = chooseTemplate(meta, fields, tableNodes, templates);
    const tables = new Map<number, TableModel>();
    const tableLabels = resolveTableLabels(tableNodes.map(t => t.node), template);
    for (const [node, label] of tableLabels) {
        const table = buildTable(node, pagesOf.get(node) ?? [], label, template, meta.unit);
        if (table && !tables.has(table.number)) tables.set(table.number, table);
    }
    const sections: SectionModel[] = [];
    const entries: Entry[] = [];
    for (const part of reportParts(report)) {
        if (isOverview(part) || isExplanation(part)) {
            const name = isOverview(part) ? '部门概况' : '情况说明';
            // a heading over sections (二、关于…决算情况说明 { … }) is no row of figures
            const held = sectionEntries(part.entries);
            sections.push({ name, rows: buildRows(held, { amountUnit: meta.unit, context: name, aliases: template.rowAliases }) });
            for (const entry of held) entries.push(entry);
        }
    }
    // a form written in a table (十、部门预算项目支出绩效自评表, as the contents list it) is a project as in 情况说明: its rows
    // are no rows of the table, and it prints with the others (project-place says where it belongs)
    const projects = collectProjects([...entries, ...tableNodes.flatMap(t => t.node.entries)]);
    for (const project of projects) {
        sections.push({ name: project.name, project, rows: buildRows(project.entries, { amountUnit: meta.unit, context: `项目「${project.name}」`, aliases: template.rowAliases }) });
    }
    // a second 附表 of the same number is not in `tables`: its rows stand under its own header
    const columnsOf = new Map<Table, readonly string[]>([...tables.values()].map(t => [t.node, t.columns]));
    for (const [page, first] of continued) if (columnsOf.has(first)) columnsOf.set(page, columnsOf.get(first)!);
    const nodes = collectNodes(report, node => columnsOf.get(node) ?? figureColumnNames(node));
    // decided when first asked: most builds print no formula and no generated report
    let grouped: boolean | undefined;
    const groupsDigits = () => grouped ??= writesDigitGroups(nodes);
    let references: ReferenceIndex | undefined;
    let cells: Map<Figure, { row: RowModel; column: string }> | undefined;
    const arithmetic = new RelationBuilder(template, tables, sections, groupsDigits);
    arithmetic.build();
    const rows: RowModel[] = [];
    walkRows([...[...tables.values()].flatMap(t => t.rows), ...sections.flatMap(s => s.rows)], row => rows.push(row));
    return {
        report, meta, template, templateChoice: choice, tables, tableLabels, continued, sections, projects, rows, nodes,
        get groupsDigits() { return groupsDigits(); },
        relations: arithmetic.relations,
        limits: arithmetic.limits,
        zeroBases: arithmetic.zeroBases,
        derivations: arithmetic.derivations,
        // made when first asked: a report without 【】 references and with its prose right has it never asked
        get references() { return references ??= new ReferenceIndex(tables.values(), sections, template, fields.some(f => f.key === LAST_YEAR_KEY)); },
        // made when first asked, like references: most checks read no share's cells
        get cells() { return cells ??= cellsOf(rows); },
        arithmetic,
    };
}

/** Each figure's row and column, the first row holding it. */
function cellsOf(rows: readonly RowModel[]): Map<Figure, { row: RowModel; column: string }> {
    const cells = new Map<Figure, { row: RowModel; column: string }>();
    for (const row of rows) for (const [column, figure] of row.cells) if (!cells.has(figure)) cells.set(figure, { row, column });
    return cells;
}

function readMeta(fields: readonly MetaField[], report: Report): ReportMeta {
    const get = (key: string) => fields.find(f => f.key === key)?.value;
    const year = Number.parseInt(get('年度') ?? '', 10);
    // The report's own name for itself decides: its headings saying 单位决算 or 部门决算 (the more often
    // written wins); only where they say neither, or both as often, does an overview or a part headed
    // 单位概况 make it a unit's (第一部分 单位概况 beside 第二部分 部门决算情况说明, 第四部分 部门决算报表 is a 部门决算).
    // a part headed one way in the contents and another over its pages (部分 「…」 「…」) names the report in either, once:
    // it is one heading of the report, printed twice
    const heads = fields.filter(f => ['部门', '全称', '简称', '部分'].includes(f.key)).map(f => `${f.value ?? ''}\n${f.bodyValue ?? ''}`);
    const naming = (name: RegExp) => heads.filter(value => name.test(value)).length;
    const unitNamed = naming(/单位决算/), departmentNamed = naming(/部门决算/);
    const unitReport = unitNamed !== departmentNamed
        ? unitNamed > departmentNamed
        : reportParts(report).some(p => isOverview(p) && p.kind === '单位概况') || fields.some(f => f.key === '部分' && /单位概况/.test(`${f.value ?? ''} ${f.bodyValue ?? ''}`));
    const listed = get(TABLE_LIST_KEY);
    const titled = fields.findIndex(f => f.key === '部门' || f.key === COVER_KEY);
    // a bare 目录 line stands where the contents' heading prints: the printed lines written after it go under it
    const contentsAt = fields.findIndex(f => f.key === CONTENTS_KEY && f.value === undefined);
    // a line written after a 目录 line and a 部分 line after it: after the contents' last line
    const listedAt = fields.findIndex((f, i) => f.key === '部分' && fields.slice(0, i).some(c => c.key === CONTENTS_KEY));
    const afterContents = (i: number) => listedAt >= 0 && i > listedAt;
    const underContents = (i: number) => contentsAt >= 0 && i > contentsAt && !afterContents(i);
    return {
        unitReport,
        department: get('部门'),
        fullName: get('全称'),
        shortName: get('简称'),
        year: Number.isFinite(year) ? year : undefined,
        unit: reportUnit(report),
        published: get('公开时间'),
        publishedUnderContents: underContents(fields.findIndex(f => f.key === '公开时间')),
        template: get('模板'),
        coverLines: fields.flatMap((f, i) => isMetaKey(f.key) || f.key === TABLE_META_KEY || isPrintedUnitLine(f) || f.key === CONTENTS_KEY || f.key === COVER_KEY || f.key === TABLE_TITLE_KEY || f.key === TABLE_LIST_KEY || f.value === undefined ? []
            : [{ key: f.key, value: f.value, ...(f.colon ? { colon: f.colon } : {}), ...(i < titled ? { over: true } : {}), ...(underContents(i) ? { underContents: true } : {}), ...(afterContents(i) ? { afterContents: true } : {}) }]),
        tableMeta: fields.find(f => f.key === TABLE_META_KEY)?.value,
        // one line may say both how deep the contents go and how they list the tables, or two lines each say one
        tableTitle: get(TABLE_TITLE_KEY),
        tableList: listed === undefined ? undefined : !listed.includes('不'),
        cover: fields.some(f => f.key === COVER_KEY) ? fields.flatMap(f => f.key === COVER_KEY && f.value?.trim() ? [f.value.trim()] : []) : undefined,
        contents: fields.some(f => f.key === CONTENTS_KEY) ? fields.flatMap(f => f.key === CONTENTS_KEY && f.value !== undefined ? [f.value] : []).join('，') : undefined,
    };
}

/**
 * The department's name and full name, as fitting reads where it is: with the place a header line prints before them where
 * they name none (封面 「南县财政局」 over 部门 「财政局」).
 */
function departmentOf(meta: ReportMeta, fields: readonly MetaField[]): string {
    const lines = fields.flatMap(f => (f.key === '部门' || f.key === '全称' || f.key === '模板' ? [] : [f.value ?? '', f.bodyValue ?? '']));
    return `${departmentWithPlace(meta.department ?? '', lines)}${meta.fullName ?? ''}`;
}

/** The template a report is checked against, and how it was chosen (see TemplateChoice). */
function chooseTemplate(meta: ReportMeta, fields: readonly MetaField[], tables: readonly { node: Table; label: TableLabel }[],
    templates: readonly ReportTemplate[]): { template: ReportTemplate; choice: TemplateChoice } {
    // tables written by their title alone say nothing of a template's numbering
    const written = tables.flatMap(({ node, label: { number, style, ordinal } }) =>
        number === undefined || style === '表名' ? [] : [{ number, style, title: node.title, ordinal, heads: headsOf(node) }]);
    const department = departmentOf(meta, fields);
    const unnumbered = tables.flatMap(({ node, label }) => (label.style === '表名' && node.title !== undefined ? [node.title] : []));
    const fits = fitTemplates(written, meta.year, department, templates, unnumbered, rolesPrintedAsRows(tables));
    const best = fits[0];
    const field = fields.find(f => f.key === '模板');
    if (!field) {
        // a department naming its province stands for its province's template as a 模板 line would: a format the tables
        // fit a little better (上海's district printing the 财政部 title of 表九) does not overrule it, one they clearly fit does
        const where = departmentProvince(department);
        const province = where?.province;
        const said = where?.sure ? province : undefined;
        const own = best.ownProvince ? undefined : fits.find(f => f.ownProvince && (meta.year === undefined || covers(f.template, meta.year)));
        if (own && !overruling(own.template, meta, tables, templates, department)) {
            return { template: own.template, choice: { how: 'fitted', alike: [], ownProvince: true, byProvince: true, province: said } };
        }
        // a department of a province without a format of its own for the year (天津, 北京) stands for the 财政部 format of its
        // year: table numbers alone (天津's 表10 and 表11, which 四川 2020's fourteen have) do not carry it to another province's
        // format; more titles or columns at their numbers there do (a 广东 department's 附表6 titled as 四川's)
        // a format the tables fit only by numbers the 财政部 one lacks (北京's 表10–13) does not overrule it: only more tables matched
        const ofProvince = provinceStandard(department, best, meta.year, templates);
        const standard = ofProvince && fits.find(f => f.template === ofProvince);
        if (standard && best.matched <= standard.matched && !overruling(standard.template, meta, tables, templates, department, true)) {
            const provinceTemplates = own ? 'overruled' : templates.some(t => t.province === province) ? 'otherYears' : 'none';
            const numbersOnly = written.every(t => t.title === undefined && !t.heads?.length);
            return { template: standard.template, choice: { how: 'fitted', alike: [], ownProvince: false, byProvince: true, province: said, provinceTemplates, numbersOnly } };
        }
        const alikeFits = fits.filter(f => f !== best && f.tables === best.tables);
        const elsewhere = alikeFits.filter(f => f.otherProvince).map(f => f.template);
        return { template: best.template, choice: { how: 'fitted', alike: alikeFits.map(f => f.template), ownProvince: best.ownProvince, elsewhere,
            otherProvince: best.otherProvince, province: said } };
    }
    const match = findTemplate(field.value ?? '', meta.year, templates);
    if (match.kind === 'unknown') return { template: best.template, choice: { how: 'unknown', field } };
    const named = fits.find(f => f.template === match.template)!;
    // the tables were written for another template: checked against it, said once
    const margin = (fit: typeof best) => fit.matched - fit.mismatched;
    // a name several templates answer to chose by the year; tables printed in another of them choose it, by titles or columns
    // that fit it: more of them at their numbers, and their order no worse. Numbers alone (a province's own table shifting the
    // later ones: 天津's 表3) only tell what fits neither
    const bestAmong = match.kind === 'exact' ? fits.find(f => match.among?.includes(f.template)) : undefined;
    if (bestAmong && bestAmong.template !== named.template && margin(bestAmong) > margin(named) && bestAmong.matched > named.matched
        && titlesInOrderFit(bestAmong.template, tables, meta.year, department, templates) >= titlesInOrderFit(named.template, tables, meta.year, department, templates)) {
        return { template: bestAmong.template, choice: { how: 'variant', field, named: named.template } };
    }
    // the 财政部 format named by a department of a province without its own (天津 tagged 全国): numbers it lacks do not
    // overrule it, as they do not choose it away without the line
    const standardOfProvince = named.template === provinceStandard(department, best, meta.year, templates);
    const overruled = overruling(named.template, meta, tables, templates, department, standardOfProvince);
    // a province's format of other years than the report's, whose tables fit the format of the report's year as well (四川 2020 on a
    // 2023 report printing the 2024 附表, or only tables both print): the year's format, said once, unless tables written for
    // another template overrule it; tables fitting the named format better keep it (a department printing last years' format)
    const ofYear = meta.year === undefined ? named : fits.find(f => f.template === templateForYear(named.template, meta.year!, templates))!;
    if (ofYear !== named && ofYear.tables >= named.tables && (!overruled || overruled.template === ofYear.template)) {
        const overruledYear = overruling(ofYear.template, meta, tables, templates, department);
        if (!overruledYear) {
            const alike = ofYear.tables === named.tables ? [named.template] : [];
            return { template: ofYear.template, choice: { how: 'other-year', field, named: named.template, year: meta.year, alike } };
        }
        const { template, byOrder, elsewhere } = overruledYear;
        return { template, choice: { how: 'mismatch', field, named: named.template, byOrder, otherProvince: elsewhere } };
    }
    // named for other years, and fitting the tables worse than another province's format (or the 财政部's): its year does not
    // hold it against the tables, which choose as they do without a name
    if (ofYear !== named && !overruled && best.tables > named.tables && best.template.province !== named.template.province) {
        return { template: best.template, choice: { how: 'mismatch', field, named: named.template, byOrder: written.every(t => t.style === '目录') } };
    }
    if (overruled) {
        const { template, byOrder, elsewhere } = overruled;
        // the format the name gives for the report's year, while the tables fit another year's format of the
        // same province (云南 2019 prints eight tables of its own, 七 where 2022 puts the same table): the name
        // was right, as for a name several formats answer to — said the same way, not as an error
        const sibling = template.province === named.template.province && meta.year !== undefined && covers(named.template, meta.year);
        return { template, choice: { how: sibling ? 'variant' : 'mismatch', field, named: named.template, byOrder, otherProvince: elsewhere } };
    }
    if (match.kind === 'nearest') return { template: match.template, choice: { how: 'nearest', field, named: match.template, year: match.year } };
    return { template: match.template, choice: { how: 'named', field, named: match.template } };
}

/**
 * The 财政部 format of the year standing for a department's province where the tables fit another province's format best:
 * its province has no format of its own for the year, or the tables would have fitted that one.
 */
function provinceStandard(department: string, best: TemplateFit, year: number | undefined, templates: readonly ReportTemplate[]): ReportTemplate | undefined {
    return departmentProvince(department) !== undefined && best.otherProvince ? standardTemplate(year, templates) : undefined;
}

/**
 * The template the tables were written for where they overrule `named` (a `模板` line's, the department's province's, or the
 * 财政部 format of the year for a province without one of its own),
 * judged as fitting judges them. Numbered as the contents number them (一、…), tables are in the report's own order,
 * whose numbers say nothing against the template named: printed labels (表五, 附表5, 公开05表) can, and where none is
 * printed, the titles in their order do (a list of the 财政部 nine, 三公 last, tagged with a province's fourteen): what
 * the list passes over counts against. It takes three tables more; where the department is of the province of the
 * template the tables fit best, one, as fitting without 模板 weighs them (泸州's tables tagged 全国); where it is of
 * another province than the named template's, none: tables fitting the other as well (a 县's 财政部 format tagged 上海).
 * `byMatched` counts the tables matched, not matched less mismatched: numbers the named format lacks (北京's 表10–13 beside
 * the 财政部 nine) are no table fitting the other.
 */
function overruling(named: ReportTemplate, meta: ReportMeta, tables: readonly { node: Table; label: TableLabel }[],
    templates: readonly ReportTemplate[], department: string, byMatched = false): { template: ReportTemplate; byOrder: boolean; elsewhere: boolean } | undefined {
    const printed = tables.flatMap(({ node, label: { number, style, ordinal } }) =>
        number === undefined || style === '表名' || style === '目录' ? [] : [{ number, style, title: node.title, ordinal, heads: headsOf(node) }]);
    const byOrder = printed.length === 0;
    const labelled = fitTemplates(byOrder ? listedInOrder(tables) : printed, meta.year, department, templates);
    const [best] = labelled;
    const fitNamed = labelled.find(f => f.template === named)!;
    if (best.template === named || best.matched < 3) return undefined;
    const elsewhere = fitNamed.otherProvince && best.template.province !== named.province;
    const ownProvince = best.ownProvince && best.template.province !== named.province;
    const margin = (fit: TemplateFit) => fit.matched - fit.mismatched;
    const score = (fit: TemplateFit) => byOrder || elsewhere || ownProvince ? fit.tables : byMatched ? fit.matched : margin(fit);
    const lead = elsewhere ? 0 : ownProvince ? 1 : 3;
    if (score(best) < score(fitNamed) + lead) return undefined;
    // labels fitting another format by their numbers while the titles, in the report's order, fit the named one better: the
    // numbers are shifted by a table of the report's own (天津's 表3), not printed for the other format
    if (!byOrder && titlesInOrderFit(best.template, tables, meta.year, department, templates) < titlesInOrderFit(named, tables, meta.year, department, templates)) return undefined;
    return { template: best.template, byOrder, elsewhere };
}

/**
 * The roles of template tables whose figures the report prints as rows of a table titled otherwise (TABLES_PRINTED_AS_ROWS:
 * “三公”经费支出 in 内蒙古's 机构运行信息表), read before a template is chosen.
 */
function rolesPrintedAsRows(tables: readonly { node: Table }[]): TableRole[] {
    return TABLES_PRINTED_AS_ROWS.filter(({ row }) => tables.some(({ node }) => node.title !== undefined && !row.test(node.title)
        && node.entries.some(entry => isRow(entry) && row.test(entry.name ?? '')))).map(t => t.role);
}

/** The columns a table printed by its number alone names (its title, where printed, tells instead), without their units of money. */
function headsOf(node: Table): string[] | undefined {
    return node.title === undefined ? figureColumnNames(node).map(name => columnMoneyUnit(name).name) : undefined;
}

/** How many of the report's titled tables, read in the order it prints them, are the template's tables in its order. */
function titlesInOrderFit(template: ReportTemplate, tables: readonly { node: Table }[], year: number | undefined, department: string,
    templates: readonly ReportTemplate[]): number {
    const titled = tables.flatMap(({ node }) => (node.title === undefined ? [] : [node.title]))
        .map((title, index): WrittenTable => ({ number: index + 1, style: '目录', title }));
    return fitTemplates(titled, year, department, templates).find(f => f.template === template)!.matched;
}

/** Tables without a printed label (一、收入决算表, or its title alone), numbered in the order the report prints them. */
function listedInOrder(tables: readonly { node: Table; label: TableLabel }[]): WrittenTable[] {
    return tables.filter(({ node, label }) => node.title !== undefined && (label.style === '目录' || label.style === '表名'))
        .map(({ node }, index) => ({ number: index + 1, style: '目录', title: node.title }));
}

/** `pages` are the table's pages after its first (see continuedTables): their rows are its own. */
function buildTable(node: Table, pages: readonly Table[], label: TableLabel, template: ReportTemplate, unit: string): TableModel | undefined {
    const number = label.number;
    const entries = [...node.entries, ...pages.flatMap(page => page.entries)];
    if (number === undefined) return undefined;
    const placed = template.tables.find(t => t.number === number);
    // a table of the department's own, numbered after the template's, titled as a template table another table of the
    // report is (北京 2022: 五、一般公共预算财政拨款收入支出决算表 beside 六、一般公共预算财政拨款支出决算表): its columns
    // are that table's, and keep its sums (年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余), tied to no other table
    const variantOf = placed && isTitleOf(placed, node.title ?? placed.title) || node.title === undefined ? undefined
        : template.tables.find(t => isVariantOf(t, node.title!) || (placed === undefined && isTitleOf(t, node.title!)));
    // a part of another table standing at this one's number (山西: 六、一般公共预算财政拨款支出决算表（二） where the
    // 基本支出 table stands): placed there, but neither table's figures for sure, so tied to none
    const readAs = variantOf && variantOf !== placed ? undefined : placed;
    // subject codes all of the other classification (经济分类 301… where the template's table holds 功能分类 2…: 云南's
    // 项目支出 table by function, 山西's 基本支出 part at the number of another template's 一般公共预算 table) make it
    // another table than the template's at its number or title: its figures are its own, tied to none
    const codes = codeClassOf(entries);
    const otherCodes = readAs?.codes !== undefined && codes !== undefined && readAs.codes !== codes ? readAs : undefined;
    // written by its number alone, with columns or named rows of other tables (another province's numbering): not its number's either
    const unlike = otherCodes || !readAs ? undefined : misfitOf(template, readAs, node);
    const tableTemplate = otherCodes || unlike ? undefined : readAs;
    const variant = variantOf === placed ? undefined : variantOf;
    // the template's names for the columns 列【…】 lists (本年支出合计 → 合计)
    const aliases = (tableTemplate ?? variant)?.columnAliases;
    // a unit of money printed in a column's name (决算数（万元）) is its figures' unit, the name the column's
    const printedNames = node.columns ? figureColumnNames(node) : [];
    // only in a template's table, where table-shape says so: a table of the department's own is never re-read silently
    const missingSubtotal = node.columns && tableTemplate ? missingGroupSubtotal(node, printedNames, tableTemplate) : undefined;
    // read as the rows print it: the group's own figure before its columns
    if (missingSubtotal) printedNames.splice(missingSubtotal.at, 0, `${missingSubtotal.heading}${COLUMN_GROUP_JOINT}${missingSubtotal.name}`);
    const named = printedNames.map(columnMoneyUnit);
    const written = named.map(column => column.name);
    const known = [tableTemplate, variant, placed].flatMap(t => [...t?.columns ?? [], ...t?.extraColumns ?? []]);
    const headings = new Map<string, string>();
    written.forEach((name, i) => {
        // a template's column printed under a heading over several (本年支出·小计 for 本年支出) keeps that heading
        const grouped = templateColumnName(name, known, aliases);
        const canonical = aliases?.get(name) ?? (grouped !== name ? grouped : named[i].unit !== undefined ? name : undefined);
        if (canonical !== undefined && !headings.has(canonical)) headings.set(canonical, printedNames[i]);
    });
    const columnUnits = named.some(column => column.unit !== undefined) ? named.map(column => column.unit) : undefined;
    const shape = node.columns ? undefined : tableShape(entries, tableTemplate ?? (placed && variant ? variant : undefined), node.title ?? tableTemplate?.title ?? '');
    const read = (names: readonly string[]) => names.map(name => aliases?.get(name) ?? templateColumnName(name, known, aliases));
    const columns = node.columns ? read(written) : [...shape?.columns ?? ['决算数']];
    // a page repeating the header (by the template's names: 列【合计 …】 and 列【本年支出合计 …】 agree), as printed, without the
    // group's 小计 put in
    const header = (page: Table) => read(figureColumnNames(page).map(name => columnMoneyUnit(name).name)).join('\u0000');
    // a page repeating only the lowest row of a header printed over two (预算数 { 合计 基本支出 } … / page break / 合计 基本支出 …)
    const lowestRow = (page: Table) => read(figureColumnNames(page).map(name => columnMoneyUnit(name).name.split(COLUMN_GROUP_JOINT).at(-1)!)).join('\u0000');
    const otherHeaders = node.columns ? pages.filter(page => page.columns && header(page) !== header(node) && header(page) !== lowestRow(node)) : [];
    const rowNumbers = rowNumberRows(entries, columns.length);
    // the table-shape check names them; the checks and the prose readings leave them alone
    const foreign = new Set(tableTemplate ?? variantOf ? columns.filter(column => !known.includes(column) && !COUNT_COLUMN.test(column)) : []);
    // named as the report prints it (公开05表, 表八, its title where it prints no number), so that
    // messages and suggested references say what the user finds in the source
    const printed = printedLabel(label, node.title) ?? template.tableLabel(number);
    // `empty` is settled once the rows are read: a note may say 本表无数据
    const notes = textFieldsIn(entries);
    const title = node.title ?? tableTemplate?.title ?? printed;
    // a table printing a unit things are counted in (单位行 「单位：人」 over a staff table of a 万元 report) holds counts, not money
    const ownLine = notes.find(note => note.key.trim() === TABLE_META_KEY);
    const countUnit = ownLine && tableMetaUnits(ownLine.text).find(written => COUNT_UNIT.test(written));
    const subjectTotal = subjectTotalOf(entries, title, template.totalRow, tableTemplate, template.rowAliases);
    const table: Omit<TableModel, 'empty' | 'unplacedRows'> & { empty: boolean; unplacedRows?: readonly RowModel[] } = {
        number,
        label: printed,
        written: label,
        node,
        title,
        template: tableTemplate,
        variantOf: variant,
        otherCodes,
        ...unlike ? { unlike: { table: readAs!, like: unlike } } : {},
        columns,
        ...columnUnits ? { columnUnits } : {},
        ...countUnit ? { countUnit } : {},
        foreign,
        headings,
        rows: [],
        empty: node.empty !== undefined,
        notes,
        budgetKind: budgetKindOf(notes, tableTemplate),
        ...shape?.spendingOnly ? { spendingOnly: true } : {},
        ...missingSubtotal ? { missingSubtotal } : {},
        ...subjectTotal ? { subjectTotal } : {},
        ...otherHeaders.length > 0 ? { otherHeaders } : {},
        rowNumbers,
    };
    // rows all subject codes of one classification nest as printed flat (201, 20128, 2012801), in a table of the
    // template's or not: the sums of a department's own table, or one whose codes are not its number's, are by 类 too
    const context = { table, columns, columnUnits, amountUnit: countUnit ?? unit, context: printed, aliases: template.rowAliases, nestCodes: tableTemplate?.codes !== undefined || codes !== undefined, rowNumbers };
    // a loop, not push(...rows): spreading more than ~120,000 rows into one call overflows the stack
    for (const row of buildRows(entries, context)) table.rows.push(row);
    const unplaced = pages.flatMap(page => unplacedRows(table, page, template));
    if (unplaced.length > 0) table.unplacedRows = unplaced;
    table.empty ||= saysNoData(table);
    return table;
}

/**
 * The columns of a table written without 列【…】: its template's; a fund's (TableTemplate.account) as its rows' figures
 * show it printed: in full where its 合计 row or most of its rows carry more figures than the spending's three (one
 * stray figure is a slip, not another printing); its spending alone under a spending title, or under a 收入支出 title
 * where every row's figures add up as the spending's (小计 = 基本支出 + 项目支出); else in the template's order, its
 * trailing columns left off (年初结转和结余, 本年收入, 本年支出).
 */
function tableShape(entries: readonly Entry[], template: TableTemplate | undefined, title: string): { columns: readonly string[]; spendingOnly?: boolean } | undefined {
    const account = template?.account;
    if (!template || !account) return template;
    const rows = figureRows(entries);
    const width = account.spending.length;
    const wide = rows.filter(row => row.cells.length > width);
    const total = rows.find(row => row.name === '合计');
    if ((total && total.cells.length > width) || wide.length * 2 > rows.length) return { columns: account.printed };
    if (wide.length > 0 || rows.length === 0) return template;
    const spending = !account.title.test(title) || (rows.some(row => row.cells.length > 1) && rows.every(row => addsUpAsSpending(row.cells.map(cell => cell.value))));
    return spending ? { columns: account.spending, spendingOnly: true } : template;
}

/**
 * A heading over several columns written without the group's own figure (`基本支出 { 人员经费 公用经费 }`) over rows that
 * print one figure more than 列【…】 names, that figure standing before the group's and equal to their sum on every such row
 * (a blank as 0): the header has lost the group's 小计, which the rows print. Found only where one group fits, and some
 * row's subtotal is no zero (0 = 0 + 0 tells nothing); `at` is the place of the missing column among the figure columns.
 */
function missingGroupSubtotal(node: Table, columns: readonly string[], template: TableTemplate): MissingSubtotal | undefined {
    // a row printing its 行次 first (1 2 3 …) has its one figure more from that, not from a lost 小计
    const numbered = rowNumberRows(node.entries, columns.length);
    const rows = figureRows(node.entries).filter(row => !numbered.has(row));
    const full = rows.filter(row => row.cells.length === columns.length + 1);
    if (full.length === 0 || full.length * 2 < rows.length || rows.some(row => row.cells.length > columns.length + 1)) return undefined;
    const found: MissingSubtotal[] = [];
    for (const name of node.columns?.names ?? []) {
        const group = columnGroup(name);
        if (!group || group.columns.length < 2 || group.columns.some(isGroupTotal)) continue;
        const at = columns.indexOf(`${group.heading}${COLUMN_GROUP_JOINT}${group.columns[0]}`);
        if (at < 0) continue;
        const values = full.map(row => row.cells.slice(at, at + group.columns.length + 1).map(cell => cell.value));
        // one row of four or more may misfit: a 小计 typed wrong, which the sums then tell at its row
        const misfits = values.filter(cells => !addsUpAsSpending(cells)).length;
        if (misfits <= (values.length >= 4 ? 1 : 0) && values.some(([subtotal]) => !isBlankCell(subtotal) && !parseLiteral(subtotal)?.value.isZero())) {
            found.push({ heading: group.heading, columns: group.columns, at, name: groupTotalName(group.heading, group.columns, template) });
        }
    }
    return found.length === 1 ? found[0] : undefined;
}

/**
 * How the template names a group's own figure under its heading: as it prints that heading (本年支出 over 小计 基本支出
 * 项目支出); else, under a heading no column of the sum, by the column the group's columns add up to (决算数 over 合计
 * 基本支出 项目支出; 合计, the word read as it, for 本年支出合计); else 小计, read as the heading's own column (基本支出 { 小计
 * 人员经费 公用经费 }).
 */
function groupTotalName(heading: string, columns: readonly string[], template: TableTemplate): string {
    const printed = template.columnHeads?.find(head => head.head === heading);
    if (printed) return printed.first;
    const parts = columns.map(column => template.columnAliases?.get(column) ?? column);
    const sum = template.columnSums?.find(s => s.parts.length === parts.length && s.parts.every((part, i) => part.sign === 1 && part.column === parts[i]));
    const own = template.columnAliases?.get(heading) ?? heading;
    if (!sum || sum.total === own) return '小计';
    // as a header prints it: the column where it is a total word, else the one the template reads as it (合计 for 本年支出合计),
    // its name where none
    if (isGroupTotal(sum.total)) return sum.total;
    return [...template.columnAliases ?? []].find(([word, column]) => column === sum.total && isGroupTotal(word))?.[0] ?? sum.total;
}

/** The rows of `entries` that carry figures, their rows' rows included. */
function figureRows(entries: readonly Entry[], found: Row[] = []): Row[] {
    for (const entry of entries) {
        if (!isRow(entry)) continue;
        if (entry.cells.length > 0) found.push(entry);
        figureRows(entry.entries, found);
    }
    return found;
}

/**
 * Whether a row's figures read as a spending's total, 基本支出 and 项目支出 (a blank is 0): the first the others' sum, to
 * a unit of the last place written (rounding); two, the first no less than the second; one, a total alone.
 */
function addsUpAsSpending(cells: readonly string[]): boolean {
    const read = cells.map(text => isBlankCell(text) ? { value: new Decimal(0), decimals: 0, percent: false } : parseLiteral(text));
    if (read.some(literal => !literal || literal.percent)) return false;
    const [first, ...rest] = read.map(literal => literal!.value);
    const parts = rest.reduce((sum, value) => sum.plus(value), new Decimal(0));
    if (rest.length < 2) return first.gte(parts);
    const unit = new Decimal(10).pow(-Math.max(...read.map(literal => literal!.decimals)));
    return first.minus(parts).abs().lte(unit);
}

/** The classification every subject code of the rows is of (功能分类 2…, 经济分类 3… or 5…); none where they mix or none is written. */
function codeClassOf(entries: readonly Entry[]): '功能分类' | '经济分类' | undefined {
    let found: '功能分类' | '经济分类' | undefined;
    let mixed = false;
    const visit = (list: readonly Entry[]) => {
        for (const entry of list) {
            if (mixed || !isRow(entry)) continue;
            const { code } = rowCode(entry);
            // a code printed as its own segment only (05 under 208) is of its 类's classification
            if (code && code.length > 2) {
                const kind = code.startsWith('2') ? '功能分类' : /^[35]/.test(code) ? '经济分类' : undefined;
                if (kind === undefined || (found !== undefined && found !== kind)) mixed = true;
                found = kind;
            }
            visit(entry.entries);
        }
    };
    visit(entries);
    return mixed ? undefined : found;
}

/**
 * Which budget the budget column holds: the report's own note first (预算数为“三公”经费年初预算数 /
 * 全年预算数，反映按规定程序调整后的预算数), else the template's; formats print either for the same table
 * (templates' SOURCES.md, 三公).
 */
function budgetKindOf(notes: readonly TextField[], template: TableTemplate | undefined): BudgetColumnKind | undefined {
    if (!template?.budgetColumn) return undefined;
    for (const note of notes) {
        const named = noteBudgetKind(note);
        if (named) return named;
    }
    return template.budgetColumnKind;
}

/** The budget a table's note says its budget column holds (预算数为“三公”经费年初预算数), if it says. */
export function noteBudgetKind(note: TextField): BudgetColumnKind | undefined {
    const named = /预算数为[^。；;]*?(年初|全年|调整)/.exec(note.text ?? '');
    return named ? (named[1] === '年初' ? '年初预算' : '全年预算') : undefined;
}


/**
 * The rows a continued page starts with that may go on the 其中 block the page before ended in (办公费 { 其中： 印刷费 } /
 * page break / 邮电费 差旅费): flat, with no code, none of the template's rows; where its first row is not such, none.
 */
function unplacedRows(table: TableModel, page: Table, template: ReportTemplate): RowModel[] {
    const first = page.entries.find(isRow);
    const at = table.rows.findIndex(row => row.node === first);
    const before = table.rows[at - 1];
    const last = before?.children.at(-1);
    if (at <= 0 || last === undefined || !isOfWhichRow(last, template.ofWhichRow)) return [];
    const rows: RowModel[] = [];
    for (const row of table.rows.slice(at)) {
        if (row.code !== undefined || row.children.length > 0 || isTotalRow(row, template.totalRow) || isOfWhichRow(row, template.ofWhichRow)
            || table.template?.rows?.includes(row.canonicalName)) break;
        rows.push(row);
    }
    return rows;
}
/** A note saying the table holds nothing (注：本表无数据, 本部门无…) over rows that hold no figure but zero. */
const NO_DATA_NOTE = /本表无数据|本表为空|为空表|无数据|本(?:部门|单位)[^。；]*(?:无|没有)/;

function saysNoData(table: TableModel): boolean {
    if (!table.notes.some(note => NO_DATA_NOTE.test(note.text))) return false;
    let figures = false;
    walkRows(table.rows, row => { figures ||= [...row.cells.values()].some(figure => !figure.value.isZero()); });
    return !figures;
}

/** A title only another template gives (see familyTable) names that role's table after every title of the template's own. */
const FAMILY_RANK = Number.MAX_SAFE_INTEGER;
/** Ranks below every title a template lists for a table (see titleRank). */
const QUALIFIED_TITLE_RANK = 1000;
/** Ranks below a qualified title: a title one character off (see slippedTable). */
const SLIPPED_TITLE_RANK = 2000;

/**
 * Each table's label with its number: as written, or, where the report writes the title alone (it
 * prints no table numbers), the template's number for that title; a title the template lacks is the
 * department's own table, numbered after every other table in the order written.
 *
 * A numbered table whose title is another template table's is that table (`renumbered`): provinces
 * number their tables their own way (浙江 prints 收入决算表 twice), and reading 表7 政府性基金… as the
 * template's 表7 misreads every column. A table whose number such a table takes, and whose title
 * the template lacks, is the department's own; so is, where the report numbers its tables its own way (some
 * table is renumbered), a table whose title names no table of the template: its number says nothing.
 */
export function resolveTableLabels(nodes: readonly Table[], template: ReportTemplate): Map<Table, TableLabel> {
    const labels = new Map(nodes.map(node => [node, tableLabelOf(node)]));
    const numbered = (label: TableLabel) => label.style !== '表名' && label.number !== undefined;
    // which table of the template each numbered table is: untitled ones by their number; titled ones
    // by title, the closest titles first, a title that also fits its number before one that does not
    const owners = new Map<number, Table>();
    for (const [node, label] of labels) if (numbered(label) && node.title === undefined) owners.set(label.number!, node);
    // an ordinal (一、) numbers the report's own list, not the template's: its table is known by its title, or by the
    // title qualified in brackets (江苏: 七、一般公共预算支出决算表（功能科目）), after every table an exact title names
    // a title one character off a table's (Word contents: 出决算表, 政拨款收入支出决算总表) is that table, after both
    const rankOf = (t: TableTemplate, title: string, label: TableLabel) =>
        titleRank(t, title) ?? (label.style === '目录' && isVariantOf(t, title) ? QUALIFIED_TITLE_RANK : undefined)
        ?? (label.style === '目录' && slippedTable(template, title) === t ? SLIPPED_TITLE_RANK : undefined);
    const byTitle = [...labels].flatMap(([node, label], order) => {
        if (!numbered(label) || node.title === undefined) return [];
        const family = familyTable(template, node.title);
        const matches = family ? [{ t: family, rank: FAMILY_RANK }]
            : template.tables.flatMap(t => { const rank = rankOf(t, node.title!, label); return rank === undefined ? [] : [{ t, rank }]; });
        // either label a page prints (四川: 附表1 … 公开01表) numbers it
        const numbers = (n: number) => n === label.number || n === label.page?.number;
        const match = matches.find(m => numbers(m.t.number)) ?? matches.sort((a, b) => a.rank - b.rank)[0];
        return match ? [{ node, label, number: match.t.number, rank: match.rank, fits: numbers(match.t.number), order }] : [];
    }).sort((a, b) => a.rank - b.rank || Number(b.fits) - Number(a.fits) || a.order - b.order);
    // titled as another template titles a table that another table of the report is, or numbered by the report's list alone
    // (三、收入决算 after 二、收入决算表) and titled as a table another is: the department's own, not the table at its number
    // (a title qualified in brackets, 六、…支出决算表（二）, is a part of that table, placed at its number)
    const ownTitled = new Set<Table>();
    const ownerRank = new Map<number, number>();
    for (const { node, label, number, fits, rank } of byTitle) {
        if (owners.has(number)) {
            if ((rank === FAMILY_RANK || (label.style === '目录' && rank < QUALIFIED_TITLE_RANK)) && !fits) ownTitled.add(node);
            continue;
        }
        owners.set(number, node);
        ownerRank.set(number, rank);
        if (!fits) labels.set(node, { ...label, number, renumbered: true });
        else if (number !== label.number) labels.set(node, { ...label, number });
    }
    // a table whose number a table found by its title took: the department's own, numbered after every other;
    // so is an ordinal's table whose title names none of the template's: the ordinal is only its place in the report's list
    const taken = new Set([...labels.values()].filter(label => label.renumbered).map(label => label.number!));
    // numbered the report's own way, a title naming no table of the template (政府采购情况表 as 公开12表) is no table at its number;
    // a title qualifying one (收入决算表（分单位）) is read with that table where it stands
    const named = new Set(byTitle.map(({ node }) => node));
    const unnamed = (node: Table) => taken.size > 0 && node.title !== undefined && !named.has(node) && !template.tables.some(t => isVariantOf(t, node.title!));
    // a title alone names its table as a numbered title does: of two tables titled as one template table, the one by the
    // less close title is the department's own (云南 prints 财政拨款“三公”经费、行政参公单位机关运行经费情况表 beside
    // 一般公共预算财政拨款“三公”经费情况表, both titles of the 三公 table); one title written twice stays that table twice
    const titleOnly = new Map<Table, { number: number; rank: number }>();
    for (const [node, label] of labels) {
        if (label.style !== '表名') continue;
        const title = node.title ?? '';
        const exact = template.tables.find(t => isTitleOf(t, title));
        const family = exact ? undefined : familyTable(template, title);
        const slipped = exact || family ? undefined : slippedTable(template, title);
        const formatted = exact || family || slipped ? undefined : formatTitledTable(template, title);
        const found = exact ?? family ?? slipped ?? formatted;
        if (!found) continue;
        const rank = exact ? titleRank(exact, title)! : slipped ? SLIPPED_TITLE_RANK : FAMILY_RANK;
        titleOnly.set(node, { number: found.number, rank });
        ownerRank.set(found.number, Math.min(rank, ownerRank.get(found.number) ?? rank));
    }
    let next = Math.max(0, ...template.tables.map(t => t.number), ...[...labels.values()].map(label => label.number ?? 0));
    for (const [node, label] of labels) {
        if (label.style === '表名') {
            const claim = titleOnly.get(node);
            const number = claim && claim.rank === ownerRank.get(claim.number) ? claim.number : ++next;
            labels.set(node, { ...label, number });
        } else if (!label.renumbered && label.number !== undefined && (taken.has(label.number) || ownTitled.has(node) || unnamed(node)
            || (label.style === '目录' && node.title !== undefined && !named.has(node)
                // titled as another format titles the fund's table at its place: the template's table there, its title to mend
                && (owners.has(label.number) || formatTitledTable(template, node.title, label.number) === undefined)))) {
            labels.set(node, { ...label, number: ++next, renumbered: true });
        }
    }
    return labels;
}

/** The report's table of a role (its 一般公共预算财政拨款支出决算表 …), whatever its number in the template. */
export function tableOfRole(model: Pick<ReportModel, 'template' | 'tables'>, role: TableRole): TableModel | undefined {
    const number = model.template.tables.find(t => t.role === role)?.number;
    const table = number === undefined ? undefined : model.tables.get(number);
    // a table only placed at the role's number (another's part, 山西's （二）) is not that table
    return table?.template?.role === role ? table : undefined;
}

/**
 * A table of the department's own: titled, and no template table it is (its title names none, or
 * only ones another table of the report is, by a closer title: see resolveTableLabels).
 */
export function isOwnTable(table: TableModel, model: Pick<ReportModel, 'template' | 'tables'>): boolean {
    const title = table.node.title;
    return table.template === undefined && title !== undefined
        && !model.template.tables.some(t => isTitleOf(t, title) && model.tables.get(t.number) === undefined);
}

/**
 * Whether the built report prints the tables in the order of their numbers: only where none is written by its title alone
 * (浙江 numbers none of its 分单位 tables, or none at all); else all stand where written. The layout orders by it and
 * table-shape's info on a table of the department's own says so.
 */
export function tablesByNumber(model: Pick<ReportModel, 'tables'>): boolean {
    return [...model.tables.values()].every(t => t.written.style !== '表名');
}

/**
 * A table of the department's own that holds only its text: no columns, no rows, a note (临沧's 十三、部门整体支出绩效自评情况,
 * a text its contents list among the tables). It prints as that text under its heading, not as a grid left to fill.
 */
export function isTextOnlyTable(table: TableModel, model: Pick<ReportModel, 'template' | 'tables'>): boolean {
    return isOwnTable(table, model) && !table.empty && table.rows.length === 0 && table.node.columns === undefined
        && !table.node.entries.some(isProject) && table.notes.some(note => note.key.trim() !== TABLE_META_KEY);
}

/**
 * The report's own table whose rows print the figures of a template table it lacks (TABLES_PRINTED_AS_ROWS: 内蒙古's
 * 机构运行信息表 with its “三公”经费支出 rows in place of the “三公” table); none where the report prints no such row.
 */
export function printedAsRowsIn(model: Pick<ReportModel, 'template' | 'tables'>, table: TableTemplate): TableModel | undefined {
    const words = TABLES_PRINTED_AS_ROWS.find(t => t.role === table.role)?.row;
    if (words === undefined || model.tables.get(table.number)?.template === table) return undefined;
    return [...model.tables.values()].find(t => isOwnTable(t, model) && t.rows.some(row => words.test(row.name)));
}

/** The text fields among entries and their rows' children, in the order written. */
function textFieldsIn(entries: readonly Entry[]): TextField[] {
    const found: TextField[] = [];
    const visit = (list: readonly Entry[]) => {
        for (const entry of list) {
            if (isTextField(entry)) found.push(entry);
            else if (isRow(entry)) visit(entry.entries);
        }
    };
    visit(entries);
    return found;
}

function collectProjects(entries: readonly Entry[]): Project[] {
    const projects: Project[] = [];
    const visit = (list: readonly Entry[]) => {
        for (const entry of list) {
            if (isProject(entry)) {
                projects.push(entry);
                visit(entry.entries);
            } else if (isRow(entry)) {
                visit(entry.entries);
            }
        }
    };
    visit(entries);
    return projects;
}

