// The tables of the 财政部 部门决算公开 standard set, and those some provinces add, as
// province-neutral definitions: a template takes them, numbers them and adjusts what it prints
// differently. Sources: the seed report (Sichuan 2020) and src/templates/*/SOURCES.md.
import type { TableTemplate } from '../template.js';
import { sum } from '../template.js';

export const INCOME_SOURCES = [
    '一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入',
    '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入',
] as const;

const FUND_COLUMNS = ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];

type Numbered = { readonly number: number };
type Definition = Omit<TableTemplate, 'number'>;

/**
 * A table of the set; a template's own title aliases come before those every printing shares (the
 * closer titles: see titleRank).
 */
function table(definition: Definition) {
    return (numbered: Numbered & Partial<Definition>): TableTemplate => {
        const titleAliases = [...new Set([...(numbered.titleAliases ?? []), ...(definition.titleAliases ?? [])])];
        return { ...definition, ...numbered, ...(titleAliases.length > 0 ? { titleAliases } : {}) };
    };
}

/** The overview's groups, for the income sources a template's overview prints. */
export function overviewGroups(sources: readonly string[]): TableTemplate['groups'] {
    return [
        {
            name: '收入',
            rows: [...sources, '本年收入合计', '使用非财政拨款结余', '年初结转和结余', '总计'],
            subtotal: '本年收入合计', balances: ['使用非财政拨款结余', '年初结转和结余'], grandTotal: '总计',
        },
        {
            name: '支出',
            rows: ['本年支出合计', '结余分配', '年末结转和结余', '总计'],
            subtotal: '本年支出合计', balances: ['结余分配', '年末结转和结余'], grandTotal: '总计',
        },
    ];
}

// titles some pre-2019 决算 reports print in the 预算公开 wording (部门收支总体情况表 …: national/SOURCES.md 2.9)
export const overviewTable = table({
    role: 'overview', title: '收入支出决算总表', titleAliases: ['收入支出决算表', '部门收支总体情况表'], columns: ['决算数'], balanced: true,
    columnAliases: new Map([['金额', '决算数'], ['决算', '决算数']]),
    groups: overviewGroups(INCOME_SOURCES),
});

// provinces that print each table twice, by unit and by subject (浙江), title the standard one 分科目;
// some title the two tables 收入决算总表 and 支出决算总表 (陕西: national/SOURCES.md 2.5)
export const incomeTable = table({
    role: 'income', title: '收入决算表', titleAliases: ['收入决算表（分科目）', '收入决算表（按功能分类列示）', '收入决算总表', '部门收入总体情况表'], codes: '功能分类',
    columns: ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
    columnAliases: new Map([['合计', '本年收入合计']]),
    columnSums: [sum('本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入')],
});

export const expenditureTable = table({
    role: 'expenditure', title: '支出决算表', titleAliases: ['支出决算表（分科目）', '支出决算表（按功能分类列示）', '支出决算总表', '部门支出总体情况表'], codes: '功能分类',
    columns: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
    columnAliases: new Map([['合计', '本年支出合计']]),
    columnSums: [sum('本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出')],
});

/** The funds' columns as printings head them, short of 财政拨款 (四川: 合计 一般公共预算 政府性基金预算). */
const FUND_COLUMN_ALIASES = new Map([['小计', '合计'], ['一般公共预算', '一般公共预算财政拨款'], ['政府性基金预算', '政府性基金预算财政拨款'], ['国有资本经营预算', '国有资本经营预算财政拨款']]);

export const appropriationOverviewTable = table({
    role: 'appropriation-overview', title: '财政拨款收入支出决算总表', titleAliases: ['财政拨款收入支出决算表', '财政拨款收支总体情况表'], balanced: true,
    columns: FUND_COLUMNS,
    columnAliases: FUND_COLUMN_ALIASES,
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
});

export const appropriationDetailTable = table({
    role: 'appropriation-detail', title: '财政拨款支出决算明细表', codes: '功能分类',
    columns: FUND_COLUMNS,
    columnAliases: FUND_COLUMN_ALIASES,
    columnSums: [sum('合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款')],
});

/** The carry-over columns as printings head them: 上年/上年末/年初, 年终/年末, with or without 和. */
const CARRY_OVER_COLUMN_ALIASES: readonly (readonly [string, string])[] = [
    // 上年末结转和结余: last year's closing balance, this year's opening one
    ...['上年结转和结余', '上年结转结余', '上年末结转和结余', '上年末结转结余', '年初结转结余'].map(name => [name, '年初结转和结余'] as const),
    ...['年终结转和结余', '年终结转结余', '年末结转结余'].map(name => [name, '年末结转和结余'] as const),
];

