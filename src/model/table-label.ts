import type { Table } from '../language/generated/ast.js';
import type { AstNode, CstNode } from 'langium';
import { GrammarAST, isCompositeCstNode } from 'langium';
import { GROUP_TOTAL_WORDS, isGroupTotal } from '../templates/template.js';
import { chineseNumeral, parseChineseNumeral } from './numerals.js';
import { isActualHeading } from './rows.js';

/** A table's number as the source writes it: 附表 5, 附表五, 表五, 表 5, 公开05表 (财决公开05表, 财决05表, 部门公开表05); 一、 as the contents print it. */
export interface TableLabel {
    /** The number, when the label gives a whole number. */
    readonly number?: number;
    /** 表名: no number written, the title says which table it is (see resolveTableLabels). */
    readonly style: '附表' | '表' | '公开' | '目录' | '表名';
    /** As written, for messages. */
    readonly text: string;
    /** The number is not the written one: the title names another of the template's tables (see resolveTableLabels). */
    readonly renumbered?: boolean;
    /** The contents' number printed before a label (七、公开08表): where the table stands in the report's own list. */
    readonly ordinal?: number;
    /** Printed in brackets after the title (二、收入决算表（公开02表）): so in the contents and over the table. */
    readonly afterTitle?: boolean;
    /** A second label the page prints under the title (四川: 附表1 over 收入支出决算总表, 公开01表 under it): its number names the table as well. */
    readonly page?: TableLabel;
}

export function tableLabelOf(node: Table): TableLabel {
    // 附表 with its number missing is a broken label, not a table written by its title
    const labelled = node.label !== undefined || node.number !== undefined || node.titleLabel !== undefined || node.pageLabel !== undefined
        || tableLineHas(node, '附表');
    // 一、 （一） 1. before the title, as the contents number the tables: no style of a template's own;
    // before a label (一、表一) the label's number is the table's
    const ordinal = node.ordinal === undefined ? undefined : ordinalNumber(node.ordinal);
    // a bare 、 whose number the copy lost (宁夏: 、收入支出决算总表) numbers nothing: the table is written by its title
    if (node.ordinal !== undefined && !labelled && ordinal !== undefined) return { number: ordinal, style: '目录', text: node.ordinal.trim() };
    if (!labelled) return { style: '表名', text: '' };
    // 收入决算表（公开02表）: the label in brackets after the title, where none is written before it
    if (node.label === undefined && node.number === undefined && node.titleLabel !== undefined) {
        return { ...parseTableLabel(node.titleLabel.slice(1, -1)), ordinal, afterTitle: true };
    }
    // 一、收入支出决算总表 公开01表: the same label after the title, printed without brackets
    if (node.label === undefined && node.number === undefined && node.pageLabel !== undefined) {
        return { ...parseTableLabel(node.pageLabel), ordinal, afterTitle: true };
    }
    const page = node.pageLabel !== undefined ? { page: parseTableLabel(node.pageLabel) } : {};
    if (node.label === undefined) {
        const text = `附表 ${node.number ?? ''}`.trim();
        return { number: wholeNumber(node.number ?? ''), style: '附表', text, ordinal, ...page };
    }
    return { ...parseTableLabel(node.label), ordinal, ...page };
}

/**
 * Whether a table's own line, before its '{' (ordinal, label, colon, title), has the keyword: the
 * grammar puts no keyword of the table's after it, and its rows, as many as the report has, are not searched.
 */
export function tableLineHas(node: Table, keyword: string): boolean {
    const cst = node.$cstNode;
    for (const child of cst && isCompositeCstNode(cst) ? cst.content : [] as CstNode[]) {
        if (GrammarAST.isKeyword(child.grammarSource) && child.grammarSource.value === '{') return false;
        if (holdsKeyword(child, keyword, child.astNode)) return true;
    }
    return false;
}

/**
 * Whether a CST node of `element` is the keyword or holds it, not looking into other elements' nodes: what
 * GrammarUtils.findNodeForKeyword finds, without the stream and the list it makes for each node it is asked about.
 */
function holdsKeyword(node: CstNode, keyword: string, element: AstNode): boolean {
    if (node.astNode !== element) return false;
    if (GrammarAST.isKeyword(node.grammarSource) && node.grammarSource.value === keyword) return true;
    if (!isCompositeCstNode(node)) return false;
    for (const child of node.content) if (holdsKeyword(child, keyword, element)) return true;
    return false;
}

function ordinalNumber(ordinal: string): number | undefined {
    const written = ordinal.normalize('NFKC').replace(/[()、.]/g, '').trim();
    return wholeNumber(written) ?? parseChineseNumeral(written);
}

