// 四川省部门决算公开模板（2020年度）: five parts, the ten sections of the 财政部 format, and
// 14 附表 — the standard nine and five more. Source: the seed report (乐山高新区党工委办公室,
// 2020年度部门决算, published 2021-11-22).
import type { ReportTemplate } from '../template.js';
import { EXPLANATION_SECTIONS } from '../shared/parts.js';
import {
    appropriationDetailTable, appropriationOverviewTable, COMMON_ROW_ALIASES, expenditureTable, fundTable,
    fundThreePublicTable, generalBasicTable, generalBudgetDetailTable, generalBudgetTable, generalProjectTable,
    incomeTable, INCOME_SOURCES, OF_WHICH_ROW, overviewGroups, overviewTable, stateCapitalAccountTable, stateCapitalTable, threePublicTable, TOTAL_ROW,
} from '../shared/tables.js';
import { SHARED_LIMITS, STANDARD_ROW_TIES, STANDARD_SHARE_BASES, STANDARD_TIES } from '../shared/ties.js';

export const SICHUAN_2020: ReportTemplate = {
    id: 'sichuan-2020',
    name: '四川省部门决算公开模板（2019—2021年度）',
    shortName: '四川 2020',
    province: '四川',
    // 2022 on: sichuan-2024 — every 2021 contents read prints these 14 附表, every 2022 one the 13 (sichuan-2024/SOURCES.md 1)
    years: { from: 2019, to: 2021 },
    aliases: ['四川2020', '四川省2020'],
    // the 18 prefecture-level cities and 3 autonomous prefectures (sichuan-2024/SOURCES.md 5)
    places: ['成都市', '自贡市', '攀枝花市', '泸州市', '德阳市', '绵阳市', '广元市', '遂宁市', '内江市', '乐山市', '南充市', '眉山市',
        '宜宾市', '广安市', '达州市', '雅安市', '巴中市', '资阳市', '阿坝藏族羌族自治州', '阿坝州', '甘孜藏族自治州', '甘孜州', '凉山彝族自治州', '凉山州'],
    tableLabel: number => `附表${number}`,
    tables: [
        // the 2020 overview prints seven income sources: no 国有资本经营预算财政拨款收入 row
        overviewTable({ number: 1, groups: overviewGroups(INCOME_SOURCES.filter(s => s !== '国有资本经营预算财政拨款收入')) }),
        incomeTable({ number: 2 }),
        expenditureTable({ number: 3 }),
        appropriationOverviewTable({ number: 4 }),
        appropriationDetailTable({ number: 5 }),
        generalBudgetTable({ number: 6 }),
        generalBudgetDetailTable({ number: 7 }),
        generalBasicTable({ number: 8 }),
        generalProjectTable({ number: 9 }),
        threePublicTable({ number: 10 }),
        fundTable({ number: 11 }),
        fundThreePublicTable({ number: 12 }),
        stateCapitalAccountTable({ number: 13 }),
        stateCapitalTable({ number: 14 }),
    ],
    ties: STANDARD_TIES,
    rowTies: STANDARD_ROW_TIES,
    shareBases: STANDARD_SHARE_BASES,
    atMost: [{ part: '授予小微企业', whole: '授予中小企业' }],
    tableLimits: SHARED_LIMITS,
    ofWhichRow: OF_WHICH_ROW,
    totalRow: TOTAL_ROW,
    rowAliases: new Map(COMMON_ROW_ALIASES),
    // “上述‘预算’口径为调整预算数”
    completionBase: '全年预算',
    coverDate: true,
    parts: [
        { title: '部门概况', sections: [{ title: '基本职能及主要工作', topic: 'duties' }, { title: '机构设置', topic: 'organisation' }] },
        { title: '部门决算情况说明', sections: EXPLANATION_SECTIONS },
        { title: '名词解释', sections: [] },
        { title: '附件', sections: [] },
        { title: '附表', sections: [] },
    ],
};
