/**
 * Every finding of every example, pinned: for each `examples/NAME.juesuan`, the file
 * `examples/NAME.findings.txt` lists what the checks say about it — errors, warnings, infos and
 * hints, the save-time checks included, as `juesuan check` runs them — one finding a line:
 *
 *     line:col-line:col severity [rule] message
 *
 * sorted by position. The test compares the whole list, so any change in what the checks say
 * about a real report (a new false finding, a lost one, a changed figure in a message) fails as
 * a readable diff.
 *
 * When the change is intended: `npm run test:pin` rewrites the pins (and the mutation lists, see
 * mutations.test.ts); review the diff line by line before committing it. A new example without
 * a pin fails until the command has written one.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Checker, examples, findingLines, PIN_COMMAND, pinFile, PINNING, readPin, writePin } from './examples.js';

const HEADER = [
    '# Every finding of the example beside this file (all checks, as `juesuan check` runs them).',
    '# line:col-line:col severity [rule] message; written by `npm run test:pin`: review its diff.',
];

const checker = new Checker();

describe('the findings of every example are pinned', () => {
    const all = examples();
    it('finds the examples', () => expect(all.map(e => e.name)).toContain('leshan-2020'));

    for (const example of all) {
        it(example.name, async () => {
            const lines = findingLines(await checker.check(example.text, example.name));
            const text = [...HEADER, ...lines].join('\n') + '\n';
            const file = pinFile(example.file);
            if (PINNING) {
                writePin(file, text);
                return;
            }
            const pinned = readPin(file);
            expect(pinned, `${path.relative(process.cwd(), file)} is missing: run \`${PIN_COMMAND}\` to write it, then review it`).toBeDefined();
            // compared as lists of lines: a failure shows the findings added and removed
            expect(lines, `the findings of ${example.name} changed; if that is intended, run \`${PIN_COMMAND}\` and review the diff`)
                .toEqual(pinned!.split('\n').filter(l => l && !l.startsWith('#')));
        });
    }
});
