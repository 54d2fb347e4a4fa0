// End-to-end test in a real VS Code: code-server (VS Code served to a browser) with the packaged
// .vsix installed, driven by Playwright in Debian's Chromium, checked as a user sees it.
// Run by scripts/e2e.sh, which installs code-server, builds and packages the extension, prepares
// the workspace and starts the server; this script only drives the browser. A plain Node script
// (not a *.test.* file), so that `vitest run` never picks it up.
//
// Environment (set by scripts/e2e.sh):
//   E2E_URL         code-server's address, e.g. http://127.0.0.1:41234
//   E2E_WORKSPACE   the workspace folder: a copy of examples/ plus broken.juesuan
//   E2E_USER_DATA   code-server's --user-data-dir (its logs tell when the extension activated)
//   E2E_RESULTS     where screenshots and the summary go (test-results/e2e)
//   E2E_TIMEOUT_MS  overall limit (default 15 minutes)
//
// Each check is a step with its own screenshot; a failing step is recorded and the next one runs,
// so one run tells which features work. The last line is "e2e: N passed, N failed".
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const URL_BASE = requireEnv('E2E_URL');
const WORKSPACE = requireEnv('E2E_WORKSPACE');
const USER_DATA = requireEnv('E2E_USER_DATA');
const RESULTS = requireEnv('E2E_RESULTS');
const OVERALL_MS = Number(process.env.E2E_TIMEOUT_MS ?? 15 * 60_000);
const STEP_MS = 150_000;
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

const EXAMPLE = 'leshan-2020.juesuan';
const BROKEN = 'broken.juesuan';
const PREVIEW_COMMAND = '决算: 在侧边打开预览';

function requireEnv(name) {
    const value = process.env[name];
    if (!value) {
        console.error(`缺少环境变量 ${name}：请用 bash scripts/e2e.sh 运行。`);
        process.exit(2);
    }
    return value;
}

// ---------------------------------------------------------------------------------------------
// What the checks expect, read from the workspace's own files
const exampleText = fs.readFileSync(path.join(WORKSPACE, EXAMPLE), 'utf8');
const brokenText = fs.readFileSync(path.join(WORKSPACE, BROKEN), 'utf8');
const exampleLines = exampleText.split(/\r?\n/);
const brokenLines = brokenText.split(/\r?\n/);

/** 1-based line and column of the first line containing `lineMark`, at `needle` within it. */
function positionOf(lines, lineMark, needle = lineMark) {
    const index = lines.findIndex(l => l.includes(lineMark));
    if (index < 0) throw new Error(`工作区文件中没有“${lineMark}”`);
    return { line: index + 1, column: lines[index].indexOf(needle) + 1 };
}

// the 名词解释 entry of 2010301: `2010301 「…」：「definition」`
const definitionMatch = /^\s*2010301\s*「[^」]*」：「([^」]*)」/m.exec(exampleText);
if (!definitionMatch) throw new Error(`${EXAMPLE} 的名词解释中没有 2010301`);
const DEFINITION_2010301 = definitionMatch[1];

// ---------------------------------------------------------------------------------------------
// Steps
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const log = (...args) => console.log(`[e2e ${seconds().padStart(5)} s]`, ...args);
const results = [];
const figures = {};
let shotNumber = 0;

async function shot(page, name) {
    shotNumber += 1;
    const file = path.join(RESULTS, `${String(shotNumber).padStart(2, '0')}-${name}.png`);
    try {
        await page.screenshot({ path: file });
    } catch (err) {
        log(`截图 ${file} 失败：${err.message}`);
    }
    return file;
}

/** Polls `probe` until it returns a truthy value; the error names `what` and the last state seen. */
async function poll(what, probe, { timeout = 60_000, interval = 250 } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
        try {
            const value = await probe();
            if (value) return value;
            last = value;
        } catch (err) {
            last = err.message;
        }
        if (Date.now() > deadline) {
            const state = last === undefined || last === false || last === null ? '' : `；最后看到：${typeof last === 'string' ? last : JSON.stringify(last)}`.slice(0, 1500);
            throw new Error(`${(timeout / 1000).toFixed(0)} 秒内未等到：${what}${state}`);
        }
        await new Promise(resolve => setTimeout(resolve, interval));
    }
}

