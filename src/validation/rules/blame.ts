// Which figure a broken relation is the fault of. One wrong figure breaks every relation it takes
// part in: a part typed wrong breaks its row's column sum, its parent's sum and its completion
// rate. Reported relation by relation, that is three errors, two of them on figures that are
// right, with fixes that would make them wrong. Here each broken relation is traced back to the
// one stated figure that, changed alone, makes all of them hold.
import { Decimal } from 'decimal.js';
import type { Figure } from '../../model/figure.js';
import { Interval, percentMeets, percentOf } from '../../model/interval.js';
import { boundHolds, signedInterval, type Derivation, type Relation, type Term } from '../../model/relations.js';

/** A figure found wrong, or two that were typed wrong together: the values they should have, and the broken relations those values mend. */
export interface Blame {
    /** The figures and the values they should have; two where one number was typed into both of a sum's figures, or moved between them. */
    readonly figures: readonly { readonly figure: Figure; readonly value: Decimal }[];
    /** The relations it explains, in the order of the model; none is reported on its own. */
    readonly relations: readonly Relation[];
}

/** What the broken relations of a report come down to. */
export interface Verdict {
    readonly blamed: readonly Blame[];
    /**
     * Broken relations that no one figure explains, each with the value that would mend it were
     * its target wrong, where changing the target alone breaks nothing else.
     */
    readonly unexplained: ReadonlyMap<Relation, Decimal | undefined>;
    /**
     * Unexplained relations whose target's mending value is not told, as it breaks an at-least bound that holds as printed
     * (表三's 合计 1,450.00 over its written 800.00 + 650.00, tied to 表一's 1,180.00): either side of the tie may be the
     * wrong one, so prose that agrees with this value is not an error either.
     */
    readonly withheld: ReadonlyMap<Relation, Decimal>;
    /**
     * Unexplained sums that a part's swapped digits would mend (培训费 46,500.00 for 45,600.00, or also 其他商品和服务支出
     * 79,800.00 for 78,900.00, both 900.00 off): the candidates, each with the value that mends the sum; which it is, nothing tells.
     */
    readonly swaps: ReadonlyMap<Relation, readonly Swap[]>;
}

/** A part whose two neighbouring digits, swapped back, give the value that mends its sum. */
export interface Swap {
    readonly figure: Figure;
    readonly value: Decimal;
}

/** Broken relations connected through shared figures, past which each is reported as it is. */
const MAX_COMPONENT = 300;
/** Suspects of one holding sum past which none of them is paired. */
const MAX_PAIRED = 6;
/** Broken relations in a report past which none is traced (a file of broken rows). */
const MAX_BROKEN = 5000;

const ZERO = new Decimal(0);
const HUNDREDTH = new Decimal('0.01');

/**
 * A relation's equation over stated figures, each derived figure replaced by the figures it is
 * the sum of. A sum: 0 ∈ Σ coefficient · figure + rest (the target with −1). A ratio:
 * (target − offset) · (Σ base + baseRest) meets 100 · (Σ numerator + numeratorRest).
 */
interface Equation {
    readonly relation: Relation;
    readonly kind: 'sum' | 'ratio';
    readonly numerator: Map<Figure, number>;
    readonly base: Map<Figure, number>;
    readonly numeratorRest: Interval;
    readonly baseRest: Interval;
    readonly offset: Decimal;
    /** Stated figures the relation depends on in a way it cannot be solved for. */
    readonly opaque: Set<Figure>;
    /** Σ numerator + rest and Σ base + rest as the figures stand, worked out on first use: a 合计 may have hundreds of parts. */
    numeratorTotal?: Interval;
    baseTotal?: Interval;
}

function numeratorTotal(equation: Equation): Interval {
    return equation.numeratorTotal ??= combination(equation.numerator).add(equation.numeratorRest);
}

function baseTotal(equation: Equation): Interval {
    return equation.baseTotal ??= combination(equation.base).add(equation.baseRest);
}

/**
 * A change to try: each figure moves by its multiplier times one shift δ. One figure alone, or
 * two that a holding sum ties together, moved so that it keeps holding (合计 and 基本支出 both up
 * by δ; one fund column up by δ and another down by δ).
 */
type Move = ReadonlyMap<Figure, number>;

interface Candidate {
    readonly move: Move;
    readonly shift: Decimal;
    readonly explains: Relation[];
}

/**
 * Solving an equation for a shift: the shifts that make it hold; none; any (the move leaves it
 * as it is, holding); or `check`, where it cannot be solved for the shift (a figure in both
 * parts of a ratio, a rate that may be zero) and is checked at the shift the others give.
 */
type Solution = Interval | 'none' | 'any' | 'check';

