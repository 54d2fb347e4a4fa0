// Figures a text works out of others written beside them: 调整预算为B（调增X） after 年初预算为A, 本年收入合计A，比本年
// 支出合计多X, 人均接待费用X元 of the 接待费 and 人次 written before — X is told wrong where the figures' rounding cannot make it.
import { fixedText, formatFigure, YUAN_PER_MONEY_UNIT } from '../../model/figure.js';
import { Interval } from '../../model/interval.js';
import type { TextClaims, WrittenFigure } from '../../model/prose-claims.js';
import { lexiconOf, type Quantity } from '../../model/prose-lexicon.js';
import { clauseBefore } from '../../model/prose-text.js';
import { magnitude, targetOf } from '../../model/prose-targets.js';
import type { ReportModel } from '../../model/report-model.js';
import { actualColumn } from '../../model/rows.js';
import type { Reporter } from '../rule.js';
import { rangeIn } from './prose-judge.js';

/** The words right before the first budget: 年初预算为, 年初预算数是. */
const INITIAL_BEFORE = /(年初预算数?)(?:为|是)?$/;
/** The words between the two budgets: only the later's name (，调整预算为; ，调整后预算数为; ，全年预算为). */
const ADJUSTED_BETWEEN = /^[，,]?((?:调整后?的?|全年)预算数?)(?:为|是)?$/;
/** The words of an adjustment. */
const ADJUSTING = /调增|调减|追加|追减|核增|核减/;
/** The words between the later budget and the adjustment: （调增, ，调减了, ，比年初预算追加, ，比年初预算增加. */
const ADJUSTMENT_BETWEEN = new RegExp(`^[（(，,]?(?:(?:[比较]年初预算数?)?(${ADJUSTING.source})|[比较]年初预算数?(增加|减少))了?$`);

/**
 * 年初预算为5,270.00万元，调整预算为5,495.00万元（调增252.00万元）: the adjustment written right after both budgets is the
 * later less the earlier, by the sentence's own figures alone (the data seldom holds the 年初 budget beside the 调整 one,
 * and needs not: the three figures are written side by side). Told in the budgets' own words (调整后预算数, 全年预算).
 */
export function budgetAdjustmentOff(model: ReportModel, report: Reporter, text: TextClaims): void {
    const source = text.prose.text;
    const amounts = text.claims.flatMap(claim => claim.kind === 'figure' && claim.figure.kind === 'amount' ? [claim.figure] : []);
    const after = (a: WrittenFigure, b: WrittenFigure) => source.slice(a.offset + a.length, b.offset);
    for (let i = 2; i < amounts.length; i++) {
        const [initial, adjusted, adjustment] = amounts.slice(i - 2, i + 1);
        // the budgets in one unit, the adjustment in any of money (调增10.00万元 after budgets in 元); none negative (调减-20.00
        // says its direction twice; what it means is left alone)
        const [budgetYuan, adjustmentYuan] = [YUAN_PER_MONEY_UNIT.get(adjusted.unit), YUAN_PER_MONEY_UNIT.get(adjustment.unit)];
        if (initial.unit !== adjusted.unit || !budgetYuan || !adjustmentYuan || [initial, adjusted, adjustment].some(f => f.value.isNegative())) continue;
        const between = ADJUSTMENT_BETWEEN.exec(after(adjusted, adjustment));
        const [initialName, adjustedName] = [INITIAL_BEFORE.exec(source.slice(0, initial.offset))?.[1], ADJUSTED_BETWEEN.exec(after(initial, adjusted))?.[1]];
        if (!between || !initialName || !adjustedName) continue;
        // another adjustment after it in the sentence (（调增30.00万元，调减10.00万元）): X is one side of a gross figure, not B − A
        if (ADJUSTING.test(source.slice(adjustment.offset + adjustment.length).split(/[。；;\n]/)[0])) continue;
        const word = between[1] ?? between[2];
        const inBudgetUnit = adjustment.interval.scale(adjustmentYuan.div(budgetYuan));
        const said = word.includes('减') ? inBudgetUnit.negate() : inBudgetUnit;
        if (adjusted.interval.sub(initial.interval).meets(said)) continue;
        const range = rangeIn(text.prose, adjustment.offset, adjustment.length);
        if (!range) continue;
        const places = Math.max(initial.decimals, adjusted.decimals);
        const amount = (figure: WrittenFigure) => `${fixedText(figure.value, places, model.groupsDigits)}${figure.unit}`;
        // told the way the word goes: 调减 as 年初 less 调整
        const terms = [`${adjustedName} ${amount(adjusted)}`, `${initialName} ${amount(initial)}`];
        const [from, less] = word.includes('减') ? terms.reverse() : terms;
        const difference = fixedText(adjusted.value.minus(initial.value).times(word.includes('减') ? -1 : 1), places, model.groupsDigits);
        report.error(text.prose.node, `文字写的 ${word}${adjustment.text} 与同一句写的预算数不符：${from} − ${less} = ${difference}${adjusted.unit}。`, { range });
    }
}

