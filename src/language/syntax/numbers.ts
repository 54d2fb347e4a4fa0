import type { IToken } from 'chevrotain';
import type { LexerResult } from 'langium';
import { SHIPPED_SUBJECT_CODES } from '../../catalogue/subject-codes.js';
import { fullWidthBrackets } from '../../model/brackets.js';

/**
 * Numbers written in ways the grammar does not read, each made one token again, with one error
 * that says what is wrong and how to write it, so that nothing typed is silently lost: a word
 * after a number no longer starts a row of its own (`82.45万` made a row 万), and the parser
 * reads the rest of the row as its author meant. The token's text is not a number the report
 * model can read, so the figure takes part in no relation until it is mended.
 */
export function mergeMalformedNumbers(result: LexerResult, text: string): LexerResult {
    const tokens = result.tokens;
    if (!tokens.some(isNumber)) return result;
    let merged: IToken[] | undefined;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const named = bracketedInName(merged ?? tokens, merged ? merged.length : i, token, text);
        if (named) {
            merged ??= tokens.slice(0, i);
            merged.pop();
            merged.push(named);
            while (i + 1 < tokens.length && tokens[i + 1].startOffset <= tokenEnd(named) - 1) i++;
            result.errors = result.errors.filter(e => e.offset + e.length <= named.startOffset || e.offset >= tokenEnd(named));
            continue;
        }
        const found = isNumber(token) ? malformedAt(tokens, i, text) : undefined;
        if (!found) {
            merged?.push(token);
            continue;
        }
        merged ??= tokens.slice(0, i);
        // a name that took the （ of （12.3） keeps what comes before it
        while (merged.length > 0 && tokenEnd(merged[merged.length - 1]) > found.start) {
            const last = merged.pop()!;
            if (last.startOffset < found.start) merged.push(shortened(last, found.start));
        }
        merged.push(spanToken(token, text, found.start, found.end));
        result.errors = result.errors.filter(e => e.offset + e.length <= found.start || e.offset >= found.end);
        result.errors.push({ ...position(token, found.start), length: found.end - found.start, message: found.message });
        while (i + 1 < tokens.length && tokens[i + 1].startOffset < found.end) i++;
    }
    if (!merged) return result;
    result.errors.sort((a, b) => a.offset - b.offset);
    return { ...result, tokens: merged };
}

/**
 * 疾病预防控制机构（2100401）：a term printed with its subject code in brackets, glued to the name and
 * followed by its colon (名词解释), or 事业运行(2010350) 100.00, a table row printing its 款 or 项 code so: the name
 * as printed, one ID token — not a negative number (a negative in brackets is a value, written apart from the
 * name, never before a colon nor before the row's figures).
 */
function bracketedInName(before: readonly IToken[], at: number, token: IToken, text: string): IToken | undefined {
    if (token.tokenType.name !== 'NUMBER' || !/^\d+$/.test(token.image)) return undefined;
    const start = token.startOffset;
    const end = tokenEnd(token);
    const open = text.charAt(start - 1);
    const close = text.charAt(end);
    if (!((open === '（' && close === '）') || (open === '(' && close === ')'))) return undefined;
    const rest = text.slice(end + 1);
    const colon = /^[ \t\u3000]*[：:]/.test(rest);
    if (!colon && !/^[ \t\u3000]+(?:-?\d|[-—–－―/])/.test(rest)) return undefined;
    const name = before[at - 1];
    if (name?.tokenType.name !== 'ID' || name.startLine !== token.startLine) return undefined;
    const nameEnd = tokenEnd(name);
    if (!(nameEnd === start && name.image.length > 1) && !(open === '(' && nameEnd === start - 1)) return undefined;
    // before a row's figures, a code only where the catalogue knows it, or a 项 it lacks printed under its own 款 row:
    // else a negative glued to the name (本期盈余(2010388) in a balance sheet)
    if (!colon && !isBracketedCode(name.image, token.image, kind => kindRowAbove(before, at - 1, kind))) return undefined;
    const image = text.slice(name.startOffset, end + 1);
    return { ...name, image, endOffset: end, endColumn: (name.startColumn ?? 1) + image.length - 1 };
}

