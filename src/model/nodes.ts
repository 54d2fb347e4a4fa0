import type { AstNode, CstNode } from 'langium';
import { AstUtils, GrammarAST, isAstNode, isCompositeCstNode } from 'langium';
import type {
    Attachment, Attribute, Cell, Entry, Explanation, Glossary, Indicator, IndicatorValue, Overview, Project, Report, Row, Table, TextField,
} from '../language/generated/ast.js';
import type { ProseText } from './prose.js';
import { readAsWrapped, softWraps } from './prose-wrap.js';
import { reportParts } from './section-groups.js';

/** A run of figures written one after another: a row's cells, or an attribute's values. */
export interface CellRun {
    readonly cells: readonly Cell[];
    readonly row: Row;
    readonly attribute?: Attribute;
    /** The columns of the 附表 the row stands in; undefined outside the tables. */
    readonly columns?: readonly string[];
}

/** An indicator with what it sits in: its project and its 二级指标. */
export interface IndicatorPlace {
    readonly indicator: Indicator;
    readonly project: Project;
    /** The name of its 二级指标 (产出指标 › 成本指标 › …). */
    readonly level2: string;
}

/** The nodes the model and the checks read, found in one walk over the syntax tree. */
export interface ReportNodes {
    /** Every free text of the report: texts of sections and rows, reasons, 附件, goals, glossary. */
    readonly prose: readonly ProseText[];
    readonly runs: readonly CellRun[];
    readonly cells: readonly Cell[];
    readonly attributes: readonly Attribute[];
    readonly indicators: readonly IndicatorPlace[];
    readonly indicatorValues: readonly IndicatorValue[];
}

interface Context {
    /** The columns of the table being walked: undefined outside the tables. */
    readonly columns?: readonly string[];
    readonly inOverview: boolean;
}

/**
 * Walks the report once, by the grammar's containments: not Langium's `streamAst`, whose
 * iterator objects cost more on a large report than the checks that use the walk, nor a walk
 * of each node's own properties, whose lookups by name are slow in every type's shape.
 * test/model/nodes.test.ts checks that it finds what Langium's walk finds. `columnsOf` gives the
 * columns a table's rows stand under (the template's when the table has no `列【…】`).
 */
export function collectNodes(report: Report, columnsOf: (table: Table) => readonly string[]): ReportNodes {
    const prose: ProseText[] = [];
    const runs: CellRun[] = [];
    const cells: Cell[] = [];
    const attributes: Attribute[] = [];
    const indicators: IndicatorPlace[] = [];
    const indicatorValues: IndicatorValue[] = [];
    const text = (node: AstNode, property: string, value: string | undefined, checkLiterals: boolean) => {
        if (value === undefined) return;
        const wraps = softWraps(value);
        prose.push({ node, property, text: wraps.length > 0 ? readAsWrapped(value, wraps) : value, wraps, checkLiterals });
    };

    const visitRow = (row: Row, context: Context) => {
        runs.push({ cells: row.cells ?? [], row, columns: context.columns });
        for (const cell of row.cells ?? []) cells.push(cell);
        for (const attribute of row.attributes ?? []) {
            attributes.push(attribute);
            if (attribute.values?.length) runs.push({ cells: attribute.values, row, attribute, columns: context.columns });
            for (const cell of attribute.values ?? []) cells.push(cell);
            text(attribute, 'text', attribute.text, true);
        }
        // a heading's own text before its sections (一、部门基本情况 「…」 { （一）… }): its references read, its
        // hand-written figures not (the heading names no figure they could be)
        text(row, 'text', row.text, false);
        visitEntries(row.entries, context);
    };
    const visitProject = (project: Project, context: Context) => {
        visitEntries(project.entries, context);
        for (const goal of project.goals ?? []) {
            text(goal, 'expected', goal.expected, false);
            text(goal, 'actual', goal.actual, false);
        }
        // 指标 › 一级指标 › 二级指标 › 三级指标
        for (const table of project.indicators ?? []) {
            for (const level1 of table.groups ?? []) {
                for (const level2 of level1.groups ?? []) {
                    for (const indicator of level2.indicators ?? []) {
                        indicators.push({ indicator, project, level2: level2.name ?? '' });
                        if (indicator.expected) indicatorValues.push(indicator.expected);
                        if (indicator.actual) indicatorValues.push(indicator.actual);
                    }
                }
            }
        }
    };
    const visitEntries = (entries: readonly Entry[] | undefined, context: Context) => {
        for (const entry of entries ?? []) {
            if (isRowNode(entry)) visitRow(entry, context);
            else if (isProjectNode(entry)) visitProject(entry, context);
            // 部门概况 tells the year's work in its own numbers, not the accounts'
            else if (isTextFieldNode(entry)) text(entry, 'text', entry.text, !context.inOverview);
        }
    };

    const top: Context = { inOverview: false };
    for (const part of reportParts(report)) {
        switch (part.$type) {
            case 'Overview': visitEntries((part as Overview).entries, { inOverview: true }); break;
            case 'Explanation': visitEntries((part as Explanation).entries, top); break;
            case 'Table': {
                const table = part as Table;
                if (table.empty) text(table.empty, 'text', table.empty.text, false);
                visitEntries(table.entries, { ...top, columns: columnsOf(table) });
                break;
            }
            case 'Glossary':
                for (const entry of (part as Glossary).entries ?? []) text(entry, 'definition', entry.definition, false);
                break;
            case 'Attachment': text(part, 'body', (part as Attachment).body, true); break;
        }
    }
    return { prose, runs, cells, attributes, indicators, indicatorValues };
}