/**
 * A label printed as text — in the source, or in a workbook's cell — read the way the grammar
 * reads it: 附表6, 附表 六, 表五, 公开05表. The number is missing when the text gives none.
 */
export function parseTableLabel(printed: string): TableLabel & { readonly style: Exclude<TableLabel['style'], '表名'> } {
    const text = printed.trim().replace(/[ \t\u3000]+/g, ' ');
    const open = /^(?:(?:财决)?公开|财决)\s*(\d+)\s*表$|^部门公开表\s*(\d+)$/.exec(text);
    if (open) return { number: wholeNumber(open[1] ?? open[2]), style: '公开', text };
    const style = text.startsWith('附表') ? '附表' : '表';
    // a bare number (7 {) is the table's as 表 7 is
    const written = /^\d/.test(text) ? text : text.slice(style.length).trim();
    return { number: wholeNumber(written) ?? parseChineseNumeral(written), style, text };
}

/** The label a text starts with, as in 表六 一般公共预算…; undefined when it starts with none. */
export function leadingTableLabel(text: string): TableLabel | undefined {
    const match = /^\s*(?:(?:(?:财决)?公开|财决)\s*\d+\s*表|部门公开表\s*\d+|附?表\s*(?:\d+|[一二三四五六七八九十]+))(?![\d一二三四五六七八九十])/u.exec(text);
    if (!match) return undefined;
    const label = parseTableLabel(match[0]);
    return label.number === undefined ? undefined : label;
}

/**
 * How the report prints a table's label, for messages and references: as written, spaces dropped
 * (附表 6 → 附表6, 公开05表); where it prints no number on the table (its title alone, or the contents'
 * 一、 before the title), its title.
 */
export function printedLabel(label: TableLabel, title: string | undefined): string | undefined {
    // a year printed before the title (浙江: 2023年度收入支出决算总表), maybe after the unit's name (山西: 交口街道办事处2021年…),
    // is no part of the table's name
    if (label.style === '表名' || label.style === '目录') return title?.replace(/^\D*?\d{4}[ \t\u3000]*年度?/, '');
    return label.text.replace(/\s+/g, '');
}

/**
 * Another table's label in the style of one the report writes: 公开05表 → 公开07表, 表五 → 表七,
 * 附表 5 → 附表7; undefined where the label prints no number of its own (a title, an ordinal).
 */
export function labelLike(example: TableLabel, number: number): string | undefined {
    const written = example.text.replace(/\s+/g, '');
    // the code's own words kept (财决公开05表 → 财决公开07表, 部门公开表05 → 部门公开表07)
    if (example.style === '公开') return written.replace(/\d+/, digits => String(number).padStart(digits.length, '0'));
    if (example.style !== '附表' && example.style !== '表') return undefined;
    const chinese = /[一二三四五六七八九十]$/.test(written);
    return `${example.style}${chinese ? chineseNumeral(number) : number}`;
}

function wholeNumber(text: string): number | undefined {
    return /^\d+$/.test(text) ? Number.parseInt(text, 10) : undefined;
}

/**
 * Headings a printed table gives the rows' own columns (their code and name: 项目, 项目名称, 科目编码,
 * 科目名称, 类 款 项, 行次, 功能分类科目 over them; 单位名称 where a table lists the department's units): a 列【…】 copied
 * from the printed header may keep them; no figure stands under them.
 */
const ROW_HEADING = /^(?:(?:(?:功能|经济|支出功能|支出经济)分类)?(?:科目)?(?:编码|代码|名称)|(?:功能|经济|支出功能|支出经济)分类(?:科目)?|单位名称|项目(?:名称|编码)?|科目|类|款|项|行次|栏次)$/;

/**
 * Whether a name of 列【…】 heads the rows' own columns: a heading over several (项目 { 科目编码 科目名称 }) does where
 * every column under it does, whatever its own wording (功能分类科目, 预算科目 over the code and the name).
 */
export function isRowHeading(name: string): boolean {
    const group = columnGroup(name);
    return group ? group.columns.every(column => ROW_HEADING.test(column)) : ROW_HEADING.test(name);
}

/**
 * A column of counts and amounts together (统计数, 数量): a table that prints the 三公 figures with the
 * vehicles and receptions they count (公务用车保有量（辆） 9) has it beside or instead of the template's.
 */
export const COUNT_COLUMN = /^(?:统计数|数量)$/;

/**
 * A unit of money printed after a column's name (决算数（万元）, 预算数(元)), or after the heading over several
 * (本年支出（万元）·小计): the unit of the figures under it.
 */
const COLUMN_MONEY_UNIT = /[（(](万元|元)[）)](?=·|$)/;