/**
 * Whether a row printing the 款 code `kind` (20103 政府办公厅… or 政府办公厅…(20103)) comes before tokens[at] in its
 * block of rows, or is the row whose block holds it.
 */
function kindRowAbove(tokens: readonly IToken[], at: number, kind: string): boolean {
    const printsKind = (token: IToken, previous: IToken | undefined) =>
        (token.image === kind && previous?.startLine !== token.startLine)
        || token.image.endsWith(`(${kind})`) || token.image.endsWith(`（${kind}）`);
    let depth = 0;
    for (let i = at - 1; i >= 0; i--) {
        const token = tokens[i];
        if (token.image === '}') depth++;
        else if (token.image === '{' && --depth < 0) {
            // the row that opened this block, on the brace's line; beyond it lie other blocks
            for (let j = i - 1; j >= 0 && tokens[j].startLine === token.startLine; j--) if (printsKind(tokens[j], tokens[j - 1])) return true;
            return false;
        } else if (depth === 0 && printsKind(token, tokens[i - 1])) return true;
    }
    return false;
}

interface Malformed {
    readonly start: number;
    readonly end: number;
    readonly message: string;
}

/** Units of money other than the report's, with how many 万元 one of them is. */
const MONEY_WORDS: Record<string, string> = {
    万: '1', 千元: '0.1', 百元: '0.01', 十万元: '10', 百万元: '100', 千万元: '1000', 亿元: '10000', 亿: '10000',
    十万: '10', 百万: '100', 千万: '1000', 万亿元: '100000000', 万亿: '100000000',
};

/** A word that cannot be the name of a row, so that after a space it still belongs to the number before it. */
const SCALE_WORD = /^(?:[十百千万亿]+元?|万亿元?)$/;

/** The units of the grammar, longest first, so that 人次 is found before 人. */
export const GRAMMAR_UNITS = ['台（套）', '万元', '人次', '批次', '场次', '元', '人', '次', '场', '辆', '台', '套', '个', '户', '亩', '项', '名', '件', '期', '篇', '条'];

const UNITS = '万元、元，或数量的单位：人、人次、次、批次、场、场次、辆、台（套）、台、套、个、户、亩、项、名、件、期、篇、条';

