// What the officer's sentences say about the report's figures. Each figure written by hand in a
// text (3569.58万元, 22.54%, 分别为4125.49、4143.91万元) is tied to the quantity its sentence
// names: its subject (the name written last before it, or the subject of the sentence's earlier
// figure: “基本支出854.57万元，占23.94%”), the section it stands in (a text under 五、一般公共预算
// 财政拨款支出决算情况说明 speaks of that table), its role word (增加, 占, 完成年初预算…), its unit
// and its year. Figures that are not accounts data (thresholds, examples of a list ending 等,
// approximations) are marked so. Words carry claims too: 持平, 决算数小于预算数, 无…收入.
// The analysis runs once per report model and is read by the save-time checks.
import { Decimal } from 'decimal.js';
import type { AstNode } from 'langium';
import type { Attachment, Project, Row, TextField } from '../language/generated/ast.js';
import type { GroupTemplate, ReportTemplate } from '../templates/template.js';
import type { Figure, FigureKind } from './figure.js';
import { MONEY_UNITS, writtenMoneyScale } from './figure.js';
import { Interval, percentOf } from './interval.js';
import type { ProseText } from './prose.js';
import { firstReferencePath, isReference } from './prose.js';
import type { NameMatch, ProseLexicon, Quantity, Side } from './prose-lexicon.js';
import { carriedOverOnly, lexiconOf, narrowedNameIn, sameQuantity, tableSubject } from './prose-lexicon.js';
import type { NormalizedText, Span } from './prose-text.js';
import { clauseBefore, firstAtLeast, HEADING_START, headingsOf, isPartEnd, isPartEndAt, normalize, normalizeName, sentenceStart, TextLayout, WINDOW } from './prose-text.js';
import type { Role } from './prose-targets.js';
import { targetAsWritten } from './prose-targets.js';
import type { BudgetKind } from './budgets.js';
import { budgetKindOf, columnBudgetKind } from './budgets.js';
import { writtenSlice } from './prose-wrap.js';
import type { ReportModel } from './report-model.js';
import type { RowModel, TableModel } from './rows.js';
import { actualColumn, COUNT_UNITS, grandTotalRows, isTotalRow, isWithin, sideGroupOf, walkRows } from './rows.js';
import { parseChineseNumeral } from './numerals.js';

/** A figure written by hand in a text. Offsets are in the text as written. */
export interface WrittenFigure {
    readonly offset: number;
    readonly length: number;
    /** As written: 82.40万元, or 4125.49 for the first figure of a list. */
    readonly text: string;
    readonly value: Decimal;
    /** Decimals as written. */
    readonly decimals: number;
    /** 万元 (also of 4.66万, written without 元), %, or a count's unit (人, 辆, 批次 …). */
    readonly unit: string;
    readonly kind: FigureKind;
    /**
     * The interval it stands for, at the places written: a sentence that writes 3569.6万元 for
     * 3569.58 rounds on purpose more often than it drops a zero, and a false error costs more.
     */
    readonly interval: Interval;
}

/** The unit a figure's own text ends with: 万元, 万 (4.66万), %, or none (4125.49, the first of a list). */
export function unitWritten(figure: WrittenFigure): string {
    return /[^\d.,]*$/.exec(figure.text)![0].trim();
}

/** A figure as written with its unit: 4125.49 of 4125.49，4143.91万元 as 4125.49万元. */
export function withUnit(figure: WrittenFigure): string {
    return unitWritten(figure) ? figure.text : `${figure.text}${figure.unit}`;
}

/** Why a written figure is not compared with the data. */
/** unnamed-whole: a share of a whole narrower than any name the report knows (占财政拨款项目支出的…). */
/** outside-three-public: a 三公 purchase of a sentence that says it is not paid from 三公经费 (使用其他资金购置). */
/** count-share: a share of a count in a whole count (占项目总数比例100%), judged by prose-count-parts against the counts written. */
/** change-share: a share of a change (其中：项目支出增加150.00万元，占150%), judged against the changes the text writes. */
export type NotData = 'threshold' | 'per-unit' | 'unread' | 'example' | 'approximate' | 'other-year' | 'other-unit' | 'some-units' | 'unnamed-whole' | 'part'
    | 'outside-three-public' | 'count-share' | 'change-share' | 'base-part';

/** The quantities a sentence's words name: the words (for messages) and their candidates. */
export interface Subject {
    readonly words: string;
    /** The candidates the text's context prefers. */
    readonly quantities: readonly Quantity[];
    /**
     * The candidates from the most preferred to all of them, each list wider than the one before:
     * where the preferred ones lack the figure asked for (附表2 has no 上年), the next are asked.
     */
    readonly tiers?: readonly (readonly Quantity[])[];
    /**
     * The preferred candidates are rows of the whole the line opens with (一般公共预算财政拨款支出1,667.30万元，
     * 主要用于：…住房保障支出72.80万元，占4.37%): a share of them is of that whole, and of no other.
     */
    readonly inOpeningWhole?: true;
    /**
     * The candidates are rows of one fund's economic-classification table (30215 会议费 of 一般公共预算财政拨款基本支出决算表)
     * named outside a section about that table: the words may speak of all the department's spending on it (湖南's
     * 一般性支出情况说明: 会议费 of every fund, basic and project), of which the row is a part. A larger figure is no slip.
     */
    readonly partOfAll?: true;
    /**
     * The words right before the name narrow it to a part (其中涉外的公务接待费, 其他公务接待费, 国内公务接待费 where the
     * data has no such row): the figure is at most the candidates', never their whole; its change and share are the part's.
     */
    readonly qualified?: true;
    /**
     * `qualified` by the office's level only (厅本级机关运行经费): all of the row where the department has no other
     * administrative or 参公 unit, so a figure equal to the row is the row (a reference fits); any other, at most it.
     */
    readonly wholeIfEqual?: true;
    /**
     * The words name a part of the whole of all the department's money the line opens with, which one no table holds
     * (本年支出合计1332.79万元。其中基本支出1101.09万元 where the only 基本支出 is one fund's): the candidates are that
     * whole, `qualified`; a share after the part's amount is of the whole as written.
     */
    readonly partOfOpening?: true;
    /**
     * The whole the sentence opens with where the candidates are not its rows (财政拨款支出5,030.00万元，其中：
     * 一般公共预算财政拨款支出3,280.00万元，占65.21%: the fund's own table is no row of 财政拨款收入支出决算总表):
     * a share of them is of that whole in a reader's eyes, one more reading beside the template's.
     */
    readonly openingWhole?: readonly Quantity[];
    /**
     * The subject of the figure a 其中 list opens under, for a figure in the list (基本支出800.00万元，其中：人员经费
     * 600.00万元，占75.00%: 基本支出): a share naming no whole is of it in a reader's eyes, one more reading.
     */
    readonly listHead?: readonly Quantity[];
    /**
     * The subject of the amount a 其中 list opens under, for a completion, change, growth or share of a named whole said
     * after the list's last item with no name of its own (“三公”经费…65.44万元，其中：…公务接待费5.36万元，完成预算的
     * 88.43%): the writer goes on with the head as often as with the last item; the other reading.
     */
    readonly headReading?: Subject;
    /**
     * The candidates the words before the name prefer where the candidates' figures disagree and the written
     * one agrees with none of them (本部门项目支出: the table of all the department's money): the one to judge it by.
     */
    readonly own?: readonly Quantity[];
    /**
     * The candidates are rows of several funds' tables of one subject that a section naming no fund speaks of
     * together (北京: 财政拨款基本支出决算情况说明 over 一般公共预算 and 政府性基金预算财政拨款基本支出决算表): the
     * words may be of the funds together, their sum, as much as of any one fund. One list per fund, each of its rows;
     * `outside`: rows of the funds' other tables (its 基本支出 the funds' spending tables' column), whose sum has no whole.
     */
    readonly together?: { readonly funds: readonly (readonly Quantity[])[]; readonly outside?: true };
}

export interface FigureClaim {
    readonly kind: 'figure';
    readonly figure: WrittenFigure;
    readonly role: Role;
    /** Undefined: the sentence names no quantity the report knows. */
    readonly subject?: Subject;
    readonly notData?: NotData;
    /** For a part ('part'): the total its sentence writes after the parts (…团组1个，…团组1个，共计2个). */
    readonly partOf?: Total;
    /**
     * The amount of the whole a share's words name, written in them (占本年支出合计300.00万元的93.33%): the named
     * whole's figure, never the share's part nor a subject the figures after it carry.
     */
    readonly shareWhole?: true;
}

/** A total written or referenced after its parts: its value, and as written for messages (2个). */
export interface Total {
    readonly text: string;
    readonly value: Decimal;
    /** Written before the part, which brackets open after it (会议费6.20万元（其中项目支出1.40万元）), not after the parts. */
    readonly before?: true;
    /** Of a figure a 其中 list opens under: its unit, which each later part of the list is written in too. */
    readonly unit?: string;
}

/** 增加, 减少, 持平 … said of a subject without a figure of its own in the clause. */
export interface DirectionClaim {
    readonly kind: 'direction';
    readonly offset: number;
    readonly length: number;
    readonly word: string;
    /** 1 up, −1 down, 0 level (持平). */
    readonly sign: 1 | -1 | 0;
    /** 基本持平: a loose statement. */
    readonly loose: boolean;
    readonly subject: Subject;
}

/** 决算数大于/小于/等于（年初）预算数, said of the subjects before it. */
export interface BudgetComparisonClaim {
    readonly kind: 'budget-comparison';
    readonly offset: number;
    readonly length: number;
    readonly word: string;
    readonly relation: '>' | '<' | '=';
    readonly budget: BudgetKind;
    readonly subjects: readonly Subject[];
    /** The subjects are the figures listed before it, not named in its own clause: it may speak of them together. */
    readonly listed: boolean;
    /** The sentence gives its reason (主要原因是…, 由于…). */
    readonly reasonGiven: boolean;
}

/** 无政府性基金预算财政拨款收入: a quantity said to be nil. */
export interface AbsenceClaim {
    readonly kind: 'absence';
    readonly offset: number;
    readonly length: number;
    readonly subject: Subject;
}

export type Claim = FigureClaim | DirectionClaim | BudgetComparisonClaim | AbsenceClaim;

export interface TextClaims {
    readonly prose: ProseText;
    /** The row a text is about by where it stands: a row's 变动原因, 差异原因 … */
    readonly row?: RowModel;
    readonly claims: readonly Claim[];
}

// ---- words ---------------------------------------------------------------------------------

// a sign half- or full-width (增长－12.7%, as a full-width text writes 下降12.7%)
const NUMBER = String.raw`[-－]?\d+(?:,\d{3})*(?:\.\d+)?`;
const UNITS = ['万元', '亿元', '元', '%', ...COUNT_UNITS];
/**
 * 万 or 亿 without 元, as some reports write amounts (培训费增加4.66万,增加的原因…): only where a clause ends
 * or the sentence goes on about the amount, never before a word (1.2万人次, 3万册).
 */
const BARE_MONEY = String.raw`[万亿](?=[，,。；;、：:）)\s]|$|主要|其中|比|较|同比|增|减|下降|上升|占)`;
// a number, or a list of numbers sharing the unit after the last (4125.49、4143.91万元; the
// Sichuan sentence 收、支总计各是4125.49，4143.91万元 lists them with commas)
const FIGURE = new RegExp(String.raw`(?<![\d.,\-－])(${NUMBER}(?:(?:、|和|及|与|，|,)${NUMBER})*)(${[...UNITS.map(u => u.replace(/[()（）]/g, '\\$&')), BARE_MONEY].join('|')})`, 'g');

/**
 * Whether an amount is written as the whole of the share right after it: 占本年支出合计300.00万元的93.33%,
 * 占基本支出（12,300.00万元）的比重为89.4% — 占 and a name before it in its clause, 的 and the share's rate after it.
 */
function wholeOfShareWritten(text: string, clauseStart: number, start: number, end: number): boolean {
    return /占[^\d，,。；;：:、%]{2,30}$/.test(text.slice(clauseStart, start).replace(/[（(]$/, ''))
        && /^[）)]?的?(?:比重|比例)?(?:为|是|达)?-?\d[\d,.]*[%％]/.test(text.slice(end));
}

/** Words after a figure that make it a limit or an estimate, not a figure of the accounts. */
const THRESHOLD_AFTER = /^(?:以上|以下|以内|及以上|及以下|（含）|左右|上下|多|余)/;
/**
 * 本年收入合计小于本年支出合计500.00万元, 低于本年收入合计250.00万元: an amount after a comparison with another named total is
 * the difference of the two, neither total (a comparison with the budget or last year is a change, read as such).
 */
const DIFFERENCE_BEFORE = /(?:小于|低于|大于|高于|超出|超过|多于|少于)[^\d，,。；;、：:]{2,24}$/;
/** 比本年收入合计少, 较本年支出合计多: an amount after it is the difference of two totals. */
const COMPARED_LESS_MORE = /[比较][^\d，,。；;、：:]{2,24}(?:少|多)$/;
const THRESHOLD_BEFORE = /(?:不超过|超过|不低于|不少于|不高于|少于|低于|高于|不足|不到|至少|最多|最高|最低|上限|下限|≥|≤|>|<|＞|＜|单价|每[^\d，。；、]{0,4}|人均|平均|第)$/;
/** 其中涉外的公务接待费, 其他公务接待费, 国内公务接待费: a word right before a name that narrows it to a part of it. */
const QUALIFIED_BEFORE = /(?:涉外|国内|境内|境外|其他|其它|其余|剩余|剩下)的?$/;
const SPENDING = /支出$/;
/**
 * The spending of carried-over money: 上年结转一般公共预算财政拨款支出, 年初结转和结余…支出, 上年结转结余资金支出 — a part of
 * the year's spending and of the balance, never either itself.
 */
const CARRIED_SPENDING = /(?:上年度?|年初|以前年度|往年|历年)(?:财政拨款)?结转[^，,。；;、（）()\d]{0,16}支出/;
/**
 * Spending paid from the year's income, right before its figure: 本年收入安排的支出, 使用本年收入安排支出. Only the
 * year's: 国有土地使用权出让收入安排的支出 is a row's own name (本年收入中，国有土地使用权出让收入安排的支出22,950.00万元).
 */
const SOURCE_SPENDING = /(?:本年|当年)度?(?:财政拨款)?收入安排的?支出(?:决算数?)?[为是]?$/;
/** The same with its figure (上年结转结余资金支出800.00万元), not words of a purpose (主要用于上年结转项目支出和人员支出). */
const CARRIED_SPENDING_FIGURE = new RegExp(`${CARRIED_SPENDING.source}[^，,。；;]{0,6}[\\d【]`);
/** 人均办公经费0.50万元, 生均公用经费为…: a figure per head or per unit, the word before the subject, is no row's amount. */
const PER_UNIT_BEFORE = /(?:人均|平均|户均|每人|生均|车均|床均|日均|月均)[^\d，,。；;：:]*$/;
/** 约100万元, 近3年: a figure said roughly; 节约 (比预算节约6.72万元, a saving) and 制约 end in 约 but say no 约. */
const APPROXIMATE_BEFORE = /(?:(?<![节制])约|近|逾|超|大约|将近|接近)$/;

interface RoleWord {
    readonly pattern: string;
    readonly role: (kind: FigureKind, words: string) => Role | undefined;
}

const rate = (role: Role) => (kind: FigureKind) => (kind === 'rate' ? role : undefined);
const amount = (role: Role) => (kind: FigureKind) => (kind === 'amount' ? role : undefined);
// 完成全年预算84.82万元的73.2%: the amount written after a completion word is the budget it is of
const completion = (budget: 'initial' | 'final' | 'any') => (kind: FigureKind): Role | undefined =>
    kind === 'rate' ? { kind: 'completion', budget } : kind === 'amount' ? { kind: 'budget', budget } : undefined;
const direction = (sign: 1 | -1) => (kind: FigureKind): Role | undefined =>
    kind === 'amount' ? { kind: 'change', sign } : kind === 'rate' ? { kind: 'growth', sign } : undefined;

/** 上年, 去年, 2019年（疫情前）: last year, or a year named, as a comparison names it. */
const YEAR_COMPARED = '(?:上年度?|去年|\\d{4}年度?(?:（[^（）\\d]{1,10}）)?)';
/** 比上年, 较2023年度决算数, 比2022年（疫情前）决算数: a comparison with last year right before 多 or 少. */
const LAST_YEAR_COMPARED = `(?:比|较)${YEAR_COMPARED}的?(?:(?:支出|收入)?决算数?|(?:支出|收入)数?)?`;
/** A fall's own words; 节约 stays out of FALL_WORD, its minus an overspending (节约-5.00万元). */
const FALL_WORDS = '降幅|减幅|减少|下降|降低|压减|缩减|减支';

/** Role words, longer before shorter where one starts another. */
const ROLE_WORDS: readonly RoleWord[] = [
    // 决算数小于预算数5.50万元, 决算数超出年初预算数1.20万元: the amount is 决算 − 预算, the comparison's words its direction;
    // only right before it (决算数大于年初预算数的主要原因是追加…经费10.00万元: the reason's amount, no difference)
    { pattern: '决算数?(?:大于|高于|超过|超出|多于|小于|低于|少于)(?:年初|全年|调整后?)?预算数?(?=(?:为|了)?\\s*$)', role: (kind, words) => kind !== 'amount' ? undefined
        : { kind: 'change', sign: /小于|低于|少于/.test(words) ? -1 : 1, versus: budgetNamed(/(年初|全年|调整后?)?预算/.exec(words)![1] ?? '') } },
    // 为年初预算的95%, 决算数为年初预算数的95%, 占调整预算数115.8%: said as a part of the budget, still 决算 ÷ 预算
    { pattern: '(?:完成|为|占)年初预算(?:数)?的?', role: completion('initial') },
    { pattern: '(?:完成|为|占)(?:全年|调整后?)预算(?:数)?的?', role: completion('final') },
    { pattern: '(?:完成|为|占)预算(?:数)?的?|预算完成率|预算执行率|执行率|完成率', role: completion('any') },
    { pattern: '年初预算(?:数)?', role: amount({ kind: 'budget', budget: 'initial' }) },
    { pattern: '(?:全年|调整后?)预算(?:数)?', role: amount({ kind: 'budget', budget: 'final' }) },
    // not the 预算 of a fund's name: 一般公共预算财政拨款“三公”经费支出数为… is the 决算, and
    // 涉及一般公共预算项目资金119.80万元 the fund's spending
    { pattern: '(?<!一般公共|政府性基金|国有资本经营)预算(?!(?:财政)?拨款)(?:数)?', role: amount({ kind: 'budget', budget: 'any' }) },
    // 比预算增加（减少）-2万元: the form's word for a signed change, its direction the figure's sign
    { pattern: '增加[（(]减少[）)]|增长[（(]下降[）)]|增[（(]减[）)]', role: direction(1) },
    // 年初预算为2.95万元，差值为0.9万元: the difference of the two figures before it, either way (see differenceVersus)
    { pattern: '差值|差额|相差', role: amount({ kind: 'change', sign: 1, either: true }) },
    // 较上年增支204万元, 减支57万元: a change of spending in a government's accounts
    { pattern: '增长率|增幅|增加|增长|上升|提高|增支', role: direction(1) },
    { pattern: `${FALL_WORDS}|节约`, role: direction(-1) },
    // 比上年决算数多500.00万元: the change, never a second figure of the year (决算数 names last year's)
    { pattern: `(?<=${LAST_YEAR_COMPARED})多`, role: direction(1) },
    { pattern: `(?<=${LAST_YEAR_COMPARED})少`, role: direction(-1) },
    // 比例 alone is no share's (资金使用比例为95%); after 占 and a whole it is (占本年收入合计的比例为0.29%)
    { pattern: '所占比重|所占比例|比重|(?<=占[^，,。；;：:]{1,30})比例|占比|占', role: rate({ kind: 'share' }) },
    // not the 上年 of a balance carried over (上年结转一般公共预算财政拨款支出, 上年度结转, 上年结余): that is this year's money;
    // the 度 inside the lookahead, or 上年度 would give way to a 上年 before 度结转
    { pattern: '(?<![比较与同])(?:上年度?|去年)(?!度?(?:财政拨款)?(?:结转|结余))(?:决算)?(?:数)?', role: amount({ kind: 'last' }) },
    { pattern: '决算数?|执行数|实际支出', role: kind => (kind === 'amount' || kind === 'count' ? { kind: 'value' } : undefined) },
];
/** The nouns of a share that follow its whole: 占本年收入合计的比重为…. */
const SHARE_NOUN = /^(?:比重|比例)$/;
const ROLE_PATTERN = new RegExp(ROLE_WORDS.map(w => `(${w.pattern})`).join('|'), 'g');

/**
 * 较上年, 与2023年度相比, 比预算, 与2021年度预算相比, 比上年预算数字, 比2019年（疫情前）决算数: a comparison, naming no
 * quantity of its own.
 */
const COMPARED = `(?:比|较|与)(?:${YEAR_COMPARED}(?:(?:年初|全年|调整后?)?预算数?字?|(?:支出|收入)?决算数?|累计(?:支出|收入)数?|(?:支出|收入)数)?|(?:年初|全年|调整后?)?预算数?字?)(?:相比|同期)?`;
/** 比年初, 较年初, 与年初相比: a balance compared with the year's start (年末结转和结余…，比年初增加…), naming no quantity of its own. */
const VERSUS_OPENING = '(?:比|较|与)年初(?:相比)?';
/** 较上年支出数, 比2023年收入数, 比上年累计支出: a side's bare word inside a comparison with last year names the comparison, no subject. */
const SIDE_COMPARED = /(?:比|较|与)(?:上年度?|去年|\d{4}年度?)(?:累计)?$/;

/** 按同口径同比增长, 按可比口径: the basis a comparison is made on, naming no quantity of its own. */
const SAME_BASIS = '按?(?:同|可比)口径(?:计算)?';

/**
 * Words that may stand between a subject and its figure without naming another quantity:
 * 一般公共服务（201）支出决算为 …, 社会保障和就业支出（208类）553.27万元, 公务用车购置及运行维护费支出决算比2019年 …
 */
const FILLER = new RegExp(`^(?:${[
    '（[类款项]）', '（\\d{2,7}[类款项]?）', '其中', '：', ':', '支出', '收入', '决算数?', '执行数', '数', '为', '是', '共计?', '计', '合计',
    '金额', '总额', '总计', '的', '达到?', '了', '约', '各', '均', '都', '分别', '全年', '本年度?', '当年', '年度', '合同', '经费',
    // the nouns of the 三公 counts: 因公出国（境）团组2个, 国内公务接待批次为520个
    '团组数?', '批次', '人数', '人次',
    '资金', '累计', '实际', '发生', '安排', '情况', COMPARED, VERSUS_OPENING, '同比', '上年同期', SAME_BASIS,
    '\\d{4}年度?', '\\d{4}年度?决算',
].join('|')})*$`);

/**
 * Words ending in 的 between 占 and the whole's name that narrow the whole to a part of it, which the data
 * does not state (占应开展绩效自评的一般公共预算项目支出总额的); not a year's (占上年…的), a figure's or a list's.
 */
const QUALIFIER_OF_WHOLE = /^(?!.*(?:上年|去年|同期|\d))[^，,。；;：:、]{2,20}的$/;

/** The projects a count is of and the verb of the work done on them: 3个»项目开展了«绩效自评. */
const PROJECTS_THEN_WORK = /^项目(?:开展了?|进行了?|实施了?)/;
/** Words after a whole's name that say its parts are listed next (…支出主要用于以下方面：…). */
const PARTS_LISTED_AFTER = '主要用于';

/** 2024年度项目21个, 共有项目21个: a count of projects right after the word. */
const PROJECTS_BEFORE_COUNT = /项目(?:数量?)?(?:共计?|共有|合计|为|有)?\s*$/;
/** 所有项目均开展了绩效自评: work said done on every project, its name right after. */
const ALL_PROJECTS_WORK = /(?:所有|全部)(?:的)?项目(?:均|都|全部)?(?:已)?(?:开展|进行|实施)了?/;
/** Counts of projects, either way round: 21个项目, 项目21个. */
const PROJECT_COUNT = /(\d+|【[^】]*】)\s*个项目|项目(?:数量?)?(?:共计?|共有|合计|为|有)?\s*(\d+|【[^】]*】)\s*个/g;

/** 共涉及项目4个: the projects the work named in the clause before was done on, counted. */
const INVOLVED_PROJECTS = /^(?:共计?|合计|累计)?涉及(?:的)?项目(?:数量?)?(?:为|共计?)?$/;
/**
 * 对“第五次全国经济普查”项目开展了部门评价，涉及一般公共预算支出6,420.00万元: money a work or a project
 * 涉及 is the part of the named quantity it covers, which the data does not state, not the quantity.
 */
const INVOLVED = /涉及/;
/** Words that may follow the work's name to the clause's end: 开展绩效自评工作，共涉及项目4个. */
const WORK_ENDING = /^(?:工作)?$/;

/** A total's words right before its figure: 各项支出合计, 共计. */
const HEADING_TOTAL = /(?:合计|共计|总计|总额)(?:为|是)?$/;

/** The longest words before a figure read as a name shortened by the head of the one before it (购置及运行维护费). */
const SHORTENED_LONGEST = 12;

/** The appropriations a name's figures are of, said right after it: 机关运行经费财政拨款, “三公”经费财政预算拨款. */
const APPROPRIATION_AFTER = /^(?:一般公共预算|财政预算)?财政拨款(?:资金)?(?:安排的?)?/;

/** A bracket right after a name, no figure in it: 设备（不含车辆）0台（套）. */
const QUALIFIER = /^（([^（）\d]{1,10})）/;

/**
 * Words that may open a clause that goes on speaking of the sentence's subject: “，占23.94%”,
 * “，共计支出0万元”, “，金额0万元”, “，2014年为107.89万元” (last year's). A noun of its own (收入, 资金) starts another subject.
 */
const CARRYING = new RegExp(`^(?:其中|：|:|为|是|共计?(?:支出)?|合计(?:支出)?|累计|金额|分别|均|各|都|${COMPARED}|${VERSUS_OPENING}|${SAME_BASIS}|同比|全年|当年|本年度?|实际|支出决算数?字?|决算数?字?|执行数|\\d{4}年度?)*$`);

/** How many names before a name, on its line, may say what it belongs to. */
const NAMES_OF_CONTEXT = 30;

const LIST_JOINT = /^(?:、|和|及|与|以及)$/;
/** The words naming a fund, or every fund's 财政拨款. */
const FUNDS = ['一般公共预算', '政府性基金', '国有资本经营'];
/** The funds' names as one alternation, for the patterns below. */
const FUND = FUNDS.join('|');
const FUND_WORDS = new RegExp(`${FUND}|财政拨款`);
// 基本支出370.05万元，占61.39%: the words between a name and its amount, and between the amount and the share right after it
const AMOUNT_OF_SHARE = /^\s*(?:为|是)?\s*$/;
const SHARE_AFTER_AMOUNT = /^\s*[，,]\s*占(?:比)?\s*$/;
// 城乡社区支出合计750.00万元，其中：一般公共预算550.00万元，政府性基金200.00万元: the words between a name and its amount,
// before the first fund's amount (，其中： or （其中， as well) and before each next one
const AMOUNT_OF_NAME = /^\s*(?:合计|总计|共计)?(?:为|是)?\s*$/;
const FIRST_FUND_PART = new RegExp(String.raw`^\s*[，,（(]?\s*其中\s*[：:，,]?\s*(?:${FUND})[^\d，,。；;：:]{0,12}$`);
const LIST_PART_AFTER = /^\s*[、，,；;]\s*[^\d，,。；;：:]{1,16}$/;
const NEXT_FUND_PART = new RegExp(String.raw`^\s*[、，,；;]\s*(?:${FUND})[^\d，,。；;：:]{0,12}$`);
/** The money not appropriated (非财政拨款收入、非财政拨款支出): no name of the report's holds it. */
const NOT_APPROPRIATED = /非财政拨款/;

/** An amount written or referenced: where it ends (its unit too) and what it is of. */
interface Amount { readonly start: number; readonly end: number; readonly quantities: readonly Quantity[]; readonly subject?: Subject }

/** ，较2018年度的900.00万元增加100.00万元，增长11.11%, ，同比增长…, ，与上年相比，增加…: a comparison of the amount before it, clause by clause. */
const HEAD_COMPARED = /[，,]\s*(?:较|比|同比|与|增加|减少|增长|下降)[^，,。；;]*/g;
/** 2018年度, 上年, 同期: the other year a comparison is made with. */
const COMPARED_YEAR = String.raw`(?:\d{4}年度?|上年度?|去年|上年同期|同期)`;
/** 较2018年度的, 比上年: the words right before a comparison's base. */
const COMPARED_BASE = new RegExp(String.raw`(?:比|较|与)${COMPARED_YEAR}?(?:决算数?|预算数?)?的?$`);
/**
 * 比2023年度的5,300.00万元（其中：…, 与上年的本年支出合计5,300.00万元，其中：…: a list under a comparison's base, still open.
 * The base follows the year (比上年6,461.20万元, 比2023年度决算数…) or its 的 with nothing or a name the reader knows between
 * (group 1): any other words there (比上年下降580.60万元，其中：…, 比上年的支出回落…) make the amount the change, and its
 * list this year's parts.
 */
const PARTS_OF_BASE = new RegExp(String.raw`(?:比|较|与)(?:${COMPARED_YEAR}|年初预算|调整预算|预算)(?:决算数?|预算数?)?(?:的([^，,。；;（()\d]{0,16}))?[\d,.]+\s*(?:万元|亿元|元)(?:[（(]|[，,]\s*其中)[^）)。；;]*$`);
/** Whether the words before a 其中 list's item leave it under a comparison's base (PARTS_OF_BASE). */
function partOfBase(model: ReportModel, words: string): boolean {
    const match = PARTS_OF_BASE.exec(words);
    const gap = match?.[1]?.trim();
    // 比上年度的支出6,461.20万元, 比上年的财政拨款支出总额…: the side's own words name the whole too, where no table holds them
    return match !== null && (!gap || /^(?:本年|决算|财政拨款)*(?:收入|支出)(?:总额|总计|合计)?$/.test(gap) || lexiconOf(model).lookup(gap) !== undefined);
}
/**
 * Whether an amount of a sentence (from `from`) may be what the 其中 at `among` lists: not one in brackets nor a
 * comparison's base (城乡社区支出1000.00万元（2018年度为900.00万元），…，较2018年度的900.00万元增加100.00万元，其中：…).
 * Only brackets opened inside the one the 其中 stands in count: （城乡社区支出1000.00万元，其中：…） heads its own list.
 */
