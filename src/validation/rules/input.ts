// Checks of how figures are written, for input that parses but cannot be what the author meant:
// a number with a space inside, an amount in 元 in a report kept in 万元, a share above 100%,
// a figure too large to be a department's accounts.
import { Decimal } from 'decimal.js';
import type { AstNode, LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { IndicatorValue } from '../../language/generated/ast.js';
import { isMetaField, isTable } from '../../language/generated/ast.js';
import { formatFigure, groupDigits, isPercentHeading, isRateColumn, MONEY_UNITS, parseLiteral, statedDecimals, unitSuspicion } from '../../model/figure.js';
import { HUNDRED } from '../../model/interval.js';
import { joinedCells, splitNumbers } from '../../model/split-numbers.js';
import type { ReportModel } from '../../model/report-model.js';
import type { TableModel } from '../../model/rows.js';
import { isPrintedUnitLine, TABLE_META_KEY } from '../../model/report-model.js';
import { tableMetaMoneyUnit } from '../../templates/shared/layout.js';
import { figureTextLike } from '../figure-text.js';
import type { Reporter, Rule } from '../rule.js';
import { changeTo } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';

function documentOf(model: ReportModel): LangiumDocument | undefined {
    return model.report.$document;
}

function rangeOf(document: LangiumDocument, start: number, end: number): Range {
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}

/**
 * `1 234.56`: a number with a space inside it reads as two figures (see splitNumbers); `100.00/0.00`: two figures
 * joined by a “/” read as three cells (see joinedCells).
 */
const numberFormatRule: Rule = {
    ...ruleMeta('number-format'),
    check(model, report) {
        const document = documentOf(model);
        if (!document) return;
        const text = document.textDocument.getText();
        const numbered = new Set([...model.tables.values()].flatMap(table => [...table.rowNumbers]));
        for (const run of model.nodes.runs) {
            const { attribute, columns } = run;
            // a row's printed 行次 (六、经营收入 6 486.30) is a cell of its own, not the first digits of its figure
            const cells = !attribute && numbered.has(run.row) ? run.cells.slice(1) : run.cells;
            // outside the tables there are no columns to mistake: 2020/12/31 and 5/50 are text
            for (const joined of columns ? joinedCells(cells, text) : []) {
                const figures = joined.cells.filter(cell => cell.value !== '/').length;
                report.error(joined.cells[0], `“${joined.written}”像是 ${figures} 个数被“/”连在一起（多见于从网页复制的表），读成了 ${joined.cells.length} 个单元格，`
                    + `看不出各属哪一列：请分开写，一列一个数，中间留空格（空白单元格单独写“-”）。这一行从这里起的数都不校验。`,
                    { range: rangeOf(document, joined.start, joined.end) });
            }
            const options = { outside: columns === undefined && !attribute, tooMany: columns !== undefined && cells.length > columns.length };
            for (const split of splitNumbers(cells, text, options)) {
                const { written, unusualSpace } = split;
                // one number, written as the report writes its others: 1,234.56 where it groups thousands
                const digits = model.groupsDigits ? groupDigits(split.digits) : split.digits;
                const range = rangeOf(document, split.start, split.end);
                const fix = changeTo(digits);
                const count = split.cells.length;
                if (unusualSpace !== undefined) {
                    const code = `U+${unusualSpace.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
                    report.error(split.cells[0], `数字“${written}”中间夹着一个特殊空格（${code}，多见于从网页或表格软件复制的数字），读成了 ${count} 个数：若是一个数，应写作 ${digits}。`, { range, fix });
                } else {
                    report.warning(split.cells[0], `“${written}”像是一个数中间写了空格，读成了 ${count} 个数：若是一个数，应写作 ${digits}${model.groupsDigits ? '' : '（千分位可写逗号，如 1,234.56）'}。`, { range, fix });
                }
            }
        }
    },
};

/** 824500元 in 万元: 82.45. */
function convert(value: Decimal, from: string, to: string): Decimal | undefined {
    if (from === to) return value;
    if (from === '元' && to === '万元') return value.div(10000);
    if (from === '万元' && to === '元') return value.times(10000);
    return undefined;
}

/**
 * Amounts in the unit the report declares (`单位 万元`, the default): an amount written in the
 * other unit of money is reported with its value converted; a percentage where an amount
 * belongs (a table's column, 上年, 增加, …) or a bare number where a rate belongs (占比, …). (A
 * figure ten thousand times what its relation gives, copied in 元 into a table kept in 万元, is
 * said so in that relation's error: one finding.)
 */
const unitRule: Rule = {
    ...ruleMeta('unit'),
    check(model, report) {
        const declared = model.meta.unit;
        checkPrintedUnitLines(model, report);
        for (const { cells, attribute, columns, row } of model.nodes.runs) {
            const table = columns !== undefined;
            const rateRow = table && isRateColumn(row.name ?? '');
            cells.forEach((cell, index) => {
                const value = cell.value ?? '';
                // the model decides which figures are suspect: the same call, so that this check
                // and the relations read one fact
                const column = columns?.[index];
                // one value after a key stands for the row's own figure, not the first column
                const rate = column !== undefined && (rateRow || (!attribute || cells.length > 1) && isRateColumn(column));
                const percent = rate && (isPercentHeading(row.name ?? '') || (!attribute || cells.length > 1) && isPercentHeading(column));
                const suspicion = unitSuspicion(value, cell.unit, declared, table, attribute?.key, rate, percent);
                if (suspicion === 'other-money-unit') {
                    const converted = convert(parseLiteral(value)!.value, cell.unit!, declared);
                    // exact, at an amount's precision at least, in the style the figure is written
                    // (824500元 → 82.45, 10,500,000.00元 → 1,050.00, 12,345,678元 → 1,234.5678)
                    const shown = converted ? figureTextLike(value, converted, statedDecimals('amount', converted.decimalPlaces()), model.groupsDigits) : undefined;
                    const newText = shown === undefined ? undefined : table ? shown : `${shown}${declared}`;
                    const message = table
                        ? `表中的金额按报告声明的“单位 ${declared}”填写，这里写的是${cell.unit}：${value}${cell.unit}${shown ? ` 即 ${shown}${declared}` : ''}，应写作 ${shown ?? '以' + declared + '计的数'}。`
                        : `报告的金额单位是${declared}（“单位 ${declared}”），这里写的是${cell.unit}：${value}${cell.unit}${shown ? ` 即 ${shown}${declared}` : ''}。金额统一按${declared}填写，合计和比较才对得上；这个数暂不参与核对。`;
                    const say = table ? report.error : report.warning;
                    say(cell, message, newText ? { fix: changeTo(newText) } : undefined);
                } else if (suspicion === 'amount-for-rate' && rate && cell.unit) {
                    report.error(cell, `表中${rateRow ? `“${row.name}”行` : `“${column}”列`}是比率，这里写了金额 ${value}${cell.unit}：比率写成百分比，如 ${value}%；金额写在金额列。`);
                } else if (suspicion === 'amount-for-rate' && rate) {
                    report.warning(cell, `表中${rateRow ? `“${row.name}”行` : `“${column}”列`}是比率，应写成百分比，如 ${value}%。`, { fix: changeTo(`${value}%`) });
                } else if (suspicion === 'amount-for-rate') {
                    report.warning(cell, `“${attribute!.key}”是比率，应写成百分比，如 ${value}%。`, { fix: changeTo(`${value}%`) });
                } else if (suspicion === 'percent-for-amount' && attribute) {
                    report.error(cell, `“${attribute.key}”是金额，这里写了百分比 ${value}：比率写在“占比”“增长”“下降”或“完成预算”之后。`);
                } else if (suspicion === 'percent-for-amount') {
                    report.error(cell, `表中${column ? `“${column}”` : '这一'}列是金额，这里写了百分比 ${value}：占比写在“占比”之后，如 占比 ${value}。`);
                }
            });
        }
    },
};

/**
 * A table's printed unit line written above or after it, out of the header (单位：万元 after the header's 单位 line, 金额单位：元
 * anywhere), or between its title and its {: the figures are read in the report's unit all the same. Repeating it is said as an info; naming another unit is
 * an error, for the table's figures are then read in a unit its page does not print (单位：元 above a table of a 万元 report):
 * no advice to move it into the table as 单位行, which would only silence it while the figures stay in the report's unit.
 */
function checkPrintedUnitLines(model: ReportModel, report: Reporter): void {
    const fields = model.report.parts.filter(isMetaField);
    const stated = fields.find(f => f.key === '单位');
    // with the lines between a table's title and its { (表1 收入支出决算总表 / 单位：万元 / {), in the order written
    const printed = [...fields, ...model.report.parts.filter(isTable).flatMap(table => table.unitLine ?? [])]
        .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
    const lines = printed.filter(field => field !== stated && (field.key === '单位' || isPrintedUnitLine(field)) && MONEY_UNITS.has(field.value ?? ''));
    const declaration = stated ? `“单位 ${model.meta.unit}”` : `报告没有写“单位”，默认${model.meta.unit}`;
    // the lines repeating the report's unit (one above each table) told once, at the first, with how many there are
    const repeating = lines.filter(field => field.value === model.meta.unit);
    for (const field of lines) {
        const written = field.$cstNode?.text.trim() ?? `单位：${field.value}`;
        if (field.value === model.meta.unit) {
            if (field !== repeating[0]) continue;
            const drop = repeating.length > 1 ? `这样的行共 ${repeating.length} 行，都可以删去` : '这一行可以删去';
            // the line as a 单位行 holds it, without the full stop a page may print after it
            report.info(field, `“${written}”与报告的单位（${declaration}）相同，不改变表中的数怎样读；表上印的单位行写在表内：单位行 「${written.replace(/[。.]$/, '')}」（列【…】之后），${drop}。`);
        } else {
            report.error(field, `“${written}”与报告的单位（${declaration}）不同：各表的数都按${model.meta.unit}读，这一行不改变它。表中的数以${field.value}计的，请换算为${model.meta.unit}填写，或把报告的单位改为 单位 ${field.value}。`);
        }
    }
    // a 单位行 printing another unit (单位行 「单位：元」 in one table of a 万元 report, as some reports print one table in 元): the
    // figures are read in the report's unit all the same, and the language has no way to keep one table in another; an info, as
    // the page may be right and the figures converted, or copied in 元 (then its relations say so)
    const header = fields.find(field => field.key === TABLE_META_KEY);
    const ownLine = (table: TableModel) => table.notes.find(note => note.key.trim() === TABLE_META_KEY);
    const tableLines = [
        ...(header ? [{ node: header as AstNode, text: header.value ?? '', everyTable: true }] : []),
        ...[...model.tables.values()].flatMap(table => ownLine(table) ?? []).map(note => ({ node: note as AstNode, text: note.text, everyTable: false })),
    ];
    // each table's printed unit, its own 单位行's or the header's
    const tableUnits = [...model.tables.values()].map(table => tableMetaMoneyUnit(ownLine(table)?.text ?? header?.value ?? ''));
    for (const { node, text, everyTable } of tableLines) {
        const printed = tableMetaMoneyUnit(text);
        if (printed === undefined || printed === model.meta.unit) continue;
        const unit = model.meta.unit;
        // every table printing it (the header's line, or each table's own): the report may be in that unit
        const whole = everyTable || tableUnits.every(tableUnit => tableUnit === printed) ? `，或把报告的单位改为 单位 ${printed}` : '';
        const read = everyTable ? `各表的数仍按${unit}读。` : `这张表的数仍按${unit}读，一张表不能另用一种单位。`;
        report.info(node, `单位行印的单位是${printed}，报告的单位是${unit}（${declaration}）：${read}`
            + `表中的数照表上印的以${printed}填写的，请换算为${unit}填写，并把单位行改为${unit}${whole}；否则生成的表上印着${printed}，数却是按${unit}读的。`);
    }
}

/** More digits than the arithmetic keeps (decimal.js works to 20 significant digits). */
const MAX_DIGITS = 16;
/**
 * A department's accounts in one figure: 1 万亿元 is beyond any. As powers of ten, compared with
 * a value's exponent (decimal.js's `e`: 1e8 ≤ |x| < 1e9 has e = 8), which costs no arithmetic.
 */
const MAX_AMOUNT_EXPONENT = { 万元: 8, 元: 12 } as Record<string, number>;
const MAX_COUNT_EXPONENT = 7;

/**
 * Figures too large to be a department's accounts (a slip of the keyboard, or 元 written where
 * 万元 are kept), or with more digits than the checks can add up exactly.
 */
const magnitudeRule: Rule = {
    ...ruleMeta('magnitude'),
    check(model, report) {
        const declared = model.meta.unit;
        const { cells, indicatorValues } = model.nodes;
        const figures = [
            ...cells.map(cell => ({ node: cell as AstNode, text: cell.value as string | undefined, unit: cell.unit ?? declared })),
            ...indicatorValues.map(value => ({ node: value as AstNode, text: value.amount, unit: value.unit ?? '' })),
        ];
        for (const { node, text, unit } of figures) {
            const literal = text === undefined ? undefined : parseLiteral(text);
            if (!literal) continue;
            // a text no longer than the limit cannot have more digits
            const digits = text!.length <= MAX_DIGITS ? 0 : text!.replace(/[^\d]/g, '').replace(/^0+(?=\d)/, '').length;
            if (digits > MAX_DIGITS) {
                report.warning(node, `数字 ${text} 有 ${digits} 位，超过 ${MAX_DIGITS} 位：不像是决算中的数，核对时也无法精确计算。请检查是否多写了数字。`);
                continue;
            }
            if (literal.percent) continue;
            const exponent = literal.value.isZero() ? -Infinity : literal.value.e;
            const limit = MAX_AMOUNT_EXPONENT[unit ?? ''];
            if (limit !== undefined && exponent >= limit) {
                const yi = unit === '万元' ? literal.value.div(10000) : literal.value.div(100000000);
                report.warning(node, `金额 ${text}${unit} 即 ${formatYi(yi)} 亿元，大得不合常理：请检查是否多写了数字，或是把按元计的数写成了${unit}。`);
            } else if (unit && !MONEY_UNITS.has(unit) && unit !== '' && exponent >= MAX_COUNT_EXPONENT) {
                report.warning(node, `数量 ${text}${unit} 大得不合常理：请检查是否多写了数字。`);
            }
        }
    },
};

function formatYi(value: Decimal): string {
    return value.abs().gte(1000) ? value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed() : value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
}

/** Indicators measured as a share of a whole (of the equipment, of the time), which cannot exceed 100%. */
const SHARE_INDICATOR = /满意度|合格率|覆盖率|达标率|准确率|知晓率|及时率|正确率|参与率|普及率|入学率|到位率|出勤率|巩固率|得分率|完好率|正常运行率/;
/** A table's rate column of a part of a whole (占比, 比重) or of points scored (得分率): never above 100%. An execution or completion rate may be. */
const SHARE_COLUMN = /占比|比重|得分率/;

/**
 * Percentages that cannot be: a share (占比) above 100% or below zero, a decline (下降) of more
 * than 100% (this year would be negative), a satisfaction or pass rate above 100%, a table's
 * 占比, 比重 or 得分率 column above 100%.
 */
const percentageRule: Rule = {
    ...ruleMeta('percentage'),
    check(model, report) {
        const { attributes, indicators } = model.nodes;
        // a rate its relation finds wrong is told there, with what it should be
        const broken = new Set(model.relations.filter(r => !r.holds).map(r => r.target.node));
        for (const attribute of attributes) {
            if (attribute.key !== '占比' && attribute.key !== '下降' && attribute.key !== '完成预算') continue;
            for (const cell of attribute.values ?? []) {
                const literal = parseLiteral(cell.value ?? '');
                if (!literal?.percent || broken.has(cell)) continue;
                if (attribute.key === '占比' && literal.value.gt(HUNDRED)) {
                    report.error(cell, `占比 ${cell.value} 超过 100%：部分不能大于整体。请核对本项与总数，或检查是否多写了数字。`);
                } else if (attribute.key === '占比' && literal.value.isNegative()) {
                    report.warning(cell, `占比 ${cell.value} 是负数：只有本项为负数时才会如此，请核对。`);
                } else if (attribute.key === '下降' && literal.value.gt(HUNDRED)) {
                    report.warning(cell, `下降 ${cell.value} 超过 100%：那样本年数就成了负数。请核对，或检查是否应为“增长”。`);
                } else if (attribute.key === '完成预算' && literal.value.isNegative()) {
                    report.warning(cell, `完成预算 ${cell.value} 是负数：请核对决算数与预算数。`);
                }
            }
        }
        for (const row of model.rows) {
            if (!row.table) continue;
            row.cells.forEach((figure, column) => {
                if (figure.kind !== 'rate' || !figure.stated || !figure.node || broken.has(figure.node) || !figure.value.gt(HUNDRED)) return;
                const name = column.slice(column.lastIndexOf('·') + 1);
                if (!isRateColumn(name) || !SHARE_COLUMN.test(name)) return;
                report.warning(figure.node, `表中“${name}”为 ${formatFigure(figure)}，超过 100%：${/得分率/.test(name) ? '得分不会超过分值' : '部分不会大于整体'}，请核对。`);
            });
        }
        for (const { indicator } of indicators) {
            const name = indicator.name ?? '';
            if (!SHARE_INDICATOR.test(name)) continue;
            for (const value of [indicator.expected, indicator.actual] as (IndicatorValue | undefined)[]) {
                const literal = value?.amount !== undefined ? parseLiteral(value.amount) : undefined;
                if (value && literal?.percent && literal.value.gt(HUNDRED)) {
                    report.warning(value, `指标“${name}”为 ${value.amount}，超过 100%：${name.includes('满意度') ? '满意度' : '这类比率'}不会超过 100%，请核对。`);
                }
            }
        }
    },
};

export const inputRules: readonly Rule[] = [numberFormatRule, unitRule, magnitudeRule, percentageRule];
