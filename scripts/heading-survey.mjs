// Survey of report structure: builds every trial case (test/validation/cases/*/trial-*.juesuan) and compares
// its generated contents and headings with the trial text it was transcribed from (test/trials/*.txt).
//   node scripts/heading-survey.mjs            one line per trial and the totals
//   node scripts/heading-survey.mjs -v [name]  also the differing lines (- trial only, + generated only)
// Two figures per trial: contents (the trial's 目录 block against the generated 目录) and headings (the trial's
// heading lines — 第N部分, 一、, （一）, table titles — against the generated headings and paragraphs read alike), each the number of lines
// one side has and the other lacks (a line diff); a trial with no 目录 counts no contents (shown -). Run `npm run build` first: it uses bin/juesuan.cjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const only = args.find(a => a !== '-v');

const casesDir = join(root, 'test/validation/cases');
const cases = readdirSync(casesDir, { withFileTypes: true }).filter(d => d.isDirectory())
    .flatMap(d => readdirSync(join(casesDir, d.name)).filter(f => /^trial-.*\.juesuan$/.test(f)).map(f => join(casesDir, d.name, f)));

// the same line however it is spaced, with no dot leaders or page numbers, no trailing colon; a part's or table's
// label joined to its title by a colon (第一部分：基本情况, 表1：收入支出决算总表) read as one with it
const LABEL_COLON = /^((?:第[一二三四五六七八九十]+部分|附?表[一二三四五六七八九十\d]+|(?:财决)?公开\d+表))[:：]/;
// a PDF's copy prints （一） half-width as often as not: (一) is the same heading
const norm = line => line.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/[.…·]{2,}\d*$/, '').replace(/[:：]$/, '').replace(LABEL_COLON, '$1');
// a contents line's page number after spaces, without dot leaders (第一部分 部门概况    3): not the number of a label
// (附表 1, 表 5, 附件 1, 部门公开表 01) nor a line of a page number alone
const PAGE_NUMBER = /(?<!附表|(?:^|[、．.\s\u3000])表|附件|部门公开表|^)[ \t\u3000]+\d{1,3}[ \t\u3000]*$/;
const contentsNorm = line => norm(line.replace(PAGE_NUMBER, ''));
// a trial's transcription aid after a table's title, no part of what is printed: （单位：万元）, （列：…）, （预算数|决算数，印成一行）
const ASIDE = /（[^（）]*[:：|，][^（）]*）$/;
const COLUMN_LIST = /（[^（）]*[^\s（）][ \t\u3000]+[^\s（）][^（）]*）[ \t\u3000]*$/;
// a trial wrapped at its page's width (上海: 38 characters a line) has many lines of that length, or one more (a closing
// mark kept on the line): a line that long goes on in the next (a duty's text, a glossary entry), no heading of its own
const WRAP_MIN = 36, WRAP_LINES = 15;
function wrapWidths(lines) {
    const counts = new Map();
    for (const line of lines) counts.set([...line.trim()].length, (counts.get([...line.trim()].length) ?? 0) + 1);
    return new Set([...counts].filter(([width, n]) => width >= WRAP_MIN && n >= WRAP_LINES).flatMap(([width]) => [width, width + 1]));
}
const HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|附表\s*\d|表[一二三四五六七八九十\d]|公开\d+表)/;

/**
 * A line read as a heading, the same way on both sides: it starts with a part's, section's or table's number, holds
 * no amount (a table's row), and is short and no sentence once cut at its colon (名词解释's 一、财政拨款收入：指…,
 * a table printed as `title：cells`).
 */
