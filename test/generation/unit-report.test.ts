// A 单位决算 (the report of one unit, its overview written 单位概况) is called so where the
// generator names the report: 〔单位〕2023年度决算, 本单位 in the standard sentences; a department's
// report keeps 部门决算 and 本部门. Its 资产负债情况表 prints its 减：… rows whole.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const report = (overview: string) => `模板 「上海 2024」
部门 「上海市某区图书馆」
年度 2023
单位 万元
${overview} {
  主要职能 「收集、整理和保存文献信息资源。」
  机构设置 「本单位内设办公室、借阅部等2个部门。」
}
表八 政府性基金预算财政拨款收入支出决算表 {
  无数据
}
表十 资产负债情况表 {
  列【年初数 年末数】
  固定资产原值 3,862.40 3,905.30
  减：固定资产累计折旧 1,926.30 2,084.10
  固定资产净值 1,936.10 1,821.20
}
`;

describe('a unit’s report', () => {
    const unitHtml = buildHtml(report('单位概况'));
    const departmentHtml = buildHtml(report('部门概况'));
    const unit = visibleText(unitHtml).replace(/\s+/g, ' ');
    const department = visibleText(departmentHtml).replace(/\s+/g, ' ');

    it('is named a 决算 of the unit, not a 部门决算', () => {
        expect(unitHtml).toContain('<title>上海市某区图书馆2023年度决算</title>');
        expect(unit).toContain('2023年度 上海市某区图书馆 单位决算');
        expect(unit).not.toContain('部门决算');
        expect(departmentHtml).toContain('<title>上海市某区图书馆2023年度部门决算</title>');
        expect(department).toContain('2023年度 上海市某区图书馆 部门决算');
    });

    it('heads its parts 〔年〕年度决算…, a department\'s 〔年〕年度部门决算… (上海市作家协会 2020: 第二部分 上海市作家协会2020年度部门决算表)', () => {
        expect(unit).toContain('第二部分 上海市某区图书馆2023年度决算表');
        expect(unit).toContain('第三部分 上海市某区图书馆2023年度决算情况说明');
        expect(department).toContain('第二部分 上海市某区图书馆2023年度部门决算表');
        expect(department).toContain('第三部分 上海市某区图书馆2023年度部门决算情况说明');
    });

    it('heads its tables with the unit as 编制单位', () => {
        expect(unit).toContain('编制单位：上海市某区图书馆');
        expect(unit).not.toContain('部门：');
        expect(department).toContain('部门：上海市某区图书馆');
    });

    it('says 本单位 in the statement of an empty table', () => {
        expect(unit).toContain('注：本单位2023年度没有政府性基金预算财政拨款收入支出');
        expect(department).toContain('注：本部门2023年度没有政府性基金预算财政拨款收入支出');
    });

    it('prints a 减：… row whole', () => {
        expect(unit.replace(/\s/g, '')).toContain('减：固定资产累计折旧1,926.302,084.10');
    });
});

// A unit's report is known by what it writes, not only by 单位概况: its name or a 部分 heading
// saying 单位决算 (单位决算表, 单位概况); a department's report that says neither stays one.
describe('a unit’s report known by its words', () => {
    const named = (lines: string) => visibleText(buildHtml(report('部门概况').replace('年度 2023', `年度 2023\n${lines}`))).replace(/\s+/g, ' ');

    it.each([
        ['全称 「上海市某区图书馆2023年度单位决算」'],
        ['部分 「第二部分 上海市某区图书馆2023年度单位决算表」'],
        ['部分 「第一部分 单位概况」'],
        // the title over the part's pages says it where the contents' does not (部分 「目录的」 「正文的」)
        ['部分 「第二部分 2023年度决算表」 「第二部分 上海市某区图书馆2023年度单位决算表」'],
    ])('%s', lines => {
        const unit = named(lines);
        expect(unit).toContain('编制单位：上海市某区图书馆');
        expect(unit).toContain('注：本单位2023年度没有政府性基金预算财政拨款收入支出');
        expect(unit).not.toContain('部门：');
    });

    it('called 单位决算 where its headings say so (安徽, 广西: 第二部分 …2024年度单位决算表), in its title, cover and part headings', () => {
        const html = buildHtml(report('单位概况').replace('年度 2023', '年度 2023\n部分 「第二部分 上海市某区图书馆2023年度单位决算表」'));
        expect(html).toContain('<title>上海市某区图书馆2023年度单位决算</title>');
        const text = visibleText(html).replace(/\s+/g, ' ');
        expect(text).toContain('2023年度 上海市某区图书馆 单位决算');
        expect(text).toContain('第三部分 上海市某区图书馆2023年度单位决算情况说明');
        expect(text).not.toMatch(/2023年度(?:部门)?决算[^表]/);
    });

    it('called 部门决算 where its headings say so, though its overview is 单位概况', () => {
        const html = buildHtml(report('单位概况').replace('年度 2023', '年度 2023\n部分 「第二部分 上海市某区图书馆2023年度部门决算表」'));
        expect(html).toContain('<title>上海市某区图书馆2023年度部门决算</title>');
        expect(visibleText(html).replace(/\s+/g, ' ')).toContain('2023年度 上海市某区图书馆 部门决算');
    });

    it('a 部门决算 by its headings, though its overview and first part say 单位概况 (乌鲁木齐: 第二部分 部门决算情况说明)', () => {
        const html = buildHtml(report('单位概况').replace('年度 2023', '年度 2023\n部分 「第一部分 单位概况」\n部分 「第二部分 部门决算情况说明」\n部分 「第四部分 部门决算报表（见附表）」'));
        expect(html).toContain('<title>上海市某区图书馆2023年度部门决算</title>');
        const text = visibleText(html).replace(/\s+/g, ' ');
        expect(text).toContain('2023年度 上海市某区图书馆 部门决算');
        expect(text).toContain('部门：上海市某区图书馆');
        expect(text).toContain('注：本部门2023年度没有政府性基金预算财政拨款收入支出');
        expect(text).not.toContain('单位决算');
        expect(text).not.toContain('编制单位');
    });

    it('a 单位决算 where its headings say 单位决算 more often than 部门决算', () => {
        const unit = named('部分 「第一部分 部门决算情况说明」\n部分 「第二部分 上海市某区图书馆2023年度单位决算表」\n部分 「第三部分 上海市某区图书馆2023年度单位决算情况说明」');
        expect(unit).toContain('编制单位：上海市某区图书馆');
        expect(unit).toContain('本单位');
    });

    it('counting a part headed in the contents and over its pages (部分 「…」 「…」) once', () => {
        // one heading saying 单位决算 twice against one saying 部门决算: as often, so its 部门概况 decides
        const department = named('部分 「第二部分 2023年度单位决算表」 「第二部分 上海市某区图书馆2023年度单位决算表」\n部分 「第三部分 2023年度部门决算情况说明」');
        expect(department).toContain('部门：上海市某区图书馆');
        expect(department).not.toContain('编制单位');
    });

    it('not by a 部分 heading of a department’s report', () => {
        const department = named('部分 「第二部分 2023年度部门决算表」\n全称 「上海市某区图书馆」');
        expect(department).toContain('部门：上海市某区图书馆');
        expect(department).toContain('本部门');
    });
});

// A project table printing 年初预算数 beside 全年预算数 (预算数 with its 年初预算): both are printed.
const PROJECT = `模板 「上海 2024」
部门 「上海市某区图书馆」
年度 2023
单位 万元
情况说明 {
  预算绩效 {
    项目 「全民阅读推广项目」 {
      预算数 320.00 年初预算 300.00 { 财政拨款 320.00 其它资金 0.00 }
      执行数 312.48 完成预算 97.65% { 财政拨款 312.48 其它资金 0.00 }
    }
  }
}
`;

describe('a project’s 年初预算数', () => {
    it('is printed in its table above the 全年预算数, where written', () => {
        const cells = visibleText(buildHtml(PROJECT)).replace(/\s/g, '');
        expect(cells).toContain('预算执行情况（万元）年初预算数：300.00万元全年预算数：320.00万元执行数：312.48万元');
        expect(visibleText(buildHtml(PROJECT.replace(' 年初预算 300.00', ''))).replace(/\s/g, '')).toContain('预算执行情况（万元）预算数：320.00万元执行数：312.48万元');
    });
});

// The template's part headings that name the department (四川: 部门概况, 部门决算情况说明) take the
// unit's word in a 单位决算, as 四川's unit reports print them (泸州市中医医院 2023: 第一部分 单位概况,
// 第二部分 2023年度单位决算情况说明); a department's keep theirs.
describe('a unit’s part headings', () => {
    const sichuan = (overview: string) => `模板 「四川」
