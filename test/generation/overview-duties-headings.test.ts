// A 概况 section on the department's duties under the heading the report prints (柳州 2017: 一、基本职能及主要工作; 职能职责,
// 单位职责 …) is the template's duties section, printed once under the report's heading: never a 〔未填写〕 部门职责
// beside it. A heading naming the work as well (基本职能及主要工作) holds the whole section as written.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const DUTIES = '依法保证宪法、法律在本行政区域内的遵守和执行。';

function report(template: string, year: number, heading: string): string {
    return `模板 「${template}」
部门 「某区人大常委会」
年度 ${year}
单位 万元
部门概况 {
  ${heading} 「${DUTIES}」
  机构设置 「内设办公室等3个机构。」
}
`;
}

function overviewOf(source: string): string {
    const text = visibleText(buildHtml(source));
    return text.slice(text.lastIndexOf('第一部分'), text.lastIndexOf('第二部分'));
}

describe('the duties section under the report\'s own heading', () => {
    for (const heading of ['一、基本职能及主要工作', '基本职能', '主要职能', '单位职责', '主要职责', '职能职责']) {
        it(`prints ${heading} once, with its text, and nothing 〔未填写〕`, () => {
            const overview = overviewOf(report('全国 2019—2021', 2020, heading));
            const printed = heading.replace(/^一、/, '');
            expect(overview.split(printed).length - 1).toBe(1);
            expect(overview.split(DUTIES).length - 1).toBe(1);
            expect(overview).not.toContain('未填写');
            expect(overview.indexOf(printed)).toBeLessThan(overview.indexOf(DUTIES));
        });
    }

    // 眉山市市级机关公务用车管理中心 2022 (a contents transcribed, its texts not yet written): 部门职责 had replaced it
    it('prints a heading numbered as written with its 「」 still empty, 〔未填写〕 under it, not the template\'s 部门职责', () => {
        const overview = overviewOf(report('四川 2024', 2023, '一、主要职责').replace(`「${DUTIES}」`, '「」'));
        expect(overview).toContain('一、主要职责');
        expect(overview).not.toContain('部门职责');
        expect(overview.indexOf('主要职责')).toBeLessThan(overview.indexOf('未填写'));
    });

    it('prints the whole text under a template heading that names the work too, not split into 〔未填写〕 parts', () => {
        const overview = overviewOf(report('四川 2020', 2020, '基本职能及主要工作'));
        expect(overview.split(DUTIES).length - 1).toBe(1);
        expect(overview).not.toContain('未填写');
    });
});

describe('the duties and the work numbered as sections of their own', () => {
    const WORK = '完成各项年度目标任务。';
    const source = (duties: string, work: string) => `模板 「四川 2020」
部门 「某办公室」
年度 2021
单位 万元
部门概况 {
  ${duties} 「${DUTIES}」
  ${work} 「${WORK}」
  ${duties.startsWith('一、') ? '三、' : ''}机构设置情况 「内设办公室等3个机构。」
}
`;
    const headings = (html: string) => [...html.matchAll(/<h[23][^>]*>([\s\S]*?)<\/h[23]>/g)].map(m => m[1].replace(/<[^>]+>/g, ''));

    it('prints 一、职能简介 二、2021年重点工作完成情况 三、机构设置情况 as written, not regrouped under 基本职能及主要工作', () => {
        const printed = headings(buildHtml(source('一、职能简介', '二、2021年重点工作完成情况')));
        expect(printed.slice(0, 3)).toEqual(['一、职能简介', '二、2021年重点工作完成情况', '三、机构设置情况']);
        expect(printed.join('\n')).not.toContain('基本职能及主要工作');
    });

    it('still prints unnumbered 主要职能 and 重点工作 under the template\'s 基本职能及主要工作, each under its own', () => {
        const printed = headings(buildHtml(source('主要职能', '重点工作')));
        expect(printed.slice(0, 4)).toEqual(['一、基本职能及主要工作', '（一）主要职能', '（二）2021年重点工作完成情况', '二、机构设置情况']);
    });
});
