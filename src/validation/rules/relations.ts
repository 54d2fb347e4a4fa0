import { Decimal } from 'decimal.js';
import type { Relation, RelationRule } from '../../model/relations.js';
import { formatDecimal, formatFigure } from '../../model/figure.js';
import { Interval } from '../../model/interval.js';
import type { Reporter, Rule } from '../rule.js';

/**
 * Reports the model's relations of one kind. A broken relation is an error on the stated
 * figure; one that holds only within rounding is a hint; a rate that holds only when the
 * stated value is read as truncated is a warning of its own.
 */
function relationRule(id: RelationRule, title: string): Rule {
    return {
        id,
        title,
        category: 'fast',
        check(model, report) {
            for (const relation of model.relations) {
                if (relation.rule === id) reportRelation(relation, report);
            }
        },
    };
}

function reportRelation(relation: Relation, report: Reporter): void {
    const { target } = relation;
    if (!target.node) return;
    if (relation.holds && relation.roundsToTarget()) return;
    const isRate = target.kind === 'rate';
    const unit = isRate ? '%' : '';
    const point = relation.value.toDecimalPlaces(target.decimals, Decimal.ROUND_HALF_UP);
    // computed values at the report's precision: 2952.54, 23.94%, 0.50
    const shown = (value: Decimal) => value.toFixed(target.decimals) + unit;
    const stated = formatFigure(target);
    if (relation.holds) {
        report.hint(target.node, `${target.label} ${stated} 与${relation.description} ${shown(point)} 相差 ${shown(point.minus(target.value).abs())}，在舍入误差之内（${relation.formula}）。`);
        return;
    }
    // 减少 −2.33 would mean an increase: no mechanical fix when the direction is wrong; nor when
    // shares do not add up to 100%, where nothing says which of them is wrong
    const reversed = (relation.rule === 'change' || relation.rule === 'growth') && point.isNegative() && !target.value.isNegative();
    const fix = reversed || relation.rule === 'share-total' ? undefined : { title: `改为 ${shown(point)}`, newText: shown(point) };
    const range = `按舍入规则应在 ${formatDecimal(roundOut(relation.computed.lo))}${unit} 至 ${formatDecimal(roundOut(relation.computed.hi))}${unit} 之间`;
    if (isRate && Interval.truncated(target.value, target.decimals).meets(relation.computed)) {
        report.warning(target.node, `${target.label} ${stated} 是截尾所得，不是四舍五入：${relation.description}为 ${relation.formula} = ${formatDecimal(relation.value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP))}${unit}，四舍五入应为 ${shown(point)}。`, { fix });
        return;
    }
    const difference = point.minus(target.value).abs();
    const direction = reversed ? '变动方向相反，' : '';
    report.error(target.node, `${target.label} ${stated} 与${relation.description} ${shown(point)} 不符（${direction}差 ${shown(difference)}）：${relation.formula}，${range}。`, { fix });
}

/** Interval ends shown to four decimals, enough to see why a figure falls outside. */
function roundOut(value: Decimal): Decimal {
    return value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
}

export const relationRules: readonly Rule[] = [
    relationRule('sum-children', '上级行等于其子项之和（类 = Σ款，款 = Σ项，其中项除外）'),
    relationRule('sum-columns', '每行的合计列等于各分列之和（合计 = 基本支出 + 项目支出 …）'),
    relationRule('sum-total', '合计、本年收入合计、总计等于其组成部分'),
    relationRule('balance', '收入总计等于支出总计'),
    relationRule('tie', '表间勾稽：同一数字在各表中一致'),
    relationRule('change', '增加/减少额等于本年与上年之差'),
    relationRule('growth', '增长/下降率等于增减额除以上年数'),
    relationRule('share', '占比等于本项除以总数'),
    relationRule('share-total', '同一总数的各项占比之和为 100%'),
    relationRule('completion', '完成预算等于决算数除以预算数'),
];
