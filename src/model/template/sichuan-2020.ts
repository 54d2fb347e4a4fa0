import type { ReportTemplate } from './template.js';
import { sum } from './template.js';

const THREE_PUBLIC_ROWS = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费'];

/** 政府性基金 and 国有资本经营 tables: carry-over in, income, spending, carry-over out. */
const FUND_ACCOUNT = {
    columns: ['年初结转和结余', '本年收入', '本年支出', '基本支出', '项目支出', '年末结转和结余'],
    actualColumn: '本年支出',
    columnSums: [
        sum('本年支出', '基本支出', '项目支出'),
        {
            total: '年末结转和结余',
            parts: [{ column: '年初结转和结余', sign: 1 as const }, { column: '本年收入', sign: 1 as const }, { column: '本年支出', sign: -1 as const }],
        },
    ],
};

const INCOME_SOURCES = [
    '一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入',
    '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入',
];

/** The Sichuan 2020 部门决算 layout: five parts, ten sections, 14 附表 (the seed's template). */
export const SICHUAN_2020: ReportTemplate = {
    id: '四川2020',
    name: '四川省部门决算公开模板（2020年度）',
    ofWhichRow: /^(其中|授予)/,
    totalRow: /^(合计|总计|小计)$/,
    tables: [
        {
            number: 1, title: '收入支出决算总表', columns: ['决算数'], balanced: true,
            groups: [
                {
                    name: '收入',
                    rows: [...INCOME_SOURCES, '本年收入合计', '使用非财政拨款结余', '年初结转和结余', '总计'],
                    subtotal: '本年收入合计', balances: ['使用非财政拨款结余', '年初结转和结余'], grandTotal: '总计',
                },
                {
                    name: '支出',
                    rows: ['本年支出合计', '结余分配', '年末结转和结余', '总计'],
                    subtotal: '本年支出合计', balances: ['结余分配', '年末结转和结余'], grandTotal: '总计',
                },
            ],
        },
        {
            number: 2, title: '收入决算表', codes: '功能分类',
            columns: ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
            columnSums: [sum('本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入')],
        },
        {
            number: 3, title: '支出决算表', codes: '功能分类',
            columns: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
            columnSums: [sum('本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出')],
        },
        {
            number: 4, title: '财政拨款收入支出决算总表', balanced: true,
            columns: ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
            columnSums: [sum('合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款')],
            groups: [
                {
                    name: '收入',
                    rows: ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款', '本年收入合计', '年初财政拨款结转和结余', '总计'],
                    subtotal: '本年收入合计', balances: ['年初财政拨款结转和结余'], grandTotal: '总计',
                },
                {
                    name: '支出',
                    rows: ['本年支出合计', '年末财政拨款结转和结余', '总计'],
                    subtotal: '本年支出合计', balances: ['年末财政拨款结转和结余'], grandTotal: '总计',
                },
            ],
        },
        {
            number: 5, title: '财政拨款支出决算明细表', codes: '功能分类',
            columns: ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
            columnSums: [sum('合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款')],
        },
        {
            number: 6, title: '一般公共预算财政拨款支出决算表', codes: '功能分类',
            columns: ['合计', '基本支出', '项目支出'],
            columnSums: [sum('合计', '基本支出', '项目支出')],
        },
        {
            number: 7, title: '一般公共预算财政拨款支出决算明细表', codes: '功能分类',
            columns: ['合计', '基本支出', '人员经费', '公用经费', '项目支出'],
            columnSums: [sum('合计', '基本支出', '项目支出'), sum('基本支出', '人员经费', '公用经费')],
        },
        {
            number: 8, title: '一般公共预算财政拨款基本支出决算表', codes: '经济分类', columns: ['决算数'],
            rows: ['合计', '人员经费', '公用经费'],
        },
        {
            number: 9, title: '一般公共预算财政拨款项目支出决算表', codes: '经济分类', columns: ['决算数'],
        },
        {
            number: 10, title: '一般公共预算财政拨款“三公”经费支出决算表',
            columns: ['预算数', '决算数'], actualColumn: '决算数', budgetColumn: '预算数', rows: THREE_PUBLIC_ROWS,
        },
        {
            number: 11, title: '政府性基金预算财政拨款收入支出决算表', codes: '功能分类',
            ...FUND_ACCOUNT,
        },
        {
            number: 12, title: '政府性基金预算财政拨款“三公”经费支出决算表',
            columns: ['预算数', '决算数'], actualColumn: '决算数', budgetColumn: '预算数', rows: THREE_PUBLIC_ROWS,
        },
        {
            number: 13, title: '国有资本经营预算财政拨款收入支出决算表', codes: '功能分类',
            ...FUND_ACCOUNT,
        },
        {
            number: 14, title: '国有资本经营预算财政拨款支出决算表', codes: '功能分类',
            columns: ['合计', '基本支出', '项目支出'],
            columnSums: [sum('合计', '基本支出', '项目支出')],
        },
    ],
    rowTies: [
        // 支出 by 类 in 财决01 and 财决04 ↔ 财决03/05/06
        { target: { table: 1, side: '支出' }, source: { table: 3, column: '本年支出合计' } },
        { target: { table: 4, side: '支出', column: '合计' }, source: { table: 5, column: '合计' } },
        { target: { table: 4, side: '支出', column: '一般公共预算财政拨款' }, source: { table: 6, column: '合计' } },
        // 财决05/07 ↔ 财决06, code by code
        { target: { table: 5, column: '一般公共预算财政拨款' }, source: { table: 6, column: '合计' } },
        { target: { table: 7, column: '合计' }, source: { table: 6, column: '合计' } },
        { target: { table: 7, column: '基本支出' }, source: { table: 6, column: '基本支出' } },
        { target: { table: 7, column: '项目支出' }, source: { table: 6, column: '项目支出' } },
    ],
    ties: [
        // 财决01 ↔ 02: income by source
        {
            target: { table: 2, row: ['合计'], column: '财政拨款收入' },
            parts: [
                { table: 1, row: ['收入', '一般公共预算财政拨款收入'] },
                { table: 1, row: ['收入', '政府性基金预算财政拨款收入'] },
                { table: 1, row: ['收入', '国有资本经营预算财政拨款收入'] },
            ],
        },
        ...['上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'].map(source => ({
            target: { table: 2, row: ['合计'], column: source }, parts: [{ table: 1, row: ['收入', source] }],
        })),
        // 财决01 ↔ 02/03: this year's totals
        { target: { table: 2, row: ['合计'], column: '本年收入合计' }, parts: [{ table: 1, row: ['收入', '本年收入合计'] }] },
        { target: { table: 3, row: ['合计'], column: '本年支出合计' }, parts: [{ table: 1, row: ['支出', '本年支出合计'] }] },
        // 财决01 ↔ 04: appropriations by fund
        { target: { table: 4, row: ['收入', '一般公共预算财政拨款'] }, parts: [{ table: 1, row: ['收入', '一般公共预算财政拨款收入'] }] },
        { target: { table: 4, row: ['收入', '政府性基金预算财政拨款'] }, parts: [{ table: 1, row: ['收入', '政府性基金预算财政拨款收入'] }] },
        { target: { table: 4, row: ['收入', '国有资本经营预算财政拨款'] }, parts: [{ table: 1, row: ['收入', '国有资本经营预算财政拨款收入'] }] },
        // 财决04 ↔ 05/06
        { target: { table: 5, row: ['合计'], column: '合计' }, parts: [{ table: 4, row: ['支出', '本年支出合计'], column: '合计' }] },
        { target: { table: 6, row: ['合计'], column: '合计' }, parts: [{ table: 4, row: ['支出', '本年支出合计'], column: '一般公共预算财政拨款' }] },
        { target: { table: 6, row: ['合计'], column: '合计' }, parts: [{ table: 5, row: ['合计'], column: '一般公共预算财政拨款' }] },
        // 财决06 ↔ 07/08/09
        { target: { table: 7, row: ['合计'], column: '合计' }, parts: [{ table: 6, row: ['合计'], column: '合计' }] },
        { target: { table: 7, row: ['合计'], column: '基本支出' }, parts: [{ table: 6, row: ['合计'], column: '基本支出' }] },
        { target: { table: 7, row: ['合计'], column: '项目支出' }, parts: [{ table: 6, row: ['合计'], column: '项目支出' }] },
        {
            target: { table: 6, row: ['合计'], column: '基本支出' },
            parts: [{ table: 8, row: ['人员经费'] }, { table: 8, row: ['公用经费'] }],
        },
        { target: { table: 7, row: ['合计'], column: '人员经费' }, parts: [{ table: 8, row: ['人员经费'] }] },
        { target: { table: 7, row: ['合计'], column: '公用经费' }, parts: [{ table: 8, row: ['公用经费'] }] },
        { target: { table: 6, row: ['合计'], column: '项目支出' }, parts: [{ table: 9, row: ['合计'] }] },
        // 政府性基金 and 国有资本经营: 财决04 columns ↔ 财决11 / 财决13
        { target: { table: 11, row: ['合计'], column: '本年收入' }, parts: [{ table: 4, row: ['收入', '政府性基金预算财政拨款'] }] },
        { target: { table: 11, row: ['合计'], column: '本年支出' }, parts: [{ table: 4, row: ['支出', '本年支出合计'], column: '政府性基金预算财政拨款' }] },
        { target: { table: 13, row: ['合计'], column: '本年收入' }, parts: [{ table: 4, row: ['收入', '国有资本经营预算财政拨款'] }] },
        { target: { table: 13, row: ['合计'], column: '本年支出' }, parts: [{ table: 4, row: ['支出', '本年支出合计'], column: '国有资本经营预算财政拨款' }] },
        { target: { table: 11, row: ['合计'], column: '年初结转和结余' }, parts: [{ table: 4, row: ['收入', '年初财政拨款结转和结余'], column: '政府性基金预算财政拨款' }] },
        { target: { table: 11, row: ['合计'], column: '年末结转和结余' }, parts: [{ table: 4, row: ['支出', '年末财政拨款结转和结余'], column: '政府性基金预算财政拨款' }] },
        { target: { table: 13, row: ['合计'], column: '年初结转和结余' }, parts: [{ table: 4, row: ['收入', '年初财政拨款结转和结余'], column: '国有资本经营预算财政拨款' }] },
        { target: { table: 13, row: ['合计'], column: '年末结转和结余' }, parts: [{ table: 4, row: ['支出', '年末财政拨款结转和结余'], column: '国有资本经营预算财政拨款' }] },
        // 国有资本经营: 财决13 ↔ 14
        { target: { table: 14, row: ['合计'], column: '合计' }, parts: [{ table: 13, row: ['合计'], column: '本年支出' }] },
        // “三公”经费 in 情况说明 (with those paid from 政府性基金) = 财决10 + 财决12
        {
            target: { table: 10, row: ['公务接待费'], column: '决算数' },
            parts: [
                { section: '情况说明', row: ['三公经费', '公务接待', '国内公务接待'], column: '万元' },
                { section: '情况说明', row: ['三公经费', '公务接待', '外事接待'], column: '万元', optional: true },
                { table: 12, row: ['公务接待费'], column: '决算数', sign: -1, optional: true },
            ],
        },
        {
            target: { table: 10, row: ['公务用车购置及运行维护费', '公务用车购置费'], column: '决算数' },
            parts: [
                { section: '情况说明', row: ['三公经费', '公务用车', '购置'], column: '万元' },
                { table: 12, row: ['公务用车购置及运行维护费', '公务用车购置费'], column: '决算数', sign: -1, optional: true },
            ],
        },
    ],
};

/** Other names users write for a template row (the seed says 日常公用经费 for 公用经费). */
export const ROW_ALIASES: ReadonlyMap<string, string> = new Map([
    ['日常公用经费', '公用经费'],
    ['决算', '决算数'],
    ['预算', '预算数'],
]);
