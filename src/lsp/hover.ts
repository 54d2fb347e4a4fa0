import type { LangiumDocument, MaybePromise } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { Attribute, EmptyStatement, FormScore, Indicator, IndicatorField, IndicatorGroup, IndicatorSubgroup, MetaField, Report, Row, TableNote, TextField } from '../language/generated/ast.js';
import { isEmptyStatement, isFormScore, isIndicatorGroup, isIndicatorSubgroup, isMetaField, isRow, isTable } from '../language/generated/ast.js';
import type { CodeCatalogue, CodeInfo } from '../catalogue/catalogue.js';
import { judgeName } from '../catalogue/catalogue.js';
import type { GlossaryTerm } from '../catalogue/glossary.js';
import { normalizeTerm } from '../catalogue/glossary.js';
import type { JuesuanServices } from '../language/juesuan-module.js';
import type { Figure } from '../model/figure.js';
import { fixedText, formatDecimal, formatFigure, parseLiteral, roundingRangeNote, roundingRangeText, statedText } from '../model/figure.js';
import type { FormColumn, Judgement } from '../model/indicators.js';
import { fieldNumber, fieldText, formatIndicatorValue, formColumnOf, formField, judge as judgeIndicator, valueColumns } from '../model/indicators.js';
import type { LastYear, LastYearReports } from '../model/last-year.js';
import { lastYearFigure } from '../model/last-year.js';
import { percentValue } from '../model/interval.js';
import type { ReportModelProvider } from '../model/model-provider.js';
import type { FigureClaim, NotData, WrittenFigure } from '../model/prose-claims.js';
import type { ProseText } from '../model/prose.js';
import type { Role, Target as ProseTarget } from '../model/prose-targets.js';
import type { BudgetKind } from '../model/budgets.js';
import { workingText, type Relation } from '../model/relations.js';
import type { ReportModel } from '../model/report-model.js';
import { CONTENTS_KEY, COVER_KEY, isPrintedUnitLine, noteBudgetKind, TABLE_LIST_KEY, TABLE_META_KEY, TABLE_TITLE_KEY } from '../model/report-model.js';
import type { RowModel, TableModel } from '../model/rows.js';
import { tableByRole } from '../templates/index.js';
import { headingTopic, tableMetaMoneyUnit, tableMetaPieces } from '../templates/shared/layout.js';
import { actualColumn, budgetKindColumns, rowLabel } from '../model/rows.js';
import type { ModelIndex, PlacedFigure, Target } from './locate.js';
import { indexOf, locate, tableModelOf } from './locate.js';
import { plainMarkdown as md } from './markdown.js';
import type { Verdict } from '../validation/rules/prose-judge.js';
import { distinctTargets, judge, shown } from '../validation/rules/prose-judge.js';
import type { FigureVerdict } from '../validation/rules/prose.js';
import { figureVerdict } from '../validation/rules/prose.js';

/**
 * Hovers in Chinese, short enough to read at a glance: on a subject code its path 类 › 款 › 项,
 * its definition and its figures; on a defined term its definition; on a reference or a figure
 * its value and how it is computed. Every text from the report or a catalogue goes through `md`,
 * so that it shows as written; numbers and formulas are made here and in the model from decimals.
 */
export class JuesuanHoverProvider implements HoverProvider {
    private readonly models: ReportModelProvider;
    private readonly catalogue: CodeCatalogue;
    private readonly lastYear: LastYearReports;

    constructor(services: JuesuanServices) {
        this.models = services.model.ReportModels;
        this.catalogue = services.catalogue.SubjectCodes;
        this.lastYear = services.model.LastYearReports;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): MaybePromise<Hover | undefined> {
        const report = document.parseResult?.value as Report | undefined;
        if (!report?.parts) return undefined;
        const model = this.models.get(document);
        const target = locate(document, model, document.textDocument.offsetAt(params.position));
        if (!target) return undefined;
        const value = hoverMarkdown(target, model, this.catalogue, this.lastYear.forModel(model));
        return value ? { contents: { kind: 'markdown', value }, range: target.range } : undefined;
    }
}

/**
 * The Markdown of a hover on a target; exported for the preview and tests. `lastYear`: the report
 * the `上年` line links, whose 本年 figures the hover shows beside this report's 上年.
 */
export function hoverMarkdown(target: Target, model: ReportModel, catalogue: CodeCatalogue, lastYear?: LastYear): string | undefined {
    const index = indexOf(model);
    switch (target.kind) {
        case 'code':
            return codeHover(target.code, model, index, catalogue, target.row, true, lastYear);
        case 'term':
            return termHover(target.term, model, index, target.row);
        case 'figure':
            return figureHover(target.placed, model, index, lastYear);
        case 'attribute':
            return attributeHover(target.node, model, index, target.row, target.placed, lastYear);
        case 'indicator':
            return indicatorHover(target.node);
        case 'prose-figure':
            return target.claims.map(claim => proseFigureHover(claim, target.text.prose, model)).join('\n\n---\n\n');
        case 'row':
            return rowHover(target.row, model, index, lastYear);
        case 'form':
            return formHover(target.node);
        case 'table':
            return tableHover(target.table, model);
        case 'column':
            return columnHover(target.table, target.name, model);
        case 'meta':
            return metaHover(target.field, model, lastYear);
        case 'listed-note':
            return listedNoteHover(target.node, model);
        case 'note':
            return isEmptyStatement(target.node) ? emptyHover(target.node, target.table) : noteHover(target.node, target.table, model);
        case 'heading':
            return headingHover(target.heading, target.part, model);
        case 'reference': {
            const parts: string[] = [];
            const segment = target.segment ? target.path[target.segment.index] : undefined;
            if (segment && /^\d{3}(\d{2}){0,2}$/.test(segment)) {
                const row = target.resolution.kind === 'found' ? ancestorWithCode(target.resolution.row, segment) : undefined;
                parts.push(codeHover(segment, model, index, catalogue, row, false));
            }
            parts.push(referenceHover(target, model, index));
            return parts.join('\n\n---\n\n');
        }
    }
}

