// Words against numbers: what the officer's sentences say without (or beside) a figure — 增加,
// 持平, 决算数小于预算数, 无…收入, 收入支出总计0万元 — against the figures they speak of. Each
// rule reports an error only where the words and the figures certainly disagree: the figures'
// rounding intervals lie wholly on the other side, and the words name one quantity.
import { Decimal } from 'decimal.js';
import { fixedText, formatDecimal, formatFigure, YUAN_PER_MONEY_UNIT } from '../../model/figure.js';
import type { AbsenceClaim, BudgetComparisonClaim, DirectionClaim, FigureClaim, Subject, TextClaims } from '../../model/prose-claims.js';
import { claimsOf } from '../../model/prose-claims.js';
import type { Quantity } from '../../model/prose-lexicon.js';
import { parseProse } from '../../model/prose.js';
import { sentenceStart } from '../../model/prose-text.js';
import type { Role, Target } from '../../model/prose-targets.js';
import { inFinerUnit, targetOf } from '../../model/prose-targets.js';
import type { ReportModel } from '../../model/report-model.js';
import type { RowModel } from '../../model/rows.js';
import { rowLabel } from '../../model/rows.js';
import type { Reporter, Rule } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';
import { distinctTargets, rangeIn, shown } from './prose-judge.js';

const ZERO = new Decimal(0);

const CHANGE: Role = { kind: 'change', sign: 1 };
const GROWTH: Role = { kind: 'growth', sign: 1 };
const VALUE: Role = { kind: 'value' };

/** How a target reads in a message: 「附表6 › 合计 合计」3569.58万元. */
function describe(target: Target, unit: string, grouped: boolean): string {
    // one put in a finer unit (元 of a report in 万元) as the report holds it: 0.01万元, not 100.00元
    if (inFinerUnit(target) && target.figure) return `「${target.label}」${formatFigure(target.figure, grouped)}${target.figure.unit}`;
    // an amount put in the sentence's coarser unit (万元 of a report in 元) shows at two places of it: 757.40万元
    // an amount worked out (a change: this year − last year) shows at two places as the report's amounts do: 13.70万元, not 13.7万元
    const value = target.scale || (!target.figure && YUAN_PER_MONEY_UNIT.has(unit)) ? fixedText(target.value, 2, grouped)
        : target.figure ? formatFigure(target.figure, grouped) : `${formatDecimal(target.value, 2, grouped)}${unit === '%' ? '%' : ''}`;
    return `「${target.label}」${value}${unit === '%' ? '' : unit}`;
}

function report(text: TextClaims, reporter: Reporter, severity: 'error' | 'warning' | 'info', offset: number, length: number, message: string): void {
    const range = rangeIn(text.prose, offset, length);
    if (range) reporter[severity](text.prose.node, message, { range });
}

/**
 * 增加/减少/增长/下降 and 持平 agree with the direction of the change the figures show: the
 * stated 增加 or 减少, or this year against last year. 持平 beside a change the same text states
 * (减少63.14万元) is a contradiction within the text.
 */
const proseDirectionRule: Rule = {
    ...ruleMeta('prose-direction'),
    check(model, reporter) {
        for (const text of claimsOf(model)) {
            const changes = statedChanges(text);
            for (const claim of text.claims) {
                if (claim.kind === 'figure') checkFigureDirection(model, text, claim, reporter);
                else if (claim.kind === 'direction') checkWordDirection(model, text, claim, changes, reporter);
            }
        }
    },
};

/** 增加1872.89万元 where the figures fell, 下降5%  where they rose. */
function checkFigureDirection(model: ReportModel, text: TextClaims, claim: FigureClaim, reporter: Reporter): void {
    // 决算数大于预算数32.34万元: the words' direction is prose-budget's finding, one for the slip
    if (text.claims.some(c => c.kind === 'budget-comparison' && c.offset + c.length === claim.figure.offset)) return;
    const message = contraryDirectionMessage(model, claim);
    if (message) report(text, reporter, 'error', claim.figure.offset, claim.figure.length, message);
    else if (fallWrittenAsRise(text, claim)) {
        const magnitude = claim.figure.text.replace(/^[-－−]\s*/, '');
        report(text, reporter, 'warning', claim.figure.offset, claim.figure.length, `文字写的增加 ${claim.figure.text} 是减少：宜写作“减少${magnitude}”。`);
    }
}

