// A row a side writes after its subtotal (用事业基金弥补收支差额 after 本年收入合计, as older formats print it) prints there,
// not among the items above the subtotal: placed above, the published table would seem to add it into 本年收入合计.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「某县人民医院」
年度 2023
单位 万元
一、收入支出决算总表 {
  收入 {
    一、一般公共预算财政拨款收入 3,000.00
    五、事业收入 45,500.00
    本年收入合计 48,500.00
    用事业基金弥补收支差额 800.00
    年初结转和结余 2,200.00
    总计 51,500.00
  }
  支出 {
    十、卫生健康支出 49,000.00
    本年支出合计 49,000.00
    年末结转和结余 2,500.00
    总计 51,500.00
  }
}
`;

describe('a row written after a side\'s subtotal', () => {
    it('prints after the subtotal and before the balances, as written', () => {
        const text = visibleText(buildHtml(REPORT));
        const at = (name: string) => text.indexOf(name);
        expect(at('用事业基金弥补收支差额')).toBeGreaterThan(at('本年收入合计'));
        expect(at('用事业基金弥补收支差额')).toBeLessThan(at('年初结转和结余'));
        expect(at('事业收入')).toBeLessThan(at('本年收入合计'));
    });
});
