// Fuzz cases: made from a seed and a number, saved when they fail, replayed as tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Tokenize } from './mutations.js';
import { mutate } from './mutations.js';
import { caseSeed, hashText, Random } from './prng.js';

export interface FuzzCase {
    readonly seed: number;
    readonly n: number;
    readonly text: string;
    /** The mutations applied, in order. */
    readonly applied: readonly string[];
    /** The random source the case continues with (positions for hover, completion, …). */
    readonly random: Random;
}

/** The text cases are made from, and where its top-level parts (部门概况, 附表 6, …) lie. */
export interface Base {
    readonly text: string;
    /** [start, end) of each top-level part, with the comments and blank lines before it. */
    readonly parts: readonly (readonly [number, number])[];
}

/**
 * Case `n` of seed `seed`: a few mutations of the base, or of the base with some of its parts
 * left out (smaller texts run faster, and a report lacking parts is a case of its own). The same
 * base, seed and number give the same case.
 */
export function makeCase(base: Base, seed: number, n: number, tokenize: Tokenize): FuzzCase {
    const random = new Random(caseSeed(seed, n));
    let start = base.text;
    const applied: string[] = [];
    if (base.parts.length > 1 && random.chance(0.7)) {
        const keep = random.pick([0.2, 0.4, 0.6]);
        const kept = base.parts.filter(() => random.chance(keep));
        start = kept.map(([from, to]) => base.text.slice(from, to)).join('') + base.text.slice(base.parts[base.parts.length - 1][1]);
        applied.push(`parts ${kept.length}/${base.parts.length}`);
    }
    // mostly one to three mutations, now and then many
    const count = random.chance(0.1) ? random.range(4, 20) : random.range(1, 3);
    const { text, applied: mutations } = mutate(start, random, tokenize, count);
    return { seed, n, text, applied: [...applied, ...mutations], random };
}

/** A saved case: `<seed>-<n>.juesuan` (the text, byte for byte) and `<seed>-<n>.error.txt` beside it. */
export interface SavedCase {
    readonly file: string;
    readonly name: string;
    readonly text: string;
    /** The random source for the positions: the case's own when the name gives seed and number. */
    readonly random: Random;
}

export function saveCase(dir: string, fuzzCase: { seed: number; n: number; text: string; applied: readonly string[] }, problems: readonly string[]): string {
    fs.mkdirSync(dir, { recursive: true });
    const name = `${fuzzCase.seed}-${fuzzCase.n}`;
    const file = path.join(dir, `${name}.juesuan`);
    fs.writeFileSync(file, fuzzCase.text, 'utf8');
    fs.writeFileSync(path.join(dir, `${name}.error.txt`), [
        `seed ${fuzzCase.seed}, case ${fuzzCase.n}`,
        `mutations: ${fuzzCase.applied.join(', ')}`,
        `replay: npm run fuzz -- --seed ${fuzzCase.seed} --case ${fuzzCase.n}`,
        '',
        ...problems,
        '',
    ].join('\n'), 'utf8');
    return file;
}

export function loadCorpus(dir: string): SavedCase[] {
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir).filter(f => f.endsWith('.juesuan')).sort().map(f => {
        const text = fs.readFileSync(path.join(dir, f), 'utf8');
        const name = f.replace(/\.juesuan$/, '');
        const match = /^(\d+)-(\d+)$/.exec(name);
        const random = match ? caseRandom(Number(match[1]), Number(match[2])) : new Random(hashText(text));
        return { file: path.join(dir, f), name, text, random };
    });
}

/** A random source for a saved case whose base text has changed since: fixed for the file. */
function caseRandom(seed: number, n: number): Random {
    return new Random(caseSeed(seed, n) ^ 0x5bd1e995);
}

/**
 * The random source to replay a saved case with: the very one of the original run (same hover
 * and completion positions) when the base still makes the same text, else the file's own.
 */
export function replayRandom(saved: SavedCase, base: Base, tokenize: Tokenize): Random {
    const match = /^(\d+)-(\d+)$/.exec(saved.name);
    if (match) {
        const again = makeCase(base, Number(match[1]), Number(match[2]), tokenize);
        if (again.text === saved.text) return again.random;
    }
    return saved.random;
}

/** A problem without its numbers and quoted texts, to group cases that fail the same way. */
export function signature(problem: string): string {
    if (/^took \d+ ms/.test(problem)) return 'took N ms (over the limit)';
    return problem.split('\n')[0]
        .replace(/“[^”]*”/g, '“…”')
        .replace(/\d+/g, 'N')
        .slice(0, 160);
}
