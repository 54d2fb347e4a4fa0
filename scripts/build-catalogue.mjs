// Builds src/catalogue/subject-codes.ts, the subject-code catalogue shipped with the extension, from
// the reviewed data in data/subject-codes/ (see its README). The output is committed, so the
// bundles never read data/ at run time; a test runs this script with --check to catch drift.
//
//   node scripts/build-catalogue.mjs            write the catalogue
//   node scripts/build-catalogue.mjs --check    exit 1 if the committed catalogue differs from the data
//   options: --data DIR (default data/subject-codes), --out FILE (default src/catalogue/subject-codes.ts)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
    options: {
        check: { type: 'boolean', default: false },
        data: { type: 'string', default: path.join(root, 'data', 'subject-codes') },
        out: { type: 'string', default: path.join(root, 'src', 'catalogue', 'subject-codes.ts') },
    },
});

const SCHEMES = [
    { file: 'functional.tsv', scheme: '功能', lengths: [3, 5, 7], first: '2' },
    { file: 'economic.tsv', scheme: '经济', lengths: [3, 5], first: '3' },
];
const YEAR = /^(19|20)\d\d$/;

/** The rows of a TSV file with a header, each with the file and line it came from. */
function readTsv(file) {
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    const header = lines[0].split('\t');
    return lines.slice(1).flatMap((line, index) => {
        if (line.trim() === '') return [];
        const cells = line.split('\t');
        if (cells.length > header.length) fail(`${file}:${index + 2}: ${cells.length} cells, the header has ${header.length}`);
        return [{ where: `${path.basename(file)}:${index + 2}`, ...Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()])) }];
    });
}

function fail(message) {
    console.error(message);
    process.exit(1);
}

const sources = new Map(readTsv(path.join(options.data, 'sources.tsv')).map(s => {
    if (!/[\u4e00-\u9fff]/.test(s.label)) fail(`${s.where}: the label of ${s.key} is shown to users and must be Chinese`);
    if (s.checked !== 'yes' && s.checked !== 'no') fail(`${s.where}: checked must be yes or no`);
    return [s.key, { label: s.label, checked: s.checked === 'yes' }];
}));

