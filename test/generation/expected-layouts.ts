// What a generated report of each template must show: the layouts written out literally in
// expected-layouts.json (shared with the real-VS-Code test), never the generator's constants.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExpectedLayout {
    /** The headings of the parts in the contents, in order. */
    readonly contentsParts: readonly string[];
    /** The headings of the parts in the body, in order; {year} stands for the report's year. */
    readonly parts: readonly string[];
    /** The numbered sections of 部门决算情况说明, in order, as printed. */
    readonly sections: readonly string[];
    /** The tables, in order, as listed in the contents and under 附表. */
    readonly tables: readonly string[];
    /** The charts' captions, in order. */
    readonly charts: readonly string[];
}

/** By template id; null where the layout is still to be written (see the file's note). */
export const EXPECTED_LAYOUTS = JSON.parse(readFileSync(join(import.meta.dirname, 'expected-layouts.json'), 'utf8')) as
    Readonly<Record<string, ExpectedLayout | null>>;

/**
 * The template an example names on its `模板` line, read from the text as a user writes it;
 * a report that names none is Sichuan 2020's, the only one before templates were data.
 */
export function templateOfSource(text: string): string {
    const named = /^\s*模板\s*[:：]?\s*(「[^」]*」|\S+)/m.exec(text)?.[1] ?? '';
    if (/上海|shanghai/i.test(named)) return 'shanghai-2024';
    if (/全国|财政部|national/i.test(named)) return 'national';
    return 'sichuan-2020';
}
