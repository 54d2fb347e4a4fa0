// The charts: ECharts drawn on the server as SVG that fits an HTML page under a strict CSP,
// labelled with the model's formatted figures.
import { describe, expect, it, vi } from 'vitest';
import * as echarts from 'echarts/core';
import { CHART_FONT, chartOption, clearChartCache, inlineSafe, renderChartSvg } from '../../src/generation/charts.js';
import { statedFigure } from '../../src/model/figure.js';
import type { ChartSpec } from '../../src/generation/report-parts.js';

// every drawing starts with echarts.init: counted, so that the cache is proven by a count, not a clock
vi.mock('echarts/core', async original => {
    const module = await original<typeof import('echarts/core')>();
    return { ...module, init: vi.fn(module.init) };
});

const amount = (text: string) => statedFigure({ text, unit: '万元', label: text })!;
const rate = (text: string) => statedFigure({ text, unit: '%', label: text })!;

const bars: ChartSpec = {
    kind: 'bars', categories: ['2019年', '2020年'], unit: '万元',
    series: [{ name: '收、支总计', values: [amount('1696.69'), amount('3569.58')] }],
};
const pie: ChartSpec = {
    kind: 'pie', unit: '万元',
    slices: [
        { name: '一般公共服务支出', value: amount('2952.54'), share: rate('82.71%') },
        { name: '农林水支出', value: amount('60.65'), share: rate('1.70%') },
        { name: '其他收入', value: amount('0'), share: rate('0%') },
    ],
};

describe('renderChartSvg', () => {
    it('draws bars labelled with the figures as the report prints them', () => {
        clearChartCache();
        const svg = renderChartSvg(bars);
        expect(svg).toMatch(/^<svg width="600" height="320"/);
        expect(svg).toContain('>1696.69</text>');
        expect(svg).toContain('>3569.58</text>');
        expect(svg).toContain('>2019年</text>');
        expect(svg).toContain('单位：万元');
    });

    it('draws pie slices with name, amount and the stated share, and leaves zero slices out', () => {
        const svg = renderChartSvg(pie);
        expect(svg).toContain('>一般公共服务支出</text>');
        expect(svg).toContain('>2952.54万元，82.71%</text>');
        expect(svg).toContain('>60.65万元，1.70%</text>');
        expect(svg).not.toContain('其他收入');
    });

    // a report with no 上年 written: this year's bar alone, no year 2019年 standing empty beside it
    it('draws no year that no series has a figure for', () => {
        const svg = renderChartSvg({ kind: 'bars', categories: ['2019年', '2020年'], unit: '万元', series: [
            { name: '收入总计', values: [undefined, amount('3569.58')] }, { name: '支出总计', values: [undefined, amount('3560.00')] },
        ] });
        expect(svg).toContain('>2020年</text>');
        expect(svg).not.toContain('2019年');
        expect(svg).toContain('>收入总计</text>');
        expect(svg).toContain('>3560.00</text>');
    });

    it('says so when there is nothing to draw', () => {
        expect(renderChartSvg({ kind: 'pie', unit: '万元', slices: [{ name: '其他收入', value: amount('0') }] })).toContain('本年无数据');
    });

    // 四川 2020 with figures only in 附表1: 图4 and 图5 have no figure in either year, and say so as the pie does
    it('says so when no bar has a figure, not bare axes', () => {
        const svg = renderChartSvg({ kind: 'bars', categories: ['2019年', '2020年'], unit: '万元', series: [
            { name: '收入总计', values: [undefined, undefined] }, { name: '支出总计', values: [undefined, undefined] },
        ] });
        expect(svg).toContain('>本年无数据</text>');
        expect(svg).not.toContain('单位：万元');
        expect(svg).not.toContain('2020年');
    });

    it('fits a strict Content Security Policy: no style attribute, no <style>, fonts as attributes', () => {
        for (const spec of [bars, pie]) {
            const svg = renderChartSvg(spec);
            expect(svg).not.toMatch(/\sstyle="/);
            expect(svg).not.toMatch(/<style/);
            expect(svg).not.toMatch(/\sclass="zr/);
            expect(svg).not.toMatch(/xmlns|https?:/);
            expect(svg).toContain(`font-family="${CHART_FONT}"`);
            expect(CHART_FONT).toMatch(/Noto Sans CJK SC/);
        }
    });

    it('draws a chart once and reuses it', () => {
        clearChartCache();
        const drawings = vi.mocked(echarts.init);
        drawings.mockClear();
        const first = renderChartSvg(pie);
        expect(renderChartSvg(pie)).toBe(first);
        expect(renderChartSvg(bars)).not.toBe(first);
        expect(drawings).toHaveBeenCalledTimes(2);
        clearChartCache();
        renderChartSvg(pie);
        expect(drawings).toHaveBeenCalledTimes(3);
    });

    it('keeps names from reading as ECharts templates', () => {
        const option = chartOption({ kind: 'pie', unit: '万元', slices: [{ name: '{b}名称{a|x}', value: amount('1') }] }) as { series: { data: { name: string }[] }[] };
        expect(option.series[0].data[0].name).toBe('｛b｝名称｛a|x｝');
    });
});

describe('inlineSafe', () => {
    it('turns style declarations into presentation attributes and drops the rest', () => {
        expect(inlineSafe('<svg xmlns="http://www.w3.org/2000/svg" version="1.1"><text style="font-size:12px;font-family:\'A\';cursor:pointer;" class="zr0-cls-1">x</text><style>.a{}</style></svg>'))
            .toBe('<svg><text font-size="12px" font-family="\'A\'">x</text></svg>');
    });
});
