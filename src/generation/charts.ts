// The report's charts (图1–图7) as inline SVG, drawn on the server by Apache ECharts
// (`ssr: true` with the SVG renderer: no DOM, no canvas). Labels are the model's formatted
// figures, never numbers ECharts works out itself, so a chart says what the text says.
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from './report-parts.js';
import { printFigure } from './report-parts.js';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 320;

/**
 * Fonts with CJK glyphs, sans-serif as charts usually are in these reports. Single quotes only:
 * ECharts writes the family into an attribute without escaping double quotes.
 */
export const CHART_FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'SimHei', sans-serif";

/** Sober colours that stay apart in print, in greyscale too. */
const PALETTE = ['#2f5597', '#c55a11', '#548235', '#bf9000', '#7030a0', '#1f7a8c', '#7f7f7f', '#a9344f'];

/** Figures do not change while the user types elsewhere: the same chart is drawn once. */
const cache = new Map<string, string>();
const CACHE_SIZE = 32;

/** Forgets the charts drawn so far (benchmarks measure drawing them). */
export function clearChartCache(): void {
    cache.clear();
}

/** The chart as an `<svg>` element ready to be inlined into HTML (no style attributes, no `<style>`). */
export function renderChartSvg(spec: ChartSpec): string {
    const option = chartOption(spec);
    const key = JSON.stringify(option);
    const cached = cache.get(key);
    if (cached !== undefined) {
        // most recently used last
        cache.delete(key);
        cache.set(key, cached);
        return cached;
    }
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height: CHART_HEIGHT });
    let svg: string;
    try {
        chart.setOption(option);
        svg = inlineSafe(chart.renderToSVGString());
    } finally {
        chart.dispose();
    }
    cache.set(key, svg);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return svg;
}

type Option = Record<string, unknown>;

export function chartOption(spec: ChartSpec): Option {
    const base: Option = {
        animation: false,
        color: PALETTE,
        backgroundColor: 'transparent',
        textStyle: { fontFamily: CHART_FONT, fontSize: 13, color: '#222' },
    };
    if (spec.kind === 'bars') {
        const series = spec.series.filter(s => s.values.some(v => v !== undefined));
        // a year no series has a figure for (no 上年 written) is no place on the axis: this year's bars alone, not an empty slot
        const shown = spec.categories.flatMap((_, i) => series.some(s => s.values[i] !== undefined) ? [i] : []);
        // no figure at all: said as the pie says it, not bare axes under 单位：万元
        if (shown.length === 0) return nothingToDraw(base);
        return {
            ...base,
            grid: { left: 72, right: 32, top: 44, bottom: series.length > 1 ? 64 : 40 },
            legend: series.length > 1 ? { bottom: 4, itemWidth: 16, itemHeight: 10, silent: true } : undefined,
            xAxis: {
                type: 'category', data: shown.map(i => plain(spec.categories[i])),
                axisTick: { alignWithLabel: true }, axisLine: { lineStyle: { color: '#444' } }, silent: true,
            },
            yAxis: {
                type: 'value', name: `单位：${plain(spec.unit)}`, nameTextStyle: { align: 'right', padding: [0, 8, 0, 0] },
                splitLine: { lineStyle: { type: 'dashed', color: '#ccc' } }, axisLine: { show: true, lineStyle: { color: '#444' } },
                silent: true,
            },
            series: series.map(s => ({
                type: 'bar', name: plain(s.name), barMaxWidth: 64, barGap: '20%', silent: true,
                data: shown.map(i => s.values[i]).map(v => v === undefined ? '-' : {
                    value: v.value.toNumber(),
                    label: { show: true, position: 'top', formatter: plain(printFigure(v, spec.grouped)), color: '#222' },
                }),
            })),
        };
    }
    const slices = spec.slices.filter(s => !s.value.value.isZero() && !s.value.value.isNegative());
    if (slices.length === 0) return nothingToDraw(base);
    return {
        ...base,
        series: [{
            type: 'pie', radius: ['0%', '56%'], center: ['50%', '52%'], silent: true,
            startAngle: 90, avoidLabelOverlap: true, minShowLabelAngle: 0,
            label: { show: true, color: '#222', lineHeight: 18 },
            labelLine: { length: 14, length2: 18, lineStyle: { color: '#666' } },
            itemStyle: { borderColor: '#fff', borderWidth: 1 },
            data: slices.map(s => ({
                name: plain(s.name),
                value: s.value.value.toNumber(),
                label: { formatter: plain(`${s.name}\n${printFigure(s.value, spec.grouped)}${spec.unit}${s.share ? `，${printFigure(s.share)}` : ''}`) },
            })),
        }],
    };
}

/** A chart with nothing to show: 本年无数据 where it would stand, the chart keeping its place and its 图n. */
function nothingToDraw(base: Option): Option {
    return { ...base, title: { text: '本年无数据', left: 'center', top: 'middle', textStyle: { fontFamily: CHART_FONT, fontWeight: 'normal', fontSize: 14, color: '#666' } } };
}

/** Text for ECharts: braces would read as its template syntax ({b}, {a|…}). */
function plain(text: string | undefined): string {
    return (text ?? '').replace(/\{/g, '｛').replace(/\}/g, '｝');
}

/**
 * Makes ECharts' SVG fit a strict Content Security Policy and an HTML page: hover `<style>`
 * blocks and their classes go, inline `style` attributes become presentation attributes, the
 * namespaces (not needed inline) go.
 */
export function inlineSafe(svg: string): string {
    return svg
        .replace(/<style[\s\S]*?<\/style>/g, '')
        .replace(/ class="zr[\w-]*"/g, '')
        .replace(/ style="([^"]*)"/g, (_, declarations: string) => presentationAttributes(declarations))
        .replace(/ xmlns(?::xlink)?="[^"]*"/g, '')
        .replace(/ (?:version|baseProfile)="[^"]*"/g, '')
        .replace(/\n/g, '');
}

const PRESENTATION = new Set(['font-size', 'font-family', 'font-weight', 'font-style', 'fill', 'stroke', 'opacity']);

function presentationAttributes(declarations: string): string {
    let out = '';
    for (const declaration of declarations.split(';')) {
        const colon = declaration.indexOf(':');
        if (colon < 0) continue;
        const name = declaration.slice(0, colon).trim();
        const value = declaration.slice(colon + 1).trim();
        if (!PRESENTATION.has(name) || value === '') continue;
        out += ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;
    }
    return out;
}
