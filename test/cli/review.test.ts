// `juesuan review`: one page for the reviewing bureau, its counts the same as `juesuan check`'s,
// each finding linked to its line and to the report's generated HTML, the document's text never
// markup, its one script allowed by hash and sorting the table in Chromium.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, ROOT } from './bundle.js';
import { juesuan } from './run.js';

const HOSTILE = '部门 「<script>alert(1)</script>」\n年度 2020\n单位 万元\n\n附件 「说明」 「见【\u001b[2J<img src=x onerror=alert(2)>】。」\n';

let dir: string;
beforeAll(async () => {
    await ensureBundles();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-review-'));
    fs.mkdirSync(path.join(dir, '各部门', '甲'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'examples', 'leshan-2020.juesuan'), path.join(dir, '各部门', '甲', 'leshan.juesuan'));
    fs.copyFileSync(path.join(ROOT, 'test', 'cli', 'fixtures', 'two-errors.juesuan'), path.join(dir, '各部门', 'two-errors.juesuan'));
    fs.writeFileSync(path.join(dir, '各部门', 'hostile.juesuan'), HOSTILE);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('juesuan review', () => {
    let page = '';
    let check: Array<{ file: string; severity: string }> = [];

    beforeAll(async () => {
        const [review, json] = await Promise.all([
            juesuan(['review', '各部门', '-o', 'review.html'], { cwd: dir, timeoutMs: 60_000 }),
            juesuan(['check', '--format', 'json', '各部门'], { cwd: dir, timeoutMs: 60_000 }),
        ]);
        expect(review.code, review.stderr).toBe(json.code);
        page = fs.readFileSync(path.join(dir, 'review.html'), 'utf8');
        check = JSON.parse(json.stdout) as typeof check;
    }, 90_000);

    it('lists every report with the counts juesuan check gives', () => {
        for (const file of ['hostile.juesuan', 'two-errors.juesuan', path.join('甲', 'leshan.juesuan')].map(f => path.join('各部门', f))) {
            const count = (severity: string) => check.filter(d => d.file === file && d.severity === severity).length;
            const row = new RegExp(`<tr><td data-value="${file}">.*?</td><td class="number" data-value="(\\d+)">\\d+</td><td class="number" data-value="(\\d+)">\\d+</td><td class="number" data-value="(\\d+)">`).exec(page);
            expect(row, file).not.toBeNull();
            expect(row!.slice(1, 4).map(Number)).toEqual([count('error'), count('warning'), count('info')]);
        }
    });

    it('links each finding to its line in VS Code and to the report’s generated HTML', () => {
        const absolute = path.join(dir, '各部门', 'two-errors.juesuan');
        expect(page).toContain(`href="vscode://file${pathToFileURL(absolute).pathname}:2:9"`);
        expect(page).toContain('>各部门/two-errors.juesuan:2:9</a>');
        const links = [...page.matchAll(/<a class="report" href="([^"]+)">/g)].map(m => decodeURI(m[1]));
        expect(links.length).toBeGreaterThan(3);
        for (const link of new Set(links)) expect(fs.readFileSync(path.join(dir, link), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    });

    it('prints the document’s text as text, and allows only its own script, by hash', () => {
        expect(page).not.toContain('<script>alert');
        expect(page).not.toContain('<img src=x');
        expect(page).not.toContain('\u001b');
        expect(page).toContain('&lt;img src=x onerror=alert(2)&gt;');
        const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(m => m[1]);
        expect(scripts).toHaveLength(1);
        const csp = (/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '').replace(/&#39;/g, "'");
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain(`'sha256-${createHash('sha256').update(scripts[0]).digest('base64')}'`);
    });

    it('sorts by a column in Chromium (most errors first)', async context => {
        let browser;
        try {
            browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
        } catch (err) {
            context.skip(`Chromium 无法启动：${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
            return;
        }
        try {
            const tab = await browser.newPage();
            const problems: string[] = [];
            tab.on('console', message => problems.push(message.text()));
            await tab.goto(pathToFileURL(path.join(dir, 'review.html')).href);
            const errors = () => tab.$$eval('tbody tr', rows => rows.map(r => Number((r as unknown as { cells: Array<{ dataset: { value: string } }> }).cells[1].dataset.value)));
            await tab.click('th:nth-child(2)');
            const sorted = await errors();
            expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
            expect(sorted[0]).toBeGreaterThan(sorted[sorted.length - 1]);
            await tab.click('th:nth-child(2)');
            expect(await errors()).toEqual([...sorted].reverse());
            expect(problems).toEqual([]);
        } finally {
            await browser.close();
        }
    }, 60_000);

    it('--no-reports builds no report HTML', async () => {
        const run = await juesuan(['review', '--no-reports', '各部门/two-errors.juesuan', '-o', 'plain.html'], { cwd: dir, timeoutMs: 60_000 });
        expect(run.code).toBe(1);
        expect(fs.existsSync(path.join(dir, 'plain-报告'))).toBe(false);
        expect(fs.readFileSync(path.join(dir, 'plain.html'), 'utf8')).not.toContain('class="report"');
    }, 60_000);
});