/**
 * Traces the broken relations to the figures that explain them. A figure explains the broken
 * relations it takes part in when some value of it, at its precision, makes all of them hold and
 * keeps holding every relation of it that holds now. The figure explaining most is taken first
 * (then one that is no total over one that is, an amount over a rate), and the rest traced again.
 * Where no one figure explains them, two figures a holding sum ties together are tried, moved so
 * that the sum keeps holding: the same wrong number typed into a row's 合计 and its only
 * non-empty column, or an amount moved from one column or row to another. Where two figures
 * explain the same relations equally, which one is wrong cannot be told, and so it is where a
 * single relation could be the fault of any of its figures: such a relation is reported at the
 * figure it is about, as before.
 */
export function assignBlame(relations: readonly Relation[], broken: ReadonlySet<Relation>, derivations: ReadonlyMap<Figure, Derivation>,
    bounds: readonly Relation[] = []): Verdict {
    const blamed: Blame[] = [];
    const unexplained = new Map<Relation, Decimal | undefined>();
    const withheld = new Map<Relation, Decimal>();
    const swaps = new Map<Relation, Swap[]>();
    if (broken.size === 0) return { blamed, unexplained, withheld, swaps };
    if (broken.size > MAX_BROKEN) {
        for (const relation of broken) unexplained.set(relation, undefined);
        return { blamed, unexplained, withheld, swaps };
    }
    const equations = new Equations(derivations);
    // the figures of broken relations are the suspects; the relations they take part in, their alibis
    const suspects = new Set<Figure>();
    for (const relation of broken) for (const figure of equations.of(relation).figures) suspects.add(figure);
    const byFigure = new Map<Figure, Equation[]>();
    for (const relation of relations) {
        if (!mayTouch(relation, suspects, derivations)) continue;
        const { equation, figures } = equations.of(relation);
        for (const figure of figures) {
            if (!suspects.has(figure)) continue;
            let list = byFigure.get(figure);
            if (!list) byFigure.set(figure, list = []);
            list.push(equation);
        }
    }
    for (const component of components(broken, equations, byFigure)) {
        if (component.length > MAX_COMPONENT) {
            for (const relation of component) unexplained.set(relation, undefined);
            continue;
        }
        new Tracer(component, byFigure, equations, blamed, unexplained, withheld, swaps, bounds, suspects).run();
    }
    return { blamed, unexplained, withheld, swaps };
}

/** Each relation's equation, made once; derived figures expanded once. */
class Equations {
    private readonly made = new Map<Relation, { equation: Equation; figures: Set<Figure> }>();

    constructor(private readonly derivations: ReadonlyMap<Figure, Derivation>) {}

    of(relation: Relation): { equation: Equation; figures: Set<Figure> } {
        let found = this.made.get(relation);
        if (!found) this.made.set(relation, found = this.make(relation));
        return found;
    }

    private make(relation: Relation): { equation: Equation; figures: Set<Figure> } {
        const numerator = new Map<Figure, number>();
        const base = new Map<Figure, number>();
        const opaque = new Set<Figure>();
        const rest = { numerator: Interval.exact(ZERO), base: Interval.exact(ZERO) };
        const form = relation.form;
        let kind: 'sum' | 'ratio' = 'sum';
        let offset = ZERO;
        if (!form) {
            // a relation that cannot say its equation: its figures cannot be solved for
            opaque.add(relation.target);
            for (const part of relation.parts) this.markOpaque(part, opaque, 0);
        } else if (form.kind === 'sum') {
            add(numerator, relation.target, -1);
            rest.numerator = this.expand(form.terms, 1, numerator, opaque, 0).add(Interval.exact(form.constant ?? ZERO));
        } else {
            kind = 'ratio';
            offset = form.offset ?? ZERO;
            rest.numerator = this.expand(form.numerator, 1, numerator, opaque, 0);
            rest.base = this.expand(form.base, 1, base, opaque, 0);
        }
        const equation: Equation = { relation, kind, numerator, base, numeratorRest: rest.numerator, baseRest: rest.base, offset, opaque };
        const figures = new Set<Figure>([relation.target, ...numerator.keys(), ...base.keys(), ...opaque]);
        for (const figure of figures) if (!figure.stated || !figure.node) figures.delete(figure);
        return { equation, figures };
    }

    /** Adds sign · terms into `into` by stated figure; returns what the unexpandable rest adds up to. */
    private expand(terms: readonly Term[], sign: number, into: Map<Figure, number>, opaque: Set<Figure>, depth: number): Interval {
        let rest = Interval.exact(ZERO);
        for (const term of terms) {
            const s = sign * term.sign;
            const figure = term.figure;
            if (figure.stated) {
                add(into, figure, s);
                continue;
            }
            const derivation = this.derivations.get(figure);
            if (derivation?.terms && depth < 64) {
                rest = rest.add(this.expand(derivation.terms, s, into, opaque, depth + 1));
            } else {
                rest = rest.add(s < 0 ? figure.interval.negate() : figure.interval);
                if (derivation) for (const part of derivation.parts) this.markOpaque(part, opaque, depth + 1);
            }
        }
        return rest;
    }

    private markOpaque(figure: Figure, opaque: Set<Figure>, depth: number): void {
        if (figure.stated) {
            opaque.add(figure);
            return;
        }
        const derivation = this.derivations.get(figure);
        if (derivation && depth < 64) for (const part of derivation.parts) this.markOpaque(part, opaque, depth + 1);
    }
}

