import type { LangiumDocument } from 'langium';
import type { Grammar } from 'langium';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { CompletionProviderOptions, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider, findNextFeatures } from 'langium/lsp';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionParams, Range } from 'vscode-languageserver';
import { CompletionItemKind, CompletionList, InsertTextFormat } from 'vscode-languageserver';
import type { Report, Table } from '../language/generated/ast.js';
import { isTable } from '../language/generated/ast.js';
import type { CodeCatalogue } from '../catalogue/catalogue.js';
import { nameFor } from '../catalogue/catalogue.js';
import { glossaryTerms, normalizeTerm } from '../catalogue/glossary.js';
import type { JuesuanServices } from '../language/juesuan-module.js';
import { formatFigure } from '../model/figure.js';
import type { ReportModelProvider } from '../model/model-provider.js';
import type { ReportModel } from '../model/report-model.js';
import type { TableTemplate } from '../templates/index.js';
import { covers, TEMPLATES } from '../templates/index.js';
import { parseTableLabel, tableLabelOf } from '../model/table-label.js';
import { indexOf } from './locate.js';
import { PROJECT_SNIPPET, reportSnippet } from './skeleton.js';

/** Tokens after a parse error that completion still reads through the grammar (see findFeaturesAt). */
const MAX_UNPARSED_TOKENS = 12;

/**
 * Completion for reports: subject codes by the digits typed at a line start (`2010` offers
 * `2010301 行政运行`), the template's row names for the table the cursor is in, column names in
 * `列【…】`, figure paths inside 【 in text, terms of the 名词解释 in text, the keywords, and
 * snippets for a new report and a new project performance table.
 */
