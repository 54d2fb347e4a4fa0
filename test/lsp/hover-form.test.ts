import { describe, expect, it } from 'vitest';
import { hoverAt, parse } from './seed.js';

const FORM = [
    '情况说明 {',
    '  项目 「甲」 {',
    '    执行数 100',
    '    执行率 分值 10 得分 9',
    '    指标 {',
    '      产出指标（50分） {',
    '        数量指标 {',
    '          培训人次 指标性质 ≥ 预期 100 度量单位 人次 实际 120 分值 50 得分 45 偏差原因 「无」',
    '        }',
    '      }',
    '    }',
    '    总分 60 得分 54',
    '  }',
    '}',
].join('\n');

async function hoverOn(word: string, after = 0): Promise<string | undefined> {
    const document = await parse(FORM);
    return hoverAt(document, FORM.indexOf(word, after) + 1);
}

describe('hover on the columns of a self-evaluation form', () => {
    it('an indicator\'s 得分 and 分值 say the line\'s score and its share of the points', async () => {
        const line = FORM.indexOf('培训人次');
        for (const word of ['得分 45', '分值 50']) {
            const hover = await hoverOn(word, line);
            expect(hover).toContain('指标“培训人次”');
            expect(hover).toContain('得分 45 / 分值 50（得分率 90%）');
        }
    });

    it('指标性质, 度量单位 and 偏差原因 say what the column means', async () => {
        const line = FORM.indexOf('培训人次');
        expect(await hoverOn('指标性质', line)).toContain('实际不低于预期为达到');
        expect(await hoverOn('度量单位', line)).toContain('没写单位的按这个单位理解');
        expect(await hoverOn('偏差原因', line)).toContain('**偏差原因 无**');
    });

    it('the 执行率 and 总分 lines, and a group\'s points', async () => {
        expect(await hoverOn('执行率')).toContain('得分 9 / 分值 10（得分率 90%）');
        expect(await hoverOn('总分')).toContain('得分 54 / 分值 60（得分率 90%）');
        expect(await hoverOn('（50分）')).toContain('**产出指标（50分）** · 一级指标的分值');
    });
});
