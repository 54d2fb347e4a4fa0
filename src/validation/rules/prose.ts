import type { Decimal } from 'decimal.js';
import type { LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Figure } from '../../model/figure.js';
import { formatFigure, statedDecimals } from '../../model/figure.js';
import { Interval } from '../../model/interval.js';
import type { ProseSegment, ProseText } from '../../model/prose.js';
import { parseProse, textStart } from '../../model/prose.js';
import type { ReportModel } from '../../model/report-model.js';
import type { RowModel } from '../../model/rows.js';
import type { Rule } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';

interface Located {
    readonly prose: ProseText;
    readonly document: LangiumDocument;
    /** The text's references and hand-written figures, parsed once for every rule here. */
    readonly segments: readonly ProseSegment[];
}

const locatedByModel = new WeakMap<ReportModel, Located[]>();

/** The report's texts, parsed once per model and read by every rule here. */
function locatedProse(model: ReportModel): Located[] {
    let located = locatedByModel.get(model);
    if (!located) {
        const document = AstUtils.getDocument(model.report);
        located = model.nodes.prose.map(prose => ({ prose, document, segments: parseProse(prose.text) }));
        locatedByModel.set(model, located);
    }
    return located;
}

/**
 * The range of a piece of a text, found only when reported: looking up where a text starts
 * takes a walk of its syntax node. Undefined when the parser recovered without the text's node.
 */
function rangeOf(located: Located, offset: number, length: number): Range | undefined {
    const start = textStart(located.prose);
    if (start === undefined) return undefined;
    const text = located.document.textDocument;
    return { start: text.positionAt(start + offset), end: text.positionAt(start + offset + length) };
}

