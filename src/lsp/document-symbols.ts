import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { Cancellation, GrammarUtils, interruptAndCheck } from 'langium';
import type { DocumentSymbolProvider, LangiumServices } from 'langium/lsp';
import type { DocumentSymbol, DocumentSymbolParams, Range } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import type {
    Attachment, Cell, EmptyStatement, Entry, GlossaryEntry, Goal, Indicator, IndicatorGroup, IndicatorSubgroup,
    Indicators, IndicatorValue, MetaField, Project, Report, Row, Table, TableNote, TextField,
} from '../language/generated/ast.js';
import {
    isAttachment, isExplanation, isGlossary, isMetaField, isOverview, isProject, isRow, isTable, isTableNote, isTextField,
} from '../language/generated/ast.js';
import { tableLabelOf } from '../model/table-label.js';

const { findNodeForKeyword, findNodeForProperty } = GrammarUtils;

/** How long a text or a value list may be in a symbol's detail before it is cut. */
const DETAIL_LENGTH = 40;

/**
 * The outline of a report, by its parts: 报告信息 (the header fields), 部门概况, 情况说明,
 * 名词解释, 附件 and each 附表 with its rows, and a text numbered among the tables; child rows (其中)
 * are nested under their row.
 */
export class JuesuanDocumentSymbolProvider implements DocumentSymbolProvider {
    constructor(_services: LangiumServices) {}