/**
 * 比本年支出合计多, 低于本年支出合计: another total compared right before an amount; not a budget, last year or another
 * year's (those are changes, judged as such).
 */
const COMPARED_TOTAL = /(?:[比较]([^\d，,。；;、：:（）()]{2,24}?)[多少]|(?:小于|低于|少于|大于|高于|多于|超出|超过)([^\d，,。；;、：:（）()]{2,24}))$/;

/**
 * 本年收入合计5,627.60万元，比本年支出合计多54.00万元: the amount after a comparison with another total the report holds
 * is the figure written right before less that total (either way: the direction is prose-direction's). Only where the
 * compared words are one name the report holds one figure for, and the amount is neither figure itself (低于本年支出合计
 * 50,600.00万元 giving the total, as some reports word it, is no difference): else silent.
 */
export function totalsDifferenceOff(model: ReportModel, report: Reporter, text: TextClaims): void {
    const source = text.prose.text;
    const figures = text.claims.flatMap(claim => claim.kind === 'figure' ? [claim] : []);
    figures.forEach((claim, i) => {
        const { figure } = claim;
        const before = figures.slice(0, i).reverse().find(other => other.figure.offset < figure.offset);
        if (claim.role.kind !== 'value' || figure.kind !== 'amount' || figure.unit !== model.meta.unit || figure.value.isNegative() || !before?.subject) return;
        const written = before.figure;
        if (written.kind !== 'amount' || written.unit !== figure.unit) return;
        const compared = COMPARED_TOTAL.exec(clauseBefore(source, figure.offset));

        // the comparison is the clause right after the written figure: 5,627.60万元，比…多
        const words = compared && source.slice(written.offset + written.length, figure.offset);
        if (!compared || !words || !/^[，,]?$/.test(words.slice(0, words.length - compared[0].length))) return;
        const name = compared[1] ?? compared[2];
        if (/预算|上年|去年|同期|\d{4}年/.test(name)) return;
        // the compared total only where the name reads in the written one's table and column, and the written figure is its
        // subject's own (a misread subject is no base): of the quantities its words name (本年收入合计 of 表一 and of 表四;
        // under 收入决算表's heading its column, and 表一's row), those whose figure is written
        const subject = [...before.subject.quantities, ...lexiconOf(model).lookup(before.subject.words)?.quantities ?? []].filter(q => {
            const own = targetOf(model, q, { kind: 'value' }, 'amount', figure.unit);
            return own?.stated && own.interval.meets(written.interval);
        });
        if (subject.length === 0) return;
        const column = (q: Quantity) => q.column ?? actualColumn(q.row);
        const beside = (q: Quantity) => subject.some(s => s.row.table !== undefined && s.row.table === q.row.table && column(s) === column(q));
        // the lexicon reads 本年支出合计 as 表一's only; beside 表四's 本年收入合计 it is the row of that name in 表四
        const named = (lexiconOf(model).lookup(name)?.quantities ?? []).filter(beside);
        const byName = model.rows.filter(row => row.canonicalName === name && subject.some(s => s.row.table !== undefined && s.row.table === row.table))
            .flatMap(row => subject.map(s => ({ row, column: column(s) })));
        const sameTable = named.length > 0 ? named : byName;
        const targets = sameTable.map(q => targetOf(model, q, { kind: 'value' }, 'amount', figure.unit));
        const other = targets[0];
        if (!other?.stated || targets.some(t => !t?.stated || !t.value.equals(other.value))) return;
        // the total itself, or the written one, after the comparison: no difference
        if (other.interval.meets(figure.interval) || written.interval.meets(figure.interval)) return;
        // 表一's and 表四's 本年收入合计 equal but their 本年支出合计 not: the words do not say which is meant, so a
        // difference that holds against either is right
        const differenceFrom = (t: ReturnType<typeof targetOf>) => t?.stated === true && magnitude(written.interval.sub(t.interval)).meets(figure.interval);
        if (differenceFrom(other) || byName.some(q => differenceFrom(targetOf(model, q, { kind: 'value' }, 'amount', figure.unit)))) return;
        const range = rangeIn(text.prose, figure.offset, figure.length);
        if (!range || !other.figure) return;
        const difference = fixedText(written.value.minus(other.value).abs(), Math.max(figure.decimals, written.decimals), model.groupsDigits);
        report.error(text.prose.node, `文字写的 ${figure.text} 与同一句写的数不符：${written.text} 与「${other.label}」${formatFigure(other.figure, model.groupsDigits)}${figure.unit} 相差 ${difference}${figure.unit}。`, { range });
    });
}

