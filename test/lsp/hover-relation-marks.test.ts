// A table cell's hover marks each relation it is in: ✓ only where the figure is the computed value rounded, as the
// check finds it; a figure within rounding but not that value (the check hints, or warns a copy one unit off) is shown
// with the difference, and a computed amount with the places the figure is written to.
import { describe, expect, it } from 'vitest';
import { hoverAt, parse } from './seed.js';

const REPORT = [
    '模板 「上海 2024」', '年度 2024', '单位 万元',
    '表一 收入支出决算总表 {',
    '  收入 {', '    一、一般公共预算财政拨款收入 200.00', '    本年收入合计 200.00', '    年初结转和结余 100.00', '    总计 300.00', '  }',
    '  支出 {', '    一、一般公共服务支出 300.00', '    本年支出合计 300.00', '    年末结转和结余 -', '    总计 300.00', '  }',
    '}',
    '表二 收入决算表 {',
    '  列【本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入】',
    '  合计 200.01 200.01',
    '}',
].join('\n');

describe('the relations a cell is in, in its hover', () => {
    it('a copy one unit off is not marked ✓, and the restated amount keeps its places', async () => {
        const document = await parse(REPORT);
        const hover = await hoverAt(document, REPORT.indexOf('合计 200.01') + 4);
        expect(hover).toContain('表一「收入 › 本年收入合计」：200.00 ≈ 填列 200.01，相差 0.01');
        expect(hover).not.toContain('200.00 ✓');
    });
});
