// A hover prints figures as the report writes them: with thousands separators where the report
// groups them (1,250.00), and the rounding a total had to meet in the words the messages use.
import { describe, expect, it } from 'vitest';
import { hoverAt, parse } from './seed.js';

const REPORT = (separators: boolean) => {
    const n = (text: string) => separators ? text : text.replace(/,/g, '');
    return `模板 「全国」
部门 「某某局」
年度 2024
单位 万元
表5 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 ${n('3,035.00')} ${n('2,853.00')} 200.00
  201 一般公共服务支出 ${n('1,250.00')} ${n('1,050.00')} 200.00
  208 社会保障和就业支出 ${n('1,803.00')} ${n('1,803.00')} -
}
`;
};

describe('a hover over a total of a report that groups thousands', () => {
    it('prints its figures, its formula and the rounding it had to meet with separators', async () => {
        const text = REPORT(true);
        const hover = await hoverAt(await parse(text), text.indexOf('3,035.00'));
        expect(hover).toContain('1,250.00 + 1,803.00 = 3,053');
        expect(hover).toContain('✗ 填列 3,035.00，按四舍五入应在 3,052.99 至 3,053.01 之间');
    });

    it('prints them without where the report writes none', async () => {
        const text = REPORT(false);
        const hover = await hoverAt(await parse(text), text.indexOf('3035.00'));
        expect(hover).toContain('1250.00 + 1803.00 = 3053');
        expect(hover).toContain('✗ 填列 3035.00，按四舍五入应在 3052.99 至 3053.01 之间');
    });
});
