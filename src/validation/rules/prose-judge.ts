// What the prose checks share: the figures a claim's words point at, and how a written figure is
// judged against one of them (the design note's duplicate rule for restated figures, the interval
// rule for computed ones).
import { Decimal } from 'decimal.js';
import { AstUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { fixedText, formatDecimal, formatFigure, roundedTo } from '../../model/figure.js';
import { Interval } from '../../model/interval.js';
import type { ProseText } from '../../model/prose.js';
import { textStart } from '../../model/prose.js';
import type { Subject, WrittenFigure } from '../../model/prose-claims.js';
import { unitWritten } from '../../model/prose-claims.js';
import type { Quantity } from '../../model/prose-lexicon.js';
import type { Role, Target } from '../../model/prose-targets.js';
import { budgetReadings, inFinerUnit, magnitude, shareOfSum, shareOfTogether, sumOfTargets, targetAsWritten } from '../../model/prose-targets.js';

const VALUE: Role = { kind: 'value' };
const LAST_YEAR: Role = { kind: 'last' };
import { actualColumn, isTotalRow } from '../../model/rows.js';
import type { ReportModel } from '../../model/report-model.js';
import { figureTextLike } from '../figure-text.js';
import type { Fix } from '../rule.js';
import { changeTo } from '../rule.js';

/**
 * The figures a subject's candidates have for a role, one per value: candidates that agree (the
 * same 基本支出 in 附表6 and 附表7) are one figure; the first one stated is kept.
 */
export function distinctTargets(model: ReportModel, subject: Subject, role: Role, figure: Pick<WrittenFigure, 'kind' | 'unit'>): Target[] {
    if (role.kind === 'share' && role.items) {
        // each item one figure of the data, their sum a share of their one whole
        const items = role.items.map(item => distinctTargets(model, item, VALUE, { kind: 'amount', unit: model.meta.unit }));
        const target = items.every(targets => targets.length === 1) ? shareOfSum(model, items.map(([target]) => target), role.base) : undefined;
        return target ? [target] : [];
    }
    // several funds' rows a section speaks of together: their sum, or any one of them
    if (subject.together) {
        const { funds, outside } = subject.together;
        const each = (wanted: Role, kind: Pick<WrittenFigure, 'kind' | 'unit'>) => funds.map(rows => targetsOf(model, rows, wanted, kind));
        if (role.kind === 'value') {
            const sums = each(role, figure);
            const sum = sums.every(targets => targets.length === 1) ? sumOfTargets(sums.map(([target]) => target)) : undefined;
            return [...sum ? [sum] : [], ...targetsOf(model, subject.quantities, role, figure)];
        }
        // the share of the funds together first, then each fund's own, as the amounts; no whole of rows outside the section's tables
        if (role.kind !== 'share' || role.items || outside) return [];
        const values = each(VALUE, { kind: 'amount', unit: model.meta.unit });
        const together = values.every(targets => targets.length === 1) ? shareOfTogether(model, values.map(([target]) => target)) : undefined;
        return together ? [together, ...targetsOf(model, subject.quantities, { kind: 'share' }, figure)] : [];
    }
    // the preferred candidates first; wider ones only where those have no such figure
    for (const quantities of subject.tiers ?? [subject.quantities]) {
        const targets = targetsOf(model, quantities, role, figure);
        if (targets.length > 0) return targets;
    }
    return [];
}

/**
 * Whether a figure the words give no column for is another column of a named table row, one the
 * paragraph names before it: 基本支出854.57万元。其中一般公共服务支出298.18万元 restates the 201
 * row's 基本支出, not its total, so it is not taken for a wrong total. Returns that column's figure.
 */
export function agreesWithAnotherColumn(model: ReportModel, subject: Subject, role: Role, figure: WrittenFigure, before: string): Target | undefined {
    if (role.kind !== 'value' || figure.kind !== 'amount') return undefined;
    for (const quantity of subject.quantities) {
        if (quantity.column !== undefined || quantity.row.table === undefined) continue;
        for (const column of quantity.row.cells.keys()) {
            if (column === actualColumn(quantity.row) || !before.includes(column)) continue;
            const target = targetAsWritten(model, { row: quantity.row, column }, role, figure);
            if (target?.stated === true && agrees(figure, target, role)) return target;
        }
    }
    return undefined;
}

/**
 * The last-year figures of a subject, for an amount written under last year's name (2022年…决算为23.10万元
 * in a 2023 report); undefined where the figure is not a plain amount, which the year does not make last year's.
 */
export function lastYearTargets(model: ReportModel, subject: Subject, role: Role, figure: WrittenFigure): Target[] | undefined {
    if (role.kind !== 'value' || figure.kind !== 'amount') return undefined;
    return distinctTargets(model, subject, LAST_YEAR, figure);
}

function targetsOf(model: ReportModel, quantities: readonly Quantity[], role: Role, figure: Pick<WrittenFigure, 'kind' | 'unit'>): Target[] {
    const byValue = new Map<string, Target>();
    for (const quantity of quantities) for (const reading of budgetReadings(quantity, role)) {
        const target = targetAsWritten(model, quantity, reading, figure);
        if (!target || overWhole(model, quantity, reading, target)) continue;
        const key = target.stated ? target.value.toFixed() : `${target.interval.lo.toFixed()}…${target.interval.hi.toFixed()}`;
        const known = byValue.get(key);
        if (!known || (!known.stated && target.stated)) byValue.set(key, target);
    }
    return [...byValue.values()];
}

/**
 * A share over 100% worked out for a row that is itself a whole (a total, or a row with parts): no
 * sentence means it, so it is no candidate (a fund's table's 合计 本年收入 over its 年初结转和结余, 525%).
 */
function overWhole(model: ReportModel, quantity: Quantity, role: Role, target: Target): boolean {
    return role.kind === 'share' && !target.stated && target.interval.lo.greaterThan(100)
        && (quantity.row.children.length > 0 || isTotalRow(quantity.row, model.template.totalRow));
}

/**
 * How a written figure stands to a target: `equal` (the same at the written precision), `consistent`
 * (equal once rounded to the coarser precision, or meeting a computed interval), `near` (one unit
 * in the last place off a stated figure) or `off`. Changes and growth rates are compared by size:
 * their direction is prose-direction's.
 */
export type Verdict = 'equal' | 'consistent' | 'near' | 'off';

/** Whether a written figure restates its target: equal, or consistent with it. */
export function agrees(written: WrittenFigure, target: Target, role: Role): boolean {
    const verdict = judge(written, target, role);
    return verdict === 'equal' || verdict === 'consistent';
}

export function judge(written: WrittenFigure, target: Target, role: Role): Verdict {
    const bySize = role.kind === 'change' || role.kind === 'growth';
    const writtenDecimals = written.decimals;
    if (!target.stated) {
        const computed = bySize ? magnitude(target.interval) : target.interval;
        const writtenInterval = bySize ? magnitude(written.interval) : written.interval;
        if (!computed.meets(writtenInterval)) return 'off';
        return target.value.toDecimalPlaces(writtenDecimals, Decimal.ROUND_HALF_UP).equals(bySize ? written.value.abs() : written.value) ? 'equal' : 'consistent';
    }
    const w = bySize ? written.value.abs() : written.value;
    const s = bySize ? target.value.abs() : target.value;
    // counts are exact: a trip more is not a rounding
    if (written.kind === 'count') return w.equals(s) ? 'equal' : 'off';
    return restated(w, writtenDecimals, s, target.decimals);
}

/**
 * Two figures for one quantity, each rounded to its own places: the same once both are rounded
 * to the coarser (3569.58 and 3569.6 agree; 9.54% and 9.55% do not).
 */
export function restated(written: Decimal, writtenDecimals: number, stated: Decimal, statedDecimals: number): Verdict {
    const places = Math.min(writtenDecimals, statedDecimals);
    const unit = new Decimal(10).pow(-places);
    if (writtenDecimals === statedDecimals) return classify(written.minus(stated).abs().div(unit));
    if (Interval.rounded(written, writtenDecimals).meets(Interval.rounded(stated, statedDecimals))) {
        return stated.toDecimalPlaces(writtenDecimals, Decimal.ROUND_HALF_UP).equals(written) ? 'equal' : 'consistent';
    }
    const round = (value: Decimal) => roundedTo(value, places);
    const units = round(written).minus(round(stated)).abs().div(unit);
    return units.lte(1) ? 'near' : 'off';
}

function classify(units: Decimal): Verdict {
    return units.isZero() ? 'equal' : units.lte(1) ? 'near' : 'off';
}

/** A target's figure as a sentence would write it: 82.45万元, 22.54%, 27批次 (a computed one at two places). */
export function shown(target: Target, written: Pick<WrittenFigure, 'kind' | 'unit'>, grouped: boolean): string {
    // a cell printed blank as written, as the hover shows it: no written 0 (issue 12)
    if (target.figure?.blank) return `“${target.figure.blank}”（空白单元格，按 0 计）`;
    // a stated 减少 or 下降 holds its size; the target's sign is only its direction
    // one put in a finer unit (元 of a report in 万元) as the report holds it, 1.23万元: to the 元 it would claim places it has not
    if (inFinerUnit(target) && target.figure) return `${formatFigure(target.figure, grouped)}${target.figure.unit}`;
    // an amount put in the sentence's coarser unit (万元 of a report in 元) shows at two places of it: 757.40万元
    const value = target.scale ? fixedText(target.value, 2, grouped)
        : target.figure ? formatFigure(target.figure, grouped) : `${formatDecimal(target.value, 2, grouped)}${written.kind === 'rate' ? '%' : ''}`;
    // a count in the data's unit: 3次 where the sentence wrote 团组3个
    const unit = written.kind === 'count' && target.figure ? target.figure.unit : written.unit;
    return written.kind === 'rate' ? value : `${value}${unit}`;
}

/**
 * The fix that puts a stated target's figure in place of a written one, written as that one is (1,035.00万元, ３５.２０);
 * none for a computed target, nor where the sentence writes a finer unit than the report (12,400元 for 1.23万元: the
 * report does not hold the 元).
 */
export function replacementFix(model: ReportModel, target: Target, written: WrittenFigure): Fix | undefined {
    if (!target.stated) return undefined;
    const unit = unitSlip(target, written);
    if (unit) return changeTo(`${written.text.slice(0, written.text.length - unitWritten(written).length)}${unit}`);
    if (inFinerUnit(target)) return undefined;
    // in the sentence's coarser unit, at the places it writes
    if (target.scale) return changeTo(figureTextLike(written.text, target.value.abs(), written.decimals, model.groupsDigits));
    const figure = target.figure!;
    return changeTo(figureTextLike(written.text, figure.value.abs(), figure.kind === 'rate' ? figure.writtenDecimals ?? figure.decimals : figure.decimals, model.groupsDigits));
}

/**
 * The report's unit, where a figure written in another is the data's figure as the report holds it (1.58元 for the
 * table's 1.58万元): the unit is the slip, not the digits.
 */
export function unitSlip(target: Target, written: WrittenFigure): string | undefined {
    return target.scale && target.stated && target.figure && unitWritten(written) === written.unit && target.figure.value.abs().equals(written.value.abs())
        ? target.figure.unit : undefined;
}

/** Where each text starts in its document: found by a walk of its syntax node, once per text. */
const starts = new WeakMap<ProseText, number | undefined>();

/** The range of a piece of a text in its document; undefined when the parser recovered without the text. */
export function rangeIn(prose: ProseText, offset: number, length: number): Range | undefined {
    if (!starts.has(prose)) starts.set(prose, textStart(prose));
    const start = starts.get(prose);
    if (start === undefined) return undefined;
    const text = AstUtils.getDocument(prose.node).textDocument;
    return { start: text.positionAt(start + offset), end: text.positionAt(start + offset + length) };
}