function add(map: Map<Figure, number>, figure: Figure, coefficient: number): void {
    map.set(figure, (map.get(figure) ?? 0) + coefficient);
}

/** Whether a relation may take a suspect figure: cheaply no when all its figures are stated and none is one. */
function mayTouch(relation: Relation, suspects: ReadonlySet<Figure>, derivations: ReadonlyMap<Figure, Derivation>): boolean {
    if (suspects.has(relation.target)) return true;
    const form = relation.form;
    const terms = !form ? undefined : form.kind === 'sum' ? form.terms : [...form.numerator, ...form.base];
    const figures = terms ? terms.map(t => t.figure) : relation.parts;
    return figures.some(figure => suspects.has(figure) || (!figure.stated && derivations.has(figure)));
}

/**
 * The broken relations, grouped where they share a figure, or take figures that a holding sum
 * ties together (which may have been typed wrong together).
 */
function components(broken: ReadonlySet<Relation>, equations: Equations, byFigure: ReadonlyMap<Figure, Equation[]>): Relation[][] {
    const parent = new Map<Relation, Relation>();
    const find = (r: Relation): Relation => {
        let root = r;
        while (parent.get(root) !== root) root = parent.get(root)!;
        for (let x = r; x !== root;) {
            const next = parent.get(x)!;
            parent.set(x, root);
            x = next;
        }
        return root;
    };
    const union = (a: Relation, b: Relation) => parent.set(find(a), find(b));
    const firstWith = new Map<Figure, Relation>();
    for (const relation of broken) {
        parent.set(relation, relation);
        for (const figure of equations.of(relation).figures) {
            const other = firstWith.get(figure);
            if (!other) firstWith.set(figure, relation);
            else union(relation, other);
        }
    }
    const suspects = new Set(firstWith.keys());
    const seen = new Set<Equation>();
    for (const list of byFigure.values()) {
        for (const equation of list) {
            if (seen.has(equation) || equation.kind !== 'sum' || broken.has(equation.relation)) continue;
            seen.add(equation);
            const paired = pairable(equation, suspects);
            for (const [figure] of paired.slice(1)) union(firstWith.get(paired[0][0])!, firstWith.get(figure)!);
        }
    }
    const groups = new Map<Relation, Relation[]>();
    for (const relation of broken) {
        const root = find(relation);
        let group = groups.get(root);
        if (!group) groups.set(root, group = []);
        group.push(relation);
    }
    return [...groups.values()];
}

/** Traces one group of broken relations. */
class Tracer {
    private readonly inComponent: ReadonlySet<Relation>;
    private readonly remaining: Set<Relation>;
    /** Broken relations already explained or given up on: no longer a constraint. */
    private readonly resolved = new Set<Relation>();
    /** Candidates worked out once, and again only when a relation of their figures is settled. */
    private readonly candidates = new Map<Move, Candidate | undefined>();
    private readonly involving = new Map<Figure, Move[]>();

    constructor(
        private readonly component: readonly Relation[],
        private readonly byFigure: ReadonlyMap<Figure, Equation[]>,
        private readonly equations: Equations,
        private readonly blamed: Blame[],
        private readonly unexplained: Map<Relation, Decimal | undefined>,
        private readonly withheld: Map<Relation, Decimal>,
        private readonly swaps: Map<Relation, Swap[]>,
        private readonly bounds: readonly Relation[],
        private readonly suspects: ReadonlySet<Figure>,
    ) {
        this.inComponent = new Set(component);
        this.remaining = new Set(component);
    }

    run(): void {
        const figures = new Set<Figure>();
        for (const relation of this.component) for (const figure of this.equations.of(relation).figures) figures.add(figure);
        const singles = this.register([...figures].map(figure => new Map([[figure, 1]]) as Move));
        const singleOf = new Map(singles.map(move => [[...move.keys()][0], move]));
        // one figure explaining several relations, then two figures together, then one relation at a time
        this.greedy(singles, 2);
        if (this.remaining.size > 0) this.greedy(this.register(this.pairs(figures)), 2);
        while (this.remaining.size > 0 && this.settleSingles(singleOf)) { /* again, without what was given up */ }
        for (const relation of [...this.remaining]) this.giveUp(relation);
    }

    private register(moves: Move[]): Move[] {
        for (const move of moves) {
            for (const figure of move.keys()) {
                let list = this.involving.get(figure);
                if (!list) this.involving.set(figure, list = []);
                list.push(move);
            }
        }
        return moves;
    }

    private candidate(move: Move): Candidate | undefined {
        if (!this.candidates.has(move)) this.candidates.set(move, this.evaluate(move));
        return this.candidates.get(move);
    }

