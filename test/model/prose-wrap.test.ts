// The wrap rule (src/model/prose-wrap.ts) measured on the trials: each test/trials/*.txt is a
// report as pdftotext gives it, and its transcription (the validation case naming it) holds the
// same texts with the officer's paragraphs. Each transcribed text is found back among the lines
// of the .txt; the lines it spans are what a user pastes, and the breaks are known: inside one of
// the transcription's paragraphs a break is a wrap, between two it ends a paragraph.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/language/generated/ast.js';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import { textStart } from '../../src/model/prose.js';
import { joinSoftWraps, paragraphsOf, readAsWrapped, softWraps } from '../../src/model/prose-wrap.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CASES = path.join(ROOT, 'test', 'validation', 'cases');
const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);

describe('soft wraps', () => {
    const page = '上海市虹口区民政局本年收入合计41,787.14万元，其中：财政拨款收入40,835.64';
    it('joins a line that ends mid-sentence at the page’s width with the next', () => {
        const text = `${page}\n    万元，占97.27%；事业收入856.32万元，占2.05%。`;
        expect(joinSoftWraps(text)).toBe(`${page}万元，占97.27%；事业收入856.32万元，占2.05%。`);
        const read = readAsWrapped(text);
        expect(read.length).toBe(text.length);
        expect(read).not.toContain('\n');
    });
    it('keeps a break after a sentence’s end, before an ordinal or an indented line, after a heading', () => {
        for (const text of [
            `${page}。\n万元，占97.27%。`,
            `${page}\n（二）支出总计42,419.99万元。`,
            `${page}\n2.使用非财政拨款结余20.50万元。`,
            `${page}\n　　万元，占97.27%。`,
            `　${page}\n        万元，占97.27%。\n    占2.05%。`.replace('        万元', '      万元'),
            `（一）一般公共预算财政拨款支出决算总体情况\n${page}万元。`,
        ]) expect(softWraps(text), text).toEqual([]);
    });
    it('measures the page by its lines, not by a paragraph joined already', () => {
        const joined = `${page}万元，占97.27%；事业收入856.32万元，占2.05%；其他收入95.18万元，占0.23%。`;
        const text = `${joined}\n${page}\n万元，占97.27%。`;
        expect(joinSoftWraps(text)).toBe(`${joined}\n${page}万元，占97.27%。`);
    });
    it('keeps a text’s first line, short of the widest, apart from the wrapped paragraph after it, as a caption is', () => {
        // a caption with a clause mark and no sentence end before a paragraph wrapped twice: its own paragraph
        const caption = '2023年度收入支出决算总体情况，详见附表1收入支出决算总表';
        const text = `${caption}\n`
            + '2023年度一般公共预算财政拨款支出1,100.00万元，主要用于保障机关正常运转\n'
            + '和履行职能，其中基本支出900.00万元，项目支出200.00万元，与上年相比增\n'
            + '加50.00万元，主要原因是人员增加。';
        expect(softWraps(text)).toHaveLength(2);
        expect(paragraphsOf(text).map(p => p.text)[0]).toBe(caption);
        // national/trial-hubei-2023-county-natural-resources-summary L244: the first line, after the section's key,
        // is as short of the widest and is kept apart too (a missed join, not a wrong one)
        const f11 = '2023年度一般公共预算财政拨款基本支出989.40万元，其中：人员经费861.25万元，占\n'
            + '基本支出的87.05%，主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医\n'
            + '疗保险缴费、住房公积金、退休费、生活补助等；公用经费128.15万元，占基本支出的12.95%，主要包括办公费、水费、\n'
            + '电费、差旅费、维修（护）费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用、办公设备购置等。';
        expect(softWraps(f11)).toHaveLength(2);
    });
    it('keeps the measure of the lines as written: a paragraph joined past the page leaves its short lines, list rows and headings, apart', () => {
        // a county report (江陵县自然资源和规划局 2023): the intro wraps once, the unit list's rows are lines of their own
        const units = ['江陵县自然资源和规划局机关本级（行政单位，参照公务员法管理）', '江陵县不动产登记中心（公益一类事业单位，经费由财政全额拨款）',
            '江陵县土地储备中心（公益一类事业单位，经费由财政全额拨款）'];
        const list = '本部门内设办公室、财务股、规划股、不动产登记股等12个股室，下属事业单位2个，纳入本部门2023年度部门决算\n'
            + `编制范围的单位共3个，是本部门所属的全部预算单位，具体包括\n${units.join('\n')}`;
        expect(softWraps(list)).toHaveLength(1);
        expect(paragraphsOf(list).map(p => p.text).slice(1)).toEqual(units);
        // headings without an ordinal, each before a paragraph wrapped twice
        const headings = ['2023年度一般公共预算财政拨款支出决算总体情况说明', '2023年度一般公共预算财政拨款支出决算结构情况说明'];
        const text = `${headings[0]}\n`
            + '2023年度一般公共预算财政拨款支出1,288.00万元，占本年支出合计的77.27%。与上年相比，一般公共预算财政拨\n'
            + '款支出增加84.50万元，增长7.02%。主要原因是：人员调资及自然资源规划及管理项目支出增加。\n'
            + `${headings[1]}\n`
            + '2023年度一般公共预算财政拨款支出1,288.00万元，主要用于以下方面：社会保障和就业支出112.36万元，占8.72%；卫\n'
            + '生健康支出48.20万元，占3.74%；自然资源海洋气象等支出1,062.04万元，占82.46%；住房保障支出65.40万元，占5.08%。';
        expect(softWraps(text)).toHaveLength(2);
        expect(paragraphsOf(text).map(p => p.text).filter((_, i) => i % 2 === 0)).toEqual(headings);
    });
    it('keeps the rows of a numbered list apart, however wide, but not a line that only starts with a figure', () => {
        const rows = '1 上海市杨浦区住房保障和房屋管理局（本级）行政单位\n2 上海市杨浦区住房保障事务中心 事业单位\n3 上海市杨浦区房屋征收事务中心 事业单位';
        expect(softWraps(rows)).toEqual([]);
        expect(joinSoftWraps(`${page}\n2 万元，占97.27%。`)).toBe(`${page}2 万元，占97.27%。`);
    });
    it('keeps short lines as they are: a list of names is not a wrapped paragraph', () => {
        expect(softWraps('局机关\n上海市虹口区社会福利院\n上海市虹口区救助管理站')).toEqual([]);
    });
});