/** 人均接待费用, 人均接待费: per head of the 人次 received. */
const PER_GUEST = /人均(?:公务)?接待费用?(?:为|是)?$/;
/** 车均, 车均运行费: per vehicle held. */
const PER_VEHICLE = /车均(?:运行(?:维护)?费用?)?(?:为|是)?$/;

/**
 * 公务接待费支出3.60万元…接待人次90人次…，人均接待费用450元; 公务用车运行费14.80万元，车均4.93万元…保有量为3辆: the
 * amount per head or per vehicle is the amount written for it over the count, on one line. Only where that reading is
 * the only one: per head, the 接待费 amount the nearest before with nothing but counts, one of them in 人次, between it
 * and the figure; per vehicle, the 运行费 amount right before it and one 保有量 the only count of vehicles on its line.
 */
export function perUnitOff(model: ReportModel, report: Reporter, text: TextClaims): void {
    const source = text.prose.text;
    const figures = text.claims.flatMap(claim => claim.kind === 'figure' ? [claim] : []);
    const onLine = (a: WrittenFigure, b: WrittenFigure) => !source.slice(Math.min(a.offset, b.offset), Math.max(a.offset, b.offset)).includes('\n');
    for (const [i, claim] of figures.entries()) {
        const { figure } = claim;
        const yuan = YUAN_PER_MONEY_UNIT.get(figure.unit);
        if (claim.notData !== 'per-unit' || figure.kind !== 'amount' || !yuan || figure.value.isNegative()) continue;
        const before = source.slice(0, figure.offset);
        const earlier = figures.slice(0, i).filter(other => other.figure.offset < figure.offset && onLine(other.figure, figure)).reverse();
        let pair: { amount: WrittenFigure; count: WrittenFigure } | undefined;
        if (PER_GUEST.test(before)) {
            const at = earlier.findIndex(other => other.figure.kind !== 'count');
            const amount = earlier[at];
            const counts = earlier.slice(0, at).filter(other => other.figure.unit === '人次');
            if (amount?.figure.kind === 'amount' && /接待费(?:支出)?(?:决算数?)?(?:为|是|共)?$/.test(clauseBefore(source, amount.figure.offset)) && counts.length === 1) pair = { amount: amount.figure, count: counts[0].figure };
        } else if (PER_VEHICLE.test(before)) {
            const amount = earlier[0];
            const vehicles = figures.filter(other => other.figure.unit === '辆' && onLine(other.figure, figure));
            const held = vehicles.filter(other => /保有量?(?:为|是|共)?$/.test(clauseBefore(source, other.figure.offset)));
            // another count of vehicles on the line (用于4辆公务用车, 报废1辆) may be what the amount is shared by; two 保有量 too
            const one = held.length === vehicles.length && new Set(held.map(other => other.figure.value.toString())).size === 1;
            if (amount?.figure.kind === 'amount' && /运行(?:维护)?费(?:支出)?(?:决算数?)?(?:为|是|共)?$/.test(clauseBefore(source, amount.figure.offset)) && one) pair = { amount: amount.figure, count: held[0].figure };
        }
        const amountYuan = pair && YUAN_PER_MONEY_UNIT.get(pair.amount.unit);
        if (!pair || !amountYuan || !pair.count.value.isPositive()) continue;
        const scale = amountYuan.div(yuan);
        const per = pair.amount.interval.scale(scale).div(Interval.exact(pair.count.value));
        if (!per || per.meets(figure.interval)) continue;
        const range = rangeIn(text.prose, figure.offset, figure.length);
        if (!range) continue;
        const value = pair.amount.value.times(scale).div(pair.count.value);
        report.error(text.prose.node, `文字写的 ${figure.text} 与同一段写的数不符：${pair.amount.text} ÷ ${pair.count.text} = ${fixedText(value, figure.decimals, model.groupsDigits)}${figure.unit}。`, { range });
    }
}