async function step(page, name, title, fn) {
    log(`▶ ${title}`);
    const t0 = Date.now();
    let timer;
    try {
        await Promise.race([
            fn(),
            new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`步骤超时（${STEP_MS / 1000} 秒）`)), STEP_MS); }),
        ]);
        const file = await shot(page, name);
        results.push({ name, title, ok: true, ms: Date.now() - t0, shot: file });
        log(`✓ ${title}（${((Date.now() - t0) / 1000).toFixed(1)} 秒）`);
    } catch (err) {
        const file = await shot(page, `${name}-FAILED`);
        results.push({ name, title, ok: false, ms: Date.now() - t0, shot: file, error: err.message });
        log(`✗ ${title}：${err.message}`);
    } finally {
        clearTimeout(timer);
    }
}

// ---------------------------------------------------------------------------------------------
// Workbench helpers

/** Lines of the extension host's log that say our extension was activated, with the event. */
function activationLogLines() {
    const found = [];
    const walk = dir => {
        let entries = [];
        try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
        for (const e of entries) {
            const full = path.join(dir, e.name);
            if (e.isDirectory()) walk(full);
            else if (/exthost\.log$/i.test(e.name)) {
                for (const line of fs.readFileSync(full, 'utf8').split('\n')) {
                    if (line.includes('_doActivateExtension juesuan.juesuan')) found.push(line.trim());
                }
            }
        }
    };
    walk(path.join(USER_DATA, 'logs'));
    return found;
}

async function openFromExplorer(page, name) {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    await poll(`编辑器打开 ${name}`, async () => {
        const tab = page.locator('.tabs-container .tab.active', { hasText: name });
        return (await tab.count()) > 0 && (await page.locator('.editor-group-container.active .monaco-editor .view-lines').count()) > 0;
    });
}

/**
 * Moves the active editor's cursor to a 1-based line and column (a column in characters).
 * Go to Line is given the line only: its column counts display cells (a Chinese character is
 * two), so the cursor is moved along the line with the arrow keys instead.
 */
async function gotoLine(page, line, column = 1) {
    // Ctrl+G acts on the active editor wherever the focus is, and leaves the focus in it
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await page.keyboard.type(`${line}:1`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: String(line) }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await poll(`光标到第 ${line} 行第 1 列`, async () => {
        const status = await page.locator('#status\\.editor\\.selection').innerText().catch(() => '');
        return status.includes(`Ln ${line}, Col 1`) ? status : false;
    }, { timeout: 15_000 });
    for (let i = 1; i < column; i++) await page.keyboard.press('ArrowRight');
}

/** The centre of the first occurrence of `needle` among the editor's rendered lines. */
async function screenPointOf(page, needle) {
    return page.evaluate(text => {
        const editor = document.querySelector('.editor-group-container.active .monaco-editor');
        if (!editor) return null;
        for (const line of editor.querySelectorAll('.view-line')) {
            const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const i = node.data.indexOf(text);
                if (i < 0) continue;
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + text.length);
                const box = range.getBoundingClientRect();
                return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
            }
        }
        return null;
    }, needle);
}

/** Moves the mouse onto a point from a little above, as a hand does, and waits for a hover with `expected`. */
async function hoverAt(page, point, expected, timeout = 30_000) {
    const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)', { hasText: expected });
    let attempt = 0;
    return poll(`悬停提示含“${expected}”`, async () => {
        if (await hover.count()) return hover.first().innerText();
        // every 3 s, leave and come back: a hover that was cancelled shows again
        if (attempt++ % 12 === 0) {
            await page.mouse.move(point.x, point.y - 40);
            await page.mouse.move(point.x, point.y, { steps: 6 });
        }
        return false;
    }, { timeout });
}