部门 「沱江市中医医院」
年度 2023
单位 万元
${overview} {
  主要职责 「承担全市中医医疗任务。」
  机构设置 「医院内设职能科室18个。」
}
`;
    const partHeadings = (html: string) => [...html.matchAll(/<h1 id="part-\d+-title"[^>]*>([^<]*)<\/h1>/g)].map(m => visibleText(m[1]));
    const contents = (html: string) => [...html.matchAll(/<li class="toc-1">(?:<a[^>]*>)?([^<]*)/g)].map(m => m[1]);

    it('say 单位概况 and 单位决算情况说明, in the body and the contents', () => {
        const html = buildHtml(sichuan('单位概况'));
        expect(partHeadings(html).slice(0, 2)).toEqual(['第一部分 单位概况', '第二部分 2023年度单位决算情况说明']);
        expect(contents(html).slice(0, 2)).toEqual(['第一部分 单位概况', '第二部分 2023年度单位决算情况说明']);
        expect(visibleText(html)).not.toMatch(/部门概况|部门决算/);
    });

    it('of a department stay 部门概况 and 部门决算情况说明', () => {
        const html = buildHtml(sichuan('部门概况'));
        expect(partHeadings(html).slice(0, 2)).toEqual(['第一部分 部门概况', '第二部分 2023年度部门决算情况说明']);
    });
});
