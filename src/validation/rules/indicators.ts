import type { FormScore, Indicator, IndicatorField, IndicatorGroup, IndicatorSubgroup, Project } from '../../language/generated/ast.js';
import { convert, fieldNumber, formatIndicatorValue, formField, judge, readQuantity, valueColumns } from '../../model/indicators.js';
import type { ReportModel, SectionModel } from '../../model/report-model.js';
import { forEachNode } from '../../model/nodes.js';
import { actualColumn, walkRows } from '../../model/rows.js';
import type { Figure } from '../../model/figure.js';
import { Decimal } from 'decimal.js';
import { formatFigure, parseLiteral } from '../../model/figure.js';
import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import { isProject, isTable } from '../../language/generated/ast.js';
import type { Reporter, Rule } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';
import { proseScores } from './prose-score.js';

/** An indicator whose actual value falls short of its target: information, not an error. */
const indicatorUnmetRule: Rule = {
    ...ruleMeta('indicator-unmet'),
    check(model, report) {
        for (const { indicator } of model.nodes.indicators) {
            if (indicator.actual && judge(indicator.expected, indicator.actual, valueColumns(indicator)) === 'unmet') {
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
            const actual = readQuantity(indicator.actual, { unit: valueColumns(indicator).unit });
            if (!indicator.actual || !actual || actual.comparison !== '=') continue;
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

/**
 * A self-evaluation form's scores: no 得分 above its 分值, and the lines' 分值 and 得分 adding up to the 总分 line's
 * where the form prints one. A form that prints no 分值 on its money line (执行率) may still count one there: the
 * lines falling short of the 总分 then say nothing, only their exceeding it does.
 */
const indicatorScoreRule: Rule = {
    ...ruleMeta('indicator-score'),
    check(model, report) {
        const indicatorsOf = new Map<Project, Indicator[]>();
        for (const { indicator, project } of model.nodes.indicators) {
            const list = indicatorsOf.get(project) ?? [];
            list.push(indicator);
            indicatorsOf.set(project, list);
        }
        for (const project of model.projects) {
            const lines: ScoreLine[] = (indicatorsOf.get(project) ?? []).map(i => ({ label: `指标“${i.name}”`, fields: i.fields }));
            const money = project.scores.find(s => s.label === '执行率');
            if (money) lines.push({ label: '执行率', weight: money.weight, fields: money.fields });
            const total = project.scores.find(s => s.label === '总分');
            const totalLine = total && { label: '总分', weight: total.weight, fields: total.fields };
            for (const line of totalLine ? [...lines, totalLine] : lines) {
                const weight = weightOf(line);
                const scoreField = formField(line, '得分');
                const score = fieldNumber(scoreField);
                if (weight && score && scoreField && score.gt(weight)) {
                    report.warning(scoreField, `${line.label}得分 ${score.toString()} 超过分值 ${weight.toString()}。`, { property: 'value' });
                }
            }
            if (total && totalLine) checkTotal(total, totalLine, lines, money !== undefined && weightOf({ weight: money.weight, fields: money.fields }) !== undefined, report);
            for (const list of project.indicators) for (const group of list.groups) checkGroupScore(group, report);
        }
        proseScores(model, report);
    },
};

/** A group's points as printed after its name: （50分） is 50. */
function groupScore(group: IndicatorGroup | IndicatorSubgroup): Decimal | undefined {
    const digits = group.score === undefined ? undefined : /\d+(?:\.\d+)?/.exec(group.score)?.[0];
    return digits === undefined ? undefined : new Decimal(digits);
}

/**
 * A group's points printed after its name (产出指标（50分）) are the sum of its indicators' 分值, or of its subgroups' points where
 * each prints its own; nothing is said where any of them leaves its 分值 out (a blank, a 权重 in %).
 */
function checkGroupScore(group: IndicatorGroup | IndicatorSubgroup, report: Reporter): void {
    const subgroups = 'groups' in group ? group.groups : [];
    for (const subgroup of subgroups) checkGroupScore(subgroup, report);
    const stated = groupScore(group);
    if (stated === undefined) return;
    const bySubgroup = subgroups.length > 0 && subgroups.every(s => s.score !== undefined) ? subgroups.map(groupScore) : undefined;
    const indicators = 'groups' in group ? group.groups.flatMap(s => s.indicators) : group.indicators;
    const parts = bySubgroup ?? indicators.map(i => weightOf({ fields: i.fields }));
    if (parts.length === 0 || parts.some(p => p === undefined)) return;
    const added = sum(parts as Decimal[]);
    const written = bySubgroup ? subgroups.map(s => s.score) : indicators.map(i => formField(i, '分值')?.value);
    const slack = written.reduce((acc, text) => acc.plus(halfUnit(text, true)), halfUnit(group.score, true));
    if (added.minus(stated).abs().gt(slack)) {
        report.warning(group, `“${group.name}”的分值 ${stated.toString()} 与${bySubgroup ? '所属各二级指标' : '所属各指标'}的分值之和 ${added.toString()} 不符。`, { property: 'score' });
    }
}

/** A line of the form with its 分值 and 得分: an indicator, the money's 执行率, the 总分. */
interface ScoreLine {
    readonly label: string;
    readonly weight?: string;
    readonly fields: readonly IndicatorField[];
}

function weightOf(line: Omit<ScoreLine, 'label'>): Decimal | undefined {
    const written = line.weight !== undefined ? parseLiteral(line.weight) : undefined;
    return written && !written.percent ? written.value : fieldNumber(formField(line, '分值'));
}

/**
 * Half a unit in the last place a number is written to: 8.33 stands for [8.325, 8.335]. A line's whole number is
 * a whole number of points, exact (`line`); the total's 97 may round 96.6.
 */
function halfUnit(value: string | undefined, line = false): Decimal {
    const decimals = value?.split('.')[1]?.replace(/\D/g, '').length ?? 0;
    return line && decimals === 0 ? new Decimal(0) : new Decimal(10).pow(-decimals).div(2);
}

function checkTotal(total: FormScore, totalLine: ScoreLine, lines: readonly ScoreLine[], moneyWeighted: boolean, report: Reporter): void {
    const scoreField = formField(total, '得分');
    const columns: { column: '分值' | '得分'; stated?: Decimal; node?: AstNode; property: string; text?: string }[] = [
        { column: '分值', stated: weightOf(totalLine), node: total.weight !== undefined ? total : formField(total, '分值'), property: total.weight !== undefined ? 'weight' : 'value', text: total.weight ?? formField(total, '分值')?.value },
        { column: '得分', stated: fieldNumber(scoreField), node: scoreField, property: 'value', text: scoreField?.value },
    ];
    const weights = lines.map(weightOf);
    // the lines' 分值 add up to the 总分's: the 执行率's is counted, printed or not
    const weightsComplete = moneyWeighted || (columns[0].stated !== undefined && weights.every(w => w) && sum(weights as Decimal[]).eq(columns[0].stated));
    for (const { column, stated, node, property, text } of columns) {
        if (stated === undefined || !node || lines.length === 0) continue;
        const fields = lines.map(line => column === '分值' ? (line.weight ?? formField(line, '分值')?.value) : formField(line, '得分')?.value);
        const values = column === '分值' ? weights : lines.map(line => fieldNumber(formField(line, '得分')));
        // a line without its number (blank, a text): the sum is not known
        if (values.some(v => v === undefined)) continue;
        const added = sum(values as Decimal[]);
        const slack = fields.reduce((acc, f) => acc.plus(halfUnit(f, true)), halfUnit(text));
        const over = added.minus(stated).gt(slack);
        const under = stated.minus(added).gt(slack);
        if (over || (under && (column === '分值' ? moneyWeighted : weightsComplete))) {
            report.warning(node, `总分的${column} ${text} 与各项${column}之和 ${added.toString()} 不符。`, { property });
        }
    }
}

const sum = (values: readonly Decimal[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));

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

/**
 * A project's form written inside a table (十、部门预算项目支出绩效自评表 { 项目 「…」 { … } }, the table as the contents list it):
 * the model reads it as the projects of 情况说明 are read, and the report prints it in the 预算绩效 section; the table itself
 * prints only rows, so it stays 〔未填写〕. Say where the form goes, so that the table and the form agree.
 */
const projectPlaceRule: Rule = {
    ...ruleMeta('project-place'),
    check(model, report) {
        forEachNode(model.report, node => {
            if (!isProject(node)) return;
            const table = AstUtils.getContainerOfType(node, isTable);
            if (!table) return;
            const title = [table.ordinal, table.label, table.title].filter(Boolean).join('');
            report.info(node, `项目「${node.name}」的绩效表写在表“${title}”里：生成的报告把它印在讲预算绩效的一节，表“${title}”下只印〔未填写〕。请写到 情况说明 的 预算绩效 { 项目 「${node.name}」 { … } } 中，跟在讲预算绩效的那一节文字之后。`, { property: 'name' });
        });
    },
};

export const indicatorRules: readonly Rule[] = [indicatorUnmetRule, indicatorFigureRule, indicatorScoreRule, projectPlaceRule];
