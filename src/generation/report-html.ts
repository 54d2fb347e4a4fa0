// Prints the report's parts (from a layout) as HTML: a standalone, print-ready document for
// publication, or the body the VS Code preview shows. Every text is escaped here, in one place:
// layouts hand over plain text only, so markup written in the source shows as text.
import type { AstNode } from 'langium';
import type { Figure } from '../model/figure.js';
import { fixedText, formatFigure } from '../model/figure.js';
import { workingText, type Relation } from '../model/relations.js';
import type { ReportModel } from '../model/report-model.js';
import { renderChartSvg } from './charts.js';
import type { ReportLayout } from '../templates/layouts.js';
import { layoutFor } from '../templates/layouts.js';
import type { Block, ChartBlock, CoverBlock, Heading, Inline, Paragraph, ReportDocument, Section, TableBlock, TableCell, TableRow, TocBlock } from './report-parts.js';
import { figureText, tableFoot } from './report-parts.js';

export interface RenderOptions {
    /**
     * publish (default): the report as it is published. preview: also marks figures whose
     * relations do not hold (class `broken`, the reason in `title`), figures the model computed
     * (`derived`) and what the source leaves out (`missing`).
     */
    readonly mode?: 'publish' | 'preview';
    /** The layout; by default the one for the report's template. */
    readonly layout?: ReportLayout;
}

export interface RenderedReport {
    readonly title: string;
    /** The report's HTML, to go inside `<body>`. */
    readonly body: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, c => ESCAPES[c]);
}

/** The report's body and title, laid out by the report's layout. */
export function renderReport(model: ReportModel, options: RenderOptions = {}): RenderedReport {
    const document = (options.layout ?? layoutFor(model)).layout(model);
    return { title: document.title, body: new HtmlWriter(model, options.mode ?? 'publish').document(document) };
}

/** A standalone HTML document of the whole report, with its print CSS inlined. */
export function renderReportHtml(model: ReportModel, options: RenderOptions = {}): string {
    const { title, body } = renderReport(model, options);
    return htmlPage({ title, css: REPORT_CSS, body });
}

export interface HtmlPage {
    /** Plain text: escaped here. */
    readonly title: string;
    readonly css: string;
    /** HTML, escaped by its maker. */
    readonly body: string;
    /** Extra `<head>` elements (HTML), such as a Content-Security-Policy. */
    readonly head?: readonly string[];
}

/** A standalone HTML document: the shell of the published report and of `juesuan review`'s page. */
export function htmlPage(page: HtmlPage): string {
    return [
        '<!DOCTYPE html>',
        '<html lang="zh-CN">',
        '<head>',
        '<meta charset="utf-8">',
        ...(page.head ?? []),
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="juesuan">',
        `<title>${escapeHtml(page.title)}</title>`,
        `<style>${page.css}</style>`,
        '</head>',
        `<body>${page.body}</body>`,
        '</html>',
        '',
    ].join('\n');
}

class HtmlWriter {
    private readonly broken = new Map<Figure, Relation[]>();

    constructor(private readonly model: ReportModel, private readonly mode: 'publish' | 'preview') {
        if (mode === 'preview') {
            for (const relation of model.relations) {
                if (relation.holds) continue;
                const list = this.broken.get(relation.target) ?? [];
                list.push(relation);
                this.broken.set(relation.target, list);
            }
        }
    }

    document(document: ReportDocument): string {
        return `<main class="report${this.mode === 'preview' ? ' preview' : ''}">${this.blocks(document.blocks)}</main>`;
    }

    private blocks(blocks: readonly Block[]): string {
        return blocks.map(b => this.block(b)).join('\n');
    }

    private block(block: Block): string {
        switch (block.kind) {
            case 'section': return this.section(block);
            case 'heading': return this.heading(block);
            case 'paragraph': return this.paragraph(block);
            case 'table': return this.table(block);
            case 'chart': return this.chart(block);
            case 'toc': return this.toc(block);
            case 'cover': return this.cover(block);
        }
    }

    private section(section: Section): string {
        const classes = [section.role, section.landscape ? 'landscape' : ''].filter(c => c !== '').join(' ');
        return `<section${attrs({ class: classes, id: section.id, 'data-line': section.line })}>\n${this.blocks(section.blocks)}\n</section>`;
    }

    private heading(heading: Heading): string {
        const tag = `h${heading.level}`;
        return `<${tag}${attrs({ id: heading.id, 'data-line': heading.line })}>${this.inlines(heading.content)}</${tag}>`;
    }

    private paragraph(paragraph: Paragraph): string {
        const content = this.inlines(paragraph.content);
        if (content.trim() === '') return '';
        // the preview tells the layout's sentences from the user's own
        const generated = this.mode === 'preview' && paragraph.generated;
        return `<p${attrs({
            class: `${paragraph.style ?? 'body'}${generated ? ' generated' : ''}`,
            title: generated ? '模板生成的句子：源文件中没有写这一节的说明' : undefined,
            'data-generated': generated ? 'true' : undefined,
            'data-line': paragraph.line,
        })}>${content}</p>`;
    }

