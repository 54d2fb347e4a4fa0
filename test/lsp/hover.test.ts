import { AstUtils, GrammarUtils } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import type { Report } from '../../src/language/generated/ast.js';
import { isGlossaryEntry, isRow } from '../../src/language/generated/ast.js';
import { findTerms, glossaryTerms } from '../../src/catalogue/glossary.js';
import { textStart } from '../../src/model/prose.js';
import { renderedText, renderMarkdown } from './markdown-render.js';
import { hoverAt, parse, SEED, services } from './seed.js';

let document: LangiumDocument<Report>;
let report: Report;

beforeAll(async () => {
    document = await parse(SEED);
    report = document.parseResult.value;
});

const offsetOf = (node: { $cstNode?: { offset: number } } | undefined, property: string) =>
    GrammarUtils.findNodeForProperty((node as never as { $cstNode: never }).$cstNode, property)!.offset;

describe('hover on every code of the seed', () => {
    it('a code in the 名词解释 shows its path, its definition from the 名词解释 and its figures', async () => {
        const entries = AstUtils.streamAst(report).filter(isGlossaryEntry).filter(e => e.code !== undefined).toArray();
        expect(entries.length).toBe(7);
        for (const entry of entries) {
            const hover = await hoverAt(document, offsetOf(entry, 'code'));
            expect(hover, entry.code).toBeDefined();
            expect(hover).toContain(`**${entry.code} `);
            expect(hover).toContain(' › ');
            expect(hover).toContain(`${entry.definition} *（名词解释）*`);
            expect(hover).toContain('| 决算 | 预算 | 完成率 | 占比 | 上年 | 增减 |');
            const row = AstUtils.streamAst(report).filter(isRow).find(r => r.code === entry.code)!;
            expect(hover).toContain(`| ${row.cells[0].value} | ${row.attributes.find(a => a.key === '预算')!.values[0].value} | 100% |`);
        }
    });

    it('a code in a table shows the same definition and the row’s figures', async () => {
        const rows = AstUtils.streamAst(report).filter(isRow).filter(r => r.code !== undefined).toArray();
        expect(rows.length).toBeGreaterThan(30);
        const defined = new Map(AstUtils.streamAst(report).filter(isGlossaryEntry).filter(e => e.code).map(e => [e.code!, e.definition] as const).toArray());
        for (const row of rows) {
            const hover = await hoverAt(document, offsetOf(row, 'code'));
            expect(hover, row.code).toMatch(new RegExp(`^\\*\\*${row.code} ${row.name}\\*\\* · (功能|经济)分类(类|款|项)级科目`));
            if (defined.has(row.code!)) expect(hover).toContain(defined.get(row.code!));
            if (row.cells.length > 0) expect(hover).toContain(`| ${row.cells[0].value} |`);
            if (row.code!.length > 3) expect(hover).toContain(' › ');
        }
    });

    it('a name that disagrees with the catalogue says so; the catalogue definition shows where the 名词解释 differs', async () => {
        const row = AstUtils.streamAst(report).filter(isRow).find(r => r.code === '30113')!;
        expect(await hoverAt(document, offsetOf(row, 'code'))).toContain('科目表（2020 年度）名称为“住房公积金”');
        const poverty = AstUtils.streamAst(report).filter(isGlossaryEntry).find(e => e.code === '2130599')!;
        const hover = await hoverAt(document, offsetOf(poverty, 'code'));
        expect(hover).toContain('科目表：反映除“农村基础设施建设”');
        const same = AstUtils.streamAst(report).filter(isGlossaryEntry).find(e => e.code === '2010301')!;
        expect(await hoverAt(document, offsetOf(same, 'code'))).not.toContain('科目表：');
    });

    it('a segment of a 名词解释 label shows the code it names', async () => {
        const hover = await hoverAt(document, SEED.indexOf('扶贫（05）（99）'));
        expect(hover).toMatch(/^\*\*21305 扶贫\*\*/);
        expect(hover).toContain('213 农林水支出 › 21305 扶贫');
    });
});

