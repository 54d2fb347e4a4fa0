import { convert, formatIndicatorValue, judge, readQuantity } from '../../model/indicators.js';
import type { ReportModel, SectionModel } from '../../model/report-model.js';
import { actualColumn, walkRows } from '../../model/rows.js';
import type { Figure } from '../../model/figure.js';
import { Decimal } from 'decimal.js';
import { formatFigure } from '../../model/figure.js';
import type { Rule } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';

/** An indicator whose actual value falls short of its target: information, not an error. */
const indicatorUnmetRule: Rule = {
    ...ruleMeta('indicator-unmet'),
    check(model, report) {
        for (const { indicator } of model.nodes.indicators) {
            if (judge(indicator.expected, indicator.actual) === 'unmet') {
                report.info(indicator.actual, `指标“${indicator.name}”未达到预期：实际 ${formatIndicatorValue(indicator.actual)}，预期 ${formatIndicatorValue(indicator.expected)}。`);
            }
        }
    },
};

/**
 * An indicator that restates a figure of the data agrees with it: a 成本指标 in money cannot
 * exceed what the project spent, and a count of receptions matches the “三公” reception count.
 */
const indicatorFigureRule: Rule = {
    ...ruleMeta('indicator-figure'),
    check(model, report) {
        const receptions = receptionBatches(model);
        const spending = new Map(model.sections.filter(s => s.project).map(s => [s.project, projectSpending(s)]));
        for (const { indicator, project, level2 } of model.nodes.indicators) {
            const spent = spending.get(project);
            const actual = readQuantity(indicator.actual);
            if (!actual || actual.comparison !== '=') continue;
            // in the unit the project's 执行数 is written in (元 in a report kept in 元), against 执行数
            // rounded as the indicator is written: 90万元 says no more than 89.974 does, 90.00万元 does
            const inMoney = spent && convert(actual, spent.unit);
            const places = actual.decimals + (actual.unit === '元' && spent?.unit === '万元' ? 4 : actual.unit === '万元' && spent?.unit === '元' ? -4 : 0);
            if (spent && level2.includes('成本') && (actual.unit === '万元' || actual.unit === '元') && inMoney && inMoney.gt(roundTo(spent.value, places))) {
                report.warning(indicator.actual, `成本指标“${indicator.name}”实际 ${formatIndicatorValue(indicator.actual)}，超过项目执行数 ${formatFigure(spent, model.groupsDigits)}${spent.unit}。`);
            }
            if (receptions && indicator.name.includes('接待') && (actual.unit === '次' || actual.unit === '批次') && !actual.amount.eq(receptions.value)) {
                report.warning(indicator.actual, `指标“${indicator.name}”实际 ${formatIndicatorValue(indicator.actual)}，与“三公”经费中国内公务接待 ${formatFigure(receptions)} 批次不符。`);
            }
        }
    },
};

/** A value rounded half up to `places` decimals; negative places round to tens, hundreds… (7万元 in 元: to the 万). */
function roundTo(value: Decimal, places: number): Decimal {
    if (places >= 0) return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    const step = new Decimal(10).pow(-places);
    return value.div(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
}

function projectSpending(section: SectionModel): Figure | undefined {
    const row = section.rows.find(r => r.canonicalName === '执行数');
    const column = row && actualColumn(row);
    return row && column ? row.cells.get(column) : undefined;
}

function receptionBatches(model: ReportModel): Figure | undefined {
    const explanation = model.sections.find(s => s.name === '情况说明');
    let found: Figure | undefined;
    walkRows(explanation?.rows ?? [], row => {
        if (row.name.includes('国内') && row.name.includes('接待')) found ??= row.cells.get('批次');
    });
    return found;
}

export const indicatorRules: readonly Rule[] = [indicatorUnmetRule, indicatorFigureRule];
