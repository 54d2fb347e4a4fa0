// A department's own tables (a 绩效自评表 printed as 表10 beside the template's nine) are part of
// its report: printed after the template's tables, in the contents too, never dropped.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHtml, ROOT, visibleText } from './helpers.js';

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

    it('print the subject codes their rows write (山西\'s （二） by 经济分类, placed where the 基本支出 table stands)', () => {
        const html = buildHtml(`模板 「全国 2019—2021」\n部门 「某镇人民政府」\n年度 2021\n单位 万元\n六、一般公共预算财政拨款支出决算表（二） {\n  列【合计 基本支出 项目支出】\n  合计 80.00 80.00 -\n  301 工资福利支出 80.00 80.00 - {\n    30101 基本工资 80.00 80.00 -\n  }\n}\n`);
        const page = visibleText(html.slice(html.indexOf('一般公共预算财政拨款支出决算表（二）</h2>'))).replace(/\s/g, '');
        expect(page).toContain('科目编码科目名称');
        expect(page).toContain('301工资福利支出80.0080.00-30101基本工资80.0080.00-');
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
    const html = buildHtml(BY_TITLE);
    const text = visibleText(html).replace(/\s+/g, ' ');
    const contents = text.slice(text.indexOf('目录'), text.indexOf('第一部分', text.indexOf('第四部分')));

    it('print in the order written, under the titles written, the template\'s other tables in its order around them', () => {
        const order = ['收入决算表', '支出决算表（分单位）', '支出决算表（分科目）', '财政拨款收入支出决算总表'];
        for (const where of [contents, text.slice(text.indexOf('第二部分', text.indexOf('第一部分', text.indexOf('第四部分'))))]) {
            const at = order.map(t => where.indexOf(` ${t} `));
            expect(at.every(i => i >= 0), where).toBe(true);
            expect([...at].sort((a, b) => a - b)).toEqual(at);
        }
        const byUnit = text.lastIndexOf('支出决算表（分单位）');
        const bySubject = text.lastIndexOf('支出决算表（分科目）');
        expect(text.slice(byUnit, bySubject).replace(/\s/g, '')).toContain('单位名称本年支出合计基本支出项目支出合计90.0060.0030.00某县自然资源和规划局（本级）90.0060.0030.00');
        expect(text.slice(bySubject).replace(/\s/g, '')).toContain('合计90.0060.0030.00');
    });

    it('print no label and no number the report does not print', () => {
        expect(html).not.toContain('class="table-label"');
        expect(contents).not.toMatch(/[一二三四五六七八九十]、\S*决算(?:明细)?表/);
    });
});

// 浙江 numbers its tables its own way: 表2 and 表3 are its 收入决算表 by unit and by subject
const OWN_NUMBERS = `模板 「全国」
部门 「某县自然资源和规划局」
年度 2023
单位 万元
表1 收入支出决算总表 {
  收入 {
    本年收入合计 90.00
  }
}
表2 收入决算表（分单位） {
  列【单位名称 本年收入合计】
  合计 90.00
}
表3 收入决算表（分科目） {
  列【科目编码 科目名称 本年收入合计】
  合计 90.00
}
`;

describe('tables numbered the report\'s own way', () => {
    const html = buildHtml(OWN_NUMBERS);
    const text = visibleText(html).replace(/\s+/g, ' ');

    it('print under the labels written, in their order, listed so in the contents', () => {
        const pages = [...html.matchAll(/<div class="table-label">([^<]*)<\/div>\s*<h2 class="table-title">([^<]*)</g)].map(m => `${m[1]} ${m[2]}`);
        expect(pages.slice(0, 3)).toEqual(['表1 收入支出决算总表', '表2 收入决算表（分单位）', '表3 收入决算表（分科目）']);
        expect(html).not.toMatch(/公开\d+表/);
        const contents = text.slice(text.indexOf('目录'), text.indexOf('第一部分', text.indexOf('第四部分')));
        const order = ['一、收入支出决算总表', '二、收入决算表（分单位）', '三、收入决算表（分科目）'].map(t => contents.indexOf(t));
        expect(order.every(i => i >= 0), contents).toBe(true);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
    });
});

