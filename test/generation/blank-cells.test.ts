// A cell written `-` is a blank cell of the published table: the generated report prints it
// blank, never as 0, while a 0 written as 0 stays 0 (issue 12: unknown is not zero).
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const SOURCE = `模板 「上海 2024」
部门 「某局」
年度 2024
单位 万元
表三 支出决算表 {
  列【本年支出合计 基本支出 项目支出】
  合计 110.00 10.00 100.00
  201 一般公共服务支出 100.00 - 100.00
  208 社会保障和就业支出 10.00 10.00 0
}
`;

/** The visible text of each cell of the table row whose second cell is `name`. */
function rowCells(html: string, name: string): string[] {
    for (const row of html.match(/<tr[\s\S]*?<\/tr>/g) ?? []) {
        const cells = [...row.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map(m => visibleText(m[1]).trim());
        if (cells[1] === name) return cells;
    }
    return [];
}

describe('blank cells in the generated tables', () => {
    const html = buildHtml(SOURCE);

    it('prints a cell written - as blank', () => {
        expect(rowCells(html, '一般公共服务支出').slice(0, 5)).toEqual(['201', '一般公共服务支出', '100.00', '', '100.00']);
    });

    it('prints a cell written 0 as 0', () => {
        expect(rowCells(html, '社会保障和就业支出').slice(0, 5)).toEqual(['208', '社会保障和就业支出', '10.00', '10.00', '0']);
    });
});
