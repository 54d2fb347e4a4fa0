import { Decimal } from 'decimal.js';
import type { AstNode } from 'langium';
import { Interval } from './interval.js';

/** Amounts in money units, rates in percent, counts of people, vehicles, trips… */
export type FigureKind = 'amount' | 'rate' | 'count';

/** Units of money; every other unit counts things. */
export const MONEY_UNITS = new Set(['万元', '元']);

/** Amounts in 元 of each money unit a report, a workbook or a sentence may write. */
export const YUAN_PER_MONEY_UNIT: ReadonlyMap<string, Decimal> = new Map([
    ['元', new Decimal(1)], ['千元', new Decimal(1000)], ['万元', new Decimal(10000)], ['亿元', new Decimal(100000000)],
]);

/**
 * How many of the report's money units one written unit is, where prose writes an amount in another unit than
 * its tables: 10000 for 757.40万元 in a report kept in 元 (its text at two places of 万元), 0.0001 for 5,862.89元
 * in one kept in 万元 (a sum told to the 元 or the fen). Undefined for the same unit, and for a unit of no money.
 */
export function writtenMoneyScale(written: string, report: string): Decimal | undefined {
    const writtenYuan = YUAN_PER_MONEY_UNIT.get(written);
    const reportYuan = YUAN_PER_MONEY_UNIT.get(report);
    return writtenYuan && reportYuan && written !== report ? writtenYuan.div(reportYuan) : undefined;
}

/**
 * A value rounded half-up to `places` decimals, negative ones included: an amount of a report in 万元 at two
 * places is one to the hundred 元 (1.23万元 is 12,300元 at −2 places).
 */
