// A 名词解释 entry printed without a colon between the term and its definition (大邑: 住房保障类支出指，为……) is
// written without one, 住房保障类支出 「指，为……」, and printed as written; an entry with a colon keeps it.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「四川 2020」
部门 「某党校」
年度 2022
单位 万元
名词解释 {
  1.财政拨款收入：「指单位从同级财政部门取得的财政预算资金。」
  2.住房保障类支出 「指，为党校职工匹配住房公积金财政部分。」
  3.「“三公”经费」 「指部门用财政拨款安排的因公出国（境）费。」
}
`;

describe('a glossary entry without a colon', () => {
    it('is printed without one, beside entries printed with theirs', () => {
        const text = visibleText(buildHtml(REPORT));
        expect(text).toContain('1.财政拨款收入：指单位从同级财政部门取得的财政预算资金。');
        expect(text).toContain('2.住房保障类支出指，为党校职工匹配住房公积金财政部分。');
        expect(text).toContain('3.“三公”经费指部门用财政拨款安排的因公出国（境）费。');
    });
});