/** 比上年增加-171.09万元: a minus after a rise's word, which says a fall; not the form's 增加（减少）-2.00, whose sign is its direction. */
function fallWrittenAsRise(text: TextClaims, claim: FigureClaim): boolean {
    const { role, figure } = claim;
    return role.kind === 'change' && role.sign > 0 && figure.kind === 'amount' && figure.value.isNegative()
        && /(?:增加|增支)[了为]?\s*$/.test(text.prose.text.slice(Math.max(0, figure.offset - 4), figure.offset));
}

/** What a figure written the other way than the data says, if it is (contraryDirection). */
export function contraryDirectionMessage(model: ReportModel, claim: FigureClaim): string | undefined {
    const contrary = contraryDirection(model, claim);
    if (!contrary) return undefined;
    const { figure, role } = claim;
    const kind = role.kind === 'growth' ? 'growth' : 'change';
    return `文字说${wordFor(contrary.written, kind)} ${figure.text}，数据中${describe(contrary.target, figure.unit, model.groupsDigits)}是${wordFor(contrary.sign, kind)}。`;
}

/**
 * Where a written change or growth rate goes certainly the other way than the data's (增加43万元 where the data
 * fell 166.4): the data's direction and target, and the written direction. That is this rule's one finding on the
 * figure, whatever its size: prose-figure leaves it alone, as a fix of its size would keep the wrong word.
 */
function contraryDirection(model: ReportModel, claim: FigureClaim): { sign: 1 | -1; target: Target; written: 1 | -1 } | undefined {
    const { role, figure, subject } = claim;
    if ((role.kind !== 'change' && role.kind !== 'growth') || !subject || subject.qualified || claim.notData || figure.value.isZero()) return undefined;
    // 差值为0.9万元 says no direction
    if (role.kind === 'change' && role.either) return undefined;
    const direction = certainDirection(distinctTargets(model, subject, role, figure));
    const written = figure.value.isNegative() ? -role.sign as 1 | -1 : role.sign;
    if (!direction || direction.sign === 0 || direction.sign === written) return undefined;
    return { sign: direction.sign, target: direction.target, written };
}

/** The changes a text states by figure (减少12.50万元), by the quantity they are of. */
function statedChanges(text: TextClaims): Map<string, FigureClaim> {
    const changes = new Map<string, FigureClaim>();
    for (const claim of text.claims) {
        if (claim.kind !== 'figure' || (claim.role.kind !== 'change' && claim.role.kind !== 'growth') || claim.figure.value.isZero() || claim.notData) continue;
        for (const quantity of claim.subject?.quantities ?? []) {
            const key = quantityKey(quantity);
            if (!changes.has(key)) changes.set(key, claim);
        }
    }
    return changes;
}

function quantityKey(quantity: Quantity): string {
    return `${quantity.row.context}\u0000${quantity.column ?? ''}`;
}

