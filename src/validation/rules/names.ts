import type { Range } from 'vscode-languageserver-types';
import type { Row } from '../../language/generated/ast.js';
import type { CatalogueLayer, NameJudgement, NameSpan } from '../../catalogue/catalogue.js';
import { CodeCatalogue, describeSpan, judgeName, levelOf, sameName, spanFor } from '../../catalogue/catalogue.js';
import { glossaryCodes, textContentOffset } from '../../catalogue/glossary.js';
import type { ReportModel } from '../../model/report-model.js';
import type { RowModel } from '../../model/rows.js';
import { listsProjects, ownNameMiswritten } from '../../model/relations.js';
import type { Reporter, Rule } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';

type Mismatch = Extract<NameJudgement, { ok: false }>;

/** Where the expected name comes from: “内置科目表，来源：财政部《2024年政府收支分类科目》”. */
function origin(layer: CatalogueLayer, span: NameSpan): string {
    return span.source && span.source !== layer ? `${layer}，来源：${span.source}` : layer;
}

/**
 * Why a written name differs from the catalogue's for the year, after “科目 X 的名称” or
 * “名词解释中 X 的名称”. A name the code held in other years is said to be outdated (or not yet
 * in use); a recalled catalogue name is offered as a hint, not a verdict.
 */
function mismatchText(judged: Mismatch, written: string, year: number | undefined, layer: CatalogueLayer): string {
    const inYear = year ? `${year} 年度` : '';
    const span = judged.expectedSpan;
    const official = year ? `财政部《${year}年政府收支分类科目》` : '当年的财政部《政府收支分类科目》';
    const note = [describeSpan(span), judged.certain ? '' : `${origin(layer, span)}；请以${official}为准`].filter(Boolean).join('；');
    const expected = `“${judged.expected}”${note ? `（${note}）` : ''}`;
    const { outdated } = judged;
    if (outdated && year !== undefined && outdated.from !== undefined && outdated.from > year) {
        return `“${written}”是 ${describeSpan(outdated)}的名称：${inYear}应为${expected}。`;
    }
    if (outdated) return `“${written}”已过时（${describeSpan(outdated) || '旧称'}）：${inYear}应为${expected}。`;
    if (!judged.certain) return `“${written}”与科目表不同：科目表中为${expected}。`;
    // the years the source is read for: a notice of one year may vouch for a span of years
    return `应为“${judged.expected}”（${[describeSpan(span), origin(layer, span)].filter(Boolean).join('；')}），此处写作“${written}”。`;
}

/** A code row's name against the catalogue for the report's year, or the report's 名词解释. */
export const codeNameRule: Rule = {
    ...ruleMeta('code-name'),
    check(model, report, { catalogue }) {
        const year = model.meta.year;
        // the names the 名词解释 labels give each code
        const glossaryNames = new Map<string, string[]>();
        for (const segment of glossaryCodes(model.report).flatMap(entry => entry.segments)) {
            if (segment.name) glossaryNames.set(segment.code, [...glossaryNames.get(segment.code) ?? [], segment.name]);
        }
        const projectTables = new Set([...model.tables.values()].filter(table => listsProjects(table, catalogue)));
        // how many rows of a project table each code has: a code projects share names no subject
        const projectRows = new Map([...projectTables].map(table => [table, new Map<string, number>()]));
        for (const { table, code } of model.rows) {
            const counts = table && projectRows.get(table);
            if (code && counts) counts.set(code, (counts.get(code) ?? 0) + 1);
        }
        for (const { node, table, code, name, parent } of model.rows) {
            if (!code || !name) continue;
            // a project's row names the project, not the subject its code gives; only a long name, alone on its code, with a
            // character or two of its subject's changed (一般行政管理事物) is that subject's, miswritten — a short project name
            // (信访业务 beside 信访事务) is no slip
            const counts = table && projectRows.get(table);
            if (counts && !(counts.get(code) === 1 && [...name].length >= 5 && ownNameMiswritten(catalogue, code, name))) continue;
            // a code outside its parent's (20203 under 201, code-parent's error) is in doubt, not the name: 政府办公厅（室）及相关机构事务
            // is 20103's, and renaming the row to 对外援助 would put a 202 subject under 201 — the finding offers no fix. Unless its
            // siblings are outside the parent the same way (20101 20102 under 202): then the parent's code is the slip
            const codeInDoubt = parent?.code !== undefined && !code.startsWith(parent.code) && !siblingsAgree(parent, code);
            checkRow(catalogue, node, code, name, year, glossaryNames.get(code) ?? [], report, codeInDoubt);
        }
    },
};

/** Whether a row has coded siblings and each of them starts as its code does where the parent's code ends. */
function siblingsAgree(parent: RowModel, code: string): boolean {
    const head = code.slice(0, parent.code!.length);
    const others = parent.children.filter(child => child.code && child.code !== code);
    return others.length > 0 && others.every(child => child.code!.startsWith(head));
}

/**
 * A row's name: a name the catalogue accepts for the year is right; otherwise it is checked against
 * a checked catalogue name, then the report's own 名词解释, and only then offered a recalled
 * catalogue name (as a hint).
 */
