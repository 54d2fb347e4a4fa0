// The built seed report in headless Chromium (Debian's chromium, driven by playwright-core):
// the cover, 14 附表 tables, 7 SVG charts, A4 printing, and a full-page screenshot into
// test-results/. When Chromium cannot be launched: a failure under CI, else skipped saying why.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../examples/examples.js';
import { skipOrFail } from '../support/prerequisites.js';
import { EXPECTED_LAYOUTS, templateOfSource } from './expected-layouts.mjs';
import { buildHtml, ROOT } from './helpers.js';
import { HOSTILE_REPORT } from './hostile.js';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = path.join(ROOT, 'test-results');

let context: BrowserContext | undefined;
let userData: string | undefined;
let unavailable: string | undefined;

beforeAll(async () => {
    userData = mkdtempSync(path.join(os.tmpdir(), 'juesuan-chromium-'));
    try {
        context = await chromium.launchPersistentContext(userData, {
            executablePath: EXECUTABLE,
            headless: true,
            args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                '--disable-component-update', '--disable-sync'],
            viewport: { width: 1000, height: 1400 },
            timeout: 60_000,
        });
    } catch (err) {
        unavailable = `Chromium 无法启动（${EXECUTABLE}）：${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
        console.warn(`跳过 Chromium 测试：${unavailable}。安装：apt-get install -y chromium fonts-noto-cjk`);
    }
    mkdirSync(RESULTS, { recursive: true });
}, 90_000);

afterAll(async () => {
    await context?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
});

async function open(html: string, name: string): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
    const file = path.join(RESULTS, `${name}.html`);
    writeFileSync(file, html);
    const page = await context!.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', r => { requests.push(r.url()); });
    page.on('dialog', d => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, requests, dialogs };
}

describe('every example in Chromium: its template’s tables, in its order, and no other', () => {
    for (const example of examples()) {
        const template = templateOfSource(example.text);
        it(`${example.name} (${template})`, async ({ skip }) => {
            if (!context) return skipOrFail(unavailable!, skip);
            const { page, requests } = await open(buildHtml(example.text), example.name);
            // expected-layouts.json writes each table as its contents line, 一、收入支出决算总表
            const expected = EXPECTED_LAYOUTS[template]!.tables.map(line => line.replace(/^[一二三四五六七八九十]+、/, ''));
            expect(await page.locator('section.table-page h2.table-title').allInnerTexts()).toEqual(expected);
            expect(requests.filter(u => !u.startsWith('file:'))).toEqual([]);
            const shot = path.join(RESULTS, `${example.name}.png`);
            await page.screenshot({ path: shot, fullPage: true });
            expect(statSync(shot).size).toBeGreaterThan(50_000);
            await page.close();
        }, 120_000);
    }
});

describe('the seed report in Chromium', () => {
    it('has the cover, 14 附表, 7 charts; prints on A4; screenshot taken', async ({ skip }) => {
        if (!context) return skipOrFail(unavailable!, skip);
        const { page, requests } = await open(buildHtml(), 'leshan-2020');

        const cover = await page.locator('section.cover').innerText();
        for (const text of ['2020年度', '乐山高新区党工委办公室', '部门决算']) expect(cover).toContain(text);
        // the seed prints its 公开时间 under the contents' heading
        expect(await page.locator('section.contents').innerText()).toMatch(/^目录\s+公开时间：2021年11月22日/);

        expect(await page.locator('section.table-page').count()).toBe(14);
        expect(await page.locator('section.table-page table').count()).toBe(14);
        expect(await page.locator('section.table-page .table-unit').allInnerTexts()).toEqual(Array(14).fill('单位：万元'));
        expect(await page.locator('.table-block.form table').count()).toBe(5);

        const charts = page.locator('figure.chart');
        expect(await charts.count()).toBe(7);
        expect(await page.locator('figure.chart svg').count()).toBe(7);
        const captions = await page.locator('figure.chart figcaption').allInnerTexts();
        expect(captions.map(c => c.split('：')[0])).toEqual(['图1', '图2', '图3', '图4', '图5', '图6', '图7']);
        // each chart drew bars or slices and labelled them with the report's figures
        for (let i = 0; i < 7; i++) {
            const svg = page.locator('figure.chart svg').nth(i);
            expect(await svg.locator('path').count()).toBeGreaterThan(1);
            const box = await svg.boundingBox();
            expect(box!.width).toBeGreaterThan(300);
        }
        expect(await page.locator('figure.chart svg text').allTextContents()).toEqual(expect.arrayContaining(['3569.58', '1696.69']));

        // one file, nothing fetched from elsewhere
        expect(requests.filter(u => !u.startsWith('file:'))).toEqual([]);

        await page.screenshot({ path: path.join(RESULTS, 'leshan-2020.png'), fullPage: true });
        expect(statSync(path.join(RESULTS, 'leshan-2020.png')).size).toBeGreaterThan(100_000);

        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        writeFileSync(path.join(RESULTS, 'leshan-2020.pdf'), pdf);
        const text = pdf.toString('latin1');
        const pages = text.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
        expect(pages).toBeGreaterThan(25);
        // A4 portrait (595×842 pt) for the text, A4 landscape for the wide 附表
        expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](?:\.\d+)? 84[12](?:\.\d+)?\s*\]/);
        expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 84[12](?:\.\d+)? 59[45](?:\.\d+)?\s*\]/);
        await page.close();
    }, 120_000);

    it('runs nothing written in the source', async ({ skip }) => {
        if (!context) return skipOrFail(unavailable!, skip);
        for (const mode of ['publish', 'preview'] as const) {
            const { page, dialogs } = await open(buildHtml(HOSTILE_REPORT, { mode }), `hostile-${mode}`);
            expect(await page.locator('.report script, .report img, .report iframe, .report [onerror], .report [onload], .report a[href^="javascript"]').count()).toBe(0);
            expect(await page.locator('.report').innerText()).toContain('<script>alert(1)</script>');
            await page.waitForTimeout(100);
            expect(dialogs).toEqual([]);
            await page.close();
        }
    }, 60_000);
});
