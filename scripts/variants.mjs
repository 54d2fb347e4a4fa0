// Metamorphic check: rewrites a .juesuan report in ways docs/language.md says are equivalent and
// expects the same findings (same rules and severities; messages may differ where they quote text).
//
//   node scripts/variants.mjs [--out DIR] [--only a,b] [--check] FILE...
//
// writes FILE's variants to DIR (default /tmp/juesuan-variants) as NAME.TRANSFORM.juesuan; with
// --check runs bin/juesuan.cjs check on each file and its variants and prints every difference
// (exit code 1 when there is one). test/variants/ runs a fast selection over examples/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The text cut into pieces: `code` (outside text and comments), `text` (「…」, one nested level),
 * `comment`, `ref` (【…】 anywhere). Joining the pieces gives the text back.
 */
export function pieces(source) {
    const out = [];
    let i = 0;
    let kind = 'code';
    let start = 0;
    let depth = 0;
    const cut = (next, at) => {
        if (at > start) out.push({ kind, text: source.slice(start, at) });
        kind = next;
        start = at;
    };
    while (i < source.length) {
        const c = source[i];
        if (kind === 'code' || kind === 'text') {
            if (c === '【') {
                const end = source.indexOf('】', i);
                const line = source.indexOf('\n', i);
                if (end > 0 && (line < 0 || end < line)) {
                    const back = kind;
                    cut('ref', i);
                    cut(back, end + 1);
                    i = end + 1;
                    continue;
                }
            }
        }
        if (kind === 'code') {
            if (c === '「') { cut('text', i); depth = 1; i++; continue; }
            if (c === '/' && source[i + 1] === '/') {
                cut('comment', i);
                const end = source.indexOf('\n', i);
                i = end < 0 ? source.length : end;
                cut('code', i);
                continue;
            }
            if (c === '/' && source[i + 1] === '*') {
                cut('comment', i);
                const end = source.indexOf('*/', i + 2);
                i = end < 0 ? source.length : end + 2;
                cut('code', i);
                continue;
            }
        } else if (kind === 'text') {
            if (c === '「') depth++;
            else if (c === '」' && --depth === 0) { i++; cut('code', i); continue; }
        }
        i++;
    }
    cut('code', source.length);
    return out;
}

const join = ps => ps.map(p => p.text).join('');

/** Maps each code piece through `f(text, lineStart)`; lineStart: the piece begins a line. */
function mapCode(source, f, kinds = ['code']) {
    let before = '';
    return join(pieces(source).map(p => {
        const lineStart = before === '' || before.endsWith('\n');
        before = p.text;
        return kinds.includes(p.kind) ? { ...p, text: f(p.text, lineStart, p.kind) } : p;
    }));
}

/** Top-level blocks: `{ name, start, end }` with end after the closing brace and its line end. */
export function topBlocks(source) {
    const blocks = [];
    let offset = 0;
    let depth = 0;
    let open;
    for (const p of pieces(source)) {
        if (p.kind === 'code') {
            for (let k = 0; k < p.text.length; k++) {
                const c = p.text[k];
                if (c === '{') {
                    if (depth === 0) {
                        const at = offset + k;
                        const lineStart = source.lastIndexOf('\n', at) + 1;
                        open = { start: lineStart, name: source.slice(lineStart, at).trim() };
                    }
                    depth++;
                } else if (c === '}') {
                    depth--;
                    if (depth === 0 && open) {
                        let end = offset + k + 1;
                        const nl = source.indexOf('\n', end);
                        end = nl < 0 ? source.length : nl + 1;
                        blocks.push({ ...open, end });
                        open = undefined;
                    }
                }
            }
        }
        offset += p.text.length;
    }
    return blocks;
}

const HEADER_LINE = /^(年度|公开时间|部门|全称|简称|单位|模板|上年|部分|封面|目录)(\s|$)/;
const UNIT_AFTER = /^(万元|元|人次|人|次|批次|场次|场|辆|台（套）|台|套|个|户|亩|项|名|件|期|篇|条|%|年|月|日|-|\/|\.)/;

