/**
 * A 款 off its 项 beyond rounding (10.00 over 项 adding up to 10.03, its 类 10.00 too): no value is told or offered — not
 * 10.01, the value that only just passes rounding while keeping the 类's sum, which prints a slip again; and not 10.03,
 * as the 类 agrees with the 款 and a 项 may be the wrong one. With the 类 at 10.03 the 款 is the one, and the quick fix is
 * the 项's exact sum, 10.03 (validation case national-2019/sum-exact-fix).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../lsp/seed.js';

const ALL = { validation: { categories: ['built-in', 'fast', 'slow'] as ('built-in' | 'fast' | 'slow')[] } };

const REPORT = `模板 「全国 2019—2021」
部门 「某镇人民政府」
年度 2021
单位 万元
三、支出决算表 {
  列【本年支出合计 基本支出 项目支出】
  合计 10.00 10.00 -
  201 一般公共服务支出 10.00 10.00 - {
    20101 人大事务 10.00 10.00 - {
      2010101 行政运行 2.50 2.50 -
      2010102 一般行政管理事务 2.50 2.50 -
      2010103 机关服务 2.50 2.50 -
      2010104 人大会议 2.53 2.53 -
    }
  }
}
`;

describe('a total off its parts beyond rounding', () => {
    it('is told with no value that only just passes rounding', async () => {
        const document = await parse(REPORT, ALL);
        const found = (document.diagnostics ?? []).filter(d => d.code === 'sum-children');
        expect(found.map(d => d.message.split('。')[0])).toEqual([
            '本年支出合计 10.00 与各子项之和 10.03 不符（差 0.03）',
            '基本支出 10.00 与各子项之和 10.03 不符（差 0.03）',
        ]);
        expect(found.map(d => (d.data as { fix?: { newText: string } }).fix?.newText)).toEqual([undefined, undefined]);
    });
});