const entries = [];
// rows (names of a code) per source key, per scheme: what each document vouches for
const rowsBySource = new Map(SCHEMES.map(({ scheme }) => [scheme, new Map()]));
for (const { file, scheme, lengths, first } of SCHEMES) {
    const byCode = new Map();
    for (const row of readTsv(path.join(options.data, file))) {
        if (!/^\d+$/.test(row.code) || !lengths.includes(row.code.length) || row.code[0] !== first) {
            fail(`${row.where}: ${row.code} is not a ${scheme} code of ${lengths.join('/')} digits starting with ${first}`);
        }
        if (!row.name) fail(`${row.where}: ${row.code} has no name`);
        if (!sources.has(row.source)) fail(`${row.where}: unknown source ${row.source} (see sources.tsv)`);
        for (const key of ['from', 'to']) if (row[key] && !YEAR.test(row[key])) fail(`${row.where}: ${key} ${row[key]} is not a year`);
        if (row.from && row.to && Number(row.from) > Number(row.to)) fail(`${row.where}: from ${row.from} is after to ${row.to}`);
        const perSource = rowsBySource.get(scheme);
        perSource.set(row.source, (perSource.get(row.source) ?? 0) + 1);
        const rows = byCode.get(row.code) ?? [];
        rows.push(row);
        byCode.set(row.code, rows);
    }
    // a name a document prints under one code cannot be recalled under its sibling: the recall is wrong
    const checkedCodes = new Map();
    for (const [code, rows] of byCode) {
        for (const row of rows) if (sources.get(row.source).checked) checkedCodes.set(`${code.slice(0, -2)} ${row.name}`, code);
    }
    for (const [code, rows] of byCode) {
        for (const row of rows.filter(r => !sources.get(r.source).checked)) {
            const printed = checkedCodes.get(`${code.slice(0, -2)} ${row.name}`);
            if (printed && printed !== code) fail(`${row.where}: ${code} ${row.name} is recalled, but a document prints that name under ${printed}`);
        }
    }
    for (const [code, rows] of byCode) {
        const parent = code.slice(0, code.length - 2);
        if (code.length > 3 && !byCode.has(parent)) fail(`${rows[0].where}: ${code} has no parent ${parent} in ${file}`);
        entries.push(toEntry(code, scheme, rows));
    }
}
entries.sort((a, b) => a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
// a source no row cites vouches for nothing: its key is a typo or its rows were lost
const cited = new Set([...rowsBySource.values()].flatMap(perSource => [...perSource.keys()]));
for (const key of sources.keys()) if (!cited.has(key)) fail(`sources.tsv: ${key} is cited by no row`);

/** One catalogue entry from the rows of a code: its names over the years, each with its source. */
function toEntry(code, scheme, rows) {
    const spans = rows.map(row => {
        const source = sources.get(row.source);
        return {
            name: row.name,
            ...(row.from ? { from: Number(row.from) } : {}),
            ...(row.to ? { to: Number(row.to) } : {}),
            source: source.label,
            ...(source.checked ? {} : { checked: false }),
        };
    });
    // the current name: the one held latest, a checked source before a recalled one, and a recalled name a
    // document prints for another year before one no document prints
    const printed = span => spans.some(s => s.checked !== false && s.name === span.name);
    const latest = span => [span.to ?? Infinity, span.checked === false ? 0 : 1, printed(span) ? 1 : 0, span.from ?? -Infinity];
    const byLatest = [...spans].sort((a, b) => compare(latest(b), latest(a)));
    // its source: the latest document that prints the name, though a recalled row carries it on to later years
    const current = byLatest.find(span => span.name === byLatest[0].name && span.checked !== false) ?? byLatest[0];
    const definition = [...rows].reverse().find(row => row.definition)?.definition;
    const dated = spans.length > 1 || spans.some(span => span.from !== undefined || span.to !== undefined);
    return {
        code,
        name: current.name,
        scheme,
        source: current.source,
        ...(current.checked === false ? { checked: false } : {}),
        ...(definition ? { definition } : {}),
        ...(dated ? { names: spans } : {}),
    };
}

function compare(a, b) {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

const out = `// Generated by scripts/build-catalogue.mjs from data/subject-codes/: do not edit.
// Run \`node scripts/build-catalogue.mjs\` after the data changes.
import type { CatalogueEntry } from './entry.js';

// each entry through a typed function: an array literal this long is too complex a union to infer
const entry = (value: CatalogueEntry): CatalogueEntry => value;

export const SHIPPED_SUBJECT_CODES: readonly CatalogueEntry[] = [
${entries.map(entry => `    entry(${JSON.stringify(entry)}),`).join('\n')}
];
`;

const target = path.resolve(options.out);
const counts = SCHEMES.map(({ scheme }) => {
    const own = entries.filter(e => e.scheme === scheme);
    return `${scheme} ${own.length} codes (${own.filter(e => e.checked === false).length} by recall)`;
}).join(', ');
const perSource = SCHEMES.map(({ scheme }) => {
    const counts = [...rowsBySource.get(scheme)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return `  ${scheme} rows by source: ${counts.map(([key, n]) => `${key} ${n}`).join(', ')}`;
}).join('\n');
// codes no document prints in any year, per 类: where the search for sources should go next
const unread = (() => {
    const perClass = new Map();
    for (const e of entries.filter(e => e.scheme === '功能')) {
        const [none, all] = perClass.get(e.code.slice(0, 3)) ?? [0, 0];
        const spans = e.names ?? [e];
        perClass.set(e.code.slice(0, 3), [none + (spans.every(span => span.checked === false) ? 1 : 0), all + 1]);
    }
    const worst = [...perClass].filter(([, [none]]) => none > 0).sort((a, b) => b[1][0] - a[1][0] || (a[0] < b[0] ? -1 : 1));
    return `  功能 codes no document prints, per 类: ${worst.map(([code, [none, all]]) => `${code} ${none}/${all}`).join(', ')}`;
})();
if (options.check) {
    const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (committed !== out) fail(`${path.relative(root, target)} differs from ${path.relative(root, options.data)}: run node scripts/build-catalogue.mjs`);
    console.log(`${path.relative(root, target)} matches the data: ${counts}\n${perSource}\n${unread}`);
} else {
    fs.writeFileSync(target, out);
    console.log(`${path.relative(root, target)}: ${counts}\n${perSource}\n${unread}`);
}
