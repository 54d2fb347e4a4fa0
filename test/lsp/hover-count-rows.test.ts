// A table row that counts (公务用车保有量（辆）) holds counts in its unit even where its cells are
// written bare: a hover over the cell or over a 【…】 of it says 9 辆, never 9 万元.
import { describe, expect, it } from 'vitest';
import { hoverAt, parse } from './seed.js';

const TEXT = `模板 「全国」
部门 「某某局」
年度 2024
单位 万元
情况说明 {
  三公 「公务用车保有量为【公务用车保有量（辆）】辆。」
}
表10 财政拨款“三公”经费、行政参公单位机关运行经费情况表 {
  列【统计数】
  3.公务接待费 4.38
  4.公务用车保有量（辆） 9
}
`;

describe('a hover over a counting row\'s bare figure', () => {
    it('names its count unit, in the cell and in a reference to it', async () => {
        const document = await parse(TEXT);
        const cell = await hoverAt(document, TEXT.indexOf(' 9\n') + 1);
        expect(cell).toContain('= **9 辆**');
        const reference = await hoverAt(document, TEXT.indexOf('【公务用车保有量（辆）】') + 2);
        expect(reference).toContain('= **9 辆**');
        expect(`${cell}${reference}`).not.toContain('万元');
    });
});
