import type { LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Figure } from '../../model/figure.js';
import { formatFigure } from '../../model/figure.js';
import { Interval } from '../../model/interval.js';
import type { ProseText } from '../../model/prose.js';
import { collectProse, parseProse, textStart } from '../../model/prose.js';
import type { ReportModel } from '../../model/report-model.js';
import type { RowModel } from '../../model/rows.js';
import { walkRows } from '../../model/rows.js';
import type { Rule } from '../rule.js';

interface Located {
    readonly prose: ProseText;
    readonly document: LangiumDocument;
    readonly start: number;
}

function locatedProse(model: ReportModel): Located[] {
    const document = AstUtils.getDocument(model.report);
    return collectProse(model.report).flatMap(prose => {
        const start = textStart(prose);
        return start === undefined ? [] : [{ prose, document, start }];
    });
}

function rangeOf(located: Located, offset: number, length: number): Range {
    const text = located.document.textDocument;
    return { start: text.positionAt(located.start + offset), end: text.positionAt(located.start + offset + length) };
}

/** A reference 【…】 names exactly one figure. */
const referenceRule: Rule = {
    id: 'reference',
    title: '文字中的引用【…】指向唯一的数字',
    category: 'fast',
    check(model, report) {
        for (const located of locatedProse(model)) {
            for (const segment of parseProse(located.prose.text)) {
                if (segment.kind !== 'reference') continue;
                const range = rangeOf(located, segment.offset, segment.text.length);
                const found = model.references.resolve(segment.path);
                if (found.kind === 'missing') {
                    report.error(located.prose.node, `找不到引用 ${segment.text} 所指的数字：请写出表、行或列的名称，如【本年收入合计】【附表6.201.基本支出】。`, { range });
                } else if (found.kind === 'ambiguous') {
                    const names = found.candidates.slice(0, 4).map(f => f.label).join('；');
                    report.error(located.prose.node, `引用 ${segment.text} 可指 ${found.candidates.length} 个数字（${names}${found.candidates.length > 4 ? '…' : ''}），请加上表名或行名区分。`, { range });
                }
            }
        }
    },
};

/**
 * A number written by hand in prose (万元 or %) agrees with the data: contradicting the figure
 * its clause names is an error; matching no figure at all is a warning; matching one is a hint
 * to write a reference instead, so that the text follows the figure when it changes.
 */
const proseFigureRule: Rule = {
    id: 'prose-figure',
    title: '文字中手写的金额、比例与数据一致',
    category: 'slow',
    check(model, report) {
        const figures = allFigures(model);
        for (const located of locatedProse(model)) {
            if (!located.prose.checkLiterals) continue;
            const text = located.prose.text;
            for (const segment of parseProse(text)) {
                if (segment.kind !== 'literal') continue;
                // 单价50万元以上 is a threshold, not a figure of the accounts
                if (/^(以上|以下|以内)/.test(text.slice(segment.offset + segment.text.length))) continue;
                const kind = segment.unit === '%' ? 'rate' : 'amount';
                const written = Interval.rounded(segment.value, Math.max(segment.decimals, 2));
                const range = rangeOf(located, segment.offset, segment.text.length);
                const clause = clauseBefore(text, segment.offset);
                const named = figures.filter(f => f.figure.kind === kind && clause.includes(f.row.name));
                const matching = (list: typeof figures) => list.filter(f => f.figure.interval.meets(written));
                const suffix = segment.unit === '%' ? '' : '万元';
                const fixTo = (figure: Figure) => {
                    const path = model.references.pathTo(figure);
                    return path ? { title: `改为引用【${path.join('.')}】`, newText: `【${path.join('.')}】${suffix}` } : undefined;
                };
                if (named.length > 0 && matching(named).length === 0) {
                    const nearest = named[0].figure;
                    report.error(located.prose.node, `文字写的 ${segment.text} 与数据中「${named[0].row.name}」${formatFigure(nearest)}${suffix} 不符。`, { range, fix: fixTo(nearest) });
                    continue;
                }
                const matched = matching(named.length > 0 ? named : figures.filter(f => f.figure.kind === kind));
                if (matched.length === 0) {
                    report.warning(located.prose.node, `文字写的 ${segment.text} 与数据中的任何数字都不符。`, { range });
                } else if (!segment.value.isZero()) {
                    const fix = fixTo(matched[0].figure);
                    if (fix) report.hint(located.prose.node, `${segment.text} 即「${matched[0].figure.label}」，可改为引用，数字改动时文字随之更新。`, { range, fix });
                }
            }
        }
    },
};

/** The words of the clause before a position: back to the previous full stop, semicolon or comma. */
function clauseBefore(text: string, offset: number): string {
    const before = text.slice(Math.max(0, offset - 30), offset);
    const stop = Math.max(...['。', '；', '，', '\n'].map(p => before.lastIndexOf(p)));
    return before.slice(stop + 1);
}

function allFigures(model: ReportModel): { figure: Figure; row: RowModel }[] {
    const result: { figure: Figure; row: RowModel }[] = [];
    const rows = [...[...model.tables.values()].flatMap(t => t.rows), ...model.sections.flatMap(s => s.rows)];
    walkRows(rows, row => {
        for (const figure of row.cells.values()) result.push({ figure, row });
        for (const byColumn of row.attributes.values()) {
            for (const figure of byColumn.values()) result.push({ figure, row });
        }
    });
    return result;
}

export const proseRules: readonly Rule[] = [referenceRule, proseFigureRule];
