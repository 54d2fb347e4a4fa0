// The preview page in headless Chromium, as the webview runs it (VS Code's API replaced by a
// recorder): the Content Security Policy lets the page's own script and styles run and nothing
// else; updates replace only what changed; scroll sync both ways; double-click; problems.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_CSS } from '../../src/generation/report-html.js';
import { buildPreviewDocument } from '../../src/preview/preview-document.js';
import { renderPreviewContent } from '../../src/preview/preview-content.js';
import { EXAMPLE_TEXT, ROOT } from '../generation/helpers.js';

// the page's globals, inside page.evaluate (the project compiles without the DOM library)
declare const window: any;
declare const document: any;
declare function getComputedStyle(element: unknown): { textAlign: string; backgroundColor: string };

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const lines = EXAMPLE_TEXT.split('\n');
const lineOf = (needle: string) => lines.findIndex(l => l.includes(needle));

let context: BrowserContext | undefined;
let dir: string;
let unavailable: string | undefined;

beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-webview-'));
    try {
        context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
            executablePath: EXECUTABLE, headless: true,
            args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
            viewport: { width: 900, height: 800 }, timeout: 60_000,
        });
    } catch (err) {
        unavailable = `Chromium 无法启动（${EXECUTABLE}）：${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
        console.warn(`跳过预览网页测试：${unavailable}`);
    }
}, 90_000);

afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
});

interface Posted { type: string; line?: number }

async function openPreview(): Promise<{ page: Page; console: string[] }> {
    const media = pathToFileURL(path.join(ROOT, 'media')).href;
    const { title, body } = renderPreviewContent(EXAMPLE_TEXT, 'file:///ws/leshan-2020.juesuan');
    const { html } = buildPreviewDocument({
        cspSource: 'file:', scriptUri: `${media}/preview.js`, styleUri: `${media}/preview.css`,
        title, body, css: REPORT_CSS, state: { uri: 'file:///ws/leshan-2020.juesuan' },
    });
    const file = path.join(dir, 'preview.html');
    writeFileSync(file, html);
    const page = await context!.newPage();
    const console: string[] = [];
    page.on('console', m => { console.push(`${m.type()}: ${m.text()}`); });
    await page.addInitScript(() => {
        const w = window as unknown as { posted: unknown[]; state: unknown; acquireVsCodeApi: () => unknown };
        w.posted = [];
        w.acquireVsCodeApi = () => ({
            postMessage: (m: unknown) => { w.posted.push(m); },
            getState: () => w.state,
            setState: (s: unknown) => { w.state = s; },
        });
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, console };
}

const posted = (page: Page) => page.evaluate(() => (window as unknown as { posted: Posted[] }).posted);
const send = (page: Page, message: unknown) => page.evaluate(m => { window.postMessage(m, '*'); }, message);

describe('the preview page in Chromium', () => {
    it('runs its script under the policy and tells the extension it is ready', async ({ skip }) => {
        if (!context) return skip(unavailable);
        const { page, console } = await openPreview();
        await page.waitForFunction(() => (window as unknown as { posted: Posted[] }).posted.some(m => m.type === 'ready'));
        expect(await page.locator('section.table-page table').count()).toBe(14);
        expect(await page.locator('figure.chart svg').count()).toBe(7);
        // the report's styles apply (nonce), the preview's stylesheet too (webview origin)
        expect(await page.locator('.report h1').first().evaluate(e => getComputedStyle(e).textAlign)).toBe('center');
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(230, 230, 230)');
        expect(console.filter(l => /Content Security Policy|Refused/i.test(l))).toEqual([]);
        // an inline script without the nonce is refused
        await page.evaluate(() => {
            const s = document.createElement('script');
            s.textContent = 'window.injected = true';
            document.body.appendChild(s);
        });
        expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
        await page.close();
    }, 60_000);

    it('applies an update by replacing only what changed, keeping the scroll position', async ({ skip }) => {
        if (!context) return skip(unavailable);
        const { page } = await openPreview();
        await page.evaluate(() => {
            (document.querySelector('#chart-7 svg') as unknown as { keep: boolean }).keep = true;
            (document.querySelector('#table-6') as unknown as { keep: boolean }).keep = true;
            document.getElementById('table-10')!.scrollIntoView();
        });
        const anchor = () => page.evaluate(() => document.getElementById('table-10')!.getBoundingClientRect().top);
        const before = await anchor();
        const edited = EXAMPLE_TEXT.replace('严格把控各项经费支出', '严格把控各项经费支出，压减会议费');
        const { body } = renderPreviewContent(edited, 'file:///ws/leshan-2020.juesuan');
        await send(page, { type: 'update', body, title: 't', renderMs: 12 });
        await page.waitForFunction(() => document.body.innerText.includes('压减会议费'));
        expect(await page.evaluate(() => (document.querySelector('#chart-7 svg') as unknown as { keep?: boolean }).keep)).toBe(true);
        expect(await page.evaluate(() => (document.querySelector('#table-6') as unknown as { keep?: boolean }).keep)).toBe(true);
        // the text above grew a line; what the user looks at stays where it was
        expect(Math.abs(await anchor() - before)).toBeLessThan(5);
        expect(await page.evaluate(() => document.body.dataset.renderMs)).toBe('12');
        // and the whole text equals a fresh rendering of it
        const fresh = await page.evaluate(b => { const t = document.createElement('template'); t.innerHTML = b; return t.content.textContent; }, body);
        expect(await page.locator('#juesuan-report').evaluate(e => e.textContent)).toBe(fresh);
        await page.close();
    }, 60_000);

    it('follows the editor: a source line scrolls its element to the top', async ({ skip }) => {
        if (!context) return skip(unavailable);
        const { page } = await openPreview();
        const line = lineOf('  公务接待费 4.92');
        await send(page, { type: 'scrollToLine', line });
        await page.waitForTimeout(200);
        const top = await page.locator(`#table-10 tr[data-line="${line}"]`).evaluate(e => e.getBoundingClientRect().top);
        expect(top).toBeGreaterThanOrEqual(-2);
        expect(top).toBeLessThan(60);
        await page.close();
    }, 60_000);

    it('leads the editor: scrolling reports the line at the top; a double-click opens the source line', async ({ skip }) => {
        if (!context) return skip(unavailable);
        const { page } = await openPreview();
        await page.evaluate(() => document.getElementById('part-3')!.scrollIntoView());
        await page.waitForFunction(() => (window as unknown as { posted: Posted[] }).posted.some(m => m.type === 'revealLine'));
        const reveal = (await posted(page)).filter(m => m.type === 'revealLine').pop()!;
        const glossary = lineOf('名词解释 {');
        expect(reveal.line).toBeGreaterThanOrEqual(glossary);
        expect(reveal.line).toBeLessThan(glossary + 3);

        await page.locator('#table-10 tr', { hasText: '公务接待费' }).locator('td').nth(2).dblclick();
        const open = (await posted(page)).filter(m => m.type === 'openLine').pop()!;
        expect(open.line).toBe(lineOf('  公务接待费 4.92'));
        await page.close();
    }, 60_000);

    it('shows the problems over the report and marks their lines', async ({ skip }) => {
        if (!context) return skip(unavailable);
        const { page } = await openPreview();
        const line = lineOf('201 一般公共服务支出');
        await send(page, { type: 'problems', problems: [{ line, severity: 'error', message: '所写 82.71% 与<b>本项</b>不符' }, { line: 3, severity: 'warning', message: '注意' }] });
        await page.waitForSelector('#juesuan-problems:not([hidden])');
        expect(await page.locator('#juesuan-problems summary').innerText()).toBe('1 个错误，1 个警告');
        expect(await page.locator('#juesuan-problems li').first().textContent()).toBe(`第 ${line + 1} 行：所写 82.71% 与<b>本项</b>不符`);
        expect(await page.locator(`#table-6 tr[data-line="${line}"]`).getAttribute('class')).toContain('juesuan-problem error');
        await page.locator('#juesuan-problems summary').click();
        await page.locator('#juesuan-problems li').first().click();
        expect((await posted(page)).filter(m => m.type === 'openLine').pop()!.line).toBe(line);
        await send(page, { type: 'problems', problems: [] });
        await page.waitForSelector('#juesuan-problems', { state: 'hidden' });
        expect(await page.locator('.juesuan-problem').count()).toBe(0);
        await page.close();
    }, 60_000);
});