function ancestorWithCode(row: RowModel, code: string): RowModel | undefined {
    for (let r: RowModel | undefined = row; r; r = r.parent) if (r.code === code) return r;
    return undefined;
}

// ---- tables, columns, headings: what the template knows of them ---------------------------------------

function tableHover(table: TableModel, model: ReportModel): string {
    const { template } = model;
    const own = table.template ?? table.variantOf;
    const lines = [`**${tableName(table)}**`];
    if (table.template) {
        const label = template.tableLabel(table.template.number);
        lines[0] += ` · 模板“${md(template.shortName)}”的${md(label)}`;
        if (table.template.title !== table.title) lines.push(`模板中的表名：${md(label)} ${md(table.template.title)}`);
    } else if (table.variantOf) {
        lines.push(`按模板“${md(template.shortName)}”的${md(template.tableLabel(table.variantOf.number))} ${md(table.variantOf.title)}加总`);
    } else {
        lines.push(`模板“${md(template.shortName)}”中没有这张表：表中的数字照写，不与模板的表勾稽。`);
    }
    const columns = own?.columns ?? table.columns;
    if (columns.length > 0) lines.push(`列：${columns.map(md).join('、')}`);
    if (table.empty) lines.push('本表无数据。');
    return lines.join('\n\n');
}

/** A table as the report writes it: its label and title, or its title alone where that is its label. */
function tableName(table: TableModel): string {
    return table.label === table.title ? md(table.title) : `${md(table.label)} ${md(table.title)}`;
}

function columnHover(table: TableModel, written: string, model: ReportModel): string {
    const column = [...table.headings].find(([, heading]) => heading === written)?.[0]
        // a page it continues on may write a column by another of the template's names (续表's 合计 for 本年收入合计)
        ?? (table.template ?? table.variantOf)?.columnAliases?.get(written) ?? written;
    const position = table.columns.indexOf(column);
    const lines = [`**${md(written)}** · ${tableName(table)}的${position >= 0 ? `第 ${position + 1} 列` : '表头'}`];
    if (column !== written) lines.push(`模板中的列名：${md(column)}`);
    const own = table.template ?? table.variantOf;
    const budget = budgetKindColumns(table).get(column);
    if (budget) {
        // a budget the template has no column for is each row's budget of its kind, read as if written beside the row;
        // one alone (年初预算数) has no budgets beside it to add up across, only its rows down the column
        lines.push(`各行${budget.of ? `${md(budget.of)}的` : ''}${budget.key}：与决算数比较${budget.key === '预算' ? '' : `（完成${budget.key}以它为基数）`}，${budget.of ? '按行、按列加总核对' : '按列加总核对'}。`);
    } else if (table.foreign.has(column)) {
        lines.push(`模板“${md(model.template.shortName)}”的这张表没有这一列：其数字照写，不参与本表的勾稽。`);
    } else if (own && !own.columns.includes(column) && position < 0) {
        lines.push('表头中的文字，不是数字列。');
    }
    return lines.join('\n\n');
}

/** What each line of the report's information does; a line of another key is printed on the cover. */
const META_MEANING: Readonly<Record<string, string>> = {
    部门: '报告的部门（单位）名称：印在封面、标题和各表上方。',
    全称: '部门的全称：没写 部门 一行的，用它作部门名称。',
    简称: '部门的简称：生成的标准句子用它称呼部门。',
    公开时间: '报告的公开时间：印在封面上。',
    部分: '报告自己印的一部分的标题，一部分一行：生成的报告照印；没写的部分印模板的标题。',
    [CONTENTS_KEY]: '报告的目录列到多深、各表怎样列（序号和表名、表号和表名）：生成的目录照此。',
    [TABLE_TITLE_KEY]: '表页怎样印表号和表名：写“表号和表名”的印在一行；不写时表号印在表名上方右侧。',
    [TABLE_LIST_KEY]: '表格部分的标题下是否先印各表的表名：「印」或「不印」；不写时照模板。',
    [COVER_KEY]: '封面的标题照报告印的写，一行一个 封面：生成的封面印它，不再另印年度、部门和标题。',
};