export class JuesuanCompletionProvider extends DefaultCompletionProvider {
    private readonly models: ReportModelProvider;
    private readonly catalogue: CodeCatalogue;
    private formWords: ReadonlySet<string> | undefined;

    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['【', '.'] };

    constructor(services: JuesuanServices) {
        super(services);
        this.models = services.model.ReportModels;
        this.catalogue = services.catalogue.SubjectCodes;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams): Promise<CompletionList | undefined> {
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const offset = textDocument.offsetAt(params.position);
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        const linePrefix = text.slice(lineStart, offset);
        const report = document.parseResult?.value as Report | undefined;
        const model = report?.parts ? this.models.get(document) : undefined;
        const range = (from: number): Range => ({ start: textDocument.positionAt(from), end: params.position });
        const year = reportYear(document, model, text);

        const textStart = openTextStart(text, offset);
        if (textStart !== undefined && /(?:^|\n)[ \t\u3000]*模板[ \t\u3000]*「$/.test(text.slice(0, textStart))) {
            return CompletionList.create(this.templates(year, textStart, range), false);
        }
        // 模板 with its 「 not yet typed: the templates with their brackets, not the units a figure takes
        const templateLine = /^[ \t\u3000]*模板[ \t\u3000]+([^\s「」]*)$/.exec(linePrefix);
        if (textStart === undefined && templateLine) {
            return CompletionList.create(this.templates(year, offset - templateLine[1].length, range, true), false);
        }
        if (textStart !== undefined) {
            const inText = text.slice(textStart, offset);
            const open = inText.lastIndexOf('【');
            if (open >= 0 && inText.indexOf('】', open) < 0) {
                return CompletionList.create(model ? this.figurePaths(model, textStart + open + 1, offset, text, range) : [], false);
            }
            return CompletionList.create(report?.parts ? this.termsInText(report, inText, offset, range) : [], false);
        }
        const column = /列\s*[[【]([^\]】]*)$/.exec(linePrefix);
        if (column) {
            const table = this.tableAt(document, offset, text);
            const typed = /[^\s,，、[【]*$/.exec(column[1])![0];
            return CompletionList.create(this.columns(table, column[1], offset - typed.length, range), false);
        }
        const code = /^[ \t\u3000]*(\d+)$/.exec(linePrefix);
        if (code) {
            const table = this.tableAt(document, offset, text);
            return CompletionList.create(this.codes(code[1], table, model, year, offset - code[1].length, range), false);
        }
        const items: CompletionItem[] = [];
        // 表五 |: the title the template gives the table its label numbers
        const label = /^[ \t\u3000]*((?:附表|表)[ \t\u3000]*(?:\d+|[一二三四五六七八九十]+))[ \t\u3000]+([^\s{}]*)$/.exec(linePrefix);
        const titled = label && model?.template.tables.find(t => t.number === parseTableLabel(label[1]).number);
        if (label && titled && titled.title.startsWith(label[2]) && titled.title !== label[2]) {
            items.push({ label: titled.title, kind: CompletionItemKind.Class, textEdit: { range: range(offset - label[2].length), newText: titled.title } });
        }
        const name = /^[ \t\u3000]*([^\s\d{}「」【】:：]*)$/.exec(linePrefix);
        if (name) {
            const from = offset - name[1].length;
            const table = this.tableAt(document, offset, text);
            items.push(...this.rowNames(table, report, from, range));
            items.push(...this.sectionKeys(document, openHeadings(text, offset), from, range));
            items.push(...this.snippets(offset, text, from, range));
        }
        const keywords = await super.getCompletion(document, params);
        // a row may be named as a form's column (得分 in a table of the report's own), but the form's words are offered
        // only in a project, and 项目 only where one may start: not among a 三公 table's rows
        const open = openHeadings(text, offset);
        const inProject = open.some(heading => heading.startsWith('项目'));
        const formWords = this.formWords ??= keywordsOf(this.grammar, ['FormWord']);
        items.push(...(keywords?.items ?? []).filter(item => item.label === '项目' ? mayHoldProject(open) : inProject || !formWords.has(item.label)));
        return CompletionList.create(items, false);
    }

    /**
     * Langium reads the tokens after the last one its completion parser could place by following
     * the grammar every way they could be read; on this grammar the readings about double with
     * each token, so after a broken line (a figure written `0x10`, say) completion never returned.
     * Past MAX_UNPARSED_TOKENS such tokens there are no keyword completions at that place.
     */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const text = document.getText({ start: { line: 0, character: 0 }, end: document.positionAt(offset) });
        const parserResult = this.completionParser.parse(text);
        const unparsed = parserResult.tokens.slice(parserResult.tokenIndex);
        if (unparsed.length > MAX_UNPARSED_TOKENS) return [];
        if (parserResult.tokenIndex === 0) {
            const entry = GrammarUtils.getEntryRule(this.grammar);
            return entry ? findNextFeatures([[this.buildSyntheticEntryRuleCall(entry)]], unparsed) : [];
        }
        return findNextFeatures([parserResult.elementStack.map(feature => ({ feature }))], unparsed);
    }

    // ---- codes ---------------------------------------------------------------------------------------

    private codes(prefix: string, table: TableTemplate | undefined, model: ReportModel | undefined, year: number | undefined, from: number, range: (from: number) => Range): CompletionItem[] {
        const scheme = table?.codes === '功能分类' ? '功能' : table?.codes === '经济分类' ? '经济' : undefined;
        const items = new Map<string, CompletionItem>();
        // codes under a class or 款 the report already writes come first: 2010 under 20103 offers 2010301 before 20101
        const written = new Set(model ? indexOf(model).rows.map(row => row.code).filter((c): c is string => Boolean(c)) : []);
        const rank = (code: string) => `${written.has(code.slice(0, -2)) ? 0 : 1}${code}`;
        for (const entry of this.catalogue.entries()) {
            if (!entry.code.startsWith(prefix) || (scheme && entry.scheme !== scheme)) continue;
            const name = nameFor(entry, year);
            items.set(entry.code, {
                label: `${entry.code} ${name}`,
                kind: CompletionItemKind.EnumMember,
                detail: `${entry.scheme}分类 · ${levelName(entry.code)}`,
                documentation: entry.definition,
                filterText: entry.code,
                sortText: rank(entry.code),
                textEdit: { range: range(from), newText: `${entry.code} ${name}` },
            });
        }
        // codes the report itself uses that the catalogues do not know
        if (model) {
            for (const row of indexOf(model).rows) {
                if (!row.code || !row.name || !row.code.startsWith(prefix) || items.has(row.code)) continue;
                items.set(row.code, {
                    label: `${row.code} ${row.name}`,
                    kind: CompletionItemKind.EnumMember,
                    detail: '本报告中的科目',
                    filterText: row.code,
                    sortText: rank(row.code),
                    textEdit: { range: range(from), newText: `${row.code} ${row.name}` },
                });
            }
        }
        return [...items.values()];
    }

    // ---- rows, columns, snippets ---------------------------------------------------------------------------

    private rowNames(table: TableTemplate | undefined, report: Report | undefined, from: number, range: (from: number) => Range): CompletionItem[] {
        if (!table) return [];
        const names = new Set<string>();
        for (const group of table.groups ?? []) {
            names.add(group.name);
            group.rows.forEach(r => names.add(r));
        }
        if (!table.groups) names.add('合计');
        table.rows?.forEach(r => names.add(r));
        const terms = new Set(report?.parts ? glossaryTerms(report).map(t => normalizeTerm(t.term)) : []);
        return [...names].map((name, i) => ({
            label: name,
            kind: CompletionItemKind.Field,
            detail: `${table.title}`,
            documentation: terms.has(name) ? '名词解释中有定义' : undefined,
            sortText: `0${String(i).padStart(3, '0')}`,
            textEdit: { range: range(from), newText: name },
        }));
    }

    private columns(table: TableTemplate | undefined, written: string, from: number, range: (from: number) => Range): CompletionItem[] {
        if (!table) return [];
        const already = new Set(written.split(/[\s,，、]+/).filter(Boolean));
        return table.columns.filter(c => !already.has(c)).map((column, i) => ({
            label: column,
            kind: CompletionItemKind.Field,
            detail: `${table.title}的列`,
            sortText: String(i).padStart(3, '0'),
            textEdit: { range: range(from), newText: column },
        }));
    }

    /** Directly in 部门概况 or 情况说明: the template's sections of that part, each with its text to write. */
    private sectionKeys(document: LangiumDocument, open: readonly string[], from: number, range: (from: number) => Range): CompletionItem[] {
        if (open.length !== 1) return [];
        const topic = /^(?:部门|单位)概况/.test(open[0]) ? 'duties' : /^情况说明/.test(open[0]) ? 'total' : undefined;
        const template = topic && this.models.get(document).template;
        const part = template ? template.parts.find(p => p.sections.some(s => s.topic === topic)) : undefined;
        return (part?.sections ?? []).map((section, i) => ({
            label: section.title,
            kind: CompletionItemKind.Property,
            detail: `${template!.shortName}的${part!.title}一节`,
            insertTextFormat: InsertTextFormat.Snippet,
            sortText: `1${String(i).padStart(3, '0')}`,
            textEdit: { range: range(from), newText: `${section.title} 「$1」` },
        }));
    }

    private snippets(offset: number, text: string, from: number, range: (from: number) => Range): CompletionItem[] {
        const items: CompletionItem[] = [];
        if (braceDepth(text, offset) === 0 && !/\S/.test(text.replace(/\/\/[^\n]*/g, '').slice(0, from))) {
            // one skeleton per template: the user picks the province's layout as the report starts
            TEMPLATES.forEach((template, i) => items.push({
                label: `决算报告（${template.shortName}）`,
                kind: CompletionItemKind.Snippet,
                detail: `新报告的骨架：报告信息、部门概况、情况说明、名词解释、${template.name}的 ${template.tables.length} 张表`,
                insertTextFormat: InsertTextFormat.Snippet,
                filterText: `决算报告 新报告 骨架 ${template.shortName}`,
                sortText: `0${i}`,
                textEdit: { range: range(from), newText: reportSnippet(template) },
            }));
        }
        if (mayHoldProject(openHeadings(text, offset))) {
            items.push({
                label: '项目绩效表',
                kind: CompletionItemKind.Snippet,
                detail: '项目绩效目标完成情况表',
                insertTextFormat: InsertTextFormat.Snippet,
                filterText: '项目绩效表 项目',
                textEdit: { range: range(from), newText: PROJECT_SNIPPET },
            });
        }
        return items;
    }

    /** The templates by the names a 模板 line takes, those published for the report's year first; `bracketed` with its 「」. */
    private templates(year: number | undefined, from: number, range: (from: number) => Range, bracketed = false): CompletionItem[] {
        return TEMPLATES.map((template, i) => ({
            label: template.shortName,
            kind: CompletionItemKind.EnumMember,
            detail: template.name,
            documentation: `${template.tables.length} 张表`,
            filterText: [template.shortName, ...template.aliases].join(' '),
            sortText: `${year === undefined || covers(template, year) ? 0 : 1}${i}`,
            textEdit: { range: range(from), newText: bracketed ? `「${template.shortName}」` : template.shortName },
        }));
    }

    // ---- in text: figure paths and terms -----------------------------------------------------------------

    private figurePaths(model: ReportModel, from: number, offset: number, text: string, range: (from: number) => Range): CompletionItem[] {
        const closed = text.charAt(offset) === '】';
        const items = new Map<string, CompletionItem>();
        for (const [figure] of indexOf(model).placeOf) {
            const path = model.references.pathTo(figure);
            if (!path) continue;
            const label = path.join('.');
            if (items.has(label)) continue;
            items.set(label, {
                label,
                kind: CompletionItemKind.Variable,
                detail: `${formatFigure(figure, model.groupsDigits)}${figure.kind === 'rate' ? '' : ` ${figure.unit}`}`,
                documentation: figure.label,
                filterText: label,
                textEdit: { range: range(from), newText: closed ? label : `${label}】` },
            });
        }
        return [...items.values()];
    }

    private termsInText(report: Report, inText: string, offset: number, range: (from: number) => Range): CompletionItem[] {
        return glossaryTerms(report).map(term => {
            // the longest end of the text typed so far that starts the term
            let typed = 0;
            for (let k = Math.min(term.term.length, inText.length); k > 0; k--) {
                if (term.term.startsWith(inText.slice(inText.length - k))) {
                    typed = k;
                    break;
                }
            }
            return {
                label: term.term,
                kind: CompletionItemKind.Text,
                detail: '名词解释',
                documentation: term.definition,
                textEdit: { range: range(offset - typed), newText: term.term },
            };
        });
    }

    // ---- where the cursor is ---------------------------------------------------------------------------------

    /** The template of the 附表 around the cursor. */
    private tableAt(document: LangiumDocument, offset: number, text: string): TableTemplate | undefined {
        let number: number | undefined;
        const root = document.parseResult?.value?.$cstNode;
        const leaf = root ? CstUtils.findLeafNodeBeforeOffset(root, offset) : undefined;
        const table = leaf ? AstUtils.getContainerOfType(leaf.astNode, isTable) as Table | undefined : undefined;
        if (table && table.$cstNode && table.$cstNode.offset < offset && braceDepth(text.slice(table.$cstNode.offset), offset - table.$cstNode.offset) > 0) {
            // the model's number: a table written by its title alone, or numbered as its province does, has the template's
            // a page it continues on (续表 {, 收入决算表（续） {) is the table of its first page, as the model reads it
            const model = this.models.get(document);
            const first = model.continued.get(table) ?? table;
            number = [...model.tables.values()].find(t => t.node === first)?.number ?? tableLabelOf(first).number;
        } else {
            // a table being written does not parse yet: the last table heading still open
            const heading = [...text.slice(0, offset).matchAll(/(?:^|\n)[ \t\u3000]*((?:附表|表)[ \t\u3000]*(?:\d+|[一二三四五六七八九十]+)|(?:(?:财决)?公开|财决)\d+表|部门公开表\d+)[^{\n]*\{/g)].pop();
            if (heading && braceDepth(text.slice(heading.index), offset - heading.index) > 0) {
                number = parseTableLabel(heading[1]).number;
            }
        }
        const template = this.models.get(document).template;
        return number === undefined ? undefined : template.tables.find(t => t.number === number);
    }
}

/**
 * The report's year: the model's where the text parses; else as its 年度 line writes it, which a broken text may have
 * lost from the model (a 「 typed before it and closed by a later text's 」 swallows the lines between).
 */
function reportYear(document: LangiumDocument, model: ReportModel | undefined, text: string): number | undefined {
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length === 0 && parserErrors.length === 0) return model?.meta.year;
    const line = /(?:^|\n)[ \t\u3000]*年度[ \t\u3000]*[:：]?[ \t\u3000]*(\d{4})(?!\d)/.exec(text);
    return line ? Number(line[1]) : model?.meta.year;
}