function mayHeadList(text: string, from: number, among: number, at: number): boolean {
    return !inBrackets(text, Math.max(from, openBracket(text, from, among) + 1), at) && !COMPARED_BASE.test(text.slice(from, at));
}
/**
 * The quantities of the amount right before the 其中 a list in the sentence opens with (listHead's figure), of the
 * text's amounts in order: undefined outside a list, none for a head no row of the report holds.
 */
function listHeadQuantities(text: string, at: number, amounts: readonly Amount[], sentenceBefore = false): readonly Quantity[] | undefined {
    return listHeadAmount(text, at, amounts, sentenceBefore)?.quantities;
}
/** The amount right before the 其中 a list in the sentence opens with (see `listHeadQuantities`). */
function listHeadAmount(text: string, at: number, amounts: readonly Amount[], sentenceBefore = false): Amount | undefined {
    const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
    const among = text.lastIndexOf('其中', at - 1);
    if (among < start) return undefined;
    // …一般公共预算财政拨款支出945.00万元，占本年支出合计的88.32%。其中：…, where `sentenceBefore`: a 其中 opening its
    // sentence lists the parts of the amount the sentence before ends on
    const opens = sentenceBefore && text[start - 1] === '。' && text.slice(start, among).trim() === '';
    const from = opens ? Math.max(text.lastIndexOf('。', start - 2), text.lastIndexOf('\n', start - 2)) + 1 : start;
    // the head's brackets and its comparison may stand between it and the 其中
    const head = amounts.filter(a => a.end <= among && mayHeadList(text, from, among, a.start)).at(-1);
    if (!head || head.start < from) return undefined;
    const between = text.slice(head.end, opens ? start - 1 : among).replace(/[（(][^（）()]*[）)]/g, '').replace(HEAD_COMPARED, '');
    // 基本支出800.00万元，占66.67%，其中：… the head's own share may stand between; （其中：… the list in brackets
    if (!/^[\s，,：:]*(?:占[^\d，,。；;]{0,12}[\d.]+%[\s，,：:]*)?[（(]?$/.test(between)) return undefined;
    return head;
}
/** The words of a fund right before an amount: 政府性基金预算财政拨款. */
const FUND_BEFORE_AMOUNT = new RegExp(String.raw`(?:${FUND})[^\d，,。；;：:]{0,12}$`);
/**
 * 总计5,869.00万元，一般公共预算财政拨款5,542.20万元，政府性基金预算财政拨款326.80万元: the quantities of the amount a list
 * of funds goes on from comma by comma with no 其中, of the text's amounts in order; undefined where the amount before
 * the funds is itself a fund's, in brackets or a comparison's base.
 */
function fundListHeadQuantities(text: string, at: number, amounts: readonly Amount[]): readonly Quantity[] | undefined {
    let head: Amount | undefined;
    for (let i = amounts.length - 1, end = at; i >= 0 && NEXT_FUND_PART.test(text.slice(amounts[i].end, end)); end = amounts[i].start, i--) head = amounts[i];
    if (!head) return undefined;
    const start = Math.max(text.lastIndexOf('。', head.start - 1), text.lastIndexOf('\n', head.start - 1)) + 1;
    return FUND_BEFORE_AMOUNT.test(text.slice(start, head.start)) || !mayHeadList(text, start, at, head.start) ? undefined : head.quantities;
}
/**
 * 财政拨款收入支出总计5,869.00万元。一般公共预算财政拨款5,422.20万元，占92.40%: the quantities of the amount the sentence
 * before ends on, where the sentence at `at` writes one amount before it (its part's) — a whole a share there may be of,
 * as of a 其中 list's head.
 */
function sentenceBeforeWhole(text: string, at: number, amounts: readonly Amount[]): readonly Quantity[] | undefined {
    const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
    const before = amounts.filter(a => a.end < start).at(-1);
    if (text[start - 1] !== '。' || !before || text.slice(before.end, start - 1).trim() !== '') return undefined;
    return amounts.filter(a => a.start >= start && a.end <= at).length === 1 ? before.quantities : undefined;
}
/** A fund's bare name as a 其中 list's item: 一般公共预算, 其中：政府性基金预算. */
const BARE_FUND_ITEM = new RegExp(String.raw`^\s*(?:其中\s*[：:，,]?\s*)?(${FUND})(?:预算)?\s*$`);
/** 财政拨款收入, 财政拨款支出: a whole of every fund's appropriations, of one side. */
const APPROPRIATION_SIDE = /^财政拨款(收入|支出)$/;
/**
 * 财政拨款收入4352.47万元（其中，一般公共预算4352.47万元，政府性基金预算0万元…）: a fund's bare name listing a part of
 * the whole of every fund's appropriations is that fund's side of them (一般公共预算财政拨款收入), as 浙江 writes it; a
 * bare fund under any other whole (城乡社区支出…，其中：一般公共预算550.00万元) is that whole's part, which no row holds.
 */
function bareFundPart(model: ReportModel, text: string, words: string, at: number, amounts: readonly Amount[]): Subject | undefined {
    const fund = BARE_FUND_ITEM.exec(words)?.[1];
    const head = fund ? listHeadAmount(text, at, amounts) : undefined;
    // only the head's bracket opening may stand before the 其中: after 比上年增加100.00万元，其中：… the list is the change's
    const bare = fund && head && /^(?:万元|亿元|元)?[\s，,：:（(]*$/.test(text.slice(head.end, text.lastIndexOf('其中', at - 1)));
    const side = bare && APPROPRIATION_SIDE.exec(head.subject?.words ?? '')?.[1];
    // 一般公共预算 ends in 预算 already
    const name = side && `${fund.endsWith('预算') ? fund : `${fund}预算`}财政拨款${side}`;
    const quantities = name ? lexiconOf(model).lookup(name)?.quantities ?? [] : [];
    return quantities.length > 0 ? { words: name as string, quantities } : undefined;
}
/** A 款's quantities with those of its 项 in the same column beside them: where the text leaves the 项 unnamed. */
function withItems(tier: readonly Quantity[]): Quantity[] {
    return [...tier, ...tier.flatMap(q => q.row.children.map(row => ({ row, ...q.column === undefined ? {} : { column: q.column } })))];
}

/** An item of a list naming the opening balance: …，年初财政拨款结转和结余30.00万元 (not 一般公共预算财政拨款年初结转和结余). */
const OPENING_LISTED = /[：:，,、；;]\s*年初[^，,。；;：:\d]*结转/;

/** The sentence (to its 。) the position stands in. */
function sentenceAt(text: string, at: number): string {
    const end = text.indexOf('。', at);
    return text.slice(text.lastIndexOf('。', at - 1) + 1, end < 0 ? undefined : end);
}

/** A fund's name alone: 一般公共预算财政拨款, 政府性基金预算资金. */
const FUND_NAME = new RegExp(`^(${FUND})(?:预算)?(?:财政拨款)?(?:资金)?$`);
/** A fund written right before a name: 政府性基金预算财政拨款上年结转和结余. */
const FUND_BEFORE_NAME = new RegExp(`(${FUND})(?:预算)?(?:财政拨款)?(?:资金)?的?$`);

/**
 * Whether any of a subject's candidates, in any tier, may be of the fund: in a table of appropriations (a fund's,
 * or 财政拨款“三公”经费, which the fund's words narrow no further), or naming the fund in its rows or column.
 */
function ofFund(subject: Subject, fund: string): boolean {
    const all = [subject.quantities, ...subject.tiers ?? []].flat();
    return all.some(q => FUND_WORDS.test(q.row.table?.title ?? '') || q.row.context.includes(fund) || (q.column ?? '').includes(fund));
}

/** Words right before a name saying it is the whole department's: 本部门项目支出, 2024年度本单位项目支出. */
const DEPARTMENT_BEFORE = /(?:本部门|本单位)(?:\d{4}年度?)?(?:的)?$/;
/** The most names a list said to be nil (无A、B和C) is read for. */
const LONGEST_LIST = 20;
const ALL_OF = /[均都各]/;
/** Words giving a reason (主要原因是…, 主要系…): a difference explained. */
const REASON = /原因|由于|因为|主要是|主要系|系因/;
/**
 * A reason given for a change, to its clause's end (主要原因是财政拨款减少): one with no amount, explaining a rise or fall.
 * 主要是 may as well name what a total is mostly of (主要是一般公共预算财政拨款支出602.75万元): no reason word here.
 */
const CHANGE_REASON = /(?:原因|由于|因为|系因)[^，,。；;]*/g;
/** Words opening an explanation after a comparison: “：…”, “的主要情况：…” (决算数小于预算数的主要情况：厉行节约…). */
const EXPLANATION_OPENING = /^(?:的?(?:主要)?(?:情况|理由|因素))?[：:]/;
/** Words of causes and uses, after which 增加 or 减少 speaks of something else than the subject. */
const CAUSE = /原因|由于|因为|主要是|主要系|系因|用于|导致|随/;

// 决算数小于预算数, 决算数大于年初预算数, 决算与预算持平
// 决算大于上年决算数 compares with another year, not with the budget
const BUDGET_COMPARISON = /决算(?:数)?(大于|高于|超过|超出|多于|小于|低于|少于|未达到|等于|与(?:年初|全年|调整后?)?预算(?:数)?(?:持平|一致|相等|相同))(?!上年|去年|同期|\d{4}年)((?:年初|全年|调整后?)?)(?:预算(?:数)?)?/g;
const LEVEL = /基本持平|持平|没有变化|无变化|无增减(?:变化)?/g;
/** A clause ending by saying its subject did not change, against a base or not: 比预算无增减变化, 与上年持平. */
const LEVEL_AT_END = new RegExp(`(?:${COMPARED})?(?:基本持平|持平|没有变化|无变化|无增减(?:变化)?)$`);
const STANDALONE_DIRECTION = /(?:略有|有所)?(增加|增长|上升|提高|减少|下降|降低)/g;
const ABSENCE = /(?:无|没有|未发生|未安排)(?=[^\d])/g;
/** The kinds of unit a unit's name ends with: 沱江市中医医院, 刘堡镇卫生院, 县疾控中心. */
const UNIT_KINDS = '医院|卫生院|保健院|中心|学校|小学|中学|幼儿园|学院|站|所|馆';
/** The office of a department that consolidates units, as the department's texts name it: 委机关本级, 局本级. */
const OFFICE = '(?:机关|[局委厅办署])本级';
const OFFICE_AT_END = new RegExp(`${OFFICE}$`);
/**
 * 局本级支出870.00万元, 局本级“三公”经费支出20.00万元: an amount of the office alone, not of the department it is
 * part of; the 其中 list after it is the office's too. Its 支出 or 收入 may close it (支出合计, 支出决算为). A bare 本级 may
 * be the report's own (镇本级); 局本级 is the report's own only in the office's own report (ownNamePattern).
 */
const OFFICE_AMOUNT = new RegExp(String.raw`(?<![本我])${OFFICE}(?:(?:支出|收入)(?:合计|总额|共计)?(?:决算数?)?(?:为|是)?)?$`);
/**
 * 所属参公单位, 下属分局: the department's subordinate units, a kind or two of words between. Only right before the name
 * (所属参公单位机关运行经费, 所属参公单位的机关运行经费) do they say whose the figure is: elsewhere in the sentence the words are of its scope
 * (本部门（包括厅机关、所属参公单位）机关运行经费).
 */
const SUBORDINATE = String.raw`(?:下属|所属)[^\d，,。；;、：:（）()及和与的]{0,12}?(?:单位(?!组织)|分局|机构)`;
/**
 * Before a 无, words saying it is of some of the department's units, not of its accounts:
 * “8个决算单位中，县妇幼保健院、城关镇卫生院无“三公”经费支出”, “部分单位无…”, “县疾控中心2024年度无…”.
 * 本院, 本中心 (the reporting unit itself) are not another unit, nor 参加其他单位组织的出国（境）团组 (the
 * department's own trips in groups others organised). 委机关本级 is the office of a department that consolidates
 * units (“委机关本级“三公”经费支出36.20万元，所属单位83.17万元”), and so is 局本级 (OFFICE_AMOUNT).
 */
const SOME_UNITS = new RegExp(String.raw`单位中|(?:部分|个别|其余|其他|下属|所属|二级)(?:预算)?单位(?!组织)|${SUBORDINATE}的?$|(?<![本我])(?:${UNIT_KINDS}|机关本级)(?:、|和|及|与|(?:\d{4}年度?|本年度?|当年|全年)?(?:均|都)?$)|${OFFICE_AMOUNT.source}`);
/**
 * 参加其他单位组织的, 参加上级部门组织的: words before a count of groups saying others organised them; an organiser named
 * between, no 参加或组织 (the groups joined or organised: all of them).
 */
const JOINED_GROUPS = /参加(?:其他|上级|外)[^\d，,。；;、或和及与]{0,10}组织的?$/;
/** 本单位组织及参加其他单位组织的…团组共2个: the own groups and the joined ones counted together. */
const OWN_AND_JOINED = /组织[及和与、]参加/;
/**
 * From an amount of the office to a figure of the 其中 list after it: in one clause run, or right after its 。 or ；
 * (局本级支出870.00万元。其中：…); not past a closing bracket (本年支出合计1,070.00万元（局本级支出870.00万元），其中：…).
 */
const OFFICE_LIST = /^(?:[^。；;！？\n）)]*|[。；;]\s*)其中/;
/**
 * 包括行政单位（含参照公务员法管理的事业单位）、事业单位和其他单位: the kinds of unit the accounts sort every unit into,
 * listed to say all of them, not some.
 */
const EVERY_KIND_OF_UNIT = /事业单位(?:和|及|与|、|以及)其他单位/g;
/** 本部门及所属单位, 含下属单位: the department with its units, which is its accounts. */
const WITH_UNITS = new RegExp(String.raw`(?:及|和|与|含|包括|连同)其?(?:(?:部分|二级)(?:预算)?单位|${SUBORDINATE})`, 'g');

/** A subject code written after a name: 公立医院（02）, 卫生健康支出（210）. */
const CODE_AFTER = /^[（(]\d{2,7}[）)]/;

/**
 * Whether the words before a sentence's subject say it is of some of the department's units
 * (“8个决算单位中，县妇幼保健院、城关镇卫生院“三公”经费支出均为0万元”, “县疾控中心…20.00万元”), and whether
 * of its office alone (局本级支出…, whose 其中 list is the office's): their figures are not the department's.
 */

function ofSomeUnits(before: string, ownName: RegExp | undefined): 'office' | 'some' | undefined {
    const without = withoutOwnName(before, ownName).replace(WITH_UNITS, '').replace(EVERY_KIND_OF_UNIT, '');
    if (OFFICE_AMOUNT.test(without)) return 'office';
    return SOME_UNITS.test(without) || DIRECT_UNITS.test(without) ? 'some' : undefined;
}

/** The report's own unit named in words (the office's own report, 部门 「…局本级」, names itself) as 本单位: the report's. */
function withoutOwnName(before: string, ownName: RegExp | undefined): string {
    return ownName ? before.replace(ownName, '本单位') : before;
}

/** The last word of a place a unit's name opens with: 沱江市|中医医院, 张家川县闫家乡|卫生院. */
const PLACE_END = '省市州盟县区旗镇乡';
/** A unit's kind a name ends with, which alone (中心2023年度无…) is the unit whose report it is. */
const UNIT_KIND = new RegExp(`(?:${UNIT_KINDS})$`);

/**
 * 厅本级机关运行经费: the offices' own spending is what 机关运行经费 counts, the department's row or, where the department
 * has other administrative or 参公 units, a part of it: no unit's figure the office rule leaves unread.
 */
const OFFICES_OWN = /^机关运行经费/;
/**
 * The names central departments open with (中华人民共和国审计署, 国家统计局, 中国地震局): not a party's local committee
 * (中国共产党某县委员会…, 中国民主同盟某市委员会), nor a central body's local office (国家税务总局某市税务局).
 */
const CENTRAL_DEPARTMENT = /^(?:中华人民共和国|国家|中国|中央|全国)(?!共产|人民政治|国民党|民主|农工|致公|九三)(?![^]*(?:[省州盟县旗镇乡]|市(?!场)|区(?!域)))/;
/** 包括中央财政拨款收入…、地方财政拨款收入…: beside local money, a central department's 中央 money is a part again. */
const LOCAL_FUNDING = /地方(?:财政)?拨款/;
/**
 * 镇本级“三公”经费 in a town's own report is the report's: a place's level marks a part of 财政拨款 only (money from that
 * level); 地方财政拨款收入 is the local part in a central department's report only (elsewhere all its money is local).
 */
const FUNDING_LEVEL = /(?:[省市州盟县区旗镇乡]本?级|中央|上级|地方)$/;

/**
 * 局本级公用经费120.00万元, 财政拨款收入2,050.00万元（区本级财政拨款1,650.00万元，…）, 中央财政拨款400.00万元: a name
 * glued to a level of government or of the department names the part of that level (a unit's, or money from one
 * level), not the row.
 */
function levelQualified(before: string, name: string, ownName: RegExp | undefined, central: boolean, localBeside: boolean): boolean {
    // 中央财政拨款收入 in a central department's report is all of its 财政拨款 (the report's own level, not a part) unless
    // 地方 money is named beside it
    const level = FUNDING_LEVEL.exec(before)?.[0];
    const part = level === '中央' ? !central || localBeside : level === '地方' ? central : level !== undefined;
    return (OFFICE_AT_END.test(withoutOwnName(before, ownName)) && !OFFICES_OWN.test(name)) || (part && name.startsWith('财政拨款'));
}

/**
 * 分单位看，局本级支出…，大连市沙岭区图书馆支出780.00万元: a row's name that is a kind of unit (图书馆 of 2070104 图书馆),
 * glued to a place (区图书馆, 县博物馆) or in a sentence going through the department unit by unit (本级, 分单位), is a
 * unit of the department, not the row; followed by its code or （项） it is the row, and the report's own name is its own.
 */
function unitNamedLikeRow(text: string, name: Span, ownNameEnding: RegExp | undefined): boolean {
    if (!UNIT_KIND.test(text.slice(name.start, name.end)) || /^\s*[（(](?:\d{2,7}|类|款|项)[）)]/.test(text.slice(name.end, name.end + 12))) return false;
    const sentence = sentenceStart(text, name.start);
    if (ownNameEnding?.test(text.slice(sentence, name.end))) return false;
    return (name.start > 0 && PLACE_END.includes(text[name.start - 1])) || /本级|分单位/.test(text.slice(sentence, name.start));
}

/**
 * The report's own unit as its texts may name it (部门, 全称, 简称 of 刘堡镇卫生院, 沱江市中医医院): the whole name, the
 * name without the place it opens with (中医医院 after 市 or a comma), or its kind alone after a comma (中心): the
 * department, not some of its units; 局本级 in the report of 某局本级. Undefined where its names end in no kind of unit.
 */
function ownNamePattern(model: ReportModel): RegExp | undefined {
    const given = [model.meta.department, model.meta.fullName, model.meta.shortName]
        .filter((n): n is string => n !== undefined).map(n => normalizeName(n));
    const names = given.filter(n => UNIT_KIND.test(n));
    // 某区经济和信息化局本级's own report: its 局本级 is itself wherever it stands (2023年度局本级支出…)
    const office = given.some(n => OFFICE_AT_END.test(n));
    if (names.length === 0 && !office) return undefined;
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const whole = new Set(names);
    const shortened = new Set<string>();
    const kinds = new Set<string>();
    for (const name of names) {
        const kind = UNIT_KIND.exec(name)![0];
        // 所 or 站 alone is no name (所属单位)
        if (kind.length > 1) kinds.add(kind);
        for (let i = 1; i < name.length; i++) {
            // 中医医院, not 卫生院: a name shortened still says more than its kind
            if (PLACE_END.includes(name[i - 1]) && name.length - i >= kind.length + 2) shortened.add(name.slice(i));
        }
    }
    const longestFirst = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length).map(escape).join('|');
    const alternatives = office ? [OFFICE] : [];
    if (whole.size > 0) alternatives.push(longestFirst(whole));
    if (shortened.size > 0) alternatives.push(String.raw`(?<=^|\P{Script=Han}|[${PLACE_END}])(?:${longestFirst(shortened)})`);
    if (kinds.size > 0) alternatives.push(String.raw`(?<=^|\P{Script=Han})(?:${longestFirst(kinds)})`);
    return new RegExp(alternatives.join('|'), 'gu');
}

/**
 * 沙岭区图书馆本年支出合计 in the library's own report: the report's name glued to the name after it owns that name, as
 * the report's subject; a row's name it ends with (项 2070104 图书馆) is not read there.
 */
function ownedNamesOut(names: NameMatch[], text: string, ownName: RegExp): NameMatch[] {
    const owners = [...text.matchAll(ownName)].map(m => ({ start: m.index, end: m.index + m[0].length }))
        .filter(own => names.some(next => next.start === own.end));
    return owners.length === 0 ? names : names.filter(n => !owners.some(own => n.start >= own.start && n.end === own.end));
}

/**
 * 区直, 县直, 市直 (the departments a district, county or city funds directly) are part of the area's whole:
 * “2022年区直财政拨款资金安排“三公”经费决算数为736.40万元” in a district's summary is not its total. Not a
 * name holding them (县直机关工委, 市直机关事务管理局), nor a whole said to include them (含区直), nor 社区直接….
 */
const DIRECT_UNITS = /(?<![含括及和与社])[省市州县区旗]直(?=各?(?:部门|单位|机关|财政|预算|行政|事业|系统))(?!机关(?:工|事务|党|后勤))/;

// ---- analysis ---------------------------------------------------------------------------------

/** One text being read: its normalized words, names, sections and context. */
class TextReader {
    readonly normalized: NormalizedText;
    readonly layout: TextLayout;
    readonly names: NameMatch[];
    /** The references 【…】 of the normalized text, in order: not a 文号's year nor a title's words (as parseProse reads them). */
    readonly references: readonly Span[];
    /** Where each name ends, in order (names do not overlap), for binary searches. */
    private readonly nameEnds: number[];
    private readonly heading: string | undefined;
    /** The report's own unit as the text may name it (see ownNamePattern). */
    readonly ownName: RegExp | undefined;
    /** The same, ending a text (…沙岭区图书馆). */
    readonly ownNameEnding: RegExp | undefined;
    /** A central department's report (中国地震局, 国家统计局): 中央 is its own level. */
    readonly central: boolean;
    /** Where each section starts, the tables it speaks of, and the side its heading names (财政拨款收入情况: 收入). */
    private readonly sections: { start: number; tables: ReadonlySet<number>; side?: Side }[] = [];
    /** The tables the text's own heading speaks of: those of the section every heading inside the text lies within. */
    private readonly headingTables: ReadonlySet<number> | undefined;
    readonly claims: Claim[] = [];
    /** The figure claims with where each starts in the normalized text. */
    readonly figureStarts: { claim: FigureClaim; start: number }[] = [];

    constructor(
        private readonly model: ReportModel,
        private readonly lexicon: ProseLexicon,
        readonly prose: ProseText,
        readonly row: RowModel | undefined,
        private readonly project: Project | undefined,
        heading: string | undefined,
        ownName: RegExp | undefined,
    ) {
        this.ownName = ownName;
        this.ownNameEnding = ownName && new RegExp(`(?:${ownName.source})$`, 'u');
        // 部门 中国地震局 with 全称 中国地震局湖北省地震局: the local office's report, central only where every name given is
        const given = [model.meta.department, model.meta.fullName].filter(n => n !== undefined);
        this.central = given.length > 0 && given.every(n => CENTRAL_DEPARTMENT.test(normalizeName(n)));
        this.normalized = normalize(prose.text);
        const text = this.normalized.text;
        this.layout = new TextLayout(text);
        // told apart in the text as written: normalizing drops the 《》 a title's 【…】 is read inside
        this.references = [...text.matchAll(/【[^【】\n]*】/g)].map(m => ({ start: m.index, end: m.index + m[0].length })).filter(span => {
            const offset = this.normalized.origin[span.start];
            const written = /【[^【】\n]*】/y;
            written.lastIndex = offset;
            return isReference(prose.text, offset, written.exec(prose.text)?.[0] ?? '【】');
        });
        const names = lexicon.matches(text, { start: 0, end: text.length }, this.references);
        this.names = ownName ? ownedNamesOut(names, text, ownName) : names;
        this.nameEnds = this.names.map(m => m.end);
        this.headingTables = heading ? tablesForHeading(model, heading) : undefined;
        if (heading) this.sections.push({ start: 0, tables: this.headingTables!, side: sideOfHeading(heading) });
        this.heading = heading;
        for (const line of headingsOf(text)) {
            const tables = tablesForHeading(model, line.title);
            if (tables.size > 0) this.sections.push({ start: line.start, tables, side: sideOfHeading(line.title) });
        }
    }

    get text(): string {
        return this.normalized.text;
    }

    /** Offsets in the original text of a span of the normalized one. */
    /** The references within [from, to), in order. */
    referencesIn(from: number, to: number): Span[] {
        return this.references.filter(r => r.start >= from && r.end <= to);
    }

    original(span: Span): { offset: number; length: number } {
        const offset = this.normalized.origin[span.start];
        return { offset, length: this.normalized.origin[span.end] - offset };
    }

    private tablesAt(position: number): ReadonlySet<number> | undefined {
        return this.sectionAt(position)?.tables;
    }

    private sectionAt(position: number): { tables: ReadonlySet<number>; side?: Side } | undefined {
        let found: { tables: ReadonlySet<number>; side?: Side } | undefined;
        for (const section of this.sections) if (section.start <= position) found = section;
        return found;
    }

    /**
     * The candidates a name leaves, narrowed by what the text is about: its own project or row,
     * the rows and tables named before it on its line, the table of its section. A narrowing
     * that leaves nothing is skipped; the rows of a project count only where it is spoken of.
     * Returns each narrower list before the wider it came from.
     */
    narrow(match: NameMatch): Quantity[][] {
        return this.narrowed(match, true).tiers;
    }

    /**
     * The wholes a share's words name (占本年支出合计的): the narrowest reading of the name; in one fund's section, of a
     * word its table heads a column with (占本年支出的), the fund's own figure and the department's all-money one alike —
     * 项目支出320.00万元，占本年支出的100% is of the fund's, 国有资本经营预算财政拨款支出320.00万元，占本年支出的21.33% of the
     * department's, and the words do not tell which.
     */
    shareWholes(match: NameMatch): Quantity[] {
        const narrowest = this.narrow(match)[0];
        const fund = this.sectionFund(match.start);
        if (!fund || this.fundColumnWord(match.words) === undefined) return narrowest;
        const own = this.narrowed(match).tiers[0].filter(q => q.row.table !== undefined && fundsOf(this.tableSubjectOf(q.row.table.number)) === fund);
        const tiers = this.narrow(match);
        const all = tiers[tiers.length - 1].filter(q => q.row.table !== undefined && fundsOf(this.tableSubjectOf(q.row.table.number)) === '' && this.isWhole(q.row));
        const wholes: Quantity[] = [];
        for (const q of [...own, ...narrowest, ...all]) if (!wholes.some(w => sameQuantity(w, q))) wholes.push(q);
        return wholes;
    }

    /** The fund tables' column word the words are, as written or by the template's alias (年末结转结余: 年末结转和结余). */
    private fundColumnWord(words: string): string | undefined {
        const columns = fundColumnWords(this.model.template);
        const alias = this.model.template.rowAliases.get(words);
        return columns.has(words) ? words : alias !== undefined && columns.has(normalizeName(alias)) ? normalizeName(alias) : undefined;
    }

    /** Whether the section's tables are all of the department's money, of no fund nor 财政拨款 (支出决算表). */
    private ofAllMoney(section: ReadonlySet<number> | undefined): boolean {
        return !!section && section.size > 0 && [...section].every(number => {
            const subject = this.tableSubjectOf(number);
            return subject !== '' && !FUND_WORDS.test(subject);
        });
    }

    /** The one fund whose tables the section at `position` speaks of, if it speaks of one fund's only. */
    private sectionFund(position: number): string | undefined {
        const section = this.tablesAt(position);
        if (!section || section.size === 0) return undefined;
        const funds = new Set([...section].map(number => fundsOf(this.tableSubjectOf(number))));
        const [fund] = funds;
        return funds.size === 1 && fund !== '' && !fund.includes('+') ? fund : undefined;
    }