    /** Takes, best first, the moves that explain at least `least` remaining relations, until none does. */
    private greedy(moves: readonly Move[], least: number): void {
        while (this.remaining.size > 0) {
            // the count is cheap, whether the move can explain them is not: tried from the most down
            const ranked = moves.map(move => ({ move, count: this.explainedCount(move) }))
                .filter(m => m.count >= least)
                .sort((a, b) => b.count - a.count);
            const best: Candidate[] = [];
            for (const { move, count } of ranked) {
                if (best.length > 0 && count < best[0].explains.length) break;
                const found = this.candidate(move);
                if (found && !this.breaksHoldingBound(found.move, found.shift)) best.push(found);
            }
            if (best.length === 0) return;
            const compare = (a: Candidate, b: Candidate) => this.boundsLeftBroken(a) - this.boundsLeftBroken(b) || compareCandidates(a, b);
            best.sort(compare);
            const top = best[0];
            const rivals = best.filter(c => c !== top && compare(c, top) === 0 && c.explains.some(r => top.explains.includes(r)));
            if (rivals.length > 0) {
                for (const relation of top.explains.filter(r => rivals.some(c => c.explains.includes(r)))) this.giveUp(relation);
                continue;
            }
            this.blame(top);
            for (const relation of top.explains) this.resolve(relation);
        }
    }

    /**
     * Two suspects a holding sum ties together, each pair moved so that the sum keeps holding.
     * A sum with many suspects is passed over: where that much is broken, two figures typed
     * together is a guess.
     */
    private pairs(figures: ReadonlySet<Figure>): Move[] {
        const moves: Move[] = [];
        const seen = new Set<Equation>();
        for (const figure of figures) {
            for (const equation of this.byFigure.get(figure) ?? []) {
                if (seen.has(equation) || equation.kind !== 'sum' || this.inComponent.has(equation.relation)) continue;
                seen.add(equation);
                const suspects = pairable(equation, figures);
                for (let i = 0; i < suspects.length; i++) {
                    for (let j = i + 1; j < suspects.length; j++) {
                        const [a, ca] = suspects[i];
                        const [b, cb] = suspects[j];
                        if (Math.abs(ca) === Math.abs(cb)) moves.push(new Map([[a, 1], [b, -ca / cb]]));
                    }
                }
            }
        }
        return moves;
    }

    /**
     * Where no figure explains more than one relation, each relation is the fault of any of its
     * figures that can take it alone: of its target where the target can, as the relation is
     * about it; of another figure only where that one alone can. A relation two figures other
     * than its target could take is given up first, and the rest weighed again without it: it
     * no longer holds the figures it shares with them to their present values. Returns whether
     * anything was settled.
     */
    private settleSingles(singleOf: ReadonlyMap<Figure, Move>): boolean {
        const chosen: Candidate[] = [];
        let gaveUp = false;
        for (const relation of [...this.remaining]) {
            // the figures that take part in no other remaining relation, the target first; shares
            // that do not add up to 100% are about none of them (the first is the target by order)
            const aboutTarget = relation.rule !== 'share-total';
            const figures = [...this.equations.of(relation).figures]
                .sort((a, b) => Number(b === relation.target) - Number(a === relation.target));
            // with at-least bounds about, every figure is tried: the one whose move mends a bound
            // too (a row's 项目支出 typed wrong, its total only at least its written columns) is
            // the one, whether or not it is the target
            const weighBounds = this.bounds.length > 0;
            const transposed = aboutTarget ? this.transposedPart(relation, singleOf) : undefined;
            if (transposed) {
                chosen.push(transposed);
                continue;
            }
            const able: Candidate[] = [];
            for (const figure of figures) {
                const move = singleOf.get(figure);
                if (!move || this.explainedCount(move) !== 1) continue;
                const found = this.candidate(move);
                if (!found) continue;
                able.push(found);
                if (!weighBounds && ((aboutTarget && figure === relation.target) || able.length === 2)) break;
            }
            const broken = able.map(c => this.boundsLeftBroken(c));
            const least = Math.min(...broken);
            const mending = able.filter((_, i) => broken[i] === least);
            const choice = mending.length === 1 && broken.some(b => b > least) ? mending[0]
                : able.length === 1 || (able.length > 1 && aboutTarget && able[0].move.has(relation.target)) ? able[0] : undefined;
            // a total nothing backs is as likely typed wrong as a part whose swapped digits mend the sum (one or more): neither is
            // blamed, unless the total's own written columns add up to the value that mends it
            const undecided = choice !== undefined && aboutTarget && choice.move.size === 1 && choice.move.has(relation.target)
                && this.swappedParts(relation).length > 0 && !this.pinnedByColumns(relation.target, choice.shift);
            if (choice && !undecided && !this.offExactSum(choice, relation) && !this.breaksHoldingBound(choice.move, choice.shift)) chosen.push(choice);
            else if (choice || able.length > 1) {
                this.giveUp(relation);
                gaveUp = true;
            }
        }
        if (gaveUp) return true;
        for (const choice of chosen) {
            this.blame(choice);
            this.resolve(choice.explains[0]);
        }
        return chosen.length > 0;
    }

