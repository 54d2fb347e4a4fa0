/**
 * A correct report stays clean: every sentence of every example, and the real published sentences
 * of the seed report's 情况说明 set against the example's tables (test/validation/prose/), yields
 * no error or warning of a prose check except the real mistakes listed in
 * test/validation/prose/known-findings.txt (file, line, rule, why). A line of that list no longer
 * found fails too, so that the list stays the truth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';
import { RULES } from '../../src/validation/rules/index.js';

const ROOT = join(import.meta.dirname, '../..');
const PROSE = join(import.meta.dirname, 'prose');
const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);

/** The checks of the officer's words: the rules of the prose rule files. */
const PROSE_RULES = new Set<string>(RULES.map(r => r.id).filter(id => id === 'reference' || id.startsWith('prose-')));

/** A text to check, made of one or more files: where each of its lines comes from. */
interface Source {
    readonly name: string;
    readonly files: readonly string[];
}

const examples: Source[] = readdirSync(join(ROOT, 'examples')).filter(f => f.endsWith('.juesuan')).sort()
    .map(f => ({ name: `examples/${f}`, files: [join(ROOT, 'examples', f)] }));
// the seed's published 情况说明, after the tables of the example that transcribes the same report
const seedSentences: Source = {
    name: 'leshan-2020 + the published 情况说明',
    files: [join(ROOT, 'examples/leshan-2020.juesuan'), join(PROSE, 'leshan-2020-explanation.juesuan-part')],
};

const known = readFileSync(join(PROSE, 'known-findings.txt'), 'utf8').split('\n')
    .filter(line => line.trim() !== '' && !line.startsWith('#'))
    .map(line => /^(\S+):(\d+) (\S+) — (.+)$/.exec(line)!)
    .map(m => ({ at: `${m[1]}:${m[2]} ${m[3]}`, why: m[4] }));

/** The errors and warnings of prose checks, as `file:line rule`, each line traced to its file. */
async function findings(source: Source): Promise<string[]> {
    const texts = source.files.map(f => readFileSync(f, 'utf8').replace(/\n?$/, '\n'));
    const document = await parse(texts.join(''), { validation: { categories: ['built-in', 'fast', 'slow'] } });
    // the first line (0-based) of each file in the text
    const starts: number[] = [];
    let lines = 0;
    for (const text of texts) {
        starts.push(lines);
        lines += text.split('\n').length - 1;
    }
    return (document.diagnostics ?? [])
        .filter(d => PROSE_RULES.has(String(d.code)) && (d.severity === 1 || d.severity === 2))
        .map(d => {
            const line = d.range.start.line;
            let index = starts.length - 1;
            while (starts[index] > line) index--;
            return `${relative(ROOT, source.files[index])}:${line - starts[index] + 1} ${d.code}\t${d.message}`;
        });
}

describe('no prose error or warning on a correct report', () => {
    const found = new Set<string>();
    for (const source of [...examples, seedSentences]) {
        it(source.name, async () => {
            const unexpected: string[] = [];
            for (const finding of await findings(source)) {
                const [at] = finding.split('\t');
                found.add(at);
                if (!known.some(k => k.at === at)) unexpected.push(finding);
            }
            expect(unexpected, 'findings not in test/validation/prose/known-findings.txt').toEqual([]);
        });
    }
    it('every known finding is still found', () => {
        expect(known.filter(k => !found.has(k.at)).map(k => `${k.at} — ${k.why}`)).toEqual([]);
    });
});