function headingLine(text) {
    // the unit printed on a title's or label's line (公开01表 单位：万元) is no part of it, nor a trial's column list after a
    // title, spaced as no printed title is (二、收入决算表（本年收入合计 财政拨款收入 …）, … （单位：万元）  列：…)
    const line = norm(text.replace(COLUMN_LIST, '')).replace(/（(?:金额)?单位[:：][^（）]*）/, '').replace(/列[:：].*$/, '')
        .replace(ASIDE, '').replace(/(?:金额)?单位[:：].*$/, '');
    // a table's row: cells between bars, or a two-sided row's second name after the first's line number
    // (六、经营收入 | | |; 二、政府性基金预算财政拨款收入 2 二、外交支出 33)
    if (!HEADING.test(line) || /\d\.\d\d/.test(line) || line.includes('|') || /\d[一二三四五六七八九十]+、/.test(line)) return [];
    // a blank row of a two-sided table, a class or source of money with no more than its line number (十、节能环保支出 41,
    // 六、经营收入, 三、国有资本经营预算财政拨款三、国防支出; 七、附属单位上缴收入7… cut short): a row, no heading
    if (/^(?:[一二三四五六七八九十]+、[^、，。]*?(?:支出|收入|财政拨款)[\d\-—…⋯]*)+$/.test(line)) return [];
    const head = line.replace(/[：:][\s\S]*$/, '').replace(/。$/, '');
    if (!(head.length <= 45 && !/[。；]/.test(head))) return [];
    // a table's title with its page label on the same line (一、收入支出决算总表 公开01表; 宁夏's 六、…基本支出决算明细 公开06表,
    // no 表 at its end): the label, then the title, as the
    // generated page prints them
    const labelled = /^(.+?)((?:财决)?公开\d+表)$/.exec(head);
    return labelled ? [labelled[2], labelled[1]] : [head];
}

function trialLines(text) {
    const lines = text.split(/\r?\n/).filter(l => !l.startsWith('#'));
    // 目录, or a contents block under a heading of its own (河北: 部门决算信息公开目录)
    const at = lines.findIndex(l => /^[\s\u3000]*[^\s\u3000]{0,40}目[\s\u3000]*录[）)]?[\s\u3000]*$/.test(l));
    const contents = [];
    let end = at;
    if (at >= 0) {
        // the block ends where the body begins, repeating its first line (第一部分 …): a contents spaced by blank lines, as
        // text taken from a PDF may be, is read whole; where no line repeats, at its first blank line
        const first = lines.slice(at + 1).map(contentsNorm).find(line => /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)/.test(line));
        const repeat = first === undefined ? -1 : lines.findIndex((line, i) => i > at + 1 && norm(line) === first && lines.slice(at + 1, i).some(l => contentsNorm(l) === first));
        for (end = at + 1; end < lines.length; end++) {
            if (repeat >= 0 ? end === repeat : lines[end].trim() === '' && contents.length) break;
            // a blank line before a line no contents lists, neither numbered nor an 附件 (山西: the unit's name over a 公开说明
            // before the body) ends it too
            if (repeat >= 0 && lines[end].trim() === '' && contents.length) {
                const next = lines.slice(end + 1).find(l => l.trim() !== '');
                if (next !== undefined && !HEADING.test(norm(next)) && !/^附[件表]/.test(norm(next))) break;
            }
            // a page's number (— 1 —, -1-, 1) ends it: the page turns, what follows is the body (a running title, 第一部分 …)
            if (/^[\s\u3000]*[—\-－]?[\s\u3000]*\d+[\s\u3000]*[—\-－]?[\s\u3000]*$/.test(lines[end]) && contents.length) break;
            if (lines[end].trim() !== '') contents.push(contentsNorm(lines[end]));
        }
    }
    // a part's number over its title on a line of its own (第一部分 / 沅溪市青石乡人民政府概况), as a cover-like page prints it:
    // one heading; a line as wide as the page going on in the next (not a heading) is one line with it
    const widths = wrapWidths(lines);
    let full = false;
    const body = lines.slice(at >= 0 ? end : 0).reduce((joined, line) => {
        const last = joined.length - 1;
        const wrapped = full && !HEADING.test(norm(line)) && !/[。：:]$/.test(joined[last].trim());
        full = widths.has([...line.trim()].length);
        if (last >= 0 && line.trim() !== '' && (wrapped || /^第[一二三四五六七八九十]+部分$/.test(norm(joined[last])))) joined[last] = `${joined[last].trim()}${wrapped ? '' : ' '}${line.trim()}`;
        else joined.push(line);
        return joined;
    }, []);
    // an aside after a table's title the trial's own contents list without (四、支出决算表（空表）, （金额）): no part of it
    const listed = new Set(contents);
    const asides = body.map(line => {
        const bare = line.replace(/（[^（）]*）[ \t\u3000]*$/, '');
        return bare !== line && listed.has(norm(bare)) && !listed.has(norm(line)) ? bare : line;
    });
    // a page's label alone on the line under its title (一、收入支出决算总表 / 公开01表 单位：万元) read as on its line: the
    // label, then the title, as the generated page prints them
    const lineHeadings = asides.filter(line => line.trim() !== '').map(headingLine);
    const label = found => found.length === 1 && /^(?:财决)?公开\d+表$/.test(found[0]);
    for (let i = 1; i < lineHeadings.length; i++) {
        if (label(lineHeadings[i]) && lineHeadings[i - 1].length === 1 && /表$/.test(lineHeadings[i - 1][0]) && !label(lineHeadings[i - 1])) {
            [lineHeadings[i - 1], lineHeadings[i]] = [lineHeadings[i], lineHeadings[i - 1]];
        }
    }
    return { contents, headings: lineHeadings.flat() };
}

