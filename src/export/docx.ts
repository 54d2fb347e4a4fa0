// The report as a Word document (the `docx` package), laid out from the same parts as the HTML:
// each part of the report on pages of its own (附表 pages landscape where the table is wide), A4,
// the fonts a published 决算 report names — 仿宋_GB2312 for the text, 黑体 and 楷体_GB2312 for the
// headings, 宋体 in the tables — the contents as the HTML lists them, each line a link to its place, and the charts as images.
import type { IParagraphOptions, IRunOptions, ISectionOptions, ParagraphChild } from 'docx';
import {
    AlignmentType, Bookmark, BorderStyle, Document, HeadingLevel, ImageRun, InternalHyperlink, Packer, PageOrientation, Paragraph, Table,
    TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { Block, ChartBlock, CoverBlock, Heading, Inline, Paragraph as ParagraphBlock, ReportDocument, Section, TableBlock, TocBlock } from '../generation/report-parts.js';
import { tableFoot } from '../generation/report-parts.js';
import { renderChartPng } from './chart-image.js';
import { inlineText } from './inline-text.js';

const BODY_FONT = '仿宋_GB2312';
const HEADING_FONT = '黑体';
const SUBHEADING_FONT = '楷体_GB2312';
const TABLE_FONT = '宋体';
const LATIN_FONT = 'Times New Roman';
/** Half-points: 三号 (16 pt) for the text, 二号 (22 pt) for titles, 10.5 pt (五号) in tables. */
const SIZE = { body: 32, title: 44, h2: 32, tableText: 20, tableTitle: 32, note: 24 } as const;
/** A4 in twips, and the margins of 公文 pages. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 };
const LANDSCAPE_MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134 };
/** The width between the margins, in twips. */
const TEXT_WIDTH = {
    portrait: A4.width - MARGIN.left - MARGIN.right,
    landscape: A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right,
};
/** Chart width on the page in pixels (docx measures images at 96 dpi): 15 cm. */
const CHART_PAGE_WIDTH = 567;

function font(name: string): IRunOptions['font'] {
    return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: name, cs: LATIN_FONT };
}

export async function writeDocx(document: ReportDocument): Promise<Buffer> {
    const writer = new DocxWriter();
    const sections: ISectionOptions[] = [];
    for (const block of document.blocks) {
        if (block.kind === 'section') sections.push(await writer.section(block));
        else sections.push(writer.page(await writer.blocks([block]), false));
    }
    const doc = new Document({
        creator: 'juesuan',
        title: document.title,
        styles: {
            default: {
                document: { run: { font: font(BODY_FONT), size: SIZE.body }, paragraph: { spacing: { line: 560, lineRule: 'exact' } } },
                heading1: { run: { font: font(HEADING_FONT), size: SIZE.title, bold: false, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240, line: 720, lineRule: 'exact' } } },
                heading2: { run: { font: font(HEADING_FONT), size: SIZE.h2, bold: false, color: '000000' }, paragraph: { indent: { firstLineChars: 200 } } },
                heading3: { run: { font: font(SUBHEADING_FONT), size: SIZE.body, bold: true, color: '000000' }, paragraph: { indent: { firstLineChars: 200 } } },
                heading4: { run: { font: font(BODY_FONT), size: SIZE.body, bold: true, color: '000000' }, paragraph: { indent: { firstLineChars: 200 } } },
            },
        },
        sections,
    });
    return Packer.toBuffer(doc);
}

type Child = Paragraph | Table;

