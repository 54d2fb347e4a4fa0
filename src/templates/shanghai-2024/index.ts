// 上海市部门决算公开模板（2024年度）: the nine tables printed as 表一…表九 — 国有资本经营 as a
// 收入支出 table, the 基本支出 table closing with 人员经费合计 and 公用经费合计, the 三公 table as
// one wide row — and 决算情况说明 in eleven sections, one per table, then 预算绩效 and the other
// matters. Sources: SOURCES.md in this folder (what is confirmed there and what is not).
import { chineseNumeral } from '../../model/numerals.js';
import type { ReportTemplate } from '../template.js';
import { EXPLANATION_SECTIONS_SHANGHAI } from '../shared/parts.js';
import { ORDER_THREE_PUBLIC_SEVENTH, STANDARD_TITLE_ALIASES, standardTables } from '../shared/standard-set.js';
import { COMMON_ROW_ALIASES, OF_WHICH_ROW, TOTAL_ROW } from '../shared/tables.js';
import { BASIC_SHARE_BASES, SHARED_LIMITS, STANDARD_ROW_TIES, STANDARD_SHARE_BASES, STANDARD_TIES } from '../shared/ties.js';

/** Until 2018 the 三公 table also printed the 机关运行经费 and said so in its title (SOURCES.md 2.1). */
const THREE_PUBLIC = STANDARD_TITLE_ALIASES['three-public']!;
const TITLE_ALIASES = {
    ...STANDARD_TITLE_ALIASES,
    'three-public': { ...THREE_PUBLIC, titleAliases: [...THREE_PUBLIC.titleAliases ?? [], '一般公共预算财政拨款“三公”经费及机关运行经费支出决算表'] },
    // the format of 2019 and before printed no 国有资本经营 table; 2020 prints it ninth (SOURCES.md 2.1)
    'state-capital-account': { printedFrom: 2020 },
};

export const SHANGHAI_2024: ReportTemplate = {
    id: 'shanghai-2024',
    name: '上海市部门决算公开模板（2020年度起）',
    shortName: '上海 2024',
    province: '上海',
    // SOURCES.md "Years": 2020 reports print the 2021–2022 contents; later years print it until a source shows otherwise
    years: { from: 2020 },
    aliases: ['上海2024', '上海市2024'],
    // 16 districts, no county since 崇明县 became 崇明区 (2016), and the 镇 and 乡 within them: a department of a 县 or a 市 is
    // another province's
    placeKinds: ['区', '镇', '乡'],
    // the districts and the 临港新片区 as departments' names start without 上海 (浦东新区…, 临港新片区管理委员会), and the former
    // districts 卢湾区 (merged into 黄浦区, 2011) and 闸北区 (into 静安区, 2015) that earlier reports name (SOURCES.md "Places");
    // not 普陀区 and 宝山区, whose namesakes are 舟山's and 双鸭山's
    places: ['黄浦区', '徐汇区', '长宁区', '静安区', '虹口区', '杨浦区', '闵行区', '嘉定区', '浦东新区', '金山区', '松江区', '青浦区',
        '奉贤区', '崇明区', '临港新片区', '卢湾区', '闸北区'],
    // its national 开发区 and 高新区 by their own names (闵行's and 松江's by the districts in `places`; SOURCES.md "Places"),
    // the two districts kept out of `places`, 南汇, a district until 2009 whose name its zones may still bear, and 南市, a
    // district until 2000 whose namesake was 保定's until 2015
    zoneNames: ['漕河泾', '虹桥', '金桥', '化学工业', '张江', '紫竹', '普陀', '宝山', '南汇', '南市'],
    tableLabel: number => `表${chineseNumeral(number)}`,
    tables: standardTables(ORDER_THREE_PUBLIC_SEVENTH.map(role => role === 'state-capital' ? 'state-capital-account' : role), TITLE_ALIASES),
    ties: STANDARD_TIES,
    rowTies: STANDARD_ROW_TIES,
    // 人员经费…占…% of 基本支出, as in the 财政部 format: table 6 ends with the same two 合计 rows
    shareBases: [...STANDARD_SHARE_BASES, ...BASIC_SHARE_BASES],
    atMost: [{ part: '授予小微企业', whole: '授予中小企业' }],
    tableLimits: SHARED_LIMITS,
    ofWhichRow: OF_WHICH_ROW,
    totalRow: TOTAL_ROW,
    rowAliases: new Map(COMMON_ROW_ALIASES),
    // Shanghai's finance reports state completion against 调整预算 (SOURCES.md 3)
    completionBase: '全年预算',
    parts: [
        {
            title: '概况',
            sections: [
                { title: '主要职能', topic: 'duties' },
                { title: '机构设置', topic: 'organisation' },
                // printed by departments' reports, not by 单位决算 (SOURCES.md 1): only where written
                { title: '部门决算单位构成', topic: 'units', optional: true },
            ],
        },
        { title: '决算表', sections: [{ title: '决算表', topic: 'tables' }] },
        { title: '决算情况说明', sections: EXPLANATION_SECTIONS_SHANGHAI },
        { title: '名词解释', sections: [] },
    ],
};
