// A table written as the contents print it — 一、收入支出决算总表, （三）支出决算表, 5.一般… — parses,
// and is the same table, with the same figures and checks, as when written 表1 / 表三 / 公开05表.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/generation/report-source.js';
import { buildHtml, visibleText } from './helpers.js';

const report = (labels: readonly [string, string, string]) => `模板 「全国」
部门 「某局」
年度 2024
单位 万元

${labels[0]}收入支出决算总表 {
  收入 {
    一般公共预算财政拨款收入 100.00
    本年收入合计 100.00
    总计 100.00
  }
  支出 {
    本年支出合计 100.00
    总计 90.00
  }
}

${labels[1]}支出决算表 {
  列【本年支出合计 基本支出 项目支出】
  合计 100.00 60.00 40.00
}

${labels[2]}一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 100.00 60.00 30.00
}

情况说明 {
  一、收入支出总体情况说明 「收入总计【收入支出决算总表.收入.总计】万元。」
}
`;

const PRINTED = report(['表1 ', '表三 ', '公开05表 ']);

describe('tables labelled with the ordinal the contents print', () => {
    for (const labels of [['一、', '（三）', '5.'], ['一、', '(三)', '5、']] as const) {
        it(`reads ${labels.join(' ')} as the tables' numbers`, () => {
            const { document, model } = parseReport(report(labels));
            expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([]);
            expect(document.parseResult.lexerErrors).toEqual([]);
            const printed = parseReport(PRINTED).model;
            expect([...model.tables.keys()]).toEqual([...printed.tables.keys()]);
            expect(model.template.id).toBe(printed.template.id);
            // the same relations, holding or broken alike (总计 90.00 ≠ 100.00; 60 + 30 ≠ 100); each table
            // named as written (its title where the contents' ordinal is all it prints)
            const verdicts = (m: typeof model) => m.relations.map(r => `${r.target.label.replace(/^[^›]*›/, '')} ${r.holds}`).sort();
            expect(verdicts(model)).toEqual(verdicts(printed));
            expect(verdicts(model).some(v => v.endsWith('false'))).toBe(true);
        });
    }

    it('builds the tables on their pages, under the template\'s titles', () => {
        const text = visibleText(buildHtml(report(['一、', '（三）', '5.']), { mode: 'publish' }));
        expect(text).toContain('收入总计100.00万元');
        // the contents' ordinals as written; no page label the source never wrote (公开05表)
        expect(text).toContain('5.一般公共预算财政拨款支出决算表');
        expect(text).toContain('（三）支出决算表');
        expect(text).not.toMatch(/公开0\d表/);
    });

    it('heads each table\'s page with the ordinal written at it, as the published pages print it, and a table it lacks alike', () => {
        const html = buildHtml(report(['一、', '（三）', '5.']), { mode: 'publish' });
        const titles = [...html.matchAll(/<h2 class="table-title">([^<]*)<\/h2>/g)].map(m => m[1]);
        expect(titles.slice(0, 5)).toEqual(['一、收入支出决算总表', '二、收入决算表', '（三）支出决算表', '四、财政拨款收入支出决算总表', '5.一般公共预算财政拨款支出决算表']);
    });

    it('prints tables written with the contents\' ordinal and an old label after the title (九、…（公开07表）) in the ordinal\'s order, as written', () => {
        // 湖北 2022: the tables in the 2022 order, their old labels kept (七、…（公开08表） … 九、“三公”…（公开07表）)
        const source = fs.readFileSync(path.join(import.meta.dirname, '..', 'validation', 'cases', 'national', 'trial-hubei-2022.juesuan'), 'utf8');
        const text = visibleText(buildHtml(source, { mode: 'publish' }));
        const places = ['七、政府性基金预算财政拨款收入支出决算表（公开08表）', '八、国有资本经营预算财政拨款支出决算表（公开09表）', '九、财政拨款“三公”经费支出决算表（公开07表）']
            .map(line => text.indexOf(line));
        expect(places[0]).toBeGreaterThan(0);
        expect(places).toEqual([...places].sort((a, b) => a - b));
        expect(text).not.toContain('七、财政拨款“三公”经费支出决算表');
    });
});
