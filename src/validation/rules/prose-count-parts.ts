// A count a text splits with 其中 (编制人数28人，其中行政编制18人、事业编制10人): no part is larger than the
// whole, and the parts together not either. Written in 部门人员情况 and the like, where no table holds
// the counts. A part above the whole is an error; parts that add up to more only an info, since
// the parts a text names after 其中 may overlap (在职人员25人，其中女职工12人、党员15人).
// Amounts likewise where the data holds no figure for the whole (“三公”经费财政拨款支出0万元，其中：公务接待费
// 1.20万元…, in a report without the 三公 table): where it holds one, prose-figure compares the whole with it. A whole
// named with all its parts as a restating table names them (政府采购支出总额 = 货物 + 工程 + 服务) is their sum: an error.
import { Decimal } from 'decimal.js';
import type { FigureClaim, TextClaims, WrittenFigure } from '../../model/prose-claims.js';
import { claimsOf, shareWholeWords, withUnit } from '../../model/prose-claims.js';
import { fixedText, YUAN_PER_MONEY_UNIT } from '../../model/figure.js';
import { type Interval, sumIntervals } from '../../model/interval.js';
import type { ReportModel } from '../../model/report-model.js';
import type { RowModel } from '../../model/rows.js';
import { RESTATING_TABLES } from '../../templates/index.js';
import type { ProseText } from '../../model/prose.js';
import { clauseBefore } from '../../model/prose-text.js';
import { SELF_NAME } from '../../model/prose-lexicon.js';
import type { Reporter, Rule } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';
import { distinctTargets, rangeIn } from './prose-judge.js';
import { shareAgreement } from '../../model/prose-shares.js';

// a text copied from a PDF keeps a space between a count and its unit (实有人数 125 人)
const COUNT = /(\d+)[ \u3000]?(人次|批次|人|名|个|辆|台（套）|套|台|户|项)/g;

interface Count { readonly value: number; readonly unit: string; readonly offset: number; readonly length: number }

function countsIn(text: string, from: number, to: number): Count[] {
    const found: Count[] = [];
    const pattern = new RegExp(COUNT.source, 'g');
    pattern.lastIndex = from;
    for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
        // a whole count, not the tail of a decimal or of a figure with separators (1.5人, 1,200人)
        if (/[.,\d]/.test(text[m.index - 1] ?? '')) continue;
        found.push({ value: Number(m[1]), unit: m[2], offset: m.index, length: m[0].length });
    }
    return found;
}

interface Written { readonly offset: number; readonly length: number; readonly unit: string }

/**
 * Clauses (to ；or 。) with a 其中: the whole is the last figure before it, right before it, the parts those
 * after it of the same unit, up to the next 其中 (a part's own parts), brackets left out. A figure named a total
 * (合计, 总计, 共计) is no part: it ends the list. Larger than the whole, it is the sentence's own total (收入4402万元，加
 * 上级转移支付收入1884万元，其中：一般转移支付收入1478万元，上年结转结余60万元，…，收入合计为6449万元), and the
 * sentence went back to its own items somewhere before it: only the first part is surely the whole's. `opens`
 * may open a list with 分别为 too (共有车辆3辆，分别为…): a list of all the whole's parts, `complete`; or with 包括
 * (INCLUDED_PARTS), whose list ends at any of `stops` outside brackets: all the whole's parts where they are its known
 * kinds (the caller tells), `including`. A sentence opening with 其中 after one of several counts (`across`) leaves its whole
 * unsaid: `unsaid` is given the counts it may be and the parts.
 */
function* splits<T extends Written>(text: string, opens: RegExp, figuresIn: (from: number, to: number) => T[], exceeds: (part: T, whole: T) => boolean,
    stops: RegExp = opens, across = false, named?: (before: T[], parts: T[]) => T | undefined,
    unsaid?: (among: T[], parts: T[]) => void): Generator<{ whole: T; parts: T[]; complete: boolean; including: boolean; end: number }> {
    // by offsets into the text, without a match object per sentence or a copy per clause: this runs over every prose text
    const opening = new RegExp(opens.source, 'g');
    const stopping = new RegExp(stops.source, 'g');
    const find = (pattern: RegExp, from: number) => {
        pattern.lastIndex = from;
        const m = pattern.exec(text);
        return m ? { at: m.index, length: m[0].length, complete: m[0] !== '其中', including: INCLUDING.test(m[0]) } : undefined;
    };
    let split = find(opening, 0);
    for (let start = 0, before = 0; split && start <= text.length;) {
        const end = clauseEnd(text, start);
        if (split.at < start) split = find(opening, start);
        // `across`: a sentence opening with 其中 splits the count that closes the sentence before (单位共3个。其中：行政单位1个…)
        const from = split && split.at > start ? start : across && split?.at === start && text[start - 1] === '。' ? before : undefined;
        if (split && from !== undefined && split.at < end) {
            const before = figuresIn(from, split.at);
            const last = before.at(-1);
            // a change is no whole (共有车辆5辆，比上年减少1辆，其中：执法执勤用车4辆)
            const nearest = last && !CHANGE_NAMED.test(kindBefore(text, last.offset)) ? last : undefined;
            let next = find(stopping, split.at + split.length);
            // after 包括, a marker in brackets (执法执勤用车2辆（包括警车1辆）) says what a part holds: the list goes on past it
            while (split.including && next && next.at < end && inBrackets(text, next.at, start)) next = find(stopping, next.at + next.length);
            const stop = next && next.at < end ? next.at : end;
            // 占政府采购支出总额198.40万元的93.75%: a share's whole written in its words is no part
            let parts = nearest ? figuresIn(split.at, stop).filter(c => c.unit === nearest.unit && !inBrackets(text, c.offset, start)
                && !kindBefore(text, c.offset).includes('占')) : [];
            const total = parts.findIndex(p => TOTAL_NAMED.test(kindBefore(text, p.offset)));
            if (nearest && total >= 0) parts = parts.slice(0, exceeds(parts[total], nearest) ? Math.min(1, total) : total);
            // the 其中 right after the counts; the parts' words may name an earlier one of them the whole
            if (nearest && parts.length > 0 && nearest.offset + nearest.length >= split.at - 2) {
                const counts = before.filter(c => c.unit === nearest.unit);
                // across a full stop, a sentence of several counts (编制51人，在编47人，退休人员28人。其中卫生技术45人) leaves the
                // whole unsaid, the staff as a whole as likely as its last count: only one the parts' words name is taken
                const whole = named?.(counts, parts) ?? (split.at === start && counts.length > 1 ? undefined : nearest);
                if (whole) yield { whole, parts, complete: split.complete && total < 0, including: split.including, end: stop };
                else unsaid?.(counts, parts);
            }
        }
        before = start;
        start = end + 1;
    }
}

/** The words naming a change (比上年减少, 增加): what follows is by how much, not a whole to split. */
const CHANGE_NAMED = /(?:增加|减少|增长|下降|增|减|多|少)了?$/;

/** Where a list of some of a whole's parts opens. */
const SOME_PARTS = /其中/;
/** Where a list of some of a count's parts opens, or of all of them (分别为, 分别是: each part once). */
const SOME_OR_ALL_PARTS = /其中|分别(?:为|是)[：:]?/;
/**
 * 包括, 包含: where a list of all the whole's parts opens, where they are its known kinds; else of some (…等) or of other
 * things, left alone. Read beside the lists above (其中包括 stays a 其中), up to any list word.
 */
const INCLUDED_PARTS = /包[括含][：:]?/;
const INCLUDING = /^包[括含]/;
const ANY_PARTS = /其中|分别(?:为|是)|包[括含]/;

/** Where the clause from `start` ends: its 。；;！？ or line break, else the end of the text. */
function clauseEnd(text: string, start: number): number {
    for (let i = start; i < text.length; i++) {
        if (CLAUSE_ENDS.has(text.charCodeAt(i))) return i;
    }
    return text.length;
}

