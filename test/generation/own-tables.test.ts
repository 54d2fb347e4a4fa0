// A department's own tables (a 绩效自评表 printed as 表10 beside the template's nine) are part of
// its report: printed after the template's tables, in the contents too, never dropped.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「某县农业农村局」
年度 2023
单位 万元
表11 项目支出绩效自评表 {
  列【预算数 执行数】
  合计 100 90
}
表9 财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  合计 10 8
}
表10 部门整体支出绩效自评表 {
  列【年初预算数 全年预算数 全年执行数】
  年度资金总额 100 120 110
}
`;

describe('tables beyond the template', () => {
    const text = visibleText(buildHtml(REPORT)).replace(/\s+/g, ' ');

    it('are listed in the contents after the template tables, by number', () => {
        const contents = text.slice(text.indexOf('目录'), text.indexOf('第一部分', text.indexOf('第四部分')));
        const order = ['九、财政拨款“三公”经费支出决算表', '十、部门整体支出绩效自评表', '十一、项目支出绩效自评表'].map(t => contents.indexOf(t));
        expect(order.every(i => i >= 0), contents).toBe(true);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
    });

    // each page labelled as the report numbers it (表9, not the layout's 公开09表)
    it('are printed with their own columns and rows, after the template tables', () => {
        const nine = text.indexOf('表9 财政拨款“三公”经费支出决算表');
        const ten = text.indexOf('表10 部门整体支出绩效自评表');
        const eleven = text.indexOf('表11 项目支出绩效自评表');
        expect(nine).toBeGreaterThan(0);
        expect(ten).toBeGreaterThan(nine);
        expect(eleven).toBeGreaterThan(ten);
        const cells = (from: number, to?: number) => text.slice(from, to).replace(/\s/g, '');
        expect(cells(ten, eleven)).toContain('项目年初预算数全年预算数全年执行数年度资金总额100120110');
        expect(cells(eleven)).toContain('项目预算数执行数合计10090');
    });

    it('are not invented where the report has none', () => {
        expect(visibleText(buildHtml(REPORT.replace(/表1[01][\s\S]*?\n}\n/g, '')))).not.toMatch(/自评表/);
    });
});

// 浙江 prints no table numbers and a table by unit beside each by subject: written by the title alone
const BY_TITLE = `模板 「全国」
部门 「某县自然资源和规划局」
年度 2023
单位 万元
支出决算表（分单位） {
  列【单位名称 本年支出合计 基本支出 项目支出】
  合计 90.00 60.00 30.00
  某县自然资源和规划局（本级） 90.00 60.00 30.00
}
支出决算表（分科目） {
  列【科目编码 科目名称 本年支出合计 基本支出 项目支出】
  合计 90.00 60.00 30.00
}
`;

describe('tables written by their title alone', () => {
    const text = visibleText(buildHtml(BY_TITLE)).replace(/\s+/g, ' ');

    it('print a template table in its place and the department\'s own after the template\'s, headed as written', () => {
        const expenditure = text.indexOf('公开03表 支出决算表');
        const byUnit = text.indexOf('公开10表 支出决算表（分单位）');
        expect(expenditure).toBeGreaterThan(0);
        expect(byUnit).toBeGreaterThan(expenditure);
        expect(text.slice(expenditure, byUnit).replace(/\s/g, '')).toContain('合计90.0060.0030.00');
        expect(text.slice(byUnit).replace(/\s/g, '')).toContain('单位名称本年支出合计基本支出项目支出合计90.0060.0030.00某县自然资源和规划局（本级）90.0060.0030.00');
    });
});