/** A bookmark's name for a part's id (part-3-1): Word's names are letters, digits and underscores. */
function anchorName(id: string): string {
    return `jt_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

class DocxWriter {
    /** The width tables are laid out in: the page's being written. */
    private textWidth = TEXT_WIDTH.portrait;
    /** The contents' own title is not an entry of the contents. */
    private inContents = false;
    /** The places the contents link to, and those reached but not yet marked: marked on the next paragraph written. */
    private readonly targets = new Set<string>();
    private pending: string[] = [];

    async section(section: Section): Promise<ISectionOptions> {
        const landscape = section.landscape ?? false;
        this.textWidth = landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
        this.inContents = section.role === 'contents';
        this.reach(section.id);
        try {
            return this.page(await this.blocks(section.blocks), landscape);
        } finally {
            this.inContents = false;
        }
    }

    page(children: Child[], landscape: boolean): ISectionOptions {
        return {
            properties: {
                page: {
                    size: landscape
                        ? { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }
                        : { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
                    margin: landscape ? LANDSCAPE_MARGIN : MARGIN,
                },
            },
            children: children.length > 0 ? children : [new Paragraph('')],
        };
    }

    async blocks(blocks: readonly Block[]): Promise<Child[]> {
        const out: Child[] = [];
        for (const block of blocks) {
            switch (block.kind) {
                // a part inside a part (a group) flows on: only top-level parts start pages
                case 'section':
                    this.reach(block.id);
                    out.push(...await this.blocks(block.blocks));
                    break;
                case 'heading': out.push(this.heading(block)); break;
                case 'paragraph': {
                    const paragraph = this.paragraph(block);
                    if (paragraph) out.push(paragraph);
                    break;
                }
                case 'table': out.push(...this.table(block)); break;
                case 'chart': out.push(...await this.chart(block)); break;
                case 'toc': out.push(...this.toc(block)); break;
                case 'cover': out.push(...this.cover(block)); break;
            }
        }
        return out;
    }

    /**
     * The contents as the report lists them — as deep as its 目录 says, part by part, the tables among them — never
     * a field Word fills from the heading levels, which lists every heading of a level and no table (a table's title is no
     * heading): each line a link to the bookmark at its place.
     */
    private toc(toc: TocBlock): Paragraph[] {
        for (const entry of toc.entries) if (entry.target) this.targets.add(entry.target);
        return toc.entries.map(entry => {
            const run = new TextRun({ text: entry.text, font: font(entry.level === 1 ? HEADING_FONT : BODY_FONT) });
            return new Paragraph({
                // two characters of 三号 (16 pt) a level, as the HTML indents them
                indent: { left: (entry.level - 1) * 640 },
                children: [entry.target ? new InternalHyperlink({ anchor: anchorName(entry.target), children: [run] }) : run],
            });
        });
    }

    /** A place the contents link to, reached: its bookmark goes on the next paragraph written. */
    private reach(id: string | undefined): void {
        if (id !== undefined && this.targets.has(id)) this.pending.push(id);
    }

    /** A paragraph's runs inside the bookmarks of the places reached since the last one. */
    private marked(children: ParagraphChild[]): ParagraphChild[] {
        const ids = this.pending;
        this.pending = [];
        return ids.reduce<ParagraphChild[]>((inner, id) => [new Bookmark({ id: anchorName(id), children: inner })], children);
    }

    private heading(heading: Heading): Paragraph {
        this.reach(heading.id);
        if (this.inContents) {
            return new Paragraph({
                alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240, line: 720, lineRule: 'exact' },
                children: [new TextRun({ text: inlineText(heading.content), size: SIZE.title, font: font(HEADING_FONT) })],
            });
        }
        const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][heading.level - 1];
        return new Paragraph({ heading: level, children: this.marked([new TextRun(inlineText(heading.content))]), keepNext: true });
    }

    private paragraph(block: ParagraphBlock): Paragraph | undefined {
        const text = inlineText(block.content);
        if (text.trim() === '') return undefined;
        // a text written with line breaks keeps them
        // each kind marks its runs once: the places reached go on this paragraph
        const lines = () => this.marked(text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })));
        const options = (): IParagraphOptions => ({ children: lines() });
        switch (block.style ?? 'body') {
            case 'body': return new Paragraph({ ...options(), indent: { firstLineChars: 200 }, alignment: AlignmentType.JUSTIFIED });
            case 'lead': return new Paragraph({ children: this.marked([new TextRun({ text, font: font(HEADING_FONT) })]), indent: { firstLineChars: 200 }, keepNext: true });
            case 'note': return new Paragraph({ children: this.marked([new TextRun({ text, size: SIZE.note })]), indent: { firstLineChars: 200 } });
            case 'plain': return new Paragraph(options());
            case 'centered': return new Paragraph({ ...options(), alignment: AlignmentType.CENTER });
        }
    }

    private cover(cover: CoverBlock): Paragraph[] {
        const line = (text: string, size: number, spacingBefore: number, bold = false) => new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: spacingBefore, line: size * 20, lineRule: 'atLeast' },
            children: [new TextRun({ text, size, bold, font: font(HEADING_FONT) })],
        });
        const paragraphs = [
            ...(cover.over ?? []).map(text => line(inlineText(text), 28, 0)),
            ...(cover.year ? [line(inlineText(cover.year), 52, 2400)] : []),
            ...(cover.department ? [line(inlineText(cover.department), 48, 600, true)] : []),
            // the title's first line where the year would stand, as far down the page, where the report writes it whole
            ...cover.title.map((text, i) => line(text, 72, i > 0 ? 300 : cover.year ? 600 : 2400, true)),
            ...(cover.lines ?? []).map(text => line(inlineText(text), 28, 300)),
        ];
        if (cover.published) {
            paragraphs.push(new Paragraph({
                alignment: AlignmentType.CENTER, spacing: { before: 3600 },
                children: [new TextRun({ text: inlineText(cover.published), size: 28 })],
            }));
        }
        return paragraphs;
    }

    private table(table: TableBlock): Child[] {
        const out: Child[] = [];
        const small = (text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) => new Paragraph({
            alignment, spacing: { line: 300, lineRule: 'auto' },
            children: this.marked([new TextRun({ text, size: SIZE.tableText, font: font(TABLE_FONT) })]),
        });
        if (table.label) out.push(small(table.label, AlignmentType.RIGHT));
        if (table.title) {
            out.push(new Paragraph({
                alignment: AlignmentType.CENTER, spacing: { line: 480, lineRule: 'auto', after: 120 },
                children: this.marked([new TextRun({ text: table.title, size: SIZE.tableTitle, font: font(HEADING_FONT) })]),
            }));
        }
        if (table.labelUnder) out.push(small(table.labelUnder, AlignmentType.RIGHT));
        if (table.subtitle) out.push(small(table.subtitle, AlignmentType.CENTER));
        if (table.owner || table.unit) {
            out.push(new Paragraph({
                spacing: { line: 300, lineRule: 'auto' },
                tabStops: [{ type: 'right', position: this.textWidth }],
                children: [
                    // what the line prints between the two (决算年度：2024) follows the left piece
                    new TextRun({ text: [table.owner, table.middle].filter(Boolean).join('　　'), size: SIZE.tableText, font: font(TABLE_FONT) }),
                    new TextRun({ text: `\t${table.unit ?? ''}`, size: SIZE.tableText, font: font(TABLE_FONT) }),
                ],
            }));
        }
        // a table without rows is one the report does not have: as in the HTML, its title and
        // statement only, no header without a body
        if (table.body.length === 0) return [...out, ...tableFoot(table).map(note => this.statement(note.content))];
        const widths = table.widths;
        const total = widths?.reduce((a, b) => a + b, 0) ?? 0;
        const rows = [
            ...table.head.map(row => ({ row, head: true })),
            ...table.body.map(row => ({ row, head: false })),
        ].map(({ row, head }) => new TableRow({
            tableHeader: head,
            cantSplit: true,
            children: row.cells.map(cell => new TableCell({
                columnSpan: cell.colspan,
                rowSpan: cell.rowspan,
                verticalAlign: VerticalAlign.CENTER,
                margins: { left: 60, right: 60, top: 20, bottom: 20 },
                children: [new Paragraph({
                    alignment: head || cell.header ? AlignmentType.CENTER
                        : cell.align === 'right' ? AlignmentType.RIGHT : cell.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
                    indent: cell.indent ? { left: cell.indent * 200 } : undefined,
                    spacing: { line: 260, lineRule: 'auto' },
                    children: [new TextRun({
                        text: inlineText(cell.content), size: SIZE.tableText, font: font(TABLE_FONT),
                        bold: head || cell.header || row.emphasis === 'total',
                    })],
                })],
            })),
        }));
        const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
        out.push(new Table({
            rows,
            width: { size: 100, type: WidthType.PERCENTAGE },
            columnWidths: widths && total > 0 ? widths.map(w => Math.round(this.textWidth * w / total)) : undefined,
            borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
        }));
        for (const note of tableFoot(table)) out.push(this.statement(note.content));
        return out;
    }

    private statement(content: readonly Inline[]): Paragraph {
        return new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: inlineText(content), size: SIZE.note })] });
    }

    private async chart(chart: ChartBlock): Promise<Paragraph[]> {
        const image = await renderChartPng(chart.spec);
        const scale = CHART_PAGE_WIDTH / image.width;
        return [
            new Paragraph({
                // the text's exact line height would cut the picture to one line
                alignment: AlignmentType.CENTER, keepNext: true, spacing: { line: 240, lineRule: 'auto' },
                children: [new ImageRun({
                    type: 'png', data: image.png,
                    transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
                    altText: { name: chart.id, title: chart.title, description: chart.title },
                })],
            }),
            new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: chart.title, size: SIZE.note, font: font(HEADING_FONT) })],
            }),
        ];
    }
}
