import { Decimal } from 'decimal.js';
import type { AstNode, CstNode } from 'langium';
import { GrammarUtils } from 'langium';
import { isAttribute } from '../../language/generated/ast.js';
import type { Range } from 'vscode-languageserver-types';
import type { Figure } from '../../model/figure.js';
import { figureName, fixedText, formatDecimal, formatFigure, MONEY_UNITS, statedText, POINTS, roundingRangeText, workedOutRateText } from '../../model/figure.js';
import { HUNDRED, Interval } from '../../model/interval.js';
import { claimsOf } from '../../model/prose-claims.js';
import { targetOf } from '../../model/prose-targets.js';
import type { Relation, RelationRule } from '../../model/relations.js';
import type { ReportModel } from '../../model/report-model.js';
import type { RowModel } from '../../model/rows.js';
import { actualColumn, rowLabel } from '../../model/rows.js';
import type { Reporter, ReportExtra, Rule } from '../rule.js';
import { changeTo } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';
import { figureTextLike } from '../figure-text.js';
import { inRegion, syntaxRegions } from '../syntax-regions.js';
import type { Blame, Swap, Verdict } from './blame.js';
import { assignBlame, isDigitSwap } from './blame.js';

/**
 * What the report's relations come down to, worked out once per model for all the relation
 * rules: which stated figure each broken relation is the fault of, and the relations that hold
 * only within rounding or restate a figure one unit off.
 */
interface Findings {
    readonly verdict: Verdict;
    /** Relations left out: they take a figure in a region a syntax error makes unreliable. */
    readonly held: ReadonlySet<Relation>;
    /** Broken relations a direction written the wrong way round explains (see `directionSlips`): no figure is blamed for them. */
    readonly reversed: readonly Relation[];
    /** What each rule tells, in the verdict's and the relations' order: sorted once, when first asked, not by each rule over all of them. */
    byRule?: ReadonlyMap<RelationRule, RuleFindings>;
}

interface RuleFindings {
    readonly blamed: Blame[];
    readonly unexplained: [Relation, Decimal | undefined][];
    /** Unexplained sums a part's swapped digits would mend, one or several: the candidates (Verdict.swaps). */
    readonly swaps: ReadonlyMap<Relation, readonly Swap[]>;
    /** At-least bounds broken (no equation to blame a figure of). */
    readonly brokenBounds: Relation[];
    /** Broken by a direction written the wrong way round. */
    readonly reversed: Relation[];
    readonly holding: Relation[];
}

const findingsOf = new WeakMap<ReportModel, Findings>();

function findings(model: ReportModel): Findings {
    let found = findingsOf.get(model);
    if (!found) findingsOf.set(model, found = makeFindings(model));
    return found;
}

function ruleFindings(model: ReportModel, rule: RelationRule): RuleFindings | undefined {
    const found = findings(model);
    found.byRule ??= sortByRule(model, found);
    return found.byRule.get(rule);
}

function sortByRule(model: ReportModel, { verdict, held, reversed }: Findings): Map<RelationRule, RuleFindings> {
    const byRule = new Map<RelationRule, RuleFindings>();
    const of = (rule: RelationRule) => {
        let own = byRule.get(rule);
        if (!own) byRule.set(rule, own = { blamed: [], unexplained: [], swaps: verdict.swaps, brokenBounds: [], reversed: [], holding: [] });
        return own;
    };
    for (const relation of reversed) of(relation.rule).reversed.push(relation);
    for (const blame of verdict.blamed) of(primaryOf(blame).rule).blamed.push(blame);
    for (const [relation, fix] of verdict.unexplained) of(relation.rule).unexplained.push([relation, fix]);
    for (const relation of model.relations) {
        if (relation.atLeast && !relation.holds && !held.has(relation)) of(relation.rule).brokenBounds.push(relation);
    }
    for (const relation of model.relations) {
        if (relation.holds && !held.has(relation)) of(relation.rule).holding.push(relation);
    }
    return byRule;
}

function makeFindings(model: ReportModel): Findings {
    const regions = syntaxRegions(model.report);
    const held = new Set<Relation>();
    if (regions.length > 0) {
        for (const relation of model.relations) {
            if ([relation.target, ...relation.parts].some(f => inRegion(f.node, regions))) held.add(relation);
        }
    }
    // an at-least bound is no equation to solve: told on its own, unless an equation broken by one of its figures tells it
    const equations = model.relations.filter(r => !held.has(r) && !r.atLeast);
    const broken = new Set(equations.filter(r => !r.holds && r.target.node));
    const reversed = directionSlips(broken);
    for (const relation of reversed) broken.delete(relation);
    const bounds = model.relations.filter(r => !held.has(r) && r.atLeast);
    return { verdict: assignBlame(equations, broken, model.derivations, bounds), held, reversed };
}

/**
 * The broken relations a direction written the wrong way round explains: those of a group, sharing figures, every one of
 * which holds with its target's direction turned (减少 1.00 and 下降 25% beside a row that rose by 1.00, 25%). A figure
 * typed wrong that mirrors both exactly is a coincidence; a word or a sign slipped is not. A group holding another broken
 * relation (the row's sum) has a figure typed wrong: blame tells it.
 */