function metaHover(field: MetaField, model: ReportModel, lastYear?: LastYear): string {
    const { key } = field;
    if (key === TABLE_META_KEY) return tableMetaHover(field.value ?? '', undefined, model);
    if (isPrintedUnitLine(field) || (key === '单位' && field !== model.report.parts.find(part => isMetaField(part) && part.key === '单位')))
        return printedUnitHover(field, model);
    const { meta, template } = model;
    const value = field.value?.trim() ?? '';
    const name = `**${md(key)}${value && value.length <= 30 ? ` ${md(value)}` : ''}**`;
    const head = `${name} · 报告信息`;
    // 部分 「目录的」 「正文的」: each title where it is printed
    const body = field.bodyValue?.trim();
    if (key === '部分' && body) return `${head}

${META_MEANING[key]}

目录印“${md(value)}”，这一部分的正文之上印“${md(body)}”。`;
    switch (key) {
        case '模板':
            return `${head}\n\n本报告按模板“${md(template.shortName)}”校验和生成：${md(template.name)}，${template.tables.length} 张表。`;
        case '年度':
            return meta.year === undefined ? `${head}\n\n决算的年度。`
                : `${head}\n\n决算的年度：科目名称按 ${meta.year} 年度的科目表，“上年”是 ${meta.year - 1} 年度。`;
        case '单位':
            return `${head}\n\n表和文字中金额的单位（不写为万元）：本报告的金额按${md(meta.unit)}填写。`;
        case '上年': {
            const lines = [head, '上年报告的文件（相对本文件）：本报告的上年数与它的本年数比对。'];
            if (lastYear?.kind === 'error') lines.push(`⚠ ${md(lastYear.message)}`);
            else if (lastYear) lines.push(`已读入上年报告：${md(lastYear.file.split(/[\\/]/).pop() ?? lastYear.file)}`);
            return lines.join('\n\n');
        }
    }
    const meaning = META_MEANING[key];
    if (meaning) return `${head}\n\n${meaning}`;
    const over = meta.coverLines.find(line => line.key === key)?.over;
    return `${name} · 封面上的一行\n\n照写的顺序印在封面${over ? '第一行、标题之上' : '的标题之下'}。`;
}

/** A table's printed unit line out of the header (金额单位：万元, a second 单位 line): no cover line, and no unit of its own. */
function printedUnitHover(field: MetaField, model: ReportModel): string {
    const written = field.$cstNode?.text.trim() ?? `单位：${field.value ?? ''}`;
    const unit = model.meta.unit;
    const verdict = field.value === unit ? '与报告的单位相同，可以删去' : `写的${md(field.value ?? '')}与报告的单位不同`;
    return `**${md(written)}** · 表上印的单位行\n\n不印在封面上；各表的数都按报告的单位（${md(unit)}）读，这一行不改变它：${verdict}。`;
}

/** A table's note: what it is and where it prints; the 单位行 with the unit the table's amounts are written in. */
function noteHover(note: TextField, table: TableModel, model: ReportModel): string {
    const key = note.key.trim();
    if (key === TABLE_META_KEY) return tableMetaHover(note.text ?? '', table, model);
    const lines = [`**${md(key)}** · ${tableName(table)}的${md(key)}`, `照印在表下：“${md(key)}：……”。`];
    const budget = table.template?.budgetColumn ? noteBudgetKind(note) : undefined;
    if (budget) lines.push(`据此，本表的预算数是${budget}数：完成预算的百分比以它为基数。`);
    if (table.empty) lines.push('本表无数据：这段文字说明其原因。');
    return lines.join('\n\n');
}

/**
 * The line printed above a table (or, written among the report's information, above every table that writes none of its
 * own), piece by piece as the layout places them, and the unit its amounts are in.
 */
function tableMetaHover(text: string, table: TableModel | undefined, model: ReportModel): string {
    const lines = [`**${TABLE_META_KEY}** · ${table ? tableName(table) : '各表'}上方照印的一行${table ? '' : '（表中写了自己的单位行的，印表中的）'}`];
    const { left, middle, right } = tableMetaPieces(text);
    const placed = [
        ...left !== undefined ? [`左：${md(left)}`] : [],
        ...middle.length > 0 ? [`中：${middle.map(md).join('　')}`] : [],
        ...right !== undefined ? [`右：${md(right)}`] : [],
    ];
    if (placed.length > 0) lines.push(placed.join(' · '));
    if (table && model.meta.tableMeta !== undefined) lines.push('本表印这一行，不印报告信息中的单位行。');
    const printed = tableMetaMoneyUnit(text);
    lines.push(`${table ? '表' : '各表'}中的金额按“单位 ${md(model.meta.unit)}”填写。`);
    if (printed !== undefined && printed !== model.meta.unit) lines.push(`⚠ 这一行印的单位是“${md(printed)}”，与表中金额的单位“${md(model.meta.unit)}”不同。`);
    return lines.join('\n\n');
}

/** A text the list of tables numbers among them: no table, printed where it stands, after the table written before it. */
function listedNoteHover(note: TableNote, model: ReportModel): string {
    const parts = model.report.parts;
    const before = parts.slice(0, parts.indexOf(note)).filter(isTable).map(table => tableModelOf(model, table)).filter(t => t !== undefined).at(-1);
    return [
        `**${md(`${note.ordinal ?? ''}${note.title ?? ''}`)}** · 表部分中编号的一段说明`,
        `不是一张表：照印在${before ? `${tableName(before)}之后` : '最后一张表之后（写在各表之前）'}，编号和标题照写。`,
    ].join('\n\n');
}

/** A table's 无数据: what prints in its place and under it. */
function emptyHover(empty: EmptyStatement, table: TableModel): string {
    const under = empty.text !== undefined && empty.text.trim() !== '' ? '表下印这里写的说明。'
        : table.notes.some(note => note.key.trim() !== TABLE_META_KEY) ? '表下印本表的注。' : '表下印模板的标准说明：本部门当年没有这类收支，故本表无数据。';
    return [`**无数据** · ${tableName(table)}`, `本表无数据：表中印“本表无数据”。${under}`].join('\n\n');
}

