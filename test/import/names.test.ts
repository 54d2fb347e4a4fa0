// A row name the importer writes is one the language reads back as that name (src/import/text.ts asName agrees
// with the grammar's ID): what the grammar keeps in a name (% of 增长率（%）, a / between letters, a leading 减：) stays.
import { describe, expect, it } from 'vitest';
import { asName } from '../../src/import/text.js';
import { tokens } from '../language/parse-utils.js';

describe('imported row names', () => {
    it.each([
        ['增长率(%)', '增长率（%）'],
        ['增长%', '增长%'],
        ['通用设备（台/套）', '通用设备（台/套）'],
        ['减：累计折旧', '减：累计折旧'],
        ['减:累计折旧', '减：累计折旧'],
        ['《收入支出决算总表》', '《收入支出决算总表》'],
        ['"三公"经费', '“三公”经费'],
        // what the grammar keeps out goes: digits, a / before a digit, a % first
        ['单位价值100万元以上设备', '单位价值万元以上设备'],
        ['设备/2', '设备'],
        ['%其他收入', '其他收入'],
    ])('%s → %s, read back as one name', (printed, name) => {
        expect(asName(printed)).toBe(name);
        expect(tokens(name)).toEqual([`ID:${name}`]);
    });
});
