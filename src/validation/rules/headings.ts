// A heading or a table's title whose number the copy lost (宁夏: 、收入支出决算总体情况说明, 、收入支出决算总表): printed as
// written, and a hint offering the number its place in the generated report gives it. The number is the layout's, read
// from the laid-out report.
import type { AstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import { isTable } from '../../language/generated/ast.js';
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
        for (const node of AstUtils.streamAst(model.report)) {
            const written = (node as AstNode & { ordinal?: unknown }).ordinal;
            if (typeof written !== 'string' || written.trim() !== '、' || !node.$cstNode) continue;
            const ordinal = GrammarUtils.findNodeForProperty(node.$cstNode, 'ordinal');
            const expected = lost.find(l => l.at === ordinal?.offset)?.expected;
            if (!ordinal || expected === undefined) continue;
            const before = isTable(node) ? (node.label !== undefined || node.number !== undefined ? '表号' : '表名') : '标题';
            const what = `${before}前的序号只剩顿号“、”：照${isTable(node) ? '目录中各表' : '报告各节'}的编号`;
            report.hint(node, `${what}，这里应为“${expected}”。生成的报告照写的印出。`, {
                property: 'ordinal',
                fix: { title: `补上序号“${expected}”`, newText: expected, range: ordinal.range },
            });
        }
    },
};

export const headingRules: readonly Rule[] = [headingOrdinalRule];