function directionSlips(broken: ReadonlySet<Relation>): Relation[] {
    if (![...broken].some(r => r.reversal)) return [];
    const group = new Map<Relation, Relation>();
    const find = (r: Relation): Relation => {
        let root = r;
        while (group.get(root) !== root) root = group.get(root)!;
        return root;
    };
    const firstWith = new Map<Figure, Relation>();
    for (const relation of broken) {
        group.set(relation, relation);
        for (const figure of [relation.target, ...relation.parts]) {
            const other = firstWith.get(figure);
            if (!other) firstWith.set(figure, relation);
            else group.set(find(relation), find(other));
        }
    }
    const mixed = new Set([...broken].filter(r => !r.reversal).map(find));
    return [...broken].filter(r => r.reversal && !mixed.has(find(r)));
}

/**
 * The value the relations say a figure should have: found wrong alone, or the target of a broken relation that it alone
 * would mend, breaking nothing that holds (none for 支出 总计 800.00 equal to 收入's: a part may be the wrong one).
 * `withheld`: also the value not told because it breaks a bound that holds (Verdict.withheld) — enough to spare prose
 * that agrees with it, never to tell as the right one.
 */
export function correctedValue(model: ReportModel, figure: Figure, withheld = false): Decimal | undefined {
    const { verdict } = findings(model);
    for (const blame of verdict.blamed) {
        const found = blame.figures.find(f => f.figure === figure);
        if (found) return found.value;
    }
    for (const [relation, fix] of verdict.unexplained) if (relation.target === figure && fix) return fix;
    if (withheld) for (const [relation, value] of verdict.withheld) if (relation.target === figure) return value;
    return undefined;
}

/**
 * The figures of the report's broken equations (at-least bounds aside): a bound or limit broken by
 * one of them is the same mistake, already reported, and is not told again.
 */
export function brokenFigures(model: ReportModel): ReadonlySet<Figure> {
    let found = brokenFiguresOf.get(model);
    if (!found) {
        brokenFiguresOf.set(model, found = new Set());
        for (const relation of model.relations) {
            if (relation.holds || relation.atLeast) continue;
            found.add(relation.target);
            for (const part of relation.parts) found.add(part);
        }
    }
    return found;
}

const brokenFiguresOf = new WeakMap<ReportModel, Set<Figure>>();

/**
 * Reports the model's relations of one kind. A figure found wrong gets one error under the rule
 * of the relation it is most plainly about, with the relations its value breaks as related
 * information; a broken relation no one figure explains is an error on the figure it is about.
 * A relation that holds only within rounding is a hint; a figure restating another one unit off
 * is a warning; a rate that holds only when read as truncated is a warning of its own.
 */
function relationRule(id: RelationRule, more?: (model: ReportModel, report: Reporter) => void): Rule {
    return {
        ...ruleMeta(id),
        check(model, report) {
            const own = ruleFindings(model, id);
            const teller = new Teller(model, report);
            for (const blame of own?.blamed ?? []) teller.blame(blame);
            for (const [relation, fix] of own?.unexplained ?? []) teller.broken(relation, fix, own?.swaps.get(relation));
            for (const relation of own?.brokenBounds ?? []) teller.broken(relation, undefined);
            for (const relation of own?.reversed ?? []) teller.reversed(relation);
            for (const relation of own?.holding ?? []) teller.holding(relation);
            more?.(model, report);
        },
    };
}

/** The relation a blame is told by: one about a blamed figure itself, else the first sum, else the first. */
function primaryOf(blame: Blame): Relation {
    return blame.relations.find(r => blame.figures.some(f => f.figure === r.target))
        ?? blame.relations.find(r => r.form?.kind === 'sum')
        ?? blame.relations[0];
}

/** A stated value as written and a computed one at the stated figure's precision: 2952.54, 96.98%. */
function shown(value: Decimal, like: Figure, grouped: boolean): string {
    return fixedText(value, like.decimals, grouped) + (like.kind === 'rate' ? '%' : '');
}

/** Where a figure stands, for the end of a message: 附表6 › 201 一般公共服务支出. */
function placeOf(figure: Figure): string {
    return figure.place ?? figure.label;
}

/** A figure's row as the table prints it, without the table: 21301 农业农村. */
function rowOf(figure: Figure): string | undefined {
    const place = figure.place;
    return place ? place.slice(place.lastIndexOf('›') + 1).trim() : undefined;
}

/** A figure named with its row, for a message about another figure: 20103 政府办公厅（室）及相关机构事务 合计. */
function rowAndName(figure: Figure): string {
    const row = rowOf(figure);
    if (!row) return figure.label;
    const name = figureName(figure);
    return name === row ? row : `${row} ${name}`;
}

/** The computed value of a relation at its target's precision. */
function pointOf(relation: Relation): Decimal {
    return relation.value.toDecimalPlaces(relation.target.decimals, Decimal.ROUND_HALF_UP);
}

/**
 * “合计 2952.54 与各子项之和 2943.54 不符（差 9.00）”: the fact, the target named by `name`. A rate
 * written to fewer places is compared at two where they show the gap (完成预算 100% 与 96.98%), at
 * its own where they add nothing (占比 80% 与 75%).
 */
function mismatch(relation: Relation, name: string, grouped: boolean): string {
    const { target } = relation;
    // points (得分 92 against lines of 8.5) are rounded as rates are
    const decimals = target.kind === 'rate' || target.unit === POINTS ? Math.max(target.decimals, 2) : target.decimals;
    const point = relation.value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    const unit = target.kind === 'rate' ? '%' : '';
    const show = (value: Decimal) => fixedText(value, value.decimalPlaces() <= target.decimals ? target.decimals : decimals, grouped) + unit;
    // a signed change (增减额 -4.00 for 4.00) says its sign is the other way round, a word its direction
    const reversed = relation.reversal && 'sign' in relation.reversal ? '正负号相反，' : isReversed(relation) ? '变动方向相反，' : '';
    return `${name} ${statedText(target, grouped)} 与${relation.description} ${show(point)} 不符（${reversed}差 ${show(point.minus(target.value).abs())}）`;
}