/** What is wrong with the number at tokens[i] and the text around it, if anything. */
function malformedAt(tokens: readonly IToken[], i: number, text: string): Malformed | undefined {
    const token = tokens[i];
    const start = token.startOffset;
    const end = tokenEnd(token);
    const before = text.charAt(start - 1);
    const after = text.slice(end);
    const image = token.image;
    // (12.3) or （12.3）: a negative number as accountants write it
    if ((before === '(' || before === '（') && /^[)）]/.test(after) && !image.startsWith('-')) {
        const written = text.slice(start - 1, end + 1);
        return { start: start - 1, end: end + 1, message: `“${written}”是会计上用括号表示负数的写法：这里请写作 -${image}。` };
    }
    if (before === '.' && !/\d/.test(text.charAt(start - 2)) && !image.startsWith('-')) {
        return { start: start - 1, end, message: `数字“.${image}”缺少小数点前的 0：应写作 0.${image}。` };
    }
    if (token.tokenType.name === 'PERCENT') return undefined;
    // 1,23 or 10,5,5: misplaced thousands commas; 1，234.5: a full-width comma
    let last = i;
    let fullWidth = false;
    while (last + 2 < tokens.length && (tokens[last + 1].image === ',' || tokens[last + 1].image === '，')
        && adjacent(tokens[last], tokens[last + 1]) && isNumber(tokens[last + 2]) && tokens[last + 2].tokenType.name !== 'PERCENT'
        && adjacent(tokens[last + 1], tokens[last + 2])) {
        fullWidth ||= tokens[last + 1].image === '，';
        last += 2;
    }
    if (last > i) {
        const stop = tokenEnd(tokens[last]);
        const written = text.slice(start, stop);
        const message = fullWidth
            ? `数字“${written}”中的“，”是全角逗号：千分位逗号写半角“,”（如 1,234.5），几个数之间用空格分开。`
            : `数字“${written}”中的逗号位置不对：千分位逗号应每三位一个（如 1,234.56），小数点写“.”，几个数之间用空格分开。`;
        return { start, end: stop, message };
    }
    const exponent = /^[eE][+-]?\d+/.exec(after);
    if (exponent) {
        const written = image + exponent[0];
        return { start, end: end + exponent[0].length, message: `数字“${written}”是科学计数法：报告中的数要写出全部数字（如 1e5 写作 100000）。` };
    }
    if (after.startsWith('.') && !/^\.\d/.test(after)) {
        return { start, end: end + 1, message: `数字“${image}.”的小数点后缺少数字：应写作 ${image} 或 ${image}.00。` };
    }
    // a word right after the number, or a scale word after a space: a unit the report does not use
    const next = tokens[i + 1];
    if (next?.tokenType.name === 'ID' && (next.startOffset === end || (/^[ \t\u3000]+$/.test(text.slice(end, next.startOffset)) && SCALE_WORD.test(next.image)))) {
        const stop = tokenEnd(next);
        const written = text.slice(start, stop);
        const word = next.image;
        const factor = MONEY_WORDS[word];
        // 2021年: a date cut short, taken whole
        if (/^[年月日]/.test(word) && next.startOffset === end) {
            let last = i + 1;
            while (last + 1 < tokens.length && adjacent(tokens[last], tokens[last + 1])
                && (tokens[last + 1].tokenType.name === 'NUMBER' || /^[年月日]/.test(tokens[last + 1].image))) last++;
            const dateEnd = tokenEnd(tokens[last]);
            return { start, end: dateEnd, message: `“${text.slice(start, dateEnd)}”不是完整的日期：日期写作 2021年11月22日、2021年11月 或 2021-11-22。` };
        }
        // 2台(套) pasted from a web page: the unit is 台（套）, its brackets full-width
        const pasted = fullWidthBrackets(word);
        if (pasted !== word && GRAMMAR_UNITS.includes(pasted) && next.startOffset === end) {
            return { start, end: stop, message: `“${written}”：单位写作“${pasted}”，括号为全角。` };
        }
        // 1辆越野车: a unit run into the name of the next row
        const unit = GRAMMAR_UNITS.find(u => word.startsWith(u) && word.length > u.length);
        if (unit && next.startOffset === end) {
            // 单位价值100万元以上设备: a name with a figure inside it, words glued on both sides
            const previous = tokens[i - 1];
            if (previous?.tokenType.name === 'ID' && tokenEnd(previous) === start) {
                const name = text.slice(previous.startOffset, stop);
                return { start, end: stop, message: `“${name}”：行的名称里不能有数字。名称只写文字，数字写进 说明 「…」（如 设备 2台（套） 说明 「单位价值100万元以上」）；若“${unit}”是数值的单位，请在“${unit}”之后加一个空格。` };
            }
            // 3辆(台), 27批次（次）: a space would leave the bracket standing apart, no name's either
            const rest = word.slice(unit.length);
            if (/^[(（]/.test(rest)) return { start, end: stop, message: `“${written}”：单位“${unit}”之后不能写括号：删去“${rest}”，或写进 说明 「…」。` };
            return { start, end: stop, message: `“${written}”：单位“${unit}”与后面的“${rest}”连在了一起，请在“${unit}”之后加一个空格。` };
        }
        const inTenThousands = factor && /^-?\d+(\.\d+)?$/.test(image) ? `（即 ${times(image, factor)}万元）` : '';
        return { start, end: stop, message: `“${written}”中的“${word}”不是可用的单位${inTenThousands}：金额按报告声明的“单位”填写，一般不写单位。可用的单位：${UNITS}。` };
    }
    return undefined;
}