const strip = html => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

function generatedLines(html) {
    // a line printed under the contents' heading (四川: 公开时间：…) is the first of the trial's 目录 block too, one printed after
    // the contents (江西: 注：本报告因金额单位转换…) its last
    const section = /<section class="contents"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    const paragraphs = text => [...text.matchAll(/<p(?: [^>]*)?>([\s\S]*?)<\/p>/g)].map(m => norm(strip(m[1])));
    const listAt = section.search(/<li class="toc-\d">/);
    const under = paragraphs(listAt < 0 ? section : section.slice(0, listAt));
    const after = listAt < 0 ? [] : paragraphs(section.slice(listAt));
    const toc = [...under, ...[...html.matchAll(/<li class="toc-\d">([\s\S]*?)<\/li>/g)].map(m => norm(strip(m[1]))), ...after];
    // a table page's label (公开01表) too: a trial prints it on a line of its own
    const headings = [...html.matchAll(/<(h[1-4]|p|div class="table-label")(?: [^>]*)?>([\s\S]*?)<\/(?:h[1-4]|p|div)>/g)].flatMap(m => headingLine(strip(m[2])));
    return { contents: toc, headings };
}

/** A line `A…B` of a trial's contents read as every generated line from A to B, where both are generated in that order. */
function expandRuns(lines, generated) {
    return lines.flatMap(line => {
        const run = /^(.+?)[…⋯]+(.+)$/.exec(line);
        const from = run ? generated.indexOf(run[1]) : -1;
        const to = from >= 0 ? generated.indexOf(run[2], from + 1) : -1;
        return to > from ? generated.slice(from, to + 1) : [line];
    });
}

/** Lines only in a (-) or only in b (+), by longest common subsequence. */
function diff(a, b) {
    const n = a.length, m = b.length;
    const table = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--)
        table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    const out = [];
    let i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] === b[j]) { i++; j++; }
        else if (j < m && (i === n || table[i][j + 1] >= table[i + 1][j])) out.push(`+ ${b[j++]}`);
        else out.push(`- ${a[i++]}`);
    }
    return out;
}

const work = mkdtempSync(join(tmpdir(), 'heading-survey-'));
let totalContents = 0, totalHeadings = 0;
try {
    for (const file of cases.sort()) {
        const source = readFileSync(file, 'utf8');
        const trial = /test\/trials\/([\w.-]+\.txt)/.exec(source)?.[1];
        if (!trial || (only && !file.includes(only) && !trial.includes(only))) continue;
        // the cases' expected-finding markers are not the report's text
        const copy = join(work, basename(file));
        writeFileSync(copy, source.replace(/[«»]/g, ''));
        const html = join(work, basename(file, '.juesuan') + '.html');
        spawnSync(process.execPath, [join(root, 'bin/juesuan.cjs'), 'build', copy, '-o', html], { encoding: 'utf8' });
        const generated = generatedLines(readFileSync(html, 'utf8'));
        const original = trialLines(readFileSync(join(root, 'test/trials', trial), 'utf8'));
        // a trial printing no contents has none to compare: its generated 目录 is left out of the figure; a contents line
        // squashing a run (山东: 一、收入支出决算总表 … 九、财政拨款“三公”经费支出决算表) stands for the lines from its first to its last
        const contents = original.contents.length ? diff(expandRuns(original.contents, generated.contents), generated.contents) : [];
        const headings = diff(original.headings, generated.headings);
        totalContents += contents.length;
        totalHeadings += headings.length;
        console.log(`${original.contents.length ? String(contents.length).padStart(4) : '   -'} ${String(headings.length).padStart(4)}  ${trial}${original.contents.length ? '' : ' (no 目录)'}`);
        if (verbose) {
            for (const line of contents) console.log(`      目录 ${line}`);
            for (const line of headings) console.log(`      标题 ${line}`);
        }
    }
} finally {
    rmSync(work, { recursive: true, force: true });
}
console.log(`${String(totalContents).padStart(4)} ${String(totalHeadings).padStart(4)}  total differing lines (contents, headings)`);
