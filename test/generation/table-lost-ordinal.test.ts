// A table whose contents' number the copy lost (宁夏: 、收入支出决算总表): printed as written, over the table and in the
// contents, as a table written 一、收入支出决算总表 prints its number; the number its place gives is laid out for the
// hint (heading-ordinal) to offer.
import { describe, expect, it } from 'vitest';
import type { Block, TableBlock } from '../../src/generation/report-parts.js';
import { parseReport } from '../../src/generation/report-source.js';
import { unfilledLayout } from '../../src/validation/rules/unfilled.js';
import { buildHtml, visibleText } from './helpers.js';

const report = (ordinals: readonly [string, string, string]) => `模板 「全国」
部门 「某局」
年度 2024
单位 万元

${ordinals[0]}收入支出决算总表 {
  收入 {
    一般公共预算财政拨款收入 100.00
    本年收入合计 100.00
  }
  支出 {
    本年支出合计 100.00
  }
}

${ordinals[1]}收入决算表 {
  列【本年收入合计 财政拨款收入】
  合计 100.00 100.00
}

${ordinals[2]}支出决算表 {
  列【本年支出合计 基本支出 项目支出】
  合计 100.00 60.00 40.00
}
`;

function tables(blocks: readonly Block[], found: TableBlock[] = []): TableBlock[] {
    for (const block of blocks) {
        if (block.kind === 'table') found.push(block);
        else if (block.kind === 'section') tables(block.blocks, found);
    }
    return found;
}

const lost = (source: string) => tables(unfilledLayout(parseReport(source).model).blocks)
    .flatMap(t => t.lostOrdinal ? [`${t.title} ${t.lostOrdinal.expected}`] : []);

describe('a table whose contents\' number the copy lost', () => {
    it('prints its title as written, over the table and in the contents', () => {
        const html = buildHtml(report(['一、', '、', '三、']), { mode: 'publish' });
        const titles = [...html.matchAll(/<h2 class="table-title">([^<]*)<\/h2>/g)].map(m => m[1]);
        expect(titles.slice(0, 3)).toEqual(['一、收入支出决算总表', '、收入决算表', '三、支出决算表']);
        expect(visibleText(html)).toMatch(/目录[\s\S]*、收入决算表[\s\S]*三、支出决算表/);
    });

    it('leaves the report numbered: the tables it lacks print with the template\'s ordinals, in its style', () => {
        const titles = (ordinals: readonly [string, string, string]) => [...buildHtml(report(ordinals), { mode: 'publish' })
            .matchAll(/<h2 class="table-title">([^<]*)<\/h2>/g)].map(m => m[1]).slice(3, 5);
        expect(titles(['一、', '、', '三、'])).toEqual(['四、财政拨款收入支出决算总表', '五、一般公共预算财政拨款支出决算表']);
        expect(titles(['、', '、', '（三）'])).toEqual(['（四）财政拨款收入支出决算总表', '（五）一般公共预算财政拨款支出决算表']);
        expect(visibleText(buildHtml(report(['一、', '、', '三、']), { mode: 'publish' }))).toMatch(/目录[\s\S]*三、支出决算表\s*四、财政拨款收入支出决算总表/);
    });

    it('before a label (、表二 收入决算表): printed as written in the contents, the number offered all the same', () => {
        const labelled = report(['一、表一 ', '、表二 ', '三、表三 ']);
        expect(visibleText(buildHtml(labelled, { mode: 'publish' }))).toMatch(/目录[\s\S]*一、表一 收入支出决算总表\s*、表二 收入决算表\s*三、表三 支出决算表\s*四、/);
        expect(lost(labelled)).toEqual(['收入决算表 二、']);
    });

    it('offers the number its place gives: the template\'s where the others are numbered so, in their style', () => {
        expect(lost(report(['一、', '、', '三、']))).toEqual(['、收入决算表 二、']);
        expect(lost(report(['、', '、', '（三）']))).toEqual(['、收入支出决算总表 （一）', '、收入决算表 （二）']);
        expect(lost(report(['一、', '二、', '、']))).toEqual(['、支出决算表 三、']);
        expect(lost(report(['', '', '']))).toEqual([]);
    });

    it('in a report numbering its tables its own way, one more than the table before it', () => {
        // 支出决算表 as its 二、 (no 收入决算表): the table after it is its 三、, not the template's 四、
        const source = report(['一、', '', '']).replace(/\n收入决算表 \{[^}]*\}\n/, '\n')
            .replace('\n支出决算表 {', '\n二、支出决算表 {') + `
、财政拨款收入支出决算总表 {
  收入 {
    一般公共预算财政拨款 100.00
    本年收入合计 100.00
  }
  支出 {
    本年支出合计 100.00
  }
}
`;
        expect(lost(source)).toEqual(['、财政拨款收入支出决算总表 三、']);
    });
});
