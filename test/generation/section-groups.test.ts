// A level heading over sections (内蒙古's schools: 二、关于2023年度决算情况说明 over （一）…（十三）, between
// 一、关于预算执行情况分析 and 三、预算绩效评价工作开展情况) is written as the heading with the sections' texts in
// its braces. The built report prints it as printed: 二、 with （一）… under it, in the contents and the body, and
// reads the sections inside as the template's, adding none of them again with standard sentences.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「呼和塔拉市特殊教育学校」
年度 2023
单位 万元
部门概况 { 主要职能职责 「实施特殊教育。」 }
情况说明 {
  一、关于2023年度预算执行情况分析 「预算执行良好。」
  二、关于2023年度决算情况说明 {
    （一）关于收支情况总体说明 「2023年度收、支总计均为100.00万元。」
    （二）关于2023年度财政拨款收入支出决算总体情况说明 「财政拨款收入90.00万元。」
    （三）关于2023年度一般公共预算财政拨款支出决算情况说明 「一般公共预算财政拨款支出90.00万元。」
    （四）关于2023年度财政拨款三公经费支出决算情况说明 「“三公”经费支出0万元。」
  }
  三、预算绩效评价工作开展情况 「对3个项目开展绩效自评。」
}
`;

/** The headings of 情况说明 (the part from its first section on), with their levels: in the contents and the body. */
function explanationHeadings(html: string): { toc: string[]; body: string[] } {
    const toc = html.match(/<nav class="toc">[\s\S]*?<\/nav>/)![0];
    const from = (list: string[]) => list.slice(list.indexOf('2 一、关于2023年度预算执行情况分析'));
    return {
        toc: from([...toc.matchAll(/<li class="toc-([23])"><a href="#part-\d+-[^"]*">([\s\S]*?)<\/a><\/li>/g)].map(([, level, t]) => `${level} ${visibleText(t)}`)),
        body: from([...html.matchAll(/<h([23]) id="part-\d+-[^"]*"[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, level, t]) => `${level} ${visibleText(t)}`)),
    };
}

describe('a level heading over sections', () => {
    it('prints the heading with its sections numbered （一）… under it, in the contents and the body', () => {
        const { toc, body } = explanationHeadings(buildHtml(REPORT));
        // numbered 一、 to 三、 with the heading, the report's list is whole: no template section is added
        const expected = [
            '2 一、关于2023年度预算执行情况分析',
            '2 二、关于2023年度决算情况说明',
            '3 （一）关于收支情况总体说明',
            '3 （二）关于2023年度财政拨款收入支出决算总体情况说明',
            '3 （三）关于2023年度一般公共预算财政拨款支出决算情况说明',
            '3 （四）关于2023年度财政拨款三公经费支出决算情况说明',
            '2 三、预算绩效评价工作开展情况',
        ];
        expect(toc).toEqual(expected);
        expect(body).toEqual(expected);
    });

    it('takes a heading without a year the same way (二、决算情况说明 { … })', () => {
        const { body } = explanationHeadings(buildHtml(REPORT.replace('二、关于2023年度决算情况说明', '二、决算情况说明')));
        expect(body.slice(1, 3)).toEqual(['2 二、决算情况说明', '3 （一）关于收支情况总体说明']);
    });

    it('prints each section\'s text once, under its heading', () => {
        const text = visibleText(buildHtml(REPORT));
        for (const said of ['2023年度收、支总计均为100.00万元。', '一般公共预算财政拨款支出90.00万元。', '“三公”经费支出0万元。']) {
            expect(text.split(said).length - 1).toBe(1);
        }
        expect(text.indexOf('（三）关于2023年度一般公共预算财政拨款支出决算情况说明')).toBeLessThan(text.indexOf('一般公共预算财政拨款支出90.00万元。'));
    });
});

describe('a level heading with a text of its own before its sections', () => {
    const withText = REPORT.replace('二、关于2023年度决算情况说明 {', '二、关于2023年度决算情况说明 「本年度决算情况总的说明。」 {');

    it('prints the heading, its text, then the sections under it', () => {
        const html = buildHtml(withText);
        expect(explanationHeadings(html).body.slice(1, 3)).toEqual(['2 二、关于2023年度决算情况说明', '3 （一）关于收支情况总体说明']);
        const text = visibleText(html);
        expect(text.split('本年度决算情况总的说明。').length - 1).toBe(1);
        expect(text.indexOf('本年度决算情况总的说明。')).toBeGreaterThan(text.indexOf('二、关于2023年度决算情况说明', text.indexOf('一、关于2023年度预算执行情况分析。') + 1));
        expect(text.indexOf('本年度决算情况总的说明。')).toBeLessThan(text.indexOf('2023年度收、支总计均为100.00万元。'));
    });
});

describe('a level heading over sections in 部门概况', () => {
    const PROFILE = `模板 「全国 2019—2021」
