// Go to definition, find references and rename for named figures (a row and the references 【…】
// in text that resolve to it) and for the terms of the 名词解释 (the entry and the texts that use
// the term; rename changes names only, see JuesuanRenameProvider). The grammar has no
// cross-references: references in text are resolved by the model.
import type { LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { DefinitionProvider, RenameProvider, ReferencesProvider } from 'langium/lsp';
import type {
    DefinitionParams, Location, LocationLink, Range, ReferenceParams, RenameParams, TextDocumentPositionParams, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Report } from '../language/generated/ast.js';
import { isGlossaryEntry, isRow } from '../language/generated/ast.js';
import type { GlossaryTerm } from '../catalogue/glossary.js';
import { findTerms } from '../catalogue/glossary.js';
import type { JuesuanServices } from '../language/juesuan-module.js';
import type { Figure } from '../model/figure.js';
import type { ReportModelProvider } from '../model/model-provider.js';
import { parseProse, textStart } from '../model/prose.js';
import type { ReportModel } from '../model/report-model.js';
import type { RowModel } from '../model/rows.js';
import { actualColumn } from '../model/rows.js';
import type { Target } from './locate.js';
import { indexOf, locate, referenceSegments } from './locate.js';
import { distinctTargets } from '../validation/rules/prose-judge.js';
import { figureVerdict } from '../validation/rules/prose.js';
import { reportParts } from '../model/section-groups.js';

/** A reference 【…】 written in text, where it is, and the row it resolves to. */
export interface TextReference {
    readonly start: number;
    readonly end: number;
    readonly path: readonly string[];
    readonly segments: readonly { name: string; start: number; end: number }[];
    readonly row?: RowModel;
    readonly figure?: Figure;
}

/** An occurrence of a defined term in text. */
export interface TextTerm {
    readonly term: GlossaryTerm;
    readonly start: number;
    readonly end: number;
}

const usages = new WeakMap<ReportModel, { references: TextReference[]; terms: TextTerm[] }>();

/** Every reference and every use of a defined term in the report's texts. */
export function textUsages(model: ReportModel): { references: TextReference[]; terms: TextTerm[] } {
    const cached = usages.get(model);
    if (cached) return cached;
    const references: TextReference[] = [];
    const terms: TextTerm[] = [];
    const glossary = indexOf(model).terms;
    for (const prose of model.nodes.prose) {
        const start = textStart(prose);
        if (start === undefined) continue;
        for (const segment of parseProse(prose.text)) {
            if (segment.kind !== 'reference') continue;
            const resolution = model.references.resolve(segment.path);
            const from = start + segment.offset;
            references.push({
                start: from, end: from + segment.text.length, path: segment.path,
                segments: referenceSegments(segment.text, from),
                row: resolution.kind === 'found' ? resolution.row : undefined,
                figure: resolution.kind === 'found' ? resolution.figure : undefined,
            });
        }
        // a term's own definition does not use it
        const own = isGlossaryEntry(prose.node) ? prose.node : undefined;
        const occurrences = findTerms(prose.text, glossary.filter(t => t.entry !== own));
        // where terms overlap (财政拨款收入 inside 一般公共预算财政拨款收入) only the longest counts
        const taken: [number, number][] = [];
        for (const occurrence of occurrences) {
            if (taken.some(([a, b]) => occurrence.start < b && a < occurrence.end)) continue;
            taken.push([occurrence.start, occurrence.end]);
            terms.push({ term: occurrence.term, start: start + occurrence.start, end: start + occurrence.end });
        }
    }
    const result = { references, terms };
    usages.set(model, result);
    return result;
}

function toRange(document: LangiumDocument, start: number, end: number): Range {
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}

function nodeRange(document: LangiumDocument, node: { offset: number; end: number } | undefined): Range | undefined {
    return node ? toRange(document, node.offset, node.end) : undefined;
}

/** The row a target stands for, if it stands for a named figure. */
function rowOf(target: Target): RowModel | undefined {
    switch (target.kind) {
        case 'row': return target.row;
        case 'figure': return target.placed.row;
        case 'attribute': return target.row;
        case 'reference': return target.resolution.kind === 'found' ? target.resolution.row : undefined;
        case 'term': return target.row;
        default: return undefined;
    }
}

abstract class NavigationBase {
    protected readonly models: ReportModelProvider;

    constructor(services: JuesuanServices) {
        this.models = services.model.ReportModels;
    }

    protected at(document: LangiumDocument, params: TextDocumentPositionParams): { model: ReportModel; target: Target } | undefined {
        const report = document.parseResult?.value as Report | undefined;
        if (!report?.parts) return undefined;
        const model = this.models.get(document);
        const target = locate(document, model, document.textDocument.offsetAt(params.position));
        return target ? { model, target } : undefined;
    }
}

export class JuesuanDefinitionProvider extends NavigationBase implements DefinitionProvider {
    getDefinition(document: LangiumDocument, params: DefinitionParams): MaybePromise<LocationLink[] | undefined> {
        const found = this.at(document, params);
        if (!found) return undefined;
        const { model, target } = found;
        const uri = document.textDocument.uri;
        const link = (node: { offset: number; end: number } | undefined, whole: { offset: number; end: number } | undefined): LocationLink[] | undefined => {
            const selection = nodeRange(document, node);
            if (!selection) return undefined;
            return [{ originSelectionRange: target.range, targetUri: uri, targetRange: nodeRange(document, whole) ?? selection, targetSelectionRange: selection }];
        };
        if (target.kind === 'reference' && target.resolution.kind === 'found') {
            const row = target.resolution.row.node;
            return link(GrammarUtils.findNodeForProperty(row.$cstNode, 'name'), row.$cstNode);
        }
        if (target.kind === 'prose-figure') {
            // a figure written in text to the row of the one figure the prose check compares it with
            // the check's own reading of the figure (its opening whole, its role) before a fresh look-up
            const [claim] = target.claims;
            const judged = figureVerdict(model, target.text.prose, claim).judged?.targets;
            const targets = judged ?? (claim.subject && !claim.notData ? distinctTargets(model, claim.subject, claim.role, claim.figure) : []);
            const row = targets.length === 1 ? targets[0].quantity.row.node : undefined;
            return row ? link(GrammarUtils.findNodeForProperty(row.$cstNode, 'name'), row.$cstNode) : undefined;
        }
        if (target.kind === 'term' && !target.declaration) {
            const entry = target.term.entry;
            return link(GrammarUtils.findNodeForProperty(entry.$cstNode, 'term'), entry.$cstNode);
        }
        if (target.kind === 'code') {
            if (target.entry) {
                // from the 名词解释 to the row of the code
                const row = indexOf(model).rows.find(r => r.code === target.code)?.node;
                return row ? link(GrammarUtils.findNodeForProperty(row.$cstNode, 'code'), row.$cstNode) : undefined;
            }
            const entry = reportParts(model.report).flatMap(p => (p.$type === 'Glossary' ? p.entries : [])).find(e => e.code === target.code);
            return entry ? link(GrammarUtils.findNodeForProperty(entry.$cstNode, 'code'), entry.$cstNode) : undefined;
        }
        return undefined;
    }
}

export class JuesuanReferencesProvider extends NavigationBase implements ReferencesProvider {
    findReferences(document: LangiumDocument, params: ReferenceParams): MaybePromise<Location[]> {
        const found = this.at(document, params);
        if (!found) return [];
        const { model, target } = found;
        const uri = document.textDocument.uri;
        const locations: Location[] = [];
        const add = (start: number, end: number) => locations.push({ uri, range: toRange(document, start, end) });
        const { references, terms } = textUsages(model);
        const row = rowOf(target);
        if (row && (target.kind !== 'term' || target.row)) {
            if (params.context.includeDeclaration) {
                const name = GrammarUtils.findNodeForProperty(row.node.$cstNode, 'name');
                if (name) add(name.offset, name.end);
            }
            for (const reference of references) if (reference.row === row) add(reference.start, reference.end);
            return locations;
        }
        if (target.kind === 'term') {
            const term = target.term;
            if (params.context.includeDeclaration) {
                const declaration = GrammarUtils.findNodeForProperty(term.entry.$cstNode, 'term');
                if (declaration) add(declaration.offset, declaration.end);
            }
            for (const use of terms) if (use.term === term) add(use.start, use.end);
            return locations;
        }
        if (target.kind === 'code') {
            const rows = indexOf(model).rowOf;
            for (const node of AstUtils.streamAst(model.report)) {
                // a row printed with its own segment only (05) by the whole code it was read with
                const whole = isRow(node) ? rows.get(node)?.code ?? node.code : isGlossaryEntry(node) ? node.code : undefined;
                if (whole === target.code) {
                    const code = GrammarUtils.findNodeForProperty(node.$cstNode, 'code');
                    if (code && (params.context.includeDeclaration || isRow(node))) add(code.offset, code.end);
                }
            }
            for (const reference of references) {
                for (const segment of reference.segments) if (segment.name === target.code) add(segment.start, segment.end);
            }
        }
        return locations;
    }
}

/** The ID terminal of the grammar: a valid row name or bare term. */
const NAME = /^[_a-zA-Z\u00c0-\u024f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff“][_a-zA-Z\u00c0-\u024f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff“”（）·]*$/;
/** What separates the names of a reference 【附表6.201.基本支出】. */
const REFERENCE_SEPARATOR = /[.．·]/;

/** A rename the request asks for that cannot be done; the client shows the message. */
function refuse(message: string): never {
    throw new ResponseError(LSPErrorCodes.RequestFailed, message);
}

/**
 * Renames whole names only: a row's name (and the rows of that name, when it is a term the
 * 名词解释 defines), the term's entry, and the names in references 【…】 that name those rows.
 * Never a part of a longer name (财政拨款收入 inside 一般公共预算财政拨款收入) and never free text:
 * that is the officer's, and a word in it may be part of another. A new name the grammar would
 * read as a keyword or a unit, one already in use, or one a reference cannot hold is refused
 * with the reason.
 */
export class JuesuanRenameProvider extends NavigationBase implements RenameProvider {
    private readonly keywords: ReadonlySet<string>;

    constructor(services: JuesuanServices) {
        super(services);
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value).filter(k => NAME.test(k)));
    }

    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): MaybePromise<Range | undefined> {
        return this.renamed(document, params).range;
    }

    rename(document: LangiumDocument, params: RenameParams): MaybePromise<WorkspaceEdit | undefined> {
        const renamed = this.renamed(document, params);
        return { changes: { [document.textDocument.uri]: renamed.edits(params.newName.trim()) } };
    }

    /** What a rename at the position renames: where it starts, and its edits for a new name. */
    private renamed(document: LangiumDocument, params: TextDocumentPositionParams): { range: Range; edits: (name: string) => TextEdit[] } {
        const found = this.at(document, params);
        const what = found && this.named(document, found.model, found.target, document.textDocument.offsetAt(params.position));
        if (!what) refuse('这里没有可以重命名的名称：可以重命名的是行名、名词解释中的词条，以及引用【…】中的行名。');
        const { model } = found!;
        const { range, oldName, rows, term } = what;
        return {
            range,
            edits: name => {
                this.check(name, oldName, model, rows, term);
                const edits: TextEdit[] = [];
                const edit = (start: number, end: number, newText: string) => edits.push({ range: toRange(document, start, end), newText });
                if (term) {
                    const declaration = GrammarUtils.findNodeForProperty(term.entry.$cstNode, 'term')!;
                    edit(declaration.offset, declaration.end, NAME.test(name) && !declaration.text.startsWith('「') ? name : `「${name}」`);
                }
                for (const row of rows) {
                    const nameNode = GrammarUtils.findNodeForProperty(row.node.$cstNode, 'name');
                    if (nameNode) edit(nameNode.offset, nameNode.end, name);
                }
                for (const reference of textUsages(model).references) {
                    reference.segments.forEach((segment, index) => {
                        const row = namedRow(model, reference, index);
                        if (row && rows.includes(row)) edit(segment.start, segment.end, name);
                    });
                }
                return edits;
            },
        };
    }

    /**
     * The name at a place and what carries it: a row's name, or a reference's name naming a row
     * (that row); a term of the 名词解释, or a row of a name it defines (the term and every row
     * of that name).
     */
    private named(document: LangiumDocument, model: ReportModel, target: Target, offset: number):
        { range: Range; oldName: string; rows: RowModel[]; term?: GlossaryTerm } | undefined {
        const index = indexOf(model);
        const concept = (name: string, range: Range) => ({
            range, oldName: name, rows: index.rows.filter(r => r.name === name), term: index.terms.find(t => t.term === name),
        });
        if (target.kind === 'term' && target.declaration) return concept(target.term.term, target.range);
        let row: RowModel | undefined;
        let range: Range | undefined;
        if (target.kind === 'reference') {
            const reference = textUsages(model).references.find(r => r.start <= offset && offset <= r.end);
            const segment = reference?.segments.findIndex(s => s.start <= offset && offset <= s.end) ?? -1;
            row = segment >= 0 ? namedRow(model, reference!, segment) : undefined;
            range = segment >= 0 ? toRange(document, reference!.segments[segment].start, reference!.segments[segment].end) : undefined;
        } else if (target.kind === 'row' || target.kind === 'term' || target.kind === 'code') {
            // on a row's name (a code row's too, not its code), or on a defined term inside it
            const nameNode = target.row && GrammarUtils.findNodeForProperty(target.row.node.$cstNode, 'name');
            if (nameNode && nameNode.offset <= offset && offset <= nameNode.end) {
                row = target.row;
                range = toRange(document, nameNode.offset, nameNode.end);
            }
        }
        if (!row || !range) return undefined;
        if (index.terms.some(t => t.term === row!.name)) return concept(row.name, range);
        return { range, oldName: row.name, rows: [row] };
    }

    /** Refuses a new name that would not parse, would be taken for a keyword, or is in use. */
    private check(name: string, oldName: string, model: ReportModel, rows: readonly RowModel[], term: GlossaryTerm | undefined): void {
        if (!name) refuse('新名称不能为空。');
        if (/[「」【】\r\n]/.test(name)) refuse(`“${name}”不能作为名称：名称中不能有「」【】或换行。`);
        if (REFERENCE_SEPARATOR.test(name)) refuse(`“${name}”不能作为名称：引用【…】用“.”“．”“·”分隔名称，名称中不能有它们。`);
        if (rows.length > 0 && !NAME.test(name)) {
            refuse(`“${name}”不能作为行名：行名由汉字、字母、全角括号和引号组成，不能有数字、空格或其他符号。`);
        }
        if (this.keywords.has(name)) refuse(`“${name}”是语言的关键字或单位，不能作为名称。`);
        if (name === oldName) return;
        const index = indexOf(model);
        const renamed = new Set<unknown>([...rows, term]);
        const rowInUse = index.rows.find(r => !renamed.has(r) && (r.name === name || r.canonicalName === name));
        if (rowInUse) {
            const where = rowInUse.table ? rowInUse.table.label : rowInUse.context.replace(/ › .*$/, '');
            refuse(`“${name}”已是${where}中的行名：同名会使引用无法区分，请换一个名称。`);
        }
        if (index.terms.some(t => t !== term && t.term === name)) refuse(`“${name}”已是名词解释中的词条，请换一个名称。`);
        const table = [...model.tables.values()].find(t => t.columns.includes(name) || t.title === name);
        if (table) refuse(`“${name}”已是${table.label}的${table.title === name ? '表名' : '列名'}，请换一个名称。`);
    }
}

/**
 * The row a reference's name at `index` names, if it names one: a level of the path to the
 * figure it resolves to (the figure's row or an ancestor). The last name names the row only when
 * the reference ends at the row's main figure, not at a column or attribute of that name.
 */
function namedRow(model: ReportModel, reference: TextReference, index: number): RowModel | undefined {
    const { row, figure } = reference;
    const segment = reference.segments[index]?.name;
    if (!row || !figure || segment === undefined) return undefined;
    const names = (r: RowModel) => r.name === segment || r.canonicalName === segment;
    const last = index === reference.segments.length - 1;
    if (last) {
        const placed = indexOf(model).placeOf.get(figure);
        const main = placed && placed.row === row && placed.key === undefined && placed.column === (actualColumn(row) ?? row.columns[0]);
        const previousNamesRow = index > 0 && names(row) && reference.segments[index - 1].name === segment;
        return main && names(row) && !previousNamesRow ? row : undefined;
    }
    for (let r: RowModel | undefined = row; r; r = r.parent) if (names(r)) return r;
    return undefined;
}
