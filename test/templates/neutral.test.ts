/**
 * Everything that differs between templates lives in src/templates/<id>/: no other module names a
 * template, a province of one, or a table by its number. A second province then means a new folder,
 * not edits across the engine. (The fuzzer is left out: its mutations are samples of one report;
 * so are the rule pages' example reports in the rule catalogue, each written in a named template.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/templates/index.js';

const SRC = join(import.meta.dirname, '../../src');
const EXCLUDED = ['templates/', 'language/generated/', 'fuzz/', 'catalogue/subject-codes.ts', 'validation/rule-catalogue.ts'];

function sources(): { file: string; code: string }[] {
    return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.ts') && !EXCLUDED.some(prefix => file.replaceAll('\\', '/').startsWith(prefix)))
        .map(file => ({ file, code: withoutComments(readFileSync(join(SRC, file), 'utf8')) }));
}

/** Comments may give examples (附表6 › 201 …); only code is held to the rule. */
function withoutComments(text: string): string {
    return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

const NUMBERED_TABLE = [
    /\btables?\.get\(\s*\d+\s*\)/,          // model.tables.get(6)
    /\bnumber\s*===?\s*\d+/,                 // table.number === 6
    /\btable\s*:\s*\d+/,                     // { table: 6, … }
    /附表\s*\d+|附表[一二三四五六七八九十]+/,   // '附表6' in a message or a lookup
    /[^附]表[一二三四五六七八九十]+[^\p{L}]/u,  // '表五'
    /公开\d+表/,
];

describe('templates are data: the engine names none', () => {
    const files = sources();

    it('reads the engine', () => expect(files.length).toBeGreaterThan(30));

    it('no module outside src/templates names a template or its province', () => {
        const names = TEMPLATES.flatMap(t => [t.id, ...(t.province === '全国' ? [] : [t.province])]);
        const found = files.flatMap(({ file, code }) => names.filter(name => code.includes(name)).map(name => `${file}: ${name}`));
        expect(found).toEqual([]);
    });

    it('no module outside src/templates names a table by its number', () => {
        const found = files.flatMap(({ file, code }) => code.split('\n').flatMap((line, i) =>
            NUMBERED_TABLE.filter(pattern => pattern.test(line)).map(() => `${relative(SRC, join(SRC, file))}:${i + 1}: ${line.trim()}`)));
        expect(found).toEqual([]);
    });

    it('catches what it looks for', () => {
        const line = (text: string) => NUMBERED_TABLE.some(pattern => pattern.test(withoutComments(text)));
        expect(line('const t = model.tables.get(6);')).toBe(true);
        expect(line("report.error(node, '附表6 的合计');")).toBe(true);
        expect(line("const s = '表五 一般公共预算';")).toBe(true);
        expect(line('// 附表6 › 201 一般公共服务支出')).toBe(false);
        expect(line('const label = `${table.label}`;')).toBe(false);
    });
});
