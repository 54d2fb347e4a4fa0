// A 名词解释 code entry prints the name written, as the report prints it: without the code where the report prints
// none (四川's seed: 9.一般公共服务（201）…（01）：), with it where the name is written with the code the report prints
// before it (7.2100202 卫生健康支出（210）…：).
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「四川」
部门 「沱江市中医医院」
年度 2023
单位 万元
名词解释 {
  7.2100202 「2100202 卫生健康支出（210）公立医院（02）中医（民族）医院（02）」：「指反映卫生健康部门所属中医院、民族医院的支出。」
  8.2010301 「一般公共服务（201）政府办公厅（室）及相关机构事务（03）行政运行（01）」：「指反映行政单位的基本支出。」
}
`;

describe('a glossary entry with a subject code', () => {
    const text = visibleText(buildHtml(REPORT));

    it('prints the code the report prints before the name', () => {
        expect(text).toContain('7.2100202 卫生健康支出（210）公立医院（02）中医（民族）医院（02）：指反映卫生健康部门所属中医院、民族医院的支出。');
    });

    it('prints no code the name is written without', () => {
        expect(text).toContain('8.一般公共服务（201）政府办公厅（室）及相关机构事务（03）行政运行（01）：指反映行政单位的基本支出。');
    });
});
