import { Decimal } from 'decimal.js';
import type { Indicator, IndicatorField, IndicatorValue } from '../language/generated/ast.js';
import { isBlankCell, parseLiteral } from './figure.js';

export type Comparison = '≥' | '≤' | '>' | '<' | '=';

/** An indicator value read as a quantity: ≥50次, 「不超过30万元」, 「每户1000元以上」, 95%. */
export interface Quantity {
    readonly comparison: Comparison;
    readonly amount: Decimal;
    /** 次, %, 万元, 元, 户, 亩, … ('' when none is written) */
    readonly unit: string;
    /** Decimals as written: 90万元 stands for anything that rounds to 90, 89.974 among them. */
    readonly decimals: number;
}

const SYMBOLS: Record<string, Comparison> = {
    '≥': '≥', '>=': '≥', '≤': '≤', '<=': '≤', '>': '>', '＞': '>', '<': '<', '＜': '<', '=': '=', '＝': '=',
};

// words before or after the number that say which way the target points
// 不低于 is “at least” although it contains 低于, and 不超过 “at most” although it contains 超过
const AT_MOST = /不超过|不高于|不多于|不大于|(?<!不)低于|(?<!不)少于|控制在|以内|以下/;
const AT_LEAST = /不少于|不低于|不小于|至少|达到|以上|(?<!不)超过|(?<!不)高于|(?<!不)多于/;
const QUANTITY_IN_TEXT = /(≥|≤|>=|<=|[<>＜＞=＝])?\s*(\d+(?:\.\d+)?)\s*(万元|元|%|％|场次|场|次|批次|人次|人|户|亩|辆|个|项|台|套|件|天|小时|分钟|篇|条|期)?/;

/** Units that count the same thing: 50次 or 50批次 of receptions, 200场 or 200场次 of events. */
const SAME_COUNT: readonly (readonly string[])[] = [['次', '批次'], ['场', '场次']];

/**
 * The columns a self-evaluation form prints beside an indicator's values, under one name each: 权重 is the 分值
 * column of another form, 未完成原因 its 偏差原因.
 */
export type FormColumn = '指标性质' | '度量单位' | '分值' | '得分' | '偏差原因';

const COLUMN_OF: Readonly<Record<string, FormColumn>> = {
    指标性质: '指标性质', 度量单位: '度量单位', 权重: '分值', 分值: '分值', 得分: '得分', 偏差原因: '偏差原因', 未完成原因: '偏差原因',
};

/** The column of the form a field's key names (权重 → 分值). */
export function formColumnOf(key: string): FormColumn | undefined {
    return COLUMN_OF[key];
}

/** The field written for a column of the form, if any. */
export function formField(node: { readonly fields: readonly IndicatorField[] }, column: FormColumn): IndicatorField | undefined {
    return node.fields.find(field => COLUMN_OF[field.key] === column);
}

/** What a field says, as written; '' for a blank one (-, /). */
export function fieldText(field: IndicatorField | undefined): string {
    if (!field) return '';
    if (field.text !== undefined) return field.text;
    return isBlankCell(field.value ?? '') ? '' : field.value ?? '';
}

/** A field's number (分值 10, 得分 9.5); undefined for a text, a blank or a rate (权重 20%: not in the scores' points). */
export function fieldNumber(field: IndicatorField | undefined): Decimal | undefined {
    const literal = field?.value !== undefined ? parseLiteral(field.value) : undefined;
    return literal && !literal.percent ? literal.value : undefined;
}

/** What the indicator's 指标性质 and 度量单位 columns add to a value that does not say its direction or unit itself. */
export interface ValueColumns {
    /** The direction of 指标性质; null where it says the indicator is qualitative (定性): no quantity to judge. */
    readonly comparison?: Comparison | null;
    readonly unit?: string;
}

export function valueColumns(indicator: Indicator): ValueColumns {
    const nature = fieldText(formField(indicator, '指标性质')).trim();
    const unit = fieldText(formField(indicator, '度量单位')).trim();
    const comparison = SYMBOLS[nature] ?? (/定性/.test(nature) ? null : /反向/.test(nature) ? '≤' : /正向/.test(nature) ? '≥' : undefined);
    return { comparison, unit: unit === '' ? undefined : percentUnit(unit) };
}

const percentUnit = (unit: string) => /^(?:%|％|百分比)$/.test(unit) ? '%' : unit;

export function readQuantity(value: IndicatorValue | undefined, columns: ValueColumns = {}): Quantity | undefined {
    // a value the parser could not read (an indicator cut short while typing)
    if (!value) return undefined;
    if (columns.comparison === null) return undefined;
    if (value.amount !== undefined) {
        const literal = parseLiteral(value.amount);
        if (!literal) return undefined;
        return {
            comparison: value.comparator ? SYMBOLS[value.comparator] ?? '=' : columns.comparison ?? '=',
            amount: literal.value,
            unit: literal.percent ? '%' : value.unit !== undefined ? percentUnit(value.unit) : columns.unit ?? '',
            decimals: literal.decimals,
        };
    }
    const text = value.text ?? '';
    const match = QUANTITY_IN_TEXT.exec(text);
    if (!match) return undefined;
    const unit = match[3] === '％' ? '%' : match[3] ?? '';
    // a bare number in a sentence (a date, an address) is not a quantity
    if (!match[1] && !unit) return undefined;
    const comparison = match[1] ? SYMBOLS[match[1]] : AT_MOST.test(text) ? '≤' : AT_LEAST.test(text) ? '≥' : '=';
    return { comparison, amount: new Decimal(match[2]), unit, decimals: match[2].split('.')[1]?.length ?? 0 };
}

export type Judgement = 'met' | 'unmet' | 'unknown';

/**
 * Whether the actual value meets the expected one; units must agree (元 and 万元 convert). A value that does not say
 * its direction or unit takes the indicator's 指标性质 and 度量单位 columns where the form prints them.
 */
export function judge(expected: IndicatorValue | undefined, actual: IndicatorValue | undefined, columns: ValueColumns = {}): Judgement {
    if (!expected || !actual) return 'unknown';
    if (expected.text !== undefined && actual.text !== undefined && expected.text.trim() === actual.text.trim()) return 'met';
    const target = readQuantity(expected, columns);
    const result = readQuantity(actual, { unit: columns.unit });
    if (!target || !result || result.comparison !== '=') return 'unknown';
    const actualAmount = convert(result, target.unit);
    if (!actualAmount) return 'unknown';
    const order = actualAmount.cmp(target.amount);
    const holds = {
        '≥': order >= 0,
        '>': order > 0,
        '≤': order <= 0,
        '<': order < 0,
        '=': order === 0,
    }[target.comparison];
    return holds ? 'met' : 'unmet';
}

/** A quantity in another unit, where the two units are the same thing or 元/万元. */
export function convert(quantity: Quantity, unit: string): Decimal | undefined {
    if (quantity.unit === unit || quantity.unit === '' || unit === '') return quantity.amount;
    if (quantity.unit === '元' && unit === '万元') return quantity.amount.div(10000);
    if (quantity.unit === '万元' && unit === '元') return quantity.amount.times(10000);
    if (SAME_COUNT.some(units => units.includes(quantity.unit) && units.includes(unit))) return quantity.amount;
    return undefined;
}

export function formatIndicatorValue(value: IndicatorValue | undefined): string {
    if (!value) return '';
    if (value.text !== undefined) return value.text;
    return `${value.comparator ?? ''}${value.amount ?? ''}${value.unit ?? ''}`;
}
