// Next year's report from this year's: texts kept, 本年 → 上年, this year's figures to fill, 年度
// one on, and a 上年 line that links back: checked against this year's file, it agrees.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AstUtils, EmptyFileSystem, URI } from 'langium';
import { parseHelper } from 'langium/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, Row } from '../../src/language/generated/ast.js';
import { isMetaField, isRow, isTextField } from '../../src/language/generated/ast.js';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import { nextYearReport } from '../../src/lsp/next-year.js';
import { parseReport } from '../../src/generation/report-source.js';
import { actualColumn, walkRows } from '../../src/model/rows.js';
import { ROOT } from './seed.js';

const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);
let root: string;

beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'juesuan-next-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const textsOf = (report: Report) => AstUtils.streamAst(report).filter(isTextField).map(t => `${t.key} ${t.text}`).toArray();
const meta = (report: Report, key: string) => report.parts.filter(isMetaField).find(f => f.key === key)?.value;

for (const example of ['leshan-2020', 'national-2024']) {
    describe(`next year’s report from examples/${example}.juesuan`, () => {
        const source = readFileSync(path.join(ROOT, 'examples', `${example}.juesuan`), 'utf8');
        const year = parseReport(source).model;
        const next = nextYearReport(year, '../this/报告.juesuan');
        const parsed = parseReport(next);

        it('parses without a syntax error, one year on, linked to this year’s file', () => {
            const { lexerErrors, parserErrors } = parsed.document.parseResult;
            expect([...lexerErrors, ...parserErrors].map(e => e.message)).toEqual([]);
            expect(parsed.model.meta.year).toBe(year.meta.year! + 1);
            expect(meta(parsed.model.report, '上年')).toBe('../this/报告.juesuan');
            expect(parsed.model.template.id).toBe(year.template.id);
        });

        it('keeps every text as written', () => {
            expect(textsOf(parsed.model.report)).toEqual(textsOf(year.report));
            expect(textsOf(year.report).length).toBeGreaterThan(3);
        });

        it('moves each table row’s 决算 figure to its 上年, and leaves this year’s figures out, to fill', () => {
            const before = [...year.tables.values()].flatMap(t => t.rows);
            const after = [...parsed.model.tables.values()].flatMap(t => t.rows);
            const pairs: [Row, Row][] = [];
            const flat = (rows: typeof before) => { const all: typeof before = []; walkRows(rows, r => all.push(r)); return all; };
            const [a, b] = [flat(before), flat(after)];
            expect(b.length).toBe(a.length);
            let moved = 0;
            a.forEach((row, i) => {
                pairs.push([row.node, b[i].node]);
                const figure = row.cells.get(actualColumn(row) ?? '');
                const last = b[i].attributes.get('上年')?.get(actualColumn(b[i]) ?? '');
                if (figure?.stated && !figure.blank) {
                    expect(last?.value.toString(), row.context).toBe(figure.value.toString());
                    moved++;
                }
            });
            expect(moved).toBeGreaterThan(5);
            for (const [, row] of pairs) expect(row.cells, row.name).toEqual([]);
            // no figure of this year is left in the attributes but 上年: budgets and rates are next year's to give
            const stated = AstUtils.streamAst(parsed.model.report).filter(isRow)
                .flatMap(r => r.attributes.filter(x => x.key !== '上年').flatMap(x => x.values.map(v => v.value))).toArray();
            expect(stated).toEqual([]);
        });

        it('agrees with this year’s report when checked against it (rule last-year)', async () => {
            const dir = path.join(root, example);
            mkdirSync(path.join(dir, 'this'), { recursive: true });
            mkdirSync(path.join(dir, 'next'));
            writeFileSync(path.join(dir, 'this', '报告.juesuan'), source);
            const document = await parse(next, { documentUri: URI.file(path.join(dir, 'next', '报告.juesuan')).toString(), validation: true });
            expect((document.diagnostics ?? []).filter(d => d.code === 'last-year').map(d => d.message)).toEqual([]);
            // and a changed 上年 of a subject is caught
            const wrong = next.replace(/^(\s*\d{3,7} \S+ .*?上年 )(\d[\d,]*)/m, (_, before: string, n: string) => `${before}${n}1`);
            expect(wrong).not.toBe(next);
            const checked = await parse(wrong, { documentUri: URI.file(path.join(dir, 'next', '改.juesuan')).toString(), validation: true });
            expect((checked.diagnostics ?? []).filter(d => d.code === 'last-year')).toHaveLength(1);
        });
    });
}