const SPENDING_BY_KIND = {
    codes: '功能分类' as const,
    columns: ['合计', '基本支出', '项目支出'],
    // 本年支出 heads the three columns (小计, 基本支出, 项目支出): a PDF's text keeps it, not 小计; or both written as one
    columnAliases: new Map([['本年支出合计', '合计'], ['本年支出', '合计'], ['小计', '合计'], ['本年支出小计', '合计']]),
    columnSums: [sum('合计', '基本支出', '项目支出')],
    // as every printing heads them (财政部 公开05表, 上海 表五, 四川 附表6): 本年支出 over 小计 基本支出 项目支出
    columnHeads: [{ head: '本年支出', columns: ['合计', '基本支出', '项目支出'], first: '小计' }],
};

/**
 * A fund's account beside its spending, printed under an income-and-spending title only: 年初结转和结余 | 本年收入 |
 * the spending's total, 基本支出, 项目支出 | 年末结转和结余.
 */
function account(spending: readonly string[]) {
    return {
        columns: ['年初结转和结余', '本年收入', '年末结转和结余'], title: /收入支出/, spending,
        printed: ['年初结转和结余', '本年收入', ...spending, '年末结转和结余'],
    };
}
const ACCOUNT = account(SPENDING_BY_KIND.columns);

/**
 * A fund's spending by kind printed as a 收入支出决算表 (云南's 一般公共预算 table; 天津, 甘肃 and 上海's
 * 国有资本经营 table): the carry-over and income columns beside 本年支出's three, known where 列【…】 lists
 * them or the rows carry six figures; the row's figure stays its 本年支出 小计.
 */
const SPENDING_WITH_ACCOUNT = {
    ...SPENDING_BY_KIND,
    extraColumns: ACCOUNT.columns,
    account: ACCOUNT,
    columnAliases: new Map([...SPENDING_BY_KIND.columnAliases, ...CARRY_OVER_COLUMN_ALIASES]),
    actualColumn: '合计',
    columnSums: [
        ...SPENDING_BY_KIND.columnSums,
        {
            total: '年末结转和结余',
            parts: [{ column: '年初结转和结余', sign: 1 as const }, { column: '本年收入', sign: 1 as const }, { column: '合计', sign: -1 as const }],
        },
    ],
};

// A fund's tables are titled without 财政拨款 where a province's set names every table by its fund (江苏: 一般公共预算支出决算表
// （功能科目）, 政府性基金预算支出决算表): a department's 一般公共预算, 政府性基金 and 国有资本经营 spending is all appropriation.
export const generalBudgetTable = table({
    role: 'general-budget', title: '一般公共预算财政拨款支出决算表', titleAliases: ['一般公共预算支出情况表', '一般公共预算支出决算表'], ...SPENDING_WITH_ACCOUNT,
});

export const generalBudgetDetailTable = table({
    role: 'general-budget-detail', title: '一般公共预算财政拨款支出决算明细表', codes: '功能分类',
    columns: ['合计', '基本支出', '人员经费', '公用经费', '项目支出'],
    columnAliases: new Map([['日常公用经费', '公用经费']]),
    columnSums: [sum('合计', '基本支出', '项目支出'), sum('基本支出', '人员经费', '公用经费')],
});

/** Personnel (301 wages, 303 transfers to households) and running costs (the other classes). */
export const PERSONNEL_CLASSES = ['301', '303'];
export const RUNNING_CLASSES = ['302', '307', '309', '310', '312', '313', '399'];

export const generalBasicTable = table({
    role: 'general-basic', title: '一般公共预算财政拨款基本支出决算表', codes: '经济分类', columns: ['决算数'],
    // 明细表 since 2022; by economic class, as some district sets print it (heading-survey.md)
    titleAliases: ['一般公共预算财政拨款基本支出决算明细表', '财政拨款基本支出经济分类决算表', '一般公共预算基本支出情况表', '一般公共预算基本支出决算表'],
    // printed either in blocks (人员经费 codes, then 公用经费 codes, each closed by its 合计 row) or
    // one row per code with the amount split into 人员经费 and 公用经费 columns
    extraColumns: ['人员经费', '公用经费'],
    columnAliases: new Map([['决算', '决算数'], ['金额', '决算数'], ['合计', '决算数'], ['本年支出合计', '决算数'], ['本年支出', '决算数'], ['日常公用经费', '公用经费']]),
    columnSums: [sum('决算数', '人员经费', '公用经费')],
    rows: ['合计', '人员经费', '公用经费'],
    codeSums: [{ row: '人员经费', classes: PERSONNEL_CLASSES }, { row: '公用经费', classes: RUNNING_CLASSES }],
});

export const generalProjectTable = table({
    role: 'general-project', title: '一般公共预算财政拨款项目支出决算表', codes: '经济分类', columns: ['决算数'],
});

