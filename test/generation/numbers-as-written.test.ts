// The generated report keeps the structure the user wrote: the numbers of the sections and parts it writes stand, the
// template's sections and parts it does not write go where the numbers leave room for them (else after), a heading
// written with its text over a project prints the user's heading and text, a heading over sections that names 其他重要事项
// is that section, and a 事业单位 that writes nothing of 机关运行经费 is not asked for it.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/generation/report-source.js';
import { unfilledLayout, unfilledPlaces } from '../../src/validation/rules/unfilled.js';
import { buildHtml, visibleText } from './helpers.js';

const HEAD = (department = '某县文化馆') => `模板 「全国」
部门 「${department}」
年度 2024
单位 万元
`;

/** The headings of the 情况说明 part (level 2 and 3), as printed in the body. */
function explanationHeadings(html: string): string[] {
    const all = [...html.matchAll(/<h([1-3])[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, level, t]) => ({ level, text: visibleText(t) }));
    const start = all.findIndex(h => h.level === '1' && h.text.endsWith('决算情况说明'));
    const end = all.findIndex((h, i) => i > start && h.level === '1');
    return all.slice(start + 1, end < 0 ? undefined : end).filter(h => !h.text.endsWith('表')).map(h => `${h.level} ${h.text}`);
}

/** The part headings of the contents. */
function contentsParts(html: string): string[] {
    return [...html.matchAll(/<li class="toc-1">([\s\S]*?)<\/li>/g)].map(([, t]) => visibleText(t));
}

/** Every 〔未填写〕 the unfilled check lists, not only the first it names. */
function unfilled(text: string): string {
    return unfilledPlaces(unfilledLayout(parseReport(text).model).blocks).join('；');
}

describe('the numbers the report writes for its sections', () => {
    it('stand: the template\'s sections it leaves out take the numbers free where the template puts them, the rest after its last', () => {
        const html = buildHtml(`${HEAD()}情况说明 {
  一、收入支出总体情况说明 「2024年度收、支总计均为100.00万元。」
  二、收入决算情况说明 「本年收入合计100.00万元。」
  三、支出决算情况说明 「本年支出合计100.00万元。」
  六、一般公共预算财政拨款基本支出决算情况说明 「基本支出100.00万元。」
  七、本单位年度重点工作说明 「本年度开展文化下乡活动20场。」
  十一、其他重要事项情况说明 「无。」
}
`);
        expect(explanationHeadings(html)).toEqual([
            '2 一、收入支出总体情况说明', '2 二、收入决算情况说明', '2 三、支出决算情况说明',
            '2 四、财政拨款收入支出决算总体情况说明', '2 五、一般公共预算财政拨款支出决算情况说明',
            '2 六、一般公共预算财政拨款基本支出决算情况说明', '2 七、本单位年度重点工作说明',
            '2 八、政府性基金预算财政拨款支出决算情况说明', '2 九、国有资本经营预算财政拨款支出决算情况说明',
            '2 十、财政拨款“三公”经费支出决算情况说明', '2 十一、其他重要事项情况说明',
            // no number free before 十一、: after it
            '2 十二、预算绩效情况说明',
        ]);
    });

    it('stand where they carry on from the part before: a section the template puts first takes the number just below (review)', () => {
        const html = buildHtml(`${HEAD('某县农业农村局')}部门概况 {
  一、部门职责 「负责全县农业农村工作。」
  二、机构设置 「内设机构5个。」
}
情况说明 {
  四、收入决算情况说明 「本年收入合计100.00万元。」
  五、支出决算情况说明 「本年支出合计100.00万元。」
}
`);
        expect(explanationHeadings(html).slice(0, 3)).toEqual(['2 三、收入支出总体情况说明', '2 四、收入决算情况说明', '2 五、支出决算情况说明']);
    });

    it('number the template\'s sections before them from 一、 where they carry on from no part before (genhunt7 F4: 十三、 alone)', () => {
        const html = buildHtml(`${HEAD('某县农业农村局')}部门概况 {
  部门职责 「负责全县农业农村工作。」
  机构设置 「内设机构5个。」
}
情况说明 {
  十三、预算绩效情况说明 「本部门对4个项目开展了绩效自评。」
}
`);
        const headings = explanationHeadings(html);
        expect(headings[0]).toBe('2 一、收入支出总体情况说明');
        expect(headings).toContain('2 十三、预算绩效情况说明');
    });

    it('carry on from 概况 where the first written number is short of room for the sections before it: none is skipped', () => {
        const html = buildHtml(`${HEAD('某县农业农村局')}部门概况 {
  一、主要职能 「负责。」
  二、机构设置 「内设。」
}
情况说明 {
  四、支出决算情况说明 「本年支出合计100.00万元。」
}
`);
        const headings = explanationHeadings(html);
        expect(headings).toContain('2 三、收入决算情况说明');
        expect(headings).toContain('2 四、支出决算情况说明');
    });

    it('stand where a section of the report\'s own is written without one between them: it is printed without one', () => {
        const html = buildHtml(`${HEAD()}情况说明 {
  一、收入支出总体情况说明 「2024年度收、支总计均为100.00万元。」
  二、收入决算情况说明 「本年收入合计100.00万元。」
  本单位年度重点工作说明 「本年度开展文化下乡活动20场。」
  三、支出决算情况说明 「本年支出合计100.00万元。」
}
`);
        // numbered 一、 to 三、 with none skipped: the report's sections are the whole
        expect(explanationHeadings(html)).toEqual(['2 一、收入支出总体情况说明', '2 二、收入决算情况说明', '2 本单位年度重点工作说明', '2 三、支出决算情况说明']);
    });

    it('stand for a heading over sections that names 其他重要事项: it is that section, asking under it for what it leaves out', () => {
        const html = buildHtml(`${HEAD('溪头镇中心卫生院')}情况说明 {
  八、其他重要事项说明 「本单位重点做好以下工作：
（一）加强预算管理
（二）规范资产管理」 {
    （一）机关运行经费支出情况 「本单位为事业单位，不涉及机关运行经费。」
    （二）政府采购支出情况 「本单位政府采购支出总额186.00万元。」
  }
}
`);
        const headings = explanationHeadings(html);
        expect(headings.filter(h => /其他重要事项/.test(h))).toEqual(['2 八、其他重要事项说明']);
        const at = headings.indexOf('2 八、其他重要事项说明');
        expect(headings.slice(at, at + 4)).toEqual(['2 八、其他重要事项说明', '3 （一）机关运行经费支出情况', '3 （二）政府采购支出情况', '3 （三）国有资产占有使用情况']);
        // seven of the template's sections before it, the others after
        expect(headings.slice(0, at).every((h, i) => h.startsWith(`2 ${['一', '二', '三', '四', '五', '六', '七'][i]}、`))).toBe(true);
        expect(headings.slice(at + 4).map(h => h.slice(2, 4))).toEqual(['九、', '十、', '十一']);
        expect(visibleText(html)).toContain('本单位重点做好以下工作：');
    });
});

