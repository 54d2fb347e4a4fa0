// Differences a sentence writes of two figures, one of them written right before: 调整预算为B（调增X） after 年初预算为A,
// and 本年收入合计A，比本年支出合计多X — X is told wrong where the two figures' rounding cannot make it.
import { fixedText, formatFigure } from '../../model/figure.js';
import type { TextClaims, WrittenFigure } from '../../model/prose-claims.js';
import { lexiconOf } from '../../model/prose-lexicon.js';
import { clauseBefore } from '../../model/prose-text.js';
import { magnitude, targetOf } from '../../model/prose-targets.js';
import type { ReportModel } from '../../model/report-model.js';
import type { Reporter } from '../rule.js';
import { rangeIn } from './prose-judge.js';

/** The words right before the first budget: 年初预算为, 年初预算数是. */
const INITIAL_BEFORE = /年初预算数?(?:为|是)?$/;
/** The words between the two budgets: only the later's name (，调整预算为; ，调整后预算数为; ，全年预算为). */
const ADJUSTED_BETWEEN = /^[，,]?(?:调整后?的?|全年)预算数?(?:为|是)?$/;
/** The words between the later budget and the adjustment: （调增, ，调减了, ，比年初预算追加. */
const ADJUSTMENT_BETWEEN = /^[（(，,]?(?:比年初预算)?(调增|调减|追加|追减|核增|核减)了?$/;

/**
 * 年初预算为5,270.00万元，调整预算为5,495.00万元（调增252.00万元）: the adjustment written right after both budgets is the
 * later less the earlier, by the sentence's own figures alone (the data seldom holds the 年初 budget beside the 调整 one,
 * and needs not: the three figures are written side by side).
 */
export function budgetAdjustmentOff(model: ReportModel, report: Reporter, text: TextClaims): void {
    const source = text.prose.text;
    const amounts = text.claims.flatMap(claim => claim.kind === 'figure' && claim.figure.kind === 'amount' ? [claim.figure] : []);
    const after = (a: WrittenFigure, b: WrittenFigure) => source.slice(a.offset + a.length, b.offset);
    for (let i = 2; i < amounts.length; i++) {
        const [initial, adjusted, adjustment] = amounts.slice(i - 2, i + 1);
        // one unit for all three, none negative (调减-20.00 says its direction twice; what it means is left alone)
        if (initial.unit !== adjusted.unit || adjusted.unit !== adjustment.unit || [initial, adjusted, adjustment].some(f => f.value.isNegative())) continue;
        const word = ADJUSTMENT_BETWEEN.exec(after(adjusted, adjustment));
        if (!word || !ADJUSTED_BETWEEN.test(after(initial, adjusted)) || !INITIAL_BEFORE.test(source.slice(0, initial.offset))) continue;
        const said = word[1].includes('减') ? adjustment.interval.negate() : adjustment.interval;
        if (adjusted.interval.sub(initial.interval).meets(said)) continue;
        const range = rangeIn(text.prose, adjustment.offset, adjustment.length);
        if (!range) continue;
        const places = Math.max(initial.decimals, adjusted.decimals);
        const amount = (figure: WrittenFigure) => `${fixedText(figure.value, places, model.groupsDigits)}${figure.unit}`;
        // told the way the word goes: 调减 as 年初 less 调整
        const terms = [`调整预算 ${amount(adjusted)}`, `年初预算 ${amount(initial)}`];
        const [from, less] = word[1].includes('减') ? terms.reverse() : terms;
        const difference = fixedText(adjusted.value.minus(initial.value).times(word[1].includes('减') ? -1 : 1), places, model.groupsDigits);
        report.error(text.prose.node, `文字写的 ${word[1]}${adjustment.text} 与同一句写的预算数不符：${from} − ${less} = ${difference}${adjusted.unit}。`, { range });
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
        const targets = (lexiconOf(model).lookup(name)?.quantities ?? []).map(q => targetOf(model, q, { kind: 'value' }, 'amount', figure.unit));
        const other = targets[0];
        if (!other?.stated || targets.some(t => !t?.stated || !t.value.equals(other.value))) return;
        // the total itself, or the written one, after the comparison: no difference
        if (other.interval.meets(figure.interval) || written.interval.meets(figure.interval)) return;
        if (magnitude(written.interval.sub(other.interval)).meets(figure.interval)) return;
        const range = rangeIn(text.prose, figure.offset, figure.length);
        if (!range || !other.figure) return;
        const difference = fixedText(written.value.minus(other.value).abs(), Math.max(figure.decimals, written.decimals), model.groupsDigits);
        report.error(text.prose.node, `文字写的 ${figure.text} 与同一句写的数不符：${written.text} 与「${other.label}」${formatFigure(other.figure, model.groupsDigits)}${figure.unit} 相差 ${difference}${figure.unit}。`, { range });
    });
}
