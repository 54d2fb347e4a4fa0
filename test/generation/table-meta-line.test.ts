// The line above a table as the report prints it (河北: 931石门县东岭镇人民政府 | 决算年度：2024 | 单位：万元;
// 重庆: 编制单位：… | 2024年度 | 单位：万元; 金额单位：万元), written 单位行 「…」.
import { describe, expect, it } from 'vitest';
import { buildHtml, SMALL_TOTAL_TABLE as TOTAL, TOWN_HEAD as HEAD, visibleText } from './helpers.js';


function metaLines(html: string): string[] {
    return [...html.matchAll(/<div class="table-meta">([\s\S]*?)<\/div>/g)].map(m => visibleText(m[1].replace(/<\/span>/g, '|').replace(/\|$/, '')));
}

describe('the line above a table', () => {
    it('is printed as the report writes it for every table (单位行 「…」), its pieces apart', () => {
        const html = buildHtml(`${HEAD}单位行 「931石门县东岭镇人民政府 | 决算年度：2024 | 单位：万元」\n${TOTAL}`);
        expect(metaLines(html)[0]).toBe('931石门县东岭镇人民政府|决算年度：2024|单位：万元');
        // no line of the cover
        expect(visibleText(html)).not.toContain('单位行');
    });

    it('is printed as a table writes its own, and as the department and unit where none is written', () => {
        const html = buildHtml(`${HEAD}${TOTAL.replace('{\n  收入', '{\n  单位行 「金额单位：万元」\n  收入')}`);
        expect(metaLines(html)[0]).toBe('|金额单位：万元');
        expect(visibleText(html)).not.toContain('单位行');
        expect(metaLines(buildHtml(`${HEAD}${TOTAL}`))[0]).toBe('部门：石门县东岭镇人民政府|单位：万元');
    });

    it('names no unit of money above a table of counts alone (山西: 部门决算公开相关信息统计表), the unit above a table of amounts', () => {
        const counts = `表10 部门决算公开相关信息统计表 {\n  列【统计数】\n  1.因公出国（境）团组数（个） 0\n  2.公务用车保有量（辆） 6\n  3.国内公务接待批次（个） 30\n}\n`;
        const lines = metaLines(buildHtml(`${HEAD}${TOTAL}${counts}`));
        expect(lines[0]).toBe('部门：石门县东岭镇人民政府|单位：万元');
        expect(lines.at(-1)).toBe('部门：石门县东岭镇人民政府|');
    });
});