    /**
     * A sum broken by one part printed with two neighbouring digits swapped (a 302's 电费 52.08 for 52.80): the part whose
     * digits, swapped back, make the sum hold, where exactly one part's do and the total's do not. Only where the total is
     * backed — changed alone it would break another relation that holds (its 类's sum, a tie to another table) or a bound
     * (项目支出决算表's 合计 within 支出决算表's 项目支出): a total nothing backs, changed alone, mends the sum as well, and a total typed wrong (42.39 for 42.48) is as likely as a
     * swap that happens to fit (12.43 for 12.34), so neither is blamed: the sum is told at the total without a value
     * (targetFix).
     */
    private transposedPart(relation: Relation, singleOf: ReadonlyMap<Figure, Move>): Candidate | undefined {
        const parts = this.swappedParts(relation);
        if (parts.length !== 1) return undefined;
        const part = parts[0].figure;
        const own = singleOf.get(relation.target);
        const ownCandidate = own && this.candidate(own);
        if (ownCandidate && this.boundsLeftBroken(ownCandidate) === 0) return undefined;
        const move = singleOf.get(part);
        return move && this.explainedCount(move) === 1 ? this.candidate(move) : undefined;
    }

    /**
     * Whether a total's shift makes a bound on it exact (its row's written columns, the rest left out of 列【…】, adding up
     * to the mended value) that is not exact as printed: the sums down the rows and across the columns give one value, so
     * the total is the figure typed wrong (合计 160.69 over rows and columns both adding up to 160.60), not a part.
     */
    private pinnedByColumns(figure: Figure, shift: Decimal): boolean {
        const moved = figure.interval.add(Interval.exact(shift));
        return this.bounds.some(bound => {
            if (bound.target !== figure || bound.parts.length < 2 || bound.signs?.some(sign => sign < 0)) return false;
            const columns = signedInterval(bound.parts, bound.signs, part => part.interval);
            return !figure.interval.meets(columns) && moved.meets(columns);
        });
    }

    /** The parts of a broken sum whose digits, swapped back, make it hold, where the total's do not; none where they do. */
    private swappedParts(relation: Relation): Swap[] {
        const equation = this.equations.of(relation).equation;
        if (equation.kind !== 'sum') return [];
        const swapped = (figure: Figure) => {
            const shifts = solveSum(equation, new Map([[figure, 1]]));
            const value = typeof shifts === 'string' ? undefined : shifts.add(Interval.exact(figure.value)).roundedValue(figure.decimals);
            return value !== undefined && figure.kind === 'amount' && isDigitSwap(figure, value) ? value : undefined;
        };
        if (swapped(relation.target)) return [];
        return [...equation.numerator].flatMap(([figure, coefficient]) => {
            const value = figure !== relation.target && coefficient !== 0 && figure.stated && figure.node ? swapped(figure) : undefined;
            return value ? [{ figure, value }] : [];
        });
    }

    /**
     * Whether a candidate gives a sum's total a value other than its parts' exact sum (10.01 for parts adding up to 10.03,
     * the most its row's other sums allow within rounding): no mend, a slip printed again. The relation is then told as
     * it is, at its total, with the exact sum as its value only where that breaks nothing else (targetFix).
     */
    private offExactSum(candidate: Candidate, relation: Relation): boolean {
        const equation = this.equations.of(relation).equation;
        if (!isPartsSum(relation, equation) || candidate.move.size !== 1 || !candidate.move.has(relation.target)) return false;
        const exact = printedShift([equation], candidate.move, relation);
        return exact !== undefined && !exact.equals(candidate.shift);
    }

    private blame(candidate: Candidate): void {
        const figures = [...candidate.move].map(([figure, multiplier]) => ({ figure, value: figure.value.plus(candidate.shift.times(multiplier)) }));
        this.blamed.push({ figures, relations: candidate.explains });
    }

    private resolve(relation: Relation): void {
        this.remaining.delete(relation);
        this.resolved.add(relation);
        for (const figure of this.equations.of(relation).figures) {
            for (const move of this.involving.get(figure) ?? []) this.candidates.delete(move);
        }
    }

    private giveUp(relation: Relation): void {
        const mend = this.targetFix(relation);
        const withheld = mend !== undefined && this.breaksHoldingBound(new Map([[relation.target, 1]]), mend.minus(relation.target.value));
        const fix = withheld ? undefined : mend;
        if (withheld) this.withheld.set(relation, mend);
        this.unexplained.set(relation, fix);
        // the total's own value, where it has one, is the mend: the parts are not suspected
        const swaps = fix === undefined ? this.swappedParts(relation).filter(swap => this.keepsOthers(relation, swap)) : [];
        if (swaps.length > 0) this.swaps.set(relation, swaps);
        this.resolve(relation);
    }

