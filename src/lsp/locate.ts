// What stands at a place of a report, for hover, navigation and rename: a subject code, a figure,
// a reference 【…】 in text, a term the 名词解释 defines, or a row.
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, GrammarUtils, isLeafCstNode } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { Attribute, EmptyStatement, FormScore, GlossaryEntry, Indicator, IndicatorField, IndicatorGroup, IndicatorSubgroup, MetaField, Row, Table, TableNote, TextField } from '../language/generated/ast.js';
import {
    isAttribute, isCell, isColumnHeader, isEmptyStatement, isExplanation, isFormScore, isGlossaryEntry, isIndicator, isIndicatorField, isIndicatorGroup, isIndicatorSubgroup,
    isMetaField, isOverview, isProject, isRow, isTable, isTableNote, isTextField,
} from '../language/generated/ast.js';
import type { GlossaryTerm, TermOccurrence } from '../catalogue/glossary.js';
import { isSectionGroup } from '../model/section-groups.js';
import { findTerms, glossaryTerms, parseLabel } from '../catalogue/glossary.js';
import type { Figure } from '../model/figure.js';
import { parseProse, textStart } from '../model/prose.js';
import type { FigureClaim, TextClaims } from '../model/prose-claims.js';
import { claimsOf } from '../model/prose-claims.js';
import type { Resolution } from '../model/references.js';
import type { Relation } from '../model/relations.js';
import type { ReportModel } from '../model/report-model.js';
import type { RowModel, TableModel } from '../model/rows.js';
import { walkRows } from '../model/rows.js';
import { fullWidthBrackets } from '../model/brackets.js';
import { COLUMN_GROUP_JOINT } from '../model/table-label.js';

/** A figure and where it sits: its row, its column, and the attribute (占比, 上年, …) if any. */
export interface PlacedFigure {
    readonly figure: Figure;
    readonly row: RowModel;
    readonly column: string;
    readonly key?: string;
}

/** Lookups over a report model that the editor features share; built once per model. */
export interface ModelIndex {
    readonly rowOf: ReadonlyMap<Row, RowModel>;
    readonly figureAt: ReadonlyMap<AstNode, PlacedFigure>;
    readonly placeOf: ReadonlyMap<Figure, PlacedFigure>;
    readonly relationsOf: ReadonlyMap<Figure, readonly Relation[]>;
    readonly rows: readonly RowModel[];
    readonly terms: readonly GlossaryTerm[];
}

const indexes = new WeakMap<ReportModel, ModelIndex>();

export function indexOf(model: ReportModel): ModelIndex {
    const cached = indexes.get(model);
    if (cached) return cached;
    const rowOf = new Map<Row, RowModel>();
    const figureAt = new Map<AstNode, PlacedFigure>();
    const placeOf = new Map<Figure, PlacedFigure>();
    const rows: RowModel[] = [];
    const roots = [...[...model.tables.values()].flatMap(t => t.rows), ...model.sections.flatMap(s => s.rows)];
    walkRows(roots, row => {
        rows.push(row);
        if (!rowOf.has(row.node)) rowOf.set(row.node, row);
        const place = (placed: PlacedFigure) => {
            if (!placeOf.has(placed.figure)) placeOf.set(placed.figure, placed);
            if (placed.figure.node && !figureAt.has(placed.figure.node)) figureAt.set(placed.figure.node, placed);
        };
        for (const [column, figure] of row.cells) place({ figure, row, column });
        for (const [key, byColumn] of row.attributes) {
            for (const [column, figure] of byColumn) place({ figure, row, column, key });
        }
    });
    const relationsOf = new Map<Figure, Relation[]>();
    for (const relation of model.relations) {
        const list = relationsOf.get(relation.target) ?? [];
        list.push(relation);
        relationsOf.set(relation.target, list);
    }
    const index: ModelIndex = { rowOf, figureAt, placeOf, relationsOf, rows, terms: glossaryTerms(model.report) };
    indexes.set(model, index);
    return index;
}

