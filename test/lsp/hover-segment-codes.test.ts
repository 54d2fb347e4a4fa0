// A table printing each row's own code segment only (05 under 208, as some published tables do) is read with whole codes
// (20805, 2080505): hovering the printed 05 explains the code the row was read with, not a code “05”.
import { describe, expect, it } from 'vitest';
import { hoverAt, parse } from './seed.js';

const text = `模板 「全国」\n年度 2023\n单位 万元\n三、支出决算表 {\n  列【本年支出合计 基本支出 项目支出】\n  合计 112.36 112.36 -\n`
    + `  208 社会保障和就业支出 112.36 112.36 -\n  05 行政事业单位养老支出 112.36 112.36 -\n  05 机关事业单位基本养老保险缴费支出 74.90 74.90 -\n`
    + `  06 机关事业单位职业年金缴费支出 37.46 37.46 -\n}\n`;

describe('hover on a code printed as its own segment', () => {
    it('names the whole code of the row', async () => {
        const document = await parse(text);
        expect(await hoverAt(document, text.indexOf('05 行政'))).toMatch(/^\*\*20805 行政事业单位养老支出\*\*/);
        expect(await hoverAt(document, text.indexOf('06 机关'))).toMatch(/^\*\*2080506 机关事业单位职业年金缴费支出\*\*/);
    });
});