describe('next year’s report from each example, checked', () => {
    const ALL = { validation: { categories: ['built-in', 'fast', 'slow'] as ('built-in' | 'fast' | 'slow')[] } };
    for (const example of ['demo-2021', 'leshan-2020', 'national-2024', 'shanghai-2024']) {
        it(`${example}: its figures to fill read as not yet given, not as 0, and its texts’ 【…】 still name them`, async () => {
            const source = readFileSync(path.join(ROOT, 'examples', `${example}.juesuan`), 'utf8');
            const document = await parse(nextYearReport(parseReport(source).model, '../this/报告.juesuan'), ALL);
            const findings = (document.diagnostics ?? []).map(d => `${d.code} ${d.message}`);
            // the warnings left are the kept texts' own (their years, a glossary's old names); none is an error
            const warnings = (document.diagnostics ?? []).filter(d => d.severity! <= 2).map(d => `${d.code} ${d.message}`);
            expect(warnings.filter(f => /^(reference|prose-figure|prose-budget|prose-zero|sum|tie|unit|table-shape)/.test(f))).toEqual([]);
            // (the 上年 file it links to is not written here)
            expect((document.diagnostics ?? []).filter(d => d.severity === 1 && d.code !== 'last-year').map(d => d.message)).toEqual([]);
            expect(findings.some(f => /^unfilled /.test(f))).toBe(true);
        }, 60_000);
    }
});

describe('the 上年 line of next year’s report', () => {
    it('replaces the one this year’s report had, and goes to the top without a header', () => {
        const linked = parseReport('年度 2024\n上年 「../2023/a.juesuan」\n情况说明 {\n  机关运行经费 80.00 上年 82.45 减少 2.45 说明 「压减开支」\n  因公出国（境） 2次 5人\n}\n').model;
        expect(nextYearReport(linked, '../2024/a.juesuan')).toBe('年度 2025\n上年 「../2024/a.juesuan」\n情况说明 {\n  机关运行经费 上年 80.00 说明 「压减开支」\n  因公出国（境） 上年 2次 5人\n}\n');
        expect(nextYearReport(parseReport('情况说明 {\n}\n').model, 'a.juesuan')).toBe('上年 「a.juesuan」\n情况说明 {\n}\n');
    });
});

describe('the part headings of next year’s report', () => {
    it('name the next year where they name this one', () => {
        const report = parseReport('年度 2024\n部分 「第二部分 2024年度部门决算表」\n部分 「第一部分 基本情况」\n').model;
        expect(nextYearReport(report, 'a.juesuan')).toBe('年度 2025\n上年 「a.juesuan」\n部分 「第二部分 2025年度部门决算表」\n部分 「第一部分 基本情况」\n');
    });

    it('and the title over a part\'s pages where it is written beside the contents\' (部分 「…」 「…」)', () => {
        const report = parseReport('年度 2024\n部分 「第二部分 2024年度单位决算表」 「第二部分 某小学2024年度单位决算表」\n').model;
        expect(nextYearReport(report, 'a.juesuan')).toBe('年度 2025\n上年 「a.juesuan」\n部分 「第二部分 2025年度单位决算表」 「第二部分 某小学2025年度单位决算表」\n');
    });

    it('and the cover\'s title written as printed (封面 「2024年…部门决算」)', () => {
        const report = parseReport('年度 2024\n封面 「2024年茂名市某中心（本级）部门决算」\n').model;
        expect(nextYearReport(report, 'a.juesuan')).toBe('年度 2025\n上年 「a.juesuan」\n封面 「2025年茂名市某中心（本级）部门决算」\n');
    });

    it('and the section headings that start with this year, their texts as written', () => {
        const report = parseReport('年度 2024\n情况说明 {\n  2024年度收入决算情况说明 「2024年度收入90万元。」\n  2023年度结转情况 「无。」\n}\n').model;
        expect(nextYearReport(report, 'a.juesuan')).toBe('年度 2025\n上年 「a.juesuan」\n情况说明 {\n  2025年度收入决算情况说明 「2024年度收入90万元。」\n  2023年度结转情况 「无。」\n}\n');
        const about = parseReport('年度 2024\n情况说明 {\n  关于2024年度预算绩效管理情况的说明 「无。」\n}\n').model;
        expect(nextYearReport(about, 'a.juesuan')).toBe('年度 2025\n上年 「a.juesuan」\n情况说明 {\n  关于2025年度预算绩效管理情况的说明 「无。」\n}\n');
        const unit = parseReport('年度 2024\n情况说明 {\n  二、刘堡镇卫生院2024年度部门决算情况说明 「无。」\n}\n').model;
        expect(nextYearReport(unit, 'a.juesuan')).toBe('年度 2025\n上年 「a.juesuan」\n情况说明 {\n  二、刘堡镇卫生院2025年度部门决算情况说明 「无。」\n}\n');
    });
});

