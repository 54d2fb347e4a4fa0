// Langium's services set up for what the .juesuan language is: a grammar without
// cross-references (references in text, 【附表6.201.基本支出】, are resolved by the report model)
// and checks that all run once on the whole report (registered on `Report`).
//
// Langium's defaults walk the whole syntax tree several times per build for work that such a
// language never uses, and the walks (Langium's generic `streamAst`, an iterator object and an
// `await` per node) dominate the cost of a large report. Measured on a report 100× the seed's
// size (3.7 MB), per full build: the linker's walk looking for references, the scope
// computation's walk creating a description (with its name's range) for every named node, the
// reference index's walk, and the validator's walk looking for checks on every node took about
// 0.6 s of about 2.5 s of CPU, plus the garbage they leave (see bench/lsp.bench.ts).
//
// The language server also loaded every .juesuan file of the workspace at start-up (Langium's
// WorkspaceManager), though a report never refers to another: in a workspace of 300 reports that
// delayed the first diagnostics by seconds, held 600 MB, and made every keystroke slower through
// the garbage collector's work on that heap. Only the reports the user opens are loaded now.
//
// The parser's CST builder is asked, before every token, to place the hidden tokens (comments)
// that precede it, and with none to place it still looked for the new node among its parent's
// children: quadratic in the length of a long list (a 情况说明 of thousands of rows), about a
// sixth of parsing a 100× report. Its leaves now make their line-and-character range when first
// asked rather than at parse time, its composite nodes hold their children in plain arrays, the
// parser links nodes to their containers and gives them their default values without Langium's
// `Object.entries` and `Object.values` per node, and it no longer keeps the last parse's tokens
// and tree until the next (bench/lsp.bench.ts measures the effect: `juesuan check` of 300
// reports went from 5–6 s to about 4 s with the first of these, and to about 3–4 s with all).
//
// Langium's parser builder passes each rule's arguments down every call, and so made, at every
// choice, repetition and option of every parse, the choice's list and a closure per alternative,
// an object and a closure per repetition: a third of what `juesuan check` of 300 reports allocated.
// A grammar without rule parameters (juesuan's) has its rules built here instead, each step made
// once (`argumentFreeParser`): the same calls of Langium's parser, with the same occurrence numbers.
//
// Edits that arrive faster than a build (fast typing, a paste, a burst of changes from an
// extension) each started a build that parsed its state before the next edit could cancel it:
// Langium checks for cancellation only every 10 ms, and a parse takes longer than that. The
// builder now lets the edits already received come in before it parses, so that a stale state is
// dropped before its parse, not after. A burst of 1,000 edits took 14 s to settle before.
//
// Each replacement checks its premise and otherwise does what Langium does, so that a
// cross-reference added to the grammar, or a check registered on another node type, still works.
//
// The parser and the builder rely on Langium's internals (private fields and methods of its
// parser, its CST builder and its document builder), which a Langium release may change without
// notice. When they are made, those internals are checked; if one is not as expected, Langium's
// own parser or builder is used instead, with a note on stderr once (`leanParser`,
// `tunedDocumentBuilder`). The other replacements only override methods: were one renamed,
// Langium's own would run.
import type { IRecognitionException, IToken, TokenTypeDictionary } from 'chevrotain';
import type {
    AstNode, AstNodeDescription, AstReflection, BuildOptions, LangiumDocument, LangiumParser, LangiumSharedCoreServices, Lexer,
    LexerResult, ParseResult, ReferenceDescription, TypeMetaData, URI, ValidationAcceptor, ValidationOptions,
} from 'langium';
import {
    Cancellation, CstNodeBuilder, CstUtils, DefaultDocumentBuilder, DefaultDocumentValidator, DefaultLinker,
    DefaultReferenceDescriptionProvider, DefaultScopeComputation, DefaultWorkspaceManager, GrammarAST, GrammarUtils,
    CompositeCstNodeImpl, DocumentState, interruptAndCheck, isAstNode, LangiumParser as LangiumParserImpl, LeafCstNodeImpl,
    MultiMap, OperationCancelled, prepareLangiumParser, UriUtils,
} from 'langium';
import type { CompositeCstNode, CstNode, LeafCstNode, RootCstNodeImpl } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { spacedHeadingMessage } from '../language/syntax/spaced-heading.js';
import { FULL_WIDTH_MINUS } from '../language/syntax/full-width-minus.js';
import { DEFAULT_MONEY_UNIT, reportUnit, reportUnitLine, syntaxFix, type RuledLexingDiagnostic } from '../language/syntax/printed-unit.js';
import type { Report } from '../language/generated/ast.js';
import { slipFix, tableUnitLineFix } from '../language/syntax/slips.js';
import { quotedTextFix } from '../language/syntax/quoted-text.js';
import { heldLexerFindings } from '../validation/juesuan-validator.js';
import { ruleSettingsOf } from '../validation/rule-settings.js';
import type { JuesuanSharedServices } from '../language/juesuan-core-module.js';
import type { LangiumCoreServices, LocalSymbols, Module, PartialLangiumCoreServices, PartialLangiumSharedCoreServices, ServiceRegistry } from 'langium';