    private narrowed(match: NameMatch, ofShare = false): { tiers: Quantity[][]; inOpeningWhole: boolean; own?: Quantity[]; partOfOpening?: true } {
        const named = this.namedBefore(match);
        let candidates = (this.rowsInColumn(match) ?? this.quantitiesOf(match, ofShare)).filter(q => {
            const project = this.lexicon.projectOf.get(q.row);
            return !project || project === this.project || named.projects.has(project);
        });
        if (this.fallsToFundTable(match, candidates)) candidates = [];
        // 城乡社区支出合计750.00万元，其中：一般公共预算550.00万元，政府性基金200.00万元: an amount split into funds is all the
        // funds' appropriations together (财政拨款收入支出决算总表's 合计), in a section of one fund's tables too — never one
        // fund's row; all the money's (收入支出决算总表, which 其他收入 may add to) only where no appropriations table holds it
        if (this.splitIntoFunds(match)) {
            const allFunds = candidates.filter(q => q.row.table !== undefined && fundsOf(this.tableSubjectOf(q.row.table.number)) === '' && fundsOf(q.column ?? '') === '');
            const appropriated = allFunds.filter(q => q.row.table!.title.includes('财政拨款'));
            candidates = appropriated.length > 0 ? appropriated : allFunds;
        }
        candidates = this.withoutOtherFunds(match, candidates, ofShare);
        const ofFunds = candidates;
        candidates = this.withoutFundsOfAll(match, candidates);
        // every reading one fund's, dropped: the figure is a part of the whole of all the money the line opens with
        // (not for a whole a share names: 占基本支出的 is no share of the opening whole)
        if (candidates.length === 0 && ofFunds.length > 0 && !ofShare && this.partOfOpeningAt(match.start)) {
            const opening = this.openingWhole(match.start, false, true);
            if (opening?.length) return { tiers: [[...opening]], inOpeningWhole: false, partOfOpening: true };
        }
        const tiers = [candidates];
        const prefer = (keep: (q: Quantity) => boolean) => {
            if (candidates.length < 2) return;
            const kept = candidates.filter(keep);
            if (kept.length > 0 && kept.length < candidates.length) tiers.unshift(candidates = kept);
        };
        if (this.project) prefer(q => this.lexicon.projectOf.get(q.row) === this.project);
        if (this.row) prefer(q => isWithin(q.row, this.row!));
        // 财政拨款支出1,285.60万元，其中：一般公共预算…，政府性基金…。…社会保障和就业支出150.00万元，占11.7%:
        // a line that opens with a whole goes on to list its parts, whatever funds it names on the way
        const tablesOf = (wholes: readonly Quantity[] | undefined) => wholes && new Set(wholes.map(q => q.row.table!.number));
        let opening = tablesOf(this.openingWhole(match.start));
        // 本年支出合计3,980.00万元，其中：基本支出…: where the table the whole is read in (收入支出决算总表) holds no reading
        // of the part, the other tables whose whole of that name the written figure is (支出决算表's 合计); not past a fund
        // named on the way (其中：一般公共预算财政拨款支出1100.00万元，基本支出950.00万元 may be that fund's parts)
        if (opening && !candidates.some(q => q.row.table !== undefined && opening!.has(q.row.table.number)) && !this.fundNamedSinceOpening(match.start)) {
            opening = tablesOf(this.openingWhole(match.start, false, true));
        }
        const inOpening = (q: Quantity) => q.row.table !== undefined && opening !== undefined && opening.has(q.row.table.number);
        if (opening) prefer(inOpening);
        prefer(q => {
            const project = this.lexicon.projectOf.get(q.row);
            return (project !== undefined && named.projects.has(project))
                || (q.row.table !== undefined && named.tables.has(q.row.table.number))
                || ancestors(q.row).some(a => named.rows.has(a));
        });
        // 类（类）款（款）项（项）: of two 项 of one name under the same 类, the one whose 款 is named too
        const path = this.pathBefore(match);
        const onPath = (q: Quantity) => ancestors(q.row).filter(a => path.has(a)).length;
        const most = Math.max(0, ...candidates.map(onPath));
        if (most > 1) prefer(q => onPath(q) === most);
        // the section's tables; where none holds the name, those of the text's heading, which the section lies within
        // (（三）财政拨款支出决算具体情况 of 财政拨款收入支出决算总表, in 一般公共预算财政拨款支出决算情况说明: its 项 are that table's)
        const inTables = (tables: ReadonlySet<number>) => (q: Quantity) => q.row.table !== undefined && tables.has(q.row.table.number);
        const section = [this.tablesAt(match.start), this.headingTables].find(tables => tables && candidates.some(inTables(tables)));
        if (section) prefer(inTables(section));
        // 本部门项目支出903.10万元: the department's own, a table of all its money (支出决算表), not one fund's —
        // the one to judge by where the figures disagree; a figure agreeing with another table's stays right
        const department = DEPARTMENT_BEFORE.test(this.text.slice(Math.max(0, match.start - 12), match.start));
        let own = department ? candidates.filter(q => q.row.table !== undefined && !FUND_WORDS.test(this.tableSubjectOf(q.row.table.number))) : [];
        // 本年支出, 年末结转和结余 under 财政拨款收入支出决算总体情况说明: the section's table's rows, read first; the
        // department's all-money rows stay a reading (本年收入1100万元，其中财政拨款收入1000万元 names the department's)
        const counterparts = ofShare || department ? [] : this.sectionCounterparts(match, tiers[0]);
        if (counterparts.length > 0) {
            tiers.splice(0, tiers.length, ...tiers.map(tier => [...counterparts, ...tier]));
            own = counterparts;
        }
        return { tiers, inOpeningWhole: opening !== undefined && tiers[0].length > 0 && tiers[0].every(inOpening), ...own.length > 0 ? { own } : {} };
    }

    /**
     * The rows of the section's money's two-sided table (财政拨款收入支出决算总表) that stand where the candidates stand in
     * the department's all-money one (收入支出决算总表): its side's subtotal, total or balance of that name without the
     * money's words (年末财政拨款结转和结余 for 年末结转和结余). None unless the name names no money, the section is of such
     * a table and no candidate is the section's.
     */
    private sectionCounterparts(match: NameMatch, candidates: readonly Quantity[]): Quantity[] {
        const section = this.tablesAt(match.start);
        if (!section || section.size === 0 || candidates.length === 0 || FUND_WORDS.test(match.words)) return [];
        if (candidates.some(q => q.row.table && section.has(q.row.table.number))) return [];
        const sided = [...section].flatMap(number => this.model.tables.get(number) ?? [])
            .filter(table => (table.template?.groups?.length ?? 0) > 0 && FUND_WORDS.test(this.tableSubjectOf(table.number)));
        const found = sided.length > 0 ? this.samePlaces(candidates, sided) : [];
        return found.length > 0 ? found : this.sectionQualified(match, section);
    }

    /** The rows of the two-sided tables at the places the candidates (sided rows of the department's tables) stand; none if any stands elsewhere. */
    private samePlaces(candidates: readonly Quantity[], sided: readonly TableModel[]): Quantity[] {
        const found: Quantity[] = [];
        for (const { row, column } of candidates) {
            const group = sideGroupOf(row.parent);
            // the row's figure (上海's 表一 heads it 决算数), not another column of it
            if ((column !== undefined && column !== actualColumn(row)) || !row.table || row.parent?.parent || !group || FUND_WORDS.test(this.tableSubjectOf(row.table.number))) return [];
            const at = placeInSide(group, row.canonicalName);
            if (at === undefined) return [];
            for (const table of sided) {
                const side = table.rows.find(r => !r.parent && r.canonicalName === row.parent!.canonicalName);
                const other = sideGroupOf(side);
                const same = other && side!.children.filter(r => placeInSide(other, r.canonicalName) === at);
                for (const r of same ?? []) if (!found.some(q => q.row === r)) found.push({ row: r });
            }
        }
        return found;
    }

    /**
     * 收入支出总计 under 政府性基金预算财政拨款收入支出决算情况说明, whose table is one-sided: where the section's tables are
     * one money's appropriations, that money's as its qualified name reads (政府性基金预算财政拨款收入支出总计: its part of
     * 财政拨款收入支出决算总表's 总计; 财政拨款本年支出合计), where the report has that name.
     */
    private sectionQualified(match: NameMatch, section: ReadonlySet<number>): Quantity[] {
        const subjects = [...section].map(number => this.tableSubjectOf(number));
        const funds = new Set(subjects.map(fundsOf));
        const [fund] = funds;
        if (!subjects.every(subject => FUND_WORDS.test(subject)) || funds.size !== 1 || fund.includes('+')) return [];
        // 一般公共预算 ends in 预算 already (一般公共预算财政拨款…, not 一般公共预算预算…)
        const qualifier = fund === '' || fund.endsWith('预算') ? fund : `${fund}预算`;
        return [...this.lexicon.lookup(`${qualifier}财政拨款${match.words}`)?.quantities ?? []];
    }

    /**
     * A subject read as a table's total's cells in some columns (基本支出: 支出决算表's 合计 in 基本支出), where it is listed
     * under an amount of rows of that table, not its wholes: those rows' cells in the same columns; undefined where none,
     * or where the written figure is a total's cell and no row's (本年支出合计1100.00万元，主要是城乡社区支出1000.00万元，
     * 其中：…项目支出800.00万元: the list may be the sentence's total's).
     */
    headRowCells(subject: Subject, head: readonly Quantity[], figure: WrittenFigure): Subject | undefined {
        if (subject.quantities.length === 0 || !subject.quantities.every(q => q.column !== undefined && this.isWhole(q.row))) return undefined;
        if (head.some(h => this.isWhole(h.row))) return undefined;
        const cells = subject.quantities.flatMap(total => head.filter(h => h.row.table === total.row.table && h.row.cells.has(total.column!))
            .map(h => ({ row: h.row, column: total.column })));
        const fits = (q: Quantity) => targetAsWritten(this.model, q, { kind: 'value' }, figure)?.interval.meets(figure.interval) === true;
        if (subject.quantities.some(fits) && !cells.some(fits)) return undefined;
        return cells.length > 0 ? { words: subject.words, quantities: cells, tiers: [cells] } : undefined;
    }

    /**
     * 财政拨款收入支出总计5,869.00万元，其中：一般公共预算财政拨款5,542.20万元: a fund's name listed under an amount of rows
     * printing that fund's column (财政拨款收入支出决算总表's 总计) is those rows' cells in the column, not the fund's own
     * row (its 本年收入); undefined where none, or where the written figure is the name's own and no cell's (总计…，其中：
     * 一般公共预算财政拨款5,422.20万元 may be the 本年收入 the sentence goes on to).
     */
    headFundCells(subject: Subject, words: string, head: readonly Quantity[], figure: WrittenFigure): Subject | undefined {
        const fund = FUND_NAME.exec(words)?.[1];
        if (!fund || subject.quantities.length === 0 || subject.quantities.some(q => q.column !== undefined)) return undefined;
        // 收、支总计 are one figure: a side's 总计 printing no fund's cells (四川's 收入) has them in the other side's
        const grandTotals = (row: RowModel) => row.parent && !row.parent.parent && row.canonicalName === sideGroupOf(row.parent)?.grandTotal ? grandTotalRows(row.table!) : [row];
        const cells: Quantity[] = [];
        for (const h of head) {
            // the head the rows' whole (its 合计 as a reference names it), not a column's part of them
            const whole = h.column === undefined || (h.column === h.row.table?.columns[0] && fundsOf(h.column) === '');
            const column = whole ? h.row.table?.columns.find(c => fundsOf(c) === fund) : undefined;
            for (const row of column === undefined ? [] : grandTotals(h.row)) {
                if (row.cells.has(column!) && !cells.some(q => q.row === row)) cells.push({ row, column });
            }
        }
        const fits = (q: Quantity) => targetAsWritten(this.model, q, { kind: 'value' }, figure)?.interval.meets(figure.interval) === true;
        if (cells.length === 0 || (subject.quantities.some(fits) && !cells.some(fits))) return undefined;
        return { words: subject.words, quantities: cells, tiers: [cells] };
    }

    /**
     * 城乡社区支出本年收入600.00万元: a column's name (a table's total's cell) right after a row's of that table is the
     * row's cell in that column, not the total's; undefined where the name before is no row of it.
     */
    private rowsInColumn(match: NameMatch): Quantity[] | undefined {
        const before = this.names[firstAtLeast(this.nameEnds, match.start)];
        if (!before || before.end !== match.start) return undefined;
        const cells = this.quantitiesOf(match).flatMap(total => total.column === undefined || !this.isWhole(total.row) ? []
            : before.entry.quantities.filter(q => q.column === undefined && q.row.table === total.row.table && q.row !== total.row
                && q.row.cells.has(total.column!)).map(q => ({ row: q.row, column: total.column })));
        return cells.length > 0 ? cells : undefined;
    }

    /**
     * The quantities other than `quantity` that `name` stands for and that hold the same figure: where the name of a
     * referenced cell is read, every row of that name whose figure the reference prints is one of its readings.
     */
    private holdingSame(name: string, quantity: Quantity, figure: Figure): Quantity[] {
        return (this.lexicon.lookup(name)?.quantities ?? [])
            .filter(q => !sameQuantity(q, quantity) && targetAsWritten(this.model, q, { kind: 'value' }, figure)?.interval.meets(figure.interval));
    }

    /**
     * A reference to a row's own amount read as its name written there would be: 本年收入合计【表2.合计】万元 (表2's
     * 本年收入合计 column) is also 表1's 本年收入合计, which holds the same figure and the 上年, 增加 the sentence goes
     * on to give. Its name is its column's (a total row's cell) or its row's, where that name stands for it; the other
     * readings are a wider tier, asked only for what the referenced cell's row lacks.
     */
    referenceRead(subject: Subject, figure: Figure): Subject {
        const [quantity] = subject.quantities;
        // a row's own amount, not its change or share (【本年支出合计.增加】)
        if (figure.kind !== 'amount' || this.model.cells.get(figure)?.row !== quantity.row) return subject;
        const name = [quantity.column, quantity.row.canonicalName].find(n => n !== undefined && this.lexicon.lookup(n)?.quantities.some(q => sameQuantity(q, quantity)));
        const others = name === undefined ? [] : this.holdingSame(name, quantity, figure);
        // the reference's own cell first: the others only where it lacks the figure asked for (表2 has no 上年)
        return others.length > 0 ? { ...subject, tiers: [[quantity], [quantity, ...others]] } : subject;
    }

    /**
     * The whole a line's first figure is (财政拨款支出, 本年支出合计, 一般公共预算财政拨款支出), written or
     * referenced, where that figure is a plain amount before `position` and each of its candidates is a table's total;
     * of the sentence's first figure, where `sentence` says so; `widest`: of a written figure, every reading of its name
     * whose figure it writes, not only those its context prefers (none where none agrees).
     */
    openingWhole(position: number, sentence = false, widest = false): readonly Quantity[] | undefined {
        const line = this.layout.lineAt(position).start;
        const lineStart = sentence ? Math.max(line, this.text.lastIndexOf('。', position - 1) + 1) : line;
        const [first] = this.figuresIn(lineStart, position);
        const [reference] = this.referencesIn(lineStart, first?.start ?? position);
        let quantities: readonly Quantity[] = [];
        // 一般公共预算财政拨款支出主要用于以下方面：…: a whole named without its amount, its parts listed after it
        const listing = this.names.find(m => m.start >= lineStart && m.end <= (first?.start ?? position) && this.text.startsWith(PARTS_LISTED_AFTER, m.end));
        if (listing) quantities = this.quantitiesOf(listing, true);
        else if (reference) {
            const referenced = referencedFigure(this.model, this, reference);
            // a row's own amount, not its change or share (【本年支出合计.增加】)
            if (referenced?.figure.kind === 'amount' && this.model.cells.get(referenced.figure)?.row === referenced.row) {
                const { figure } = referenced;
                // the row itself too: a side's row (总计) is looked up by its side only
                quantities = widest ? [referenced.quantity, ...this.holdingSame(referenced.row.canonicalName, referenced.quantity, figure)] : [referenced.quantity];
            }
        } else if (first?.claim.role.kind === 'value' && first.claim.figure.kind === 'amount') {
            const { figure, role } = first.claim;
            const subject = first.claim.subject;
            quantities = (widest ? subject?.tiers?.at(-1) : undefined) ?? subject?.quantities ?? [];
            // 支出合计1332.79万元 (北京, 重庆: the total without 本年), a name of 表一's row only: widest, every reading of the
            // row's own name (支出决算表's 本年支出合计 column), as a reference to the row gives them
            if (widest) quantities = [...new Set(quantities.flatMap(q => q.column !== undefined ? [q] : [q, ...this.lexicon.lookup(q.row.canonicalName)?.quantities ?? []]))];
            // 本年支出5,713.50万元，其中：基本支出…: of the wholes its name may be (表一's 本年支出合计, the 政府性基金
            // table's 本年支出 column), the ones whose figure it writes, in the unit it writes (5,713.50万元 of a report in 元); all where none agrees
            const agreeing = quantities.filter(q => targetAsWritten(this.model, q, role, figure)?.interval.meets(figure.interval));
            if (agreeing.length > 0 || widest) quantities = agreeing;
        }
        if (quantities.length === 0 || !quantities.every(q => this.isWhole(q.row))) return undefined;
        return quantities;
    }

    /**
     * Whether words at `position` are a part of the line's opening whole: in its sentence, or in one opening with 其中, no
     * other whole written between (本年收入1000.00万元，本年支出1332.79万元，其中：基本支出… are 本年支出's; 支出总计…。本年支出中，
     * 基本支出… the 本年支出's), and no other year nor span of years before them in their clause (2021年至2023年基本支出合计…).
     */
    private partOfOpeningAt(position: number): boolean {
        const line = this.layout.lineAt(position).start;
        const [first, ...between] = this.figuresIn(line, position);
        if (!first) return false;
        const sentence = this.text.lastIndexOf('。', position - 1) + 1;
        if (sentence > first.start && !/^\s*其中/.test(this.text.slice(sentence, position))) return false;
        const whole = ({ claim }: { claim: FigureClaim }) => claim.figure.kind === 'amount' && claim.subject !== undefined && !claim.subject.partOfOpening
            && claim.subject.quantities.length > 0 && claim.subject.quantities.every(q => this.isWhole(q.row));
        if (between.some(whole)) return false;
        const clause = this.text.slice(Math.max(line, ...['，', ',', '；', ';', '。'].map(mark => this.text.lastIndexOf(mark, position - 1) + 1)), position);
        return !/\d{4}\s*年?\s*[至到—~\-－]\s*\d{4}|近[\d一二三四五六七八九十两]+年|累计/.test(clause)
            && ![...clause.matchAll(/(\d{4})\s*年/g)].some(year => Number(year[1]) !== this.model.meta.year);
    }

    /** Whether a fund is named between the line's first figure or reference (the whole it may open with) and `position`. */
    private fundNamedSinceOpening(position: number): boolean {
        const line = this.layout.lineAt(position).start;
        const [first] = this.figuresIn(line, position);
        const [reference] = this.referencesIn(line, first?.start ?? position);
        const from = reference ? reference.end : first?.start ?? position;
        // 主要原因是财政拨款减少。其中：基本支出…: a fund given as a reason names no whole of the parts
        const words = this.text.slice(from, position).replace(CHANGE_REASON, clause => /增加|减少|增长|下降|上升|降低/.test(clause) && !/\d/.test(clause) ? '' : clause);
        return FUND_WORDS.test(words);
    }

    /** A row under `whole`, or another row of the table `whole` is the 合计 of. */
    private isPartOf(row: RowModel, whole: RowModel): boolean {
        if (row === whole) return false;
        if (isWithin(row, whole)) return true;
        return row.table !== undefined && row.table === whole.table && !whole.parent && isTotalRow(whole, this.model.template.totalRow);
    }

    /** A table's 合计, or a side's subtotal or total (本年支出合计, 总计) of a two-sided table. */
    private isWhole(row: RowModel): boolean {
        if (!row.table) return false;
        if (!row.parent) return isTotalRow(row, this.model.template.totalRow);
        const group = sideGroupOf(row.parent);
        return !row.parent.parent && group !== undefined && (row.canonicalName === group.subtotal || row.canonicalName === group.grandTotal);
    }

    /** What a name stands for where it stands: a fund's name alone, by its section's side (财政拨款 in 收入决算情况说明). */
    private quantitiesOf(match: NameMatch, ofShare = false): readonly Quantity[] {
        const tables = this.tablesAt(match.start);
        // 一般公共预算财政拨款增加27.44万元 under 一般公共预算财政拨款支出决算情况说明: the fund's
        // spending the section is about, not the row of that name on the income side of 财政拨款收入支出决算总表
        // (a name of one side already, 政府性基金预算财政拨款收入 under …收入支出决算情况说明, is that side's, though the table's subject adds 支出 to it)
        const sided = SIDES.some(side => match.words.endsWith(side));
        const own = new Set([...tables ?? []].map(number => this.tableSubjectOf(number)).filter(subject => !sided && SIDES.some(side => subject === match.words + side)));
        const sectionsOwn = own.size === 1 ? this.lexicon.lookup([...own][0]) : undefined;
        if (sectionsOwn && sectionsOwn.quantities.length > 0) return sectionsOwn.quantities;
        const headed = ofShare ? [] : this.headedTotals(match.words, tables);
        if (headed.length > 0) return headed;
        const sides = match.entry.sides;
        if (!sides) return match.entry.quantities;
        const said = new Set([...tables ?? []].map(number => this.sideOf(number)));
        const side = this.sectionAt(match.start)?.side ?? (said.size === 1 ? [...said][0] : undefined);
        return side ? sides.get(side)?.quantities ?? [] : [];
    }

    /**
     * 本年支出 under 国有资本经营预算财政拨款支出决算情况说明: the heading the section's table prints over its columns
     * (本年支出 over 小计 基本支出 项目支出) names the total's first of them, where no column of the table bears it.
     */
    private headedTotals(words: string, tables: ReadonlySet<number> | undefined): Quantity[] {
        const found: Quantity[] = [];
        for (const number of tables ?? []) {
            const table = this.model.tables.get(number);
            const total = table?.rows.find(r => !r.parent && isTotalRow(r, this.model.template.totalRow));
            if (!table || !total) continue;
            for (const { head, columns } of table.template?.columnHeads ?? []) {
                if (normalizeName(head) === words && !table.columns.includes(head) && total.cells.has(columns[0])) found.push({ row: total, column: columns[0] });
            }
        }
        return found;
    }

    /** The side a table is of, where it is of one alone: 收入决算表 and 支出决算表, not a fund's or a kind's. */
    private sideOf(table: number): Side | undefined {
        const subject = this.tableSubjectOf(table);
        return subject === '收入' || subject === '支出' ? subject : undefined;
    }

    /**
     * 收入总计 written alone is the department's two-sided table's (收入支出决算总表): where that table is written
     * without the row, the name does not fall to a fund's table (财政拨款收入支出决算总表) the text does not speak of.
     */
    private fallsToFundTable(match: NameMatch, candidates: readonly Quantity[]): boolean {
        if (candidates.length === 0 || FUND_WORDS.test(match.words)) return false;
        const section = this.tablesAt(match.start);
        const sided = (row: RowModel) => row.parent !== undefined && SIDES.includes(row.parent.canonicalName as Side) && !row.parent.parent;
        const fundTable = (q: Quantity) => q.row.table !== undefined && sided(q.row) && FUND_WORDS.test(this.tableSubjectOf(q.row.table.number))
            && !section?.has(q.row.table.number);
        if (!candidates.every(fundTable)) return false;
        return [...this.model.tables.values()].some(t => (t.template?.groups?.length ?? 0) > 0 && !FUND_WORDS.test(this.tableSubjectOf(t.number)));
    }

    /**
     * 本年支出12.00万元 under 国有资本经营预算支出决算情况说明: a name that names no fund, in a section of one fund's
     * tables, is not another fund's (the 政府性基金 table's 本年支出 column, where the 国资 table has no such column);
     * nor, where it is a word a fund's table heads a column with (本年收入, 年末结转和结余), the department's all-money
     * figure (收入支出决算总表's 本年收入合计) — only the fund's own, else it stays unread.
     */
    private withoutOtherFunds(match: NameMatch, candidates: Quantity[], ofShare: boolean): Quantity[] {
        const section = this.tablesAt(match.start);
        if (!section || section.size === 0 || FUND_WORDS.test(match.words)) return candidates;
        const funds = new Set([...section].map(number => fundsOf(this.tableSubjectOf(number))));
        if (funds.size !== 1 || funds.has('')) return candidates;
        const [fund] = funds;
        const column = ofShare ? undefined : this.fundColumnWord(match.words);
        const fundColumn = column !== undefined;
        const keep = (quantities: readonly Quantity[]) => quantities.filter(q => {
            const other = q.row.table ? fundsOf(this.tableSubjectOf(q.row.table.number)) : '';
            return other === fund || (other === '' && (!fundColumn || (q.column ?? '').includes(fund)));
        });
        let kept = keep(candidates);
        // 年末结转结余, which only the 收入支出决算总表's row is named by: the fund's column under the template's name
        if (kept.length === 0 && column !== undefined && column !== match.words) kept = keep(this.lexicon.lookup(column)?.quantities ?? []);
        // 本年收入 in the 国资 section, whose table prints no income: the fund's income as the department's tables print it
        const side = fundColumn && kept.length === 0 ? /^本年(收入|支出)$/.exec(match.words)?.[1] : undefined;
        return side ? [...this.lexicon.lookup(`${fund}预算财政拨款${side}`)?.quantities ?? []] : kept;
    }

    /**
     * 基本支出 under 支出决算情况说明 where the report prints no 支出决算表 (left out, or its number another table's): a name
     * that names no fund, where the words speak of all the department's money (ofAllMoneyAt), is not one fund's table's
     * figure (the 国有资本经营 table's 基本支出 column), which is a part of it at most — where no candidate is of all the
     * money. Every candidate in such fund tables is dropped, their totals too (收入总计 is not 表4's 收入 › 总计 there); the
     * economic tables' rows stay: a part of all (partOfAll).
     */
    private withoutFundsOfAll(match: NameMatch, candidates: Quantity[]): Quantity[] {
        if (FUND_WORDS.test(match.words) || !this.ofAllMoneyAt(match.start)) return candidates;
        const ofFund = (q: Quantity) => q.row.table !== undefined && FUND_WORDS.test(this.tableSubjectOf(q.row.table.number));
        if (!candidates.every(ofFund) || this.fundShareWritten(match, candidates)) return candidates;
        return candidates.filter(q => q.row.table!.template?.codes === '经济分类');
    }

    /**
     * Whether the name's amount is split right after it into two or more funds' amounts that add up to it
     * (750.00万元，其中：一般公共预算550.00万元，政府性基金200.00万元), within the rounding of the written figures.
     */
    private splitIntoFunds(match: NameMatch): boolean {
        if (FUND_WORDS.test(match.words)) return false;
        const [total, ...after] = this.figuresWritten(match.end, match.end + WINDOW);
        if (!total || total.figure.kind !== 'amount' || !AMOUNT_OF_NAME.test(this.text.slice(match.end, total.start))) return false;
        const inReportUnit = (figure: WrittenFigure) => figure.interval.scale(writtenMoneyScale(figure.unit, this.model.meta.unit) ?? new Decimal(1));
        const parts: Interval[] = [];
        let end = total.end;
        for (const part of after) {
            // 一般公共预算资金550.00万元，占73.33%；政府性基金…: a part's share stands between the parts
            if (parts.length > 0 && part.figure.kind === 'rate' && SHARE_AFTER_AMOUNT.test(this.text.slice(end, part.start))) {
                end = part.end;
                continue;
            }
            if (part.figure.kind !== 'amount' || !(parts.length > 0 ? NEXT_FUND_PART : FIRST_FUND_PART).test(this.text.slice(end, part.start))) {
                // 本年收入合计…，其中：一般公共预算…1186.40万元，占100%；政府性基金…0万元；其他收入0万元: a list going on past
                // the funds is of all the money, not split into funds
                if (parts.length > 0 && part.figure.kind === 'amount' && LIST_PART_AFTER.test(this.text.slice(end, part.start))) return false;
                break;
            }
            parts.push(inReportUnit(part.figure));
            end = part.end;
        }
        return parts.length >= 2 && parts.reduce((sum, part) => sum.add(part)).meets(inReportUnit(total.figure));
    }

    /** The figures written in [from, to) as the text's figures are read, each with where it stands in the text. */
    private figuresWritten(from: number, to: number): { start: number; end: number; figure: WrittenFigure }[] {
        const found: { start: number; end: number; figure: WrittenFigure }[] = [];
        const figures = new RegExp(FIGURE.source, 'g');
        figures.lastIndex = from;
        for (let match = figures.exec(this.text); match && match.index < to; match = figures.exec(this.text)) {
            // a list of figures with one unit (550.00、200.00万元) is no single figure: it ends the reading
            const written = writtenFigures(this, match);
            if (written.length !== 1) break;
            found.push({ start: match.index, end: match.index + match[0].length, figure: written[0] });
        }
        return found;
    }

    /**
     * 本年支出合计1332.79万元，基本支出370.05万元，占61.39%: the share written right after the name's amount is the fund's
     * table's (370.05 ÷ 602.75), or that amount as written over the fund's whole (371.05万元，占61.56%), so the words speak
     * of that fund's figure.
     */
    private fundShareWritten(match: NameMatch, candidates: readonly Quantity[]): boolean {
        const [amount, share] = this.figuresWritten(match.end, match.end + WINDOW);
        if (amount?.figure.kind !== 'amount' || share?.figure.kind !== 'rate' || !AMOUNT_OF_SHARE.test(this.text.slice(match.end, amount.start))
            || !SHARE_AFTER_AMOUNT.test(this.text.slice(amount.end, share.start))) return false;
        const written = share.figure.interval;
        const asWritten = amount.figure.interval;
        const scaled = asWritten.scale(writtenMoneyScale(amount.figure.unit, this.model.meta.unit) ?? new Decimal(1));
        // the share that of all the money too (表1 1000 = the fund's 990 + 10, 600.00万元，占60.00%): the words are all the money's
        const ofAll = (q: Quantity) => {
            const whole = targetAsWritten(this.model, q, { kind: 'value' }, { kind: 'amount', unit: amount.figure.unit });
            return whole !== undefined && percentOf(asWritten, whole.interval)?.meets(written) === true;
        };
        if (this.openingWhole(match.start, false, true)?.some(ofAll)) return false;
        return candidates.some(q => {
            const own = targetAsWritten(this.model, q, { kind: 'share' }, { kind: 'rate', unit: '%' });
            const whole = own?.computation?.parts[1];
            return own !== undefined && (own.interval.meets(written) || (whole !== undefined && percentOf(scaled, whole.interval)?.meets(written) === true));
        });
    }

    /**
     * Whether the words at `position` speak of all the department's money, no fund named since the line's opening whole
     * (其中：一般公共预算财政拨款支出…，基本支出… are that fund's): in a section of all of it (支出决算情况说明), or, in any
     * section, on a line opening with a whole of all of it — every table whose whole its written figure is, of no fund
     * (本年支出合计1332.79万元，其中：基本支出… under 一般公共预算财政拨款支出决算情况说明, 表1's and not 表5's 合计).
     */
    private ofAllMoneyAt(position: number): boolean {
        if (this.fundNamedSinceOpening(position)) return false;
        if (this.ofAllMoney(this.tablesAt(position))) return true;
        const opening = this.openingWhole(position, false, true);
        return opening !== undefined && this.ofAllMoney(new Set(opening.map(q => q.row.table!.number)));
    }

