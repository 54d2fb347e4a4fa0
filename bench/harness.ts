// The benchmark harness: a measurement has a name and returns figures; `npm run bench` runs
// every `bench/*.bench.ts` file's measurements and prints one table. To add figures, add a
// file exporting `measurements` (see report.bench.ts).

import * as v8 from 'node:v8';
import * as vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/**
 * Collects the garbage the runs before left, so that a timed run pays for its own garbage only
 * (as benchmark tools do between samples): without it, a 100× report's run also paid for the
 * hundreds of megabytes the previous one let go.
 */
export function collectGarbage(): void {
    gc();
}

export interface Measurement {
    /** Shown in the first column: what is measured. */
    readonly name: string;
    run(): Promise<MeasurementResult> | MeasurementResult;
}

export type MeasurementResult =
    | { readonly kind: 'time'; readonly median: number; readonly min: number; readonly max: number; readonly runs: number; readonly note?: string }
    | { readonly kind: 'size'; readonly bytes: number; readonly note?: string }
    | { readonly kind: 'value'; readonly value: string; readonly note?: string };

export interface TimeOptions {
    /** Runs not counted, for the JIT and caches. */
    readonly warmup?: number;
    readonly runs?: number;
    /** Called before each run, not timed. */
    readonly before?: () => void;
}

/** Times `fn`: the median, minimum and maximum over `runs` runs after `warmup` ones, in ms. */
export async function time(fn: () => unknown, options: TimeOptions = {}): Promise<Extract<MeasurementResult, { kind: 'time' }>> {
    const warmup = options.warmup ?? 5;
    const runs = options.runs ?? 25;
    for (let i = 0; i < warmup; i++) {
        options.before?.();
        await fn();
    }
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
        options.before?.();
        collectGarbage();
        const started = performance.now();
        await fn();
        samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    const middle = Math.floor(samples.length / 2);
    const median = samples.length % 2 === 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
    return { kind: 'time', median, min: samples[0], max: samples[samples.length - 1], runs };
}

export interface Row {
    readonly name: string;
    readonly result?: MeasurementResult;
    readonly error?: string;
}

/** The results as a table: 测量 | 中位数 | 最小 | 最大 | 次数 | 备注. */
export function formatTable(rows: readonly Row[]): string {
    const header = ['测量', '中位数', '最小', '最大', '次数', '备注'];
    const lines = rows.map(({ name, result, error }) => {
        if (!result) return [name, '失败', '', '', '', error ?? ''];
        switch (result.kind) {
            case 'time': return [name, ms(result.median), ms(result.min), ms(result.max), String(result.runs), result.note ?? ''];
            case 'size': return [name, size(result.bytes), '', '', '', result.note ?? ''];
            case 'value': return [name, result.value, '', '', '', result.note ?? ''];
        }
    });
    const all = [header, ...lines];
    const widths = header.map((_, i) => Math.max(...all.map(l => width(l[i]))));
    const pad = (text: string, i: number) => i === 0 || i === 5 ? text + ' '.repeat(widths[i] - width(text)) : ' '.repeat(widths[i] - width(text)) + text;
    const render = (l: string[]) => `| ${l.map(pad).join(' | ')} |`;
    return [render(header), `|${widths.map((w, i) => (i === 0 || i === 5 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 || i === 5 ? '' : ':')).join('|')}|`, ...lines.map(render)].join('\n');
}

function ms(value: number): string {
    return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

function size(bytes: number): string {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Terminal columns: 汉字 take two. */
function width(text: string): number {
    let w = 0;
    for (const char of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
    return w;
}