const contentsByNode = new WeakMap<AstNode, readonly AstNode[]>();

/**
 * Every node below `node`, in the order of Langium's `streamAllContents` (depth first, children by
 * property), made once per node: the grammar is walked by several services and by the token builder
 * when the language is made, and Langium's walk (a stream and an iterator per node) was about a
 * twentieth of a one-file check's start-up.
 */
export function allContents(node: AstNode): readonly AstNode[] {
    let contents = contentsByNode.get(node);
    if (!contents) {
        const found: AstNode[] = [];
        collectContents(node, found);
        contents = found;
        contentsByNode.set(node, contents);
    }
    return contents;
}

function collectContents(node: AstNode, found: AstNode[]): void {
    const properties = node as unknown as Record<string, unknown>;
    for (const name of Object.keys(properties)) {
        if (name.charCodeAt(0) === DOLLAR) continue;
        const value = properties[name];
        if (isAstNode(value)) {
            found.push(value);
            collectContents(value, found);
        } else if (Array.isArray(value)) {
            for (const item of value) {
                if (!isAstNode(item)) continue;
                found.push(item);
                collectContents(item, found);
            }
        }
    }
}

/** Whether the language's grammar has no cross-reference at all (`[Type:ID]`). */
function hasNoCrossReferences(services: LangiumCoreServices): boolean {
    return !allContents(services.Grammar).some(GrammarAST.isCrossReference);
}

/** Links nothing when the grammar has no cross-references: there is nothing to link. */
export class NoReferenceLinker extends DefaultLinker {
    private readonly nothingToLink: boolean;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.nothingToLink = hasNoCrossReferences(services);
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.nothingToLink) return;
        return super.link(document, cancelToken);
    }
}

/** Computes no local scopes when no reference could look names up in them. */
export class NoReferenceScopeComputation extends DefaultScopeComputation {
    private readonly nothingToScope: boolean;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.nothingToScope = hasNoCrossReferences(services);
    }

    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        if (this.nothingToScope) return new MultiMap<AstNode, AstNodeDescription>();
        return super.collectLocalSymbols(document, cancelToken);
    }
}

/** Indexes no references when the grammar has none. */
export class NoReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly nothingToIndex: boolean;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.nothingToIndex = hasNoCrossReferences(services);
    }

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        if (this.nothingToIndex) return [];
        return super.createDescriptions(document, cancelToken);
    }
}

/** How the figures are read where a unit line names no unit: in the unit the report's 单位 line names, else in 万元. */
function unitReading(report: Report): string {
    return reportUnitLine(report)?.value ? `，各表的数照“单位 ${reportUnit(report)}”一行读。` : `；报告没有写“单位”一行，各表的数按${DEFAULT_MONEY_UNIT}读。`;
}

/**
 * Runs the checks of the root node without walking the tree, when the root's type is the only
 * one with checks in the requested categories (juesuan registers its rules on `Report`).
 */
