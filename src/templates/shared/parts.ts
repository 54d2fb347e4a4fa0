// Section lists several templates print alike (sources: national/SOURCES.md 1, the seed report).
import type { SectionTemplate } from '../template.js';

const TOTAL: SectionTemplate = { title: '收入支出决算总体情况说明', aliases: ['收入支出总体情况说明'], topic: 'total', tables: ['overview'] };
const INCOME: SectionTemplate = { title: '收入决算情况说明', topic: 'income', tables: ['overview', 'income'] };
const EXPENDITURE: SectionTemplate = { title: '支出决算情况说明', topic: 'expenditure', tables: ['overview', 'expenditure'] };
// 陕西 prints the section without 决算 (national/SOURCES.md 2.5)
const APPROPRIATION: SectionTemplate = {
    title: '财政拨款收入支出决算总体情况说明', aliases: ['财政拨款收入支出总体情况说明'], topic: 'appropriation', tables: ['appropriation-overview'],
};
const GENERAL_BUDGET: SectionTemplate = { title: '一般公共预算财政拨款支出决算情况说明', topic: 'general-budget', tables: ['general-budget'] };
const GENERAL_BASIC: SectionTemplate = { title: '一般公共预算财政拨款基本支出决算情况说明', topic: 'general-basic', tables: ['general-basic'] };
const THREE_PUBLIC: SectionTemplate = {
    // with 培训费 and 会议费 where the 三公 table prints them (陕西: national/SOURCES.md 2.5)
    title: '“三公”经费财政拨款支出决算情况说明',
    aliases: ['财政拨款“三公”经费支出决算情况说明', '一般公共预算财政拨款“三公”经费支出决算情况说明', '“三公”经费、培训费及会议费支出情况说明'],
    topic: 'three-public', tables: ['three-public', 'fund-three-public'],
};
const FUND: SectionTemplate = {
    title: '政府性基金预算财政拨款支出决算情况说明', aliases: ['政府性基金预算支出决算情况说明', '政府性基金预算财政拨款收入支出决算情况说明'],
    topic: 'fund', tables: ['fund'],
};
const STATE_CAPITAL: SectionTemplate = {
    title: '国有资本经营预算财政拨款支出决算情况说明', aliases: ['国有资本经营预算支出决算情况说明', '国有资本经营预算财政拨款收入支出决算情况说明'],
    topic: 'state-capital', tables: ['state-capital', 'state-capital-account'],
};
const OTHER_MATTERS: SectionTemplate = { title: '其他重要事项的情况说明', aliases: ['其他重要事项情况说明', '其他重要事项说明'], topic: 'other-matters' };
const PERFORMANCE: SectionTemplate = { title: '预算绩效情况说明', aliases: ['预算绩效管理情况'], topic: 'performance' };

/** `section` under another title, its own still one of its headings (其他重要事项的情况说明 is printed by reports of every format). */
export function retitled(section: SectionTemplate, title: string): SectionTemplate {
    const aliases = [section.title, ...(section.aliases ?? [])].filter(t => t !== title);
    return { ...section, title, aliases };
}

/** The ten sections of 部门决算情况说明 until 2023 (and in Sichuan's template). */
export const EXPLANATION_SECTIONS: readonly SectionTemplate[] = [
    TOTAL, INCOME, EXPENDITURE, APPROPRIATION, GENERAL_BUDGET, GENERAL_BASIC,
    { ...THREE_PUBLIC, title: '“三公”经费财政拨款支出决算情况说明' },
    { ...FUND, title: '政府性基金预算支出决算情况说明' },
    { ...STATE_CAPITAL, title: '国有资本经营预算支出决算情况说明' },
    OTHER_MATTERS,
];

/** The eleven sections of the 2024 format: 三公 after the two funds, 预算绩效 a section of its own. */
export const EXPLANATION_SECTIONS_2024: readonly SectionTemplate[] = [
    { ...TOTAL, title: '收入支出总体情况说明', aliases: ['收入支出决算总体情况说明'] },
    INCOME, EXPENDITURE, APPROPRIATION, GENERAL_BUDGET, GENERAL_BASIC, FUND, STATE_CAPITAL,
    { ...THREE_PUBLIC, title: '财政拨款“三公”经费支出决算情况说明' },
    PERFORMANCE,
    retitled(OTHER_MATTERS, '其他重要事项情况说明'),
];

/** Shanghai's eleven: one per table in the tables' order, then 预算绩效 and the other matters. */
export const EXPLANATION_SECTIONS_SHANGHAI: readonly SectionTemplate[] = [
    TOTAL, INCOME, EXPENDITURE, APPROPRIATION, GENERAL_BUDGET, GENERAL_BASIC,
    { ...THREE_PUBLIC, title: '一般公共预算财政拨款“三公”经费支出决算情况说明' },
    { ...FUND, title: '政府性基金预算财政拨款收入支出决算情况说明' },
    { ...STATE_CAPITAL, title: '国有资本经营预算财政拨款收入支出决算情况说明' },
    { ...PERFORMANCE, title: '预算绩效管理情况', aliases: ['预算绩效情况说明'] },
    retitled(OTHER_MATTERS, '其他重要事项说明'),
];
