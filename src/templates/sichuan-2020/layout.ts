// The Sichuan 2020 layout (the seed's): five parts, 第二部分 with the year in its body heading (the contents' too from 2021),
// seven charts, the notes under each section naming the 财决 tables; the seed's pages print no 公开NN表.
import type { CompletionBase } from '../../model/comparisons.js';
import { templateLayout, type LayoutOptions } from '../shared/layout.js';

/**
 * The budget the notes say the sections' 预算 is: the seed's 调整预算 (the 全年预算), or the 年初预算 where the table
 * completes against that alone — the sentences' 完成预算 is then of it, and a note naming 调整预算 would say otherwise.
 */
const budget = (base: CompletionBase) => base === '年初预算' ? '年初预算' : '调整预算';

export const publicLabel = (number: number) => `公开${String(number).padStart(2, '0')}表`;

/** The options the later Sichuan format keeps (sichuan-2024/layout.ts). */
export const SICHUAN_LAYOUT_OPTIONS = {
    // the seed's contents say 第二部分 部门决算情况说明, its body 第二部分 2020年度部门决算情况说明; from 2021 the contents
    // print the year too (省外事办 and 阿坝县公安局 2021, 泸州市中医医院 2023: 第二部分 2021年度单位决算情况说明)
    partHeading: (title, where, year) => (where === 'body' || (year ?? 0) > 2020) && title === '部门决算情况说明' ? `{year}年度${title}` : title,
    charts: true,
    // the seed's 项目绩效目标完成情况表, every line printed
    fullProjectForms: true,
    notes: {
        'income': '（注：数据来源于财决01表）',
        'expenditure': '（注：数据来源于财决04表）',
        'appropriation': '（注：除国有资本经营预算外，数据来源于财决Z01-1表，口径为“总计”数+国有资本经营预算。）',
        'general-budget': base => `（注：数据来源于财决Z01-1表，罗列全部功能分类科目至项级。上述“预算”口径为${budget(base)}数。增减变动原因为决算数<项级>和${budget(base)}数<项级>比较，与预算数持平可以不写原因。）`,
        'general-basic': '（注：数据来源于财决07表，根据本部门实际支出情况罗列全部经济分类科目。）',
        'three-public': base => `（注：上述“预算”口径为${budget(base)}数，包括政府性基金支出决算情况。）`,
        'running-costs': '（注：数据来源于财决附03表）',
        'procurement': '（注：数据来源于财决附03表）',
        'assets': '（注：数据来源财决附03表，按部门决算报表填报数据罗列车辆情况。）',
    },
    // no tablePageLabel: a table written by its number alone (1 收入支出决算总表) prints 附表1 over its title, the template's label
} satisfies Omit<LayoutOptions, 'id' | 'name'>;

// the seed lists its fourteen tables under 第五部分 附表 before their pages
export const SICHUAN_2020_LAYOUT = templateLayout({ id: 'sichuan-2020', name: '四川省部门决算公开（2020年度）', ...SICHUAN_LAYOUT_OPTIONS, tableList: true });