export class RootChecksValidator extends DefaultDocumentValidator {
    private readonly types: readonly string[];
    private readonly shared: JuesuanSharedServices;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.types = services.shared.AstReflection.getAllTypes();
        this.shared = services.shared as JuesuanSharedServices;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        return heldLexerFindings(document, diagnostics, ruleSettingsOf(this.shared));
    }

    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (!this.onlyTypeWithChecks(rootNode.$type, options.categories)) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        for (const check of this.validationRegistry.getChecks(rootNode.$type, options.categories)) {
            await check(rootNode, acceptor, cancelToken);
        }
    }

    /**
     * The lexer's errors, a full-width minus glued to a number (－5) with its fix: the half-width “-” the grammar reads; a text
     * in “” rather than 「」 with its; and the slips whose intent is certain (slips.ts: ｛｝, 【…】 without 列, a table's unit
     * line written 单位行 「…」).
     */
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const from = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        // in the order Langium reads them: each with the rule it is told under
        const lexed: readonly RuledLexingDiagnostic[] = [...parseResult.lexerErrors, ...parseResult.lexerReport?.diagnostics ?? []];
        for (let i = from; i < diagnostics.length; i++) {
            const { rule, unitRead } = lexed[i - from] ?? {};
            if (rule) diagnostics[i] = { ...diagnostics[i], code: rule };
            if (unitRead) diagnostics[i] = { ...diagnostics[i], message: `${diagnostics[i].message}${unitReading(parseResult.value as Report)}` };
        }
        const text = parseResult.value.$document?.textDocument;
        if (!text) return;
        for (let i = from; i < diagnostics.length; i++) {
            const diagnostic = diagnostics[i];
            const written = text.getText(diagnostic.range);
            const quoted = quotedTextFix(written) ?? slipFix(written, diagnostic.message);
            if (quoted) {
                diagnostics[i] = { ...diagnostic, data: { ...diagnostic.data, fix: quoted } };
                continue;
            }
            const unitLine = tableUnitLineFix(text.getText(), text.offsetAt(diagnostic.range.start), text.offsetAt(diagnostic.range.end), diagnostic.message);
            if (unitLine) {
                const [first, ...also] = unitLine.edits.map(edit => ({ range: { start: text.positionAt(edit.start), end: text.positionAt(edit.end) }, newText: edit.newText }));
                diagnostics[i] = { ...diagnostic, data: { ...diagnostic.data, fix: { title: unitLine.title, ...first, ...(also.length > 0 ? { also } : {}) } } };
                continue;
            }
            const start = diagnostic.range.start;
            if (!FULL_WIDTH_MINUS.test(text.getText({ start, end: { line: start.line, character: start.character + 2 } }))) continue;
            const range = { start, end: { line: start.line, character: start.character + 1 } };
            diagnostics[i] = { ...diagnostic, data: { ...diagnostic.data, fix: { title: '改为“-”', newText: '-', range } } };
        }
    }

    /**
     * The parser's errors, with the fix of one whose intent is certain (单位 (万元)), and one message where a space splits
     * a line's heading in two (一、单位 主要职责 「…」): the parser reports the line's first token several times over, none
     * of them saying what is wrong.
     */
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const found: Diagnostic[] = [];
        super.processParsingErrors(parseResult, found, options);
        const text = parseResult.value.$document?.textDocument;
        const said = new Set<number>();
        for (const diagnostic of found) {
            const line = diagnostic.range.start.line;
            const message = text ? spacedHeadingMessage(text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })) : undefined;
            const fix = text ? syntaxFix(text.getText(diagnostic.range)) : undefined;
            if (fix) diagnostics.push({ ...diagnostic, data: { ...diagnostic.data, fix } });
            else if (message === undefined) diagnostics.push(diagnostic);
            else if (!said.has(line)) {
                said.add(line);
                diagnostics.push({ ...diagnostic, message });
            }
        }
    }

    /** Asked on every validation (a few dozen types: microseconds), so that checks registered later count. */
    private onlyTypeWithChecks(rootType: string, categories: ValidationOptions['categories']): boolean {
        return this.types.every(type => type === rootType || this.validationRegistry.getChecks(type, categories).head() === undefined);
    }
}

/**
 * Loads no document of the workspace folders at start-up when no language of the server has
 * cross-references: each document stands alone, and those the user opens are loaded when opened.
 */
export class OpenDocumentsWorkspaceManager extends DefaultWorkspaceManager {
    private readonly registry: ServiceRegistry;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.registry = services.ServiceRegistry;
    }

    protected override async traverseFolder(folderPath: URI, uris: URI[]): Promise<void> {
        // asked here, not in the constructor: the languages are registered after the shared services exist
        if (this.registry.all.every(hasNoCrossReferences)) return;
        return super.traverseFolder(folderPath, uris);
    }
}

/**
 * A leaf of the CST that works out its range (line and character) when asked, from the token's
 * positions: most leaves are never asked, and the three objects a range takes, made for every
 * leaf at parse time, were work for the garbage collector.
 */