export type Target =
    /** A subject code: a row's code or name, a 名词解释 entry's code or label, a code in a reference. */
    | { readonly kind: 'code'; readonly code: string; readonly range: Range; readonly row?: RowModel; readonly entry?: GlossaryEntry }
    /** A reference 【…】 in text; `segment` is the path segment under the cursor. */
    | {
        readonly kind: 'reference'; readonly path: readonly string[]; readonly text: string; readonly range: Range;
        readonly resolution: Resolution; readonly segment?: { readonly index: number; readonly range: Range };
    }
    /** A term the 名词解释 defines: where it is defined (declaration) or used. */
    | { readonly kind: 'term'; readonly term: GlossaryTerm; readonly range: Range; readonly declaration: boolean; readonly row?: RowModel }
    /**
     * A figure written by hand in free text (82.40万元, 22.54%, 3辆), as the prose checks read it: one claim, or one for each
     * quantity a figure is said of at once (收入、支出总计均为…).
     */
    | { readonly kind: 'prose-figure'; readonly text: TextClaims; readonly claims: readonly FigureClaim[]; readonly range: Range }
    /** An attribute's key (年初预算, 变动原因 …) and the row it is of; `placed`: its first figure, where it holds figures. */
    | { readonly kind: 'attribute'; readonly node: Attribute; readonly row?: RowModel; readonly placed?: PlacedFigure; readonly range: Range }
    /** A performance indicator's name in a project's form. */
    | { readonly kind: 'indicator'; readonly node: Indicator; readonly range: Range }
    /** A figure written in the source: a cell or an attribute value. */
    | { readonly kind: 'figure'; readonly placed: PlacedFigure; readonly range: Range }
    /** A row's name, when it is neither a code row nor a defined term. */
    | { readonly kind: 'row'; readonly row: RowModel; readonly range: Range }
    /** A column of a self-evaluation form (得分 9, 指标性质 ≥), its 执行率 or 总分 line, or a group's points (产出指标（50分）). */
    | { readonly kind: 'form'; readonly node: IndicatorField | FormScore | IndicatorGroup | IndicatorSubgroup; readonly range: Range }
    /** A table's number or title. */
    | { readonly kind: 'table'; readonly table: TableModel; readonly range: Range }
    /** A table's note (注, 说明, 单位行 「…」) by its key, or its 无数据. */
    | { readonly kind: 'note'; readonly table: TableModel; readonly node: TextField | EmptyStatement; readonly range: Range }
    /** The heading of a text the list of tables numbers among them (十二、关于空表的说明 「…」). */
    | { readonly kind: 'listed-note'; readonly node: TableNote; readonly range: Range }
    /** A line of the report's information (年度 2023, 模板 「全国」, 单位行 「…」), by its key or its value. */
    | { readonly kind: 'meta'; readonly field: MetaField; readonly range: Range }
    /** A column name in a table's 列【…】. */
    | { readonly kind: 'column'; readonly table: TableModel; readonly name: string; readonly range: Range }
    /** The heading of a text of 部门概况 or 情况说明. */
    | { readonly kind: 'heading'; readonly heading: TextField | Row; readonly part: 'overview' | 'explanation'; readonly range: Range };

function rangeOf(document: LangiumDocument, start: number, end: number): Range {
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}

/** The leaf token at an offset, or the one just before it (a cursor right after a word). */
export function leafAt(document: LangiumDocument, offset: number): CstNode | undefined {
    const root = document.parseResult?.value?.$cstNode;
    if (!root) return undefined;
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
    if (leaf && !leaf.hidden) return leaf;
    const before = offset > 0 ? CstUtils.findLeafNodeAtOffset(root, offset - 1) : undefined;
    return before && !before.hidden ? before : undefined;
}

function propertyOf(leaf: CstNode): string | undefined {
    return GrammarUtils.findAssignment(leaf)?.feature;
}

