// A note written after 无数据 (`无数据 注 「…」`, docs/language.md) is the empty table's 注, printed 注：… under it as
// `无数据 「…」`'s text is — not run together with the statement's word (无数据注：…).
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const report = (empty: string) => `模板 「全国」
部门 「某局」
年度 2024
单位 万元
七、政府性基金预算财政拨款收入支出决算表 {
  ${empty}
}
`;

describe('an empty table\'s note written after 无数据', () => {
    it('prints 注：… as the statement\'s own text does', () => {
        const note = '本部门2024年度无政府性基金预算财政拨款收入、支出及结转结余，故本表无数据。';
        for (const empty of [`无数据 注 「${note}」`, `无数据 「${note}」`]) {
            const text = visibleText(buildHtml(report(empty)));
            expect(text, empty).toContain(`注：${note}`);
            expect(text, empty).not.toContain('无数据注');
        }
    });
});