describe('hover on every term the 名词解释 defines', () => {
    it('shows the definition where it is defined and wherever it appears in text, with its figures where the report has them', async () => {
        const terms = glossaryTerms(report);
        expect(terms.length).toBe(13);
        const seen = new Set<string>();
        for (const term of terms) {
            const declared = await hoverAt(document, offsetOf(term.entry, 'term'));
            expect(declared, term.term).toContain(`**${term.term}** *（名词解释）*`);
            expect(declared).toContain(term.definition);
        }
        for (const prose of services.model.ReportModels.forReport(report).nodes.prose) {
            const start = textStart(prose)!;
            for (const occurrence of findTerms(prose.text, terms.filter(t => t.entry !== prose.node))) {
                const before = prose.text.slice(0, occurrence.start);
                if (seen.has(occurrence.term.term) || before.lastIndexOf('【') > before.lastIndexOf('】')) continue;
                seen.add(occurrence.term.term);
                const hover = await hoverAt(document, start + occurrence.start + 1);
                expect(hover, `${occurrence.term.term} in text`).toContain(occurrence.term.definition);
            }
        }
        expect([...seen]).toEqual(expect.arrayContaining(['“三公”经费', '基本支出', '项目支出']));
        // a term that names figures shows them
        expect(await hoverAt(document, SEED.indexOf('机关运行经费 82.45'))).toContain('情况说明 › 机关运行经费 = 82.45 万元');
        expect(await hoverAt(document, SEED.indexOf('事业收入 0 占比'))).toContain('= 0 万元');
        expect(await hoverAt(document, SEED.indexOf('列【合计 基本支出') + 6)).toMatch(/基本支出 = 854\.57 万元/);
    });
});

describe('hover on figures', () => {
    it('a reference in text shows its value and how it is computed', async () => {
        const hover = await hoverAt(document, SEED.indexOf('【附表6.合计.基本支出】') + 3);
        expect(renderMarkdown(hover!)).toContain('<strong>【附表6.合计.基本支出】</strong> = <strong>854.57 万元</strong>');
        expect(renderedText(hover!)).toContain('附表8「人员经费」 + 附表8「公用经费」：772.13 + 82.44 = 854.57 ✓');
    });

    it('a code inside a reference shows the code as well', async () => {
        const hover = await hoverAt(document, SEED.indexOf('【附表6.201.基本支出】') + 5);
        expect(hover).toMatch(/^\*\*201 一般公共服务支出\*\*/);
        expect(hover).toContain('= **298.18 万元**');
    });

    it('a stated share or rate shows the formula with its numbers', async () => {
        expect(await hoverAt(document, SEED.indexOf('占比 82.71%') + 4)).toContain('本项占「附表6 › 合计」的比重：2952.54 ÷ 3569.58 = 82.71% ✓');
        expect(await hoverAt(document, SEED.indexOf('下降 65.64%') + 4)).toContain('（上年 − 本年）÷ 上年');
        expect(await hoverAt(document, SEED.indexOf('合计 6.38') + 4)).toContain('附表10');
    });

    it('a computed figure says how it was computed', async () => {
        // the 合计 column is listed last and left unwritten: the model computes it
        const text = '年度 2020\n附表 6 一般公共预算财政拨款支出决算表 {\n  列【基本支出 项目支出 合计】\n  合计 10 5\n}\n情况说明 {\n  结论 「合计【附表6.合计.合计】万元」\n}\n';
        const computed = await parse(text);
        const hover = await hoverAt(computed, text.indexOf('附表6.合计.合计') + 3);
        // a worked-out amount with the places its parts are written with, as the built report prints it (whole parts: whole)
        expect(renderedText(hover!)).toContain('由基本支出 + 项目支出算出：10 + 5 = 15 万元');
    });
});
