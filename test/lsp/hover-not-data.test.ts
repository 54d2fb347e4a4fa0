// A hover on a figure the prose check leaves alone on purpose (NotData of model/prose-claims.ts) says why, in Chinese: each
// kind's reason (lsp/hover.ts NOT_DATA), not a reading against the data the check never made.
import { describe, expect, it } from 'vitest';
import { hoverAt, parse } from './seed.js';

const TEXT = `年度 2024
单位 万元
情况说明 {
  机关运行经费 92.45 上年 96.80
  公用经费 100.00
  说明文字 「机关运行经费92.45万元，比2023年度的96.80万元（其中办公费20.00万元）减少4.35万元，下降4.49%。2021年度机关运行经费为70.00万元。人均公用经费3.50万元，办公费约12.00万元，培训费10.00万元、印刷费5.00万元等。其中下属单位甲的机关运行经费30.00万元。」
}
`;

const at = async (written: string) => (await hoverAt(await parse(TEXT), TEXT.indexOf(written) + 1))?.replace(/\\(.)/g, '$1');

describe('a hover on a figure the check leaves alone says why', () => {
    it.each([
        ['20.00万元', '是比较基数（上年或预算数）中的一项，数据中没有：不与表中数据核对。'],
        ['70.00万元', '说的是本年、上年以外的年度：不与表中数据核对。'],
        ['3.50万元', '是人均或平均数，数据中没有：不与表中数据核对。'],
        ['12.00万元', '是约数（约、近、逾…）：不与表中数据核对。'],
        ['5.00万元', '是以“等”结尾的列举中的一项：不与表中数据核对。'],
        ['30.00万元', '说的是部门中某些单位的数：不与表中数据核对。'],
    ])('%s', async (written, why) => {
        const hover = await at(written);
        expect(hover).toContain(why);
        expect(hover).not.toMatch(/[✗⚠]/);
    });
});