    private cover(cover: CoverBlock): string {
        return [
            `<div${attrs({ class: 'cover-sheet', 'data-line': cover.line })}>`,
            ...(cover.over ?? []).map(line => `<div class="cover-line over">${this.inlines(line)}</div>`),
            cover.year ? `<div class="cover-year">${this.inlines(cover.year)}</div>` : '',
            cover.department ? `<div class="cover-department">${this.inlines(cover.department)}</div>` : '',
            // the report's own title lines (封面 「…」), year and department in them: as long as a line holds
            cover.year ? `<div class="cover-title">${cover.title.map(escapeHtml).join('')}</div>`
                : `<div class="cover-title written">${cover.title.map(line => `<div>${escapeHtml(line)}</div>`).join('')}</div>`,
            ...(cover.lines ?? []).map(line => `<div class="cover-line">${this.inlines(line)}</div>`),
            cover.published ? `<div class="cover-date">${this.inlines(cover.published)}</div>` : '',
            '</div>',
        ].join('\n');
    }

    private toc(toc: TocBlock): string {
        const items = toc.entries.map(e => {
            const text = escapeHtml(e.text);
            const target = e.target !== undefined && /^[\w-]+$/.test(e.target) ? e.target : undefined;
            return `<li class="toc-${e.level}">${target ? `<a href="#${target}">${text}</a>` : text}</li>`;
        });
        return `<nav class="toc"><ol>\n${items.join('\n')}\n</ol></nav>`;
    }

    private table(table: TableBlock): string {
        const out: string[] = [`<div${attrs({ class: `table-block ${table.variant ?? 'data'}`, id: table.id, 'data-line': table.line })}>`];
        if (table.label) out.push(`<div class="table-label">${escapeHtml(table.label)}</div>`);
        if (table.title) out.push(`<h2 class="table-title">${escapeHtml(table.title)}</h2>`);
        if (table.labelUnder) out.push(`<div class="table-label">${escapeHtml(table.labelUnder)}</div>`);
        if (table.subtitle) out.push(`<div class="table-subtitle">${escapeHtml(table.subtitle)}</div>`);
        if (table.owner || table.unit) {
            const middle = table.middle ? `<span>${escapeHtml(table.middle)}</span>` : '';
            out.push(`<div class="table-meta"><span>${escapeHtml(table.owner ?? '')}</span>${middle}<span class="table-unit">${escapeHtml(table.unit ?? '')}</span></div>`);
        }
        // a table without rows is one the report does not have: its title, statement and notes only
        if (table.body.length === 0) return [...out, ...this.foot(table), '</div>'].join('\n');
        out.push(`<table class="${table.variant ?? 'data'}">`);
        if (table.widths) {
            const total = table.widths.reduce((a, b) => a + b, 0);
            out.push(`<colgroup>${table.widths.map(w => `<col width="${(100 * w / total).toFixed(1)}%">`).join('')}</colgroup>`);
        }
        if (table.head.length > 0) out.push(`<thead>\n${table.head.map(r => this.row(r, true)).join('\n')}\n</thead>`);
        out.push(`<tbody>\n${table.body.map(r => this.row(r, false)).join('\n')}\n</tbody>`);
        out.push('</table>');
        out.push(...this.foot(table), '</div>');
        return out.join('\n');
    }

    private foot(table: TableBlock): string[] {
        return tableFoot(table).map(note => `<p${attrs({ class: 'statement', 'data-line': note.line })}>${this.inlines(note.content)}</p>`);
    }

    private row(row: TableRow, head: boolean): string {
        const cells = row.cells.map(c => this.cell(c, head)).join('');
        return `<tr${attrs({ class: row.emphasis, 'data-line': row.line })}>${cells}</tr>`;
    }

    private cell(cell: TableCell, head: boolean): string {
        const tag = head || cell.header ? 'th' : 'td';
        const classes = [
            cell.align === 'right' ? 'num' : cell.align === 'left' ? 'text' : cell.align === 'center' ? 'center' : '',
            cell.indent ? `indent-${Math.min(cell.indent, 4)}` : '',
        ].filter(c => c !== '').join(' ');
        return `<${tag}${attrs({ class: classes || undefined, colspan: cell.colspan, rowspan: cell.rowspan, 'data-line': cell.line })}>${this.inlines(cell.content)}</${tag}>`;
    }