class LazyRangeLeafCstNode extends LeafCstNodeImpl {
    private readonly startLine: number;
    private readonly startColumn: number;
    private readonly endLine: number;
    private readonly endColumn: number;
    private rangeMade?: Range;

    constructor(token: IToken, hidden: boolean) {
        super(token.startOffset, token.image.length, undefined as unknown as Range, token.tokenType, hidden);
        this.startLine = token.startLine ?? NaN;
        this.startColumn = token.startColumn ?? NaN;
        this.endLine = token.endLine ?? NaN;
        this.endColumn = token.endColumn ?? NaN;
    }

    override get range(): Range {
        return this.rangeMade ??= CstUtils.tokenToRange({
            startLine: this.startLine, startColumn: this.startColumn, endLine: this.endLine, endColumn: this.endColumn,
        } as IToken);
    }
}

/**
 * Langium's composite node, its first child not hidden (which its offset and range start at) found by index: Langium's
 * for…of made an iterator and a result per call until V8 optimized the getter, and the checks ask the offset of every node
 * they place or compare (syntax regions, suppressions, ranges).
 */
const LEAN_COMPOSITE: CompositeCstNodeImpl = Object.create(CompositeCstNodeImpl.prototype, {
    firstNonHiddenNode: {
        get(this: CompositeCstNode): CstNode | undefined {
            const content = this.content;
            for (let i = 0; i < content.length; i++) if (!content[i].hidden) return content[i];
            return content[0];
        },
    },
});

/**
 * A composite node of the CST as Langium makes it, but whose list of children is a plain array.
 * Langium's is an `Array` subclass that sets each added child's container and whose constructor
 * changes its prototype: making one for every rule call, and pushing through its spread `push`,
 * took about a tenth of parsing. The builder below sets the containers instead.
 */
function leanCompositeNode(feature: GrammarAST.AbstractElement, root: RootCstNodeImpl, container: CompositeCstNode): CompositeCstNode {
    const node: Mutable<CompositeCstNodeImpl> = Object.create(LEAN_COMPOSITE);
    node.content = [];
    node.grammarSource = feature;
    node.root = root;
    node.container = container;
    return node;
}

/**
 * Langium's CST builder, but: hidden tokens placed only when there are some, leaves with lazy
 * ranges, composite nodes with plain arrays of children, and the last tree let go when asked.
 * The plain arrays need every child to be added here: Langium's parser adds one itself only for
 * a grammar action (`{infer X.left=current}`), so with actions in the grammar it keeps Langium's.
 */
export class LeanCstNodeBuilder extends CstNodeBuilder {
    constructor(private readonly plainArrays: boolean) {
        super();
    }

    override buildCompositeNode(feature: GrammarAST.AbstractElement): CompositeCstNode {
        if (!this.plainArrays) return super.buildCompositeNode(feature);
        const parent = this.current;
        const node = leanCompositeNode(feature, this.root, parent);
        parent.content.push(node);
        this.state.nodeStack.push(node);
        return node;
    }

    /** Langium's leaf, with its range made on first use (see LazyRangeLeafCstNode), added to the current node. */
    override buildLeafNode(token: IToken, feature?: GrammarAST.AbstractElement): LeafCstNode {
        const leaf = new LazyRangeLeafCstNode(token, !feature);
        leaf.grammarSource = feature;
        leaf.root = this.root;
        // what Langium's list of children does (it sets the container), without its spread of arguments
        const parent = this.current;
        leaf.container = parent;
        Array.prototype.push.call(parent.content, leaf);
        return leaf;
    }

    /** Comments before the next token: where Langium puts them, with their containers set. */
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) return;
        if (!this.plainArrays) return super.addHiddenNodes(tokens);
        const leaves = tokens.map(token => {
            const leaf = new LazyRangeLeafCstNode(token, true);
            leaf.root = this.root;
            return leaf;
        });
        const place = (container: CompositeCstNode, index: number): void => {
            for (const leaf of leaves) leaf.container = container;
            Array.prototype.splice.call(container.content, index, 0, ...leaves);
        };
        // inside a node with content: after it; in a node just begun: before the first ancestor
        // that is not its parent's first child; else at the very start
        let current: CompositeCstNode = this.current;
        if (current.content.length > 0) return place(current, current.content.length);
        while (current.container) {
            const index = current.container.content.indexOf(current);
            if (index > 0) return place(current.container, index);
            current = current.container;
        }
        place(this.root, 0);
    }

    /** Drops the builder's references to the last tree (the next parse starts a new one anyway). */
    release(): void {
        this.state.rootNode = undefined;
        this.state.nodeStack = [];
    }

    private get root(): RootCstNodeImpl {
        return this.state.rootNode!;
    }

    /** Langium's builder keeps these private. */
    private get state(): { rootNode?: RootCstNodeImpl; nodeStack: CompositeCstNode[] } {
        return this as unknown as { rootNode?: RootCstNodeImpl; nodeStack: CompositeCstNode[] };
    }
}