/** 减少 −2.33 would mean an increase: the direction is wrong, no value mends it. */
function isReversed(relation: Relation): boolean {
    return (relation.rule === 'change' || relation.rule === 'growth') && pointOf(relation).isNegative() && !relation.target.value.isNegative();
}

/**
 * The words for a share one unit in its last place off its rounding, written so that the shares
 * of one whole add up to exactly 100%: a 尾差 adjusted on purpose, told alike in a table and in prose.
 */
export function balancedShareMessage(share: { what: string; rounded: string; source: string; formula: string; exact: Decimal; places: number; shares: readonly string[]; among: string }): string {
    // the exact share to two places more than the written ones, and never fewer (50.00%, not 50%, beside 49.99%)
    const exact = share.exact.toDecimalPlaces(share.places + 2, Decimal.ROUND_HALF_UP);
    return `${share.what} 按数据应为 ${share.rounded}%（「${share.source}」：${share.formula} = ${exact.toFixed(Math.max(share.places, exact.decimalPlaces()))}%）；${share.among}各项占比 ${share.shares.join(' + ')} 恰为 100%，这一项看来是为凑足 100% 调整了尾差。照实可写作 ${share.rounded}%。`;
}

/**
 * The stated shares of the whole a share relation divides by, where that share is one unit off
 * its rounding, the others agree with the data and all add up to exactly 100%; else undefined.
 */
function balancingShares(model: ReportModel, relation: Relation): Figure[] | undefined {
    const { target } = relation;
    if (relation.rule !== 'share' || !target.stated) return undefined;
    if (!target.value.minus(pointOf(relation)).abs().equals(new Decimal(10).pow(-target.decimals))) return undefined;
    const whole = relation.parts.at(-1);
    const siblings = model.relations.filter(r => r.rule === 'share' && r.target.stated && r.parts.at(-1) === whole);
    if (siblings.length < 2 || siblings.some(r => r !== relation && !r.holds)) return undefined;
    const sum = siblings.reduce((acc, r) => acc.plus(r.target.value), new Decimal(0));
    return sum.equals(100) ? siblings.map(r => r.target) : undefined;
}

/** Whether a stated rate is the computed one truncated rather than rounded. */
function isTruncated(relation: Relation): boolean {
    const { target } = relation;
    return target.kind === 'rate' && Interval.truncated(target.value, target.decimals).meets(relation.computed);
}

/** The text of a figure at a new value, written as the figure is (1,035.00, 2.34万元, 96.9%). */
function textFor(model: ReportModel, value: Decimal, figure: Figure): string {
    const written = figure.node?.$cstNode?.text ?? '';
    return figureTextLike(written, value, figure.decimals, model.groupsDigits);
}

/**
 * Whether a sentence of the report writes the figure, read as that one figure's, within its rounding: a row's
 * amount, or its 增加/减少 or 上年 (同比减少144.92万元).
 */
function writtenInText(model: ReportModel, figure: Figure): boolean {
    return claimsOf(model).some(text => text.claims.some(claim => {
        if (claim.kind !== 'figure' || claim.notData || claim.figure.unit !== figure.unit) return false;
        const quantities = claim.subject?.quantities ?? [];
        if (quantities.length !== 1 || !claim.figure.interval.contains(figure.value)) return false;
        if (claim.role.kind === 'value') return quantities[0].row.cells.get(quantities[0].column ?? actualColumn(quantities[0].row) ?? '') === figure;
        const { role } = claim;
        return (role.kind === 'last' || (role.kind === 'change' && !role.versus))
            && targetOf(model, quantities[0], role, claim.figure.kind, claim.figure.unit)?.figure === figure;
    }));
}

function fixTo(model: ReportModel, value: Decimal, figure: Figure): ReportExtra['fix'] {
    return changeTo(textFor(model, value, figure));
}

/** The rows of a model's figures, found once per model: a message names a figure by its row where its column says little. */
const rowsOf = new WeakMap<ReportModel, Map<Figure, RowModel>>();

function rowIndex(model: ReportModel): Map<Figure, RowModel> {
    let index = rowsOf.get(model);
    if (!index) {
        rowsOf.set(model, index = new Map());
        for (const row of model.rows) for (const figure of row.cells.values()) index.set(figure, row);
    }
    return index;
}

/** Per model: each figure whose children add up to it only within rounding, with that relation. */
const offChildren = new WeakMap<ReportModel, Map<Figure, Relation>>();

/**
 * Whether a total holds within rounding only through one of its parts that is itself off its own parts, and
 * would hold exactly with that part's parts in its place (类 300.00 over a 款 of 300.01 whose 项 add up to 300.00):
 * the part's hint tells the one odd figure; the total's would tell it again (one hint per odd figure).
 */
function throughOddChild(model: ReportModel, relation: Relation): boolean {
    const form = relation.form;
    if ((relation.rule !== 'sum-children' && relation.rule !== 'sum-total') || form?.kind !== 'sum') return false;
    let off = offChildren.get(model);
    if (!off) {
        offChildren.set(model, off = new Map());
        for (const r of model.relations) {
            if (r.rule === 'sum-children' && r.holds && !r.atLeast && r.target.stated && !r.roundsToTarget()) off.set(r.target, r);
        }
    }
    const { target } = relation;
    return form.terms.some(term => {
        const own = off.get(term.figure);
        if (!own) return false;
        const mended = relation.value.plus(own.value.minus(term.figure.value).times(term.sign));
        return mended.toDecimalPlaces(target.decimals, Decimal.ROUND_HALF_UP).equals(target.value);
    });
}

