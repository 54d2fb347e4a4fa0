// A template table the format of a report's year did not yet print (printedFrom: 上海 2019 and the 财政部 format before 2019
// had no 国有资本经营 table, nor a section on it) is left out of the generated report where the report does not write it, and
// so is its section where the report writes no text on it and no table of its own on its topic. Every other table a report
// lacks, an excerpt's or an unfinished report's, is still asked for as 〔未填写〕.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHtml, ROOT, visibleText } from './helpers.js';

const SHANGHAI_FUND = `表八 政府性基金预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 30.00 - 30.00
  212 城乡社区支出 30.00 - 30.00
}
`;
const BALANCE_SHEET = `资产负债情况表 {
  列【年初数 年末数】
  资产总计 100.00 120.00
  负债合计 10.00 12.00
  净资产合计 90.00 108.00
}
`;
const SHANGHAI = (year: number, tables: string, texts = '') => `模板 「上海」
部门 「上海市某区水务局」
年度 ${year}
单位 万元
${tables}
情况说明 {
  政府性基金预算财政拨款收入支出决算情况说明 「本年度政府性基金预算财政拨款支出30.00万元。」
${texts}  预算绩效管理情况 「本部门对项目支出全面开展绩效自评。」
}
`;
const STATE_CAPITAL_TABLE = '国有资本经营预算财政拨款收入支出决算表';
const STATE_CAPITAL_SECTION = '国有资本经营预算财政拨款收入支出决算情况说明';

const caseText = (name: string) => readFileSync(path.join(ROOT, 'test', 'validation', 'cases', name), 'utf8').replace(/[»«]/g, '');
const built = (text: string) => visibleText(buildHtml(text));

describe('a table the format of the report\'s year did not yet print', () => {
    it('is left out of a Shanghai report of 2019, with its textless section, written in full or an excerpt', () => {
        for (const text of [built(SHANGHAI(2019, SHANGHAI_FUND + BALANCE_SHEET)), built(SHANGHAI(2019, SHANGHAI_FUND))]) {
            expect(text).not.toContain(STATE_CAPITAL_TABLE);
            expect(text).not.toContain(STATE_CAPITAL_SECTION);
            expect(text).toMatch(/、预算绩效管理情况\s*本部门对项目支出全面开展绩效自评。/);
        }
    });

    it('keeps its section where the report writes text on it', () => {
        const text = built(SHANGHAI(2019, SHANGHAI_FUND, '  国有资本经营预算财政拨款收入支出决算情况说明 「本部门无国有资本经营预算财政拨款收支。」\n'));
        expect(text).toMatch(/、国有资本经营预算财政拨款收入支出决算情况说明\s*本部门无国有资本经营预算财政拨款收支。/);
    });

    it('is asked for in a Shanghai report of 2020 on, an unfinished one with every other table', () => {
        for (const year of [2020, 2021]) {
            const text = built(SHANGHAI(year, SHANGHAI_FUND + BALANCE_SHEET));
            expect(text).toContain(STATE_CAPITAL_TABLE);
            expect(text).toContain(STATE_CAPITAL_SECTION);
        }
        // 上海 2020 in progress: 表一 and 资产负债情况表 only; the seven tables between are not passed over
        const text = built(SHANGHAI(2020, `表一 收入支出决算总表 {
  收入 {
    一、一般公共预算财政拨款收入 100.00
    本年收入合计 100.00
    总计 100.00
  }
  支出 {
    二十一、住房保障支出 100.00
    本年支出合计 100.00
    总计 100.00
  }
}
${BALANCE_SHEET}`));
        for (const title of ['收入决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款基本支出决算表', '一般公共预算财政拨款“三公”经费支出决算表', STATE_CAPITAL_TABLE]) {
            expect(text).toMatch(new RegExp(`${title}\\s*部门：上海市某区水务局\\s*单位：万元\\s*〔未填写〕`));
        }
        expect(text).toMatch(/四、财政拨款收入支出决算总体情况说明\s*〔未填写〕/);
        expect(text).toMatch(/九、国有资本经营预算财政拨款收入支出决算情况说明\s*〔未填写〕/);
    });

    it('leaves every table the older format had to be asked for (a 2017 excerpt with three tables)', () => {
        const text = built(caseText('national-2019/real-2017-masked-subject-names-appropriation.juesuan'));
        expect(text).toMatch(/一般公共预算财政拨款基本支出决算表\s*部门：（存档未印单位名称）\s*单位：万元\s*〔未填写〕/);
        expect(text).toMatch(/一般公共预算财政拨款“三公”经费支出决算表\s*部门：（存档未印单位名称）\s*单位：万元\s*〔未填写〕/);
        expect(text).toMatch(/（六）一般公共预算财政拨款基本支出决算情况说明\s*2017年度一般公共预算财政拨款基本支出4603\.07万元。\n/);
        expect(text).toMatch(/（七）“三公”经费财政拨款支出决算情况说明\s*〔未填写〕/);
        expect(text).not.toContain('国有资本经营预算支出决算情况说明');
    });

    it('keeps its section where the report prints a table of its own on it (2018: 九、国有资本经营预算支出情况表)', () => {
        const source = caseText('national-2019/budget-form-titles.juesuan');
        expect(built(source)).toMatch(/九、国有资本经营预算支出决算情况说明\s*〔未填写〕/);
        const without = source.replace(/^九、国有资本经营预算支出情况表 \{ \}$/m, '');
        expect(without).not.toEqual(source);
        expect(built(without)).not.toContain('国有资本经营预算支出决算情况说明');
    });
});