/** The parts of Langium's parser that its `parse` uses (private there). */
interface ParserInternals {
    nodeBuilder: CstNodeBuilder;
    wrapper: { input: IToken[]; errors: IRecognitionException[] };
    lexer: Lexer;
    lexerResult?: LexerResult;
    allRules: Map<string, unknown>;
    mainRule: unknown;
    unorderedGroups: Map<string, boolean[]>;
    astReflection: AstReflection;
    doParse(rule: unknown): AstNode;
}

const noted = new Set<string>();

/** Says once per process which replacement Langium's internals ruled out, and why. */
function noteFallback(what: string, problems: readonly string[]): void {
    if (noted.has(what)) return;
    noted.add(what);
    console.warn(`juesuan：Langium 的内部结构与预期不同（${problems.join('；')}），${what}改用 Langium 自己的实现：结果相同，大的报告会慢一些。`);
}

/** What of Langium's parser internals `withLeanParsing` uses is not there or not as expected. */
export function parserInternalsProblems(parser: LangiumParser): string[] {
    const problems: string[] = [];
    const expect = (ok: boolean, what: string) => {
        if (!ok) problems.push(what);
    };
    const internals = parser as unknown as Partial<ParserInternals>;
    expect(internals.nodeBuilder instanceof CstNodeBuilder, '解析器的 nodeBuilder');
    expect(typeof internals.wrapper === 'object' && internals.wrapper !== null && 'input' in internals.wrapper && 'errors' in internals.wrapper, '解析器的 wrapper.input/errors');
    expect(typeof internals.lexer?.tokenize === 'function', '解析器的 lexer.tokenize');
    expect(internals.allRules instanceof Map && internals.mainRule !== undefined, '解析器的 allRules/mainRule');
    expect(internals.unorderedGroups instanceof Map, '解析器的 unorderedGroups');
    expect(typeof internals.astReflection?.getTypeMetaData === 'function', '解析器的 astReflection.getTypeMetaData');
    expect(typeof internals.doParse === 'function', '解析器的 doParse');
    // the CST builder's state (private fields) and the node classes the lean builder makes nodes of
    const builder = new CstNodeBuilder();
    builder.buildRootNode('');
    const state = builder as unknown as { rootNode?: unknown; nodeStack?: unknown };
    expect(state.rootNode !== undefined && Array.isArray(state.nodeStack) && typeof Object.getOwnPropertyDescriptor(CstNodeBuilder.prototype, 'current')?.get === 'function',
        'CstNodeBuilder 的 rootNode/nodeStack/current');
    expect(typeof Object.getOwnPropertyDescriptor(LeafCstNodeImpl.prototype, 'range')?.get === 'function'
        && new LeafCstNodeImpl(3, 2, undefined as unknown as Range, undefined as unknown as IToken['tokenType'], true).end === 5, 'LeafCstNodeImpl');
    expect(Array.isArray(new CompositeCstNodeImpl().content)
        && typeof Object.getOwnPropertyDescriptor(CompositeCstNodeImpl.prototype, 'firstNonHiddenNode')?.get === 'function', 'CompositeCstNodeImpl.content/firstNonHiddenNode');
    return problems;
}

/**
 * A parser made by `create`, with the lean parsing below if Langium's internals are as expected;
 * otherwise another made by `create`, as Langium made it.
 */
export function leanParser(create: () => LangiumParser, grammar: GrammarAST.Grammar): LangiumParser {
    const parser = create();
    const problems = parserInternalsProblems(parser);
    if (problems.length === 0) return withLeanParsing(parser, grammar);
    noteFallback('解析器', problems);
    return create();
}