function headingHover(node: TextField | Row, part: 'overview' | 'explanation', model: ReportModel): string {
    const { template } = model;
    const key = isRow(node) ? node.name : node.key;
    const heading = `**${md(`${node.ordinal ?? ''}${key}`)}**`;
    const topic = headingTopic(template, part, key);
    const sections = template.parts.flatMap(p => p.sections.map(section => ({ part: p, section })));
    const ofTopic = sections.filter(s => s.section.topic === topic);
    const found = ofTopic.find(s => [s.section.title, ...s.section.aliases ?? []].includes(key)) ?? ofTopic[0];
    if (!found) return `${heading} · 本报告自有的一节：模板“${md(template.shortName)}”中没有与之对应的标题。`;
    const lines = [`${heading} · 模板“${md(template.shortName)}”${md(found.part.title)}中的“${md(found.section.title)}”`];
    const tables = (found.section.tables ?? []).map(role => tableByRole(template, role))
        .filter((t): t is NonNullable<typeof t> => t !== undefined)
        .map(t => `${md(template.tableLabel(t.number))} ${md(t.title)}`);
    if (tables.length > 0) lines.push(`所说明的表：${tables.join('；')}`);
    return lines.join('\n\n');
}

// ---- codes ----------------------------------------------------------------------------------------

function codeHover(code: string, model: ReportModel, index: ModelIndex, catalogue: CodeCatalogue, row?: RowModel, withFigures = true, lastYear?: LastYear): string {
    const year = model.meta.year;
    const path = catalogue.pathOf(code, model.report, year);
    const info = path[path.length - 1] ?? catalogue.lookup(code, model.report, year);
    const rows = row ? [row] : index.rows.filter(r => r.code === code);
    const written = rows[0]?.name ?? info.documentName;
    const title = `**${code} ${md(written ?? info.name ?? '')}**`.replace(' **', '**');
    const lines = [`${title} · ${info.scheme}分类${info.level}级科目`];
    if (path.length > 1) lines.push(path.map(p => `${p.code} ${md(p.name ?? '？')}`).join(' › '));
    // the code-name rule's judgement (names.ts): a name the catalogue accepts for the year is no slip, whichever it prefers
    if (info.entry && info.catalogueName && written && !judgeName(info.entry, written, year).ok) {
        lines.push(`⚠ 科目表${year ? `（${year} 年度）` : ''}名称为“${md(info.catalogueName)}”`);
    }
    const definitions = definitionLines(info);
    if (definitions.length > 0) lines.push('', ...definitions);
    if (withFigures) {
        const figures = rows.map(r => rowFigures(r, model, index, lastYear)).filter((s): s is string => s !== undefined);
        if (figures.length > 0) lines.push('', ...figures);
        else if (!info.entry && !info.documentDefinition) lines.push('', '科目表与名词解释中均无此编码。');
    }
    return lines.join('\n\n').replace(/\n\n\n\n/g, '\n\n');
}

function definitionLines(info: CodeInfo): string[] {
    const lines: string[] = [];
    if (info.documentDefinition) lines.push(`${md(info.documentDefinition)} *（名词解释）*`);
    if (info.catalogueDefinition) {
        const same = info.documentDefinition && sameDefinition(info.documentDefinition, info.catalogueDefinition);
        const definition = `${md(info.catalogueDefinition)} *（${md(info.layer ?? '')}）*`;
        if (!same) lines.push(info.documentDefinition ? `科目表：${definition}` : definition);
    }
    return lines;
}

/** Definitions are the same when they differ only in a leading 指 and the closing stop. */
function sameDefinition(a: string, b: string): boolean {
    const normal = (s: string) => s.trim().replace(/^指/, '').replace(/[。.；;\s]+$/, '').replace(/\s/g, '');
    return normal(a) === normal(b);
}

// ---- figures of a row -------------------------------------------------------------------------------

/** A row's figures at a glance: 决算, 预算, 完成率, 占比, 上年, 增减; computed ones marked. */
function rowFigures(row: RowModel, model: ReportModel, _index: ModelIndex, lastYear?: LastYear): string | undefined {
    // none where every column is unknown to the template's table: its figures are then listed as written
    const column = actualColumn(row);
    if (column === undefined) return undefined;
    const arithmetic = model.arithmetic;
    const actual = row.cells.get(column);
    const budget = arithmetic.budgetOf(row, column)?.figure;
    const completion = arithmetic.rate(row, '完成预算', column);
    const share = arithmetic.rate(row, '占比', column);
    const last = row.attributes.get('上年')?.get(column);
    const change = arithmetic.changeOf(row, column);
    const stated = row.attributes.get('增加')?.get(column) ?? row.attributes.get('减少')?.get(column);
    const decrease = row.attributes.get('减少')?.get(column) !== undefined;
    const growth = arithmetic.rate(row, '增长', column) ?? arithmetic.rate(row, '下降', column);
    const changeText = stated
        ? `${decrease ? '−' : '+'}${formatFigure(stated, model.groupsDigits)}`
        : change ? signed(change.value, actual?.decimals ?? 2, model.groupsDigits) + '*' : '—';
    const growthText = growth ? ` (${growthSign(row, column, growth)}${show(growth, model.groupsDigits)})` : '';
    const where = row.table ? `${row.table.label}「${rowLabel(row)}」` : row.context.replace(/ › .*$/, '') + `「${rowLabel(row)}」`;
    const header = md(`${where}${row.columns.length > 1 || column !== '决算数' ? ` ${column}` : ''}（${unitOf(actual, row.table?.columnUnits?.[row.table.columns.indexOf(column)] ?? model.meta.unit)}）`);
    const others = row.columns.filter(c => c !== column && row.cells.get(c)).map(c => `${md(c)} ${show(row.cells.get(c), model.groupsDigits)}`);
    return [
        header,
        '',
        '| 决算 | 预算 | 完成率 | 占比 | 上年 | 增减 |',
        '|---:|---:|---:|---:|---:|---:|',
        `| ${show(actual, model.groupsDigits)} | ${show(budget, model.groupsDigits)} | ${show(completion, model.groupsDigits)} | ${show(share, model.groupsDigits)} | ${show(last, model.groupsDigits)} | ${changeText}${growthText} |`,
        ...(others.length > 0 ? ['', others.join(' · ')] : []),
        ...(last ? lastYearLines(row, column, last, model, lastYear).flatMap(line => ['', line]) : []),
        ...(hasComputed([actual, budget, completion, share, last, growth]) || (!stated && change) ? ['', '\\* 由其他数字算出'] : []),
    ].join('\n');
}

