// A hover on a row's attribute key says what the key holds and how the checks and the generated sentences use it (a
// text attribute as much as one with figures); on an indicator's name, where it stands in the form, its values and
// whether the actual meets the expected, as the indicator check judges it.
import { describe, expect, it } from 'vitest';
import { hoverAt, parse } from './seed.js';

const TEXT = [
    '年度 2024',
    '情况说明 {',
    '  机关运行经费 82.45 年初预算 90.00 全年预算 85.00 上年 80.00 变动原因 「办公用房维修」',
    '  项目 「甲」 {',
    '    执行数 100',
    '    指标 {',
    '      产出指标 {',
    '        数量指标 {',
    '          培训人次 指标性质 ≥ 预期 100 度量单位 人次 实际 90',
    '          开展培训 预期 ≥5次 实际 6次',
    '          服务质量 预期 「优良」 实际 「良好」',
    '        }',
    '      }',
    '    }',
    '  }',
    '}',
].join('\n');

const at = async (word: string) => hoverAt(await parse(TEXT), TEXT.indexOf(word) + 1);

describe('a hover on an attribute key', () => {
    it('a budget says which rate it is the base of, and shows its figure', async () => {
        const initial = await at('年初预算');
        expect(initial).toContain('**年初预算** · 「机关运行经费」的数');
        expect(initial).toContain('完成年初预算的百分比以它为基数');
        expect(initial).toContain('90.00');
        expect(await at('全年预算')).toContain('完成全年预算的百分比以它为基数');
    });
    it('a text attribute says where it prints', async () => {
        const reason = await at('变动原因');
        expect(reason).toContain('**变动原因** · 「机关运行经费」的文字');
        expect(reason).toContain('主要变动原因是');
    });
});

describe('a hover on an indicator\'s name', () => {
    it('places it in the form and says whether it is met', async () => {
        const unmet = await at('培训人次');
        expect(unmet).toContain('三级指标（产出指标 › 数量指标）');
        expect(unmet).toContain('预期 100 · 实际 90');
        expect(unmet).toContain('✗ 实际值未达到预期');
        expect(await at('开展培训')).toContain('✓ 实际值达到预期');
        expect(await at('服务质量')).toContain('不判断是否达到');
    });
});
