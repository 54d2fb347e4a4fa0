// A table the report writes by its title alone after tables the contents number (上海 2019: 资产负债情况表 after 表八, no
// label on its page; QP 2018's contents list 九、资产负债情况表, SOURCES.md 2.1): the contents give it the number its
// place gives, its page prints it as written; not where the next line's number leaves it none.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHtml, ROOT, visibleText } from './helpers.js';

/** The contents' lines for the tables: the links to the table pages. */
function contents(html: string): string[] {
    const toc = html.slice(html.indexOf('class="toc"'), html.indexOf('</section>', html.indexOf('class="toc"')));
    return [...toc.matchAll(/<a href="#table-\d+">([^<]*)<\/a>/g)].map(m => visibleText(m[1]));
}

describe('a table written by its title alone among numbered tables', () => {
    const trial = readFileSync(path.join(ROOT, 'test/validation/cases/shanghai-2024/trial-water-2019.juesuan'), 'utf8').replace(/[»«]/g, '');

    it('is listed with the number after the last one (上海 2019: 九、资产负债情况表), its page as written', () => {
        const html = buildHtml(trial);
        expect(contents(html).slice(-2)).toEqual(['八、政府性基金预算财政拨款支出决算表', '九、资产负债情况表']);
        expect(html).toContain('<h2 class="table-title">资产负债情况表</h2>');
    });

    it('keeps no number where the tables after it take the next one', () => {
        // the same table between 表七 and 表八: 八、 is the next line's
        const between = trial.replace(/\n资产负债情况表 \{[\s\S]*?\n\}\n/, '\n').replace('\n表八 ', `\n${/\n(资产负债情况表 \{[\s\S]*?\n\}\n)/.exec(trial)![1]}\n表八 `);
        const lines = contents(buildHtml(between));
        expect(lines).toContain('资产负债情况表');
        expect(lines.filter(l => /^[一二三四五六七八九]、/.test(l))).toHaveLength(8);
    });
});
