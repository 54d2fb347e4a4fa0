import { describe, expect, test } from 'vitest';
import { labelLike, leadingTableLabel, parseTableLabel } from '../../src/model/table-label.js';

// One reading of a printed table label serves the source and the workbooks the import reads.
describe('printed table labels', () => {
    test.each([
        ['附表6', 6, '附表'], ['附表 6', 6, '附表'], ['附表六', 6, '附表'], ['表五', 5, '表'], ['表 12', 12, '表'],
        ['表十四', 14, '表'], ['公开05表', 5, '公开'], ['公开 9 表', 9, '公开'], ['　附表　3　', 3, '附表'],
        ['财决公开01表', 1, '公开'], ['财决01表', 1, '公开'], ['部门公开表01', 1, '公开'],
    ])('%s is table %i in the style %s', (text, number, style) => {
        expect(parseTableLabel(text)).toMatchObject({ number, style });
    });

    test('a label without a whole number has none', () => {
        expect(parseTableLabel('附表 3.5').number).toBeUndefined();
        expect(parseTableLabel('表').number).toBeUndefined();
    });

    test('a title may follow the label; a longer number is not read as a shorter one', () => {
        expect(leadingTableLabel('表六 一般公共预算财政拨款基本支出决算表')?.number).toBe(6);
        expect(leadingTableLabel('公开08表政府性基金预算财政拨款收入支出决算表')?.number).toBe(8);
        expect(leadingTableLabel('表12')?.number).toBe(12);
        expect(leadingTableLabel('表十二')?.number).toBe(12);
        expect(leadingTableLabel('财决公开08表 政府性基金预算财政拨款收入支出决算表')?.number).toBe(8);
        expect(leadingTableLabel('部门公开表08')?.number).toBe(8);
        expect(leadingTableLabel('表格说明')).toBeUndefined();
        expect(leadingTableLabel('收入支出决算总表')).toBeUndefined();
    });

    test('another table labelled in the style of a printed code keeps its words and width', () => {
        expect(labelLike(parseTableLabel('公开05表'), 7)).toBe('公开07表');
        expect(labelLike(parseTableLabel('财决公开05表'), 7)).toBe('财决公开07表');
        expect(labelLike(parseTableLabel('部门公开表05'), 12)).toBe('部门公开表12');
    });
});
