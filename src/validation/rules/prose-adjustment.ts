// 年初预算为5,270.00万元，调整预算为5,495.00万元（调增252.00万元）: the adjustment a sentence writes right after both
// budgets is the later less the earlier, by the sentence's own figures alone (the data seldom holds the 年初 budget
// beside the 调整 one, and needs not: the three figures are written side by side).
import { fixedText } from '../../model/figure.js';
import type { TextClaims, WrittenFigure } from '../../model/prose-claims.js';
import type { ReportModel } from '../../model/report-model.js';
import type { Reporter } from '../rule.js';
import { rangeIn } from './prose-judge.js';

/** The words right before the first budget: 年初预算为, 年初预算数是. */
const INITIAL_BEFORE = /年初预算数?(?:为|是)?$/;
/** The words between the two budgets: only the later's name (，调整预算为; ，调整后预算数为; ，全年预算为). */
const ADJUSTED_BETWEEN = /^[，,]?(?:调整后?的?|全年)预算数?(?:为|是)?$/;
/** The words between the later budget and the adjustment: （调增, ，调减了, ，比年初预算追加. */
const ADJUSTMENT_BETWEEN = /^[（(，,]?(?:比年初预算)?(调增|调减|追加|追减|核增|核减)了?$/;

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
