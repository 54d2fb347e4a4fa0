// What a test needs from outside the repository (the published seed report in ../shared,
// Chromium): when it is missing, the test fails under CI, where it must be there, and is skipped
// elsewhere with the reason in its name, so that a run never reports as passed what it never ran.
import { describe, it } from 'vitest';

export const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

/** `describe` when nothing is missing; else a failure under CI, a skip saying why elsewhere. */
export function describeNeeding(missing: string | undefined, name: string, body: () => void): void {
    if (missing === undefined) {
        describe(name, body);
    } else if (IN_CI) {
        describe(name, () => it('has what it needs', () => {
            throw new Error(`${missing} (CI must provide it)`);
        }));
    } else {
        describe.skip(`${name} — skipped: ${missing}`, body);
    }
}

/** Inside a test that found its prerequisite missing only when it ran (Chromium failing to start). */
export function skipOrFail(missing: string, skip: (note?: string) => void): void {
    if (IN_CI) throw new Error(`${missing} (CI must provide it)`);
    skip(missing);
}