/**
 * The parser with the CST builder above (Langium creates its own, in a private field), with a
 * cheaper link of each node to its container, and without what Langium's parser keeps of the
 * last parse until the next: its tokens and its tree (860 KB for a report of the seed's size),
 * which lived on while the next report was checked.
 *
 * `parse` does what Langium 4.2's does, step by step, but for the link: Langium's walks the tree
 * with `Object.entries` and a closure per list, which made an eighth of the memory checking a
 * report allocated (0.6 of 5.1 MB for one of the seed's size). An exception (see `guardParser`)
 * leaves the parser's state to the caller to reset.
 */
export function withLeanParsing(parser: LangiumParser, grammar: GrammarAST.Grammar): LangiumParser {
    const builder = new LeanCstNodeBuilder(!allContents(grammar).some(GrammarAST.isAction));
    const internals = parser as unknown as ParserInternals;
    internals.nodeBuilder = builder;
    internals.astReflection = defaultValuesOnly(internals.astReflection);
    parser.parse = <T extends AstNode = AstNode>(input: string, options: Parameters<LangiumParser['parse']>[1] = {}): ParseResult<T> => {
        try {
            builder.buildRootNode(input);
            const lexerResult = internals.lexerResult = internals.lexer.tokenize(input);
            internals.wrapper.input = lexerResult.tokens;
            const rule = options.rule ? internals.allRules.get(options.rule) : internals.mainRule;
            if (!rule) throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
            const value = internals.doParse(rule);
            builder.addHiddenNodes(lexerResult.hidden);
            internals.unorderedGroups.clear();
            internals.lexerResult = undefined;
            linkToContainers(value);
            const parserErrors = internals.wrapper.errors;
            // a new input gives chevrotain a new list of errors: the one returned stays as it is
            internals.wrapper.input = [];
            return { value: value as T, lexerErrors: lexerResult.errors, lexerReport: lexerResult.report, parserErrors };
        } finally {
            builder.release();
        }
    };
    return parser;
}

/**
 * The reflection as Langium's parser uses it: for every node it makes, it asks for the node
 * type's properties to give those with a default value (an empty list, false) that value, and
 * walked all of them, with a new array each time (Langium 4.2 `assignMandatoryProperties`). Here
 * each type's properties are those with a default value only, worked out once per type.
 */
function defaultValuesOnly(reflection: AstReflection): AstReflection {
    const byType = new Map<string, TypeMetaData>();
    const view: AstReflection = Object.create(reflection);
    view.getTypeMetaData = (type: string) => {
        let metaData = byType.get(type);
        if (!metaData) {
            const all = reflection.getTypeMetaData(type);
            const properties = Object.fromEntries(Object.entries(all.properties).filter(([, property]) => property.defaultValue !== undefined));
            metaData = { ...all, properties };
            byType.set(type, metaData);
        }
        return metaData;
    };
    return view;
}

/**
 * Sets `$container`, `$containerProperty` and `$containerIndex` on every node below `node`, as
 * Langium's `linkContentToContainer(node, { deep: true })` does, without allocating.
 */
function linkToContainers(node: AstNode): void {
    const properties = node as unknown as Record<string, unknown>;
    for (const name in properties) {
        if (name.charCodeAt(0) === DOLLAR) continue;
        const value = properties[name];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isAstNode(item)) linkToContainer(item, node, name, index);
            }
        } else if (isAstNode(value)) {
            linkToContainer(value, node, name, undefined);
        }
    }
}

