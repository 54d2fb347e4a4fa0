// A report that numbers its sections （一） under parts it numbers 第N部分 (湖北 2020: 第一部分 概况 （一）主要职责
// （二）部门决算单位构成; 第三部分 （一）…（十）) has its sections printed （一）, in the body and in the contents, the
// sections it leaves out numbered alike; one that writes any section 一、 keeps 一、 for all.
import { describe, expect, it } from 'vitest';
import { buildHtml } from './helpers.js';

const source = (duties: string, units: string, total: string) => `模板 「全国 2019—2021」
部门 「某街道办事处」
年度 2020
单位 万元
部门概况 {
  ${duties}主要职责 「负责辖区社区建设。」
  ${units}部门决算单位构成 「纳入本部门决算编制范围的单位为本级。」
}
情况说明 {
  ${total}收入支出决算总体情况说明 「2020年度收入总计100.00万元。」
}
`;

const headings = (html: string) => [...html.matchAll(/<h2 id="part-[^>]*>([\s\S]*?)<\/h2>/g)]
    .map(m => m[1].replace(/<[^>]+>/g, ''));
const contents = (html: string) => [...html.matchAll(/<li class="toc-2">([\s\S]*?)<\/li>/g)].map(m => m[1].replace(/<[^>]+>/g, ''));

describe('sections the report numbers （一）', () => {
    it('prints them （一） as written, and the template\'s sections it leaves out after them alike', () => {
        const html = buildHtml(source('（一）', '（二）', '（一）'));
        const printed = headings(html);
        expect(printed.slice(0, 4)).toEqual(['（一）主要职责', '（二）部门决算单位构成', '（一）收入支出决算总体情况说明', '（二）收入决算情况说明']);
        expect(printed.some(h => /^[一二三四五六七八九十]+、/.test(h))).toBe(false);
        expect(contents(html).filter(e => !e.endsWith('表')).slice(0, 3)).toEqual(['（一）主要职责', '（二）部门决算单位构成', '（一）收入支出决算总体情况说明']);
    });

    it('keeps 一、 where the report writes a section 一、', () => {
        const printed = headings(buildHtml(source('一、', '二、', '（一）')));
        expect(printed.slice(0, 3)).toEqual(['一、主要职责', '二、部门决算单位构成', '一、收入支出决算总体情况说明']);
    });

    it('keeps 一、 where the report writes no ordinal', () => {
        expect(headings(buildHtml(source('', '', ''))).slice(0, 2)).toEqual(['一、主要职责', '二、部门决算单位构成']);
    });
});
