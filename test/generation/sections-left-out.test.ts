// 湖南's township reports write 八、政府性基金预算收入支出决算情况 and go on with 九、关于机关运行经费支出说明:
// no section on 国有资本经营预算, whose table is empty. A fund's section the report leaves out between two
// it writes, its table empty, is not added with standard sentences; one whose table has figures, or that
// the report's written sections do not enclose, still is.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = (stateCapital: string, fund = '政府性基金预算收入支出决算情况 「政府性基金预算财政拨款支出20.00万元。」') => `模板 「全国」
部门 「青石乡人民政府」
年度 2024
单位 万元
七、政府性基金预算财政拨款收入支出决算表 {
  列【年初结转和结余 本年收入 本年支出 基本支出 项目支出 年末结转和结余】
  合计 - 20.00 20.00 - 20.00 -
}
${stateCapital}
情况说明 {
  收入支出决算总体情况说明 「收、支总计均为100.00万元。」
  ${fund}
  财政拨款“三公”经费支出决算情况说明 「“三公”经费支出决算6.70万元。」
  关于机关运行经费支出说明 「机关运行经费支出8.00万元。」
}
`;

const EMPTY = '八、国有资本经营预算财政拨款支出决算表 {\n  无数据\n}';

function headings(text: string): string[] {
    const toc = buildHtml(text).match(/<nav class="toc">[\s\S]*?<\/nav>/)![0];
    return [...toc.matchAll(/<li class="toc-2">([\s\S]*?)<\/li>/g)].map(([, t]) => visibleText(t)).filter(t => !t.endsWith('表'));
}

describe('a fund\'s section the report leaves out', () => {
    it('is not added between the two the report writes around it where its table is empty', () => {
        const printed = headings(REPORT(EMPTY));
        expect(printed.some(h => h.includes('国有资本经营'))).toBe(false);
        expect(printed).toContain('七、政府性基金预算收入支出决算情况');
        expect(printed).toContain('八、财政拨款“三公”经费支出决算情况说明');
    });

    it('is added where its table has figures, or where the report does not write the section before it', () => {
        const figures = '八、国有资本经营预算财政拨款支出决算表 {\n  列【本年支出 基本支出 项目支出】\n  合计 5.00 - 5.00\n}';
        expect(headings(REPORT(figures)).some(h => h.includes('国有资本经营'))).toBe(true);
        expect(headings(REPORT(EMPTY, '')).some(h => h.includes('国有资本经营'))).toBe(true);
    });
});

// 江西's units and 云南's county departments print fewer sections than the template, from 一、收入决算情况说明 on,
// with no section on 收入支出决算总体: written without their ordinals, they are still the report's whole list.
const FROM_INCOME = (first: string) => `模板 「全国」
部门 「浔南区工商业联合会」
年度 2024
单位 万元
表1 收入支出决算总表 {
  收入 {
    本年收入合计 268.40
    总计 274.60
  }
  支出 {
    本年支出合计 267.80
    总计 274.60
  }
}
情况说明 {
  ${first}
  收入决算情况说明 「2024年度本年收入合计268.40万元。」
  支出决算情况说明 「2024年度本年支出合计267.80万元。」
  财政拨款“三公”经费支出决算情况说明 「2024年度“三公”经费财政拨款支出决算为0.86万元。」
}
`;

describe('sections written as printed from the template\'s second on, without ordinals', () => {
    it('are the report\'s sections: the template\'s others are not added with standard sentences', () => {
        const printed = headings(FROM_INCOME('')).filter(h => h.endsWith('说明'));
        expect(printed).toEqual(['一、收入决算情况说明', '二、支出决算情况说明', '三、财政拨款“三公”经费支出决算情况说明']);
        expect(visibleText(buildHtml(FROM_INCOME('')))).not.toContain('收入总计274.60万元');
    });

    it('are written in part where the report writes the template\'s first section: the others print with standard sentences', () => {
        const printed = headings(FROM_INCOME('收入支出决算总体情况说明 「2024年度收、支总计均为274.60万元。」')).filter(h => h.endsWith('说明'));
        expect(printed[0]).toBe('一、收入支出决算总体情况说明');
        expect(printed.some(h => h.includes('财政拨款收入支出决算总体情况说明'))).toBe(true);
    });
});

// 西藏 2022 (the 科学技术厅's contents): 一、二、三、, then 财政拨款收入支出决算情况说明 with its 四、 lost in the copy, then
// 五、 on. Between neighbours numbered around its place, it is the section numbered there: the list is complete.
const LOST_FOURTH = (fourth: string) => `模板 「全国」
部门 「雪域市委党校」
年度 2022
单位 万元
情况说明 {
  一、收入支出决算总体情况说明 「收、支总计均为100.00万元。」
  二、收入决算情况说明 「本年收入合计100.00万元。」
  三、支出决算情况说明 「本年支出合计100.00万元。」
  ${fourth}财政拨款收入支出决算情况说明 「财政拨款收、支总计均为100.00万元。」
  五、一般公共预算财政拨款“三公”经费支出决算情况说明 「“三公”经费支出决算4.86万元。」
  六、预算绩效情况说明 「本部门对1个项目开展了绩效自评。」
}
`;

describe('a section whose ordinal the copy lost, between two numbered around its place', () => {
    it('is the section numbered there: the report\'s sections are all there, none of the template\'s added', () => {
        const printed = headings(LOST_FOURTH('')).filter(h => /说明$/.test(h));
        expect(printed).toEqual(['一、收入支出决算总体情况说明', '二、收入决算情况说明', '三、支出决算情况说明',
            '四、财政拨款收入支出决算情况说明', '五、一般公共预算财政拨款“三公”经费支出决算情况说明', '六、预算绩效情况说明']);
        expect(headings(LOST_FOURTH('四、')).filter(h => /说明$/.test(h))).toEqual(printed);
    });
});