interface Measure {
    texts: number;
    wraps: number;
    breaks: number;
    wrongJoins: string[];
    /** Wraps taken for breaks mid-sentence: a check lost. */
    wrongSplits: string[];
    /** Wraps taken for breaks after a sentence's end or a colon, as the rule means to: printed as two paragraphs. */
    sentenceSplits: string[];
}

const none = (): Measure => ({ texts: 0, wraps: 0, breaks: 0, wrongJoins: [], wrongSplits: [], sentenceSplits: [] });

/** The texts of a transcription, each as its paragraphs, whitespace taken out. */
async function transcribedTexts(file: string): Promise<string[][]> {
    return (await transcription(fs.readFileSync(file, 'utf8').replace(/[»«]/g, ''))).map(t => t.paragraphs);
}

/** A transcription's texts: where each stands in the source, and its paragraphs without whitespace. */
async function transcription(source: string): Promise<{ start: number; length: number; paragraphs: string[] }[]> {
    const report = (await parse(source)).parseResult.value;
    const { nodes } = services.model.ReportModels.forReport(report);
    return nodes.prose.map(p => {
        const written = (p.node as unknown as Record<string, string>)[p.property];
        return { start: textStart(p) ?? -1, length: written.length, paragraphs: written.split('\n').map(compact).filter(s => s !== '') };
    });
}

/** The lines of the .txt a text's paragraphs stand on, in order: [first, last] of each; undefined where the transcriber changed it. */
function linesOfText(lines: readonly string[], compacted: readonly string[], paragraphs: readonly string[]): [number, number][] | undefined {
    for (let start = 0; start < lines.length; start++) {
        const found = spans(compacted, paragraphs, start);
        if (found) return found;
    }
    return undefined;
}

const compact = (s: string) => s.replace(/\s/g, '');

/**
 * Finds each text's paragraphs, in order, as whole runs of consecutive lines of the .txt (blank
 * lines between paragraphs allowed); a text the transcriber changed is left out.
 */
function measure(lines: readonly string[], texts: readonly string[][], asPasted: (line: string) => string): Measure {
    const result = none();
    const compacted = lines.map(compact);
    for (const paragraphs of texts) {
        if (paragraphs.length === 0) continue;
        const found = linesOfText(lines, compacted, paragraphs);
        if (!found) continue;
        result.texts++;
        const first = found[0][0];
        const last = found[found.length - 1][1];
        const pasted = lines.slice(first, last + 1).map(asPasted).join('\n');
        const lineStarts = [0];
        for (let i = 0; i < pasted.length; i++) if (pasted[i] === '\n') lineStarts.push(i + 1);
        const joined = new Set(softWraps(pasted).map(w => lineStarts.findIndex(s => s > w.start) - 1 + first));
        for (let line = first; line < last; line++) {
            const wrap = found.some(([a, b]) => a <= line && line < b);
            if (wrap) result.wraps++;
            else result.breaks++;
            const where = `${lines[line].trim()}⏎${lines[line + 1].trim()}`;
            if (wrap && !joined.has(line)) (/[。；：！？]$/.test(lines[line].trim()) ? result.sentenceSplits : result.wrongSplits).push(where);
            if (!wrap && joined.has(line)) result.wrongJoins.push(where);
        }
    }
    return result;
}

const report = (m: Measure) => `${m.texts} texts, ${m.wraps} wraps, ${m.breaks} breaks; wrong joins ${m.wrongJoins.length}, `
    + `wrong splits ${m.wrongSplits.length} mid-sentence and ${m.sentenceSplits.length} after 。；：`;

