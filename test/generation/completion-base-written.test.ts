// 五（三）一般公共预算财政拨款支出决算具体情况 completes against the budget the table writes: a Shanghai 表五 giving
// 年初预算 and 完成年初预算 only says 完成年初预算的102.75%, not 调整预算为〔未填写〕…完成调整预算的〔未填写〕 (its template's
// default budget), which it writes nowhere; one writing 调整预算 too keeps both. A 完成预算 with no budget beside it is
// stated against the template's budget (Sichuan's 全年预算), so a table writing one stays on that budget.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const report = (rows: string) => `模板 「上海 2024」
部门 「上海市某区体育局」
年度 2024
单位 万元
表五 一般公共预算财政拨款支出决算表 {
${rows}
}
`;

/** An office's 一般公共预算 table whose 一般行政管理事务 writes a 年初预算 and a rate beside it, the rest 完成预算. */
const officeTable = (template: string, title: string, rate: string) => `模板 「${template}」
部门 「某办公室」
年度 2020
单位 万元
${title} 一般公共预算财政拨款支出决算表 {
  合计 3569.58 854.57 2715.01 完成预算 100%
  201 一般公共服务支出 3569.58 854.57 2715.01 {
    20103 政府办公厅（室）及相关机构事务 3569.58 854.57 2715.01 {
      2010301 行政运行 298.18 298.18 0 完成预算 100%
      2010302 一般行政管理事务 3271.40 556.39 2715.01 年初预算 3000.00 ${rate} 109.05%
    }
  }
}
`;

describe('the completion of the 一般公共预算 items', () => {
    it('is against the 年初预算 where the table writes that budget alone', () => {
        const text = visibleText(buildHtml(report(`  合计 986.40 986.40 - 年初预算 960.00 完成年初预算 102.75%
  207 文化旅游体育与传媒支出 986.40 986.40 -
    20703 体育 986.40 986.40 -
      2070301 行政运行 986.40 986.40 - 年初预算 960.00 完成年初预算 102.75%`)));
        expect(text).toContain('一般公共预算财政拨款支出年初预算为960.00万元，支出决算为986.40万元，完成年初预算的102.75%');
        expect(text).toContain('行政运行（项）。年初预算为960.00万元，支出决算为986.40万元，完成年初预算的102.75%');
        expect(text).not.toContain('调整预算');
    });

    it('names both budgets where the table writes both', () => {
        const text = visibleText(buildHtml(report(`  合计 986.40 986.40 - 年初预算 960.00 调整预算 990.00 完成调整预算 99.64%
  207 文化旅游体育与传媒支出 986.40 986.40 -
    20703 体育 986.40 986.40 -
      2070301 行政运行 986.40 986.40 - 年初预算 960.00 调整预算 990.00 完成调整预算 99.64%`)));
        expect(text).toContain('行政运行（项）。年初预算为960.00万元，调整预算为990.00万元，支出决算为986.40万元，完成调整预算的99.64%');
    });

    it('stays on the template\'s budget where a row states 完成预算 with no budget beside it', () => {
        const text = visibleText(buildHtml(report(`  合计 986.40 986.40 - 完成预算 102.75%
  207 文化旅游体育与传媒支出 986.40 986.40 -
    20703 体育 986.40 986.40 -
      2070301 行政运行 986.40 986.40 - 年初预算 950.00 完成预算 103.83%`)));
        expect(text).toContain('支出决算为986.40万元，完成调整预算的102.75%');
        // the row's own 完成预算 is against the 年初预算 beside it (986.40 ÷ 950.00), not 调整预算为〔未填写〕
        expect(text).toContain('行政运行（项）。年初预算为950.00万元，支出决算为986.40万元，完成年初预算的103.83%');
    });

    it('keeps a Sichuan 附表7\'s written 完成预算 rates where one row writes a 年初预算', () => {
        const text = visibleText(buildHtml(officeTable('四川 2020', '附表 7', '完成预算')));
        expect(text).toContain('决算数为3569.58万元，完成预算100%');
        expect(text).toContain('行政运行（01）：支出决算为298.18万元，完成预算100%');
        expect(text).toContain('一般行政管理事务（02）：支出决算为3271.40万元，完成年初预算109.05%');
    });

    it('completes a Sichuan 附表7 row against the 年初预算 it writes with 完成年初预算 beside rows stating 完成预算', () => {
        const text = visibleText(buildHtml(officeTable('四川 2020', '附表 7', '完成年初预算')));
        expect(text).toContain('行政运行（01）：支出决算为298.18万元，完成预算100%');
        expect(text).toContain('一般行政管理事务（02）：支出决算为3271.40万元，完成年初预算109.05%');
        expect(text).not.toContain('完成预算〔未填写〕');
    });

    it('leaves a national row\'s plain 完成预算 with no budget beside it on the 年初预算, not named 全年预算 by default', () => {
        const text = visibleText(buildHtml(officeTable('全国', '表5', '完成预算')));
        expect(text).toContain('行政运行（项）年初预算为〔未填写〕，支出决算为298.18万元，完成年初预算的〔未填写〕');
        expect(text).toContain('一般行政管理事务（项）年初预算为3000.00万元，支出决算为3271.40万元，完成年初预算的109.05%');
        expect(text).not.toContain('全年预算');
    });

    // the reason after a 类 names the budget each 项 completes against, not the first 项's for all (wave 40 gen review)
    const mixedClass = (template: string, title: string, first: string) => `模板 「${template}」
部门 「某办公室」
年度 2024
单位 万元
${title} 一般公共预算财政拨款支出决算表 {
  合计 3569.58 854.57 2715.01 年初预算 3300.00 完成年初预算 108.17%
  201 一般公共服务支出 3569.58 854.57 2715.01 差异原因 「追加项目经费」 {
    20103 政府办公厅（室）及相关机构事务 3569.58 854.57 2715.01 {
      2010301 行政运行 298.18 298.18 0 ${first}
      2010302 一般行政管理事务 3271.40 556.39 2715.01 年初预算 3000.00 完成年初预算 109.05%
    }
  }
}
`;

    it('names each 项\'s own budget in the reason after a 类 whose 项 complete against different budgets', () => {
        const text = visibleText(buildHtml(mixedClass('全国', '表5', '全年预算 300.00 完成全年预算 99.39%')));
        expect(text).toContain('行政运行（项）全年预算为300.00万元');
        expect(text).toContain('决算数与全年预算数、年初预算数存在差异的主要原因是追加项目经费');
    });

    it('names the 年初预算 a Sichuan row departs to in the reason, beside the 预算 of its note', () => {
        const text = visibleText(buildHtml(officeTable('四川 2020', '附表 7', '完成年初预算').replace('一般公共服务支出 3569.58 854.57 2715.01', '一般公共服务支出 3569.58 854.57 2715.01 差异原因 「追加项目经费」')));
        expect(text).toContain('决算数大于预算数、年初预算数的主要原因是追加项目经费');
        expect(text).toContain('上述“预算”口径为调整预算数');
    });

    it('says in a Sichuan note that the 预算 is the 年初预算 where the table completes against that alone', () => {
        const text = visibleText(buildHtml(mixedClass('四川 2020', '附表 7', '年初预算 300.00 完成年初预算 99.39%')));
        expect(text).toContain('行政运行（01）：支出决算为298.18万元，完成预算99.39%');
        expect(text).toContain('上述“预算”口径为年初预算数。增减变动原因为决算数<项级>和年初预算数<项级>比较');
        expect(text).not.toContain('上述“预算”口径为调整预算数。');
        expect(text).toContain('决算数与预算数存在差异的主要原因是追加项目经费');
    });
});
