// Mutations of a report's text: characters, tokens, lines, numbers, structure and raw bytes.
// Each takes the text and a seeded random source and returns a new text; a case applies a few.
import type { Random } from './prng.js';

/** A token of the text as the language's lexer sees it (comments included, whitespace not). */
export interface Token {
    readonly offset: number;
    readonly image: string;
}

export type Tokenize = (text: string) => readonly Token[];

export interface Mutation {
    readonly name: string;
    readonly weight: number;
    apply(text: string, random: Random, tokenize: Tokenize): string;
}

// ---- character pools ------------------------------------------------------------------------

const ASCII = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';
const CJK = '的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感支出收入合计基本项目财政拨款决算预算占比增长下降减少万元';
const FULL_WIDTH = '０１２３４５６７８９．，％－＋：；、。！？（）｛｝［］＜＞＝　';
const BRACKETS = '「」【】{}（）“”‘’《》[]';
const SPECIAL = [
    '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u00a0',
    '\u200b', '\u200d', '\u200e', '\u202e', '\u2028', '\u2029', '\u3000', '\ufeff', '\ufffd', '\uffff',
    '\ud800', '\udc00', '\udbff', '\udfff', // lone surrogates
    '😀', '𠀀', '𝟘', '🇨🇳', 'é', 'ﬁ', '\r', '\n', '\r\n', '\t', '\\', '$', '`', '<', '>', '&', '"', "'",
];
const DIGITS = '0123456789.,-%';
const WORDS = [
    '附表', '项目', '列', '无数据', '部门概况', '情况说明', '名词解释', '附件', '部门', '年度', '单位', '公开时间', '模板',
    '占比', '上年', '增加', '减少', '增长', '下降', '预算', '完成预算', '变动原因', '差异原因', '用途', '说明', '备注',
    '年度目标', '预期', '实际', '指标', '合计', '总计', '本年收入合计', '本年支出合计', '收入', '支出', '其中',
    '万元', '元', '人', '辆', '台（套）', '批次', '%', '％', '≥', '≤', '>=', '<', '＝', '-', '—', '–',
    '{', '}', '「', '」', '【', '】', '【附表6.201.基本支出】', '【本年收入合计】', '【】', '【.】', '【..】',
    ':', '：', '，', '、', '//', '/*', '*/', '/* 注释 */', '// 注释\n',
    '2010301', '201', '20103', '2021年11月22日', '2021-11-22', '3569.58', '1,872.89', '-24.92', '0', '22.54%',
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"><b>', "'",
];
/** Numbers a person might type, or paste, where a figure belongs. */
const ODD_NUMBERS = [
    '１２３.４５', '1,234.56', '1 234.56', '1\u00a0234.56', '1\u2009234', '1,23', '1,2345.6', '1.2.3', '00', '-0', '-0.00',
    '1e5', '0x10', '.5', '5.', '-', '—', '--1', '+5', '99999999999999999999999999.99', '1' + '0'.repeat(60),
    '0.000000000000000000001', '100%', '150%', '-5%', '100.005%', '99.995%', '0%', '1000000%', '３５６９.５８',
    '3569.58元', '35695800', '35695800元', '3569.58万元', '12人', '-3辆', '2台（套）', 'NaN', 'Infinity',
];

function randomChar(random: Random): string {
    return random.weighted<() => string>([
        [4, () => ASCII[random.int(ASCII.length)]],
        [4, () => CJK[random.int(CJK.length)]],
        [2, () => FULL_WIDTH[random.int(FULL_WIDTH.length)]],
        [3, () => BRACKETS[random.int(BRACKETS.length)]],
        [3, () => random.pick(SPECIAL)],
        [2, () => DIGITS[random.int(DIGITS.length)]],
        // any code unit at all, lone surrogates included
        [1, () => String.fromCharCode(random.int(0x10000))],
        // any code point
        [1, () => String.fromCodePoint(random.int(0x110000))],
    ])();
}

function randomString(random: Random, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += randomChar(random);
    return out;
}

/** Random bytes read as text: as UTF-8 (with replacement characters) or as Latin-1. */
function randomBytesAsText(random: Random, length: number): string {
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i++) bytes[i] = random.int(256);
    return random.chance(0.5)
        ? new TextDecoder('utf-8').decode(bytes)
        : String.fromCharCode(...bytes);
}

// ---- helpers ------------------------------------------------------------------------------

/** An offset to cut at; never between the two halves of a surrogate pair unless asked. */
function offsetIn(text: string, random: Random): number {
    return random.int(text.length + 1);
}

