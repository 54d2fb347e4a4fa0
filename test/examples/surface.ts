// The figures of a .juesuan source found from its text alone, independently of the parser and
// the report model under test: every number of a row or an attribute (an amount, a rate, a
// count), skipping comments, texts 「…」, references and column lists 【…】, subject codes (a
// number at the start of a line), dates, the report's year and table numbers.
import { Decimal } from 'decimal.js';

export interface SurfaceFigure {
    /** Offset of the first character in the source. */
    readonly offset: number;
    /** 1-based line and column (in UTF-16 units, as editors count). */
    readonly line: number;
    readonly column: number;
    /** As written, unit included: `1,872.89`, `22.54%`, `27批次`. */
    readonly written: string;
    readonly digits: string;
    readonly percent: boolean;
    readonly unit: string;
    /** The source line up to the figure, trimmed: what a reader needs to find it. */
    readonly before: string;
}

/** The units of docs/language.md, longest first so that 人次 is not read as 人. */
const UNITS = ['台（套）', '万元', '人次', '批次', '场次', '元', '人', '次', '场', '辆', '台', '套', '个', '户', '亩', '项', '名', '件', '期', '篇', '条']
    .sort((a, b) => b.length - a.length);
const NUMBER = /-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
const DATE = /\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})/y;
const WORD = /[A-Za-z_][\w-]*/y;
/** Words after which a number is a heading, not a figure: 附表 6, 表 6, 年度 2020. */
const NOT_FIGURE_AFTER = /(附表|表|年度)\s*$/;

export function surfaceFigures(text: string): SurfaceFigure[] {
    const figures: SurfaceFigure[] = [];
    let lineStart = 0;
    let line = 1;
    let i = 0;
    const skipTo = (end: number) => {
        for (let j = i; j < end; j++) {
            if (text.charCodeAt(j) === 10) {
                line++;
                lineStart = j + 1;
            }
        }
        i = end;
    };
    while (i < text.length) {
        const ch = text[i];
        if (text.startsWith('//', i)) {
            const end = text.indexOf('\n', i);
            skipTo(end < 0 ? text.length : end);
        } else if (text.startsWith('/*', i)) {
            const end = text.indexOf('*/', i + 2);
            skipTo(end < 0 ? text.length : end + 2);
        } else if (ch === '「') {
            skipTo(closing(text, i, '「', '」'));
        } else if (ch === '【') {
            skipTo(closing(text, i, '【', '】'));
        } else if (/[\d-]/.test(ch) && !/[\w.]/.test(text[i - 1] ?? '')) {
            const date = match(DATE, text, i);
            const number = match(NUMBER, text, i);
            if (date) {
                skipTo(i + date.length);
            } else if (number && /\d/.test(number)) {
                const before = text.slice(lineStart, i);
                const atLineStart = /^[ \t\u3000\ufeff]*$/.test(before) && !/[.\-%％,年]/.test(text[i + number.length] ?? '');
                let end = i + number.length;
                const percent = /[%％]/.test(text[end] ?? '');
                if (percent) end++;
                const unit = percent ? '' : UNITS.find(u => text.startsWith(u, end)) ?? '';
                end += unit.length;
                // 公开01表 and 表 6 name tables; a number at a line start is a subject code
                const heading = NOT_FIGURE_AFTER.test(before) || text[end] === '表';
                if (!atLineStart && !heading) {
                    figures.push({
                        offset: i, line, column: i - lineStart + 1, written: text.slice(i, end),
                        digits: number, percent, unit, before: before.trim().replace(/\s+/g, ' '),
                    });
                }
                skipTo(end);
            } else {
                skipTo(i + 1);
            }
        } else if (/[A-Za-z_]/.test(ch)) {
            // a template id such as shanghai-2024 is a word, not a number
            skipTo(i + (match(WORD, text, i)?.length ?? 1));
        } else {
            skipTo(i + 1);
        }
    }
    return figures;
}

function match(pattern: RegExp, text: string, at: number): string | undefined {
    pattern.lastIndex = at;
    return pattern.exec(text)?.[0];
}

/** The end of a bracketed run that may nest one level (「…「…」…」), or the end of the text. */
function closing(text: string, at: number, open: string, close: string): number {
    let depth = 0;
    for (let j = at; j < text.length; j++) {
        if (text[j] === open) depth++;
        else if (text[j] === close && --depth === 0) return j + 1;
    }
    return text.length;
}

/**
 * The figure changed far beyond rounding: one unit of its own (1 万元, 1 percentage point, one
 * person or trip), written with its own decimals and thousands separators.
 */
export function raised(figure: SurfaceFigure): string {
    const plain = figure.digits.replace(/,/g, '');
    const decimals = plain.includes('.') ? plain.split('.')[1].length : 0;
    let digits = new Decimal(plain).plus(1).toFixed(decimals);
    if (figure.digits.includes(',')) {
        const [whole, fraction] = digits.split('.');
        digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
    }
    return digits + (figure.percent ? figure.written.slice(figure.digits.length, figure.digits.length + 1) : '') + figure.unit;
}
