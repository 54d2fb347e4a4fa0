// What a generated report of each template must show: the layouts written out literally in
// expected-layouts.json, never the generator's constants. Shared by the generation tests and the
// real-VS-Code test (a plain module, so that the latter reads it without a build).
import { readFileSync } from 'node:fs';

const DATA = JSON.parse(readFileSync(new URL('./expected-layouts.json', import.meta.url), 'utf8'));

/** By template id; null where the layout is still to be written (see the JSON's note). */
export const EXPECTED_LAYOUTS = DATA;

/**
 * The template a report names on its `模板` line, read from the text as a user writes it;
 * a report that names none is Sichuan 2020's, the only one before templates were data.
 */
export function templateOfSource(text) {
    const named = /^\s*模板\s*[:：]?\s*(「[^」]*」|\S+)/m.exec(text)?.[1] ?? '';
    const found = Object.entries(DATA.templateNames).find(([, pattern]) => new RegExp(pattern, 'i').test(named));
    return found?.[0] ?? 'sichuan-2020';
}
