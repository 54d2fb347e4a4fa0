// What a written figure stands for, and which figures the model's relations may use.
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';
import { formatFigure, isRateColumn, parseLiteral, statedFigure } from '../../src/model/figure.js';
import { yearOnYear } from '../../src/model/comparisons.js';

const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);
const interval = (text: string, unit = '万元') => {
    const figure = statedFigure({ text, unit, label: text })!;
    return [figure.interval.lo.toFixed(), figure.interval.hi.toFixed()];
};

describe('precision', () => {
    it('a rate stands for what it is written with; an amount keeps the report’s two decimals', () => {
        expect(interval('68%')).toEqual(['67.5', '68.5']);
        expect(interval('1.3%')).toEqual(['1.25', '1.35']);
        expect(interval('22.54%')).toEqual(['22.535', '22.545']);
        expect(interval('7.8')).toEqual(['7.795', '7.805']);
        expect(interval('1995')).toEqual(['1994.995', '1995.005']);
        expect(interval('27', '批次')).toEqual(['27', '27']);
    });
});

async function rowOf(text: string, name: string) {
    const document = await parse(text);
    const model = services.model.ReportModels.get(document);
    return { model, row: model.rows.find(r => r.name === name)! };
}

describe('growth over a last year of zero or less', () => {
    it('is not computed, so that the report prints no “增长 −264%”', async () => {
        for (const last of ['-3.00', '0']) {
            const { model, row } = await rowOf(`情况说明 {\n  培训费 4.92 上年 ${last}\n}`, '培训费');
            expect(model.arithmetic.rate(row, '增长'), last).toBeUndefined();
            expect(yearOnYear(model.arithmetic, row)?.rate, last).toBeUndefined();
        }
        const { model, row } = await rowOf('情况说明 {\n  培训费 4.92 上年 3.00\n}', '培训费');
        expect(model.arithmetic.rate(row, '增长')?.value.toFixed(2)).toBe('64.00');
    });
});

describe('rate columns by their headings', () => {
    it('a heading printing % (增长率（%）, 增长%) or naming a rate (增减幅度, 增幅) holds rates; its bare numbers are percentages, printed as written', async () => {
        for (const column of ['增长%', '较上年增长%', '增长率（%）', '执行率（%）', '增减比例', '增减幅度', '增幅', '比上年增减·比例']) expect(isRateColumn(column), column).toBe(true);
        for (const column of ['增减', '比上年增加', '增减额', '比上年增减·金额', '本年数']) expect(isRateColumn(column), column).toBe(false);
        const { row: rate } = await rowOf('模板 「全国」\n表10 对比表 {\n  列【本年数 上年数 增长率（%）】\n  办公费 30.00 40.00 -25.00\n}\n', '办公费');
        const figure = rate.cells.get('增长率（%）')!;
        expect([figure.kind, figure.unit, figure.suspect, formatFigure(figure)]).toEqual(['rate', '%', undefined, '-25.00']);
        // a heading pasted with half-width brackets reaches the model full-width: read as a % heading all the same
        const { row: pasted } = await rowOf('模板 「全国」\n表10 对比表 {\n  列【本年数 上年数 增长率(%)】\n  办公费 30.00 40.00 -25.00\n}\n', '办公费');
        expect(pasted.cells.get('增长率（%）')?.kind).toBe('rate');
    });
});

describe('suspect figures', () => {
    it('an amount in the other unit of money, a percentage in an amount’s place, a split number: kept, marked, used by no relation', async () => {
        const text = [
            '附表 6 一般公共预算财政拨款支出决算表 {',
            '  列【合计 基本支出 项目支出】',
            '  合计 10 10% -',
            '  201 一般公共服务支出 1\u00a0000 0 上年 5%',
            '}',
            '情况说明 {',
            '  机关运行经费 824500元 减少 24.92 下降 23.21% { 甲 824500元 }',
            '}',
        ].join('\n');
        const document = await parse(text);
        const model = services.model.ReportModels.get(document);
        const suspects = model.rows.flatMap(r => [...r.cells.values(), ...[...r.attributes.values()].flatMap(m => [...m.values()])])
            .filter(f => f.suspect).map(f => `${f.label}: ${f.suspect}`);
        expect(suspects).toEqual([
            '附表6 › 合计 基本支出: percent-for-amount',
            '附表6 › 201 一般公共服务支出 合计: split-number',
            '附表6 › 201 一般公共服务支出 基本支出: split-number',
            '附表6 › 201 一般公共服务支出 上年: percent-for-amount',
            '情况说明 › 机关运行经费: other-money-unit',
            '情况说明 › 机关运行经费 › 甲: other-money-unit',
        ]);
        const used = model.relations.flatMap(r => [r.target, ...r.parts]).filter(f => f.suspect);
        expect(used).toEqual([]);
    });
});

describe('parsed literals', () => {
    // numbers never written by a report: the other tests in this file do not touch them
    const others = (from: number, count: number) => Array.from({ length: count }, (_, i) => `${from + i}.17`);

    it('a number the report being typed keeps writing stays parsed, while other reports’ numbers pass', () => {
        const kept = parseLiteral('918,273.64')!;
        let lost = 0;
        for (const text of others(1_000_000, 20_000)) {
            parseLiteral(text);
            // each keystroke parses the report's numbers again
            if (parseLiteral('918,273.64') !== kept) lost++;
        }
        expect(lost).toBe(0);
    });

    it('a number no report writes any more is let go: the cache holds a few reports’ numbers, not all', () => {
        const once = parseLiteral('827,364.59')!;
        for (const text of others(2_000_000, 20_000)) parseLiteral(text);
        const again = parseLiteral('827,364.59')!;
        expect(again).not.toBe(once);
        expect(again.value.toFixed()).toBe('827364.59');
    });
});