/** Tells one rule's findings in words, for one model. */
/** Parts whose swapped digits would each mend a sum, named in its error before 「等 N 项」. */
const MAX_SWAPS_NAMED = 3;

class Teller {
    /** Figures warned as one copy off another already: a figure restated by two, or restating two, gets one warning. */
    private readonly oddCopies = new Set<Figure>();
    /** Each copied child's relation to its row (copiedChild), found once: the hints ask it for every figure they tell. */
    private copiedChildParents: Map<Figure, Relation> | undefined;

    constructor(private readonly model: ReportModel, private readonly report: Reporter) {}

    /** A stated figure as the report writes it (64,999,264.21 where it groups thousands). */
    private figure(figure: Figure): string {
        return statedText(figure, this.model.groupsDigits);
    }

    /** A value at a figure's precision, as the report writes it. */
    private shown(value: Decimal, like: Figure): string {
        return shown(value, like, this.model.groupsDigits);
    }

    private mismatch(relation: Relation, name: string): string {
        return mismatch(relation, name, this.model.groupsDigits);
    }

    /**
     * What a message calls a figure: its column or attribute (合计, 基本支出 占比, 完成预算); the
     * figure of a row with a single column by its row (本年收入合计), the column saying nothing.
     */
    private nameOf(figure: Figure): string {
        const row = figure.kind === 'rate' ? undefined : rowIndex(this.model).get(figure);
        return row && row.columns.length === 1 && row.cells.get(row.columns[0]) === figure ? rowLabel(row) : figureName(figure);
    }

    /**
     * The figures' names, each with the table it is in (表1 本年支出合计、表3 本年支出合计) where two would read alike, or
     * with its row where they are in one table: a message naming the same thing twice says nothing of where to look.
     */
    private distinctNames(figures: readonly Figure[]): string[] {
        const names = figures.map(figure => this.nameOf(figure));
        if (new Set(names).size === names.length) return names;
        const tables = figures.map(figure => (figure.place ?? figure.label).split(' › ')[0]);
        return new Set(tables).size === tables.length ? names.map((name, i) => `${tables[i]} ${name}`) : figures.map(rowAndName);
    }

    /**
     * A figure ten thousand times what it should be (or a ten-thousandth): copied in 元 into a
     * report kept in 万元, or the other way round. A heuristic: floating point is precise enough.
     */
    private slip(figure: Figure, should: Decimal): string {
        const declared = this.model.meta.unit;
        if (figure.kind !== 'amount' || figure.unit !== declared || !MONEY_UNITS.has(declared) || should.isZero() || figure.value.isZero()) return '';
        const ratio = figure.value.toNumber() / should.toNumber();
        const near = (x: number) => Math.abs(ratio - x) <= x * 0.001;
        if (near(10000)) return `；约是应有数的一万倍，像是按元填写的，本报告金额单位是${declared}`;
        if (near(0.0001)) return `；约是应有数的万分之一，像是按万元填写的，本报告金额单位是${declared}`;
        return '';
    }

    /** A figure printed with two neighbouring digits swapped (786.83 for 786.38): which two, said plainly. */
    private swap(figure: Figure, should: Decimal): string {
        if (!isDigitSwap(figure, should)) return '';
        const [printed, mended] = [this.figure(figure), this.shown(should, figure)];
        if (printed.length !== mended.length) return '';
        const differ = [...printed].flatMap((c, i) => c === mended[i] ? [] : [i]);
        const [from, last] = [differ[0], differ[differ.length - 1]];
        // digits either side of a point or a comma (25.80 for 28.50): the two digits, not a slice with the mark between
        if (last - from > 1) return `；看来是两位数字颠倒：${printed} 中的“${printed[from]}”与“${printed[last]}”颠倒`;
        return `；看来是两位数字颠倒：${printed} 中的“${printed.slice(from, last + 1)}”应为“${mended.slice(from, last + 1)}”`;
    }

    private related(relations: readonly Relation[], causes: readonly Figure[]): ReportExtra['related'] {
        const cause = causes.map(f => `${rowAndName(f)} ${this.figure(f)}`).join('、');
        return relations.filter(r => r.target.node).map(r => ({
            node: r.target.node as AstNode,
            message: `${this.mismatch(r, rowAndName(r.target))}：由 ${cause} 引起。`,
        }));
    }