    private chart(chart: ChartBlock): string {
        const svg = renderChartSvg(chart.spec).replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(chart.title)}" `);
        return `<figure${attrs({ class: 'chart', id: chart.id, 'data-line': chart.line })}>${svg}<figcaption>${escapeHtml(chart.title)}</figcaption></figure>`;
    }

    // ---- inline ---------------------------------------------------------------------------

    private inlines(content: readonly Inline[]): string {
        return content.map(i => this.inline(i)).join('');
    }

    private inline(inline: Inline | undefined): string {
        // a document being typed may leave a text out of its AST
        if (inline === undefined || inline === null) return '';
        if (typeof inline === 'string') return escapeHtml(inline);
        switch (inline.kind) {
            case 'figure':
                return this.figure(inline.figure, inline.line, undefined, figureText(inline)) + escapeHtml(inline.unit ?? '');
            case 'reference':
                if (inline.figure) return this.figure(inline.figure, inline.line, 'ref', figureText(inline));
                if (this.mode === 'preview') {
                    return `<span${attrs({ class: 'ref-error', title: inline.problem ?? '引用无法解析', 'data-line': inline.line })}>${escapeHtml(inline.text)}</span>`;
                }
                return escapeHtml(inline.text);
            case 'missing':
                if (this.mode !== 'preview') return inline.optional ? '' : '<span class="unfilled">〔未填写〕</span>';
                return `<span${attrs({ class: 'missing', title: `源文件中没有写：${inline.text}`, 'data-line': inline.line })}>〔未填写：${escapeHtml(inline.text)}〕</span>`;
            case 'link': {
                const target = /^[\w-]+$/.test(inline.target) ? inline.target : '';
                return `<a href="#${target}">${this.inlines(inline.content)}</a>`;
            }
        }
    }

    private figure(figure: Figure, fallbackLine: number | undefined, extraClass: string | undefined, text: string): string {
        const classes = ['fig'];
        if (extraClass) classes.push(extraClass);
        let title: string | undefined;
        if (this.mode === 'preview') {
            const broken = this.broken.get(figure);
            if (broken) {
                classes.push('broken');
                title = broken.map(r => relationMessage(r, this.model.groupsDigits)).join('\n');
            } else if (!figure.stated) {
                classes.push('derived');
                const derivation = this.model.derivations.get(figure);
                title = derivation ? `由数据计算：${derivation.description}，${derivation.formula}` : '由数据计算';
            }
        }
        return `<span${attrs({ class: classes.join(' '), title, 'data-line': lineOf(figure.node) ?? fallbackLine })}>${escapeHtml(text)}</span>`;
    }
}

/** 所写 82.71% 与 本项 ÷ 总数 不符：2952.54 ÷ 3569.58 = 82.71% */
export function relationMessage(relation: Relation, grouped: boolean): string {
    const unit = relation.target.kind === 'rate' ? '%' : '';
    return `所写 ${formatFigure(relation.target, grouped)} 与${relation.description}不符：${workingText(relation, `${fixedText(relation.value, relation.target.decimals, grouped)}${unit}`)}`;
}

function lineOf(node: AstNode | undefined): number | undefined {
    return node?.$cstNode?.range.start.line;
}

/** Attributes with escaped values; undefined ones are left out. */
function attrs(values: Record<string, string | number | undefined>): string {
    let out = '';
    for (const [name, value] of Object.entries(values)) {
        if (value === undefined || value === '') continue;
        out += ` ${name}="${escapeHtml(String(value))}"`;
    }
    return out;
}

const SERIF = "'Noto Serif CJK SC', 'Source Han Serif SC', 'Source Han Serif CN', 'Songti SC', 'SimSun', '宋体', serif";
const SANS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Source Han Sans CN', 'PingFang SC', 'Microsoft YaHei', 'SimHei', '黑体', sans-serif";
const KAI = "'KaiTi', '楷体', 'STKaiti', 'Kaiti SC', " + SERIF;

