// Text from the document is escaped everywhere: markup written in the source shows as text,
// in the published report and in the preview.
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/generation/report-html.js';
import { parseReport } from '../../src/generation/report-source.js';
import { buildHtml, visibleText } from './helpers.js';
import { ATTACK, HOSTILE_REPORT } from './hostile.js';

/** The opening tags of an HTML text, with their attributes. */
function tags(html: string): string[] {
    return [...html.matchAll(/<[a-zA-Z][^>]*>/g)].map(m => m[0]);
}

describe('escapeHtml', () => {
    it('escapes the five characters that matter in text and in quoted attributes', () => {
        expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
        expect(escapeHtml('一般公共服务（201）“三公”')).toBe('一般公共服务（201）“三公”');
    });
});

describe.each(['publish', 'preview'] as const)('a report full of markup (%s)', mode => {
    const { document } = parseReport(HOSTILE_REPORT);
    const html = buildHtml(HOSTILE_REPORT, { mode });

    it('parses (the attack is in the texts, not in the syntax)', () => {
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
    });

    it('has no element, attribute or link from the source', () => {
        const opening = tags(html);
        expect(opening.filter(t => /^<(script|img|iframe|object|embed)\b/i.test(t))).toEqual([]);
        expect(opening.filter(t => /^<svg\b/i.test(t) && /onload/i.test(t))).toEqual([]);
        // attribute names only: the (escaped) values may hold any text, e.g. a title quoting the source
        const names = opening.map(t => t.replace(/="[^"]*"/g, '=""'));
        expect(names.filter(t => /\son[a-z]+\s*=/i.test(t))).toEqual([]);
        expect(names.filter(t => /[<>'&]/.test(t.slice(1, -1)))).toEqual([]);
        expect(opening.filter(t => /\s(href|src|action|formaction|xlink:href)="(?!#)/i.test(t))).toEqual([]);
        expect(opening.filter(t => /^<a\b/i.test(t) && !/^<a href="#[\w-]*">$/.test(t))).toEqual([]);
    });

    it('shows the markup as text wherever the source has it', () => {
        const text = visibleText(html);
        const shown = text.split(ATTACK).length - 1;
        // meta fields, texts, reasons, project, goals, indicators, glossary, attachment, statement …
        expect(shown).toBeGreaterThanOrEqual(20);
        for (const where of ['部门', '职能', '工作', '机构', '用途', '说明', '备注', '原因', '结论', '项目', '单位', '综述', '预期', '实际',
            '指标', '预期值', '实际值', '名词', '解释', '编码名', '编码解释', '附件标题', '附件正文', '变动', '差异', '无数据']) {
            expect(text, where).toContain(ATTACK + where);
        }
        expect(text).toContain('<svg onload=alert(4)>第二段</svg>');
    });

    it('keeps quotes inside attribute values escaped (the title)', () => {
        const title = html.match(/<title>([\s\S]*?)<\/title>/)![1];
        expect(title).not.toMatch(/[<>"']/);
        expect(title).toContain('&lt;script&gt;');
    });
});