    /**
     * A blamed figure gets one error with the value it should have; two figures typed wrong together
     * in one row get one error over both, whose fix mends both; in two rows, one each.
     */
    blame(blame: Blame): void {
        const primary = primaryOf(blame);
        const figures = blame.figures.map(b => b.figure);
        const others = blame.relations.filter(r => r !== primary);
        const aboutOne = figures.length === 1 && primary.target === figures[0];
        if (aboutOne && others.length === 0 && this.balanced(primary)) return;
        if (aboutOne && others.length === 0 && isTruncated(primary)) {
            this.truncated(primary);
            return;
        }
        const also = others.length > 0 ? `；由此还有 ${others.length} 处不符` : '';
        const related = this.related(figures.includes(primary.target) ? others : blame.relations, figures);
        if (aboutOne) {
            const [{ figure }] = blame.figures;
            const value = this.asCopy(figure, blame.figures[0].value, primary);
            // a figure the report's text writes as it stands (财政拨款支出总计374.5208万元): changed alone, the text is wrong
            const fix = writtenInText(this.model, figure) ? undefined : fixTo(this.model, value, figure);
            this.report.error(figure.node!, `${this.mismatch(primary, this.nameOf(figure))}，应为 ${this.shown(value, figure)}${this.slip(figure, value)}${this.swap(figure, value)}${also}。${placeOf(figure)}：${primary.formula}。`,
                { fix, related });
            return;
        }
        const stated = this.distinctNames(figures).map((name, i) => `${name} ${this.figure(figures[i])}`).join('、');
        const should = blame.figures.map(({ figure, value }) => this.shown(value, figure)).join('、');
        // the relation is another figure's: its formula goes with it, the place is the blamed figure's
        const swap = blame.figures.length === 1 ? this.swap(blame.figures[0].figure, blame.figures[0].value) : '';
        // one addend (小计 830.00) is named in the mismatch already: listed again after it, it reads as the target's sum
        const formula = primary.parts.length === 1 ? '' : `：${primary.formula}`;
        const message = `${stated} 应为 ${should}${swap}。${this.mismatch(primary, rowAndName(primary.target))}${formula}${also}。${placeOf(figures[0])}。`;
        const span = sameRowSpan(this.model, blame);
        // as for one figure: a figure the text writes as it stands is left to the user, text and table together
        const inText = figures.some(figure => writtenInText(this.model, figure));
        if (span) {
            this.report.error(figures[0].node!, message, { range: span.range, fix: inText ? undefined : changeTo(span.newText), related });
            return;
        }
        for (const { figure, value } of blame.figures) this.report.error(figure.node!, message, { fix: inText ? undefined : fixTo(this.model, value, figure), related });
    }

    /**
     * The value offered for a figure that is a row's only child or has one, where it is one unit off that copy and the
     * copy's own figure mends the relation too (21011 96.54 over 项 of 96.52 under 210 96.52: 96.52, not 96.53).
     */
    private asCopy(figure: Figure, value: Decimal, relation: Relation): Decimal {
        if (relation.target !== figure) return value;
        const copy = this.model.relations.map(r => onlyChild(r) === figure ? r.target : r.target === figure ? onlyChild(r) : undefined)
            .find(c => c !== undefined && c.stated && c.decimals === figure.decimals);
        if (!copy || copy.value.equals(value) || copy.value.minus(value).abs().gt(new Decimal(10).pow(-figure.decimals))) return value;
        return relation.computed.meets(Interval.rounded(copy.value, figure.decimals)) ? copy.value : value;
    }

    /**
     * A broken relation no one figure explains, told at its own figure: with a value and a fix only where changing that
     * alone breaks nothing (a 款 whose 类 agrees with it, not with its 项, gets none: a 项 may be the wrong one).
     */
    broken(relation: Relation, mend: Decimal | undefined, swaps?: readonly Swap[]): void {
        const { target } = relation;
        // shares that do not add up to 100%: nothing says which of them is wrong
        const fix = relation.rule === 'share-total' || mend === undefined ? undefined : this.asCopy(target, mend, relation);
        if (!target.node) return;
        if (relation.atLeast) {
            const broken = brokenFigures(this.model);
            if ([target, ...relation.parts].some(f => broken.has(f))) return;
            // a bound by one figure says it once (小于…的上年之和 80.00, not 80.00（80.00）)
            const formula = relation.parts.length > 1 ? `（${relation.formula}）` : '';
            this.report.error(target.node, `${this.nameOf(target)} ${this.figure(target)} 小于${relation.description} ${this.shown(relation.value, target)}${formula}：${relation.boundedBecause ?? (relation.rule === 'sum-children'
                ? '有的子项没写这一列（未填写，按不小于 0 计），上级不能比已填各子项之和还小'
                // a column left out (sum-columns), rows left out (a two-sided table's items, an excerpt's ……)
                : '没写的列、行按不小于 0 计，合计不能比已写各项之和还小')}。${placeOf(target)}。`);
            return;
        }
        if (this.balanced(relation)) return;
        if (isTruncated(relation)) {
            this.truncated(relation);
            return;
        }
        if (relation.rule === 'share-total') {
            // the first share stands for them all: what is wrong is their sum
            const sum = formatDecimal(relation.value);
            this.report.error(target.node, `同一总数的各项占比之和为 ${sum}%，应为 100%（差 ${formatDecimal(HUNDRED.minus(relation.value).abs())}%）：${relation.formula}。${placeOf(target)}。`);
            return;
        }
        const should = fix ? `，应为 ${this.shown(fix, target)}` : '';
        // a tie to one figure has said it already: its formula after the target's place would read as the target's
        const formula = relation.parts.length === 1 ? '' : `：${relation.formula}`;
        // a figure the report's text writes as it stands: changed alone, the text is wrong
        const offered = fix && !writtenInText(this.model, target) ? { fix: fixTo(this.model, fix, target) } : undefined;
        this.report.error(target.node, `${this.mismatch(relation, this.nameOf(target))}${should}${this.slip(target, relation.value)}${fix ? this.swap(target, fix) : ''}${this.swaps(relation, swaps)}。${placeOf(target)}${formula}。`, offered);
    }

