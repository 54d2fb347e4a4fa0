import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, Cancellation, GrammarUtils, interruptAndCheck } from 'langium';
import type { Formatter, LangiumServices } from 'langium/lsp';
import type { IToken } from 'chevrotain';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams,
    Range, TextEdit,
} from 'vscode-languageserver';
import type { Cell, Report, Row, Table } from '../language/generated/ast.js';
import {
    isAttachment, isCell, isColumnHeader, isEmptyStatement, isExplanation, isGlossary, isGlossaryEntry, isGoal, isIndicator,
    isFormScore, isIndicatorField, isIndicatorGroup, isIndicatorSubgroup, isIndicatorValue, isIndicators, isMetaField, isOverview, isProject, isRow, isTable, isTableNote, isTextField,
} from '../language/generated/ast.js';
import { displayWidth } from '../model/text-width.js';
import { continuedTables } from '../model/continued.js';
import { UNIT_LINE_MARK } from '../language/syntax/printed-unit.js';

function isComment(token: Token): boolean {
    return token.type === 'SL_COMMENT' || token.type === 'ML_COMMENT';
}

/** The language's indentation: two spaces per level, whatever the editor's tab size. */
const INDENT = '  ';

/** Nodes that start a line of their own: parts, rows, fields, glossary entries, indicators. */
function startsLine(node: AstNode): boolean {
    return isMetaField(node) || isOverview(node) || isExplanation(node) || isGlossary(node) || isAttachment(node) || isTable(node) || isTableNote(node)
        || isTextField(node) || isRow(node) || isProject(node) || isGoal(node) || isIndicators(node) || isIndicatorGroup(node)
        || isIndicatorSubgroup(node) || isIndicator(node) || isFormScore(node) || isGlossaryEntry(node) || isColumnHeader(node) || isEmptyStatement(node);
}

/** A row written after a bare 其中： on its line (其中：（1）公务用车运行维护费): it stays there, as printed. */
function afterOfWhich(node: AstNode, text: string): boolean {
    if (!isRow(node) || !node.$cstNode) return false;
    const siblings = (node.$container as { entries?: unknown[] } | undefined)?.entries;
    const previous = siblings?.[(node.$containerIndex ?? 0) - 1];
    return isRow(previous) && previous.name === '其中' && previous.cells.length === 0 && previous.entries.length === 0
        && previous.attributes.length === 0 && previous.$cstNode !== undefined
        && !/[\r\n]/.test(text.slice(previous.$cstNode.end, node.$cstNode.offset));
}

/** The type of a stretch of text the lexer leaves out of its tokens. */
const LEFT_OUT = 'LEFT_OUT';

interface Token {
    readonly image: string;
    readonly start: number;
    readonly end: number;
    readonly type: string;
}

/**
 * Lays a report out: one row per line, two spaces per level of `{}`, single spaces between the
 * parts of a line, and in every 附表 the cells aligned in columns (numbers to the right), counting
 * CJK characters as two columns. Only whitespace between tokens changes: texts 「」 and comments
 * are kept as written, and a document that does not parse is left alone. Formatting twice changes
 * nothing.
 */
export class JuesuanFormatter implements Formatter {
    constructor(private readonly services: LangiumServices) {}

    /** A request cancelled while it waited (for the document's build, say) is not done. */
    async formatDocument(document: LangiumDocument, _params: DocumentFormattingParams, cancelToken = Cancellation.CancellationToken.None): Promise<TextEdit[]> {
        await interruptAndCheck(cancelToken);
        return this.edits(document);
    }