function linkToContainer(child: AstNode, container: AstNode, property: string, index: number | undefined): void {
    const linked = child as Mutable<Pick<AstNode, '$container' | '$containerProperty' | '$containerIndex'>>;
    linked.$container = container;
    linked.$containerProperty = property;
    // Langium sets the index of list items only
    if (index !== undefined) linked.$containerIndex = index;
    linkToContainers(child);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const DOLLAR = '$'.charCodeAt(0);

/**
 * What of a grammar `argumentFreeParser` does not build itself: rule parameters and arguments,
 * guard conditions, actions, unordered groups, cross-references, end-of-file and infix rules.
 */
export function argumentFreeGrammarProblems(grammar: GrammarAST.Grammar): string[] {
    const problems = new Set<string>();
    for (const rule of grammar.rules) {
        if (GrammarAST.isInfixRule(rule)) problems.add('infix');
        if (GrammarAST.isParserRule(rule) && rule.parameters.length > 0) problems.add('parameters');
    }
    for (const node of allContents(grammar)) {
        if (GrammarAST.isAction(node)) problems.add('action');
        else if (GrammarAST.isUnorderedGroup(node)) problems.add('unordered group');
        else if (GrammarAST.isCrossReference(node)) problems.add('cross-reference');
        else if (GrammarAST.isEndOfFile(node)) problems.add('EOF');
        else if (GrammarAST.isGroup(node) && node.guardCondition) problems.add('guard');
        else if (GrammarAST.isRuleCall(node) && node.arguments.length > 0) problems.add('arguments');
    }
    return [...problems];
}

/** One step of a rule's parse: a token, a rule call, a choice, a sequence, a repetition. */
type ParseStep = () => void;

/** Occurrence numbers of a rule's DSL calls, counted per kind as Chevrotain wants them. */
interface Occurrences { consume: number; subrule: number; or: number; many: number; optional: number }

/** A rule as Langium's parser keeps it (its type is not exported). */
type RuleResult = NonNullable<ReturnType<LangiumParser['getRule']>>;

/** The arguments of every rule call: with no parameters in the grammar, none. */
const NO_ARGUMENTS = Object.freeze({});

/**
 * The parser Langium's `prepareLangiumParser` makes, with its rules built here when the grammar
 * has no rule parameters and nothing else `argumentFreeGrammarProblems` names. Langium's builder
 * passes the rule arguments down every call, and so made, at every choice, repetition and option
 * of every parse, the choice's list and a closure per alternative, an object and a closure per
 * repetition or option: a third of what checking a report allocated (780 of 2,160 MB for 300
 * reports). Here each step is made once, when the parser is: the same calls of Langium's parser,
 * in the same order, with the same occurrence numbers, the same grammar elements as features.
 */
export function argumentFreeParser(services: LangiumCoreServices): LangiumParser {
    const grammar = services.Grammar;
    if (argumentFreeGrammarProblems(grammar).length > 0) return prepareLangiumParser(services);
    const parser = new LangiumParserImpl(services);
    const tokens = services.parser.Lexer.definition;
    const reachable = GrammarUtils.getAllReachableRules(grammar, false);
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || !reachable.has(rule)) continue;
        const occurrences: Occurrences = { consume: 1, subrule: 1, or: 1, many: 1, optional: 1 };
        parser.rule(rule, parseStep(parser, tokens, occurrences, rule.definition));
    }
    return parser;
}

/** The step of a grammar element, repeated or optional as its cardinality says. */
function parseStep(parser: LangiumParser, tokens: TokenTypeDictionary, occurrences: Occurrences, element: GrammarAST.AbstractElement): ParseStep {
    const step = elementStep(parser, tokens, occurrences, element);
    if (element.cardinality === undefined) return step;
    const repeated = { DEF: step };
    switch (element.cardinality) {
        case '*': {
            const idx = occurrences.many++;
            return () => parser.many(idx, repeated);
        }
        case '+': {
            const idx = occurrences.many++;
            return () => parser.atLeastOne(idx, repeated);
        }
        case '?': {
            const idx = occurrences.optional++;
            return () => parser.optional(idx, repeated);
        }
    }
}

function elementStep(parser: LangiumParser, tokens: TokenTypeDictionary, occurrences: Occurrences, element: GrammarAST.AbstractElement): ParseStep {
    if (GrammarAST.isKeyword(element)) {
        const idx = occurrences.consume++;
        const token = tokens[element.value];
        if (!token) throw new Error(`Could not find token for keyword: ${element.value}`);
        return () => parser.consume(idx, token, element);
    }
    if (GrammarAST.isAssignment(element)) return parseStep(parser, tokens, occurrences, element.terminal);
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (GrammarAST.isParserRule(rule)) {
            const idx = occurrences.subrule++;
            const name = rule.name;
            const fragment = rule.fragment;
            // looked up when first called: the rule may be defined after this one
            let called: RuleResult | undefined;
            const lookUp = (): RuleResult => {
                const found = parser.getRule(name);
                if (!found) throw new Error(`Rule "${name}" not found.`);
                return found;
            };
            return () => parser.subrule(idx, called ??= lookUp(), fragment, element, NO_ARGUMENTS);
        }
        if (GrammarAST.isTerminalRule(rule)) {
            const idx = occurrences.consume++;
            const token = tokens[rule.name];
            return () => parser.consume(idx, token, element);
        }
        throw new Error(`Undefined rule: ${element.rule.$refText}`);
    }
    if (GrammarAST.isAlternatives(element)) {
        if (element.elements.length === 1) return parseStep(parser, tokens, occurrences, element.elements[0]);
        const alternatives = element.elements.map(alternative => ({ ALT: parseStep(parser, tokens, occurrences, alternative) }));
        const idx = occurrences.or++;
        return () => parser.alternatives(idx, alternatives);
    }
    if (GrammarAST.isGroup(element)) {
        const steps = element.elements.map(part => parseStep(parser, tokens, occurrences, part));
        return () => {
            for (const step of steps) step();
        };
    }
    throw new Error(`Unexpected element type: ${element.$type}`);
}

