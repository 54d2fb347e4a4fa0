// A report that numbers its parts 一、 二、 (重庆: 部分 「一、部门基本情况」) and writes the part's heading again over its
// sections with the lead paragraph (一、部门基本情况 「…」 { （一）职能职责 「…」 }, as docs/language.md says to write it;
// 綦江三角镇中心卫生院 2023) prints the heading once, the lead paragraph under it, then （一）（二）…: main printed the
// heading a second time below the part's, its sections a level down (（一）部门基本情况 › 1.职能职责, or 一、职能职责).
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「重庆市某镇卫生院」
年度 2023
单位 万元
部分 「一、部门基本情况」
部分 「二、部门决算情况说明」
部门概况 {
  一、部门基本情况 「本院是一所乙级乡镇卫生院。」 {
    （一）职能职责 「承担辖区内公共卫生服务。」
    （二）机构设置 「开设综合科等临床科室。」
  }
}
情况说明 {
  二、部门决算情况说明 「本院2023年度决算情况如下。」 {
    （一）收入支出决算总体情况说明 「2023年度收入总计100.00万元。」
  }
}
`;

/** The headings and paragraphs of the body in order, as a reader meets them. */
function body(html: string): string[] {
    const main = html.slice(html.indexOf('</nav>'));
    return [...main.matchAll(/<(h[1-3])[^>]*>([\s\S]*?)<\/\1>|<p[^>]*>([\s\S]*?)<\/p>/g)]
        .map(([, level, heading, paragraph]) => level ? `${level} ${visibleText(heading).trim()}` : visibleText(paragraph).trim());
}

describe('a part heading written again over its sections', () => {
    it('prints the 概况 heading once, its lead paragraph, then （一）（二）', () => {
        const printed = body(buildHtml(REPORT));
        const at = printed.indexOf('h1 一、部门基本情况');
        expect(printed.slice(at, at + 6)).toEqual([
            'h1 一、部门基本情况', '本院是一所乙级乡镇卫生院。',
            'h2 （一）职能职责', '承担辖区内公共卫生服务。',
            'h2 （二）机构设置', '开设综合科等临床科室。',
        ]);
        expect(printed.filter(line => line.endsWith('部门基本情况'))).toEqual(['h1 一、部门基本情况']);
    });

    it('does so in 决算情况说明 too, and lists the sections in the contents under the part', () => {
        const html = buildHtml(REPORT);
        const printed = body(html);
        const at = printed.indexOf('h1 二、部门决算情况说明');
        expect(printed.slice(at, at + 3)).toEqual(['h1 二、部门决算情况说明', '本院2023年度决算情况如下。', 'h2 （一）收入支出决算总体情况说明']);
        const contents = visibleText(html.match(/<nav class="toc">[\s\S]*?<\/nav>/)![0]);
        expect(contents.split('部门基本情况').length - 1).toBe(1);
        expect(contents.split('部门决算情况说明').length - 1).toBe(1);
    });

    it('keeps a heading that is a level of its own under a part numbered otherwise (第一部分 部门概况 › 一、部门概况)', () => {
        const html = buildHtml(REPORT.replace('部分 「一、部门基本情况」', '部分 「第一部分 部门基本情况」').replace('部分 「二、部门决算情况说明」', '部分 「第二部分 部门决算情况说明」'));
        expect(body(html).filter(line => line.endsWith('部门基本情况'))).toEqual(['h1 第一部分 部门基本情况', 'h2 一、部门基本情况']);
    });
});
