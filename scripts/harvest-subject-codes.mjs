// Harvests the subject codes published reports print with their names, from the reports the repo
// transcribes (test/validation/cases/*/real-*.juesuan and examples/*.juesuan, each with its source
// address in its opening comments), and sets them against data/subject-codes/ (see its README).
// Each report printing a code with its name, in its year, is a source for that name in that year.
//
// Not read: files without a source address; the table rows of a file whose comments say its tables were
// rebuilt (重建) or their codes supplied (补出) by the transcriber, the report printing names only; and the trial texts (test/trials/*.txt) and trial cases:
// each says it is constructed, its rows written by the trial's author, not printed by a report.
//
//   node scripts/harvest-subject-codes.mjs          one TSV line per code, name, year and report
//   node scripts/harvest-subject-codes.mjs --json   the same as JSON (read by test/catalogue)
//   node scripts/harvest-subject-codes.mjs --compare
//       each harvested name against the data: documented already, recalled (a row to turn documented),
//       contradicting the data's name for the year, or a code the data lacks
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
    options: {
        json: { type: 'boolean', default: false },
        compare: { type: 'boolean', default: false },
    },
});

const CODE = '(?:2\\d{2}|3\\d{2})(?:\\d{2}){0,2}';
// a name: Chinese text with the brackets names use, up to a space, a digit or a closing mark
const NAME = '[\\u4e00-\\u9fff][\\u4e00-\\u9fff（）()、—]*';

/** The report files: transcriptions that name their source. */
function reportFiles() {
    const cases = path.join(root, 'test', 'validation', 'cases');
    const files = fs.readdirSync(cases, { withFileTypes: true }).filter(d => d.isDirectory())
        .flatMap(d => fs.readdirSync(path.join(cases, d.name)).filter(f => /^real-.*\.juesuan$/.test(f)).map(f => path.join(cases, d.name, f)));
    const examples = path.join(root, 'examples');
    files.push(...fs.readdirSync(examples).filter(f => f.endsWith('.juesuan')).map(f => path.join(examples, f)));
    return files.sort();
}

/** A name as the catalogue writes it: full-width brackets, no level mark a report adds (（款）). */
function cleanName(name) {
    return name.replace(/\(/g, '（').replace(/\)/g, '）').replace(/（[类款项]）$/, '').replace(/[、—]+$/, '');
}

/** The codes a report prints with their names: table rows, 名词解释 entries, prose “code-name” and “name（code类）”. */
function harvestFile(file) {
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const opening = lines.slice(0, lines.findIndex(line => !line.startsWith('//')));
    const url = opening.join('\n').match(/https?:\/\/[^\s）)，,]+/)?.[0];
    const year = Number(text.match(/^年度\s+(\d{4})/m)?.[1]);
    if (!url || !year) return [];
    // tables a transcriber rebuilt from the prose, or whose codes he supplied, print no codes of the report's
    const rebuilt = lines.some(line => line.trimStart().startsWith('//') && /重建|补出/.test(line));
    const found = new Map();
    const add = (code, name) => {
        const clean = cleanName(name);
        if (clean) found.set(`${code}\t${clean}`, { code, name: clean });
    };
    for (const line of lines) {
        if (line.trimStart().startsWith('//')) continue;
        // a table row or 名词解释 entry: the code at the start of the line, then its name (in 「」 or bare); a name
        // marked »…« is one the case expects a finding on (the report's own slip), and is not read
        const row = rebuilt ? null : line.match(new RegExp(`^\\s*(?:\\d+\\.)?(${CODE})\\s+「?(${NAME})`));
        if (row) add(row[1], row[2]);
        // prose: “20103-政府办公厅（室）及相关机构事务9185万元” (an amount follows; “219-某镇人民政府” is a unit's code)
        for (const m of line.matchAll(new RegExp(`(?<![\\d.])(${CODE})[-－—](${NAME})(?=\\d)`, 'g'))) add(m[1], m[2]);
        // prose: “社会保障和就业支出（208类）”
        for (const m of line.matchAll(new RegExp(`(${NAME})（(${CODE})[类款项]?）`, 'g'))) {
            const name = m[1].replace(/^.*[、：:]/, '');
            add(m[2], name);
        }
    }
    return [...found.values()].map(f => ({ ...f, year, url, file: path.relative(root, file) }));
}

const harvested = reportFiles().flatMap(harvestFile)
    .sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year || a.file.localeCompare(b.file));

/** The data's rows per code. */
function dataRows() {
    const sources = new Map(readTsv('sources.tsv').map(s => [s.key, s.checked === 'yes']));
    const rows = new Map();
    for (const file of ['functional.tsv', 'economic.tsv']) {
        for (const row of readTsv(file)) {
            const list = rows.get(row.code) ?? [];
            list.push({ ...row, checked: sources.get(row.source) });
            rows.set(row.code, list);
        }
    }
    return rows;
}

function readTsv(file) {
    const [header, ...lines] = fs.readFileSync(path.join(root, 'data', 'subject-codes', file), 'utf8').split('\n').filter(l => l.trim());
    const keys = header.split('\t');
    return lines.map(line => Object.fromEntries(line.split('\t').map((cell, i) => [keys[i], cell.trim()])));
}

const same = (a, b) => a.replace(/\s/g, '').replace(/其它/g, '其他') === b.replace(/\s/g, '').replace(/其它/g, '其他');
const holds = (row, year) => (!row.from || year >= Number(row.from)) && (!row.to || year <= Number(row.to));

/** How a harvested name stands against the data's rows for its year. */
function compare(found, rows) {
    const own = rows.get(found.code);
    if (!own) return 'missing';
    const current = own.filter(row => holds(row, found.year));
    const match = current.filter(row => same(row.name, found.name));
    if (match.some(row => row.checked)) return 'documented';
    if (match.length > 0) return 'recalled';
    if (current.length === 0) return 'no-name-for-year';
    return `contradicts ${current.map(row => `${row.name} (${row.source})`).join(' / ')}`;
}

if (options.json) {
    console.log(JSON.stringify(harvested, null, 1));
} else if (options.compare) {
    const rows = dataRows();
    const counts = new Map();
    for (const found of harvested) {
        const verdict = compare(found, rows);
        const kind = verdict.split(' ')[0];
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
        console.log([found.code, found.name, found.year, verdict, found.file].join('\t'));
    }
    console.log(`# ${harvested.length} code names from ${new Set(harvested.map(f => f.file)).size} reports: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`);
} else {
    for (const found of harvested) console.log([found.code, found.name, found.year, found.url, found.file].join('\t'));
}
