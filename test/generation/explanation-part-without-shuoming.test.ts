// A part headed as the 决算说明 without the word 说明 (重庆 江津: 二、部门决算情况) is the report's 决算说明: its
// sections print under it, not under the next part (三、“三公”经费情况说明), and the heading is not left empty.
// Found by the trial trial-chongqing-2024-town-law-enforcement.
import { describe, expect, it } from 'vitest';
import { buildHtml, SMALL_TOTAL_TABLE, TOWN_HEAD, visibleText } from './helpers.js';

const report = (title: string) => `${TOWN_HEAD}
部分 「一、单位基本情况」
部分 「${title}」
部分 「三、“三公”经费情况说明」
部分 「四、其他需要说明的事项」
部分 「附件：2024年度决算公开表」

部门概况 {
  职能职责 「负责辖区的行政执法。」
}

${SMALL_TOTAL_TABLE}
情况说明 {
  （一）部门收支总体情况 「收入总计100.00万元。」
  “三公”经费情况说明 「本单位无“三公”经费支出。」
}
`;

describe('a 决算说明 part headed without 说明', () => {
    for (const title of ['二、部门决算情况', '二、部门决算情况说明']) {
        it(`(${title}) holds its sections, the report's parts keeping their numbers`, () => {
            const text = visibleText(buildHtml(report(title), { mode: 'publish' }));
            const body = text.slice(text.indexOf('负责辖区的行政执法。'));
            expect(body).toMatch(new RegExp(`${title}\\s*（一）部门收支总体情况\\s*收入总计100\\.00万元。`));
            expect(body).toMatch(/三、“三公”经费情况说明\s*（一）“三公”经费情况说明|三、“三公”经费情况说明\s*本单位无/);
        });
    }
});
