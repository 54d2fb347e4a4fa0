// The preview's page: a strict Content Security Policy, a fresh nonce on every build and on
// every script and style, only the extension's own files, no remote resources.
import { describe, expect, it } from 'vitest';
import { REPORT_CSS } from '../../src/generation/report-html.js';
import { buildPreviewDocument, contentSecurityPolicy, type PreviewDocumentOptions } from '../../src/preview/preview-document.js';
import { renderPreviewContent } from '../../src/preview/preview-content.js';
import { EXAMPLE_TEXT } from '../generation/helpers.js';
import { ATTACK, HOSTILE_REPORT } from '../generation/hostile.js';

const CSP_SOURCE = 'vscode-webview-resource:';
const MEDIA = 'vscode-webview-resource://ext/media';

function options(text = EXAMPLE_TEXT): PreviewDocumentOptions {
    const { title, body } = renderPreviewContent(text, 'file:///reports/leshan-2020.juesuan');
    return {
        cspSource: CSP_SOURCE, scriptUri: `${MEDIA}/preview.js`, styleUri: `${MEDIA}/preview.css`,
        title, body, css: REPORT_CSS, state: { uri: 'file:///reports/leshan-2020.juesuan', line: 12 },
    };
}

describe('the preview page', () => {
    const { html, nonce } = buildPreviewDocument(options());

    it('has the Content Security Policy: nothing by default, scripts and styles by nonce, the webview origin for files', () => {
        const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
        expect(meta).not.toBeNull();
        const policy = meta![1].replace(/&#39;/g, "'");
        expect(policy).toBe(`default-src 'none'; img-src ${CSP_SOURCE} data:; style-src ${CSP_SOURCE} 'nonce-${nonce}'; script-src 'nonce-${nonce}';`);
        expect(policy).toBe(contentSecurityPolicy(CSP_SOURCE, nonce));
        expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
        // before anything that loads
        expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style'));
    });

    it('makes a fresh nonce each time', () => {
        const given = options();
        const nonces = new Set(Array.from({ length: 20 }, () => buildPreviewDocument(given).nonce));
        expect(nonces.size).toBe(20);
        for (const n of nonces) expect(Buffer.from(n, 'base64').length).toBe(16);
    });

    it('puts the nonce on every script and style, and loads scripts only from the extension', () => {
        const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(m => m[0]);
        expect(scripts).toEqual([`<script nonce="${nonce}" src="${MEDIA}/preview.js">`]);
        const styles = [...html.matchAll(/<(style|link)\b[^>]*>/g)].map(m => m[0]);
        expect(styles).toHaveLength(2);
        for (const tag of styles) expect(tag).toContain(`nonce="${nonce}"`);
        // the report itself has no script, and no inline style attribute the policy would block
        const body = html.slice(html.indexOf('<div id="juesuan-report">'), html.lastIndexOf('<script'));
        expect(body).not.toMatch(/<script|<style|\sstyle="/i);
    });

    it('has no remote resource', () => {
        expect(html).not.toMatch(/https?:/i);
        expect(html).not.toMatch(/\s(src|href)="(?!#|vscode-webview-resource:)/);
        expect(html).not.toMatch(/@import|url\(/i);
    });

    it('carries the state (document, line) and the report with its data-line attributes', () => {
        const state = html.match(/data-state="([^"]*)"/)![1].replace(/&quot;/g, '"');
        expect(JSON.parse(state)).toEqual({ uri: 'file:///reports/leshan-2020.juesuan', line: 12 });
        expect(html).toContain('class="report preview"');
        expect((html.match(/data-line="\d+"/g) ?? []).length).toBeGreaterThan(300);
    });

    it('escapes what the document says, in the title too', () => {
        const hostile = buildPreviewDocument(options(HOSTILE_REPORT)).html;
        expect(hostile.match(/<title>([\s\S]*?)<\/title>/)![1]).not.toMatch(/[<>"]/);
        expect([...hostile.matchAll(/<script\b/g)]).toHaveLength(1);
        expect(hostile).not.toContain(ATTACK);
    });
});

describe('the preview body', () => {
    it('marks a figure whose relation does not hold, with the reason in its title', () => {
        const wrong = EXAMPLE_TEXT.replace('201 一般公共服务支出 2952.54 298.18 2654.36 占比 82.71%', '201 一般公共服务支出 2952.54 298.18 2654.36 占比 80.71%');
        expect(wrong).not.toBe(EXAMPLE_TEXT);
        const { body } = renderPreviewContent(wrong, 'file:///r.juesuan');
        const marked = [...body.matchAll(/<span class="fig broken" title="([^"]*)" data-line="(\d+)">([^<]*)<\/span>/g)];
        expect(marked.map(m => m[3])).toContain('80.71%');
        const mark = marked.find(m => m[3] === '80.71%')!;
        expect(mark[1]).toContain('所写 80.71%');
        expect(mark[1]).toContain('2952.54 ÷ 3569.58');
        expect(Number(mark[2])).toBe(wrong.split('\n').findIndex(l => l.includes('占比 80.71%')));
        // the published report stays clean
        const published = renderPreviewContent(EXAMPLE_TEXT, 'file:///r.juesuan').body;
        expect(published).not.toContain('fig broken');
    });

    it('says a one-term relation\'s result once and to the figure\'s places (9.00, not 9.00 = 9)', () => {
        const text = '模板 「全国」\n年度 2022\n单位 万元\n表3 支出决算表 {\n  列【本年支出合计】\n  208 社会保障和就业支出 10.00 {\n    20805 行政事业单位养老支出 9.00\n  }\n}\n';
        const { body } = renderPreviewContent(text, 'file:///r.juesuan');
        const titles = [...body.matchAll(/<span class="fig broken" title="([^"]*)"/g)].map(m => m[1]);
        expect(titles).toContain('所写 10.00 与各子项之和不符：9.00');
    });

    it('marks what the source leaves out', () => {
        const { body } = renderPreviewContent('部门 「某单位」\n年度 2020\n', 'file:///r.juesuan');
        expect(body).toContain('class="missing"');
        expect(body).toContain('〔未填写：');
    });

    it('renders every prefix of the seed without throwing (the preview while typing)', () => {
        const lines = EXAMPLE_TEXT.split('\n');
        for (let n = 0; n <= lines.length; n += 17) {
            const text = lines.slice(0, n).join('\n');
            expect(() => renderPreviewContent(text, 'file:///r.juesuan'), `first ${n} lines`).not.toThrow();
        }
        // a few dozen edits in the middle: characters cut, an unclosed 「, a stray }
        let seed = 7;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        for (let i = 0; i < 30; i++) {
            const at = Math.floor(random() * EXAMPLE_TEXT.length);
            const kind = i % 3;
            const text = kind === 0 ? EXAMPLE_TEXT.slice(0, at) + EXAMPLE_TEXT.slice(at + 1 + Math.floor(random() * 60))
                : EXAMPLE_TEXT.slice(0, at) + (kind === 1 ? '「' : '}') + EXAMPLE_TEXT.slice(at);
            expect(() => renderPreviewContent(text, 'file:///r.juesuan'), `edit ${kind} at ${at}`).not.toThrow();
        }
    }, 60_000);
});
