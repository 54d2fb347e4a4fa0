// A text of 其他重要事项 that goes through its own sub-sections by number and title ((一)政府采购… (二)国有资产…) leaves the
// ones it does not name to the layout, printed after it: numbered on from its last, not from （一） again (厦门 卫生院 trial).
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

// a town's government: a 卫生院 (the trial's) that writes nothing of 机关运行经费 is not asked for it at all
const REPORT = (text: string) => `模板 「全国」
部门 「溪头镇人民政府」
年度 2024
单位 万元
情况说明 {
  八、其他重要事项说明 「${text}」
}
`;

describe('a sub-section printed after the text of its section', () => {
    it("is numbered on from the text's own sub-sections", () => {
        const text = visibleText(buildHtml(REPORT('（一）政府采购支出情况\n本单位政府采购支出总额186.00万元。\n（二）国有资产占用情况\n本单位共有车辆1辆。')));
        expect(text).toMatch(/（二）国有资产占用情况\s*本单位共有车辆1辆。[\s\S]*（三）机关运行经费支出情况/);
        expect(text).not.toContain('（一）机关运行经费支出情况');
    });

    it("keeps the template's number where the text numbers none", () => {
        const text = visibleText(buildHtml(REPORT('政府采购支出情况：本单位政府采购支出总额186.00万元。国有资产占用情况：本单位共有车辆1辆。')));
        expect(text).toContain('（一）机关运行经费支出情况');
    });
});
