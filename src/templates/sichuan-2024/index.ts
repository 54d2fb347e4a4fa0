// 四川省部门决算公开模板（2022年度起；最初据 2024 年度的目录写成）: the 2020 format's five parts and ten sections, and 13 附表 — the
// two “三公” tables merged into one 财政拨款“三公”经费支出决算表, printed last, after the 政府性基金
// and 国有资本经营 tables. Sources: SOURCES.md in this folder.
import type { ReportTemplate } from '../template.js';
import { EXPLANATION_SECTIONS, retitled } from '../shared/parts.js';
import { fundTable, INCOME_SOURCES, overviewGroups, stateCapitalAccountTable, stateCapitalTable, threePublicTable } from '../shared/tables.js';
import { THREE_PUBLIC_SHORT_TITLE } from '../shared/standard-set.js';
import { SHARED_LIMITS, STANDARD_TABLE_LIMITS, THREE_PUBLIC_BASIC_LIMITS } from '../shared/ties.js';
import { SICHUAN_2020 } from '../sichuan-2020/index.js';

/**
 * 一 to 九 as in 2020, 八 titled 基本支出决算明细表 as the 2024 contents print it (SOURCES.md 2), and 一 with the
 * 国有资本经营预算财政拨款收入 row the 2020 overview lacks: 2022 reports print it beside 附表11/12 (real-dayi-2022-tourism-unit).
 */
const UNCHANGED = SICHUAN_2020.tables.filter(t => t.number <= 9).map(t => t.role === 'general-basic'
    ? { ...t, title: '一般公共预算财政拨款基本支出决算明细表', titleAliases: [t.title, ...(t.titleAliases ?? []).filter(a => a !== '一般公共预算财政拨款基本支出决算明细表')] }
    : t.role === 'overview' ? { ...t, groups: overviewGroups(INCOME_SOURCES) } : t);

export const SICHUAN_2024: ReportTemplate = {
    ...SICHUAN_2020,
    id: 'sichuan-2024',
    name: '四川省部门决算公开模板（2022年度起）',
    shortName: '四川 2024',
    // the merged 三公 table and section are printed from the 2022 report year, as the 财政部 format merged them (SOURCES.md 1)
    years: { from: 2022 },
    aliases: ['四川2024', '四川省2024'],
    tables: [
        ...UNCHANGED,
        fundTable({ number: 10 }),
        stateCapitalAccountTable({ number: 11 }),
        stateCapitalTable({ number: 12 }),
        // its rows and columns are the 2020 table's: 预算数 and 决算数 of the three (SOURCES.md 3)
        threePublicTable({ number: 13, title: '财政拨款“三公”经费支出决算表', titleAliases: ['一般公共预算财政拨款“三公”经费支出决算表', THREE_PUBLIC_SHORT_TITLE] }),
    ],
    // the 基本支出 table's 三公 rows within the merged table (SOURCES.md 3); 会议费 and 培训费 too where a
    // department prints them in it, as the 财政部 format does
    tableLimits: [...STANDARD_TABLE_LIMITS, ...THREE_PUBLIC_BASIC_LIMITS, ...SHARED_LIMITS],
    parts: SICHUAN_2020.parts.map(part => part.title === '部门概况'
        ? {
            ...part,
            // 主要职责 (单位决算), 部门职责 (部门决算) in the 2024 contents (SOURCES.md 1)
            sections: part.sections.map(s => s.topic === 'duties' ? { ...s, title: '部门职责', aliases: ['主要职责', '基本职能及主要工作', ...(s.aliases ?? [])] } : s),
        }
        : part.title === '部门决算情况说明'
            ? { ...part, sections: EXPLANATION_SECTIONS.map(s => s.topic === 'three-public' ? retitled(s, '财政拨款“三公”经费支出决算情况说明') : s) }
            : part),
};
