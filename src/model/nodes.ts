import type { AstNode } from 'langium';
import type { Attribute, Cell, Indicator, IndicatorValue, Project, Report, Row, Table } from '../language/generated/ast.js';
import type { ProseText } from './prose.js';

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
    readonly project?: Project;
    readonly level2: string;
}

/**
 * The properties holding child nodes, by node type (the grammar's containments); types not
 * listed hold none. test/model/nodes.test.ts checks the walk against Langium's on every example.
 */
const CHILDREN: Readonly<Record<string, readonly string[]>> = {
    Report: ['parts'],
    Overview: ['entries'],
    Explanation: ['entries'],
    Glossary: ['entries'],
    Table: ['columns', 'empty', 'entries'],
    Row: ['cells', 'attributes', 'entries'],
    Attribute: ['values'],
    Project: ['entries', 'goals', 'indicators'],
    Indicators: ['groups'],
    IndicatorGroup: ['groups'],
    IndicatorSubgroup: ['indicators'],
    Indicator: ['expected', 'actual'],
};

/**
 * Walks the report once. A walk by `$type` and the grammar's containments, not Langium's
 * `streamAst`: on a large report the iterator objects of the generic walk cost more than the
 * checks that use it. `columnsOf` gives the columns a table's rows stand under (the template's
 * when the table has no `列【…】`).
 */
export function collectNodes(report: Report, columnsOf: (table: Table) => readonly string[]): ReportNodes {
    const prose: ProseText[] = [];
    const runs: CellRun[] = [];
    const cells: Cell[] = [];
    const attributes: Attribute[] = [];
    const indicators: IndicatorPlace[] = [];
    const indicatorValues: IndicatorValue[] = [];
    const text = (node: AstNode, property: string, value: string | undefined, checkLiterals: boolean) => {
        if (value !== undefined) prose.push({ node, property, text: value, checkLiterals });
    };

    const visit = (node: AstNode, context: Context): void => {
        switch (node.$type) {
            case 'Table':
                context = { ...context, columns: columnsOf(node as Table) };
                break;
            case 'Overview':
                context = { ...context, inOverview: true };
                break;
            case 'Project':
                context = { ...context, project: node as Project };
                break;
            case 'IndicatorSubgroup':
                context = { ...context, level2: (node as { name?: string }).name ?? '' };
                break;
            case 'Row':
                runs.push({ cells: (node as Row).cells ?? [], row: node as Row, columns: context.columns });
                break;
            case 'Attribute': {
                const attribute = node as Attribute;
                attributes.push(attribute);
                if (attribute.values?.length && attribute.$container?.$type === 'Row') {
                    runs.push({ cells: attribute.values, row: attribute.$container as Row, attribute, columns: context.columns });
                }
                text(node, 'text', attribute.text, true);
                break;
            }
            case 'Cell':
                cells.push(node as Cell);
                return;
            case 'IndicatorValue':
                indicatorValues.push(node as IndicatorValue);
                return;
            case 'Indicator':
                if (context.project) indicators.push({ indicator: node as Indicator, project: context.project, level2: context.level2 });
                break;
            // 部门概况 tells the year's work in its own numbers, not the accounts'
            case 'TextField':
                text(node, 'text', (node as { text?: string }).text, !context.inOverview);
                return;
            case 'Attachment':
                text(node, 'body', (node as { body?: string }).body, true);
                return;
            case 'Goal':
                text(node, 'expected', (node as { expected?: string }).expected, false);
                text(node, 'actual', (node as { actual?: string }).actual, false);
                return;
            case 'GlossaryEntry':
                text(node, 'definition', (node as { definition?: string }).definition, false);
                return;
            case 'EmptyStatement':
                text(node, 'text', (node as { text?: string }).text, false);
                return;
        }
        for (const key of CHILDREN[node.$type] ?? []) {
            const value = (node as unknown as Record<string, unknown>)[key];
            if (Array.isArray(value)) {
                for (const item of value) if (isNode(item)) visit(item, context);
            } else if (isNode(value)) {
                visit(value, context);
            }
        }
    };
    visit(report, { inOverview: false, level2: '' });
    return { prose, runs, cells, attributes, indicators, indicatorValues };
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as AstNode).$type === 'string';
}
