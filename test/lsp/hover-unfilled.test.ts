// A reference to a row written without figures hovers as unfilled, naming every row it may mean (not one picked at random).
// The report is next year's before it is filled (it links last year's, and 201 holds last year's figures alone): only there
// is such a row unfilled.
import { describe, expect, it } from 'vitest';
import { hoverAt, parse } from './seed.js';

const REPORT = `模板 「四川 2020」
上年 「../2020/某局.juesuan」
附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  201 一般公共服务支出 上年 100.00 50.00 50.00 {
    20103 政府办公厅（室）及相关机构事务 {
      2010301 行政运行
      2010399 其他政府办公厅（室）及相关机构事务支出
    }
    20106 财政事务 {
      2010601 行政运行
    }
  }
}
附件 「说明」 「A【附表6.2010601.预算】，B【行政运行】。」
`;

describe('the hover over a reference to an unfilled row', () => {
    it('names the row the path names', async () => {
        const document = await parse(REPORT);
        const hover = await hoverAt(document, REPORT.indexOf('【附表6.2010601.预算】') + 2);
        expect(hover).toContain('财政事务');
        expect(hover).toContain('还没有填写');
        expect(hover).not.toContain('20103');
    });
    it('names every row a shared name may mean', async () => {
        const document = await parse(REPORT);
        const hover = await hoverAt(document, REPORT.indexOf('【行政运行】') + 2);
        expect(hover).toMatch(/2010301[^、]*、[^、]*2010601|2010601[^、]*、[^、]*2010301/);
    });
});
