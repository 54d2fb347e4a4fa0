/**
 * Nothing from the document reaches the built report or the preview as markup, the preview's
 * page runs no script but its own, and `juesuan build` never harms its input.
 *
 * The HTML is checked by structure: the same report is built twice, once with harmless words and
 * once with markup in every place a text can go (meta fields, texts, reasons, projects,
 * indicators, glossary terms and definitions, attachment titles and bodies, references, empty
 * tables). Tokenized as a browser would (quoted attribute values may hold “>”), both must give
 * the very same sequence of tags and attribute names: text only ever changes text.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runBuild, type BuildOutput } from '../../src/cli/build.js';
import { escapeHtml, renderReport, renderReportHtml, REPORT_CSS } from '../../src/generation/report-html.js';
import { parseReport } from '../../src/generation/report-source.js';
import { buildPreviewDocument, contentSecurityPolicy, createNonce } from '../../src/preview/preview-document.js';
import { CLI_BIN, ensureBundles } from '../cli/bundle.js';

// ---- an HTML tokenizer, enough to see what a browser would make of the markup ----------------

interface Tag {
    readonly name: string;
    readonly end: boolean;
    readonly attributes: readonly { readonly name: string; readonly value: string }[];
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

function decode(text: string): string {
    return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
        if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
        return ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', nbsp: '\u00a0' } as Record<string, string>)[e.toLowerCase()] ?? m;
    });
}

/** Tags and text runs, per the HTML tokenizer's rules for tags, attributes, comments and raw text. */
function tokenize(html: string): { tags: Tag[]; texts: string[] } {
    const tags: Tag[] = [];
    const texts: string[] = [];
    let i = 0;
    let text = '';
    const flush = () => {
        if (text) texts.push(decode(text));
        text = '';
    };
    while (i < html.length) {
        if (html.startsWith('<!--', i)) {
            flush();
            const end = html.indexOf('-->', i + 4);
            i = end < 0 ? html.length : end + 3;
            continue;
        }
        if (html.startsWith('<!', i) || html.startsWith('<?', i)) {
            flush();
            const end = html.indexOf('>', i);
            i = end < 0 ? html.length : end + 1;
            continue;
        }
        const open = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(html.slice(i, i + 64));
        if (!open) {
            text += html[i++];
            continue;
        }
        flush();
        const end = open[1] === '/';
        const name = open[2].toLowerCase();
        i += open[0].length;
        const attributes: { name: string; value: string }[] = [];
        while (i < html.length) {
            while (/[\s/]/.test(html[i] ?? '')) i++;
            if (html[i] === '>' || i >= html.length) {
                i++;
                break;
            }
            let attr = '';
            while (i < html.length && !/[\s/>=]/.test(html[i])) attr += html[i++];
            while (/\s/.test(html[i] ?? '')) i++;
            let value = '';
            if (html[i] === '=') {
                i++;
                while (/\s/.test(html[i] ?? '')) i++;
                const quote = html[i];
                if (quote === '"' || quote === "'") {
                    const close = html.indexOf(quote, i + 1);
                    value = html.slice(i + 1, close < 0 ? html.length : close);
                    i = close < 0 ? html.length : close + 1;
                } else {
                    while (i < html.length && !/[\s>]/.test(html[i])) value += html[i++];
                }
            }
            attributes.push({ name: attr.toLowerCase(), value: decode(value) });
        }
        tags.push({ name, end, attributes });
        if (!end && RAW_TEXT.has(name)) {
            const close = html.toLowerCase().indexOf(`</${name}`, i);
            const content = html.slice(i, close < 0 ? html.length : close);
            if (name !== 'style' && name !== 'script') texts.push(decode(content));
            i = close < 0 ? html.length : close;
        }
    }
    flush();
    return { tags, texts };
}

/** The shape of a page: each tag with its attribute names, in order. */
function shape(html: string): string[] {
    return tokenize(html).tags.map(t => `${t.end ? '/' : ''}${t.name}(${t.attributes.map(a => a.name).join(' ')})`);
}

// ---- the report, harmless and hostile --------------------------------------------------------

const PAYLOADS = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(2)>',
    '<a href="javascript:alert(3)">链接</a>',
    'javascript:alert(4)',
    '"><svg onload=alert(5)>',
    "' autofocus onfocus='alert(6)",
    '" onmouseover="alert(7)',
    '</textarea></title></style><iframe src=//evil.example>',
    '<!-- -->&lt;b&gt;&amp;',
];
const ATTACK = PAYLOADS.join('');
const HARMLESS = '一段普通的文字';