function growthSign(row: RowModel, column: string, growth: Figure): string {
    if (row.attributes.get('下降')?.get(column) === growth) return '−';
    if (row.attributes.get('增长')?.get(column) === growth) return '+';
    return growth.value.isNegative() ? '' : '+';
}

function hasComputed(figures: (Figure | undefined)[]): boolean {
    return figures.some(f => f && !f.stated);
}

function signed(value: import('decimal.js').Decimal, decimals: number, grouped: boolean): string {
    const text = formatDecimal(value, decimals, grouped);
    return value.isNegative() ? text.replace('-', '−') : `+${text}`;
}

/** A figure as the table shows it: 3569.58, 22.54%, a blank cell as written (-), not as the 0 it counts as; computed ones marked with *. */
function show(figure: Figure | undefined, grouped: boolean): string {
    if (!figure) return '—';
    if (figure.blank) return md(figure.blank);
    return formatFigure(figure, grouped) + (figure.stated ? '' : '*');
}

/** The unit of a row's figure; where the row writes none, the one its column prints, else the report's. */
function unitOf(figure: Figure | undefined, unit: string): string {
    return figure?.kind === 'rate' ? '%' : figure?.unit ?? unit;
}

/** A figure with its unit; a blank cell (-) as written and what it counts as, never shown as a written 0. */
function withUnit(figure: Figure, grouped: boolean): string {
    if (figure.blank) return `${md(figure.blank)}（空白单元格，合计时按 0 计）`;
    const value = formatFigure(figure, grouped);
    return figure.kind === 'rate' ? value : `${value} ${md(figure.unit)}`;
}

// ---- a row's attributes -------------------------------------------------------------------------------

/** What each attribute key of a row holds and how the checks and the generated sentences use it. */
const ATTRIBUTE_MEANING: Readonly<Record<string, string>> = {
    占比: '本行占其总数的百分比：与本行 ÷ 总数算出的比重核对（按所写的小数位四舍五入）。',
    上年: '上年的决算数：增减额、增减率由本年数与它算出；链接了上年报告的，与上年报告的本年数比对。',
    增加: '比上年增加的金额：应等于本年数 − 上年数。',
    减少: '比上年减少的金额：应等于上年数 − 本年数。',
    增长: '比上年增长的百分比：应等于增减额 ÷ 上年数。',
    下降: '比上年下降的百分比：应等于减少额 ÷ 上年数。',
    预算: '预算数（未说明是年初还是调整后的）：完成预算的百分比以它为基数。',
    年初预算: '年初预算数：完成年初预算的百分比以它为基数。',
    全年预算: '全年预算数（调整后的预算）：完成全年预算的百分比以它为基数。',
    调整预算: '调整预算数：完成调整预算的百分比以它为基数。',
    完成预算: '决算数占预算数的百分比：与决算 ÷ 预算算出的比率核对。',
    完成年初预算: '决算数占年初预算数的百分比：与决算 ÷ 年初预算算出的比率核对。',
    完成全年预算: '决算数占全年预算数的百分比：与决算 ÷ 全年预算算出的比率核对。',
    完成调整预算: '决算数占调整预算数的百分比：与决算 ÷ 调整预算算出的比率核对。',
    变动原因: '比上年增减变动的原因：生成的标准句子在增减之后印“主要变动原因是……”；其中手写的金额、比率与数据核对。',
    差异原因: '决算与预算差异的原因：生成的标准句子在完成预算的比率之后印出；其中手写的金额、比率与数据核对。',
    用途: '资金的用途：照印在本行之后（表中印在本行的用途一栏）。',
    说明: '本行的说明：照印在本行之后（表中印在本行的说明一栏）。',
    备注: '本行的备注：照印在本行之后（表中印在本行的备注一栏）。',
};

/** An attribute's key: what it holds, then its figure as a figure's hover shows it. */
function attributeHover(node: Attribute, model: ReportModel, index: ModelIndex, row: RowModel | undefined, placed: PlacedFigure | undefined, lastYear?: LastYear): string {
    const lines = [`**${md(node.key)}**${row ? ` · 「${md(rowLabel(row))}」的${node.values.length > 0 ? '数' : '文字'}` : ''}`];
    const meaning = ATTRIBUTE_MEANING[node.key];
    if (meaning) lines.push(meaning);
    if (placed) lines.push(figureHover(placed, model, index, lastYear));
    return lines.join('\n\n');
}

// ---- a self-evaluation form's columns ------------------------------------------------------------------

const FORM_COLUMN_MEANING: Readonly<Record<FormColumn, string>> = {
    指标性质: '指标的方向：≥ 或正向指标，实际不低于预期为达到；≤ 或反向指标，不高于；= 等于；定性的不判断是否达到。预期值没写比较符的按它理解。',
    度量单位: '预期值、实际值没写单位的按这个单位理解（% 与“百分比”相同）。',
    分值: '这一项在总分中的分值（权重）；各项之和应等于总分的分值。',
    得分: '这一项的得分，不超过它的分值；各项之和应等于总分的得分。',
    偏差原因: '实际未达到预期的原因和改进措施：照印。',
};

