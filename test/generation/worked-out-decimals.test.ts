// A figure the sentences work out of written ones (last year from this year and the change, the change from this year
// and last year) prints with the decimals its terms are written with: a report of whole 万元 (宁德 蕉城区, 泉州 台商区:
// 459989 增加 42991) says 比2021年的416998万元, not 416998.00万元 beside its own whole numbers.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const report = (row: string) => `模板 「全国」
部门 「某区」
年度 2022
单位 万元

一般公共预算财政拨款支出决算表 {
  列【合计】
  ${row}
}
`;

describe('a worked-out last year or change', () => {
    it('prints whole where its terms are whole', () => {
        expect(visibleText(buildHtml(report('合计 459989 增加 42991 增长 10.3%')))).toContain('比2021年的416998万元，增加42991万元');
        expect(visibleText(buildHtml(report('合计 459989 上年 416998')))).toContain('比2021年的416998万元，增加42991万元');
    });

    it('keeps the decimals a term is written with', () => {
        expect(visibleText(buildHtml(report('合计 7.80 上年 5.3')))).toContain('比2021年的5.3万元，增加2.50万元');
        expect(visibleText(buildHtml(report('合计 7.8 增加 2.45')))).toContain('比2021年的5.35万元，增加2.45万元');
    });
});
