/**
 * Every figure of every example, raised beyond rounding, is reported by the rules its reviewed
 * list expects (see mutations.ts for the list's form). `npm run test:pin` rewrites the lists.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Checker, examples, PIN_COMMAND, PINNING, readPin, writePin } from './examples.js';
import {
    expectationLines, figureLabel, formatMutation, isUnreviewed, mutationOutcome, mutationsFile,
    MUTATIONS_HEADER, parseMutations,
} from './mutations.js';
import { raised, surfaceFigures } from './surface.js';

const checker = new Checker();

describe('the surface tokenizer', () => {
    it('finds figures of rows and attributes, not codes, dates, years, table numbers, texts or comments', () => {
        const text = [
            '年度 2020',
            '公开时间 2021年11月22日',
            '// 注释 12.5',
            '附表 6 一般公共预算财政拨款支出决算表 {',
            '  列【合计 基本支出 项目支出】',
            '  2010301 行政运行 1,298.18 298.18 - 占比 -2.5% 说明 「含 7 个项目【附表6.合计】」',
            '  国内公务接待 4.92万元 27批次 292人次 车辆 2台（套）',
            '}',
            '公开01表 模板 shanghai-2024',
        ].join('\n');
        expect(surfaceFigures(text).map(f => `${f.line}:${f.column} ${f.written}`)).toEqual([
            '6:16 1,298.18', '6:25 298.18', '6:37 -2.5%',
            '7:10 4.92万元', '7:17 27批次', '7:22 292人次', '7:31 2台（套）',
        ]);
    });

    it('raises a figure by one of its own units, as written', () => {
        const [amount, separated, rate, count, negative] = surfaceFigures('x 1995 1,999.50 22.54% 27批次 -0.5');
        expect([amount, separated, rate, count, negative].map(raised)).toEqual(['1996', '2,000.50', '23.54%', '28批次', '0.5']);
    });
});

describe('every figure of every example, raised beyond rounding, is reported by its relation', () => {
    for (const example of examples()) {
        it(example.name, async () => {
            const file = mutationsFile(example.file);
            const figures = surfaceFigures(example.text);
            const baseline = await checker.check(example.text, example.name);
            const outcomes: string[][] = [];
            for (const figure of figures) outcomes.push(await mutationOutcome(checker, example, baseline, figure));
            const pinned = readPin(file);
            const previous = pinned === undefined ? [] : parseMutations(pinned);
            const lines = expectationLines(figures.map(figureLabel), outcomes, previous);
            if (PINNING) {
                writePin(file, [...MUTATIONS_HEADER, ...lines.map(formatMutation)].join('\n') + '\n');
                return;
            }
            const where = path.relative(process.cwd(), file);
            expect(pinned, `${where} is missing: run \`${PIN_COMMAND}\`, then review it and write the reason of each "none: ?"`).toBeDefined();
            expect(lines.map(formatMutation), `what the checks report for a changed figure of ${example.name} differs from ${where}; `
                + `a relation lost shows as a line with fewer rules. If intended: \`${PIN_COMMAND}\` and review the diff`)
                .toEqual(previous.map(formatMutation));
            expect(previous.filter(isUnreviewed).map(formatMutation), `${where}: write why no relation constrains these figures`).toEqual([]);
        }, 600_000);
    }
});