export function roundedTo(value: Decimal, places: number): Decimal {
    if (places >= 0) return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    const step = new Decimal(10).pow(-places);
    return value.div(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
}

/** Published amounts carry two decimals even where trailing zeros are dropped (7.8 is 7.80). */
export const REPORT_DECIMALS = 2;

/**
 * The decimals a stated figure stands for: an amount keeps the report's precision whatever the
 * source drops; a rate is often rounded on purpose to whole numbers or one decimal, so 68% stands
 * for [67.5%, 68.5%] and 1.3% for [1.25%, 1.35%]; a count is as written.
 */
export function statedDecimals(kind: FigureKind, written: number): number {
    return kind === 'amount' ? Math.max(written, REPORT_DECIMALS) : written;
}

/**
 * Why a written figure cannot be taken at its value: the `unit` or `number-format` check reports
 * it, and no relation uses it, so that one slip is one finding.
 */
export type Suspicion =
    | 'other-money-unit'    // 824500元 in a report kept in 万元
    | 'percent-for-amount'  // 22.54% in a table's column or after 上年, 增加, …
    | 'amount-for-rate'     // 22.54 after 占比, 增长, …, or under a table's 执行率 column
    | 'split-number'        // 1 234.56: one number read as two
    | 'joined-cells';       // 100.00/0.00, or a figure after it in its row: which column each is for is unknown

/** Attributes whose figures are rates, and those whose figures are amounts. */
export const RATE_ATTRIBUTES: ReadonlySet<string> = new Set(['占比', '增长', '下降', '完成预算']);
export const AMOUNT_ATTRIBUTES: ReadonlySet<string> = new Set(['上年', '增加', '减少', '预算']);

/**
 * A table's column that holds rates, by its name: 执行率, 预算执行率, 完成率, 占比, 比重, 百分比, 分担比例, 增减幅度,
 * 增幅 (the last heading of a two-level one, 执行情况·执行率), or any heading that prints its unit as % (增长%,
 * 增长率（%）). Its figures are percentages, kept out of sums and money ties.
 */
export function isRateColumn(column: string): boolean {
    const name = column.slice(column.lastIndexOf('·') + 1);
    return RATE_COLUMN.test(name) || isPercentHeading(name);
}

const RATE_COLUMN = /率$|占比|比重|百分比|比例$|幅度$|^增幅$/;

/**
 * A column whose heading prints % as its unit (增长%, 较上年增长%, 增长率（%）): its bare numbers are percentages, as
 * its heading says, the % being printed once above them. A name's half-width brackets (执行率(%)) are full-width
 * by now: the value converter and the import's asName make them so.
 */
export function isPercentHeading(column: string): boolean {
    return PERCENT_HEADING.test(column);
}

const PERCENT_HEADING = /(?:[%％]|（[%％]）)$/;

/** The unit of a self-evaluation table's points: no money, summed only with other points. */
export const POINTS = '分';

/**
 * A table's column that holds points, by its name: 分值, 权重 (a 权重 written 20% is a rate), 得分, 满分 (a department's own
 * 绩效自评表 printed as a table). Its figures are points, not the report's money: never tied to an amount, and
 * rounded as written (a 合计 得分 of 92 stands for the 91.5 its lines add up to).
 */
export function isPointsColumn(column: string): boolean {
    return POINTS_COLUMN.test(column.slice(column.lastIndexOf('·') + 1));
}

const POINTS_COLUMN = /^(?:分值|权重|得分|满分|分数|评分|自评得分|评价得分)$/;

/**
 * Whether a written number is in a unit its place cannot hold. `attribute` is the key the value
 * follows, undefined for a row's own cells; `inTable` whether the row stands in a 附表; `rateColumn`
 * whether the table's column it stands under holds rates (isRateColumn), `percentHeading` whether its heading
 * prints % (isPercentHeading).
 */
export function unitSuspicion(text: string, unit: string | undefined, declared: string, inTable: boolean, attribute?: string, rateColumn = false,
    percentHeading = false): Suspicion | undefined {
    const literal = parseLiteral(text);
    if (!literal) return undefined;
    if (!literal.percent && unit && MONEY_UNITS.has(unit) && MONEY_UNITS.has(declared) && unit !== declared && !rateColumn) return 'other-money-unit';
    if (attribute !== undefined) {
        if (RATE_ATTRIBUTES.has(attribute) && !literal.percent && unit === undefined) return 'amount-for-rate';
        // last year's figure under a rate column is a rate too
        if (AMOUNT_ATTRIBUTES.has(attribute) && literal.percent && !rateColumn) return 'percent-for-amount';
        return undefined;
    }
    if (!inTable) return undefined;
    // under a heading printing % (增长率（%）) a bare number is the percentage; one in 万元 is still no rate
    if (rateColumn) return literal.percent || (percentHeading && unit === undefined) || (unit !== undefined && !MONEY_UNITS.has(unit)) ? undefined : 'amount-for-rate';
    return literal.percent ? 'percent-for-amount' : undefined;
}

export interface Figure {
    readonly kind: FigureKind;
    /** 万元, %, 人, 辆, … */
    readonly unit: string;
    /** The stated value, or the best value computed for a figure the source leaves out. */
    readonly value: Decimal;
    /** What the value stands for: its rounding interval, or the computed interval. */
    readonly interval: Interval;
    /** Decimals the figure stands for: a stated one's precision (statedDecimals), a computed one's rounding. */
    readonly decimals: number;
    /**
     * Decimals a computed amount prints with where fewer than its `decimals`: a sum or difference of terms written whole
     * prints whole (459989 − 42991 = 416998, not 416998.00) yet stands for the same precision as its terms (termDecimals).
     */
    readonly printedDecimals?: number;
    /** Decimals as written in the source (1.70% keeps its zero when printed). */
    readonly writtenDecimals?: number;
    /** A rate written bare under a heading that prints its % (增长率（%） -6.00): printed as written, without the %. */
    readonly percentInHeading?: boolean;
    /** Written in the source (true) or computed by the model (false). */
    readonly stated: boolean;
    /**
     * A computed value not known to equal what it prints: a quotient its decimals round off (999.99 ÷ 1000.00 = 99.999%
     * kept as 100.00), or the middle of the interval its parts' rounding allows. It prints with its decimals, never as an
     * exact whole (100%) or nothing (0%) it may not be.
     */
    readonly roundedOff?: true;
    /** A table cell printed blank, as written (-, —, /): empty as on the printed table, hence zero. */
    readonly blank?: string;
    /** Where a stated figure is written. */
    readonly node?: AstNode;
    /** A Chinese description for messages: 附表6 › 201 一般公共服务支出 基本支出. */
    readonly label: string;
    /** The row path the label starts with (附表6 › 201 一般公共服务支出), where it has one. */
    readonly place?: string;
    /** Set when the figure cannot be taken at its value: no relation uses it. */
    readonly suspect?: Suspicion;
}

export interface Literal {
    readonly value: Decimal;
    readonly decimals: number;
    readonly percent: boolean;
}

/**
 * Literals parsed so far, by text: a report writes the same few thousand numbers over and over,
 * and every keystroke parses them all again. Kept in two generations: when the newer fills up it
 * becomes the older and the oldest is dropped; a literal found in the older is moved to the newer.
 * So the numbers of the report being typed stay, while those of reports checked one after another
 * (the command line's 10,000) go: a large cache that lived on beside each report's short-lived
 * tree left its numbers scattered over the heap's pages, which V8 then kept (835 MB for 10,000).
 */
let literals = new Map<string, Literal | undefined>();
let olderLiterals = new Map<string, Literal | undefined>();
const LITERALS_PER_GENERATION = 5_000;

/** Parses a written number: `1,872.89`, `-24.92`, `22.54%`. */
export function parseLiteral(text: string): Literal | undefined {
    // one lookup when the text is known: most are
    const known = literals.get(text);
    if (known !== undefined || literals.has(text)) return known;
    const literal = olderLiterals.has(text) ? olderLiterals.get(text) : readLiteral(text);
    if (literals.size >= LITERALS_PER_GENERATION) {
        olderLiterals = literals;
        literals = new Map();
    }
    literals.set(text, literal);
    return literal;
}

/** A number as the grammar writes it, its thousands commas in place (1,234.56). */
const LITERAL = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[%％]?$/;

function readLiteral(text: string): Literal | undefined {
    // misplaced commas (1,23) are reported by the lexer: the number's value is not known
    if (!LITERAL.test(text)) return undefined;
    const percent = /[%％]$/.test(text);
    const digits = text.replace(/[%％,]/g, '');
    const dot = digits.indexOf('.');
    return { value: new Decimal(digits), decimals: dot < 0 ? 0 : digits.length - dot - 1, percent };
}

const ZERO = new Decimal(0);
const EXACT_ZERO = Interval.exact(ZERO);

/**
 * The intervals a literal stands for, made once: like the literals, they are shared by every
 * figure, report and keystroke that writes the same number.
 */
const intervals = new WeakMap<Literal, { exact?: Interval; rounded: Map<number, Interval> }>();

function intervalsOf(literal: Literal): { exact?: Interval; rounded: Map<number, Interval> } {
    let found = intervals.get(literal);
    if (!found) intervals.set(literal, found = { rounded: new Map() });
    return found;
}

function exactOf(literal: Literal): Interval {
    const found = intervalsOf(literal);
    return found.exact ??= Interval.exact(literal.value);
}

function roundedOf(literal: Literal, decimals: number): Interval {
    const { rounded } = intervalsOf(literal);
    let interval = rounded.get(decimals);
    if (!interval) rounded.set(decimals, interval = Interval.rounded(literal.value, decimals));
    return interval;
}

/**
 * An amount in 元 written to the fen is the account's own figure, not a rounding of it: sums of such
 * figures hold exactly, and a fen off is a slip (in 万元, 0.01 is 100元 lost to rounding).
 */
function isCents(kind: FigureKind, unit: string, decimals: number): boolean {
    return kind === 'amount' && unit === '元' && decimals >= REPORT_DECIMALS;
}

/**
 * A table cell printed blank (`-`, —, –, －, ―, a run of them as —— or --, or / for 不适用): nothing spent or counted,
 * read as 0 in a table. The grammar's BLANK reads the same.
 */
export function isBlankCell(text: string): boolean {
    return /^(?:[-—–－―]+|\/)$/.test(text);
}

export function statedFigure(options: {
    text: string;
    unit: string;
    label: string;
    place?: string;
    node?: AstNode;
    /** Whether `-` stands for an empty cell (zero), as in a table; elsewhere it states nothing. */
    blankIsZero?: boolean;
    /** Whether a bare number is a percentage: its column's heading prints the % (增长率（%）). */
    percent?: boolean;
    suspect?: Suspicion;
}): Figure | undefined {
    if (options.blankIsZero && isBlankCell(options.text)) {
        const kind: FigureKind = MONEY_UNITS.has(options.unit) ? 'amount' : options.unit === '%' ? 'rate' : 'count';
        return {
            kind, unit: options.unit, value: ZERO, interval: EXACT_ZERO, decimals: REPORT_DECIMALS,
            writtenDecimals: 0, stated: true, blank: options.text, node: options.node, label: options.label, place: options.place,
            // the “/” of 100.00/0.00 is no blank cell
            ...options.suspect === 'joined-cells' ? { suspect: options.suspect } : {},
        };
    }
    const literal = parseLiteral(options.text);
    if (!literal) return undefined;
    const percent = literal.percent || (options.percent === true && !MONEY_UNITS.has(options.unit));
    const kind: FigureKind = percent ? 'rate' : MONEY_UNITS.has(options.unit) ? 'amount' : 'count';
    const decimals = statedDecimals(kind, literal.decimals);
    const interval = (kind === 'count' && literal.decimals === 0 && options.unit !== POINTS) || isCents(kind, options.unit, literal.decimals) ? exactOf(literal) : roundedOf(literal, decimals);
    return {
        kind,
        unit: percent ? '%' : options.unit,
        value: literal.value,
        interval,
        decimals,
        writtenDecimals: literal.decimals,
        percentInHeading: percent && !literal.percent ? true : undefined,
        stated: true,
        node: options.node,
        label: options.label,
        place: options.place,
        suspect: options.suspect,
    };
}

export function computedFigure(options: {
    kind: FigureKind; unit: string; interval: Interval; label: string; decimals?: number; printedDecimals?: number; value?: Decimal;
}): Figure {
    const decimals = options.decimals ?? (options.kind === 'count' ? 0 : REPORT_DECIMALS);
    // the exact result of the printed figures where given (a quotient), else the middle of what their rounding allows
    const exact = options.value ?? (options.interval.lo.equals(options.interval.hi) ? options.interval.lo : undefined);
    const value = (options.value ?? options.interval.mid).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    return {
        kind: options.kind,
        unit: options.unit,
        value,
        interval: options.interval,
        decimals,
        ...options.printedDecimals !== undefined && options.printedDecimals < decimals ? { printedDecimals: options.printedDecimals } : {},
        stated: false,
        ...exact?.equals(value) ? {} : { roundedOff: true },
        label: options.label,
    };
}

/**
 * The decimals of a sum or difference of figures: `decimals`, the precision a figure of its kind written with its terms'
 * most places stands for (statedDecimals: an amount keeps the report's two); `printedDecimals`, whole where every term
 * is written whole (459989 − 42991 prints 416998, not 416998.00), else those `decimals`: terms 30 and 30.5 print 60.50
 * as the report would, not the 60.5 no figure of it is written with.
 */
export function termDecimals(kind: FigureKind, ...terms: readonly Figure[]): { decimals: number; printedDecimals: number } {
    const most = Math.max(0, ...terms.map(term => term.stated ? term.writtenDecimals ?? term.decimals : term.printedDecimals ?? term.decimals));
    const decimals = statedDecimals(kind, most);
    return { decimals, printedDecimals: most === 0 ? 0 : decimals };
}

/** What a figure is, without the path of its row: 合计, 基本支出 占比, 完成预算; the row's name outside the tables. */
export function figureName(figure: Figure): string {
    const place = figure.place;
    if (!place || !figure.label.startsWith(place)) return figure.label;
    const name = figure.label.slice(place.length).trim();
    return name || place.slice(place.lastIndexOf('›') + 1).trim();
}

/**
 * How a figure reads in Chinese text: 3569.58, 0, 22.54%; a stated one as written (1.70%, 1995);
 * `grouped` where the report writes thousands separators (64,999,264.21: see digit-groups.ts).
 */
export function formatFigure(figure: Figure, grouped = false): string {
    if (figure.kind === 'rate' && !figure.stated) return computedRateText(figure);
    // a worked-out amount as the report would print it: 0.50, not 0.5 (its sum or difference is of such figures)
    const digits = figure.stated && figure.writtenDecimals !== undefined
        ? figure.value.toFixed(figure.writtenDecimals)
        : !figure.stated && figure.kind === 'amount' ? fixedText(figure.value, figure.printedDecimals ?? figure.decimals)
            : formatDecimal(figure.value, figure.stated ? undefined : figure.decimals);
    return (grouped ? groupDigits(digits) : digits) + (figure.kind === 'rate' && !figure.percentInHeading ? '%' : '');
}

/** A stated figure as a message or hover names it: a blank cell as the user wrote it (-（空白）), not as the 0 it counts as. */
export function statedText(figure: Figure, grouped = false): string {
    return figure.blank ? `${figure.blank}（空白）` : formatFigure(figure, grouped);
}

/**
 * A rate worked out of other figures, in the one form the published reports give theirs: two decimals, trailing zeros
 * kept (81.70%, never 81.7% beside 12.30%); exactly nothing and exactly the whole as they say them, 0% and 100%, but a
 * rate that only rounds to them keeps its decimals (100.00% for 99.999%), for a bare 100% claims a completion it does
 * not have. Without thousands separators, as reports print their rates.
 */
function computedRateText(figure: Figure): string {
    const whole = !figure.roundedOff && (figure.value.isZero() || figure.value.eq(100));
    return `${whole ? figure.value.toFixed(0) : fixedText(figure.value, figure.decimals)}${figure.percentInHeading ? '' : '%'}`;
}

/** A decimal as a report prints it: trailing zeros of a computed value dropped (1995, 7.8). */
export function formatDecimal(value: Decimal, decimals?: number, grouped = false): string {
    const rounded = decimals === undefined ? value : value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    return grouped ? groupDigits(rounded.toFixed()) : rounded.toFixed();
}

/**
 * Where a computed value lies, the figures it is computed from being rounded, in words an officer reads: 按四舍五入应在
 * 59.947% 至 60.053% 之间 beside a rate written to two places: one place more than the figure it is told against is
 * written to (`places`; four where none is), or as many more as tell the ends apart (a share of two large amounts);
 * a total bounded only below says so.
 */
export function roundingRangeText(interval: Interval, unit: string, grouped = false, places?: number): string {
    const { lo, hi } = interval;
    const least = places === undefined ? 4 : places + 1;
    const end = (value: Decimal, decimals: number) => formatDecimal(value, decimals, grouped) + unit;
    if (!hi.isFinite()) return `按四舍五入应不小于 ${end(lo, least)}`;
    // an end shown rounded up to a 5 rounds, one place less, otherwise than the end does: 69.5 for 69.4581 reads as
    // allowing 70; more places then (68.5 for 68.5131 rounds as it does, and stays)
    const misleads = (value: Decimal, decimals: number) => !value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)
        .toDecimalPlaces(decimals - 1, Decimal.ROUND_HALF_UP).equals(value.toDecimalPlaces(decimals - 1, Decimal.ROUND_HALF_UP));
    let decimals = least;
    while (decimals < 8 && ((formatDecimal(lo, decimals) === formatDecimal(hi, decimals) && !lo.equals(hi))
        || misleads(lo, decimals) || misleads(hi, decimals))) decimals++;
    if (formatDecimal(lo, decimals) !== formatDecimal(hi, decimals)) return `按四舍五入应在 ${end(lo, decimals)} 至 ${end(hi, decimals)} 之间`;
    // one value (exact, or bounded so closely by figures in 元 to the 分 that its ends print alike at eight decimals):
    // at least `least` places, more while it would end in a 5 it does not equal (71.435 for 71.43498 reads as rounding
    // up); a rounded one keeps its trailing zeros, 5.0910%, for 5.091% would read as exact
    let shown = least;
    while (shown < 8 && /5$/.test(formatDecimal(lo, shown)) && !lo.equals(formatDecimal(lo, shown))) shown++;
    const exact = lo.equals(hi) && lo.decimalPlaces() <= shown;
    return `应为 ${exact ? end(lo, shown) : fixedText(lo, shown, grouped) + unit}`;
}