// by `$type`, not the generated `isRow` & co., which ask the reflection about subtypes
const isRowNode = (entry: Entry): entry is Row => entry.$type === 'Row';
const isProjectNode = (entry: Entry): entry is Project => entry.$type === 'Project';
const isTextFieldNode = (entry: Entry): entry is TextField => entry.$type === 'TextField';

/**
 * Calls `visit` on `root` and on every node below it, in the order of Langium's `streamAst` (depth first, the
 * children by property, as written): without its stream, which made iterator objects for every node of the report
 * and was most of what the checks walking the whole report cost.
 */
export function forEachNode(root: AstNode, visit: (node: AstNode) => void): void {
    if (root.$container !== undefined) {
        visit(root);
        visitContents(root, visit);
        return;
    }
    // a whole report, which several checks walk: its nodes listed on the first walk, read from the list on the next
    let nodes = reportNodes.get(root);
    if (!nodes) {
        const list: AstNode[] = [root];
        visitContents(root, node => list.push(node));
        reportNodes.set(root, nodes = list);
    }
    for (let i = 0; i < nodes.length; i++) visit(nodes[i]);
}

/** Every node of a report, in forEachNode's order: the checks never change a parsed report. */
const reportNodes = new WeakMap<AstNode, readonly AstNode[]>();

function visitContents(node: AstNode, visit: (node: AstNode) => void): void {
    const properties = node as unknown as Record<string, unknown>;
    // for…in over a plain node's own properties: their order is Object.keys', without its array per node
    for (const name in properties) {
        if (name.charCodeAt(0) === 36 /* $ */) continue;
        const value = properties[name];
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                const item: unknown = value[i];
                if (!isAstNode(item)) continue;
                visit(item);
                visitContents(item, visit);
            }
        } else if (isAstNode(value)) {
            visit(value);
            visitContents(value, visit);
        }
    }
}

/**
 * The first CST node of `node`'s element that a property is assigned from: what Langium's
 * GrammarUtils.findNodeForProperty returns, without the list of every match it makes first and with
 * each grammar element's assignment looked up once, not up its containers again for every node asked.
 */
export function nodeForProperty(node: CstNode | undefined, property: string): CstNode | undefined {
    return node && firstForProperty(node, property, node.astNode, true);
}

function firstForProperty(node: CstNode, property: string, element: AstNode, first: boolean): CstNode | undefined {
    if (!first && assignedProperty(node.grammarSource) === property) return node;
    if (!isCompositeCstNode(node) || node.astNode !== element) return undefined;
    for (const child of node.content) {
        const found = firstForProperty(child, property, element, false);
        if (found) return found;
    }
    return undefined;
}

/** The property of the assignment a grammar element stands in, null where it stands in none. */
const assignments = new WeakMap<AstNode, string | null>();

function assignedProperty(source: AstNode | undefined): string | null {
    if (!source) return null;
    let property = assignments.get(source);
    if (property === undefined) {
        property = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? null;
        assignments.set(source, property);
    }
    return property;
}
