// A hover on a figure written by hand in free text says what the prose check reads it as: the subject and role its
// words give, the figure of the data it is compared with (stated, or worked out with the formula), and whether it
// agrees within rounding, and the check's verdict: the finding prose-figure reports there, or why it leaves the figure
// alone (the one judgement, validation/rules/prose.ts); a figure it cannot tie to the data says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hoverAt, parse } from './seed.js';

const TEXT = `年度 2024
单位 万元
情况说明 {
  机关运行经费 82.45 上年 80.00
  公用经费 100.00
  说明文字 「机关运行经费82.44万元，比上年增加2.45万元，增长3.06%，占公用经费的82.44%。差旅住宿标准不超过0.05万元。另有专项业务费12.00万元，上年机关运行经费为70.00万元。」
}
`;

/** The hover's text with markdown's escapes taken out. */
const unescaped = (hover: string | undefined) => hover?.replace(/\\(.)/g, '$1');

const at = async (written: string) => hoverAt(await parse(TEXT), TEXT.indexOf(written) + 1);

describe('a hover on a figure written in a text', () => {
    it('names the subject, the table figure and that it is one unit off in the last place', async () => {
        const hover = await at('82.44万元');
        expect(hover).toContain('读作「机关运行经费」的决算数');
        expect(hover).toContain('情况说明 › 机关运行经费：82.45万元 ⚠ 差一个末位');
    });
    it('shows a change restated from the data', async () => {
        expect(await at('2.45万元')).toContain('比上年增减额');
    });
    it('works out a growth rate and a share with their formulas, within rounding', async () => {
        const growth = await at('3.06%');
        expect(growth).toContain('(82.45 − 80.00) ÷ 80.00 = 3.06%');
        expect(growth).toContain('✓');
        const share = await at('82.44%');
        expect(share).toContain('占「公用经费」的比重');
        expect(share).toContain('82.45 ÷ 100.00');
        expect(share).toContain('✓ 在四舍五入范围内相符');
    });
    it('says where it finds no figure of the data, and the finding the check reports where none agrees', async () => {
        expect(await at('12.00万元')).toContain('未能对应到表中数据');
        const last = await at('70.00万元');
        expect(last).toContain('情况说明 › 机关运行经费 上年：80.00万元 ✗ 不符');
        expect(unescaped(last)).toContain('✗ 检查报告：文字写的 70.00万元 与数据中「情况说明 › 机关运行经费 上年」80.00万元 不符');
    });
    it('says what the check says of a figure it judges by the sentence\'s own figures, none of the data', async () => {
        const text = `年度 2024
单位 万元
情况说明 {
  机关运行经费 82.45
  说明文字 「培训费10.00万元，较上年增加2.00万元，增长30.00%。」
}
`;
        const hover = await hoverAt(await parse(text), text.indexOf('30.00%') + 1);
        expect(hover).toContain('未能对应到表中数据');
        expect(unescaped(hover)).toContain('✗ 检查报告：文字写的 30.00% 与同一句的增加额不符');
    });
    it('reads a figure as the check does: another column of the row the paragraph names before it is no wrong total', async () => {
        // 基本支出854.57万元。其中一般公共服务支出298.18万元: the 201 row's 基本支出, not its 本年支出合计 2952.54
        const text = readFileSync(join(import.meta.dirname, '..', 'validation', 'cases', 'sichuan-2020', 'trial-leshan.juesuan'), 'utf8').replace(/[»«]/g, '');
        const hover = await hoverAt(await parse(text), text.indexOf('一般公共服务支出298.18万元') + '一般公共服务支出'.length + 1);
        expect(hover).toContain('2952.54万元 （不是这个数）');
        expect(hover).toContain('✓ 与「附表3 › 201 一般公共服务支出 基本支出」相符：段中前面写到了这一列');
        expect(hover).not.toMatch(/[✗⚠]/);
    });
    it('names the wholes above the row\'s own a share is weighed against, and the one it agrees with, as the check takes it', async () => {
        const text = `年度 2024
单位 万元
情况说明 {
  “三公”经费 100.00 {
    公务用车购置及运行维护费 50.00 {
      公务用车运行维护费 50.00
    }
    公务接待费 50.00
  }
  说明文字 「公务用车运行维护费50.00万元，占50.00%。」
}
`;
        const hover = await hoverAt(await parse(text), text.indexOf('50.00%') + 1);
        // the wholes weighed, each with its formula: the row's own (公务用车购置及运行维护费), then the 三公 total's
        expect(unescaped(hover)).toContain('本项占「情况说明 › “三公”经费 › 公务用车购置及运行维护费」的比重：50.00 ÷ 50.00 = 100%');
        expect(unescaped(hover)).toContain('文字没有说总数，也按更上一级的总数核对：\n- 本项占「情况说明 › “三公”经费」的比重：50.00 ÷ 100.00 = 50%');
        expect(unescaped(hover)).toContain('✓ 按更上一级的总数算出的本项占「情况说明 › “三公”经费」的比重与它相符');
        expect(hover).not.toMatch(/[✗⚠]/);
    });
    it('leaves out the rounding range after a worked-out value every value of it prints as, and keeps it where it straddles', async () => {
        // in 元 to the 分 the range of 24,500.00 ÷ 800,000.00 is a millionth wide: beside = 3.06% it would read as if that were wrong
        const text = `年度 2024
单位 元
情况说明 {
  “三公”经费 824,500.00 上年 800,000.00 {
    公务接待费 824,500.00
  }
  说明文字 「“三公”经费824,500.00元，比上年增长3.06%。公务接待费824,500.00元，占100%。」
}
`;
        const growth = unescaped(await hoverAt(await parse(text), text.indexOf('3.06%') + 1));
        expect(growth).toContain('÷ 800,000.00 = 3.06% ✓');
        expect(growth).not.toContain('按四舍五入');
        // 82.45 ÷ 100.00 in 万元 lies between 82.4459% and 82.4541%: 82.45% and 82.44% both print within it
        expect(await at('82.44%')).toContain('= 82.45%（按四舍五入应在');
    });
    it('is none in a text the check does not compare with the data (a project\'s 年度目标)', async () => {
        const text = `年度 2024
情况说明 {
  项目 「甲」 {
    执行数 100
    年度目标 { 预期 「完成培训投入100.00万元」 实际 「完成培训投入98.00万元」 }
  }
}
`;
        expect(await hoverAt(await parse(text), text.indexOf('98.00万元') + 1)).toBeUndefined();
    });
    it('says why a threshold is not compared', async () => {
        expect(await at('0.05万元')).toContain('不与表中数据核对');
    });
});
