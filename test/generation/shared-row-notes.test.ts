// A row's text the tables and sentences do not print (差异原因, 用途 …) is printed after them under its row's name; one reason
// given for several rows is printed once under all their names — main labelled the reason seven rows of examples/demo-2021
// share 行政运行差异原因, the first row's name alone.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHtml, ROOT, visibleText } from './helpers.js';

describe('a reason several rows share', () => {
    const text = visibleText(buildHtml(readFileSync(path.join(ROOT, 'examples', 'demo-2021.juesuan'), 'utf8')));

    it('is printed once, under the names of every row giving it', () => {
        const reason = '差异原因：按实际需要执行，结余资金按规定收回';
        expect(text).toContain(`行政运行、一般行政管理事务、其他教育管理事务支出、培训支出、其他教育支出、行政单位医疗、公务员医疗补助${reason}`);
        expect(text.split(reason).length - 1).toBe(1);
    });

    it('keeps one row\'s reason under that row\'s name', () => {
        expect(text).toContain('公务接待费变动原因：严格执行公务接待标准，接待批次减少');
    });
});
