// Some formats (陕西) print fewer, wider sections: 二、财政拨款收入支出总体情况说明 goes through the
// appropriations, the 基本支出 and the 政府性基金 as its （一）（二）… sub-sections. A template section the
// report heads so inside another's text is said there: the built report does not add it again with
// standard sentences, and the report's headings that are the template's under other words print as written.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = (appropriation: string) => `模板 「全国 2019—2021」
部门 「秦川县审计局」
年度 2021
单位 万元
部门概况 { 部门主要职责及内设机构 「主管全县审计工作；内设5个股室。」 }
情况说明 {
  收入支出决算总体情况说明 「（一）收入决算情况。本年收入合计100.00万元。
（二）支出决算情况。本年支出合计90.00万元。」
  财政拨款收入支出总体情况说明 「${appropriation}」
  “三公”经费、培训费及会议费支出情况说明 「“三公”经费支出决算6.70万元。」
  其他重要事项的情况说明 「无。」
}
`;

function headings(text: string): string[] {
    const toc = buildHtml(text).match(/<nav class="toc">[\s\S]*?<\/nav>/)![0];
    // the sections of 概况 and 情况说明, not the tables
    return [...toc.matchAll(/<li class="toc-2">([\s\S]*?)<\/li>/g)].map(([, t]) => visibleText(t)).filter(t => !t.endsWith('表'));
}

describe('sections the report heads within another section', () => {
    it('adds none the report heads as a sub-section, and prints its own headings as written', () => {
        expect(headings(REPORT(`（一）财政拨款收支与上年对比情况
财政拨款支出90.00万元。
（二）一般公共预算财政拨款支出情况
一般公共预算财政拨款支出90.00万元。
（三）一般公共预算财政拨款基本支出情况
基本支出60.00万元。
（四）政府性基金预算财政拨款收支情况
无。
（五）国有资本经营预算财政拨款支出情况
无。`))).toEqual([
            '一、部门主要职责及内设机构',
            '一、收入支出决算总体情况说明', '二、财政拨款收入支出总体情况说明', '三、“三公”经费、培训费及会议费支出情况说明', '四、其他重要事项的情况说明',
        ]);
    });

    it('still prints, with standard sentences, a section the report heads nowhere', () => {
        expect(headings(REPORT('财政拨款支出90.00万元。'))).toEqual([
            '一、部门主要职责及内设机构',
            '一、收入支出决算总体情况说明', '二、财政拨款收入支出总体情况说明', '三、一般公共预算财政拨款支出决算情况说明',
            '四、一般公共预算财政拨款基本支出决算情况说明', '五、“三公”经费、培训费及会议费支出情况说明',
            '六、政府性基金预算支出决算情况说明', '七、国有资本经营预算支出决算情况说明', '八、其他重要事项的情况说明',
        ]);
    });

    it('reads a 1. list heading that names a 情况 and no figure as a sub-section (重庆: 1.政府性基金预算收支情况。…), not one that states a figure', () => {
        const within = (other: string) => REPORT('财政拨款支出90.00万元。').replace('其他重要事项的情况说明 「无。」', `其他重要事项的情况说明 「${other}」`);
        const printed = headings(within('1.政府性基金预算收支情况。本部门无政府性基金预算财政拨款收支。\n2.国有资本经营预算收支情况。本部门无国有资本经营预算财政拨款收支。'));
        expect(printed).not.toContain('六、政府性基金预算支出决算情况说明');
        expect(printed.some(h => h.includes('国有资本经营'))).toBe(false);
        // an item of a list with its figure is no heading: the section keeps its standard sentences
        expect(headings(within('1.政府性基金预算财政拨款支出0万元。'))).toContain('六、政府性基金预算支出决算情况说明');
    });

    it('takes in the sections between its own and the last it heads, and leaves out an empty fund\'s between sections said (陕西: five sections)', () => {
        const shaanxi = REPORT(`（一）财政拨款收支与上年对比情况
财政拨款支出90.00万元。
（二）财政拨款收支结构情况
一般公共服务支出90.00万元。
（三）一般公共预算财政拨款基本支出情况
基本支出60.00万元。
（四）政府性基金预算财政拨款收支情况
无。`) + '公开09表 国有资本经营预算财政拨款支出决算表 {\n  无数据\n}\n';
        expect(headings(shaanxi)).toEqual([
            '一、部门主要职责及内设机构',
            '一、收入支出决算总体情况说明', '二、财政拨款收入支出总体情况说明', '三、“三公”经费、培训费及会议费支出情况说明', '四、其他重要事项的情况说明',
        ]);
        // the 国有资本经营 table with figures: its section is printed, with standard sentences
        const withFigures = shaanxi.replace('  无数据', '  列【合计 基本支出 项目支出】\n  合计 5.00 - 5.00');
        expect(headings(withFigures).some(h => h.includes('国有资本经营'))).toBe(true);
    });
});
