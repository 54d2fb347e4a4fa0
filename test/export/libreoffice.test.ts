// The Word document of each example opened by a real reader: LibreOffice converts it to PDF,
// pdftoppm draws its first pages into test-results/ (to look at), and the PDF's text holds every
// figure the HTML report prints and the caption of every chart it draws. Skipped, saying why,
// where LibreOffice or poppler is missing (scripts/test.sh installs them when run as root).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { exportReport } from '../../src/export/index.js';
import { renderReportHtml } from '../../src/generation/report-html.js';
import type { Block } from '../../src/generation/report-parts.js';
import { parseReport } from '../../src/generation/report-source.js';
import { formatFigure } from '../../src/model/figure.js';
import type { ReportModel } from '../../src/model/report-model.js';
import { layoutFor } from '../../src/templates/layouts.js';
import { ROOT } from '../generation/helpers.js';

const run = promisify(execFile);
const EXAMPLES = readdirSync(path.join(ROOT, 'examples')).filter(f => f.endsWith('.juesuan')).sort();
const RESULTS = path.join(ROOT, 'test-results');
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
const POPPLER = existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdftotext');
const MISSING = !SOFFICE ? '没有 LibreOffice（apt-get install libreoffice-writer-nogui）'
    : !POPPLER ? '没有 poppler（apt-get install poppler-utils）' : undefined;

const work = mkdtempSync(path.join(os.tmpdir(), 'juesuan-docx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every figure the laid-out report's tables print, as printed (grouped where the report groups its digits). */
function tableFigures(model: ReportModel): string[] {
    const found = new Set<string>();
    const visit = (blocks: readonly Block[]) => {
        for (const block of blocks) {
            if (block.kind === 'section') visit(block.blocks);
            if (block.kind !== 'table') continue;
            for (const row of block.body) {
                for (const cell of row.cells) {
                    for (const inline of cell.content) if (typeof inline === 'object' && inline?.kind === 'figure') found.add(formatFigure(inline.figure, model.groupsDigits));
                }
            }
        }
    };
    visit(layoutFor(model).layout(model).blocks);
    return [...found];
}

/** The titles of the charts the laid-out report draws (图1：…); layouts without charts have none. */
function chartTitles(model: ReportModel): string[] {
    const titles: string[] = [];
    const visit = (blocks: readonly Block[]) => {
        for (const block of blocks) {
            if (block.kind === 'section') visit(block.blocks);
            if (block.kind === 'chart') titles.push(block.title);
        }
    };
    visit(layoutFor(model).layout(model).blocks);
    return titles;
}

/** Every figure the HTML report prints (its fig spans), as printed. */
function printedFigures(html: string): string[] {
    return [...new Set([...html.matchAll(/<span class="fig[^"]*"[^>]*>([^<]+)<\/span>/g)].map(m => m[1]))];
}

describe.each(EXAMPLES)('%s in Word, opened by LibreOffice', name => {
    it('converts to PDF whose text holds every figure of the report; its first pages are drawn', async ({ skip }) => {
        if (MISSING) return skip(MISSING);
        const base = name.replace(/\.juesuan$/, '');
        const model = parseReport(readFileSync(path.join(ROOT, 'examples', name), 'utf8')).model;
        const docx = path.join(work, `${base}.docx`);
        writeFileSync(docx, await exportReport(model, 'docx'));
        // a profile of its own: parallel conversions do not wait for each other's lock
        const profile = pathToFileURL(path.join(work, `profile-${base}`)).href;
        await run(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { timeout: 150_000 });
        const pdf = path.join(work, `${base}.pdf`);
        expect(existsSync(pdf), 'LibreOffice wrote no PDF').toBe(true);

        const { stdout: info } = await run('pdfinfo', [pdf]);
        const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
        expect(pages).toBeGreaterThan(10);

        mkdirSync(RESULTS, { recursive: true });
        await run('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '4', pdf, path.join(RESULTS, `docx-${base}`)], { timeout: 60_000 });
        expect(readdirSync(RESULTS).filter(f => f.startsWith(`docx-${base}-`) && f.endsWith('.png')).length).toBe(4);

        const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 1 << 26 });
        const flat = text.replace(/\s+/g, '');
        const figures = printedFigures(renderReportHtml(model, { mode: 'publish' }));
        // the figures found are at least those of the tables, however few the report states
        const tabled = tableFigures(model);
        expect(tabled.length).toBeGreaterThan(10);
        expect(figures).toEqual(expect.arrayContaining(tabled));
        expect(figures.filter(f => !flat.includes(f))).toEqual([]);
        // the caption of each chart the HTML draws, if its layout has any, and the table of
        // contents are there
        const captions = chartTitles(model).map(t => t.replace(/\s+/g, ''));
        expect(captions.filter(c => !flat.includes(c))).toEqual([]);
        expect(flat).toContain('目录');
    }, 200_000);
});