function levelName(code: string): string {
    return code.length <= 3 ? '类' : code.length <= 5 ? '款' : '项';
}

/**
 * Whether a project's performance table may start in the blocks open (see openHeadings): in 情况说明, directly or in a
 * section about performance (预算绩效 { 项目 「…」 { … } }), as the language places it; not in a table, 名词解释 (where it
 * does not parse), 三公经费 or 部门概况, where it would mean nothing.
 */
function mayHoldProject(open: readonly string[]): boolean {
    return open.length > 0 && /^情况说明/.test(open[0]) && (open.length === 1 || (open.length === 2 && /绩效/.test(open[1])));
}

/** The keywords of grammar rules, and of the rules they call. */
function keywordsOf(grammar: Grammar, names: readonly string[]): ReadonlySet<string> {
    const words = new Set<string>();
    const seen = new Set<string>();
    const visit = (name: string) => {
        const rule = grammar.rules.find(r => r.name === name);
        if (!rule || seen.has(name)) return;
        seen.add(name);
        for (const node of AstUtils.streamAllContents(rule)) {
            if (GrammarAST.isKeyword(node)) words.add(node.value);
            else if (GrammarAST.isRuleCall(node) && node.rule.ref) visit(node.rule.ref.name);
        }
    };
    names.forEach(visit);
    return words;
}