const TOTAL_NAMED = /合计|总计|共计/;

const CLAUSE_ENDS = new Set([...'。；;！？\n'].map(char => char.charCodeAt(0)));

function inBrackets(text: string, offset: number, from: number): boolean {
    const before = text.slice(from, offset);
    return before.lastIndexOf('（') > before.lastIndexOf('）') || before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** An amount written as itself (not a change, a share, a threshold or another year's), as a split's whole or part. */
interface WrittenAmount extends Written { readonly claim: FigureClaim }

function amountsOf(claims: readonly FigureClaim[], from: number, to: number): WrittenAmount[] {
    return claims.filter(c => c.figure.offset >= from && c.figure.offset < to)
        .map(claim => ({ claim, offset: claim.figure.offset, length: claim.figure.length, unit: claim.figure.unit }));
}

/** The amounts split with 其中 whose whole the data holds no figure for. */
function amountParts(model: ReportModel, reporter: Reporter): void {
    for (const text of claimsOf(model)) {
        const amounts = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.kind === 'amount');
        if (amounts.length < 2) continue;
        const figuresIn = (from: number, to: number) => amountsOf(amounts, from, to);
        const exceeds = (part: WrittenAmount, whole: WrittenAmount) => part.claim.figure.interval.lo.greaterThan(whole.claim.figure.interval.hi);
        for (const { whole, parts, including, end } of [...splits(text.prose.text, SOME_PARTS, figuresIn, exceeds), ...splits(text.prose.text, INCLUDED_PARTS, figuresIn, exceeds, ANY_PARTS)]) {
            const { claim } = whole;
            if (claim.role.kind !== 'value' || claim.notData || claim.figure.value.isNegative()) continue;
            // 政府采购支出总额…，包括货物…、工程…、服务…: read as a 其中 only where the parts are the whole's known kinds
            if (including && !partsOfWhole(text.prose.text, whole, parts.filter(p => p.claim.role.kind === 'value' && !p.claim.notData))) continue;
            if (claim.subject && distinctTargets(model, claim.subject, claim.role, claim.figure).length > 0) continue;
            const own = parts.filter(p => p.claim.role.kind === 'value' && !p.claim.notData);
            const range = (w: Written) => rangeIn(text.prose, w.offset, w.length);
            const over = own.find(p => p.claim.figure.interval.lo.greaterThan(claim.figure.interval.hi));
            if (over) {
                const at = range(over);
                if (at) reporter.error(text.prose.node, `其中的 ${withUnit(over.claim.figure)} 大于总数 ${withUnit(claim.figure)}：其中项不能超过总数。`, { range: at });
                continue;
            }
            const at = range(whole);
            const named = partsOfWhole(text.prose.text, whole, own);
            if (named) {
                // the parts are all of the whole (政府采购 = 货物 + 工程 + 服务): any difference is a slip, not an overlap;
                // some of them (货物 + 服务, 工程 left unsaid) are still disjoint: they may fall short, never exceed it
                const { kinds, all, missing } = named;
                // 货物…，服务…；无政府采购工程支出: the kinds left out said none, the parts are all of it too
                const completed = !all && own.length === parts.length && restSaidNone(text.prose.text, whole, own, end, missing);
                const sum = sumIntervals(kinds.map(p => p.claim.figure.interval));
                if (at && (sum.lo.greaterThan(claim.figure.interval.hi) || ((all || completed) && sum.hi.lessThan(claim.figure.interval.lo)))) {
                    reporter.error(text.prose.node, `文字写的 ${withUnit(claim.figure)} 与其中各项之和不符：${summed(kinds, claim.figure.unit, model.groupsDigits)}${all ? '' : completed ? REST_SAID : '，大于总数'}。`, { range: at });
                }
                continue;
            }
            const sum = sumIntervals(own.map(p => p.claim.figure.interval));
            if (own.length >= 2 && own.length === parts.length && at && !sum.meets(claim.figure.interval) && restSaidNone(text.prose.text, whole, own, end)) {
                reporter.error(text.prose.node, `文字写的 ${withUnit(claim.figure)} 与其中各项之和不符：${summed(own, claim.figure.unit, model.groupsDigits)}${REST_SAID}。`, { range: at });
                continue;
            }
            if (own.length >= 2 && sum.lo.greaterThan(claim.figure.interval.hi) && at) {
                reporter.info(text.prose.node, `其中各项 ${summed(own, claim.figure.unit, model.groupsDigits)}，大于总数 ${withUnit(claim.figure)}：请核对（各项有重叠时不必改）。`, { range: at });
            }
        }
    }
}

/** Parts added up as a message writes them: 93.60万元 + 38.50万元 = 132.10万元, at the most places any is written with. */
function summed(parts: readonly WrittenAmount[], unit: string, grouped: boolean): string {
    const total = parts.reduce((acc, p) => acc.plus(p.claim.figure.value), new Decimal(0));
    const decimals = Math.max(...parts.map(p => p.claim.figure.decimals));
    return `${parts.map(p => withUnit(p.claim.figure)).join(' + ')} = ${fixedText(total, decimals, grouped)}${unit}`;
}

/**
 * Whether the words right after a list of a whole's parts say it is all of it, in the list's clause after a comma or in the
 * clause right after it: the rest said none in so many words (…住房保障支出46.80万元；其余各项均为零), or the kinds `missing`
 * from the whole's known kinds (each by its names) all said none (政府采购…，其中：货物…，服务…；无政府采购工程支出). A none of
 * some kinds of no known set (本部门无教育支出, 无超预算支出) leaves the whole's other kinds unsaid; a list that may be partial
 * (主要, 等) says nothing of the rest.
 */
function restSaidNone(text: string, whole: Written, parts: readonly Written[], end: number, missing: readonly (readonly string[])[] = []): boolean {
    const last = parts.at(-1)!;
    const listed = text.slice(whole.offset + whole.length, last.offset);
    // 等 in 中等、高等 with more of a name after it is a word of that name (中等职业教育支出), no list's end
    if (/主要|等/.test(listed.replace(/[中高初]等(?=[\u4e00-\u9fff])/g, ''))) return false;
    const tail = text.slice(last.offset + last.length, end);
    let said: string;
    if (/^[\s\u3000]*$/.test(tail)) {
        if (!/[。；;]/.test(text[end] ?? '')) return false;
        said = text.slice(end + 1, clauseEnd(text, end + 1));
    } else {
        said = /^[\s\u3000]*[，,](.*)$/.exec(tail)?.[1] ?? '';
    }
    said = said.trim();
    if (REST_NONE.test(said)) return true;
    const none = NONE_SAID.exec(said)?.[1];
    return none !== undefined && missing.length > 0 && missing.every(names => names.some(name => none.includes(name)));
}

/** How the message says a list was read as all of its whole. */
const REST_SAID = '（句中写明其余各项为无，所列即全部）';

/** The words saying kinds of a whole are none, and the kinds: 本部门无政府采购工程支出, 本年度未发生政府采购工程支出. */
const NONE_SAID = /^(?:本部门|本单位|我部门|我单位|本年度?|\d{4}年度?)*(?:无|没有|未发生|不涉及)([\u4e00-\u9fff、]+?)$/;
/** The rest of a whole's kinds said none: 其余均为零, 其他各项支出均为0, 其余为0万元 (其他 alone names a kind: 其他支出为0). */
const REST_NONE = /^(?:其余|剩余|(?:其他|其它)(?=[^，,。；;]*[均都各]))[^，,。；;]*?(?:无|为零|为0(?:\.0+)?(?:万?元)?|未发生)$/;

/**
 * The amounts a text lists after 其中 (or 包括) right after a written whole, one of each of its known kinds, every kind
 * named (政府采购支出总额3268.40万元，其中：货物48.60万元、工程3126.00万元、服务111.80万元): what the whole is, whatever it
 * is written as. Undefined where none follow it, or they are not all its kinds: some kinds (工程 unsaid) or other parts
 * add up to no more than a part of it.
 */
export function partsListedAfter(text: TextClaims, whole: WrittenFigure): WrittenFigure[] | undefined {
    const amounts = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.kind === 'amount');
    const start = fullClauseStart(text.prose.text, whole.offset);
    const end = clauseEnd(text.prose.text, whole.offset);
    const prose = text.prose.text.slice(0, end);
    const figuresIn = (from: number, to: number) => amountsOf(amounts, from, to);
    const exceeds = (part: WrittenAmount, head: WrittenAmount) => part.claim.figure.interval.lo.greaterThan(head.claim.figure.interval.hi);
    for (const split of [...splits(prose, SOME_PARTS, figuresIn, exceeds), ...splits(prose, INCLUDED_PARTS, figuresIn, exceeds, ANY_PARTS)]) {
        if (split.whole.offset < start || split.whole.claim.figure !== whole) continue;
        const named = partsOfWhole(text.prose.text, split.whole, split.parts.filter(p => p.claim.role.kind === 'value' && !p.claim.notData));
        return named?.all ? named.kinds.map(p => p.claim.figure) : undefined;
    }
    return undefined;
}