/** A reference 【…】 names exactly one figure. */
const referenceRule: Rule = {
    ...ruleMeta('reference'),
    check(model, report) {
        for (const located of locatedProse(model)) {
            for (const segment of located.segments) {
                if (segment.kind !== 'reference') continue;
                const found = model.references.resolve(segment.path);
                if (found.kind === 'found') continue;
                const range = rangeOf(located, segment.offset, segment.text.length);
                if (!range) continue;
                if (found.kind === 'missing') {
                    report.error(located.prose.node, `找不到引用 ${segment.text} 所指的数字：请写出表、行或列的名称，如【本年收入合计】【${model.template.tableLabel(1)}.收入.总计】。`, { range });
                } else if (found.kind === 'ambiguous') {
                    const paths = found.candidates.slice(0, 4).map(f => model.references.pathTo(f)).filter(p => p !== undefined).map(p => `【${p.join('.')}】`);
                    const names = found.candidates.slice(0, 4).map(f => f.label).join('；');
                    const suggestion = paths.length > 0 ? `，请写成 ${paths.join(' 或 ')}` : '，请加上表名或行名区分';
                    report.error(located.prose.node, `引用 ${segment.text} 可指 ${found.candidates.length} 个数字（${names}${found.candidates.length > 4 ? '…' : ''}）${suggestion}。`, { range });
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
    ...ruleMeta('prose-figure'),
    check(model, report) {
        const index = new FigureIndex(allFigures(model));
        for (const located of locatedProse(model)) {
            if (!located.prose.checkLiterals) continue;
            const text = located.prose.text;
            for (const segment of located.segments) {
                if (segment.kind !== 'literal') continue;
                // 单价50万元以上 is a threshold, not a figure of the accounts
                if (/^(以上|以下|以内)/.test(text.slice(segment.offset + segment.text.length))) continue;
                const kind = segment.unit === '%' ? 'rate' : 'amount';
                const written = Interval.rounded(segment.value, statedDecimals(kind, segment.decimals));
                const range = rangeOf(located, segment.offset, segment.text.length);
                if (!range) continue;
                const clause = clauseBefore(text, segment.offset);
                const suffix = segment.unit === '%' ? '' : '万元';
                const fixTo = (figure: Figure) => {
                    const path = model.references.pathTo(figure);
                    return path ? { title: `改为引用【${path.join('.')}】`, newText: `【${path.join('.')}】${suffix}` } : undefined;
                };
                const named = index.named(clause, kind);
                const matching = (list: readonly Located2[]) => list.filter(f => f.figure.interval.meets(written));
                if (named.length > 0 && matching(named).length === 0) {
                    const nearest = bestFor(clause, named);
                    report.error(located.prose.node, `文字写的 ${segment.text} 与数据中「${nearest.row.name}」${formatFigure(nearest.figure)}${suffix} 不符。`, { range, fix: fixTo(nearest.figure) });
                    continue;
                }
                const matched = named.length > 0 ? matching(named) : index.withValue(written, kind);
                if (matched.length === 0) {
                    report.warning(located.prose.node, `文字写的 ${segment.text} 与数据中的任何数字都不符。`, { range });
                } else if (!segment.value.isZero()) {
                    const best = bestFor(clause, matched);
                    const fix = fixTo(best.figure);
                    if (fix) report.hint(located.prose.node, `${segment.text} 即「${best.figure.label}」，可改为引用，数字改动时文字随之更新。`, { range, fix });
                }
            }
        }
    },
};

type Located2 = { readonly figure: Figure; readonly row: RowModel };

/** Figures by rounded value and by row name, so that each number in prose is looked up, not searched for. */
class FigureIndex {
    private byValueMade?: Map<string, Located2[]>;
    private readonly byName = new Map<string, Located2[]>();
    private readonly longestName: number;

    constructor(private readonly figures: readonly Located2[]) {
        let longest = 0;
        for (const entry of figures) {
            push(this.byName, `${entry.figure.kind}:${entry.row.name}`, entry);
            longest = Math.max(longest, entry.row.name.length);
        }
        this.longestName = longest;
    }

    /** Made on the first number in prose that names no row: many reports have none. */
    private get byValue(): Map<string, Located2[]> {
        if (!this.byValueMade) {
            this.byValueMade = new Map();
            for (const entry of this.figures) push(this.byValueMade, `${entry.figure.kind}:${centsOf(entry.figure.value)}`, entry);
        }
        return this.byValueMade;
    }

    /** Figures whose interval meets the written one: same value to the cent, or a cent either side. */
    withValue(written: Interval, kind: string): Located2[] {
        const cent = written.mid.toDecimalPlaces(2);
        return [-0.01, 0, 0.01]
            .flatMap(step => this.byValue.get(`${kind}:${centsOf(cent.plus(step))}`) ?? [])
            .filter(entry => entry.figure.interval.meets(written));
    }

    /** Figures of rows whose name the clause contains. */
    named(clause: string, kind: string): Located2[] {
        const found = new Set<Located2>();
        for (let start = 0; start < clause.length; start++) {
            for (let end = start + 1; end <= Math.min(clause.length, start + this.longestName); end++) {
                for (const entry of this.byName.get(`${kind}:${clause.slice(start, end)}`) ?? []) found.add(entry);
            }
        }
        return [...found];
    }
}

/**
 * A value to the cent, as text. Remembered per value: stated figures share their values with
 * every report and every keystroke that writes the same number (see parseLiteral).
 */
const cents = new WeakMap<Decimal, string>();
function centsOf(value: Decimal): string {
    let text = cents.get(value);
    if (text === undefined) cents.set(value, text = value.toFixed(2));
    return text;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

/**
 * Of several figures, the one the clause most likely means: its code and name written there,
 * and spending rather than income when the clause speaks of 支出 (and the other way round).
 */
function bestFor(clause: string, candidates: readonly Located2[]): Located2 {
    const score = ({ figure, row }: Located2) => {
        let points = 0;
        if (row.code && clause.includes(row.code)) points += 3;
        if (clause.includes(row.name)) points += 2;
        const income = figure.label.includes('收入');
        if (clause.includes('支出') && !clause.includes('收入')) points += income ? -2 : 1;
        if (clause.includes('收入') && !clause.includes('支出')) points += income ? 1 : -2;
        return points;
    };
    return candidates.reduce((best, next) => (score(next) > score(best) ? next : best));
}

/** The words of the clause before a position: back to the previous full stop, semicolon or comma. */
function clauseBefore(text: string, offset: number): string {
    const before = text.slice(Math.max(0, offset - 30), offset);
    const stop = Math.max(...['。', '；', '，', '\n'].map(p => before.lastIndexOf(p)));
    return before.slice(stop + 1);
}

function allFigures(model: ReportModel): { figure: Figure; row: RowModel }[] {
    const result: { figure: Figure; row: RowModel }[] = [];
    for (const row of model.rows) {
        for (const figure of row.cells.values()) result.push({ figure, row });
        for (const byColumn of row.attributes.values()) {
            for (const figure of byColumn.values()) result.push({ figure, row });
        }
    }
    return result;
}

const YEAR = /\d{4}年/;

/**
 * A sentence that states this year's figures names this year: “2019年…财政收入【本年收入合计】”
 * in a 2020 report is a slip. Sentences comparing with another year (比、较、相比、同比、上年)
 * are left alone.
 */
const proseYearRule: Rule = {
    ...ruleMeta('prose-year'),
    check(model, report) {
        const year = model.meta.year;
        if (year === undefined) return;
        for (const located of locatedProse(model)) {
            if (!located.prose.checkLiterals || !located.segments.some(s => s.kind !== 'text')) continue;
            const text = located.prose.text;
            if (!YEAR.test(text)) continue;
            for (const sentence of text.matchAll(/[^。；\n]+/g)) {
                const words = sentence[0];
                if (!YEAR.test(words) || /比|较|相比|同比|上年|以前|以来|至今/.test(words)) continue;
                // a reference or an amount within this sentence (the text's segments, not parsed again)
                const end = sentence.index + words.length;
                const statesFigures = located.segments.some(s => s.kind !== 'text' && s.offset >= sentence.index && s.offset + s.text.length <= end);
                if (!statesFigures) continue;
                for (const written of words.matchAll(/(\d{4})年(?![-—～~至])/g)) {
                    if (Number(written[1]) === year) continue;
                    const offset = sentence.index + written.index;
                    const range = rangeOf(located, offset, 4);
                    if (!range) continue;
                    report.warning(located.prose.node, `这句话陈述的是本年（${year}年）的数字，却写作“${written[1]}年”。`, {
                        range,
                        fix: { title: `改为 ${year}`, newText: String(year) },
                    });
                }
            }
        }
    },
};

export const proseRules: readonly Rule[] = [referenceRule, proseFigureRule, proseYearRule];