/** Numbers of a code piece that are amounts: not a code at the line start, not a count, a percentage or a date. */
function amounts(text, lineStart, f) {
    return text.split(/(\n)/).map((line, n) => {
        if (line === '\n') return line;
        const atLineStart = n === 0 ? lineStart : true;
        if (atLineStart && HEADER_LINE.test(line.trim())) return line;
        // a row counting things: its name says the unit, 公务用车保有量（辆）
        if (/（(辆|个|人|人次|批次|次|台|套|台（套）|户)）/.test(line)) return line;
        return line.replace(/(^|[\s{}])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(万元)?(?=$|[\s{}])/g, (all, lead, num, wan, at) => {
            const before = line.slice(0, at + lead.length);
            if (atLineStart && /^\s*$/.test(before)) return all; // a subject code or an ordinal
            if (atLineStart && /^\s*\d{3}(\s+\d{2})*\s+$/.test(before)) return all; // a code printed in segments: 208 05 05
            if (/表\s*$/.test(before)) return all; // a table number
            if (wan) return f === timesTenThousand ? `${lead}${f(num)}元` : lead + f(num) + wan;
            if (UNIT_AFTER.test(line.slice(at + all.length))) return all;
            return lead + f(num);
        });
    }).join('');
}

function withSeparators(num) {
    const [int, frac] = num.replace(/,/g, '').split('.');
    if (int.length < 4) return num;
    return int.replace(/\B(?=(\d{3})+$)/g, ',') + (frac !== undefined ? '.' + frac : '');
}

function timesTenThousand(num) {
    const [int, frac = ''] = num.replace(/,/g, '').split('.');
    const digits = (int + frac.padEnd(4, '0').slice(0, 4)).replace(/^0+(?=\d)/, '');
    const rest = frac.slice(4);
    const scaled = rest ? `${digits}.${rest}` : digits;
    return num.includes(',') ? withSeparators(scaled) : scaled;
}

const CN = '零一二三四五六七八九';
function chinese(n) {
    if (n < 10) return CN[n];
    if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
    return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
}
function fromChinese(s) {
    if (s === '十') return 10;
    const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
    if (m) return (m[1] ? CN.indexOf(m[1]) : 1) * 10 + (m[2] ? CN.indexOf(m[2]) : 0);
    return s.length === 1 ? CN.indexOf(s) : NaN;
}

/** A table number written another way: 附表 6 / 表6 / 表六 → 公开06表, 公开06表 → 表6. */
function otherNumber(written) {
    let m = /^(?:附表|表)\s*(\d+)$/.exec(written);
    if (m) return `公开${m[1].padStart(2, '0')}表`;
    m = /^表([一二三四五六七八九十]+)$/.exec(written);
    if (m && !isNaN(fromChinese(m[1]))) return `表${fromChinese(m[1])}`;
    m = /^公开(\d+)表$/.exec(written);
    if (m) return `表${Number(m[1])}`;
    return undefined;
}
const TABLE_NUMBER = /(附表\s*\d+|表\s*\d+|表[一二三四五六七八九十]+|公开\d+表)/;

function blanks(source, written) {
    const out = mapCode(source, text => text.replace(/(^|[ \t])-(?=[ \t]|\r?\n|$)/gm, `$1${written}`));
    return out === source ? undefined : out;
}

function ordinals(source, top) {
    const lines = source.split('\n');
    const blocks = topBlocks(source).filter(b => TABLE_NUMBER.test(b.name.split(/\s/)[0]) || /表\s*$/.test(b.name) || /表\s+/.test(b.name));
    let changed = false;
    let offset = 0;
    const starts = lines.map(l => { const s = offset; offset += l.length + 1; return s; });
    for (const b of blocks) {
        const braces = []; // one per open brace: is it a row's (its rows are children)?
        const counts = []; // rows seen under each open row brace
        for (let n = 0; n < lines.length; n++) {
            if (starts[n] < b.start || starts[n] >= b.end) continue;
            const line = lines[n];
            const code = join(pieces(line).filter(p => p.kind === 'code'));
            const depth = braces.filter(Boolean).length;
            const m = /^(\s*)([\u4e00-\u9fff“][^\s{「]*)(.*)$/.exec(line);
            const group = starts[n] === b.start || /^\s*(收入|支出)\s*\{/.test(line);
            const isRow = m && !group && !/^(列|注|说明|备注|无数据|单位行|资料来源|其中)/.test(m[2]) && !/合计|总计|小计/.test(m[2])
                && !/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])/.test(m[2]) && /\d/.test(m[3]);
            const where = top ? braces.length === 1 : depth >= 1;
            if (isRow && where) {
                const count = (counts[braces.length - 1] = (counts[braces.length - 1] ?? 0) + 1);
                lines[n] = m[1] + (top || depth > 1 ? `${count}.` : `（${chinese(count)}）`) + m[2] + m[3];
                changed = true;
            }
            for (const c of code) {
                if (c === '{') { braces.push(!group); counts[braces.length - 1] = 0; }
                else if (c === '}') braces.pop();
            }
        }
    }
    return changed ? lines.join('\n') : undefined;
}

