// Shanghai's layout: the parts carry the unit's name and the year (第一部分 〔单位〕概况, 第三部分
// 〔单位〕〔年〕年度决算情况说明 of a unit, 〔部门〕〔年〕年度部门决算情况说明 of a department,
// shanghai-2024/SOURCES.md 1); tables labelled 表一…; no charts, none being seen in the published
// reports; the standard sentences in Shanghai's wording (wording.ts).
import { templateLayout } from '../shared/layout.js';
import { SHANGHAI_2024_WORDING } from './wording.js';

export const SHANGHAI_2024_LAYOUT = templateLayout({
    id: 'shanghai-2024',
    name: '上海市部门决算公开模板（2020年度起）',
    partHeading: title => title === '概况' ? `{department}${title}` : /^决算/.test(title) ? `{department}{year}年度{report}${title.slice('决算'.length)}` : title,
    wording: SHANGHAI_2024_WORDING,
    // 表六: 人员经费 | 公用经费 side by side (test/trials/shanghai-2024-district.txt)
    halves: { role: 'general-basic', groups: [1, 1] },
    // 表七: each head over its 预算数 and 决算数 (SOURCES.md 2.2, MH 2020: 683.51 358.18 80.00 0.00 …)
    wideByHead: true,
    // 一、财政拨款收入：… (SOURCES.md 1; not confirmed in a published report)
    glossaryOrdinal: '一、',
    // the contents number every table: QP 2018 lists 九、资产负债情况表 after 八、 (SOURCES.md 2.1)
    numbersTitleOnlyTables: true,
});
