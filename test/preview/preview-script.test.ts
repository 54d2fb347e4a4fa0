// media/preview.js: the mapping between source lines and scroll positions, tested as pure
// functions (the file exports them when loaded as a module; in the webview it starts itself).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../generation/helpers.js';

interface Entry { line: number; top: number; height: number }
interface PreviewScript {
    entryForLine(entries: Entry[], line: number): number;
    scrollTopForLine(entries: Entry[], line: number): number;
    lineAtScrollTop(entries: Entry[], scrollTop: number): number | undefined;
    lineOfElement(element: unknown): number | undefined;
}

function load(): PreviewScript {
    const module = { exports: {} as PreviewScript };
    vm.runInNewContext(readFileSync(path.join(ROOT, 'media', 'preview.js'), 'utf8'), { module });
    return module.exports;
}

const script = load();

// a report: part 2 sentences cite table rows (lines 400+), then the tables print the rows again
const entries: Entry[] = [
    { line: 10, top: 0, height: 40 },      // 主要职能
    { line: 12, top: 40, height: 200 },    // 重点工作, a long text
    { line: 20, top: 240, height: 40 },    // 机构设置
    { line: 400, top: 300, height: 60 },   // a sentence citing 附表1 总计
    { line: 300, top: 360, height: 60 },   // 附件
    { line: 398, top: 500, height: 20 },   // 附表1 first row
    { line: 399, top: 520, height: 20 },
    { line: 400, top: 540, height: 20 },   // 附表1 总计, its home
    { line: 405, top: 560, height: 20 },
];

describe('editor → preview', () => {
    it('goes to the last element of the greatest line not after the editor line', () => {
        expect(script.entryForLine(entries, 10)).toBe(0);
        expect(script.entryForLine(entries, 15)).toBe(1);
        expect(script.entryForLine(entries, 400)).toBe(7);
        expect(script.entryForLine(entries, 5)).toBe(-1);
    });

    it('scrolls between an element and the next one in proportion to the lines', () => {
        expect(script.scrollTopForLine(entries, 10)).toBe(0);
        expect(script.scrollTopForLine(entries, 16)).toBeCloseTo(40 + (4 / 8) * 200);
        expect(script.scrollTopForLine(entries, 400)).toBe(540);
        expect(script.scrollTopForLine(entries, 402)).toBeCloseTo(540 + (2 / 5) * 20);
        expect(script.scrollTopForLine(entries, 1000)).toBe(560);
        expect(script.scrollTopForLine(entries, 0)).toBe(0);
        expect(script.scrollTopForLine([], 3)).toBe(0);
    });
});

describe('preview → editor', () => {
    it('reads the line at the top of the preview, between elements in proportion', () => {
        expect(script.lineAtScrollTop(entries, 0)).toBe(10);
        expect(script.lineAtScrollTop(entries, 140)).toBeCloseTo(12 + (100 / 200) * 8);
        expect(script.lineAtScrollTop(entries, 510)).toBeCloseTo(398.5);
        expect(script.lineAtScrollTop(entries, 330)).toBe(400);
        expect(script.lineAtScrollTop(entries, 10_000)).toBe(405);
        expect(script.lineAtScrollTop([], 10)).toBeUndefined();
    });

    it('takes the element coming into view when the top of the preview is between two elements', () => {
        const gap: Entry[] = [
            { line: 323, top: 0, height: 40 },      // the end of 第二部分
            { line: 303, top: 200, height: 30 },    // 第三部分's heading, after the page's margin
            { line: 304, top: 240, height: 30 },
        ];
        expect(script.lineAtScrollTop(gap, 120)).toBe(303);
        expect(script.lineAtScrollTop(gap, 20)).toBe(323);
    });

    it('finds the line of a double-clicked element or of its nearest ancestor with one', () => {
        const row = { dataset: { line: '42' }, parentElement: null };
        const cell = { dataset: {}, parentElement: row };
        const text = { parentElement: cell };
        expect(script.lineOfElement(text)).toBe(42);
        expect(script.lineOfElement({ dataset: {}, parentElement: null })).toBeUndefined();
    });

    it('round-trips: the line a position shows scrolls back to that position', () => {
        for (const top of [0, 100, 250, 520, 545]) {
            const line = script.lineAtScrollTop(entries, top)!;
            const back = script.scrollTopForLine(entries, line);
            expect(Math.abs(back - top)).toBeLessThan(25);
        }
    });
});
