// The 财政部 部门决算公开 format as published from the 2022 report year on: nine 公开表 with the
// 三公 table last and titled 财政拨款“三公”经费支出决算表, eleven sections of 部门决算情况说明.
// Central departments and the provinces that follow the format unchanged publish it. Sources:
// SOURCES.md in this folder (2.1 for the year of the change).
import type { ReportTemplate } from '../template.js';
import { EXPLANATION_SECTIONS, EXPLANATION_SECTIONS_2024 } from '../shared/parts.js';
import { ORDER_THREE_PUBLIC_LAST, ORDER_THREE_PUBLIC_SEVENTH, STANDARD_TITLE_ALIASES, standardTables, THREE_PUBLIC_MEETINGS_TITLE, THREE_PUBLIC_SHORT_TITLE } from '../shared/standard-set.js';
import { COMMON_ROW_ALIASES, OF_WHICH_ROW, THREE_PUBLIC_FUNDS_TITLE, TOTAL_ROW } from '../shared/tables.js';
import { BASIC_SHARE_BASES, SHARED_LIMITS, STANDARD_ROW_TIES, STANDARD_SHARE_BASES, STANDARD_TABLE_LIMITS, STANDARD_TIES } from '../shared/ties.js';

// a heading for 职责 and 机构 together (陕西: SOURCES.md 2.5), printed as written
const DUTIES_WITH_ORGANISATION = ['部门主要职责及内设机构'];

const COMMON = {
    province: '全国',
    // what reports call the format whatever the year: the report's year picks the template
    aliases: ['全国', '全国通用', '通用', '国家', '财政部', '中央', '中央部门', '财政部格式'],
    tableLabel: (number: number) => `表${number}`,
    ties: STANDARD_TIES,
    rowTies: STANDARD_ROW_TIES,
    shareBases: [...STANDARD_SHARE_BASES, ...BASIC_SHARE_BASES],
    atMost: [{ part: '授予小微企业', whole: '授予中小企业' }],
    tableLimits: [...STANDARD_TABLE_LIMITS, ...SHARED_LIMITS],
    ofWhichRow: OF_WHICH_ROW,
    totalRow: TOTAL_ROW,
    // 上年结转和结余 (national/SOURCES.md 2.4)
    rowAliases: new Map([...COMMON_ROW_ALIASES, ['上年结转和结余', '年初结转和结余']]),
    // 完成年初预算的…% (SOURCES.md 3: MOE, and the example's 高等教育（项）)
    completionBase: '年初预算' as const,
};

/**
 * Provinces that follow the format print its 国有资本经营 table as a 收入支出 table (天津, 云南, 甘肃 in
 * test/templates/heading-survey.md): the same table of the set, its columns the template's.
 */
const STATE_CAPITAL_AS_ACCOUNT = { 'state-capital': { titleAliases: ['国有资本经营预算财政拨款收入支出决算表'] } };

export const NATIONAL: ReportTemplate = {
    ...COMMON,
    id: 'national',
    name: '部门决算公开格式（财政部，2022年度起）',
    shortName: '全国 2022年度起',
    years: { from: 2022 },
    // titled as the 财政部 lists the tables since 2022 (the 三公 table then took in 政府性基金);
    // the older titles, still printed by some, stay aliases (SOURCES.md 2.1); so do the titles of
    // the provinces that print the same tables as 收入支出决算表 (云南, SOURCES.md 1.2)
    tables: standardTables(ORDER_THREE_PUBLIC_LAST, {
        'general-budget': { titleAliases: ['一般公共预算财政拨款收入支出决算表'] },
        'general-basic': { title: '一般公共预算财政拨款基本支出决算明细表', titleAliases: ['一般公共预算财政拨款基本支出决算表'] },
        ...STATE_CAPITAL_AS_ACCOUNT,
        // 预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数 (SOURCES.md 3): the 2022 note, which
        // reports still printing the 年初预算 note override (model: the table's budgetKind)
        'three-public': { title: '财政拨款“三公”经费支出决算表', titleAliases: ['一般公共预算财政拨款“三公”经费支出决算表', '一般公共预算财政拨款“三公”经费情况表', THREE_PUBLIC_SHORT_TITLE, THREE_PUBLIC_FUNDS_TITLE, THREE_PUBLIC_MEETINGS_TITLE], wide: true, budgetColumnKind: '全年预算' },
    }),
    parts: [
        { title: '基本情况', sections: [{ title: '部门（单位）职责', aliases: ['部门职责', '主要职能', '部门主要职责', '主要职责', ...DUTIES_WITH_ORGANISATION], topic: 'duties' }, { title: '机构设置', aliases: ['基本情况', '部门基本情况'], topic: 'organisation' }] },
        { title: '部门决算公开表', sections: [{ title: '部门决算公开表', topic: 'tables' }] },
        { title: '部门决算情况说明', sections: EXPLANATION_SECTIONS_2024 },
        { title: '名词解释', sections: [] },
    ],
};

/** The same format until the 2021 report year: the 三公 table seventh, ten sections. */
export const NATIONAL_2019: ReportTemplate = {
    ...COMMON,
    id: 'national-2019',
    name: '部门决算公开格式（财政部，2019—2021年度）',
    shortName: '全国 2019—2021',
    years: { from: 2019, to: 2021 },
    // the 国有资本经营 table came in 2019; 2019 reports of 新疆, 云南 and 内蒙古 still print eight tables (SOURCES.md 2.10)
    tables: standardTables(ORDER_THREE_PUBLIC_SEVENTH, { ...STANDARD_TITLE_ALIASES, 'state-capital': { ...STATE_CAPITAL_AS_ACCOUNT['state-capital'], printedFrom: 2020 } }),
    parts: [
        { title: '部门概况', sections: [{ title: '部门职责', aliases: ['主要职能', '部门主要职责', '主要职责', ...DUTIES_WITH_ORGANISATION], topic: 'duties' }, { title: '机构设置', topic: 'organisation' }, { title: '部门决算单位构成', topic: 'units', optional: true }] },
        { title: '部门决算表', sections: [{ title: '部门决算表', topic: 'tables' }] },
        { title: '部门决算情况说明', sections: EXPLANATION_SECTIONS },
        { title: '名词解释', sections: [] },
        { title: '附件', sections: [] },
    ],
};
