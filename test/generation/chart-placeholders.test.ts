// A report transcribed from a PDF's text keeps the line its charts printed as ((图1：…)(柱状图)): such a
// line naming a chart the layout draws stands for the chart, which prints once, there, under the caption
// the report writes; a line naming no chart drawn stays text.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = (total: string, income: string) => `模板 「四川」
部门 「沱江市中医医院」
年度 2023
单位 万元
情况说明 {
  收入支出决算总体情况说明 「${total}」
  收入决算情况说明 「${income}」
}
`;

/** The body's paragraphs and charts in order: a paragraph's text, a chart's caption after 〔图〕. */
function flow(html: string): string[] {
    return [...html.matchAll(/<p class="body"[^>]*>([^<]*)<\/p>|<figcaption>([^<]*)<\/figcaption>/g)].map(m => m[1] !== undefined ? visibleText(m[1]) : `〔图〕${m[2]}`);
}

describe('a chart’s placeholder in the report’s text', () => {
    it('is where the chart prints, under the caption written; the chart prints once', () => {
        const html = buildHtml(REPORT('2023年度收、支总计均为44013.85万元。\n（图1：收、支决算总计变动情况图）（柱状图）\n主要变动原因是医疗收入增加。',
            '2023年本年收入合计40893.25万元。\n(图2:收入决算结构图)(饼状图)'));
        expect(flow(html).slice(0, 6)).toEqual([
            '2023年度收、支总计均为44013.85万元。', '〔图〕图1：收、支决算总计变动情况图', '主要变动原因是医疗收入增加。',
            '2023年本年收入合计40893.25万元。', '〔图〕图2:收入决算结构图', '〔图〕图3：支出决算结构图',
        ]);
        expect(visibleText(html)).not.toMatch(/柱状图|饼状图/);
        // the seven charts of the template, each once
        expect(html.match(/<figure/g)).toHaveLength(7);
    });

    it('is a caption alone, without 图 at its end or its brackets (图1：收、支决算总计变动情况)', () => {
        const html = buildHtml(REPORT('收、支总计均为44013.85万元。\n图1：收、支决算总计变动情况', '本年收入合计40893.25万元。'));
        expect(flow(html).slice(0, 3)).toEqual(['收、支总计均为44013.85万元。', '〔图〕图1：收、支决算总计变动情况', '本年收入合计40893.25万元。']);
    });

    it('naming no chart drawn, or saying more than a caption, stays text, and the chart prints after the text', () => {
        const html = buildHtml(REPORT('收、支总计均为44013.85万元。\n（图1：近三年收、支总计对比）（柱状图）\n图1：收、支决算总计变动情况图显示，收、支总计增加。', '本年收入合计40893.25万元。'));
        expect(flow(html).slice(0, 4)).toEqual([
            '收、支总计均为44013.85万元。', '（图1：近三年收、支总计对比）（柱状图）', '图1：收、支决算总计变动情况图显示，收、支总计增加。',
            '〔图〕图1：收、支决算总计变动情况图',
        ]);
    });

    it('naming the chart in other words, where one chart alone shows what it says, stands for that chart', () => {
        const html = buildHtml(REPORT('收、支总计均为44013.85万元。\n图1 2023年度收入支出对比', '本年收入合计40893.25万元。\n（图2：收入构成）（饼状图）'));
        expect(flow(html).slice(0, 5)).toEqual([
            '收、支总计均为44013.85万元。', '〔图〕图1 2023年度收入支出对比', '本年收入合计40893.25万元。', '〔图〕图2：收入构成', '〔图〕图3：支出决算结构图',
        ]);
        expect(html.match(/<figure/g)).toHaveLength(7);
    });

    it('saying more than a chart drawn shows, or another kind of chart, stays text (no chart made up for it)', () => {
        for (const caption of ['图2：收入预决算对比', '图2 近三年收入构成', '（图2：收入构成）（柱状图）', '图2 收入项目分布情况', '图2 财政拨款收入构成']) {
            const flowed = flow(buildHtml(REPORT('收、支总计均为44013.85万元。', `本年收入合计40893.25万元。\n${caption}`)));
            expect(flowed.slice(1, 5), caption).toEqual(['〔图〕图1：收、支决算总计变动情况图', '本年收入合计40893.25万元。', caption, '〔图〕图2：收入决算结构图']);
        }
    });
});