    /**
     * Parts each of whose swapped digits would mend the sum: named, none chosen (培训费 46,500.00 或 其他商品和服务支出 79,800.00);
     * the first few of many, with how many there are.
     */
    private swaps(relation: Relation, swaps: readonly Swap[] | undefined): string {
        if (!swaps) return '';
        // a row of one column by its row alone (30216 培训费), else with its column
        const named = (figure: Figure) => { const name = this.nameOf(figure); return name === figureName(figure) ? rowAndName(figure) : name; };
        const each = swaps.slice(0, MAX_SWAPS_NAMED).map(({ figure, value }) => `${named(figure)} ${this.figure(figure)} 应为 ${this.shown(value, figure)}`);
        const more = swaps.length > MAX_SWAPS_NAMED ? ` 等 ${swaps.length} 项` : '';
        // the parts of a sum down the rows are its 子项; across the columns, and elsewhere, just its items
        const part = relation.rule === 'sum-children' ? '子项' : '项';
        // one candidate is a possibility beside the total's own slip, which the message tells first: neither is chosen
        if (swaps.length === 1) {
            const [{ figure, value }] = swaps;
            return `；也可能是${part === '子项' ? '子项 ' : ''}${named(figure)} ${this.figure(figure)} 两位数字颠倒（应为 ${this.shown(value, figure)}），请核对原表`;
        }
        return `；可能是某一${part}两位数字颠倒：${each.join('，或 ')}${more}，是哪一个请核对原表`;
    }

    /**
     * A direction written the wrong way round: the word (减少 where the row rose), with the other word as its fix, or a
     * table's sign (增减额 10.00 where it fell by 10.00), with the figure negated.
     */
    reversed(relation: Relation): void {
        const { target, reversal } = relation;
        if (!target.node || !reversal) return;
        const point = pointOf(relation);
        const place = `${placeOf(target)}：${relation.formula}。`;
        if ('sign' in reversal) {
            const negated = target.value.negated();
            this.report.error(target.node, `${this.nameOf(target)} ${this.figure(target)} 与${relation.description} ${this.shown(point, target)} 正负号相反（本年比上年${point.isNegative() ? '减少' : '增加'}），应为 ${this.shown(negated, target)}。${place}`,
                { fix: fixTo(this.model, negated, target) });
            return;
        }
        const attribute = target.node.$container;
        const key = isAttribute(attribute) && attribute.values.length === 1 && attribute.$cstNode ? GrammarUtils.findNodeForProperty(attribute.$cstNode, 'key') : undefined;
        const written = isAttribute(attribute) ? attribute.key : undefined;
        this.report.error(target.node, `${this.mismatch(relation, this.nameOf(target))}：${written ? `“${written}”应为“${reversal.word}”` : `应写“${reversal.word}”`}。${place}`,
            key ? { fix: { title: `改为“${reversal.word}”`, newText: reversal.word, range: key.range } } : undefined);
    }

    /**
     * A share adjusted so that its whole's shares make 100%: an info in the words prose gets too, as the 尾差 is a common,
     * deliberate way of printing shares (教育部 2024), not a slip. Whether it was one.
     */
    balanced(relation: Relation): boolean {
        const shares = balancingShares(this.model, relation);
        const { target } = relation;
        if (!shares || !target.node) return false;
        const point = pointOf(relation);
        this.report.info(target.node, balancedShareMessage({
            what: `${this.nameOf(target)} ${this.figure(target)}`, rounded: point.toFixed(target.decimals), source: target.label,
            formula: relation.formula, exact: relation.value, places: target.decimals, shares: shares.map(f => this.figure(f)),
            among: '同一总数的',
        }), { fix: fixTo(this.model, point, target) });
        return true;
    }

    truncated(relation: Relation): void {
        const { target } = relation;
        const point = pointOf(relation);
        this.report.warning(target.node!, `${this.nameOf(target)} ${this.figure(target)} 是截尾所得，不是四舍五入：${relation.description}为 ${relation.formula} = ${workedOutRateText(relation.value, target.decimals)}%，四舍五入应为 ${this.shown(point, target)}。${placeOf(target)}。`,
            { fix: fixTo(this.model, point, target) });
    }

