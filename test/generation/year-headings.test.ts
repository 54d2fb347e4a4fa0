// A heading that starts with its year (2024年度收入支出决算总体情况说明, as many reports print them) is
// written as printed: the key keeps its year, the built report prints it, and the text stands in the
// template's section all the same (matched without the year), not in a section of its own.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/generation/report-source.js';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = (explanation: string) => `模板 「全国」
部门 「某局」
年度 2024
单位 万元
情况说明 {
${explanation}
}
`;

describe('a heading with its year', () => {
    it('parses as a section key that keeps the year, after an ordinal too', () => {
        const { document } = parseReport(REPORT('  2024年度收入支出决算总体情况说明 「本年收入合计90.00万元。」\n  二、2024年度收入决算情况说明：「收入90.00万元。」'));
        const { lexerErrors, parserErrors } = document.parseResult;
        expect([...lexerErrors, ...parserErrors].map(e => e.message)).toEqual([]);
    });

    it('may start with 关于 before its year (湖南: 十三、关于2024年度预算绩效管理情况的说明), the template\'s section all the same', () => {
        const source = REPORT('  十三、关于2024年度预算绩效管理情况的说明 「本单位对项目开展绩效自评。」');
        const { lexerErrors, parserErrors } = parseReport(source).document.parseResult;
        expect([...lexerErrors, ...parserErrors].map(e => e.message)).toEqual([]);
        const text = visibleText(buildHtml(source));
        expect(text).toMatch(/关于2024年度预算绩效管理情况的说明\s*本单位对项目开展绩效自评。/);
        expect(text).not.toMatch(/预算绩效情况说明/);
    });

    it('is printed with its year, in the template\'s section: no 〔未填写〕 section of the same topic beside it', () => {
        const text = visibleText(buildHtml(REPORT('  2024年度收入支出决算总体情况说明 「本年收入合计90.00万元。」\n  2024年度收入决算情况说明 「收入90.00万元。」')));
        const body = text.slice(text.indexOf('第三部分', text.indexOf('第四部分')));
        expect(body).toMatch(/一、2024年度收入支出决算总体情况说明\s*本年收入合计90.00万元。\s*二、2024年度收入决算情况说明\s*收入90.00万元。\s*三、支出决算情况说明/);
        expect(body).not.toMatch(/[一二三四五六七八九十]+、收入支出决算总体情况说明/);
    });
});