/** What the language server knows of the edits on their way, before they are handled. */
export interface IncomingEdits {
    /** Resolves once no message is half received (it may be a newer edit). */
    settled(): Promise<void>;
    /** Whether a newer version of the document has been received than the text it has now. */
    isStale(uri: string): boolean;
}

/**
 * Builds only after the messages already received are handled, so that a newer edit cancels
 * this build before it parses. Knowing the edits on their way (`incoming`, set by the server),
 * it also waits for a message half received and gives way to a newer edit not yet handled: 30
 * full-text changes of a large report sent at once each took a parse, one after the other.
 */
export class LatestEditDocumentBuilder extends DefaultDocumentBuilder {
    incoming?: IncomingEdits;

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (cancelToken !== Cancellation.CancellationToken.None && documents.length > 0) {
            await this.incoming?.settled();
            // the message connection handles one received message per turn of the event loop
            await new Promise(resolve => setImmediate(resolve));
            await interruptAndCheck(cancelToken);
            // the newer edit's own build will build it
            if (documents.some(document => this.incoming?.isStale(document.uri.toString()))) throw OperationCancelled;
        }
        return super.buildDocuments(documents, options, cancelToken);
    }

    /**
     * A request about a document just opened, whose first build waits behind another: Langium
     * answered "No document found" (ServerCancelled) until that build began. It waits for it.
     */
    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: Cancellation.CancellationToken): Promise<URI> {
        if (this.langiumDocuments.hasDocument(uri) || !this.textDocuments?.get(uri.toString())) {
            return super.awaitDocumentState(state, uri, cancelToken);
        }
        return new Promise((resolve, reject) => {
            const added = this.onUpdate((changed, deleted) => {
                if (![...changed, ...deleted].some(u => UriUtils.equals(u, uri))) return;
                stop();
                super.awaitDocumentState(state, uri, cancelToken).then(resolve, reject);
            });
            const cancelled = cancelToken.onCancellationRequested(() => {
                stop();
                reject(OperationCancelled);
            });
            const stop = () => {
                added.dispose();
                cancelled.dispose();
            };
        });
    }
}

/** The replacements, to be injected after Langium's default module and the generated one. */
export const LangiumTuningModule: Module<LangiumCoreServices, PartialLangiumCoreServices> = {
    references: {
        Linker: services => new NoReferenceLinker(services),
        ScopeComputation: services => new NoReferenceScopeComputation(services),
    },
    workspace: {
        ReferenceDescriptionProvider: services => new NoReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: services => new RootChecksValidator(services),
    },
};

/** What of Langium's document builder `LatestEditDocumentBuilder` uses is not there. */
export function builderInternalsProblems(builder: DefaultDocumentBuilder): string[] {
    const langium = DefaultDocumentBuilder.prototype as unknown as Record<string, unknown>;
    const fields = builder as unknown as Record<string, unknown>;
    return [
        ...['buildDocuments', 'awaitDocumentState', 'onUpdate'].filter(name => typeof langium[name] !== 'function').map(name => `DefaultDocumentBuilder.${name}`),
        ...['langiumDocuments', 'textDocuments'].filter(name => !(name in fields)).map(name => `DefaultDocumentBuilder 的 ${name}`),
    ];
}

/** The builder that gives way to newer edits, or Langium's own if its internals are not as expected. */
export function tunedDocumentBuilder(services: LangiumSharedCoreServices): DefaultDocumentBuilder {
    const builder = new LatestEditDocumentBuilder(services);
    const problems = builderInternalsProblems(builder);
    if (problems.length === 0) return builder;
    noteFallback('文档构建器', problems);
    return new DefaultDocumentBuilder(services);
}

/** The shared replacement, to be injected after Langium's default shared module and the generated one. */
export const LangiumSharedTuningModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        WorkspaceManager: services => new OpenDocumentsWorkspaceManager(services),
        DocumentBuilder: services => tunedDocumentBuilder(services),
    },
};