    /**
     * A restatement one unit off, told at the restated copy instead of the target where that copy is the odd one:
     * its own parts (children, columns), within rounding of it, add up to the target's value exactly (表三 221
     * printed 15,418.26 over parts of 15,418.25, 表一 printing 15,418.25). Whether it was told so.
     */
    private oddCopy(copy: Figure, target: Figure, should: Decimal, decimals: number): boolean {
        if (!copy.node || copy.suspect) return false;
        const own = this.model.relations.find(r => r.target === copy && r.holds && r.form?.kind === 'sum' && !restatedFigure(r)
            && r.value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).equals(should));
        // or a sum it is a part of (its row's 合计 over its columns) is exact with `should` in its place, and not with it
        const within = own ? undefined : this.model.relations.find(r => r.target !== target && r.holds && r.target.stated && r.form?.kind === 'sum' && r.form.constant === undefined
            && r.form.terms.some(t => t.figure === copy && t.sign === 1) && !r.roundsToTarget()
            && r.value.minus(copy.value).plus(should).toDecimalPlaces(r.target.decimals, Decimal.ROUND_HALF_UP).equals(r.target.value));
        if (!own && !within) return false;
        if (this.oddCopies.has(copy)) return true;
        this.oddCopies.add(copy);
        const because = own ? `${own.description}也是 ${this.shown(should, copy)}` : `${this.nameOf(within!.target)} ${this.figure(within!.target)} 减去同一行其余各项也是 ${this.shown(should, copy)}`;
        this.report.warning(copy.node, `${this.nameOf(copy)} ${this.figure(copy)} 与「${placeOf(target)}」 ${this.figure(target)} 是同一个数，却差 ${this.shown(copy.value.minus(target.value).abs(), copy)}：同一数字在各处应完全一致，${because}，应为 ${this.shown(should, copy)}。${placeOf(copy)}。`,
            { fix: fixTo(this.model, should, copy) });
        return true;
    }

    /**
     * The only child a row restates, where 0.01 apart is a slip: the row below it at the same precision. A row above
     * its only child may hold a hidden one that rounds to 0.00, and a coarser row (235.6 over 235.65) is rounded; a
     * child that is itself exactly the sum of its own rounded parts may differ from its row rounded from 元 (208
     * 2,872.51 over 20805 2,872.52 = 312.60 + 486.25 + 1,382.44 + 691.23): those are rounding, told as hints.
     */
    private copiedChild(relation: Relation): Figure | undefined {
        const child = onlyChild(relation);
        if (!child || child.decimals !== relation.target.decimals || !relation.target.value.lt(child.value)) return undefined;
        const summed = this.model.relations.some(r => r.target === child && r.rule === 'sum-children' && r.form?.kind === 'sum'
            && r.form.terms.length > 1 && r.value.equals(child.value));
        return summed ? undefined : child;
    }

    private parentsOfCopiedChildren(): ReadonlyMap<Figure, Relation> {
        if (!this.copiedChildParents) {
            this.copiedChildParents = new Map();
            for (const relation of this.model.relations) {
                const child = this.copiedChild(relation);
                if (child) this.copiedChildParents.set(child, relation);
            }
        }
        return this.copiedChildParents;
    }

    /**
     * A relation that holds: a figure restating another must equal it once both are rounded to the
     * coarser precision (one unit off is a warning); other relations hold within rounding (a hint
     * where the stated figure is not the computed one rounded).
     */
    holding(relation: Relation): void {
        const { target } = relation;
        if (!target.node) return;
        const child = this.copiedChild(relation);
        const restated = restatedFigure(relation) ?? child;
        if (restated) {
            const decimals = Math.min(target.decimals, restated.decimals);
            const a = target.value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
            const b = restated.value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
            if (a.equals(b)) return;
            // one warning per figure: a figure between two copies of it (201 › 20106 › 2010601) is told once
            if (this.oddCopies.has(target) || this.oddCopy(restated, target, a, decimals)) return;
            this.oddCopies.add(target);
            const off = this.shown(a.minus(b).abs(), target);
            if (!child) {
                this.report.warning(target.node, `${this.nameOf(target)} ${this.figure(target)} 与${relation.description} ${this.figure(restated)} 是同一个数，却差 ${off}：同一数字在各处应完全一致，应为 ${this.shown(b, target)}。${placeOf(target)}。`,
                    { fix: fixTo(this.model, b, target) });
                return;
            }
            // a row its own parent adds up exactly as printed: which of it and its child is odd is not known
            const backed = this.model.relations.find(r => r !== relation && r.target.stated && r.form?.kind === 'sum'
                && r.form.constant === undefined && r.roundsToTarget() && r.form.terms.some(t => t.figure === target
                    && !r.value.plus(b.minus(target.value).times(t.sign)).toDecimalPlaces(r.target.decimals, Decimal.ROUND_HALF_UP).equals(r.target.value)));
            const should = backed ? `「${placeOf(backed.target)}」${this.nameOf(backed.target)}按它计算恰好相符，错的也许是子项 ${rowOf(child) ?? placeOf(child)} ${this.figure(child)}`
                : `应为 ${this.shown(b, target)}`;
            this.report.warning(target.node, `${this.nameOf(target)} ${this.figure(target)} 与其唯一的子项「${rowOf(child) ?? placeOf(child)}」${this.figure(child)} 应是同一个数，却差 ${off}，${should}。${placeOf(target)}。`,
                backed ? undefined : { fix: fixTo(this.model, b, target) });
            return;
        }
        if (relation.roundsToTarget()) return;
        if (throughOddChild(this.model, relation)) return;
        const point = pointOf(relation);
        // an only child off its parent by what its own parts make up: the parent's warning tells it there
        const parent = this.parentsOfCopiedChildren().get(target);
        if (parent?.holds && parent.target.value.equals(point)) return;
        this.report.hint(target.node, `${this.nameOf(target)} ${this.figure(target)} 与${relation.description} ${this.shown(point, target)} 相差 ${this.shown(point.minus(target.value).abs(), target)}，在舍入误差之内${workedOutRanges(relation)}。${placeOf(target)}：${relation.formula}。`);
    }
}

/**
 * Why a rate far from the printed figures' may still be within rounding: a figure it is worked from that the
 * report does not print (上年 from 本年 − 增加额, a total from its parts) lies anywhere in a range, wide over a
 * small base (上年 0.04 from 0.50 − 0.46 is between 0.02 and 0.06). Empty for a rate of printed figures only.
 */
function workedOutRanges(relation: Relation): string {
    if (relation.target.kind !== 'rate') return '';
    const worked = relation.parts.filter(part => !part.stated && part.interval.hi.isFinite() && !part.interval.lo.equals(part.interval.hi));
    if (worked.length === 0) return '';
    const ranges = worked.map(part => `「${part.label}」${formatFigure(part)} 是推算的数，${roundingRangeText(part.interval, '', false, part.decimals)}`);
    return `：${ranges.join('；')}`;
}

/** The text from the first blamed figure to the last, mended, where all stand in one row of the text. */
function sameRowSpan(model: ReportModel, blame: Blame): { range: Range; newText: string } | undefined {
    const placed = blame.figures.map(b => ({ ...b, cst: b.figure.node?.$cstNode }))
        .filter((b): b is typeof b & { cst: CstNode } => b.cst !== undefined)
        .sort((a, b) => a.cst.offset - b.cst.offset);
    if (placed.length !== blame.figures.length) return undefined;
    const first = placed[0].cst;
    const last = placed[placed.length - 1].cst;
    if (first.range.start.line !== last.range.end.line || first.astNode.$container !== last.astNode.$container) return undefined;
    const text = first.root.fullText;
    let newText = '';
    let at = first.offset;
    for (const { cst, figure, value } of placed) {
        newText += text.slice(at, cst.offset) + textFor(model, value, figure);
        at = cst.end;
    }
    return { range: { start: first.range.start, end: last.range.end }, newText };
}