const JUDGEMENT: Readonly<Record<Judgement, string>> = {
    met: '✓ 实际值达到预期', unmet: '✗ 实际值未达到预期', unknown: '不判断是否达到（定性的、只写了文字的或单位不同的）',
};

/** An indicator by its name: where it stands among the levels of the form, its values and whether the actual meets the expected. */
function indicatorHover(indicator: Indicator): string {
    const subgroup = indicator.$container;
    const group = subgroup.$container;
    const lines = [`**${md(indicator.name)}** · 三级指标（${md(group.name)} › ${md(subgroup.name)}）`];
    const expected = formatIndicatorValue(indicator.expected);
    const actual = formatIndicatorValue(indicator.actual);
    lines.push(`预期 ${expected ? md(expected) : '—'} · 实际 ${actual ? md(actual) : '未填'}`);
    if (indicator.actual) lines.push(JUDGEMENT[judgeIndicator(indicator.expected, indicator.actual, valueColumns(indicator))]);
    return lines.join('\n\n');
}

function formHover(node: IndicatorField | FormScore | IndicatorGroup | IndicatorSubgroup): string {
    if (isIndicatorGroup(node) || isIndicatorSubgroup(node)) {
        const level = isIndicatorGroup(node) ? '一级指标' : '二级指标';
        return `**${md(node.name)}${md(node.score ?? '')}** · ${level}的分值\n\n等于下属${isIndicatorGroup(node) ? '各二级指标印的分值之和（都印了的），否则各指标' : '各指标'}的分值之和。`;
    }
    const line = isFormScore(node) ? node : node.$container;
    const lineName = isFormScore(line) ? (line.label === '总分' ? '总分' : '资金（执行率）一行') : `指标“${md(line.name ?? '')}”`;
    const weightText = isFormScore(line) && line.weight !== undefined ? line.weight : formField(line, '分值')?.value;
    const weight = isFormScore(line) && line.weight !== undefined ? parseLiteral(line.weight)?.value : fieldNumber(formField(line, '分值'));
    const score = fieldNumber(formField(line, '得分'));
    const scores = score !== undefined && weight !== undefined && !weight.isZero()
        ? `得分 ${score.toString()} / 分值 ${weightText}（得分率 ${formatDecimal(percentValue(score, weight), 2)}%）`
        : undefined;
    if (isFormScore(node)) {
        const meaning = node.label === '总分' ? '表末的总分：紧跟“总分”的数是它的分值，各项（指标和资金一行）的分值、得分之和与它一致。' : '资金一行的分值、得分：执行率即执行数 ÷ 预算数。';
        return [`**${node.label}** · ${lineName}`, meaning, ...scores ? [scores] : []].join('\n\n');
    }
    const column = formColumnOf(node.key);
    const written = fieldText(node);
    const lines = [`**${node.key}${written ? ` ${md(written)}` : ''}** · ${lineName}`];
    if (column) lines.push(FORM_COLUMN_MEANING[column]);
    if (scores && (column === '分值' || column === '得分')) lines.push(scores);
    return lines.join('\n\n');
}

// ---- a figure and how it is computed --------------------------------------------------------------

function figureHover(placed: PlacedFigure, model: ReportModel, index: ModelIndex, lastYear?: LastYear): string {
    const { figure } = placed;
    const lines = [`**${md(figure.label)}** = **${withUnit(figure, model.groupsDigits)}**${figure.stated ? '' : '（计算）'}`];
    if (placed.key === '上年') lines.push(...lastYearLines(placed.row, placed.column, figure, model, lastYear));
    lines.push(...howComputed(figure, model, index));
    return lines.join('\n\n');
}

/** This report's 上年 beside last year's 本年 of the same row, with the file it comes from. */
function lastYearLines(row: RowModel, column: string, figure: Figure, model: ReportModel, lastYear: LastYear | undefined): string[] {
    if (!lastYear) return [];
    if (lastYear.kind === 'error') return [`⚠ ${md(lastYear.message)}`];
    const file = md(lastYear.file.split(/[\\/]/).pop() ?? lastYear.file);
    const found = lastYearFigure(row, column, model, lastYear.model);
    if (!found) return [`上年报告（${file}）中没有可比对的本年数。`];
    const theirs = found.value.eq(found.figure.value) ? formatFigure(found.figure, model.groupsDigits) : formatDecimal(found.value, 2, model.groupsDigits);
    const mark = figure.interval.meets(found.interval) ? '✓ 一致' : '✗ 不一致';
    return [`本报告上年数 ${show(figure, model.groupsDigits)} · 上年报告（${file}）本年数 ${theirs} ${mark}`];
}

function rowHover(row: RowModel, model: ReportModel, index: ModelIndex, lastYear?: LastYear): string | undefined {
    const figures = rowFigures(row, model, index, lastYear);
    const main = row.cells.get(actualColumn(row) ?? row.columns[0] ?? '');
    const lines = [`**${md(rowLabel(row))}**`];
    if (figures && row.table) lines.push(figures);
    else if (row.cells.size > 0) lines.push([...row.cells].map(([column, f]) => `${column === '万元' || column === f.unit ? '' : `${md(column)} `}${withUnit(f, model.groupsDigits)}`).join(' · '));
    if (main) lines.push(...howComputed(main, model, index));
    // a block with no figure of its own (公务用车 { 购置 1辆 … 保有 3辆 }): what it holds, one level down
    if (row.cells.size === 0 && row.children.length > 0) {
        const held = row.children.map(child => [md(child.name), ...[...child.cells.values()].map(f => withUnit(f, model.groupsDigits))].join(' '));
        if (held.length > 0) lines.push(`其下：${held.join(' · ')}`);
    }
    return lines.length > 1 ? lines.join('\n\n') : undefined;
}