/** Braces open at an offset, texts and comments skipped. */
function braceDepth(text: string, offset: number): number {
    return openHeadings(text, offset).length;
}

/** What each brace open at an offset follows on its line (情况说明, 预算绩效, 项目 「…」), outermost first; texts and comments skipped. */
function openHeadings(text: string, offset: number): string[] {
    const open: string[] = [];
    let inText = 0;
    for (let i = 0; i < offset; i++) {
        const ch = text[i];
        if (inText > 0) {
            if (ch === '「') inText++;
            else if (ch === '」') inText--;
            continue;
        }
        if (ch === '/' && text[i + 1] === '/') {
            const end = text.indexOf('\n', i);
            if (end < 0 || end >= offset) break;
            i = end;
        } else if (ch === '「') inText = 1;
        else if (ch === '{') open.push(text.slice(text.lastIndexOf('\n', i - 1) + 1, i).trim());
        else if (ch === '}') open.pop();
    }
    return open;
}

/** The offset just after the 「 of the text the cursor is in, if it is in one. */
function openTextStart(text: string, offset: number): number | undefined {
    let depth = 0;
    let start: number | undefined;
    for (let i = 0; i < offset; i++) {
        const ch = text[i];
        if (depth === 0 && ch === '/' && text[i + 1] === '/') {
            const end = text.indexOf('\n', i);
            if (end < 0 || end >= offset) return undefined;
            i = end;
        } else if (ch === '「') {
            if (depth === 0) start = i + 1;
            depth++;
        } else if (ch === '」' && depth > 0) {
            depth--;
            if (depth === 0) start = undefined;
        }
    }
    return depth > 0 ? start : undefined;
}