function checkWordDirection(model: ReportModel, text: TextClaims, claim: DirectionClaim, statedInText: Map<string, FigureClaim>, reporter: Reporter): void {
    if (claim.subject.qualified) return;
    const direction = certainDirection(distinctTargets(model, claim.subject, CHANGE, { kind: 'amount', unit: model.meta.unit }));
    if (claim.sign !== 0) {
        if (direction && direction.sign !== 0 && direction.sign !== claim.sign && !claim.loose) {
            report(text, reporter, 'error', claim.offset, claim.length,
                `文字说“${claim.word}”，数据中${describe(direction.target, model.meta.unit, model.groupsDigits)}是${wordFor(direction.sign, 'change')}。`);
        }
        return;
    }
    // 持平: the change must be nil; 基本持平: small
    if (direction && direction.sign !== 0) {
        const rate = growthOf(model, claim.subject);
        const size = rate?.abs();
        if (claim.loose ? size !== undefined && size.gte(10) : true) {
            const severity = claim.loose || (size !== undefined && size.lt(1)) ? 'warning' : 'error';
            const how = rate !== undefined ? `，${rate.isNegative() ? '下降' : '增长'} ${rate.abs().toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed()}%` : '';
            report(text, reporter, severity, claim.offset, claim.length,
                `文字说“${claim.word}”，数据中${describe(direction.target, model.meta.unit, model.groupsDigits)}是${wordFor(direction.sign, 'change')}${how}。`);
        }
        return;
    }
    if (claim.loose) return;
    // the same text states a change of the same quantity
    const stated = claim.subject.quantities.map(q => statedInText.get(quantityKey(q))).find(c => c !== undefined);
    if (stated && (stated.role.kind === 'change' || stated.role.kind === 'growth') && !ofOtherFigures(model, text, stated, claim)) {
        report(text, reporter, 'error', claim.offset, claim.length, `文字说“${claim.word}”，同一段文字却写了${wordFor(stated.role.sign, stated.role.kind)} ${stated.figure.text}。`);
    }
}

/**
 * Whether the stated change and the word follow different figures of their row (国内公务接待21批次，下降12.50%，
 * 接待168人次，与上年持平: the 批次 fell, the 人次 stayed): each is of the figure written last before it.
 */
function ofOtherFigures(model: ReportModel, text: TextClaims, stated: FigureClaim, claim: DirectionClaim): boolean {
    const keys = new Set(claim.subject.quantities.map(quantityKey));
    const values = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.role.kind === 'value'
        && (c.subject?.quantities.some(q => keys.has(quantityKey(q))) ?? false)).map(c => ({ offset: c.figure.offset, measure: measureOf(c.figure) }));
    // a reference to a figure of the row (共计接待【国内公务接待.人次】人次) is written there as much
    const rows = new Set(claim.subject.quantities.map(q => q.row.context));
    for (const segment of parseProse(text.prose.text)) {
        const found = segment.kind === 'reference' ? model.references.resolve(segment.path) : undefined;
        if (found?.kind === 'found' && rows.has(found.row.context)) values.push({ offset: segment.offset, measure: measureOf(found.figure) });
    }
    const measureBefore = (offset: number) => values.filter(v => v.offset < offset).sort((a, b) => a.offset - b.offset).at(-1)?.measure;
    const ofStated = measureBefore(stated.figure.offset);
    const ofWord = measureBefore(claim.offset);
    return ofStated !== undefined && ofWord !== undefined && ofStated !== ofWord;
}

function measureOf(figure: { readonly kind: string; readonly unit: string }): string {
    return figure.kind === 'amount' ? 'amount' : figure.unit;
}

/** The direction all the candidates agree on, where the figures make it certain. */
function certainDirection(targets: readonly Target[]): { sign: 1 | -1 | 0; target: Target } | undefined {
    if (targets.length === 0 || targets.some(t => t.direction === undefined)) return undefined;
    const sign = targets[0].direction!;
    return targets.every(t => t.direction === sign) ? { sign, target: targets[0] } : undefined;
}

function wordFor(sign: number, kind: 'change' | 'growth'): string {
    return kind === 'change' ? (sign > 0 ? '增加' : sign < 0 ? '减少' : '持平') : (sign > 0 ? '增长' : sign < 0 ? '下降' : '持平');
}

/** The growth rate in percent of a subject's one quantity, stated or computed. */
function growthOf(model: ReportModel, subject: Subject): Decimal | undefined {
    const targets = distinctTargets(model, subject, GROWTH, { kind: 'rate', unit: '%' });
    return targets.length === 1 ? targets[0].value : undefined;
}

