// The rates the generated sentences work out (占, 增长, 下降, 完成预算): the exact quotient of the printed figures, not
// the middle of what their rounding allows (which the checks would flag in the report itself); in one form, two
// decimals as the published reports give theirs (81.70%, never 81.7% beside 12.30%), nothing and the whole as 0% and
// 100%; and no rate of a budget the sentence cannot state.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const HEAD = `模板 「全国」
部门 「某县某站」
年度 2024
单位 万元
`;

describe('a worked-out rate', () => {
    const text = visibleText(buildHtml(`${HEAD}九、财政拨款“三公”经费支出决算表 {
  列【全年预算数 决算数 上年决算数】
  合计 1.80 1.30 1.40
  因公出国（境）费 - - -
  公务用车购置及运行维护费 0.50 0.44 0.30 {
    公务用车购置费 - - -
    公务用车运行维护费 0.50 0.44 0.30
  }
  公务接待费 1.30 0.86 1.10
}
`));
    it('is the exact quotient rounded: a share, a completion, a growth and a fall', () => {
        // 0.86 ÷ 1.30 = 66.1538…%, the interval's middle 66.16% (of the total 1.30, and of the 全年预算 1.30);
        // 0.14 ÷ 0.30 = 46.666…%, middle 46.74%; 0.10 ÷ 1.40 = 7.1428…%, middle 7.15%
        expect(text).toContain('公务接待费支出决算0.86万元，占66.15%');
        expect(text).toContain('公务接待费支出决算为0.86万元，完成全年预算1.30万元的66.15%');
        expect(text).toContain('增加0.14万元，增长46.67%');
        expect(text).toContain('减少0.10万元，下降7.14%');
    });
    it('keeps two decimals, trailing zeros too, and says nothing as 0%', () => {
        // 0.44 ÷ 0.50 = 88%
        expect(text).toContain('完成全年预算0.50万元的88.00%');
        expect(text).toContain('因公出国（境）费支出决算0万元，占0%');
    });
});

describe('a whole share', () => {
    const text = visibleText(buildHtml(`${HEAD}九、财政拨款“三公”经费支出决算表 {
  列【全年预算数 决算数】
  合计 1.30 0.86
  因公出国（境）费 - -
  公务用车购置及运行维护费 - - {
    公务用车购置费 - -
    公务用车运行维护费 - -
  }
  公务接待费 1.30 0.86
}
`));
    it('is 100%', () => {
        expect(text).toContain('公务接待费支出决算0.86万元，占100%');
    });
});

// 999.99 of 1000.00 is 99.999%: two decimals round it to 100.00, but the bare 100% of an exact completion it is not
describe('a rate that only rounds to the whole or to nothing', () => {
    const text = visibleText(buildHtml(`${HEAD}九、财政拨款“三公”经费支出决算表 {
  列【全年预算数 决算数】
  合计 100000.00 1000.00
  因公出国（境）费 - -
  公务用车购置及运行维护费 99000.00 0.01 {
    公务用车购置费 - -
    公务用车运行维护费 99000.00 0.01
  }
  公务接待费 1000.00 999.99
}
`));
    it('keeps its two decimals', () => {
        expect(text).toContain('公务接待费支出决算为999.99万元，完成全年预算1000.00万元的100.00%');
        expect(text).not.toContain('1000.00万元的100%');
        // 0.01 ÷ 1000.00 = 0.001%
        expect(text).toContain('公务用车购置及运行维护费支出决算0.01万元，占0.00%');
    });
});

// 42000.00元 under a 万元 report's 全年预算数: the sentence cannot state the budget (〔未填写〕), so neither a rate worked
// out of it (3.54 ÷ 42000 = 0.01%) nor 「完成全年预算〔未填写〕的84.29%」
describe('a budget in another unit of money', () => {
    const table = (rate: string) => `${HEAD}九、财政拨款“三公”经费支出决算表 {
  列【全年预算数 决算数】
  合计 5.50 4.40
  因公出国（境）费 - -
  公务用车购置及运行维护费 42000.00元 3.54${rate} {
    公务用车购置费 - -
    公务用车运行维护费 4.20 3.54
  }
  公务接待费 1.30 0.86
}
`;
    it('leaves the rate worked out of it unknown', () => {
        const text = visibleText(buildHtml(table('')));
        expect(text).toContain('公务用车购置及运行维护费支出决算为3.54万元，完成全年预算的〔未填写〕。');
    });
    it('states a written rate without the budget', () => {
        const text = visibleText(buildHtml(table(' 完成全年预算 84.29%')));
        expect(text).toContain('公务用车购置及运行维护费支出决算为3.54万元，完成全年预算的84.29%。');
    });
});
