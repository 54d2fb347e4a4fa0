import type { Entry, MetaField, Project, Report, Table } from '../language/generated/ast.js';
import { isExplanation, isMetaField, isOverview, isProject, isRow, isTable } from '../language/generated/ast.js';
import type { Figure } from './figure.js';
import type { Derivation, Relation } from './relations.js';
import { RelationBuilder } from './relations.js';
import { ReferenceIndex } from './references.js';
import type { RowModel, TableModel } from './rows.js';
import { buildRows, walkRows } from './rows.js';
import type { ReportNodes } from './nodes.js';
import { collectNodes } from './nodes.js';
import { SICHUAN_2020 } from './template/sichuan-2020.js';
import type { ReportTemplate } from './template/template.js';

export interface ReportMeta {
    readonly department?: string;
    readonly fullName?: string;
    readonly shortName?: string;
    readonly year?: number;
    /** The unit amounts are written in: 万元 unless the source says otherwise. */
    readonly unit: string;
    readonly published?: string;
    readonly template?: string;
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
    readonly template: ReportTemplate;
    readonly tables: ReadonlyMap<number, TableModel>;
    readonly sections: readonly SectionModel[];
    readonly projects: readonly Project[];
    /** Every row of every table and section, parents before their children. */
    readonly rows: readonly RowModel[];
    /** The texts, figures and indicators of the syntax tree, found in one walk. */
    readonly nodes: ReportNodes;
    readonly relations: readonly Relation[];
    readonly derivations: ReadonlyMap<Figure, Derivation>;
    readonly references: ReferenceIndex;
    /** The arithmetic, for readers that need a figure the source does not state. */
    readonly arithmetic: RelationBuilder;
}

export function buildReportModel(report: Report): ReportModel {
    const meta = readMeta(report.parts.filter(isMetaField));
    const template = SICHUAN_2020;
    const tables = new Map<number, TableModel>();
    for (const node of report.parts.filter(isTable)) {
        const table = buildTable(node, template, meta.unit);
        if (table && !tables.has(table.number)) tables.set(table.number, table);
    }
    const sections: SectionModel[] = [];
    const entries: Entry[] = [];
    for (const part of report.parts) {
        if (isOverview(part) || isExplanation(part)) {
            const name = isOverview(part) ? '部门概况' : '情况说明';
            sections.push({ name, rows: buildRows(part.entries, { amountUnit: meta.unit, context: name }) });
            for (const entry of part.entries) entries.push(entry);
        }
    }
    const projects = collectProjects(entries);
    for (const project of projects) {
        sections.push({ name: project.name, project, rows: buildRows(project.entries, { amountUnit: meta.unit, context: `项目「${project.name}」` }) });
    }
    const arithmetic = new RelationBuilder(template, tables, sections);
    arithmetic.build();
    const rows: RowModel[] = [];
    walkRows([...[...tables.values()].flatMap(t => t.rows), ...sections.flatMap(s => s.rows)], row => rows.push(row));
    // a second 附表 of the same number is not in `tables`: its rows stand under its own header
    const columnsOf = new Map<Table, readonly string[]>([...tables.values()].map(t => [t.node, t.columns]));
    return {
        report, meta, template, tables, sections, projects, rows,
        nodes: collectNodes(report, node => columnsOf.get(node) ?? node.columns?.names ?? []),
        relations: arithmetic.relations,
        derivations: arithmetic.derivations,
        references: new ReferenceIndex(tables.values(), sections),
        arithmetic,
    };
}

function readMeta(fields: readonly MetaField[]): ReportMeta {
    const get = (key: string) => fields.find(f => f.key === key)?.value;
    const year = Number.parseInt(get('年度') ?? '', 10);
    return {
        department: get('部门'),
        fullName: get('全称'),
        shortName: get('简称'),
        year: Number.isFinite(year) ? year : undefined,
        unit: get('单位') ?? '万元',
        published: get('公开时间'),
        template: get('模板'),
    };
}

function buildTable(node: Table, template: ReportTemplate, unit: string): TableModel | undefined {
    // 附表 3.5 is no table number: the input check says so, and its rows are no 附表3's
    if (!/^\d+$/.test(node.number ?? '')) return undefined;
    const number = Number.parseInt(node.number, 10);
    const tableTemplate = template.tables.find(t => t.number === number);
    const columns = node.columns?.names ?? [...(tableTemplate?.columns ?? ['决算数'])];
    const table: TableModel = {
        number,
        node,
        title: node.title ?? tableTemplate?.title ?? `附表${number}`,
        template: tableTemplate,
        columns,
        rows: [],
        empty: node.empty !== undefined,
    };
    // a loop, not push(...rows): spreading more than ~120,000 rows into one call overflows the stack
    for (const row of buildRows(node.entries, { table, columns, amountUnit: unit, context: `附表${number}` })) table.rows.push(row);
    return table;
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