/**
 * 决算数大于/小于/等于（年初）预算数 agrees with the 决算 and the budget of the quantities it speaks
 * of, and a difference has its reason: in the sentence (主要原因是…) or the row's 差异原因.
 */
const proseBudgetRule: Rule = {
    ...ruleMeta('prose-budget'),
    check(model, reporter) {
        for (const text of claimsOf(model)) {
            for (const claim of text.claims) if (claim.kind === 'budget-comparison') checkBudget(model, text, claim, reporter);
        }
    },
};

/**
 * An amount (or a reference) right after 决算数大于/小于预算数, maybe after 的差额为 or ，差额为: the difference stated. On the
 * same line only: the next line's 2.行政运行… is a list's number, not an amount.
 */
const DIFFERENCE_AFTER = /^[ \t]*(?:[，,][ \t]*(?:差额|差值)|的?(?:差额|差值)?)(?:为|是|达)?[ \t]*(?:\d|【)/;

function checkBudget(model: ReportModel, text: TextClaims, claim: BudgetComparisonClaim, reporter: Reporter): void {
    let explained = claim.reasonGiven;
    const pairs = claim.subjects.map(subject => ({ subject, pair: actualAndBudget(model, subject, claim) }));
    // 决算数小于预算数 after a list (the 三公 total and its parts, 0 against 0 among them) may speak
    // of the list together: it is wrong only where it holds for none of them
    const together = claim.listed && claim.relation !== '=' && pairs.some(({ pair }) =>
        pair && (claim.relation === '>' ? pair.actual.value.gt(pair.budget.value) : pair.actual.value.lt(pair.budget.value)));
    for (const { subject, pair } of pairs) {
        if (!pair) continue;
        const { actual, budget, row } = pair;
        if (row.texts.has('差异原因')) explained = true;
        if (together) continue;
        const below = actual.interval.hi.lt(budget.interval.lo);
        const above = actual.interval.lo.gt(budget.interval.hi);
        const printedEqual = actual.value.equals(budget.value);
        const numbers = `决算 ${formatFigure(actual.figure!, model.groupsDigits)}${model.meta.unit}，预算 ${formatFigure(budget.figure!, model.groupsDigits)}${model.meta.unit}`;
        // a reference names the row as the report prints it (附表6 › 合计), not as the 【…】 typed it
        const where = `「${subject.words.startsWith('【') ? printedRow(row) : subject.words}」`;
        if (claim.relation === '=' && (below || above)) {
            report(text, reporter, 'error', claim.offset, claim.length, `文字说“${claim.word}”，${where}${numbers}，并不相等。`);
        } else if (claim.relation === '>' && (below || printedEqual)) {
            report(text, reporter, below ? 'error' : 'warning', claim.offset, claim.length, `文字说“${claim.word}”，${where}${numbers}，决算${below ? '小于' : '等于'}预算。`);
        } else if (claim.relation === '<' && (above || printedEqual)) {
            report(text, reporter, above ? 'error' : 'warning', claim.offset, claim.length, `文字说“${claim.word}”，${where}${numbers}，决算${above ? '大于' : '等于'}预算。`);
        }
    }
    if (pairs.every(({ pair }) => !pair)) checkWrittenBudget(model, text, claim, reporter);
    // 决算数大于年初预算数800.00万元: the words state the difference's amount, no verdict awaiting its reason
    const differenceStated = DIFFERENCE_AFTER.test(text.prose.text.slice(claim.offset + claim.length));
    if (claim.relation !== '=' && !explained && !differenceStated && claim.subjects.length > 0) {
        report(text, reporter, 'warning', claim.offset, claim.length, `“${claim.word}”之后没有写明原因：请写“主要原因是……”，或在该行写 差异原因 「……」。`);
    }
}

