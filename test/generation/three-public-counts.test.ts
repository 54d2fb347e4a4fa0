// The 因公出国（境） counts print in the units the data writes them (团组 个/次/批次, people 人/人次: docs/language.md), not
// 团组〔未填写〕 for a count written 2个, nor 6人 for one written 6人次.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const report = (abroad: string) => `模板 「全国」
部门 「某县某局」
年度 2024
单位 万元
表7 一般公共预算财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  合计 10.00 8.00
  因公出国（境）费 4.00 3.00
  公务接待费 6.00 5.00
}
情况说明 {
  三公经费 {
    因公出国（境） ${abroad}
  }
}
`;

describe('the 因公出国（境） counts', () => {
    it('print as written', () => {
        for (const [written, said] of [['2个 6人次', '团组2个，出国（境）6人次'], ['2次 6人', '团组2次，出国（境）6人'], ['2批次 6人次', '团组2批次，出国（境）6人次']]) {
            expect(visibleText(buildHtml(report(written))), written).toContain(`全年安排因公出国（境）${said}。`);
        }
    });
});

describe('the 国内公务接待 sentence', () => {
    const withDetail = (detail: string) => report('2个 6人次').replace('  }\n}\n', `    公务接待 {
      国内公务接待 5.00万元 12批次 96人次 说明 「${detail}」
    }
  }
}
`);

    it('leads the row\'s 说明 in as Sichuan\'s reports do, not appended bare', () => {
        const text = visibleText(buildHtml(withDetail('省、市农业农村部门高标准农田建设督导、耕地保护检查等')));
        expect(text).toContain('国内公务接待12批次，96人次，共计支出5.00万元，具体内容包括：省、市农业农村部门高标准农田建设督导、耕地保护检查等。');
    });

    it('keeps a 说明 that leads itself, and prints nothing for a blank one', () => {
        expect(visibleText(buildHtml(withDetail('主要用于接待上级检查')))).toContain('共计支出5.00万元，主要用于接待上级检查。');
        expect(visibleText(buildHtml(withDetail(' ')))).toContain('共计支出5.00万元。');
        for (const framed of ['接待对象为省市检查组', '均为上级部门检查指导', '内容为调研接待']) {
            expect(visibleText(buildHtml(withDetail(framed))), framed).toContain(`共计支出5.00万元，${framed}。`);
        }
    });

    it('leads a list whose 为/是/系 are inside words (系统, 行为, 作为, 是否), not a verb that frames it', () => {
        for (const list of ['省、市财政系统检查组调研、督导等', '省市行为规范督导、检查等', '作为试点的上级部门调研等', '是否落实整改的督导检查等']) {
            expect(visibleText(buildHtml(withDetail(list))), list).toContain(`共计支出5.00万元，具体内容包括：${list}。`);
        }
        for (const framed of ['检查组成员系省财政厅干部', '以上级部门检查调研为主', '接待对象为主管部门检查组', '接待费用系统一标准列支']) {
            expect(visibleText(buildHtml(withDetail(framed))), framed).toContain(`共计支出5.00万元，${framed}。`);
        }
    });
});
