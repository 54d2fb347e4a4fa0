// The report's parts, as a layout (one per province template) produces them and the HTML
// builder prints them. Layouts never write HTML: every text here is plain text that the
// builder escapes, so markup written in the source can only ever show as text.
import type { Figure } from '../model/figure.js';
import { formatFigure } from '../model/figure.js';

/** A run of text inside a paragraph, heading or table cell. */
export type Inline =
    | string
    | FigureInline
    | ReferenceInline
    /**
     * What the source leaves out: 〔未填写〕 in the published report, so that no sentence shows an
     * empty slot; `optional` ones (a reason the sentence can do without) only in the preview.
     */
    | { readonly kind: 'missing'; readonly text: string; readonly line?: number; readonly optional?: boolean }
    | { readonly kind: 'link'; readonly target: string; readonly content: readonly Inline[] };

/** A figure of the model, printed as the model formats it; `unit` is appended (万元, 辆, …). */
export interface FigureInline {
    readonly kind: 'figure';
    readonly figure: Figure;
    readonly unit?: string;
    /** The source line to point at when the figure has no node of its own (a computed rate). */
    readonly line?: number;
    /** Printed with thousands separators (64,999,264.21), as the report writes its figures. */
    readonly grouped?: boolean;
    /**
     * Said in a sentence the layout writes: a cell printed blank (-) is the nothing it stands for there, 0
     * (因公出国（境）费支出决算为0万元, as reports say it), never a 「-万元」; so is an amount written 0.00 (NOTHING).
     */
    readonly spoken?: boolean;
}

/** A 【…】 of the user's text: the figure it resolves to, or why it does not. */
export interface ReferenceInline {
    readonly kind: 'reference';
    readonly text: string;
    readonly figure?: Figure;
    readonly line?: number;
    readonly problem?: string;
    readonly grouped?: boolean;
}

/**
 * How a figure prints: a cell printed blank as written (-, —, /) wherever it is printed (a table, a 【…】
 * in a sentence), never as the 0 it counts as; with thousands separators where the report uses them.
 */
export function printFigure(figure: Figure, grouped = false): string {
    return figure.blank || formatFigure(figure, grouped);
}

/**
 * An amount of nothing as a sentence the layout writes says it — a blank, a written 0.00, a table of 无数据 — whatever
 * decimals the tables print: 0万元, as most published reports say it even beside 0.00 in their tables.
 */
export const NOTHING = '0';

/** The text a figure or a reference prints, without the figure's unit. */
export function figureText(inline: FigureInline | ReferenceInline): string {
    if (inline.kind === 'figure' && inline.spoken && (inline.figure.blank || (inline.figure.kind === 'amount' && inline.figure.value.isZero()))) return NOTHING;
    return inline.figure ? printFigure(inline.figure, inline.grouped) : inline.kind === 'reference' ? inline.text : '';
}

export type Block = Heading | Paragraph | TableBlock | ChartBlock | Section | TocBlock | CoverBlock;

export interface Heading {
    readonly kind: 'heading';
    readonly level: 1 | 2 | 3 | 4;
    readonly content: readonly Inline[];
    readonly id?: string;
    readonly line?: number;
    /** The number the source lost before this heading (、收入支出决算总体情况说明, printed as written), where its place gives one. */
    readonly lostOrdinal?: LostOrdinal;
}

/** A heading's or a table's number lost in the copy: the one its place in the report gives, and where the bare 、 is in the source (an offset). */
export interface LostOrdinal {
    readonly expected: string;
    readonly at: number;
}

export interface Paragraph {
    readonly kind: 'paragraph';
    readonly content: readonly Inline[];
    /**
     * body: indented text; lead: a bold run-in heading inside text (一、…); note: （注：…）;
     * plain: no first-line indent; centered: a title line.
     */
    readonly style?: 'body' | 'lead' | 'note' | 'plain' | 'centered';
    /** Written by the layout, not by the user: the user wrote no text for its section. */
    readonly generated?: boolean;
    /** A generated sentence printed even with none of its figures in the source (〔未填写〕): one of numbered items some of which have. */
    readonly kept?: boolean;
    readonly line?: number;
}

export interface TableCell {
    readonly content: readonly Inline[];
    readonly colspan?: number;
    readonly rowspan?: number;
    readonly header?: boolean;
    readonly align?: 'left' | 'center' | 'right';
    /** Indentation steps of a row label (款 1, 项 2). */
    readonly indent?: number;
    readonly line?: number;
}