/** The relations that compute a figure, with their numbers; or how the model derived it. */
function howComputed(figure: Figure, model: ReportModel, index: ModelIndex): string[] {
    const lines: string[] = [];
    const derivation = model.derivations.get(figure);
    if (derivation) lines.push(`由${md(derivation.description)}算出：${workingText(derivation, withUnit(figure, model.groupsDigits))}`);
    for (const relation of index.relationsOf.get(figure) ?? []) lines.push(relationLine(relation, model.groupsDigits));
    if (lines.length === 0 && figure.stated) lines.push('填列数。');
    return lines.slice(0, 6);
}

function relationLine(relation: Relation, grouped: boolean): string {
    const { target } = relation;
    const computed = relation.value.toDecimalPlaces(Math.max(target.decimals, 2));
    const unit = target.kind === 'rate' ? '%' : '';
    // the figure's places but never fewer than two, as computed above: a restated 200.00 is not 200, and beside a figure of
    // one place (12,345.6) the parts' sum keeps its fen (12,345.60); whole numbers as they are
    const places = target.decimals > 0 ? Math.max(target.decimals, 2) : undefined;
    const result = `${places === undefined ? formatDecimal(computed, undefined, grouped) : fixedText(computed, places, grouped)}${unit}`;
    // the interval the stated figure had to meet: the messages say 应为, the hover says why
    const range = roundingRangeText(relation.computed, unit, grouped, target.decimals);
    // within rounding but not the result rounded: the check tells it (a hint; a copy one unit off, a warning), no ✓
    const off = formatDecimal(target.value.minus(computed).abs(), undefined, grouped);
    const mark = !relation.holds ? `✗ 填列 ${statedText(target, grouped)}，${range}`
        : relation.roundsToTarget() ? '✓' : `≈ 填列 ${statedText(target, grouped)}，相差 ${off}${unit}`;
    return `${md(relation.description)}：${workingText(relation, result)} ${mark}`;
}

// ---- a figure written by hand in free text: what the prose check reads it as -----------------------------

/** Why the check leaves a written figure alone (NotData of model/prose-claims.ts). */
const NOT_DATA: Readonly<Record<NotData, string>> = {
    'threshold': '是起点、限额或范围（以上、不超过、至…），不是决算数字',
    'per-unit': '是人均或平均数，数据中没有',
    'unread': '紧跟在另一个数之后，读不出它说的是什么',
    'example': '是以“等”结尾的列举中的一项',
    'approximate': '是约数（约、近、逾…）',
    'other-year': '说的是本年、上年以外的年度',
    'other-unit': '的单位不是报告的金额单位',
    'some-units': '说的是部门中某些单位的数',
    'unnamed-whole': '的总数数据中没有（如占财政拨款项目支出的比重）：只与句中写出的数核对',
    'part': '是先分项、后共计中的一项：只核对共计，分项不大于共计',
    'outside-three-public': '是不由“三公”经费支出的购置',
    'count-share': '是数量之比（占项目总数的比例等）：与文字中写的数量核对，不与金额核对',
    'change-share': '是紧跟在增减数之后的占比，按“其中”之前的增减数或表中本项的占比核对，相符其一即可',
    'base-part': '是比较基数（上年或预算数）中的一项，数据中没有',
};

const BUDGET_NAME: Readonly<Record<BudgetKind, string>> = { initial: '年初预算', final: '全年预算', any: '预算' };

/** What a role word makes a figure of its subject: 决算数, 占比, 比上年增减额 … */
function roleName(role: Role, figure: WrittenFigure): string {
    switch (role.kind) {
        case 'value': return figure.kind === 'count' ? '数量' : '决算数';
        case 'last': return '上年数';
        case 'change': return role.versus ? `比${BUDGET_NAME[role.versus]}增减额` : '比上年增减额';
        case 'growth': return role.versus ? `比${BUDGET_NAME[role.versus]}增减率` : '比上年增减率';
        case 'share': return role.items ? '几项合计的占比' : role.base ? `占「${[...new Set(role.base.map(q => q.row.name))].join('、')}」的比重` : '占比';
        case 'completion': return `完成${BUDGET_NAME[role.budget]}的比率`;
        case 'budget': return `${BUDGET_NAME[role.budget]}数`;
    }
}

/** How a figure stands to one of the data's figures where the check does not tell it wrong: a reading it is not is no fault of it. */
const SPARED_MARK: Readonly<Record<Verdict, string>> = {
    equal: '✓ 相符', consistent: '✓ 在四舍五入范围内相符', near: '（差一个末位）', off: '（不是这个数）',
};
/** The same where the check tells it wrong: one reading agreeing is not the verdict. */
const TOLD_MARK: Readonly<Record<Verdict, string>> = {
    equal: '（相符）', consistent: '（在四舍五入范围内相符）', near: '⚠ 差一个末位', off: '✗ 不符',
};

/** The check's verdict on a figure, in its words: the finding told at it, or why it is left alone. */
function verdictLine({ told, spared }: FigureVerdict): string | undefined {
    if (told) return `${told.severity === 'error' ? '✗ ' : told.severity === 'warning' ? '⚠ ' : ''}检查${told.severity === 'info' ? '提示' : '报告'}：${md(told.message)}`;
    if (spared) return `${spared.by ? '' : '✓ '}${md(spared.why)}。`;
    return undefined;
}

/**
 * A hand-written figure of a text as prose-figure reads and judges it (model/prose-claims.ts, validation/rules/prose.ts):
 * its subject and role word, the figures of the data it was judged against (stated, or worked out with the formula), how
 * it stands to each, and the check's verdict — the finding it reports there, or why it leaves the figure alone.
 */
