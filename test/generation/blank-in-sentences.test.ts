// A row printed blank (-) is a figure of nothing, not a missing one: the standard sentences say it as the 0 a
// report's sentence says (因公出国（境）费支出决算为0万元, test/trials passim), and state no completion rate of it —
// neither 「-万元」 nor 「完成全年预算的〔未填写〕」 — nor a 其中： with nothing after it.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const THREE_PUBLIC = `部门 「某区某中心」
年度 2025
单位 万元
九、财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  合计 8.00 6.38
  因公出国（境）费 - -
  公务用车购置及运行维护费 - - {
    公务用车购置费 - -
    公务用车运行维护费 - -
  }
  公务接待费 8.00 6.38
}
`;

describe('blank rows in the standard sentences', () => {
    for (const template of ['全国', '四川 2020']) {
        const text = visibleText(buildHtml(`模板 「${template}」\n${THREE_PUBLIC}`));
        const section = text.slice(text.indexOf('具体情况如下'));
        it(`says a blank as 0 (${template})`, () => {
            expect(section).not.toMatch(/-万元/);
            expect(section).toMatch(/1\.因公出国（境）经?费支出(决算为)?0万元。/);
            expect(section).toMatch(/公务用车运行维护费支出0万元。/);
        });
        it(`states no completion rate of nothing and no 〔未填写〕 for it (${template})`, () => {
            expect(section.slice(0, section.indexOf('3.'))).not.toMatch(/完成|未填写/);
        });
        it(`keeps the completion of what was spent, with no 其中： before nothing (${template})`, () => {
            expect(section).toMatch(/3\.公务接待费支出(决算为)?6\.38万元，完成(全年)?预算(8\.00万元的)?79\.75%。\n/);
        });
    }
});

// an amount of nothing is said 0万元 however it is written — blank, 0.00, a table of 无数据 — in a report whose tables
// print two decimals as in one that prints none (real-minhang-2020-education: 0.00 in its table, 「因公出国（境）费决算为0万元」),
// never 0.00万元 beside 0万元 in one sentence or across sections
describe('nothing said alike however it is written', () => {
    const text = visibleText(buildHtml(`模板 「全国」
部门 「某县某局」
年度 2024
单位 万元
表1 收入支出决算总表 {
  列【决算数】
  收入 {
    一般公共预算财政拨款收入 6.38
    政府性基金预算财政拨款收入 0.00
    国有资本经营预算财政拨款收入 -
    本年收入合计 6.38
    总计 6.38
  }
  支出 {
    一般公共服务支出 6.38
    本年支出合计 6.38
    总计 6.38
  }
}
表8 政府性基金预算财政拨款收入支出决算表 {
  无数据
}
表9 国有资本经营预算财政拨款支出决算表 {
  列【本年支出 { 合计 基本支出 项目支出 }】
  合计 - - -
}
九、财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  合计 6.38 6.38
  因公出国（境）费 0.00 0.00
  公务接待费 6.38 6.38
  公务用车购置及运行维护费 - -
}
`));
    it('says a written 0.00 and a blank alike in one sentence', () => {
        expect(text).toMatch(/因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算0万元，占0%/);
        expect(text).toMatch(/政府性基金预算财政拨款收入0万元，占0%；国有资本经营预算财政拨款收入0万元，占0%/);
    });
    it('says a table of 无数据 and a blank table alike', () => {
        expect(text).toMatch(/政府性基金预算财政拨款支出0万元。/);
        expect(text).toMatch(/国有资本经营预算财政拨款支出0万元。/);
    });
    it('never says 0.00万元', () => {
        expect(text).not.toMatch(/[^\d.]0\.0+万元/);
    });
});

/** A 四川 report whose 一般公共预算 spending is all 基本支出, 911.70万元. */
const SICHUAN_SPENDING = `模板 「四川 2024」
部门 「某县某中心」
年度 2023
单位 万元
附表6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 911.70 911.70 -
}
`;

// …决算数为911.7万元，完成预算〔未填写〕。其中： with no class after it (real-dayi-2023-unit-three-public): a sentence closes
// on 其中： only where what it introduces follows
describe('其中： with nothing after it', () => {
    const text = visibleText(buildHtml(SICHUAN_SPENDING));
    it('closes the 具体情况 lead with a full stop', () => {
        expect(text).toMatch(/一般公共预算支出决算数为911\.70万元[^\n]*。\n/);
        expect(text).not.toMatch(/一般公共预算支出决算数为911\.70万元[^\n]*其中：/);
    });
});

// 全国 with 表5 alone (no 基本支出 table): the 基本支出 sentence closed on 其中： then the next heading, the 〔未填写〕 for the
// table it would introduce being an empty sentence, left out
describe('其中： before a table not written', () => {
    const text = visibleText(buildHtml(`模板 「全国」
部门 「某县某中心」
年度 2024
单位 万元
表5 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 911.70 911.70 -
}
`));
    it('closes the 基本支出 sentence with a full stop', () => {
        expect(text).toMatch(/一般公共预算财政拨款基本支出911\.70万元。\n/);
        expect(text).not.toMatch(/其中：\n/);
    });
});

// 人员经费 written without its figure: its sentence is empty, left out, so the 其中： before it closes too
describe('其中： before a part left out', () => {
    const text = visibleText(buildHtml(`${SICHUAN_SPENDING}附表8 一般公共预算财政拨款基本支出决算表 {
  人员经费 {
    30101 基本工资
  }
}
`));
    it('closes the 基本支出 sentence with a full stop', () => {
        expect(text).toMatch(/一般公共预算财政拨款基本支出911\.70万元。\n/);
        expect(text).not.toMatch(/其中：\n/);
    });
});
