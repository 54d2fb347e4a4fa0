// A section heading printed with the unit's name and the year before its words (甘肃 张家川:
// 二、刘堡镇卫生院2021年度部门决算情况说明) names the section its words name.
import { describe, expect, test } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../src/templates/index.js';
import { headingTopic } from '../../src/templates/shared/layout.js';

describe('a heading after the unit\'s name and year', () => {
    test.each([
        ['刘堡镇卫生院2021年度收入决算情况说明', 'income'],
        ['刘堡镇卫生院2021年度支出决算情况说明', 'expenditure'],
        ['刘堡镇卫生院2021年度收入支出决算总体情况说明', 'total'],
        ['关于2023年度收入决算情况说明', 'income'],
    ])('%s is the section on %s', (key, topic) => {
        expect(headingTopic(DEFAULT_TEMPLATE, 'explanation', key)).toBe(topic);
    });
});
