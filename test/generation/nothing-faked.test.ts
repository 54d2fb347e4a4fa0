// The generated report prints no figure the source does not give or imply, and never 〔未填写〕 for one it gives
// (genhunt41): a row over parts all printed blank is blank, not empty; a budget of 0 has no completion rate;
// a share below 0 or over 100% is none.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const HEAD = `部门 「测试局」
年度 2024
单位 万元
模板 「全国」
`;

/** The table rows of a visible text as `cell | cell | …`, found by their first cell. */
function tableRow(html: string, first: string): string | undefined {
    const rows = html.split('</tr>').map(row => visibleText(row.replace(/<\/t[dh]>/g, ' | ')).replace(/\s+/g, ' ').trim());
    return rows.find(row => row.startsWith(`${first} |`) || row.startsWith(`| ${first} |`));
}

describe('a row over parts all printed blank', () => {
    const html = buildHtml(`${HEAD}
表 5 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 {
    201 一般公共服务支出 {
      20101 人大事务 {
        2010101 行政运行 0.1 0.1 -
        2010102 一般行政管理事务 0.2 - 0.2
      }
    }
    208 社会保障和就业支出 {
      20805 行政事业单位养老支出 {
        2080505 机关事业单位基本养老保险缴费支出 10 10 -
        2080506 机关事业单位职业年金缴费支出 5.5 5.5 -
      }
    }
  }
}
`);
    it('prints blank as they do, not empty', () => {
        expect(tableRow(html, '20805')).toMatch(/\| 15\.50 \| 15\.50 \| - \|/);
        expect(tableRow(html, '208')).toMatch(/\| 15\.50 \| 15\.50 \| - \|/);
    });
    it('counts as 0 in the total above it', () => {
        expect(tableRow(html, '合计')).toMatch(/\| 15\.80 \| 15\.60 \| 0\.20 \|/);
    });
});

describe('a budget of nothing', () => {
    const text = visibleText(buildHtml(`${HEAD}
表 5 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 30.00 10.00 20.00
  201 一般公共服务支出 30.00 10.00 20.00 {
    20101 人大事务 30.00 10.00 20.00 {
      2010101 行政运行 10.00 10.00 - 年初预算 0
      2010102 一般行政管理事务 20.00 - 20.00 年初预算 -
    }
  }
}
表 9 财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  合计 - 3.00
  因公出国（境）费 - -
  公务用车购置及运行维护费 - 2.00 {
    公务用车购置费 - -
    公务用车运行维护费 - 2.00
  }
  公务接待费 - 1.00
}
`));
    // a budget printed blank (-) in a row is one the table does not give, as in the budget column (not 0: review B1)
    it('states no completion of a budget of 0, and leaves a budget printed blank unfilled, not 0', () => {
        expect(text).toContain('行政运行（项）年初预算为0万元，支出决算为10.00万元；');
        expect(text).toContain('一般行政管理事务（项）年初预算为〔未填写〕，支出决算为20.00万元，完成年初预算的〔未填写〕。');
    });
    it('states no completion of the 三公 budget printed blank', () => {
        expect(text).toContain('“三公”经费财政拨款支出决算为3.00万元。');
        expect(text).toContain('3.公务接待费支出决算为1.00万元。');
        expect(text.slice(text.indexOf('“三公”经费财政拨款支出决算总体情况'))).not.toMatch(/完成(全年|年初)?预算的〔未填写〕/);
    });
});

describe('a share below 0 or over 100%', () => {
    const text = visibleText(buildHtml(`${HEAD}
表 1 收入支出决算总表 {
  收入 {
    一般公共预算财政拨款收入 100.00
    其他收入 -2.00
    本年收入合计 98.00
    年初结转和结余 10.00
    总计 108.00
  }
  支出 {
    本年支出合计 110.00
    年末结转和结余 -2.00
    总计 108.00
  }
}
`));
    it('is stated for no part', () => {
        expect(text).toContain('其中：一般公共预算财政拨款收入100.00万元；其他收入-2.00万元。');
        expect(text).not.toMatch(/占-|占10[1-9]/);
    });
});