/** A report with `t(where)` in every free text; references that do not resolve carry it too. */
function report(t: (where: string) => string): string {
    return `部门 「${t('部门')}」
全称 「${t('全称')}」
简称 「${t('简称')}」
年度 2020
单位 万元
公开时间 2021年11月22日

部门概况 {
  主要职能 「${t('职能')}」
  重点工作 「${t('工作')}【${t('引用')}】，共【本年支出合计】万元。」
}

情况说明 {
  三公经费 {
    公务接待 {
      国内公务接待 4.92万元 27批次 292人次 用途 「${t('用途')}」 说明 「${t('说明')}」 备注 「${t('备注')}」
    }
  }
  机关运行经费 82.45 减少 24.92 下降 23.21% 变动原因 「${t('原因')}」
  预算绩效 {
    自评结论 「${t('结论')}」
    项目 「${t('项目')}」 {
      预算单位 「${t('单位')}」
      预算数 10 { 财政拨款 10 其它资金 0 }
      执行数 10 { 财政拨款 10 其它资金 0 }
      综述 「${t('综述')}」
      年度目标 { 预期 「${t('预期')}」 实际 「${t('实际')}」 }
      指标 {
        项目完成指标 {
          数量指标 {
            「${t('指标')}」 预期 「${t('预期值')}」 实际 「${t('实际值')}」
          }
        }
      }
    }
  }
}

名词解释 {
  「${t('名词')}」：「${t('解释')}【${t('解释引用')}】」
  2010301 「${t('编码名')}」：「${t('编码解释')}」
}

附件 「${t('附件标题')}」 「${t('附件正文')}【附表6.${t('路径')}】」

附表 1 收入支出决算总表 {
  收入 {
    一般公共预算财政拨款收入 100
    本年收入合计 100
    总计 100 增加 10 变动原因 「${t('变动')}」
  }
  支出 {
    本年支出合计 100
    总计 100
  }
}

附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 100 60 40
  201 一般公共服务支出 100 60 40 差异原因 「${t('差异')}」 说明 「${t('表说明')}」 {
    20103 政府办公厅（室）及相关机构事务 100 60 40 {
      2010301 行政运行 100 60 41 预算 90 完成预算 111.11%
    }
  }
}

附表 12 政府性基金预算财政拨款“三公”经费支出决算表 {
  无数据 「${t('无数据')}」
}
`;
}

const HARMLESS_REPORT = report(where => `${HARMLESS}${where}`);
const HOSTILE_REPORT = report(where => `${ATTACK}${where}`);