describe('next year’s report for a year no template names', () => {
    it('a 2025 report begun again for 2026 keeps its province’s latest template, chosen by the year without a warning', () => {
        const report = parseReport('模板 「上海」\n年度 2025\n公开时间 2026年8月31日\n部分 「第二部分 2025年度部门决算表」\n').model;
        const text = nextYearReport(report, '../2025/a.juesuan');
        const next = parseReport(text).model;
        expect(text).toBe('模板 「上海」\n年度 2026\n上年 「../2025/a.juesuan」\n公开时间 2027年8月31日\n部分 「第二部分 2026年度部门决算表」\n');
        for (const model of [report, next]) {
            expect(model.template.id).toBe('shanghai-2024');
            expect(model.templateChoice.how).toBe('named');
        }
    });
});

describe('the 模板 line of next year’s report', () => {
    const nextOf = (source: string) => {
        const text = nextYearReport(parseReport(source).model, 'a.juesuan');
        return { text, model: parseReport(text).model };
    };

    it('names the same province’s template for the new year where the one named ends: 四川 2020 (2019—2021) → 四川 2024', () => {
        const { text, model } = nextOf('模板 「四川 2020」\n年度 2021\n');
        expect(text).toBe('模板 「四川 2024」\n年度 2022\n上年 「a.juesuan」\n');
        expect(model.template.id).toBe('sichuan-2024');
        expect(model.templateChoice.how).toBe('named');
        // named by its full name, it moves all the same
        expect(nextOf('模板 「四川省部门决算公开模板（2020年度）」\n年度 2021\n').text).toContain('模板 「四川 2024」\n');
    });

    it('asks under it for the new template’s tables where this year’s are the old template’s, not where they are already the new one’s', () => {
        const old = nextOf('模板 「四川 2020」\n年度 2021\n附表 10 一般公共预算财政拨款“三公”经费支出决算表 { }\n');
        expect(old.text).toMatch(/^模板 「四川 2024」\n\/\/ 各表仍是上年模板的表号和表名，请按「四川 2024」改写为它的 13 张表：附表1 收入支出决算总表、.*、附表13 财政拨款“三公”经费支出决算表。\n年度 2022\n/);
        // a comment: the tables are still read as they are written
        expect(old.model.tables.size).toBe(1);
        const own = nextOf('模板 「四川 2020」\n年度 2021\n附表 13 财政拨款“三公”经费支出决算表 { }\n');
        expect(own.text).toBe('模板 「四川 2024」\n年度 2022\n上年 「a.juesuan」\n附表 13 财政拨款“三公”经费支出决算表 { }\n');
    });

    it('keeps the line where the template named covers the new year, or the name is one the year chooses by', () => {
        expect(nextOf('模板 「四川 2020」\n年度 2020\n').text).toBe('模板 「四川 2020」\n年度 2021\n上年 「a.juesuan」\n');
        const province = nextOf('模板 「四川」\n年度 2022\n');
        expect(province.text).toBe('模板 「四川」\n年度 2023\n上年 「a.juesuan」\n');
        expect(province.model.template.id).toBe('sichuan-2024');
    });

    it('keeps the line where the province has no template for the new year', () => {
        // 上海 2024 begins with 2021: a 2019 report's 2020 successor has none of its own, and is checked as before
        const { text, model } = nextOf('模板 「上海 2024」\n年度 2019\n');
        expect(text).toBe('模板 「上海 2024」\n年度 2020\n上年 「a.juesuan」\n');
        expect(model.template.id).toBe('shanghai-2024');
    });
});

