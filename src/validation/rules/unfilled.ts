// What the generated report would print as 〔未填写〕: a sentence of the template's layout that
// needs a figure or text the source does not give. The layout is the generator's own, run on the
// same model, so the list is exactly what the published report shows; it runs on save, not per
// keystroke, because laying out a whole report costs more than a check.
import type { Block, Inline, ReportDocument } from '../../generation/report-parts.js';
import { claimsOf } from '../../model/prose-claims.js';
import type { ReportModel } from '../../model/report-model.js';
import { layoutFor } from '../../templates/layouts.js';
import type { Rule } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';

/** How many places the message names before it says 等. */
const LISTED = 8;

function inlineText(content: readonly Inline[]): string {
    return content.map(inline => typeof inline === 'string' ? inline : inline && 'text' in inline ? inline.text : '').join('');
}

/** Each 〔未填写〕 of the published report, with the heading it stands under. */
export function unfilledPlaces(blocks: readonly Block[], heading = ''): string[] {
    const found: string[] = [];
    collectPlaces(blocks, heading, found);
    return found;
}

// one list filled through the sections, no closure or array per block: a report's layout has thousands of cells
function collectPlaces(blocks: readonly Block[], heading: string, found: string[]): void {
    let under = heading;
    for (const block of blocks) {
        switch (block.kind) {
            case 'heading':
                under = inlineText(block.content);
                break;
            case 'paragraph':
                visit(block.content, under, found);
                break;
            case 'table': {
                const where = block.title ?? under;
                for (const row of block.head) for (const cell of row.cells) visit(cell.content, where, found);
                for (const row of block.body) for (const cell of row.cells) visit(cell.content, where, found);
                // a table the report lacks (its 〔未填写〕 under the title) is listed by the completeness check
                if (block.statement && block.body.length > 0) visit(block.statement, where, found);
                break;
            }
            case 'section':
                collectPlaces(block.blocks, under, found);
                break;
        }
    }
}

function visit(content: readonly Inline[], where: string, found: string[]): void {
    for (const inline of content) {
        // a document being typed may leave a text out of its AST
        if (inline === undefined || inline === null || typeof inline === 'string' || inline.kind !== 'missing' || inline.optional) continue;
        // a section missing whole names itself: 十、预算绩效情况说明 needs no second 预算绩效情况说明
        const named = where.replace(/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]/, '');
        found.push(!where || inline.text.startsWith(named) || inline.text.startsWith(where) ? inline.text : `${where}：${inline.text}`);
    }
}

const laidOut = new WeakMap<ReportModel, ReportDocument>();

/** The report as the unfilled check lays it out, once per model for every rule that reads the generated report. */
export function unfilledLayout(model: ReportModel): ReportDocument {
    let document = laidOut.get(model);
    if (!document) laidOut.set(model, document = layoutFor(model).layout(model, { unfilledOnly: true }));
    return document;
}

const unfilledRule: Rule = {
    ...ruleMeta('unfilled'),
    check(model, report, context) {
        const anchor = model.report.parts[0];
        if (!anchor) return;
        const places = unfilledPlaces(unfilledLayout(model).blocks);
        if (places.length > 0) {
            const listed = places.slice(0, LISTED).join('；');
            report.info(anchor, `生成的报告中有 ${places.length} 处印作〔未填写〕：${listed}${places.length > LISTED ? ' 等' : ''}。请补写这些数字或文字。`);
        }
        // next year's report before it is filled (`juesuan next`): a text kept as last year's report wrote it states last
        // year's figures by hand (三公经费支出10.00万元), where nothing prints 〔未填写〕 as for a 【…】
        const linked = model.references.hasUnfilled() ? context.lastYear.forModel(model) : undefined;
        if (linked?.kind !== 'loaded') return;
        const file = linked.file.split(/[\\/]/).pop()!;
        const lastTexts = new Set(linked.model.nodes.prose.map(prose => prose.text.trim()));
        for (const { prose, claims } of claimsOf(model)) {
            if (!lastTexts.has(prose.text.trim())) continue;
            // only figures the prose checks read as data: a threshold (单价50万元以上) or a definition's figure stays true
            const literals = claims.flatMap(claim => claim.kind === 'figure' && !claim.notData ? [claim.figure] : []);
            if (literals.length === 0) continue;
            const named = literals.slice(0, 3).map(literal => literal.text).join('、') + (literals.length > 3 ? ' 等' : '');
            report.info(prose.node, `这段文字与上年报告（${file}）的相同，其中手写的 ${literals.length} 个数字（${named}）是上年的数：请改写为本年的数，或写成【…】引用。`,
                { property: prose.property });
        }
    },
};

export const unfilledRules: readonly Rule[] = [unfilledRule];