function spans(compacted: readonly string[], paragraphs: readonly string[], start: number): [number, number][] | undefined {
    const out: [number, number][] = [];
    let line = start;
    for (const paragraph of paragraphs) {
        if (out.length > 0) while (line < compacted.length && compacted[line] === '') line++;
        const first = line;
        let read = '';
        while (line < compacted.length && compacted[line] !== '' && read.length < paragraph.length && paragraph.startsWith(read + compacted[line])) {
            read += compacted[line++];
        }
        if (read !== paragraph || line === first) return undefined;
        out.push([first, line - 1]);
    }
    return out;
}

const TRIALS = fs.readdirSync(CASES, { recursive: true, encoding: 'utf8' })
    .filter(f => /(^|\/)trial-[\w-]+\.juesuan$/.test(f))
    .map(f => {
        const source = path.join(CASES, f);
        const head = fs.readFileSync(source, 'utf8').slice(0, 600);
        const trial = /test\/trials\/([\w-]+\.txt)/.exec(head)?.[1];
        // a trial whose texts are pasted with the PDF's line breaks (情况说明照 PDF 的折行粘贴) tells no paragraphs to measure against
        return trial ? { source, trial, keepsWraps: /照\s*PDF\s*的?折行/.test(head) } : undefined;
    })
    .filter(t => t !== undefined);

describe('the wrap rule on the trials', () => {
    it('finds the trials and their transcriptions', () => {
        // a trial written twice (printed and hurried) names one transcription
        expect(new Set(TRIALS.map(t => t.trial)).size).toBe(fs.readdirSync(path.join(ROOT, 'test', 'trials')).filter(f => f.endsWith('.txt')).length);
    });
    const ways: [string, (line: string) => string][] = [
        ['as pdftotext gives the lines', line => line],
        ['with each line’s indentation lost in the copy', line => line.trimStart()],
    ];
    it.each(ways)('joins no paragraphs and splits few: %s', async (way, asPasted) => {
        const total = none();
        for (const { source, trial } of TRIALS.filter(t => !t.keepsWraps)) {
            const lines = fs.readFileSync(path.join(ROOT, 'test', 'trials', trial), 'utf8').split('\n');
            const m = measure(lines, await transcribedTexts(source), asPasted);
            console.log(`${trial} (${way}): ${report(m)}`);
            for (const w of m.wrongJoins) console.log(`  wrong join: ${w}`);
            for (const w of m.wrongSplits) console.log(`  wrong split: ${w}`);
            total.texts += m.texts; total.wraps += m.wraps; total.breaks += m.breaks;
            total.wrongJoins.push(...m.wrongJoins); total.wrongSplits.push(...m.wrongSplits); total.sentenceSplits.push(...m.sentenceSplits);
        }
        console.log(`all trials (${way}): ${report(total)}`);
        expect(total.wraps).toBeGreaterThan(100);
        expect(total.wrongJoins).toEqual([]);
        expect(total.wrongSplits.length).toBeLessThan(total.wraps / 50);
    // it parses every trial's transcription (over a hundred): more than the default 30 s on a loaded machine
    }, 180_000);
});

/** Trials whose texts keep pdftotext's line breaks throughout (later trials wrap few texts or none). */
const PASTED_TRIALS = ['shanghai-2024-civil.txt', 'national-2024-city.txt', 'beijing-2024-huairou-culture.txt'];

describe('a trial with its texts pasted from the PDF as they are', () => {
    const ALL = { validation: { categories: ['built-in', 'fast', 'slow'] as ('built-in' | 'fast' | 'slow')[] } };
    /** What the prose checks say (rule and message, sorted): where they say it moves with the text. */
    const proseFindings = async (source: string) => ((await parse(source, ALL)).diagnostics ?? [])
        .filter(d => String(d.code).startsWith('prose-') && d.code !== 'prose-wrap' && (d.severity ?? 1) <= 2)
        .map(d => `[${d.code}] ${d.message}`).sort();

    it.each(TRIALS.filter(t => PASTED_TRIALS.includes(t.trial)))('finds what its transcription with joined lines finds: $trial', async ({ source, trial }) => {
        const joined = fs.readFileSync(source, 'utf8').replace(/[»«]/g, '');
        const lines = fs.readFileSync(path.join(ROOT, 'test', 'trials', trial), 'utf8').split('\n');
        const compacted = lines.map(compact);
        let pasted = joined;
        let wrapped = 0;
        // last first, so each replacement leaves the starts before it standing (概况 written inside 情况说明 is read after it)
        for (const text of (await transcription(joined)).filter(t => t.start >= 0).sort((a, b) => b.start - a.start)) {
            const found = text.paragraphs.length > 0 ? linesOfText(lines, compacted, text.paragraphs) : undefined;
            if (!found || found[0][0] === found[found.length - 1][1]) continue;
            wrapped++;
            const asPasted = lines.slice(found[0][0], found[found.length - 1][1] + 1).join('\n');
            pasted = pasted.slice(0, text.start) + asPasted + pasted.slice(text.start + text.length);
        }
        expect(wrapped).toBeGreaterThan(5);
        const before = await proseFindings(joined);
        expect(before.length).toBeGreaterThan(0);
        expect(await proseFindings(pasted)).toEqual(before);
    });
});