async function runCommand(page, title) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type(title);
    const short = title.replace(/^.*?:\s*/, '');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: short }).first();
    try {
        await row.waitFor({ timeout: 15_000 });
    } catch {
        const rows = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
        await page.keyboard.press('Escape');
        throw new Error(`命令面板中没有“${title}”；列出的是：${JSON.stringify(rows.slice(0, 8))}`);
    }
    await page.keyboard.press('Enter');
}

/** The first frame (webview) whose text contains every one of `needles`, with its text. */
async function frameWithText(page, needles) {
    for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const text = await frame.evaluate(() => (document.body ? document.body.innerText : '')).catch(() => '');
        if (needles.every(n => text.includes(n))) return { frame, text };
    }
    return null;
}

// ---------------------------------------------------------------------------------------------
async function main() {
    fs.mkdirSync(RESULTS, { recursive: true });
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-e2e-chromium-'));
    const browser = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        viewport: { width: 1400, height: 900 },
        locale: 'zh-CN',
    });
    const consoleLog = fs.createWriteStream(path.join(RESULTS, 'browser-console.log'));
    const page = browser.pages()[0] ?? await browser.newPage();
    page.on('console', m => consoleLog.write(`[${seconds()}] ${m.type()} ${m.text()}\n`));
    page.on('pageerror', e => consoleLog.write(`[${seconds()}] pageerror ${e.message}\n`));

    let openedAt = 0;

    try {
        await step(page, 'workbench', '打开工作区：VS Code 工作台加载', async () => {
            const t0 = Date.now();
            await page.goto(`${URL_BASE}/?folder=${encodeURIComponent(WORKSPACE)}`);
            await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
            await page.locator('.explorer-folders-view .monaco-list-row', { hasText: EXAMPLE }).first().waitFor({ timeout: 90_000 });
            figures.workbenchMs = Date.now() - t0;
        });

        await step(page, 'activation', `打开 .juesuan 文件时扩展激活（onLanguage:juesuan）`, async () => {
            const before = activationLogLines();
            if (before.length) throw new Error(`打开 .juesuan 文件之前扩展就已激活：${before[0]}`);
            openedAt = Date.now();
            await openFromExplorer(page, BROKEN);
            const lines = await poll('扩展宿主日志中 juesuan.juesuan 的激活记录', () => activationLogLines().length ? activationLogLines() : false);
            if (!lines[0].includes("activationEvent: 'onLanguage:juesuan'")) throw new Error(`激活事件不是 onLanguage:juesuan：${lines[0]}`);
            figures.openToActivationLogMs = Date.now() - openedAt;
            const mode = await page.locator('#status\\.editor\\.mode').innerText().catch(() => '');
            if (!mode.includes('决算')) throw new Error(`状态栏的语言不是“决算”，而是“${mode}”`);
        });

        await step(page, 'problems', '“问题”面板列出改坏的副本的错误（中文）', async () => {
            await page.keyboard.press('Control+Shift+M');
            await page.locator('.markers-panel').waitFor({ timeout: 30_000 });
            const rows = page.locator('.markers-panel .monaco-list-row');
            const texts = await poll('“问题”面板中关于本年收入合计的错误', async () => {
                const all = await rows.allInnerTexts();
                return all.some(t => t.includes('本年收入合计') && t.includes('不符')) ? all : false;
            }, { timeout: 120_000 });
            figures.openToFirstDiagnosticMs = Date.now() - openedAt;
            const wanted = texts.find(t => t.includes('本年收入合计') && t.includes('不符'));
            log(`  问题：${wanted.split('\n')[0]}`);
            if (!/[\u4e00-\u9fff]/.test(wanted)) throw new Error('错误信息不是中文');
            const status = await page.locator('#status\\.problems').getAttribute('aria-label');
            const errors = Number(/Errors?: (\d+)/.exec(status ?? '')?.[1] ?? 0);
            if (errors < 1) throw new Error(`状态栏没有显示错误：${status}`);
            figures.brokenErrors = errors;
        });

        await step(page, 'squiggles', '编辑器中错误处显示红色波浪线，悬停显示同一中文说明', async () => {
            // clicking the problem reveals its line in the editor, as a user does
            await page.locator('.markers-panel .monaco-list-row', { hasText: '本年收入合计 决算数' }).first().click();
            const { line } = positionOf(brokenLines, '本年收入合计 3596.58');
            await poll(`光标到第 ${line} 行`, async () => (await page.locator('#status\\.editor\\.selection').innerText()).includes(`Ln ${line},`));
            const squiggles = page.locator('.editor-group-container.active .monaco-editor .squiggly-error');
            const count = await poll('.squiggly-error 出现在编辑器中', async () => (await squiggles.count()) || false);
            figures.squiggles = count;
            // the squiggle under 本年收入合计 3596.58 shows the same message on hover
            const point = await poll('本年收入合计 一行显示在编辑器中', () => screenPointOf(page, '3596.58'));
            const text = await hoverAt(page, point, '不符');
            log(`  悬停：${text.split('\n')[0].slice(0, 100)}`);
        });

        await step(page, 'hover', '悬停在科目编码 2010301 上显示其定义', async () => {
            await page.keyboard.press('Escape');
            await openFromExplorer(page, EXAMPLE);
            const { line, column } = positionOf(exampleLines, '2010301 行政运行 298.18', '2010301');
            await gotoLine(page, line, column);
            const point = await poll('2010301 显示在编辑器中', () => screenPointOf(page, '2010301'));
            const text = await hoverAt(page, point, '2010301', 60_000);
            log(`  悬停：${text.replace(/\s+/g, ' ').slice(0, 160)}`);
            if (!text.includes('行政运行')) throw new Error(`悬停提示没有科目名称“行政运行”：${text}`);
            if (!text.includes(DEFINITION_2010301)) throw new Error(`悬停提示没有名词解释中的定义“${DEFINITION_2010301}”：${text}`);
        });

        await step(page, 'completion', '在行首键入 2010，补全列出 2010301', async () => {
            await page.keyboard.press('Escape');
            await openFromExplorer(page, BROKEN);
            const { line } = positionOf(brokenLines, '20103 政府办公厅（室）及相关机构事务 2952.54');
            await gotoLine(page, line, 1);
            await page.keyboard.press('End');
            await page.keyboard.press('Enter');
            await page.keyboard.type('2010', { delay: 80 });
            const rows = page.locator('.suggest-widget .monaco-list-row');
            let triggered = false;
            const labels = await poll('补全列表中的 2010301', async () => {
                const all = await rows.allInnerTexts();
                if (all.some(t => t.includes('2010301'))) return all;
                if (!triggered && all.length === 0) {
                    // quick suggestions may be off for this position: ask as a user does
                    triggered = true;
                    await page.keyboard.press('Control+Space');
                }
                return false;
            }, { timeout: 60_000 });
            log(`  补全：${labels.map(t => t.split('\n')[0]).join(' | ').slice(0, 200)}`);
            // the screenshot of the list is taken by step(); the typed line is then removed
            await shot(page, 'completion-list');
            await page.keyboard.press('Escape');
            await page.keyboard.press('Control+Shift+K');
        });

        await step(page, 'preview', `命令“${PREVIEW_COMMAND}”打开网页视图，显示报告`, async () => {
            await page.keyboard.press('Escape');
            await page.keyboard.press('Escape');
            await openFromExplorer(page, EXAMPLE);
            await gotoLine(page, 1, 1);
            const t0 = Date.now();
            await runCommand(page, PREVIEW_COMMAND);
            const found = await poll('网页视图中含“部门决算”的报告', async () => {
                const hit = await frameWithText(page, ['部门决算', '乐山高新区党工委办公室']);
                if (!hit) return false;
                const tables = await hit.frame.evaluate(() => document.querySelectorAll('table').length);
                return tables > 0 ? { ...hit, tables } : false;
            }, { timeout: 90_000 });
            figures.previewOpenMs = Date.now() - t0;
            figures.previewTables = found.tables;
            log(`  预览：${found.tables} 张表`);
        });

        await step(page, 'preview-update', '在编辑器中改一个数字，预览随之更新', async () => {
            const before = '通用设备2台（套）';
            const after = '通用设备7台（套）';
            const hit = await frameWithText(page, [before]);
            if (!hit) throw new Error(`修改之前预览中没有“${before}”`);
            const { line, column } = positionOf(exampleLines, '通用设备 2台（套）', '2台');
            await gotoLine(page, line, column);
            await page.keyboard.press('Shift+ArrowRight');
            const t0 = Date.now();
            await page.keyboard.type('7');
            await poll(`预览中出现“${after}”`, () => frameWithText(page, [after]), { timeout: 60_000, interval: 100 });
            figures.previewUpdateMs = Date.now() - t0;
        });

        await step(page, 'overview', '改坏的副本与它的预览并排，“问题”面板打开（README 的截图）', async () => {
            await page.keyboard.press('Escape');
            await openFromExplorer(page, BROKEN);
            await page.keyboard.press('Control+Shift+M');
            await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 30_000 });
            const { line } = positionOf(brokenLines, '本年收入合计 3596.58');
            await gotoLine(page, line - 6);
            await gotoLine(page, line);
            await runCommand(page, PREVIEW_COMMAND);
            await poll('改坏的副本的预览（含 3596.58）', () => frameWithText(page, ['部门决算', '3596.58']), { timeout: 90_000 });
            const point = await poll('本年收入合计 一行显示在编辑器中', () => screenPointOf(page, '3596.58'));
            await hoverAt(page, point, '不符');
            await page.screenshot({ path: path.join(RESULTS, 'overview.png') });
        });

        await step(page, 'activation-time', 'VS Code 记录的扩展激活时间', async () => {
            await runCommand(page, 'Developer: Show Running Extensions');
            const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: '决算' }).first();
            const text = await poll('“Running Extensions”中的决算 juesuan', async () => (await row.count()) ? row.innerText() : false, { timeout: 30_000 });
            const ms = /Activation:\s*(\d+)\s*ms/.exec(text)?.[1];
            if (!ms) throw new Error(`没有激活时间：${text}`);
            figures.activationMs = Number(ms);
        });
    } finally {
        await browser.close().catch(() => undefined);
        consoleLog.end();
        fs.rmSync(profile, { recursive: true, force: true });
    }
}

