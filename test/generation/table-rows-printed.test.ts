// A table's rows as the report prints them: a bare 其中 and the row it heads written on one line (其中：（1）公务用车运行维护费)
// as one row, and a two-sided table with only the rows the report writes (no blank 使用非财政拨款结余, 二、外交支出 it left out).
import { describe, expect, it } from 'vitest';
import { buildHtml, SMALL_TOTAL_TABLE as TOTAL, TOWN_HEAD as HEAD, visibleText } from './helpers.js';


describe('a table\'s rows as printed', () => {
    it('prints a bare 其中 and the row written after it on its line as one row', () => {
        const text = visibleText(buildHtml(`${HEAD}表10 “三公”经费明细表 {\n  列【决算数】\n  公务用车 3 {\n    其中：（1）运行维护费 2\n    （2）购置费 1\n  }\n}\n`));
        expect(text).toContain('其中：（1）运行维护费2');
        expect(text).not.toMatch(/其中\s*（1）运行维护费/);
    });

    it('prints the rows an excerpt leaves out as a row …… with blank cells, where it stands', () => {
        const text = visibleText(buildHtml(`${HEAD}表5 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】\n  合计 100.00 60.00 40.00\n  201 一般公共服务支出 70.00 50.00 20.00\n  ……\n}\n`)).replace(/\s/g, '');
        const table = text.slice(text.indexOf('一般公共预算财政拨款支出决算表部门'));
        expect(table).toContain('201一般公共服务支出70.0050.0020.00……');
        // the standard sentences on the table's classes speak of the rows written, not of ……
        expect(text).toContain('一般公共服务（201）支出70.00万元，占70.00%。');
        expect(text).not.toContain('……〔未填写〕');
    });

    it('builds no sentence item of the rows an excerpt leaves out: no ……〔未填写〕 in the income sentence, no …… among 基本支出\'s items', () => {
        const text = visibleText(buildHtml(`${HEAD}公开01表 收入支出决算总表 {
  收入 {
    一、一般公共预算财政拨款收入 90.00 占比 90%
    ……
    本年收入合计 100.00
  }
}
公开06表 一般公共预算财政拨款基本支出决算表 {
  人员经费 50.00 {
    工资福利支出 40.00
    ……
  }
}
`)).replace(/\s/g, '');
        expect(text).toContain('一般公共预算财政拨款收入90.00万元，占90%');
        expect(text).not.toMatch(/……〔未填写〕|……、|、……|包括：……/);
    });

    it('prints a two-sided table with the rows the report writes, none it left out', () => {
        const text = visibleText(buildHtml(`${HEAD}${TOTAL}`)).replace(/\s/g, '');
        const table = text.slice(text.indexOf('收入支出决算总表部门'));
        expect(table).toContain('三、国防支出40.00');
        expect(table).not.toContain('外交支出');
        expect(table).not.toContain('使用非财政拨款结余');
        expect(table).not.toContain('结余分配');
        expect(table).toContain('年末结转和结余');
    });
});
