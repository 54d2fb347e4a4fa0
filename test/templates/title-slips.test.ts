// A title one character off a template table's (a Word contents field dropping one, a character typed twice) is that
// table; a title that is some template's own title, or one character off two tables, or short, is no slip.
import { describe, expect, it } from 'vitest';
import { slippedTable, templateById, titleSlip } from '../../src/templates/index.js';

const national = templateById('national')!;
const sichuan = templateById('sichuan-2024')!;
const table = (number: number) => national.tables.find(t => t.number === number)!;

describe('titles one character off', () => {
    it('tells the character lacking or too many, anywhere in the title', () => {
        expect(titleSlip(table(3), '出决算表')).toEqual({ missing: '支' });
        expect(titleSlip(table(7), '政府性基金预算财政拨款收支出决算表')).toEqual({ missing: '入' });
        expect(titleSlip(table(4), '财政拨款收入支出决算总总表')).toEqual({ extra: '总' });
        expect(titleSlip(table(4), '财政拨款收入支出决算总表')).toBeUndefined();
    });
    it('finds the one table a slipped title is', () => {
        expect(slippedTable(sichuan, '政拨款支出决算明细表')?.number).toBe(5);
        expect(slippedTable(national, '般公共预算财政拨款支出决算表')?.number).toBe(5);
    });
    it('reads no slip into a title some template gives, nor into a short one', () => {
        // 国有资本经营预算财政拨款收入支出决算表 is 四川's and 上海's own table, not a slip of the 财政部 支出 table
        expect(slippedTable(national, '国有资本经营预算财政拨款收入支出决算表')).toBeUndefined();
        expect(slippedTable(national, '支出表')).toBeUndefined();
    });
});
