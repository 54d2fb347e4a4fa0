import type { Range } from 'vscode-languageserver-types';
import type { Row } from '../../language/generated/ast.js';
import { CodeCatalogue, describeSpan, judgeName, levelOf, nameFor, sameName } from '../../catalogue/catalogue.js';
import { glossaryCodes, textContentOffset } from '../../catalogue/glossary.js';
import type { ReportModel } from '../../model/report-model.js';
import type { Reporter, Rule } from '../rule.js';

/** “（2020 年度起为“行政事业单位养老支出”）” or nothing. */
function whenExpected(span: Parameters<typeof describeSpan>[0]): string {
    const text = describeSpan(span);
    return text ? `${text}` : '';
}

/** A code row's name against the catalogue for the report's year, or the report's 名词解释. */
export const codeNameRule: Rule = {
    id: 'code-name',
    title: '科目名称与科目表（按报告年度）及名词解释一致',
    category: 'fast',
    check(model, report, { catalogue }) {
        const year = model.meta.year;
        const glossary = glossaryCodes(model.report);
        for (const { node } of model.rows) {
            if (!node.code || !node.name) continue;
            checkRow(catalogue, node, node.code, node.name, year, glossary, report);
        }
    },
};

function checkRow(catalogue: CodeCatalogue, row: Row, code: string, name: string, year: number | undefined,
    glossary: ReturnType<typeof glossaryCodes>, report: Reporter): void {
    const found = catalogue.entry(code);
    const fixTo = (expected: string) => ({ title: `改为“${expected}”`, newText: expected });
    if (found) {
        const judged = judgeName(found.entry, name, year);
        if (judged.ok) return;
        const when = whenExpected(judged.expectedSpan);
        const message = judged.outdated
            ? `科目 ${code} 的名称“${name}”已过时（${describeSpan(judged.outdated) || '旧称'}）：${year ?? ''}${year ? ' 年度' : ''}应为“${judged.expected}”${when ? `（${when}）` : ''}。`
            : `科目 ${code} 的名称应为“${judged.expected}”（${found.layer}），此处写作“${name}”。`;
        report.warning(row, message, { property: 'name', fix: fixTo(judged.expected) });
        return;
    }
    // the catalogues do not know the code: the report's own 名词解释 is the reference
    for (const entry of glossary) {
        const segment = entry.segments.find(s => s.code === code && s.name);
        if (segment && !sameName(segment.name, name)) {
            report.warning(row, `科目 ${code} 在名词解释中名为“${segment.name}”，此处写作“${name}”。`,
                { property: 'name', fix: fixTo(segment.name) });
            return;
        }
    }
}

/** A 名词解释 code entry: the names and digits of its label against the catalogue and the report. */
export const glossaryNameRule: Rule = {
    id: 'glossary-name',
    title: '名词解释中的科目编码与名称与科目表、报告正文一致',
    category: 'fast',
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
            const expected = found ? nameFor(found.entry, year) : rowNames.get(segment.code);
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
            const fix = { title: `改为“${expected}”`, newText: expected };
            if (found) {
                const judged = judgeName(found.entry, segment.name, year);
                // the 类 of a path is often written without its last 支出: 一般公共服务（201）
                if (judged.ok || (level === '类' && sameName(`${segment.name}支出`, judged.expected))) continue;
                const message = judged.outdated
                    ? `名词解释中 ${segment.code} 的名称“${segment.name}”已过时（${describeSpan(judged.outdated) || '旧称'}）：${year ? `${year} 年度` : ''}应为“${judged.expected}”。`
                    : `名词解释中 ${segment.code} 的名称应为“${judged.expected}”（${found.layer}），此处写作“${segment.name}”。`;
                report.warning(entry.entry, message, { property: 'label', range, fix: { ...fix, title: `改为“${judged.expected}”`, newText: judged.expected } });
            } else if (!sameName(segment.name, expected)) {
                report.warning(entry.entry, `名词解释中 ${segment.code} 名为“${segment.name}”，报告表格中为“${expected}”。`,
                    { property: 'label', range, fix });
            }
        }
    }
}

export const nameRules: readonly Rule[] = [codeNameRule, glossaryNameRule];