/** The digits of a subject code of either classification: a 类's three (201, 301), a 款's five, a 项's seven. */
const SUBJECT_CODE = /^[235]\d{2}(?:\d{2}){0,2}$/;

/** The shipped catalogue's names of each code, made when first asked. */
let catalogueNames: Map<string, string[]> | undefined;

/**
 * Whether `digits` printed in brackets after a row's `name` (事业运行(2010350), 工资福利支出(301)) is its subject code,
 * not an accountant's negative figure glued to the name (其他应付款(30000)): a 款 or 项 code the catalogue knows, a
 * 类's three digits (as likely an amount) only after the name the catalogue gives that 类, a 功能分类 项 it lacks only
 * where `kindRowAbove` finds its 款's row.
 */
export function isBracketedCode(name: string, digits: string, kindRowAbove: (kind: string) => boolean = () => true): boolean {
    if (!SUBJECT_CODE.test(digits)) return false;
    if (!catalogueNames) {
        catalogueNames = new Map();
        for (const entry of SHIPPED_SUBJECT_CODES) catalogueNames.set(entry.code, [entry.name, ...entry.names?.map(span => span.name) ?? []]);
    }
    const names = catalogueNames.get(digits);
    const normal = (s: string) => fullWidthBrackets(s.replace(/\s/g, ''));
    // a 功能分类 项 the catalogue lacks (a new or local one) under a 款 it knows, printed as its row above it: its two last
    // digits never 00, as an amount's often are
    if (!names) return /^2\d{4}(?!00)\d{2}$/.test(digits) && catalogueNames.has(digits.slice(0, 5)) && kindRowAbove(digits.slice(0, 5));
    return digits.length > 3 || names.some(known => normal(known) === normal(name));
}

/** a × b for short decimal texts, exactly: 40 × 0.1 = 4. */
function times(a: string, b: string): string {
    const places = (s: string) => (s.split('.')[1] ?? '').length;
    const digits = (s: string) => BigInt(s.replace('.', ''));
    const scale = places(a) + places(b);
    const product = digits(a) * digits(b);
    const negative = product < 0n;
    const magnitude = (negative ? -product : product).toString().padStart(scale + 1, '0');
    const whole = magnitude.slice(0, magnitude.length - scale);
    const fraction = magnitude.slice(magnitude.length - scale).replace(/0+$/, '');
    return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

function isNumber(token: IToken): boolean {
    return token.tokenType.name === 'NUMBER' || token.tokenType.name === 'PERCENT';
}

function tokenEnd(token: IToken): number {
    return token.startOffset + token.image.length;
}

function adjacent(a: IToken, b: IToken): boolean {
    return tokenEnd(a) === b.startOffset;
}

/** A number token over text[start, end), which lies on the number's line. */
function spanToken(number: IToken, text: string, start: number, end: number): IToken {
    const from = position(number, start);
    const to = position(number, end - 1);
    return {
        ...number,
        image: text.slice(start, end),
        startOffset: start,
        endOffset: end - 1,
        startLine: from.line,
        startColumn: from.column,
        endLine: to.line,
        endColumn: to.column,
    };
}

/** A token cut short before `end` (a name that ran into the （ of a number). */
function shortened(token: IToken, end: number): IToken {
    const image = token.image.slice(0, end - token.startOffset);
    return { ...token, image, endOffset: end - 1, endColumn: (token.startColumn ?? 1) + image.length - 1 };
}

/**
 * Line and column (1-based, as chevrotain counts them) of an offset on the line of `token`: a
 * malformed number never spans a line break.
 */
function position(token: IToken, offset: number): { offset: number; line: number; column: number } {
    return { offset, line: token.startLine ?? 1, column: (token.startColumn ?? 1) + offset - token.startOffset };
}
