// The report as PDF: the published HTML printed by a headless Chromium (Chrome, Edge) where one is
// installed, offline, into a folder of its own. Without one, a Chinese message says what to do.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export class PdfUnavailableError extends Error {}

/** Browsers that print PDF headless, in order of preference, by platform. */
const CANDIDATES: Readonly<Record<string, readonly string[]>> = {
    linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'],
    darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    win32: [
        'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
        'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    ],
};

/** The browser to print with: $JUESUAN_CHROMIUM, else the first one installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
    const given = env.JUESUAN_CHROMIUM;
    if (given) return existsSync(given) ? given : undefined;
    return (CANDIDATES[process.platform] ?? []).find(file => existsSync(file));
}

const TIMEOUT_MS = 180_000;

export async function printPdf(html: string, chromium = findChromium()): Promise<Buffer> {
    if (!chromium) {
        throw new PdfUnavailableError(
            process.env.JUESUAN_CHROMIUM
                ? `找不到 JUESUAN_CHROMIUM 指定的浏览器：${process.env.JUESUAN_CHROMIUM}。`
                : '生成 PDF 需要本机安装 Chromium、Chrome 或 Edge 浏览器，但没有找到。'
                  + '请安装其中之一（Debian/Ubuntu：apt-get install chromium），或用环境变量 JUESUAN_CHROMIUM 指明浏览器程序的路径；'
                  + '也可以先生成 HTML（--format html），在浏览器中打开后打印为 PDF。',
        );
    }
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-pdf-'));
    try {
        const page = path.join(dir, 'report.html');
        const pdf = path.join(dir, 'report.pdf');
        await fs.writeFile(page, html, 'utf8');
        const args = [
            '--headless', '--disable-gpu', '--no-first-run', '--no-default-browser-check', '--disable-extensions',
            '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
            // offline: the report has no remote resources, and no name is resolved if it had
            '--host-resolver-rules=MAP * ~NOTFOUND', '--proxy-server=127.0.0.1:9',
            `--user-data-dir=${path.join(dir, 'profile')}`,
            '--no-pdf-header-footer', `--print-to-pdf=${pdf}`,
            pathToFileURL(page).href,
        ];
        // Chromium refuses to run as root inside its sandbox
        if (typeof process.getuid === 'function' && process.getuid() === 0) args.unshift('--no-sandbox');
        await new Promise<void>((resolve, reject) => {
            execFile(chromium, args, { timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 }, (err, _stdout, stderr) => {
                if (err) reject(new Error(`浏览器打印 PDF 失败（${chromium}）：${(stderr || err.message).trim().split('\n').slice(-3).join(' ')}`));
                else resolve();
            });
        });
        const bytes = await fs.readFile(pdf).catch(() => undefined);
        if (!bytes || bytes.length === 0) throw new Error(`浏览器没有生成 PDF（${chromium}）。`);
        return bytes;
    } finally {
        await fs.rm(dir, { recursive: true, force: true });
    }
}
