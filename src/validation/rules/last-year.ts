import type { Decimal } from 'decimal.js';
import type { Figure } from '../../model/figure.js';
import { fixedText, formatDecimal, formatFigure, REPORT_DECIMALS } from '../../model/figure.js';
import type { LastYearFigure } from '../../model/last-year.js';
import { lastYearFigure } from '../../model/last-year.js';
import type { RowModel } from '../../model/rows.js';
import { rowLabel } from '../../model/rows.js';
import type { Fix, Rule } from '../rule.js';
import { changeTo } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';
import { figureTextLike } from '../figure-text.js';

/**
 * Every 上年 figure, written or derived from 增加/减少, agrees within rounding with the 本年
 * figure of the same row in the report the `上年` line links; a link that cannot be followed is
 * an error on that line, and then nothing is compared.
 */
const lastYearRule: Rule = {
    ...ruleMeta('last-year'),
    check(model, report, context) {
        const linked = context.lastYear.forModel(model);
        if (!linked) return;
        if (linked.kind === 'error') {
            report.error(linked.field, linked.message);
            return;
        }
        const file = linked.file.split(/[\\/]/).pop()!;
        for (const row of model.rows) {
            for (const [column, figure] of row.attributes.get('上年') ?? []) {
                if (figure.suspect) continue;
                const last = lastYearFigure(row, column, model, linked.model);
                if (!last || figure.interval.meets(last.interval)) continue;
                const lastText = shown(last, figure, model.groupsDigits);
                const where = `上年报告（${file}）${rowLabel(last.row)}的本年数 ${lastText} `;
                if (figure.stated && figure.node) {
                    const related = last.figure.node ? [{ node: last.figure.node, message: '上年报告中的本年数' }] : undefined;
                    report.warning(figure.node, `${rowLabel(row)}的上年数 ${formatFigure(figure, model.groupsDigits)} 与${where}不一致。`,
                        { property: 'value', fix: changeTo(valueLike(figure, last.value, lastDecimals(last, figure))), related });
                } else {
                    derived(row, column, figure, last, where);
                }
            }
        }

        /** A figure's written value (its unit aside) at a new value, written as it is (1,035.00). */
        function valueLike(figure: Figure, value: Decimal, decimals: number): string {
            return figureTextLike((figure.node as { value?: string } | undefined)?.value ?? '', value, decimals, model.groupsDigits);
        }

        /** A 上年 the model derived from this year and 增加/减少: the change is told, and fixed. */
        function derived(row: RowModel, column: string, figure: Figure, last: LastYearFigure, where: string): void {
            const increase = row.attributes.get('增加')?.get(column);
            const change = increase ?? row.attributes.get('减少')?.get(column);
            const current = row.cells.get(column);
            if (!change?.node || !current) return;
            const key = increase ? '增加' : '减少';
            const amount = increase ? current.value.minus(last.value) : last.value.minus(current.value);
            const fixed = formatDecimal(amount, Math.max(change.writtenDecimals ?? 0, REPORT_DECIMALS), model.groupsDigits);
            const fix: Fix | undefined = amount.isNegative() ? undefined : changeTo(valueLike(change, amount, Math.max(change.decimals, REPORT_DECIMALS)));
            report.warning(change.node, `${rowLabel(row)}由本年数与${key}额推算的上年数 ${fixedText(figure.value, figure.decimals, model.groupsDigits)} 与${where}不一致${fix ? `：${key}额应为 ${fixed}` : ''}。`,
                { property: 'value', fix });
        }
    },
};

/** Last year's figure as this report would write it: its decimals, or two where the unit changed. */
function shown(last: LastYearFigure, figure: Figure, grouped: boolean): string {
    return last.value.eq(last.figure.value) ? formatFigure(last.figure, grouped) : formatDecimal(last.value, lastDecimals(last, figure), grouped);
}

function lastDecimals(last: LastYearFigure, figure: Figure): number {
    return last.value.eq(last.figure.value) ? last.figure.writtenDecimals ?? last.figure.decimals : Math.max(figure.decimals, REPORT_DECIMALS);
}

export const lastYearRules: readonly Rule[] = [lastYearRule];