function checkRow(catalogue: CodeCatalogue, row: Row, code: string, name: string, year: number | undefined,
    glossaryNames: readonly string[], report: Reporter, codeInDoubt: boolean): void {
    const found = catalogue.entry(code);
    const judged = found ? judgeName(found.entry, name, year) : undefined;
    if (judged?.ok) return;
    // a code printed in brackets after the name (事业运行(2010350)) stays where the name is corrected
    const printed = row.name ?? name;
    const kept = printed.startsWith(name) ? printed.slice(name.length) : '';
    const fixTo = (expected: string) => codeInDoubt ? undefined : { title: `改为“${expected}”`, newText: expected + kept };
    if (found && judged?.variant) {
        // the classification's name spelled the way many reports print it: worth knowing, not an alarm
        report.info(row, `科目 ${code} 在科目表中名为“${judged.expected}”，此处写作“${name}”，是同一科目的另一种写法。`, { property: 'name', fix: fixTo(judged.expected) });
        return;
    }
    if (found && judged?.certain) {
        report.warning(row, `科目 ${code} 的名称${mismatchText(judged, name, year, found.layer)}`, { property: 'name', fix: fixTo(judged.expected) });
        return;
    }
    if (glossaryNames.some(n => sameName(n, name))) return;
    if (glossaryNames.length > 0) {
        report.warning(row, `科目 ${code} 在名词解释中名为“${glossaryNames[0]}”，此处写作“${name}”。`, { property: 'name', fix: fixTo(glossaryNames[0]) });
    } else if (found && judged) {
        report.info(row, `科目 ${code} 的名称${mismatchText(judged, name, year, found.layer)}`, { property: 'name', fix: fixTo(judged.expected) });
    }
}

/** A 名词解释 code entry: the names and digits of its label against the catalogue and the report. */
export const glossaryNameRule: Rule = {
    ...ruleMeta('glossary-name'),
    check(model, report, { catalogue }) {
        checkGlossary(model, report, catalogue);
    },
};

function checkGlossary(model: ReportModel, report: Reporter, catalogue: CodeCatalogue): void {
    const year = model.meta.year;
    const document = model.report.$document;
    const rowCodes = new Set<string>();
    const rowNames = new Map<string, string>();
    for (const { node } of model.rows) {
        if (node.code) {
            rowCodes.add(node.code);
            if (node.name && !rowNames.has(node.code)) rowNames.set(node.code, node.name);
        }
    }
    const rangeIn = (start: number | undefined, from: number, length: number): Range | undefined => {
        if (start === undefined || !document) return undefined;
        return {
            start: document.textDocument.positionAt(start + from),
            end: document.textDocument.positionAt(start + from + length),
        };
    };
    for (const entry of glossaryCodes(model.report)) {
        const { code } = entry;
        const labelStart = textContentOffset(entry.entry, 'label');
        if (rowCodes.size > 0 && !rowCodes.has(code)) {
            report.info(entry.entry, `名词解释中的科目 ${code} 在报告的表格中没有出现。`, { property: 'code' });
        }
        if (entry.segments.length === 0) continue;
        // the digits of the label spell the code: 社会保障和就业支出（208）…（05）…（05） = 2080505
        const spelled = entry.segments.map(s => s.digits).join('');
        if (spelled !== code) {
            const last = entry.segments[entry.segments.length - 1];
            const expectedDigits = code.slice(last.code.length - last.digits.length);
            const fix = last.code.length === code.length && expectedDigits.length === last.digits.length
                ? { title: `改为（${expectedDigits}）`, newText: expectedDigits, range: rangeIn(labelStart, last.digitsOffset, last.digits.length) }
                : undefined;
            report.warning(entry.entry, `名词解释条目的编码 ${code} 与名称中的编码 ${spelled} 不一致。`,
                { property: 'label', fix: fix?.range ? fix : undefined });
            continue;
        }
        for (const segment of entry.segments) {
            const found = catalogue.entry(segment.code);
            const level = levelOf(segment.code);
            // a recalled catalogue name gives way to the one the report's own tables use
            const span = found ? spanFor(found.entry, year) : undefined;
            const expected = span?.checked === false ? rowNames.get(segment.code) ?? span.name : span?.name ?? rowNames.get(segment.code);
            if (!segment.name) {
                if (!expected) continue;
                const range = rangeIn(labelStart, segment.bracketOffset, 0);
                report.warning(entry.entry, `名词解释中 ${segment.code} 的${level}级科目缺少名称，应为“${expected}”。`, {
                    property: 'label',
                    range: rangeIn(labelStart, segment.bracketOffset, segment.digits.length + 2),
                    fix: range ? { title: `补上名称“${expected}”`, newText: expected, range } : undefined,
                });
                continue;
            }
            if (!expected) continue;
            const range = rangeIn(labelStart, segment.nameOffset, segment.name.length);
            if (found) {
                const judged = judgeName(found.entry, segment.name, year);
                // 一般公共服务（201）, 社会保障和就业支出（208）: the same subject, either way
                if (judged.ok || judged.variant) continue;
                // a recalled catalogue name gives way where the report's tables agree with its 名词解释
                const rowName = rowNames.get(segment.code);
                if (!judged.certain && rowName && sameName(rowName, segment.name)) continue;
                const options = { property: 'label' as const, range, fix: { title: `改为“${judged.expected}”`, newText: judged.expected } };
                const message = `名词解释中 ${segment.code} 的名称${mismatchText(judged, segment.name, year, found.layer)}`;
                if (judged.certain) report.warning(entry.entry, message, options);
                else report.info(entry.entry, message, options);
            } else if (!sameName(segment.name, expected)) {
                // no catalogue says which is right; code-name already offers the 名词解释's name for
                // the row, and a fix here the other way would swap the two under `--fix`
                report.warning(entry.entry, `名词解释中 ${segment.code} 名为“${segment.name}”，报告表格中为“${expected}”。`,
                    { property: 'label', range });
            }
        }
    }
}

export const nameRules: readonly Rule[] = [codeNameRule, glossaryNameRule];
