// The duplicate rule for a figure restated in prose, and how a heading finds its table.
import { Decimal } from 'decimal.js';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';
import { tablesForHeading } from '../../src/model/prose-claims.js';
import { normalize } from '../../src/model/prose-text.js';
import { restated } from '../../src/validation/rules/prose-judge.js';

const d = (text: string) => new Decimal(text);

describe('restated: two figures for one quantity, each rounded to its places', () => {
    it('equal at the same places', () => {
        expect(restated(d('9.55'), 2, d('9.55'), 2)).toBe('equal');
    });
    it('one unit in the last place off is near, not a rounding gap', () => {
        expect(restated(d('9.54'), 2, d('9.55'), 2)).toBe('near');
        expect(restated(d('2306.42'), 2, d('2306.41'), 2)).toBe('near');
    });
    it('more is off', () => {
        expect(restated(d('9.52'), 2, d('9.55'), 2)).toBe('off');
    });
    it('at the coarser places: equal to the finer one rounded, or consistent where rounding twice may give either', () => {
        expect(restated(d('9.6'), 1, d('9.55'), 2)).toBe('equal');
        expect(restated(d('9.5'), 1, d('9.55'), 2)).toBe('consistent');
        expect(restated(d('9.4'), 1, d('9.55'), 2)).toBe('off');
        expect(restated(d('9.5'), 1, d('9.58'), 2)).toBe('near');
        expect(restated(d('110.4'), 1, d('110.38'), 2)).toBe('equal');
    });
});

describe('tablesForHeading: the table a section speaks of', async () => {
    const parse = parseHelper<Report>(createJuesuanServices(EmptyFileSystem).Juesuan);
    // the table numbers below are the Sichuan template's
    const document = await parse('模板 「四川 2020」\n年度 2021\n单位 万元\n');
    const { ReportModels } = createJuesuanServices(EmptyFileSystem).Juesuan.model;
    const model = ReportModels.forReport(document.parseResult.value);
    const tables = (heading: string) => [...tablesForHeading(model, heading)].sort((a, b) => a - b);
    it('by the title it repeats', () => {
        expect(tables('收入支出决算总体情况说明')).toEqual([1]);
        expect(tables('支出决算情况说明')).toEqual([3]);
        expect(tables('财政拨款收入支出决算总体情况说明')).toEqual([4]);
        expect(tables('一般公共预算财政拨款支出决算情况说明')).toEqual([6]);
        expect(tables('一般公共预算财政拨款基本支出决算情况说明')).toEqual([8]);
    });
    it('by its words without the fund, within the same fund', () => {
        expect(tables('“三公”经费财政拨款支出决算情况说明')).toEqual([10, 12]);
        expect(tables('政府性基金预算支出决算情况说明')).toEqual([11]);
        expect(tables('国有资本经营预算支出决算情况说明')).toEqual([14]);
    });
    it('past an ordinal, 关于, and a unit\'s name before the year (二、某镇卫生院2021年度…)', () => {
        expect(tables('二、收入决算情况说明')).toEqual([2]);
        expect(tables('关于2022年度支出决算情况说明')).toEqual([3]);
        expect(tables('二、某镇卫生院2021年度收入决算情况说明')).toEqual([2]);
        expect(tables('（三）某县财政局2022年度一般公共预算财政拨款支出决算情况说明')).toEqual([6]);
        // a year after the section's own words is not a unit's name before it
        expect(tables('收入支出决算总体情况与2021年度对比')).toEqual([]);
    });
    it('none for a section of no table', () => {
        expect(tables('其他重要事项的情况说明')).toEqual([]);
        expect(tables('机关运行经费')).toEqual([]);
    });
});

describe('normalize: one spelling, mapped back to the text as written', () => {
    it('drops quotes and spaces, spells 收、支 and 预算拨款 out, and keeps each character’s origin', () => {
        const { text, origin } = normalize('“三公” 经费，收、支总计(201)预算拨款');
        expect(text).toBe('三公经费，收入支出总计（201）预算财政拨款');
        // 经 stands at 5 in the original; 总 after the four characters of 收入支出 stands at 11
        expect(origin[text.indexOf('经')]).toBe(5);
        expect(origin[text.indexOf('总')]).toBe(11);
        expect(origin[text.length]).toBe(22);
    });
});
