// A glossary term printed with its code in brackets (疾病预防控制机构（2100401）：「…」, trial 陕西 2024 县疾控中心) defines
// that code as well: the row's hover shows the report's own definition, as for an entry written 2100401 「…」：「…」.
import { describe, expect, it } from 'vitest';
import { hoverAt, parse } from './seed.js';

const report = (term: string) => `模板 「全国」\n年度 2024\n单位 万元\n表3 支出决算表 {\n  列【本年支出合计 基本支出 项目支出】\n  合计 5.00 5.00 -\n  210 卫生健康支出 5.00 5.00 - {\n    21004 公共卫生 5.00 5.00 - {\n      2100401 疾病预防控制机构 5.00 5.00 -\n    }\n  }\n}\n名词解释 {\n  ${term}：「反映本县疾病预防控制中心的支出。」\n}\n`;

describe('a glossary term with its code in brackets', () => {
    it('gives the row of that code the report’s definition', async () => {
        for (const term of ['疾病预防控制机构（2100401）', '疾病预防控制机构(2100401)']) {
            const text = report(term);
            const document = await parse(text);
            expect(document.diagnostics ?? [], term).toEqual([]);
            const hover = await hoverAt(document, text.indexOf('2100401 '));
            expect(hover, term).toContain('反映本县疾病预防控制中心的支出。 *（名词解释）*');
        }
    });

    it('a term without a code defines no code', async () => {
        const text = report('疾病预防控制机构');
        const hover = await hoverAt(await parse(text), text.indexOf('2100401 '));
        expect(hover).not.toContain('反映本县疾病预防控制中心的支出。');
    });
});