describe('a heading written with its text over a project\'s form (十、预算绩效管理情况说明 「…」 { 项目 … })', () => {
    it('prints the report\'s heading and text where written, then the form', () => {
        const html = buildHtml(`${HEAD()}情况说明 {
  一、收入支出总体情况说明 「2024年度收、支总计均为100.00万元。」
  十、预算绩效管理情况说明 「本单位对2024年度1个项目开展了绩效自评，自评结果见下表。」 {
    项目 「文化下乡」 {
      预算数 20.00 { 财政拨款 20.00 }
      执行数 19.00 完成预算 95.00% { 财政拨款 19.00 }
      年度目标 {
        预期 「开展文化下乡20场。」
        实际 「开展文化下乡20场。」
      }
    }
  }
  十一、其他重要事项情况说明 「无。」
}
`);
        const headings = explanationHeadings(html);
        expect(headings).toContain('2 十、预算绩效管理情况说明');
        expect(headings).not.toContain('2 十、预算绩效情况说明');
        const text = visibleText(html);
        const section = text.slice(text.lastIndexOf('十、预算绩效管理情况说明'), text.lastIndexOf('十一、其他重要事项情况说明'));
        expect(section).toContain('本单位对2024年度1个项目开展了绩效自评，自评结果见下表。');
        expect(section).toContain('项目绩效目标完成情况表');
        expect(section.indexOf('自评结果见下表')).toBeLessThan(section.indexOf('项目绩效目标完成情况表'));
        // not the standard sentences in its place, nor the text again as a leftover
        expect(section).not.toContain('绩效目标实际完成情况。');
        expect(text.split('自评结果见下表').length - 1).toBe(1);
    });

    it('under a heading over sections, keeps the heading, its sub-sections and their texts (review: all lost, 二、 given away)', () => {
        const html = buildHtml(`${HEAD()}情况说明 {
  一、收入支出总体情况说明 「2024年度收、支总计均为100.00万元。」
  二、预算绩效管理情况说明 {
    （一）预算绩效管理工作开展情况 「本单位对1个项目开展了自评。」
    （二）项目绩效自评结果 「文化下乡项目自评得分95分，详见下表。」 {
      项目 「文化下乡」 {
        预算数 20.00 { 财政拨款 20.00 }
        执行数 19.00 完成预算 95.00% { 财政拨款 19.00 }
      }
    }
  }
  三、其他重要事项情况说明 「无。」
}
`);
        const headings = explanationHeadings(html);
        expect(headings.slice(0, 4)).toEqual(['2 一、收入支出总体情况说明', '2 二、预算绩效管理情况说明',
            '3 （一）预算绩效管理工作开展情况', '3 （二）项目绩效自评结果']);
        expect(headings).toContain('2 三、其他重要事项情况说明');
        const text = visibleText(html);
        const section = text.slice(text.lastIndexOf('二、预算绩效管理情况说明'), text.lastIndexOf('三、其他重要事项情况说明'));
        expect(section).toContain('本单位对1个项目开展了自评。');
        expect(section).toContain('文化下乡项目自评得分95分，详见下表。');
        expect(section).toContain('项目绩效目标完成情况表');
        // the form written under （二） prints after its 「…详见下表。」, not before its heading in （一）'s place (review)
        expect(section.indexOf('（二）项目绩效自评结果')).toBeLessThan(section.indexOf('项目绩效目标完成情况表'));
        expect(section.indexOf('详见下表。')).toBeLessThan(section.indexOf('项目绩效目标完成情况表'));
    });
});

