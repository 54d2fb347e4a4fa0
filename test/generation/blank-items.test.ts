// A 项 printed blank (-) in its 决算 and budget columns alike had nothing budgeted or spent that the standard sentences
// could state: the detail of 一般公共预算财政拨款支出 leaves it to the table rather than say 「支出决算为0万元」 of it,
// unless the report gives a reason for it; a class with no 项 left to say is not numbered. A 项 with a budget and its
// 决算 blank is said (its 决算 0, as the printed blank counts), or the lead's total budget would go unexplained.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const report = (template: string, reason = '') => `模板 「${template}」
部门 「某县某局」
年度 2024
单位 万元
一般公共预算财政拨款支出决算表 {
  列【年初预算 { 小计 基本支出 项目支出 } 决算数 { 小计 基本支出 项目支出 }】
  合计 40.00 20.00 20.00 20.00 20.00 -
  201 一般公共服务支出 30.00 20.00 10.00 20.00 20.00 - {
    20101 人大事务 30.00 20.00 10.00 20.00 20.00 - {
      2010101 行政运行 20.00 20.00 - 20.00 20.00 -
      2010102 一般行政管理事务 10.00 - 10.00 - - -
      2010199 其他人大事务支出 - - - - - -${reason}
    }
  }
  213 农林水支出 10.00 - 10.00 - - - {
    21301 农业农村 10.00 - 10.00 - - - {
      2130199 其他农业农村支出 10.00 - 10.00 - - -
    }
  }
  214 交通运输支出 - - - - - - {
    21401 公路水路运输 - - - - - - {
      2140101 行政运行 - - - - - -
    }
  }
}
`;

const detail = (template: string, reason?: string) => {
    const text = visibleText(buildHtml(report(template, reason)));
    return text.slice(text.indexOf('具体情况'));
};

describe('a 项 printed blank in the detail of 一般公共预算财政拨款支出', () => {
    for (const template of ['全国', '上海 2024']) {
        it(`says what was budgeted or spent, not a made-up 0 of the 项 blank in both (${template})`, () => {
            const said = detail(template);
            expect(said).toMatch(/人大事务（款）行政运行（项）。?年初预算为20\.00万元/);
            // budgeted, its 决算 blank: the 10.00 of the lead's 40.00 that the 20.00 spent leaves
            expect(said).toMatch(/一般行政管理事务（项）。?年初预算为10\.00万元，[^\n]*支出决算为0万元/);
            expect(said).toMatch(/\d\.农林水支出（类）[^\n]*其他农业农村支出（项）。?年初预算为10\.00万元/);
            expect(said).not.toContain('其他人大事务支出（项）');
            // the class with nothing to say is no numbered item
            expect(said).not.toContain('交通运输支出（类）');
            expect(said).not.toMatch(template === '全国' ? /^3\./m : /^4\./m);
        });
        it(`says a blank 项 the report gives a reason for (${template})`, () => {
            expect(detail(template, ' 差异原因 「项目未启动」')).toMatch(/其他人大事务支出（项）[^\n]*项目未启动/);
        });
    }
});