/** The 三公 table of both funds as some departments print it (安徽合肥 2023). */
export const THREE_PUBLIC_FUNDS_TITLE = '一般公共预算及政府性基金财政拨款“三公”经费支出决算表';

export const THREE_PUBLIC_ROWS = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费'];

/** The two funds' columns under 预算数 and 决算数, as the table of both funds prints them (巢湖市人民法院 2021). */
const THREE_PUBLIC_FUND_COLUMNS = ['预算数', '决算数'].flatMap(head => ['一般公共预算', '政府性基金'].map(fund => `${head}·${fund}`));

const THREE_PUBLIC = {
    columns: ['预算数', '决算数'], actualColumn: '决算数', budgetColumn: '预算数', rows: THREE_PUBLIC_ROWS,
    rowParts: new Map([['公务用车购置及运行维护费', ['公务用车购置费', '公务用车运行维护费']]]),
    columnAliases: new Map([['预算', '预算数'], ['决算', '决算数']]),
    extraColumns: THREE_PUBLIC_FUND_COLUMNS,
    columnSums: ['预算数', '决算数'].map(head => sum(head, `${head}·一般公共预算`, `${head}·政府性基金`)),
};

export const threePublicTable = table({
    role: 'three-public', title: '一般公共预算财政拨款“三公”经费支出决算表', ...THREE_PUBLIC,
    // as contents print it (test/templates/heading-survey.md): the 2022 title, 财政拨款安排的…, the
    // table that adds 会议费 and 培训费 (江苏 lists them with 、: 财政拨款“三公”经费、会议费、培训费支出决算表), and the one
    // that adds 行政参公单位机关运行经费
    titleAliases: [
        '财政拨款“三公”经费支出决算表', '财政拨款安排的“三公”经费支出决算表', '一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表',
        '财政拨款“三公”经费、会议费、培训费支出决算表', '一般公共预算财政拨款“三公”经费、会议费、培训费支出决算表',
        '“三公”经费、行政参公单位机关运行经费情况表', '财政拨款“三公”经费、行政参公单位机关运行经费情况表', THREE_PUBLIC_FUNDS_TITLE,
        '一般公共预算“三公”经费支出情况表', '一般公共预算“三公”经费及会议费、培训费支出情况表',
    ],
});

export const fundThreePublicTable = table({
    role: 'fund-three-public', title: '政府性基金预算财政拨款“三公”经费支出决算表', fund: '政府性基金预算财政拨款', ...THREE_PUBLIC,
});

const FUND_ACCOUNT_COLUMNS = account(['本年支出', '基本支出', '项目支出']);

/** 政府性基金 and 国有资本经营 accounts: carry-over in, income, spending, carry-over out. */
const FUND_ACCOUNT = {
    codes: '功能分类' as const,
    account: FUND_ACCOUNT_COLUMNS,
    columns: FUND_ACCOUNT_COLUMNS.printed,
    // 合计: the spending-only printing (合计 基本支出 项目支出, as 上海 2019 printed 政府性基金预算财政拨款支出决算表) has no other total
    columnAliases: new Map([['本年支出合计', '本年支出'], ['小计', '本年支出'], ['合计', '本年支出'], ['本年支出小计', '本年支出'], ...CARRY_OVER_COLUMN_ALIASES]),
    actualColumn: '本年支出',
    // 年初结转和结余 | 本年收入 | 本年支出 over 小计 基本支出 项目支出 | 年末结转和结余, as every printing heads them
    columnHeads: [{ head: '本年支出', columns: ['本年支出', '基本支出', '项目支出'], first: '小计' }],
    columnSums: [
        sum('本年支出', '基本支出', '项目支出'),
        {
            total: '年末结转和结余',
            parts: [{ column: '年初结转和结余', sign: 1 as const }, { column: '本年收入', sign: 1 as const }, { column: '本年支出', sign: -1 as const }],
        },
    ],
};

// 政府性基金预算财政拨款支出决算表: the title some 2022 reports print for it (辽宁, national/SOURCES.md)
export const fundTable = table({
    role: 'fund', title: '政府性基金预算财政拨款收入支出决算表', titleAliases: ['政府性基金预算财政拨款支出决算表', '政府性基金预算支出情况表', '政府性基金预算支出决算表'], fund: '政府性基金预算财政拨款', ...FUND_ACCOUNT,
});

export const stateCapitalAccountTable = table({
    role: 'state-capital-account', title: '国有资本经营预算财政拨款收入支出决算表', fund: '国有资本经营预算财政拨款', ...FUND_ACCOUNT,
});

export const stateCapitalTable = table({
    role: 'state-capital', title: '国有资本经营预算财政拨款支出决算表', titleAliases: ['国有资本经营预算支出决算表'], fund: '国有资本经营预算财政拨款', ...SPENDING_WITH_ACCOUNT,
});

