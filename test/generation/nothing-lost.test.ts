// Nothing lost: every free text a report's source holds (the 「…」 texts of 部门概况, 情况说明,
// 名词解释 and 附件, a table's notes, the text attributes written on rows: 说明, 变动原因, 用途 …) is
// in the report built from it, its 【…】 references replaced by figures, for every validation case
// file and every example: a property of the generator, not of one report.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import {
    isAttachment, isAttribute, isEmptyStatement, isGlossaryEntry, isGoal, isIndicatorValue, isTextField,
} from '../../src/language/generated/ast.js';
import { renderReportHtml } from '../../src/generation/report-html.js';
import { parseReport } from '../../src/generation/report-source.js';
import { formatFigure } from '../../src/model/figure.js';
import { parseProse } from '../../src/model/prose.js';
import type { ReportModel } from '../../src/model/report-model.js';
import { examples } from '../examples/examples.js';
import { visibleText } from './helpers.js';

const CASES = join(import.meta.dirname, '..', 'validation', 'cases');

function caseFiles(dir: string): string[] {
    return readdirSync(dir).sort().flatMap(name => {
        const file = join(dir, name);
        return statSync(file).isDirectory() ? caseFiles(file) : name.endsWith('.juesuan') ? [file] : [];
    });
}

/**
 * Every free text the source holds, as written: the report's parts, its tables' notes and its rows'
 * words; a row's 说明 or 备注 qualifies its name (单位价值100万元以上，不含车辆) and may be said
 * clause by clause in the section's text (单位价值100万元以上设备（不含车辆）).
 */
function sourceTexts(model: ReportModel): { text: string; clauses?: boolean }[] {
    const texts: { text: string | undefined; clauses?: boolean }[] = [];
    const push = (...written: (string | undefined)[]) => texts.push(...written.map(text => ({ text })));
    for (const node of AstUtils.streamAst(model.report as AstNode)) {
        if (isTextField(node)) push(node.text);
        else if (isAttribute(node)) texts.push({ text: node.text, clauses: node.key === '说明' || node.key === '备注' });
        else if (isEmptyStatement(node)) push(node.text);
        else if (isGoal(node)) push(node.expected, node.actual);
        else if (isIndicatorValue(node)) push(node.text);
        else if (isGlossaryEntry(node)) push(node.term, node.definition);
        else if (isAttachment(node)) push(node.title, node.body);
    }
    return texts.filter((t): t is { text: string; clauses?: boolean } => typeof t.text === 'string');
}

/** A text as a reader sees it: references replaced by the figures they resolve to. */
function resolved(model: ReportModel, text: string): string {
    return parseProse(text).map(segment => {
        if (segment.kind !== 'reference') return segment.text;
        const found = model.references.resolve(segment.path);
        return found.kind === 'found' ? formatFigure(found.figure) : segment.text;
    }).join('');
}

/**
 * Without spaces and thousands separators (a report that writes them prints every figure with
 * them); a reason is printed inside a sentence without its lead words and final stop.
 */
function compact(text: string): string {
    return text.replace(/\s+/g, '').replace(/(\d),(?=\d{3})/g, '$1').replace(/^主要(?:变动)?原因(?:是|为)[：:]?/, '').replace(/[。；;，,]+$/, '');
}

/** The texts of a report's source its built report lacks. */
function lost(text: string): string[] {
    const { model } = parseReport(text);
    const shown = compact(visibleText(renderReportHtml(model)));
    return sourceTexts(model).filter(({ text, clauses }) => {
        const said = compact(resolved(model, text));
        if (said === '' || shown.includes(said)) return false;
        return !clauses || !said.split(/[，、；。：（）]+/).every(clause => shown.includes(clause));
    }).map(({ text }) => text);
}

describe('nothing the user wrote is lost in the built report', () => {
    for (const file of caseFiles(CASES)) {
        const name = relative(CASES, file);
        it(name, () => {
            const source = readFileSync(file, 'utf8').replace(/[»«]/g, '');
            expect(lost(source), `${name}: texts of the source not in the report`).toEqual([]);
        });
    }
    for (const example of examples()) {
        it(example.name, () => expect(lost(example.text), `${example.name}: texts of the source not in the report`).toEqual([]));
    }
});
