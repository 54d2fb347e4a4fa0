// A report older than every format of its province was printed in an older one, which may not have had all of the
// template's tables (上海 2019 prints the 政府性基金 table, then 资产负债情况表: no 国有资本经营 table, no section on it).
// Completeness only hints at a table it lacks; where the report passes over it (tables before it and after it), the
// generated report leaves the table and its textless section out instead of printing them 〔未填写〕. An excerpt that
// stops before it, and a report of a year the format covers, still get them asked for.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = (year: number, after = true) => `模板 「上海」
部门 「上海市某区水务局」
年度 ${year}
单位 万元
表八 政府性基金预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 30.00 - 30.00
  212 城乡社区支出 30.00 - 30.00
}
${after ? `资产负债情况表 {
  列【年初数 年末数】
  资产总计 100.00 120.00
  负债合计 10.00 12.00
  净资产合计 90.00 108.00
}` : ''}
情况说明 {
  政府性基金预算财政拨款收入支出决算情况说明 「本年度政府性基金预算财政拨款支出30.00万元。」
  预算绩效管理情况 「本部门对项目支出全面开展绩效自评。」
}
`;

describe('a table the format of an older year may not have had', () => {
    it('is left out of a report older than every format of its province, with its textless section', () => {
        const text = visibleText(buildHtml(REPORT(2019)));
        expect(text).not.toContain('国有资本经营预算财政拨款收入支出决算表');
        expect(text).not.toContain('国有资本经营预算财政拨款收入支出决算情况说明');
        expect(text).toMatch(/、预算绩效管理情况\s*本部门对项目支出全面开展绩效自评。/);
    });

    it('is asked for in a report of a year the format covers, and in an excerpt that stops before it', () => {
        for (const text of [visibleText(buildHtml(REPORT(2021))), visibleText(buildHtml(REPORT(2019, false)))]) {
            expect(text).toContain('国有资本经营预算财政拨款收入支出决算表');
            expect(text).toContain('国有资本经营预算财政拨款收入支出决算情况说明');
        }
    });
});