/** Every table number at a line's start written as `other` says (undefined: kept), and the references that name it. */
function renumber(source, other) {
    if (!/^模板\s/m.test(source)) return undefined;
    const rename = new Map();
    const out = source.replace(new RegExp(`^(\\s*)${TABLE_NUMBER.source}(?=\\s|$)`, 'gm'), (all, lead, num) => {
        const written = other(num);
        if (!written) return all;
        rename.set(num.replace(/\s+/g, ''), written);
        return lead + written;
    });
    if (out === source) return undefined;
    return mapCode(out, ref => ref.replace(/^【([^.】]+)/, (all, head) => {
        const written = rename.get(head.replace(/\s+/g, ''));
        return written ? `【${written}` : all;
    }), ['ref']);
}

/** Each transformation: (source) => variant text, or undefined where it does not apply. */
export const TRANSFORMS = {
    /** 1872.89 → 1,872.89 in tables and data; decimals in text too (never years or codes). */
    thousands: source => mapCode(source, (text, lineStart, kind) => kind === 'code'
        ? amounts(text, lineStart, withSeparators)
        : text.replace(/(?<![\d.,])(\d{4,})(\.\d+)(?![\d,])/g, (_, a, b) => withSeparators(a + b)), ['code', 'text']),

    /** 单位 万元 → 单位 元 with every amount ×10000; text keeps its 万元. Not for reports with 项目 tables (scores, targets). */
    yuan: source => {
        if (!/^单位\s+万元\s*$/m.test(source) || /项目\s*「/.test(source)) return undefined;
        return mapCode(source.replace(/^单位(\s+)万元/m, '单位$1元'), (text, lineStart) => amounts(text, lineStart, timesTenThousand));
    },

    /** a blank cell written - → — (the language reads -, —, ——, / … as the same blank). */
    blank: source => blanks(source, '—'),
    'blank-slash': source => blanks(source, '/'),

    /** table numbers written another way (附表 6 → 公开06表, 表六 → 表6), references too. Needs 模板: the writing helps choose one. */
    'table-number': source => renumber(source, otherNumber),

    /** the same table numbers in Chinese (表6 / 附表 6 / 公开06表 → 表六), references too. */
    'table-number-chinese': source => renumber(source, written => {
        const n = /(\d+)/.exec(written);
        return n && Number(n[1]) <= 99 ? `表${chinese(Number(n[1]))}` : undefined;
    }),

    /** text copied from a PDF: a space between a figure and the characters around it (2024 年度、9,900.42 万元). */
    'pdf-spaces': source => mapCode(source, text => text
        .replace(/([\u4e00-\u9fff])(\d)/g, '$1 $2').replace(/(\d%?)([\u4e00-\u9fff])/g, '$1 $2'), ['text']),

    /** the rows under a row in a table get printed ordinals: （一） then 1. below it. */
    ordinals: source => ordinals(source, false),
    /** the rows of a table outside 收入/支出 groups get printed ordinals 1. 2. (合计 and coded rows keep none). */
    'ordinals-top': source => ordinals(source, true),

    /** the 名词解释 part moved to the end of the file. */
    'glossary-moved': source => {
        const g = topBlocks(source).find(b => b.name === '名词解释');
        if (!g) return undefined;
        const rest = source.slice(0, g.start) + source.slice(g.end);
        return rest.replace(/\n*$/, '\n\n') + source.slice(g.start, g.end);
    },

    /** the tables moved before the other parts (the order of the parts is free). */
    'parts-reordered': source => {
        const blocks = topBlocks(source);
        const first = blocks.find(b => /^(部门概况|单位概况|情况说明)$/.test(b.name));
        const tables = blocks.filter(b => first && b.start > first.start && !/^(部门概况|单位概况|情况说明|名词解释)$/.test(b.name) && !/^附件/.test(b.name));
        if (!first || tables.length === 0) return undefined;
        let rest = '';
        let at = 0;
        for (const t of tables) { rest += source.slice(at, t.start); at = t.end; }
        rest += source.slice(at);
        const moved = tables.map(t => source.slice(t.start, t.end)).join('\n');
        return rest.slice(0, first.start) + moved + '\n' + rest.slice(first.start);
    },

    /** full-width ，；：（） in text written half-width, as pages copied from the web have them. */
    'punct-halfwidth': source => mapCode(source, text => text
        .replace(/，(?!\d)/g, ',').replace(/；/g, ';').replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')'), ['text']),

    crlf: source => source.replace(/\r?\n/g, '\r\n'),

    bom: source => '\uFEFF' + source,
};

/**
 * What a transformation may change, as the language says: a 元 report offers no reference for a
 * 万元 figure in the text (the reference prints 元), and its amounts are exact, so a 万元
 * report whose sums are off within rounding is no longer the same report in 元 (not compared).
 */