/** Finds what stands at `offset` of the document. */
export function locate(document: LangiumDocument, model: ReportModel, offset: number): Target | undefined {
    const leaf = leafAt(document, offset);
    if (!leaf) return undefined;
    const index = indexOf(model);
    const node = leaf.astNode;
    const property = propertyOf(leaf);
    const tokenRange = rangeOf(document, leaf.offset, leaf.end);

    if (isRow(node) && property === 'code' && node.code) {
        // a code printed as its own segment only (05 under 208) is the whole code the row was read with (20805)
        const row = index.rowOf.get(node);
        return { kind: 'code', code: row?.code ?? node.code, range: tokenRange, row };
    }
    if (isGlossaryEntry(node) && property === 'code' && node.code) {
        return { kind: 'code', code: node.code, range: tokenRange, entry: node };
    }
    if (isGlossaryEntry(node) && property === 'label' && node.code && node.label !== undefined) {
        // a segment of the label names one code of the path: 行政事业单位离退休（05） is 20805
        const inside = offset - leaf.offset - 1;
        const segments = parseLabel(node.label);
        let start = 0;
        for (const segment of segments) {
            const end = segment.digitsOffset + segment.digits.length + 1;
            if (inside >= start && inside < end && node.code.startsWith(segment.code)) {
                return { kind: 'code', code: segment.code, range: rangeOf(document, leaf.offset + 1 + start, leaf.offset + 1 + end), entry: node };
            }
            start = end;
        }
        return { kind: 'code', code: node.code, range: tokenRange, entry: node };
    }
    if (isGlossaryEntry(node) && property === 'term' && node.term !== undefined) {
        const term = index.terms.find(t => t.entry === node);
        if (term) return { kind: 'term', term, range: tokenRange, declaration: true };
    }
    if (isMetaField(node) && (property === 'key' || property === 'value' || property === 'bodyValue')) return { kind: 'meta', field: node, range: tokenRange };
    // a figure: a cell of a row or of an attribute, its number or its unit
    const cell = isCell(node) ? node : undefined;
    if (cell) {
        const placed = index.figureAt.get(cell);
        if (placed) return { kind: 'figure', placed, range: rangeOf(document, cell.$cstNode!.offset, cell.$cstNode!.end) };
    }
    if (isAttribute(node) && property === 'key') {
        const first = node.values[0];
        const placed = first ? index.figureAt.get(first) : undefined;
        const row = isRow(node.$container) ? index.rowOf.get(node.$container) : undefined;
        return { kind: 'attribute', node, row: placed?.row ?? row, placed, range: tokenRange };
    }
    if (isIndicator(node) && property === 'name') return { kind: 'indicator', node, range: tokenRange };
    if (isIndicatorField(node) || (isFormScore(node) && (property === 'label' || property === 'weight'))
        || ((isIndicatorGroup(node) || isIndicatorSubgroup(node)) && property === 'score')) {
        return { kind: 'form', node, range: isIndicatorField(node) ? rangeOf(document, node.$cstNode!.offset, node.$cstNode!.end) : tokenRange };
    }
    // free text: a reference or a defined term under the cursor
    if (leaf.text.startsWith('「')) {
        const inside = offset - leaf.offset - 1;
        const text = leaf.text.slice(1, -1);
        for (const segment of parseProse(text)) {
            if (segment.kind !== 'reference') continue;
            if (inside < segment.offset || inside >= segment.offset + segment.text.length) continue;
            const start = leaf.offset + 1 + segment.offset;
            return {
                kind: 'reference', path: segment.path, text: segment.text,
                range: rangeOf(document, start, start + segment.text.length),
                resolution: model.references.resolve(segment.path),
                segment: pathSegmentAt(document, segment.text, start, offset),
            };
        }
        const written = proseFigureAt(model, leaf, property, inside);
        if (written) {
            const { figure } = written.claims[0];
            return { kind: 'prose-figure', ...written, range: rangeOf(document, leaf.offset + 1 + figure.offset, leaf.offset + 1 + figure.offset + figure.length) };
        }
        const term = termAt(text, inside, index.terms);
        if (term) return { kind: 'term', term: term.term, range: rangeOf(document, leaf.offset + 1 + term.start, leaf.offset + 1 + term.end), declaration: false };
        return undefined;
    }
    // a row's printed ordinal (一、) stands for its name
    if (isRow(node) && property === 'ordinal') {
        const name = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
        const named = name ? locate(document, model, name.offset) : undefined;
        return named && { ...named, range: tokenRange };
    }
    // names: a code row's name, a defined term inside a name, a row
    if (isRow(node) && property === 'name') {
        const row = index.rowOf.get(node);
        if (node.code) return { kind: 'code', code: node.code, range: tokenRange, row };
        const term = termAt(leaf.text, offset - leaf.offset, index.terms);
        if (term) {
            return { kind: 'term', term: term.term, range: rangeOf(document, leaf.offset + term.start, leaf.offset + term.end), declaration: false, row };
        }
        // a heading over sections (二、关于2023年度决算情况说明 { （一）… }), or one with a text of its own
        const part = (node.text !== undefined || isSectionGroup(node)) ? partOf(node) : undefined;
        if (part) return { kind: 'heading', heading: node, part, range: tokenRange };
        if (row) return { kind: 'row', row, range: tokenRange };
        return undefined;
    }
    if ((isTextField(node) && property === 'key' || isEmptyStatement(node) && property === undefined) && isTable(node.$container)) {
        const table = tableModelOf(model, node.$container);
        if (table) return { kind: 'note', table, node, range: tokenRange };
    }
    if (isTableNote(node) && (property === 'ordinal' || property === 'title')) return { kind: 'listed-note', node, range: tokenRange };
    if (isColumnHeader(node) || property === 'name' || property === 'key') {
        const term = termAt(leaf.text, offset - leaf.offset, index.terms);
        if (term) return { kind: 'term', term: term.term, range: rangeOf(document, leaf.offset + term.start, leaf.offset + term.end), declaration: false };
    }
    if (isColumnHeader(node) && property === 'names') {
        const table = tableModelOf(model, node.$container);
        if (table) return { kind: 'column', table, name: columnPathAt(node.$cstNode, leaf), range: tokenRange };
    }
    if (isTable(node) && !/^[{}]$/.test(leaf.text)) {
        const table = tableModelOf(model, node);
        if (table) return { kind: 'table', table, range: tokenRange };
    }
    if (isTextField(node) && (property === 'key' || property === 'ordinal')) {
        const part = partOf(node);
        if (part) return { kind: 'heading', heading: node, part, range: tokenRange };
    }
    return undefined;
}

