// A heading or a table's title whose number the copy lost (宁夏: 、收入支出决算总体情况说明, 、收入支出决算总表): printed as
// written, and a hint offering the number its place in the generated report gives it. The number is the layout's, read
// from the laid-out report.
import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import { isRow, isTable } from '../../language/generated/ast.js';
import { spacedHeadingMessage } from '../../language/syntax/spaced-heading.js';
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

/**
 * 五、财政拨款“三公” 经费支出决算情况说明 「…」: a space left inside a heading parses without a syntax error, as a
 * bare row (no figures, no text) and a section of the second name, so the section is not the template's and the
 * first name is lost from the generated report. The parser's message for a heading split by a space, here too.
 */
const headingSpaceRule: Rule = {
    ...ruleMeta('heading-space'),
    check(model, report) {
        const document = model.report.$document;
        if (!document) return;
        forEachNode(model.report, node => {
            if (!isRow(node) || isTable(node.$container) || !node.$cstNode) return;
            if (node.code !== undefined || node.cells.length > 0 || node.attributes.length > 0 || node.entries.length > 0 || node.text !== undefined) return;
            const siblings = (node.$container as AstNode & { entries?: readonly AstNode[] }).entries ?? [];
            const next = siblings[siblings.indexOf(node) + 1]?.$cstNode;
            const own = node.$cstNode;
            if (!next || next.range.start.line !== own.range.end.line) return;
            const second = GrammarUtils.findNodeForProperty(next, 'key') ?? GrammarUtils.findNodeForProperty(next, 'name') ?? next;
            const line = own.range.start.line;
            const message = spacedHeadingMessage(document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }));
            if (message === undefined) return;
            report.error(node, `${message}现在前一半读作一个没有数字的行，这一节不能按标题认出，生成的报告也丢了前一半。`, {
                range: { start: own.range.start, end: second.range.end },
                fix: { title: '删去标题中的空格', newText: '', range: { start: own.range.end, end: next.range.start } },
            });
        });
    },
};

export const headingRules: readonly Rule[] = [headingOrdinalRule, headingSpaceRule];