    /**
     * The funds a section naming no fund (财政拨款基本支出决算情况说明) speaks of together, where its tables are each of another
     * single fund: candidates in two or more of those tables, one list per table; else, none in them, the candidates in two
     * or more funds' other tables (基本支出 of 一般公共预算财政拨款支出决算表 and the 政府性基金 table), one list per fund.
     */
    private fundsTogether(candidates: readonly Quantity[], section: ReadonlySet<number> | undefined): Subject['together'] {
        if (!section || section.size < 2) return undefined;
        // a table the department adds (政府性基金预算财政拨款基本支出决算表) by its own title
        const fundOf = (number: number) => fundsOf(this.tableSubjectOf(number) || tableSubject(this.model.tables.get(number)?.title ?? ''));
        const funds = [...section].map(fundOf);
        if (funds.some(fund => fund === '' || fund.includes('+')) || new Set(funds).size !== funds.length) return undefined;
        const tables = new Set(candidates.map(q => q.row.table?.number));
        if (tables.size > 1 && [...tables].every(number => number !== undefined && section.has(number))) {
            return { funds: [...tables].map(number => candidates.filter(q => q.row.table?.number === number)) };
        }
        if ([...tables].some(number => number === undefined || section.has(number))) return undefined;
        const byFund = new Map<string, Quantity[]>();
        for (const q of candidates) {
            const fund = fundOf(q.row.table!.number);
            if (fund !== '' && !fund.includes('+')) byFund.set(fund, [...byFund.get(fund) ?? [], q]);
        }
        return byFund.size > 1 ? { funds: [...byFund.values()], outside: true } : undefined;
    }

    /** A table's subject by its template title (一般公共预算财政拨款支出决算表 → 一般公共预算财政拨款支出). */
    private tableSubjectOf(table: number): string {
        const title = this.model.tables.get(table)?.template?.title ?? this.model.template.tables.find(t => t.number === table)?.title;
        return title === undefined ? '' : tableSubject(title);
    }

    /**
     * What the names before a name on its line name, the nearest few: enough for a project or a
     * 类 named before its 项. Only projects are asked for when the name has a single candidate.
     */
    private namedBefore(match: NameMatch): { rows: Set<RowModel>; tables: Set<number>; projects: Set<Project> } {
        const named = { rows: new Set<RowModel>(), tables: new Set<number>(), projects: new Set<Project>() };
        const quantities = this.quantitiesOf(match);
        if (quantities.length === 0 || (quantities.length === 1 && !this.lexicon.projectOf.has(quantities[0].row))) return named;
        const line = this.layout.lineAt(match.start);
        const last = firstAtLeast(this.nameEnds, match.start + 1);
        for (let i = last - 1, seen = 0; i >= 0 && seen < NAMES_OF_CONTEXT && this.names[i].start >= line.start; i--, seen++) {
            const entry = this.names[i].entry;
            for (const q of entry.quantities) named.rows.add(q.row);
            for (const t of entry.tables) named.tables.add(t);
            for (const p of entry.projects) named.projects.add(p);
        }
        return named;
    }


    /** The rows named by the names written right before `match`, one after another with nothing between: its path. */
    private pathBefore(match: NameMatch): Set<RowModel> {
        const path = new Set<RowModel>();
        let start = match.start;
        for (let i = firstAtLeast(this.nameEnds, match.start + 1) - 1; i >= 0 && this.names[i].end === start; i--) {
            for (const q of this.names[i].entry.quantities) path.add(q.row);
            start = this.names[i].start;
        }
        return path;
    }

    /**
     * 3个项目开展了绩效自评, 5个项目进行绩效监控: the name of the work done on the projects a count is
     * of, written right after them, where it names a count.
     */
    nameAfterProjects(end: number): Subject | undefined {
        const words = PROJECTS_THEN_WORK.exec(this.text.slice(end, end + 12));
        if (!words) return undefined;
        const name = this.names[firstAtLeast(this.nameEnds, end + words[0].length + 1)];
        if (!name || name.start !== end + words[0].length) return undefined;
        return this.countSubject(name);
    }

    /**
     * 2024年度项目21个，…。(new line) 所有项目均开展了绩效自评: a count of projects where a sentence after it, on its
     * line or the next, says the work was done on all of them, and no larger count of projects (nor a reference to
     * one) stands on its line before that sentence (本级项目8个 is a part): the count of that work.
     */
    workOnAllProjects(start: number, end: number, value: Decimal): Subject | undefined {
        const text = this.text;
        if (!PROJECTS_BEFORE_COUNT.test(text.slice(this.layout.clauseAt(start).start, start)) && !text.startsWith('项目', end)) return undefined;
        const line = this.layout.lineAt(start);
        const next = text.indexOf('\n', line.end + 1);
        const all = ALL_PROJECTS_WORK.exec(text.slice(end, next < 0 ? text.length : next));
        if (!all) return undefined;
        const at = end + all.index + all[0].length;
        for (const m of text.slice(line.start, at).matchAll(PROJECT_COUNT)) {
            // a reference's count is not known here: it may be the larger
            const count = m[1] ?? m[2];
            if (count.startsWith('【') || value.lessThan(count)) return undefined;
        }
        const name = this.names[firstAtLeast(this.nameEnds, at + 1)];
        return name && name.start === at ? this.countSubject(name) : undefined;
    }

    /**
     * 全面开展绩效自评，共涉及项目4个: the count of the work named at the end of the clause right before
     * (in the same sentence), where a count of that work is what the name stands for. Work on one fund's
     * projects (对一般公共预算项目支出全面开展绩效自评，共涉及项目18个) counts a part of it: another fund's
     * projects may be in the data's count, so it is that fund's count where the report gives one (绩效自评
     * 20个 { 一般公共预算项目 18个 }), else none.
     */
    workOfClauseBefore(clauseStart: number): Subject | undefined {
        if (clauseStart < 2 || !/[，,]/.test(this.text[clauseStart - 1])) return undefined;
        const before = this.layout.clauseAt(clauseStart - 1);
        const last = this.lastName(before.start, clauseStart - 1).match;
        if (!last || !WORK_ENDING.test(this.text.slice(last.end, clauseStart - 1))) return undefined;
        const work = this.countSubject(last);
        const fund = FUND_WORDS.exec(this.text.slice(before.start, last.start))?.[0];
        if (!fund || !work) return work;
        const rows = work.quantities.map(q => q.row.children.find(child => normalizeName(child.name).startsWith(fund)));
        return rows.length === 1 && rows[0] && rows[0].columns.some(unit => COUNT_UNITS.includes(unit)) ? this.rowSubject(rows[0]) : undefined;
    }

    /**
     * The subject a figure-less clause right before (same part, after a comma) names and leaves to the figure after it:
     * - 'topic': 因公出国（境）费无预算，支出决算为0万元 — the clause's one name, said of without a figure; not a clause
     *   giving a reason or a use (主要是压减公务接待费，支出…), nor one naming two quantities;
     * - 'level': 公务用车运行维护费支出决算比预算无增减变化，比去年增加1.05万元 — the name before words saying only that it
     *   did not change (against the budget); only when asked (`level`).
     */
    namedInClauseBefore(clauseStart: number, partStart: number, level: boolean): { subject: Subject; kind: 'topic' | 'level' } | undefined {
        if (clauseStart < 2 || !/[，,]/.test(this.text[clauseStart - 1])) return undefined;
        const before = this.layout.clauseAt(clauseStart - 1);
        if (before.start < partStart || this.figuresIn(before.start, clauseStart).length > 0) return undefined;
        const words = this.text.slice(before.start, clauseStart - 1);
        if (!CAUSE.test(words) && !words.includes('【')) {
            const last = this.lastName(before.start, clauseStart - 1);
            if (last.match && !(last.index > 0 && this.names[last.index - 1].start >= before.start)) {
                const subject = this.subjectOf(last.match);
                if (subject.quantities.length > 0) return { subject, kind: 'topic' };
            }
        }
        const levelWords = level ? LEVEL_AT_END.exec(words) : null;
        if (!levelWords) return undefined;
        const named = this.lastName(before.start, before.start + levelWords.index);
        return named.match && named.filler ? { subject: this.subjectOf(named.match), kind: 'level' } : undefined;
    }

    private countSubject(name: NameMatch): Subject | undefined {
        const subject = this.subjectOf(name);
        return subject.quantities.length > 0 && subject.quantities.every(q => q.row.columns.some(unit => COUNT_UNITS.includes(unit))) ? subject : undefined;
    }

    insideName(start: number, end: number): boolean {
        // the first name ending after `start` is the only one that may overlap [start, end)
        const name = this.names[firstAtLeast(this.nameEnds, start + 1)];
        return name !== undefined && name.start < end;
    }

    /**
     * The subject of the part before `part` when that part only names it, as an item's heading
     * does: a line opening 1.文化旅游体育与传媒（类）体育（款）行政运行（项）。 then 年初预算为…，支出决算为….
     */
    labelBefore(part: Span): Subject | undefined {
        const text = this.text;
        if (part.start < 2 || text[part.start - 1] !== '。') return undefined;
        const label = this.layout.partAt(part.start - 1);
        if (label.start > 0 && text[label.start - 1] !== '\n') return undefined;
        if (/[，,：:]/.test(text.slice(label.start, label.end)) || this.figuresIn(label.start, label.end).length > 0) return undefined;
        const named = this.lastName(label.start, label.end);
        return named.match && named.match.end === label.end ? this.subjectOf(named.match) : undefined;
    }

    /** The index of the name starting at `start`, or −1. */
    nameStartingAt(start: number): number {
        const index = firstAtLeast(this.nameEnds, start + 1);
        return this.names[index]?.start === start ? index : -1;
    }

    /** The figure claims starting in [from, to), in order. */
    figuresIn(from: number, to: number): { claim: FigureClaim; start: number }[] {
        const starts = this.figureStarts;
        let low = 0;
        let high = starts.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (starts[middle].start < from) low = middle + 1;
            else high = middle;
        }
        const found: { claim: FigureClaim; start: number }[] = [];
        for (let i = low; i < starts.length && starts[i].start < to; i++) found.push(starts[i]);
        return found;
    }

    /** The cars bought this year (三公经费 › 公务用车 › 购置), where the report states them. */
    carsBought(): Subject | undefined {
        // or a table's count of them (山西's 部门决算公开相关信息统计表: 公务用车购置数（辆）)
        const quantities = [CARS_BOUGHT, CARS_BOUGHT_COUNT].flatMap(words => this.lexicon.lookup(words)?.quantities ?? []);
        return quantities.length > 0 ? { words: CARS_BOUGHT, quantities } : undefined;
    }

    /**
     * The cars held, said without a row's name (共有车辆3辆): the 公务用车保有 rows and the rows named
     * 车辆 (国有资产 › 车辆), whichever the report states; the figure agreeing with any of them is right.
     * The noun written narrows them: 车辆 (汽车) is every vehicle (国有资产 › 车辆), 公务用车 the official cars of
     * 三公经费 (公务用车 › 保有). Every vehicle where the report states no row of them is read as nothing: the
     * official cars are only a part of them (共有车辆5辆，其中一般公务用车2辆、救护车3辆).
     */
    carsHeld(noun?: string): Subject | undefined {
        const official: Quantity[] = [...this.lexicon.lookup(CARS_HELD)?.quantities ?? []];
        const vehicles: Quantity[] = [];
        for (const section of this.model.sections) {
            walkRows(section.rows, row => {
                if (normalizeName(row.name) === '车辆' && !official.some(q => q.row === row)) vehicles.push({ row });
            });
        }
        const every = noun === '车辆' || noun === '汽车';
        if (every && vehicles.length === 0) return undefined;
        const named = every ? vehicles : noun === '公务用车' ? official : [];
        const quantities = named.length > 0 ? named : [...official, ...vehicles];
        return quantities.length > 0 ? { words: CARS_HELD, quantities } : undefined;
    }

    /**
     * The other side of a subject's whole, named by a bare side word (政府性基金预算财政拨款收入120.00万元，
     * 支出120.00万元: 政府性基金预算财政拨款支出), read where that word stands; undefined unless the
     * subject's name ends with the other side and the report knows the swapped name.
     */
    otherSideNamed(subject: Subject, side: Side, at: Span): Subject | undefined {
        const other = SIDES.find(s => s !== side)!;
        if (!subject.words.endsWith(other) || subject.words.length === other.length) return undefined;
        const words = subject.words.slice(0, -other.length) + side;
        const entry = this.lexicon.lookup(words);
        if (!entry || entry.quantities.length === 0) return undefined;
        return this.subjectOf({ start: at.start, end: at.end, entry, words });
    }

    /**
     * 支出决算为12.00万元 opening 国有资本经营预算支出决算情况说明: a side's word alone, with no name before it, is the
     * side's whole of the one fund's table the section is about (国有资本经营预算财政拨款支出), where that is one figure.
     */
    sectionWhole(at: number, words: string): Subject | undefined {
        // 2021年度，刘堡镇卫生院支出为…: the department's own name is 本单位
        const department = this.model.meta.department ? normalizeName(this.model.meta.department) : '';
        const said = SECTION_WHOLE.exec(department.length > 1 ? words.replace(department, '本单位') : words);
        const tables = this.tablesAt(at);
        if (!said || !tables || tables.size !== 1) return undefined;
        const [table] = tables;
        // 2017年度，本单位收入为1687.45万元 under 收入决算情况: the total of the table of that side alone (收入决算表)
        if (said[1] === undefined && this.sideOf(table) === said[2]) {
            const total = this.model.tables.get(table)?.rows.find(r => !r.parent && isTotalRow(r, this.model.template.totalRow));
            return total ? { words: said[2], quantities: [{ row: total }] } : undefined;
        }
        const fund = fundsOf(this.tableSubjectOf(table));
        if (fund === '' || fund.includes('+') || (said[1] !== undefined && said[1] !== fund)) return undefined;
        const name = `${fund}预算财政拨款${said[2]}`;
        const quantities = this.lexicon.lookup(name)?.quantities.filter(q => q.row.table !== undefined && tables.has(q.row.table.number)) ?? [];
        return quantities.length === 1 ? { words: name, quantities } : undefined;
    }

    /**
     * 公务用车保有量2辆，购置及运行维护费5万元: words naming nothing the report knows, which after the head of the subject
     * before them (公务用车) make a name it knows, name that (公务用车购置及运行维护费): a list's later items shorten
     * the words they share with the one before.
     */
    siblingNamed(before: Subject, start: number, end: number): Subject | undefined {
        const words = this.text.slice(start, end);
        const name = normalizeName(before.words);
        if (words.length > SHORTENED_LONGEST || /[【\d]/.test(words)) return undefined;
        for (let length = words.length; length >= 2; length--) {
            if (!FILLER.test(words.slice(length))) continue;
            for (let head = name.length - 1; head >= 2; head--) {
                const full = name.slice(0, head) + words.slice(0, length);
                const entry = this.lexicon.lookup(full);
                if (entry && entry.quantities.length > 0) return this.subjectOf({ start, end: start + length, entry, words: full });
            }
        }
        return undefined;
    }

    /**
     * 1、机关运行经费支出情况。「2015年决算为保障机构正常运行而发生的购买货物和服务各项支出合计141.55万元」: a total said
     * without a name, in a sentence naming nothing, under a heading that names one figure outside the tables, is that one.
     */
    headingTotal(sentenceStart: number, start: number, end: number): Subject | undefined {
        if (!this.heading || !HEADING_TOTAL.test(this.text.slice(start, end)) || this.lastName(sentenceStart, end).match) return undefined;
        const heading = normalize(this.heading).text;
        const names = this.lexicon.matches(heading, { start: 0, end: heading.length });
        if (names.length !== 1) return undefined;
        const { quantities } = names[0].entry;
        return quantities.length === 1 && !quantities[0].row.table && quantities[0].row.columns.some(unit => MONEY_UNITS.has(unit)) ? { words: names[0].words, quantities } : undefined;
    }

    rowSubject(row: RowModel): Subject {
        return { words: row.name, quantities: [{ row }] };
    }

    subjectOf(match: NameMatch): Subject {
        const narrowed = this.narrowed(match);
        const { inOpeningWhole, own, partOfOpening } = narrowed;
        const tiers = this.unnamedItem(match) ? narrowed.tiers.map(tier => withItems(tier)) : narrowed.tiers;
        const section = this.tablesAt(match.start);
        // coded rows only: 人员经费合计, 公用经费合计 are the table's own wholes, read as written — but in a section of all
        // the department's money (支出决算表's 基本支出中，…公用经费…), or on a line opening with its whole, a fund's wholes are
        // a part of what the words say too
        const ofAllMoney = this.ofAllMoney(section) || this.ofAllMoneyAt(match.start);
        const partOfAll = tiers[0].length > 0 && tiers[0].every(q => q.row.table?.template?.codes === '经济分类' && !section?.has(q.row.table.number)
            && (q.row.code !== undefined || (ofAllMoney && FUND_WORDS.test(this.tableSubjectOf(q.row.table.number)))));
        const together = this.fundsTogether(tiers[0], section);
        const qualified = QUALIFIED_BEFORE.test(this.text.slice(Math.max(0, match.start - 4), match.start)) || carriedOverOnly(match.words, tiers[0])
            || this.ofThisYearsMoney(match) || partOfOpening;
        return {
            words: match.words, quantities: tiers[0], tiers, ...inOpeningWhole ? { inOpeningWhole: true } : {}, ...own ? { own } : {},
            ...partOfAll ? { partOfAll: true } : {}, ...together ? { together } : {}, ...qualified ? { qualified: true } : {},
            ...partOfOpening ? { partOfOpening } : {},
        };
    }

    /**
     * 本年财政拨款支出4500.00万元，上年结转结余资金支出1000.00万元: a spending of 本年 in a sentence that also writes the
     * spending of carried-over money is the part paid from the year's own money, at most the year's spending.
     */
    private ofThisYearsMoney(match: NameMatch): boolean {
        if (!SPENDING.test(match.words) || !/(?:本年|当年)度?$/.test(this.text.slice(Math.max(0, match.start - 3), match.start))) return false;
        const part = this.layout.partAt(match.start);
        return CARRIED_SPENDING_FIGURE.test(this.text.slice(part.start, part.end));
    }

    /**
     * 行政事业单位医疗（款）（项）：支出决算为21.91万元: a 款 with its 项 left unnamed (the report's software dropped the
     * name) speaks of the 款 or of one of its 项, which one the text does not say.
     */
    private unnamedItem(match: NameMatch): boolean {
        // the level marks are dropped from the normalized text: read them right after the name's last character
        const end = this.normalized.origin[match.end - 1] + 1;
        const after = this.prose.text.slice(end, end + 8);
        return /^\s*[（(]款[）)]\s*[（(]项[）)]/.test(after);
    }

    /**
     * The last name in [from, to), and whether the words after it up to `to` name nothing else;
     * without a name, whether the words there carry on the sentence's subject.
     */
    lastName(from: number, to: number): { match?: NameMatch; filler: boolean; index: number } {
        const last = firstAtLeast(this.nameEnds, to + 1) - 1;
        const index = last >= 0 && this.names[last].start >= from ? last : -1;
        const found = index >= 0 ? this.names[index] : undefined;
        const match = found && !(SIDES.includes(found.words as Side) && SIDE_COMPARED.test(this.text.slice(from, found.start))) ? found : undefined;
        if (!match) return { filler: CARRYING.test(this.text.slice(from, to)), index: -1 };
        return { match, filler: FILLER.test(this.qualifiedBy(match, this.text.slice(match.end, to))) || this.glossed(index, to), index };
    }

    /**
     * The words after a name less a bracket that says what the row's own 说明 or 备注 says
     * (设备（不含车辆）0台（套） of 设备 说明 「…不含车辆」): a bracket the row does not say may
     * narrow the name to another quantity (公务接待费（不含外事接待）), so it stays.
     */
    private qualifiedBy(match: NameMatch, words: string): string {
        // 机关运行经费财政拨款961456.57元: the money the name's figures are of by definition, said after it
        const fund = APPROPRIATION_AFTER.exec(words);
        if (fund && this.ofAppropriation(match)) return words.slice(fund[0].length);
        const bracket = QUALIFIER.exec(words);
        if (!bracket) return words;
        const said = (row: RowModel) => [row.texts.get('说明'), row.texts.get('备注')].some(text => text && normalizeName(text).includes(normalizeName(bracket[1])));
        return match.entry.quantities.length > 0 && match.entry.quantities.every(q => said(q.row)) ? words.slice(bracket[0].length) : words;
    }

    /** Whether every figure a name stands for is of appropriations: a row of a table of them (“三公”经费), or 机关运行经费. */
    private ofAppropriation(match: NameMatch): boolean {
        const { quantities } = match.entry;
        return quantities.length > 0 && quantities.every(q => (q.row.table ? /财政拨款/.test(this.tableSubjectOf(q.row.table.number)) : q.row.canonicalName === '机关运行经费'));
    }

    /**
     * Whether the name at `index` glosses the one before it in brackets, with only filler to `to`:
     * 公用经费（机关运行经费）支出… speaks of 机关运行经费, the bracketed name the section goes by.
     */
    private glossed(index: number, to: number): boolean {
        const match = this.names[index];
        if (this.text[match.start - 1] !== '（' || this.text[match.end] !== '）' || !FILLER.test(this.text.slice(match.end + 1, to))) return false;
        const before = this.names[index - 1];
        if (before !== undefined && before.end === match.start - 1) return true;
        return this.listsPartsOf(match, index);
    }

    /**
     * 因公出国（境）经费、公务接待费、公车购置费，公车运行费（“三公”经费）: words naming no quantity before a bracketed
     * name, after names of its parts in the same clause list, are the rest of that list; the bracket names their whole.
     */
    private listsPartsOf(match: NameMatch, index: number): boolean {
        const wholes = match.entry.quantities;
        if (wholes.length === 0) return false;
        const from = this.layout.partAt(match.start).start;
        for (let i = index - 1; i >= 0 && this.names[i].start >= from; i--) {
            if (this.figuresIn(this.names[i].end, match.start).length > 0) return false;
            if (this.names[i].entry.quantities.some(q => wholes.some(w => this.isPartOf(q.row, w.row)))) return true;
        }
        return false;
    }

    /**
     * A part of `whole` named before it in the clause, with no figure between: 以部门自评形式开展项目
     * 绩效评价10个 counts the 部门自评 kind of 绩效评价, not 绩效评价 as a whole.
     */
    partNamedBefore(whole: Subject, from: number, index: number): Subject | undefined {
        if (whole.quantities.length !== 1) return undefined;
        const row = whole.quantities[0].row;
        for (let i = index - 1; i >= 0 && this.names[i].start >= from; i--) {
            if (this.figuresIn(this.names[i].end, this.names[index].start).length > 0) return undefined;
            const part = this.subjectOf(this.names[i]);
            if (part.quantities.length === 1 && part.quantities[0].row.parent === row) return part;
        }
        return undefined;
    }

    /**
     * A list of one side's name and the other side's (财政拨款收入、支出总计, 本年收入、支出合计): the
     * first takes the ending the last writes once for both (财政拨款收入总计), the last the money the
     * first names (财政拨款支出总计), where the report knows those names.
     */
    sharingEnds(chain: NameMatch[]): NameMatch[] {
        const last = chain[chain.length - 1];
        const lastSide = SIDES.find(side => last.words.startsWith(side));
        if (chain.length !== 2 || !lastSide) return chain;
        const first = chain[0];
        const firstSide = SIDES.find(side => side !== lastSide && first.words.endsWith(side));
        if (!firstSide) return chain;
        const renamed = (match: NameMatch, words: string): NameMatch => {
            const entry = this.lexicon.lookup(words);
            return entry && entry.quantities.length > 0 ? { start: match.start, end: match.end, entry, words } : match;
        };
        const ending = last.words.slice(lastSide.length);
        const money = first.words.slice(0, -firstSide.length);
        return [ending ? renamed(first, first.words + ending) : first, money ? renamed(last, money + last.words) : last];
    }

    /** The names joined to the one at `index` by 、 和 及: 国有资本经营预算财政拨款收入、上级补助收入均为 … */
    chainEndingAt(index: number, from: number): NameMatch[] {
        const chain = [this.names[index]];
        for (let i = index - 1; i >= 0 && this.names[i].start >= from && chain.length < LONGEST_LIST; i--) {
            if (!LIST_JOINT.test(this.text.slice(this.names[i].end, chain[0].start))) break;
            chain.unshift(this.names[i]);
        }
        const side = chain.length === 1 ? this.bareSideBefore(chain[0], from) : undefined;
        return side ? [side, chain[0]] : chain;
    }

    /**
     * 收入、支出总计均为…: a side's word alone (no name by itself) joined to a name of the other side's, which
     * it shares the ending of (收入总计), where the report knows that name.
     */
    private bareSideBefore(match: NameMatch, from: number): NameMatch | undefined {
        const before = /(收入|支出)(?:、|和|及|与)$/.exec(this.text.slice(Math.max(from, match.start - 3), match.start));
        const own = SIDES.find(side => match.words.startsWith(side));
        if (!before || !own || before[1] === own || match.words.length === own.length) return undefined;
        const words = before[1] + match.words.slice(own.length);
        const entry = this.lexicon.lookup(words);
        const start = match.start - before[0].length;
        return entry && entry.quantities.length > 0 ? { start, end: start + before[1].length, entry, words } : undefined;
    }
}

const CARS_BOUGHT = '购置公务用车';
const CARS_BOUGHT_COUNT = '公务用车购置数';
const CARS_HELD = '公务用车保有';
/** 共有车辆, 现有车辆, 保有车辆 …: the words before a count of cars held that name no row. */
const HOLDING = /(?:共有|现有|保有)(车辆|公务用车|汽车)?(?:共|为|合计)?$/;
const PURCHASE = /购置|购买|新购/;
/** A clause saying cars were bought and naming no one's: 购置车辆, 全年更新购置车辆. */
const BARE_CARS_BOUGHT = /^(?:全年|本年度?|当年|\d{4}年度?)?(?:共|按规定)?(?:更新|新)?购置了?车辆(?:数)?(?:共|为)?$/;
/** Words of buying the department's official cars: 公务用车购置, “三公”经费 (not a fleet's 共有公务用车6辆). */
const OFFICIAL_CARS = /公务用车购置|三公/;
/** The units equipment is counted in (通用设备2台（套）). */
const EQUIPMENT_UNIT = /^(?:台|套)/;
/** 所属车辆总数8辆: the count of the fleet, by a noun of vehicles and a word of their number. */
const FLEET_COUNT = /(车辆|公务用车|汽车)(?:总数|总量|数量)(?:共|为|是|合计)?$/;

/**
 * The fleet held, counted (截止2015年12月31日，所属车辆总数8辆), where the sentence says no purchase or change of the
 * fleet and names no other year than the report's.
 */
function fleetCount(model: ReportModel, sentence: string): RegExpExecArray | null {
    if (PURCHASE.test(sentence) || FLEET_CHANGE.test(sentence)) return null;
    if ([...sentence.matchAll(/(\d{4})\s*年/g)].some(m => Number(m[1]) !== model.meta.year)) return null;
    return FLEET_COUNT.exec(sentence);
}
const FLEET_CHANGE = /新增|调入|划入|划转|调拨|报废|处置|淘汰|拍卖/;
/**
 * A count of cars (a purchase's, the caller tells) and the list of its kinds opened right after it, up to a figure in the
 * list: in brackets (购置车辆3辆（公务用车1辆、执法…), across a ； too, or after 其中, 分别为, 包括 or a colon up to a ；
 * (购置车辆3辆，其中：公务用车1辆、…, 购置车辆3辆：公务用车1辆、…).
 */
