// The report generator's figures: building the seed report (parse, model, layout, charts,
// HTML), the preview's update after an edit, the report's size, and the command line end to end.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { clearChartCache } from '../src/generation/charts.js';
import { renderReportHtml } from '../src/generation/report-html.js';
import { parseReport } from '../src/generation/report-source.js';
import { renderPreviewContent } from '../src/preview/preview-content.js';
import type { Measurement } from './harness.js';
import { time } from './harness.js';

const ROOT = process.cwd();
const SEED = path.join(ROOT, 'examples', 'leshan-2020.juesuan');
const text = readFileSync(SEED, 'utf8');

export const measurements: Measurement[] = [
    {
        name: '种子报告：生成整份 HTML（解析、模型、版式、7 张图、HTML）',
        run: async () => ({
            ...await time(() => renderReportHtml(parseReport(text).model), { before: clearChartCache, warmup: 5, runs: 25 }),
            note: '每次重画图表',
        }),
    },
    {
        name: '种子报告：其中解析与报告模型',
        run: () => time(() => parseReport(text), { warmup: 5, runs: 25 }),
    },
    {
        name: '预览：改一个字后重新生成（图表未变，取缓存）',
        run: async () => {
            let n = 0;
            // a different text each time, as while typing: one reason gets a character longer
            const edited = () => text.replace('严格把控各项经费支出', `严格把控各项经费支出${'。'.repeat(n++ % 3)}`);
            return { ...await time(() => renderPreviewContent(edited(), 'memory:///bench.juesuan'), { warmup: 5, runs: 25 }), note: '另加 200 ms 防抖' };
        },
    },
    {
        name: '种子报告 HTML 大小',
        run: () => ({ kind: 'size', bytes: Buffer.byteLength(renderReportHtml(parseReport(text).model), 'utf8') }),
    },
    {
        name: '命令行 juesuan build（新进程，含 Node 启动）',
        run: async () => {
            const out = path.join(os.tmpdir(), `juesuan-bench-${process.pid}.html`);
            const run = () => execFileSync(process.execPath, [path.join(ROOT, 'bin', 'juesuan.cjs'), 'build', SEED, '-o', out], { stdio: 'ignore' });
            return { ...await time(run, { warmup: 1, runs: 5 }), note: 'out/cli.cjs' };
        },
    },
];