describe('next year’s report from tables written with their figure column’s parts alone', () => {
    const source = `模板 「全国」
部门 「某馆」
年度 2024
单位 万元

表3 支出决算表 {
  列【科目编码 科目名称 基本支出 项目支出】
  合计 500.00 100.00
  207 文化旅游体育与传媒支出 500.00 100.00
}

表6 一般公共预算财政拨款基本支出决算明细表 {
  列【科目编码 科目名称 人员经费 公用经费】
  合计 350.00 150.00
  301 工资福利支出 350.00 - {
    30101 基本工资 350.00 -
  }
  302 商品和服务支出 - 150.00 {
    30201 办公费 - 150.00
  }
}

表9 财政拨款“三公”经费支出决算表 {
  列【决算数 { 一般公共预算 }】
  合计 10.00
  公务接待费 10.00
}
`;
    const next = nextYearReport(parseReport(source).model, '../this/报告.juesuan');

    it('moves the one part a row fills to its 上年, and nothing from a row filling several (合计 = 基本支出 + 项目支出)', () => {
        expect(next).toContain('  301 工资福利支出 上年 350.00 {\n    30101 基本工资 上年 350.00\n');
        expect(next).toContain('  302 商品和服务支出 上年 150.00 {\n    30201 办公费 上年 150.00\n');
        expect(next).toContain('  合计\n  207 文化旅游体育与传媒支出\n');
        expect(next).toContain('  合计\n  301 ');
        expect(next).toContain('  合计 上年 10.00\n  公务接待费 上年 10.00\n');
    });

    it('agrees with this year’s report when checked against it (rule last-year)', async () => {
        const dir = path.join(root, 'parts');
        mkdirSync(path.join(dir, 'this'), { recursive: true });
        mkdirSync(path.join(dir, 'next'));
        writeFileSync(path.join(dir, 'this', '报告.juesuan'), source);
        const document = await parse(next, { documentUri: URI.file(path.join(dir, 'next', '报告.juesuan')).toString(), validation: true });
        expect((document.diagnostics ?? []).filter(d => d.code === 'last-year').map(d => d.message)).toEqual([]);
    });
});

describe('next year’s report of a table whose row fills every column', () => {
    const source = `模板 「四川 2024」
部门 「某街道」
年度 2024
单位 万元

附表3 支出决算表 公开03表 {
  列【本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出】
  合计 2000.00 1360.00 640.00 - - -
  201 一般公共服务支出 2000.00 1360.00 640.00 - - -
}

情况说明 {
  支出决算情况说明 「2024年本年支出合计2000.00万元，其中：基本支出1360.00万元，项目支出640.00万元。」
}
`;
    const next = nextYearReport(parseReport(source).model, '../this/报告.juesuan');

    it('keeps every column’s figure as its 上年, which the kept text still finds (项目支出640.00万元)', async () => {
        expect(next).toContain('  合计 上年 2000.00 1360.00 640.00 - - -\n');
        const document = await parse(next, { validation: { categories: ['built-in', 'fast', 'slow'] } });
        const findings = (document.diagnostics ?? []).map(d => `${d.severity} ${d.code} ${d.message}`);
        expect(findings.filter(f => (/^1 /.test(f) && !/^1 last-year/.test(f)) || /^2 prose-figure/.test(f))).toEqual([]);
        // the table, its rows named but none filled, says it is still to fill
        expect(findings).toContain('3 completeness 附表3没有填写数据；本表确无数据时写“无数据”，生成的报告会注明。');
    });
});