/**
 * The rounding range, in brackets, after a worked-out value printed last in `printed` (… = 5.09%), at one place more than
 * it: none where every value in the range prints so at its places, for then it tells nothing more and, beside the value,
 * reads as if that were wrong.
 */
export function roundingRangeNote(interval: Interval, printed: string, unit: string, grouped = false): string {
    const number = [...printed.matchAll(/\d[\d,]*(?:\.(\d+))?/g)].at(-1);
    const decimals = number?.[1]?.length ?? 0;
    const printsAs = (end: Decimal) => number !== undefined && end.isFinite()
        && end.abs().toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).equals(number[0].replace(/,/g, ''));
    return printsAs(interval.lo) && printsAs(interval.hi) ? '' : `（${roundingRangeText(interval, unit, grouped, decimals)}）`;
}

/**
 * A worked-out rate beside one written at `places`, for the rounding it is compared at: four decimals at most, never fewer
 * than the written (= 50.00% beside 49.99%, not 50%, which would read as if it had no places to round to; 63.7231%).
 */
export function workedOutRateText(value: Decimal, places: number, grouped = false): string {
    const rounded = value.toDecimalPlaces(Math.max(4, places), Decimal.ROUND_HALF_UP);
    return fixedText(rounded, Math.max(places, rounded.decimalPlaces()), grouped);
}

/** A value at a fixed number of decimals (2952.50), with thousands separators where `grouped`. */
export function fixedText(value: Decimal, decimals: number, grouped = false): string {
    const text = value.toFixed(decimals, Decimal.ROUND_HALF_UP);
    return grouped ? groupDigits(text) : text;
}

/** A number's text with thousands separators in its integer part: 1234567.89 → 1,234,567.89. */
export function groupDigits(text: string): string {
    return text.replace(/^(-?)(\d{4,})/, (_, sign: string, digits: string) => sign + digits.replace(/\B(?=(\d{3})+$)/g, ','));
}