    /** Looks for a cancellation before each part: a report's outline can be thousands of rows. */
    async getSymbols(document: LangiumDocument, _params: DocumentSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<DocumentSymbol[]> {
        const report = document.parseResult?.value as Report | undefined;
        if (!report?.parts) return [];
        const symbols: DocumentSymbol[] = [];
        const metaFields = report.parts.filter(isMetaField);
        let headerDone = false;
        for (const part of report.parts) {
            await interruptAndCheck(cancelToken);
            if (isMetaField(part)) {
                // all header fields under one 报告信息, where the first of them stands
                if (!headerDone) {
                    headerDone = true;
                    push(symbols, this.headerSymbol(metaFields));
                }
            } else if (isOverview(part)) {
                push(symbols, this.sectionSymbol(part, '部门概况', part.entries));
            } else if (isExplanation(part)) {
                const symbol = this.sectionSymbol(part, '情况说明', part.entries);
                // a 概况 or 名词解释 printed as a section of 决算说明, among the sections where it is written
                const inner = part.inner.map(p => isOverview(p) ? this.sectionSymbol(p, p.kind, p.entries) : this.sectionSymbol(p, '名词解释', p.entries))
                    .filter(isDefined);
                if (symbol && inner.length > 0) {
                    symbol.children = [...symbol.children ?? [], ...inner]
                        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
                }
                push(symbols, symbol);
            } else if (isGlossary(part)) {
                push(symbols, this.sectionSymbol(part, '名词解释', part.entries));
            } else if (isAttachment(part)) {
                push(symbols, this.attachmentSymbol(part));
            } else if (isTable(part)) {
                push(symbols, this.tableSymbol(part));
            } else if (isTableNote(part)) {
                push(symbols, this.tableNoteSymbol(part));
            }
        }
        return symbols;
    }

    protected headerSymbol(fields: MetaField[]): DocumentSymbol | undefined {
        const children = fields.map(f => this.metaFieldSymbol(f)).filter(isDefined);
        if (children.length === 0) return undefined;
        const range = spanning(children.map(c => c.range));
        return {
            name: '报告信息',
            kind: SymbolKind.Namespace,
            range,
            selectionRange: children[0].selectionRange,
            children,
        };
    }

    protected metaFieldSymbol(field: MetaField): DocumentSymbol | undefined {
        return this.symbol(field, field.key || '报告信息', SymbolKind.Property, findNodeForProperty(field.$cstNode, 'key'), {
            detail: field.value === undefined ? undefined : brief(String(field.value)),
        });
    }

    protected sectionSymbol(node: AstNode, keyword: string, entries: AstNode[]): DocumentSymbol | undefined {
        return this.symbol(node, keyword, SymbolKind.Module, findNodeForKeyword(node.$cstNode, keyword), {
            children: this.childSymbols(entries),
        });
    }

    protected attachmentSymbol(attachment: Attachment): DocumentSymbol | undefined {
        const name = attachment.title !== undefined ? `附件 ${oneLine(attachment.title)}` : '附件';
        const head = findNodeForKeyword(attachment.$cstNode, '附件');
        const selection = spanNodes(head, findNodeForProperty(attachment.$cstNode, 'title'));
        return this.symbol(attachment, name, SymbolKind.File, selection, {
            detail: attachment.body !== undefined ? brief(attachment.body) : undefined,
        });
    }

    protected tableSymbol(table: Table): DocumentSymbol | undefined {
        // the number as written: 附表 6, 表五, 公开05表; an ordinal (十一、) runs on into the title as printed
        const label = tableLabelOf(table).text;
        const name = [label, table.title].filter(s => s !== undefined && s !== '').join(label?.endsWith('、') ? '' : ' ');
        const cst = table.$cstNode;
        const selection = spanNodes(findNodeForProperty(cst, 'label') ?? findNodeForKeyword(cst, '附表'),
            findNodeForProperty(cst, 'title') ?? findNodeForProperty(cst, 'number'));
        const columns = table.columns?.names;
        return this.symbol(table, name, SymbolKind.Struct, selection, {
            detail: columns && columns.length > 0 ? brief(columns.join('、')) : undefined,
            children: this.childSymbols([...(table.empty ? [table.empty] : []), ...(table.entries ?? [])]),
        });
    }

    /** A text the list of tables numbers among them (十二、关于空表的说明): listed where it stands, as its heading reads. */
    protected tableNoteSymbol(note: TableNote): DocumentSymbol | undefined {
        const cst = note.$cstNode;
        return this.symbol(note, `${note.ordinal ?? ''}${note.title ?? ''}` || '（说明）', SymbolKind.String,
            spanNodes(findNodeForProperty(cst, 'ordinal'), findNodeForProperty(cst, 'title')), {
                detail: note.text !== undefined ? brief(note.text) : undefined,
            });
    }

    protected entrySymbol(entry: AstNode): DocumentSymbol | undefined {
        if (isRow(entry)) return this.rowSymbol(entry);
        if (isTextField(entry)) return this.textFieldSymbol(entry);
        if (isProject(entry)) return this.projectSymbol(entry);
        switch (entry.$type) {
            case 'GlossaryEntry': return this.glossaryEntrySymbol(entry as GlossaryEntry);
            case 'EmptyStatement': return this.emptySymbol(entry as EmptyStatement);
            case 'Goal': return this.goalSymbol(entry as Goal);
            case 'Indicators': return this.indicatorsSymbol(entry as Indicators);
            case 'IndicatorGroup':
            case 'IndicatorSubgroup': return this.indicatorGroupSymbol(entry as IndicatorGroup | IndicatorSubgroup);
            case 'Indicator': return this.indicatorSymbol(entry as Indicator);
        }
        return undefined;
    }

    /** `2010301 行政运行` for a code row, the name otherwise; its figures as detail. */
    protected rowSymbol(row: Row): DocumentSymbol | undefined {
        const label = [row.code, row.name].filter(s => s !== undefined && s !== '').join(' ') || '（未命名行）';
        const cst = row.$cstNode;
        const selection = spanNodes(findNodeForProperty(cst, 'code'), findNodeForProperty(cst, 'name'));
        const figures = (row.cells ?? []).map(cellText).join(' ');
        return this.symbol(row, label, SymbolKind.Field, selection, {
            detail: figures ? brief(figures) : undefined,
            children: this.childSymbols(row.entries ?? []),
        });
    }

    protected textFieldSymbol(field: TextField): DocumentSymbol | undefined {
        return this.symbol(field, field.key || '（文字）', SymbolKind.String, findNodeForProperty(field.$cstNode, 'key'), {
            detail: field.text !== undefined ? brief(field.text) : undefined,
        });
    }

    protected projectSymbol(project: Project): DocumentSymbol | undefined {
        const name = project.name !== undefined ? `项目 ${oneLine(project.name)}` : '项目';
        const cst = project.$cstNode;
        const selection = spanNodes(findNodeForKeyword(cst, '项目'), findNodeForProperty(cst, 'name'));
        return this.symbol(project, name, SymbolKind.Object, selection, {
            children: this.childSymbols([...(project.entries ?? []), ...(project.goals ?? []), ...(project.indicators ?? [])]),
        });
    }

    protected goalSymbol(goal: Goal): DocumentSymbol | undefined {
        return this.symbol(goal, '年度目标', SymbolKind.Event, findNodeForKeyword(goal.$cstNode, '年度目标'), {
            detail: goal.expected !== undefined ? brief(goal.expected) : undefined,
        });
    }

    protected indicatorsSymbol(indicators: Indicators): DocumentSymbol | undefined {
        return this.symbol(indicators, '指标', SymbolKind.Array, findNodeForKeyword(indicators.$cstNode, '指标'), {
            children: this.childSymbols(indicators.groups ?? []),
        });
    }

    protected indicatorGroupSymbol(group: IndicatorGroup | IndicatorSubgroup): DocumentSymbol | undefined {
        const children = 'indicators' in group ? group.indicators : group.groups;
        return this.symbol(group, group.name || '（指标）', SymbolKind.Namespace, findNodeForProperty(group.$cstNode, 'name'), {
            children: this.childSymbols(children ?? []),
            detail: group.score,
        });
    }

    protected indicatorSymbol(indicator: Indicator): DocumentSymbol | undefined {
        const parts: string[] = [];
        if (indicator.expected) parts.push(`预期 ${valueText(indicator.expected)}`);
        if (indicator.actual) parts.push(`实际 ${valueText(indicator.actual)}`);
        return this.symbol(indicator, oneLine(indicator.name ?? '') || '（指标）', SymbolKind.Number,
            findNodeForProperty(indicator.$cstNode, 'name'), { detail: parts.length > 0 ? brief(parts.join(' ')) : undefined });
    }

    /** `财政拨款收入`, `“三公”经费`, `2010301 一般公共服务……` or just the code. */
    protected glossaryEntrySymbol(entry: GlossaryEntry): DocumentSymbol | undefined {
        const cst = entry.$cstNode;
        let name: string;
        let selection: CstNode | Range | undefined;
        if (entry.code !== undefined) {
            name = entry.label !== undefined ? `${entry.code} ${oneLine(entry.label)}` : entry.code;
            selection = spanNodes(findNodeForProperty(cst, 'code'), findNodeForProperty(cst, 'label'));
        } else {
            name = oneLine(entry.term ?? '');
            selection = findNodeForProperty(cst, 'term');
        }
        return this.symbol(entry, name || '（名词）', SymbolKind.Key, selection, {
            detail: entry.definition !== undefined ? brief(entry.definition) : undefined,
        });
    }

    protected emptySymbol(empty: EmptyStatement): DocumentSymbol | undefined {
        return this.symbol(empty, '无数据', SymbolKind.Null, findNodeForKeyword(empty.$cstNode, '无数据'), {
            detail: empty.text !== undefined ? brief(empty.text) : undefined,
        });
    }

    protected childSymbols(nodes: AstNode[]): DocumentSymbol[] | undefined {
        const sorted = nodes.filter(n => n.$cstNode).sort((a, b) => a.$cstNode!.offset - b.$cstNode!.offset);
        const children = sorted.map(n => this.entrySymbol(n as Entry)).filter(isDefined);
        return children.length > 0 ? children : undefined;
    }

    /** A symbol over the node's text, selecting `selection` (clamped into the node). */
    protected symbol(node: AstNode, name: string, kind: SymbolKind, selection: CstNode | Range | undefined,
        extra: { detail?: string; children?: DocumentSymbol[] } = {}): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst) return undefined;
        const range = cst.range;
        const selected = selection === undefined ? undefined : 'range' in selection ? selection.range : selection;
        const symbol: DocumentSymbol = {
            name,
            kind,
            range,
            selectionRange: selected && contains(range, selected) ? selected : { start: range.start, end: range.start },
        };
        if (extra.detail) symbol.detail = extra.detail;
        if (extra.children && extra.children.length > 0) symbol.children = extra.children;
        return symbol;
    }
}