/** Where the clause around `offset` starts: after its 。；;！？ or line break. */
function fullClauseStart(text: string, offset: number): number {
    for (let i = offset - 1; i >= 0; i--) {
        if (CLAUSE_ENDS.has(text.charCodeAt(i))) return i + 1;
    }
    return 0;
}

/**
 * The parts a whole is made of, where the text names the whole and its parts as a restating table's prose does
 * (政府采购支出总额…万元，其中：政府采购货物支出…、政府采购工程支出…、政府采购服务支出…): one part of each kind, in
 * the template's order, whether every kind is named, and the names of those that are not; undefined where the whole or fewer than two parts are so named.
 */
function partsOfWhole(text: string, whole: WrittenAmount, parts: readonly WrittenAmount[]): { kinds: WrittenAmount[]; all: boolean; missing: (readonly string[])[] } | undefined {
    const named = (w: WrittenAmount, names: readonly string[] | undefined) => names?.some(name => kindBefore(text, w.offset).endsWith(name)) ?? false;
    for (const table of RESTATING_TABLES) {
        if (!named(whole, table.prose[table.total.key])) continue;
        const kinds = table.parts.map(key => parts.find(p => named(p, table.prose[key])));
        const found = kinds.filter((p): p is WrittenAmount => p !== undefined);
        const missing = table.parts.filter((_, i) => kinds[i] === undefined).map(key => table.prose[key] ?? []);
        if (found.length >= 2) return { kinds: found, all: found.length === kinds.length, missing };
    }
    return undefined;
}

/**
 * 政府采购支出总额198.40万元，…。授予中小企业合同金额199.40万元 where the data holds neither figure: a figure a restating table
 * says is at most another (授予小微企业 ≤ 授予中小企业 ≤ 政府采购总计), each written in one paragraph under one of the names
 * the table gives it in prose, is no larger than it. The whole must be written once (one value) in that paragraph.
 */
function partsOverWholes(model: ReportModel, reporter: Reporter): void {
    for (const text of claimsOf(model)) {
        const prose = text.prose.text;
        const amounts = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.kind === 'amount' && c.role.kind === 'value' && !c.notData);
        // the name as written, from the year or owner on (2021年度本部门政府采购支出总额): 货物类政府采购支出 is no total
        const named = (claim: FigureClaim, names: readonly string[] | undefined) => {
            const words = kindBefore(prose, claim.figure.offset).replace(/\s/g, '').replace(/(?:为|是|共计|合计)$/, '').replace(OWNER_OR_YEAR, '');
            return (names?.includes(words) ?? false) && !(claim.subject && distinctTargets(model, claim.subject, claim.role, claim.figure).length > 0);
        };
        for (const table of RESTATING_TABLES) {
            for (const { part, whole } of table.atMost) {
                for (const claim of amounts.filter(c => named(c, table.prose[part]))) {
                    const line = lineOf(prose, claim.figure.offset);
                    const wholes = amounts.filter(c => c !== claim && c.figure.offset >= line.start && c.figure.offset < line.end && named(c, table.prose[whole]));
                    if (wholes.length === 0 || new Set(wholes.map(c => c.figure.value.toString())).size !== 1) continue;
                    const over = wholes[0].figure;
                    // 总额125.00万元…授予中小企业合同金额1,250,000.00元: both compared in the whole's unit
                    const inOver = (figure: WrittenFigure) => {
                        const from = YUAN_PER_MONEY_UNIT.get(figure.unit);
                        const to = YUAN_PER_MONEY_UNIT.get(over.unit);
                        return from && to ? figure.interval.scale(from.div(to)) : undefined;
                    };
                    const own = inOver(claim.figure);
                    // 政府采购支出总额3268.40万元，其中：…（3286.40）。授予中小企业合同金额3286.40万元: the total written is the
                    // slip (its parts' sum, told above), which the part fits
                    const listed = (partsListedAfter(text, over) ?? []).map(inOver);
                    if (!own || listed.some(p => p === undefined)) continue;
                    if (listed.length >= 2 && !own.lo.greaterThan(sumIntervals(listed as Interval[]).hi)) continue;
                    const range = rangeIn(text.prose, claim.figure.offset, claim.figure.length);
                    if (range && own.lo.greaterThan(over.interval.hi)) {
                        const converted = claim.figure.unit === over.unit ? ' ' : `（即 ${fixedText(claim.figure.value.times(YUAN_PER_MONEY_UNIT.get(claim.figure.unit)!).div(YUAN_PER_MONEY_UNIT.get(over.unit)!), over.decimals, true)}${over.unit}）`;
                        reporter.error(text.prose.node, `文字写的 ${withUnit(claim.figure)}${converted}大于同一段写的${table.prose[whole]![0]} ${withUnit(over)}：${table.prose[part]![0]}是它的一部分，不能超过它。`, { range });
                    }
                }
            }
        }
    }
}

/** Words before a name saying whose or which year's it is: 2021年度本部门, 我单位, 本校, 全年. */
const OWNER_OR_YEAR = new RegExp(String.raw`^.*(?:\d{4}年度?|${SELF_NAME}|全年|本年度?)`);

/** The line around `offset`: [start, end). */
function lineOf(text: string, offset: number): { start: number; end: number } {
    const end = text.indexOf('\n', offset);
    return { start: text.lastIndexOf('\n', offset - 1) + 1, end: end < 0 ? text.length : end };
}

/**
 * 2024年度项目21个，…21个项目评为一等，…占项目总数比例100%: a share of counts (claims read as 'count-share') is the count its
 * sentence writes last before it over the whole count the text writes earlier under the name the share's words give
 * (项目 of 项目总数, 全部项目), or, where they name none (占比, 占总数的), over the count a 其中 before the part splits. The
 * counts are exact: the share is wrong where it does not round to their ratio, one unit off passing only where rounding
 * happened (shares balanced to 100%); a whole named twice with two values, or not written, leaves it alone.
 */
