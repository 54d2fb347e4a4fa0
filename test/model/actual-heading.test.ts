import { describe, expect, test } from 'vitest';
import { isActualHeading } from '../../src/model/rows.js';

// The column a table of the department's own prints this year's actual under, as real tables head it.
describe('the heading of the actual column', () => {
    test.each(['决算数', '决算', '本年决算数', '本年实际数', '决算数（本年）', '全年执行数', '执行数', '实际金额'])('%s is the actual', heading => {
        expect(isActualHeading(heading)).toBe(true);
    });

    test.each(['预算数', '年初预算数', '预算执行数', '上年决算数', '执行率', '决算数占比', '本年收入'])('%s is not', heading => {
        expect(isActualHeading(heading)).toBe(false);
    });
});
