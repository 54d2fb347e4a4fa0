// A table of the report's own written by its title alone (部门整体支出绩效自评表 after the template's tables) says it
// has no number: none in the contents nor over its page; the template's tables keep the numbers the contents give them,
// the ones the report does not write too (全国 2024 writes 表1–3 and 表5: 四、 and 六、–九、 stay).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHtml, ROOT, visibleText } from './helpers.js';

/** The contents' lines for the tables: the links to the table pages. */
function contents(html: string): string[] {
    const toc = html.slice(html.indexOf('class="toc"'), html.indexOf('</section>', html.indexOf('class="toc"')));
    return [...toc.matchAll(/<a href="#table-\d+">([^<]*)<\/a>/g)].map(m => visibleText(m[1]));
}

const OWN = `
部门整体支出绩效自评表 {
  列【预算数 决算数】
  合计 15.00 14.00
  项目甲 10.00 9.00
  项目乙 5.00 5.00
}
`;

function example(name: string): string {
    return readFileSync(path.join(ROOT, 'examples', `${name}.juesuan`), 'utf8');
}

describe('a table of the report\'s own written by its title alone', () => {
    it('is listed and headed without a number; the template\'s tables the report lacks keep theirs (全国)', () => {
        const plain = contents(buildHtml(example('national-2024')));
        const html = buildHtml(example('national-2024') + OWN);
        expect(contents(html)).toEqual([...plain, '部门整体支出绩效自评表']);
        expect(contents(html)).toContain('四、财政拨款收入支出决算总表');
        expect(contents(html)).toContain('九、财政拨款“三公”经费支出决算表');
        expect(html).toContain('<h2 class="table-title">部门整体支出绩效自评表</h2>');
    });

    it('takes no number after 附表14 either (四川)', () => {
        const plain = contents(buildHtml(example('leshan-2020')));
        expect(contents(buildHtml(example('leshan-2020') + OWN))).toEqual([...plain, '部门整体支出绩效自评表']);
    });
});

// 上海's contents number every table line (LayoutOptions.numbersTitleOnlyTables): a table written by its title alone after
// 表八 (上海 2019: 资产负债情况表, no label on its page) is listed with the number its place gives, as QP 2018's contents
// print 九、资产负债情况表 (shanghai-2024/SOURCES.md 2.1); its page prints it as written; none where the next line takes it.
describe('a table written by its title alone among numbered tables (上海)', () => {
    const trial = readFileSync(path.join(ROOT, 'test/validation/cases/shanghai-2024/trial-water-2019.juesuan'), 'utf8').replace(/[»«]/g, '');

    it('is listed with the number after the last one (九、资产负债情况表), its page as written', () => {
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
