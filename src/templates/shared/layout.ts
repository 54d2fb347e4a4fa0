// The layout of a 部门决算 report, driven by its template: cover, contents, then the template's
// parts in order — 概况 texts, the tables, the numbered sections of 决算情况说明, 名词解释, 附件 —
// each section printed by what it is about (its `topic`), whatever its number and wording. A pure
// function from the report model to the report's parts: figures come from the model as stated or
// computed there, texts from the source as written. Text first: where the user wrote a text for a
// section, that text is the section; the standard sentences (marked `generated`) only fill the
// sections the user wrote nothing for. A template folder gives only what differs (LayoutOptions).
import type { AstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { Attachment, Glossary, GlossaryEntry, Indicator, IndicatorValue, MetaField, Overview, Project, Row, Table, TableNote, TextField } from '../../language/generated/ast.js';
import {
    isAttachment, isAttribute, isExplanation, isGlossary, isGoal, isIndicator, isIndicatorValue, isMetaField, isOverview, isProject, isRow, isTable, isTableNote, isTextField,
} from '../../language/generated/ast.js';
import type { Completion, CompletionBase } from '../../model/comparisons.js';
import { completionAgainst, rowCompletionBase, statedRate, tableCompletionBase, yearOnYear } from '../../model/comparisons.js';
import { budgetsOfKind } from '../../model/budgets.js';
import type { FormColumn } from '../../model/indicators.js';
import { fieldText, formField, readQuantity } from '../../model/indicators.js';
import type { Figure } from '../../model/figure.js';
import { isBlankCell, POINTS, YUAN_PER_MONEY_UNIT } from '../../model/figure.js';
import { parseChineseNumeral } from '../../model/numerals.js';
import { parseProse } from '../../model/prose.js';
import { nodeForProperty } from '../../model/nodes.js';
import { headedRowText, isSectionGroup, sectionEntries, sectionGroupOf } from '../../model/section-groups.js';
import { joinSoftWraps, paragraphsOf } from '../../model/prose-wrap.js';
import type { ReportMeta, ReportModel, SectionModel } from '../../model/report-model.js';
import { isTextOnlyTable, printedAsRowsIn, TABLE_META_KEY, tableOfRole, tablesByNumber } from '../../model/report-model.js';
import type { RowModel, TableModel } from '../../model/rows.js';
import { TABLE_META_UNIT, tableMetaUnits } from '../../model/table-label.js';
import { actualColumn, fixedRows, isLeftOut, isOfWhichRow, isTotalRow, ownSides, rowsAfterSubtotal, walkRows } from '../../model/rows.js';
import { COLUMN_GROUP_JOINT, columnMoneyUnit, isRowHeading, labelLike, tableLabelOf, tableLineHas, type TableLabel } from '../../model/table-label.js';
import type { GroupTemplate, PartTemplate, ReportTemplate, SectionTemplate, SectionTopic, TableRole, TableTemplate } from '../template.js';
import { ofCodeSum } from '../template.js';
import { ADDED_TABLES, RUNNING_COSTS_WORDS } from './added-tables.js';
import type { Block, ChartBlock, ChartSpec, Heading, Inline, LostOrdinal, Paragraph, ReportDocument, Section, TableBlock, TableCell, TableRow } from '../../generation/report-parts.js';
import { figureText, NOTHING } from '../../generation/report-parts.js';
import { withDigitGroups } from '../../generation/digit-groups.js';
import { standardTableTitled } from './standard-set.js';
import type { LayoutScope, ReportLayout } from '../layouts.js';
import type { SharePart } from './sentences.js';
import { amount, cellAmount, chineseNumber, classWithCode, completionClause, figure, projectList, reasonText, shareList } from './sentences.js';
import type { Count, Wording, WordingContext } from './wording.js';
import { groupDifference, STANDARD_WORDING } from './wording.js';

/**
 * What printing a table needs: a template's table, or a table of the department's own as written;
 * the label above it (none where the report prints none) and its line in the contents.
 */
type PrintedTable = Pick<TableTemplate, 'number' | 'title' | 'columns' | 'codes' | 'groups' | 'wide' | 'codeSums' | 'columnHeads'> & Partial<Pick<TableTemplate, 'role'>> & {
    readonly label?: string;
    /** The line over the table where it is more than the title (表一：收入支出决算总表). */
    readonly heading?: string;
    readonly contents: string;
    /** The contents' number the source lost before the title (、收入支出决算总表, printed as written): the one its place gives. */
    readonly lost?: LostOrdinal;
};

/** The notes a template prints under a section's standard sentences, by what they are about. */
export type NoteTopic = 'income' | 'expenditure' | 'appropriation' | 'general-budget' | 'general-basic' | 'three-public'
    | 'running-costs' | 'procurement' | 'assets';

/** What a template's layout changes in the shared one. */
export interface LayoutOptions {
    readonly id: string;
    readonly name: string;
    /**
     * A part's heading after 第N部分, from the template's part title: {year} and {department}
     * stand for the report's, {report} for 决算 (a unit's) or 部门决算 (a department's); `where` is
     * the contents or the body, `year` the report's. The part title by default.
     */
    readonly partHeading?: (title: string, where: 'contents' | 'body', year: number | undefined) => string;
    /** Draws the charts its published reports print, beside the sections' sentences. */
    readonly charts?: boolean;
    /** Each a text, or made for the budget the section's sentences complete against where the note names it. */
    readonly notes?: Partial<Record<NoteTopic, string | ((base: CompletionBase) => string)>>;
    /** The label at the top right of a table's page (公开01表); the template's table label by default. */
    readonly tablePageLabel?: (number: number) => string;
    /**
     * The label a page prints under the title of a table the report labels as the template does and no more (四川: 公开01表
     * under 附表1's title); none by default.
     */
    readonly labelUnderTitle?: (number: number) => string;
    /**
     * Lists the tables under the tables part's heading before their pages, as the Sichuan seed prints them (第五部分 附表,
     * 一、收入支出决算总表 …); by default the pages follow the heading, as the other formats' reports print them.
     */
    readonly tableList?: boolean;
    /**
     * Lists each attachment under the 附件 part in the contents, as the Sichuan seed prints them (第四部分 附件, 附件1, 附件2);
     * false where the format's contents print the part alone (财政部 format: 第五部分 附件).
     */
    readonly attachmentsListed?: boolean;
    /** How the template words the standard sentences; the standard wording by default. */
    readonly wording?: Wording;
    /**
     * How its reports number the entries of 名词解释 (一、财政拨款收入：… or 1.财政拨款收入：…);
     * 1. by default. Entries the source writes with an ordinal of their own print it as written,
     * and set the style of those written without.
     */
    readonly glossaryOrdinal?: OrdinalStyle;
    /**
     * The contents number every table line, one the report writes by its title alone after numbered ones too (上海: QP
     * 2018's contents 九、资产负债情况表 after 八、); its page prints it as written. By default such a table is listed bare,
     * as the report writes it.
     */
    readonly numbersTitleOnlyTables?: boolean;
    /**
     * A table printed in halves side by side, one per `codeSums` row (人员经费 | 公用经费 of the
     * 基本支出 table), each half in `groups[i]` groups of 科目编码 科目名称 决算数 columns and closed by
     * its 合计 row; one list of rows where it is not given, or where the report writes more columns.
     */
    readonly halves?: { readonly role: TableRole; readonly groups: readonly number[] };
    /**
     * A `wide` table printed head by head, each head over its figure columns (上海: 合计 over 预算数 决算数, then
     * 因公出国（境）费 over 预算数 决算数 …); by default figure column by figure column, each over every head
     * (财政部: 预算数 over 合计 … 公务接待费, then 决算数 over them again).
     */
    readonly wideByHead?: boolean;
    /**
     * The 项目绩效目标完成情况表 with every line the template's form has (其中-财政拨款, 其它资金,
     * 年度目标, 绩效指标), 〔未填写〕 where the source leaves one out; by default the lines written.
     */
    readonly fullProjectForms?: boolean;
}

/** A style of printed ordinal: 一、 （一） 1. 1、 */
export type OrdinalStyle = '一、' | '（一）' | '1.' | '1、';

/**
 * A table the report writes by its title alone after tables the contents number 一、…八、 (上海 2019: 资产负债情况表 after
 * 表八): listed with the number its place gives (see LayoutOptions.numbersTitleOnlyTables); not where the next line's
 * number leaves it none (一、…四、, the title, 五、).
 */
function numberedAfterNumbered(tables: readonly PrintedTable[]): PrintedTable[] {
    const numbers = tables.map(t => {
        const ordinal = /^([一二三四五六七八九十]+)、/.exec(t.contents)?.[1];
        return ordinal === undefined ? undefined : parseChineseNumeral(ordinal);
    });
    return tables.map((table, i) => {
        const before = numbers[i - 1];
        if (numbers[i] !== undefined || table.contents !== table.title || before === undefined) return table;
        const after = numbers.slice(i + 1).find(n => n !== undefined);
        if (after !== undefined && after <= before + 1) return table;
        numbers[i] = before + 1;
        return { ...table, contents: `${chineseNumber(before + 1)}、${table.title}` };
    });
}

/** A sentence closing on 其中： (…决算数为911.7万元。其中：) with nothing to follow it: closed with its full stop. */
function ofWhichBefore(content: readonly Inline[], followed: boolean): readonly Inline[] {
    const last = content.at(-1);
    if (followed || typeof last !== 'string' || !last.endsWith('其中：')) return content;
    const cut = last.slice(0, -'其中：'.length);
    return [...content.slice(0, -1), ...(cut === '' || /[。，]$/.test(cut) ? [cut.replace(/，$/, '。')] : [`${cut}。`])].filter(c => c !== '');
}

/** The style of a written ordinal (一、 （一） (一) 1. 1． 1、), if it has one of these. */
function ordinalStyle(written: string): OrdinalStyle | undefined {
    const text = written.normalize('NFKC');
    if (/^[一二三四五六七八九十]+、$/.test(text)) return '一、';
    if (/^\([一二三四五六七八九十]+\)$/.test(text)) return '（一）';
    if (/^\d+\.$/.test(text)) return '1.';
    if (/^\d+、$/.test(text)) return '1、';
    return undefined;
}

/** The texts in source order, those under one heading over sections as that heading, once: what a part's numbers number. */
function headingsOnce(written: readonly { readonly field: TextField }[]): (TextField | Row)[] {
    return written.map(({ field }) => sectionGroupOf(field) ?? field).filter((node, i, all) => node !== all[i - 1]);
}

/**
 * Whether the texts of a part, in source order, are numbered 一、 二、 … as printed with none skipped
 * (广西: 一、2024年度收入支出决算总体情况。 … 八、预算绩效管理工作开展情况。, no section on 财政拨款收支):
 * the report's sections are all there, and a template section it does not write is not one it left
 * out but one its format has not, not to be printed with standard sentences between its numbers.
 */
function numberedWhole(written: readonly { readonly field: TextField; readonly section?: SectionTemplate }[], inner: readonly InnerPart[] = []): boolean {
    // the texts under a heading over sections (二、关于…决算情况说明 { （一）… }) are numbered by the heading; a section of the
    // report's own written without a number between them (本单位年度重点工作说明 after 二、) is printed so, numbering none
    const numbered = headingsOnce(written.filter(({ field, section }) => section !== undefined || field.ordinal !== undefined || sectionGroupOf(field) !== undefined));
    const ordinals: (string | undefined)[] = numbered.map(node => node.ordinal);
    // a 概况 or 名词解释 printed among the sections (一、部门/单位基本情况) takes its number where it stands
    for (const { node, after, before } of [...inner].reverse()) {
        const ordinal = LEADING_ORDINAL.exec(node.heading ?? '')?.[0];
        const at = after ? numbered.indexOf(sectionGroupOf(after) ?? after) + 1 : before ? numbered.indexOf(sectionGroupOf(before) ?? before) : -1;
        if (at >= 0) ordinals.splice(at, 0, ordinal);
    }
    // 一、 only: a report writing （一）（二）（三） of its sections (重庆 江津: （一）…（三） under 二、单位决算情况说明, 金华's
    // excerpt) goes on to the template's others, which are printed though it does not write them
    const numbers = ordinals.map(ordinal => ordinalStyle(ordinal?.trim() ?? '') === '一、' ? writtenNumber(ordinal) : undefined);
    // a number the copy lost (a bare 、, or the whole ordinal between neighbours numbered around its place: 西藏 2022's
    // 财政拨款收入支出决算情况说明 between 三、 and 五、) is the one its place gives, so long as some are written
    return numbers.length >= 2 && numbers.some(number => number !== undefined) && numbers.every((number, i) =>
        number !== undefined ? number === i + 1
            : ordinals[i]?.trim() === '、' || (ordinals[i] === undefined && numbers[i - 1] === i && numbers[i + 1] === i + 2));
}

/**
 * Whether the texts of a part are the report's own list of its sections though the source does not
 * number them (江西, 云南: 收入决算情况说明 … with no 收入支出决算总体情况说明): three or more, every one headed
 * as printed (…情况说明) with no ordinal, and the part's first section of the template left out while later ones are
 * written. A report that writes the template's sections from its first on is taken as written in part,
 * the others printed with standard sentences.
 */
function listedWhole(part: PartTemplate, written: readonly { readonly field: TextField; readonly section?: SectionTemplate }[]): boolean {
    // numbered ones say by their numbers whether they are the whole (numberedWhole)
    if (written.length < 3 || !written.every(({ field }) => field.ordinal === undefined && isPrintedHeading(field.key))) return false;
    const first = part.sections.find(s => !s.optional);
    return first !== undefined && written.some(w => w.section !== undefined) && !written.some(w => w.section === first);
}

/** The number a section's written ordinal gives (八、 and （八） are 8); none for no ordinal or one the copy lost (、). */
function writtenNumber(ordinal: string | undefined): number | undefined {
    const match = /^([一二三四五六七八九十]+)、$|^\(([一二三四五六七八九十]+)\)$/.exec((ordinal ?? '').trim().normalize('NFKC'));
    return match ? parseChineseNumeral(match[1] ?? match[2]) : undefined;
}

/**
 * Whether a part's numbers are the report's own (see numberedPlan): some text written with a number, and the numbers of
 * the texts (a heading over sections counting once, by its own) rising in source order. Where they do not (二、 after
 * 三、), the numbers are the copy's slips and the layout numbers the sections by their places.
 */
function numbersStand(written: readonly { readonly field: TextField }[]): boolean {
    const numbers = headingsOnce(written).flatMap(node => writtenNumber(node.ordinal) ?? []);
    return numbers.length > 0 && numbers.every((number, i) => i === 0 || number > numbers[i - 1]);
}

/**
 * 概况's sections numbered in turn, but a text the report writes under a heading without a number among texts it numbers
 * (一、部门职责 二、机构设置 人员情况) printed without one, as written, where that leaves each numbered text its written number.
 * A label on its text's line (机构设置：「…」) wrote no heading: the heading it is printed under is numbered with the others.
 * One numbered text alone numbers no 概况.
 */
function overviewNumbers<T extends { members: number[] }>(units: readonly T[], groups: readonly (Row | undefined)[], own: readonly (TextField | undefined)[],
    numbered: (j: number) => boolean, labelled: (j: number) => boolean): (T & { number?: number })[] {
    const all = counted(units, numbered);
    const written = (j: number) => groups[j] === undefined ? own[j]?.ordinal : groups[j]!.ordinal;
    if (units.filter(u => writtenNumber(written(u.members[0])) !== undefined).length < 2) return all;
    const bare = (j: number) => own[j] !== undefined && groups[j] === undefined && written(j) === undefined && !labelled(j);
    const kept = counted(units, j => numbered(j) && !bare(j));
    return kept.every(({ members: [j], number }) => writtenNumber(written(j)) === undefined || writtenNumber(written(j)) === number) ? kept : all;
}

/** Units numbered 1, 2, … in turn, those `numbered` says of their first member; the others without a number. */
function counted<T extends { members: number[] }>(units: readonly T[], numbered: (j: number) => boolean): (T & { number?: number })[] {
    let count = 0;
    return units.map(unit => ({ ...unit, number: numbered(unit.members[0]) ? ++count : undefined }));
}

/** The `n`th ordinal of a style: 三、 （三） 3. 3、 */
function ordinalOf(style: OrdinalStyle, n: number): string {
    switch (style) {
        case '一、': return `${chineseNumber(n)}、`;
        case '（一）': return `（${chineseNumber(n)}）`;
        case '1.': return `${n}.`;
        case '1、': return `${n}、`;
    }
}

/** The layout of a template from the shared one and what the template changes. */
export function templateLayout(options: LayoutOptions): ReportLayout {
    return {
        id: options.id, name: options.name,
        // a text referring to a figure not yet written prints 〔未填写〕 wherever the text goes, in the paragraphs the
        // unfilled-only scope leaves out (附件, a table's notes, the texts left over) too: such a report is laid out whole
        layout: (model, scope) => new TemplateLayout(model, options, scope?.unfilledOnly && refersToUnfilled(model) ? {} : scope).document(),
    };
}

/** Whether a text of the report refers to a row written without its figures (next year's report before they are filled). */
function refersToUnfilled(model: ReportModel): boolean {
    return model.references.hasUnfilled() && model.nodes.prose.some(prose => prose.text.includes('【')
        && parseProse(prose.text).some(segment => segment.kind === 'reference' && model.references.resolve(segment.path).kind === 'unfilled'));
}

type Name = string | readonly string[];
export type PartKind = 'overview' | 'explanation' | 'tables' | 'glossary' | 'attachments';

/** Tables this wide (columns, label columns included) are printed on landscape pages. */
const LANDSCAPE_COLUMNS = 7;

/** Topics the 其他重要事项 section holds where the template gives them no section of their own. */
const OTHER_MATTERS: readonly SectionTopic[] = ['running-costs', 'procurement', 'assets', 'performance'];

/**
 * What a text's key or a row's name is about, most specific first: the words the headings of
 * every template share (三公 before 一般公共预算, 基本支出 before it, 财政拨款收支 before 收支).
 */
const TOPIC_WORDS: readonly (readonly [SectionTopic, RegExp])[] = [
    ['three-public', /三公/],
    ['general-basic', /基本支出/],
    ['general-budget', /一般公共预算/],
    ['fund', /政府性基金/],
    ['state-capital', /国有资本/],
    // 辽宁, 江西: 二、财政拨款支出决算情况说明, the 财政拨款 spent, after the totals
    ['appropriation', /财政拨款收入支出|财政拨款收支|^财政拨款支出/],
    ['total', /收入支出|收支/],
    ['income', /^收入/],
    ['expenditure', /^支出/],
    // 内蒙古: 十一、机构运行经费支出决算情况说明
    ['running-costs', RUNNING_COSTS_WORDS],
    ['procurement', /政府采购/],
    ['assets', /国有资产/],
    ['performance', /绩效/],
    // 重庆: 四、其他需要说明的事项
    ['other-matters', /其他重要事项|其他需要说明/],
    ['duties', /职能|职责/],
    // 部门主要职责及内设机构 says the 机构 as well as the 职责; 部门基本情况, 单位基本情况 (北京, 云南: 机构设置情况,
    // 决算单位构成情况, 人员情况 under one heading) is the department as it is organised
    ['organisation', /机构设置|内设机构|^(?:部门|单位)?基本$/],
    // 安徽's units print 二、单位决算构成 (目录: 二、机构设置) for what 部门决算单位构成 says; 厦门 二、部门决算单位基本情况
    ['units', /单位构成|决算构成|决算单位基本$/],
];

/**
 * The name of a 事业单位 by what it ends with: schools, hospitals, 中心, museums, stations (农业技术推广站). A 行政学院 or
 * 党校 is often managed as civil servants (参公), and 所 names 司法所 and 派出所 as well as 研究所: not read from the name.
 */
const PUBLIC_INSTITUTION_NAME = /(?<!行政)(?:学校|小学|中学|大学|学院|幼儿园|医院|卫生院|保健院|中心|研究院|研究所|图书馆|文化馆|博物馆|纪念馆|美术馆|科技馆|少年宫|推广站)$/;

/** The work done in the year (重点工作完成情况, 主要工作), a section of 概况 beside the duties. */
const WORK = /重点工作|主要工作/;

/**
 * A key of the work alone: one that names the duties with it (基本职能及主要工作, 主要职责及重点工作) is the
 * duties' section, its heading holding both.
 */
function isWorkOnly(key: string): boolean {
    return WORK.test(key) && topicOf(key) !== 'duties';
}

/** Whether a key is a heading as a report prints it, not a short name for the section (see isPrintedHeading); any of 概况's but the shortest. */
function readsAsHeading(field: TextField, section: SectionTemplate): boolean {
    const printed = printedHeading(field.key);
    if (['duties', 'organisation', 'units', 'staff'].includes(section.topic)) return printed.length >= 4;
    return isPrintedHeading(field.key) || numberedUnderHeading(field);
}

/**
 * A text written with its printed ordinal under a heading over sections (新疆: 十、其他重要事项的情况说明 { （二）政府采购情况 「…」 }):
 * its key is the heading the report prints there, however short, not a name for the template's section.
 */
function numberedUnderHeading(field: TextField): boolean {
    return field.ordinal !== undefined && sectionGroupOf(field) !== undefined;
}

/** A key that ends as printed headings do (…情况说明, …支出决算情况, 其他需要说明的事项), not a short name (三公经费情况, 三公经费). */
function isPrintedHeading(key: string): boolean {
    const printed = printedHeading(key);
    return /说明$/.test(printed) || (/(?:情况|事项)$/.test(printed) && printed.length >= 8);
}

/** A heading as printed, without spaces, quotes and a full stop or semicolon after it: 「“三公”经费…」, 三公经费… and 三公经费…。 alike. */
function printedHeading(text: string): string {
    return text.normalize('NFKC').replace(/[\s“”"'‘’「」]/g, '').replace(/[。.;]$/, '');
}

/**
 * A heading or key without its ordinal, its year (2024年度收入支出决算总体情况说明 is the template's
 * 收入支出决算总体情况说明) and the unit's name printed before it (甘肃: 刘堡镇卫生院2021年度部门决算情况说明),
 * quotes, spaces and the words every heading ends with.
 */
function headingKey(text: string): string {
    // 关于2023年度收入决算情况说明 (内蒙古, 湖南): the section on 收入决算, 关于 only introducing it
    return printedHeading(text).replace(/^(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|\d+[.、])/, '').replace(/^\D*?\d{4}[ \t\u3000]*年度?/, '')
        .replace(/\d{4}[ \t\u3000]*年度?/g, '').replace(/^关于/, '').replace(/(?:的)?(?:情况说明|情况|说明)$/, '');
}

function topicOf(text: string): SectionTopic | undefined {
    const key = headingKey(text);
    // 贵州: 五、非财政拨款收入支出决算总体情况说明, a section of the report's own, not the 财政拨款 one
    if (/非财政拨款/.test(key)) return undefined;
    return TOPIC_WORDS.find(([, words]) => words.test(key))?.[0];
}

/** The section of `sections` a text's key names by one of its headings, else by the topic its words say. */
function namedSection(sections: readonly SectionTemplate[], key: string): SectionTemplate | undefined {
    const wanted = headingKey(key);
    return sections.find(s => [s.title, ...(s.aliases ?? [])].some(t => headingKey(t) === wanted));
}

/**
 * What a text written under a heading of 概况 (`overview`) or 情况说明 (`explanation`) is about: the
 * topic of the template section it names, else the topic its words say; undefined for a section of
 * the report's own.
 */
export function headingTopic(template: ReportTemplate, kind: 'overview' | 'explanation', key: string): SectionTopic | undefined {
    const sections = template.parts.filter(p => partKind(p) === kind).flatMap(p => p.sections);
    return namedSection(sections, key)?.topic ?? topicOf(key);
}

/** The words a row may carry after its figures that its table prints in a column of their own, in this order. */
const NOTE_KEYS = ['用途', '说明', '备注'] as const;

/** A column of words (列【… 备注】), never of figures: printed as the column of the rows' words it names. */
function isNoteColumn(column: string): boolean {
    return (NOTE_KEYS as readonly string[]).includes(column);
}

function someRow(rows: readonly RowModel[], test: (row: RowModel) => boolean): boolean {
    return rows.some(row => test(row) || someRow(row.children, test));
}

/** Which kind of part a template part is, from its sections' topics or its title. */
export function partKind(part: PartTemplate): PartKind {
    const topics = part.sections.map(s => s.topic);
    if (topics.includes('tables') || /附表|决算表|公开表/.test(part.title)) return 'tables';
    if (topics.some(t => t === 'duties' || t === 'organisation' || t === 'units' || t === 'staff')) return 'overview';
    if (topics.includes('glossary') || /名词解释/.test(part.title)) return 'glossary';
    if (topics.includes('attachments') || /附件/.test(part.title)) return 'attachments';
    return 'explanation';
}

/** What kind of part a heading the report writes heads, by its words (2023年度部门决算表, 基本情况). */
function writtenPartKind(title: string): PartKind | undefined {
    if (/附表|决算表|公开表|报表/.test(title)) return 'tables';
    if (/名词解释/.test(title)) return 'glossary';
    if (/^附件|报告$/.test(title)) return 'attachments';
    // 北京: 第三部分 其他重要事项的情况说明, 第四部分 部门绩效评价情况 go on explaining the figures;
    // 重庆 (江津): 二、部门决算情况 heads them without 说明
    if (/情况说明|决算说明|决算分析|其他重要事项|其他需要说明|绩效|决算(?:收支)?情况$/.test(title)) return 'explanation';
    if (/概况|基本情况|职责|职能|单位构成/.test(title)) return 'overview';
    return undefined;
}

/** A section's standard content, or one of its sub-sections (（一）机关运行经费支出情况 …). */
interface Unit {
    readonly topic: SectionTopic;
    /** A sub-section's heading, kept above the user's text that replaces its sentences. */
    readonly heading?: Heading;
    readonly blocks: Block[];
}

/**
 * A section as printed: a template's (`section`), one of the report's own (`field`), or a 概况 or 名词解释
 * the report prints as a section of 决算说明 (`inner`).
 */
interface Planned {
    readonly title: string;
    readonly section?: SectionTemplate;
    readonly field?: TextField;
    readonly inner?: InnerPart;
    /** The heading over sections a sub-section of the template's stands under, though the report writes no text of it there. */
    readonly under?: Row;
}

/** A 概况 or 名词解释 written inside 情况说明 (see reportParts), with the texts of 情况说明 written either side of it. */
interface InnerPart {
    readonly node: Overview | Glossary;
    readonly after?: TextField;
    readonly before?: TextField;
}

/** A heading without its printed ordinal (一、 （一） 1.): the ordinal is the layout's to give. */
const LEADING_ORDINAL = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.．、])\s*/;

/** A planned section with its number in print: 一、 in its part, or （一） under a heading over sections. */
interface NumberedSection {
    readonly planned: Planned;
    readonly ordinal: string;
    readonly id: string;
    readonly level: 2 | 3;
    /** Where the source lost the number (、收入…): the bare 、 is printed, `expected` is what the place numbers it. */
    readonly lost?: LostOrdinal;
    /** The heading over sections this section is the first under, printed before it. */
    readonly opens?: { readonly heading: string; readonly lost?: LostOrdinal; readonly id: string; readonly node: Row };
    /** The colon of a 概况 text written with its label on its line (机构设置：「…」): a paragraph's start, no heading or number. */
    readonly runIn?: string;
}

/** A word a 目录 line leaves something out with (不列, 不再列示, 未列, 不含, 无 …), its verb taken with it. */
const CONTENTS_NEGATION = /(?:不再|不|未|没有|无)(?:列示|列出|列入|列|包含|含|印|编入)?/;
/** A listing or publishing verb negated: 不列, 不再列示, 未列, 不单独列示, 不公开. */
const CONTENTS_LISTING_NEGATED = '(?:不再|不|未)(?:单独)?(?:列示|列出|列入|列|编入|公开)';
/**
 * Words holding 为/是/系 that are no copula: 省、市财政系统检查 or 行为规范督导 still wants its lead. Only words whose 为/是/系
 * can never be the verb: 为主/为期 can (以…为主, 对象为主管部门), and so can 系统一 (系 统一安排).
 */
const NOT_LEAD_VERBS = /[行作认因成以较更极称视]为|是否|[但于还或只凡总]是|系(?:统(?!一)|列)|[体联关维派]系/g;
/**
 * The 国内公务接待 说明 after 共计支出…万元, led as Sichuan's reports lead a bare list (具体内容包括：省、市…督导等) unless it
 * leads itself: opens with a lead word or says what it is in its first clause (接待对象为…, 均为…, 内容系…).
 */
function receptionDetail(text: string): string {
    // the verb as a word, not inside 系统/行为/作为/是否…, where it says nothing of what the list is
    const plain = text.replace(NOT_LEAD_VERBS, '');
    return /^(具体|主要|包括|其中|用于)/.test(text) || /^[^，。；：,;:]*?(为|是|系|包括)/.test(plain) ? text : `具体内容包括：${text}`;
}

/** Whether a side of a two-sided table writes its own items and some of its subtotal, balances and total: its own lines, not the template's. */
function writesOwnFixed(side: RowModel | undefined, group: GroupTemplate): boolean {
    const fixed = fixedRows(group);
    return side !== undefined && side.children.some(row => !fixed.has(row.canonicalName)) && side.children.some(row => fixed.has(row.canonicalName));
}

/** A count row's figure in the first of `units` it is written in (团组 2个 or 2次), else none, named by the first. */
function countIn(row: RowModel, units: readonly string[]): Count {
    const unit = units.find(u => row.cells.has(u)) ?? units[0];
    return { value: row.cells.get(unit), unit };
}

/**
 * A 目录 line's clause leaving out the tables without data: what says a table holds nothing (无数据, 没有数据, 数据为零, 空表),
 * then within the clause a listing or publishing verb negated (无数据的表不列, （无数据的不列）, 本表无数据的不再列示, 空表未列,
 * 数据为零的表不单独列示), or the next clause that verb alone (本表无数据，不公开; 无数据的表，不单独列示; 空表，不列入目录); not a clause naming other tables (空表照列，
 * 附表不列), nor a next clause with its own object (无数据的表照列，不列附件).
 */
const CONTENTS_EMPTY_TABLES = new RegExp(`(?:无数据|没有数据|数据为(?:零|0)|空的?(?:表|附表))`
    + `[^，,；;。：:（）()]*?(?:${CONTENTS_LISTING_NEGATED}|[，,]${CONTENTS_LISTING_NEGATED}(?:目录)?(?=[，,；;。）)]|$))`, 'u');
/** What a 目录 line may say its contents list or leave out; bare 表 and 节 (不列表, 不列节) last, as 各表 and 各节. */
const CONTENTS_NOUNS = /附件|附表|各表|表格|表号|表名|序号|各节|部分|表|节/g;
/** The rest of a clause after its negation that names nothing: a listing verb at most (各表不列, 附件不编入目录). */
const CONTENTS_VERB_ONLY = /^(?:单?(?:列示|列出|列入|列|编入|印))?(?:目录)?$/;
/** A text of the source with what to call it where it has no place of its own. */
interface SourceText {
    readonly label: string;
    readonly text: string;
    readonly line?: number;
    /** A row's 说明 or 备注: words that qualify its name (单位价值100万元以上，不含车辆), said in whatever punctuation. */
    readonly qualifier?: boolean;
    /** A row's text (差异原因, 用途 …): the row's name and the text's key, that the label joins. */
    readonly row?: { readonly name: string; readonly key: string };
}

class TemplateLayout {
    private readonly year: number | undefined;
    /** 2020, or a marker when the source gives no year. */
    private readonly Y: string;
    private readonly unit: string;
    private readonly department: string;
    private readonly short: string;
    /** 本单位 in a 单位决算 (see ReportMeta.unitReport), else 本部门. */
    private readonly self: string;
    /** What the report is called after its year (a unit's 2023年度决算, a department's 2023年度部门决算) and on its cover. */
    private readonly reportName: string;
    private readonly coverTitle: string;
    /** Who a table is of, above it: 部门：… of a department, 编制单位：… of a unit (单位：… being its unit of money). */
    private readonly owner: string;
    private readonly explanation: readonly RowModel[];
    /** The texts of 情况说明 written for a section, by the section (or sub-section) topic they are about. */
    private readonly sectionTexts = new Map<SectionTopic, TextField[]>();
    /** Texts of 情况说明 that name no section of the template: sections of the report's own. */
    private readonly otherTexts: TextField[] = [];
    /** Topics of 其他重要事项 the report writes as sections of its own (机关运行经费支出情况说明). */
    private readonly ownTopics = new Set<SectionTopic>();
    /** Each text of 情况说明 with the template section it is written for, in the source's order. */
    private readonly explanationFields: { readonly field: TextField; readonly section?: SectionTemplate }[] = [];
    private readonly explanationSections: readonly SectionTemplate[];
    /** The 概况 and 名词解释 written inside 情况说明, in source order: sections of 决算说明 where they stand. */
    private readonly innerParts: InnerPart[] = [];
    /**
     * The template's parts, and 附件 after them where the template has none and the report some;
     * a last part 附件 only where the report has attachments (an empty part would be invented), while
     * one the template numbers before others (四川: 第四部分 附件, 第五部分 附表) keeps its place.
     */
    private parts: readonly PartTemplate[];
    private chartCount = 0;
    /** What the wording's sentences may name beside their figures. */
    private readonly ctx: WordingContext;
    private readonly plans = new Map<PartTemplate, readonly Planned[]>();
    /** Whether a part's sections print （一）, by part (sectionsListed). */
    private readonly listedParts = new Map<PartTemplate, boolean>();
    /** Whether a part of 情况说明 keeps the numbers the report writes (numbersStand), by part, once its plan is made. */
    private readonly standing = new Map<PartTemplate, boolean>();
    /** See withoutRunningCosts, once worked out. */
    private publicInstitution: boolean | undefined;
    /** Whether the report numbers its sections （一） under parts numbered 第N部分 (sectionsParenthesised), once worked out. */
    private parenthesised: boolean | undefined;
    private tablePlan: readonly PrintedTable[] | undefined;
    /** The project each 项目绩效目标完成情况表 is for. */
    private readonly formProjects = new Map<Block, Project>();
    /** The first section of the model with a row written directly in each container (a project: its performance table), made when first asked. */
    private sectionsByContainer: Map<AstNode, SectionModel> | undefined;
    /** The topics the 情况说明 texts head within themselves (（三）…基本支出情况): see headedWithin. */
    private subsectionTopics: Set<SectionTopic | undefined> | undefined;
    /** The part headings the report writes, by the part they head. */
    private readonly writtenPartTitles = new Map<PartTemplate, string>();
    /** A part's heading over its pages where the report prints another there than in its contents (部分 「…」 「…」). */
    private readonly writtenBodyTitles = new Map<PartTemplate, string>();
    /** Parts the report writes that its template has not (see assignPartTitles), with the topics their words name. */
    private readonly ownPartTopics = new Map<PartTemplate, readonly SectionTopic[]>();
    /** The numbers the report prints its part headings under (第二部分, 二、), by the part they head. */
    private readonly writtenPartNumbers = new Map<PartTemplate, number>();
    /** The numbers the parts are printed under where the report's own stand (keepingWrittenNumbers); else by their places. */
    private readonly printedPartNumbers = new Map<PartTemplate, number>();
    /** Parts the report's own numbers leave no number free for where the template puts them: printed there without one. */
    private readonly unnumberedParts = new Set<PartTemplate>();
    /** How the report numbers its part headings: 第二部分 (the default), or 二、 as a list. */
    private partNumbering: 'parts' | 'list' = 'parts';
    /** What the report prints between 第N部分 and the heading (广西: 第一部分：…), by the part it heads. */
    private readonly writtenPartJoints = new Map<PartTemplate, string>();
    /** The joint of the heading over a part's pages where that is written apart (部分 「第一部分:…」 「第一部分…」): its own. */
    private readonly writtenBodyJoints = new Map<PartTemplate, string>();
    /** The joint of a part the report writes no heading for: the one every heading it writes has, else a space. */
    private partJoint = ' ';
    /** The attachment the tables are printed in, after every part (北京: 部分 「附件1」 — 第一部分 says 报表详见附件1). */
    private tablesAttachment?: string;
    /**
     * The title printed over the tables in the part 附件 that holds them (吉林: 第四部分 附件, then 2023年度部门决算公开表), listed
     * by the contents in their place.
     */
    private tablesTitle?: string;

    constructor(private readonly model: ReportModel, private readonly options: LayoutOptions, private readonly scope: LayoutScope = {}) {
        const meta = model.meta;
        this.year = meta.year;
        this.Y = meta.year !== undefined ? String(meta.year) : '____';
        this.unit = meta.unit;
        this.department = meta.department ?? meta.fullName ?? meta.shortName ?? '';
        const unitReport = meta.unitReport;
        this.self = unitReport ? '本单位' : '本部门';
        // what the report calls itself where it says (安徽, 广西: 2024年度单位决算; 上海's units: 2023年度决算)
        const written = writtenReportName(model.report.parts.filter(isMetaField));
        this.reportName = written ?? (unitReport ? '决算' : '部门决算');
        this.coverTitle = written !== undefined && written !== '决算' ? written : unitReport ? '单位决算' : '部门决算';
        this.owner = `${unitReport ? '编制单位' : '部门'}：${this.department}`;
        this.short = meta.shortName ?? meta.department ?? meta.fullName ?? this.self;
        this.explanation = this.sectionRows('情况说明');
        const parts = model.template.parts;
        const hasAttachmentPart = parts.some(p => partKind(p) === 'attachments');
        const last = parts[parts.length - 1];
        if (!model.report.parts.some(isAttachment) && !headsAttachmentsPart(model.report.parts.filter(isMetaField))) {
            this.parts = last && partKind(last) === 'attachments' ? parts.slice(0, -1) : parts;
        }
        else this.parts = hasAttachmentPart ? parts : [...parts, { title: '附件', sections: [] }];
        this.explanationSections = this.parts.filter(p => partKind(p) === 'explanation').flatMap(p => p.sections);
        this.ctx = { year: this.year, Y: this.Y, unit: this.unit, short: this.short, wording: options.wording ?? STANDARD_WORDING };
        this.assignTexts();
        this.placeInnerParts();
        this.assignPartTitles();
        this.parts = this.inWrittenOrder(this.parts);
    }

    document(): ReportDocument {
        const document: ReportDocument = {
            // the name the cover prints where one is written (封面 「…部门决算」 over parts headed 单位决算情况说明)
            title: this.model.meta.cover?.length ? this.model.meta.cover.join('') : `${this.department}${this.Y}年度${this.reportName}`,
            blocks: [
                this.cover(),
                // the contents list headings and titles only, never a 〔未填写〕; none where the report prints none (目录 「无」)
                ...(this.scope.unfilledOnly || this.contentsDepth === undefined ? [] : [this.contents()]),
                ...this.parts.flatMap((part, i) => this.part(part, i + 1)),
                ...this.attachedTables(),
            ],
        };
        return !this.scope.unfilledOnly && this.model.groupsDigits ? withDigitGroups(document) : document;
    }

    // ---- which section a text is written for ------------------------------------------------

    /**
     * Each text of 情况说明 to the section its key names: a heading of the template, else the topic
     * its words say. 机关运行经费 … stand under 其他重要事项 where the template gives them no section,
     * unless the key is a section's heading of its own (机关运行经费支出情况说明, as central
     * departments print it): then it is a section of the report's own, where the report put it.
     */
    private assignTexts(): void {
        const fields = this.model.report.parts.filter(isExplanation)
            .flatMap(p => sectionEntries(p.entries).flatMap(e => isHeadedText(e) ? [e] : headedRowText(e) ?? []));
        const topics = new Set(this.explanationSections.map(s => s.topic));
        const written = new Set<SectionTopic>();
        for (const field of fields) {
            const named = namedSection(this.explanationSections, field.key);
            let topic = named?.topic ?? topicOf(field.key);
            // a second heading of its own on a topic another text has taken (一般公共预算项目支出决算情况说明
            // after 一般公共预算支出决算情况说明; 二、部门决算中项目绩效自评结果 after 一、预算绩效管理工作开展情况,
            // numbered as the report prints it) is a section of the report's own, where the report put it; so is the
            // template's own heading printed a second time (尤溪: 二、 and 三、一般公共预算财政拨款支出决算情况说明)
            if (topic !== undefined && written.has(topic) && (isPrintedHeading(field.key)
                || (named ? /^[一二三四五六七八九十]+、$/.test(field.ordinal?.trim() ?? '') : field.ordinal !== undefined))) topic = undefined;
            if (topic !== undefined) written.add(topic);
            if (topic !== undefined && !topics.has(topic)) {
                const held = OTHER_MATTERS.includes(topic) && topics.has('other-matters');
                // numbered among the sections as the report prints them (三江: 二、机关运行经费 between 一、 and 三、), a
                // section of its own however short its heading; a （一） is the subheading it would be under 其他重要事项
                if (!held || isPrintedHeading(field.key) || numberedUnderHeading(field) || /^[一二三四五六七八九十]+、$/.test(field.ordinal?.trim() ?? '')) this.ownTopics.add(topic);
                if (!held || this.ownTopics.has(topic)) topic = undefined;
            }
            const section = topic === undefined ? undefined
                : named ?? this.explanationSections.find(s => s.topic === topic) ?? this.explanationSections.find(s => s.topic === 'other-matters');
            this.explanationFields.push({ field, section });
            if (topic === undefined) this.otherTexts.push(field);
            else this.sectionTexts.set(topic, [...(this.sectionTexts.get(topic) ?? []), field]);
        }
    }

    /**
     * The 概况 and 名词解释 the report prints as sections of 决算说明 (北京: 第二部分 决算说明 一、部门/单位基本情况;
     * 河北: 十二、名词解释), each beside the texts written either side of it; the part of its kind is not printed
     * where the report writes none outside 情况说明.
     */
    private placeInnerParts(): void {
        const offset = (node: AstNode) => node.$cstNode?.offset ?? 0;
        for (const explanation of this.model.report.parts.filter(isExplanation)) {
            for (const node of explanation.inner) {
                const fields = this.explanationFields.map(f => f.field);
                const after = fields.filter(f => offset(f) < offset(node)).at(-1);
                this.innerParts.push({ node, after, before: after ? undefined : fields.find(f => offset(f) > offset(node)) });
            }
        }
        const top = this.model.report.parts;
        const inside = (kind: PartKind) => this.innerParts.some(i => (kind === 'overview' ? isOverview : isGlossary)(i.node))
            && !top.some(kind === 'overview' ? isOverview : isGlossary);
        this.parts = this.parts.filter(part => !['overview', 'glossary'].includes(partKind(part)) || !inside(partKind(part)));
    }

    /** `planned` with the report's 概况 and 名词解释 written inside 情况说明 set beside the texts they stand next to. */
    private withInnerParts(planned: Planned[], first: boolean): Planned[] {
        const holds = (p: Planned, field: TextField) => p.field === field || (p.section !== undefined && (this.sectionTexts.get(p.section.topic) ?? []).includes(field));
        for (const inner of this.innerParts) {
            const entry: Planned = { title: (inner.node.heading ?? '').replace(LEADING_ORDINAL, '').trim(), inner };
            if (inner.after) {
                let at = planned.findIndex(p => holds(p, inner.after!));
                if (at < 0) continue;
                // after a heading over sections with the sub-sections it is given (heldUnder), as after other 概况 or 名词解释
                while (planned[at + 1]?.inner || planned[at + 1]?.under) at++;
                planned.splice(at + 1, 0, entry);
            } else if (inner.before) {
                const at = planned.findIndex(p => holds(p, inner.before!));
                if (at >= 0) planned.splice(at, 0, entry);
            } else if (first) planned.push(entry);
        }
        return planned;
    }

    /**
     * The sections of a part in print order: the report's own, where it wrote them — the template's
     * sections it writes a text for and those of its own — with the template's other sections each
     * after the one before it in the template and, where the report writes that one, after any of the
     * report's own written next after it (first where none is), so that nothing the author
     * placed moves and nothing the template asks for is lost; an `optional` section the report does
     * not write is left out. `written` lists the part's texts in source order with their section. Where the report's numbers
     * stand (`glued` false), each goes straight after the one before it: the numbers say where there is room (numberedPlan).
     */
    private plan(part: PartTemplate, written: readonly { readonly field: TextField; readonly section?: SectionTemplate }[],
        skip: (section: SectionTemplate) => boolean = () => false, glued = true): Planned[] {
        const planned: Planned[] = [];
        for (const { field, section } of written) {
            if (section === undefined) planned.push({ title: field.key, field });
            else if (part.sections.includes(section) && !planned.some(p => p.section === section)) {
                // headed as the report heads it where its key is one of the section's printed headings, or
                // reads as a heading of its own (收入支出决算总体情况, 关于机关运行经费支出说明)
                const named = [section.title, ...(section.aliases ?? [])].some(t => printedHeading(t) === printedHeading(field.key))
                    || readsAsHeading(field, section);
                planned.push({ title: named ? field.key.trim() : section.title, section });
            }
        }
        let at = -1;
        let afterWritten = false;
        for (const section of part.sections) {
            const found = planned.findIndex(p => p.section === section);
            if (found >= 0) [at, afterWritten] = [found, true];
            else if (!section.optional && !skip(section)) {
                // 贵州's 非财政拨款 section written after 财政拨款, the sections after that left out: it stays there
                while (glued && afterWritten && at + 1 < planned.length && planned[at + 1].section === undefined) at++;
                planned.splice(++at, 0, { title: section.title, section });
                afterWritten = false;
            }
        }
        return planned;
    }

    // ---- cover and contents -------------------------------------------------------------

    private cover(): Section {
        const meta = this.model.meta;
        const field = (key: string) => this.model.report.parts.find(p => isMetaField(p) && p.key === key);
        return {
            kind: 'section', role: 'cover', id: 'cover',
            blocks: [{
                kind: 'cover',
                // the report's own title lines (封面 「…」) hold its year and department
                ...(meta.cover?.length ? { title: meta.cover } : {
                    year: [meta.year !== undefined ? `${meta.year}年度` : { kind: 'missing', text: '年度', line: undefined }],
                    department: [this.department !== '' ? this.department : { kind: 'missing', text: '部门' }],
                    title: [this.coverTitle],
                }),
                published: meta.published ? (this.underContents(meta.publishedUnderContents) ? undefined : [this.publishedLine])
                    : this.model.template.coverDate ? [{ kind: 'missing', text: '公开时间' }] : undefined,
                // each as written: 保密审查情况：已审查 with its colon, 监督索引号53990000000002000 (云南) without
                lines: this.coverLines.length ? this.coverLines.map(({ key, colon, value }) => [`${key}${colon ?? ''}${value}`]) : undefined,
                over: meta.coverLines.some(l => l.over) ? meta.coverLines.filter(l => l.over).map(({ key, colon, value }) => [`${key}${colon ?? ''}${value}`]) : undefined,
                line: this.line(field('部门')),
            }],
        };
    }

    /** Whether a line written after a bare 目录 line prints under the contents' heading: only where there are contents. */
    private underContents(written: boolean | undefined): boolean {
        return written === true && this.contentsDepth !== undefined;
    }

    private get publishedLine(): string {
        return `公开时间：${formatDate(this.model.meta.published ?? '')}`;
    }

    /**
     * The lines printed on the cover under its title, as written: those the source writes after a bare 目录 go under the contents'
     * heading, those after the contents' 部分 lines after the contents.
     */
    private get coverLines(): ReportMeta['coverLines'] {
        return this.model.meta.coverLines.filter(l => !l.over && !this.underContents(l.underContents) && !this.underContents(l.afterContents));
    }

    /** The lines the report prints after its contents (江西: 注：本报告因金额单位转换原因可能存在尾数误差。), written after its 部分 lines. */
    private linesAfterContents(): Paragraph[] {
        return this.model.meta.coverLines.filter(l => this.underContents(l.afterContents))
            .map(({ key, colon, value }) => ({ kind: 'paragraph', content: [`${key}${colon ?? ''}${value}`] }));
    }

    /**
     * The lines the report prints under its contents' heading (四川: 公开时间：2023年9月15日 under 目录), written after a bare
     * 目录 line, in order.
     */
    private contentsLines(): Paragraph[] {
        const meta = this.model.meta;
        const fields = this.model.report.parts.filter(isMetaField);
        const lines = fields.flatMap(field => {
            if (field.key === '公开时间' && meta.published && this.underContents(meta.publishedUnderContents)) return [this.publishedLine];
            const line = meta.coverLines.find(l => l.key === field.key && l.value === field.value && this.underContents(l.underContents));
            return line ? [`${line.key}${line.colon ?? ''}${line.value}`] : [];
        });
        return lines.map(text => ({ kind: 'paragraph', content: [text], style: 'centered' }));
    }

    /**
     * How deep the report's own contents go, as its 目录 line says: the parts alone (河北: 目录 「部分」 — 一、部门决算公开表,
     * 二、部门决算信息公开情况说明), parts and sections without the tables (浙江 2020: 目录 「部分和各节」), parts and tables
     * without the sections (北京: 目录 「部分和各表」), none (目录 「无」: undefined); every part, section, attachment and table by
     * default, and wherever the line names no 部分 (表号和表名). Sections named with their part's word are listed under that
     * part alone, the others' not: 概况各节 (山西, 广东, 青岛: 「部分、概况各节和各表」, 情况说明 listing none), 说明各节.
     */
    private get contentsDepth(): { sections: ReadonlySet<PartKind>; tables: boolean } | undefined {
        if (this.model.meta.contents?.replace(/\s+/g, '') === '无') return undefined;
        const written = this.contentsSays;
        const every = new Set<PartKind>(['overview', 'explanation']);
        if (written === undefined || !written.includes('部分')) return { sections: every, tables: true };
        if (!written.includes('节')) return { sections: new Set(), tables: written.includes('表') };
        const named = new Set<PartKind>([
            ...(/概况[^，；]*?节/.test(written) ? ['overview' as const] : []),
            ...(/说明[^，；]*?节/.test(written) ? ['explanation' as const] : []),
        ]);
        return { sections: named.size > 0 ? named : every, tables: written.includes('表') };
    }

    /** Whether the report's 目录 line says its contents leave out the tables without data (「…各表，无数据的表不列」, 空表不列示). */
    private get contentsLeavesOutEmpty(): boolean {
        return CONTENTS_EMPTY_TABLES.test(this.model.meta.contents?.replace(/\s+/g, '') ?? '');
    }

    /** Whether the report's 目录 line, where it says what its contents list (部分…), names 附件 among them. */
    private get contentsNamesAttachments(): boolean | undefined {
        const written = this.contentsSays;
        return written?.includes('部分') ? written.includes('附件') : undefined;
    }

    /**
     * What the report's 目录 line says its contents list, the words it says they leave out struck, clause by clause: from the
     * negation to the clause's end, and what it names after it wherever its clause names it (「部分、各节和各表，不列附件」,
     * 「…（无附件）」, 「附件下不列各附件」, 「部分和各节不列表」, 「部分和各表不分页」); the whole clause where only a listing verb
     * follows the negation (「各表不列」, 「附表不再列示」). Spaces dropped.
     */
    private get contentsSays(): string | undefined {
        return this.model.meta.contents?.replace(/\s+/g, '').replace(/[^，；,;。（）()]+/g, clause => {
            const negation = CONTENTS_NEGATION.exec(clause);
            if (!negation) return clause;
            const after = clause.slice(negation.index + negation[0].length);
            if (CONTENTS_VERB_ONLY.test(after)) return '';
            return (after.match(CONTENTS_NOUNS) ?? []).reduce((rest, noun) => rest.replaceAll(noun, ''), clause.slice(0, negation.index));
        });
    }

    private contents(): Section {
        const entries: { level: 1 | 2 | 3; text: string; target?: string }[] = [];
        const depth = this.contentsDepth ?? { sections: new Set<PartKind>(['overview', 'explanation']), tables: true };
        this.parts.forEach((part, i) => {
            const n = i + 1;
            entries.push({ level: 1, text: this.numberedPartTitle(part, n, 'contents'), target: `part-${n}` });
            const kind = partKind(part);
            if (!(kind === 'tables' ? depth.tables : kind === 'overview' || kind === 'explanation' ? depth.sections.has(kind) : depth.sections.size === 2)) return;
            switch (kind) {
                case 'overview':
                case 'explanation':
                    for (const { planned, ordinal, id, level, opens, runIn } of this.numberedPlan(part, n)) {
                        if (opens) entries.push({ level: 2, text: opens.heading, target: opens.id });
                        if (runIn === undefined && !this.isWholePart(part, planned.title)) entries.push({ level, text: `${ordinal}${planned.title}`, target: id });
                    }
                    break;
                case 'attachments':
                    // a 目录 line saying what the report's contents list names its attachments where they are listed
                    // (四川 2022 on: 渠县 prints 第四部分 附件 bare, 眉山 附件1 under it)
                    if (this.options.attachmentsListed === false || this.contentsNamesAttachments === false) break;
                    this.attachments().forEach((attachment, k) => entries.push({ level: 2, text: labelsItself(attachment.title) ? attachment.title.trim() : `附件${k + 1}`, target: `attachment-${k + 1}` }));
                    break;
                case 'tables':
                    // the title over the tables listed in their place, as the report's contents list it (吉林)
                    if (this.tablesTitle !== undefined) {
                        entries.push({ level: 2, text: this.tablesTitle, target: 'tables-title' });
                        break;
                    }
                    for (const table of this.printedTables()) {
                        if (this.contentsLeavesOutEmpty && this.tableNumbered(table.number)?.empty) continue;
                        entries.push({ level: 2, text: table.contents, target: `table-${table.number}` });
                        for (const { note, id } of this.listedNotes(table.number)) entries.push({ level: 2, text: `${note.ordinal}${note.title}`, target: id });
                    }
                    break;
                case 'glossary':
                    break;
            }
        });
        return {
            kind: 'section', role: 'contents', id: 'contents',
            blocks: [{ kind: 'heading', level: 1, content: ['目录'] }, ...this.contentsLines(), { kind: 'toc', entries }, ...this.linesAfterContents()],
        };
    }

    /** A part's heading after 第N部分: the report's own where it writes one, else the template's. */
    private partTitle(part: PartTemplate, where: 'contents' | 'body'): string {
        const written = (where === 'body' ? this.writtenBodyTitles.get(part) : undefined) ?? this.writtenPartTitles.get(part);
        if (written !== undefined) return written;
        let pattern = this.options.partHeading?.(part.title, where, this.year) ?? part.title;
        // a 单位决算 heads the template's 部门概况, 部门决算… with its own word (四川's units: 第一部分 单位概况, 第二部分 2023年度单位决算情况说明)
        if (this.coverTitle === '单位决算') pattern = pattern.replace(/部门(?=概况|决算)/g, '单位');
        return pattern.replaceAll('{year}', this.Y).replaceAll('{department}', this.department).replaceAll('{report}', this.reportName);
    }

    /**
     * Whether a section, by its heading, is the whole of a part of the report's own written under the
     * part's heading (六、决算公开联系方式…; 甘肃: 第四部分 预算绩效情况说明, the template's section):
     * no section heading of its own. Beside other sections of the part it is one of them, headed like them.
     */
    private isWholePart(part: PartTemplate, title: string): boolean {
        return this.ownPartTopics.has(part) && headingKey(title) === headingKey(this.partTitle(part, 'body'))
            && this.sectionPlan(part).length === 1;
    }

    /** A section's ordinal within its part: 一、, or （一） where the parts are numbered 一、 themselves. */
    private sectionOrdinal(part: PartTemplate, n: number): string {
        return this.sectionsListed(part) ? `（${chineseNumber(n)}）` : `${chineseNumber(n)}、`;
    }

    /**
     * Whether a part's sections print （一） (their sub-sections 1.) rather than 一、 (their sub-sections （一））: where the
     * report numbers its parts 一、 themselves (重庆), unless it writes its sections 一、 too (河北 numbers the sections of
     * each part 一、 anew).
     */
    private sectionsListed(part: PartTemplate): boolean {
        // asked for each section: worked out once per part, and only where the parts are a list at all
        if (this.partNumbering !== 'list') return this.sectionsParenthesised;
        let listed = this.listedParts.get(part);
        if (listed === undefined) {
            const plan = this.sectionPlan(part);
            const written = plan.flatMap(p => [p.field, ...(p.section ? this.sectionTexts.get(p.section.topic) ?? [] : [])])
                // a heading that restates the part's (restatesPart) is the part's: its 一、 is no section's
                .flatMap(field => field ? [this.groupHeadingOf(part, field)?.ordinal ?? field.ordinal] : []);
            const ordinals = [...written, ...plan.map(p => p.inner && LEADING_ORDINAL.exec(p.inner.node.heading ?? '')?.[0])]
                .concat(partKind(part) === 'overview' ? this.overviewFields().map(f => f.ordinal) : []);
            listed = !ordinals.some(o => o && ordinalStyle(o.trim()) === '一、');
            this.listedParts.set(part, listed);
        }
        return listed;
    }

    /**
     * Whether the report numbers its sections （一） under parts it numbers 第N部分 (湖北 2020: 第一部分 概况 （一）主要职责
     * （二）部门决算单位构成, 第三部分 （一）…（十）): a section of 概况 or 情况说明 written with that ordinal, none with 一、. A
     * section under a heading over sections counts by that heading's ordinal.
     */
    private get sectionsParenthesised(): boolean {
        if (this.parenthesised === undefined) {
            const fields = [...this.explanationFields.map(f => f.field), ...this.overviewFields()];
            const ordinals = [...fields.map(field => sectionGroupOf(field) ? sectionGroupOf(field)!.ordinal : field.ordinal),
                ...this.innerParts.map(i => LEADING_ORDINAL.exec(i.node.heading ?? '')?.[0])]
                .flatMap(o => o === undefined ? [] : [ordinalStyle(o.trim())]);
            this.parenthesised = ordinals.includes('（一）') && !ordinals.includes('一、');
        }
        return this.parenthesised;
    }

    /**
     * A part's sections numbered as printed: each 一、 in turn, but a heading over sections the report writes
     * (二、关于2023年度决算情况说明 { … }) takes one number and the sections under it are numbered （一）… anew.
     * A section the report does not write, planned between two under one heading, stands under it too.
     * Where the report's numbers stand (numbersStand), each text it numbers keeps its number: a section of the template
     * it does not write takes its place in the template's order where the numbers leave one free there (四、 between
     * 三、 and 五、), else the next free after (after 十一、 where 八、 to 十、 are the report's); a text written without a
     * number takes the next number where one is free, and is printed without one where none is (between 二、 and 三、).
     */
    private numberedPlan(part: PartTemplate, n: number): NumberedSection[] {
        const plan = this.sectionPlan(part);
        const groupOf = (field: TextField) => this.groupHeadingOf(part, field);
        // 概况's texts are planned by section, not each with its own field
        const assignment = partKind(part) === 'overview' ? this.overviewAssignment(part) : [];
        const own = plan.map(planned => planned.field ?? assignment.find(a => a.section !== undefined && a.section === planned.section && !a.work)?.field);
        const written = plan.map((planned, j) => {
            const field = own[j];
            return field ? groupOf(field)
                : planned.under ?? (planned.section ? this.sectionTexts.get(planned.section.topic)?.map(groupOf).find(g => g !== undefined) : undefined);
        });
        const groups = written.map((group, i) => {
            if (group) return group;
            const before = written.slice(0, i).reverse().find(g => g !== undefined);
            return before !== undefined && before === written.slice(i + 1).find(g => g !== undefined) ? before : undefined;
        });
        // the section's own text, where it is written under the heading it names (not one the section only holds)
        const textOf = (j: number) => own[j] ?? (plan[j].section ? this.sectionTexts.get(plan[j].section!.topic)?.[0] : undefined);
        // each section, or heading over sections with those under it, with the number it is printed under
        const units: { members: number[]; number?: number }[] = [];
        for (let j = 0; j < plan.length; j++) {
            if (groups[j] !== undefined && groups[j] === groups[j - 1]) units[units.length - 1].members.push(j);
            else units.push({ members: [j] });
        }
        // a 概况 whose texts are each written with their label on their line (机构设置：「…」) prints so, each label its
        // paragraph's start, taking no number, a section it does not write too (机构设置：〔未填写〕); where one is printed under
        // a heading (一、部门职责 「…」, or 职能 with 主要工作 under the template's heading naming both) all are, numbered
        const colons = plan.map((planned, j) => groups[j] === undefined && own[j] !== undefined
            && !assignment.some(a => a.work && a.section !== undefined && a.section === planned.section) ? runInColon(own[j]!) : undefined);
        const unwritten = (j: number) => textOf(j) === undefined && plan[j].inner === undefined
            && !assignment.some(a => a.section !== undefined && a.section === plan[j].section);
        const colon = colons.find(c => c !== undefined);
        const allRunIn = partKind(part) === 'overview' && colon !== undefined && plan.every((_, j) => colons[j] !== undefined || unwritten(j));
        const runIn = (j: number) => allRunIn ? colons[j] ?? colon : undefined;
        const printed = this.standing.get(part) ? this.standingNumbers(plan, units, groups, textOf)
            : partKind(part) === 'overview' ? overviewNumbers(units, groups, own, j => runIn(j) === undefined, j => colons[j] !== undefined)
            : counted(units, j => runIn(j) === undefined);
        // a heading whose number the copy lost (、收入支出决算总体情况说明) prints as written: the number it takes here is the one a hint offers
        const asWritten = (node: TextField | Row | undefined, ordinal: string) => node?.ordinal?.trim() === '、'
            ? { ordinal: '、', lost: { expected: ordinal, at: lostOrdinalOffset(node) } } : { ordinal };
        return printed.flatMap(({ members, number }, i): NumberedSection[] => {
            const outer = i + 1;
            const ordinal = number === undefined ? '' : this.sectionOrdinal(part, number);
            const group = groups[members[0]];
            if (!group) {
                const j = members[0];
                return [{ planned: plan[j], ...asWritten(textOf(j), ordinal), id: `part-${n}-${outer}`, level: 2, runIn: runIn(j) }];
            }
            const opened = asWritten(group, ordinal);
            return members.map((j, k): NumberedSection => ({
                planned: plan[j], ...asWritten(textOf(j), this.sectionsListed(part) ? `${k + 1}.` : `（${chineseNumber(k + 1)}）`),
                id: `part-${n}-${outer}-${k + 1}`, level: 3,
                opens: k === 0 ? { heading: `${opened.ordinal}${(group.name ?? '').trim()}`, lost: opened.lost, id: `part-${n}-${outer}`, node: group } : undefined,
            }));
        });
    }

    /**
     * The numbers of a part's sections where the report's stand (see numberedPlan), in print order: the sections the
     * report writes (a heading over sections with those under it) where it wrote them, those it does not moved on to
     * where the numbers leave room.
     */
    private standingNumbers<T extends { members: number[] }>(plan: readonly Planned[], units: readonly T[], groups: readonly (Row | undefined)[],
        textOf: (j: number) => TextField | undefined): (T & { number?: number })[] {
        const facts = units.map(unit => {
            const j = unit.members[0];
            const group = groups[j];
            const ordinal = group ? group.ordinal : plan[j].inner ? LEADING_ORDINAL.exec(plan[j].inner!.node.heading ?? '')?.[0] : textOf(j)?.ordinal;
            const written = group !== undefined || plan[j].inner !== undefined || textOf(j) !== undefined;
            return { written, number: written ? writtenNumber(ordinal) : undefined, lost: ordinal?.trim() === '、' };
        });
        const out: (T & { number?: number })[] = [];
        const pending: T[] = [];
        let next = 1;
        units.forEach((unit, i) => {
            const { written, number, lost } = facts[i];
            if (!written) {
                pending.push(unit);
                return;
            }
            // the number the next section the report numbers is written under: the room before it
            const limit = number ?? facts.slice(i + 1).find(f => f.number !== undefined)?.number ?? Infinity;
            // just below it, where the room is larger: numbers carried on from the part before (概况 一、二、, then 四、收入决算…)
            // leave the first free, not the section the template puts before 四、
            // (and one for this section where it is written without a number: it takes the next)
            // — but at the part's start only where they may be the numbers 概况 ends on (or, short of room, below them): a
            // part whose first written number is further on (十三、预算绩效 alone) numbers its own sections, those before it from 一、
            const below = limit - pending.length - (number === undefined ? 1 : 0);
            if (pending.length > 0 && limit !== Infinity && (out.length > 0 || below <= this.carriedNumber())) next = Math.max(next, below);
            while (pending.length > 0 && next < limit) out.push({ ...pending.shift()!, number: next++ });
            if (number !== undefined) {
                out.push({ ...unit, number });
                next = number + 1;
            } else out.push({ ...unit, number: lost || next < limit ? next++ : undefined });
        });
        for (const unit of pending) out.push({ ...unit, number: next++ });
        return out;
    }

    /** The number after the last 概况 prints (一、部门职责 二、机构设置: 三): where numbers carried on into 情况说明 go on. */
    private carriedNumber(): number {
        const parts = this.model.template.parts;
        const overview = parts.findIndex(part => partKind(part) === 'overview');
        const numbers = overview < 0 ? [] : this.numberedPlan(parts[overview], overview + 1)
            .flatMap(s => writtenNumber(s.level === 2 ? s.ordinal : s.opens && LEADING_ORDINAL.exec(s.opens.heading)?.[0]) ?? []);
        return Math.max(0, ...numbers) + 1;
    }

    /**
     * A part's heading with its number as the report numbers its parts: 第二部分 …, or 二、… where it
     * numbers them as a list (重庆: 一、单位基本情况 … 六、决算公开联系方式及信息反馈渠道); a heading the report
     * writes without a number while numbering the others (附件：…决算公开表) is printed without one.
     */
    private numberedPartTitle(part: PartTemplate, place: number, where: 'contents' | 'body'): string {
        const title = this.partTitle(part, where);
        if (this.unnumberedParts.has(part)) return title;
        const n = this.printedPartNumbers.get(part) ?? place;
        if (this.partNumbering === 'list') return this.writtenPartNumbers.has(part) || !this.writtenPartTitles.has(part) ? `${chineseNumber(n)}、${title}` : title;
        const joint = (where === 'body' ? this.writtenBodyJoints.get(part) : undefined) ?? this.writtenPartJoints.get(part) ?? this.partJoint;
        return `第${chineseNumber(n)}部分${joint}${title}`;
    }

    private part(part: PartTemplate, n: number): Section[] {
        switch (partKind(part)) {
            case 'overview': return [this.overviewPart(part, n)];
            case 'explanation': return [this.explanationPart(part, n)];
            case 'glossary': return [this.glossaryPart(part, n)];
            case 'attachments': return [this.attachmentPart(part, n)];
            case 'tables': return this.tablePart(part, n);
        }
    }

    /**
     * The part headings the report writes (部分 「第二部分 2023年度部门决算表」), each given to the
     * first part of the kind its words say, else to the part its 第N部分 numbers; printed after the
     * part's number in the printed order, the template's order. A numbered heading no part of the
     * template is left for (第三部分 其他重要事项的情况说明 after 第二部分 决算说明, 第四部分 决算公开联系方式)
     * is a part of the report's own: it takes the template's sections its words name (其他重要事项 takes
     * 机关运行经费, 政府采购, 国有资产 and 预算绩效 unless a part of its own names 绩效), with the texts
     * written after them.
     */
    private assignPartTitles(): void {
        const own: { title: string; number: number; joint?: string; body?: string; bodyJoint?: string }[] = [];
        const unnumberedTables: string[] = [];
        const styles = new Set<'parts' | 'list'>();
        const joints = new Set<string>();
        let previous: number | undefined;
        const tablesHeaded = this.model.report.parts.some(f => isMetaField(f) && f.key === '部分'
            && PART_NUMBER.test(f.value?.trim() ?? '') && writtenPartKind(f.value!.trim().replace(PART_NUMBER, '')) === 'tables');
        for (const field of this.model.report.parts.filter(isMetaField)) {
            if (field.key !== '部分' || field.value === undefined) continue;
            // 第二部分 …, or 二、… where a report numbers its parts as a list (浙江); 部分 … after a numbered
            // part is the next one, its 第N lost in print (铁岭: 第二部分 …情况说明, 部分 名词解释, 部分 …决算表)
            const match = /^(?:第\s*([一二三四五六七八九十]+|\d+)\s*部(?:分|(?=\s))|([一二三四五六七八九十]+)、)[\s:：、]*/.exec(field.value.trim())
                ?? LOST_PART_NUMBER.exec(field.value.trim());
            const written = match && (match[1] ?? match[2] ?? previous) !== undefined ? match : null;
            if (written) styles.add(written[2] !== undefined ? 'list' : 'parts');
            const title = field.value.trim().slice(written?.[0].length ?? 0).trim();
            // the heading over its pages where it differs from the contents' (第二部分 …第二实验小学单位决算表), after its own number
            const body = field.bodyValue?.trim().replace(PART_NUMBER, '') || undefined;
            // printed as written: 第一部分：… keeps its colon; a space where the report writes none or only spaces
            const joint = written?.[1] !== undefined ? /[:：、]/.exec(written[0])?.[0] ?? ' ' : undefined;
            const bodyNumber = /^第/.exec(field.bodyValue?.trim() ?? '') ? PART_NUMBER.exec(field.bodyValue!.trim()) : null;
            const bodyJoint = bodyNumber ? /[:：、]/.exec(bodyNumber[0])?.[0] ?? ' ' : undefined;
            if (joint !== undefined) joints.add(joint);
            const kind = writtenPartKind(title);
            // an attachment, unnumbered, in a report with no 附件 of its own whose tables part is headed among the numbered
            // parts too (北京: 第一部分 2023年度部门决算报表 … 附件1; 怀柔: 附件：…2024年度部门决算报表): where that part's pages are
            // printed, after every part
            if (!written && /^附件/.test(title) && (kind === 'attachments' || kind === 'tables') && tablesHeaded && !this.model.report.parts.some(isAttachment)) {
                this.tablesAttachment = title;
                continue;
            }
            // a heading of tables without a number beside a numbered part (吉林: 2023年度部门决算公开表 under 第四部分 附件): the title
            // over the tables, where that part is an attachment holding them (see below)
            if (!written && kind === 'tables' && title !== '') {
                unnumberedTables.push(title);
                continue;
            }
            const numeral = written?.[1] ?? written?.[2];
            const number = numeral !== undefined ? Number(numeral) || parseChineseNumeral(numeral) : written ? previous! + 1 : undefined;
            previous = number ?? previous;
            // by its number alone only a part whose headings vary (概况, 决算情况说明): a heading without the
            // words of 附表, 名词解释 or 附件 (四川: 第五部分 联系方式) is not that part but one of the report's own
            const numbered = number !== undefined && kind === undefined ? this.parts[number - 1] : undefined;
            // a numbered 附件 in a report that has no attachment and heads no tables part (吉林: 第四部分 附件, the tables in it)
            // is where the tables are printed: the part keeps its number and place
            const tablesIn = kind === 'attachments' && written && !tablesHeaded && !this.model.report.parts.some(isAttachment);
            const part = (kind && this.parts.find(p => partKind(p) === kind && !this.writtenPartTitles.has(p)))
                ?? (numbered && ['overview', 'explanation'].includes(partKind(numbered)) ? numbered : undefined)
                ?? (tablesIn ? this.parts.find(p => partKind(p) === 'tables' && !this.writtenPartTitles.has(p)) : undefined);
            if (part && title !== '' && !this.writtenPartTitles.has(part)) {
                this.writtenPartTitles.set(part, title);
                if (body !== undefined) this.writtenBodyTitles.set(part, body);
                if (number !== undefined) this.writtenPartNumbers.set(part, number);
                if (joint !== undefined) this.writtenPartJoints.set(part, joint);
                if (bodyJoint !== undefined) this.writtenBodyJoints.set(part, bodyJoint);
            } else if (number !== undefined && title !== '' && (kind === undefined || kind === 'explanation')) {
                own.push({ title, number, joint, body, bodyJoint });
            }
        }
        const tables = this.parts.find(p => partKind(p) === 'tables');
        const heading = tables && this.writtenPartTitles.get(tables);
        if (heading !== undefined && writtenPartKind(heading) === 'attachments') this.tablesTitle = unnumberedTables[0];
        else if (tables && heading === undefined && unnumberedTables.length > 0) this.writtenPartTitles.set(tables, unnumberedTables[0]);
        if (joints.size === 1) this.partJoint = [...joints][0];
        if (own.length > 0) this.addOwnParts(own);
        if (styles.size === 1 && styles.has('list')) this.partNumbering = 'list';
    }

    /**
     * The report's own parts (see assignPartTitles), each with the template sections its words name but
     * those the report writes before a text under the part's own heading: such a part begins at that text
     * (湖北: 十、机关运行经费支出说明 … 十四、 in 第三部分 决算情况说明, then 第四部分 其他需要说明的情况 with
     * 其他需要说明的情况 「…」), so what is written before it stays in the part before.
     */
    private addOwnParts(own: readonly { title: string; number: number; joint?: string; body?: string; bodyJoint?: string }[]): void {
        const fields = this.explanationFields.map(({ field }) => field);
        // numbered on as the sections before, in their style (湖北: 十、机关运行经费支出说明, or （十）… after （一）…): a text
        // without a number written before the part's own heading (重庆: 机关运行经费情况 … then （五）其他需要说明的事项 within
        // 四、其他需要说明的事项) is the part's
        const styleOf = (field: TextField) => ordinalStyle(field.ordinal?.trim() ?? '');
        const sectionStyle = fields.map(styleOf).find(style => style !== undefined);
        // a （一） style begun again at （一） (重庆: （一）…（六） in 二、部门决算情况说明, then （一）国有资产占用情况 …
        // （四）其他需要说明的事项 in 四、其他需要说明的事项) numbers the part's own sections from there, as 一、 does in numberedIntoPart
        const restart = fields.findIndex((field, i) => styleOf(field) === '（一）' && writtenNumber(field.ordinal) === 1
            && fields.slice(0, i).some(before => styleOf(before) === '（一）'));
        const numberedOn = (field: TextField, i: number) => styleOf(field) === '一、'
            || (styleOf(field) === '（一）' && sectionStyle === '（一）' && (restart < 0 || i < restart));
        const writtenBefore = (title: string): SectionTopic[] => {
            const at = fields.findIndex(field => headingKey(field.key) === headingKey(title));
            return fields.slice(0, Math.max(at, 0)).flatMap((field, i) => numberedOn(field, i) ? topicOf(field.key) ?? [] : []);
        };
        const topicsOf = (title: string): readonly SectionTopic[] => {
            const topic = topicOf(title);
            if (topic !== 'other-matters') return topic ? [topic] : [];
            const performanceOwn = own.some(o => topicOf(o.title) === 'performance');
            const before = writtenBefore(title);
            return ['other-matters', ...OTHER_MATTERS.filter(t => !(performanceOwn && t === 'performance') && !before.includes(t))];
        };
        const taken = new Set<SectionTemplate>();
        const added = own.map(({ title, number, joint, body, bodyJoint }) => {
            const topics = topicsOf(title);
            const named = this.explanationSections.filter(s => topics.includes(s.topic) && !taken.has(s));
            const sections = [...named, ...this.numberedIntoPart(named, topics).filter(s => !taken.has(s) && !named.includes(s))];
            sections.forEach(s => taken.add(s));
            const part: PartTemplate = { title, sections };
            this.writtenPartTitles.set(part, title);
            if (body !== undefined) this.writtenBodyTitles.set(part, body);
            this.writtenPartNumbers.set(part, number);
            if (joint !== undefined) this.writtenPartJoints.set(part, joint);
            if (bodyJoint !== undefined) this.writtenBodyJoints.set(part, bodyJoint);
            this.ownPartTopics.set(part, topics);
            return part;
        });
        this.parts = [...this.parts.map(part => {
            if (partKind(part) !== 'explanation' || !part.sections.some(s => taken.has(s))) return part;
            const kept: PartTemplate = { ...part, sections: part.sections.filter(s => !taken.has(s)) };
            for (const map of [this.writtenPartTitles, this.writtenBodyTitles, this.writtenPartNumbers, this.writtenPartJoints, this.writtenBodyJoints] as Map<PartTemplate, unknown>[]) {
                if (map.has(part)) { map.set(kept, map.get(part)); map.delete(part); }
            }
            return kept;
        }), ...added];
    }

    /**
     * The template sections the report writes before the first of a part's own `sections` under a numbering
     * that restarts at 一、 and runs on unbroken into that section (北京: …七、财政拨款基本支出决算情况说明, then
     * 一、财政拨款“三公”经费支出决算情况说明 二、机关运行经费支出情况 in 第三部分 其他重要事项): the part
     * begins where its numbering does, so they are printed in it as written.
     */
    private numberedIntoPart(sections: readonly SectionTemplate[], topics: readonly SectionTopic[]): SectionTemplate[] {
        const fields = this.explanationFields;
        // its first text: one of its sections, or a text of the report's own on a topic its title names (机关运行经费支出情况)
        const first = fields.findIndex(({ field, section }) => section ? sections.includes(section) : topics.includes(topicOf(field.key)!));
        const number = (at: number): number | undefined => {
            const numeral = /^([一二三四五六七八九十]+)、$/.exec(fields[at]?.field.ordinal?.trim() ?? '')?.[1];
            return numeral !== undefined ? parseChineseNumeral(numeral) : undefined;
        };
        let at = first;
        while (at > 0 && (number(at) ?? 0) > 1 && number(at - 1) === number(at)! - 1) at--;
        // a restart: 一、 after a text numbered as well, within the sections before the part's first
        if (at <= 0 || at === first || number(at) !== 1 || number(at - 1) === undefined) return [];
        return fields.slice(at, first).flatMap(f => f.section ?? []);
    }

    /**
     * The parts in the order the report numbers its part headings (北京 prints its tables first, 内蒙古
     * last); a part the report writes no number for stays after the one before it in the template.
     */
    private inWrittenOrder(parts: readonly PartTemplate[]): PartTemplate[] {
        const ordered = parts.filter(p => this.writtenPartNumbers.has(p))
            .sort((a, b) => this.writtenPartNumbers.get(a)! - this.writtenPartNumbers.get(b)!);
        let at = -1;
        const attached: PartTemplate[] = [];
        for (const part of parts) {
            const found = ordered.indexOf(part);
            if (found >= 0) {
                at = found;
                continue;
            }
            // a heading the report writes as an attachment without a number (重庆's 附件：…决算公开表 after
            // 一、… 六、…) is printed after the numbered parts, as an attachment is
            if (ordered.length > 0 && /^附件/.test(this.writtenPartTitles.get(part) ?? '')) {
                attached.push(part);
                continue;
            }
            // after the report's own parts that follow a numbered predecessor: they continue that part
            // (an own part the report numbers after unnumbered parts keeps its place by its number)
            while (at >= 0 && this.writtenPartNumbers.has(ordered[at]) && at + 1 < ordered.length
                && this.ownPartTopics.has(ordered[at + 1])) at++;
            ordered.splice(++at, 0, part);
        }
        return [...this.keepingWrittenNumbers(ordered), ...attached];
    }

    /**
     * `parts` with the numbers the report writes kept (第三部分 stays 第三部分 where the report writes no tables part that its
     * template numbers 第二部分): a part it does not number takes its place where the numbers leave one free there, else the
     * next free after the report's. Where two headings write one number, the parts are numbered by their places.
     * Where the numbers leave fewer free than parts to place there (第一部分 概况, 第三部分 名词解释: 第二部分 for both the tables
     * and 决算情况说明), the tables part gives way and waits for the next free number: its place varies among formats (北京
     * prints it first, 财政部 second, 内蒙古 last, many as 附件), the order 概况, 说明, 名词解释 does not. Any other part left
     * with no number free between two of the report's numbers is printed in its place without one (see unnumberedParts),
     * never after a part the template puts after it; one the template puts before the report's first number takes the next
     * free after the report's last, as a report opening 第一部分 meant its first heading to open it.
     */
    private keepingWrittenNumbers(parts: readonly PartTemplate[]): PartTemplate[] {
        const numbers = parts.flatMap(p => this.writtenPartNumbers.get(p) ?? []);
        if (numbers.length === 0 || new Set(numbers).size < numbers.length) return [...parts];
        const out: PartTemplate[] = [];
        let pending: PartTemplate[] = [];
        const late: PartTemplate[] = [];
        let next = 1;
        const place = (part: PartTemplate, number: number) => {
            out.push(part);
            this.printedPartNumbers.set(part, number);
        };
        for (const part of parts) {
            const number = this.writtenPartNumbers.get(part);
            if (number === undefined) {
                pending.push(part);
                continue;
            }
            const first = out.length === 0;
            const tables = pending.length > number - next ? pending.filter(p => partKind(p) === 'tables') : [];
            pending = pending.filter(p => !tables.includes(p));
            while (pending.length > 0 && next < number) place(pending.shift()!, next++);
            // before the report's first number nothing is printed unnumbered: what finds no number there follows the last
            if (first) late.push(...pending);
            else for (const left of pending) {
                out.push(left);
                this.unnumberedParts.add(left);
            }
            pending = tables;
            place(part, number);
            next = number + 1;
        }
        for (const part of [...late, ...pending]) place(part, next++);
        return out;
    }

    private partHeading(part: PartTemplate, n: number): Heading {
        const parts = this.model.report.parts;
        const source = {
            overview: parts.find(isOverview), explanation: parts.find(isExplanation), glossary: parts.find(isGlossary),
            attachments: parts.find(isAttachment), tables: parts.find(isTable),
        }[partKind(part)];
        return { kind: 'heading', level: 1, content: [this.numberedPartTitle(part, n, 'body')], id: `part-${n}-title`, line: this.line(source) };
    }

    // ---- 部门概况 ------------------------------------------------------------------------

    /** The sections of a part of 概况 or 情况说明 as printed (see `plan`), worked out once per part. */
    private sectionPlan(part: PartTemplate): readonly Planned[] {
        let planned = this.plans.get(part);
        if (!planned) {
            const written = this.explanationFields.filter(f => f.section === undefined ? this.ownPart(f.field) === part : true);
            const own = written.filter(f => f.section === undefined || part.sections.includes(f.section));
            const inner = this.innerParts.filter(i => [i.after, i.before].some(f => own.some(o => o.field === f)));
            const whole = partKind(part) === 'explanation' && (numberedWhole(own, inner) || listedWhole(part, own));
            const stands = partKind(part) === 'explanation' && numbersStand(own);
            this.standing.set(part, stands);
            const grouped = (section: SectionTemplate) => own.map(({ field }) => sectionGroupOf(field)).find(group => group !== undefined
                && section.topic !== 'performance' && headingTopic(this.model.template, 'explanation', group.name) === section.topic);
            planned = partKind(part) === 'overview' ? this.overviewPlan(part)
                : this.withInnerParts(this.heldUnder(this.plan(part, written,
                    section => whole || (section.topic === 'other-matters' && this.coveredElsewhere(section)) || this.writtenAsSubsection(section)
                        || this.headedWithin(section) || this.spentAsWhole(section) || this.leftOutAsNothing(part, section) || this.leftOutUnprinted(section)
                        || this.absorbedWithin(part, section) || grouped(section) !== undefined, !stands),
                whole ? undefined : part.sections.flatMap(s => s.topic === 'other-matters' ? grouped(s) ?? [] : [])[0]), part === this.parts.find(p => partKind(p) === 'explanation'));
            this.plans.set(part, planned);
        }
        return planned;
    }

    /**
     * `planned` with the sub-sections of 其他重要事项 the report does not write under its own heading for it (八、其他重要事项说明
     * { （一）机关运行经费支出情况 「…」 （二）政府采购支出情况 「…」 }) after those it writes there: that heading is the section, so
     * the template's is not printed beside it, and what the section still asks for (国有资产占有使用情况) is asked under it.
     */
    private heldUnder(planned: Planned[], group: Row | undefined): Planned[] {
        if (!group) return planned;
        const topics = new Set(this.explanationSections.map(s => s.topic));
        const held = this.heldTopics(topics).filter(t => !this.ownTopics.has(t) && !this.sectionTexts.has(t));
        const under = (p: Planned) => (p.field ? [p.field] : p.section ? this.sectionTexts.get(p.section.topic) ?? [] : []).some(f => sectionGroupOf(f) === group);
        const at = planned.length - [...planned].reverse().findIndex(under);
        if (at > planned.length) return planned;
        planned.splice(at, 0, ...held.map(topic => ({ title: SUBSECTION_TITLES[topic]!, section: { title: SUBSECTION_TITLES[topic]!, topic }, under: group })));
        return planned;
    }

    /**
     * 概况's sections; one the report heads together with another (机构设置、职责) is held by that
     * text, not printed empty; and a report that writes 部门决算单位构成 where its template asks for
     * 机构设置 says there what the department is made of (湖北 county reports: 一、部门主要职责
     * 二、部门决算单位构成): 机构设置 is not asked for as well.
     */
    private overviewPlan(part: PartTemplate): Planned[] {
        // one paragraph under the part's heading (部门概况 { 基本情况 「…」 }): no section of its own, none of the template's asked
        if (this.wholeOverviewPart()) return [];
        const assignment = this.overviewAssignment(part);
        const named = (section: SectionTemplate, key: string) => TOPIC_WORDS.some(([topic, words]) => topic === section.topic && words.test(headingKey(key)));
        const unitsWritten = assignment.some(({ field }) => topicOf(field.key) === 'units');
        // a heading over sections names what they say too (一、部门主要职责及内设机构 over （一）主要职责)
        const keys = (field: TextField) => [field.key, ...[sectionGroupOf(field)?.name ?? []].flat()];
        // numbered 一、 二、 … from 一 with none skipped (宣汉's township: 一、职能简介 二、2021年重点工作完成情况), the 概况 is
        // whole: a section of the template it does not write is one its format has not, not asked for
        const whole = numberedWhole(assignment);
        const planned = this.plan(part, assignment, section => whole || (!assignment.some(a => a.section === section)
            && assignment.some(a => a.section !== undefined && keys(a.field).some(key => named(section, key))))
            || (unitsWritten && section.topic === 'organisation'));
        // 职能 written with 重点工作 is printed under the heading that names both (基本职能及主要工作)
        return planned.map(p => p.section && assignment.some(a => a.section === p.section && a.work) ? { ...p, title: p.section.title } : p);
    }

    /**
     * A section the report has no text for but writes as a sub-section of its 其他重要事项 text, as
     * formats print it that have no section of its own for it (（四）预算绩效情况说明): not printed twice.
     */
    private writtenAsSubsection(section: SectionTemplate): boolean {
        const title = SUBSECTION_TITLE_WRITTEN[section.topic];
        if (!title || section.topic === 'other-matters' || this.sectionTexts.has(section.topic)) return false;
        return (this.sectionTexts.get('other-matters') ?? []).some(field => title.test(compact(field.text)));
    }

    /**
     * A section the report has no text for but heads inside the text of another, as one of its
     * sub-sections (（三）一般公共预算财政拨款基本支出情况 within 财政拨款收入支出总体情况说明, as 陕西's
     * five sections print it): the report says it there, so it is not printed again with standard sentences.
     */
    private headedWithin(section: SectionTemplate): boolean {
        if (this.sectionTexts.has(section.topic)) return false;
        // the texts' sub-headings read once, not once for each section asked about
        this.subsectionTopics ??= new Set(this.explanationFields.flatMap(({ field }) => subsectionHeadings(field.text ?? '').map(topicOf)));
        return this.subsectionTopics.has(section.topic);
    }

    /**
     * A section the report has no text for, between a section it writes and a later one of the template
     * that text heads within itself (陕西: 二、财政拨款收入支出总体情况说明 with （三）…基本支出情况 and
     * （四）政府性基金预算财政拨款收支情况, and no section on 一般公共预算财政拨款支出): the text takes in the
     * sections up to the last it heads, so those between are not printed again with standard sentences.
     */
    private absorbedWithin(part: PartTemplate, section: SectionTemplate): boolean {
        if (this.sectionTexts.has(section.topic)) return false;
        const at = part.sections.indexOf(section);
        return this.explanationFields.some(({ field, section: written }) => {
            const from = written ? part.sections.indexOf(written) : -1;
            if (from < 0 || from >= at) return false;
            const headed = subsectionHeadings(field.text ?? '').map(topicOf);
            return part.sections.some((later, to) => to > at && headed.includes(later.topic));
        });
    }

    /**
     * A fund's spending section the report has no text for where its text on 财政拨款 is headed as the
     * spending of every fund (辽宁, 江西: 二、财政拨款支出决算情况说明, 一般公共预算 and 政府性基金 together,
     * then the 三公 and 基本支出): the report says it there, so it is not printed again with standard sentences.
     */
    private spentAsWhole(section: SectionTemplate): boolean {
        if (!['general-budget', 'fund', 'state-capital'].includes(section.topic) || this.sectionTexts.has(section.topic)) return false;
        return (this.sectionTexts.get('appropriation') ?? []).some(field => /^财政拨款支出/.test(headingKey(field.key)));
    }

    /**
     * A fund's spending section the report has no text for, though it writes the sections on either
     * side of it in the template, where that fund's table is empty (湖南 乡镇: 八、政府性基金预算收入支出
     * 决算情况 then 九、关于机关运行经费支出说明, no section on 国有资本经营预算): the report leaves out a
     * section with nothing to say, and its table says so; not printed with standard sentences.
     */
    private leftOutAsNothing(part: PartTemplate, section: SectionTemplate): boolean {
        if (!['fund', 'state-capital'].includes(section.topic) || this.sectionTexts.has(section.topic)) return false;
        const tables = (section.tables ?? []).map(role => this.table(role)).filter(t => t !== undefined);
        if (tables.length === 0 || !tables.every(t => t.empty)) return false;
        const at = part.sections.indexOf(section);
        const [before, after] = [part.sections[at - 1], part.sections[at + 1]];
        // said: written, or headed within another section's text (陕西: （四）政府性基金预算财政拨款收支情况)
        const said = (s: SectionTemplate | undefined) => s !== undefined && (this.sectionTexts.has(s.topic) || this.headedWithin(s));
        return said(before) && said(after);
    }

    /**
     * A section on template tables the report's year did not yet print (printedFrom: 上海 2019 and the 财政部 format of
     * 2019 had no 国有资本经营 table, nor a section on it) where the report writes none of them, no table of its own on
     * the section's topic and no text for it: not asked for as 〔未填写〕, as the tables are not.
     */
    private leftOutUnprinted(section: SectionTemplate): boolean {
        // the template's own tables of the section's roles (a 国有资本经营 section also names the 财政部's account table)
        const tables = this.model.template.tables.filter(t => (section.tables ?? []).includes(t.role));
        return tables.length > 0 && !this.sectionTexts.has(section.topic)
            && tables.every(table => this.notYetPrinted(table) && this.table(table.role) === undefined)
            // 2018: 九、国有资本经营预算支出情况表, a table of the report's own on it
            && ![...this.model.tables.values()].some(t => t.template === undefined && topicOf(t.title) === section.topic);
    }

    /** A template table the report's year did not yet print everywhere (printedFrom). */
    private notYetPrinted(table: TableTemplate): boolean {
        const year = this.model.meta.year;
        return table.printedFrom !== undefined && year !== undefined && year < table.printedFrom;
    }

    /**
     * The explanation part a text of the report's own stands in: a part of the report's own its words
     * name (机关运行经费… in 其他重要事项; 联系方式 in 决算公开联系方式及信息反馈渠道, a part of no
     * template topic), else that of the text written before it, else the first.
     */
    private ownPart(field: TextField): PartTemplate | undefined {
        const explanations = this.parts.filter(p => partKind(p) === 'explanation');
        const named = (p: PartTemplate, key: string, topic: SectionTopic | undefined): boolean => {
            const topics = this.ownPartTopics.get(p);
            if (topics === undefined) return false;
            if (topic !== undefined) return topics.includes(topic);
            const words = headingKey(key);
            const title = headingKey(p.title);
            return topics.length === 0 && words.length >= 2 && (title.includes(words) || words.includes(title));
        };
        let part = explanations[0];
        for (const { field: f, section } of this.explanationFields) {
            const topic = topicOf(f.key);
            // a text under the heading of a part of the report's own (六、决算公开联系方式及信息反馈渠道) is that part's
            const headed = explanations.find(p => this.ownPartTopics.has(p) && headingKey(this.writtenPartTitles.get(p)!) === headingKey(f.key));
            part = headed ?? (section ? explanations.find(p => p.sections.includes(section)) ?? part
                : explanations.find(p => named(p, f.key, topic)) ?? part);
            if (f === field) return part;
        }
        return part;
    }

    /** 其他重要事项 with no text of its own whose every topic the report writes as a section of its own. */
    private coveredElsewhere(section: SectionTemplate): boolean {
        if (this.sectionTexts.has(section.topic)) return false;
        const held = this.heldTopics(new Set(this.explanationSections.map(s => s.topic)));
        return held.length > 0 && held.every(t => this.ownTopics.has(t));
    }

    /**
     * The topics 其他重要事项 holds where the template gives them no section (`topics` being those it does): all of
     * OTHER_MATTERS but 机关运行经费 in a report of a 事业单位 that says nothing of it (see withoutRunningCosts).
     */
    private heldTopics(topics: ReadonlySet<SectionTopic>): SectionTopic[] {
        return OTHER_MATTERS.filter(t => !topics.has(t) && (t !== 'running-costs' || !this.withoutRunningCosts));
    }

    /**
     * Whether the report is of a 事业单位 (a school, hospital, 中心 … by its name, its texts say it is one, or its units
     * text counts 事业单位 with no office among them) that writes nothing of 机关运行经费: only 行政单位 and those managed
     * under the civil service law (参公) have such spending, so the layout asks for none, where a 〔未填写〕 would demand
     * what the unit cannot have. A report that says it is a 行政单位 or 参公 (参照公务员(法)管理 anywhere), counts a
     * 机关 or 行政单位 other than by 0家, or writes the spending anywhere, is asked as before.
     */
    private get withoutRunningCosts(): boolean {
        if (this.publicInstitution === undefined) {
            const fields = [...this.overviewFields(), ...this.explanationFields.map(f => f.field)];
            const texts = fields.map(f => f.text).join('\n');
            const meta = this.model.meta;
            const named = [meta.department, meta.fullName].some(name => name !== undefined && PUBLIC_INSTITUTION_NAME.test(name.trim()));
            // said of the unit itself (本单位为公益一类事业单位, 单位性质：财政全额拨款事业单位), not of those it serves or holds
            // (教育部: 主要为我部直属高校和直属教育事业单位的日常运行支出)
            const says = (kind: string) => new RegExp(`(?:(?:本|我|该)(?:单位|院|校|中心|站|馆)[^，。；\n]{0,6}(?:为|是|系|属于)|单位性质[:：为是]*)[^，。；\n]{0,10}${kind}`).test(texts);
            // a department whose units text (the sentence of 本部门 counting its 事业单位) shows no office: 本部门中，事业单位4家
            // (上海市作家协会), 行政单位0家，事业单位4家; not 机关本级和下属事业单位4家, 行政机关1家, …事业单位2家，行政单位1家;
            // the count spaced as a PDF's text prints it (事业单位 4 家)
            const unitsText = texts.split(/[。\n]/).filter(s => s.includes('本部门') && /事业单位(?:（[^）]*）)?\s*[1-9]\d*\s*家/.test(s));
            const office = (s: string) => [...s.matchAll(/(?:行政单位|行政机关|机关)(?:[^，。；、\d]{0,16}?(\d+)\s*家)?/g)].some(m => m[1] === undefined || Number(m[1]) > 0);
            const allPublic = unitsText.length > 0 && !unitsText.some(office);
            const written = fields.some(f => RUNNING_COSTS_WORDS.test(`${f.key}${f.text}`)) || this.topicRows(['running-costs']).length > 0;
            this.publicInstitution = !written && (named || says('事业单位') || allPublic) && !says('行政单位') && !/参照[^，。；\n]{0,12}公务员|参公/.test(texts);
        }
        return this.publicInstitution;
    }

    /**
     * The texts of 概况 with the template section each is written for (by topic, the first text
     * of a topic for each section; 主要工作 beside 职能), in source order.
     */
    private overviewAssignment(part: PartTemplate): { field: TextField; section?: SectionTemplate; work?: boolean }[] {
        const fields = this.overviewFields();
        const sectionOf = new Map<TextField, { section: SectionTemplate; work?: boolean }>();
        const take = (topic: SectionTopic | 'work') => fields.find(f => !sectionOf.has(f) && (isWorkOnly(f.key) ? 'work' : topicOf(f.key) ?? 'other') === topic);
        for (const section of part.sections) {
            const field = take(section.topic);
            if (field) sectionOf.set(field, { section });
            // a heading that names 主要工作 (基本职能及主要工作) holds it; elsewhere it is a section of its own, and so is a work
            // text the report numbers itself (四川 2021: 一、职能简介 二、2021年重点工作完成情况 三、机构设置情况)
            if (section.topic === 'duties' && /工作/.test(section.title)) {
                const work = fields.find(f => !sectionOf.has(f) && isWorkOnly(f.key) && f.ordinal === undefined);
                if (work) sectionOf.set(work, { section, work: true });
            }
        }
        return fields.map(field => ({ field, ...sectionOf.get(field) }));
    }

    private overviewPart(part: PartTemplate, n: number): Section {
        const assignment = this.overviewAssignment(part);
        const fieldOf = (section: SectionTemplate, work = false) => assignment.find(a => a.section === section && (a.work ?? false) === work)?.field;
        const blocks: Block[] = [this.partHeading(part, n), ...this.partLead(part)];
        const whole = this.wholeOverviewPart();
        if (whole) return { kind: 'section', role: 'part', id: `part-${n}`, blocks: [...blocks, ...this.fieldText(whole, whole.key)] };
        // a heading over sections the report writes (一、部门主要职责及内设机构 { （一）主要职责 「…」 }) takes one number, its sections （一）…
        this.numberedPlan(part, n).forEach(({ planned: { title, section, field: own }, ordinal: number, id, level, opens, lost, runIn }) => {
            if (opens) blocks.push(...this.groupHeading(opens));
            const ordinal = `${number}${title}`;
            if (runIn !== undefined) {
                const text = own ?? (section && fieldOf(section));
                blocks.push(...this.runIn(text, text?.key.trim() ?? title, runIn));
                return;
            }
            if (!section) {
                blocks.push(heading(level, ordinal, id, this.line(own), lost), ...this.fieldText(own, title));
                return;
            }
            const field = fieldOf(section);
            const work = section.topic === 'duties' ? fieldOf(section, true) : undefined;
            // a heading that names 主要工作 (基本职能及主要工作) holds both, each under its own; a text the report writes under
            // such a heading (柳州: 一、基本职能及主要工作 「…」) is the whole section, printed under it as written
            const whole = field !== undefined && WORK.test(field.key);
            if (section.topic === 'duties' && !whole && (work || (/工作/.test(section.title) && title === section.title))) {
                const sub = level === 2 ? 3 : 4;
                // numbered a level below the section's own ordinal: （一） under 一、, 1. under （一）
                const [first, second] = level === 2 && !this.sectionsListed(part) ? ['（一）', '（二）'] : ['1.', '2.'];
                blocks.push(
                    heading(level, ordinal, id, undefined, lost),
                    heading(sub, `${first}主要职能`, undefined, this.line(field)), ...this.fieldText(field, '主要职能'),
                    heading(sub, `${second}${this.Y}年重点工作完成情况`, undefined, this.line(work)), ...this.fieldText(work, '重点工作'),
                );
                return;
            }
            blocks.push(heading(level, ordinal, id, this.line(field), lost), ...this.fieldText(field, title));
        });
        const overview = this.model.report.parts.filter(isOverview);
        if (!this.scope.unfilledOnly) blocks.push(...this.leftovers(overview.flatMap(o => this.sourceTexts(o)), blocks));
        return { kind: 'section', role: 'part', id: `part-${n}`, blocks };
    }

    // ---- 决算情况说明 ----------------------------------------------------------------------

    private explanationPart(part: PartTemplate, n: number): Section {
        const blocks: Block[] = [this.partHeading(part, n), ...this.partLead(part)];
        // the topics a section prints, in this part or another (甘肃: 第四部分 预算绩效情况说明): not held again under 其他重要事项
        const topics = new Set(this.explanationSections.map(s => s.topic));
        for (const { planned: { title, section, field, inner }, ordinal: number, id, level, opens, lost } of this.numberedPlan(part, n)) {
            if (opens) blocks.push(...this.groupHeading(opens), ...this.groupCharts(part, opens.node, topics));
            const ordinal = `${number}${title}`;
            if (inner) {
                blocks.push(heading(level, ordinal, id, this.line(inner.node)), ...this.innerBlocks(inner.node, level, level === 3 || this.sectionsListed(part)));
                continue;
            }
            // a text the user wrote under a key no section of the template has: a section of its own,
            // or the whole of a part of the report's own written under the part's heading (六、决算公开联系方式…)
            const whole = this.isWholePart(part, title);
            if (!section) {
                if (!whole) blocks.push(heading(level, ordinal, id, this.line(field), lost));
                // a heading of the report's own whose 「」 is still empty prints what is missing under it, as the template's do
                const own: Block[] = field && !isWrittenText(field) ? [this.para([{ kind: 'missing', text: title }], this.textLine(field, 'text'))]
                    : this.prose(field?.text, field && this.textLine(field, 'text'));
                if (field) this.heldForms(field, own);
                blocks.push(...own);
                continue;
            }
            const content = this.sectionBlocks(section, topics);
            const first = content.find(b => 'line' in b && b.line !== undefined) as { line?: number } | undefined;
            blocks.push(...(whole ? [] : [heading(level, ordinal, id, first?.line, lost)]), ...content);
        }
        if (!this.scope.unfilledOnly) blocks.push(...this.leftovers(this.explanationLeftovers(part), blocks));
        return { kind: 'section', role: 'part', id: `part-${n}`, blocks };
    }

    /** The texts of 情况说明 that may be left over in `part`: all but those another part of 情况说明 prints. */
    private explanationLeftovers(part: PartTemplate): SourceText[] {
        const explanation = this.model.report.parts.filter(isExplanation);
        // texts another part of 情况说明 prints (a part of the report's own) are not left over here
        const otherPlans = this.parts.filter(p => p !== part && partKind(p) === 'explanation').flatMap(p => this.sectionPlan(p));
        const elsewhere = new Set(otherPlans
            .flatMap(planned => planned.field ? [planned.field] : planned.section ? this.sectionTexts.get(planned.section.topic) ?? [] : [])
            .map(field => field.text));
        // nor the texts of the rows whose sections another part prints (国有资产 › 设备's 说明: with 国有资产占用情况),
        // nor of what they hold (预算绩效's projects: their forms print there, 北京's 第四部分 绩效评价)
        // (a section of a numbered whole part, 十三、国有资产占用情况说明, is planned by its text: its words say the topic)
        const rowsElsewhere: RowModel[] = this.topicRows(otherPlans.flatMap(planned => {
            const topic = planned.section?.topic ?? (planned.field ? topicOf(planned.field.key) : undefined);
            return topic ? [topic] : [];
        }));
        for (const row of rowsElsewhere) this.sourceTexts(row.node).forEach(t => elsewhere.add(t.text));
        // nor the texts of a 概况 another part prints among its sections
        for (const { inner } of otherPlans) if (inner) this.sourceTexts(inner.node).forEach(t => elsewhere.add(t.text));
        return explanation.flatMap(e => this.sourceTexts(e)).filter(t => !elsewhere.has(t.text));
    }

    /** A section: the user's text where there is one, else the standard sentences; never a bare heading. */
    private sectionBlocks(section: SectionTemplate, topics: ReadonlySet<SectionTopic>): Block[] {
        const units = this.units(section.topic, topics);
        const written = this.sectionTexts.get(section.topic);
        // a text that goes through the sub-sections by their titles speaks for those it names only:
        // the others keep their own text or standard sentences (a 预算绩效管理情况 it leaves out)
        const named = (u: Unit) => {
            const title = SUBSECTION_TITLE_WRITTEN[u.topic];
            return title !== undefined && (written ?? []).some(field => title.test(compact(field.text)));
        };
        const bySubsection = units.some(named);
        // a sub-section with a text of its own keeps it even where the whole section has one
        const own = (u: Unit) => u.heading !== undefined && (this.sectionTexts.has(u.topic) || (bySubsection && !named(u)));
        // printed after a text that numbers its own sub-sections (（一）政府采购… （三）预算绩效…), numbered on from its last (（四）)
        const last = Math.max(0, ...(written ?? []).flatMap(field => [...field.text.matchAll(/(?:^|\n)\s*（([一二三四五六七八九十]+)）/g)].map(m => parseChineseNumeral(m[1]) ?? 0)));
        const numberedOn = (u: Unit, i: number): Unit => last === 0 || !u.heading ? u
            : { topic: u.topic, heading: { ...u.heading, content: [contentOf(u.heading).replace(/^（[一二三四五六七八九十]+）/, `（${chineseNumber(last + i + 1)}）`)] }, get blocks() { return u.blocks; } };
        const blocks = written
            ? [...this.textFirst(units.filter(u => !own(u)), written), ...units.filter(own).map(numberedOn).flatMap(u => this.subsection(u))]
            : units.flatMap(u => this.subsection(u));
        return says(blocks) ? blocks : [this.para([{ kind: 'missing', text: `${section.title}（源文件中没有这一节的说明和数据）` }])];
    }

    /** A sub-section: the user's text for it, else its standard sentences. */
    private subsection(unit: Unit): Block[] {
        const written = unit.heading ? this.sectionTexts.get(unit.topic) : undefined;
        // headed here only: a section's own text holding the one sub-section left (其他重要事项 whose other topics are sections
        // of their own, 国有资产 in its text) prints no （一）国有资产占有使用情况 the report never printed
        if (written) return [unit.heading!, ...this.textFirst([unit], written)];
        const blocks = this.withoutEmptySentences(unit.blocks);
        if (!unit.heading) return blocks;
        return [unit.heading, ...(says(blocks) ? blocks : [this.para([{ kind: 'missing', text: `${contentOf(unit.heading)}（源文件中没有）` }])])];
    }

    /**
     * The user's texts in place of the standard sentences; the charts and the project tables (the
     * user's figures) stay, and a text the user wrote elsewhere for this section (a row's 变动原因)
     * that the texts do not already say is printed after them rather than lost.
     */
    private textFirst(units: readonly Unit[], written: readonly TextField[]): Block[] {
        const blocks: Block[] = [];
        // a heading of the report's own whose 「」 is still empty prints what is missing under it, charts or not (a chart
        // without its text is no section written)
        for (const field of written) {
            const line = this.textLine(field, 'text');
            blocks.push(...field.text.trim() !== '' ? this.prose(field.text, line) : [this.para([{ kind: 'missing', text: field.key.trim() }], line)]);
        }
        // looking for 〔未填写〕, of what the text replaces only the project forms can hold one (a chart holds none), and
        // only 预算绩效's sentences hold forms: the others' sentences are never made (see `standardUnit`)
        const kept = units.flatMap(u => this.scope.unfilledOnly && u.topic !== 'performance' ? []
            : u.blocks.filter(b => b.kind === 'chart' || (b.kind === 'table' && b.variant === 'form')));
        const placed = placeCharts(blocks, kept.filter(b => b.kind === 'chart'));
        blocks.push(...kept.filter(b => !this.formProjects.has(b) && !placed.has(b)));
        // a form written under a text printed as a section of its own ((二)项目绩效自评结果 「…详见下表。」 { 项目 … }) is
        // printed after that text (see heldForms), not here
        this.placeForms(blocks, kept.filter(b => this.formProjects.has(b) && !this.heldElsewhere(this.formProjects.get(b)!, written)));
        // the texts printed after them are the user's own, never a 〔未填写〕
        if (this.scope.unfilledOnly) return blocks;
        const rows = [...this.topicRows(units.map(u => u.topic)), ...units.flatMap(u => this.reasonRows(u.topic))];
        const texts: SourceText[] = [];
        walkRows(rows, row => texts.push(...this.sourceTexts(row.node, true)));
        blocks.push(...this.leftovers(texts, blocks));
        return blocks;
    }

    /** The text a project's form is written under ((二)项目绩效自评结果 「…」 { 项目 … }), if it is written under one. */
    private formText(project: Project): TextField | undefined {
        return isRow(project.$container) ? headedRowText(project.$container) : undefined;
    }

    /** Whether a project's form is written under a text other than `written`, the texts of the section printing it. */
    private heldElsewhere(project: Project, written: readonly TextField[]): boolean {
        const text = this.formText(project);
        return text !== undefined && !written.includes(text);
    }

    /** The forms of the projects written under a text printed as a section of its own, after its paragraphs. */
    private heldForms(field: TextField, blocks: Block[]): void {
        const held = this.model.projects.flatMap((project, i) => this.formText(project) !== field ? []
            : [...this.formProjects].find(([, p]) => p === project)?.[0] ?? this.project(project, i + 1).filter(b => this.formProjects.has(b)));
        this.placeForms(blocks, held);
    }

    /**
     * Each project's 项目绩效目标完成情况表 after the user's summary of that project: the paragraph
     * naming it and no other project, and those after it up to the next that names another project or
     * starts with an ordinal of its own ((2) 2. 二、); after all the text where no paragraph names it.
     */
    private placeForms(blocks: Block[], forms: readonly Block[]): void {
        const names = this.model.projects.map(p => p.name);
        const named = (block: Block) => block.kind === 'paragraph' ? names.filter(name => inlinesText(block.content).includes(name)) : [];
        for (const form of forms) {
            const name = this.formProjects.get(form)!.name;
            const start = blocks.findIndex(b => { const n = named(b); return n.length === 1 && n[0] === name; });
            if (start < 0) {
                blocks.push(form);
                continue;
            }
            let end = start + 1;
            while (end < blocks.length && blocks[end].kind === 'paragraph' && named(blocks[end]).length === 0
                && !ORDINAL_START.test(inlinesText((blocks[end] as Paragraph).content))) end++;
            blocks.splice(end, 0, form);
        }
    }

    /** The rows of 情况说明 about these topics (三公经费, 机关运行经费, 预算绩效 …). */
    private topicRows(topics: readonly SectionTopic[]): RowModel[] {
        const wanted = new Set(topics.flatMap(t => t === 'other-matters' ? OTHER_MATTERS : [t]));
        return this.explanation.filter(r => { const t = topicOf(r.name); return t !== undefined && wanted.has(t); });
    }

    /** The table rows whose reasons (变动原因, 差异原因) a section's standard sentences print. */
    private reasonRows(topic: SectionTopic): readonly RowModel[] {
        const totals = (role: TableRole) => (this.table(role)?.rows ?? []).flatMap(side => side.children.filter(r => r.canonicalName === '总计'));
        switch (topic) {
            case 'total': return totals('overview');
            case 'appropriation': return totals('appropriation-overview');
            case 'general-budget': return this.table('general-budget')?.rows ?? [];
            case 'three-public': return this.table('three-public')?.rows ?? [];
            default: return [];
        }
    }

    /**
     * Standard sentences with no figure of theirs in the source are left out: no empty slots. A sentence closing on
     * 其中： keeps it only where a standard sentence of the same section follows it (its parts); else (parts not
     * written, or left out as empty) it closes with its full stop. The one rule: sentences end on 其中： unconditionally.
     */
    private withoutEmptySentences(blocks: readonly Block[]): Block[] {
        const kept = blocks.filter(b => !(b.kind === 'paragraph' && b.generated && !b.kept && isEmptySentence(b.content)));
        return kept.map((b, i) => {
            if (b.kind !== 'paragraph' || !b.generated) return b;
            const next = kept[i + 1];
            const content = ofWhichBefore(b.content, next?.kind === 'paragraph' && next.generated === true);
            return content === b.content ? b : { ...b, content };
        });
    }

    /** The standard content of a section, by its topic. */
    private units(topic: SectionTopic, topics: ReadonlySet<SectionTopic>): Unit[] {
        const one = (blocks: () => Block[]): Unit[] => [this.standardUnit(topic, blocks)];
        switch (topic) {
            case 'total': return one(() => this.totalIncomeExpenditure());
            case 'income': return one(() => this.income());
            case 'expenditure': return one(() => this.expenditure());
            case 'appropriation': return one(() => this.appropriationTotal());
            case 'general-budget': return one(() => this.generalBudget());
            case 'general-basic': return one(() => this.basicExpenditure());
            case 'three-public': return one(() => this.threePublic());
            case 'fund': return one(() => this.fundBudget('政府性基金预算', 'fund', undefined));
            case 'state-capital': return one(() => this.fundBudget('国有资本经营预算', 'state-capital-account', 'state-capital'));
            case 'running-costs': return one(() => this.runningCosts());
            case 'procurement': return one(() => this.procurement());
            case 'assets': return one(() => this.assets());
            case 'performance': return one(() => this.performance(this.performanceRow()));
            case 'other-matters': {
                const held = this.heldTopics(topics).filter(t => !this.ownTopics.has(t));
                return held.map((t, i) => {
                    const [unit] = this.units(t, topics);
                    return this.standardUnit(t, () => unit.blocks, heading(3, `（${chineseNumber(i + 1)}）${SUBSECTION_TITLES[t]}`));
                });
            }
            default: return [];
        }
    }

    /**
     * A unit of standard sentences. Looking for 〔未填写〕 only, they are made when first read: a section the user
     * writes prints them in place of none of its own (`textFirst`), and making them is most of a layout's work.
     * Otherwise made at once, in order, as the charts they hold are numbered.
     */
    private standardUnit(topic: SectionTopic, make: () => Block[], heading?: Heading): Unit {
        if (!this.scope.unfilledOnly) return { topic, heading, blocks: make() };
        let blocks: Block[] | undefined;
        return { topic, heading, get blocks() { return blocks ??= make(); } };
    }

    /** A note of the template's under a section's sentences, naming the budget of `table` where it names one. */
    private note(topic: NoteTopic, table?: TableModel): Paragraph[] {
        const text = this.options.notes?.[topic];
        const written = typeof text === 'function' ? text(this.completionBase(table)) : text;
        return written ? [note(written)] : [];
    }

    /** A paragraph of the layout's own sentences. */
    private gen(content: readonly Inline[], line?: number, style: Paragraph['style'] = 'body'): Paragraph {
        // `para`'s paragraph with the mark, made once rather than copied: a layout makes hundreds
        return { kind: 'paragraph', content: this.paraContent(content), style, line, generated: true };
    }

    /** 一、收入支出决算总体情况说明 */
    private totalIncomeExpenditure(): Block[] {
        const income = this.tableRow('overview', '收入', '总计');
        const expenditure = this.tableRow('overview', '支出', '总计');
        const total = income ?? expenditure;
        const yoy = this.yoy(total);
        const blocks: Block[] = [this.gen(this.ctx.wording.total(this.ctx, {
            income: this.cell(income), expenditure: this.cell(expenditure), yoy, reason: total?.texts.get('变动原因'),
        }), this.rowLine(total))];
        const lastExpenditure = this.yoy(expenditure)?.last;
        const series = income && expenditure && lastExpenditure
            ? [{ name: '收入总计', values: [this.yoy(income)?.last, this.cell(income)] }, { name: '支出总计', values: [lastExpenditure, this.cell(expenditure)] }]
            : [{ name: '收、支总计', values: [yoy?.last, this.cell(total)] }];
        blocks.push(...this.changeChart('收、支决算总计变动情况图', series, this.rowLine(total)));
        return blocks;
    }

    /** 二、收入决算情况说明 */
    private income(): Block[] {
        const table = this.table('overview');
        const side = this.row(table?.rows, '收入');
        const group = this.group('overview', '收入');
        const subtotal = this.row(side?.children, group?.subtotal ?? '本年收入合计');
        const items = side && group ? this.groupItems(side, group) : [];
        const parts: SharePart[] = items.map(r => ({ label: [r.name], amount: this.cell(r), share: this.rate(r, '占比') }));
        const blocks: Block[] = [
            this.gen(this.ctx.wording.income(this.ctx, { total: this.cell(subtotal), yoy: this.yoy(subtotal), parts }), this.rowLine(subtotal ?? side)),
            ...this.note('income'),
            ...this.chart('收入决算结构图', this.pie(items.map(r => ({ name: r.name, value: this.cell(r), share: this.rate(r, '占比') }))), this.rowLine(side)),
        ];
        return blocks;
    }

    /** 三、支出决算情况说明 */
    private expenditure(): Block[] {
        const total = this.tableRow('expenditure', '合计');
        const columns = this.columnsOf('expenditure').slice(1);
        const overall = this.tableRow('overview', '支出', '本年支出合计');
        const totalFigure = this.cell(total) ?? this.cell(overall);
        const parts: SharePart[] = total ? columns.map(c => ({ label: [c], amount: total.cells.get(c), share: this.rate(total, '占比', c) })) : [];
        return [
            this.gen(this.ctx.wording.expenditure(this.ctx, { total: totalFigure, yoy: this.yoy(overall), parts }), this.rowLine(total)),
            ...this.note('expenditure'),
            ...this.chart('支出决算结构图', this.pie(total ? columns.map(c => ({ name: c, value: total.cells.get(c), share: this.rate(total, '占比', c) })) : []), this.rowLine(total)),
        ];
    }

    /** 四、财政拨款收入支出决算总体情况说明 */
    private appropriationTotal(): Block[] {
        const income = this.tableRow('appropriation-overview', '收入', '总计');
        const expenditure = this.tableRow('appropriation-overview', '支出', '总计');
        const total = income ?? expenditure;
        const yoy = this.yoy(total);
        return [
            this.gen(this.ctx.wording.appropriation(this.ctx, {
                income: this.cell(income), expenditure: this.cell(expenditure), yoy, reason: total?.texts.get('变动原因'),
            }), this.rowLine(total)),
            ...this.note('appropriation'),
            ...this.changeChart('财政拨款收、支决算总计变动情况', [{ name: '财政拨款收、支总计', values: [yoy?.last, this.cell(total)] }], this.rowLine(total)),
        ];
    }

    /** 五、一般公共预算财政拨款支出决算情况说明 */
    private generalBudget(): Block[] {
        const table = this.table('general-budget');
        const total = this.tableRow('general-budget', '合计');
        const yoy = this.yoy(total);
        const share = this.rate(total, '占比');
        // an excerpt's …… is no class to speak of
        const classes = (table?.rows ?? []).filter(r => !this.isTotal(r) && !this.isOfWhich(r) && !isLeftOut(r));
        const overall = this.gen(this.ctx.wording.generalOverall(this.ctx, { ...this.spending(total), share }), this.rowLine(total));
        const subject = `${this.ctx.wording.year(this.ctx)}一般公共预算财政拨款支出`;
        const opening = [subject, amount(this.cell(total), this.unit, '一般公共预算财政拨款支出')];
        // （二） does not open with （一）'s sentence again: where （一） says the amount and nothing more (no share, change or
        // reason written) the classes follow the subject alone (…支出主要用于以下方面：, as reports print it); a table writing
        // its total alone (福建's 区级 excerpts: 合计 459989) lists no class, and （二） has no sentence of its own to say
        const amountOnly = inlinesText(overall.content) === `${inlinesText(opening)}。`;
        const structure: Block[] = classes.length === 0 ? [] : [this.gen([
            ...(amountOnly ? [`${subject}主要用于以下方面：`] : [...opening, '，主要用于以下方面：']),
            ...shareList(classes.map(r => ({ label: [classWithCode(r.name, r.code)], amount: this.cell(r), share: this.rate(r, '占比') })), { unit: this.unit }),
        ], this.rowLine(classes[0]))];
        const blocks: Block[] = [
            heading(3, '（一）一般公共预算财政拨款支出决算总体情况'),
            overall,
            ...this.changeChart('一般公共预算财政拨款支出决算变动情况', [{ name: '一般公共预算财政拨款支出', values: [yoy?.last, this.cell(total)] }], this.rowLine(total)),
            heading(3, '（二）一般公共预算财政拨款支出决算结构情况'),
            ...structure,
            ...this.chart('一般公共预算财政拨款支出决算结构', this.pie(classes.map(r => ({ name: r.name, value: this.cell(r), share: this.rate(r, '占比') }))), this.rowLine(classes[0] ?? total)),
            heading(3, '（三）一般公共预算财政拨款支出决算具体情况'),
            this.gen(this.ctx.wording.generalDetailLead(this.ctx, { ...this.spending(total), initial: this.initialBudget(total) }), this.rowLine(total)),
        ];
        const byItem = this.ctx.wording.generalDetailItem;
        // a 项 printed blank (-) in its 决算 and budget columns alike had nothing budgeted or spent that the text could state:
        // left to the table, not said as a made-up 支出决算为0万元, unless the report gives a reason for it; one with a budget
        // is said (its 决算 0, as the printed blank counts), the lead's total accounting for that budget
        const budgeted = (row: RowModel, column: string) => budgetsOfKind('any')
            .some(key => { const budget = this.model.arithmetic.budgetOf(row, column, [key]); return budget !== undefined && budget.figure.blank === undefined; });
        const unspent = (row: RowModel) => {
            const column = actualColumn(row);
            return column !== undefined && row.cells.get(column)?.blank !== undefined && !budgeted(row, column) && !row.texts.has('差异原因');
        };
        let item = 0;
        let said = 0;
        classes.forEach(klass => {
            const leaves: { row: RowModel; label: string; path: string[]; above: RowModel[] }[] = [];
            const visit = (row: RowModel, label: string, path: string[], above: RowModel[], parentCode: string | undefined) => {
                if (isLeftOut(row)) return;
                const own = row.code && parentCode && row.code.startsWith(parentCode) ? row.code.slice(parentCode.length) : row.code;
                const here = `${label}${row.name}${own ? `（${own}）` : ''}`;
                // a row whose rows an excerpt leaves out (201 一般公共服务支出 { …… }) is printed itself, its figures and reason
                // all the report gives of it
                const shown = row.children.filter(child => !isLeftOut(child));
                if (shown.length === 0) leaves.push({ row, label: here, path: [...path, row.name], above });
                else for (const child of shown) visit(child, here, [...path, row.name], [...above, row], row.code);
            };
            visit(klass, '', [], [], undefined);
            if (!byItem) {
                const difference = klass.texts.get('差异原因') ?? leaves.map(l => l.row.texts.get('差异原因')).find(t => t !== undefined);
                const spent = leaves.filter(l => !unspent(l.row));
                // a class none of whose 项 had anything spent, and with no reason given, is the table's alone
                if (spent.length === 0 && difference === undefined) return;
                blocks.push(this.gen(this.ctx.wording.generalDetailClass(this.ctx, {
                    index: ++said, difference, line: this.rowLine(klass),
                    leaves: (spent.length > 0 ? spent : leaves).map(({ row, label, path }) => ({ label, path, amount: this.cell(row), completion: this.completion(row) })),
                }), this.rowLine(klass)));
                return;
            }
            // a reason written on a 款 or 类 speaks for all its 项: given once, at its level, after the last of them that has
            // a figure (not after a row printed blank, -, which it cannot be about); one a 项 or 款 under it gives is not repeated
            const under = (row: RowModel) => leaves.filter(l => l.above.includes(row));
            const closing = (row: RowModel) => {
                const group = under(row);
                const figured = group.filter(l => { const actual = this.cell(l.row); return actual !== undefined && actual.blank === undefined; });
                return (figured.length > 0 ? figured : group).at(-1);
            };
            const explained = (leaf: typeof leaves[number]) => leaf.above.filter(row => row.texts.has('差异原因'));
            const reason = (row: RowModel) => row.texts.get('差异原因');
            for (const leaf of leaves) {
                const own = reason(leaf.row);
                if (unspent(leaf.row) && !explained(leaf).some(row => closing(row) === leaf)) continue;
                blocks.push(this.gen(byItem(this.ctx, {
                    index: ++item, path: leaf.path, amount: this.cell(leaf.row), completion: this.completion(leaf.row),
                    initial: this.initialBudget(leaf.row), line: this.rowLine(leaf.row), explained: explained(leaf).length > 0,
                    differences: own !== undefined ? [{ text: own, compared: [this.completion(leaf.row)] }] : [],
                }), this.rowLine(leaf.row)));
                for (const row of explained(leaf).filter(row => closing(row) === leaf).reverse()) {
                    const text = reason(row)!;
                    // a reason left blank (差异原因 「」) has nothing to print under the row's name
                    if (text.trim() === '') continue;
                    if (under(row).some(l => [l.row, ...l.above.slice(l.above.indexOf(row) + 1)].some(r => reason(r) === text))) continue;
                    // compared as the row's own figures compare where they differ, else as its 项's: a 类 on budget whose 项
                    // moved between them explains their difference, not an equality
                    const completion = this.completion(row);
                    const compared = completion.comparison ? [completion] : under(row).map(l => this.completion(l.row));
                    blocks.push(this.gen(groupDifference(this.ctx, leaf.path.slice(0, leaf.above.indexOf(row) + 1), text, compared, this.rowLine(row)), this.rowLine(row)));
                }
            }
        });
        blocks.push(...this.note('general-budget', table));
        return blocks;
    }

    /** The 年初预算 a row writes, where the template completes against another budget. */
    private initialBudget(row: RowModel | undefined): Figure | undefined {
        return row && rowCompletionBase(this.model.arithmetic, row, this.model.template.completionBase) !== '年初预算'
            ? completionAgainst(this.model.arithmetic, row, '年初预算').budget : undefined;
    }

    /** 六、一般公共预算财政拨款基本支出决算情况说明 */
    private basicExpenditure(): Block[] {
        const total = this.tableRow('general-budget', '合计');
        const basic = total?.cells.get('基本支出') ?? this.tableRow('general-budget-detail', '合计')?.cells.get('基本支出');
        const table = this.table('general-basic');
        const rows = table?.rows ?? [];
        const blocks: Block[] = [this.gen([`${this.ctx.wording.year(this.ctx)}一般公共预算财政拨款基本支出`, amount(basic, this.unit, '基本支出'),
            '，其中：'], this.rowLine(total))];
        // each of 人员经费 and 公用经费: its row (人员经费 { 30101 … }, or 人员经费合计 closing its classes' rows), named as
        // written but for the 合计, else the 合计 row's column of that name (列【决算数 人员经费 公用经费】); its items
        // those under its row, else its classes' items; of them none printed as nothing (the format prints every item of
        // the catalogue, most blank: 「主要包括」 an item of - or 0.00 is false), an item named without figures kept
        const spent = (r: RowModel) => { const f = this.cell(r); return f === undefined ? !isLeftOut(r) && r.cells.size === 0 : !f.value.isZero(); };
        for (const sum of table?.template?.codeSums ?? []) {
            const group = this.row(rows, sum.row);
            const figure = group ? this.cell(group) : this.row(rows, '合计')?.cells.get(sum.row);
            if (!figure) continue;
            const within = group && group.children.length > 0 ? group.children : rows.filter(r => ofCodeSum(sum, r.code));
            const items: RowModel[] = [];
            walkRows(within, r => { if (r.code?.length === 5 && spent(r)) items.push(r); });
            const names = (items.length > 0 ? items : within.filter(spent)).map(r => r.name);
            // a column said as the report heads it (日常公用经费 for the template's 公用经费), without its unit
            const name = group ? group.name.replace(/合计$/, '') : columnMoneyUnit(columnHeading(table, sum.row)).name.split(COLUMN_GROUP_JOINT).at(-1)!;
            blocks.push(this.gen([
                name, amount(figure, this.unit),
                names.length > 0 ? `，主要包括：${names.join('、')}等。` : '。',
            ], this.rowLine(group)));
        }
        if (rows.length === 0) blocks.push(this.gen([{ kind: 'missing', text: `${this.tableTitle('general-basic')} 人员经费、公用经费` }], this.line(this.table('general-basic')?.node)));
        blocks.push(...this.note('general-basic'));
        return blocks;
    }

    /** 七、“三公”经费财政拨款支出决算情况说明 */
    private threePublic(): Block[] {
        const table = this.table('three-public');
        const rows = table?.rows;
        const total = this.row(rows, '合计');
        const abroad = this.row(rows, ['因公出国（境）费', '因公出国（境）经费', '因公出国（境）']);
        const cars = this.row(rows, ['公务用车购置及运行维护费', '公务用车购置及运行费']);
        const carPurchase = this.row(cars?.children, ['公务用车购置费', '公务用车购置']);
        const carRunning = this.row(cars?.children, ['公务用车运行维护费', '公务用车运行费']);
        const reception = this.row(rows, ['公务接待费']);
        const counts = this.row(this.explanation, '三公经费');
        const abroadCounts = this.row(counts?.children, ['因公出国（境）', '因公出国（境）费']);
        const carCounts = this.row(counts?.children, '公务用车');
        const purchased = this.row(carCounts?.children, ['购置', '购置车辆']);
        const held = this.row(carCounts?.children, ['保有', '保有量']);
        const receptions = this.row(counts?.children, '公务接待');
        const domestic = this.row(receptions?.children, '国内公务接待');
        const foreign = this.row(receptions?.children, '外事接待');

        // the total and the numbered items, printed where any figure of the section is written and the table is yet to be
        // filled (none, or rows missing: wideFill): 1. and 3. with no 2., or （一） with no sentence under it, would read as a
        // section cut short; where the table is complete, an item it leaves out is of nothing and prints no sentence
        const fill = table && this.wideFill(table);
        const unfilled = !table || fill === 'unfilled';
        // the shares as the table reads: an item a table whose rows add up to its 合计 has no row for (nor one of its parts:
        // 公务用车购置费 side by side) is of nothing and not named; one under a 合计 of nothing (printed -) is that nothing, said
        // 0 from the 合计's figure; any other unwritten, of a table yet to be filled, short of its 合计 or of none (无数据), is
        // 〔未填写〕
        const items = [
            { label: ['因公出国（境）费支出决算'], row: abroad, head: '因公出国（境）费' },
            { label: ['公务用车购置及运行维护费支出决算'], row: cars, head: '公务用车购置及运行维护费' },
            { label: ['公务接待费支出决算'], row: reception, head: '公务接待费' },
        ];
        const named = items.filter(s => s.row || table?.rows.some(r => writtenAs(table, s.head).includes(r.canonicalName)));
        const complete = table && !table.empty && fill !== 'nil' && named.length > 0 && this.addsUp(total);
        const shares = (complete ? named : items)
            .map(s => ({ label: s.label, amount: this.cell(s.row) ?? (fill === 'nil' ? this.cell(total) : undefined), share: this.rate(s.row, '占比') }));
        const blocks: Block[] = [
            heading(3, '（一）“三公”经费财政拨款支出决算总体情况说明'),
            this.gen(this.ctx.wording.threePublicTotal(this.ctx, this.spending(total, table)), this.rowLine(total)),
            ...this.note('three-public', table),
            heading(3, '（二）“三公”经费财政拨款支出决算具体情况说明'),
            this.gen([
                `${this.ctx.wording.year(this.ctx)}“三公”经费财政拨款支出决算中，`,
                ...shareList(shares, { unit: this.unit }),
                '具体情况如下：',
            ], this.rowLine(abroad ?? total)),
            ...this.chart('“三公”经费财政拨款支出结构', this.pie([
                { name: '因公出国（境）费', value: this.cell(abroad), share: this.rate(abroad, '占比') },
                { name: '公务用车购置及运行维护费', value: this.cell(cars), share: this.rate(cars, '占比') },
                { name: '公务接待费', value: this.cell(reception), share: this.rate(reception, '占比') },
            ]), this.rowLine(total)),
        ];

        const anchors = new Set<Block>([blocks[1]]);
        // 1. 因公出国（境）
        const abroadLine = abroadCounts
            ? this.ctx.wording.abroadCounts(countIn(abroadCounts, ['次', '批次', '个']), countIn(abroadCounts, ['人', '人次']))
            : [];
        blocks.push(this.gen(this.ctx.wording.threePublicItem(this.ctx, 1, this.spending(abroad, table), abroadLine), this.rowLine(abroad)));
        anchors.add(blocks.at(-1)!);

        // 2. 公务用车
        const item = this.ctx.wording.threePublicItem(this.ctx, 2, this.spending(cars, table), []);
        const use = carRunning?.texts.get('用途');
        const [purchase, running] = this.ctx.wording.cars(this.ctx, {
            purchase: this.cell(carPurchase) ?? purchased?.cells.get('万元'),
            running: this.cell(carRunning),
            use: use !== undefined ? reasonText(use) : undefined,
            purchased: purchased && {
                count: purchased.cells.get('辆'),
                kinds: purchased.children.map(kind => ({ name: kind.name, count: kind.cells.get('辆'), amount: kind.cells.get('万元') })),
            },
            held: held && { count: held.cells.get('辆'), kinds: held.children.map(kind => ({ name: kind.name, count: kind.cells.get('辆') })) },
        });
        const paragraphs = [this.gen(item, this.rowLine(cars)), this.gen(purchase, this.rowLine(carPurchase ?? purchased)), ...running ? [this.gen(running, this.rowLine(carRunning))] : []];
        anchors.add(paragraphs[0]);
        if (!this.ctx.wording.carsInItem) blocks.push(...paragraphs);
        else {
            // joined after each is weighed as a sentence of its own: one with no figure of the source's is left out, not printed
            // as 〔未填写〕 beside those that have one
            // in a section yet to be filled the item's own sentence leads (2.…支出决算为〔未填写〕), never a 其中 alone
            const said = paragraphs.filter((p, i) => (unfilled && i === 0) || !isEmptySentence(p.content));
            if (said.length > 0) {
                blocks.push({ ...said[0], content: said.flatMap(p => p.content) });
                anchors.add(blocks.at(-1)!);
            }
        }

        // 3. 公务接待
        blocks.push(this.gen([...this.ctx.wording.threePublicItem(this.ctx, 3, this.spending(reception, table), []), '其中：'], this.rowLine(reception)));
        anchors.add(blocks.at(-1)!);
        if (domestic) {
            const purpose = domestic.texts.get('用途');
            const remark = domestic.texts.get('备注');
            const detail = domestic.texts.get('说明');
            blocks.push(this.gen([
                '国内公务接待支出', amount(domestic.cells.get('万元'), this.unit), ...(purpose ? [`，主要用于${reasonText(purpose)}`] : []), '。',
                '国内公务接待', figure(domestic.cells.get('批次'), '批次', '批次'), '，', figure(domestic.cells.get('人次'), '人次', '人次'),
                ...(remark ? [`（${reasonText(remark)}）`] : []),
                '，共计支出', amount(domestic.cells.get('万元'), this.unit), ...(detail && reasonText(detail) ? [`，${receptionDetail(reasonText(detail))}`] : []), '。',
            ], this.rowLine(domestic)));
        }
        if (foreign) {
            const people = countIn(foreign, ['人', '人次']);
            blocks.push(this.gen([
                '外事接待支出', amount(foreign.cells.get('万元'), this.unit), '，外事接待', figure(foreign.cells.get('批次'), '批次', '批次'),
                '，', figure(people.value, people.unit, '人数'),
                '，共计支出', amount(foreign.cells.get('万元'), this.unit), '。',
            ], this.rowLine(foreign)));
        }
        const written = blocks.some(b => b.kind === 'paragraph' && b.generated && !isEmptySentence(b.content));
        return written && unfilled ? blocks.map(b => anchors.has(b) && b.kind === 'paragraph' ? { ...b, kept: true } : b) : blocks;
    }

    /** 八、政府性基金预算 / 九、国有资本经营预算: the year's appropriation spending. */
    private fundBudget(fund: string, account: TableRole, detail: TableRole | undefined): Block[] {
        const table = this.table(account) ?? (detail && this.table(detail));
        // an empty table's own statement (没有…也没有…安排的支出) is the sentence: 支出0万元 before it says it twice
        const statement = table?.empty ? reasonText(table.node.empty?.text ?? '') : '';
        if (statement !== '') return [this.gen([`${statement}。`], this.line(table?.node))];
        const total = this.tableRow(account, '合计');
        const spent = total?.cells.get('本年支出') ?? (detail && this.cell(this.tableRow(detail, '合计')));
        const content: Inline[] = [];
        if (spent) content.push(amount(spent, this.unit), '。');
        else if (table?.empty || (detail !== undefined && this.table(detail)?.empty)) content.push(`${NOTHING}${this.unit}。`);
        else content.push({ kind: 'missing', text: `${this.tableTitle(account, detail)}本年支出` }, '。');
        return [this.gen(this.ctx.wording.fund(this.ctx, fund, content), this.line(table?.node))];
    }

    /** 机关运行经费支出情况 */
    private runningCosts(): Block[] {
        const running = this.row(this.explanation, '机关运行经费');
        const blocks: Block[] = [];
        blocks.push(this.gen(this.ctx.wording.runningCosts(this.ctx, {
            amount: this.cell(running), yoy: this.yoy(running), reason: running?.texts.get('变动原因'),
        }), this.rowLine(running)));
        blocks.push(...this.note('running-costs'));

        return blocks;
    }

    /** 政府采购支出情况 */
    private procurement(): Block[] {
        const purchasing = this.row(this.explanation, '政府采购');
        const blocks: Block[] = [];
        const kinds = purchasing?.children ?? [];
        const goods = this.row(kinds, ['货物', '政府采购货物', '政府采购货物支出']);
        const works = this.row(kinds, ['工程', '政府采购工程', '政府采购工程支出']);
        const services = this.row(kinds, ['服务', '政府采购服务', '政府采购服务支出']);
        const sme = this.row(kinds, ['授予中小企业', '授予中小企业合同', '授予中小企业合同金额']);
        const small = this.row(kinds, ['授予小微企业', '授予小微企业合同', '授予小微企业合同金额']) ?? this.row(sme?.children, ['授予小微企业', '其中授予小微企业']);
        const purpose = purchasing?.texts.get('用途');
        const purchasingText: Inline[] = [
            `${this.ctx.wording.year(this.ctx)}，${this.short}政府采购支出总额`, amount(this.cell(purchasing), this.unit, '政府采购支出总额'),
            '，其中：政府采购货物支出', amount(this.cell(goods), this.unit), '、政府采购工程支出', amount(this.cell(works), this.unit),
            '、政府采购服务支出', amount(this.cell(services), this.unit), '。',
            ...(purpose ? [`主要用于${reasonText(purpose)}。`] : []),
        ];
        // the share of nothing (0 of a total of 0) is none to state, not one the report lacks; nor one worked out
        // impossible (over 100%: the part exceeds its whole, which the checks report)
        const shareOf = (row: RowModel, whole: string): Inline[] => {
            const share = this.rate(row, '占比');
            const impossible = !share && this.model.arithmetic.shareOf(row, actualColumn(row) ?? '') !== undefined;
            return share || (!this.cell(row)?.value.isZero() && !impossible) ? [`，占${whole}的`, figure(share, '', '占比')] : [];
        };
        if (sme) {
            purchasingText.push('授予中小企业合同金额', amount(this.cell(sme), this.unit), ...shareOf(sme, '政府采购支出总额'));
            if (small) {
                // a share is of the row it is written under: 授予中小企业 where 小微企业 is its 其中
                const whole = sme.children.includes(small) ? '授予中小企业合同金额' : '政府采购支出总额';
                purchasingText.push('，其中：授予小微企业合同金额', amount(this.cell(small), this.unit), ...shareOf(small, whole));
            }
            purchasingText.push('。');
        }
        blocks.push(this.gen(purchasingText, this.rowLine(purchasing)));
        blocks.push(...this.note('procurement'));

        return blocks;
    }

    /** 国有资产占有使用情况 */
    private assets(): Block[] {
        const assets = this.row(this.explanation, '国有资产');
        const blocks: Block[] = [];
        const vehicles = this.row(assets?.children, ['车辆', '公务用车']);
        const general = this.row(assets?.children, ['通用设备', '单价50万元以上通用设备']);
        const special = this.row(assets?.children, ['专用设备', '单价100万元以上专用设备']);
        // any other row counted in 台（套）, e.g. 设备 说明 「单位价值100万元以上」
        const otherEquipment = (assets?.children ?? []).filter(row => row !== vehicles && row !== general && row !== special && equipmentCount(row) !== undefined);
        const assetText: Inline[] = [`截至${this.Y}年12月31日，${this.short}共有车辆`, figure(vehicles?.cells.get('辆'), '辆', '车辆数')];
        if (vehicles && vehicles.children.length > 0) {
            assetText.push('，其中：');
            vehicles.children.forEach((kind, i) => {
                if (i > 0) assetText.push('、');
                const remark = kind.texts.get('说明') ?? kind.texts.get('备注');
                assetText.push(kind.name, figure(kind.cells.get('辆'), '辆'), ...(remark ? [`（${reasonText(remark)}）`] : []));
            });
        }
        const equipment = (row: RowModel | undefined, threshold: string, name: string): Inline[] => row
            ? [`，${row.texts.get('说明') ? reasonText(row.texts.get('说明')!) : threshold}${name}`, figure(equipmentCount(row), '台（套）')]
            : [];
        assetText.push(...equipment(general, '单价50万元以上', '通用设备'), ...equipment(special, '单价100万元以上', '专用设备'),
            ...otherEquipment.flatMap(row => equipment(row, '', row.name)), '。');
        blocks.push(this.gen(assetText, this.rowLine(assets)));
        blocks.push(...this.note('assets'));

        return blocks;
    }

    private performanceRow(): RowModel | undefined {
        return this.row(this.explanation, ['预算绩效', '预算绩效管理']);
    }

    private performance(performance: RowModel | undefined): Block[] {
        const count = (names: Name) => this.row(performance?.children, names)?.cells.get('个') ?? this.row(performance?.children, names)?.cells.values().next().value;
        const blocks: Block[] = [this.gen([
            `根据预算绩效管理要求，${this.short}在年初预算编制阶段，组织对`, figure(count(['事前评估', '事前绩效评估']), '个', '事前评估项目数'),
            '项目开展了预算事前绩效评估，编制了项目绩效目标，预算执行过程中，选取', figure(count(['绩效监控']), '个', '绩效监控项目数'),
            '项目开展绩效监控，年终执行完毕后，对', figure(count(['绩效自评', '绩效目标完成情况']), '个', '绩效自评项目数'),
            '项目开展了绩效目标完成情况梳理填报。',
        ], this.rowLine(performance))];
        const conclusion = performance ? this.rowTexts(performance).find(f => f.key === '自评结论' || f.key === '评价结论') : undefined;
        if (conclusion) {
            // a conclusion copied with its lead sentence keeps it once
            const lead = `${this.self}按要求对${this.Y}年${this.self.slice(1)}整体支出开展绩效自评，从评价情况来看，`;
            const content = compact(conclusion.text).startsWith(compact(lead)) ? [conclusion.text] : [lead, conclusion.text];
            blocks.push(this.gen(content, this.textLine(conclusion, 'text')));
        }
        const projects = this.model.projects;
        // each numbered heading only above what it heads
        if (projects.length > 0) {
            blocks.push(this.gen(['1.项目绩效目标完成情况'], undefined, 'lead'));
            blocks.push(this.gen([`${this.self}在${this.Y}年度${this.reportName}中反映`, ...projectList(projects.map(p => p.name), projects.length), '绩效目标实际完成情况。'], this.line(projects[0])));
        }
        projects.forEach((project, i) => blocks.push(...this.project(project, i + 1)));
        const attachments = this.attachments();
        const evaluation = attachments.findIndex(a => /绩效/.test(a.title));
        if (evaluation >= 0) {
            blocks.push(this.gen(['2.部门绩效评价结果。'], undefined, 'lead'));
            blocks.push(this.gen([
                `${this.self}按要求对${this.Y}年${this.self.slice(1)}整体支出绩效评价情况开展自评，《${attachments[evaluation].title.replace(/\s+/g, '')}》见附件（附件${evaluation + 1}）。`,
            ], this.line(attachments[evaluation])));
        }
        return blocks;
    }

    /** A project's 综述 and its 项目绩效目标完成情况表. */
    private project(project: Project, n: number): Block[] {
        const section = this.projectSection(project);
        const budget = this.row(section?.rows, ['预算数', '预算']);
        const actual = this.row(section?.rows, ['执行数', '决算数', '决算']);
        const texts = project.entries.filter(isTextField);
        const summary = texts.find(t => t.key === '综述');
        const unit = texts.find(t => t.key === '预算单位');
        // the form's own title where the report prints another (上海: 项目支出绩效自评表); a 自评表 prints its money as the
        // self-evaluation form does, 全年预算数 | 全年执行数 | 执行率 in columns over 年度资金总额 and its funds
        const ownTitle = texts.find(t => t.key === '表名')?.text.trim();
        const selfEvaluation = ownTitle?.includes('自评') === true;
        const blocks: Block[] = [this.gen([
            `（${n}）“${project.name}”项目绩效目标完成情况综述。项目全年预算数`, amount(this.cell(budget), this.unit, '预算数'),
            '，执行数为', amount(this.cell(actual), this.unit, '执行数'),
            ...completionClause(actual ? this.rate(actual, '完成预算') : undefined, '，完成预算的'), '。',
            ...(summary ? [summary.text] : []),
        ], this.line(project))];

        const cell = (content: Inline[] | string, extra: Partial<TableCell> = {}): TableCell => ({ content: typeof content === 'string' ? [content] : content, ...extra });
        const head = (text: string, extra: Partial<TableCell> = {}): TableCell => cell(text, { header: true, ...extra });
        const money = (row: RowModel | undefined): Inline[] => [cellAmount(this.cell(row), this.unit)];
        // the template's full form asks for every line; other formats print the lines written
        const full = this.options.fullProjectForms === true;
        const fundLines = this.fundLines(budget, actual, full);
        // 预算数 is the 全年预算数; a source that prints the 年初预算数 beside it writes it as its attribute, on its funds too
        const initialOf = (row: RowModel | undefined) => row?.attributes.get('年初预算')?.get(actualColumn(row) ?? row.columns[0]);
        const initial = initialOf(budget);
        const initialColumn = initial !== undefined || fundLines.some(line => initialOf(line.budget) !== undefined);
        const moneyScore = project.scores.find(s => s.label === '执行率');
        const total = project.scores.find(s => s.label === '总分');
        const columns = indicatorColumns(project);
        // the form's width: the indicators' six columns and the extra ones written, or a 自评表's money in columns
        const moneyColumns = 3 + (initialColumn ? 1 : 0) + (moneyScore ? 2 : 0);
        const width = Math.max(6 + columns.extra.length, selfEvaluation ? 1 + moneyColumns : 6);
        const rest = width - 6;
        // the form's money is in the report's unit (元 in a report of 元), so is its heading
        const execution = head(`预算执行情况（${this.unit}）`, { rowspan: (initial ? 2 : 1) + fundLines.length });
        const budgets: TableCell[] = [head(initial ? '全年预算数：' : '预算数：'), cell(money(budget)), head('执行数：'), cell(money(actual), { colspan: 2 + rest })];
        // a 自评表's money lines: a label, then one cell a column, the last spanning what is left of the form
        const bare = (row: RowModel | undefined): Inline[] => [cellAmount(this.cell(row), '')];
        const moneyLine = (label: TableCell, values: TableCell[]): TableCell[] =>
            [label, ...values.slice(0, -1), { ...values.at(-1)!, colspan: width - values.length }];
        const rateOf = (row: RowModel | undefined) => row ? this.rate(row, '完成预算') : undefined;
        const rateCell = (row: RowModel | undefined) => { const rate = rateOf(row); return cell(rate ? [figure(rate)] : ''); };
        // 分值 | 执行率 | 得分 as the national form prints them, the money's score on 年度资金总额's line
        const rated = (row: RowModel | undefined, scores: boolean): TableCell[] => moneyScore
            ? [cell(scores ? formText(moneyScore.weight ?? fieldText(formField(moneyScore, '分值'))) : ''), rateCell(row), cell(scores ? fieldText(formField(moneyScore, '得分')) : '')]
            : [rateCell(row)];
        const label = (key: string) => texts.find(t => t.key === key);
        const department = label('主管部门');
        const implementer = label('实施单位');
        const rows: TableRow[] = [
            { cells: [head('项目名称'), cell([project.name], { colspan: width - 1 })], line: this.line(project) },
            department && implementer
                ? { cells: [head('主管部门'), cell([department.text], { colspan: 2 }), head('实施单位'), cell([implementer.text], { colspan: width - 4 })], line: this.line(department) }
                : department ?? implementer
                    ? { cells: [head(department ? '主管部门' : '实施单位'), cell([(department ?? implementer)!.text], { colspan: width - 1 })], line: this.line(department ?? implementer) }
                    : { cells: [head('预算单位'), cell(unit ? [unit.text] : [this.short], { colspan: width - 1 })], line: this.line(unit) },
            ...(selfEvaluation
                ? [{ cells: moneyLine(head(`项目资金（${this.unit}）`), [...(initialColumn ? [head('年初预算数')] : []), head('全年预算数'), head('全年执行数'),
                    ...(moneyScore ? [head('分值'), head('执行率'), head('得分')] : [head('执行率')])]) },
                    { cells: moneyLine(head('年度资金总额'), [...(initialColumn ? [cell(initial ? [cellAmount(initial, '')] : '')] : []), cell(bare(budget)), cell(bare(actual)),
                        ...rated(actual, true)]), line: this.rowLine(budget) },
                    ...fundLines.map((fund, i) => {
                        const fundInitial = initialOf(fund.budget);
                        return {
                            cells: moneyLine(head(`${i === 0 ? '其中：' : ''}${fund.name}`), [...(initialColumn ? [cell(fundInitial ? [cellAmount(fundInitial, '')] : '')] : []),
                                cell(bare(fund.budget)), cell(bare(fund.actual)), ...rated(fund.actual, false)]),
                            line: this.rowLine(fund.budget ?? fund.actual),
                        };
                    })]
                : [
                    ...(initial
                        ? [{ cells: [execution, head('年初预算数：'), cell([cellAmount(initial, this.unit)]), cell('', { colspan: 3 + rest })], line: this.rowLine(budget) },
                            { cells: budgets, line: this.rowLine(budget) }]
                        : [{ cells: [execution, ...budgets], line: this.rowLine(budget) }]),
                    ...fundLines.map(fund => {
                        const name = fund.template ?? `${fund.name}：`;
                        return {
                            cells: [head(name), cell(money(fund.budget)), head(name), cell(money(fund.actual), { colspan: 2 + rest })],
                            line: this.rowLine(fund.budget ?? fund.actual),
                        };
                    }),
                ]),
        ];
        // the form's other lines (项目实施内容及过程概述, 评价结论, 存在问题, 改进措施): a 自评表 prints them as its rows,
        // those written before the goals and indicators before them
        const formTexts = selfEvaluation ? texts.filter(t => !['表名', '综述', '预算单位', '主管部门', '实施单位'].includes(t.key)) : [];
        const firstOf = (nodes: readonly AstNode[]) => nodes.map(n => n.$cstNode?.offset ?? Infinity).reduce((a, b) => Math.min(a, b), Infinity);
        const goalsAt = firstOf([...project.goals, ...project.indicators, ...project.scores]);
        const indicatorsAt = firstOf([...project.indicators, ...project.scores]);
        const textRow = (field: TextField): TableRow => ({ cells: [head(field.key), cell([field.text], { colspan: width - 1, align: 'left' })], line: this.line(field) });
        const textsIn = (from: number, to: number) => formTexts.filter(t => (t.$cstNode?.offset ?? 0) >= from && (t.$cstNode?.offset ?? 0) < to).map(textRow);
        const written = !this.scope.unfilledOnly;
        if (written) rows.push(...textsIn(-1, goalsAt));
        if (full || project.goals.length > 0) {
            rows.push({
                cells: [head(selfEvaluation ? '年度总体目标' : '年度目标完成情况', { rowspan: 1 + Math.max(project.goals.length, 1) }),
                    head('预期目标', { colspan: 2 }), head(selfEvaluation ? '实际完成情况' : '实际完成目标', { colspan: 3 + rest })],
                line: this.line(project.goals[0]),
            });
        }
        if (full && project.goals.length === 0) rows.push({ cells: [cell([{ kind: 'missing', text: '年度目标' }], { colspan: 2 }), cell('', { colspan: 3 + rest })] });
        // the goals' and indicators' own rows print the source's words, never a 〔未填写〕: the unfilled check lays out none of them
        for (const goal of written ? project.goals : []) {
            rows.push({ cells: [cell([goal.expected], { colspan: 2, align: 'left' }), cell([goal.actual], { colspan: 3 + rest, align: 'left' })], line: this.line(goal) });
        }
        if (written) rows.push(...textsIn(goalsAt, indicatorsAt));
        const indicators: { first: string; second: string; indicator: Indicator; firstSpan: number; secondSpan: number }[] = [];
        // the unfilled check lays out none of the indicators' rows: it needs their number only
        let indicatorCount = 0;
        for (const list of project.indicators) {
            for (const group of list.groups) {
                const firstAt = indicators.length;
                for (const subgroup of group.groups) {
                    indicatorCount += subgroup.indicators.length;
                    if (!written) continue;
                    const secondAt = indicators.length;
                    for (const indicator of subgroup.indicators) {
                        // a group's points print after its name, as written (产出指标（50分）)
                        indicators.push({ first: group.name + (group.score ?? ''), second: subgroup.name + (subgroup.score ?? ''), indicator, firstSpan: 0, secondSpan: 0 });
                    }
                    if (indicators.length > secondAt) indicators[secondAt].secondSpan = indicators.length - secondAt;
                }
                if (indicators.length > firstAt) indicators[firstAt].firstSpan = indicators.length - firstAt;
            }
        }
        const indicatorRows = full || indicatorCount > 0;
        const totalRows = written && total && indicatorRows ? 1 : 0;
        if (indicatorRows) rows.push({
            cells: [head('绩效指标完成情况', { rowspan: 1 + Math.max(indicatorCount, 1) + totalRows }), head('一级指标'), head('二级指标'), head('三级指标'),
                ...columns.order.map(c => c === '预期' ? head(selfEvaluation ? '年度指标值' : '预期指标值（包含数字及文字描述）')
                    : c === '实际' ? head(selfEvaluation ? '实际完成值' : '实际完成指标值（包含数字及文字描述）') : head(columns.heads.get(c)!))],
            line: this.line(project.indicators[0]),
        });
        if (full && indicatorCount === 0) rows.push({ cells: [cell([{ kind: 'missing', text: '绩效指标' }], { colspan: 5 + rest })] });
        for (const { first, second, indicator, firstSpan, secondSpan } of indicators) {
            const cells: TableCell[] = [];
            if (firstSpan > 0) cells.push(cell(first, { rowspan: firstSpan }));
            if (secondSpan > 0) cells.push(cell(second, { rowspan: secondSpan }));
            const measured = fieldText(formField(indicator, '度量单位')) !== '';
            cells.push(cell(indicator.name), ...columns.order.map(c =>
                c === '预期' ? cell(this.indicatorValue(indicator.expected, measured ? undefined : indicator.actual))
                    : c === '实际' ? cell(this.indicatorValue(indicator.actual, measured ? undefined : indicator.expected))
                        : cell(fieldText(formField(indicator, c)), { align: c === '偏差原因' ? 'left' : undefined })));
            rows.push({ cells, line: this.line(indicator) });
        }
        // 总分 | 分值 | 得分 under the indicators' columns where they are printed
        if (total && totalRows > 0) {
            const weight = formText(total.weight ?? fieldText(formField(total, '分值')));
            const score = fieldText(formField(total, '得分'));
            const at = (c: string) => columns.order.indexOf(c as IndicatorColumn);
            const cells: TableCell[] = [head('总分', { colspan: 3 })];
            if (at('分值') >= 0 && at('得分') > at('分值')) {
                cells[0] = head('总分', { colspan: 3 + at('分值') });
                cells.push(cell(weight), cell(score, { colspan: columns.order.length - at('分值') - 1 }));
            } else {
                cells.push(cell([[weight, score && `得分 ${score}`].filter(Boolean).join('  ')], { colspan: columns.order.length }));
            }
            rows.push({ cells, line: this.line(total) });
        } else if (total && written) {
            const text = [formText(total.weight ?? fieldText(formField(total, '分值'))), fieldText(formField(total, '得分'))].filter(Boolean);
            rows.push({ cells: [head('总分'), cell(text.length === 2 ? `${text[0]}（得分 ${text[1]}）` : text.join(''), { colspan: width - 1 })], line: this.line(total) });
        }
        if (written) rows.push(...textsIn(Math.max(goalsAt, indicatorsAt), Infinity));
        const form: TableBlock = {
            kind: 'table', variant: 'form', id: `project-${n}`, title: ownTitle ?? '项目绩效目标完成情况表', subtitle: ownTitle ? undefined : `（${this.Y}年度）`,
            head: [], body: rows, widths: width === 6 ? [14, 14, 16, 24, 16, 16] : [12, 12, 14, 20, ...Array<number>(width - 4).fill(12)], line: this.line(project),
        };
        this.formProjects.set(form, project);
        blocks.push(form);
        return blocks;
    }

    /**
     * The lines of a project's money under its 预算数 and 执行数, as written (财政拨款, 财政资金, 财政专户管理资金, 单位资金,
     * 其他资金 …); the template's full form adds its own two where the source does not write them.
     */
    private fundLines(budget: RowModel | undefined, actual: RowModel | undefined, full: boolean): FundLine[] {
        const template = [
            { template: '其中-财政拨款：', names: ['财政拨款', '其中财政拨款'] },
            { template: '其它资金：', names: ['其它资金', '其他资金'] },
        ];
        const lines: FundLine[] = [];
        const templateOf = (name: string) => template.find(t => t.names.includes(name));
        for (const row of [...(budget?.children ?? []), ...(actual?.children ?? [])]) {
            const known = templateOf(row.name);
            const same = lines.find(l => l.name === row.name || (known && templateOf(l.name) === known));
            const into = same ?? { name: row.name, template: known?.template };
            if (!same) lines.push(into);
            if (budget?.children.includes(row)) into.budget ??= row;
            else into.actual ??= row;
        }
        // a source that names its funds otherwise (财政资金, 单位资金) prints another form: the template's lines are not its
        if (full && lines.every(l => templateOf(l.name))) {
            template.forEach((t, i) => {
                if (!lines.some(l => t.names.includes(l.name))) lines.splice(Math.min(i, lines.length), 0, { name: t.names[0], template: t.template });
            });
        }
        return lines;
    }

    /**
     * An indicator value as written; a bare number is in the report's unit (万元) unless the other value of the
     * indicator (`partner`) says another (≥100百分比 beside 100), or the form prints a 度量单位 column (no partner).
     */
    private indicatorValue(value: IndicatorValue | undefined, partner?: IndicatorValue): string {
        if (!value) return '';
        if (value.text !== undefined) return value.text;
        const comparator = { '>=': '≥', '<=': '≤', '＞': '>', '＜': '<', '＝': '=' }[value.comparator ?? ''] ?? value.comparator ?? '';
        const percent = /[%％]$/.test(value.amount ?? '');
        const other = partner && readQuantity(partner)?.unit;
        const inMoney = partner !== undefined && (other === undefined || other === '' || other === '万元' || other === '元');
        return `${comparator}${value.amount ?? ''}${value.unit ?? (percent || !inMoney ? '' : this.unit)}`;
    }

    // ---- 名词解释 -------------------------------------------------------------------------

    private glossaryPart(part: PartTemplate, n: number): Section {
        const entries = this.model.report.parts.filter(isGlossary).flatMap(g => g.entries);
        return { kind: 'section', role: 'part', id: `part-${n}`, blocks: [this.partHeading(part, n), ...this.glossaryBlocks(entries)] };
    }

    private glossaryBlocks(entries: readonly GlossaryEntry[]): Block[] {
        // the ordinals the source writes, else the template's reports' style
        const written = entries.map(e => e.ordinal !== undefined ? ordinalStyle(e.ordinal) : undefined).find(s => s !== undefined);
        const style = written ?? this.options.glossaryOrdinal ?? '1.';
        const blocks: Block[] = entries.map((entry, i) => {
            const ordinal = entry.ordinal?.trim() || ordinalOf(style, i + 1);
            // a term printed straight before its definition (住房保障类支出指，为……) is written without a colon, printed so
            return this.para([`${ordinal}${this.glossaryLabel(entry)}${entry.colon === undefined ? '' : '：'}`, entry.definition], this.line(entry), 'plain');
        });
        return blocks.length > 0 ? blocks : [this.para([{ kind: 'missing', text: '名词解释' }])];
    }

    /**
     * A 概况 or 名词解释 printed as a section of 决算说明 (see placeInnerParts): 概况's texts each under its heading, numbered
     * as written, else one level below the section (（一）, or 1. where the sections are （一）); 名词解释's entries as in its part.
     */
    private innerBlocks(node: Overview | Glossary, level: 2 | 3, listed: boolean): Block[] {
        if (isGlossary(node)) return this.glossaryBlocks(node.entries);
        const whole = wholeOverview(node.entries);
        if (whole) return this.fieldText(whole, whole.key);
        const blocks: Block[] = [];
        const fields = node.entries.filter(isWrittenText);
        // a label on its text's line starts its paragraph, as in the 概况 part (see numberedPlan): where every text is
        // so written; where one is printed under a heading all are, numbered, never run-in paragraphs between headings
        const colons = fields.map(runInColon);
        const allRunIn = colons.every(colon => colon !== undefined);
        let k = 0;
        for (const [i, field] of fields.entries()) {
            if (allRunIn) {
                blocks.push(...this.runIn(field, field.key.trim(), colons[i]!));
                continue;
            }
            k++;
            const ordinal = field.ordinal?.trim() || (listed ? `${k}.` : `（${chineseNumber(k)}）`);
            blocks.push(heading(level === 2 ? 3 : 4, `${ordinal}${field.key.trim()}`, undefined, this.line(field)), ...this.fieldText(field, field.key));
        }
        if (!this.scope.unfilledOnly) blocks.push(...this.leftovers(this.sourceTexts(node), blocks));
        return blocks;
    }

    private glossaryLabel(entry: GlossaryEntry): string {
        if (entry.label) return entry.label;
        // a term printed in 【】 (【财政拨款收入】：…) keeps them
        if (!entry.code) return entry.bracketed ? `【${entry.term}】` : entry.term ?? '';
        // the code's path as the tables name it: 一般公共服务支出（201）政府办公厅（室）及相关机构事务（03）行政运行（01）
        for (const table of this.model.tables.values()) {
            let found: RowModel | undefined;
            walkRows(table.rows, r => { if (!found && r.code === entry.code) found = r; });
            if (found) {
                const path: RowModel[] = [];
                for (let r: RowModel | undefined = found; r?.code; r = r.parent) path.unshift(r);
                return path.map((r, i) => `${r.name}（${i === 0 ? r.code : r.code!.slice(path[i - 1].code!.length)}）`).join('');
            }
        }
        return entry.code;
    }


    // ---- 附件 ---------------------------------------------------------------------------

    private attachmentPart(part: PartTemplate, n: number): Section {
        const blocks: Block[] = [this.partHeading(part, n)];
        // a part the report heads with no attachment written (a scan it does not transcribe): 〔未填写〕 under its heading
        if (this.attachments().length === 0) blocks.push(this.para([{ kind: 'missing', text: '附件（源文件中没有附件的内容）' }]));
        this.attachments().forEach((attachment, i) => {
            blocks.push({
                kind: 'section', role: 'attachment', id: `attachment-${i + 1}`, line: this.line(attachment),
                blocks: [
                    ...(labelsItself(attachment.title) ? [] : [this.para([`附件${i + 1}`], this.line(attachment), 'plain')]),
                    { kind: 'heading', level: 2, content: [attachment.title], line: this.line(attachment) },
                    // an attachment's text as written: never a 〔未填写〕
                    ...(this.scope.unfilledOnly ? [] : this.prose(attachment.body, this.textLine(attachment, 'body'))),
                ],
            });
        });
        return { kind: 'section', role: 'part', id: `part-${n}`, blocks };
    }


    // ---- the tables ---------------------------------------------------------------------

    /**
     * The tables as printed, worked out once: the report's in the order it writes them, each under
     * the label and title it writes (see `printedTable`); the template's tables it lacks each after
     * the one before it in the template (first where none is), as the sections are placed, numbered
     * as the template numbers them only where the report does too.
     */
    private printedTables(): readonly PrintedTable[] {
        if (this.tablePlan) return this.tablePlan;
        // in the order of the numbers the report prints, else (浙江 prints none) as written
        const tables = [...this.model.tables.values()];
        const numbered = tablesByNumber(this.model);
        const nodes = this.model.report.parts.filter(isTable);
        // the contents' number before a label (九、公开07表 in a 2022 report keeping the old labels) is where it stands
        const place = new Map(nodes.map((node, i) => {
            const label = tableLabelOf(node);
            return [node, numbered ? label.ordinal ?? label.number ?? Number.MAX_SAFE_INTEGER : i];
        }));
        const written = tables.sort((a, b) => place.get(a.node)! - place.get(b.node)!);
        // 浙江 numbers its tables its own way (表7 for the template's 表8), or not at all; a table whose contents' number
        // the copy lost (、收入决算表) was numbered like the others, the report is not one of titles alone; nor is a table
        // of the report's own written by its title (部门整体支出绩效自评表 after 表5): the template's keep their numbers
        const ownNumbers = written.some(t => t.written.renumbered || (t.written.style === '表名' && !lostOrdinal(t) && t.template !== undefined));
        const planned = written.map(table => this.printedTable(table, ownNumbers));
        const label = writtenLabelStyle(written);
        // a table it lacks labelled in its title as the others are (表四：…), where all are so
        const joints = new Set(written.map(labelJoint));
        const joint = joints.size === 1 ? [...joints][0] : undefined;
        // written as the contents number them (一、收入支出决算总表), a table it lacks is too: no page label
        // it never wrote, the ordinal in its style where it writes one
        const byContents = written.filter(t => !lostOrdinal(t));
        const ordinals = new Set(byContents.map(t => t.written.style === '目录' ? ordinalStyle(t.written.text) : undefined));
        const byOrdinal = written.length > 0 && byContents.every(t => t.written.style === '目录');
        const ordinal = (ordinals.size === 1 ? [...ordinals][0] : undefined) ?? '一、';
        // its contents listing its tables by label (目录 「表号和表名」: 表1 收入支出决算总表), a table it lacks is listed so too
        const labelsListed = label !== undefined && (this.contentsLabels === 'label' || this.contentsLabels === 'ordinal');
        let at = -1;
        // a table the report's year did not yet print everywhere (printedFrom), or whose figures are rows of a table of the
        // report's own (内蒙古 2019–2021: “三公” in 机构运行信息表), is left out where the report has none
        const expected = this.model.template.tables.filter(t => !this.notYetPrinted(t) && printedAsRowsIn(this.model, t) === undefined);
        for (const template of expected) {
            const found = planned.findIndex(p => p.number === template.number);
            if (found >= 0) at = found;
            else planned.splice(++at, 0, ownNumbers ? { ...template, contents: template.title }
                : byOrdinal ? { ...template, heading: `${ordinalOf(ordinal, template.number)}${template.title}`, contents: `${ordinalOf(ordinal, template.number)}${template.title}` }
                : label && joint ? this.labelledInTitle(template, template.title, `${label(template.number)}${joint}`)
                : labelsListed && this.contentsLabels === 'ordinal'
                    ? { ...this.templateNumbered(template, template.title, label(template.number)), contents: `${chineseNumber(template.number)}、${label(template.number)} ${template.title}` }
                : labelsListed ? { ...template, heading: `${label(template.number)} ${template.title}`, contents: `${label(template.number)} ${template.title}` }
                : this.templateNumbered(template, template.title, label?.(template.number)));
        }
        const byPlace = this.withLostOrdinals(this.contentsLabels === 'title' ? this.listedByOrdinal(planned, written, ordinal) : planned, written);
        const listed = this.options.numbersTitleOnlyTables && this.contentsLabels === undefined ? numberedAfterNumbered(byPlace) : byPlace;
        // the label on the title's line where the report says its pages print it so (表题 「表号和表名」, 广东: 表1 收入支出决算总表)
        const joined = this.model.meta.tableTitle?.includes('表号') === true;
        this.tablePlan = joined ? listed.map(t => t.label && t.heading === undefined ? { ...t, label: undefined, heading: `${t.label} ${t.title}` } : t) : listed;
        return this.tablePlan;
    }

    /**
     * Each table whose contents' number the copy lost (、收入支出决算总表) with the number its place gives: the template's
     * number where the report numbers its other tables as the template does (or none), as the contents list the tables
     * it lacks; else one more than the nearest table before it that is numbered, else one less than the nearest after
     * it, else its place among the report's tables. In the style the report numbers its tables (一、 where none).
     */
    private withLostOrdinals(planned: readonly PrintedTable[], written: readonly TableModel[]): PrintedTable[] {
        if (!written.some(lostOrdinal)) return [...planned];
        // the style of the ordinals the others write, before a title or a label (一、表二 收入决算表)
        const styles = new Set(written.flatMap(t => t.node.ordinal !== undefined && !lostOrdinal(t) ? [ordinalStyle(t.node.ordinal.trim())] : []));
        const style = (styles.size === 1 ? [...styles][0] : undefined) ?? '一、';
        // the numbers as written, not as read (二、支出决算表 is the template's 表3); a lost one's label (、表二) is not its ordinal
        const numbers = written.map(t => {
            const label = tableLabelOf(t.node);
            return label.style === '表名' || lostOrdinal(t) ? undefined : label.ordinal ?? label.number;
        });
        const templates = written.every((t, i) => numbers[i] === undefined || numbers[i] === t.number);
        const expected = (i: number): number => {
            if (templates && written[i].template !== undefined) return written[i].number;
            for (let d = 1; d <= i; d++) if (numbers[i - d] !== undefined) return numbers[i - d]! + d;
            for (let d = 1; i + d < numbers.length; d++) if (numbers[i + d] !== undefined && numbers[i + d]! > d) return numbers[i + d]! - d;
            return i + 1;
        };
        return planned.map(table => {
            const at = written.findIndex(t => t.number === table.number);
            if (at < 0 || !lostOrdinal(written[at])) return table;
            return { ...table, lost: { expected: ordinalOf(style, expected(at)), at: lostOrdinalOffset(written[at].node) } };
        });
    }

    /**
     * The tables where the contents list each by an ordinal and its title, no label (目录 「序号和表名」, as most
     * contents print them whatever the pages carry): the ordinal a table writes, else its place in the list; a table
     * the report lacks is headed so on its page too where every table it has writes its ordinal there.
     */
    private listedByOrdinal(planned: readonly PrintedTable[], written: readonly TableModel[], style: OrdinalStyle): PrintedTable[] {
        const ordinals = written.length > 0 && written.every(t => t.node.ordinal !== undefined);
        return planned.map((table, i) => {
            const model = written.find(t => t.number === table.number);
            if (model?.node.ordinal !== undefined) return table;
            const line = `${ordinalOf(style, i + 1)}${table.title}`;
            return { ...table, contents: line, ...(model === undefined && ordinals ? { heading: line } : {}) };
        });
    }

    /**
     * A table of the report as printed, under the title it writes (收入决算表（分科目）). In a report
     * numbered as the template numbers it (表5, 公开05表 or 5. for its 表5: the same number), the
     * template's label and contents ordinal; in one numbered its own way, the label it writes (表7 for
     * the template's 表8) and the ordinal of that number; written by the title alone, neither.
     */
    private printedTable(table: TableModel, ownNumbers: boolean): PrintedTable {
        const bare = table.node.title ?? table.template?.title ?? table.title;
        // printed in the 《》 it is written in (天津: 一、《收入支出决算总表》), which are not its words
        const written = table.node.title !== undefined ? nodeForProperty(table.node.$cstNode, 'title')?.text.trim() : undefined;
        const title = written?.startsWith('《') && written.endsWith('》') ? `《${bare}》` : bare;
        // a table the template reads as one of its own but printed as another of the standard set (天津:
        // 国有资本经营预算财政拨款收入支出决算表 for the 支出 table) is headed with that one's columns where it writes none and
        // is empty: rows are read under the template's columns, so are printed under them (else 合计 10.00 lost its 10.00)
        const shape = table.node.columns === undefined && table.rows.length === 0 ? standardTableTitled(bare) : undefined;
        const columns = shape && shape.role !== table.template?.role ? { columns: shape.columns, columnHeads: shape.columnHeads } : {};
        const template = { ...(table.template ?? { title: table.title, columns: table.columns, groups: ownSides(table, this.model.template.ofWhichRow) }), ...columns, number: table.number };
        // its contents' number lost in the copy (、收入支出决算总表): printed as written, in the contents and over the table,
        // as a numbered one prints its number (the number its place gives is the hint's to offer)
        if (lostOrdinal(table) && table.written.style === '表名') return { ...template, title, heading: `、${title}`, contents: `、${title}` };
        const label = table.written;
        // 附表1 or 表一 for the template's 公开01表: the number is the template's, the label the report's
        const printed = label.text.replace(/\s+/g, '');
        // 表一：收入支出决算总表 (广西): the label is part of the title, in the contents and over the table
        const joint = labelJoint(table);
        if (joint !== undefined) {
            return ownNumbers ? { ...template, title, heading: `${printed}${joint}${title}`, contents: `${printed}${joint}${title}` }
                : this.labelledInTitle(template, title, `${printed}${joint}`);
        }
        // 一、收入支出决算总表: the ordinal the contents print, over the table too where the report writes it there (as the
        // published pages head each table), and no label of the table's page it never wrote
        if (label.style === '目录') return { ...template, title, heading: `${label.text}${title}`, contents: `${label.text}${title}` };
        // 二、收入决算表（公开02表）: the label where it is written, after the title, in the contents and over the table
        if (label.afterTitle) {
            // in brackets as written (收入决算表（公开02表）), part of the title; after a space (一、收入支出决算总表 公开01表) the
            // page's label, which a PDF's text puts on the title's line (江苏, 甘肃 张家川: 公开01表 printed apart, over the table):
            // on the page's label line, never glued to the title in the contents or over the table
            const bracketed = table.node.titleLabel !== undefined;
            const written = bracketed ? `${title}${table.node.titleLabel}` : title;
            const ordinal = table.node.ordinal?.trim();
            const number = ownNumbers ? label.number : table.number;
            // the ordinal written before the title heads the table too, as the page prints it (甘肃 张家川: 一、收入支出决算总表 over 公开01表)
            // kept on the title's line where the report says its pages (表题 「表号和表名」) or its contents (目录 「表号和表名」) print it so
            const withLabel = bracketed ? written : `${title} ${printed}`;
            const joined = this.model.meta.tableTitle?.includes('表号') === true;
            const heading = ordinal ? { heading: `${ordinal}${joined ? withLabel : written}` } : {};
            const page = bracketed || joined ? {} : { label: printed };
            // contents listing ordinals and titles alone (目录 「序号和表名」, 江苏): the label on the page only
            const listed = this.contentsLabels === 'title' ? title : this.contentsLabels === undefined ? written : withLabel;
            return { ...template, title: written, ...heading, ...page, contents: ordinal ? `${ordinal}${listed}` : number !== undefined ? `${chineseNumber(number)}、${listed}` : listed };
        }
        const ordinal = table.node.ordinal?.trim();
        // its contents listing ordinals and titles alone (目录 「序号和表名」): the page as the line writes it, the ordinal over the
        // title and the label at its place (一、公开01表 收入支出决算总表 → 一、收入支出决算总表 under 公开01表)
        if (this.contentsLabels === 'title') {
            const numbered = ownNumbers ? { ...template, title, label: label.style === '表名' ? undefined : label.text, contents: title }
                : this.templateNumbered(template, title, bareNumber(label) ? undefined : printed);
            return ordinal ? { ...numbered, heading: `${ordinal}${title}`, contents: `${ordinal}${title}` } : numbered;
        }
        // the contents' ordinal it writes before its label (一、表一 收入支出决算总表, 九、公开07表 …) is its line in the
        // contents, the label with it; so the label alone where the report says its contents list the tables so (目录 「表号和表名」)
        const listed = this.contentsLabels === 'ordinal' ? `${chineseNumber(tableLabelOf(table.node).number ?? table.number)}、` : '';
        const line = ordinal ? `${ordinal}${printed} ${title}` : this.contentsLabels && /\D/.test(printed) ? `${listed}${printed} ${title}` : undefined;
        // written by its title alone: no number, in the contents or over it (a table of the report's own among numbered ones)
        if (label.style === '表名') return { ...template, title, contents: title };
        if (!ownNumbers) {
            const numbered = this.templateNumbered(template, title, bareNumber(label) ? undefined : printed);
            // listed by label alone (福建: 表1 收入支出决算总表), the page heads the table so too, no other label beside it
            if (line && !ordinal) return { ...numbered, label: undefined, heading: line, contents: line };
            return line ? { ...numbered, contents: line } : numbered;
        }
        const number = tableLabelOf(table.node).number;
        const contents = line ?? (number !== undefined ? `${chineseNumber(number)}、${title}` : title);
        return { ...template, title, label: label.text, contents };
    }

    /**
     * How the report's contents list its tables where it says so (目录 「表号和表名」: 表1 收入支出决算总表; 「序号、表号和表名」:
     * 一、表1 收入支出决算总表; 「序号和表名」: 一、收入支出决算总表 whatever label or ordinal the pages print); undefined where
     * they number them 一、 as the template's do: a label written before a title may be the template's label alone (表 6),
     * nothing in it says the contents print it.
     */
    private get contentsLabels(): 'label' | 'ordinal' | 'title' | undefined {
        const written = this.contentsSays;
        if (written === undefined) return undefined;
        if (!written.includes('表号')) return written.includes('序号') && written.includes('表名') ? 'title' : undefined;
        return written.includes('序号') ? 'ordinal' : 'label';
    }

    /**
     * A table whose title line begins with its label (表一：收入支出决算总表): so in the contents, over it only a page code the
     * template prints apart from its number (公开01表, as 广西's pages carry it), never the template's number again (附表1).
     */
    private labelledInTitle(table: Omit<PrintedTable, 'label' | 'contents'>, title: string, label: string): PrintedTable {
        return { ...this.templateNumbered(table, title), label: this.options.tablePageLabel?.(table.number), heading: `${label}${title}`, contents: `${label}${title}` };
    }

    /** A table under the template's number: its page label (the report's own where it writes one) and contents ordinal. */
    private templateNumbered(table: Omit<PrintedTable, 'label' | 'contents'>, title: string, written?: string): PrintedTable {
        return {
            ...table, title,
            label: written ?? (this.options.tablePageLabel ?? this.model.template.tableLabel)(table.number),
            contents: `${chineseNumber(table.number)}、${title}`,
        };
    }

    private tablePart(part: PartTemplate, n: number): Section[] {
        const templates = this.printedTables();
        const list: Block[] = [this.partHeading(part, n), ...(this.tablesTitle !== undefined ? [heading(2, this.tablesTitle, 'tables-title')] : [])];
        // the list's lines link to the pages and print no 〔未填写〕: not made when looking for one
        const listed = !this.scope.unfilledOnly && (this.model.meta.tableList ?? this.options.tableList);
        for (const table of listed ? templates : []) {
            list.push(this.para([{ kind: 'link', target: `table-${table.number}`, content: [table.contents] }],
                this.line(this.tableNumbered(table.number)?.node), 'plain'));
            for (const { note, id } of this.listedNotes(table.number)) {
                list.push(this.para([{ kind: 'link', target: id, content: [`${note.ordinal}${note.title}`] }], this.line(note), 'plain'));
            }
        }
        // its pages printed in an attachment after every part: here the pointer to it (报表详见附件1)
        if (this.tablesAttachment !== undefined) {
            const pointer = /^附件\s*[\d一二三四五六七八九十]*/.exec(this.tablesAttachment)![0].replace(/\s+/g, '');
            return [{ kind: 'section', role: 'part', id: `part-${n}`, blocks: [...list, { ...this.para([`报表详见${pointer}。`]), generated: true }] }];
        }
        return [{ kind: 'section', role: 'part', id: `part-${n}`, blocks: list }, ...this.tablePages()];
    }

    /** The tables part's pages where they are printed in an attachment of their own after every part (北京: 附件1), under its heading. */
    private attachedTables(): Section[] {
        if (this.tablesAttachment === undefined || !this.parts.some(p => partKind(p) === 'tables')) return [];
        return [
            { kind: 'section', role: 'part', id: 'tables-attachment', blocks: [heading(1, this.tablesAttachment, 'tables-attachment-title')] },
            ...this.tablePages(),
        ];
    }

    /** A page for each table, as printed, and for each note listed among them after the table before it. */
    private tablePages(): Section[] {
        const pages: Section[] = [];
        for (const template of this.printedTables()) {
            const block = this.dataTable(template);
            const columns = Math.max(0, ...block.head.map(row => row.cells.reduce((n, c) => n + (c.colspan ?? 1), 0)));
            pages.push({
                kind: 'section', role: 'table-page', id: `table-${template.number}`, landscape: columns >= LANDSCAPE_COLUMNS,
                line: block.line, blocks: [block],
            });
            for (const { note, id } of this.listedNotes(template.number)) {
                pages.push({
                    kind: 'section', role: 'table-page', id, line: this.line(note), blocks: [
                        { kind: 'heading', level: 2, content: [`${note.ordinal}${note.title}`], line: this.line(note) },
                        // the note's text as written: never a 〔未填写〕
                        ...(this.scope.unfilledOnly ? [] : this.prose(note.text, this.textLine(note, 'text'))),
                    ],
                });
            }
        }
        return pages;
    }

    /**
     * The notes the report numbers in its list of tables (天津: 十二、关于空表的说明) that follow the table of `number` in
     * the source (written before every table: after the last table printed), each with its page's id.
     */
    private listedNotes(number: number): { note: TableNote; id: string }[] {
        const notes = this.model.report.parts.filter(isTableNote);
        if (notes.length === 0) return [];
        const printed = this.printedTables();
        const numbers = new Map([...this.model.tables.values()].map(t => [t.node as AstNode, t.number]));
        let after = printed.at(-1)?.number;
        const placed: { note: TableNote; id: string }[] = [];
        this.model.report.parts.forEach(part => {
            if (isTable(part)) after = numbers.get(part) ?? after;
            else if (isTableNote(part) && after === number) placed.push({ note: part, id: `table-note-${notes.indexOf(part) + 1}` });
        });
        return placed;
    }

    private dataTable(template: PrintedTable): TableBlock {
        const table = this.tableNumbered(template.number);
        const base = {
            kind: 'table' as const,
            title: template.heading ?? template.title,
            label: template.label,
            ...(template.lost ? { lostOrdinal: template.lost } : {}),
            labelUnder: this.labelUnder(template.number, table),
            // the line above a table and the notes under it print no 〔未填写〕
            ...(this.scope.unfilledOnly ? {} : this.tableMeta(table)),
            variant: 'data' as const,
            line: this.line(table?.node),
        };
        const wide = template.wide && printsRows(table) && table.rows.every(r => r.children.every(c => c.children.length === 0))
            && (table.rows.length > 0 || table.template?.rows !== undefined)
            // a source writing more columns than the row's (预算数 and 决算数 each by fund, 巢湖) prints its rows as lines;
            // so does one whose header names the rows' own column (海南: 列【项目 预算数 决算数】, items down the page)
            && table.columns.every(c => template.columns.includes(c)) && !table.node.columns?.names.some(isRowHeading);
        // the rows of a table of figures print its names and figures as written, never a 〔未填写〕; but for the wide
        // table's template rows left out
        if (this.scope.unfilledOnly && table && !table.empty && table.rows.length > 0 && !(wide && this.wideFill(table) === 'unfilled')) return { ...base, head: [], body: [] };
        const halves = printsRows(table) ? this.halvesTable(template, table) ?? this.addedHalvesTable(template, table) : undefined;
        const block = template.groups && template.groups.length === 2 ? { ...base, ...this.twoSidedTable(template, table) }
            : halves ? { ...base, ...halves }
            : wide ? { ...base, ...this.wideTable(template, table) }
            : this.listTable(template, table, base);
        // a table the report does not have: its title and 〔未填写〕, no rows (every format prints no grid
        // without rows); not 无数据, which would say what the author never wrote
        return table ? { ...block, ...(this.scope.unfilledOnly ? {} : { notes: this.tableNotes(table) }) } : { ...block, body: [], statement: [{ kind: 'missing', text: '源文件中没有这张表' }] };
    }

    /**
     * The label a page prints under the title (四川: 附表1 over 收入支出决算总表, 公开01表 under it) as written; a table the
     * report lacks prints one in its style where every table it has prints one.
     */
    private labelUnder(number: number, table: TableModel | undefined): string | undefined {
        const under = this.options.labelUnderTitle;
        // the template's label, or a bare number (1 收入支出决算总表), which the page prints as the template's
        const templateLabelled = (t: TableModel) => t.written.page === undefined
            && (bareNumber(t.written) || t.written.text.replace(/\s+/g, '') === this.model.template.tableLabel(t.number));
        if (table) return table.written.page?.text.replace(/\s+/g, '') ?? (under && templateLabelled(table) ? under(number) : undefined);
        const tables = [...this.model.tables.values()];
        if (tables.length === 0) return undefined;
        if (tables.every(t => t.written.page !== undefined)) return labelLike(tables[0].written.page!, number);
        return under && tables.every(t => t.written.page !== undefined || templateLabelled(t)) ? under(number) : undefined;
    }

    /**
     * The line above a table: as the report prints it where it writes one (单位行 「…」 in the table, else for every table),
     * its first piece at the left, its last at the right (one piece naming the unit, 金额单位：万元, at the right), any
     * between in the middle; else the department and the unit.
     */
    private tableMeta(table: TableModel | undefined): Pick<TableBlock, 'owner' | 'middle' | 'unit'> {
        const written = table?.notes.find(field => field.key.trim() === TABLE_META_KEY)?.text ?? this.model.meta.tableMeta;
        // no unit of money above a table of counts only, or over a text
        const noAmounts = this.countsOnly(table) || (table !== undefined && isTextOnlyTable(table, this.model));
        if (written === undefined) return noAmounts ? { owner: this.owner } : { owner: this.owner, unit: `单位：${this.unit}` };
        const { left, middle, right } = tableMetaPieces(written);
        return { owner: left, middle: middle.join('　　') || undefined, unit: right };
    }

    /**
     * Whether a table's figures are all counts (山西's 部门决算公开相关信息统计表: 公务用车保有量（辆） 6): no amount in it,
     * so no unit of money above it.
     */
    private countsOnly(table: TableModel | undefined): boolean {
        if (!table || table.empty) return false;
        let counts = 0;
        let amounts = 0;
        walkRows(table.rows, row => {
            for (const figure of [...row.cells.values(), ...[...row.attributes.values()].flatMap(byColumn => [...byColumn.values()])]) {
                if (figure.unit === '%') continue;
                if (figure.unit === this.unit) amounts++;
                else counts++;
            }
        });
        return counts > 0 && amounts === 0;
    }

    /** The texts written in a table, printed under it as written: 注：…, 说明：…, any other key likewise. */
    private tableNotes(table: TableModel): Paragraph[] {
        return table.notes.flatMap(field => {
            // `无数据 注 「…」` reads as one key, 无数据注: the empty table's 注 (docs/language.md), printed 注：…
            const key = field.key.trim().replace(/^无数据\s*(?=\S)/, '');
            if (key === TABLE_META_KEY) return [];
            const first = this.textLine(field, 'text');
            const lines = field.text.split(/\r?\n/).map(line => line.trim()).filter(line => line !== '');
            if (lines.length === 0) return [];
            // a text copied with its own label (注：, 说明：) keeps it once, under whichever key it was written
            const [head, ...rest] = lines;
            const own = /^(注|说明|备注|附注)\s*[：:]/.exec(head);
            const keyed = head.startsWith(key) ? /^\s*[：:]/.exec(head.slice(key.length)) : null;
            const [label, text] = own ? [own[1], head.slice(own[0].length)] : [key, keyed ? head.slice(key.length + keyed[0].length) : head];
            return [`${label}：${text.trim()}`, ...rest]
                .map((line, i) => this.para([line], first !== undefined ? first + i : undefined, 'plain'));
        });
    }

    private listTable(template: PrintedTable, table: TableModel | undefined, base: Omit<TableBlock, 'head' | 'body'>): TableBlock {
        // a text the report lists among its tables prints under the heading as written: no grid, no 〔未填写〕
        if (table && isTextOnlyTable(table, this.model)) return { ...base, head: [], body: [] };
        const columns = this.columnsOfTable(template);
        // a table of the report's own printed with the codes it writes too (山西's （二） by 经济分类)
        const coded = template.codes !== undefined || (table !== undefined && someRow(table.rows, row => row.code !== undefined));
        // a table without codes heads its rows as the report does (单位名称 in a table by unit), by a single column's name
        const rowHeading = table?.node.columns?.names.find(name => isRowHeading(name) && !name.endsWith('编码') && !name.includes('{')) ?? '项目';
        const labelHead: TableCell[] = coded
            ? [{ content: ['科目编码'], header: true }, { content: ['科目名称'], header: true }]
            : [{ content: [rowHeading], header: true }];
        // a table keeps what its rows say in words (用途, 备注; 承接主体, 购买服务内容 written as 说明):
        // a column for each such word some row has or 列【…】 names
        const noteKeys = table ? NOTE_KEYS.filter(key => table.columns.includes(key) || someRow(table.rows, row => row.texts.has(key))) : [];
        const noteHead: TableCell[] = noteKeys.map(key => ({ content: [key], header: true }));
        const head = columnHeadRows(printedHeadings(template, table, columns), labelHead, noteHead, coded ? '项目' : undefined);
        const width = labelHead.length + columns.length + noteHead.length;
        const body: TableRow[] = [];
        if (printsRows(table)) {
            const visit = (rows: readonly RowModel[], depth: number) => {
                rows.forEach((row, i) => {
                    // 其中：（1）公务用车运行维护费 written on one line is one printed row, 其中 and the row it heads
                    if (this.headsOnItsLine(row, rows[i + 1])) return;
                    const name = `${i > 0 && this.headsOnItsLine(rows[i - 1], row) ? '其中：' : ''}${printedName(row)}`;
                    const label: TableCell[] = coded
                        ? [{ content: [row.code ?? ''], align: 'left' }, { content: [name], indent: depth, align: 'left' }]
                        : [{ content: [name], indent: depth, align: 'left' }];
                    const note: TableCell[] = noteKeys.map(key => ({ content: [row.texts.get(key) ?? ''], align: 'left' }));
                    body.push({
                        cells: [...label, ...columns.map(c => this.valueCell(row, c)), ...note],
                        line: this.rowLine(row), emphasis: this.isTotal(row) ? 'total' : undefined,
                    });
                    visit(row.children, depth + 1);
                });
            };
            visit(table.rows, 0);
        }
        const widths = coded ? [12, 30, ...columns.map(() => 14)] : [40, ...columns.map(() => 18)];
        return { ...base, head, body: this.bodyOrNote(table, body, width), statement: this.statement(table, template), widths: [...widths, ...noteKeys.map(() => 40)] };
    }

    /**
     * One wide row, as the 财政部 format prints the 三公 table: a group of columns per figure column
     * (预算数, 决算数), in each the rows in order, a row with parts as 小计 and its parts.
     */
    private wideTable(template: PrintedTable, table: TableModel): Pick<TableBlock, 'head' | 'body' | 'widths'> {
        const columns = this.columnsOfTable(template);
        const fill = this.wideFill(table);
        const rows = wideRows(table, fill);
        const span = (row: WideRow) => row.children.length === 0 ? 1 : 1 + row.children.length;
        if (this.options.wideByHead) return this.wideTableByHead(table, fill, rows, columns, span);
        const width = rows.reduce((n, row) => n + span(row), 0);
        const split = rows.some(row => row.children.length > 0);
        const head: TableRow[] = [
            { cells: columns.map(c => ({ content: [columnHeading(table, c)], header: true, colspan: width })) },
            { cells: columns.flatMap(() => rows.map(row => ({ content: [row.name], header: true, colspan: span(row) > 1 ? span(row) : undefined, rowspan: split && row.children.length === 0 ? 2 : undefined }))) },
        ];
        if (split) {
            head.push({ cells: columns.flatMap(() => rows.flatMap(row => row.children.length === 0 ? []
                : [{ content: ['小计'], header: true }, ...row.children.map(child => ({ content: [child.name], header: true }))])) });
        }
        const figures = columns.flatMap(c => rows.flatMap(row => [row, ...row.children].map(r => this.wideCell(table, fill, r, c))));
        return { head, body: this.wideBody(table, figures), widths: figures.map(() => 10) };
    }

    /** The wide table head by head (see `LayoutOptions.wideByHead`): each head, and each of its parts, over the figure columns. */
    private wideTableByHead(table: TableModel, fill: WideFill | undefined, rows: readonly WideRow[], columns: readonly string[], span: (row: WideRow) => number): Pick<TableBlock, 'head' | 'body' | 'widths'> {
        const split = rows.some(row => row.children.length > 0);
        const head: TableRow[] = [
            { cells: rows.map(row => ({ content: [row.name], header: true, colspan: span(row) * columns.length, rowspan: split && row.children.length === 0 ? 2 : undefined })) },
        ];
        if (split) {
            head.push({ cells: rows.flatMap(row => row.children.length === 0 ? []
                : ['小计', ...row.children.map(child => child.name)].map(name => ({ content: [name], header: true, colspan: columns.length }))) });
        }
        const leaves = rows.flatMap(row => row.children.length === 0 ? [row] : [row, ...row.children]);
        head.push({ cells: leaves.flatMap(() => columns.map(c => ({ content: [columnHeading(table, c)], header: true }))) });
        const figures = leaves.flatMap(row => columns.map(c => this.wideCell(table, fill, row, c)));
        return { head, body: this.wideBody(table, figures), widths: figures.map(() => 10) };
    }

    /**
     * A wide table's figure: a row of the template the report leaves out prints 〔未填写〕, named for the unfilled list;
     * under a 合计 of nothing, - (the row spent nothing either).
     */
    private wideCell(table: TableModel, fill: WideFill | undefined, row: WideRow, column: string): TableCell {
        // a row written by its parts alone (公务用车购置及运行维护费 { … }) under a 合计 of nothing: its 小计 is nothing too
        if (row.row && (fill !== 'nil' || row.row.cells.has(column))) return this.valueCell(row.row, column);
        return { content: [fill === 'nil' ? '-' : { kind: 'missing', text: `${row.name}（${columnHeading(table, column)}）` }], align: 'right' };
    }

    /**
     * Whether a wide table prints the template's rows it leaves out (wideRows), and how: none written ('unfilled', its
     * head over one 〔未填写〕); the rows written visibly fall short of their 合计 ('unfilled': the rest are yet to be
     * written); their 合计 is nothing (- or 0: 'nil', the rest printed -). Not a table of rows of its own (“三公”经费小计
     * over its items, 会议费), nor an excerpt (……), nor one whose rows add up to its 合计 or that writes its 合计 alone:
     * those print as written, whatever rows a correct report leaves out.
     */
    private wideFill(table: TableModel): WideFill | undefined {
        if (table.empty) return undefined;
        if (table.rows.length === 0) return 'unfilled';
        const template = table.template;
        const parts = template?.rowParts;
        const own = (row: RowModel) => template?.rows?.includes(row.canonicalName) && !isLeftOut(row)
            && row.children.every(child => parts?.get(row.canonicalName)?.includes(child.canonicalName) && child.children.length === 0);
        if (!table.rows.every(own)) return undefined;
        const total = this.row(table.rows, '合计');
        const figures = [...total?.cells.values() ?? []];
        if (figures.length === 0) return undefined;
        if (figures.every(f => f.value.isZero())) return 'nil';
        if (table.rows.length === 1) return undefined;
        // the model's sum of the rows written against the 合计: short of it (not within its rounding), rows are missing
        const short = this.model.relations.some(r => r.rule === 'sum-total' && figures.includes(r.target)
            && !r.holds && r.value.lt(r.target.value));
        return short ? 'unfilled' : undefined;
    }

    /** Whether a table's rows add up to its 合计: the model's sums of them, each within its rounding, and one at least. */
    private addsUp(total: RowModel | undefined): boolean {
        const figures = [...total?.cells.values() ?? []];
        const sums = this.model.relations.filter(r => r.rule === 'sum-total' && figures.includes(r.target));
        return sums.length > 0 && sums.every(r => r.holds && !r.atLeast);
    }

    /** A wide table's one line of figures; a table with no rows written one 〔未填写〕 across, under the template's head. */
    private wideBody(table: TableModel, figures: TableCell[]): TableRow[] {
        return this.bodyOrNote(table, table.rows.length > 0 ? [{ cells: figures, line: this.line(table.node) }] : [], figures.length);
    }

    /**
     * The halves side by side (see `LayoutOptions.halves`): each half the code rows its report groups
     * under it (人员经费 { 30101 … }) or whose class it sums (301, 303), in order, spread over its
     * groups of columns. Undefined, for one list, where a row belongs to no half or the report writes
     * more than the one figure column (the printing that splits each code's amount into columns).
     */
    private halvesTable(template: PrintedTable, table: TableModel): Pick<TableBlock, 'head' | 'body' | 'widths'> | undefined {
        const option = this.options.halves;
        const sums = template.codeSums ?? [];
        if (!option || option.role !== template.role || sums.length !== option.groups.length) return undefined;
        const columns = this.columnsOfTable(template);
        if (columns.length !== 1) return undefined;
        const halves = sums.map((sum, i) => ({ sum, groups: option.groups[i], total: undefined as RowModel | undefined, lines: [] as { row: RowModel; depth: number }[] }));
        const others: RowModel[] = [];
        const add = (half: (typeof halves)[number], rows: readonly RowModel[]) => walkRows(rows, row => half.lines.push({ row, depth: depthBelow(row, rows) }));
        for (const row of table.rows) {
            const named = halves.find(h => h.sum.row === row.canonicalName);
            const byClass = halves.find(h => ofCodeSum(h.sum, row.code));
            if (named && !named.total) {
                named.total = row;
                add(named, row.children);
            } else if (byClass) add(byClass, [row]);
            else if (!row.code && this.isTotal(row)) others.push(row);
            else return undefined;
        }
        const heading = columnHeading(table, columns[0]);
        // a class and its items never parted, as the format prints them (公开06表: 302 商品和服务支出 down the first of
        // 公用经费's groups however long, 307 310 399 down the second); each half's classes in order, parted where its
        // tallest group is least tall
        const groups = halves.flatMap(h => partedEvenly(classBlocks(h.lines), h.groups));
        const width = 3 * groups.length;
        const head: TableRow[] = [
            { cells: halves.map(h => ({ content: [h.sum.row], header: true, colspan: 3 * h.groups })) },
            { cells: groups.flatMap(() => ['科目编码', '科目名称', heading].map(text => ({ content: [text], header: true }))) },
        ];
        const body: TableRow[] = [];
        for (let i = 0; i < Math.max(0, ...groups.map(g => g.length)); i++) {
            const lines = groups.map(g => g[i]);
            body.push({
                cells: lines.flatMap(line => [
                    { content: [line?.row.code ?? ''], align: 'left' as const, line: this.rowLine(line?.row) },
                    { content: [line ? printedName(line.row) : ''], align: 'left' as const, indent: line?.depth },
                    line ? this.valueCell(line.row, columns[0]) : { content: [''] },
                ]),
                line: this.rowLine(lines.find(l => l)?.row),
            });
        }
        // each half closed by its 合计 row where the report writes it
        if (halves.some(h => h.total)) {
            body.push({
                cells: halves.flatMap(h => [
                    { content: [h.total ? printedName(h.total) : ''], colspan: 3 * h.groups - 1, align: 'center' as const },
                    h.total ? this.valueCell(h.total, columns[0]) : { content: [''] },
                ]),
                line: this.rowLine(halves.find(h => h.total)?.total), emphasis: 'total',
            });
        }
        for (const row of others) {
            body.push({
                cells: [{ content: [printedName(row)], colspan: width - 1, align: 'center' }, this.valueCell(row, columns[0])],
                line: this.rowLine(row), emphasis: 'total',
            });
        }
        return { head, body: this.bodyOrNote(table, body, width), widths: groups.flatMap(() => [10, 20, 12]) };
    }

    /**
     * A table the report adds printed in two halves side by side (资产 | 负债和净资产): its rows as written, up to the
     * first half's total at the left, the rest at the right, the two totals on the last line. Undefined, for one list,
     * where the rows do not fall so (no such total, or the second half not closed by its own).
     */
    private addedHalvesTable(template: PrintedTable, table: TableModel): Pick<TableBlock, 'head' | 'body' | 'widths'> | undefined {
        if (table.template) return undefined;
        const halves = ADDED_TABLES.find(t => t.title.test(table.title))?.halves;
        const closes = (row: RowModel | undefined, names: readonly string[]) => row !== undefined && (names.includes(row.name) || names.includes(row.canonicalName));
        // each half closed by its total (资产总计 | 负债和净资产总计), or the rows numbered afresh from 1 (云南's 表10: 1.因公出国（境）费 …
        // 4.行政参公单位机关运行经费 | 1.因公出国（境）团组数（个） … 8.…): a half of its own printed beside the first
        const end = halves ? table.rows.findIndex(row => closes(row, halves[0])) : renumberedFrom(table.rows) - 1;
        const [left, right] = [table.rows.slice(0, end + 1), table.rows.slice(end + 1)];
        if (end < 0 || right.length === 0 || (halves && !closes(right.at(-1), halves[1]))) return undefined;
        // each row a line, 其中：外事接待费 written on one line one line as in a list
        const lines = (rows: readonly RowModel[]) => {
            const list: { row: RowModel; depth: number; name: string }[] = [];
            const visit = (siblings: readonly RowModel[], depth: number) => siblings.forEach((row, i) => {
                if (this.headsOnItsLine(row, siblings[i + 1])) return;
                list.push({ row, depth, name: `${i > 0 && this.headsOnItsLine(siblings[i - 1], row) ? '其中：' : ''}${printedName(row)}` });
                visit(row.children, depth + 1);
            });
            visit(rows, 0);
            return list;
        };
        const [l, r] = [lines(left), lines(right)];
        // the items padded to the same height, the totals sharing the last line; halves without totals padded below
        const height = Math.max(l.length, r.length);
        const padded = (list: typeof l) => halves ? [...list.slice(0, -1), ...Array<undefined>(height - list.length).fill(undefined), list.at(-1)]
            : [...list, ...Array<undefined>(height - list.length).fill(undefined)];
        const columns = this.columnsOfTable(template);
        const rowHeading = table.node.columns?.names.find(name => isRowHeading(name) && !name.endsWith('编码') && !name.includes('{')) ?? '项目';
        const side = [rowHeading, ...columns.map(c => columnHeading(table, c))].map(text => ({ content: [text], header: true }));
        const [pl, pr] = [padded(l), padded(r)];
        const body: TableRow[] = pl.map((a, i) => {
            const b = pr[i];
            const cells = (line: typeof a): TableCell[] => [
                { content: [line?.name ?? ''], align: 'left', indent: line?.depth, line: this.rowLine(line?.row) },
                ...columns.map(c => line ? this.valueCell(line.row, c) : { content: [''] }),
            ];
            return { cells: [...cells(a), ...cells(b)], line: this.rowLine(a?.row ?? b?.row), emphasis: halves && i === height - 1 ? 'total' : undefined };
        });
        return { head: [{ cells: [...side, ...side] }], body, widths: [30, ...columns.map(() => 14), 30, ...columns.map(() => 14)] };
    }

    /** 收入 | 支出 side by side, as 财决01 and 财决Z01 print them. */
    private twoSidedTable(template: PrintedTable, table: TableModel | undefined): Pick<TableBlock, 'head' | 'body' | 'statement' | 'widths'> {
        const [incomeGroup, expenditureGroup] = template.groups!;
        const columns = this.columnsOfTable(template);
        const incomeColumns = columns.slice(0, 1);
        const incomeHeader = columns.length > 1 ? ['金额'] : incomeColumns.map(c => columnHeading(table, c));
        const head: TableRow[] = [
            { cells: [{ content: ['收入'], header: true, colspan: 1 + incomeColumns.length }, { content: ['支出'], header: true, colspan: 1 + columns.length }] },
            { cells: [{ content: ['项目'], header: true }, ...incomeHeader.map(c => ({ content: [c], header: true })), { content: ['项目'], header: true }, ...columns.map(c => ({ content: [columnHeading(table, c)], header: true }))] },
        ];
        const width = 2 + incomeColumns.length + columns.length;
        const body: TableRow[] = [];
        if (printsRows(table)) {
            const incomeSide = this.row(table.rows, incomeGroup.name);
            const expenditureSide = this.row(table.rows, expenditureGroup.name);
            // the balances face each other (使用非财政拨款结余 | 结余分配): left out only where both sides leave them out
            const ownFixed = writesOwnFixed(incomeSide, incomeGroup) && writesOwnFixed(expenditureSide, expenditureGroup);
            const income = this.sideLines(incomeSide, incomeGroup, ownFixed);
            const expenditure = this.sideLines(expenditureSide, expenditureGroup, ownFixed);
            const pad = <T>(list: T[], n: number) => [...list, ...Array<undefined>(Math.max(0, n - list.length)).fill(undefined)];
            const items = Math.max(income.items.length, expenditure.items.length);
            const fixed = Math.max(income.fixed.length, expenditure.fixed.length);
            // the grand totals share the last line
            const align = (list: SideLine[]) => [...list.slice(0, -1), ...Array<undefined>(fixed - list.length).fill(undefined), ...list.slice(-1)];
            const left = [...pad(income.items, items), ...align(income.fixed)];
            const right = [...pad(expenditure.items, items), ...align(expenditure.fixed)];
            for (let i = 0; i < left.length; i++) {
                const l = left[i];
                const r = right[i];
                const side = (line: SideLine | undefined, cols: readonly string[]): TableCell[] => [
                    { content: line ? [line.name] : [''], align: 'left', indent: line?.indent, line: this.rowLine(line?.row) },
                    ...cols.map(c => this.valueCell(line?.row, c)),
                ];
                body.push({
                    cells: [...side(l, incomeColumns), ...side(r, columns)],
                    line: this.rowLine(l?.row ?? r?.row),
                    emphasis: l?.total || r?.total ? 'total' : undefined,
                });
            }
        }
        return {
            head, body: this.bodyOrNote(table, body, width), statement: this.statement(table, template),
            widths: [30, ...incomeColumns.map(() => 14), 30, ...columns.map(() => 14)],
        };
    }

    /** A side's lines: the template's items (and the user's own), then subtotal, balances, grand total. */
    private sideLines(side: RowModel | undefined, group: GroupTemplate, ownFixed: boolean): { items: SideLine[]; fixed: SideLine[] } {
        const byName = (name: string) => side?.children.find(r => r.canonicalName === name || r.name === name);
        const fixedNames = fixedRows(group);
        // a row written after the subtotal (用事业基金弥补收支差额) is no item of it: it prints where written, after it
        const afterSubtotal = side ? rowsAfterSubtotal(side, group, this.model.template.ofWhichRow) : [];
        // a line's sub-rows (年初财政拨款结转和结余 › 一般公共预算财政拨款) print indented under it
        const withChildren = (line: SideLine): SideLine[] => {
            const lines = [line];
            walkRows(line.row?.children ?? [], child => lines.push({ name: printedLabel(child), row: child, indent: 1 }));
            return lines;
        };
        // the template's items in its order, each a block of lines
        const blocks: SideLine[][] = [];
        const blockOf = new Map<RowModel, SideLine[]>();
        // where the report writes some of its items, those it leaves out (二、外交支出 …) are not in its table
        const someWritten = side?.children.some(row => !fixedNames.has(row.canonicalName)) ?? false;
        for (const name of group.rows) {
            if (fixedNames.has(name)) continue;
            const row = byName(name);
            if ((!row && someWritten) || (row && afterSubtotal.includes(row))) continue;
            const block = withChildren({ name: row ? printedName(row) : name, row });
            if (row) blockOf.set(row, block);
            blocks.push(block);
        }
        // a row the template lacks prints where the report wrote it: after the row written before it
        let previous: SideLine[] | undefined;
        for (const row of side?.children ?? []) {
            if (fixedNames.has(row.canonicalName) || afterSubtotal.includes(row)) continue;
            const known = blockOf.get(row);
            if (known) {
                previous = known;
                continue;
            }
            const block = withChildren({ name: printedLabel(row), row });
            blocks.splice(previous ? blocks.indexOf(previous) + 1 : 0, 0, block);
            previous = block;
        }
        const items = blocks.flat();
        // the subtotal, balances and grand total the report writes beside its items (see writesOwnFixed); a balance it leaves
        // out (使用非财政拨款结余, 结余分配) is not in its table: printed blank it would say what the report never did
        const names = [group.subtotal, ...group.balances, group.grandTotal];
        const fixed = (ownFixed ? names.filter(name => byName(name) !== undefined) : names).flatMap(name => {
            const row = byName(name);
            const line = withChildren({ name: row ? printedName(row) : name, row, total: name === group.subtotal || name === group.grandTotal });
            return name === group.subtotal ? [...line, ...afterSubtotal.flatMap(after => withChildren({ name: printedName(after), row: after }))] : line;
        });
        return { items, fixed };
    }

    private valueCell(row: RowModel | undefined, column: string): TableCell {
        const shown = row && this.printedFigure(row, column);
        // a count prints with its unit (车辆数 3辆 in a table of 万元): bare, it would read as an amount; not where its row or
        // column names the unit (公务用车保有量（辆） 2), nor points: their column (分值, 得分) says they are, and a cell
        // holds none written with 分 (合计 100 92 prints 100 92, as written), nor the table's 单位行 (单位：人)
        const named = (name: string) => name.includes(`（${shown!.unit}）`) || name.includes(`(${shown!.unit})`);
        const unit = shown?.kind === 'count' && !shown.blank && shown.unit !== POINTS && shown.unit !== row!.table?.countUnit && !named(row!.name) && !named(column) ? shown.unit : undefined;
        return { content: shown ? [{ kind: 'figure', figure: shown, ...(unit !== undefined ? { unit } : {}) }] : [''], align: 'right' };
    }

    /**
     * A row's figure in a column as the table prints it: as written. A figure the model works out prints only in a row
     * that writes none of its own (a 合计 left to the tool); a row whose figures stop short leaves the rest 未填写, blank.
     */
    private printedFigure(row: RowModel, column: string): Figure | undefined {
        const value = row.cells.get(column);
        return value && (value.stated || ![...row.cells.values()].some(figure => figure.stated)) ? value : undefined;
    }

    /** The body of a table, or one line saying there is nothing in it. */
    private bodyOrNote(table: TableModel | undefined, body: TableRow[], width: number): TableRow[] {
        if (body.length > 0) return body;
        const text: Inline = table?.empty ? '本表无数据' : { kind: 'missing', text: '本表数据' };
        return [{ cells: [{ content: [text], colspan: width, align: 'center' }], line: this.line(table?.node) }];
    }

    /** An empty table's statement: the source's, else the standard one. */
    private statement(table: TableModel | undefined, template: PrintedTable): Inline[] | undefined {
        if (!table?.empty) return undefined;
        const written = table.node.empty?.text;
        // the text as copied from the printed table may keep its own 注：
        if (written && written.trim() !== '') return [`注：${written.trim().replace(/^注[:：]\s*/, '')}`];
        // the table's own notes say why it is empty (its 单位行 prints above it, and says nothing of that)
        if (table.notes.some(note => note.key.trim() !== TABLE_META_KEY)) return undefined;
        return [`注：${this.self}${this.Y}年度没有${template.title.replace(/^《|》$/g, '').replace(/决算表$/, '')}，故本表无数据。`];
    }

    // ---- charts ---------------------------------------------------------------------------

    /** A chart where the template's reports print one; none in the others. */
    private chart(title: string, spec: ChartSpec, line: number | undefined): ChartBlock[] {
        if (!this.options.charts) return [];
        const n = ++this.chartCount;
        return [{ kind: 'chart', id: `chart-${n}`, title: `图${n}：${title}`, spec, line }];
    }

    /**
     * Last year's bars beside this year's, titled 「…变动情况」; where the tables give this year's figures and no series last
     * year's (the report saying it in prose alone), this year's bars alone titled 「…情况」: the chart shows no change.
     */
    private changeChart(title: string, series: { name: string; values: (Figure | undefined)[] }[], line: number | undefined): ChartBlock[] {
        // no figure at all: the template's chart, to be filled in, under its title
        if (series.some(s => s.values[0] !== undefined) || series.every(s => s.values.at(-1) === undefined)) return this.chart(title, this.bars(series), line);
        return this.chart(title.replace('变动情况', '情况'), this.bars(series.map(s => ({ name: s.name, values: s.values.slice(-1) }))), line);
    }

    /** Bars by year, the last of a series' values this year's (one value: this year's alone). */
    private bars(series: { name: string; values: (Figure | undefined)[] }[]): ChartSpec {
        const categories = this.year !== undefined ? [`${this.year - 1}年`, `${this.year}年`] : ['上年', '本年'];
        return { kind: 'bars', categories: categories.slice(-Math.max(...series.map(s => s.values.length))), series, unit: this.unit };
    }

    private pie(slices: { name: string; value: Figure | undefined; share?: Figure }[]): ChartSpec {
        return {
            kind: 'pie', unit: this.unit,
            slices: slices.filter((s): s is { name: string; value: Figure; share?: Figure } => s.value !== undefined),
        };
    }

    // ---- finding things in the model -------------------------------------------------------

    private table(role: TableRole): TableModel | undefined {
        return tableOfRole(this.model, role);
    }

    private tableNumbered(n: number): TableModel | undefined {
        return this.model.tables.get(n);
    }

    /** How the report names a table it lacks: by the template's label and title, or its role's usual title. */
    private tableTitle(...roles: (TableRole | undefined)[]): string {
        const template = roles.map(role => this.model.template.tables.find(t => t.role === role)).find(t => t !== undefined);
        return template ? `${this.model.template.tableLabel(template.number)}${template.title}` : '';
    }

    private columnsOf(role: TableRole): string[] {
        const template = this.model.template.tables.find(t => t.role === role);
        return template ? this.columnsOfTable(template) : this.table(role)?.columns ?? [];
    }

    private columnsOfTable(template: Pick<PrintedTable, 'number' | 'columns' | 'columnHeads'>): string[] {
        // the columns 列【…】 writes beyond the template's; none where it writes none (the model's are then the template's)
        const table = this.tableNumbered(template.number);
        const written = table?.node.columns ? table.columns.filter(c => !isNoteColumn(c)) : [];
        // a head written in two levels (预算数 { 合计 一般公共预算 政府性基金 } 决算数 { … }) is printed as written
        if (written.some(c => columnHeading(table, c).includes(COLUMN_GROUP_JOINT))) {
            return [...written, ...template.columns.filter(c => !written.includes(c))];
        }
        // a template column the written 列【…】 leaves out is unknown: printed only where some row has a figure in it
        // (云南 2019's “三公” table writes 统计数 only: no empty 预算数 and 决算数 beside it)
        const columns = template.columns.filter(c => !table?.node.columns || written.includes(c) || this.printedInSomeRow(table, c));
        // the template's in its order (列【决算数 预算数】 is the order of entry, not of print); one of the report's own
        // where it is written, before the template's column written next (大连's “三公” table prints 上年决算数 before
        // 预算数 and 决算数), else last — but never between columns one heading stands over (本年支出 over 合计 基本支出
        // 项目支出, 列【合计 基本支出 人员经费 公用经费 项目支出】): after them, so the heading is printed
        const ofTemplate = new Set(columns);
        written.forEach((c, i) => {
            if (ofTemplate.has(c)) return;
            const next = written.slice(i + 1).find(n => ofTemplate.has(n));
            let at = next === undefined ? columns.length : columns.indexOf(next);
            const within = template.columnHeads?.find(head => at > 0 && head.columns.includes(columns[at - 1]) && head.columns.includes(columns[at]));
            if (within) {
                at = Math.max(...within.columns.map(column => columns.indexOf(column))) + 1;
                // after the report's columns written before this one and put there too
                while (at < columns.length && !ofTemplate.has(columns[at]) && written.indexOf(columns[at]) < i) at++;
            }
            columns.splice(at, 0, c);
        });
        return columns;
    }

    private printedInSomeRow(table: TableModel, column: string): boolean {
        let found = false;
        walkRows(table.rows, row => { found ||= this.printedFigure(row, column) !== undefined; });
        return found;
    }

    private group(role: TableRole, name: string): GroupTemplate | undefined {
        return this.model.template.tables.find(t => t.role === role)?.groups?.find(g => g.name === name);
    }

    private groupItems(side: RowModel, group: GroupTemplate): RowModel[] {
        const fixed = new Set([group.subtotal, group.grandTotal, ...group.balances]);
        // an excerpt's …… is no item to speak of, nor one left unfilled
        return side.children.filter(r => !fixed.has(r.canonicalName) && !this.isOfWhich(r) && !isLeftOut(r));
    }

    /** A row by its path of names (each a name or alternatives; matched by name, template name or code). */
    private row(rows: readonly RowModel[] | undefined, ...path: Name[]): RowModel | undefined {
        let found: RowModel | undefined;
        let level = rows;
        for (const step of path) {
            const names = typeof step === 'string' ? [step] : step;
            found = level?.find(r => names.includes(r.name) || names.includes(r.canonicalName) || (r.code !== undefined && names.includes(r.code)));
            if (!found) return undefined;
            level = found.children;
        }
        return found;
    }

    private tableRow(role: TableRole, ...path: Name[]): RowModel | undefined {
        return this.row(this.table(role)?.rows, ...path);
    }

    private sectionRows(name: string): RowModel[] {
        return this.model.sections.filter((s: SectionModel) => s.name === name).flatMap(s => s.rows);
    }

    private projectSection(project: Project): SectionModel | undefined {
        // looked up, not searched: a search of the sections for each project was quadratic in the projects
        if (!this.sectionsByContainer) {
            this.sectionsByContainer = new Map();
            for (const section of this.model.sections) {
                for (const row of section.rows) if (!this.sectionsByContainer.has(row.node.$container)) this.sectionsByContainer.set(row.node.$container, section);
            }
        }
        return this.sectionsByContainer.get(project);
    }

    private cell(row: RowModel | undefined, column?: string): Figure | undefined {
        if (!row) return undefined;
        const c = column ?? actualColumn(row);
        return c === undefined ? undefined : row.cells.get(c);
    }

    private rate(row: RowModel | undefined, key: '占比' | '增长' | '下降' | '完成预算', column?: string): Figure | undefined {
        return statedRate(row ? this.model.arithmetic.rate(row, key, column ?? actualColumn(row)) : undefined);
    }

    private yoy(row: RowModel | undefined) {
        return row ? yearOnYear(this.model.arithmetic, row) : undefined;
    }

    /**
     * Completion against the budget the row's table holds (the 三公 table's 预算数 is the 年初预算 or 全年预算 its note
     * names), else the template's; a row the table leaves out (`of` that table) still names that table's budget.
     */
    private completion(row: RowModel | undefined, of?: TableModel): Completion {
        if (!row) return { base: this.completionBase(of) };
        const base = rowCompletionBase(this.model.arithmetic, row, this.model.template.completionBase);
        const completion = completionAgainst(this.model.arithmetic, row, base);
        return base === this.completionBase(row.table) ? completion : { ...completion, departs: true };
    }

    /** The budget a table's completions are against (see tableCompletionBase), the template's where there is no table. */
    private completionBase(table: TableModel | undefined): CompletionBase {
        return table ? tableCompletionBase(this.model.arithmetic, table, this.model.template.completionBase) : this.model.template.completionBase;
    }

    /** A row's amount, completion, change and reasons, as the wording's sentences take them. */
    private spending(row: RowModel | undefined, of?: TableModel) {
        return {
            amount: this.cell(row), completion: this.completion(row, of), yoy: this.yoy(row),
            reason: row?.texts.get('变动原因'), difference: row?.texts.get('差异原因'),
        };
    }

    private isTotal(row: RowModel): boolean {
        return isTotalRow(row, this.model.template.totalRow);
    }

    private isOfWhich(row: RowModel): boolean {
        return isOfWhichRow(row, this.model.template.ofWhichRow);
    }

    /** The one text that is the whole of the 概况 part (see wholeOverview). */
    private wholeOverviewPart(): TextField | undefined {
        const overviews = this.model.report.parts.filter(isOverview);
        return overviews.length === 1 ? wholeOverview(overviews[0].entries) : undefined;
    }

    private overviewFields(): TextField[] {
        // those under a heading over sections (一、部门主要职责及内设机构 { （一）主要职责 「…」 }) as well; one the report
        // numbers itself is printed as written though its 「」 is still empty (一、主要职责 「」: not the template's 部门职责)
        return this.model.report.parts.filter(isOverview).flatMap(p => sectionEntries(p.entries).filter(isHeadedText));
    }

    private rowTexts(row: RowModel): TextField[] {
        return row.node.entries.filter(isTextField);
    }

    private attachments(): Attachment[] {
        return this.model.report.parts.filter(isAttachment);
    }

    // ---- text and lines -------------------------------------------------------------------

    /**
     * A paragraph; texts from the source are printed with their lines wrapped mid-sentence joined,
     * and their references 【…】 resolved to the model's figures.
     */
    private para(content: readonly Inline[], line?: number, style: Paragraph['style'] = 'body'): Paragraph {
        return { kind: 'paragraph', content: this.paraContent(content), style, line };
    }

    private paraContent(content: readonly Inline[]): Inline[] {
        return this.resolveReferences(content.map(piece => typeof piece === 'string' && piece.includes('\n') ? joinSoftWraps(piece) : piece));
    }

    private resolveReferences(content: readonly Inline[]): Inline[] {
        const out: Inline[] = [];
        for (const piece of content) {
            if (typeof piece !== 'string' || !piece.includes('【')) {
                out.push(piece);
                continue;
            }
            for (const segment of parseProse(piece)) {
                if (segment.kind !== 'reference') {
                    out.push(segment.text);
                    continue;
                }
                const found = this.model.references.resolve(segment.path);
                if (found.kind === 'found') out.push({ kind: 'reference', text: segment.text, figure: found.figure });
                // a figure not yet written prints as 〔未填写〕, and the unfilled check lists it
                else if (found.kind === 'unfilled') out.push({ kind: 'missing', text: segment.text });
                else out.push({
                    kind: 'reference', text: segment.text,
                    problem: found.kind === 'ambiguous' ? `引用“${segment.path.join('.')}”指向多个数字` : `找不到引用“${segment.path.join('.')}”`,
                });
            }
        }
        return out;
    }

    /** Free text of several paragraphs (lines wrapped mid-sentence joined), each with its source line. */
    private prose(text: string | undefined, firstLine: number | undefined): Paragraph[] {
        return paragraphsOf(text ?? '').map(({ text: paragraph, line }) => {
            const lead = /^[一二三四五六七八九十]+、/.test(paragraph) && paragraph.length <= 40 && !/。/.test(paragraph.slice(0, -1));
            return this.para([paragraph], firstLine !== undefined ? firstLine + line : undefined, lead ? 'lead' : 'body');
        });
    }

    private fieldText(field: TextField | undefined, what: string): Block[] {
        if (!field || !isWrittenText(field)) return [this.para([{ kind: 'missing', text: what }], field && this.textLine(field, 'text'))];
        return this.prose(field.text, this.textLine(field, 'text'));
    }

    /** A text whose label starts its first paragraph (机构设置：内设办公室…), as written, or what is missing (机构设置：〔未填写〕). */
    private runIn(field: TextField | undefined, label: string, colon: string): Block[] {
        const [first, ...rest] = this.fieldText(field, label);
        if (first?.kind !== 'paragraph') return [first, ...rest].filter(b => b !== undefined);
        return [{ ...first, content: [`${label}${colon}`, ...first.content] }, ...rest];
    }

    /**
     * The charts of the template's section a heading over sections names (四川: 一、收入支出决算总体情况说明 { （一）收入…
     * （二）支出… }): the section is not printed, its sub-sections' texts being the report's, but its charts are the
     * report's too (收、支决算总计变动情况图), printed under the heading.
     */
    private groupCharts(part: PartTemplate, group: Row, topics: ReadonlySet<SectionTopic>): Block[] {
        if (!this.options.charts || this.scope.unfilledOnly) return [];
        const topic = headingTopic(this.model.template, 'explanation', group.name);
        const section = part.sections.find(s => s.topic === topic);
        if (!section || this.sectionPlan(part).some(p => p.section === section)) return [];
        return this.units(section.topic, topics).flatMap(u => u.blocks.filter(b => b.kind === 'chart'));
    }

    /**
     * Whether a heading over sections says the part's own heading again, without a number (第四部分 预算绩效情况说明 with
     * 预算绩效情况说明 { 一、… 二、… }) or with the part's (部分 「一、部门基本情况」 with 一、部门基本情况 「…」 { （一）… }):
     * it is the part's heading, printed once; its sections are the part's, its text the part's lead (partLead).
     */
    private restatesPart(part: PartTemplate, group: Row): boolean {
        if (headingKey(group.name ?? '') !== headingKey(this.partTitle(part, 'body'))) return false;
        const ordinal = group.ordinal?.trim();
        return ordinal === undefined || (this.partNumbering === 'list' && ordinalStyle(ordinal) === '一、' && writtenNumber(ordinal) === this.writtenPartNumbers.get(part));
    }

    /** The heading over sections a text stands under in `part`, unless it is the part's own (restatesPart). */
    private groupHeadingOf(part: PartTemplate, field: TextField): Row | undefined {
        const group = sectionGroupOf(field);
        return group && !this.restatesPart(part, group) ? group : undefined;
    }

    /** The text of a heading that restates the part's (restatesPart), printed under the part's heading before its sections. */
    private partLead(part: PartTemplate): Block[] {
        const group = this.model.report.parts.flatMap(p => isOverview(p) || isExplanation(p) ? p.entries : [])
            .find((entry): entry is Row => isRow(entry) && isSectionGroup(entry) && entry.text !== undefined && this.restatesPart(part, entry));
        return group ? this.prose(group.text, this.textLine(group, 'text')) : [];
    }

    /** A heading over sections, with the text the report prints under it before them (一、部门基本情况 「…」 { （一）… }). */
    private groupHeading(opens: NonNullable<NumberedSection['opens']>): Block[] {
        return [heading(2, opens.heading, opens.id, this.line(opens.node), opens.lost), ...this.prose(opens.node.text, this.textLine(opens.node, 'text'))];
    }

    private line(node: AstNode | undefined): number | undefined {
        return this.scope.unfilledOnly ? undefined : node?.$cstNode?.range.start.line;
    }

    private rowLine(row: RowModel | undefined): number | undefined {
        return this.line(row?.node);
    }

    /** Whether a row is a bare 其中 (no figures, no rows of its own) with the row it heads written after it on its line. */
    private headsOnItsLine(row: RowModel, next: RowModel | undefined): boolean {
        return next !== undefined && row.name === '其中' && row.cells.size === 0 && row.children.length === 0
            && this.rowLine(row) !== undefined && this.rowLine(row) === this.rowLine(next);
    }

    /** The line where a text property's content starts (its 「). */
    private textLine(node: AstNode, property: string): number | undefined {
        if (this.scope.unfilledOnly) return undefined;
        const cst = nodeForProperty(node.$cstNode, property);
        return cst?.range.start.line ?? this.line(node);
    }

    // ---- texts the user wrote ---------------------------------------------------------------

    /**
     * The texts of a part of the source, or of one row when `row` is set (its own attributes only,
     * its children being rows of their own): TextFields, the texts of rows (变动原因, 用途 …), of
     * projects, goals and indicators, each with what to call it where it is printed on its own.
     */
    private sourceTexts(node: AstNode, row?: boolean): SourceText[] {
        const nodes = row ? (node as AstNode & { attributes?: AstNode[] }).attributes ?? [] : [...AstUtils.streamAst(node)];
        const out: SourceText[] = [];
        for (const child of nodes) {
            if (isTextField(child)) out.push({ label: child.key, text: child.text, line: this.textLine(child, 'text') });
            else if (isRow(child) && child.text !== undefined) out.push({ label: child.name, text: child.text, line: this.textLine(child, 'text') });
            else if (isAttribute(child) && child.text !== undefined) {
                const name = (child.$container as { name?: string }).name ?? '';
                out.push({
                    label: `${name}${child.key}`, text: child.text, line: this.line(child),
                    qualifier: child.key === '说明' || child.key === '备注', row: { name, key: child.key },
                });
            } else if (isProject(child)) out.push({ label: '项目', text: child.name, line: this.line(child) });
            else if (isGoal(child)) out.push({ label: '预期目标', text: child.expected, line: this.line(child) }, { label: '实际完成目标', text: child.actual, line: this.line(child) });
            else if (isIndicator(child)) out.push({ label: '绩效指标', text: child.name, line: this.line(child) });
            else if (isIndicatorValue(child) && child.text !== undefined) out.push({ label: '指标值', text: child.text, line: this.line(child) });
        }
        return out;
    }

    /** Paragraphs for the texts `blocks` do not already print, so that no text of the user's is lost. */
    private leftovers(texts: readonly SourceText[], blocks: readonly Block[]): Paragraph[] {
        // most texts are printed whole, as a paragraph or a table's cell: looked up among those
        // first, the whole printed text searched (the size of the report) only for the others
        const pieces = printedPieces(blocks);
        const added: string[] = [];
        let printed: string | undefined;
        let prose: string | undefined;
        const left: { said: string; text: SourceText }[] = [];
        // each row's text by what it says: the rows a leftover reason is given for
        const rowsSaying = new Map<string, SourceText[]>();
        for (const text of texts) {
            const said = compact(reasonText(inlinesText(this.resolveReferences([text.text]))));
            if (text.row) rowsSaying.set(said, [...rowsSaying.get(said) ?? [], text]);
            if (said === '' || pieces.has(said)) continue;
            printed ??= compact(blocksText(blocks)) + added.join('');
            // a text printed in pieces around a table set within it (a project's 项目绩效目标完成情况表 after its 综述)
            prose ??= compact(blocksText(blocks, false));
            if (printed.includes(said) || prose.includes(said) || (text.qualifier && saidInOtherWords(said, printed))) continue;
            left.push({ said, text });
            printed += said;
            added.push(said);
            pieces.add(said);
        }
        // one reason given for several rows is printed once, under the names of all of them (行政运行、培训支出差异原因),
        // never under the first one's alone
        return left.map(({ said, text }) => {
            const rows = text.row ? rowsSaying.get(said) ?? [] : [];
            const label = rows.length > 1 && rows.every(t => t.row!.key === text.row!.key)
                ? `${[...new Set(rows.map(t => t.row!.name))].join('、')}${text.row!.key}`
                : rows.length > 1 ? rows.map(t => t.label).join('、') : text.label;
            return this.para([`${label}：`, text.text.trim()], text.line);
        });
    }
}

/** A line of a project's money: its name as written, its 预算数 and 执行数 rows, the template's label where the name is the template's. */
interface FundLine {
    readonly name: string;
    readonly template?: string;
    budget?: RowModel;
    actual?: RowModel;
}

type IndicatorColumn = FormColumn | '预期' | '实际';

/**
 * The columns of a project's indicators: 预期 and 实际 and the form's others written for any indicator, in the order
 * the source writes them (指标性质 before the value, 度量单位 after it, 分值 得分 偏差原因 after the 完成值 as a rule),
 * each headed as written (权重 or 分值, 偏差原因分析及改进措施 or 未完成原因分析).
 */
function indicatorColumns(project: Project): { order: IndicatorColumn[]; extra: FormColumn[]; heads: Map<FormColumn, string> } {
    const slots = new Map<FormColumn, number>();
    const heads = new Map<FormColumn, string>();
    const HEADS: Record<string, string> = { 偏差原因: '偏差原因分析及改进措施', 未完成原因: '未完成原因分析' };
    const DEFAULT_SLOT: Record<FormColumn, number> = { 指标性质: 0, 度量单位: 1, 分值: 2, 得分: 2, 偏差原因: 2 };
    for (const list of project.indicators) for (const group of list.groups) for (const subgroup of group.groups) for (const indicator of subgroup.indicators) {
        const expectedAt = indicator.expected?.$cstNode?.offset ?? Infinity;
        const actualAt = indicator.actual?.$cstNode?.offset;
        for (const field of indicator.fields) {
            const column = FORM_COLUMNS.find(c => formField({ fields: [field] }, c));
            if (!column) continue;
            if (!heads.has(column)) heads.set(column, HEADS[field.key] ?? field.key);
            const at = field.$cstNode?.offset ?? 0;
            // where the 完成值 is blank, a field after the value may stand before or after its column: the usual place
            const slot = at < expectedAt ? 0 : actualAt === undefined ? undefined : at < actualAt ? 1 : 2;
            if (slot !== undefined && !slots.has(column)) slots.set(column, slot);
            else if (!slots.has(column)) slots.set(column, -1);
        }
    }
    const slotOf = (c: FormColumn) => { const s = slots.get(c)!; return s < 0 ? DEFAULT_SLOT[c] : s; };
    const extra = FORM_COLUMNS.filter(c => slots.has(c));
    const inSlot = (n: number) => extra.filter(c => slotOf(c) === n);
    return { order: [...inSlot(0), '预期', ...inSlot(1), '实际', ...inSlot(2)], extra, heads };
}

const FORM_COLUMNS: readonly FormColumn[] = ['指标性质', '度量单位', '分值', '得分', '偏差原因'];

/** A number written for a score, as written; '' for a blank (-, /). */
const formText = (text: string | undefined) => text === undefined || isBlankCell(text) ? '' : text;

/** Lines in blocks, each from a line at the top (a class, 302 商品和服务支出) down to the next. */
function classBlocks<T extends { depth: number }>(lines: readonly T[]): T[][] {
    const blocks: T[][] = [];
    for (const line of lines) {
        if (line.depth === 0 || blocks.length === 0) blocks.push([line]);
        else blocks.at(-1)!.push(line);
    }
    return blocks;
}

/**
 * Blocks in order into `count` groups, none parted, so that the tallest group is least tall; of partings as good, the
 * one filling the earlier groups first.
 */
function partedEvenly<T>(blocks: readonly T[][], count: number): T[][] {
    if (count <= 1) return [blocks.flat()];
    let best: T[][] = [];
    let tallest = Infinity;
    for (let k = 0; k <= blocks.length; k++) {
        const parted = [blocks.slice(0, k).flat(), ...partedEvenly(blocks.slice(k), count - 1)];
        const height = Math.max(...parted.map(group => group.length));
        if (height <= tallest) [best, tallest] = [parted, height];
    }
    return best;
}

/** A row of a wide table: one the report writes, or one of its template's that it leaves out (no `row`). */
type WideFill = 'unfilled' | 'nil';

interface WideRow {
    readonly name: string;
    readonly row?: RowModel;
    readonly children: readonly WideRow[];
}

/**
 * The rows a wide table prints: those written, in their order, and where `fill` says to, each of the template's the
 * report leaves out (三公 因公出国（境）费 where only 合计 and 公务接待费 are written), at its template's place: after the
 * item the template lists before it, else before the item it lists after it, else after the 合计 or first.
 */
function wideRows(table: TableModel, fill: WideFill | undefined): WideRow[] {
    const written = (row: RowModel): WideRow => ({ name: row.name, row, children: row.children.map(written) });
    const rows = table.rows.map(written);
    if (!fill) return rows;
    const parts = table.template?.rowParts ?? new Map<string, readonly string[]>();
    const inParts = new Set([...parts.values()].flat());
    const heads = (table.template?.rows ?? []).filter(name => !inParts.has(name));
    // where each head stands among the rows printed: a row with parts written as its parts alone (公务用车购置费,
    // 公务用车运行维护费 side by side) stands at its last part, and is not left out
    const at = (name: string) => {
        const names = writtenAs(table, name);
        let found = -1;
        rows.forEach((r, i) => { if (r.row ? names.includes(r.row.canonicalName) : r.name === name) found = i; });
        return found;
    };
    // the 合计 may be written first or last: an item stands by the items around it, by the 合计 only with none written
    const placed = (names: readonly string[]) => names.map(at).filter(n => n >= 0);
    const items = (names: readonly string[]) => names.filter(n => n !== '合计');
    heads.forEach((name, i) => {
        if (at(name) >= 0) return;
        const before = placed(items(heads.slice(0, i)));
        const after = placed(items(heads.slice(i + 1)));
        const total = placed(heads.slice(0, i));
        const place = before.length > 0 ? Math.max(...before) + 1 : after.length > 0 ? Math.min(...after) : total.length > 0 ? Math.max(...total) + 1 : 0;
        rows.splice(place, 0, { name, children: (parts.get(name) ?? []).map(part => ({ name: part, children: [] })) });
    });
    // what the title adds to the template's (“三公”经费、会议费、培训费支出决算表, “三公”经费及行政参公单位机关运行经费情况表):
    // its own heads after the template's, unless written
    for (const name of titleItems(table.title)) {
        if (!rows.some(r => r.name === name)) rows.push({ name, children: [] });
    }
    return rows;
}

/** The names a template's row is written under: its own, or one of its parts' (公务用车购置费, 公务用车运行维护费 side by side). */
function writtenAs(table: TableModel, name: string): readonly string[] {
    return [name, ...table.template?.rowParts?.get(name) ?? []];
}

/**
 * The expenses a 三公 table's title names after “三公”经费 (及会议费、培训费 → 会议费, 培训费; 及行政参公单位机关运行经费), up to
 * their 费: the rest is the title's ending (支出决算公开表, 决算财政拨款情况统计表, 预算决算情况表), no item.
 */
function titleItems(title: string): string[] {
    const after = /三公[”"」]?经费(.*)表$/u.exec(title)?.[1] ?? '';
    return after.split(/[、及和]/u).flatMap(item => /^.*费/u.exec(item.trim())?.[0] ?? []);
}

interface SideLine {
    readonly name: string;
    readonly row?: RowModel;
    readonly indent?: number;
    readonly total?: boolean;
}

/**
 * Whether a table prints the rows it writes: a table with figures, and an empty one written as printed, its 合计 row
 * blank and its note saying it has no data (the published pages print that row, not 本表无数据); an empty table
 * written by 无数据 alone prints the one line saying so.
 */
function printsRows(table: TableModel | undefined): table is TableModel {
    return table !== undefined && (!table.empty || table.rows.length > 0);
}

/**
 * Where a list of rows numbered in one style starts again from 1 (1.… 4.… then 1.… 8.…), the index of the row it
 * starts again at; -1 where the numbering runs once, or rows of the first numbering are unnumbered.
 */
function renumberedFrom(rows: readonly RowModel[]): number {
    const style = ordinalStyle(rows[0]?.ordinal?.trim() ?? '');
    if (style === undefined) return -1;
    const numbers = rows.map(row => {
        const ordinal = row.ordinal?.trim() ?? '';
        if (ordinalStyle(ordinal) !== style) return undefined;
        const digits = ordinal.normalize('NFKC').replace(/[、.()]/g, '');
        return /^\d+$/.test(digits) ? Number(digits) : parseChineseNumeral(digits);
    });
    const restarts = numbers.flatMap((n, i) => i > 0 && n === 1 ? [i] : []);
    if (numbers[0] !== 1 || restarts.length !== 1) return -1;
    // each run counts up by one, every row numbered
    const runs = [numbers.slice(0, restarts[0]), numbers.slice(restarts[0])];
    return runs.every(run => run.every((n, i) => n === i + 1)) ? restarts[0] : -1;
}

/**
 * How the report labels its tables, where every label it writes is of one style (表1 表2 表3 表5,
 * 附表三 附表四, 财决公开01表 财决公开03表): a template table it leaves out is labelled alike (表4,
 * 财决公开02表), not in the layout's style (公开04表) among them. None where it writes the layout's
 * 公开NN表, the contents' 一、, or styles mixed.
 */
function writtenLabelStyle(tables: readonly TableModel[]): ((number: number) => string) | undefined {
    // a bare number (5 {) is no label of the report's own: its page prints the template's
    const labelled = tables.filter(t => t.written.style !== '表名' && !bareNumber(t.written));
    const styles = new Set(labelled.map(({ written }) => {
        if (written.number === undefined) return undefined;
        // the 决算 software's codes (财决公开01表, 部门公开表01): their words, whatever the number
        if (written.style === '公开') return /^公开/.test(written.text) ? undefined : written.text.replace(/\s+/g, '').replace(/\d+/, '#');
        if (written.style !== '附表' && written.style !== '表') return undefined;
        return `${written.style}${/\d/.test(written.text) ? '1' : '一'}`;
    }));
    const [style] = styles;
    if (styles.size !== 1 || style === undefined) return undefined;
    if (style.includes('#')) return n => labelLike(labelled[0].written, n) ?? '';
    const prefix = style.slice(0, -1);
    return style.endsWith('1') ? n => `${prefix}${n}` : n => `${prefix}${chineseNumber(n)}`;
}

/** A table numbered without a label (5 {, 5 一般公共预算财政拨款支出决算表). */
function bareNumber(label: TableLabel): boolean {
    return /^\d+$/.test(label.text.trim());
}

/**
 * A part's printed number and what joins it to the title: 第二部分, 二、 — or 第三部 with a space where a web copy lost the 分
 * (保山: 第三部  2024年度部门决算情况说明).
 */
const PART_NUMBER = /^(?:第\s*(?:[一二三四五六七八九十]+|\d+)\s*部(?:分|(?=\s))|[一二三四五六七八九十]+、)[\s:：、]*/;
/**
 * 部分 before a part's name, its 第N lost in print (铁岭: 部分 名词解释; 湖南 新邵: 部分附件 after 第四部分名词解释). Run on
 * only before 附件: 部分名词解释 is an ordinary heading, "selected terms", not a lost number.
 */
const LOST_PART_NUMBER = /^部分(?=[\s:：]|附件)[\s:：]*/;

/**
 * Whether the report heads a numbered part of attachments beside a numbered part of its tables (江西, 湖南: 第五部分 附件,
 * its attachment a scan): that part is the report's though it writes no 附件. Not 吉林's 第四部分 附件 holding the tables
 * where no part heads them (see assignPartTitles).
 */
function headsAttachmentsPart(fields: readonly MetaField[]): boolean {
    const kinds = fields.flatMap(field => {
        const title = field.key === '部分' ? field.value?.trim() ?? '' : '';
        const number = PART_NUMBER.exec(title) ?? LOST_PART_NUMBER.exec(title);
        return number ? [writtenPartKind(title.slice(number[0].length))] : [];
    });
    return kinds.includes('attachments') && kinds.includes('tables');
}

/**
 * The name a report gives itself after its year in the headings it writes (部分 「第二部分 …2024年度单位决算表」,
 * 部门 「…2024年度单位决算」): 单位决算, 部门决算 or 决算; undefined where it says none.
 */
function writtenReportName(fields: readonly MetaField[]): string | undefined {
    for (const field of fields) {
        if (!['部分', '部门', '全称', '简称'].includes(field.key)) continue;
        const name = /\d{4}\s*年度?\s*(单位决算|部门决算|决算)/.exec(field.value ?? '')?.[1];
        if (name !== undefined) return name;
    }
    return undefined;
}

/** The colon a table's label is written with before its title (表一：收入支出决算总表), if any. */
function labelJoint(table: TableModel): string | undefined {
    if (table.written.style === '表名' || table.written.style === '目录') return undefined;
    return ['：', ':'].find(colon => tableLineHas(table.node, colon));
}

function heading(level: 1 | 2 | 3 | 4, text: string, id?: string, line?: number, lost?: LostOrdinal): Heading {
    return { kind: 'heading', level, content: [text], id, line, ...(lost ? { lostOrdinal: lost } : {}) };
}

/** A table written after a bare 、, its contents' number lost in the copy (宁夏: 、收入支出决算总表; 、表一 收入支出决算总表). */
function lostOrdinal(table: TableModel): boolean {
    return table.node.ordinal?.trim() === '、';
}

/** Where a heading's written 、 starts in the source: what the hint on a lost number points at. */
function lostOrdinalOffset(node: TextField | Row | Table): number {
    const ordinal = nodeForProperty(node.$cstNode, 'ordinal');
    return (ordinal ?? node.$cstNode)?.offset ?? 0;
}

function note(text: string): Paragraph {
    return { kind: 'paragraph', content: [text], style: 'note' };
}

/** 2021-11-22 → 2021年11月22日; 2021年11月22日 as is. */
function formatDate(date: string): string {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date.trim());
    return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

const SUBSECTION_TITLES: Partial<Record<SectionTopic, string>> = {
    'running-costs': '机关运行经费支出情况',
    'procurement': '政府采购支出情况',
    'assets': '国有资产占有使用情况',
    'performance': '预算绩效管理情况',
};

/** A column's heading as the source's 列【…】 writes it (金额), else the template's name (决算数). */
function columnHeading(table: TableModel | undefined, column: string): string {
    return table?.headings.get(column) ?? column;
}

/**
 * The headings of a table's columns as printed: the source's, and over the columns the template prints
 * under one heading (本年支出 over 小计 基本支出 项目支出) that heading, where they stand together and the
 * source heads none of them itself; the first under it as the source names it (合计), else as the template does.
 */
function printedHeadings(template: Pick<PrintedTable, 'columnHeads'>, table: TableModel | undefined, columns: readonly string[]): string[] {
    const headings = columns.map(c => columnHeading(table, c));
    for (const group of template.columnHeads ?? []) {
        const at = columns.indexOf(group.columns[0]);
        if (at < 0 || group.columns.some((c, i) => columns[at + i] !== c || headings[at + i].includes(COLUMN_GROUP_JOINT))) continue;
        group.columns.forEach((_, i) => {
            const written = headings[at + i];
            // 本年支出, 本年支出合计 written flat name the head and the column under it
            const under = written.startsWith(group.head) ? written.slice(group.head.length) || group.first
                : i === 0 && !table?.node.columns ? group.first : written;
            headings[at + i] = `${group.head}${COLUMN_GROUP_JOINT}${under}`;
        });
    }
    return headings;
}

/**
 * A list table's header: one row, or two where headings stand over several columns as printed
 * (实际采购金额·货物 … under 实际采购金额) or over the row labels (项目 over 科目编码 科目名称, as every
 * printing of a table by subject code heads it), the other headings then spanning both rows.
 */
function columnHeadRows(headings: readonly string[], before: readonly TableCell[], after: readonly TableCell[], over?: string): TableRow[] {
    // each heading's path from the heading over several columns down to its own (本年支出·基本支出·人员经费: three rows)
    const paths = headings.map(heading => heading.split(COLUMN_GROUP_JOINT));
    const labelsUnder = over !== undefined && before.length > 1;
    const depth = Math.max(labelsUnder ? 2 : 1, ...paths.map(path => path.length));
    if (depth === 1) return [{ cells: [...before, ...headings.map(heading => ({ content: [heading], header: true })), ...after] }];
    const spanning = (cell: TableCell): TableCell => ({ ...cell, rowspan: depth });
    const rows: TableCell[][] = Array.from({ length: depth }, () => []);
    if (labelsUnder) {
        rows[0].push({ content: [over], header: true, colspan: before.length, ...depth > 2 ? { rowspan: depth - 1 } : {} });
        rows[depth - 1].push(...before);
    } else rows[0].push(...before.map(spanning));
    const sameGroup = (a: readonly string[], b: readonly string[], level: number) => b.length > level + 1 && a.slice(0, level + 1).join(COLUMN_GROUP_JOINT) === b.slice(0, level + 1).join(COLUMN_GROUP_JOINT);
    for (let level = 0; level < depth; level++) {
        for (let i = 0; i < paths.length;) {
            const path = paths[i];
            if (path.length <= level) { i++; continue; }
            // a column's own heading, down to the last row; a group's, over the columns under it
            if (path.length === level + 1) {
                rows[level].push({ content: [path[level]], header: true, ...depth - level > 1 ? { rowspan: depth - level } : {} });
                i++;
                continue;
            }
            let width = 0;
            for (; i < paths.length && sameGroup(path, paths[i], level); i++) width++;
            rows[level].push({ content: [path[level]], header: true, colspan: width > 1 ? width : undefined });
        }
    }
    rows[0].push(...after.map(spanning));
    return rows.map(cells => ({ cells }));
}

/** A paragraph that starts with an ordinal of its own: (2) （二） 2. 2、 二、 */
const ORDINAL_START = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[一二三四五六七八九十]+、)/;

/** How deep a row stands below the rows of a list that holds it. */
function depthBelow(row: RowModel, list: readonly RowModel[]): number {
    let depth = 0;
    for (let r: RowModel | undefined = row; r && !list.includes(r); r = r.parent) depth++;
    return depth;
}

/** A table row's name as printed: with the ordinal the source keeps before it (一、 （一）). */
function printedName(row: RowModel): string {
    return `${row.ordinal?.trim() ?? ''}${row.name}`;
}

/** A row's code and name as printed in a line of their own: 2010301 行政运行. */
function printedLabel(row: RowModel): string {
    return row.code ? `${row.code} ${printedName(row)}` : printedName(row);
}

function equipmentCount(row: RowModel): Figure | undefined {
    return row.cells.get('台（套）') ?? row.cells.get('台') ?? row.cells.get('套');
}

/** A sub-section's title as reports write it (国有资产占用情况 for 国有资产占有使用情况). */
const SUBSECTION_TITLE_WRITTEN: Partial<Record<SectionTopic, RegExp>> = {
    'running-costs': new RegExp(`${RUNNING_COSTS_WORDS.source}(?:支出)?(?:情况|说明)`),
    'procurement': /政府采购(?:支出)?(?:情况|说明)/,
    'assets': /国有资产(?:占有|占用)(?:使用)?(?:情况|说明)/,
    'performance': /(?:预算)?绩效(?:管理|评价)?(?:工作)?(?:开展)?(?:情况|说明)/,
};

/** Whether blocks say anything beyond headings and notes. */
function says(blocks: readonly Block[]): boolean {
    return blocks.some(b => (b.kind === 'paragraph' && b.style !== 'note') || b.kind === 'table' || b.kind === 'chart');
}

function contentOf(heading: Heading): string {
    return inlinesText(heading.content);
}

/** A sentence whose every figure is missing: nothing of the source to say. */
function isEmptySentence(content: readonly Inline[]): boolean {
    const slots = content.filter(i => typeof i !== 'string');
    return slots.length > 0 && slots.every(i => typeof i !== 'string' && i.kind === 'missing' && !i.optional);
}

/** The text a reader sees of some blocks (figures as printed, what is missing left out). */
function blocksText(blocks: readonly Block[], tables = true): string {
    return blocks.map(block => {
        switch (block.kind) {
            case 'heading':
            case 'paragraph': return inlinesText(block.content);
            case 'section': return blocksText(block.blocks, tables);
            case 'table': return !tables ? '' : [...block.head, ...block.body].flatMap(r => r.cells.map(c => inlinesText(c.content))).join('\n') + inlinesText(block.statement ?? []);
            // a chart printed in place of a line of the text is that line's words where the text is looked for
            case 'chart': return !tables ? block.placeholder ?? '' : block.placeholder ?? block.title;
            default: return '';
        }
    }).join('\n');
}

/**
 * The texts of blocks' headings, paragraphs, table cells and chart titles, and each text written
 * within them (a project's 综述 closing its sentence), as compact() leaves them, as they are and
 * as reasonText() leaves them: each a piece of compact(blocksText(blocks)). A text with a comma is
 * left out: compact() may read a comma at its edge otherwise in the whole, where a digit stands next to it.
 */
function printedPieces(blocks: readonly Block[], pieces = new Set<string>()): Set<string> {
    const add = (text: string) => {
        if (text.includes(',')) return;
        pieces.add(compact(text));
        pieces.add(compact(reasonText(text)));
    };
    const addContent = (content: readonly Inline[]) => {
        add(inlinesText(content));
        for (const inline of content) if (typeof inline === 'string') add(inline);
    };
    for (const block of blocks) {
        switch (block.kind) {
            case 'heading':
            case 'paragraph': addContent(block.content); break;
            case 'section': printedPieces(block.blocks, pieces); break;
            case 'table':
                // the title the source writes (a project's 表名) is printed
                if (block.title) add(block.title);
                for (const row of [...block.head, ...block.body]) for (const cell of row.cells) addContent(cell.content);
                addContent(block.statement ?? []);
                break;
            case 'chart': add(block.title); if (block.placeholder) add(block.placeholder); break;
        }
    }
    return pieces;
}

/**
 * Each chart in place of a paragraph of the user's text that stands for it: its caption alone (图1：收入决算结构图),
 * bracketed or not, with the chart's kind after it where the text is a PDF's print of the picture: （图2：收入决算结构图）（饼状图）.
 * A caption naming the chart's title first; then one saying in other words what one chart alone shows (图2 收入构成).
 * The chart takes the caption as the report writes it; the charts placed are returned, the others print after the text.
 */
function placeCharts(blocks: Block[], charts: readonly ChartBlock[]): Set<Block> {
    const placed = new Set<Block>();
    const sameTitle = (caption: string, _text: string, chart: ChartBlock) => captionKey(caption) === captionKey(chart.title);
    const samePicture = (caption: string, text: string, chart: ChartBlock) => chartNamed(caption, text, charts) === chart;
    for (const stands of [sameTitle, samePicture]) {
        for (const chart of charts) {
            if (placed.has(chart)) continue;
            for (let i = 0; i < blocks.length; i++) {
                const block = blocks[i];
                const text = block.kind === 'paragraph' && !block.generated ? inlinesText(block.content) : undefined;
                const caption = text !== undefined ? chartCaption(text) : undefined;
                if (text === undefined || caption === undefined || !stands(caption, text, chart)) continue;
                blocks[i] = { ...chart, title: caption, placeholder: text };
                placed.add(chart);
                break;
            }
        }
    }
    return placed;
}

/** What a chart shows: its parts (结构, a pie) or its change over the year (变动, bars). */
const CHART_ASPECTS: readonly { readonly aspect: 'structure' | 'change'; readonly words: RegExp }[] = [
    { aspect: 'structure', words: /结构|构成|组成|占比|比重|分布/g },
    { aspect: 'change', words: /变动|变化|对比|比较|增减/g },
];
/** The money a chart draws, in the words its captions name it by. */
const CHART_SUBJECTS = /一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|财政拨款|三公经费|收支|收入|支出/g;

/**
 * What a caption says its chart shows: the money it draws (its words, 收支 for 收、支 or 收入支出) and the aspect; none
 * where it says anything more (近三年, 按支出性质, 预算): such a caption is no chart the report's figures draw.
 */
function captionSense(caption: string): { readonly subjects: ReadonlySet<string>; readonly aspect: 'structure' | 'change' } | undefined {
    let rest = captionKey(caption).replace(/\d{4}年度?|本年度?/g, '').replace(/(?:金额)?单位[:：]?[万千亿]?元/g, '')
        .replace(/本?(?:部门|单位)|决算|总计|情况|示意|(?:[饼柱条环][状形]?)?图|的/g, '').replace(/收入[和与及]?支出|收[和与及]?支/g, '收支');
    const aspects = CHART_ASPECTS.filter(a => rest.search(a.words) >= 0);
    if (aspects.length !== 1) return undefined;
    rest = rest.replace(aspects[0].words, '');
    const subjects = new Set(rest.match(CHART_SUBJECTS) ?? []);
    return subjects.size > 0 && rest.replace(CHART_SUBJECTS, '') === '' ? { subjects, aspect: aspects[0].aspect } : undefined;
}

/**
 * The one chart a caption stands for in other words: of the aspect it names, drawing all the money it names (that alone,
 * else the only one that draws it), of the kind the text says it was (（饼状图）, 柱状图).
 */
function chartNamed(caption: string, text: string, charts: readonly ChartBlock[]): ChartBlock | undefined {
    const sense = captionSense(caption);
    if (!sense) return undefined;
    const kind = /[饼环][状形]?图/.test(text) ? 'pie' : /[柱条][状形]?图/.test(text) ? 'bars' : undefined;
    const candidates = charts.flatMap(chart => {
        const shows = captionSense(chart.title);
        return shows && shows.aspect === sense.aspect && (kind === undefined || chart.spec.kind === kind)
            && [...sense.subjects].every(s => shows.subjects.has(s)) ? [{ chart, exact: shows.subjects.size === sense.subjects.size }] : [];
    });
    const exact = candidates.filter(c => c.exact);
    return exact.length === 1 ? exact[0].chart : candidates.length === 1 ? candidates[0].chart : undefined;
}

/** The caption of a chart a paragraph is nothing but (图1：…, （图1：…）（柱状图）), else undefined. */
export function chartCaption(text: string): string | undefined {
    let line = text.trim().replace(/[（(][^（）()]{0,6}图[）)]$/, '').trim();
    const bracketed = /^[（(](.*)[）)]$/.exec(line);
    if (bracketed) line = bracketed[1].trim();
    return /^图\s*\d+/.test(line) && !/[。；;]/.test(line) ? line : undefined;
}

/** A chart's caption without its number, punctuation or a last 图: what says which chart it is. */
function captionKey(caption: string): string {
    return caption.normalize('NFKC').replace(/^图\s*\d+\s*[:：.、]?/, '').replace(/[\s、，,“”"‘’']/g, '').replace(/图$/, '');
}

function inlinesText(content: readonly Inline[]): string {
    return content.map((i: Inline | undefined) => {
        // a document being typed may leave a text out of its AST
        if (i === undefined || i === null) return '';
        if (typeof i === 'string') return i;
        switch (i.kind) {
            case 'figure': return figureText(i) + (i.unit ?? '');
            case 'reference': return figureText(i);
            case 'missing': return '';
            case 'link': return inlinesText(i.content);
        }
    }).join('');
}

/** The sub-section headings a text opens its lines with: （一）收入决算情况 of “（一）收入决算情况。2023年度…”. */
function subsectionHeadings(text: string): string[] {
    return text.split('\n').flatMap(line => {
        const heading = /^[\s\u3000]*[（(][一二三四五六七八九十]+[）)]([^。：:；\n]{2,30})(?:[。：:]|$)/.exec(line)?.[1]
            // 重庆: 1.政府性基金预算收支情况。2024年度… — a list item under a digit only where it names a 情况 and no figure
            ?? /^[\s\u3000]*\d{1,2}[.．、]([^。：:；，\n\d]{2,30}(?:情况|说明))(?:[。：:]|$)/.exec(line)?.[1];
        return heading ? [heading] : [];
    });
}

/** Text without spaces, line breaks and thousands separators, for telling whether one text holds another. */
function compact(text: string): string {
    return text.replace(/\s+/g, '').replace(/(?<=\d),(?=\d{3})/g, '');
}

/**
 * Whether every clause of a row's qualifying words is printed, in whatever punctuation: a 说明 「单位价值100万元以上，
 * 不含车辆」 the section's text says as 单位价值100万元以上设备（不含车辆） is said, not to be printed again; so is
 * 「单价100万元（含）以上，不含车辆」 said as 单价100万元（含）以上设备（不含车辆） (江苏), its bracketed 含 a clause too short
 * to count among the two it needs, but printed all the same.
 */
function saidInOtherWords(said: string, printed: string): boolean {
    const clauses = said.split(/[，,、；;。：:（）()“”]+/).filter(c => c !== '');
    return clauses.filter(c => c.length > 1).length > 1 && clauses.every(c => printed.includes(c));
}

/** An attachment's title that says it is one (附件：2024年度…公开表, 附件2 …): no 附件N printed over it. */
function labelsItself(title: string | undefined): title is string {
    // a file that does not parse may leave the title out
    return title !== undefined && /^附件/.test(title.trim());
}

/** A section's text with something in it: an empty 「」 is a section not written (it prints 〔未填写〕), not an empty one. */
function isWrittenText(entry: AstNode): entry is TextField {
    return isTextField(entry) && entry.text.trim() !== '';
}

/**
 * The one text of a 概况 that is the whole of it (a report whose 概况 is one paragraph under its heading): written without an
 * ordinal, under a key that names the 概况 itself (概况, 基本情况, 部门/单位基本情况), the only text written there.
 */
function wholeOverview(entries: readonly AstNode[]): TextField | undefined {
    const texts = entries.filter(isWrittenText);
    const [only] = texts;
    return texts.length === 1 && entries.length === 1 && only.ordinal === undefined && /^(?:部门|单位|部门\/单位|部门[（(]单位[)）])?(?:概况|基本情况)$/.test(printedHeading(only.key))
        ? only : undefined;
}

/**
 * The colon of a label written with its text on its line and no ordinal (北京: 机构设置：内设办公室…): the start of a
 * paragraph, printed so, not a heading.
 */
function runInColon(field: TextField): string | undefined {
    if (field.ordinal !== undefined || !field.$cstNode) return undefined;
    const textLine = GrammarUtils.findNodeForProperty(field.$cstNode, 'text')?.range.start.line;
    if (textLine === undefined) return undefined;
    // a label on a line of its own (机构设置： then 「…」 below) is a heading, as the report prints it
    return [':', '：'].find(colon => GrammarUtils.findNodeForKeyword(field.$cstNode, colon)?.range.end.line === textLine);
}

/** A section of 情况说明 the report writes, or heads with its own numbered heading though its 「」 is still empty. */
function isHeadedText(entry: AstNode): entry is TextField {
    return isWrittenText(entry) || (isTextField(entry) && entry.ordinal !== undefined);
}

/**
 * A written 单位行 (左|中|右) piece by piece as it prints: the first piece at the left, the last at the right, any between in
 * the middle; one piece alone at the right where it names the unit (金额单位：万元), else at the left.
 */
export function tableMetaPieces(written: string): { left?: string; middle: string[]; right?: string } {
    const pieces = written.split(/[|｜]/).map(piece => piece.trim()).filter(piece => piece !== '');
    if (pieces.length === 1) return TABLE_META_UNIT.test(pieces[0]) ? { middle: [], right: pieces[0] } : { left: pieces[0], middle: [] };
    return { left: pieces[0], middle: pieces.slice(1, -1), right: pieces.at(-1) };
}

/** The unit of money a written 单位行 prints (单位：元, 金额单位：（万元）。), if one: 单位：黄山市中医医院 names the unit that reports. */
export function tableMetaMoneyUnit(written: string): string | undefined {
    return tableMetaUnits(written).find(unit => YUAN_PER_MONEY_UNIT.has(unit));
}
