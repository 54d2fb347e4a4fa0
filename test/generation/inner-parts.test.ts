// 概况 and 名词解释 printed as sections of 决算说明 (北京: 第二部分 决算说明 opens with 一、部门/单位基本情况, 第三部分
// 其他重要事项 ends with 四、专业名词解释; 河北: 一、部门职责及机构设置情况 … 十二、名词解释) are written inside 情况说明
// where the report prints them. The built report prints them there, numbered among the sections, and no part of
// their own; the parts keep the numbers the report gives them.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「某区文化和旅游局」
年度 2024
单位 万元
部分 「第一部分 2024年度部门决算报表」
部分 「第二部分 2024年度部门决算说明」
部分 「第三部分 2024年度其他重要事项的情况说明」
情况说明 {
  部门概况 「一、部门/单位基本情况」 {
    （一）机构设置、职责 「本局是区政府工作部门。」
    （二）人员构成情况 「行政编制32人。」
  }
  二、收入支出决算总体情况说明 「2024年度收、支总计100.00万元。」
  三、财政拨款收入支出决算总体情况说明 「财政拨款收、支总计90.00万元。」
  一、机关运行经费支出情况 「机关运行经费支出20.00万元。」
  二、政府采购支出情况 「政府采购支出总额0万元。」
  名词解释 「三、专业名词解释」 {
    1.财政拨款收入：「指本年度从本级财政部门取得的财政拨款。」
  }
}
`;

/** The headings of the parts after the tables, each with its level. */
function headings(html: string): string[] {
    const all = [...html.matchAll(/<h([1-4])[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, level, t]) => `${level} ${visibleText(t)}`);
    return all.slice(all.indexOf('1 第二部分 2024年度部门决算说明'));
}

describe('概况 and 名词解释 written inside 情况说明', () => {
    it('prints them as sections where the report writes them, with no part of their own', () => {
        const html = buildHtml(REPORT);
        expect(headings(html)).toEqual([
            '1 第二部分 2024年度部门决算说明',
            '2 一、部门/单位基本情况',
            '3 （一）机构设置、职责',
            '3 （二）人员构成情况',
            '2 二、收入支出决算总体情况说明',
            '2 三、财政拨款收入支出决算总体情况说明',
            '1 第三部分 2024年度其他重要事项的情况说明',
            '2 一、机关运行经费支出情况',
            '2 二、政府采购支出情况',
            '2 三、专业名词解释',
        ]);
        const text = visibleText(html);
        expect(text).not.toMatch(/第四部分/);
        expect(text).toContain('1.财政拨款收入：指本年度从本级财政部门取得的财政拨款。');
        // each text once
        expect(text.split('本局是区政府工作部门。').length - 1).toBe(1);
    });

    it('numbers the sections 一、 where the report does, though it numbers its parts 一、 too (河北)', () => {
        const html = buildHtml(`模板 「全国」
部门 「某镇人民政府」
年度 2024
单位 万元
部分 「一、部门决算公开表」
部分 「二、部门决算信息公开情况说明」
情况说明 {
  部门概况 「一、部门职责及机构设置情况」 {
    （一）部门职责 「执行本级人民代表大会的决议。」
    （二）机构设置 「内设4个办公室。」
  }
  二、收入支出决算总体情况说明 「2024年度收入总计100.00万元。」
  三、其他重要事项的情况说明 {
    （一）机关运行经费支出情况 「机关运行经费支出20.00万元。」
    （二）政府采购支出情况 「政府采购支出总额0万元。」
  }
  名词解释 「四、名词解释」 {
    1.财政拨款收入：「指本级财政当年拨付的资金。」
  }
}
`);
        const all = [...html.matchAll(/<h([1-4])[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, level, t]) => `${level} ${visibleText(t)}`);
        expect(all.slice(all.indexOf('1 二、部门决算信息公开情况说明'))).toEqual([
            '1 二、部门决算信息公开情况说明',
            '2 一、部门职责及机构设置情况',
            '3 （一）部门职责',
            '3 （二）机构设置',
            '2 二、收入支出决算总体情况说明',
            '2 三、其他重要事项的情况说明',
            '3 （一）机关运行经费支出情况',
            '3 （二）政府采购支出情况',
            '2 四、名词解释',
        ]);
    });

    // as the 概况 part prints (overview-as-written): run-in for the whole 概况 or not at all
    const explanation = (html: string) => headings(html).filter(h => !h.startsWith('1 第三部分'));
    const inner = (entries: string) => `模板 「全国」
部门 「某区文化和旅游局」
年度 2024
单位 万元
部分 「第二部分 2024年度部门决算说明」
情况说明 {
  部门概况 「一、部门/单位基本情况」 {
${entries}  }
  二、收入支出决算总体情况说明 「2024年度收、支总计100.00万元。」
}
`;

    it('prints its texts under numbered headings where one is written under a heading, never run-in between headings', () => {
        const html = buildHtml(inner('    部门职责：「本局是区政府工作部门。」\n    （二）机构设置 「内设4个科室。」\n    人员构成：「行政编制32人。」\n'));
        expect(explanation(html)).toEqual([
            '1 第二部分 2024年度部门决算说明', '2 一、部门/单位基本情况',
            '3 （一）部门职责', '3 （二）机构设置', '3 （三）人员构成', '2 二、收入支出决算总体情况说明',
        ]);
        expect(visibleText(html)).not.toMatch(/部门职责：|人员构成：/);
    });

    it('prints each label as its paragraph\'s start where every text is so written', () => {
        const html = buildHtml(inner('    部门职责：「本局是区政府工作部门。」\n    人员构成：「行政编制32人。」\n'));
        expect(explanation(html)).toEqual(['1 第二部分 2024年度部门决算说明', '2 一、部门/单位基本情况', '2 二、收入支出决算总体情况说明']);
        const text = visibleText(html);
        expect(text).toContain('部门职责：本局是区政府工作部门。');
        expect(text).toContain('人员构成：行政编制32人。');
    });
});
