/**
 * The fuzzer in the test suite: a few hundred mutations of the seed example with a fixed seed,
 * and every case the fuzzer ever saved under corpus/ (`npm run fuzz` saves a failing case there
 * as <seed>-<n>.juesuan, its problems in <seed>-<n>.error.txt). Each case is parsed, checked with
 * every category, asked for hovers, completions, formatting, symbols, code actions… and built
 * into the report; nothing may throw or answer with a range outside the document. How long a case
 * takes is not asserted here, on a machine shared with other tests: `npm run fuzz` keeps its time
 * limit, and speed belongs to `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, makeCase, replayRandom } from '../../src/fuzz/cases.js';
import { FuzzHarness } from '../../src/fuzz/harness.js';

const EXAMPLE = readFileSync(join(import.meta.dirname, '../../examples/leshan-2020.juesuan'), 'utf8');
const CORPUS = join(import.meta.dirname, 'corpus');
const SEED = 20211122;
const CASES = 300;
const BATCH = 50;
/** No time limit: a slow case is the fuzzer's and the bench's finding, not this test's. */
const NO_LIMIT = { limitMs: Infinity };

const harness = new FuzzHarness();
const base = harness.base(EXAMPLE);

describe('fuzz: the seed example mutated', () => {
    it('the unmutated example passes (and warms the code up)', async () => {
        const random = makeCase(base, SEED, 0, harness.tokenize).random;
        for (let i = 0; i < 2; i++) {
            const result = await harness.run(EXAMPLE, random.clone(), NO_LIMIT);
            expect(result.problems).toEqual([]);
        }
    }, 120_000);

    for (let from = 0; from < CASES; from += BATCH) {
        it(`cases ${from}–${from + BATCH - 1} of seed ${SEED}`, async () => {
            const failures: string[] = [];
            for (let n = from; n < from + BATCH; n++) {
                const fuzzCase = makeCase(base, SEED, n, harness.tokenize);
                const result = await harness.run(fuzzCase.text, fuzzCase.random, NO_LIMIT);
                if (result.problems.length > 0) {
                    failures.push(`case ${SEED}-${n} (${fuzzCase.applied.join(', ')}; replay: npm run fuzz -- --seed ${SEED} --case ${n}):\n  ${result.problems.join('\n  ')}`);
                }
            }
            expect(failures).toEqual([]);
        }, 600_000);
    }
});

describe('fuzz: saved cases replayed', () => {
    const saved = loadCorpus(CORPUS);
    it('the corpus is there', () => expect(saved.length).toBeGreaterThan(0));
    for (const file of saved) {
        it(file.name, async () => {
            // the positions of the original run where the base still makes the same text, and more of them
            const result = await harness.run(file.text, replayRandom(file, base, harness.tokenize), { ...NO_LIMIT, positions: 40 });
            expect(result.problems).toEqual([]);
        }, 60_000);
    }
});