describe('sections numbered （一）（二）（三） with none skipped (重庆 江津, test/trials/chongqing-2024-town-law-enforcement.txt)', () => {
    it('are not the whole of the part as 一、 二、 三、 are: the template\'s other sections are printed after them', () => {
        const html = buildHtml(`${HEAD()}情况说明 {
  （一）收入支出决算总体情况说明 「2024年度收、支总计均为100.00万元。」
  （二）收入决算情况说明 「本年收入合计100.00万元。」
  （三）支出决算情况说明 「本年支出合计100.00万元。」
}
`);
        expect(explanationHeadings(html)).toContain('2 （四）财政拨款收入支出决算总体情况说明');
    });
});

describe('the numbers the report writes for its parts', () => {
    const parts = (numbering: (n: string, title: string) => string) => `${HEAD()}部分 「${numbering('一', '单位基本情况')}」
部分 「${numbering('二', '2024年度决算情况说明')}」
部分 「${numbering('三', '决算公开联系方式')}」
部门概况 {
  主要职能 「负责群众文化活动。」
}
情况说明 {
  一、收入支出总体情况说明 「2024年度收、支总计均为100.00万元。」
}
`;

    it('stand where it writes no tables part: the template\'s is printed after them, not numbered 二、 before its 二、', () => {
        expect(contentsParts(buildHtml(parts((n, title) => `${n}、${title}`))))
            .toEqual(['一、单位基本情况', '二、2024年度决算情况说明', '三、决算公开联系方式', '四、2024年度部门决算公开表', '五、名词解释']);
        expect(contentsParts(buildHtml(parts((n, title) => `第${n}部分 ${title}`))))
            .toEqual(['第一部分 单位基本情况', '第二部分 2024年度决算情况说明', '第三部分 决算公开联系方式', '第四部分 2024年度部门决算公开表', '第五部分 名词解释']);
    });
});

describe('the part numbers the report writes with gaps (review: 第一部分 概况, 第三部分 名词解释 printed 情况说明 as 第四部分 after 名词解释)', () => {
    const source = (glossary: string) => `${HEAD('某县财政局')}部分 「第一部分 部门概况」
部分 「${glossary} 名词解释」
部门概况 {
  部门职责 「负责全县财政工作。」
}
情况说明 {
  收入支出决算总体情况说明 「2024年度收、支总计均为100.00万元。」
}
名词解释 { 财政拨款收入：「指本级财政当年拨付的资金。」 }
`;

    it('give the free number to 情况说明 in the template\'s order; the tables part, whose place varies among formats, goes after', () => {
        expect(contentsParts(buildHtml(source('第三部分'))))
            .toEqual(['第一部分 部门概况', '第二部分 2024年度部门决算情况说明', '第三部分 名词解释', '第四部分 2024年度部门决算公开表']);
    });

    it('leave 情况说明 in its place without a number where none is free, never after 名词解释', () => {
        expect(contentsParts(buildHtml(source('第二部分'))))
            .toEqual(['第一部分 部门概况', '2024年度部门决算情况说明', '第二部分 名词解释', '第三部分 2024年度部门决算公开表']);
    });

    it('print no part unnumbered before the report\'s 第一部分: the template\'s 概况, headed nowhere, takes the next free number after the report\'s last', () => {
        expect(contentsParts(buildHtml(`${HEAD('某县财政局')}部分 「第一部分 2024年度部门决算情况说明」
部分 「第二部分 2024年度部门决算公开表」
部分 「第三部分 名词解释」
情况说明 {
  一、收入支出决算总体情况说明 「2024年度收、支总计均为100.00万元。」
}
名词解释 { 财政拨款收入：「指本级财政当年拨付的资金。」 }
`))).toEqual(['第一部分 2024年度部门决算情况说明', '第二部分 2024年度部门决算公开表', '第三部分 名词解释', '第四部分 基本情况']);
    });
});

