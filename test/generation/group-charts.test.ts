// A heading over sections that names a template section (四川: 一、收入支出决算总体情况说明 { （一）收入决算情况 「…」
// （二）支出决算情况 「…」 }): the section is not printed again, its sub-sections being the report's texts, but the chart the
// section draws (收、支决算总计变动情况图) is printed under the heading, not lost.
import { describe, expect, it } from 'vitest';
import { buildHtml, EXAMPLE_TEXT, visibleText } from './helpers.js';

const GROUPED = EXAMPLE_TEXT.replace('情况说明 {\n', `情况说明 {
  一、收入支出决算总体情况说明 {
    （一）收入决算情况 「本年收入见附表2。」
    （二）支出决算情况 「本年支出见附表3。」
  }
`);

describe('the charts of a section a heading over sections names', () => {
    it('print under that heading, before its sub-sections, once', () => {
        expect(GROUPED).not.toBe(EXAMPLE_TEXT);
        const text = visibleText(buildHtml(GROUPED));
        const heading = text.lastIndexOf('一、收入支出决算总体情况说明');
        const chart = text.indexOf('收、支决算总计变动情况图');
        expect(chart).toBeGreaterThan(heading);
        expect(chart).toBeLessThan(text.indexOf('（一）收入决算情况', heading));
        expect(text.split('收、支决算总计变动情况图').length - 1).toBe(1);
    });
});