/**
 * The figure a relation's target restates: the relation says the target is one other stated
 * figure, as a tie of a figure to the same one in another table, or 收入总计 to 支出总计.
 */
export function restatedFigure(relation: Relation): Figure | undefined {
    return relation.rule === 'tie' || relation.rule === 'balance' ? soleTerm(relation) : undefined;
}

/** The one stated figure a relation's target is, added alone. */
function soleTerm(relation: Relation): Figure | undefined {
    const form = relation.form;
    if (form?.kind !== 'sum' || form.constant !== undefined || form.terms.length !== 1) return undefined;
    const [term] = form.terms;
    return term.sign === 1 && term.figure.stated ? term.figure : undefined;
}

/**
 * A row's one listed child, where the row sums it alone (21002 公立医院 over 2100202 中医（民族）医院 only): with no hidden
 * child beside it, both are rounded from one amount and print alike (copiedChild says where 0.01 apart is a slip).
 */
function onlyChild(relation: Relation): Figure | undefined {
    return relation.rule === 'sum-children' ? soleTerm(relation) : undefined;
}

/**
 * A growth rate where last year is zero or negative means nothing: (本年 − 0) ÷ 0 has no value,
 * and a “增长 −264%” from a negative 上年 would be printed as a fall. Such a rate is not checked
 * (nor computed for the report): a note says why over a base of 0, which published reports print
 * as 增长100% by custom (no error, no warning: the report may well be right), a warning over a
 * negative one. A 0% where both years are 0 is the printed “no change” (real tables print 0 → 0
 * as 0%), not a rate to note.
 */
function growthWithoutBase(model: ReportModel, report: Reporter): void {
    const regions = syntaxRegions(model.report);
    for (const row of model.rows) {
        for (const key of ['增长', '下降'] as const) {
            for (const [column, rate] of row.attributes.get(key) ?? []) {
                const last = row.attributes.get('上年')?.get(column);
                if (!rate.node || !last || rate.suspect || last.suspect || inRegion(rate.node, regions)) continue;
                const derived = last.stated ? '' : '（由本年数与增减额推出）';
                // 0 → 0 printed as 增长0% (下降0.00%) says “no change”, as the prose check reads it: nothing to warn of
                const current = row.cells.get(column);
                if (last.value.isZero() && rate.value.isZero() && current?.value.isZero()) continue;
                if (last.value.isZero() || (last.interval.contains(new Decimal(0)) && !last.stated)) {
                    const zero = last.value.isZero() ? '为 0' : `接近 0（${formatFigure(last, model.groupsDigits)}）`;
                    report.info(rate.node, `上年数${zero}${derived}，${key}率无从计算：${key} ${formatFigure(rate)} 不作核对，可删去，或在文字中说明为新增。${placeOf(rate)}。`);
                } else if (last.value.isNegative()) {
                    report.warning(rate.node, `上年数为负数（${formatFigure(last, model.groupsDigits)}）${derived}，${key}率没有意义：${key} ${formatFigure(rate)} 不作核对，也不宜写入报告。${placeOf(rate)}。`);
                }
            }
        }
    }
}

export const relationRules: readonly Rule[] = [
    relationRule('sum-children', (model, report) => {
        // one info a row, at its first such figure, naming the columns
        const byRow = new Map<unknown, { figure: Figure; workedOut: boolean }[]>();
        for (const blank of model.arithmetic.blankChildren) {
            const row = blank.figure.node?.$container ?? blank.figure;
            byRow.set(row, [...byRow.get(row) ?? [], blank]);
        }
        for (const blanks of byRow.values()) {
            const first = blanks[0].figure;
            const row = rowOf(first) ?? first.label;
            const columns = blanks.map(blank => figureName(blank.figure)).filter(name => name !== row);
            // a child printing nothing over blank rows is blank by derivation, not printed so
            const how = blanks.some(blank => blank.workedOut) ? '为“-”（未填，由其下各项得出）' : '印作“-”（未填）';
            if (first.node) report.info(first.node, `${row}${columns.length > 0 ? ` ${columns.join('、')}` : ''} 的各子项都${how}：不核对各子项之和。`);
        }
    }),
    relationRule('sum-columns'),
    relationRule('sum-total'),
    relationRule('balance'),
    relationRule('tie', (model, report) => {
        // a part in a table the report leaves out, or a row no table lists, is unknown, not zero: the tie is said to be
        // unchecked, once per figure
        const told = new Set<Figure>();
        for (const tie of model.arithmetic.unknownTies) {
            const { target } = tie;
            if (told.has(target) || !target.node) continue;
            told.add(target);
            report.info(target.node, 'missing' in tie
                ? `${rowAndName(target)} 与其他各处的勾稽不校验：要用到的 ${tie.missing} 所在的表没有写（未写的表不当作 0）。`
                : `${rowAndName(target)} 与其他各处的勾稽不校验：${tie.unlisted.join('、')}${tie.unlisted.length > 1 ? '都' : ''}没有列出这一行（名称、编码对不上的行不当作 0）。`);
        }
    }),
    relationRule('change'),
    relationRule('growth', growthWithoutBase),
    relationRule('share'),
    relationRule('share-total'),
    relationRule('completion'),
];
