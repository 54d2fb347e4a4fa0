// A text pasted from a PDF with the page's line breaks is printed as the paragraphs it was: the
// lines wrapped mid-sentence joined (without the indentation the break brought), a heading, the
// items of a list and the sentences that end a line kept as their own paragraphs, each marked
// with the source line it starts on (the preview's scroll sync).
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const SOURCE = `模板 「上海 2024」
部门 「上海市虹口区民政局」
年度 2024
单位 万元
部门概况 {
  主要职能 「上海市虹口区民政局是区政府工作部门，主管全区民政工作。主要职能是：
  （一）贯彻执行国家和本市有关民政工作的法律、法规、规章和方针政策，拟订本区民
  政事业发展规划和政策措施，并组织实施。
  （二）负责本区社会团体、民办非企业单位（社会服务机构）和基金会的登记管理和执
  法监察工作，推进社会组织培育发展。」
}
情况说明 {
  收入决算情况说明 「（一）收入决算总体情况
  　　上海市虹口区民政局本年收入合计41,787.14万元，其中：财政拨款收入40,835.64
  万元，占97.72%；事业收入856.32万元，占2.05%；其他收入95.18万元，占0.23%。」
}
`;

/** The paragraphs of the built report, with the source line each is marked with. */
function paragraphs(html: string): { line?: number; text: string }[] {
    return [...html.matchAll(/<p([^>]*)>([\s\S]*?)<\/p>/g)].map(([, attrs, body]) => ({
        line: /data-line="(\d+)"/.exec(attrs) ? Number(/data-line="(\d+)"/.exec(attrs)![1]) : undefined,
        text: visibleText(body),
    }));
}

describe('a text wrapped at the page’s width', () => {
    const printed = paragraphs(buildHtml(SOURCE, { mode: 'preview' }));
    const find = (start: string) => printed.filter(p => p.text.startsWith(start));

    it('prints each wrapped paragraph whole, on the line it starts', () => {
        expect(find('（一）贯彻执行')).toEqual([{ line: 6, text: '（一）贯彻执行国家和本市有关民政工作的法律、法规、规章和方针政策，拟订本区民政事业发展规划和政策措施，并组织实施。' }]);
        expect(find('（二）负责')).toEqual([{ line: 8, text: '（二）负责本区社会团体、民办非企业单位（社会服务机构）和基金会的登记管理和执法监察工作，推进社会组织培育发展。' }]);
        expect(find('上海市虹口区民政局本年收入')).toEqual([{ line: 13, text: '上海市虹口区民政局本年收入合计41,787.14万元，其中：财政拨款收入40,835.64万元，占97.72%；事业收入856.32万元，占2.05%；其他收入95.18万元，占0.23%。' }]);
        expect(printed.filter(p => /^(?:政事业|法监察|万元，占)/.test(p.text))).toEqual([]);
    });

    it('keeps the lead sentence and the heading as paragraphs of their own', () => {
        expect(find('上海市虹口区民政局是区政府工作部门').map(p => p.text)).toEqual(['上海市虹口区民政局是区政府工作部门，主管全区民政工作。主要职能是：']);
        expect(find('（一）收入决算总体情况').map(p => p.text)).toEqual(['（一）收入决算总体情况']);
    });
});
