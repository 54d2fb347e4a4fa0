// Next year's report started from this year's (决算：由上年报告新建, `juesuan next`): every text
// kept as written, each row's 决算 figure moved to its `上年` attribute, this year's figures left
// out to fill (unfilled, not 0), 年度 one on, and a `上年` line linking this file. Made as edits of the source
// text, so that comments, order and layout stay as the user wrote them.
import type { AstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { Cell, MetaField, Report } from '../language/generated/ast.js';
import { isMetaField, isTextField } from '../language/generated/ast.js';
import { LAST_YEAR_KEY } from '../model/last-year.js';
import { COVER_KEY } from '../model/report-model.js';
import type { ReportModel } from '../model/report-model.js';
import type { RowModel } from '../model/rows.js';
import { actualColumn, LAST_YEAR_COLUMN } from '../model/rows.js';
import { tableChangeColumns } from '../model/relations.js';
import type { ReportTemplate } from '../templates/index.js';
import { findTemplate, isTitleOf, templateForYear } from '../templates/index.js';

interface Edit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

/**
 * The text of next year's report. `model` is this year's, built from a report parsed with its
 * text; `link` is the path of this year's file as next year's file reaches it (../2024/单位.juesuan).
 */
export function nextYearReport(model: ReportModel, link: string): string {
    const report = model.report;
    const text = report.$cstNode?.root.fullText ?? '';
    const edits: Edit[] = [...metaEdits(report, link), ...rewriteNote(model), ...model.rows.flatMap(row => rowEdits(row, text))];
    edits.sort((a, b) => b.start - a.start);
    let result = text;
    for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    return result;
}

function valueSpan(node: AstNode, property = 'value'): { start: number; end: number } | undefined {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
    return cst ? { start: cst.offset, end: cst.end } : undefined;
}

function metaEdits(report: Report, link: string): Edit[] {
    const fields = report.parts.filter(isMetaField);
    const field = (key: string): MetaField | undefined => fields.find(f => f.key === key);
    const edits: Edit[] = [];
    const replaceValue = (node: MetaField | undefined, value: (old: string) => string | undefined, property = 'value') => {
        const span = node && valueSpan(node, property);
        const old = span && report.$cstNode!.root.fullText.slice(span.start, span.end);
        const next = old !== undefined ? value(old) : undefined;
        if (span && next !== undefined) edits.push({ ...span, text: next });
    };
    // 年度 2024 → 2025; 公开时间 2025年9月30日 → 2026年9月30日
    replaceValue(field('年度'), old => /^\d+$/.test(old) ? String(Number(old) + 1) : undefined);
    replaceValue(field('公开时间'), old => old.replace(/\d{4}/, year => String(Number(year) + 1)));
    // 部分 「第二部分 2024年度部门决算表」, 封面 「2024年…部门决算」 → 2025年
    const year = field('年度')?.value;
    for (const part of fields.filter(f => f.key === '部分' || f.key === COVER_KEY)) {
        const bump = (old: string) => year && /^\d{4}$/.test(year) ? old.replaceAll(`${year}年`, `${Number(year) + 1}年`) : undefined;
        replaceValue(part, bump);
        // 部分 「目录的」 「正文的」: the title over the part's pages too
        if (part.bodyValue !== undefined) replaceValue(part, bump, 'bodyValue');
    }
    // 2024年度收入支出决算总体情况说明 「…」 → 2025年度: a heading that starts with the report's year
    // (or with 关于 or the unit's name and the year: 关于2024年度预算绩效管理情况的说明, 刘堡镇卫生院2024年度…)
    if (year && /^\d{4}$/.test(year)) {
        for (const node of AstUtils.streamAst(report)) {
            const lead = isTextField(node) ? /^\D*/.exec(node.key)![0].length : 0;
            const key = isTextField(node) && node.key.startsWith(`${year}年`, lead) ? GrammarUtils.findNodeForProperty(node.$cstNode, 'key') : undefined;
            if (key) edits.push({ start: key.offset + lead, end: key.offset + lead + year.length, text: String(Number(year) + 1) });
        }
    }
    const successor = nextYearTemplate(report);
    if (successor) replaceValue(field('模板'), () => `「${successor.shortName}」`);
    const line = `${LAST_YEAR_KEY} 「${link}」`;
    const existing = field(LAST_YEAR_KEY);
    if (existing?.$cstNode) {
        edits.push({ start: existing.$cstNode.offset, end: existing.$cstNode.end, text: line });
    } else {
        // after the 年度 line, else after the last line of the header, else at the top
        const header = fields.filter((f, i) => report.parts[i] === f);
        const after = field('年度') ?? header[header.length - 1];
        const at = after?.$cstNode?.end;
        edits.push(at === undefined ? { start: 0, end: 0, text: `${line}\n` } : { start: at, end: at, text: `\n${line}` });
    }
    return edits;
}

/**
 * The template next year's `模板` line names where this year's named one not covering next year
 * (四川 2020, 2019—2021, for a 2021 report): its province's template for that year, 四川 2024. None
 * where the line stays as written: a template that still covers the year, a name the year chooses by
 * (四川, 全国), a province without a template for the year.
 */
export function nextYearTemplate(report: Report): ReportTemplate | undefined {
    const fields = report.parts.filter(isMetaField);
    const year = fields.find(f => f.key === '年度')?.value;
    const named = fields.find(f => f.key === '模板')?.value;
    if (named === undefined || year === undefined || !/^\d{4}$/.test(year)) return undefined;
    const next = Number(year) + 1;
    const match = findTemplate(named, next);
    if (match.kind === 'unknown') return undefined;
    const successor = templateForYear(match.template, next);
    return successor === match.template ? undefined : successor;
}

/**
 * Where next year's 模板 line names another template whose tables this year's are not (四川 2020's fourteen 附表 under
 * 四川 2024, which prints thirteen others): that template's tables, as `附表1 收入支出决算总表`, for the user to rewrite
 * the tables by. None where the template stays, or this year's tables are already the new one's.
 */
export function tablesToRewrite(model: ReportModel): { readonly template: ReportTemplate; readonly tables: readonly string[] } | undefined {
    const successor = nextYearTemplate(model.report);
    if (!successor || model.tables.size === 0) return undefined;
    // by the number as written (the model's is this year's template's), where the label gives it
    const own = [...model.tables.values()].every(({ written, node, title }) => successor.tables.some(s => isTitleOf(s, node.title ?? title)
        && (written.number === undefined || written.renumbered === true || s.number === written.number)));
    return own ? undefined : { template: successor, tables: successor.tables.map(t => `${successor.tableLabel(t.number)} ${t.title}`) };
}

/** The Chinese sentence that asks for the tables to be rewritten, for the new file and `juesuan next`'s summary. */
export function rewriteSentence({ template, tables }: NonNullable<ReturnType<typeof tablesToRewrite>>): string {
    return `各表仍是上年模板的表号和表名，请按「${template.shortName}」改写为它的 ${tables.length} 张表：${tables.join('、')}。`;
}

/** A comment under the 模板 line that asks for the tables of the new template. */
function rewriteNote(model: ReportModel): Edit[] {
    const rewrite = tablesToRewrite(model);
    const at = model.report.parts.filter(isMetaField).find(f => f.key === '模板')?.$cstNode?.end;
    return rewrite && at !== undefined ? [{ start: at, end: at, text: `\n// ${rewriteSentence(rewrite)}` }] : [];
}

/**
 * The row's figures left out, so that they read as not yet filled (a `-` would read as 0: docs/language.md), with its
 * budgets and its rates (占比, 增长 …: computed from next year's figures once they are written); its figures to 上年.
 * Texts beside the figures (差异原因 「…」) stay.
 */
function rowEdits(row: RowModel, text: string): Edit[] {
    const node = row.node;
    if (node.cells.length === 0) return [];
    const edits: Edit[] = [];
    // from the space before the first to the end of the last, so that no gap of two spaces is left behind
    const drop = (first: AstNode | undefined, last: AstNode | undefined, replacement = '') => {
        if (!first?.$cstNode || !last?.$cstNode) return;
        let start = first.$cstNode.offset;
        while (start > 0 && /[ \t\u3000]/.test(text[start - 1])) start--;
        edits.push({ start, end: last.$cstNode.end, text: replacement });
    };
    const last = lastYearText(row);
    const lastYear = last === undefined ? '' : ` ${LAST_YEAR_KEY} ${last}`;
    const figures = node.attributes.filter(attribute => attribute.values.length > 0);
    // 上年 goes where this year's cells stood, ahead of the texts
    drop(node.cells[0], node.cells[node.cells.length - 1], lastYear);
    for (const attribute of figures) drop(attribute, attribute);
    return edits;
}

/** A row named as its table's actual column under columns named as the template's rows: the table printed turned. */
function itemsAcross(row: RowModel): boolean {
    const template = row.table?.template;
    return row.canonicalName === template?.actualColumn && row.columns.some(column => template.rows?.includes(column));
}

/**
 * What the row's `上年` says next year: in a table every column's figure, in order (a kept text saying 项目支出640.00万元
 * of this year is last year's 项目支出, not another table's 上年 it happens to name); only its 决算 column (one value:
 * the row's own figure) where a column prints last year's figure or a change (next year's are not this year's), where
 * the figure column is left out for its parts, or a cell is in doubt. Elsewhere each figure in order of its units. None
 * for an empty cell or a rate.
 */
function lastYearText(row: RowModel): string | undefined {
    const cellText = (cell: Cell) => cell.$cstNode?.text;
    if (row.table) {
        const figures = [...row.cells.values()];
        const own = row.table.template && (row.table.template.actualColumn ?? row.table.template.columns[0]);
        const everyColumn = row.node.cells.length > 1 && figures.length === row.node.cells.length
            && !figures.some(f => f.suspect) && figures.some(f => !f.blank)
            // the template's figure column left out, its parts written (列【人员经费 公用经费】): a row filling several has no
            // figure of its own, nor a 上年 that ties could read — unless the row is that column, the items printed across
            // (a 三公 table's 决算数 10.00 2.00 … under 列【合计 因公出国（境）费 …】, its columns the template's rows) — not
            // a 合计 over 列【基本支出 项目支出】
            && (own === undefined || row.columns.includes(own) || itemsAcross(row))
            && !row.columns.some(column => LAST_YEAR_COLUMN.test(column)) && tableChangeColumns(row.table) === undefined;
        const texts = everyColumn ? row.node.cells.map(cellText) : [];
        if (texts.length > 0 && texts.every(t => t !== undefined)) return texts.join(' ');
        const column = actualColumn(row);
        const figure = column === undefined ? undefined : row.cells.get(column);
        if (!figure || figure.blank || figure.kind === 'rate' || figure.suspect) return undefined;
        return figure.node ? cellText(figure.node as Cell) : undefined;
    }
    const figures = [...row.cells.values()];
    // each value of 上年 stands under the unit of the same place: only when every cell has a unit of its own
    if (figures.length !== row.node.cells.length || figures.some(f => f.blank || f.kind === 'rate' || f.suspect)) return undefined;
    const texts = row.node.cells.map(cellText);
    return texts.every(t => t !== undefined) ? texts.join(' ') : undefined;
}