/**
 * 年初预算为35.00万元，支出决算为31.84万元，决算数大于年初预算数 where the data holds no budget: the words against
 * the figures the sentence wrote before them, one budget of the kind named (or either unnamed) and one 决算 after it.
 */
function checkWrittenBudget(model: ReportModel, text: TextClaims, claim: BudgetComparisonClaim, reporter: Reporter): void {
    const from = sentenceStart(text.prose.text, claim.offset);
    const before = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && !c.notData && c.figure.kind === 'amount'
        && c.figure.offset >= from && c.figure.offset < claim.offset);
    const budgets = before.filter(c => c.role.kind === 'budget' && (c.role.budget === claim.budget || c.role.budget === 'any' || claim.budget === 'any'));
    if (budgets.length !== 1) return;
    const [budget] = budgets;
    const actuals = before.filter(c => c.role.kind === 'value' && c.figure.offset > budget.figure.offset);
    if (actuals.length !== 1) return;
    const [actual] = actuals;
    if (actual.subject && budget.subject && actual.subject.words !== budget.subject.words) return;
    // a 决算 written otherwise than the data holds it (prose-figure tells that slip): the words are judged by the data's,
    // in the unit the sentence writes; only where prose-figure judges the figure by that row alone (not 国内公务接待费
    // of 公务接待费's row, nor a part of all, nor several funds together)
    const subject = actual.subject;
    const judged = subject && !subject.qualified && !subject.partOfAll && !subject.together;
    const held = judged ? distinctTargets(model, subject, VALUE, actual.figure) : [];
    const data = held.length === 1 && held[0].figure && !held[0].interval.meets(actual.figure.interval) ? held[0] : undefined;
    const spent = data?.interval ?? actual.figure.interval;
    const below = spent.hi.lt(budget.figure.interval.lo);
    const above = spent.lo.gt(budget.figure.interval.hi);
    const numbers = data ? `预算 ${budget.figure.text}；数据中的决算为 ${shown(data, actual.figure, model.groupsDigits)}（句中写作 ${actual.figure.text}）`
        : `决算 ${actual.figure.text}，预算 ${budget.figure.text}`;
    if (claim.relation === '=' && (below || above)) {
        report(text, reporter, 'error', claim.offset, claim.length, `文字说“${claim.word}”，同一句写的${numbers}，并不相等。`);
    } else if ((claim.relation === '>' && below) || (claim.relation === '<' && above)) {
        report(text, reporter, 'error', claim.offset, claim.length, `文字说“${claim.word}”，同一句写的${numbers}，决算${below ? '小于' : '大于'}预算。`);
    }
}

/** How a message names a subject: its words, or for a reference 【…】 its row (and column) as the report prints it. */
function printedSubject(subject: Subject): string {
    const [quantity] = subject.quantities;
    if (!subject.words.startsWith('【') || subject.quantities.length !== 1) return subject.words;
    return `${quantity.row.context}${quantity.column ? ` ${quantity.column}` : ''}`;
}

/** A row as the report prints it, with its table: 附表6 › 2010302 一般行政管理事务. */
function printedRow(row: RowModel): string {
    return row.table ? `${row.table.label} › ${rowLabel(row)}` : rowLabel(row);
}

/** The 决算 and budget of the subject's row: from its narrowest candidates that have both, and only where they are one row. */
function actualAndBudget(model: ReportModel, subject: Subject, claim: BudgetComparisonClaim) {
    for (const tier of subject.tiers ?? [subject.quantities]) {
        const pairs = tier.flatMap(quantity => {
            const actual = targetOf(model, quantity, VALUE, 'amount', model.meta.unit);
            const budget = targetOf(model, quantity, { kind: 'budget', budget: claim.budget }, 'amount', model.meta.unit);
            return actual?.figure && budget?.figure ? [{ actual, budget, row: quantity.row }] : [];
        });
        // two rows of the name (一般行政管理事务 under two 款): which one is meant is not known
        if (pairs.length > 0) return new Set(pairs.map(p => p.row)).size === 1 ? pairs[0] : undefined;
    }
    return undefined;
}

