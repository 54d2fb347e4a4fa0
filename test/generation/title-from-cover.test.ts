// The page's title is the name the cover prints where one is written: 眉山市公安局彭山区分局 2024 (四川) heads its cover
// …部门决算 and its parts 单位概况, 单位决算情况说明 — main titled the page …2024年度单位决算 beside a cover saying 部门决算.
import { describe, expect, it } from 'vitest';
import { buildHtml } from './helpers.js';

const report = (cover: string) => `模板 「四川 2024」
部门 「眉山市公安局彭山区分局」
年度 2024
单位 万元
${cover}
部分 「第一部分 单位概况」
部分 「第二部分 2024年度单位决算情况说明」
单位概况 {
  一、主要职责 「负责全区治安管理工作。」
}
`;

describe('the page title', () => {
    it('follows the cover where one is written', () => {
        expect(buildHtml(report('封面 「2024年度四川省眉山市公安局彭山区分局部门决算」'))).toContain('<title>2024年度四川省眉山市公安局彭山区分局部门决算</title>');
    });

    it('is made from the headings\' name where no cover is written', () => {
        expect(buildHtml(report(''))).toContain('<title>眉山市公安局彭山区分局2024年度单位决算</title>');
    });
});