const CARS_BOUGHT_LIST = /(?:^|[，,；;])([^，,；;]*[\d】]\s*辆)(?:[（(]([^（）()]*)|(?:[，,](?:其中|分别为|包括)[：:，,]?|[：:])([^（）()；;]*))$/;
/** 含更新公务用车1辆 after 公务用车2辆，: a clause of a list's item naming a part of it. */
const SUB_ITEM = /^(?:含|包括|其中)/;
/** 年末公务用车保有量, 截至年底公务用车共有: words of the cars held, no kind of the cars bought. */
const FLEET_HELD = /年末|年底|截至|实有|保有|共有|现有|总数|总量/;

/** Words with every bracketed aside closed within them left out: what the brackets say is of the words before them. */
function closedBracketsOut(words: string): string {
    let out = words;
    for (let before = ''; before !== out;) {
        before = out;
        out = out.replace(/（[^（）]*）|\([^()]*\)/g, '');
    }
    return out;
}

/**
 * A sentence saying its spending is not paid from 三公经费 (the appropriation's): 不在“三公”经费中列支,
 * 未纳入三公经费, 使用其他资金购置, 以单位自有资金购买 (quotes are dropped by normalizing).
 */
const OUTSIDE_THREE_PUBLIC = /(?:不|未|非)(?:在|从|由|属于?|计入|纳入|列入|含)?三公经费|(?<![未不无没]使?)(?:使用|用|以|由|系|为|通过)(?:单位)?(?:其他|其它|非财政拨款|自有|自筹)(?:资金|经费|收入)/;

/** A row of 三公经费: of a 三公 table, or written under a row of that name (情况说明 › 三公经费 › 公务用车 › 购置). */
function isThreePublic(row: RowModel): boolean {
    const role = row.table?.template?.role;
    return role === 'three-public' || role === 'fund-three-public' || [row, ...ancestors(row)].some(r => normalizeName(r.name).includes('三公'));
}

/** A row of what was bought (公务用车 › 购置 and its kinds of car). */
function isPurchase(row: RowModel): boolean {
    return [row, ...ancestors(row)].some(r => PURCHASE.test(r.name));
}

function ancestors(row: RowModel): RowModel[] {
    const found: RowModel[] = [];
    for (let r = row.parent; r; r = r.parent) found.push(r);
    return found;
}

/**
 * The words of a heading or a text's key that name a table: 收入支出决算总体情况说明 → 收入支出, and
 * so a heading printed with its ordinal, year and a full stop (广西: 2024年度收入支出决算总体情况。),
 * or with the unit's name before the year (二、刘堡镇卫生院2021年度部门决算情况说明).
 */
function sectionWords(title: string): string {
    const name = normalizeName(title);
    return name.slice(HEADING_START.exec(name)?.[0].length ?? 0).replace(BEFORE_YEAR, '').replace(/[。.]$/, '')
        .replace(/决算|情况|说明|总体|具体|分项|结构|总表|表|的/g, '');
}

/** 关于 or a unit's name before a heading's year: words that are not the section's own (收入支出… 与2021年度对比 keeps them). */
const BEFORE_YEAR = /^(?:(?!收入|支出|决算|预算|经费)[^\d（），。；：])*?\d{4}[ \t\u3000]*年度?/;

/**
 * The side a heading of no one fund names by its words: 财政拨款收入情况, 收入决算情况说明 → 收入
 * (a fund's 一般公共预算财政拨款支出决算情况说明 is of that fund's spending, not of every fund's).
 */
function sideOfHeading(heading: string): Side | undefined {
    const key = sectionWords(heading);
    const words = fundless(key);
    return fundsOf(key) === '' && (words === '收入' || words === '支出') ? words : undefined;
}

const fundsOf = (words: string) => FUNDS.filter(f => words.includes(f)).join('+');
/** Where a row of a side stands, alike in every money's two-sided table: its subtotal, its total, or a balance by its name less the money's words. */
function placeInSide(group: GroupTemplate, name: string): string | undefined {
    return name === group.subtotal ? 'subtotal' : name === group.grandTotal ? 'total' : group.balances.includes(name) ? fundless(name) : undefined;
}

const fundless = (words: string) => words.replace(/一般公共预算|政府性基金预算|政府性基金|国有资本经营预算|国有资本经营|财政拨款|预算/g, '');

/**
 * The words the template's tables of one fund by subject code head their columns with (本年收入, 本年支出,
 * 年初结转和结余, 基本支出 …), their total's name (合计) aside.
 */
function fundColumnWords(template: ReportTemplate): ReadonlySet<string> {
    let words = fundColumnsByTemplate.get(template);
    if (!words) {
        const found = new Set<string>();
        for (const table of template.tables) {
            if (table.codes !== '功能分类' || !/^[^+]+$/.test(fundsOf(tableSubject(table.title)))) continue;
            const names = [...table.columns, ...table.extraColumns ?? [], ...(table.columnHeads ?? []).map(h => h.head)];
            for (const name of names) if (!template.totalRow.test(name)) found.add(normalizeName(name));
        }
        fundColumnsByTemplate.set(template, words = found);
    }
    return words;
}

const fundColumnsByTemplate = new WeakMap<ReportTemplate, ReadonlySet<string>>();

/**
 * The tables a heading (or a text's key) speaks of: the table whose title says the same; else
 * those of the same fund whose subject says the same or contains it (“三公”经费 → the 三公
 * tables), the closest first.
 */
export function tablesForHeading(model: ReportModel, heading: string): ReadonlySet<number> {
    const { titles, byHeading } = sectionsOf(model);
    let found = byHeading.get(heading);
    if (!found) byHeading.set(heading, found = findTablesForHeading(titles, heading));
    return found;
}

/** The words of each table's title, and the tables found for each heading: a report's texts repeat their keys and headings. */
interface TableSections {
    readonly titles: ReadonlyMap<number, string>;
    readonly byHeading: Map<string, ReadonlySet<number>>;
}

function sectionsOf(model: ReportModel): TableSections {
    let sections = sectionsByModel.get(model);
    if (!sections) {
        const titles = new Map<number, string>();
        for (const table of model.template.tables) titles.set(table.number, sectionWords(table.title));
        for (const table of model.tables.values()) if (!titles.has(table.number)) titles.set(table.number, sectionWords(table.title));
        sectionsByModel.set(model, sections = { titles, byHeading: new Map() });
    }
    return sections;
}

const sectionsByModel = new WeakMap<ReportModel, TableSections>();

function findTablesForHeading(titles: ReadonlyMap<number, string>, heading: string): Set<number> {
    const key = sectionWords(heading);
    const found = new Set<number>();
    if (key.length < 2) return found;
    for (const [number, words] of titles) if (words === key) found.add(number);
    if (found.size > 0) return found;
    const funds = fundsOf(key);
    const rest = fundless(key);
    if (rest.length < 2) return found;
    const sameFund = [...titles].filter(([, words]) => funds === '' || fundsOf(words) === funds);
    // 财政拨款支出决算情况说明 (辽宁, 江西): every fund's 财政拨款, the table of no one fund (财政拨款收入支出决算总表),
    // not a fund's own nor 支出决算表, which is of all the department's money
    const appropriation = funds === '' && key.includes('财政拨款') ? sameFund.filter(([, words]) => words.includes('财政拨款') && fundsOf(words) === '') : [];
    for (const pool of appropriation.length > 0 ? [appropriation, sameFund] : [sameFund]) {
        closestTables(pool, rest, found, funds === '');
        if (found.size > 0) return found;
    }
    // 国有资本经营预算收入支出决算情况说明 (湖南) where the fund's table is of its spending alone: that table
    if (funds !== '' && !funds.includes('+') && rest === '收入支出') {
        for (const [number, words] of sameFund) if ((SIDES as readonly string[]).includes(fundless(words))) found.add(number);
    }
    return found;
}

/**
 * Into `found`, the tables of `pool` whose subject without its fund is `rest`, else the closest that contain it;
 * `eachFund`: so of each fund's tables (a heading naming no fund is of every fund's: 财政拨款基本支出 of
 * 政府性基金预算财政拨款基本支出决算表 and of 一般公共预算财政拨款基本支出决算明细表, whose title says more).
 */
function closestTables(pool: readonly [number, string][], rest: string, found: Set<number>, eachFund = false): void {
    const closest = new Map<string, { distance: number; tables: number[] }>();
    for (const [number, words] of pool) {
        const other = fundless(words);
        if (!other.includes(rest)) continue;
        const distance = other.length - rest.length;
        const fund = eachFund ? fundsOf(words) : '';
        const best = closest.get(fund);
        if (!best || distance < best.distance) closest.set(fund, { distance, tables: [number] });
        else if (distance === best.distance) best.tables.push(number);
    }
    // a table of no fund of the very subject (支出决算表 for 支出) is what the heading names: the nearest of all, as without funds
    const groups = [...closest.values()];
    const nearest = Math.min(...groups.map(g => g.distance));
    const byFund = eachFund && closest.get('')?.distance !== 0;
    for (const { distance, tables } of groups) if (byFund || distance === nearest) for (const number of tables) found.add(number);
}

/** Reads every text of the report that the checks compare with the data. */
export function claimsOf(model: ReportModel): readonly TextClaims[] {
    let found = claimsByModel.get(model);
    if (!found) {
        found = readClaims(model);
        claimsByModel.set(model, found);
    }
    return found;
}

const claimsByModel = new WeakMap<ReportModel, readonly TextClaims[]>();

function readClaims(model: ReportModel): TextClaims[] {
    const lexicon = lexiconOf(model);
    const rowOfNode = new Map<AstNode, RowModel>(model.rows.map(r => [r.node, r]));
    const result: TextClaims[] = [];
    const ownName = ownNamePattern(model);
    for (const prose of model.nodes.prose) {
        if (!prose.checkLiterals) continue;
        const { row, project, heading } = placeOf(prose, rowOfNode);
        const reader = new TextReader(model, lexicon, prose, row, project, heading, ownName);
        readFigures(model, reader);
        readWords(model, reader);
        if (reader.claims.length > 0) result.push({ prose, row, claims: reader.claims });
    }
    return result;
}

/** Where a text stands: the row it belongs to, its project, the heading it stands under. */
function placeOf(prose: ProseText, rowOfNode: Map<AstNode, RowModel>): { row?: RowModel; project?: Project; heading?: string } {
    const node = prose.node;
    let row: RowModel | undefined;
    let project: Project | undefined;
    for (let n: AstNode | undefined = node.$container; n; n = n.$container) {
        if (!row && n.$type === 'Row') row = rowOfNode.get(n as Row);
        if (!project && n.$type === 'Project') project = n as Project;
    }
    const heading = node.$type === 'TextField' ? (node as TextField).key
        : node.$type === 'Attachment' ? (node as Attachment).title : undefined;
    return { row, project, heading };
}

/** Figures and references in order, each with its subject; a part's subject carries to its later clauses. */
function readFigures(model: ReportModel, reader: TextReader): void {
    const text = reader.text;
    // the items of a part, in order: references (which name their quantity exactly) and figures
    const items: TextItem[] = [];
    /** The references as the items of a sum (两项合计占…): their subjects, and whether each is a rate. */
    const references: Summand[] = [];
    for (const { start, end } of reader.references) {
        const found = referencedFigure(model, reader, { start, end });
        items.push({ start, end, reference: found?.quantity, referenced: found?.figure });
        const ownCell = found?.quantity.column !== undefined && found.row.cells.get(found.quantity.column) === found.figure;
        references.push({
            start, rate: found?.figure.kind === 'rate',
            subject: found && ownCell && found.figure.kind === 'amount' ? { words: text.slice(start, end), quantities: [found.quantity] } : undefined,
        });
    }
    for (const match of text.matchAll(FIGURE)) items.push({ start: match.index, end: match.index + match[0].length, match });
    items.sort((a, b) => a.start - b.start);

    let part: Span | undefined;
    /** The subject a figure naming none is of, outside brackets. */
    let carriedOutside: Subject[] | undefined;
    /** The subject a count of no row interrupted, for an amount after the count. */
    let carriedPastCount: Subject[] | undefined;
    /** The subjects of the current part's figures, undefined where a figure has none. */
    let partSubjects: (Subject | undefined)[] = [];
    let lastCount: { end: number; subject: Subject } | undefined;
    /** The subject of the paragraph's last amount or count: a figure after it names no section's whole, nor a heading's total. */
    let lastSubject: { end: number; subject: Subject } | undefined;
    /** The subjects of the amounts the last sentence read (up to its full stop) wrote, carry-overs left out, for a bare side word after them. */
    let sentenceAmounts: SentenceAmounts | undefined;
    const noteAmount = (start: number, end: number, subject: Subject | undefined) => {
        // …收入4860万元，年初结转和结余232万元；支出…: a carry-over said between the sides is no subject of its own
        if (subject && CARRY_OVER.test(subject.words)) return;
        const sentence = fullSentenceStart(text, start);
        if (sentenceAmounts?.start !== sentence) sentenceAmounts = { start: sentence, end, subjects: [] };
        sentenceAmounts.subjects.push({ start, subject });
        sentenceAmounts.end = end;
    };
    let lastYearEnd: number | undefined;
    let namedWhole: { whole: readonly Quantity[]; from: number; until: number } | undefined;
    /** The last subject named inside the brackets open at `opening`, for the figures after it in the same brackets. */
    let bracketSubject: { opening: number; subject: Subject } | undefined;
    /** The subjects a list of figures after 各 or 分别 is of, the next to pair, and where its last figure so far ends. */
    let eachList: { subjects: readonly Subject[]; next: number; end: number; unit: string } | undefined;
    /** The subjects the part's last list of figures was paired with: 分别增加C、D after 各是A、B is of them again. */
    let pairedList: readonly Subject[] | undefined;
    /** The subjects of the references just written one after another, and where the last (and its unit) ends. */
    let referenceList: { subjects: readonly Subject[]; end: number } | undefined;
    /** The subjects of the part's amounts, each written alone (基本支出A万元，项目支出B万元), in order. */
    let amountSubjects: (Subject | undefined)[] = [];
    /** Where the last amount of the department's office alone (局本级支出870.00万元) ends, for the 其中 list after it. */
    let officeEnd: number | undefined;
    // where the last amount of some units or of one level's money (区本级财政拨款收入800.00万元) ends
    let someUnitsEnd: number | undefined;
    /** The amounts written or referenced so far, for the head of a 其中 list after them. */
    const amounts: Amount[] = [];
    /** The last amount written as a share's whole (占本年支出合计300.00万元的…): the share's whole is named before it. */
    let lastShareWhole: Span | undefined;
    /** The figure each reference's subject stands for. */
    const referencedBy = new Map<Subject, Figure>();
    /** Where brackets open for the part's figures are counted from: the part's start, or its sentence's (see `openAcross`). */
    let bracketFrom = 0;
    for (const [index, item] of items.entries()) {
        // a sentence longer than the window is read in windows; its subject carries across them
        if (part && item.start >= part.end && !hasPartEnd(text, part.start, item.start)) part = reader.layout.partAt(item.start);
        else if (!part || item.start >= part.end) {
            const previous = part && soleSubject(partSubjects);
            const next = reader.layout.partAt(item.start);
            const label = reader.labelBefore(next);
            // “…支出决算为4.28万元，完成预算的85.6%。与2023年度相比，减少0.52万元”: the comparison
            // without a subject of its own speaks of the single row the sentence before spoke of
            const continues = previous && part!.end + 1 === next.start && text[part!.end] !== '\n'
                && COMPARISON_OPENING.test(text.slice(next.start, item.start));
            // 公务用车购置及运行费500.00万元（购置费100.00万元，比上年增加10万元；运行维护费400.00万元，…），比上年增加10万元:
            // a ； in brackets ends no bracket; the subject before them goes on after them, not the bracket's last item's
            const sentence = fullSentenceStart(text, next.start);
            const bracketed = part !== undefined && part.start >= sentence && openAcross(text, sentence, next.start);
            carriedOutside = bracketed ? carriedOutside : label ? [label] : continues ? [previous] : undefined;
            bracketFrom = bracketed ? sentence : next.start;
            carriedPastCount = undefined;
            part = next;
            partSubjects = [];
            amountSubjects = [];
            pairedList = undefined;
            referenceList = undefined;
        }
        if (!item.match) {
            // 占本年支出合计【本年支出合计】万元的93.33%: the whole's own figure, as a written one there (see wholeOfShareWritten)
            const unitAfter = item.referenced && text.startsWith(item.referenced.unit, item.end) ? item.referenced.unit.length : 0;
            if (item.referenced?.kind === 'amount' && wholeOfShareWritten(text, reader.layout.clauseAt(item.start).start, item.start, item.end + unitAfter)) {
                lastShareWhole = item;
                continue;
            }
            const subject = item.reference ? { words: text.slice(item.start, item.end), quantities: [item.reference] } : undefined;
            // 共计【因公出国（境）】个: a referenced total of the parts before it
            const total = item.referenced?.kind === 'count' && text.startsWith(item.referenced.unit, item.end) ? item.referenced : undefined;
            if (total && item.reference && SUM_BEFORE.test(text.slice(reader.layout.clauseAt(item.start).start, item.start))) {
                markParts(reader, { text: `${total.value.toFixed()}${total.unit}`, value: total.value }, { offset: item.start, unit: total.unit }, [item.reference], part.start);
            }
            partSubjects.push(subject);
            if (item.referenced?.kind === 'amount') amountSubjects.push(subject);
            const unit = item.referenced && text.startsWith(item.referenced.unit, item.end) ? item.referenced.unit : undefined;
            if (item.referenced?.kind === 'amount') amounts.push({ start: item.start, end: item.end + (unit ?? '').length, quantities: subject?.quantities ?? [] });
            // 接待【国内公务接待.批次】批次、81人次: a count written after a referenced count is of its row
            lastCount = subject && unit !== undefined && item.referenced?.kind === 'count' ? { end: item.end + unit.length, subject } : undefined;
            // 各是1,000.00万元、【本年支出合计】万元: a listed reference takes its place in the list and, as a figure
            // written there, leaves the sentence no one subject to go on with (分别增加C、D is of the list's names)
            const list = eachList && eachList.next < eachList.subjects.length && LIST_JOINT_CHAR.test(text.slice(eachList.end, item.start)) ? eachList : undefined;
            // 各是【本年收入合计】万元、【本年支出合计】万元: references listed one after another are a list of their subjects
            const joined = subject && referenceList && LIST_JOINT_CHAR.test(text.slice(referenceList.end, item.start)) ? referenceList : undefined;
            const listedSoFar = subject ? [...joined?.subjects ?? [], subject] : undefined;
            referenceList = listedSoFar && { subjects: listedSoFar, end: item.end + (unit ?? '').length };
            if (joined) pairedList = listedSoFar;
            // 收、支总计各是【收入.总计】，4134.91万元: a reference first in a list after 各 or 分别 opens it, as a figure would
            const opened = !list && subject && item.referenced ? referenceOpensList(model, reader, item.start, item.referenced.kind, subject) : undefined;
            if (subject) referencedBy.set(subject, item.referenced!);
            // 收、支总计各增加【收入.总计.增加】万元，增长4.8%: a list a reference opens goes on, as a figure's would, with its last name
            const opening = openBracket(text, bracketFrom, item.start);
            if (opening < 0) carriedOutside = opened ? [opened[opened.length - 1]] : subject && !list && !joined ? [subject] : undefined;
            // （【公务用车购置费】万元，比上年增加10万元；…）: in brackets, as a written figure's, the reference's subject goes on
            else if (subject && !list && !joined) bracketSubject = { opening, subject };
            // 采购金额【政府采购】万元: a reference to a row's own figure is its value, as the figure written there would be
            if (subject && item.reference && sameQuantity(item.reference, { row: item.reference.row })) lastSubject = { end: item.end + (unit ?? '').length, subject };
            if (item.referenced?.kind === 'amount') noteAmount(item.start, item.end + (unit ?? '').length, subject);
            if (list) {
                list.next++;
                list.end = item.end + (text.startsWith(list.unit, item.end) ? list.unit.length : 0);
            } else if (opened) {
                eachList = { subjects: opened, next: 1, end: item.end + (unit ?? '').length, unit: unit ?? '' };
                pairedList = opened;
            } else eachList = undefined;
            continue;
        }
        referenceList = undefined;
        const written = writtenFigures(reader, item.match);
        if (written.length === 0) continue;
        const previousEnd = index > 0 ? items[index - 1].end : undefined;
        const clause = clauseAfterJoinedChange(text, clauseInBracketAfterFigure(text, reader.layout.clauseAt(item.start), item.start, previousEnd), item.start, previousEnd);
        const kind = written[0].kind;
        const own = roleOf(model, reader, clause.start, item.start, kind);
        // 预算为15.00万元，其中：公务接待费5.00万元: a part saying no kind of its own is of the kind its list opened with
        const listAt = kind === 'amount' && own.role.kind === 'value' && own.roleStart === item.start ? listOpening(reader, clause.start, item.start) : undefined;
        const listKind = listAt && listKindOf(listAt, model.meta.year);
        const read = listKind ? { role: listKind, roleStart: item.start } : own;
        const { roleStart } = read;
        // 比上年减少-171.09万元: the writer means the magnitude
        const figures = FALL_WORD.test(text.slice(roleStart, item.start)) ? written.map(magnitude) : written;
        const first = figures[0];
        // 占本年支出合计300.00万元的93.33%: the amount is the whole's, its name the share's whole; the share names no more
        const shareWhole = kind === 'amount' && figures.length === 1 && read.role.kind === 'value' && wholeOfShareWritten(text, clause.start, item.start, item.end);
        if (shareWhole) lastShareWhole = item;
        const baseSpan = read.baseSpan && lastShareWhole && lastShareWhole.start >= read.baseSpan.start && lastShareWhole.end <= read.baseSpan.end
            ? { start: read.baseSpan.start, end: lastShareWhole.start - (/[（(]$/.test(text.slice(0, lastShareWhole.start)) ? 1 : 0) } : read.baseSpan;
        // 年末结转和结余45.88万元，比年初增加9.68万元，增长26.74%: compared with the year's start, not with last year or a budget
        const fromOpening = (read.role.kind === 'change' || read.role.kind === 'growth') && comparedWithOpening(text.slice(part.start, roleStart));
        // 差额, 相差 say no comparison of their own: only a budget written before them gives them one (differenceVersus)
        const difference = read.role.kind === 'change' && read.role.either === true;
        const compared = (read.role.kind === 'change' || read.role.kind === 'growth') && !fromOpening && !difference ? budgetComparedWith(model, text.slice(part.start, roleStart)) : undefined;
        const versus = difference ? differenceVersus(model, reader, part.start, clause.start, roleStart) : compared === 'other' ? undefined : compared;
        const role: Role = versus && (read.role.kind === 'change' || read.role.kind === 'growth') ? { ...read.role, versus }
            : fromOpening && (read.role.kind === 'change' || read.role.kind === 'growth') ? { ...read.role, fromOpening: true } : read.role;
        const base = baseSpan && role.kind === 'share' ? reader.lastName(baseSpan.start, baseSpan.end) : undefined;
        // 占财政拨款项目支出的…: a fund written before the whole's name, and not in it, narrows the whole to one no name holds;
        // so does a whole that is the money not appropriated (占非财政拨款收入的…), which the names pass over
        const unnamedWhole = (base?.match !== undefined && FUND_WORDS.test(text.slice(baseSpan!.start, base.match.start)) && !FUND_WORDS.test(base.match.words))
            || (base !== undefined && base.match === undefined && narrowedNameIn(text, baseSpan!.start, baseSpan!.end))
            || (baseSpan !== undefined && role.kind === 'share' && NOT_APPROPRIATED.test(text.slice(baseSpan.start, baseSpan.end)))
            || (baseSpan !== undefined && role.kind === 'share' && baseSpan.start === baseSpan.end
                && listHeadQuantities(text, item.start, amounts)?.length === 0);
        // 21个项目…，占项目总数比例100%: a share of counts, which the counts the text writes tell (prose-count-parts), not the amounts
        const countShare = role.kind === 'share' && baseSpan !== undefined && ofCounts(reader, part.start, item.start, baseSpan);
        const changeShare = role.kind === 'share' && baseSpan !== undefined && ofChange(reader, items, index, roleStart, baseSpan);
        const notData = (changeShare ? 'change-share' : undefined) ?? (countShare ? 'count-share' : undefined) ?? (unnamedWhole ? 'unnamed-whole' : undefined) ?? notDataOf(model, reader, item.start, item.end, clause, first)
            ?? (difference && !versus ? 'unread' : undefined)
            ?? (compared === 'other' ? 'other-year' : versus ? undefined : againstOtherYear(model, text.slice(part.start, item.start), role))
            ?? (ofLaterBudget(model.meta.year, text.slice(part.start, item.start)) || continuesLaterBudget(model, reader, part, item.start, role) ? 'other-year' : undefined)
            // 比上年预算数34.00万元减少…, 与2020年预算34.00万元相比: the budget compared with, of another year, is not this year's
            ?? (role.kind === 'budget' && budgetComparedWith(model, text.slice(clause.start, item.start)) === 'other' ? 'other-year' : undefined)
            ?? (bareMoneyUnnamed(reader, item.match, clause.start, roleStart) ? 'unread' : undefined);
        const whole = base?.match && base.filler && !unnamedWhole ? reader.shareWholes(base.match) : undefined;
        // 占一般公共预算项目支出总额的: the words name the whole in full, not at the end of longer words
        const inFull = whole !== undefined && base?.match?.start === baseSpan?.start;
        // 占应开展绩效自评的一般公共预算项目支出总额的: words ending in 的 before the whole's name, naming nothing, narrow it to a part of it
        const within = whole !== undefined && !inFull && QUALIFIER_OF_WHOLE.test(text.slice(baseSpan!.start, base!.match!.start))
            && !reader.lastName(baseSpan!.start, base!.match!.start).match;
        // 事业收入800.00万元，占13.22%，其中：教育收费600.00万元，占事业收入的75.00%；其他收入…，占0.83%: a whole named in a
        // nested 其中 list is that list's, which its ； closes
        const nested = (text.slice(fullSentenceStart(text, item.start), item.start).match(/其中/g)?.length ?? 0) >= 2;
        const listEnd = nested ? text.slice(item.end).search(/[；;]/) : -1;
        if (whole) namedWhole = { whole, from: item.end, until: listEnd < 0 ? sentenceEnd(text, item.end) : Math.min(item.end + listEnd, sentenceEnd(text, item.end)) };
        // 占“三公”经费支出决算的0%；公务用车购置费0万元，占0%；…: a bare 占 later in the sentence is of the whole it named
        const bare = baseSpan !== undefined && baseSpan.start === baseSpan.end;
        // 财政拨款支出1,549.02万元，占本年支出合计的99.46%，其中：一般公共预算财政拨款支出1,349.02万元，占87.09%: past a 其中
        // the parts' bare 占 may be of the amount it splits as well, so the named whole is not carried over it
        const carriedWhole = bare && namedWhole && item.start < namedWhole.until && !text.slice(namedWhole.from, item.start).includes('其中')
            ? namedWhole.whole : undefined;
        const finalRole: Role = role.kind === 'share' && (whole ?? carriedWhole) ? { kind: 'share', base: whole ?? carriedWhole, ...inFull ? { inFull: true } : {}, ...within ? { within: true } : {} } : role;
        const summed = finalRole.kind === 'share' && figures.length === 1 ? itemsSummed(reader, references, part, item.start, text.slice(clause.start, roleStart)) : undefined;
        if (summed && finalRole.kind === 'share') {
            const claim: FigureClaim = { kind: 'figure', figure: first, role: { kind: 'share', base: finalRole.base, items: summed }, subject: { words: summed.map(s => s.words).join('、'), quantities: [] }, notData };
            reader.claims.push(claim);
            reader.figureStarts.push({ claim, start: item.start });
            continue;
        }
        // the subject: the name before the role word (or the figure), else the part's so far; 比2023年的
        // 90.00万元增加10.00万元: the change is of the subject last year's figure was of
        const from = lastYearEnd !== undefined && lastYearEnd > clause.start && lastYearEnd <= roleStart ? lastYearEnd : clause.start;
        const opened = comparisonOpening(reader, text, items, index, part.start, clause.start);
        const inClause = reader.lastName(from, roleStart);
        const named = inClause.match || opened === undefined ? inClause : openingName(reader, text, opened, clause.start, roleStart, inClause.filler);
        // 公立医院（02）中医（民族）医院（02）: a name followed by its code is a subject of a code chain, not a unit
        const subjectEnd = named.match?.start ?? item.start;
        const coded = CODE_AFTER.exec(text.slice(subjectEnd, subjectEnd + 12))?.[0].length ?? 0;
        // 局本级支出870.00万元，其中基本支出600.00万元、项目支出270.00万元: the unit's 其中 list is the unit's too
        const unitsListed = officeEnd !== undefined && OFFICE_LIST.test(text.slice(officeEnd, item.start));
        const ofUnits = unitsListed ? 'office' : ofSomeUnits(text.slice(part.start, subjectEnd + coded), reader.ownName);
        // 厅本级机关运行经费: the office's part of the row, all of it where the department has no other administrative unit
        const officesOwn = ofUnits === 'office' && named.match !== undefined && OFFICES_OWN.test(named.match.words);
        const units = officesOwn ? undefined : ofUnits;
        const unitNamed = named.match !== undefined
            && (unitNamedLikeRow(text, named.match, reader.ownNameEnding) || levelQualified(text.slice(part.start, named.match.start), named.match.words, reader.ownName,
                reader.central, LOCAL_FUNDING.test(text.slice(part.start, part.end))));
        // 区本级财政拨款收入800.00万元，占财政拨款收入的80.00%: a share naming no subject after such an amount in its sentence
        // (in brackets, after its change or another share too) is the part's
        const ofSomeUnitsPart = role.kind === 'share' && !named.match && someUnitsEnd !== undefined && !/[。；;\n]/.test(text.slice(someUnitsEnd, clause.start));
        const claimNotData = notData ?? (units || unitNamed || ofSomeUnitsPart ? 'some-units' : undefined);
        if (figures.length === 1 && first.kind === 'amount' && role.kind === 'value') {
            officeEnd = unitsListed ? officeEnd : !notData && units === 'office' ? item.end : undefined;
            someUnitsEnd = claimNotData === 'some-units' ? item.end : undefined;
        }
        let subjects: (Subject | undefined)[];
        let fundPart: Subject | undefined;
        // the figure's own words name what the data lacks (其中：在职人员经费800.00万元)
        let unread = false;
        // 接待国内来访团组12个、人员86人次, 接待10批次，接待80人次: a count joined to the count before it
        // (by 、 or a comma, the joint's words alone between) is of the same row
        const joined = kind === 'count' && lastCount && COUNT_JOINT.test(text.slice(lastCount.end, item.start)) ? lastCount.subject : undefined;
        if (joined) subjects = [joined];
        else if (named.match) {
            // 比2023年“三公”经费财政拨款预算减少4.95万元: the budget compared with is the subject's own
            // — unless the sentence has another subject of its own (其中公务接待费支出决算3.50万元，比…“三公”经费财政拨款预算减少1.50万元
            // is 公务接待费's change): then the change is unread, as before
            const ownBudget = role.kind === 'change' && role.versus !== undefined && /^(?:年初|全年|调整后?)?预算数?$/.test(text.slice(named.match.end, roleStart))
                && sameSubjectBefore(reader, named.match, clause.start, lastSubject);
            if ((!named.filler && !ownBudget) || INVOLVED.test(text.slice(clause.start, named.match.start))) {
                subjects = [undefined];
                unread = true;
            }
            else {
                const chain = reader.sharingEnds(reader.chainEndingAt(named.index, clause.start)).map(m => reader.subjectOf(m));
                if (chain.length === 1) chain[0] = reader.partNamedBefore(chain[0], clause.start, named.index) ?? chain[0];
                const gap = text.slice(named.match.end, item.start);
                // 分别为A、B万元, or 分别为A万元、B万元: a figure for each name
                const listed = figures.length === 1 ? listLength(text, items, index, first.unit) : figures.length;
                subjects = chain.length === 1 ? chain
                    : listed === chain.length && gap.includes('分别') ? chain
                        : ALL_OF.test(gap) || (figures.length === 1 && bothGrandTotals(chain)) ? chain : [undefined];
                // 政府性基金预算财政拨款上年结转和结余0万元: a fund written right before a name of the department's
                // all-money tables only (the all-funds 年初结转和结余) is of a figure the name does not stand for
                const fund = FUND_BEFORE_NAME.exec(text.slice(clause.start, named.match.start))?.[1];
                if (fund) subjects = subjects.map(s => s && ofFund(s, fund) ? s : undefined);
                // 城乡社区支出600.00万元，占60.00%，其中：基本支出200.00万元: a column's name in the 其中 list of a row's amount
                // is that row's cell in the column, not the table's total's
                const head = kind === 'amount' && subjects.length === 1 && subjects[0] ? listHeadQuantities(text, item.start, amounts) : undefined;
                // 收、支总计2010.00万元，其中：一般公共预算财政拨款1860.00万元，…，年初财政拨款结转和结余30.00万元: a list naming
                // the opening balance beside the funds may list their 本年 parts, so they are not read as the whole's fund cells
                const fundCells = () => !OPENING_LISTED.test(sentenceAt(text, item.start));
                if (head?.length) subjects = [reader.headRowCells(subjects[0]!, head, first) ?? (fundCells() ? reader.headFundCells(subjects[0]!, named.match.words, head, first) : undefined) ?? subjects[0]];
                // 收、支总计均为34,506.52万元。其中：一般公共预算财政拨款3,286.02万元: funds listed in the sentence after the whole
                // 总计5,869.00万元（一般公共预算财政拨款5,542.20万元，…）: funds listed in brackets right after the whole, or
                // with no 其中 at all (总计5,869.00万元，一般公共预算财政拨款5,542.20万元，…)
                if (!head && kind === 'amount' && subjects.length === 1 && subjects[0] && fundCells()) {
                    const bracket = openBracket(text, text.lastIndexOf('。', item.start) + 1, item.start);
                    const opened = (bracket < 0 ? undefined : amounts.find(a => a.end === bracket)?.quantities) ?? listHeadQuantities(text, item.start, amounts, true)
                        ?? fundListHeadQuantities(text, item.start, amounts);
                    if (opened?.length) subjects = [reader.headFundCells(subjects[0], named.match.words, opened, first) ?? subjects[0]];
                }
            }
        } else if ((fundPart = kind === 'amount' && role.kind === 'value' ? bareFundPart(model, text, text.slice(clause.start, roleStart), item.start, amounts) : undefined)) {
            subjects = [fundPart];
        } else {
            // 同比减少144.92万元（公务用车购置费0万元，同比减少0万元）: in brackets, the subject named in them goes on
            // 本年收入合计【表2.合计】万元，比2023年的…增加…: the 上年 and change after a reference are of its name's other
            // rows too (its shares are of the cell it names, as 表四's 城乡社区支出【表四.支出.城乡社区支出】万元，占…)
            const lastOrChange = finalRole.kind === 'last' || finalRole.kind === 'change' || finalRole.kind === 'growth';
            const readWide = lastOrChange ? carriedOutside?.map(s => referencedBy.has(s) ? reader.referenceRead(s, referencedBy.get(s)!) : s) : carriedOutside;
            const carried = bracketSubject && bracketSubject.opening === openBracket(text, bracketFrom, item.start) ? [bracketSubject.subject]
                : readWide ?? (kind === 'amount' ? carriedPastCount : undefined);
            // 支出决算为986.40万元: the role word 决算 splits 支出决算, which carries the subject as a whole
            const words = text.slice(clause.start, item.start);
            const carries = named.filler || CARRYING.test(words) || (carried?.length === 1 && shortensName(words, carried[0]));
            const bare = carries ? undefined : BARE_SIDE.exec(words);
            const sideBefore = bare && sentenceAmounts && !text.slice(sentenceAmounts.end, item.start).includes('\n') ? soleSideSubject(text, sentenceAmounts, item.start) : undefined;
            const other = sideBefore && reader.otherSideNamed(sideBefore, bare![1] as Side, { start: clause.start, end: clause.start + bare![1].length });
            // 收入总计…，支出总计…。与上年相比，财政拨款收入减少80万元；支出减少100万元: after the paragraph named another
            // subject of the side, a bare side's change may as well be of that one
            const otherNamed = other && bare![2] && reader.figureStarts.some(({ claim, start }) => start >= reader.layout.lineAt(item.start).start
                && claim.subject?.words.includes(bare![1]) && sideFamily(claim.subject) !== sideFamily(other));
            // only a side's total (财政拨款支出), never a class or a column of the side (其他收入 → 其他支出, 经营收入 → 经营支出)
            const swapped = other && !otherNamed && SIDE_TOTAL.test(other.words) ? other : undefined;
            // a subject of an earlier paragraph (another section's, under its own heading line) leaves the section's whole to be named
            const whole = !carried && !reader.row && (!lastSubject || text.slice(lastSubject.end, clause.start).includes('\n'))
                ? reader.sectionWhole(clause.start, words) : undefined;
            const sibling = !carries && !swapped && !whole && carried?.length === 1 ? reader.siblingNamed(carried[0], clause.start, item.start) : undefined;
            const headed = !carried && !lastSubject && kind === 'amount' ? reader.headingTotal(part.start, clause.start, item.start) : undefined;
            // 因公出国（境）费无预算，支出决算为0万元: the name of the clause before, said without a figure, before any carried;
            // 比预算无增减变化，比去年增加…: the name before a level, only where nothing is carried
            const before = carries ? reader.namedInClauseBefore(clause.start, part.start, !carried && !reader.row) : undefined;
            const topic = before?.kind === 'topic' ? before.subject : undefined;
            const leveled = before?.kind === 'level' ? before.subject : undefined;
            subjects = topic ? [ownFigureIfSaid(model, topic, words, role)] : headed ? [headed] : sibling ? [sibling] : whole ? [whole] : swapped ? [swapped]
                : leveled ? [leveled] : !carries ? [undefined]
                : carried?.map(s => ownFigureIfSaid(model, s, words, role)) ?? (reader.row ? [reader.rowSubject(reader.row)] : [undefined]);
            unread = !carries && !swapped && !whole && !sibling && !headed;
            // 预算为15.00万元，其中：…，公务接待费5.00万元，实际支出12.00万元: 实际 ends a budget's (or last year's) 其中 list,
            // and the name carried from its last part is not what the actual is of. Not where that part named its own kind
            // (其中：公务接待费预算5.00万元，决算3.90万元: the part's own actual), nor across a ；
            const ended = carried?.length === 1 && kind === 'amount' && ACTUAL_AFTER_LIST.test(words) ? listOpening(reader, clause.start, item.start) : undefined;
            const endedKind = ended?.head?.claim.role.kind;
            // the same where the list's figures are references to the budget column (预算为【合计.预算数】万元，其中：…)
            const listed = ended && ended.within >= 0
                ? { head: ended.span.slice(0, ended.within), partBefore: LIST_PART_BEFORE.exec(ended.span.slice(ended.within, ended.span.length - words.length))?.[1] }
                : undefined;
            const partOfList = listed?.partBefore !== undefined && !OWN_KIND.test(listed.partBefore.replace(/【[^】]*】/g, ''));
            if (listed && partOfList && (endedKind === 'budget' || endedKind === 'last' || (BUDGET_WORD.test(listed.head) && !/决算|实际/.test(listed.head)))) {
                subjects = [undefined];
                unread = true;
            }
        }
        // 2023年度城乡社区支出1000.00万元，其中：基本支出300.00万元 in a 2020 report: the parts of another year's amount are
        // of that year too, which no table holds; still written figures, which the sentence's own sums and shares count
        // (not a change's: 增加100.00万元 against 2018年度 is other-year, the amount it is of need not be)
        const headRole = listAt?.head?.claim.role.kind;
        if (listAt && !listAt.restarted && listAt.head?.claim.notData === 'other-year' && (headRole === 'value' || headRole === 'budget' || headRole === 'last')) {
            subjects = subjects.map(() => undefined);
        }
        // 上年结转结余资金支出800.00万元: the spending of a balance carried over is a part of the balance and of the year's
        // spending, at most either, never the one the words name (nor a sibling of the subject carried)
        // the same for spending paid from a source the words name (本年收入安排的支出900.00万元): a part of that source
        // 与上年的5,300.00万元（其中：基本支出3,000.00万元，…）相比, 比2023年度的5,300.00万元，其中：…: the parts listed under a
        // comparison's base are of that other year's (or budget's) amount: no row holds them
        const basePart = kind === 'amount' && finalRole.kind === 'value' && partOfBase(model, text.slice(part.start, item.start));
        if (basePart) subjects = [undefined];
        const paidFrom = kind === 'amount' && (CARRIED_SPENDING.test(text.slice(clause.start, item.start)) || SOURCE_SPENDING.test(text.slice(clause.start, item.start)));
        if (paidFrom) subjects = subjects.map(s => s && { ...s, qualified: true });
        if (officesOwn) subjects = subjects.map(s => s && { ...s, qualified: true, wholeIfEqual: true });
        // 参加其他单位组织的出国团组1个: the groups others organised that the department's people joined. Where a 共计 follows
        // in the sentence (广西 sums them with its own: 安排本单位…1个，参加其他单位组织的…1个，共计2个) they are a part of
        // its trips, at most the row's count (the figure's own reading only, not carried to the total). Elsewhere a report
        // may count them apart (不含参加…, 另参加…) or under the organiser: no row's
        const joinedOthers = kind === 'count' && named.match !== undefined && JOINED_GROUPS.test(text.slice(clause.start, named.match.start))
            && !OWN_AND_JOINED.test(text.slice(clause.start, item.start)) && !/共|合计/.test(text.slice(named.match.end, item.start));
        const joinedGroups = joinedOthers && /共计|合计|总计/.test(text.slice(item.end).split('。')[0]);
        if (joinedOthers && !joinedGroups) subjects = [undefined];
        // 更新购置执法执勤用车2辆: cars bought are the year's purchase, never the cars held (国有资产 › 车辆); a purchase said
        // in brackets closed before the figure (应急保障用车4辆（含本年更新购置1辆）、执法执勤用车2辆) is of the cars before them
        const said = closedBracketsOut(text.slice(clause.start, item.start));
        const sentenceSaid = closedBracketsOut(text.slice(part.start, item.start));
        const otherYear = (words: string) => model.meta.year !== undefined && [...words.matchAll(/(\d{4})\s*年/g)].some(m => Number(m[1]) !== model.meta.year);
        // 购置车辆3辆（公务用车1辆、执法执勤用车2辆）, （其中公务用车1辆，执法执勤用车2辆）, 购置车辆3辆，其中：公务用车1辆、
        // 执法执勤用车2辆: in brackets opened right after the count of a purchase, or its 其中 list, each item is a kind of
        // the cars bought, of its own words only: the one naming 公务用车 is the official purchase, the others no row's
        // (neither it nor the cars held). Where the head already names 公务用车 or more items do (购置公务用车2辆（更新公务用车
        // 1辆、新增公务用车1辆）), the items are parts of it: no row's. The count may be a reference (购置公务用车【购置】辆（…）).
        // Read from the sentence's start: an item may have clauses of its own, the items split by ； (（公务用车1辆，较2023年度
        // 减少1辆；执法执勤用车2辆）)
        const listed = first.unit === '辆' ? CARS_BOUGHT_LIST.exec(closedBracketsOut(text.slice(fullSentenceStart(text, item.start), item.start))) : null;
        const list = listed && PURCHASE.test(listed[1]) ? (listed[2] ?? listed[3]).split(/[、，,；;]/) : undefined;
        // 购置车辆3辆，其中公务用车1辆、执法执勤用车2辆，年末公务用车保有量7辆: a clause of the cars held ends the list, the
        // figures from it on are no kinds of the cars bought
        const carKind = list?.some(k => FLEET_HELD.test(k)) ? undefined : list?.at(-1);
        if (listed && list && carKind !== undefined) {
            const kinds = [...list.slice(0, -1), ...(carKind + text.slice(item.start).split(/[）)。]/)[0]).split(/[、，,；;]/)];
            // 公务用车2辆，含更新公务用车1辆: a 含 clause is a part of the item before it, no item of its own
            const items = kinds.filter((k, i) => i === 0 || !SUB_ITEM.test(k));
            const partsOfOfficial = listed[1].includes('公务用车') || items.filter(k => k.includes('公务用车')).length > 1;
            subjects = otherYear(listed[1] + carKind) || partsOfOfficial || (list.length > 1 && SUB_ITEM.test(carKind)) ? [undefined]
                : subjects.map(s => s?.quantities.every(q => isPurchase(q.row)) ? s : carKind.includes('公务用车') ? reader.carsBought() : undefined);
        } else if (first.unit === '辆' && PURCHASE.test(said)) {
            // 更新购置公务用车2辆 where no row is named 公务用车 (the counts in a table of its own): the cars bought all the same;
            // so is 购置车辆2辆 (the template's own words) in a sentence of 公务用车 or “三公”经费, its clause naming nothing else
            // (2023年度购置车辆2辆 in a 2024 report is last year's: no row holds it)
            const official = said.includes('公务用车') || (BARE_CARS_BOUGHT.test(said) && OFFICIAL_CARS.test(sentenceSaid));
            subjects = otherYear(said) ? [undefined] : subjects.map(s => s ? (s.quantities.every(q => isPurchase(q.row)) ? s : reader.carsBought()) : official ? reader.carsBought() : s);
        } else if (first.unit === '辆' && finalRole.kind === 'value' && FLEET_CHANGE.test(said)) {
            // 新增执法执勤用车3辆, 报废处置2辆: cars that joined or left the fleet (bought, transferred or disposed of)
            // are neither the cars held nor surely the year's purchase; no row holds them
            subjects = [undefined];
        } else if (EQUIPMENT_UNIT.test(first.unit) && (PURCHASE.test(sentenceSaid) || FLEET_CHANGE.test(sentenceSaid))) {
            // 当年购置单价100万元以上设备1台（套）: the year's purchase, not the equipment held (国有资产 › 设备); no row holds it
            subjects = subjects.map(s => s && s.quantities.every(q => isPurchase(q.row)) ? s : undefined);
        }
        // 对3个项目开展了绩效自评: the projects a count of performance work named after them is of
        if (kind === 'count' && subjects.every(s => s === undefined)) {
            const after = reader.nameAfterProjects(item.end)
                ?? (INVOLVED_PROJECTS.test(text.slice(clause.start, item.start)) ? reader.workOfClauseBefore(clause.start) : undefined);
            if (after) subjects = [after];
            else if (first.unit === '个') {
                const all = reader.workOnAllProjects(item.start, item.end, first.value);
                if (all) subjects = [all];
            }
        }
        // 共有车辆3辆, 现有3辆: the cars held, where no row is named
        const holding = first.unit === '辆' && !named.match
            ? HOLDING.exec(text.slice(clause.start, item.start)) ?? fleetCount(model, text.slice(part.start, item.start)) : null;
        if (holding) subjects = [reader.carsHeld(holding[1])];
        const last = subjects[subjects.length - 1];
        // 收、支总计各是4125.49，4143.91万元, 本年收入、支出合计各是1,000.00万元、990.00万元, 各下降23.51%、38.28%:
        // a list of figures, one for each subject the words name, or each side the name names, in order
        const pending = eachList && figures.length === 1 && eachList.next < eachList.subjects.length
            && LIST_JOINT_CHAR.test(text.slice(eachList.end, item.start)) ? eachList : undefined;
        if (pending) {
            subjects = [pending.subjects[pending.next++]];
            pending.end = item.end;
        } else {
            eachList = undefined;
            // 收入、支出总计各增加1412.7万元、2062.79万元，增长15.74%、23.72% (西藏): figures naming nothing, carrying the
            // last subject of the list just paired, go on with that list in its order, with or without 各
            const goesOn = !named.match && pairedList !== undefined && subjects.length === 1 && subjects[0]?.words === pairedList[pairedList.length - 1].words;
            if (goesOn || /各|分别/.test(text.slice(clause.start, item.start))) {
                const [one] = subjects.length === 1 ? subjects : [];
                const named = subjects.length > 1 && subjects.every(s => s !== undefined) ? subjects as Subject[] : undefined;
                // the subject carried from a list's last reference (【支出.总计.减少】) is one side of the pair;
                // without a subject, the names the part's last list paired (各是A、B，分别增加C、D)
                // rates listed after 分别 or 各 (分别占a%、b%、c%): as many as the list holds
                const rates = kind === 'rate' && figures.length === 1 ? listPosition(text, items, index, first.unit) + listLength(text, items, index, first.unit) : 0;
                const listOf = (goesOn ? pairedList : one ? bySide(one, 2) ?? bothSides(one) : named ?? (subjects.every(s => s === undefined) ? pairedList : undefined))
                    ?? (named === undefined ? amountsListed(amountSubjects, one, rates) : undefined);
                const previous = items[index - 1];
                const listed = previous !== undefined && previous.start >= clause.start && LIST_JOINT_CHAR.test(text.slice(previous.end, item.start));
                if (listOf && figures.length === listOf.length) {
                    subjects = [...listOf];
                    pairedList = listOf;
                }
                else if (listOf && figures.length === 1 && listPosition(text, items, index, first.unit) + listLength(text, items, index, first.unit) === listOf.length) {
                    // 收、支总计各是【收入.总计】，4134.91万元: a figure after the list's references takes its place after them
                    const position = listPosition(text, items, index, first.unit);
                    subjects = [listOf[position]];
                    eachList = { subjects: listOf, next: position + 1, end: item.end, unit: first.unit };
                    pairedList = listOf;
                } else if (!listOf && (rates > 1 || (figures.length === 1 && figuresListedAround(text, items, index, first.unit) > 1))) {
                    // a list of figures whose subjects are not known is not all of the one subject named or carried:
                    // 货物、工程、服务采购授予中小企业合同金额分别为380.30万元、0万元、2,000.20万元 are each its own kind's
                    subjects = [undefined];
                } else if (one && figures.length === 1 && listed) {
                    // 各减少【收入.总计.减少】、2570.97万元: after the 收入 side's reference, the 支出 side's figure
                    subjects = [otherSide(one) ?? one];
                }
            }
        }
        // 收、支总计各增加74.79万元, 收支总计均为…: one figure, alone, said of a name of both sides is each side's
        const eachSide = !pending && subjects.length === 1 && figures.length === 1 && ALL_OF.test(text.slice(named.match?.end ?? clause.start, item.start))
            && listedAlone(text, items, index, first.unit) ? bySide(subjects[0], 2) : undefined;
        if (eachSide) subjects = eachSide;
        // a list of figures pairs with a list of subjects (分别为); one subject for all, or none
        if (figures.length > 1 && subjects.length !== figures.length) subjects = [undefined];
        const pairs: [WrittenFigure, Subject | undefined][] = figures.length > 1
            ? figures.map((f, i) => [f, subjects[i]])
            : subjects.map(s => [first, s]);
        // 购置公务用车3辆（使用其他资金购置，不在“三公”经费中列支）: the sentence says the purchase is not the 三公 one
        const outside = OUTSIDE_THREE_PUBLIC.test(text.slice(part.start, part.end));
        // a rate, change or share of a named whole naming no subject, after a 其中 list of two items or more the comma goes
        // on from (no ；): of the list's last item or of its head (after a sole item, 其中：授予小微企业合同金额90.00万元，
        // 占…的75.00%, the item's)
        const trailing = pairs.length === 1 && !named.match && carriedOutside !== undefined && (finalRole.kind === 'completion' || finalRole.kind === 'change'
            || finalRole.kind === 'growth' || (finalRole.kind === 'share' && finalRole.base !== undefined));
        const trailingHead = trailing ? listHeadAmount(text, item.start, amounts) : undefined;
        const among = text.lastIndexOf('其中', item.start);
        const headReading = trailingHead?.subject && trailingHead.quantities.length > 0 && !/[；;]/.test(text.slice(trailingHead.end, item.start))
            && amounts.filter(a => a.start > among && a.end <= item.start).length >= 2 ? trailingHead.subject : undefined;
        for (const [figure, named] of pairs) {
            // a share of a subject outside the whole its sentence opens with (a fund's table after 财政拨款支出…，其中：)
            const opening = finalRole.kind === 'share' && named && !named.inOpeningWhole ? reader.openingWhole(item.start, true) : undefined;
            // the line opening with the subject itself (基本支出854.57万元，占23.94%) opens with no whole of it
            const whole = opening?.some(q => named!.quantities.some(n => sameQuantity(n, q))) ? undefined : opening;
            const head = finalRole.kind === 'share' && named && pairs.length === 1
                ? listHeadQuantities(text, item.start, amounts, true) ?? sentenceBeforeWhole(text, item.start, amounts) : undefined;
            const listed = head?.length && !head.some(q => named!.quantities.some(n => sameQuantity(n, q))) ? { listHead: head } : {};
            const ofHead = headReading && named && headReading !== named && !headReading.quantities.some(q => named.quantities.some(n => sameQuantity(n, q))) ? { headReading } : {};
            const subject = named && (whole || head?.length || ofHead.headReading || joinedGroups)
                ? { ...named, ...whole ? { openingWhole: whole } : {}, ...listed, ...ofHead, ...joinedGroups ? { qualified: true as const } : {} } : named;
            const ofThreePublic = outside && subject !== undefined && subject.quantities.length > 0
                && subject.quantities.every(q => isPurchase(q.row) && isThreePublic(q.row));
            const bracketed = pairs.length === 1 && finalRole.kind === 'value' ? partOfFigureBefore(model, reader, text, clause, [items[index - 2], items[index - 1]], item.start, figure, subject) : undefined;
            // 公务用车运行维护费14.00万元，其中：基本支出10.00万元，占71.43%: the share of such a part is of the figure it is part of
            const ofPart = pairs.length === 1 && finalRole.kind === 'share' && !finalRole.base && !claimNotData && shareOfPartBefore(reader, text, items[index - 1], item.start);
            const claim: FigureClaim = bracketed ? { kind: 'figure', figure, role: finalRole, subject, notData: 'part', partOf: bracketed }
                : { kind: 'figure', figure, role: finalRole, subject, notData: claimNotData ?? (basePart ? 'base-part' : ofThreePublic ? 'outside-three-public' : ofPart ? 'unnamed-whole' : undefined), ...shareWhole ? { shareWhole } : {} };
            reader.claims.push(claim);
            reader.figureStarts.push({ claim, start: item.start });
            if (shareWhole) continue;
            partSubjects.push(subject);
            if (figure.kind === 'amount') noteAmount(item.start, item.end, subject);
            if (pairs.length === 1 && finalRole.kind === 'value' && figure.kind === 'amount') {
                amountSubjects.push(subject);
                amounts.push({ start: item.start, end: item.end, quantities: claimNotData ? [] : subject?.quantities ?? [], ...claimNotData ? {} : { subject } });
            } else if (figures.length === 1 && finalRole.kind === 'value' && figure.kind === 'amount' && !claimNotData) {
                // 收、支总计均为5,869.00万元（其中：…）: the one amount of both sides' totals heads a list as well
                const before = amounts.at(-1)?.start === item.start ? amounts.pop()!.quantities : [];
                amounts.push({ start: item.start, end: item.end, quantities: [...before, ...subject?.quantities ?? []] });
            }
            if (pairs.length === 1 && SUM_BEFORE.test(text.slice(clause.start, item.start)) && finalRole.kind === 'value') {
                markParts(reader, { text: withUnit(figure), value: figure.value }, figure, subject?.quantities ?? [], part.start);
            }
        }
        if (shareWhole) continue;
        lastCount = kind === 'count' && pairs.length === 1 && pairs[0][1] ? { end: item.end, subject: pairs[0][1] } : undefined;
        if (finalRole.kind === 'value') lastSubject = pairs.length === 1 && pairs[0][1] ? { end: item.end, subject: pairs[0][1] } : undefined;
        // 比年初预算28,600.00万元增加1,042.38万元, 比2024年“三公”经费财政拨款预算15.00万元减少…: the change after a budget
        // compared with is of the budget's subject too
        const comparedBudget = finalRole.kind === 'budget' && /(?:比|较)(?:\d{4}年度?)?[^，,。；;：:比较与]*?(?:年初|全年|调整后?)?(?<!公共|基金|经营)预算数?$/.test(text.slice(clause.start, item.start));
        lastYearEnd = (finalRole.kind === 'last' || comparedBudget) && pairs.length === 1 && pairs[0][1] ? item.end : undefined;
        // a figure in brackets (其中外事接待0批次) speaks of its own subject; the sentence's goes on after them
        const opening = openBracket(text, bracketFrom, item.start);
        if (opening < 0) {
            if (last) carriedOutside = [last];
            // …，占80.00% after it is its share, not one of the subject before (基本支出1000.00万元，占79.06%); a count's
            // change is not (国内公务接待0批次，较上年减少119批次，…，共计接待5人次: of the batches, no row's), the subject goes on
            else if (unread && !(kind === 'count' && COUNT_CHANGE.test(text.slice(clause.start, item.start)))) {
                // 公务用车购置费131万元，购置用车6辆，比年初预算数减少469万元: a count of no row is of what the amount before
                // it paid for; an amount after it goes on with the amount's subject
                carriedPastCount = kind === 'count' ? carriedOutside ?? carriedPastCount : undefined;
                carriedOutside = undefined;
            }
            if (last) carriedPastCount = undefined;
        } else if (last) bracketSubject = { opening, subject: last };
    }
}

const SIDES: readonly Side[] = ['收入', '支出'];
/** A sentence's opening words naming a side alone, or with its section's fund: 2024年度支出决算为, 本年国有资本经营预算支出. */
const SECTION_WHOLE = new RegExp(String.raw`^(?:\d{4}年度?|本年度?|全年|当年)?[，,]?(?:本部门|本单位)?(?:单位|部门)?(?:(${FUND})(?:预算)?)?(收入|支出)(?:决算数?)?(?:为|是|共计?|合计)?$`);
/** A clause opening with a side's word alone, or with its change: …收入120.00万元，支出120.00万元; 收入减少15.2万元，…。支出减少15.2万元. */
const BARE_SIDE = /^(收入|支出)(?:决算数?)?(?:为|是|共计?|((?:比|较)?(?:上年度?)?(?:增加|减少|增长|下降)))?$/;
/** A carry-over's name: said between a side's whole and the bare other side, it is no side of its own. */
const CARRY_OVER = /结转|结余/;
/** A side's total that a bare side word after the other side's names: a fund's or all appropriations' (财政拨款支出), or the year's. */
const SIDE_TOTAL = new RegExp(`^(?:(?:${FUND})(?:预算)?(?:财政拨款)?|财政拨款|本年)(?:收入|支出)$`);

interface SentenceAmounts {
    /** Where the sentence starts. */
    readonly start: number;
    /** Where its last amount ends. */
    end: number;
    readonly subjects: { start: number; subject: Subject | undefined }[];
}

/** A subject's name without its side: 财政拨款收入 and 财政拨款支出 are sides of the one 财政拨款. */
function sideFamily(subject: Subject): string {
    return subject.words.replace(/(?:收入|支出)$/, '');
}

/**
 * The one subject (or its two sides) of a sentence's amounts, whose other side a bare side word after them is:
 * not one of several (收入减少100万元，主要是财政拨款收入减少80万元；支出…), nor a part said after 其中 or 主要
 * (其中财政拨款收入900万元；支出…) or followed by its parts (…，其中…；支出…).
 */
function soleSideSubject(text: string, amounts: SentenceAmounts, at: number): Subject | undefined {
    const [first] = amounts.subjects;
    const family = first.subject && sideFamily(first.subject);
    if (family === undefined || amounts.subjects.some(({ subject }) => !subject || sideFamily(subject) !== family)) return undefined;
    if (/其中|主要/.test(text.slice(amounts.start, first.start)) || text.slice(first.start, at).includes('其中')) return undefined;
    return amounts.subjects[amounts.subjects.length - 1].subject;
}

/**
 * 基本支出A万元，项目支出B万元，经营支出C万元，分别占a%、b%、c% (and 分别增长…): rates listed after 分别 or 各
 * with no name of their own are of the amounts written one by one before them, in order — the last
 * `count` of them, all named, no name twice, the last the subject the rates carry.
 */
function amountsListed(amounts: readonly (Subject | undefined)[], carried: Subject | undefined, count: number): Subject[] | undefined {
    if (count < 2 || amounts.length < count) return undefined;
    const listed = amounts.slice(-count);
    if (listed.some(s => s === undefined) || new Set(listed.map(s => s!.words)).size !== count) return undefined;
    if (carried && listed[count - 1]!.words !== carried.words) return undefined;
    return listed as Subject[];
}

/**
 * A subject naming both sides of a two-sided table (收、支总计: 收入总计 and 支出总计) as one
 * subject per side, 收入 first, as officers list their figures; undefined unless it names `count`
 * sides, each once.
 */
function bySide(subject: Subject | undefined, count: number): Subject[] | undefined {
    if (!subject || count !== SIDES.length || subject.quantities.length !== count) return undefined;
    const sided = SIDES.map(side => subject.quantities.filter(q => q.row.parent?.canonicalName === side && !q.row.parent.parent));
    if (sided.some(quantities => quantities.length !== 1)) return undefined;
    return sided.map((quantities, i) => ({ words: `${SIDES[i]}${subject.words.replace(/^收入支出/, '')}`, quantities }));
}

/**
 * 财政拨款收入、支出总计3006.64万元 (no 均 or 各): the two sides' 总计 of one table, which balance, so one figure
 * written for both is each one's.
 */
function bothGrandTotals(chain: readonly Subject[]): boolean {
    if (chain.length !== SIDES.length) return false;
    const rows = chain.map(subject => (subject.quantities.length === 1 ? subject.quantities[0].row : undefined));
    return rows.every((row, i) => row?.parent?.canonicalName === SIDES[i] && !row.parent.parent && row.table === rows[0]?.table
        && row.canonicalName === sideGroupOf(row.parent)?.grandTotal);
}

/** Both sides' rows of a subject of one side's row (收入 first), if the other side has that row too. */
function bothSides(subject: Subject | undefined): Subject[] | undefined {
    const [quantity] = subject?.quantities ?? [];
    const group = quantity?.row.parent;
    if (subject?.quantities.length !== 1 || !group || group.parent || !SIDES.includes(group.canonicalName as Side)) return undefined;
    const rows = SIDES.map(side => group.siblings.find(g => g.canonicalName === side)?.children.find(r => r.canonicalName === quantity.row.canonicalName));
    return rows.every(row => row !== undefined)
        ? rows.map((row, i) => ({ words: `${SIDES[i]}${quantity.row.canonicalName}`, quantities: [{ row: row!, column: quantity.column }] }))
        : undefined;
}

/**
 * The kind of a list a part stands in when the list opens with a budget or last year's figure (预算为15.00万元，其中：…；
 * 上年支出决算为2,120.40万元，其中：…) or words (年初预算中，…): its parts are of that kind too, not this year's 决算. Every
 * amount of the sentence before the part must be of that kind (决算为12.00万元，占年初预算15.00万元的80.00%，其中：… is the
 * 决算's list). A ； may part a 其中 list's items, but one restarting with a year of its own (；2024年…, ；实际…) ends it;
 * opening words hold up to the first ；.
 */
function listKindOf({ span, within, figures, head, restarted }: ListOpening, year: number | undefined): Role | undefined {
    let role: Role | undefined;
    if (within < 0) {
        // opening words, and a 上年 opening, hold up to the first ； (上年…660.00万元；本年…700.00万元)
        if (/[；;]/.test(span)) return undefined;
        // 2024年年初预算中，…: the report's own year before the opening words (another's is no budget of this year's)
        const opening = year === undefined ? span : span.replace(new RegExp(`^\\s*${year}年度?`), '');
        const words = KIND_OPENING.exec(opening)?.[1];
        // 上年基本支出1,810.20万元，项目支出310.20万元: the 上年 opening the first item's clause is the later items' too
        const first = words === undefined && LAST_YEAR_OPENING.test(span) && !ITEM_RESTART.test(span) ? figures[0]?.claim.role : undefined;
        role = words !== undefined ? kindOfOpening(words) : first?.kind === 'last' ? first : undefined;
    } else role = restarted ? undefined : head?.claim.role;
    if (role?.kind !== 'budget' && role?.kind !== 'last') return undefined;
    return figures.some(f => f.claim.role.kind !== role.kind) ? undefined : role;
}

interface ListOpening {
    /** From the list's sentence start to the part. */
    readonly span: string;
    /** Where 其中 stands in the span, −1 for none. */
    readonly within: number;
    /** The amounts of the sentence before the part's clause. */
    readonly figures: readonly { claim: FigureClaim; start: number }[];
    /** The amount the 其中 list opens under. */
    readonly head?: { claim: FigureClaim; start: number };
    /** A ； item restarts with a year or kind of its own (；2024年…, ；实际…): the list ended before the part. */
    readonly restarted: boolean;
}

function listOpening(reader: TextReader, clauseStart: number, figureStart: number): ListOpening {
    const text = reader.text;
    let listStart = clauseStart;
    while (listStart > 0 && !LIST_END.test(text[listStart - 1])) listStart--;
    // the first part's clause holds the 其中 itself
    const span = text.slice(listStart, figureStart);
    const within = span.lastIndexOf('其中');
    // …，公务用车运行费15.00万元，决算数为12.00万元；公务接待费5.00万元: a part's own actual, read as nothing and ended by a ；,
    // leaves the list's kind (not 实际支出12.00万元，公务接待费3.60万元, the actual's own list)
    const figures = reader.figuresIn(listStart, clauseStart).filter(f => f.claim.figure.kind === 'amount'
        && !(f.claim.role.kind === 'value' && !f.claim.subject && PART_ACTUAL_BEFORE.test(text.slice(listStart, f.start))
            && ENDED_BY_SEMICOLON.test(text.slice(f.start, clauseStart))));
    const head = within < 0 ? undefined : figures.filter(f => f.start < listStart + within && mayHeadList(text, listStart, listStart + within, f.start)).pop();
    // （其中：基本支出…，项目支出…）相比，本年支出合计…: a 其中 list in a bracket closed before the part ended there — a
    // bracket opened before the 其中, so that a numbered list's 1）/2) closes nothing
    const depth = (words: string) => (words.match(/[（(]/g)?.length ?? 0) - (words.match(/[）)]/g)?.length ?? 0);
    const closed = within >= 0 && depth(span.slice(0, within)) > 0 && depth(span.slice(within)) < 0;
    return { span, within, figures, head, restarted: within >= 0 && (closed || LIST_RESTART.test(span.slice(within))) };
}
const LIST_END = /[。！？!?\n]/;
/** ，决算数为 after a list's part: the words of that part's actual. */
const PART_ACTUAL_BEFORE = /\d[^，,；;：:]*[，,]\s*(?:实际|决算|执行数)[^，,；;：:\d]*$/;
/** A figure's clause ending with a ；: 12.00万元；…. */
const ENDED_BY_SEMICOLON = /^[\d,.]*[^，,；;。]*[；;]/;
/** Words a later item opens with that name a year or kind of its own (2024年…, 本年…, 实际…): the list ends before it. */
const RESTART_WORDS = String.raw`\d{4}年|本年|今年|当年|实际|上年|年初|全年`;
/** ；2024年…, ；实际…: a ； item of a 其中 list restarting. */
const LIST_RESTART = new RegExp(String.raw`[；;]\s*(?:${RESTART_WORDS})`);
/** 上年, 去年, 2023年度 opening a sentence: the year its first figures are of (a role the first figure's words give it). */
const LAST_YEAR_OPENING = /^\s*(?:上年度?|去年|\d{4}年度?)/;
/** 预算, not of a fund's name (一般公共预算) nor of money (预算拨款). */
const BUDGET_WORD = /(?<!一般公共|政府性基金|国有资本经营)预算(?!(?:财政)?拨款)/;
/** 实际支出12.00万元, 决算数为12.00万元: a clause naming this year's actual, which ends a list of a budget's parts. */
const ACTUAL_AFTER_LIST = /^(?:实际|决算|执行数)/;
/** The list's part right before a clause, after a comma (not a ；): 其中：…，公务接待费5.00万元， → 公务接待费5.00万元. */
const LIST_PART_BEFORE = /([^，,、；;：:]*)[，,、]\s*$/;
/** Words giving a part a kind of its own (公务接待费预算5.00万元), not the list's. */
const OWN_KIND = /预算|上年|去年|决算|实际|执行数/;
/** ，本年…, 、2024年…, ，实际…: a later item of a list with no 其中 restarting. */
const ITEM_RESTART = new RegExp(String.raw`[，,、]\s*(?:${RESTART_WORDS})`);
/** 年初预算中，…, 上年决算中：…: words opening a list of a budget's or last year's figures. */
const KIND_OPENING = /^[^，,。；;\d]{0,30}?((?<!一般公共|政府性基金|国有资本经营)(?:年初|全年|调整后?)?预算数?|(?<![比较与同])上年度?(?:支出)?(?:决算)?数?)中[，,：:]/;
function kindOfOpening(words: string): Role {
    return words.startsWith('上年') ? { kind: 'last' } : { kind: 'budget', budget: budgetNamed(words) };
}

/** The budget words before 预算 name: 年初 the initial one, 全年 / 调整（后） the final one, none either. */
function budgetNamed(words: string): BudgetKind {
    return words.startsWith('年初') ? 'initial' : /^(?:全年|调整)/.test(words) ? 'final' : 'any';
}

/** The same row of the 支出 side for a subject of one row of the 收入 side (and the column it names), if there is one. */
function otherSide(subject: Subject): Subject | undefined {
    const [quantity] = subject.quantities;
    const group = quantity?.row.parent;
    if (subject.quantities.length !== 1 || group?.canonicalName !== SIDES[0] || group.parent) return undefined;
    const other = group.siblings.find(g => g.canonicalName === SIDES[1]);
    const row = other?.children.find(r => r.canonicalName === quantity.row.canonicalName);
    return row ? { words: `${SIDES[1]}${quantity.row.canonicalName}`, quantities: [{ row, column: quantity.column }] } : undefined;
}

/**
 * 预算为【合计.预算数】万元，支出决算为21.37万元: the row carries on, but a 决算 word turns a carried
 * budget column to the row's own figure, and a budget word (年初预算为【合计.预算数】万元，全年预算为
 * 52.00万元) to the row, whose budget of that kind the word picks; so does a change against the budget
 * (…，预算为【合计.预算数】万元，差额4.10万元: the row's 决算 less its budget).
 */
function ownFigureIfSaid(model: ReportModel, subject: Subject, words: string, role: Role): Subject {
    const [quantity] = subject.quantities;
    const versusBudget = (role.kind === 'change' || role.kind === 'growth') && role.versus !== undefined;
    if (subject.quantities.length !== 1 || (!/决算|预算/.test(words) && !versusBudget)) return subject;
    const { row, column } = quantity;
    if (column === undefined) return subject;
    // the template's budget column, or the one a table of the report's own prints beside its actual (预算数 决算数)
    const actual = actualColumn(row);
    const budget = row.table?.template ? row.table.template.budgetColumn
        : actual !== undefined && actual !== column && model.arithmetic.budgetOf(row, actual)?.figure === row.cells.get(column) ? column : undefined;
    return column === budget ? { words: subject.words, quantities: [{ row }] } : subject;
}

/** Where the sentence around `from` ends: its full stop, or the end of its line. */
function sentenceEnd(text: string, from: number): number {
    const end = text.slice(from).search(/[。！？!?\n]/);
    return end < 0 ? text.length : from + end;
}

/** Where the sentence around `to` starts: after its full stop, or at its line's start. */
function fullSentenceStart(text: string, to: number): number {
    let start = to;
    while (start > 0 && !FULL_STOP.test(text[start - 1])) start--;
    return start;
}
const FULL_STOP = /[。！？!?\n]/;

function hasPartEnd(text: string, from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (isPartEndAt(text, i)) return true;
    return false;
}

/**
 * A figure in brackets opened right after the figure before it starts a clause of its own there:
 * 同比减少144.92万元（公务用车购置费0万元，… is the purchase's own figure, no change of the whole before the bracket.
 */
function clauseInBracketAfterFigure(text: string, clause: Span, position: number, previousEnd: number | undefined): Span {
    if (previousEnd === undefined || previousEnd < clause.start) return clause;
    const opening = openBracket(text, clause.start, position);
    return opening >= previousEnd && FIGURE_UNIT_BEFORE.test(text.slice(previousEnd, opening)) ? { start: opening + 1, end: clause.end } : clause;
}
/**
 * A change joined by 、 to the figure right before it starts a clause of its own after the 、, as after a comma:
 * 较上年决算数1166.81万元减少56.11万元、下降4.18% — the rate is the change's, of the subject the clause carries.
 */
function clauseAfterJoinedChange(text: string, clause: Span, position: number, previousEnd: number | undefined): Span {
    if (previousEnd === undefined || previousEnd < clause.start) return clause;
    const joint = JOINED_CHANGE.exec(text.slice(previousEnd, position));
    return joint ? { start: previousEnd + joint[0].length, end: clause.end } : clause;
}
/** A figure's unit, 、 and a word of change right after it: 万元、下降. */
const JOINED_CHANGE = /^(?:万元|亿元|元|%)?、(?=(?:增加|增长|上升|提高|减少|下降|降低)[^，,。；;、]*$)/;
/** What may stand between a figure and a bracket opened right after it: its unit. */
const FIGURE_UNIT_BEFORE = /^(?:万元|亿元|元|%|[辆人个次台套项户]|人次|批次)?$/;

/** Whether `position` stands inside brackets opened after `from`: 41批次（其中外事接待0批次）. */
function inBrackets(text: string, from: number, position: number): boolean {
    return openBracket(text, from, position) >= 0;
}

/** Whether a bracket opened after `from` is still open at `position` and closes later in its sentence (a ； inside it). */
function openAcross(text: string, from: number, position: number): boolean {
    let open = 0;
    for (let i = from; i < position; i++) open += text[i] === '（' ? 1 : text[i] === '）' && open > 0 ? -1 : 0;
    for (let i = position, depth = open; open > 0 && i < text.length && !FULL_STOP.test(text[i]); i++) {
        depth += text[i] === '（' ? 1 : text[i] === '）' ? -1 : 0;
        if (depth < open) return true;
    }
    return false;
}

/** Where the innermost bracket still open at `position`, opened after `from`, opens; -1 where none is. */
function openBracket(text: string, from: number, position: number): number {
    const open: number[] = [];
    for (let i = from; i < position; i++) {
        if (text[i] === '（') open.push(i);
        else if (text[i] === '）') open.pop();
    }
    return open.length > 0 ? open[open.length - 1] : -1;
}

/**
 * How many figures of one unit, each writing it, are listed from the item at `index` on
 * (1,000.00万元、990.00万元: 2; a reference 【本年支出合计】万元 is one of them).
 */
function listLength(text: string, items: readonly TextItem[], index: number, unit: string): number {
    let length = 1;
    let end = items[index].end;
    for (let i = index + 1; i < items.length; i++, length++) {
        const item = items[i];
        const listed = listedAs(text, item, unit);
        if (!listed || !LIST_JOINT_CHAR.test(text.slice(end, item.start))) break;
        end = listed.end;
    }
    return length;
}

/**
 * Where an item of a list of figures of `unit` ends, unless it is none: a figure writing that unit; a reference with
 * it written after (【一般公共服务支出】万元、30.00万元); a reference showing its own % (分别占60.00%、
 * 【社会保障和就业支出.占比】、10.00%: a reference prints a rate with its %), or one found nowhere standing there.
 */
function listedAs(text: string, item: TextItem, unit: string): { end: number } | undefined {
    if (item.match) return item.match[2] === unit ? { end: item.end } : undefined;
    if (text.startsWith(unit, item.end)) return { end: item.end + unit.length };
    return unit === '%' && (item.referenced?.kind ?? 'rate') === 'rate' ? { end: item.end } : undefined;
}

/**
 * The subjects of a list a reference opens (收、支总计各是【收入.总计】，…; 本年收入、支出合计分别为【本年收入合计】万元、…):
 * the names before 各 or 分别 in its clause, one per side where one name names both sides, the reference's row first.
 */
function referenceOpensList(model: ReportModel, reader: TextReader, start: number, kind: FigureKind, subject: Subject): Subject[] | undefined {
    const clause = reader.layout.clauseAt(start);
    const { roleStart } = roleOf(model, reader, clause.start, start, kind);
    if (!/各|分别/.test(reader.text.slice(clause.start, start))) return undefined;
    const named = reader.lastName(clause.start, roleStart);
    if (!named.match || !named.filler) return undefined;
    const chain = reader.chainEndingAt(named.index, clause.start).map(m => reader.subjectOf(m));
    const list = chain.length === 1 ? bySide(chain[0], 2) : chain;
    const row = subject.quantities[0]?.row;
    return list && list.length > 1 && list[0].quantities.some(q => q.row === row) ? list : undefined;
}

/** How many figures of one unit, each writing it, are listed with the one at `index`, before and after it. */
function figuresListedAround(text: string, items: readonly TextItem[], index: number, unit: string): number {
    let before = 0;
    let start = items[index].start;
    for (let i = index - 1; i >= 0; i--, before++) {
        const item = items[i];
        const listed = listedAs(text, item, unit);
        if (!listed || !LIST_JOINT_CHAR.test(text.slice(listed.end, start))) break;
        start = item.start;
    }
    return before + listLength(text, items, index, unit);
}

/** Whether the figure at `index` stands in no list of figures or references (各下降23.17%、【支出.总计.下降】 is one). */
function listedAlone(text: string, items: readonly TextItem[], index: number, unit: string): boolean {
    const [previous, item, next] = [items[index - 1], items[index], items[index + 1]];
    return !(previous && LIST_JOINT_CHAR.test(text.slice(listJointFrom(text, previous, unit), item.start))) && !(next && LIST_JOINT_CHAR.test(text.slice(item.end, next.start)));
}

/** How many references stand listed right before the figure at `index` (各是【收入.总计】，4134.91万元: one), each with its unit or none. */
function listPosition(text: string, items: readonly TextItem[], index: number, unit: string): number {
    let position = 0;
    let start = items[index].start;
    for (let i = index - 1; i >= 0 && !items[i].match; i--, position++) {
        if (!LIST_JOINT_CHAR.test(text.slice(listJointFrom(text, items[i], unit), start))) break;
        start = items[i].start;
    }
    return position;
}

/** Where the joint after an item of a list is looked for: after the unit it is listed with (`listedAs`), or right after it. */
function listJointFrom(text: string, item: TextItem, unit: string): number {
    return listedAs(text, item, unit)?.end ?? item.end;
}

/** The joint between the figures of a list that each write their unit: 23.51%、38.28% */
const LIST_JOINT_CHAR = /^[、，,和及与]$/;

/** The words of a count's change, naming nothing: 较上年减少119批次, 同比增加2个. */
const COUNT_CHANGE = new RegExp(`^(?:${COMPARED}|同比)?[，,]?(?:${FALL_WORDS}|增加|增长|上升|提高)了?$`);

/** The words between two counts of one row: 团组2个、人员6人次; 10批次，接待80人次 */
const COUNT_JOINT = /^[、，,和及]?(?:接待|人员|人数|来宾|共计?|合计|累计)*$/;

/** A sentence opening with a comparison and no subject: 与2023年度相比，… / 比上年… / 较上年度… */
/**
 * 收入支出总体与上年相比，增加58.21万元 (乌鲁木齐): the clause before a figure's, holding no figure and
 * ending in a comparison with last year, names the subject the figure's clause leaves unnamed; where it starts.
 */
function comparisonOpening(reader: TextReader, text: string, items: readonly { start: number; end: number }[], index: number, partStart: number, clauseStart: number): number | undefined {
    if (clauseStart - 1 <= partStart) return undefined;
    const previous = reader.layout.clauseAt(clauseStart - 1);
    if (previous.start < partStart || !COMPARED_AT_END.test(text.slice(previous.start, previous.end))) return undefined;
    const before = items[index - 1];
    return before !== undefined && before.end > previous.start ? undefined : previous.start;
}

const COMPARED_AT_END = new RegExp(`${COMPARED}$`);

/** The name of a comparison opening (comparisonOpening), read as if its comma were not there: 收入支出总体与上年相比增加…. */
function openingName(reader: TextReader, text: string, opened: number, clauseStart: number, roleStart: number, filler: boolean): ReturnType<TextReader['lastName']> {
    const named = reader.lastName(opened, clauseStart - 1);
    return named.match && filler && COMPARED_ONLY.test(text.slice(named.match.end, clauseStart - 1)) ? { ...named, filler: true } : reader.lastName(clauseStart, roleStart);
}

const COMPARED_ONLY = new RegExp(`^${COMPARED}$`);

const COMPARISON_OPENING = /^(?:与|同|比|较)(?:(?:上年|去年|\d{4}年)度?(?:同期)?(?:决算数?)?|(?:年初|全年|调整后?)?预算数?)(?:相比|比较)?[，,]?/;

/** The words just before a sentence's total of what it listed: 共计2个, 全年因公出国（境）团组共计 ，0 个, 合计为… */
const SUM_BEFORE = /(?:共计|合计|总计)[为是：:，,\s]*$/;

/**
 * A total written after its parts, each named as the same quantity (广西: 安排本单位出国（境）团组1个，参加其他
 * 单位组织的出国（境）团组1个，共计2个): the parts cannot each be the quantity, only the total is; they are
 * marked parts of it (prose-figure holds each to at most the total). Two such parts at least: a
 * single figure before a 共计 may be another quantity's (项目支出200万元，共计300万元).
 */
function markParts(reader: TextReader, total: Total, at: { offset: number; unit: string }, quantities: readonly Quantity[], partStart: number): void {
    const parts = reader.figureStarts.filter(({ claim, start }) => start >= partStart && claim.figure.offset < at.offset
        && claim.figure.unit === at.unit && !claim.notData && claim.role.kind === 'value'
        && claim.subject?.quantities.some(q => quantities.some(t => sameQuantity(q, t))));
    if (parts.length < 2) return;
    for (const entry of parts) {
        const marked: FigureClaim = { ...entry.claim, notData: 'part', partOf: total };
        reader.claims[reader.claims.indexOf(entry.claim)] = marked;
        entry.claim = marked;
    }
}

/** A figure written in a text, or a reference to one (its quantity and figure). */
interface TextItem {
    readonly start: number;
    readonly end: number;
    readonly reference?: Quantity;
    readonly referenced?: Figure;
    readonly match?: RegExpExecArray;
}

/** 其中 opening brackets right after a figure: 会议费6.20万元（其中项目支出1.40万元）. */
const BRACKET_PART = /^其中[：:，,]?/;

/**
 * The words between a figure and the 其中 list of its parts, its own share standing between maybe: 公务用车运行维护费
 * 14.00万元，其中：基本支出…; 项目支出340.00万元，占31.78%，其中：财政拨款340.00万元.
 */
const LIST_PART_OPENING = /^[，,]?(?:占[^\d，,。；;]{0,12}[\d.]+%[，,]?)?其中[：:，,]?$/;

/** The words between two parts of one 其中 list, a part's share maybe, up to the next one's figure: 其中：基本支出10.00万元，(占71.43%，)项目支出4.00万元. */
const LIST_PART_JOINT = /^[，,、；;]?(?:占[^\d，,。；;]{0,12}[\d.]+%[，,、；;]?)?(?:和|及|与)?[^\d，,。；;、：:（）()]{1,20}$/;

/**
 * The figure a 其中 part is of, where the part names a split no row of the data holds within the figure's rows (项目支出
 * of 会议费): it is held to at most that figure, not read as any row named 项目支出. Bracketed (会议费6.20万元（其中项目
 * 支出1.40万元）), or in a list after it (公务用车运行维护费14.00万元，其中：基本支出10.00万元，项目支出4.00万元) where every
 * row the part's name reads as is larger than that figure: no part of it, so not the row meant. Undefined where the
 * part's rows stand within the figure's (财政拨款收入…（其中，一般公共预算…）where the table holds it), which are judged as named.
 */
function partOfFigureBefore(model: ReportModel, reader: TextReader, text: string, clause: Span, [before, previous]: readonly (TextItem | undefined)[], start: number, figure: WrittenFigure, subject: Subject | undefined): Total | undefined {
    if (!previous || !subject || subject.quantities.length === 0) return undefined;
    const bracketed = text[clause.start - 1] === '（' && BRACKET_PART.test(text.slice(clause.start));
    // the figure before: written (its claim read already) or referenced (会议费【会议费】万元（其中…）)
    const claimAt = (item: TextItem) => item.match ? reader.figureStarts.filter(entry => entry.start === item.start).at(-1)?.claim : undefined;
    const claim = claimAt(previous);
    if (!bracketed) {
        const [head, headClaim] = claim?.role.kind === 'share' && before ? [before, claimAt(before)] : [previous, claim];
        // a later part of the list (…，项目支出4.00万元) is of the figure its list's first part is of
        const listed = headClaim?.notData === 'part' && headClaim.partOf?.before && headClaim.partOf.unit === figure.unit && LIST_PART_JOINT.test(text.slice(head.end, start))
            ? headClaim.partOf : undefined;
        // the list opening in this clause, right after the figure (not a clause of several parts, 其中：A、B、C)
        const opening = head.end <= clause.start && LIST_PART_OPENING.test(text.slice(head.end, clause.start) + (BRACKET_PART.exec(text.slice(clause.start))?.[0] ?? ''));
        // 本年支出合计1,190.00万元，比本年收入合计少15.00万元，其中：…: a difference opens no list, its total before it does
        const difference = DIFFERENCE_BEFORE.test(clauseBefore(text, head.start)) || COMPARED_LESS_MORE.test(clauseBefore(text, head.start));
        const outer = listed ?? (headClaim && !headClaim.notData && headClaim.role.kind === 'value' && headClaim.figure.unit === figure.unit && opening && !difference
            ? { text: withUnit(headClaim.figure), value: headClaim.figure.value, unit: headClaim.figure.unit, before: true as const } : undefined);
        return outer && subject.quantities.every(q => targetAsWritten(model, q, { kind: 'value' }, figure)?.interval.lo.gt(outer.value) === true)
            ? outer : undefined;
    }
    const outer = claim ? (!claim.notData && claim.role.kind === 'value' ? { quantities: claim.subject?.quantities ?? [], unit: claim.figure.unit, text: withUnit(claim.figure), value: claim.figure.value } : undefined)
        : previous.reference && previous.referenced ? {
            quantities: [previous.reference], unit: previous.referenced.unit, value: previous.referenced.value,
            text: `${previous.referenced.value.toFixed(previous.referenced.decimals)}${previous.referenced.unit}`,
        } : undefined;
    if (!outer || outer.unit !== figure.unit || outer.quantities.length === 0) return undefined;
    // 公用经费120.35万元（其中：日常公用经费105.73万元）: a part named by longer words holding the whole's (日常公用经费 being
    // 公用经费's other name) is a part of it all the same, not the whole's figure again
    const headWords = claim ? claim.subject?.words : previous.reference?.row.canonicalName;
    const longerName = headWords !== undefined && subject.words.length > headWords.length && subject.words.includes(headWords);
    if (subject.quantities.some(q => outer.quantities.some(o => isWithin(q.row, o.row) && !(longerName && sameQuantity(q, o))))) return undefined;
    return { text: outer.text, value: outer.value, before: true };
}

/** Whether a share follows the amount of a part of the figure before its 其中 list: 基本支出10.00万元，占71.43%. */
function shareOfPartBefore(reader: TextReader, text: string, previous: TextItem | undefined, start: number): boolean {
    const claim = previous?.match ? reader.figureStarts.filter(entry => entry.start === previous.start).at(-1)?.claim : undefined;
    return claim?.notData === 'part' && claim.partOf?.before === true && /^[，,]?占[^\d，,。；;]{0,12}$/.test(text.slice(previous!.end, start));
}

/** The one quantity all of a part's figures are of, where they are all of one and it is a single row's. */
function soleSubject(subjects: readonly (Subject | undefined)[]): Subject | undefined {
    const first = subjects[0];
    if (!first || first.quantities.length !== 1) return undefined;
    const [only] = first.quantities;
    const same = (s: Subject | undefined) => s !== undefined && s.quantities.length === 1 && sameQuantity(s.quantities[0], only);
    return subjects.every(same) ? first : undefined;
}

// 两项合计占, 三项共占, 合计占, 以上两项合计占比
const SUMMED = /^(?:以上|上述)?(?:([两二三四五六七八九十]|\d+)项|二者|两者)?(?:合计|共计?|总计|之和)$/;

/** A figure or reference before a sum's share: the subject it is a plain amount of, if it is one. */
interface Summand {
    readonly start: number;
    readonly subject?: Subject;
    readonly rate: boolean;
}

/**
 * The items a share of their sum is said of: “经营收入…，附属单位上缴收入…，两项合计占0.1%” —
 * the amounts written or referenced (【合计.经营收入】万元) since the part's last rate, the last two
 * of them for 两项. Undefined unless the words say so and each item is a plain amount of a named quantity.
 */
function itemsSummed(reader: TextReader, references: readonly Summand[], part: Span, start: number, words: string): Subject[] | undefined {
    const said = SUMMED.exec(words);
    if (!said) return undefined;
    const written: Summand[] = reader.figuresIn(part.start, start).map(({ claim, start }) => ({
        start, rate: claim.figure.kind === 'rate',
        subject: claim.role.kind === 'value' && claim.figure.kind === 'amount' && !claim.notData ? claim.subject : undefined,
    }));
    const before = [...written, ...references.filter(r => r.start >= part.start && r.start < start)].sort((a, b) => a.start - b.start);
    let from = before.length;
    while (from > 0 && !before[from - 1].rate) from--;
    const items = before.slice(from);
    if (items.some(item => !item.subject)) return undefined;
    const count = said[1] === undefined ? items.length : said[1] === '两' ? 2 : /\d/.test(said[1]) ? Number(said[1]) : parseChineseNumeral(said[1]) ?? 0;
    return count >= 2 && items.length >= count ? items.slice(-count).map(item => item.subject!) : undefined;
}

const TOTAL_BEFORE_NAME = /^(?:全年|本年|当年)?(?:共计?|合计|累计|总计)/;

/**
 * Whether a clause's words before its figure name the part's subject again by the end of its
 * name: “国内公务接待支出4.21万元，接待18批次” and “因公出国（境）团组2个，出国（境）6人次”.
 */
function shortensName(written: string, subject: Subject): boolean {
    // a reference's subject is its path: 【国内公务接待】 then 接待10批次; 国内接待费603万元，共计接待3837批次;
    // or its row's name: 政府采购预算【政府采购.预算】，采购金额2.96万元
    const reference = /^【(.*)】$/.exec(subject.words);
    const names = [reference?.[1] ?? subject.words, ...reference && subject.quantities.length === 1 ? [subject.quantities[0].row.canonicalName] : []];
    // 共接待10批次, 全年共接待…: a total's word before the shortened name
    const words = written.replace(TOTAL_BEFORE_NAME, '');
    return names.some(full => {
        const name = full.replace(/(接待)费$/, '$1');
        for (let end = Math.min(words.length, name.length - 1); end >= 2; end--) {
            if (name.endsWith(words.slice(0, end)) && FILLER.test(words.slice(end))) return true;
        }
        return false;
    });
}

/** The quantity a referenced figure is of: its row and the column (or attribute's column) holding it. */
function quantityOf(row: RowModel, figure: Figure): Quantity {
    for (const [column, cell] of row.cells) if (cell === figure) return { row, column: row.table ? column : undefined };
    for (const byColumn of row.attributes.values()) {
        for (const [column, attribute] of byColumn) if (attribute === figure) return { row, column: row.table ? column : undefined };
    }
    return { row };
}

/**
 * 参训人员1.2万，: 万 (亿) without 元 is an amount only right after the name of what it is of, in its own clause
 * (培训费增加4.66万); elsewhere it may as well count people or times, and is left unread.
 */
function bareMoneyUnnamed(reader: TextReader, match: RegExpExecArray, clauseStart: number, roleStart: number): boolean {
    if (match[2] !== '万' && match[2] !== '亿') return false;
    const named = reader.lastName(clauseStart, roleStart);
    return !named.match || !named.filler;
}

/** The figures of one match: one, or each of a list sharing the unit after the last. */
function writtenFigures(reader: TextReader, match: RegExpExecArray): WrittenFigure[] {
    const unit = match[2] === '万' || match[2] === '亿' ? `${match[2]}元` : match[2];
    const kind: FigureKind = unit === '%' ? 'rate' : MONEY_UNITS.has(unit) || unit === '亿元' ? 'amount' : 'count';
    const numbers = [...match[1].matchAll(new RegExp(NUMBER, 'g'))];
    return numbers.map((number, i) => {
        const start = match.index + number.index;
        const end = i === numbers.length - 1 ? match.index + match[0].length : start + number[0].length;
        const digits = number[0].replace(/,/g, '').replace('－', '-');
        const dot = digits.indexOf('.');
        const decimals = dot < 0 ? 0 : digits.length - dot - 1;
        const value = new Decimal(digits);
        const { offset, length } = reader.original({ start, end });
        return {
            offset, length, text: writtenSlice(reader.prose.text, reader.prose.wraps, offset, offset + length), value, decimals, unit, kind,
            interval: Interval.rounded(value, decimals),
        };
    });
}

/**
 * A fall's own word right before a figure (减少-171.09万元): its minus says the fall again. Not a rise's: 增长-11.38% is a
 * negative growth, as the form's 增加（减少）-2万元 is a signed change.
 */
const FALL_WORD = new RegExp(`^(?:${FALL_WORDS})(?:了|为)?$`);

function magnitude(figure: WrittenFigure): WrittenFigure {
    return figure.value.isNegative() ? { ...figure, value: figure.value.negated(), interval: figure.interval.negate() } : figure;
}

/**
 * 小于本年支出合计500.00万元: the amount after a comparison with another named total is their difference; not where a
 * row of money used stands right before it (大于本年收入的部分使用非财政拨款结余810.00万元 is that row's). A balance named
 * there (使用年初结转和结余600.00万元弥补, 形成年末结转和结余200.00万元) is where the difference comes from or goes, a part
 * of it, still unread.
 */
function differenceOfTotals(reader: TextReader, from: number, start: number): boolean {
    const compared = DIFFERENCE_BEFORE.exec(reader.text.slice(from, start));
    if (!compared || /预算|上年|去年|同期|\d{4}年/.test(compared[0])) return false;
    const at = from + compared.index;
    const last = reader.lastName(at, start).match;
    if (!last || !last.words.startsWith('使用') || !/^(?:为|是|共|达)?$/.test(reader.text.slice(last.end, start))) return true;
    // the compared total is the first name after the comparison's word
    return reader.lastName(at, last.start).match === undefined;
}

/** Why a figure is not a figure of the accounts, if it is not. */
function notDataOf(model: ReportModel, reader: TextReader, start: number, end: number, clause: Span, figure: WrittenFigure): NotData | undefined {
    const text = reader.text;
    const before = text.slice(clause.start, start);
    const after = text.slice(end, clause.end);
    if (THRESHOLD_AFTER.test(after) || THRESHOLD_BEFORE.test(before)) return 'threshold';
    if (/^[-—~～至到]\d/.test(after)) return 'threshold';
    if (differenceOfTotals(reader, clause.start, start)) return 'unread';
    if (PER_UNIT_BEFORE.test(before)) return 'per-unit';
    // 较2022年决算数247.21万元2.08万元，增长0.84% (the page left out 增加): an amount right after another names
    // nothing of its own, and what it is of the broken sentence does not say
    if (/\d(?:万元|亿元|元|%)\s*$/.test(before)) return 'unread';
    if (APPROXIMATE_BEFORE.test(before)) return 'approximate';
    // an example of a list that ends with 等: 办公费5.2万元、印刷费3.1万元等; a 等 in brackets ends the bracket's own
    // list (特种专业技术用车7辆（警用勘查车、囚车等）), not the figures'
    const unbracketed = after.replace(/[（(][^（）()]*[）)]/g, '');
    if (/^[、等]/.test(unbracketed) && unbracketed.includes('等')) return 'example';
    if (figure.kind === 'amount' && figure.unit !== model.meta.unit && !writtenMoneyScale(figure.unit, model.meta.unit)) return 'other-unit';
    // a figure of another year than the report's (last year's is its 上年, read as a role)
    const year = model.meta.year;
    for (const written of before.matchAll(/(?<![比较与同至到\-—])(\d{4})年(?!度?相比|以来|至|到|[-—])/g)) {
        const named = Number(written[1]);
        if (year !== undefined && named !== year && named !== year - 1) return 'other-year';
    }
    return undefined;
}

/**
 * A change, a growth rate or the base figure of a sentence that compares with a year other than
 * last year (比2022年度的800.00万元增加…，增长… in a 2024 report): not last year's, so not the data's.
 */
function againstOtherYear(model: ReportModel, before: string, role: Role): NotData | undefined {
    const year = model.meta.year;
    // 比2022年“三公”经费财政拨款预算40.00万元减少… in a 2023 report: that year's budget, not this year's budget column
    const comparedYear = comparedYearOf(model, before);
    if (role.kind === 'budget' && comparedYear !== undefined && comparedYear !== year) return 'other-year';
    const compared = [...before.matchAll(/(?:比|较|与)(\d{4})年/g)].pop();
    if (year === undefined || !compared || Number(compared[1]) === year - 1) return undefined;
    const base = /(?:比|较)\d{4}年度?的?$/.test(before) || (role.kind === 'value' && comparedYearOf(model, before) !== undefined);
    return base || role.kind === 'change' || role.kind === 'growth' ? 'other-year' : undefined;
}

/**
 * 较2014年度部门决算公开“三公”经费合计16.08万元增加15.15万元: a comparison with a year, then the name and an amount with
 * no role word or clause break between, states that year's amount (the base of the change after it), not this year's.
 * The year it is of (last year's for 上年), where the words before an amount say so.
 */
function comparedYearOf(model: ReportModel, before: string): number | undefined {
    const compared = COMPARED_YEAR_BEFORE.exec(before) ?? WITH_YEARS_BEFORE.exec(before);
    if (!compared || model.meta.year === undefined) return undefined;
    return compared[1] === undefined ? model.meta.year - 1 : Number(compared[1]);
}

/** 比上年…, 较2014年度…: a comparison with a year, then words up to the amount that break no clause and say no more or less (比上年多支出). */
const COMPARED_YEAR_BEFORE = /(?:比|较)(?:上年|去年|(\d{4})年)度?(?:同期)?[^，,。；;：:、\d%多少超节省增减降升]*$/;
/** 与上年的本年支出合计5,300.00万元（…）相比: that year's figure named after 与…的, the 相比 still to come. */
const WITH_YEARS_BEFORE = /与(?:上年|去年|(\d{4})年)度?(?:同期)?的(?:(?!相比|比较)[^，,。；;：:、\d%多少超节省增减降升])*$/;

/**
 * Whether the words of a sentence before a figure make it of a later year's budget, as a report may tell
 * next year's plan beside this year's accounts: 2022年度“三公”经费预算总计21.8万元,其中:…公务接待11.8万元 and
 * 2022年度“三公”经费预算较2021年度增加1.68万元 in a 2021 report are neither this year's figures nor its change.
 */
export function ofLaterBudget(year: number | undefined, before: string): boolean {
    if (year === undefined) return false;
    for (const written of before.matchAll(LATER_BUDGET)) if (Number(written[1]) > year) return true;
    return false;
}

/**
 * 2022年度“三公”经费预算较2021年度增加1.68万元，…。公务用车运行费用较上年同期增加2.27万元: a change from last year in a
 * sentence naming no year of its own, right after one of a later year's budget on its line, goes on comparing that budget.
 */
function continuesLaterBudget(model: ReportModel, reader: TextReader, part: Span, figureStart: number, role: Role): boolean {
    if ((role.kind !== 'change' && role.kind !== 'growth') || role.versus) return false;
    const before = reader.text.slice(part.start, figureStart);
    if (/\d{4}\s*年/.test(before) || !/(?:比|较|与)(?:上年|去年)/.test(before)) return false;
    const line = reader.layout.lineAt(part.start);
    if (part.start - 1 <= line.start) return false;
    const previous = reader.layout.partAt(part.start - 1);
    return ofLaterBudget(model.meta.year, reader.text.slice(previous.start, previous.end));
}

/** A year and, in its clause, the budget or plan it governs (2022年度三公经费预算, 2022年安排); not one compared with. */
const LATER_BUDGET = /(?<![比较与同至到\-—]\s*)(\d{4})\s*年度?(?:部门)?[^，,：:。；;\d]{0,20}?(?:预算|安排)/g;

/**
 * Whether a share is of counts: its whole's words name a number of things (占项目总数比例, 占总人数的), or name no money
 * (占全部项目的, 占比) where the figure its sentence writes last before it, a share aside, is a count (开展绩效自评的项目18个，
 * 占全部项目的85.71%). Either way a count stands before it in its sentence, which the share is of.
 */
function ofCounts(reader: TextReader, partStart: number, figureStart: number, baseSpan: Span): boolean {
    const words = shareWholeWords(reader.text.slice(baseSpan.start, baseSpan.end));
    if (MONEY_WHOLE.test(words)) return false;
    const before = reader.figuresIn(partStart, figureStart).filter(f => f.claim.figure.kind !== 'rate');
    const last = before.at(-1);
    if (COUNT_WHOLE.test(words)) return before.some(f => f.claim.figure.kind === 'count');
    return last?.claim.figure.kind === 'count' && !reader.text.slice(last.start, figureStart).includes('【');
}

/** A share's whole that is itself a change: 占增加总额的, 占增支额的, 占变动额的. */
const CHANGE_WHOLE = /增|减|变动|差额/;
const CHANGE_SAID = /增|减|下降|上升|变动/;

/**
 * Whether a share is of the change written right before it (其中：项目支出增加150.00万元，占150%): its words name a
 * change's whole (占增加总额的), or none and the part writes no amount of its own before the change. A bare share after
 * the part's amount and its change (其中：工资福利支出600.00万元，比上年增加20.00万元，占54.55%) is of the amount, as
 * reports mostly mean it.
 */
function ofChange(reader: TextReader, items: readonly TextItem[], index: number, roleStart: number, baseSpan: Span): boolean {
    const previous = items[index - 1];
    if (!previous?.match || !/^[，,、\s]*$/.test(reader.text.slice(previous.end, roleStart))) return false;
    const words = shareWholeWords(reader.text.slice(baseSpan.start, baseSpan.end));
    if (words !== '' && !CHANGE_WHOLE.test(words)) return false;
    // the change's own words say it: past a 其中 in its clause, the direction is written again (其中：项目支出增加…)
    const clause = reader.text.slice(reader.layout.clauseAt(previous.start).start, previous.start);
    if (!CHANGE_SAID.test(clause.slice(clause.lastIndexOf('其中') + 1))) return false;
    if (reader.figureStarts.filter(entry => entry.start === previous.start).at(-1)?.claim.role.kind !== 'change') return false;
    if (words !== '') return true;
    // the part's amount, written or a reference (【合计.基本支出】万元), between its start or its 其中 and the change
    const from = Math.max(reader.layout.partAt(previous.start).start, reader.text.lastIndexOf('其中', previous.start));
    for (let i = index - 2; i >= 0 && items[i].start >= from; i--) if (items[i].referenced?.kind === 'amount') return false;
    return !reader.figuresIn(from, previous.start).some(({ claim }) => claim.figure.kind === 'amount' && claim.role.kind !== 'change');
}

/** The words of a share's whole without the words around it: 项目总数 of 项目总数比例, 全部项目 of 全部项目的. */
export function shareWholeWords(words: string): string {
    return words.trim().replace(/(?:的|之)?(?:比例|比重)?(?:为|是)?$/, '');
}

/** A whole that is a number of things: 项目总数, 总人数, 车辆数量, 单位个数. */
const COUNT_WHOLE = /(?:总数|个数|数量|总量|人数|户数|家数|项数|辆数)$/;
/** A whole of money: 项目支出总额, 资金, 经费, 预算数. */
const MONEY_WHOLE = /额|金|经费|支出|收入|预算|拨款|费|元/;

/**
 * Whether the comparison nearest before a change or rate in its sentence is with the year's start (比年初增加…，增长…),
 * not with last year or a budget (比年初预算): the change and the rate are from the 年初 figure.
 */
function comparedWithOpening(before: string): boolean {
    return [...before.matchAll(COMPARISONS)].pop()?.[1] === '年初';
}

/** 比年初, 较上年, 与2023年度, 比年初预算: the comparisons a sentence's changes are made against, by what they compare with. */
const COMPARISONS = /(?:比|较|与|同)(年初(?!预算)|上年|去年|\d{4}年|(?:年初|全年|调整后?)?预算)/g;

/** A clause that is only a comparison with a budget, before its 持平: 和年初预算, 与预算相比. */
const BARE_BUDGET_COMPARISON = /^\s*(?:比|较|与|同|和)(?:年初|全年|调整后?)?预算数?(?:相比)?\s*$/;

/**
 * A comparison with last year or with a budget: 较上年, 与2023年相比, 比年初预算数, 较预算,
 * 与2021年度预算相比 (the year's budget), 比上年预算数字 (last year's budget).
 */
const COMPARED_WITH = /(?:比|较|与|同|和)(上年|去年|(\d{4})年度?)?(?:((?:年初|全年|调整后?)?)预算)?/g;

/**
 * A budget compared with, its 与 left out: ， 2021年度预算相比，减少20.50万元 (陶辛镇's published text), ，预算相比，, 年初预算相比减少 —
 * the year's budget (a figure of another year's, 上年预算相比, is not the data's); the words start the clause.
 */
const BUDGET_COMPARED_BARE = /(?<=^|[，,\s])(?:(上年度?|去年)|(\d{4})年度?)?((?:年初|全年|调整后?)?)预算数?(?=相比|比较)/g;

/**
 * 支出2.05万元，年初预算为2.95万元，差值为0.9万元; 年初预算5.00万元，支出决算3.00万元，差额2.00万元: a difference (差值, 差额,
 * 相差) is of its subject against the last budget its part writes before it. Undefined, the figure left unread, where no
 * budget is written before it, where last year's figure is written after the budget (上年2.08万元，相差0.03万元), or where its
 * clause compares with something other than a budget (与本年收入合计的差额, 基本支出与项目支出相差): these words alone never
 * say last year's change.
 */
function differenceVersus(model: ReportModel, reader: TextReader, partStart: number, clauseStart: number, roleStart: number): BudgetKind | undefined {
    // 与预算相差2.00万元: the clause names the budget
    if (/[与同和比较]/.test(reader.text.slice(clauseStart, roleStart))) {
        const compared = budgetComparedWith(model, reader.text.slice(clauseStart, roleStart));
        return compared === 'other' ? undefined : compared;
    }
    // the figures written and the budgets referenced (预算为【附表7.公务接待费.预算数】万元), the nearest first
    const before: { start: number; role?: Role }[] = reader.figuresIn(partStart, roleStart).map(({ claim, start }) => ({ start, role: claim.role }));
    for (const reference of reader.referencesIn(partStart, roleStart)) {
        const { start } = reference;
        const found = referencedFigure(model, reader, reference);
        const budget = found && referencedBudget(model, found.row, found.figure);
        before.push({ start, role: budget ? { kind: 'budget', budget } : undefined });
    }
    for (const { role } of before.sort((a, b) => b.start - a.start)) {
        if (role?.kind === 'last') return undefined;
        if (role?.kind === 'budget') return role.budget;
    }
    return undefined;
}

/** The budget a referenced figure is of its row, if it is one: a budget written beside it (年初预算 …) or its table's budget column. */
function referencedBudget(model: ReportModel, row: RowModel, figure: Figure): BudgetKind | undefined {
    for (const [key, byColumn] of row.attributes) {
        if (![...byColumn.values()].includes(figure)) continue;
        return budgetKindOf(key);
    }
    const actual = actualColumn(row);
    if (actual === undefined || model.arithmetic.budgetOf(row, actual)?.figure !== figure) return undefined;
    return columnBudgetKind(row.table?.budgetKind) ?? 'any';
}

/**
 * The budget a change is from where the comparison nearest before it in its sentence is with one
 * (较预算减少10.50万元，降低42.00%；较上年减少1.80万元 …): its change and rate are of the budget;
 * 'other' where it is another year's budget (比上年预算数字下降35.45%), which the data does not hold.
 */
function budgetComparedWith(model: ReportModel, before: string): BudgetKind | 'other' | undefined {
    const last = [...before.matchAll(COMPARED_WITH)].filter(m => m[1] !== undefined || m[3] !== undefined).pop();
    const bare = [...before.matchAll(BUDGET_COMPARED_BARE)].pop();
    // 预算相比，减少20.50万元，同比减少5.00万元: a 同比 after the budget comparison compares with last year
    if (before.lastIndexOf('同比') > Math.max(bare?.index ?? -1, last?.index ?? -1)) return undefined;
    if (bare && (!last || bare.index > last.index)) {
        return bare[1] !== undefined || (bare[2] !== undefined && Number(bare[2]) !== model.meta.year) ? 'other' : budgetNamed(bare[3]);
    }
    if (!last) return undefined;
    const year = last[2] === undefined ? undefined : Number(last[2]);
    // 比2024年“三公”经费财政拨款预算（15.00万元）减少…: this year's budget of a subject named between the year and 预算
    const named = last[3] === undefined && year !== undefined && year === model.meta.year
        ? BUDGET_AFTER_SUBJECT.exec(before.slice(last.index + last[0].length)) : null;
    if (named) return budgetNamed(named[1]);
    if (last[3] === undefined) return undefined;
    if (last[1] !== undefined && (year === undefined || year !== model.meta.year)) return 'other';
    return budgetNamed(last[3]);
}

/**
 * Whether the subject a budget compared with is named by (比2023年“三公”经费财政拨款预算) is the sentence's own: no other
 * name before it in the clause, nor another value's subject earlier in the sentence.
 */
function sameSubjectBefore(reader: TextReader, budgetName: NameMatch, clauseStart: number, lastSubject: { end: number; subject: Subject } | undefined): boolean {
    // 三公经费财政拨款支出 and 三公经费财政拨款 are one subject: a row in common
    const same = (quantities: readonly Quantity[]) => quantities.some(q => budgetName.entry.quantities.some(b => b.row === q.row));
    const before = reader.lastName(clauseStart, budgetName.start - 1).match;
    if (before) return same(before.entry.quantities);
    return !lastSubject || /[。；;\n]/.test(reader.text.slice(lastSubject.end, clauseStart)) || same(lastSubject.subject.quantities);
}

/** A subject's budget ending the words before a change (“三公”经费财政拨款预算15.00万元), a fund's name aside (一般公共预算). */
const BUDGET_AFTER_SUBJECT = /^[^，,。；;：:比较与]*?((?:年初|全年|调整后?)?)(?<!公共|基金|经营)预算数?(?:为|的)?\s*(?:[\d,.]+\s*(?:万元|亿元|元))?\s*$/;

/** A comparison with last year right before a name: 比上年, 较上年度的, 与去年. */
const COMPARED_LAST_YEAR = /(?:比|较|与|同)[ \u3000]*(?:上年度?|去年|(\d{4})年度?)的?$/;

/**
 * The role word nearest before a figure in its clause (not inside a name), and where it starts;
 * the words between it and a share's figure name the whole (占本年支出合计的…).
 */
function roleOf(model: ReportModel, reader: TextReader, from: number, figureStart: number, kind: FigureKind): { role: Role; roleStart: number; baseSpan?: Span } {
    const region = reader.text.slice(from, figureStart);
    // 比2023年的40,616,051.67万元, 比2023年度决算数297.80万元, 比上年累计支出433万元: last year's figure
    const previous = /(?:比|较)(上年|去年|(\d{4})年)度?的?(?:决算数?|支出决算数?|决算支出|累计(?:支出|收入)数?)?的?$/.exec(region);
    const year = model.meta.year;
    // 比上年－171.09万元: a signed amount is the change, never last year's (which is no less than nothing)
    if (previous && kind === 'amount' && /^[-－−]/.test(reader.text.slice(figureStart, figureStart + 1))) return { role: { kind: 'change', sign: 1 }, roleStart: from + previous.index };
    if (previous && kind === 'amount' && (previous[1] === '上年' || previous[1] === '去年' || (year !== undefined && Number(previous[2]) === year - 1))) {
        return { role: { kind: 'last' }, roleStart: from + previous.index };
    }
    let found: { role: Role; start: number; end: number; baseEnd?: number } | undefined;
    for (const match of region.matchAll(ROLE_PATTERN)) {
        const start = from + match.index;
        const end = start + match[0].length;
        if (reader.insideName(start, end)) continue;
        const which = match.slice(1).findIndex(group => group !== undefined);
        const role = ROLE_WORDS[which].role(kind, match[0]);
        if (!role) continue;
        // 占本年收入合计的比重为99.51%: the share's word after 占 and its whole; the whole is between them
        if (role.kind === 'share' && found?.role.kind === 'share' && found.baseEnd === undefined && SHARE_NOUN.test(match[0])
            && reader.text[found.end - 1] === '占' && start > found.end) {
            found = { ...found, baseEnd: start };
            continue;
        }
        // 上年一般公共预算财政拨款支出决算1000.00万元: last year's word, a name, then its 决算: that name's last year;
        // so with a side's word alone (上年支出决算为…)
        if (role.kind === 'value' && found?.role.kind === 'last') {
            const named = reader.lastName(found.end, start).match;
            if ((named?.start === found.end && named.end === start) || /^(?:支出|收入)$/.test(reader.text.slice(found.end, start))) continue;
        }
        // 比上年一般公共预算财政拨款支出决算1000.00万元增加…: so too after a comparison's 上年 (the role word reads none there)
        if (role.kind === 'value') {
            const named = reader.lastName(from, start).match;
            const compared = named?.end === start ? COMPARED_LAST_YEAR.exec(reader.text.slice(from, named.start)) : null;
            // 比2023年“三公”经费财政拨款支出决算13.10万元 in a 2024 report: the year before's, written as a year
            if (named && compared && (compared[1] === undefined || Number(compared[1]) === year! - 1)) {
                found = { role: { kind: 'last' }, start: from + compared.index, end: named.start };
                continue;
            }
        }
        found = { role, start, end };
    }
    // （二）支出决算情况：本年支出合计…: a 决算 with a name after it, before the figure, is a heading's word; the name is the subject
    if (found?.role.kind === 'value' && reader.lastName(found.end, figureStart).match) found = undefined;
    // 上年收入总计690.00万元: last year's word right before the name, the figure right after it, is the name's last year
    if (found?.role.kind === 'last') {
        const named = reader.lastName(found.end, figureStart);
        if (named.match?.start === found.end && named.filler) return { role: found.role, roleStart: named.match.end };
    }
    // 较年初预算减少28%其中:公务用车购置费274万元 (a page that lost its comma): the role word is the earlier figure's, and
    // 其中 after it opens the parts, each its own amount
    if (found && reader.figuresIn(found.end, figureStart).length > 0 && reader.text.slice(found.end, figureStart).includes('其中')) found = undefined;
    if (!found) {
        // 2019年决算数 in a 2020 report: last year's figure
        const lastYear = year !== undefined && [...region.matchAll(/(?<![比较与同])(\d{4})年度?(?!相比)/g)].some(m => Number(m[1]) === year - 1);
        return { role: (lastYear || comparedYearOf(model, region) === year! - 1) && kind === 'amount' ? { kind: 'last' } : { kind: 'value' }, roleStart: figureStart };
    }
    return { role: found.role, roleStart: found.start, baseSpan: found.role.kind === 'share' ? { start: found.end, end: found.baseEnd ?? figureStart } : undefined };
}

/** Words that speak of figures without writing one: 持平, 决算数小于预算数, 无…收入. */
function readWords(model: ReportModel, reader: TextReader): void {
    const text = reader.text;
    /** The subjects a word speaks of: named before it in its clause, or the part's latest. */
    const subjectsBefore = (position: number): Subject[] => {
        const clause = reader.layout.clauseAt(position);
        const named = reader.lastName(clause.start, position);
        if (named.match) return named.filler ? [reader.subjectOf(named.match)] : [];
        if (!named.filler) return [];
        const part = reader.layout.partAt(position);
        // 公务用车购置及运行费28万元（购置费0万元，运行维护费28万元），较上年无增减: words right after the brackets speak of
        // the figure before them, as a figure there does, not of the brackets' last item
        const closing = /）\s*[，,]\s*$/.exec(text.slice(part.start, clause.start)) ? text.lastIndexOf('）', clause.start) : -1;
        const opening = closing < 0 ? -1 : openBracket(text, fullSentenceStart(text, closing), closing);
        const earlier = reader.figuresIn(opening < 0 ? part.start : Math.min(part.start, fullSentenceStart(text, opening)), opening < 0 ? position : opening)
            .filter(f => f.claim.subject);
        if (earlier.length > 0) return [earlier[earlier.length - 1].claim.subject!];
        const reference = lastReferenceBefore(model, reader, part.start, position);
        if (reference) return [reference];
        return reader.row ? [reader.rowSubject(reader.row)] : [];
    };
    const inReason = (position: number) => CAUSE.test(text.slice(reader.layout.partAt(position).start, position));

    let previousComparison = -1;
    const comparisons: Span[] = [];
    for (const match of text.matchAll(BUDGET_COMPARISON)) {
        const start = match.index;
        const end = start + match[0].length;
        const word = match[1];
        const relation = /持平|一致|相等|相同|等于/.test(word) ? '=' : /大于|高于|超过|超出|多于/.test(word) ? '>' : '<';
        const kindWord = match[2] || (/与(年初|全年|调整)/.exec(word)?.[1] ?? '');
        const budget = budgetNamed(kindWord);
        let subjects = subjectsBefore(start);
        const listed = subjects.length === 0;
        if (listed) {
            // 决算数等于预算数 after a list of 项: said of each of them since the line's last such sentence
            const from = Math.max(reader.layout.lineAt(start).start, previousComparison, start - WINDOW);
            subjects = reader.figuresIn(from, start).filter(f => f.claim.subject && f.claim.role.kind === 'value')
                .map(f => f.claim.subject!);
        }
        const part = reader.layout.partAt(start);
        const reasonGiven = REASON.test(text.slice(end, part.end)) || EXPLANATION_OPENING.test(text.slice(end, part.end));
        const { offset, length } = reader.original({ start, end });
        reader.claims.push({ kind: 'budget-comparison', offset, length, word: match[0], relation, budget, subjects: dedupe(subjects), listed, reasonGiven });
        comparisons.push({ start, end });
        previousComparison = end;
    }

    for (const match of text.matchAll(LEVEL)) {
        const start = match.index;
        const end = start + match[0].length;
        if (inReason(start) || comparisons.some(c => c.start <= start && end <= c.end)) continue;
        const subjects = subjectsBefore(start);
        const { offset, length } = reader.original({ start, end });
        // 与2021年度预算相比无增减, 比预算无增减变化: the 决算 equals the budget; another year's budget is not the data's
        const compared = budgetComparedWith(model, text.slice(reader.layout.clauseAt(start).start, start));
        if (compared === 'other') continue;
        if (compared) {
            // 因公出国（境）经费0万元，和年初预算持平: a clause of the comparison alone speaks of the figure right before it
            const clauseStart = reader.layout.clauseAt(start).start;
            const previous = subjects.length === 0 && BARE_BUDGET_COMPARISON.test(text.slice(clauseStart, start))
                ? reader.figuresIn(reader.layout.partAt(start).start, clauseStart).at(-1)?.claim : undefined;
            const said = previous?.subject && previous.role.kind === 'value' && !previous.notData ? [previous.subject] : subjects;
            reader.claims.push({ kind: 'budget-comparison', offset, length, word: match[0], relation: '=', budget: compared, subjects: said, listed: false, reasonGiven: false });
            continue;
        }
        for (const subject of subjects) {
            reader.claims.push({ kind: 'direction', offset, length, word: match[0], sign: 0, loose: match[0].startsWith('基本'), subject });
        }
    }

    for (const match of text.matchAll(STANDALONE_DIRECTION)) {
        const start = match.index;
        const end = start + match[0].length;
        const clause = reader.layout.clauseAt(start);
        // with a figure after it in the clause, it is that figure's role word
        if (reader.figuresIn(end, clause.end).length > 0 || /^[\d【]/.test(text.slice(end, end + 1))) continue;
        if (reader.insideName(start, end) || inReason(start) || /预算/.test(text.slice(end, end + 4))) continue;
        const named = reader.lastName(clause.start, start);
        // only said of a subject of its own clause: 较上年有所减少 after the subject's figure
        const subjects = subjectsBefore(start);
        if (subjects.length === 0 || (!named.match && clause.start === reader.layout.partAt(start).start && !reader.row)) continue;
        const { offset, length } = reader.original({ start, end });
        const sign = /增加|增长|上升|提高/.test(match[1]) ? 1 : -1;
        for (const subject of subjects) {
            reader.claims.push({ kind: 'direction', offset, length, word: match[0], sign, loose: false, subject });
        }
    }

    for (const match of text.matchAll(ABSENCE)) {
        const start = match.index + match[0].length;
        const next = reader.nameStartingAt(start);
        if (next < 0 || inReason(match.index)) continue;
        if (ofSomeUnits(text.slice(reader.layout.partAt(match.index).start, match.index), reader.ownName)) continue;
        // 无A、B和C: each of them
        const chain = [reader.names[next]];
        for (let i = next + 1; i < reader.names.length && chain.length < LONGEST_LIST; i++) {
            const joint = text.slice(chain[chain.length - 1].end, reader.names[i].start);
            if (!LIST_JOINT.test(joint)) break;
            chain.push(reader.names[i]);
        }
        const after = text.slice(chain[chain.length - 1].end, chain[chain.length - 1].end + 1);
        if (after !== '' && !isPartEnd(after) && !/^[，、和及等]/.test(after)) continue;
        for (const name of chain) {
            const { offset, length } = reader.original({ start: match.index, end: name.end });
            reader.claims.push({ kind: 'absence', offset, length, subject: reader.subjectOf(name) });
        }
    }
}

function lastReferenceBefore(model: ReportModel, reader: TextReader, from: number, to: number): Subject | undefined {
    const last = reader.referencesIn(from, to).at(-1);
    if (!last) return undefined;
    const found = referencedFigure(model, reader, last);
    return found ? { words: reader.text.slice(last.start, last.end), quantities: [found.quantity] } : undefined;
}

/** The figure a reference 【…】 names and its quantity, read from the text as written (its path is not normalized). */
function referencedFigure(model: ReportModel, reader: TextReader, span: Span): { row: RowModel; figure: Figure; quantity: Quantity } | undefined {
    const { offset, length } = reader.original(span);
    const path = firstReferencePath(reader.prose.text.slice(offset, offset + length));
    if (!path) return undefined;
    const found = model.references.resolve(path);
    return found.kind === 'found' ? { row: found.row, figure: found.figure, quantity: quantityOf(found.row, found.figure) } : undefined;
}

function dedupe(subjects: Subject[]): Subject[] {
    const seen = new Set<string>();
    return subjects.filter(s => {
        const key = s.quantities.map(q => `${q.row.context}|${q.column ?? ''}`).join(';');
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

