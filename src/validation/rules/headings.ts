// A heading or a table's title whose number the copy lost (宁夏: 、收入支出决算总体情况说明, 、收入支出决算总表): printed as
// written, and a hint offering the number its place in the generated report gives it. The number is the layout's, read
// from the laid-out report.
import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import { isTable, isTextField } from '../../language/generated/ast.js';
import { isTitleOf, TEMPLATES } from '../../templates/index.js';
import { forEachNode } from '../../model/nodes.js';
import type { Block, LostOrdinal } from '../../generation/report-parts.js';
import type { Rule } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';
import { unfilledLayout } from './unfilled.js';

function lostOrdinals(blocks: readonly Block[], found: LostOrdinal[]): LostOrdinal[] {
    for (const block of blocks) {
        if ((block.kind === 'heading' || block.kind === 'table') && block.lostOrdinal) found.push(block.lostOrdinal);
        else if (block.kind === 'section') lostOrdinals(block.blocks, found);
    }
    return found;
}

const headingOrdinalRule: Rule = {
    ...ruleMeta('heading-ordinal'),
    check(model, report) {
        const lost = lostOrdinals(unfilledLayout(model).blocks, []);
        if (lost.length === 0) return;
        forEachNode(model.report, node => {
            const written = (node as AstNode & { ordinal?: unknown }).ordinal;
            if (typeof written !== 'string' || written.trim() !== '、' || !node.$cstNode) return;
            const ordinal = GrammarUtils.findNodeForProperty(node.$cstNode, 'ordinal');
            const expected = lost.find(l => l.at === ordinal?.offset)?.expected;
            if (!ordinal || expected === undefined) return;
            const before = isTable(node) ? (node.label !== undefined || node.number !== undefined ? '表号' : '表名') : '标题';
            const what = `${before}前的序号只剩顿号“、”：照${isTable(node) ? '目录中各表' : '报告各节'}的编号`;
            report.hint(node, `${what}，这里应为“${expected}”。生成的报告照写的印出。`, {
                property: 'ordinal',
                fix: { title: `补上序号“${expected}”`, newText: expected, range: ordinal.range },
            });
        });
    },
};

/** The keywords of the report's text blocks, each a part of its own. */
const BLOCK_KEYWORDS = ['部门概况', '单位概况', '情况说明', '名词解释'] as const;

/** Whether two words are one letter apart: one changed, added or dropped. */
function oneApart(a: string, b: string): boolean {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    // the rest after the one letter that differs: skipped in both (changed), or in the longer (added)
    return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Every name a template gives a table, a part or a section: a block so named is meant, not a slip. */
function knownName(title: string): boolean {
    return TEMPLATES.some(template => template.tables.some(table => isTitleOf(table, title))
        || template.parts.some(part => part.title.replace(/^第[一二三四五六七八九十]+部分\s*/, '') === title
            || part.sections.some(section => section.title === title || (section.aliases ?? []).includes(title))));
}

/**
 * 部门概要 { 机构设置 「…」 }: a block keyword one letter off reads as a table of the report's own (its texts printed after
 * the template's tables), not as the part. Only a block of texts alone, written by a bare title no template knows: a hint
 * with the keyword as a suggestion, never applied by itself (the report may print such a heading).
 */
const blockKeywordRule: Rule = {
    ...ruleMeta('block-keyword'),
    check(model, report) {
        for (const node of model.report.parts) {
            if (!isTable(node) || node.title === undefined || node.entries.length === 0 || !node.entries.every(isTextField)) continue;
            if (node.ordinal !== undefined || node.label !== undefined || node.number !== undefined || node.titleLabel !== undefined
                || node.pageLabel !== undefined || node.columns !== undefined || node.empty !== undefined) continue;
            const title = node.title.trim();
            const keyword = BLOCK_KEYWORDS.find(word => oneApart(title, word));
            if (keyword === undefined || knownName(title)) continue;
            report.hint(node, `“${title}”与部分的关键字“${keyword}”只差一个字：是否应为 ${keyword} { … }？照写的读作报告自己的表，其中的文字印在模板各表之后。`, {
                property: 'title',
                fix: { title: `改为 ${keyword}`, newText: keyword },
            });
        }
    },
};

export const headingRules: readonly Rule[] = [headingOrdinalRule, blockKeywordRule];
