// 五（二）一般公共预算财政拨款支出决算结构情况 does not open with （一）'s sentence again: where （一） says the amount and
// nothing more (no share, change or reason in the source) the classes follow the subject alone (…支出主要用于以下方面：);
// a table writing its total alone lists no class, and （二） says nothing （一） has not (real-dayi-2023 printed
// 「2023年一般公共预算财政拨款支出911.7万元。」 under both).
import { describe, expect, it } from 'vitest';
import { buildHtml, EXAMPLE_TEXT, visibleText } from './helpers.js';

const report = (rows: string) => `模板 「四川 2020」
部门 「某办公室」
年度 2020
单位 万元
附表 7 一般公共预算财政拨款支出决算表 {
${rows}
}
`;

/** The paragraphs under （一） and （二） of 五、. */
function overallAndStructure(text: string): [string, string] {
    const after = (title: string) => text.split(title)[1].trim().split('\n')[0].trim();
    return [after('（一）一般公共预算财政拨款支出决算总体情况'), after('（二）一般公共预算财政拨款支出决算结构情况')];
}

describe('the opening of 一般公共预算财政拨款支出决算结构情况', () => {
    it('is the subject alone where （一） says the amount and nothing more', () => {
        const [overall, structure] = overallAndStructure(visibleText(buildHtml(report(`  合计 3569.58
  201 一般公共服务支出 3569.58`))));
        expect(overall).toBe('2020年一般公共预算财政拨款支出3569.58万元。');
        expect(structure).toBe('2020年一般公共预算财政拨款支出主要用于以下方面：一般公共服务（201）支出3569.58万元，占100%。');
    });

    it('is not the amount said again where the table lists no class', () => {
        const [overall, structure] = overallAndStructure(visibleText(buildHtml(report('  合计 911.7'))));
        expect(overall).toBe('2020年一般公共预算财政拨款支出911.7万元。');
        expect(structure).not.toContain('911.7万元');
    });

    it('keeps the amount where （一） says more (the seed)', () => {
        const [, structure] = overallAndStructure(visibleText(buildHtml(EXAMPLE_TEXT)));
        expect(structure).toMatch(/^2020年一般公共预算财政拨款支出3569\.58万元，主要用于以下方面：一般公共服务（201）支出2952\.54万元/);
    });
});