describe('机关运行经费 of a 事业单位', () => {
    const source = (department: string, more = '', overview = '') => `${HEAD(department)}${overview}情况说明 {
  收入支出总体情况说明 「2024年度收、支总计均为100.00万元。」
${more}}
`;
    const otherMatters = (html: string) => explanationHeadings(html).filter(h => h.startsWith('3 '));

    it('is not asked of a school that writes nothing of it', () => {
        expect(otherMatters(buildHtml(source('某县第一中学')))).toEqual(['3 （一）政府采购支出情况', '3 （二）国有资产占有使用情况']);
        expect(unfilled(source('某县第一中学'))).not.toContain('机关运行经费');
    });

    it('is asked of an office, of a unit whose texts say it is 参公, and printed where a school writes it', () => {
        expect(otherMatters(buildHtml(source('某县财政局')))[0]).toBe('3 （一）机关运行经费支出情况');
        expect(unfilled(source('某县财政局'))).toContain('机关运行经费');
        const civil = source('某县政务服务中心', '', '部门概况 {\n  主要职能 「本中心为参照公务员法管理的单位。」\n}\n');
        expect(otherMatters(buildHtml(civil))[0]).toBe('3 （一）机关运行经费支出情况');
        // the law named in full, as most reports write it (review: 参照《中华人民共和国公务员法》管理 was read as a 事业单位)
        const lawNamed = source('某县机关事务服务中心', '', '部门概况 {\n  机构设置 「本中心为公益一类事业单位，参照《中华人民共和国公务员法》管理。」\n}\n');
        expect(otherMatters(buildHtml(lawNamed))[0]).toBe('3 （一）机关运行经费支出情况');
        // 事业单位 said of those it holds, not of itself (教育部: 主要为我部直属高校和直属教育事业单位的日常运行支出)
        const holds = source('某县教育局', '  支出决算情况说明 「主要为直属学校和直属教育事业单位的日常运行支出。」\n');
        expect(otherMatters(buildHtml(holds))[0]).toBe('3 （一）机关运行经费支出情况');
        const written = buildHtml(source('某县第一中学', '  机关运行经费 0\n'));
        expect(otherMatters(written)[0]).toBe('3 （一）机关运行经费支出情况');
    });

    it('is not asked of a unit whose texts say it is a 事业单位', () => {
        const said = source('某县农业综合服务站', '', '部门概况 {\n  主要职能 「本单位为公益一类事业单位。」\n}\n');
        expect(otherMatters(buildHtml(said))).toEqual(['3 （一）政府采购支出情况', '3 （二）国有资产占有使用情况']);
    });

    it('is not asked of a department whose units are counted as 事业单位 only; is where a 行政单位 is among them (上海市作家协会 2020)', () => {
        const units = (text: string) => source('上海市作家协会', '', `部门概况 {\n  部门决算单位构成 「${text}」\n}\n`);
        const publicOnly = units('本部门中，事业单位4家，具体包括：1、上海市作家协会；2、《收获》文学杂志社；3、《上海文学》杂志社；4、上海文学创作中心。');
        expect(otherMatters(buildHtml(publicOnly))).toEqual(['3 （一）政府采购支出情况', '3 （二）国有资产占有使用情况']);
        expect(unfilled(publicOnly)).not.toContain('机关运行经费');
        // a 行政单位 counted as none leaves 事业单位 only
        expect(otherMatters(buildHtml(units('本部门中，行政单位0家，事业单位4家。')))).toEqual(['3 （一）政府采购支出情况', '3 （二）国有资产占有使用情况']);
        // the counts spaced, as a PDF's text prints them
        for (const text of ['本部门中，事业单位 4 家。', '本部门中，行政单位 0 家，事业单位 4 家。']) {
            expect(otherMatters(buildHtml(units(text))), text).toEqual(['3 （一）政府采购支出情况', '3 （二）国有资产占有使用情况']);
        }
        // an office among the units, however written (review: each was dropped): counted, as the 机关 itself, far after 本部门,
        // or managed as civil servants without the law named
        for (const text of [
            '本部门中，行政单位1家，事业单位3家。',
            '本部门中，行政单位 1 家，事业单位 3 家。',
            '本部门由机关本级和下属事业单位4家组成。',
            '本部门决算包括局机关本级及下属事业单位4家。',
            '本部门所属预算单位中，全额拨款事业单位4家，差额拨款事业单位2家，行政单位1家。',
            '本部门中，参照公务员管理的事业单位1家，事业单位3家。',
        ]) expect(otherMatters(buildHtml(units(text)))[0], text).toBe('3 （一）机关运行经费支出情况');
    });
});
