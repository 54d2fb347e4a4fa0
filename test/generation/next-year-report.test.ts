// Next year's report begun from real ones (`juesuan next`): before its figures are filled it checks with no error and
// no warning about a figure (its 上年 agree with this year's file it links to, its kept texts still find what they say), the
// unfilled check lists what is left to fill, and the built report prints 〔未填写〕 there, never an empty sentence.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { parseHelper } from 'langium/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/language/generated/ast.js';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import { renderReportHtml } from '../../src/generation/report-html.js';
import { parseReport } from '../../src/generation/report-source.js';
import { nextYearReport } from '../../src/lsp/next-year.js';
import { parseProse } from '../../src/model/prose.js';
import { layoutFor } from '../../src/templates/layouts.js';
import { unfilledPlaces } from '../../src/validation/rules/unfilled.js';
import { ROOT } from './helpers.js';
import { emptySentences } from './source-texts.js';

const CASES = 'test/validation/cases';
const REPORTS = [
    ...['demo-2021', 'leshan-2020', 'national-2024', 'shanghai-2024'].map(name => `examples/${name}.juesuan`),
    ...[
        'national/real-kunming-xundian-2022-agriculture-bureau-three-public-yuan',
        'national/real-kunming-xundian-2022-cppcc-three-public-yuan',
        'national/real-guangdong-2023-department-of-finance',
        'national/real-beijing-2023-beijing-school',
        'shanghai-2024/real-minhang-2020-education',
        'shanghai-2024/real-jiading-2017-justice',
        'shanghai-2024/real-writers-association-2020',
        'sichuan-2020/trial-leshan',
        'sichuan-2020/real-dayi-2020-maternal-child-hospital',
        'sichuan-2020/real-xuanhan-2021-township-contents',
        // a table's only row answers without its name (【附表6.合计】), filled or not
        'sichuan-2020/reference-only-row',
        'sichuan-2024/trial-sichuan-2024-district-street',
        'sichuan-2024/real-liangshan-2022-prefecture-three-public-summary',
        'sichuan-2024/real-dayi-2022-party-school-performance-glossary',
    ].map(name => `${CASES}/${name}.juesuan`),
];

const ALL = { categories: ['built-in', 'fast', 'slow'] as ('built-in' | 'fast' | 'slow')[] };
const FIGURE_RULES = /^(reference|prose-figure|prose-budget|prose-zero|sum|tie|unit|table-shape|last-year)$/;
const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);
let root: string;

beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'juesuan-next-built-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('next year’s report of a real one, before its figures are filled', () => {
    it.each(REPORTS)('%s', async file => {
        const source = readFileSync(path.join(ROOT, file), 'utf8').replace(/[»«]/g, '');
        const dir = path.join(root, path.basename(file, '.juesuan'));
        mkdirSync(path.join(dir, 'this'), { recursive: true });
        mkdirSync(path.join(dir, 'next'));
        writeFileSync(path.join(dir, 'this', '报告.juesuan'), source);
        const year = parseReport(source).model;
        const next = nextYearReport(year, '../this/报告.juesuan');
        const document = await parse(next, { documentUri: URI.file(path.join(dir, 'next', '报告.juesuan')).toString(), validation: ALL });
        const diagnostics = (document.diagnostics ?? []).map(d => ({ severity: d.severity, finding: `${d.range.start.line + 1} ${d.code} ${d.message}` }));
        // the warnings left are the kept texts' own (their years, a glossary's old names)
        expect(diagnostics.filter(d => d.severity === 1).map(d => d.finding)).toEqual([]);
        expect(diagnostics.filter(d => d.severity === 2 && FIGURE_RULES.test(d.finding.split(' ')[1])).map(d => d.finding)).toEqual([]);
        // every table is still to fill, and says so (its cells print empty)
        if (year.tables.size > 0) expect(diagnostics.some(d => /没有填写数据/.test(d.finding))).toBe(true);
        // a text's 【…】 to a figure still to fill, and a standard sentence without its figures, print 〔未填写〕, and the
        // unfilled check lists them (the examples write references; a report of hand-written figures may print none)
        const { model } = parseReport(next);
        const places = unfilledPlaces(layoutFor(model).layout(model).blocks);
        const listed = diagnostics.find(d => d.finding.split(' ')[1] === 'unfilled')?.finding;
        expect(listed ?? '').toContain(places.length === 0 ? '' : `生成的报告中有 ${places.length} 处印作〔未填写〕`);
        const references = year.nodes.prose.flatMap(prose => parseProse(prose.text)).filter(segment => segment.kind === 'reference');
        if (references.length > 0) expect(places.filter(place => place.includes('【')).length).toBeGreaterThan(0);
        expect(renderReportHtml(model).split('〔未填写〕').length - 1).toBeGreaterThanOrEqual(places.length);
        expect(emptySentences(model)).toEqual([]);
    }, 120_000);
});

describe('next year’s report of a 三公 table printed with its items across, and a text of hand-written figures', () => {
    const source = `模板 「四川 2020」
部门 「某局」
年度 2020
单位 万元
附表 13 财政拨款“三公”经费支出决算表 {
  列【合计 因公出国（境）费 公务用车购置及运行费 公务接待费】
  决算数 10.00 2.00 5.00 3.00
}
附件 「说明」 「三公经费支出10.00万元，其中接待费3.00万元。」
情况说明 {
  国有资产占用情况 {
    通用设备 1台（套） 说明 「单价50万元以上」
  }
}
名词解释 {
  机关运行经费：「为保障行政单位运行用于购买货物和服务的各项资金，单价50万元以上的设备除外。」
}
`;
    const next = nextYearReport(parseReport(source).model, '../this/报告.juesuan');

    it('keeps the row\'s figures as 上年 (决算数 10.00 2.00 …)', () => {
        expect(next).toContain('\n  决算数 上年 10.00 2.00 5.00 3.00\n');
    });

    it('gives a 合计 over the figure column\'s parts no 上年 of its parts (列【基本支出 项目支出】)', () => {
        const parts = nextYearReport(parseReport(`模板 「四川 2020」
部门 「某局」
年度 2020
单位 万元
附表 6 一般公共预算财政拨款支出决算表 {
  列【基本支出 项目支出】
  合计 100.00 200.00
  201 一般公共服务支出 100.00 200.00
}
`).model, '../this/报告.juesuan');
        expect(parts).toContain('\n  合计\n');
    });

    it('says the kept text\'s hand-written figures are last year\'s, no 【…】 printing 〔未填写〕 for them — not a threshold (单价50万元以上)', async () => {
        const dir = path.join(root, 'three-public-across');
        mkdirSync(path.join(dir, 'this'), { recursive: true });
        mkdirSync(path.join(dir, 'next'));
        writeFileSync(path.join(dir, 'this', '报告.juesuan'), source);
        const document = await parse(next, { documentUri: URI.file(path.join(dir, 'next', '报告.juesuan')).toString(), validation: ALL });
        const hints = (document.diagnostics ?? []).filter(d => d.severity === 3 && d.code === 'unfilled' && /手写/.test(d.message)).map(d => `${d.range.start.line + 1} ${d.message}`);
        expect(hints).toEqual(['10 这段文字与上年报告（报告.juesuan）的相同，其中手写的 2 个数字（10.00万元、3.00万元）是上年的数：请改写为本年的数，或写成【…】引用。']);
    });
});