export const EXPECTED = {
    yuan: {
        ignore: message => message.includes('可改为引用'),
        comparable: messages => !messages.some(m => /舍入误差|差 ?0\.01/.test(m)),
    },
};

/** Transformations that keep every position: their findings must be the same to the character. */
export const SAME_POSITIONS = new Set(['crlf']);

function main(argv) {
    const args = [...argv];
    let out = '/tmp/juesuan-variants';
    let only;
    let check = false;
    const files = [];
    while (args.length) {
        const a = args.shift();
        if (a === '--out') out = args.shift();
        else if (a === '--only') only = args.shift().split(',');
        else if (a === '--check') check = true;
        else files.push(a);
    }
    if (files.length === 0) {
        console.error('usage: node scripts/variants.mjs [--out DIR] [--only a,b] [--check] FILE...');
        process.exitCode = 2;
        return;
    }
    mkdirSync(out, { recursive: true });
    const names = only ?? Object.keys(TRANSFORMS);
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    let differences = 0;
    for (const file of files) {
        const source = readFileSync(file, 'utf8');
        const base = path.basename(file, '.juesuan');
        const written = [];
        const original = path.join(out, `${base}.juesuan`);
        writeFileSync(original, source);
        for (const name of names) {
            const text = TRANSFORMS[name](source);
            if (text === undefined || text === source) continue;
            const target = path.join(out, `${base}.${name}.juesuan`);
            writeFileSync(target, text);
            written.push({ name, target });
        }
        if (!check) { console.log(`${file}: ${written.map(w => w.name).join(' ') || 'no variant'}`); continue; }
        const result = spawnSync(process.execPath, [path.join(root, 'bin', 'juesuan.cjs'), 'check', '--format', 'json', '-j', '1', original, ...written.map(w => w.target)],
            { encoding: 'utf8', maxBuffer: 1 << 28 });
        const json = result.stdout.slice(0, result.stdout.lastIndexOf(']') + 1);
        const findings = JSON.parse(json || '[]');
        const of = target => findings.filter(f => path.resolve(f.file) === path.resolve(target));
        const keyed = (list, exact) => list.map(f => exact
            ? `${f.line}:${f.column} ${f.severity} [${f.code}] ${f.message}` : `${f.severity} [${f.code}]`);
        for (const { name, target } of written) {
            const expected = EXPECTED[name] ?? {};
            const kept = list => list.filter(f => !expected.ignore?.(f.message));
            const base0 = kept(of(original));
            if (expected.comparable && !expected.comparable(base0.map(f => f.message))) {
                console.log(`${file} ${name}: not compared (${name} changes what the findings of this file mean)`);
                continue;
            }
            const diff = compare(keyed(base0, SAME_POSITIONS.has(name)), keyed(kept(of(target)), SAME_POSITIONS.has(name)));
            if (diff.length === 0) continue;
            differences++;
            console.log(`${file} ${name}: ${target}`);
            const exact = SAME_POSITIONS.has(name);
            for (const key of new Set(diff.map(d => d.slice(2)))) {
                const norm = f => f.message.replace(/(\d),(?=\d{3})/g, '$1').replace(/\s+/g, '');
                const pick = list => list.filter(f => keyed([f], exact)[0] === key);
                const [lost, gained] = [pick(base0), pick(kept(of(target)))];
                const gainedSet = new Set(gained.map(norm));
                const lostSet = new Set(lost.map(norm));
                for (const f of lost.filter(f => !gainedSet.has(norm(f)))) console.log(`  - ${f.line}:${f.column} ${f.severity} [${f.code}] ${f.message.slice(0, 240)}`);
                for (const f of gained.filter(f => !lostSet.has(norm(f)))) console.log(`  + ${f.line}:${f.column} ${f.severity} [${f.code}] ${f.message.slice(0, 240)}`);
                if (lost.every(f => gainedSet.has(norm(f))) && gained.every(f => lostSet.has(norm(f)))) console.log(`  ${diff.filter(d => d.endsWith(key)).join(', ')} (same messages, a different count)`);
            }
        }
    }
    if (check) {
        console.log(differences ? `${differences} variant(s) differ` : 'every variant gives the same findings');
        process.exitCode = differences ? 1 : 0;
    }
}

/** The keys one list has more often than the other: `- key` lost, `+ key` gained. */
export function compare(before, after) {
    const count = new Map();
    for (const k of before) count.set(k, (count.get(k) ?? 0) + 1);
    for (const k of after) count.set(k, (count.get(k) ?? 0) - 1);
    const out = [];
    for (const [k, n] of count) {
        for (let i = 0; i < Math.abs(n); i++) out.push(`${n > 0 ? '-' : '+'} ${k}`);
    }
    return out.sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
