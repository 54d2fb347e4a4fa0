// Go to definition, find references and rename for named figures (a row and the references 【…】
// in text that resolve to it) and for the terms of the 名词解释 (the entry and the texts that use
// the term). The grammar has no cross-references: references in text are resolved by the model.
import type { LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { DefinitionProvider, RenameProvider, ReferencesProvider } from 'langium/lsp';
import type {
    DefinitionParams, Location, LocationLink, Range, ReferenceParams, RenameParams, TextDocumentPositionParams, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver';
import type { Report } from '../language/generated/ast.js';
import { isGlossaryEntry, isRow } from '../language/generated/ast.js';
import type { GlossaryTerm } from '../catalogue/glossary.js';
import { findTerms, normalizeTerm } from '../catalogue/glossary.js';
import type { JuesuanServices } from '../language/juesuan-module.js';
import type { ReportModelProvider } from '../model/model-provider.js';
import { parseProse, textStart } from '../model/prose.js';
import type { ReportModel } from '../model/report-model.js';
import type { RowModel } from '../model/rows.js';
import type { Target } from './locate.js';
import { indexOf, locate, referenceSegments } from './locate.js';

/** A reference 【…】 written in text, where it is, and the row it resolves to. */
export interface TextReference {
    readonly start: number;
    readonly end: number;
    readonly path: readonly string[];
    readonly segments: readonly { name: string; start: number; end: number }[];
    readonly row?: RowModel;
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
            const entry = model.report.parts.flatMap(p => (p.$type === 'Glossary' ? p.entries : [])).find(e => e.code === target.code);
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
            for (const node of AstUtils.streamAst(model.report)) {
                if ((isRow(node) || isGlossaryEntry(node)) && node.code === target.code) {
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

export class JuesuanRenameProvider extends NavigationBase implements RenameProvider {
    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): MaybePromise<Range | undefined> {
        const found = this.at(document, params);
        if (!found) return undefined;
        return this.renamed(document, found.model, found.target)?.range;
    }

    rename(document: LangiumDocument, params: RenameParams): MaybePromise<WorkspaceEdit | undefined> {
        const found = this.at(document, params);
        if (!found) return undefined;
        const what = this.renamed(document, found.model, found.target);
        if (!what) return undefined;
        const edits = what.edits(params.newName.trim());
        return edits ? { changes: { [document.textDocument.uri]: edits } } : undefined;
    }

    /** What a rename at the target would rename: a row's name or a defined term; and its edits. */
    private renamed(document: LangiumDocument, model: ReportModel, target: Target):
        { range: Range; edits: (name: string) => TextEdit[] | undefined } | undefined {
        const { references, terms } = textUsages(model);
        const edit = (start: number, end: number, newText: string): TextEdit => ({ range: toRange(document, start, end), newText });
        if (target.kind === 'term' && !target.row) {
            const term = target.term;
            const declaration = GrammarUtils.findNodeForProperty(term.entry.$cstNode, 'term');
            if (!declaration) return undefined;
            return {
                range: target.range,
                edits: name => {
                    if (!name || /[「」【】]/.test(name)) return undefined;
                    const bare = NAME.test(name) && !declaration.text.startsWith('「');
                    const list = [edit(declaration.offset, declaration.end, bare ? name : `「${name}」`)];
                    for (const use of terms) if (use.term === term) list.push(edit(use.start, use.end, name));
                    return list;
                },
            };
        }
        const row = rowOf(target);
        if (!row || (target.kind === 'reference' && !this.namesRow(target, row))) return undefined;
        const nameNode = GrammarUtils.findNodeForProperty(row.node.$cstNode, 'name');
        if (!nameNode) return undefined;
        const range = target.kind === 'reference' ? target.segment!.range : target.kind === 'row' || target.kind === 'term' ? toRange(document, nameNode.offset, nameNode.end) : undefined;
        if (!range) return undefined;
        const oldNames = new Set([row.name, row.canonicalName, normalizeTerm(row.name)]);
        return {
            range,
            edits: name => {
                if (!NAME.test(name)) return undefined;
                const list = [edit(nameNode.offset, nameNode.end, name)];
                for (const reference of references) {
                    if (reference.row !== row) continue;
                    // the segment naming the row itself, the last one that does
                    const segment = [...reference.segments].reverse().find(s => oldNames.has(s.name));
                    if (segment) list.push(edit(segment.start, segment.end, name));
                }
                return list;
            },
        };
    }

    /** Whether the reference segment under the cursor is the row's own name. */
    private namesRow(target: Extract<Target, { kind: 'reference' }>, row: RowModel): boolean {
        const segment = target.segment ? target.path[target.segment.index] : undefined;
        return segment !== undefined && (segment === row.name || segment === row.canonicalName);
    }
}