export interface TableRow {
    readonly cells: readonly TableCell[];
    readonly line?: number;
    readonly emphasis?: 'total' | 'group';
}

export interface TableBlock {
    readonly kind: 'table';
    readonly id?: string;
    /** Printed above the table, centred. */
    readonly title?: string;
    /** A second centred line under the title: （2020年度）. */
    readonly subtitle?: string;
    /** Top-right label, e.g. 公开01表. */
    readonly label?: string;
    /** The contents' number the source lost before the title (、收入支出决算总表, printed as written), with the one its place gives. */
    readonly lostOrdinal?: LostOrdinal;
    /** A second label the page prints under the title, right (四川: 附表1 over 收入支出决算总表, 公开01表 under it). */
    readonly labelUnder?: string;
    /** Left of the line above the table, e.g. 部门：乐山高新区党工委办公室. */
    readonly owner?: string;
    /** Right of the line above the table: 单位：万元. */
    readonly unit?: string;
    /** Between the two, where the report prints more on that line (决算年度：2024). */
    readonly middle?: string;
    readonly head: readonly TableRow[];
    readonly body: readonly TableRow[];
    /** Relative column widths. */
    readonly widths?: readonly number[];
    /** A statement printed under the table (an empty table's). */
    readonly statement?: readonly Inline[];
    /** The table's notes as the source writes them (注：…, 说明：…), printed under it in order. */
    readonly notes?: readonly Paragraph[];
    readonly variant?: 'data' | 'form';
    readonly line?: number;
}

/** What is printed under a table, in order: an empty table's statement, then the notes the source writes. */
export function tableFoot(table: TableBlock): readonly { readonly content: readonly Inline[]; readonly line?: number }[] {
    return [...(table.statement ? [{ content: table.statement }] : []), ...(table.notes ?? [])];
}

/** A chart drawn from figures of the model; the HTML builder renders it to SVG. */
export type ChartSpec = (
    | {
        readonly kind: 'bars';
        readonly categories: readonly string[];
        /** One value per category; a missing value is left out. */
        readonly series: readonly { readonly name: string; readonly values: readonly (Figure | undefined)[] }[];
        readonly unit: string;
    }
    | {
        readonly kind: 'pie';
        readonly slices: readonly { readonly name: string; readonly value: Figure; readonly share?: Figure }[];
        readonly unit: string;
    }
) & {
    /** Labels with thousands separators, as the report writes its figures. */
    readonly grouped?: boolean;
};

export interface ChartBlock {
    readonly kind: 'chart';
    readonly id: string;
    /** 图1：收、支决算总计变动情况图 */
    readonly title: string;
    readonly spec: ChartSpec;
    readonly line?: number;
    /** The line of the user's text the chart prints in place of, as written (（图1：…）（柱状图）, a PDF's print of the picture). */
    readonly placeholder?: string;
}

/** A part of the report: the cover, the contents, 第一部分…, one 附表 page. */
export interface Section {
    readonly kind: 'section';
    readonly role: 'cover' | 'contents' | 'part' | 'table-page' | 'attachment' | 'group';
    readonly id?: string;
    readonly blocks: readonly Block[];
    /** Wide tables go on landscape pages. */
    readonly landscape?: boolean;
    readonly line?: number;
}

export interface TocBlock {
    readonly kind: 'toc';
    readonly entries: readonly { readonly level: 1 | 2 | 3; readonly text: string; readonly target?: string }[];
}

/** The cover: year, department, 部门决算, publication date. */
export interface CoverBlock {
    readonly kind: 'cover';
    /** The year and department over the title; none where the report writes its cover's title lines itself (封面 「…」). */
    readonly year?: readonly Inline[];
    readonly department?: readonly Inline[];
    /** The title, a line each. */
    readonly title: readonly string[];
    readonly published?: readonly Inline[];
    /** The lines the report prints under its title (保密审查情况：已审查), in its order. */
    readonly lines?: readonly (readonly Inline[])[];
    /** The lines it prints over the year and title, first on the page (云南: 监督索引号…), in its order. */
    readonly over?: readonly (readonly Inline[])[];
    readonly line?: number;
}

/** A whole report as a layout lays it out. */
export interface ReportDocument {
    /** The document's title (the browser tab, the PDF's metadata). */
    readonly title: string;
    readonly blocks: readonly Block[];
    /** The report writes its figures with thousands separators: its figures print so, and its workbook's cells. */
    readonly grouped?: boolean;
}