/** A column's name without the unit of money printed in it (决算数（万元） → 决算数), and that unit. */
export function columnMoneyUnit(name: string): { name: string; unit?: string } {
    const printed = COLUMN_MONEY_UNIT.exec(name);
    return printed ? { name: name.slice(0, printed.index) + name.slice(printed.index + printed[0].length), unit: printed[1] } : { name };
}

/** The columns a table's 列【…】 names that hold figures, as written. */
export function figureColumnNames(node: Table): string[] {
    return expandColumnNames((node.columns?.names ?? []).filter(name => !isRowHeading(name)));
}

/** Between a heading printed over several columns and each of them: 实际采购金额·货物. */
export const COLUMN_GROUP_JOINT = '·';

/** A heading over several columns as 列【…】 is read (`columnGroup`): 实际采购金额{总计 货物}. */
const COLUMN_GROUP = /^([^{]+)\{(.*)\}$/;

/** A name of 列【…】 that heads several columns (实际采购金额 { 总计 货物 }): the heading and the columns under it. */
export function columnGroup(name: string): { heading: string; columns: string[] } | undefined {
    const group = COLUMN_GROUP.exec(name);
    return group ? { heading: group[1], columns: group[2].split(' ') } : undefined;
}

/** The columns of 列【…】 with a heading over several (实际采购金额 { 总计 货物 }) read as one each: 实际采购金额·总计, 实际采购金额·货物. */
export function expandColumnNames(names: readonly string[]): string[] {
    return names.flatMap(name => {
        const group = columnGroup(name);
        return group ? group.columns.map(column => `${group.heading}${COLUMN_GROUP_JOINT}${column}`) : [name];
    });
}

/**
 * A template table's columns printed under a heading of their own (天津's 政府性基金 table: 本年支出 { 小计 基本支出 项目支出 }):
 * the 小计 (合计) under a heading the template knows, by its name or an alias (海南's 一般公共预算财政拨款收入支出决算公开表
 * prints its 合计 as 本年支出 { 小计 … }), is that column, the others the template's columns of their names.
 */
export function templateColumnName(name: string, known: readonly string[], aliases?: ReadonlyMap<string, string>): string {
    const joint = name.indexOf(COLUMN_GROUP_JOINT);
    if (joint < 0) return name;
    // the heading, and all under it (本年支出·小计 under 决算数)
    const written = name.slice(0, joint);
    const column = name.slice(joint + 1);
    const heading = known.includes(written) ? written : aliases?.get(written);
    if (heading !== undefined && known.includes(heading)) {
        if (isGroupTotal(column)) return heading;
        return known.includes(column) ? column : name;
    }
    // 决算数 over the template's columns (上海 表五: 年初预算数 全年预算数 决算数 { 合计 基本支出 项目支出 }) says what they
    // hold, not a column: what it heads is read as if printed without it (决算数·本年支出·小计 as 本年支出·小计); a budget's
    // heading (预算数 { 合计 … }) is no such column
    if (!isActualHeading(written)) return name;
    return columnUnderHeading(column, known, aliases) ?? name;
}

/**
 * The template's column a column printed under a heading over the template's columns stands for (合计 under 决算数 or
 * 预算数: the template's 合计); undefined where it names none.
 */
export function columnUnderHeading(column: string, known: readonly string[], aliases?: ReadonlyMap<string, string>): string | undefined {
    // the group's own figure, printed 小计 or 合计, is the template's column either word names (决算数 { 小计 基本支出 … }
    // in 表3 is its 本年支出合计, which the template reads from 合计)
    const unders = isGroupTotal(column) ? [column, ...GROUP_TOTAL_WORDS.filter(word => word !== column)] : [templateColumnName(column, known, aliases)];
    for (const under of unders) {
        const own = known.includes(under) ? under : aliases?.get(under);
        if (own !== undefined && known.includes(own)) return own;
    }
    return undefined;
}

/** A 单位行 piece naming the unit, the unit after the colon: 金额单位：万元, 单位：黄山市中医医院 (a unit that reports). */
export const TABLE_META_UNIT = /^(?:金额)?单位[:：]\s*(.*)$/;

/** What each piece of a written 单位行 (左|中|右) naming a unit names, brackets and a full stop left out: 单位：（元）。 → 元. */
export function tableMetaUnits(written: string): string[] {
    return written.split(/[|｜]/).flatMap(piece => {
        const unit = TABLE_META_UNIT.exec(piece.trim())?.[1].trim().replace(/^[（(]\s*(.*?)\s*[）)]$/, '$1').replace(/[。.]$/, '');
        return unit === undefined ? [] : [unit];
    });
}