/** The report's CSS: A4 pages for print, sheets of paper on screen; no remote resources. */
export const REPORT_CSS = `
@page { size: A4; margin: 25mm 22mm 22mm 22mm; }
@page landscape { size: A4 landscape; margin: 18mm 18mm 16mm 18mm; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: #000; }
.report { font-family: ${SERIF}; font-size: 12pt; line-height: 1.85; color: #000; }
.report a { color: inherit; text-decoration: none; }
.report section { box-sizing: border-box; }
.report section.part, .report section.table-page, .report section.contents { break-before: page; }
.report section.landscape { page: landscape; }
.report section.attachment + section.attachment { break-before: page; }
.report h1 { font-family: ${SANS}; font-size: 18pt; font-weight: bold; text-align: center; margin: 0 0 1.2em; letter-spacing: 0.05em; }
.report h2 { font-family: ${SANS}; font-size: 14pt; font-weight: bold; margin: 1.1em 0 0.5em; text-indent: 2em; break-after: avoid; }
.report h3 { font-family: ${KAI}; font-size: 12.5pt; font-weight: bold; margin: 0.8em 0 0.4em; text-indent: 2em; break-after: avoid; }
.report h4 { font-size: 12pt; font-weight: bold; margin: 0.6em 0 0.3em; text-indent: 2em; }
.report p { margin: 0 0 0.4em; text-align: justify; orphans: 2; widows: 2; }
.report p.body { text-indent: 2em; }
.report p.lead { text-indent: 2em; font-family: ${SANS}; font-weight: bold; break-after: avoid; }
.report p.plain { text-indent: 0; }
.report p.centered { text-align: center; text-indent: 0; }
.report p.note { text-indent: 2em; font-size: 10.5pt; }
.report section.attachment h2 { text-align: center; text-indent: 0; font-size: 16pt; margin-top: 0.4em; }
/* cover */
.report section.cover { break-after: page; }
.report .cover-sheet { min-height: 230mm; display: flex; flex-direction: column; align-items: center; justify-content: center; text-align: center; }
.report .cover-year { font-family: ${SANS}; font-size: 26pt; letter-spacing: 0.1em; margin-bottom: 1.2em; }
.report .cover-department { font-family: ${SANS}; font-size: 24pt; font-weight: bold; letter-spacing: 0.05em; }
.report .cover-title { font-family: ${SANS}; font-size: 36pt; font-weight: bold; letter-spacing: 0.3em; margin: 0.8em 0 5em; }
.report .cover-title.written { font-size: 24pt; letter-spacing: 0.05em; line-height: 1.6; }
.report .cover-line { font-size: 14pt; margin-bottom: 0.6em; }
.report .cover-date { font-size: 14pt; }
/* contents */
.report nav.toc ol { list-style: none; margin: 0; padding: 0; }
.report section.contents h1 { margin-bottom: 0.6em; }
.report nav.toc { font-size: 11pt; }
.report nav.toc li { line-height: 1.5; }
.report nav.toc li.toc-1 { font-family: ${SANS}; font-weight: bold; margin-top: 0.3em; }
.report nav.toc li.toc-2 { padding-left: 2em; }
.report nav.toc li.toc-3 { padding-left: 4em; }
/* tables */
.report .table-block { margin: 0.8em 0 1.2em; }
.report .table-label { text-align: right; font-size: 10.5pt; }
.report h2.table-title { text-align: center; text-indent: 0; font-size: 15pt; margin: 0.2em 0 0.3em; }
.report .table-subtitle { text-align: center; font-size: 11pt; margin-bottom: 0.3em; }
.report .table-meta { display: flex; justify-content: space-between; font-size: 10.5pt; margin-bottom: 0.2em; }
.report table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.45; }
.report th, .report td { border: 1px solid #000; padding: 3px 5px; vertical-align: middle; }
.report th { font-family: ${SANS}; font-weight: normal; text-align: center; background: #f2f2f2; }
.report td { text-align: center; }
.report td.text { text-align: left; }
.report td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.report td.center { text-align: center; }
.report td.indent-1 { padding-left: 1.5em; }
.report td.indent-2 { padding-left: 3em; }
.report td.indent-3 { padding-left: 4.5em; }
.report td.indent-4 { padding-left: 6em; }
.report tr.total td { font-weight: bold; }
.report thead { display: table-header-group; }
.report tr { break-inside: avoid; }
.report table.form th { background: #f2f2f2; }
.report .table-block.form { break-inside: auto; }
.report p.statement { font-size: 10.5pt; text-indent: 0; margin-top: 0.4em; }
/* charts */
.report figure.chart { margin: 0.6em auto 1em; text-align: center; break-inside: avoid; }
.report figure.chart svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }
.report figcaption { font-family: ${SANS}; font-size: 10.5pt; margin-top: 0.2em; }
/* marks the preview adds */
.report .fig.broken { background: #ffd7d7; border-bottom: 2px solid #d00; cursor: help; }
.report .fig.derived { border-bottom: 1px dotted #777; cursor: help; }
.report .missing { color: #b00000; background: #fff0f0; font-size: 0.9em; }
.report.preview p.generated { box-shadow: inset 3px 0 0 #8fb3d9; background: #f4f8fc; }
.report .ref-error { color: #b00000; background: #fff0f0; border-bottom: 2px solid #d00; }
@media screen {
  body { background: #e6e6e6; }
  .report { padding: 16px 0; }
  .report > section { background: #fff; max-width: 210mm; margin: 0 auto 16px; padding: 22mm 20mm; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
  .report > section.landscape { max-width: 297mm; padding: 16mm 16mm; }
  .report > section.landscape .table-block { overflow-x: auto; }
}
@media screen and (max-width: 720px) {
  .report > section { padding: 16px; }
}
@media print {
  .report > section.cover .cover-sheet { min-height: 240mm; }
}
`.trim();