/** The claims the prose checks read of the hand-written figure at an offset of a text (`inside`, after its 「). */
function proseFigureAt(model: ReportModel, leaf: CstNode, property: string | undefined, inside: number): { text: TextClaims; claims: FigureClaim[] } | undefined {
    for (const text of claimsOf(model)) {
        if (text.prose.node !== leaf.astNode || text.prose.property !== property || textStart(text.prose) !== leaf.offset + 1) continue;
        const claims = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset <= inside && inside < c.figure.offset + c.figure.length);
        if (claims.length > 0) return { text, claims };
    }
    return undefined;
}

/**
 * The part of the report's text a node stands in, if it is 部门概况 or 情况说明; a project's form written in a table (十五、
 * 项目支出绩效自评表 { 项目 「…」 { 主管部门 「…」 } }) is read as 情况说明's, as the model reads it.
 */
function partOf(node: AstNode): 'overview' | 'explanation' | undefined {
    const part = AstUtils.getContainerOfType(node, n => isOverview(n) || isExplanation(n));
    if (part) return isOverview(part) ? 'overview' : 'explanation';
    return AstUtils.getContainerOfType(node, isProject) ? 'explanation' : undefined;
}

export function tableModelOf(model: ReportModel, node: Table): TableModel | undefined {
    // a page of a table split over pages (收入决算表（续）) is that table
    const first = model.continued.get(node) ?? node;
    for (const table of model.tables.values()) if (table.node === first) return table;
    return undefined;
}

/** The longest defined term covering an offset of a text. */
export function termAt(text: string, offset: number, terms: readonly GlossaryTerm[]): TermOccurrence | undefined {
    return findTerms(text, terms).find(o => o.start <= offset && offset < o.end);
}

/** The names of a reference 【a.b.c】 with their document offsets; `start` is the offset of 【. */
export function referenceSegments(text: string, start: number): { name: string; start: number; end: number }[] {
    const inner = text.slice(1, -1);
    const segments: { name: string; start: number; end: number }[] = [];
    let at = 0;
    for (const piece of inner.split(/([.．·])/)) {
        if (!/^[.．·]$/.test(piece)) {
            const lead = piece.length - piece.trimStart().length;
            const name = piece.trim();
            const from = start + 1 + at + lead;
            if (name) segments.push({ name, start: from, end: from + name.length });
        }
        at += piece.length;
    }
    return segments;
}

/** The path segment of a reference 【a.b.c】 under the cursor, with its document range. */
function pathSegmentAt(document: LangiumDocument, text: string, start: number, offset: number): { index: number; range: Range } | undefined {
    const segments = referenceSegments(text, start);
    const index = segments.findIndex(s => offset >= s.start && offset <= s.end);
    return index < 0 ? undefined : { index, range: rangeOf(document, segments[index].start, segments[index].end) };
}

/**
 * A column's name as 列【…】 reads it where the token under the cursor stands under a heading over several (基本支出 in
 * 预算数 { 合计 基本支出 }: 预算数·基本支出), so that a budget's 基本支出 is not taken for the actual's; else the token.
 */
function columnPathAt(header: CstNode | undefined, target: CstNode): string {
    const path: string[] = [];
    let previous: string | undefined;
    for (const leaf of header ? CstUtils.streamCst(header) : []) {
        if (!isLeafCstNode(leaf) || leaf.hidden) continue;
        if (leaf.text === '{' && previous !== undefined) path.push(previous);
        else if (leaf.text === '}') path.pop();
        else if (leaf === target) return [...path, fullWidthBrackets(leaf.text)].join(COLUMN_GROUP_JOINT);
        else previous = fullWidthBrackets(leaf.text);
    }
    return target.text;
}
