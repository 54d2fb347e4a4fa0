// 八、政府性基金预算 / 九、国有资本经营预算 for a table written 无数据 「本部门…没有…也没有…安排的支出。」: the statement is
// the sentence — main said 支出0万元。 before it (examples/shanghai-2024 §八/§九), one fact said twice.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHtml, ROOT, visibleText } from './helpers.js';

describe('the fund sections of an empty table with its statement', () => {
    const text = visibleText(buildHtml(readFileSync(path.join(ROOT, 'examples', 'shanghai-2024.juesuan'), 'utf8')));

    it('print the statement alone', () => {
        for (const fund of ['政府性基金预算', '国有资本经营预算']) {
            expect(text).toContain(`本部门2024年度没有${fund}财政拨款收入，也没有使用${fund}财政拨款安排的支出。`);
            expect(text).not.toContain(`${fund}财政拨款支出0万元`);
        }
    });
});