const overall = setTimeout(() => {
    console.error(`[e2e] 总超时（${OVERALL_MS / 1000} 秒）`);
    report();
    process.exit(1);
}, OVERALL_MS);

function report() {
    const passed = results.filter(r => r.ok).length;
    const failed = results.length - passed;
    const lines = ['', '端到端测试结果：'];
    for (const r of results) {
        lines.push(`  ${r.ok ? '✓' : '✗'} ${r.title}（${(r.ms / 1000).toFixed(1)} 秒）  ${path.relative(process.cwd(), r.shot)}`);
        if (!r.ok) lines.push(`      ${r.error}`);
    }
    const f = figures;
    const ms = v => (v === undefined ? '—' : `${(v / 1000).toFixed(1)} 秒`);
    lines.push('', '时间：');
    lines.push(`  工作台加载 ${ms(f.workbenchMs)}；打开文件到扩展激活（日志）${ms(f.openToActivationLogMs)}；打开文件到“问题”面板出现诊断 ${ms(f.openToFirstDiagnosticMs)}`);
    lines.push(`  扩展激活（VS Code 测得，含语言服务器启动与 initialize）${f.activationMs === undefined ? '—' : `${f.activationMs} ms`}`);
    lines.push(`  预览打开 ${ms(f.previewOpenMs)}；键入到预览更新 ${f.previewUpdateMs === undefined ? '—' : `${f.previewUpdateMs} ms`}`);
    lines.push('', `e2e: ${passed} passed, ${failed} failed`);
    console.log(lines.join('\n'));
    fs.writeFileSync(path.join(RESULTS, 'summary.json'), JSON.stringify({ results, figures }, null, 2));
    return failed;
}

main().then(() => {
    clearTimeout(overall);
    const failed = report();
    process.exit(failed === 0 && results.length > 0 ? 0 : 1);
}, err => {
    clearTimeout(overall);
    console.error(err);
    report();
    process.exit(1);
});