function push(symbols: DocumentSymbol[], symbol: DocumentSymbol | undefined): void {
    if (symbol) symbols.push(symbol);
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}

/** The range from the first to the last present node. */
function spanNodes(first: CstNode | undefined, last: CstNode | undefined): Range | undefined {
    if (!first && !last) return undefined;
    return { start: (first ?? last)!.range.start, end: (last ?? first)!.range.end };
}

function spanning(ranges: Range[]): Range {
    let { start, end } = ranges[0];
    for (const r of ranges) {
        if (before(r.start, start)) start = r.start;
        if (before(end, r.end)) end = r.end;
    }
    return { start, end };
}

function before(a: Range['start'], b: Range['start']): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function contains(outer: Range, inner: Range): boolean {
    return !before(inner.start, outer.start) && !before(outer.end, inner.end);
}

function oneLine(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

function brief(text: string): string {
    const line = oneLine(text);
    return line.length > DETAIL_LENGTH ? line.slice(0, DETAIL_LENGTH) + '…' : line;
}

function cellText(cell: Cell): string {
    return (cell.value ?? '') + (cell.unit ?? '');
}

function valueText(value: IndicatorValue): string {
    if (value.text !== undefined) return `「${oneLine(value.text)}」`;
    return `${value.comparator ?? ''}${value.amount ?? ''}${value.unit ?? ''}`;
}