function countShares(model: ReportModel, reporter: Reporter): void {
    for (const text of claimsOf(model)) {
        const figures = text.claims.filter((c): c is FigureClaim => c.kind === 'figure');
        for (const share of figures.filter(c => c.notData === 'count-share')) {
            const prose = text.prose.text;
            const sentence = fullClauseStart(prose, share.figure.offset);
            const said = shareWholeWords(/占([^占，,；;。]*)$/.exec(prose.slice(sentence, share.figure.offset))?.[1].replace(/\s/g, '') ?? '');
            const noun = said.replace(/^(?:全部|所有|总)/, '').replace(/(?:总数|总量|数量|个数|数)$/, '');
            // the words before 占 name the part (优秀项目18个，良好项目3个，优秀项目占…): the count of that name, none else;
            // no words there: the count written last, where it counts what the whole does (not 涉及3个科室 of 项目)
            const before = prose.slice(sentence, share.figure.offset);
            const words = /[^，,、；;。：:\n]*$/.exec(before.slice(0, before.lastIndexOf('占')))![0].replace(/\s/g, '').replace(/的$/, '');
            const subject = /\d/.test(words) ? '' : words;
            const counts = figures.filter(c => c.figure.kind === 'count' && c.figure.offset >= sentence && c.figure.offset < share.figure.offset);
            const part = subject
                ? counts.filter(c => countName(prose, c.figure) === subject).at(-1)
                : counts.filter(c => !noun || countName(prose, c.figure).includes(noun)).at(-1);
            if (!part) continue;
            const wholes = noun ? figures.filter(c => c.figure.offset < part.figure.offset && c.figure.kind === 'count' && sameCount(c.figure.unit, part.figure.unit)
                && countName(prose, c.figure) === noun) : headBefore(prose, figures, sentence, part);
            const values = new Set(wholes.map(c => c.figure.value.toString()));
            const whole = values.size === 1 ? wholes.at(-1)!.figure : undefined;
            if (!whole || !whole.value.isPositive()) continue;
            // counts are exact: no rate from intervals
            const { agrees, share: exact } = shareAgreement(share.figure, part.figure.value, whole.value);
            if (agrees) continue;
            const { decimals } = share.figure;
            const rounded = exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
            const range = rangeIn(text.prose, share.figure.offset, share.figure.length);
            const named = noun ? `${noun} ` : '“其中”之前的总数 ';
            if (range) reporter.error(text.prose.node, `文字写的 ${share.figure.text} 与前面写的数量不符：${counted(part.figure)} ÷ ${named}${counted(whole)} = ${rounded.toFixed(decimals)}%。`, { range });
        }
    }
}

/** A count as a message writes it: 21个 of 21 个. */
function counted(figure: WrittenFigure): string {
    return withUnit(figure).replace(/\s/g, '');
}

/** Units of one count: 人 and 名 are both people. */
function sameCount(a: string, b: string): boolean {
    return a === b || (PEOPLE.has(a) && PEOPLE.has(b));
}

const PEOPLE = new Set(['人', '名']);

/**
 * The name a count is written under: the words before it in its clause, from the last year or owner named (2024年度项目21个,
 * 本部门项目共计21个 → 项目), without the words joining them to it; or, none there, the noun right after its unit where
 * the clause ends with it (共实施21个项目。 → 项目).
 */
function countName(text: string, figure: WrittenFigure): string {
    const before = clauseBefore(text, figure.offset).replace(/\s/g, '')
        .replace(/^.*(?:\d{4}年度?|本部门|本单位|我部门|我单位|全年|本年度?)/, '').replace(COUNT_NAME_OPENING, '').replace(/(?:共计|共有|合计|总计|共|为|是|有|达到?|总数|数量|数)+$/, '');
    if (before) return before;
    const after = /^([\u4e00-\u9fff]{1,8}?)(?=[，,。；;、\n]|$)/.exec(text.slice(figure.offset + figure.length));
    return after?.[1] ?? '';
}

/** Verbs before the name of what a count counts: 共有项目21个, 实施项目共15个. */
const COUNT_NAME_OPENING = /^(?:共计|共有|共|现有|实有|有|实施|开展了?|承担|安排|设立|设置)+/;

/** The count a 其中 splits before `part` in its sentence (编制28人，其中行政编制18人), of the part's unit: as a list of one, or none. */
function headBefore(text: string, figures: readonly FigureClaim[], sentence: number, part: FigureClaim): FigureClaim[] {
    const among = text.lastIndexOf('其中', part.figure.offset);
    if (among < sentence) return [];
    const head = figures.filter(c => c.figure.offset >= sentence && c.figure.offset + c.figure.length <= among).at(-1);
    return head && head.figure.kind === 'count' && sameCount(head.figure.unit, part.figure.unit)
        && /^[\s，,：:]*$/.test(text.slice(head.figure.offset + head.figure.length, among)) ? [head] : [];
}

/**
 * 国内公务接待12批次，8人次: a batch is at least one person-time, so the batches said are at most the person-times said
 * right after them (nothing but a comma or 共计 between). A warning, as the rows' own check (part-within) gives; only where
 * the data holds no such count.
 */
function batchesOverPersonTimes(prose: ProseText, counts: readonly Count[], reporter: Reporter): void {
    for (let i = 0; i + 1 < counts.length; i++) {
        const [batches, persons] = [counts[i], counts[i + 1]];
        if (batches.unit !== '批次' || persons.unit !== '人次' || batches.value <= persons.value) continue;
        if (!/^[，,、\s]*(?:共计|合计|共)?$/.test(prose.text.slice(batches.offset + batches.length, persons.offset))) continue;
        // 较上年减少12批次、8人次: changes, not counts — a batch is at least one person-time, a fall in batches need not be
        if (CHANGE_NAMED.test(kindBefore(prose.text, batches.offset))) continue;
        const at = rangeIn(prose, batches.offset, batches.length);
        if (at) reporter.warning(prose.node, `文字写的 ${batches.value}批次 多于紧接着写的 ${persons.value}人次：每批次至少一人次，请核对。`, { range: at });
    }
}

/** 公务用车保有量, 共有公务用车: the official cars held, counted in the 三公 sections. */
const OFFICIAL_CARS_HELD = /(?:公务用车保有量?|(?:共有|现有|实有|保有)公务用车)(?:为|是|共|共计|合计)?$/;
/** 共有车辆, 车辆总数: every vehicle the department holds, counted in its 国有资产. */
const ALL_VEHICLES_HELD = /(?:(?:共有|现有|实有|保有|拥有)车辆|车辆(?:总数|保有量))(?:为|是|共|共计|合计)?$/;

/**
 * 公务用车保有量5辆 in one sentence and 共有车辆3辆 in another: the official cars are some of the vehicles held, so no more
 * than them (as the data's 三公 保有 ≤ 国有资产 车辆 tie, a warning: a correct report may count them otherwise). Each named
 * plainly (the department's, the clause naming nothing else), of the report's year alone, with one value across the texts,
 * neither held by the data (each is then judged against it).
 */
