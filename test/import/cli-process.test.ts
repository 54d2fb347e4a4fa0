// The bundled command line: `juesuan import` and `juesuan build --format docx` load their own
// bundles (out/cli-import.cjs → out/import.cjs, out/export.cjs with out/resvg.wasm) and work.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BIN, ensureBundles } from '../cli/bundle.js';
import { EXAMPLE } from '../generation/helpers.js';
import { addIncomeTable, bytesOf, newWorkbook } from './workbooks.js';

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
    await ensureBundles();
    dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-cli-import-'));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled command line', () => {
    it('imports a workbook', async () => {
        const workbook = newWorkbook();
        addIncomeTable(workbook);
        const book = path.join(dir, '决算报表.xlsx');
        writeFileSync(book, await bytesOf(workbook));
        const { stdout, stderr } = await run(process.execPath, [CLI_BIN, 'import', book, '--template', '四川 2020'], { timeout: 60_000 });
        expect(stdout).toContain('模板 「四川 2020」');
        expect(stdout).toContain('\n附表2 收入决算表 {');
        expect(stderr).toContain('附表2 收入决算表：工作表「收入决算表」');
    }, 90_000);

    it('says what is wrong with a workbook it cannot read, with exit code 2', async () => {
        const book = path.join(dir, '坏的.xlsx');
        writeFileSync(book, 'PK\u0003\u0004 not really a zip');
        const failed = await run(process.execPath, [CLI_BIN, 'import', book, '-o', path.join(dir, 'x.juesuan')], { timeout: 60_000 }).catch(err => err as { code: number; stderr: string });
        expect(failed).toMatchObject({ code: 2 });
        expect((failed as { stderr: string }).stderr).toContain('文件可能已损坏');
    }, 90_000);

    it('builds a Word report, charts rasterised by the bundled WebAssembly', async () => {
        const target = path.join(dir, '报告.docx');
        await run(process.execPath, [CLI_BIN, 'build', EXAMPLE, '--format', 'docx', '-o', target], { timeout: 120_000 }).catch(err => {
            // exit code 1 only says the example has findings; the report is written
            if ((err as { code?: number }).code !== 1) throw err;
        });
        const zip = await JSZip.loadAsync(readFileSync(target));
        // seven charts, each a picture in the document; charts that rasterise alike (no Chinese font
        // installed) share one PNG, so the pictures are counted, not the media files
        const pictures = (await zip.file('word/document.xml')!.async('string')).match(/<pic:pic\b/g) ?? [];
        expect(pictures.length).toBeGreaterThanOrEqual(7);
        expect(zip.file(/^word\/media\/.+\.png$/).length).toBeGreaterThan(0);
    }, 150_000);
});
