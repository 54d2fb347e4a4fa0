// Hovers over a report whose texts hold Markdown and HTML: images, links, commands, raw HTML,
// headings, lists, code, tables, bare addresses. Every hover, rendered, shows them as text: no
// link, image, tag or structure comes from the document.
import { describe, expect, it } from 'vitest';
import { plainMarkdown } from '../../src/lsp/markdown.js';
import { renderedText, renderMarkdown } from './markdown-render.js';
import { hoverAt, parse } from './seed.js';

const DEFINITION = [
    '# 标题',
    '- 列表',
    '1. 列表',
    '> 引用',
    '    缩进的代码',
    '```js',
    'alert(1)',
    '```',
    '<https://evil.example/b> a@b.co &lt; &#x3C;script> | a | b |',
    '|---|---|',
    '**粗** _斜_ ~~删~~ `码` \\ [引用链接][1]',
    '',
    '[1]: https://evil.example/ref',
    '=====',
].join('\n');

const IMAGE_TERM = '![图](https://evil.example/a.png)';
const LINK_DEFINITION = '[点此](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> www.evil.example https://evil.example/c';

const REPORT = [
    '部门 「某单位」',
    '年度 2020',
    '单位 万元',
    '情况说明 {',
    '  _机关运行经费_ 82.45 减少 24.92',
    '  结论 「见【![x](https://evil.example/x.png)】与【_机关运行经费_】，<b>基本支出</b>。」',
    '}',
    '名词解释 {',
    `  「${IMAGE_TERM}」：「${LINK_DEFINITION}」`,
    `  基本支出：「${DEFINITION}」`,
    '  2010301 「一般公共服务（201）[链接](https://evil.example)（03）行政运行（01）」：「<script>alert(1)</script>」',
    '}',
    '附表 6 一般公共预算财政拨款支出决算表 {',
    '  列【合计 基本支出 项目支出】',
    '  2010301 行政运行 1 1 0',
    '}',
    '',
].join('\n');

/** Tags our own hover Markdown makes: bold, italics, its tables, lists and rules. */
const OUR_TAGS = new Set(['p', 'strong', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'ul', 'li']);

describe('hover Markdown from a hostile report', () => {
    it('at every place of the report, renders with no link, image, HTML or structure from the text', async () => {
        const document = await parse(REPORT);
        const hovers = new Set<string>();
        for (let offset = 0; offset < REPORT.length; offset++) {
            const hover = await hoverAt(document, offset);
            if (hover) hovers.add(hover);
        }
        expect(hovers.size).toBeGreaterThan(5);
        for (const hover of hovers) {
            const html = renderMarkdown(hover);
            const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map(m => m[1].toLowerCase());
            expect(tags.filter(tag => !OUR_TAGS.has(tag)), html).toEqual([]);
            expect(html, html).not.toMatch(/<[^>]*\b(href|src|on\w+)=/);
            // our italics are notes in brackets: （名词解释）, （内置科目表）
            for (const [, italic] of html.matchAll(/<em>(.*?)<\/em>/g)) expect(italic, html).toMatch(/^（[^（）]*）$/);
        }
    });

    it('shows each text as written: the definition, the term, the label and the reference, spaces collapsed', async () => {
        const document = await parse(REPORT);
        const seen = async (at: string, delta = 1) => renderedText((await hoverAt(document, REPORT.indexOf(at) + delta))!);
        expect(await seen('基本支出：')).toContain(DEFINITION.replace(/\s+/g, ' '));
        const image = await seen(IMAGE_TERM, 3);
        expect(image).toContain(IMAGE_TERM);
        expect(image).toContain(LINK_DEFINITION);
        expect(await seen('2010301 「')).toContain('<script>alert(1)</script>');
        expect(await seen('【![x]')).toContain('【![x](https://evil.example/x.png)】');
        expect(await seen('_机关运行经费_ 82.45')).toContain('_机关运行经费_');
        expect(await seen('82.45')).toContain('_机关运行经费_');
    });
});

describe('plainMarkdown', () => {
    it('escapes every ASCII punctuation character and collapses line breaks; leaves Chinese punctuation alone', () => {
        expect(plainMarkdown('a*b_c')).toBe('a\\*b\\_c');
        expect(plainMarkdown('行一\n\n    行二\r\n# 三')).toBe('行一 行二 \\# 三');
        expect(plainMarkdown('【附表6．合计】，（一）「」。')).toBe('【附表6．合计】，（一）「」。');
        const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
        expect(plainMarkdown(punctuation)).toBe([...punctuation].map(c => `\\${c}`).join(''));
    });
});