function splice(text: string, start: number, deleteCount: number, insert = ''): string {
    return text.slice(0, start) + insert + text.slice(start + deleteCount);
}

function lines(text: string): string[] {
    return text.split('\n');
}

// ---- the mutations ------------------------------------------------------------------------

const characterMutations: Mutation[] = [
    {
        name: 'char-insert', weight: 8,
        apply: (text, random) => splice(text, offsetIn(text, random), 0, randomString(random, random.range(1, 3))),
    },
    {
        name: 'char-delete', weight: 6,
        apply: (text, random) => splice(text, offsetIn(text, random), random.range(1, random.chance(0.2) ? 40 : 3)),
    },
    {
        name: 'char-replace', weight: 6,
        apply: (text, random) => splice(text, offsetIn(text, random), random.range(1, 2), randomString(random, 1)),
    },
    {
        name: 'string-insert', weight: 3,
        apply: (text, random) => splice(text, offsetIn(text, random), 0, randomString(random, random.range(2, 30))),
    },
    {
        name: 'word-insert', weight: 6,
        apply: (text, random) => {
            const word = random.pick(WORDS);
            const pad = random.chance(0.6) ? ' ' : '';
            return splice(text, offsetIn(text, random), 0, pad + word + pad);
        },
    },
    {
        name: 'bytes-insert', weight: 2,
        apply: (text, random) => splice(text, offsetIn(text, random), 0, randomBytesAsText(random, random.range(1, 64))),
    },
    {
        name: 'bytes-replace', weight: 1,
        apply: (text, random) => {
            const start = offsetIn(text, random);
            const length = random.range(1, 200);
            return splice(text, start, length, randomBytesAsText(random, length));
        },
    },
    {
        // a file that is not text at all
        name: 'bytes-file', weight: 0.2,
        apply: (_text, random) => randomBytesAsText(random, random.range(0, 4096)),
    },
];

const tokenMutations: Mutation[] = [
    {
        name: 'token-delete', weight: 6,
        apply: (text, random, tokenize) => {
            const tokens = tokenize(text);
            if (tokens.length === 0) return text;
            const token = random.pick(tokens);
            return splice(text, token.offset, token.image.length);
        },
    },
    {
        name: 'token-duplicate', weight: 6,
        apply: (text, random, tokenize) => {
            const tokens = tokenize(text);
            if (tokens.length === 0) return text;
            const token = random.pick(tokens);
            const times = random.chance(0.1) ? random.range(2, 50) : 1;
            const sep = random.pick([' ', '', '\n']);
            return splice(text, token.offset + token.image.length, 0, (sep + token.image).repeat(times));
        },
    },
    {
        name: 'token-swap', weight: 5,
        apply: (text, random, tokenize) => {
            const tokens = tokenize(text);
            if (tokens.length < 2) return text;
            const i = random.int(tokens.length - 1);
            // neighbours mostly, now and then any two
            const j = random.chance(0.7) ? i + 1 : i + 1 + random.int(tokens.length - i - 1);
            const [a, b] = [tokens[i], tokens[j]];
            if (a.offset + a.image.length > b.offset) return text;
            return text.slice(0, a.offset) + b.image + text.slice(a.offset + a.image.length, b.offset) + a.image
                + text.slice(b.offset + b.image.length);
        },
    },
    {
        name: 'token-replace', weight: 5,
        apply: (text, random, tokenize) => {
            const tokens = tokenize(text);
            if (tokens.length < 2) return text;
            const target = random.pick(tokens);
            const source = random.pick(tokens);
            return splice(text, target.offset, target.image.length, source.image);
        },
    },
    {
        name: 'token-split', weight: 2,
        apply: (text, random, tokenize) => {
            const tokens = tokenize(text).filter(t => t.image.length > 1);
            if (tokens.length === 0) return text;
            const token = random.pick(tokens);
            return splice(text, token.offset + 1 + random.int(token.image.length - 1), 0, random.pick([' ', '\n', '「', '」', '{', '}']));
        },
    },
    {
        // a figure changed into something a person might type or paste
        name: 'number-odd', weight: 6,
        apply: (text, random, tokenize) => {
            const numbers = tokenize(text).filter(t => /^-?[\d,]+(\.\d+)?[%％]?$/.test(t.image));
            if (numbers.length === 0) return text;
            const token = random.pick(numbers);
            return splice(text, token.offset, token.image.length, random.pick(ODD_NUMBERS));
        },
    },
];

