// The free texts of a report's source, and which of them a built report lacks: read by the tests
// that every text the user wrote reaches the report (nothing-lost, text-first).
import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import {
    isAttachment, isExplanation, isAttribute, isEmptyStatement, isGlossaryEntry, isGoal, isIndicator, isIndicatorValue, isProject, isTextField,
} from '../../src/language/generated/ast.js';
import type { Entry, Row, TextField } from '../../src/language/generated/ast.js';
import { renderReportHtml } from '../../src/generation/report-html.js';
import { formatFigure } from '../../src/model/figure.js';
import { parseProse } from '../../src/model/prose.js';
import { isSectionGroup } from '../../src/model/section-groups.js';
import { TABLE_META_KEY } from '../../src/model/report-model.js';
import { chartCaption } from '../../src/templates/shared/layout.js';
import type { ReportModel } from '../../src/model/report-model.js';
import { visibleText } from './helpers.js';

/**
 * Every free text the source holds, as written: the report's parts, its tables' notes and its rows'
 * words; a row's 说明 or 备注 qualifies its name (单位价值100万元以上，不含车辆) and may be said
 * clause by clause in the section's text (单位价值100万元以上设备（不含车辆）).
 */
function sourceTexts(model: ReportModel): { text: string; clauses?: boolean }[] {
    const texts: { text: string | undefined; clauses?: boolean }[] = [];
    const push = (...written: (string | undefined)[]) => texts.push(...written.map(text => ({ text })));
    for (const node of AstUtils.streamAst(model.report as AstNode)) {
        // a table's 单位行 prints its pieces apart (left, middle, right of the line above the table)
        if (isTextField(node) && node.key.trim() === TABLE_META_KEY) push(...node.text.split(/[|｜]/).map(piece => piece.trim()));
        else if (isTextField(node)) push(node.text);
        else if (isAttribute(node)) texts.push({ text: node.text, clauses: node.key === '说明' || node.key === '备注' });
        else if (isEmptyStatement(node)) push(node.text);
        else if (isProject(node) || isIndicator(node)) push(node.name);
        else if (isGoal(node)) push(node.expected, node.actual);
        else if (isIndicatorValue(node)) push(node.text);
        else if (isGlossaryEntry(node)) push(node.label, node.term, node.definition);
        else if (isAttachment(node)) push(node.title, node.body);
    }
    return texts.filter((t): t is { text: string; clauses?: boolean } => typeof t.text === 'string');
}

/**
 * A text as a reader sees it: references replaced by the figures they resolve to, a reference to a row written without
 * its figures by 〔未填写〕 (the unfilled check lists the reference as written, and the preview prints it 〔未填写：【…】〕).
 */
export function resolved(model: ReportModel, text: string): string {
    return parseProse(text).map(segment => {
        if (segment.kind !== 'reference') return segment.text;
        const found = model.references.resolve(segment.path);
        return found.kind === 'found' ? formatFigure(found.figure) : found.kind === 'unfilled' ? '〔未填写〕' : segment.text;
    }).join('');
}

/**
 * Without spaces and thousands separators (a report that writes them prints every figure with
 * them); a reason is printed inside a sentence without its lead words and final stop.
 */
export function compact(text: string): string {
    return text.replace(/\s+/g, '').replace(/(\d),(?=\d{3})/g, '$1').replace(/^主要(?:变动)?原因(?:是|为)[：:]?/, '').replace(/[。；;，,]+$/, '');
}

/** The texts of a report's source the report built from it (its HTML) lacks. */
export function lostTexts(model: ReportModel, html: string): string[] {
    const shown = compact(visibleText(html));
    // a text printed in pieces around a table set within it (a project's form after its 综述)
    let prose: string | undefined;
    // a line standing for a chart drawn in its place (（图1：…）（柱状图）) is printed as that chart, under its caption:
    // the text is printed in the pieces between such lines
    const captions = new Set([...html.matchAll(/<figcaption>([^<]*)<\/figcaption>/g)].map(m => compact(visibleText(m[1]))));
    const pieces = (text: string) => text.split(/\r?\n/).reduce<string[][]>((runs, line) => {
        const caption = chartCaption(line);
        if (caption !== undefined && captions.has(compact(caption))) runs.push([]);
        else runs[runs.length - 1].push(line);
        return runs;
    }, [[]]).map(run => run.join('\n'));
    const printed = (text: string, clauses: boolean | undefined) => {
        const said = compact(resolved(model, text));
        if (said === '' || shown.includes(said)) return true;
        prose ??= compact(visibleText(html.replace(/<div class="table-block[\s\S]*?<\/table>/g, '')));
        if (prose.includes(said)) return true;
        return clauses === true && said.split(/[，、；。：（）]+/).every(clause => shown.includes(clause));
    };
    return sourceTexts(model).filter(({ text, clauses }) => !pieces(text).every(piece => printed(piece, clauses))).map(({ text }) => text);
}

/**
 * The numbered headings of 情况说明 (二、部门决算中项目绩效自评结果, 二、关于…决算情况说明 { （一）… }) the report
 * built from the source (its HTML) prints under no heading with their words, in source order: each is printed
 * in its order (maybe numbered anew, or as the template words it: 机关运行经费 as 机关运行经费支出情况).
 */
export function lostHeadings(model: ReportModel, html: string): string[] {
    const headings = [...html.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g)].map(m => compact(visibleText(m[1])));
    const offset = (node: AstNode) => node.$cstNode?.offset ?? 0;
    const keys = model.report.parts.filter(isExplanation)
        .flatMap(part => AstUtils.streamAst(part as AstNode).filter(node => (isTextField(node) || isSectionGroup(node as Entry))
            && (node as TextField | Row).ordinal !== undefined).toArray())
        .sort((a, b) => offset(a) - offset(b))
        .map(node => isTextField(node) ? node.key : (node as Row).name ?? '');
    let at = 0;
    return keys.filter(key => {
        const found = headings.findIndex((h, i) => i >= at && h.includes(compact(key)));
        if (found < 0) return true;
        at = found + 1;
        return false;
    });
}

/** The sentences the generator wrote (preview marks them) with nothing where a list or figure belongs: ：。 ，。 。。 */
export function emptySentences(model: ReportModel): string[] {
    const html = renderReportHtml(model, { mode: 'preview' });
    return [...html.matchAll(/<p [^>]*data-generated="true"[^>]*>([\s\S]*?)<\/p>/g)]
        .map(m => m[1].replace(/<[^>]+>/g, '').trim())
        .filter(sentence => sentence === '' || /[，：；、]。|。。|^[。，；：]/.test(sentence));
}
