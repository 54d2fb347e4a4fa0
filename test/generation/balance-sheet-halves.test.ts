// A unit's 资产负债情况表 (上海 表十, test/trials/shanghai-2024-hospital.txt, shanghai-2023-unit.txt) is printed in
// two halves side by side: 资产 at the left, 负债和净资产 at the right, the two totals on the last line.
import { describe, expect, it } from 'vitest';
import { buildHtml } from './helpers.js';
import { tableRows } from './table-rows.js';

const report = (rows: string) => `模板 「上海 2024」
部门 「某医院」
年度 2024
单位 万元
表十 资产负债情况表 {
  列【年初数 年末数】
${rows}
}
`;

describe('the 资产负债 table in halves', () => {
    it('prints 资产 | 负债和净资产 side by side, the totals on the last line', () => {
        const rows = tableRows(buildHtml(report(`  流动资产合计 8,620.40 9,105.30
  非流动资产合计 21,480.60 22,316.80
  资产总计 30,101.00 31,422.10
  流动负债合计 5,210.30 5,386.20
  非流动负债合计 - -
  负债合计 5,210.30 5,386.20
  净资产合计 24,890.70 26,035.90
  负债和净资产总计 30,101.00 31,422.10`)), '资产负债情况表');
        expect(rows).toEqual([
            ['项目', '年初数', '年末数', '项目', '年初数', '年末数'],
            ['流动资产合计', '8,620.40', '9,105.30', '流动负债合计', '5,210.30', '5,386.20'],
            ['非流动资产合计', '21,480.60', '22,316.80', '非流动负债合计', '-', '-'],
            ['', '', '', '负债合计', '5,210.30', '5,386.20'],
            ['', '', '', '净资产合计', '24,890.70', '26,035.90'],
            ['资产总计', '30,101.00', '31,422.10', '负债和净资产总计', '30,101.00', '31,422.10'],
        ]);
    });

    it('keeps the rows written under a row, and the longer 资产 half, in order', () => {
        const rows = tableRows(buildHtml(report(`  流动资产合计 64.61 47.55
  货币资金 12.46 15.32
  非流动资产合计 1,980.40 1,856.85
  固定资产净值 1,936.10 1,821.20 {
    固定资产原值 3,862.40 3,905.30
    减：固定资产累计折旧 1,926.30 2,084.10
  }
  资产总计 2,045.01 1,904.40
  负债合计 28.10 20.37
  净资产合计 2,016.91 1,884.03
  负债和净资产总计 2,045.01 1,904.40`)), '资产负债情况表');
        expect(rows.map(r => [r[0], r[3]])).toEqual([
            ['项目', '项目'],
            ['流动资产合计', '负债合计'],
            ['货币资金', '净资产合计'],
            ['非流动资产合计', ''],
            ['固定资产净值', ''],
            ['固定资产原值', ''],
            ['减：固定资产累计折旧', ''],
            ['资产总计', '负债和净资产总计'],
        ]);
    });

    it('prints one list where the rows do not fall into the two halves', () => {
        const rows = tableRows(buildHtml(report(`  资产总计 30,101.00 31,422.10
  负债合计 5,210.30 5,386.20`)), '资产负债情况表');
        expect(rows[0]).toEqual(['项目', '年初数', '年末数']);
        expect(rows).toHaveLength(3);
    });
});