    async formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams, cancelToken = Cancellation.CancellationToken.None): Promise<TextEdit[]> {
        await interruptAndCheck(cancelToken);
        const from = document.textDocument.offsetAt(params.range.start);
        const to = document.textDocument.offsetAt(params.range.end);
        return this.edits(document, [from, to]);
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    /** The formatted text of a document, or undefined when it does not parse. */
    format(document: LangiumDocument): string | undefined {
        const layout = this.layout(document);
        if (!layout) return undefined;
        return layout.tokens.map((t, i) => layout.gaps[i] + t.image).join('') + layout.tail;
    }

    private edits(document: LangiumDocument, within?: [number, number]): TextEdit[] {
        const layout = this.layout(document);
        if (!layout) return [];
        const { tokens, gaps, tail } = layout;
        const text = document.textDocument.getText();
        // the result must lex to the same tokens, line-start codes included; otherwise do nothing
        const formatted = tokens.map((t, i) => gaps[i] + t.image).join('') + tail;
        if (!this.sameTokens(text, formatted)) return [];
        const edits: TextEdit[] = [];
        const range = (start: number, end: number): Range => ({
            start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end),
        });
        const inside = (start: number, end: number) => !within || (start >= within[0] && end <= within[1]);
        let previousEnd = 0;
        tokens.forEach((token, i) => {
            const old = text.slice(previousEnd, token.start);
            if (old !== gaps[i] && inside(previousEnd, token.start)) edits.push({ range: range(previousEnd, token.start), newText: gaps[i] });
            previousEnd = token.end;
        });
        const oldTail = text.slice(previousEnd);
        if (oldTail !== tail && inside(previousEnd, text.length)) edits.push({ range: range(previousEnd, text.length), newText: tail });
        return edits;
    }

    private lex(text: string): { tokens: Token[]; errors: number } {
        const result = this.services.parser.Lexer.tokenize(text);
        const toToken = (t: IToken): Token => ({ image: t.image, start: t.startOffset, end: t.startOffset + t.image.length, type: t.tokenType.name });
        const read = [...result.tokens.map(toToken), ...(result.hidden ?? []).map(toToken)].sort((a, b) => a.start - b.start);
        // text the lexer reads and leaves out without a word (a page's repeated 单位：万元 in a table) is kept as it stands:
        // only whitespace between tokens is ever laid out anew
        const tokens: Token[] = [];
        let end = 0;
        for (const token of [...read, { image: '', start: text.length, end: text.length, type: '' }]) {
            for (const kept of text.slice(end, token.start).matchAll(/\S+(?:[ \t\u3000]+\S+)*/g)) {
                tokens.push({ image: kept[0], start: end + kept.index, end: end + kept.index + kept[0].length, type: LEFT_OUT });
            }
            if (token.type) tokens.push(token);
            end = token.end;
        }
        return { tokens, errors: result.errors.length };
    }

    private sameTokens(a: string, b: string): boolean {
        const left = this.lex(a).tokens;
        const right = this.lex(b).tokens;
        return left.length === right.length && left.every((t, i) => t.type === right[i].type && t.image === right[i].image);
    }

    /** The whitespace before each token, and after the last, as the layout wants it. */
    private layout(document: LangiumDocument): { tokens: Token[]; gaps: string[]; tail: string } | undefined {
        const report = document.parseResult?.value as Report | undefined;
        if (!report || document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0) return undefined;
        const text = document.textDocument.getText();
        const { tokens, errors } = this.lex(text);
        if (errors > 0 || tokens.length === 0) return undefined;

        const byStart = new Map<number, number>();
        tokens.forEach((t, i) => byStart.set(t.start, i));
        const lineStarts = new Set<number>();
        const glued = new Set<number>(); // tokens written right after the previous one
        const goalKeywords = new Set<number>();
        const apart = new Set<number>(); // ends of comparators that are a value of their own
        // 列【实际采购金额 { 总计 货物 }】: braces of a header stay on its line and open no level
        const headers: { start: number; end: number }[] = [];
        const tables: Table[] = [];
        for (const node of AstUtils.streamAst(report)) {
            const cst = node.$cstNode;
            if (!cst) continue;
            if (startsLine(node) && !afterOfWhich(node, text)) lineStarts.add(cst.offset);
            if (isTable(node)) tables.push(node);
            if (isColumnHeader(node)) headers.push({ start: cst.offset, end: cst.end });
            // units stick to their number: 4.92万元, ≥50次
            if ((isCell(node) || isIndicatorValue(node)) && node.unit !== undefined) glued.add(cst.end - node.unit.length);
            // 指标性质 = 预期 100: a comparator standing for a column of its own is not glued to the value after it
            if (isIndicatorField(node) && node.value !== undefined && /^[≥≤<>＜＞=＝]|^[<>]=$/.test(node.value)) apart.add(cst.end);
            if (isGoal(node)) {
                // 年度目标 { 预期 「…」 实际 「…」 }: each on a line of its own
                for (const keyword of ['预期', '实际']) {
                    for (const leaf of GrammarUtils.findNodesForKeyword(cst, keyword)) goalKeywords.add(leaf.offset);
                }
            }
        }

        const gaps: string[] = new Array(tokens.length).fill('');
        // the document's own line ends, and a byte order mark where it has one
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        let depth = 0;
        let previous: Token | undefined;
        const inHeader = (token: Token) => headers.some(h => h.start <= token.start && token.end <= h.end);
        const isBrace = (token: Token | undefined, brace: '{' | '}') => token?.image === brace && token.type === brace && !inHeader(token);
        tokens.forEach((token, i) => {
            if (isBrace(token, '}')) depth = Math.max(0, depth - 1);
            const original = text.slice(previous?.end ?? 0, token.start);
            if (!previous) {
                gaps[i] = text.startsWith('\uFEFF') ? '\uFEFF' : '';
            } else {
                const newlines = (original.match(/\n/g) ?? []).length;
                const breakHere = newlines > 0
                    || previous.type === 'SL_COMMENT'
                    || (lineStarts.has(token.start) && !opensUnitLine(previous))
                    || goalKeywords.has(token.start)
                    || (isBrace(previous, '{') && token.image !== '}' && !isComment(token))
                    || (isBrace(token, '}') && previous.image !== '{');
                if (breakHere) {
                    const blank = newlines > 1 ? 1 : 0;
                    gaps[i] = eol.repeat(1 + blank) + INDENT.repeat(depth);
                } else {
                    gaps[i] = apart.has(previous.end) ? ' ' : this.spaceBetween(previous, token, glued);
                }
            }
            if (isBrace(token, '{')) depth++;
            previous = token;
        });
        // a table split over pages (收入决算表（续）) is aligned as one: its pages' columns line up
        const continued = continuedTables(report);
        const pages = new Map<Table, Table[]>();
        for (const table of tables) {
            const first = continued.get(table) ?? table;
            pages.set(first, [...pages.get(first) ?? [], table]);
        }
        for (const table of pages.values()) this.alignTable(table, tokens, byStart, gaps);
        return { tokens, gaps, tail: eol };
    }

    /** The space between two tokens of one line. */
    private spaceBetween(previous: Token, token: Token, glued: Set<number>): string {
        if (glued.has(token.start)) return '';
        // 刘堡镇卫生院2021年度部门决算情况说明: the unit's name and the rest of its heading are one key
        if (token.type === 'YEAR_HEADING' && previous.type === 'ID' && previous.end === token.start) return '';
        if (previous.type === 'COMPARATOR') return '';
        // 二、收入决算情况说明: an ordinal is printed against what it numbers (a code's digits after 1. or 1、 keep
        // their space: run together they read as one number)
        if (previous.type === 'ORDINAL' && !(/\d[.．、]$/.test(previous.image) && /^\d/.test(token.image))) return '';
        if (token.type === 'TITLE_LABEL' || token.type === 'GROUP_SCORE') return '';
        // （单位：万元。）, 单位：万元．: a unit line's stop and printed marks stay against it (its unit is read only so)
        if (opensUnitLine(previous)) return '';
        if ((token.type === UNIT_LINE_MARK && /^[.．）)]$/.test(token.image)) || token.image === '。') return '';
        if (/^[:：]$/.test(token.image) || /^[:：]$/.test(previous.image)) return '';
        if (/^[,，、]$/.test(token.image) || /^[,，、]$/.test(previous.image)) return '';
        if (previous.image === '列' && /^[[【]$/.test(token.image)) return '';
        if (/^[[【]$/.test(previous.image) || /^[\]】]$/.test(token.image)) return '';
        return ' ';
    }

    /** Pads a table's rows so that names end and cells stand in columns, numbers to the right. */
    private alignTable(pages: readonly Table[], tokens: Token[], byStart: Map<number, number>, gaps: string[]): void {
        interface Line { head: number; cells: { index: number; width: number }[] }
        const lines: Line[] = [];
        for (const node of pages.flatMap(page => AstUtils.streamAst(page).toArray())) {
            if (!isRow(node) || node.cells.length === 0) continue;
            const line = this.rowLine(node, tokens, byStart, gaps);
            if (line) lines.push(line);
        }
        if (lines.length === 0) return;
        // reduce, not Math.max(...): a table of more than ~120,000 rows would overflow the stack
        const headWidth = lines.reduce((max, l) => Math.max(max, l.head), 0);
        const columns = lines.reduce((max, l) => Math.max(max, l.cells.length), 0);
        const widths: number[] = [];
        for (let c = 0; c < columns; c++) widths.push(lines.reduce((max, l) => Math.max(max, l.cells[c]?.width ?? 0), 0));
        for (const line of lines) {
            line.cells.forEach((cell, c) => {
                const lead = c === 0 ? headWidth - line.head : 0;
                gaps[cell.index] = ' '.repeat(1 + lead + widths[c] - cell.width);
            });
        }
    }

    /** A row's head width (indent, code, name, colon) and its cells, when the row is on one line. */
    private rowLine(row: Row, tokens: Token[], byStart: Map<number, number>, gaps: string[]): { head: number; cells: { index: number; width: number }[] } | undefined {
        const first = row.$cstNode ? byStart.get(row.$cstNode.offset) : undefined;
        if (first === undefined || !gaps[first].includes('\n') && first !== 0) return undefined;
        const cellStarts = row.cells.map((cell: Cell) => cell.$cstNode ? byStart.get(cell.$cstNode.offset) : undefined);
        if (cellStarts.some(i => i === undefined)) return undefined;
        const firstCell = cellStarts[0]!;
        let head = displayWidth(gaps[first].replace(/^[\r\n\uFEFF]+/, ''));
        for (let i = first; i < firstCell; i++) {
            if (i > first) {
                if (gaps[i].includes('\n')) return undefined;
                head += displayWidth(gaps[i]);
            }
            head += displayWidth(tokens[i].image);
        }
        const cells = row.cells.map((cell, c) => {
            const index = cellStarts[c]!;
            const width = displayWidth(cell.value) + displayWidth(cell.unit ?? '');
            return { index, width };
        });
        // the cells must stand on the row's line
        for (const cell of cells) if (gaps[cell.index].includes('\n')) return undefined;
        return { head, cells };
    }
}

/** The （ a PDF copy prints before a unit line (（单位：万元）): the line goes on after it. */
function opensUnitLine(token: Token): boolean {
    return token.type === UNIT_LINE_MARK && /^[（(]$/.test(token.image);
}