/** Other names of rows, the same in every template (the seed says 日常公用经费 for 公用经费). */
export const COMMON_ROW_ALIASES: readonly (readonly [string, string])[] = [
    ['日常公用经费', '公用经费'],
    ['人员经费合计', '人员经费'],
    ['公用经费合计', '公用经费'],
    ['日常公用经费合计', '公用经费'],
    // 本部门机关运行费支出92.45万元: the short form of 机关运行经费
    ['机关运行费', '机关运行经费'],
    ['机关运行费用', '机关运行经费'],
    ['决算', '决算数'],
    ['预算', '预算数'],
    ['使用非财政拨款结余（含专用结余）', '使用非财政拨款结余'],
    ['使用非财政拨款结余和专用结余', '使用非财政拨款结余'],
    // the 2019 format's row under the name older ones gave it
    ['使用非财政拨款结余（用事业基金弥补收支差额）', '使用非财政拨款结余'],
    ['因公出国（境）经费', '因公出国（境）费'],
    ['公务用车购置及运行费', '公务用车购置及运行维护费'],
    ['公务用车运行费', '公务用车运行维护费'],
    // 公务接待费用4万元, 因公出国（境）费用83万元, 公务用车运行费用7.73万元: 费用 for 费, the same rows
    ['因公出国（境）费用', '因公出国（境）费'],
    ['公务接待费用', '公务接待费'],
    ['公务用车购置费用', '公务用车购置费'],
    ['公务用车运行维护费用', '公务用车运行维护费'],
    ['公务用车运行费用', '公务用车运行维护费'],
    ['公务用车购置及运行维护费用', '公务用车购置及运行维护费'],
    // the 三公 sections' word for the receptions of foreign guests
    ['国（境）外公务接待', '外事接待'],
    ['保有量', '保有'],
    // 单位共有公务用车5辆: the fleet held
    ['共有', '保有'],
    ['现有', '保有'],
    // the 政府采购 rows as the sections name them: 授予中小企业合同金额 ≤ 政府采购, 授予小微企业合同金额 ≤ 授予中小企业合同金额
    ...(['授予中小企业', '授予小微企业'] as const).flatMap(row => [[`${row}合同金额`, row], [`${row}合同`, row]] as const),
    // 中小企业合同金额 3,102.60 under 政府采购: the usual short name, without 授予, of the same 其中 row
    ['中小企业合同金额', '授予中小企业'],
    ['小微企业合同金额', '授予小微企业'],
    // 授予中小微企业合同金额: the 财政部's term for the contracts to 中小企业, 小微 among them
    ['授予中小微企业合同金额', '授予中小企业'],
    ['授予中小微企业合同', '授予中小企业'],
    ['授予中小微企业', '授予中小企业'],
    ['中小微企业合同金额', '授予中小企业'],
    // 购置更新公务用车2辆, 更新购置公务用车; 共接待国内来访团组12个
    ['购置更新', '购置'],
    ['更新购置', '购置'],
    ['国内来访', '国内公务接待'],
    // 开展绩效运行监控21个项目: the 预算绩效 count of projects monitored
    ['绩效运行监控', '绩效监控'],
    // 全年使用财政拨款安排出国（境）团组2个、累计2人次 (广东's standard wording): the trips abroad; where the
    // groups are listed by who sent them and then summed (广西: …团组1个，参加其他单位组织的…1个，共计2个),
    // the listed ones are parts (prose-claims.ts), only the 共计 the row's count
    ['出国（境）团组', '因公出国（境）'],
    // 梧州: 安排…出国团组 0 个，参加其他单位组织的出国团组 0 个，全年因公出国（境）团组共计 ，0 个
    ['出国团组', '因公出国（境）'],
    ['收入总计', '总计'],
    ['支出总计', '总计'],
    // 总收入581.45万元，其中本年收入390.55万元: the totals as some reports name them
    ['总收入', '总计'],
    ['总支出', '总计'],
    ['本年收入', '本年收入合计'],
    ['本年支出', '本年支出合计'],
    // 财政拨款收入7,162.37万元，占收入合计的99.05%: 北京's reports name the year's totals so; 2023年度收入合计1993.21万元 (重庆),
    // 与2022年度相比，收入合计减少… (湖北): the year's totals without 本年
    ['收入合计', '本年收入合计'],
    ['支出合计', '本年支出合计'],
    // 本年收入7477.5万元；年初结转结余84.95万元 (西藏): the balances without 和
    ['年初结转结余', '年初结转和结余'],
    ['年末结转结余', '年末结转和结余'],
];

export const OF_WHICH_ROW = /^(其中|授予)/;
export const TOTAL_ROW = /^(合计|总计|小计)$/;
