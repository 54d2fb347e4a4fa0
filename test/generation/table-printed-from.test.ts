// A table the format added within its years (国有资本经营, new in 2019) is not yet in many reports of the years before all
// print it: a 2019 report of eight tables (新疆, 云南, 内蒙古) is printed with its eight, not with a ninth 〔未填写〕 page;
// a 2020 report without it still gets the page, as the contents of that year list it.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = (year: number) => `模板 「全国」
部门 「青石县人民检察院」
年度 ${year}
单位 万元
一、《收入支出决算总表》 { 收入 { 本年收入合计 10.00 总计 10.00 } 支出 { 本年支出合计 10.00 总计 10.00 } }
八、《政府性基金预算财政拨款收入支出决算表》 { 无数据 「本单位没有政府性基金预算财政拨款收入和支出，本表无数据。」 }
`;

describe('a table the format added within its years', () => {
    const contents = (html: string) => visibleText(html.match(/<nav class="toc">[\s\S]*?<\/nav>/)![0]);

    it('is left out of a report of a year before all print it', () => {
        const html = buildHtml(REPORT(2019));
        expect(contents(html)).toContain('《政府性基金预算财政拨款收入支出决算表》');
        expect(visibleText(html)).not.toContain('国有资本经营预算财政拨款支出决算表');
    });

    it('is printed 〔未填写〕 in a report of a later year without it', () => {
        expect(contents(buildHtml(REPORT(2020)))).toContain('国有资本经营预算财政拨款支出决算表');
    });
});