describe.each(['publish', 'preview'] as const)('the built report (%s) shows the source’s markup as text', mode => {
    const harmless = renderReportHtml(parseReport(HARMLESS_REPORT).model, { mode });
    const hostile = renderReportHtml(parseReport(HOSTILE_REPORT).model, { mode });

    it('the hostile report parses like the harmless one (the attack is in the texts only)', () => {
        const a = parseReport(HARMLESS_REPORT).document.parseResult;
        const b = parseReport(HOSTILE_REPORT).document.parseResult;
        expect([b.lexerErrors.length, b.parserErrors.length]).toEqual([a.lexerErrors.length, a.parserErrors.length]);
        expect(b.parserErrors).toEqual([]);
    });

    it('has the very same tags and attribute names as the harmless report', () => {
        expect(shape(hostile)).toEqual(shape(harmless));
    });

    it('no event handler, script, frame or javascript: URL anywhere', () => {
        const { tags } = tokenize(hostile);
        expect(tags.filter(t => ['script', 'iframe', 'img', 'object', 'embed', 'frame', 'base', 'form', 'meta'].includes(t.name) && !t.end)
            .filter(t => t.name !== 'meta' || t.attributes.some(a => a.name === 'http-equiv' && a.value.toLowerCase() === 'refresh'))).toEqual([]);
        for (const tag of tags) {
            for (const attribute of tag.attributes) {
                expect(attribute.name, `<${tag.name} ${attribute.name}>`).not.toMatch(/^on/);
                if (['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'data'].includes(attribute.name)) {
                    expect(attribute.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase(), `<${tag.name} ${attribute.name}>`).not.toMatch(/^(javascript|vbscript|data):/);
                }
            }
        }
    });

    it('every payload is there as text, in each place it was written', () => {
        const { texts, tags } = tokenize(hostile);
        const visible = texts.join('');
        for (const where of ['部门', '职能', '工作', '用途', '说明', '备注', '原因', '结论', '项目', '综述', '预期', '实际', '指标',
            '预期值', '实际值', '名词', '解释', '编码解释', '附件标题', '附件正文', '变动', '差异', '无数据']) {
            expect(visible, where).toContain(ATTACK + where);
        }
        // texts and attribute values decode to what was written: never double-escaped
        expect(visible).toContain('&lt;b&gt;&amp;');
        const titles = tags.flatMap(t => t.attributes.filter(a => a.name === 'title').map(a => a.value));
        if (mode === 'preview') expect(titles.some(title => title.includes('<img src=x onerror=alert(2)>'))).toBe(true);
    });
});

describe('the preview page', () => {
    const nonce = 'bm9uY2Utbm9uY2Utbm9uY2U=';
    const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';

    function directives(policy: string): Map<string, string[]> {
        return new Map(policy.split(';').map(d => d.trim()).filter(Boolean).map(d => {
            const [name, ...sources] = d.split(/\s+/);
            return [name.toLowerCase(), sources];
        }));
    }

    it('its Content Security Policy allows no script but the nonce’s, and nothing remote', () => {
        const csp = directives(contentSecurityPolicy(cspSource, nonce));
        expect(csp.get('default-src')).toEqual(["'none'"]);
        expect(csp.get('script-src')).toEqual([`'nonce-${nonce}'`]);
        for (const [name, sources] of csp) {
            for (const source of sources) {
                expect(source, name).not.toMatch(/^'(unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|wasm-unsafe-eval)'$/);
                expect(source, name).not.toMatch(/^(\*|https?:|wss?:|blob:|filesystem:)$/);
                // the only origin is the webview's own resource origin
                if (/^[a-z-]+:\/\//.test(source)) expect(source, name).toBe(cspSource);
            }
        }
        for (const name of ['connect-src', 'frame-src', 'child-src', 'worker-src', 'object-src', 'form-action', 'base-uri']) {
            expect(csp.get(name) ?? ["'none'"], name).toEqual(["'none'"]);
        }
    });

    it('runs only its own script, with the nonce, and shows a hostile report and title as text', () => {
        const rendered = renderReport(parseReport(HOSTILE_REPORT).model, { mode: 'preview' });
        const { html, nonce: pageNonce } = buildPreviewDocument({
            cspSource,
            scriptUri: `${cspSource}/media/preview.js`,
            styleUri: `${cspSource}/media/preview.css`,
            title: rendered.title,
            body: rendered.body,
            css: REPORT_CSS,
            state: { uri: `file:///tmp/${ATTACK}.juesuan`, line: 3 },
        });
        const { tags } = tokenize(html);
        const scripts = tags.filter(t => t.name === 'script' && !t.end);
        expect(scripts).toHaveLength(1);
        expect(Object.fromEntries(scripts[0].attributes.map(a => [a.name, a.value]))).toEqual({ nonce: pageNonce, src: `${cspSource}/media/preview.js` });
        // no inline script: the one script tag is empty
        expect(html).toMatch(/<script nonce="[^"]+" src="[^"]+"><\/script>/);
        for (const tag of tags) {
            for (const attribute of tag.attributes) expect(attribute.name, `<${tag.name} ${attribute.name}>`).not.toMatch(/^on/);
        }
        // the state attribute holds the URI with its quotes, as data
        const body = tags.find(t => t.name === 'body' && !t.end)!;
        const state = JSON.parse(body.attributes.find(a => a.name === 'data-state')!.value) as { uri: string };
        expect(state.uri).toBe(`file:///tmp/${ATTACK}.juesuan`);
        // the CSP in the page is the strict one, with this page's nonce
        const meta = tags.find(t => t.name === 'meta' && t.attributes.some(a => a.value === 'Content-Security-Policy'))!;
        expect(meta.attributes.find(a => a.name === 'content')!.value).toBe(contentSecurityPolicy(cspSource, pageNonce));
        expect(tokenize(html).texts.join('')).toContain(`${ATTACK}部门`);
    });

    it('makes a new, unguessable nonce for every page', () => {
        const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
        expect(nonces.size).toBe(100);
        for (const n of nonces) expect(Buffer.from(n, 'base64').length).toBeGreaterThanOrEqual(16);
        expect(escapeHtml(createNonce())).toMatch(/^[A-Za-z0-9+/=]+$/);
    });
});

describe('juesuan build never harms its input', () => {
    let dir: string;
    let err: string[];
    const output: BuildOutput = { stdout: () => undefined, stderr: t => { err.push(t); } };
    const TEXT = HARMLESS_REPORT;

    beforeAll(async () => {
        await ensureBundles();
    }, 60_000);

    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-security-'));
        err = [];
    });

    afterEach(() => {
        fs.rmSync(dir, { recursive: true, force: true });
    });

    function input(): string {
        const file = path.join(dir, 'report.juesuan');
        fs.writeFileSync(file, TEXT);
        return file;
    }

    function unchanged(file: string, stat: fs.Stats): void {
        expect(fs.readFileSync(file, 'utf8')).toBe(TEXT);
        expect(fs.statSync(file).mtimeMs).toBe(stat.mtimeMs);
        expect(fs.statSync(file).ino).toBe(stat.ino);
    }

    it('refuses -o naming the input, however spelled, or a link to it', async () => {
        const file = input();
        const stat = fs.statSync(file);
        fs.mkdirSync(path.join(dir, 'sub'));
        fs.symlinkSync(file, path.join(dir, 'link.html'));
        fs.symlinkSync(dir, path.join(dir, 'dirlink'));
        fs.linkSync(file, path.join(dir, 'hard.html'));
        for (const target of [
            file,
            path.join(dir, 'sub', '..', 'report.juesuan'),
            path.join(dir, '.', 'report.juesuan'),
            path.join(dir, 'link.html'),
            path.join(dir, 'dirlink', 'report.juesuan'),
            path.join(dir, 'hard.html'),
            path.relative(process.cwd(), file),
        ]) {
            err = [];
            expect(await runBuild(file, { output: target }, output), target).toBe(2);
            expect(err.join(''), target).toContain('不会覆盖');
            unchanged(file, stat);
        }
        // given through a link, the input is still the input
        expect(await runBuild(path.join(dir, 'link.html'), { output: file }, output)).toBe(2);
        unchanged(file, stat);
        expect(fs.readdirSync(dir).sort()).toEqual(['dirlink', 'hard.html', 'link.html', 'report.juesuan', 'sub']);
    });

    it('the command line refuses too, and says why in Chinese', () => {
        const file = input();
        const stat = fs.statSync(file);
        const run = spawnSync(process.execPath, [CLI_BIN, 'build', file, '-o', file], { encoding: 'utf8', timeout: 30_000 });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('不会覆盖');
        unchanged(file, stat);
    });

    it('writes the whole report or nothing: no partial file and no temporary file left when writing fails', async () => {
        const file = input();
        const stat = fs.statSync(file);
        // the target is a folder: the rename cannot replace it
        const folder = path.join(dir, 'out.html');
        fs.mkdirSync(folder);
        fs.writeFileSync(path.join(folder, 'keep.txt'), '留着');
        expect(await runBuild(file, { output: folder }, output)).toBe(2);
        expect(err.join('')).toContain('无法写入');
        expect(fs.readdirSync(folder)).toEqual(['keep.txt']);
        // the target's folder does not exist
        expect(await runBuild(file, { output: path.join(dir, 'missing', 'out.html') }, output)).toBe(2);
        expect(fs.readdirSync(dir).sort()).toEqual(['out.html', 'report.juesuan']);
        unchanged(file, stat);
    });

    it('replaces an older report in one step: the new file is complete, nothing else appears', async () => {
        const file = input();
        const target = path.join(dir, 'report.html');
        fs.writeFileSync(target, '旧的报告');
        const old = fs.statSync(target);
        expect([0, 1]).toContain(await runBuild(file, {}, output));
        const html = fs.readFileSync(target, 'utf8');
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(html.trimEnd().endsWith('</html>')).toBe(true);
        // a new inode: renamed into place, never written over in place
        expect(fs.statSync(target).ino).not.toBe(old.ino);
        expect(fs.readdirSync(dir).sort()).toEqual(['report.html', 'report.juesuan']);
    });
});