    /**
     * Whether a part's swapped value leaves its other sums and bounds that hold holding: one that would break them (a 款
     * equal to its one 项, a row's 合计 its 基本支出) is no likely slip, and not named among the candidates.
     */
    private keepsOthers(relation: Relation, { figure, value }: Swap): boolean {
        const shift = value.minus(figure.value);
        const move: Move = new Map([[figure, 1]]);
        const others = (this.byFigure.get(figure) ?? []).filter(e => e.relation !== relation && !this.inComponent.has(e.relation));
        const moved = (f: Figure) => f === figure ? f.interval.add(Interval.exact(shift)) : f.interval;
        return others.every(other => holdsAt(other, move, shift)) && this.bounds.every(bound => !boundHolds(bound) || boundHolds(bound, moved));
    }

    /** The value that mends a relation were its target alone wrong, if that breaks no relation that holds (bounds: giveUp). */
    private targetFix(relation: Relation): Decimal | undefined {
        const target = relation.target;
        const move: Move = new Map([[target, 1]]);
        const equations = (this.byFigure.get(target) ?? []).filter(e => e.relation === relation || !this.inComponent.has(e.relation));
        // a figure another table prints as the very same number (a tie to one figure): moved within rounding, the two differ
        if (equations.some(e => e.relation !== relation && isExactCopy(e.relation))) return undefined;
        // a sum's total mended to its parts' exact sum, as printed: a value only just within rounding of them (10.01 for parts
        // adding up to 10.03, the most its 类's sum allows) prints a slip again. Where the exact sum breaks another relation
        // that holds (its 类 agrees with it, not with its 项; 支出 总计 equal to 收入's), the total may well be right and a
        // part wrong: no value, neither told nor offered nor handed to the prose checks.
        const own = this.equations.of(relation).equation;
        if (isPartsSum(relation, own)) {
            // a part whose swapped digits mend the sum is as likely wrong as the total nothing backs: no value for either,
            // unless the total's written columns add up to the mended value
            const exact = printedShift([own], move, relation);
            if (this.swappedParts(relation).length > 0 && !(exact && this.pinnedByColumns(target, exact))) return undefined;
            const mends = exact && !exact.isZero() && !own.opaque.has(target) && holdsAt(own, move, exact)
                && target.value.plus(exact).isNegative() === target.value.isNegative();
            if (!mends) return undefined;
            if (equations.some(equation => equation !== own && (equation.opaque.has(target) || !holdsAt(equation, move, exact)))) return undefined;
            return target.value.plus(exact);
        }
        const shift = shiftFor(equations, move);
        return shift && target.value.plus(shift);
    }

    /**
     * Whether a move breaks an at-least bound that holds as printed and whose other figures no broken relation suspects:
     * 表三's 合计 1,450.00 over its written 800.00 + 650.00, tied to 表一's 1,180.00, is not mended by 1,180.00 — its own
     * row says otherwise, so no value is told or offered. A bound over a figure itself suspect (the row's 本年收入合计,
     * printed wrong with its 财政拨款收入) may be mended with it.
     */
    private breaksHoldingBound(move: Move, shift: Decimal): boolean {
        const moved = movedBy(move, shift);
        return this.bounds.some(bound => boundHolds(bound) && !boundHolds(bound, moved)
            && [bound.target, ...bound.parts].every(figure => move.has(figure) || !this.suspects.has(figure)));
    }

