// The standard sentences of a 部门决算 report, in the wording the published reports share (the
// seed's and the 财政部 format's): the figure, its change against last year and the growth rate,
// shares, completion rates and counts, then the reason the user wrote. Every figure is handed in
// from the report model; nothing here computes. A missing figure prints as 〔未填写〕, never as an
// empty slot; a sentence whose every figure is missing is left out by the layout.
import type { Figure } from '../../model/figure.js';
import type { YearOnYear } from '../../model/comparisons.js';
import type { Inline } from '../../generation/report-parts.js';

/**
 * An amount in the report's unit: 3569.58万元. One written in another unit of money (80000.00 under 决算数（元） in 万元) is
 * missing here: the sentence would give it the report's unit.
 */
export function amount(figure: Figure | undefined, unit = '万元', what = '金额'): Inline {
    return sayable(figure) ? { kind: 'figure', figure, unit, spoken: true } : { kind: 'missing', text: what };
}

/** Whether a sentence can state an amount in the report's unit: one written in another unit of money it cannot. */
export function sayable(figure: Figure | undefined): figure is Figure {
    return figure !== undefined && figure.suspect !== 'other-money-unit';
}

/** An amount in a form's cell, printed as written (0.00, a blank -), not as a sentence says it. */
export function cellAmount(figure: Figure | undefined, unit = '万元', what = '金额'): Inline {
    return figure ? { kind: 'figure', figure, unit } : { kind: 'missing', text: what };
}

/** A figure with the unit it carries (rates carry % already): 22.54%, 27批次. */
export function figure(value: Figure | undefined, unit = '', what = '数字'): Inline {
    return value ? { kind: 'figure', figure: value, unit: value.kind === 'rate' ? '' : unit, spoken: true } : { kind: 'missing', text: what };
}

/** A reason as the user wrote it, without the full stop the sentence adds. */
export function reasonText(reason: string): string {
    return reason.trim().replace(/^主要(变动)?原因(是|为)[：:]?/, '').replace(/[。；;，,\s]+$/, '');
}

/** 主要原因是…。 — with a colon when the reason is a numbered list (1.…；2.…). */
export function reasonSentence(reason: string | undefined, lead = '主要原因是'): Inline[] {
    if (!reason || reasonText(reason) === '') return [];
    const text = reasonText(reason);
    return [`${lead}${/^\d+[.．、]/.test(text) ? '：' : ''}${text}。`];
}

/**
 * 与2019年相比，收、支总计各增加1872.89万元，增长110.38%。
 * `each` says 各 (both sides of 收、支 moved alike).
 */
export function changeSentence(options: {
    year: number | undefined; subject: string; yoy: YearOnYear | undefined; each?: boolean; unit?: string;
}): Inline[] {
    const { yoy } = options;
    if (!yoy) return [];
    const since = options.year !== undefined ? `与${options.year - 1}年相比，` : '与上年相比，';
    if (yoy.direction === 'flat') return [`${since}${options.subject}持平。`];
    const up = yoy.direction === 'increase';
    const out: Inline[] = [`${since}${options.subject}${options.each ? '各' : ''}${up ? '增加' : '减少'}`, amount(yoy.change, options.unit)];
    if (yoy.rate) out.push(`，${up ? '增长' : '下降'}`, figure(yoy.rate));
    out.push('。');
    return out;
}

/** 因公出国（境）支出决算比2019年减少7.53万元，下降100%。 */
export function comparedWithLastYear(options: {
    year: number | undefined; subject: string; yoy: YearOnYear | undefined; unit?: string;
}): Inline[] {
    const { yoy } = options;
    if (!yoy) return [];
    const last = options.year !== undefined ? `${options.year - 1}年` : '上年';
    if (yoy.direction === 'flat') return [`${options.subject}与${last}持平。`];
    const up = yoy.direction === 'increase';
    const out: Inline[] = [`${options.subject}比${last}${up ? '增加' : '减少'}`, amount(yoy.change, options.unit)];
    if (yoy.rate) out.push(`，${up ? '增长' : '下降'}`, figure(yoy.rate));
    out.push('。');
    return out;
}

/** 一般公共预算财政拨款收入3569.58万元，占100%；政府性基金…，占0%。 */
export interface SharePart {
    readonly label: readonly Inline[];
    readonly amount: Figure | undefined;
    readonly share: Figure | undefined;
}

export function shareList(parts: readonly SharePart[], options: { sharePrefix?: string; unit?: string } = {}): Inline[] {
    const out: Inline[] = [];
    parts.forEach((part, index) => {
        if (index > 0) out.push('；');
        out.push(...part.label, amount(part.amount, options.unit));
        if (part.share) out.push(`，${options.sharePrefix ?? '占'}`, figure(part.share));
    });
    out.push('。');
    return out;
}

/** ，完成预算100% (nothing when there is no budget). */
export function completionClause(rate: Figure | undefined, lead = '，完成预算'): Inline[] {
    return rate ? [lead, figure(rate)] : [];
}

/** “管委会运行经费”“招商经费”“公务用车车辆租赁费”等5个项目 */
export function projectList(names: readonly string[], count: Figure | number): Inline[] {
    const shown = names.slice(0, 3).map(n => `“${n}”`).join('');
    const counted: Inline = typeof count === 'number' ? String(count) : figure(count);
    return names.length > 3 ? [`${shown}等`, counted, '个项目'] : [shown, '共', counted, '个项目'];
}

/** Chinese numerals for headings: 1 → 一, 10 → 十, 14 → 十四. */
export function chineseNumber(n: number): string {
    const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if (n < 10) return digits[n];
    if (n < 20) return `十${n % 10 === 0 ? '' : digits[n % 10]}`;
    if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : digits[n % 10]}`;
    return String(n);
}

/** A 类 name as the structure sentence writes it: 一般公共服务支出 → 一般公共服务（201）支出. */
export function classWithCode(name: string | undefined, code: string | undefined): string {
    if (name === undefined) return code ?? '';
    if (!code) return name;
    const base = name.replace(/支出$/, '');
    return base === name ? `${name}（${code}）` : `${base}（${code}）支出`;
}
