// A chart 「…变动情况」 compares last year with this: where the tables give this year's figure and not last year's (the
// report saying it in prose alone), the chart shows this year's bar alone and is titled by that, 「…情况」 — main titled a
// chart of one bar 收、支决算总计变动情况图.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const report = (lastYear: string) => `模板 「四川 2024」
部门 「沱江市水务局」
年度 2024
单位 万元
附表1 收入支出决算总表 {
  收入 {
    列【决算数】
    一般公共预算财政拨款收入 100.00
    本年收入合计 100.00
    总计 100.00${lastYear}
  }
  支出 {
    列【决算数】
    一般公共服务支出 100.00
    本年支出合计 100.00
    总计 100.00${lastYear}
  }
}
情况说明 {
  收入支出决算总体情况说明 「2024年度收、支总计均为100.00万元。与2023年相比，收、支总计各增加10.00万元，增长11.1%。」
}
`;

/** The chart captions and the year categories each chart draws. */
function charts(html: string): { caption: string; years: string[] }[] {
    return [...html.matchAll(/<figure[^>]*>([\s\S]*?)<figcaption>([^<]*)<\/figcaption>/g)]
        .map(m => ({ caption: visibleText(m[2]), years: [...new Set(visibleText(m[1], { charts: true }).match(/\d{4}年/g) ?? [])] }));
}

describe('a chart of this year against last', () => {
    it('is titled 「…情况」 and draws this year alone where the tables give no last year', () => {
        const first = charts(buildHtml(report('')))[0];
        expect(first.caption).toBe('图1：收、支决算总计情况图');
        expect(first.years).toEqual(['2024年']);
    });

    it('keeps 「…变动情况」 with both years where they do', () => {
        const first = charts(buildHtml(report(' 上年 90.00')))[0];
        expect(first.caption).toBe('图1：收、支决算总计变动情况图');
        expect(first.years).toEqual(['2023年', '2024年']);
    });
});