    /** How many remaining broken relations the move's figures take part in. */
    private explainedCount(move: Move): number {
        let count = 0;
        const counted = new Set<Relation>();
        for (const figure of move.keys()) {
            for (const equation of this.byFigure.get(figure) ?? []) {
                const relation = equation.relation;
                if (this.remaining.has(relation) && !counted.has(relation)) {
                    counted.add(relation);
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * How many at-least bounds (a total not below the parts written beside it) are broken once the
     * candidate's move is made: no equation, but evidence between two figures that explain the
     * same relations (本年收入合计 typed wrong, not the one income it is all of).
     */
    private boundsLeftBroken(candidate: Candidate): number {
        const moved = movedBy(candidate.move, candidate.shift);
        return this.bounds.filter(bound => !boundHolds(bound, moved)).length;
    }

    /** Whether, and by what shift, a move explains the remaining broken relations its figures take part in. */
    private evaluate(move: Move): Candidate | undefined {
        const equations = new Set<Equation>();
        for (const figure of move.keys()) for (const equation of this.byFigure.get(figure) ?? []) equations.add(equation);
        const explains = [...equations].map(e => e.relation).filter(r => this.remaining.has(r));
        if (explains.length === 0) return undefined;
        // a broken relation explained by other figures says nothing about these
        const shift = shiftFor([...equations].filter(e => !this.resolved.has(e.relation)), move, explains.find(r => move.has(r.target)));
        return shift ? { move, shift, explains: explains.sort((a, b) => order(a) - order(b)) } : undefined;
    }
}

/** Each figure's interval once the move is made. */
function movedBy(move: Move, shift: Decimal): (figure: Figure) => Interval {
    return figure => {
        const multiplier = move.get(figure);
        return multiplier === undefined ? figure.interval : figure.interval.add(Interval.exact(shift.times(multiplier)));
    };
}

/** A total over its parts in one table (not a tie to another table's figure, whose exact value a copy may be off from). */
function isPartsSum(relation: Relation, equation: Equation): boolean {
    return equation.kind === 'sum' && (relation.rule === 'sum-children' || relation.rule === 'sum-total' || relation.rule === 'sum-columns');
}

/**
 * Whether a value is the figure's printed digits with two neighbours swapped (12.30 and 13.20; not 5.00 and 0.50, nor
 * 12.43 and 34.21): the gap is then 9 × their difference in units of the lower place, never under 9 units.
 */
export function isDigitSwap(figure: Figure, value: Decimal): boolean {
    if (value.equals(figure.value) || value.isNegative() !== figure.value.isNegative()) return false;
    const digits = (d: Decimal) => d.abs().toFixed(figure.decimals).replace('.', '').replace(/^0+/, '');
    const [a, b] = [digits(figure.value), digits(value)];
    if (a.length !== b.length) return false;
    const differ = [...a].flatMap((c, i) => c === b[i] ? [] : [i]);
    return differ.length === 2 && differ[1] === differ[0] + 1 && a[differ[0]] === b[differ[1]] && a[differ[1]] === b[differ[0]];
}

/** A tie of a figure to one other figure that prints the same value: the same number stated twice. */
function isExactCopy(relation: Relation): boolean {
    return relation.rule === 'tie' && relation.parts.length === 1 && relation.parts[0].value.equals(relation.target.value);
}

/** The shift that makes all the equations hold, if there is one at the figures' precision. */
function shiftFor(equations: Iterable<Equation>, move: Move, broken?: Relation): Decimal | undefined {
    let shifts: Interval | undefined;
    const checks: Equation[] = [];
    const solved = [...equations];
    for (const equation of solved) {
        const solution = solve(equation, move);
        if (solution === 'any') continue;
        if (solution === 'none') return undefined;
        if (solution === 'check') {
            checks.push(equation);
            continue;
        }
        shifts = shifts ? shifts.intersect(solution) : solution;
        if (!shifts) return undefined;
    }
    const shift = shifts && shiftIn(shifts, move, printedShift(solved, move, broken));
    return shift && checks.every(equation => holdsAt(equation, move, shift)) && solved.every(equation => keepsBase(equation, move, shift)) ? shift : undefined;
}

/**
 * Whether a ratio keeps a base of its sign once moved: a 上年 of 0.04 moved to 0.00 (a growth of
 * 1500% over nothing) is no fix, as the model gives no rate over a base that may be zero.
 */
function keepsBase(equation: Equation, move: Move, shift: Decimal): boolean {
    const inBase = moved(equation.base, move);
    if (equation.kind !== 'ratio' || inBase === 0) return true;
    const before = baseTotal(equation);
    const after = before.add(Interval.exact(shift.times(inBase)));
    return before.lo.gt(ZERO) ? after.lo.gt(ZERO) : before.hi.lt(ZERO) ? after.hi.lt(ZERO) : true;
}

/**
 * The shift that gives a lone figure the value its relation computes from the printed figures (a
 * growth over a small base: (0.50 − 0.04) ÷ 0.04 = 1150.0%), not the middle of what their rounding
 * allows, which a division skews (1171.4%).
 */
function printedShift(equations: readonly Equation[], move: Move, broken?: Relation): Decimal | undefined {
    if (move.size !== 1) return undefined;
    const [[figure, multiplier]] = move;
    // the broken relation the figure is the total of, not one of its that holds (its row's column sum: no shift at all)
    const relation = broken?.target === figure ? broken : equations.find(e => e.relation.target === figure)?.relation;
    if (!relation || multiplier === 0) return undefined;
    return relation.value.toDecimalPlaces(figure.decimals, Decimal.ROUND_HALF_UP).minus(figure.value).div(multiplier);
}

/** Suspects with their coefficients in a holding sum, or none where there are too many to pair. */
function pairable(equation: Equation, suspects: ReadonlySet<Figure>): [Figure, number][] {
    const found: [Figure, number][] = [];
    for (const [figure, coefficient] of equation.numerator) {
        if (coefficient === 0 || !suspects.has(figure)) continue;
        if (found.length === MAX_PAIRED) return [];
        found.push([figure, coefficient]);
    }
    return found;
}

/** Relations in the order the model made them: by where their figures stand. */
function order(relation: Relation): number {
    return relation.target.node?.$cstNode?.offset ?? 0;
}

/**
 * The shift within `shifts`: `preferred` where it lies there, else the one at the figures' precision
 * nearest its middle; none that is no change, or that turns a figure negative (减少 −2.33 would mean an increase: a sign is no typo).
 */
function shiftIn(shifts: Interval, move: Move, preferred?: Decimal): Decimal | undefined {
    const decimals = Math.max(...[...move.keys()].map(f => f.decimals));
    const shift = preferred && shifts.contains(preferred) ? preferred : shifts.roundedValue(decimals);
    if (!shift || shift.isZero()) return undefined;
    for (const [figure, multiplier] of move) {
        if (!figure.value.isNegative() && figure.value.plus(shift.times(multiplier)).isNegative()) return undefined;
    }
    return shift;
}

/** One figure before two; one that is no total before one that is; an amount before a rate; an empty cell last. */
function compareCandidates(a: Candidate, b: Candidate): number {
    return a.move.size - b.move.size
        || totalness(a) - totalness(b)
        || rates(a) - rates(b)
        || blanks(a) - blanks(b);
}

/** How many of the relations a candidate explains are sums whose total it moves. */
function totalness(candidate: Candidate): number {
    return candidate.explains.filter(r => candidate.move.has(r.target) && r.form?.kind === 'sum').length;
}

function rates(candidate: Candidate): number {
    return [...candidate.move.keys()].filter(f => f.kind === 'rate').length;
}

function blanks(candidate: Candidate): number {
    return [...candidate.move.keys()].filter(f => f.blank).length;
}

/**
 * The shifts δ that make an equation hold when each figure of the move changes by its multiplier
 * times δ, the others as they stand. Each figure's interval moves with its value, so the equation
 * is solved for δ in the intervals as they are.
 */
function solve(equation: Equation, move: Move): Solution {
    for (const figure of move.keys()) if (equation.opaque.has(figure)) return 'none';
    return equation.kind === 'sum' ? solveSum(equation, move) : solveRatio(equation, move);
}

/** 0 ∈ S + δ·K, S the sum as it stands, K how much of δ the move adds to it. */
function solveSum(equation: Equation, move: Move): Solution {
    const sum = numeratorTotal(equation);
    const slope = moved(equation.numerator, move);
    if (slope === 0) return sum.contains(ZERO) ? 'any' : 'none';
    return divide(sum.negate(), slope);
}

/** (T − offset)·B meets 100·N, where the move may shift one of T, N and B. */
function solveRatio(equation: Equation, move: Move): Solution {
    const { numerator, base, rate } = ratioParts(equation);
    const inTarget = move.get(equation.relation.target) ?? 0;
    const inNumerator = moved(equation.numerator, move);
    const inBase = moved(equation.base, move);
    const shifted = [inTarget, inNumerator, inBase].filter(k => k !== 0).length;
    if (shifted > 1) return 'check';
    if (shifted === 0) return ratioHolds(rate, numerator, base) ? 'any' : 'none';
    if (inTarget !== 0) {
        const quotient = percentOf(numerator, base);
        return quotient ? divide(quotient.sub(rate), inTarget) : 'check';
    }
    if (inNumerator !== 0) {
        return divide(rate.mul(base).scale(HUNDREDTH).sub(numerator), inNumerator);
    }
    // the base the rate and numerator imply: numerator ÷ rate in percent
    const quotient = percentOf(numerator, rate);
    return quotient ? divide(quotient.sub(base), inBase) : 'check';
}

/** The intervals of a ratio as they stand: Σ numerator, Σ base, and the stated rate less the offset. */
function ratioParts(equation: Equation): { numerator: Interval; base: Interval; rate: Interval } {
    return {
        numerator: numeratorTotal(equation),
        base: baseTotal(equation),
        rate: equation.relation.target.interval.sub(Interval.exact(equation.offset)),
    };
}

/** As the model checks a rate; where the base may be zero there is no rate, and nothing holds. */
function ratioHolds(rate: Interval, numerator: Interval, base: Interval): boolean {
    return percentMeets(rate, numerator, base);
}

/** Whether an equation holds with the move's figures shifted by `shift`. */
function holdsAt(equation: Equation, move: Move, shift: Decimal): boolean {
    const by = (k: number) => Interval.exact(shift.times(k));
    if (equation.kind === 'sum') return numeratorTotal(equation).add(by(moved(equation.numerator, move))).contains(ZERO);
    const { numerator, base, rate } = ratioParts(equation);
    return ratioHolds(rate.add(by(move.get(equation.relation.target) ?? 0)), numerator.add(by(moved(equation.numerator, move))), base.add(by(moved(equation.base, move))));
}

/** An interval divided by a whole number: most often ±1. */
function divide(interval: Interval, by: number): Interval {
    return by === 1 ? interval : by === -1 ? interval.negate() : interval.scale(new Decimal(1).div(by));
}

/** How much of a shift δ a move adds to Σ coefficient · figure. */
function moved(map: ReadonlyMap<Figure, number>, move: Move): number {
    let slope = 0;
    for (const [figure, multiplier] of move) slope += (map.get(figure) ?? 0) * multiplier;
    return slope;
}

/** Σ coefficient · interval over the figures of a map. */
function combination(map: ReadonlyMap<Figure, number>): Interval {
    let total = Interval.exact(ZERO);
    for (const [figure, coefficient] of map) {
        if (coefficient === 0) continue;
        total = total.add(coefficient === 1 ? figure.interval : coefficient === -1 ? figure.interval.negate() : figure.interval.scale(new Decimal(coefficient)));
    }
    return total;
}