function officialCarsOverVehicles(model: ReportModel, reporter: Reporter): void {
    const official: { prose: ProseText; count: Count }[] = [];
    const all: Count[] = [];
    for (const text of claimsOf(model)) {
        const prose = text.prose.text;
        const officialHere: Count[] = [];
        const allHere: Count[] = [];
        let owned = false;
        for (const count of countsIn(prose, 0, prose.length)) {
            if (count.unit !== '辆') continue;
            const sentence = prose.slice(Math.max(...[...'。；;\n'].map(stop => prose.lastIndexOf(stop, count.offset)), 0), count.offset);
            const years = [...sentence.matchAll(/(\d{4})年/g)].map(m => Number(m[1]));
            if (/上年|年初|上一年/.test(sentence) || years.some(year => year !== model.meta.year)) continue;
            const name = kindBefore(prose, count.offset).replace(OWNER_OR_YEAR, '');
            // a count the data holds (三公 › 公务用车 › 保有) is judged against it by prose-figure
            const claim = text.claims.find((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset === count.offset);
            if (claim?.subject && distinctTargets(model, claim.subject, claim.role, claim.figure).length > 0) continue;
            const asOfficial = OFFICIAL_CARS_HELD.exec(name);
            const held = asOfficial ?? ALL_VEHICLES_HELD.exec(name);
            // 局本级共有车辆6辆…；下属事业单位，共有车辆3辆: a text counting some owner's cars apart (局本级) may count
            // every count of it by owner, a clause's owner unseen before its comma: none of its counts is the department's
            if (held && held.index > 0) owned = true;
            else if (asOfficial) officialHere.push(count);
            else if (held) allHere.push(count);
        }
        if (owned) continue;
        official.push(...officialHere.map(count => ({ prose: text.prose, count })));
        all.push(...allHere);
    }
    // the data's rows (情况说明's 国有资产 › 车辆, 三公经费 › 公务用车 › 保有), where one side is written in prose alone
    const held = (path: readonly string[]) => model.rows.filter(row => row.table === undefined && path.every((name, i) => {
        let at: RowModel | undefined = row;
        for (let up = path.length - 1 - i; up > 0 && at; up--) at = at.parent;
        return at?.canonicalName === name;
    })).flatMap(row => row.cells.get('辆') ?? []).filter(f => f.stated && f.blank === undefined).map(f => f.value.toNumber());
    const wholes = new Set([...all.map(c => c.value), ...held(['国有资产', '车辆'])]);
    if (wholes.size !== 1 || new Set(official.map(o => o.count.value)).size !== 1) return;
    const [whole] = wholes;
    const { prose, count } = official[0];
    const range = rangeIn(prose, count.offset, count.length);
    const where = all.length > 0 ? '另一处写的车辆总数' : '国有资产中的车辆数';
    if (range && count.value > whole) {
        reporter.warning(prose.node, `文字写的公务用车保有量 ${count.value}辆 多于${where} ${whole}辆：公务用车是单位车辆的一部分，一般不超过车辆总数，请核对两处。`, { range });
    }
}

const proseCountPartsRule: Rule = {
    ...ruleMeta('prose-count-parts'),
    check(model, reporter) {
        amountParts(model, reporter);
        partsOverWholes(model, reporter);
        officialCarsOverVehicles(model, reporter);
        countShares(model, reporter);
        let claimsByText: Map<ProseText, readonly FigureClaim[]> | undefined;
        // the data holds a count (国有资产 › 车辆 and its kinds): prose-figure judges the text's figure against it
        const held = (prose: ProseText, count: Count) => {
            claimsByText ??= new Map(claimsOf(model).map(text => [text.prose, text.claims.filter((c): c is FigureClaim => c.kind === 'figure')]));
            const claim = claimsByText.get(prose)?.find(c => c.figure.offset === count.offset && c.figure.kind === 'count');
            return claim?.subject !== undefined && distinctTargets(model, claim.subject, claim.role, claim.figure).length > 0;
        };
        // the data counts batches or person-times (国内公务接待批次（个） 38): prose-figure judges the text's counts against it
        const dataCountsBatches = model.rows.some(row => /批次|人次/.test(row.name) || row.cells.has('批次') || row.cells.has('人次'));
        for (const prose of model.nodes.prose) {
            if (!dataCountsBatches) batchesOverPersonTimes(prose, countsIn(prose.text, 0, prose.text.length), reporter);
            const figuresIn = (from: number, to: number) => countsIn(prose.text, from, to);
            const exceeds = (part: Count, whole: Count) => part.value > whole.value;
            const named = (before: Count[], parts: Count[]) => wholeNamedByParts(prose.text, before, parts);
            const unsaid = (among: Count[], parts: Count[]) => partOverEveryWhole(prose, among, parts, reporter);
            for (const split of [...splits(prose.text, SOME_OR_ALL_PARTS, figuresIn, exceeds, SOME_OR_ALL_PARTS, true, named, unsaid), ...splits(prose.text, INCLUDED_PARTS, figuresIn, exceeds, ANY_PARTS, false, named)]) {
                const { whole } = split;
                const wholeKind = kindBefore(prose.text, whole.offset);
                const parts = split.parts.filter(p => coveredBy(wholeKind, kindBefore(prose.text, p.offset)));
                // 共有车辆3辆，包括执法执勤用车2辆、特种专业技术用车1辆: a list of the whole's known kinds is all of them; any other
                // list after 包括 (of some, …等, or of other things) is left alone
                if (split.including && !knownKindsListed(prose.text, wholeKind, split.parts, split.end)) continue;
                const over = parts.find(p => p.value > whole.value);
                const range = (c: Count) => rangeIn(prose, c.offset, c.length);
                const listed = split.complete ? '所列' : '其中';
                if (over) {
                    const at = range(over);
                    if (at) reporter.error(prose.node, `${listed}的 ${over.value}${over.unit} 大于总数 ${whole.value}${whole.unit}：${split.complete ? '分项' : '其中项'}不能超过总数。`, { range: at });
                    continue;
                }
                const sum = parts.reduce((acc, p) => acc + p.value, 0);
                const at = range(whole);
                // the whole and every part held by the data: each figure is judged there, their sum by the data's own
                if (parts.length < 2 || !at || [whole, ...parts].every(c => held(prose, c))) continue;
                const kinds = parts.map(p => kindBefore(prose.text, p.offset).replace(LIST_OPENING, ''));
                const summed = `${listed}各项 ${parts.map(p => p.value).join(' + ')} = ${sum}${whole.unit}`;
                const all = split.parts.length === parts.length;
                // 共有车辆3辆，分别为执法执勤用车1辆、特种专业技术用车1辆: every part, each once, so their sum is the whole
                // 执法执勤用车、特种专业技术用车各1辆: one figure for several kinds, which the sum cannot tell
                // 包括 lists the kinds it names, not always every kind (编制30人，包括行政编制20人、事业编制8人: 工勤 unsaid):
                // it may fall short of the whole, never exceed it
                if (all && split.complete && !split.including && sum !== whole.value && !kinds.some(kind => /[各均]$/.test(kind))) {
                    reporter.warning(prose.node, `${summed}，${sum > whole.value ? '大于' : '小于'}总数 ${whole.value}${whole.unit}：逐一列出的是总数的全部分项，其和应等于总数。`, { range: at });
                } else if (sum > whole.value) {
                    const said = `${summed}，大于总数 ${whole.value}${whole.unit}`;
                    if (all && postKinds(wholeKind, kinds)) {
                        reporter.warning(prose.node, `${said}：各类编制互不重叠，其和不能超过编制总数。`, { range: at });
                    } else if (all && vehicleKinds(wholeKind, kinds)) {
                        reporter.warning(prose.node, `${said}：各类车辆互不重叠，其和不能超过车辆总数。`, { range: at });
                    } else if (all && unitKinds(wholeKind, kinds)) {
                        reporter.warning(prose.node, `${said}：各类单位互不重叠，其和不能超过单位总数。`, { range: at });
                    } else {
                        reporter.info(prose.node, `${said}：请核对（各项有重叠时不必改）。`, { range: at });
                    }
                }
            }
        }
    },
};

/**
 * 在职45人，退休20人。其中：离休30人: a 其中 opening a sentence after several counts may split any of them or the staff as a
 * whole, unsaid, but a part of a kind that rules some of them out, larger than all that may hold it together (离休 are no
 * serving staff: only 退休20人), is a slip whichever it is of. A kind any may hold (女性, 党员) may be of a whole the counts do not
 * all name (实有人数120人。离休2人，退休30人。其中：女性70人): silent. A warning, the whole being unsure; told at the first such part.
 */
function partOverEveryWhole(prose: ProseText, among: readonly Count[], parts: readonly Count[], reporter: Reporter): void {
    for (const part of parts) {
        const kind = kindBefore(prose.text, part.offset);
        const wholes = among.filter(whole => coveredBy(kindBefore(prose.text, whole.offset), kind));
        const total = wholes.reduce((sum, whole) => sum + whole.value, 0);
        // a kind every count may hold (女性, 党员) may be of the staff as a whole, whom the counts need not all name
        if (wholes.length === 0 || wholes.length === among.length || part.value <= total) continue;
        const at = rangeIn(prose, part.offset, part.length);
        const said = wholes.length === 1 ? ` ${total}${part.unit}` : `各数之和（${wholes.map(w => w.value).join(' + ')} = ${total}${part.unit}）`;
        if (at) reporter.warning(prose.node, `其中的 ${part.value}${part.unit} 大于前一句中可作其总数的${said}：无论是哪一个的其中项，都不能超过，请核对。`, { range: at });
        return;
    }
}

/**
 * People a count of serving or established staff does not cover, though a text lists them after its 其中 (实际正式教职工62人，
 * 其中副高级职称4人，…，退休职工28人): the retired and the dependants of the deceased are no serving staff (在职, 在编, 正式,
 * 编制), temporary hires no part of an establishment. A whole that names them too (实有人员, 年末人数) covers them. The people
 * a unit has are no posts of its establishment either (人员编制数为93人，其中：行政编制64人，事业编制29人，截至2024年12月
 * 实有人数107人: a unit may have more people than posts); those it has in post (实有在编) are within it.
 */
const NOT_SERVING = /退休|离休|遗属/;
const SERVING = /在职|在编|正式|编制/;
const HIRED = /临时|临聘|聘用|编外|劳务派遣|外聘/;
const ESTABLISHED = /编制|在编|编内/;
const PEOPLE_HELD = /实有|现有/;

function coveredBy(whole: string, part: string): boolean {
    if (NOT_SERVING.test(part) && SERVING.test(whole) && !NOT_SERVING.test(whole)) return false;
    if (PEOPLE_HELD.test(part) && !ESTABLISHED.test(part) && /编制/.test(whole) && !PEOPLE_HELD.test(whole)) return false;
    return !(HIRED.test(part) && ESTABLISHED.test(whole) && !HIRED.test(whole));
}

/** A kind of established post: 行政编制, 事业编制, 工勤编制, 参公编制, 全额事业编制 (人数). */
const POST_KIND = /^[\u4e00-\u9fff]{1,8}编制(?:人数|数)?$/;
/** Words that make a 编制 count no kind of post: 实有, 在编, 超编, 空编 are people or gaps, 编制外 is outside. */
const NOT_A_POST = /实有|在编|超编|空编|缺编|编制外|编外|核减|减少|增加/;

/**
 * Whether a 编制 whole is split into kinds of post and nothing else (核定编制28人，其中行政编制18人、事业编制10人): a post is
 * of one kind, so the kinds cannot overlap and together are no more than the whole.
 */
function postKinds(whole: string, parts: readonly string[]): boolean {
    if (!/编制/.test(whole) || NOT_A_POST.test(whole)) return false;
    const kinds = parts.map(part => part.replace(/^[：:]/, ''));
    return kinds.every(kind => POST_KIND.test(kind) && !NOT_A_POST.test(kind)) && new Set(kinds).size === kinds.length;
}

/**
 * 编制人数186人，实有人数172人，其中：行政编制32人，事业编制154人: the parts share a word (编制) that names an earlier count
 * of the clause and not the nearest (实有人数): they are of that one. The nearest where it has the word, or none does, or
 * the parts add up to it exactly (编制人数20人，实有人数22人，其中：行政编制12人，事业编制10人 — staff over the posts).
 */
function wholeNamedByParts(text: string, before: readonly Count[], parts: readonly Count[]): Count | undefined {
    if (before.length > 0 && parts.reduce((sum, p) => sum + p.value, 0) === before.at(-1)!.value) return undefined;
    const kinds = parts.map(p => kindBefore(text, p.offset).replace(LIST_OPENING, ''));
    const shared = commonEnd(kinds);
    if (parts.length < 2 || shared.length < 2) return undefined;
    const has = (c: Count) => kindBefore(text, c.offset).includes(shared);
    return before.length > 1 && !has(before.at(-1)!) ? before.slice(0, -1).reverse().find(has) : undefined;
}

/** The longest ending every word has: 编制 of 行政编制 and 事业编制. */
function commonEnd(words: readonly string[]): string {
    const [first = ''] = words;
    let length = 0;
    while (length < first.length && words.every(w => w.length > length && w[w.length - 1 - length] === first[first.length - 1 - length])) length++;
    return first.slice(first.length - length);
}

/** The words opening a part's name right after the word that opens a list (分别为：执法执勤用车 → 执法执勤用车). */
const LIST_OPENING = /^(?:分别(?:为|是)|包[括含])?[：:]?/;

/**
 * Whether the counts a 包括 lists (up to `end`) are each a known kind of the whole's (kinds of post of an establishment, of
 * vehicle by use of a fleet), two at least, the list not left open (…等).
 */
function knownKindsListed(text: string, wholeKind: string, parts: readonly Count[], end: number): boolean {
    const last = parts.at(-1);
    if (parts.length < 2 || !last || text.slice(last.offset + last.length, end).includes('等')) return false;
    const kinds = parts.map(p => kindBefore(text, p.offset).replace(LIST_OPENING, ''));
    return postKinds(wholeKind, kinds) || vehicleKinds(wholeKind, kinds);
}

/** Vehicles held (共有车辆, 公务用车保有量), not those bought, disposed of or hired in the year. */
const VEHICLES_HELD = /车辆|用车|公务车/;
/** A kind of vehicle by its use: 执法执勤用车, 特种专业技术用车, 一般公务用车, 其他用车, 副部（省）级及以上领导用车. */
const VEHICLE_KIND = /^[\u4e00-\u9fff（）]{0,12}用车$/;
/** Words that make vehicles no kind of the fleet: a year's movements, hires, fuels (新能源 cuts across the uses). */
const NOT_A_VEHICLE_KIND = /新增|购置|更新|报废|处置|调拨|调入|调出|划转|租|新能源|燃油|电动/;

/**
 * Whether a count of vehicles held is split into kinds by use and nothing else (共有车辆3辆，其中：执法执勤用车2辆、
 * 特种专业技术用车2辆): a vehicle is of one kind, so the kinds cannot overlap and together are no more than the whole.
 */
function vehicleKinds(whole: string, kinds: readonly string[]): boolean {
    if (!VEHICLES_HELD.test(whole) || NOT_A_VEHICLE_KIND.test(whole)) return false;
    return kinds.every(kind => VEHICLE_KIND.test(kind) && !NOT_A_VEHICLE_KIND.test(kind)) && new Set(kinds).size === kinds.length;
}

/**
 * Kinds of unit, on two axes that cross: by what a unit is (行政单位, 参照公务员法管理的事业单位, 其他事业单位; a bare 事业单位 may
 * hold the 参公 ones) and by how it is funded (全额拨款事业单位 …): a 参公 unit is often 全额拨款 too, so only kinds of one axis exclude each other.
 */
const UNIT_KIND_AXES = [
    /^(?:行政|参照公务员法管理的事业|参公|其他事业)单位$/,
    /^(?:全额拨款事业|差额拨款事业|自收自支事业|经费自理事业)单位$/,
];

/**
 * Whether a count of units (纳入…决算编报的单位共3个) is split into kinds of unit and nothing else (其中：行政单位1个，参照公务员法
 * 管理的事业单位0个，其他事业单位2个): a unit is of one kind, so the kinds cannot overlap and together are no more than the whole.
 */
function unitKinds(whole: string, kinds: readonly string[]): boolean {
    if (!/单位/.test(whole)) return false;
    const named = kinds.map(kind => kind.replace(/^[：:]/, ''));
    return UNIT_KIND_AXES.some(axis => named.every(kind => axis.test(kind))) && new Set(named).size === named.length;
}

/** The words naming what a count counts: back from it to the clause's or list's last punctuation, or 其中. */
function kindBefore(text: string, offset: number): string {
    let start = offset;
    while (start > 0 && !KIND_BREAKS.has(text.charCodeAt(start - 1)) && !text.startsWith('其中', start - 2)) start--;
    // without the spaces a PDF copy leaves around a count (行政编制 20 人)
    return text.slice(start, offset).trim();
}

const KIND_BREAKS = new Set([...'，,、。；;：:！？\n'].map(char => char.charCodeAt(0)));

/** A count right after a list it counts: 内设办公室、教务处、德育处、总务处4个处室, “A”“B”2个项目. */
// a space after the number as text copied from a PDF has it (…、德育科 9 个科室) reads as none
const LISTED_COUNT = /(\d+)[ \t\u3000]*(个|家|项|所)/g;
/** Where a list's clause starts: after a clause's punctuation. */
const LIST_CLAUSE_ENDS = new Set([...'，,。；;：:！？\n'].map(char => char.charCodeAt(0)));
/** Words right before a count that make it more or other than the items listed: 等5个, 共5个, 的5个. */
const NOT_LAST_ITEM = /[等共计为约近有了是的和及与、]/;
const OPENING = '“‘「《（(【';
/**
 * What a count of listed items counts, right after its unit: the kinds the list names (科室, 单位, 项目; a school's
 * 专业部, whose items are bare names: 设机电、商贸2个专业部), not things of those kinds (购置桌椅、文件柜10个 counts
 * furniture), nor 部分 (parts of one thing); any noun after 项, a count of items itself.
 */
const OF_ITEMS = /^[\u4e00-\u9fff]{0,3}?(?:科室|处室|股室|机构|部门|单位|项目|中心|村|社区|科|股|处|室|站|所|院|庭|队|部(?!分))/;
const CLOSING = '”’」》）)】';

/** Where the last bracket still open at `end` opens, after `start`; -1 where none is. */
function openBracketBefore(text: string, start: number, end: number): number {
    const open: number[] = [];
    for (let i = start; i < end; i++) {
        if (text[i] === '（' || text[i] === '(') open.push(i);
        else if ((text[i] === '）' || text[i] === ')') && open.length > 0) open.pop();
    }
    return open.at(-1) ?? -1;
}

/** The items of a list ending at `end`, from `start`: the 、 outside quotes and brackets, and quoted names side by side (“A”“B”, “A”和“B”). */
function listedItems(text: string, start: number, end: number): Listed {
    let depth = 0;
    let separators = 0;
    /** Where the last 、 outside quotes and brackets is, and where the joints that may stand inside a name are. */
    let lastSeparator = -1;
    const joints: number[] = [];
    for (let i = start; i < end; i++) {
        const ch = text[i];
        if (OPENING.includes(ch)) {
            // “A”“B”: a quoted name right after another
            if (depth === 0 && i > start && CLOSING.includes(text[i - 1]) && ch !== '（' && ch !== '(') separators++;
            depth++;
        } else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
        else if (depth === 0 && ch === '、') {
            separators++;
            lastSeparator = i;
        }
        // “A”和“B”: a joint between two quoted names parts two items; elsewhere it may stand inside a name
        else if (depth === 0 && /[和及与]/.test(ch)) {
            if (CLOSING.includes(text[i - 1] ?? '') && OPENING.includes(text[i + 1] ?? '')) separators++;
            else joints.push(i);
        }
    }
    // a list joins only its last item by 和, 及 or 与: a joint with a 、 after it stands inside a name (职业与成人教育科、德育科)
    return { items: separators + 1, joints: joints.filter(j => j > lastSeparator).length, open: false };
}

/**
 * A list's items: each joint in its last item (…、精神文明建设一科和精神文明建设二科) may join two items or stand inside
 * one name, so the list holds from `items` to `items + joints`; an open list (…，C等) holds any number.
 */
interface Listed { items: number; joints: number; open: boolean }

/** Whether a count may be the number of a list's items. */
function countFits(listed: Listed, value: number): boolean {
    return listed.open || (value >= listed.items && value <= listed.items + listed.joints);
}

/** How many items a list holds, in words: 10 项, 10 或 11 项. */
function itemsSaid(listed: Listed): string {
    return listed.joints === 0 ? `${listed.items} 项` : `${listed.items} ${listed.joints === 1 ? '或' : '至'} ${listed.items + listed.joints} 项`;
}

/**
 * A count written right after the list of what it counts, in one clause (内设办公室、教务处、德育处、总务处4个处室;
 * 组织对“基本公共卫生服务”“重大公共卫生服务”2个项目开展了部门评价): the count is the number of items. Lists
 * with a figure in them, ending in 等 or 共, or of one item are not read; a list joined by 和 or 及 as well
 * (which may join two items or stand inside one name) is told only where the items match.
 */
const proseListCountRule: Rule = {
    ...ruleMeta('prose-list-count'),
    check(model, reporter) {
        for (const prose of model.nodes.prose) {
            const text = prose.text;
            for (const m of text.matchAll(LISTED_COUNT)) {
                // the list ends where the count starts, a PDF's space before it (德育科 9个科室) aside
                let at = m.index;
                while (at > 0 && /[ \t\u3000]/.test(text[at - 1])) at--;
                const before = text[at - 1] ?? '';
                if (!before || /[\d.,\s]/.test(before) || NOT_LAST_ITEM.test(before) || OPENING.includes(before)) continue;
                let start = at;
                while (start > 0 && !LIST_CLAUSE_ENDS.has(text.charCodeAt(start - 1))) start--;
                // 执法大队（含3个中队）: a count in brackets is of what the brackets list, not of the list outside them
                start = Math.max(start, openBracketBefore(text, start, at) + 1);
                const region = text.slice(start, at);
                if (figuredOrOpen(region)) continue;
                const end = m.index + m[0].length;
                if (m[2] !== '项' && !OF_ITEMS.test(text.slice(end, end + 6))) continue;
                const listed = listedItems(text, start, at);
                if (listed.items < 2 || countFits(listed, Number(m[1]))) continue;
                const range = rangeIn(prose, m.index, m[0].length);
                if (range) reporter.warning(prose.node, `前面列出了 ${itemsSaid(listed)}，这里写的是 ${m[0]}：请核对数量或所列各项。`, { range });
            }
            unitRows(prose, reporter);
            for (const m of [...text.matchAll(COUNT_THEN_LIST), ...text.matchAll(KIND_COUNT_THEN_LIST), ...text.matchAll(COUNT_THEN_INCLUDED)]) {
                const at = m.index + m[0].indexOf(m[1]);
                if (/[\d.,]/.test(text[at - 1] ?? '')) continue;
                const including = INCLUDING_LIST.test(m[0]);
                if (including && !countsItems(text, at, m)) continue;
                // 分别是：“一室两科”，A、B、C: the quoted tally before the list names it, it is no item
                const start = m.index + m[0].length + (TALLY_LABEL.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
                let end = start;
                while (end < text.length && !LIST_ENDS.has(text.charCodeAt(end))) end++;
                const list = text.slice(start, end);
                if (figuredOrOpen(list) || PARTIAL_LIST.test(list)) continue;
                // after 包括, only a list that ends its clause: one going on past a comma may name some of them only
                if (including && /[，,]/.test(text[end] ?? '')) continue;
                const listed = including ? listedItems(text, start, end) : withLastAfterComma(text, start, end);
                // 包括 may list kinds or some members (指标12项，包括产出指标、效益指标、满意度指标): only more items than counted is
                // wrong, or fewer where the units counted are listed as a roster, each with its kind (单位共3家，包括：A（行政单位）、B（事业单位）)
                const fewer = including && listed.items < Number(m[1]) && UNITS_COUNTED.test(text.slice(Math.max(0, at - 8), at)) && UNIT_ROSTER.test(list);
                if (listed.items < 2 || (including ? listed.items <= Number(m[1]) && !fewer : countFits(listed, Number(m[1])))) continue;
                const length = m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length) + m[2].length - (at - m.index);
                const range = rangeIn(prose, at, length);
                if (range) reporter.warning(prose.node, `这里写的是 ${m[1]}${m[2]}，后面${m[0].includes('分别') ? '分别' : ''}列出了 ${itemsSaid(listed)}：请核对数量或所列各项。`, { range });
            }
        }
    },
};

/**
 * A list not read: one with a figure or a reference in it, or left open by 等 (A、B、C等). 等 in 中等、高等、初等 with more
 * of a name after it is a word of that name (附属中等职业学校, 高等职业教育), no list's end; 区第二初中等。 is open.
 */
function figuredOrOpen(list: string): boolean {
    return /[\d０-９【]/.test(list) || list.replace(/[中高初]等(?=[\u4e00-\u9fff])/g, '').includes('等');
}

/** A count right before the list of what it counts, opened by 分别是 or 分别为: 单位共3家，分别是：A、B、C (设立 1 个内设机构，分别是：…). */
const COUNT_THEN_LIST = /(\d+)\s*(个|家|项|所)[\u4e00-\u9fff]{0,4}?[，,]?分别(?:是|为)[：:]?/g;
/** A list's tally in quotes before its items, numerals with what they count: “一室两科”， “两办三股”，. */
const TALLY_LABEL = /^[“"](?:[一二两三四五六七八九十]+[\u4e00-\u9fff]){2,}[”"][，,]/;
/**
 * A count right before the list of what it counts, opened by 包括 or 包含: 下属单位3个，包括A、B、C; 内设科室5个，具体包括：….
 * Not 主要包括 or 其中包括, which name some of them (the words before 包括 are at most four, and no such word).
 */
const COUNT_THEN_INCLUDED = /(\d+)\s*(个|家|项|所)[\u4e00-\u9fff]{0,4}?[，,]?(?:具体)?包[括含][：:]?/g;
const INCLUDING_LIST = /包[括含][：:]?$/;
/** A count of units: 单位共3家, 单位合计3个. */
const UNITS_COUNTED = /单位(?:共有?|共计|合计|为)?\s*$/;
/** Units listed each with its kind in brackets, as the 决算单位构成 lists all of them: 某局本级（行政单位）、某中心（事业单位）. */
const UNIT_ROSTER = /^[^、（）()]+[（(](?:[^（）()、]*单位|本级)[）)](?:、[^、（）()]+[（(](?:[^（）()、]*单位|本级)[）)])+$/;
/** Words before 包括 that make the list some of what is counted: 主要包括, 其中包括, 如. */
const SOME_INCLUDED = /主要|其中|重点|部分/;
/** What a count counts, before it (下属单位3个) or right after its unit (3个单位): a kind of unit or office, or projects. */
const KIND_BEFORE_COUNT = /(?:科室|处室|股室|机构|部门|单位|项目|中心|社区|村|科|股|处|室|站|所|院|庭|队)(?:共有?|共计|为|有)?\s*$/;

/** Whether a count opened by 包括 counts items (a kind of unit or office, or 项), and the words before 包括 name no part of them. */
function countsItems(text: string, at: number, m: RegExpMatchArray): boolean {
    if (SOME_INCLUDED.test(m[0])) return false;
    const after = text.slice(at + m[1].length).replace(/^\s*(?:个|家|项|所)/, '');
    return m[2] === '项' || KIND_BEFORE_COUNT.test(text.slice(Math.max(0, at - 8), at)) || OF_ITEMS.test(after);
}

/** A count of a kind of unit right before a colon and the list of them: 事业部门5个：A、B、C、D、E; 内设机构5个:…. */
const KIND_COUNT_THEN_LIST = /(?:科室|处室|股室|机构|部门|单位|中心|站|所|院|队)(?:共有?|共计|为)?\s*(\d+)\s*(个|家|所)[：:]/g;
/** Where a sentence ends: a list's last item after a comma runs to one of these. */
const SENTENCE_ENDS = /[。；;！？\n]/;

/**
 * The items of a list after 分别是 that stops at a comma, counting what follows the comma to the sentence's end as
 * its last items when it is the same kind of thing: it ends as the last item does (…、应急管理办公室，综合行政执法办公室。;
 * “甲”、“乙”，“丙”。). A remark after the comma (，开展部门评价。) ends otherwise and is not counted.
 */
function withLastAfterComma(text: string, start: number, end: number): Listed {
    const listed = listedItems(text, start, end);
    if (!/[，,]/.test(text[end] ?? '')) return listed;
    let tailEnd = end + 1;
    while (tailEnd < text.length && !SENTENCE_ENDS.test(text[tailEnd]) && !/[，,]/.test(text[tailEnd])) tailEnd++;
    if (tailEnd < text.length && !SENTENCE_ENDS.test(text[tailEnd])) return listed;
    const tail = text.slice(end + 1, tailEnd).trim();
    const last = text.slice(start, end).trim();
    // 、…，C等。: the list may go on past what it names, so its count cannot be told
    if (figuredOrOpen(tail)) return { ...listed, open: true };
    if (!tail || tail.at(-1) !== last.at(-1)) return listed;
    const after = listedItems(text, end + 1, tailEnd);
    return { items: listed.items + after.items, joints: listed.joints + after.joints, open: false };
}

/** Words opening a list of some of the things counted, not all: 主要有, 包括, 如. */
const PARTIAL_LIST = /^(?:主要|包括|包含|含|如|例如|其中|比如)/;
/** Where a list after 分别是 ends: the clause's punctuation (a comma too, so that a remark after it is not an item). */
const LIST_ENDS = new Set([...'，,。；;！？\n'].map(char => char.charCodeAt(0)));

/** The units a department's accounts cover, counted: 纳入…决算编制范围的单位共42家, 单位共计8个. */
const UNIT_COUNT = /单位(?:共计?|合计)(\d+)(家|个)/g;
/** A numbered row of a table printed in the text: 1 上海市某区教育局（本级） 行政单位, 2、上海市某区教育学院. */
const NUMBERED_ROW = /^[ \t\u3000]*(\d+)(?:[ \t\u3000]+|[、.．])[ \t\u3000]*\S/;
/** A table's head line (序号 单位名称 单位性质) or a line opening the rows (具体如下：). */
const ROWS_HEAD = /^[ \t\u3000]*序号|单位名称|[：:][ \t\u3000]*$/;

/**
 * 单位共42家 against the units the text then prints as numbered rows (the 决算单位构成 table, 序号 单位名称 单位性质):
 * the rows start on the line after the count's, 1, 2, 3 … without a gap, and run to the text's end, so that
 * they are plainly the units counted and no line of them was lost.
 */
function unitRows(prose: ProseText, reporter: Reporter): void {
    const text = prose.text;
    for (const m of text.matchAll(UNIT_COUNT)) {
        const lineEnd = text.indexOf('\n', m.index);
        if (lineEnd < 0) continue;
        const lines = text.slice(lineEnd + 1).replace(/\s+$/, '').split('\n');
        const first = lines.length > 0 && ROWS_HEAD.test(lines[0]) && !NUMBERED_ROW.test(lines[0]) ? 1 : 0;
        const rows = lines.slice(first);
        if (rows.length < 2 || !rows.every((line, i) => Number(NUMBERED_ROW.exec(line)?.[1]) === i + 1)) continue;
        const value = Number(m[1]);
        if (value === rows.length) continue;
        const at = m.index + '单位'.length;
        const range = rangeIn(prose, at, m[0].length - '单位'.length);
        if (range) reporter.warning(prose.node, `这里写的是单位${m[0].slice(2)}，后面的单位表列出了 ${rows.length} ${m[2]}：请核对数量或所列单位。`, { range });
    }
}

export const proseCountPartsRules: readonly Rule[] = [proseCountPartsRule, proseListCountRule];
