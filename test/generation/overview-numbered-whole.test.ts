// A 概况 whose sections are numbered 一、 二、 … with none skipped is the report's whole 概况 (仁寿县虞丞乡景贤九年制学校 2024:
// 一、职能简介 二、2024年重点工作完成情况, no 机构设置 in its contents): the template's 机构设置 is not printed 〔未填写〕
// between or after them. Sections written without numbers still have the one they leave out asked for.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const source = (duties: string, work: string) => `模板 「四川 2024」
部门 「某县某乡某九年制学校」
年度 2024
单位 万元
单位概况 {
  ${duties} 「实施小学和初中义务教育。」
  ${work} 「完成义务教育阶段教学任务。」
}
`;

function overviewOf(text: string): string {
    return text.slice(text.lastIndexOf('第一部分'), text.lastIndexOf('第二部分'));
}

describe('a 概况 numbered whole by the report', () => {
    it('prints 一、职能简介 二、2024年重点工作完成情况 and no 〔未填写〕 机构设置', () => {
        const overview = overviewOf(visibleText(buildHtml(source('一、职能简介', '二、2024年重点工作完成情况'))));
        expect(overview).toContain('二、2024年重点工作完成情况');
        expect(overview).not.toContain('机构设置');
        expect(overview).not.toContain('未填写');
    });

    it('still asks for 机构设置 where the sections are not numbered', () => {
        const overview = overviewOf(visibleText(buildHtml(source('职能简介', '2024年重点工作完成情况'))));
        expect(overview).toContain('机构设置');
        expect(overview).toContain('未填写');
    });
});