const lineMutations: Mutation[] = [
    {
        name: 'line-delete', weight: 4,
        apply: (text, random) => {
            const ls = lines(text);
            ls.splice(random.int(ls.length), random.range(1, random.chance(0.2) ? 20 : 1));
            return ls.join('\n');
        },
    },
    {
        name: 'line-duplicate', weight: 4,
        apply: (text, random) => {
            const ls = lines(text);
            const i = random.int(ls.length);
            const count = random.range(1, 5);
            ls.splice(i, 0, ...ls.slice(i, i + count));
            return ls.join('\n');
        },
    },
    {
        name: 'line-insert', weight: 3,
        apply: (text, random) => {
            const ls = lines(text);
            ls.splice(random.int(ls.length + 1), 0, ls[random.int(ls.length)]);
            return ls.join('\n');
        },
    },
    {
        name: 'line-swap', weight: 4,
        apply: (text, random) => {
            const ls = lines(text);
            if (ls.length < 2) return text;
            const i = random.int(ls.length);
            const j = random.chance(0.6) ? Math.min(ls.length - 1, i + 1) : random.int(ls.length);
            [ls[i], ls[j]] = [ls[j], ls[i]];
            return ls.join('\n');
        },
    },
    {
        name: 'line-move-block', weight: 2,
        apply: (text, random) => {
            const ls = lines(text);
            const start = random.int(ls.length);
            const block = ls.splice(start, random.range(1, 30));
            ls.splice(random.int(ls.length + 1), 0, ...block);
            return ls.join('\n');
        },
    },
    {
        name: 'line-join', weight: 2,
        apply: (text, random) => {
            const breaks = [...text.matchAll(/\n/g)].map(m => m.index);
            if (breaks.length === 0) return text;
            return splice(text, random.pick(breaks), 1, random.pick(['', ' ']));
        },
    },
    {
        name: 'line-split', weight: 2,
        apply: (text, random) => splice(text, offsetIn(text, random), 0, random.pick(['\n', '\r\n', '\r', '\n\n', '\u2028'])),
    },
    {
        // typing stops anywhere
        name: 'truncate', weight: 1.5,
        apply: (text, random) => text.slice(0, offsetIn(text, random)),
    },
];

const wholeFileMutations: Mutation[] = [
    { name: 'crlf', weight: 0.7, apply: text => text.replace(/\r?\n/g, '\r\n') },
    { name: 'cr-only', weight: 0.3, apply: text => text.replace(/\r?\n/g, '\r') },
    { name: 'bom', weight: 0.7, apply: text => '\ufeff' + text },
    { name: 'tabs', weight: 0.7, apply: text => text.replace(/^( {2})+/gm, m => '\t'.repeat(m.length / 2)) },
    { name: 'no-indent', weight: 0.3, apply: text => text.replace(/^[ \t]+/gm, '') },
    { name: 'one-line', weight: 0.2, apply: text => text.replace(/\r?\n/g, ' ') },
    { name: 'full-width-digits', weight: 0.4, apply: text => text.replace(/\d/g, d => String.fromCharCode(0xff10 + Number(d))) },
    { name: 'empty', weight: 0.2, apply: () => '' },
    {
        name: 'nest-deep', weight: 0.5,
        apply: (text, random) => {
            const depth = random.pick([20, 60, 150, 300, 1000]);
            const close = random.chance(0.7) ? '}'.repeat(depth) : '';
            const open = random.pick(['a { ', '201 a { ', '项目 「x」 { ', '项目 「x」 ', '{ ']);
            return splice(text, offsetIn(text, random), 0, `\n${open.repeat(depth)}${close}\n`);
        },
    },
    {
        name: 'many-rows', weight: 0.2,
        apply: (text, random) => {
            const row = random.pick(['  a 1\n', '  2010301 行政运行 1 1 1\n', '  「x」 预期 ≥1次 实际 1次\n', '  【附表6.201】\n']);
            return splice(text, offsetIn(text, random), 0, row.repeat(random.range(50, 600)));
        },
    },
];

export const MUTATIONS: readonly Mutation[] = [...characterMutations, ...tokenMutations, ...lineMutations, ...wholeFileMutations];

/** Applies `count` random mutations; returns the text and the names of what was applied. */
export function mutate(base: string, random: Random, tokenize: Tokenize, count: number): { text: string; applied: string[] } {
    let text = base;
    const applied: string[] = [];
    const weighted = MUTATIONS.map(m => [m.weight, m] as const);
    for (let i = 0; i < count; i++) {
        const mutation = random.weighted(weighted);
        text = mutation.apply(text, random, tokenize);
        applied.push(mutation.name);
    }
    return { text, applied };
}