/**
 * A quantity said to be nil — “收入支出总计0万元”, “均为0万元”, “无政府性基金预算财政拨款收入” —
 * is nil in the data. A blank cell elsewhere that happens to be 0 proves nothing.
 */
const proseZeroRule: Rule = {
    ...ruleMeta('prose-zero'),
    check(model, reporter) {
        for (const text of claimsOf(model)) {
            for (const claim of text.claims) {
                if (claim.kind === 'absence') checkAbsence(model, text, claim, reporter);
                else if (claim.kind === 'figure' && claim.role.kind === 'value' && claim.figure.value.isZero() && claim.subject && !claim.notData) {
                    checkNil(model, text, reporter, claim.subject, claim.figure, claim.figure.offset, claim.figure.length, `为 ${claim.figure.text}`, claim.figure);
                }
            }
        }
    },
};

function checkAbsence(model: ReportModel, text: TextClaims, claim: AbsenceClaim, reporter: Reporter): void {
    checkNil(model, text, reporter, claim.subject, { kind: 'amount', unit: model.meta.unit }, claim.offset, claim.length, '没有');
}

function checkNil(model: ReportModel, text: TextClaims, reporter: Reporter, subject: Subject, figure: Pick<FigureClaim['figure'], 'kind' | 'unit'>,
    offset: number, length: number, said: string, written?: FigureClaim['figure']): void {
    const targets = distinctTargets(model, subject, VALUE, figure);
    if (targets.length === 0 || targets.some(t => t.interval.contains(ZERO))) return;
    const told = `文字说「${printedSubject(subject)}」${said}，数据中${targets.slice(0, 3).map(t => describe(t, figure.unit, model.groupsDigits)).join('；')}`;
    // nil at the places written, as any figure's rounding is judged: 0万元 for 0.30万元 (or 30.00元) rounds to it; 0.00万元 not
    const rounded = written && targets.filter(t => t.interval.meets(written.interval));
    if (written && rounded && rounded.length > 0) {
        const why = coarseZero(text, written, rounded);
        if (why) report(text, reporter, 'info', offset, length, `${told}：按所写的位数可算作 0，但${why}，宜照数据写明。`);
        return;
    }
    report(text, reporter, targets.length === 1 ? 'error' : 'info', offset, length, `${told}。`);
}

/**
 * Why a 0 that rounds a small amount away still reads as a claim of nothing: its sentence writes its share (其他收入0万元，
 * 占0.3%) or its other amounts to finer places (100.30万元 … 其他收入0万元). Undefined where neither.
 */
function coarseZero(text: TextClaims, zero: FigureClaim['figure'], targets: readonly Target[]): string | undefined {
    const prose = text.prose.text;
    const start = Math.max(prose.lastIndexOf('。', zero.offset - 1), prose.lastIndexOf('\n', zero.offset - 1)) + 1;
    const end = /[。\n]|$/.exec(prose.slice(zero.offset))!.index + zero.offset;
    const others = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure !== zero && c.figure.offset >= start && c.figure.offset < end);
    const next = others.find(c => c.figure.offset > zero.offset);
    if (next?.role.kind === 'share' && !next.figure.value.isZero()) return `同句写了它的占比 ${next.figure.text}`;
    // the data's amount nil at those places too (30元 in a 万元 sentence of 2 places) reads as nothing there as well
    const finer = others.find(c => c.figure.kind === 'amount' && c.figure.unit === zero.unit && c.figure.decimals > zero.decimals
        && targets.some(t => !t.value.toDecimalPlaces(c.figure.decimals, Decimal.ROUND_HALF_UP).isZero()));
    return finer && `同句其他金额写到 ${finer.figure.decimals} 位小数（${finer.figure.text}）`;
}

export const proseWordRules: readonly Rule[] = [proseDirectionRule, proseBudgetRule, proseZeroRule];
