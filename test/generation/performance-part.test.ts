// 甘肃's 2024 reports print 预算绩效情况说明 as a part of its own (第四部分), after 十三、其他需要说明的情况:
// its text is printed once, under the part's heading alone (the part is the section), and not again as a
// sub-section of 其他重要事项 in 第三部分.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「石岭镇卫生院」
年度 2024
单位 万元
部分 「第三部分 2024年度部门决算情况说明」
部分 「第四部分 预算绩效情况说明」
部分 「第五部分 名词解释」
情况说明 {
  国有资产占用情况说明 「本单位共有车辆2辆。」
  其他需要说明的情况 「本单位无其他需要说明的情况。」
  预算绩效情况说明 「本单位对1个项目开展绩效自评。」
}
`;

describe('预算绩效情况说明 as a part of its own', () => {
    const text = visibleText(buildHtml(REPORT));
    const body = text.slice(text.indexOf('第三部分', text.indexOf('第五部分')));

    it('is printed once, in its part', () => {
        expect(body.split('本单位对1个项目开展绩效自评。')).toHaveLength(2);
        expect(body).toMatch(/本单位无其他需要说明的情况。\s*第四部分 预算绩效情况说明\s*本单位对1个项目开展绩效自评。\s*第五部分 名词解释/);
    });

    it('has no section heading repeating the part\'s, in the contents either', () => {
        expect(text).not.toMatch(/[一二三四五六七八九十]+、预算绩效/);
        expect(text).not.toContain('预算绩效管理情况');
    });
});