describe('the 浙江 trial (tables by title alone, 分单位 beside 分科目)', () => {
    const source = readFileSync(path.join(ROOT, 'test', 'validation', 'cases', 'national', 'trial-province.juesuan'), 'utf8').replace(/[»«]/g, '');
    const html = buildHtml(source);

    it('prints its tables in its order under its titles, with no label it does not print', () => {
        const written = [...source.matchAll(/^(\S+表(?:（[^）]*）)?) \{$/gm)].map(m => m[1]);
        expect(written.length).toBeGreaterThan(9);
        const printed = [...html.matchAll(/<h2 class="table-title">([^<]*)<\/h2>/g)].map(m => visibleText(m[1]));
        expect(printed).toEqual(written);
        const contents = [...html.matchAll(/<li class="toc-2">(?:<a[^>]*>)?([^<]*)/g)].map(m => visibleText(m[1])).filter(t => written.includes(t));
        expect(contents).toEqual(written);
        expect(html).not.toContain('class="table-label"');
    });
});

// 北京's 政府采购情况表 prints 采购计划金额 and 实际采购金额 each over 总计 货物 工程 服务
const TWO_LEVEL = `模板 「全国」
部门 「某区文化和旅游局」
年度 2024
单位 万元
公开11表 政府采购情况表 {
  列【单位名称 采购计划金额 { 总计 货物 工程 服务 } 实际采购金额 { 总计 货物 工程 服务 }】
  合计 902.60 140.00 - 762.60 865.30 126.40 - 738.90
}
`;

describe('a two-level header written as printed', () => {
    const html = buildHtml(TWO_LEVEL);
    const at = html.indexOf('<table', html.lastIndexOf('政府采购情况表'));
    const head = html.slice(at, html.indexOf('</thead>', at)).replace(/\s+/g, '');

    it('prints each heading once over its columns, the row heading spanning both rows', () => {
        expect(head).toContain('<throwspan="2">单位名称</th><thcolspan="4">采购计划金额</th><thcolspan="4">实际采购金额</th></tr>');
        expect(head).toContain('<tr><th>总计</th><th>货物</th><th>工程</th><th>服务</th><th>总计</th><th>货物</th><th>工程</th><th>服务</th></tr>');
    });
});

// 天津 prints the template's 政府性基金 table with 本年支出 over 小计 基本支出 项目支出, and its 国有资本经营 table
// as the 收入支出 account (云南 likewise), empty
const TEMPLATE_TWO_LEVEL = `模板 「全国」
部门 「临港区民政局」
年度 2024
单位 万元
八、《政府性基金预算财政拨款收入支出决算表》 {
  列【年初结转和结余 本年收入 本年支出 { 小计 基本支出 项目支出 } 年末结转和结余】
  合计 - 80.00 80.00 - 80.00 -
}
九、《国有资本经营预算财政拨款收入支出决算表》 {
  无数据 「本部门2024年度没有国有资本经营预算财政拨款收入，也没有使用国有资本经营预算财政拨款安排的支出。」
}
`;

describe('a template table printed with a heading over several of its columns', () => {
    const html = buildHtml(TEMPLATE_TWO_LEVEL);
    const headOf = (title: string) => {
        // headed with the ordinal written at the table (八、《…》)
        const heading = html.indexOf(`《${title}》</h2>`);
        expect(heading).toBeGreaterThan(0);
        const at = html.indexOf('<table', heading);
        return html.slice(at, html.indexOf('</thead>', at)).replace(/\s+/g, '');
    };

    it('prints the two rows of its header as written (天津: 本年支出 over 小计 基本支出 项目支出)', () => {
        const head = headOf('政府性基金预算财政拨款收入支出决算表');
        expect(head).toContain('<throwspan="2">年初结转和结余</th><throwspan="2">本年收入</th><thcolspan="3">本年支出</th><throwspan="2">年末结转和结余</th></tr>');
        expect(head).toContain('<tr><th>科目编码</th><th>科目名称</th><th>小计</th><th>基本支出</th><th>项目支出</th></tr>');
    });

    it('heads a table printed as another of the standard set with that one\'s columns (国有资本经营…收入支出决算表), not the 支出 table\'s', () => {
        const head = headOf('国有资本经营预算财政拨款收入支出决算表');
        expect(head).toContain('<throwspan="2">年初结转和结余</th><throwspan="2">本年收入</th><thcolspan="3">本年支出</th><throwspan="2">年末结转和结余</th>');
        expect(head).toContain('<tr><th>科目编码</th><th>科目名称</th><th>小计</th><th>基本支出</th><th>项目支出</th></tr>');
        expect(head).not.toContain('<th>合计</th>');
    });
});

describe('a table of the standard set printed as its 公开表 (西藏: 八、国有资本经营预算财政拨款收入支出决算公开表)', () => {
    it('is headed with the 收入支出 account\'s columns, not the 支出 table\'s', () => {
        const html = buildHtml(`模板 「全国」
部门 「某驻外办事处」
年度 2024
单位 万元
八、国有资本经营预算财政拨款收入支出决算公开表 {
  无数据 注 「本单位2024年度无国有资本经营预算财政拨款收支，故本表为空表。」
}
`);
        const heading = html.indexOf('国有资本经营预算财政拨款收入支出决算公开表</h2>');
        expect(heading).toBeGreaterThan(0);
        const at = html.indexOf('<table', heading);
        const head = html.slice(at, html.indexOf('</thead>', at)).replace(/\s+/g, '');
        expect(head).toContain('<throwspan="2">年初结转和结余</th><throwspan="2">本年收入</th><thcolspan="3">本年支出</th><throwspan="2">年末结转和结余</th>');
    });
});

describe('a table of the standard set printed under another one\'s title, with rows and no 列', () => {
    it('prints its figures under the columns they are read in (the 支出 table\'s 小计 基本支出 项目支出), none lost', () => {
        const html = buildHtml(`模板 「全国」
部门 「某驻外办事处」
年度 2024
单位 万元
八、国有资本经营预算财政拨款收入支出决算公开表 {
  223 国有资本经营预算支出 10.00 4.00 6.00
  合计 10.00 4.00 6.00
}
`);
        const heading = html.indexOf('国有资本经营预算财政拨款收入支出决算公开表</h2>');
        expect(heading).toBeGreaterThan(0);
        const table = html.slice(html.indexOf('<table', heading), html.indexOf('</table>', heading)).replace(/\s+/g, '');
        expect(table).toContain('<th>小计</th><th>基本支出</th><th>项目支出</th>');
        expect(table).not.toContain('年初结转和结余');
        expect(table.match(/>10\.00</g)).toHaveLength(2);
    });
});

describe('a title written in 《》 (天津: 八、《政府性基金预算财政拨款收入支出决算表》)', () => {
    it('prints them in the contents and over the table, as written', () => {
        const html = buildHtml(TEMPLATE_TWO_LEVEL);
        const toc = [...html.matchAll(/<li class="toc-2">(?:<a[^>]*>)?([^<]*)/g)].map(m => m[1]);
        expect(toc).toContain('八、《政府性基金预算财政拨款收入支出决算表》');
        expect(html).toContain('<h2 class="table-title">八、《政府性基金预算财政拨款收入支出决算表》</h2>');
        // a table the report lacks keeps the template's title, without them
        expect(toc.some(entry => entry.endsWith('收入支出决算总表') && !entry.includes('《'))).toBe(true);
    });
});

// 贵州 prints a 非财政拨款收入支出决算总表 of its own, two-sided as the 收入支出决算总表
const TWO_SIDED = `模板 「全国」
部门 「某县水务局」
年度 2024
单位 万元
非财政拨款收入支出决算总表 {
  收入 {
    二、事业收入 36.40
    五、其他收入 4.08
    本年收入合计 40.48
    年初结转和结余 12.60
    总计 53.08
  }
  支出 {
    十二、农林水支出 38.30
    本年支出合计 38.30
    年末结转和结余 14.78
    总计 53.08
  }
}
`;

describe('a two-sided table of the report\'s own', () => {
    const text = visibleText(buildHtml(TWO_SIDED)).replace(/\s+/g, '');
    const page = text.slice(text.lastIndexOf('非财政拨款收入支出决算总表'));

    it('prints its sides side by side, as the report does, the totals on one line', () => {
        expect(page).toContain('收入支出项目决算数项目决算数二、事业收入36.40十二、农林水支出38.30五、其他收入4.08');
        expect(page).toContain('本年收入合计40.48本年支出合计38.30年初结转和结余12.60年末结转和结余14.78总计53.08总计53.08');
    });

    it('prints no sum of a side the report does not print', () => {
        // 收入 and 支出 as list lines summed every row under them: 146.64 and 144.46
        expect(page).not.toContain('146.64');
        expect(page).not.toContain('144.46');
    });
});