部门 「某县审计局」
年度 2020
单位 万元
部门概况 {
  一、部门主要职责及内设机构 {
    （一）主要职责 「主管全县审计工作。」
  }
}
`;
    const overviewHeadings = (html: string) => [...html.matchAll(/<h([234]) id="part-1-[^"]*"[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, level, t]) => `${level} ${visibleText(t)}`);

    it('prints the heading as printed, its sections （一）… under it, the template\'s sections read from them', () => {
        const html = buildHtml(PROFILE);
        expect(overviewHeadings(html)).toEqual(['2 一、部门主要职责及内设机构', '3 （一）主要职责']);
        const text = visibleText(html);
        expect(text).toContain('主管全县审计工作。');
        // 主要职责 is the template's 部门职责; the heading names 内设机构, so 机构设置 is not asked for as well
        expect(text).not.toContain('〔未填写〕部门职责');
        expect(text).not.toMatch(/机构设置\s*〔未填写〕/);
    });

    it('prints a heading\'s own text before its sections (一、部门基本情况 「…」 { （一）… })', () => {
        const html = buildHtml(PROFILE.replace('一、部门主要职责及内设机构 {', '一、部门基本情况 「本局是县政府工作部门。」 {')
            .replace('  }\n}', '    （二）机构设置 「内设三个股室。」\n  }\n}'));
        expect(overviewHeadings(html)).toEqual(['2 一、部门基本情况', '3 （一）主要职责', '3 （二）机构设置']);
        const text = visibleText(html);
        expect(text.split('本局是县政府工作部门。').length - 1).toBe(1);
        expect(text.indexOf('本局是县政府工作部门。')).toBeLessThan(text.indexOf('主管全县审计工作。'));
    });
});

// 湖北 towns print 第四部分 预算绩效情况说明 with three sections of their own; written as a heading over them that says the
// part's heading again, it is that heading, printed once: the sections are the part's, 一、 to 三、, none merged.
const PERFORMANCE_PART = `模板 「全国」
部门 「江北市某镇人民政府本级」
年度 2022
单位 万元
部分 「第一部分：概况」
部分 「第二部分：部门决算报表」
部分 「第三部分：部门决算情况说明」
部分 「第四部分：预算绩效情况说明」
部门概况 { 一、主要职责 「执行本级人民代表大会的决议。」 }
情况说明 {
  一、收入支出决算总体情况说明 「收、支总计均为100.00万元。」
  预算绩效情况说明 {
    一、预算绩效管理工作开展情况 「对12个项目开展绩效自评。」
    二、部门决算中项目绩效自评结果 「自评得分均在90分以上。」
    三、绩效评价结果应用情况 「自评结果作为预算安排的依据。」
  }
}
`;

/** The generated headings from 第四部分 on, level and words. */
const performancePart = (source: string) => {
    const body = [...buildHtml(source).matchAll(/<h([123]) id="part-\d+[^"]*"[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, level, t]) => `${level} ${visibleText(t)}`);
    return body.slice(body.indexOf('1 第四部分：预算绩效情况说明')).slice(0, 4);
};
const PERFORMANCE_HEADINGS = ['1 第四部分：预算绩效情况说明', '2 一、预算绩效管理工作开展情况', '2 二、部门决算中项目绩效自评结果', '2 三、绩效评价结果应用情况'];

describe('a heading over sections that says the part\'s heading again', () => {
    it('is the part\'s heading: its sections are printed as the part\'s, each under its own heading', () => {
        expect(performancePart(PERFORMANCE_PART)).toEqual(PERFORMANCE_HEADINGS);
    });

    it('written flat, numbered 一、 to 三、, keeps the three sections though all three are about 绩效', () => {
        const flat = PERFORMANCE_PART.replace(/ {2}预算绩效情况说明 \{\n([\s\S]*?)\n {2}\}\n/, (_, inner: string) => `${inner.replace(/^ {2}/gm, '')}\n`);
        expect(performancePart(flat)).toEqual(PERFORMANCE_HEADINGS);
    });
});

// 新疆 (乌鲁木齐) prints 十、其他重要事项的情况说明 over （一）机关运行经费支出情况 （二）政府采购情况 （三）国有资产占用情况说明,
// its contents listing the three: written as a heading over them, each prints under the heading as written, however short
// (政府采购情况), in the contents and the body; none is taken for the template's 其他重要事项 section. Its number is the
// report's: the template's sections it does not write take 二、 to 九、 between 一、 and 十、.
const OTHER_MATTERS = `模板 「全国」
部门 「乌鲁木齐市某街道办事处」
年度 2024
单位 万元
部门概况 { 一、主要职能 「负责辖区社会管理。」 }
情况说明 {
  一、收入支出决算总体情况说明 「收、支总计均为100.00万元。」
  机关运行经费 78.60
  政府采购 126.40 { 政府采购货物支出 36.40 政府采购工程支出 0 政府采购服务支出 90.00 }
  十、其他重要事项的情况说明 {
    （一）机关运行经费支出情况 「机关运行经费支出78.60万元。」
    （二）政府采购情况 「政府采购支出总额126.40万元。」
    （三）国有资产占用情况说明 「共有车辆2辆。」
  }
  十一、预算绩效情况说明 「对4个项目开展了绩效自评。」
}
`;

describe('sub-headings of 其他重要事项 written as sections under it', () => {
    it('prints each under the heading as written, however short, in the contents and the body', () => {
        const html = buildHtml(OTHER_MATTERS);
        const lines = (pattern: RegExp) => {
            const all = [...html.matchAll(pattern)].map(([, level, t]) => `${level} ${visibleText(t)}`);
            const at = all.findIndex(l => l.endsWith('其他重要事项的情况说明'));
            return all.slice(at, at + 4);
        };
        const expected = ['2 十、其他重要事项的情况说明', '3 （一）机关运行经费支出情况', '3 （二）政府采购情况', '3 （三）国有资产占用情况说明'];
        expect(lines(/<li class="toc-([23])"><a href="#part-\d+-[^"]*">([\s\S]*?)<\/a><\/li>/g)).toEqual(expected);
        expect(lines(/<h([23]) id="part-\d+-[^"]*"[^>]*>([\s\S]*?)<\/h\1>/g)).toEqual(expected);
    });
});

describe('a heading over sections whose only section is a text over a project\'s form', () => {
    // 二、项目绩效情况 { （一）项目绩效自评结果 「…详见下表。」 { 项目 … } }: with no plain text inside, the heading was
    // read as a table's row, dropped from the build, and its section's text printed as a leftover at the part's end
    const report = REPORT.replace(/  二、关于2023年度决算情况说明 \{[\s\S]*?\n  \}\n/, `  二、项目绩效情况 {
    （一）项目绩效自评结果 「本单位对1个项目开展绩效自评，详见下表。」 {
      项目 「特殊教育送教上门」 {
        预算数 80.00
        执行数 76.00
        年度目标 { 预期 「送教上门不少于30人」 实际 「送教上门32人」 }
      }
    }
  }
`);

    it('prints the heading, its section under it, then the form', () => {
        const html = buildHtml(report);
        const { toc, body } = explanationHeadings(html);
        const expected = ['2 一、关于2023年度预算执行情况分析', '2 二、项目绩效情况', '3 （一）项目绩效自评结果', '2 三、预算绩效评价工作开展情况'];
        expect(toc).toEqual(expected);
        expect(body).toEqual(expected);
        const text = visibleText(html).replace(/\s+/g, '');
        const heading = text.indexOf('二、项目绩效情况（一）项目绩效自评结果本单位对1个项目开展绩效自评，详见下表。');
        expect(heading, text).toBeGreaterThan(0);
        expect(text.indexOf('送教上门不少于30人送教上门32人')).toBeGreaterThan(heading);
        expect(text.indexOf('三、预算绩效评价工作开展情况', heading)).toBeGreaterThan(text.indexOf('送教上门不少于30人送教上门32人'));
        expect(text).not.toContain('项目绩效自评结果：');
    });
});
