// Charts as PNG images for Word: the SVG the HTML report inlines (ECharts' server-side
// renderer), rasterised by resvg compiled to WebAssembly — the same file runs on every platform
// VS Code does, with no native module to install. resvg draws text with the fonts it is given,
// so a Chinese font of the system is found and loaded once.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { renderChartSvg } from '../generation/charts.js';
import type { ChartSpec } from '../generation/report-parts.js';

/** Pixels per CSS pixel of the chart: sharp when printed. */
const SCALE = 2;

interface Fonts {
    readonly buffers: Uint8Array[];
    /** The family resvg falls back to for every text of the chart. */
    readonly family?: string;
}

let ready: Promise<Fonts> | undefined;

/** The chart as a PNG, `SCALE` times the chart's size in CSS pixels. */
export async function renderChartPng(spec: ChartSpec): Promise<{ png: Uint8Array; width: number; height: number }> {
    const fonts = await (ready ??= initialise());
    // the HTML inlines the SVG without its namespace, which a standalone SVG needs
    const svg = renderChartSvg(spec).replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ');
    const resvg = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: SCALE },
        background: '#ffffff',
        font: { fontBuffers: fonts.buffers, defaultFontFamily: fonts.family, sansSerifFamily: fonts.family },
    });
    try {
        const image = resvg.render();
        try {
            return { png: image.asPng(), width: image.width / SCALE, height: image.height / SCALE };
        } finally {
            image.free();
        }
    } finally {
        resvg.free();
    }
}

async function initialise(): Promise<Fonts> {
    await initWasm(readFileSync(wasmPath()));
    const font = chineseFont();
    return font ? { buffers: [new Uint8Array(readFileSync(font.file))], family: font.family } : { buffers: [] };
}

/** out/resvg.wasm beside the bundle; the package's own file when run from source (tests). */
function wasmPath(): string {
    const bundled = typeof __dirname === 'string' ? path.join(__dirname, 'resvg.wasm') : undefined;
    if (bundled && existsSync(bundled)) return bundled;
    return createRequire(path.join(process.cwd(), 'package.json')).resolve('@resvg/resvg-wasm/index_bg.wasm');
}

/** Well-known Chinese sans-serif fonts: file and family, for systems without fontconfig. */
const KNOWN_FONTS: readonly { readonly file: string; readonly family: string }[] = [
    { file: 'C:\\Windows\\Fonts\\msyh.ttc', family: 'Microsoft YaHei' },
    { file: 'C:\\Windows\\Fonts\\simhei.ttf', family: 'SimHei' },
    { file: '/System/Library/Fonts/PingFang.ttc', family: 'PingFang SC' },
    { file: '/System/Library/Fonts/STHeiti Light.ttc', family: 'Heiti SC' },
    { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' },
];

/** A Chinese font file of the system and its family: fontconfig's list where there is fontconfig. */
function chineseFont(): { file: string; family: string } | undefined {
    try {
        // fc-match would offer a Latin font where no Chinese one exists; fc-list lists only fonts covering Chinese
        const fonts = execFileSync('fc-list', [':lang=zh-cn:style=Regular', 'file', 'family'], { encoding: 'utf8', timeout: 5000 })
            .split('\n')
            .map(line => /^(.+?): ([^,\n]+)/.exec(line))
            .filter((m): m is RegExpExecArray => m !== null && existsSync(m[1]))
            .map(m => ({ file: m[1], family: m[2].trim() }));
        const best = fonts.find(f => /Sans.*SC|Hei|YaHei/i.test(f.family)) ?? fonts[0];
        if (best) return best;
    } catch {
        // no fontconfig (Windows, macOS): the well-known files below
    }
    return KNOWN_FONTS.find(f => existsSync(f.file));
}
