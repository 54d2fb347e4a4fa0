// A cell written `-` (or —, or / for 不适用) is the blank the printed table shows: the generated table prints it as
// written, not as the 0 it counts as in the sums; a 0 written as 0 stays 0.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const SOURCE = `模板 「四川 2020」
部门 「某单位」
年度 2020
单位 万元

附表 3 支出决算表 {
  列【本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出】
  合计 100 60 40 0 0 0
  208 社会保障和就业支出 60 60 - 0 0 0
  213 农林水支出 40 - 40 0 0 0
}
`;

function tablePage(html: string, n: number): string {
    return visibleText(html.match(new RegExp(`<section class="table-page[^"]*" id="table-${n}"[\\s\\S]*?</section>`))![0]);
}

describe('blank cells in the generated tables', () => {
    it('prints a cell written - as -, and a cell written 0 as 0', () => {
        const html = buildHtml(SOURCE, { mode: 'publish' });
        const rows = tablePage(html, 3);
        expect(rows).toMatch(/社会保障和就业支出\s*60\s*60\s*-\s*0\s*0\s*0/);
        expect(rows).toMatch(/农林水支出\s*40\s*-\s*40\s*0\s*0\s*0/);
    });

    it('prints a cell written / or — as written', () => {
        const html = buildHtml(SOURCE.replace('60 60 - 0 0 0', '60 60 / / — 0'), { mode: 'publish' });
        expect(tablePage(html, 3)).toMatch(/社会保障和就业支出\s*60\s*60\s*\/\s*\/\s*—\s*0/);
    });
});

describe('a budget column printed blank', () => {
    // 年初预算数 and 全年预算数 beside 上海 表五's 决算数, given on the 类 rows only: an item row's blank budget is unknown
    const BUDGETS = `模板 「上海 2024」
部门 「某局」
年度 2024
单位 万元
表五 一般公共预算财政拨款支出决算表 {
  列【科目编码 科目名称 年初预算数 全年预算数 决算数 { 合计 基本支出 项目支出 }】
  合计 90.00 110.00 100.00 40.00 60.00
  208 社会保障和就业支出 40.00 40.00 40.00 40.00 - {
    20805 行政事业单位养老支出 - - 40.00 40.00 - {
      2080505 机关事业单位基本养老保险缴费支出 - - 40.00 40.00 -
    }
  }
}
`;

    it('is not printed as a budget of 0 in the generated sentences', () => {
        const text = visibleText(buildHtml(BUDGETS));
        expect(text).toMatch(/机关事业单位基本养老保险缴费支出（项）。调整预算为\s*〔未填写〕/);
        expect(text).not.toMatch(/预算为\s*0(\.00)?\s*万元/);
    });
});