function proseFigureHover(claim: FigureClaim, prose: ProseText, model: ReportModel): string {
    const { figure, subject } = claim;
    const verdict = figureVerdict(model, prose, claim);
    const conclusion = verdictLine(verdict);
    const head = `**${md(figure.text)}** · 文字中的${figure.kind === 'rate' ? '比率' : figure.kind === 'count' ? '数量' : '金额'}`;
    const lines = [head];
    // a share after a change may be the part's share the data holds (shareOfWrittenChange): that one is checked against it
    if (claim.notData) lines.push(claim.notData === 'change-share' ? `${NOT_DATA[claim.notData]}。` : `${NOT_DATA[claim.notData]}：不与表中数据核对。`);
    else if (!subject) lines.push(`读作${roleName(claim.role, figure)}，未能对应到表中数据。`);
    else {
        const role = verdict.judged?.role ?? claim.role;
        lines.push(`读作「${md(subject.words)}」的${md(roleName(role, figure))}`);
        const targets = verdict.judged?.targets ?? distinctTargets(model, subject, role, figure);
        if (targets.length === 0) lines.push(`数据中没有这个数：未能对应到表中数据。`);
        else {
            const wrong = verdict.told?.severity === 'error' || verdict.told?.severity === 'warning';
            const marks = wrong ? TOLD_MARK : SPARED_MARK;
            // a part of a row (其他公务接待费): at most the row's figure, not equal to it
            const mark = (target: ProseTarget) => subject.qualified ? (wrong ? '✗ 大于它' : '✓ 不大于它') : marks[judge(figure, target, role)];
            const grouped = model.groupsDigits;
            const compared = targets.slice(0, 4).map(target => {
                const computation = target.computation ?? (target.figure && !target.figure.stated ? model.derivations.get(target.figure) : undefined);
                const value = shown(target, figure, grouped);
                const worked = computation ? `${md(computation.description)}：${workingText(computation, value)}${roundingRangeNote(target.interval, value, figure.kind === 'rate' ? '%' : '', grouped)}` : value;
                return `- ${md(target.label)}：${worked} ${mark(target)}`;
            });
            lines.push([subject.qualified ? '是其中一部分，应不大于：' : targets.length > 1 ? '对应的数（与其中之一相符即可）：' : '对应的数：', ...compared].join('\n'));
            // a share whose words give no whole: the wholes above its row's own the check weighed too
            const wider = (verdict.judged?.wider ?? []).slice(0, 4).map(share => `- ${md(share.description)}：${share.formula} = ${formatDecimal(share.value, 2, grouped)}%`
                + `${roundingRangeNote(share.computed, formatDecimal(share.value, 2, grouped), '%', grouped)} ${share.meets(figure.interval) ? '✓ 相符' : wrong ? '✗ 不符' : '（不是这个数）'}`);
            if (wider.length > 0) lines.push(['文字没有说总数，也按更上一级的总数核对：', ...wider].join('\n'));
        }
    }
    if (conclusion) lines.push(conclusion);
    return lines.join('\n\n');
}

// ---- references and terms ---------------------------------------------------------------------------

function referenceHover(target: Extract<Target, { kind: 'reference' }>, model: ReportModel, index: ModelIndex): string {
    const { resolution } = target;
    const title = `**${md(target.text)}**`;
    if (resolution.kind === 'missing') return `${title}：报告中没有这个数字。`;
    if (resolution.kind === 'unfilled') return `${title}：${resolution.rows.map(row => md(row.context)).join('、')} 的数字还没有填写。`;
    if (resolution.kind === 'ambiguous') {
        const candidates = resolution.candidates.slice(0, 5).map(f => `- ${md(f.label)} = ${withUnit(f, model.groupsDigits)}`);
        return [`${title} 可指多个数字，请写得更具体：`, candidates.join('\n')].join('\n\n');
    }
    const figure = resolution.figure;
    return [`${title} = **${withUnit(figure, model.groupsDigits)}**`, md(figure.label), ...howComputed(figure, model, index)].join('\n\n');
}

function termHover(term: GlossaryTerm, model: ReportModel, index: ModelIndex, row?: RowModel): string {
    const lines = [`**${md(term.term)}** *（名词解释）*`, md(term.definition)];
    const figures = termFigures(term, model, index, row);
    if (figures.length > 0) lines.push(figures.join('\n'));
    return lines.join('\n\n');
}

/** The figures a term names: the row of that name (or the one hovered), or the column of that name. */
function termFigures(term: GlossaryTerm, model: ReportModel, index: ModelIndex, row?: RowModel): string[] {
    if (row) {
        const main = row.cells.get(actualColumn(row) ?? row.columns[0] ?? '');
        return main ? [`${md(main.label)} = ${withUnit(main, model.groupsDigits)}`] : [];
    }
    const names = [term.term, normalizeTerm(term.term)];
    for (const name of new Set(names)) {
        const resolution = model.references.resolve([name]);
        if (resolution.kind === 'found') return [`${md(resolution.figure.label)} = ${withUnit(resolution.figure, model.groupsDigits)}`];
        if (resolution.kind === 'ambiguous') {
            return resolution.candidates.slice(0, 3).map(f => `- ${md(f.label)} = ${withUnit(f, model.groupsDigits)}`);
        }
    }
    // a row of that name without figures of its own: its parts
    const named = index.rows.find(r => names.includes(r.name) || names.includes(r.canonicalName));
    if (named) return [`见 ${md(named.context)}`];
    return [];
}
