// A hover prints a rate it works out as the generated report prints it (report-parts printFigure, one formatFigure):
// two decimals, trailing zeros kept (88.00%, not 88%), and 100.00% for a rate that only rounds to the whole.
import { describe, expect, it } from 'vitest';
import { hoverAt, parse } from './seed.js';

const REPORT = `模板 「全国」
部门 「某县某站」
年度 2024
单位 万元
九、财政拨款“三公”经费支出决算表 {
  列【全年预算数 决算数】
  合计 1000.50 1000.43
  因公出国（境）费 - -
  公务用车购置及运行维护费 0.50 0.44 {
    公务用车购置费 - -
    公务用车运行维护费 0.50 0.44
  }
  公务接待费 1000.00 999.99
}
`;

describe('a worked-out rate in the hover over a row', () => {
    it('keeps two decimals as the report prints it', async () => {
        const hover = await hoverAt(await parse(REPORT), REPORT.indexOf('公务用车运行维护费 0.50'));
        // 0.44 ÷ 0.50 = 88%; 0.44 of its parent 0.44 is exactly the whole
        expect(hover).toContain('| 0.44 | 0.50 | 88.00%* | 100%* |');
    });
    it('prints 100.00% for 99.999%, never the bare 100% of an exact completion', async () => {
        const hover = await hoverAt(await parse(REPORT), REPORT.indexOf('公务接待费 1000.00'));
        expect(hover).toContain('| 999.99 | 1000.00 | 100.00%* |');
    });
});

describe('the share a hover works out on a side of a two-sided table', () => {
    const TWO_SIDED = `模板 「全国」
部门 「某局」
年度 2024
单位 万元
表1 收入支出决算总表 {
  收入 {
    一、财政拨款收入 80.00
    二、事业收入 20.00
    本年收入合计 100.00
    年初结转和结余 50.00
    总计 150.00
  }
  支出 {
    一般公共服务支出 100.00
    本年支出合计 100.00
    年末结转和结余 50.00
    总计 150.00
  }
}
情况说明 {
  收入决算情况说明 「收入总计占【收入.总计.占比】。」
}
`;
    it('is of the side\'s subtotal, which neither the subtotal itself nor 总计 is a part of: they have none (not 100%, 150%)', async () => {
        const document = await parse(TWO_SIDED, { validation: true });
        expect(await hoverAt(document, TWO_SIDED.indexOf('一、财政拨款收入'))).toContain('80.00%*');
        for (const row of ['本年收入合计 100.00', '总计 150.00']) {
            const hover = await hoverAt(document, TWO_SIDED.indexOf(row));
            expect(hover).not.toMatch(/1[05]0(\.00)?%\*/);
        }
        // a reference to the share 总计 has none is told so, not printed as a number
        expect((document.diagnostics ?? []).filter(d => d.code === 'reference').map(d => d.message))
            .toEqual([expect.stringContaining('找不到引用 【收入.总计.占比】')]);
    });
});
