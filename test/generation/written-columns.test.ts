// A table that writes its columns 列【…】 prints those, not the template's others left empty in every row:
// the 2019 format's “三公” table (云南: one 统计数 column, amounts and counts in its rows) has no empty 预算数
// and 决算数 beside it, and no sum under “三公”经费相关统计数 (cars, visits and people never add up); an
// empty fund table printed with 合计 基本支出 项目支出 only (上海 2019) has no 年初结转和结余 … beside them.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const SOURCE = `模板 「全国」
部门 「某州某中心」
年度 2019
单位 万元

公开08表 “三公”经费、行政参公单位机关运行经费情况表 {
  列【统计数】
  一、“三公”经费支出 {
    1.因公出国（境）费 -
    2.公务用车购置及运行费 4.84 {
      （1）公务用车购置费 -
      （2）公务用车运行费 4.84
    }
    3.公务接待费 1.26
  }
  二、行政参公单位机关运行经费 -
  三、“三公”经费相关统计数 {
    1.因公出国（境）团组数（个） -
    2.公务用车保有量（辆） 2辆
    3.国内公务接待批次（个） 9个
    4.国内公务接待人次（人） 64人
  }
}
`;

const FUND = `模板 「上海 2024」
部门 「某区某委员会」
年度 2019
单位 万元

2019年度政府性基金预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  229 其他支出 - - -
  合计 - - -
  注 「本单位2019年度无政府性基金预算财政拨款支出，故本表无数据。」
}
`;

/** The rows of the table page titled `title` (the contents name it too, without rows). */
function tableRows(html: string, title: string): string[] {
    for (let at = html.indexOf(`>${title}<`); at >= 0; at = html.indexOf(`>${title}<`, at + 1)) {
        const page = html.slice(at, html.indexOf('</section>', at));
        const rows = [...page.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(m => visibleText(m[1].replace(/<\/t[dh]>/g, '|')).trim());
        if (rows.length > 0) return rows;
    }
    return [];
}

describe('a table of amounts and counts in one column', () => {
    it('prints the written column only, and no sum of counts of different kinds', () => {
        const rows = tableRows(buildHtml(SOURCE, { mode: 'publish' }), '“三公”经费、行政参公单位机关运行经费情况表');
        expect(rows[0]).toBe('项目|统计数|');
        expect(rows).toContain('一、“三公”经费支出|6.10|');
        expect(rows).toContain('三、“三公”经费相关统计数||');
        expect(rows).toContain('2.公务用车保有量（辆）|2|');
    });

    it('prints an empty fund table with the columns it writes', () => {
        const rows = tableRows(buildHtml(FUND, { mode: 'publish' }), '2019年度政府性基金预算财政拨款支出决算表');
        expect(rows.slice(1)).toEqual(['科目编码|科目名称|合计|基本支出|项目支出|', '229|其他支出|-|-|-|', '|合计|-|-|-|']);
    });
});
