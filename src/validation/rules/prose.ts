import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { fixedText, formatDecimal, formatFigure, REPORT_DECIMALS, roundedTo, roundingRangeNote, roundingRangeText, workedOutRateText, writtenMoneyScale, YUAN_PER_MONEY_UNIT } from '../../model/figure.js';
import type { ProseSegment, ProseText } from '../../model/prose.js';
import { parseProse, textStart } from '../../model/prose.js';
import { Decimal } from 'decimal.js';
import type { Figure } from '../../model/figure.js';
import { HUNDRED, Interval, percentOf, percentValue, sumIntervals } from '../../model/interval.js';
import type { BudgetComparisonClaim, Claim, FigureClaim, Subject, TextClaims, Total, WrittenFigure } from '../../model/prose-claims.js';
import { claimsOf, ofLaterBudget, unitWritten, withUnit } from '../../model/prose-claims.js';
import type { Quantity } from '../../model/prose-lexicon.js';
import { carriedOverOnly, sameQuantity } from '../../model/prose-lexicon.js';
import { clauseBefore, sentenceStart } from '../../model/prose-text.js';
import type { Role, Target } from '../../model/prose-targets.js';
import type { BudgetKind } from '../../model/budgets.js';
import { budgetsOfKind } from '../../model/budgets.js';
import { shareAgreement } from '../../model/prose-shares.js';
import { budgetKindUntold, growthBase, magnitude, nonAppropriationIncome, otherSideTotals, sideTotals, soleBudgetMayBeInitial, targetAsWritten, targetOf, wholeOf, widerShares } from '../../model/prose-targets.js';
import { ratio, signedTerms, workingText, type Computation, type RelationRule } from '../../model/relations.js';
import { actualColumn, isTotalRow, isWithin, sideGroupOf, subtractedSign, walkRows } from '../../model/rows.js';
import type { RowModel } from '../../model/rows.js';
import type { ReportModel } from '../../model/report-model.js';
import { tableOfRole } from '../../model/report-model.js';
import type { Fix, ReportExtra, Reporter, Rule } from '../rule.js';
import { changeTo } from '../rule.js';
import { ruleMeta, type RuleId } from '../rule-catalogue.js';
import { agrees, agreesWithAnotherColumn, distinctTargets, judge, lastYearTargets, rangeIn, replacementFix, restated, shown, unitSlip } from './prose-judge.js';
import { isPlaceholder } from './prose-unfinished.js';
import { partsListedAfter } from './prose-count-parts.js';
import { budgetAdjustmentOff, perUnitOff, totalsDifferenceOff } from './prose-differences.js';
import { RESTATING_TABLES, TABLES_PRINTED_AS_ROWS, type RestatingTable } from '../../templates/index.js';
import { contraryDirectionMessage } from './prose-words.js';
import { balancedShareMessage, correctedValue } from './relations.js';
import { figureTextLike } from '../figure-text.js';

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
                // 【待填】 marks a text to finish: prose-placeholder says so
                if (isPlaceholder(segment.text)) continue;
                const found = model.references.resolve(segment.path);
                if (found.kind === 'found') continue;
                const range = rangeOf(located, segment.offset, segment.text.length);
                if (!range) continue;
                if (found.kind === 'missing') {
                    report.error(located.prose.node, `找不到引用 ${segment.text} 所指的数字：请写出表、行或列的名称，如【本年收入合计】【${tableOfRole(model, 'overview')?.label ?? model.template.tableLabel(1)}.收入.总计】。`, { range });
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
 * A figure written by hand in prose agrees with the figure its sentence names (its subject,
 * section, role word, unit and year; see model/prose-claims.ts). Restating a stated figure, it
 * equals it at the coarser of the two precisions: one unit in the last place off is a warning,
 * more an error. Restating a figure the tables do not state (a share, a rate), it meets the
 * computed interval. Where the words name several figures that disagree with each other and with
 * the written one, it asks for a reference; where they name none, the figure is left alone.
 * Written zeros are prose-zero's.
 */
const proseFigureRule: Rule = {
    ...ruleMeta('prose-figure'),
    check(model, reporter, context) {
        for (const { severity, node, message, extra, ifOff } of proseFigureCheck(model).findings) {
            if (!ifOff || context.ruleOff?.(ifOff)) reporter[severity](node, message, extra);
        }
    },
};

/** A finding of prose-figure as worked out, before the report's settings pick what is told. */
export interface ProseFinding {
    readonly severity: 'error' | 'warning' | 'info' | 'hint';
    readonly node: AstNode;
    readonly message: string;
    readonly extra?: ReportExtra;
    /** Told by prose-figure only where this rule is off: the other tells it otherwise (a wrong direction, prose-direction's). */
    readonly ifOff?: RuleId;
}

/**
 * Why prose-figure leaves a figure alone that does not restate the figure its words name: the reading it is right by
 * (a column the paragraph names before it, what the rows give, last year's figure …), or the rule that judges it instead.
 */
export interface Spared {
    readonly why: string;
    /** The rule that judges the figure in this one's place (prose-zero, prose-year). */
    readonly by?: RuleId;
}

/** The figures of the data a claim was judged against, under the role it was judged as (a share of its sentence's opening whole). */
export interface Judged {
    readonly role: Role;
    readonly targets: readonly Target[];
    /** A share's of the wholes above its row's own, weighed where the words give no whole. */
    readonly wider?: readonly Computation[];
}

/** What prose-figure says of a report's written figures: its findings, why it spares those it spares, what it judged each by. */
export interface ProseFigureCheck {
    readonly findings: readonly ProseFinding[];
    readonly spared: ReadonlyMap<WrittenFigure, Spared>;
    readonly judged: ReadonlyMap<FigureClaim, Judged>;
}

/** What prose-figure says of one written figure: the gravest finding told at it, why it leaves it alone, what it judged it by. */
export interface FigureVerdict {
    readonly told?: ProseFinding;
    readonly spared?: Spared;
    readonly judged?: Judged;
}

const GRAVITY: Readonly<Record<ProseFinding['severity'], number>> = { error: 3, warning: 2, info: 1, hint: 0 };

/** prose-figure's verdict on a claim's figure (a hint offering a reference is none: the figure is right). */
export function figureVerdict(model: ReportModel, prose: ProseText, claim: FigureClaim): FigureVerdict {
    const check = textFigureCheck(model, prose);
    const at = rangeIn(prose, claim.figure.offset, claim.figure.length)?.start;
    const told = at && check.findings
        .filter(finding => finding.severity !== 'hint' && finding.node === prose.node && finding.extra?.range && within(at, finding.extra.range))
        .reduce<ProseFinding | undefined>((gravest, finding) => !gravest || GRAVITY[finding.severity] > GRAVITY[gravest.severity] ? finding : gravest, undefined);
    return { told: told || undefined, spared: check.spared.get(claim.figure), judged: check.judged.get(claim) };
}

/**
 * Whether a blank cell (-) is read as none rather than unfilled: a sum of filled figures counts it as 0 (a part beside
 * filled siblings, or a total its filled parts make 0: 年末结转和结余 - where 年初 - + 收入 30.00 − 支出 30.00), or it is
 * in a topic table (三公, 政府性基金, 国有资本经营) printed blank throughout, 上年 and every other figure too: the
 * department printed it empty, it spent none. A `juesuan next` scaffold's 本年 - beside last year's figures is unfilled.
 */
function blankIsNone(model: ReportModel, blank: Figure, row: RowModel): boolean {
    // an at-least bound (unlisted parts) holds for any total above its parts: it pins nothing
    const pinned = model.relations.some(r => r.rule.startsWith('sum') && [r.target, ...r.parts].some(f => f.blank === undefined)
        && (r.parts.includes(blank) || (r.target === blank && r.holds && !r.atLeast)));
    if (pinned) return true;
    const table = row.table;
    if (!table || !EMPTY_TOPIC.test(table.title || table.template?.title || '')) return false;
    const figures: Figure[] = [];
    walkRows(table.rows, r => {
        figures.push(...r.cells.values());
        for (const byColumn of r.attributes.values()) figures.push(...byColumn.values());
    });
    return figures.every(f => f.blank !== undefined);
}

/** The topics of the tables a department prints empty when it has none of them (docs/language.md, 加印的表写明无数据). */
const EMPTY_TOPIC = /三公|政府性基金|国有资本经营/;

/** Whether a position is in a range, its end excluded. */
function within(position: Range['start'], { start, end }: Range): boolean {
    const order = (a: Range['start'], b: Range['start']) => a.line - b.line || a.character - b.character;
    return order(start, position) <= 0 && order(position, end) < 0;
}


const checkByModel = new WeakMap<ReportModel, ProseFigureCheck>();
const checkByText = new WeakMap<TextClaims, ProseFigureCheck>();

/**
 * prose-figure's judgement of every written figure, worked out once per model: the rule reports its findings, the
 * hover on a figure says what the rule says of it (one judgement, not a second reading in the editor).
 */
export function proseFigureCheck(model: ReportModel): ProseFigureCheck {
    let check = checkByModel.get(model);
    if (!check) {
        check = judgeProseFigures(model, claimsOf(model));
        checkByModel.set(model, check);
    }
    return check;
}

/**
 * prose-figure's judgement of one text's figures, the whole check's where it ran: each text is judged on its own, and
 * the first hover after an edit (the check runs on save) judges the text it is in, not every text of the report.
 */
export function textFigureCheck(model: ReportModel, prose: ProseText): ProseFigureCheck {
    const whole = checkByModel.get(model);
    const text = whole ? undefined : claimsOf(model).find(t => t.prose === prose);
    if (!text) return whole ?? proseFigureCheck(model);
    let check = checkByText.get(text);
    if (!check) checkByText.set(text, check = judgeProseFigures(model, [text]));
    return check;
}

function judgeProseFigures(model: ReportModel, texts: readonly TextClaims[]): ProseFigureCheck {
    const findings: ProseFinding[] = [];
    const spared = new Map<WrittenFigure, Spared>();
    const judged = new Map<FigureClaim, Judged>();
    // the shares of the wholes above the targets' rows, weighed for a share its words give no whole for: one agreeing spares it
    const weighWider = (claim: FigureClaim, targets: readonly Target[]) => {
        const wider = targets.flatMap(target => widerShares(model, target.quantity));
        judged.set(claim, { role: judged.get(claim)?.role ?? claim.role, targets, wider });
        const agreeing = wider.find(share => share.meets(claim.figure.interval));
        if (agreeing) spare(claim.figure, `按更上一级的总数算出的${agreeing.description}与它相符`);
        return agreeing !== undefined;
    };
    const spare = (figure: WrittenFigure, why: string, by?: RuleId) => { if (!spared.has(figure)) spared.set(figure, by ? { why, by } : { why }); };
    const record = (severity: ProseFinding['severity']) => (node: AstNode, message: string, extra?: ReportExtra) => { findings.push({ severity, node, message, extra }); };
    const recorder: Reporter = { error: record('error'), warning: record('warning'), info: record('info'), hint: record('hint') };
    // the figures told wrong here: no hint offers a reference in place of one of them (the officer applying it
    // would lose the finding with the figure)
    const told = new Set<string>();
    const report = telling(recorder, told);
    for (const text of texts) {
        const referable: Referable[] = [];
        // the last change the data cannot tell (no 上年): a growth rate after it is checked against it
        // (a list of them, 各增加A、B万元，增长a%、b%: each rate against the change of its own subject)
        const changes: FigureClaim[] = [];
        // likewise the budgets the data does not hold: a completion rate after them is of the one it names
        const budgets: FigureClaim[] = [];
        // and last year's figure the sentence writes (比2023年的90.00万元): a change after it is of it
        let lastYear: FigureClaim | undefined;
        // budgets the sentence shows are not the table's budget column (its other budget is): their rates are of them
        const notColumn: FigureClaim[] = [];
        // a figure said of several quantities at once (收入、支出总计均为…) and told wrong for all of them once
        const shared = sharedFigures(text);
        const toldOnce = new Set<WrittenFigure>();
        // changes from a year other than last (比2019年决算数减少…): the data cannot tell them, the rate after them can
        const otherYearChanges: FigureClaim[] = [];
        budgetAdjustmentOff(model, report, text);
        totalsDifferenceOff(model, report, text);
        perUnitOff(model, report, text);
        const readings = headReadings(model, text);
        for (const said of text.claims) {
            const claim = readings.get(said) ?? said;
            if (claim.kind === 'figure' && claim.partOf) partOverTotal(report, text.prose, claim, claim.partOf);
            if (claim.kind === 'figure' && claim.notData === 'unnamed-whole') shareOfWrittenHead(model, report, text, claim);
            if (claim.kind === 'figure' && claim.notData === 'change-share') shareOfWrittenChange(model, report, text, claim);
            // 区本级财政拨款收入800.00万元，占财政拨款收入的80.00%: a part no table holds, its share by the amount written
            if (claim.kind === 'figure' && claim.notData === 'some-units' && claim.role.kind === 'share') shareOfWrittenPart(model, report, text, claim);
            if (claim.kind === 'figure' && claim.notData === 'other-year' && claim.subject && !toldOnce.has(claim.figure)) {
                if (claim.role.kind === 'change') otherYearChanges.push(claim);
                const change = otherYearChanges.at(-1);
                // an earlier year only: 经比较2020年度… in a 2020 report is no comparison with a year, nor 与2024年度预算相比
                const year = change && Number(yearComparedBefore(text.prose.text, change.figure.offset)?.slice(0, 4));
                if (claim.role.kind === 'growth' && change && model.meta.year !== undefined && year && year < model.meta.year - 1
                    && !COMPARISON_BETWEEN.test(text.prose.text.slice(change.figure.offset + change.figure.length, claim.figure.offset))) {
                    growthOfWrittenFigures(model, report, text, claim, change);
                }
            }
            if (claim.kind === 'figure' && claim.notData === 'approximate' && !toldOnce.has(claim.figure) && approximationOff(model, report, text, claim)) toldOnce.add(claim.figure);
            if (claim.kind !== 'figure' || claim.notData || toldOnce.has(claim.figure)) continue;
            const sharing = shared.get(claim.figure);
            if (sharing && sharing[0] === claim && sharedFigureOff(model, report, text.prose, sharing)) {
                toldOnce.add(claim.figure);
                continue;
            }
            if (claim.role.kind === 'share' && claim.role.within) {
                shareWithinWhole(model, report, text, claim);
                continue;
            }
            if (!claim.subject) {
                // 档案数字化项目：年初预算为50.00万元，支出决算为45.00万元，完成年初预算的95%: the sentence's own figures
                if (claim.role.kind === 'budget') budgets.push(claim);
                else if (claim.role.kind === 'completion') completionOfWrittenBudget(model, report, text, budgets, claim);
                else if (claim.role.kind === 'share') shareOfWrittenPart(model, report, text, claim);
                else if (claim.role.kind === 'value') nonAppropriationIncomeOff(model, report, text.prose, claim.figure);
                // 201-一般公共服务支出23653万元，较上年增加2954万元，增长14.27%: a subject no table holds, its rate
                // checked by the sentence's own figures
                else if (claim.role.kind === 'change' && !claim.role.versus) changes.push(claim);
                // 支出决算45.00万元，比年初预算50.00万元减少5.00万元: against the budget the sentence wrote
                else if (claim.role.kind === 'change') {
                    changes.push(claim);
                    changeOfWrittenBudget(model, report, text, budgets, claim);
                }
                else if (claim.role.kind === 'last') lastYear = claim;
                else if (claim.role.kind === 'growth') growthOfWrittenFigures(model, report, text, claim, changes.at(-1), claim.role.versus ? undefined : lastYear);
                continue;
            }
            const { figure, role } = claim;
            if (role.kind === 'value' && figure.value.isZero()) {
                spare(figure, '写的是 0：由 prose-zero 核对', 'prose-zero');
                continue;
            }
            // a change of several funds together (财政拨款基本支出's 人员经费), or a share of rows with no whole for their sum: the data holds none of it
            const together = claim.subject.together;
            if (together && role.kind !== 'value' && (role.kind !== 'share' || together.outside)) {
                spare(figure, '说的是几种资金合在一起的增减或占比，数据中没有这个数');
                continue;
            }
            // 公务用车运行维护费4.18万元，占90.09% under “三公”经费: the words speak of all the department's spending on it, of which
            // the economic table's row (30231) is a part; its share of its class (302) or its change is no figure the words give
            if (claim.subject.partOfAll && role.kind !== 'value') {
                spare(figure, '文字说的是部门全部资金的这项支出，表中这一行只是其中一部分：它的占比、增减数据中没有');
                continue;
            }
            if (role.kind === 'completion' && notColumn.some(b => b.role.kind === 'budget' && b.role.budget === role.budget
                && inSentence(text.prose, b, claim) && sameSubject(b.subject!, claim.subject!))) {
                spare(figure, '句中写出的预算不是表中预算列的那一种：按句中写出的预算核对');
                completionOfWrittenBudget(model, report, text, budgets, claim);
                continue;
            }
            let targets = distinctTargets(model, claim.subject, role, figure);
            // 其他公务接待费支出517.42万元: a part of the row, at most it; its change and share the data does not hold.
            // 厅本级机关运行经费 may be all of the row: its value is a part unless equal; its change, growth and share are
            // the row's, checked (比上年增加50.00万元 where the row rose 40.00 is a slip either way)
            if (claim.subject.qualified && !(claim.subject.wholeIfEqual && (role.kind !== 'value' || targets.some(t => agrees(figure, t, role))))) {
                judged.set(claim, { role, targets });
                if (role.kind === 'value') qualifiedPartOver(model, report, text.prose, claim, targets);
                if (role.kind === 'share' && claim.subject.partOfOpening) shareOfOpeningWhole(model, report, text, claim, role);
                continue;
            }
            // 财政拨款支出1,000.00万元，其中：一般公共预算财政拨款支出985.00万元，占98.5%: a share the template gives the
            // fund's own table no whole for is of the whole its sentence opens with
            const opening = claim.subject.openingWhole;
            let judgedRole: Role = role;
            if (targets.length === 0 && role.kind === 'share' && !role.base && !role.items && opening?.length === 1) {
                judgedRole = { kind: 'share', base: opening };
                targets = distinctTargets(model, claim.subject, judgedRole, figure);
            }
            const sole = targets.length === 0 ? soleBudgetAsInitial(model, text, claim) : undefined;
            if (sole) {
                judgedRole = sole;
                targets = distinctTargets(model, claim.subject, judgedRole, figure);
            }
            judged.set(claim, { role: judgedRole, targets });
            if (targets.length === 0) {
                if (role.kind === 'last') lastYear = claim;
                else if (role.kind === 'change') {
                    changes.push(claim);
                    if (lastYear && !role.versus) changeOfWrittenLastYear(model, report, text, lastYear, claim);
                    else if (role.versus) changeOfWrittenBudget(model, report, text, budgets, claim);
                    else increaseOverCurrent(model, report, text.prose, claim);
                }
                else if (role.kind === 'budget') budgets.push(claim);
                // compared with a budget the data does not hold: the rate agrees with the change, or with nothing
                else if (rateOfNothing(model, report, text, claim)) continue;
                else if (growthOverZero(model, report, text.prose, claim, spare)) continue;
                else if (role.kind === 'growth') {
                    const change = [...changes].reverse().find(c => c.subject && sameSubject(c.subject, claim.subject!)) ?? changes.at(-1);
                    growthOfWrittenFigures(model, report, text, claim, change, role.versus ? undefined : lastYear);
                }
                else if (role.kind === 'completion' && !completionOfWrittenBudget(model, report, text, budgets, claim)) completionOverZero(model, report, text.prose, claim);
                else if (role.kind === 'share') shareOfWrittenPart(model, report, text, claim);
                continue;
            }
            // 增加43万元 where the data fell: one finding, prose-direction's, with no fix keeping 增加 (this rule's
            // where the settings turn prose-direction off)
            const contrary = contraryDirectionMessage(model, claim);
            if (contrary) {
                const range = rangeIn(text.prose, figure.offset, figure.length);
                if (range) findings.push({ severity: 'error', node: text.prose.node, message: contrary, extra: { range }, ifOff: 'prose-direction' });
                continue;
            }
            if (yearSlipOfThisYears(model, text.prose, claim)) {
                spare(figure, '是本年的数，写在上年的年度之下：年度由 prose-year 核对', 'prose-year');
                continue;
            }
            const verdicts = targets.map(target => ({ target, verdict: judge(figure, target, role) }));
            const agreeing = verdicts.find(v => v.verdict !== 'near' && v.verdict !== 'off');
            const range = rangeIn(text.prose, figure.offset, figure.length);
            if (!range) continue;
            // a reference in place of the figure, its unit kept as written (a rate's % comes with it)
            const suffix = figure.unit === '%' ? '' : unitWritten(figure);
            const referenceTo = (path: readonly string[]) => `【${path.join('.')}】${suffix}`;
            if (agreeing) {
                if (role.kind === 'share') sharePointsOff(model, report, text.prose, figure, role, verdicts.filter(v => v.verdict !== 'near' && v.verdict !== 'off').map(v => v.target));
                // a reference shows the report's unit: none for a figure the sentence writes in a coarser one
                const path = agreeing.verdict === 'equal' && targets.length === 1 && agreeing.target.figure && !agreeing.target.scale
                    ? model.references.pathTo(agreeing.target.figure) : undefined;
                const corrected = copiesSlip(model, figure, agreeing.target, role);
                if (corrected) {
                    // the officer copied a table slip: the error is the table's; here an info that the text must follow its fix
                    const fix = path ? { title: `改为引用【${path.join('.')}】`, newText: referenceTo(path) } : undefined;
                    report.info(text.prose.node, `文字写的 ${figure.text} 照写了「${agreeing.target.label}」，而表中这个数有误（应为 ${fixedText(corrected, correctedPlaces(figure, agreeing.target), model.groupsDigits)}，见那里的错误）：表改正后文字也要改${path ? '，改为引用则随表更新' : ''}。`, { range, fix });
                    continue;
                }
                // a row the words speak of a part of at most (partOfAll) is no reference for them: its share would be read as theirs
                if (path && !claim.subject.partOfAll) referable.push({ figure, range, label: agreeing.target.label, fix: { title: `改为引用【${path.join('.')}】`, newText: referenceTo(path), range } });
                continue;
            }
            // 会议费68.40万元 of every fund where the basic table's 30215 holds 42.30: the row is a part of what the words say
            if (role.kind === 'value' && claim.subject.partOfAll && targets.every(t => figure.interval.hi.gte(t.interval.lo))) {
                spare(figure, '文字说的是部门全部资金的这项支出，表中这一行是其中一部分：不小于它即可');
                continue;
            }
            if (otherBudgetIsColumn(model, text, claim)) {
                spare(figure, '句中写出的另一种预算是表中预算列的数：这一个是另一种预算，表中没有');
                budgets.push(claim);
                notColumn.push(claim);
                continue;
            }
            const paragraphStart = paragraphOf(text.prose.text, figure.offset).start;
            const otherColumn = agreesWithAnotherColumn(model, claim.subject, role, figure, text.prose.text.slice(paragraphStart, figure.offset));
            if (otherColumn) {
                spare(figure, `与「${otherColumn.label}」相符：段中前面写到了这一列`);
                continue;
            }
            const lastYearNamed = underLastYear(model, text.prose.text, figure.offset);
            // under last year's name an amount is last year's: judged against that, or not at all where the data lacks it
            const lastYears = lastYearNamed ? lastYearTargets(model, claim.subject, role, figure) : undefined;
            if (lastYears) {
                const last = lastYears.find(target => agrees(figure, target, { kind: 'last' }));
                spare(figure, last ? `写在上年的年度之下，与上年数「${last.label}」${shown(last, figure, model.groupsDigits)} 相符`
                    : `写在上年的年度之下，是上年的数${lastYears.length === 0 ? '：数据中没有上年数，不核对' : ''}`);
                lastYearFigureOff(model, report, text.prose, figure, lastYears, range);
                continue;
            }
            // a share the words give no whole for may be of a whole above the row's own
            if (role.kind === 'share' && !role.base && targets.length === 1 && !targets[0].stated && weighWider(claim, targets)) continue;
            // 本部门项目支出: the words prefer one of the readings, which the figure is judged by
            let own = targets.length > 1 ? verdicts.filter(v => claim.subject!.own?.some(q => sameQuantity(q, v.target.quantity))) : verdicts;
            // 基本支出500.00万元，占70.00% where 支出决算表 and 一般公共预算财政拨款支出决算表 both hold that 500.00: one
            // part, two readings of its whole; none agreeing, it is told by the first (docs/language.md)
            // the other readings of the part's whole, named in the first's message: the officer sees every one
            let otherWholes = '';
            if (own.length !== 1 && role.kind === 'share' && onePartOfWholes(model, targets)) {
                if (weighWider(claim, targets)) continue;
                own = [verdicts[0]];
                otherWholes = verdicts.slice(1).map(v => `；与「${v.target.label}」${readingShown(model, v.target, figure)}也不符`).join('');
            }
            // several funds' rows together (财政拨款基本支出's 公用经费), no reading agreeing: told by their sum's
            if (own.length !== 1 && role.kind === 'share' && claim.subject.together && targets.length > 0) own = [verdicts[0]];
            // readings that are one number (the 基本支出 table's 公用经费 and its 公用经费合计 row), none agreeing: the
            // figure is wrong whichever is meant, told by the first
            if (own.length !== 1 && role.kind === 'value' && targets.length > 1
                && targets.every(t => t.value.eq(targets[0].value) && t.decimals === targets[0].decimals)) own = [verdicts[0]];
            // one row's budget printed by kind, read as each kind (预算为…, 完成预算的…), none agreeing: told by the table's kind
            // the other kind's reading named too (；按年初预算为 90.00%，也不符): the sentence may mean either
            if (own.length !== 1 && targets.length > 1 && targets.every(t => t.quantity === targets[0].quantity)) {
                own = [verdicts[0]];
                otherWholes = verdicts.slice(1).map(({ target: t }) => {
                    const kind = /(?:年初|全年|调整)预算/.exec(t.computation?.description ?? t.label)?.[0];
                    const value = t.stated || !t.computation ? shown(t, figure, model.groupsDigits) : `${atWrittenPrecision(t.value, figure, model.groupsDigits)}${unitOf(figure)}`;
                    return kind ? `；按${kind}为 ${value}，也不符` : '';
                }).join('');
            }
            if (own.length !== 1) {
                const named = targets.slice(0, 3).map(t => `「${t.label}」${shown(t, figure, model.groupsDigits)}`).join('；');
                report.info(text.prose.node, `文字写的 ${figure.text} 可指多个数字（${named}${targets.length > 3 ? '…' : ''}），与其中任何一个都不符：请改为引用【…】写明所指。`, { range });
                continue;
            }
            const [{ target, verdict }] = own;
            // a cell printed blank (-) that nothing around it says is none is not filled in: unknown, not 0 (issue 12), so the
            // sentence cannot be wrong against it; one read as none (blankIsNone) is checked as 0
            const blank = target.figure;
            if (target.stated && blank?.blank !== undefined && !blankIsNone(model, blank, target.quantity.row)) {
                spare(figure, `「${target.label}」在表中印作“${blank.blank}”（未填），无从核对`);
                report.info(text.prose.node, `文字写的 ${figure.text} 所指的「${target.label}」在表中印作“${blank.blank}”（未填）：不作核对。`, { range });
                continue;
            }
            const unsaid = verdict === 'off' ? directionUnsaid(model, text, claim) : undefined;
            // the right figure written by hand would draw the hint above: where a reference can
            // name it, the fix writes that reference, and the text follows the figure from then on
            // a blank cell prints `-` wherever it is referred to: the sentence gets its 0 written instead
            // the table's digits in another unit (1.58元 for 1.58万元): the reference, with the report's unit
            const unit = unitSlip(target, figure);
            const path = target.stated && target.figure && !target.figure.blank && (!target.scale || unit) ? model.references.pathTo(target.figure) : undefined;
            // under last year's name this year's figure is no fix: the sentence may mean last year's
            const fix = lastYearNamed ? undefined
                : path ? { title: `改为引用【${path.join('.')}】（${shown(target, figure, model.groupsDigits)}）`, newText: unit ? `【${path.join('.')}】${unit}` : referenceTo(path) }
                : replacementFix(model, target, figure);
            const balance = !target.stated && role.kind === 'share' ? balancingShare(model, text, claim, target) : undefined;
            if (balance) {
                const rounded = target.value.toDecimalPlaces(figure.decimals, Decimal.ROUND_HALF_UP).toFixed(figure.decimals);
                report.info(text.prose.node, balancedShareMessage({
                    what: `文字写的 ${figure.text}`, rounded, source: target.label, formula: target.computation!.formula,
                    exact: target.value, places: figure.decimals, shares: balance.shares, among: balance.among,
                }), { range });
                continue;
            }
            if (!target.stated && target.computation && truncatedRate(target.interval, figure)) {
                // as the tables' rates: a rate cut off rather than rounded is a warning, not an error
                const { description, formula, value } = target.computation;
                const rounded = value.abs().toDecimalPlaces(figure.decimals, Decimal.ROUND_HALF_UP).toFixed(figure.decimals);
                report.warning(text.prose.node, `文字写的 ${figure.text} 是截尾所得，不是四舍五入：${description} = ${formula} = ${workedOutRateText(value, figure.decimals, model.groupsDigits)}%，四舍五入应为 ${rounded}%（「${target.label}」）。`, { range });
                continue;
            }
            // 比上年增加50.00万元，增长6.25% where the data's change is 200.00: the rate worked from the wrong change is one
            // slip with it, told in the change's error; not in a warning (the rate's error is no 末位's) nor in prose-direction's
            // (told by another rule, or not at all)
            const rated = verdict === 'off' ? changeRatedFrom(model, text, claim, target) : undefined;
            const toldChange = rated && findings.findIndex(f => f.severity === 'error' && !f.ifOff && f.extra?.range && rangeKey(f.extra.range) === rated.range);
            if (rated && toldChange !== undefined && toldChange >= 0) {
                const change = findings[toldChange];
                // the change's fix mends the rate with it: the rate left as it was would be told wrong then
                // a rate the table states is referred to, as the change is
                const statedAt = target.stated && target.figure ? model.references.pathTo(target.figure) : undefined;
                const rate = statedAt ? `【${statedAt.join('.')}】` : figureTextLike(figure.text, target.value.abs(), figure.decimals, model.groupsDigits);
                const rateTitle = statedAt ? `改为引用${rate}（${shown(target, figure, model.groupsDigits)}）` : `改为 ${rate}`;
                const fix = change.extra?.fix && { ...change.extra.fix, title: `${change.extra.fix.title}，${figure.text} ${rateTitle}`, also: [...change.extra.fix.also ?? [], { range, newText: rate }] };
                // 下降4.00% told as 20.00%, its direction in its words; 增长-6.67% as -20.00%
                const rightRate = figure.value.isNegative() ? target.value : target.value.abs();
                findings[toldChange] = {
                    ...change, extra: { ...change.extra, fix },
                    message: `${change.message.replace(/。$/, '')}；${figure.text} 也是按写的 ${rated.change.figure.text} 算的，按数据应为 ${atWrittenPrecision(rightRate, figure, model.groupsDigits)}%。`,
                };
                spare(figure, `是按同一句写错的增减额 ${rated.change.figure.text} 算的：与增减额一并指出`);
                continue;
            }
            if (!target.stated) {
                if (role.kind === 'share' && otherReadingAgrees(model, text, claim)) {
                    spare(figure, '按句中写出的部分或总数的另一种读法算出的占比与它相符');
                    continue;
                }
                const byWritten = role.kind === 'growth' ? rateOfWrittenFigures(model, text, claim) : undefined;
                if (byWritten && target.computation) {
                    // worked from the figures the sentence prints, each the data's within its rounding: no slip
                    const { description, formula, value } = target.computation;
                    report.info(text.prose.node, `文字写的 ${figure.text} 是按句中写出的数算的（${byWritten}），这些数与数据相符；按数据中未经四舍五入的数，${description} = ${formula} = ${atWrittenPrecision(value, figure, model.groupsDigits)}%${figure.value.isNegative() || !value.isNegative() ? '' : `，即下降 ${atWrittenPrecision(value.abs(), figure, model.groupsDigits)}%`}。`, { range });
                    continue;
                }
                if (role.kind === 'completion' && ofWrittenActual(model, text, claim, target)) {
                    spare(figure, '按句中写出的决算数算出的完成率与它相符');
                    continue;
                }
                if (role.kind === 'completion' && ofWrittenOtherBudget(model, text, budgets, claim, target)) {
                    spare(figure, '按句中写出的另一种预算算出的完成率与它相符');
                    continue;
                }
                if (role.kind === 'completion' && role.budget !== 'any' && budgetKindUntold(model, target.quantity)) {
                    // 完成全年预算 over a 预算数 that may be the 年初预算 (or the other way): the rate may be of the other budget
                    const kind = role.budget === 'initial' ? '年初预算' : '全年预算';
                    const worked = `${atWrittenPrecision(target.value, figure, model.groupsDigits)}%`;
                    const how = target.computation ? `${target.computation.description} = ${workingText(target.computation, worked)}` : worked;
                    report.info(text.prose.node, `文字写的 ${figure.text} 与「${target.label}」不符（${how}），但表中的预算未写明是年初预算还是全年预算：若不是${kind}，数据中没有${kind}，不作核对。`, { range });
                    continue;
                }
                const corrected = (role.kind === 'share' || role.kind === 'completion') ? rateOfCorrected(model, target, figure) : undefined;
                if (corrected) {
                    // worked out from a table figure that is itself wrong (its error told there): the rate the text writes is the right one
                    report.info(text.prose.node, `文字写的 ${figure.text} 与按数据算出的 ${formatDecimal(target.value, figure.decimals, model.groupsDigits)}%（「${target.label}」）不符，但与表中的数改正后（${corrected}）算出的相符：错的是数据（见那里的错误），文字不必改。`, { range });
                    continue;
                }
                // a figure the source leaves out and the arithmetic derives (政府采购's total from 货物、工程、服务) says how
                const computation = target.computation ?? (target.figure ? model.derivations.get(target.figure) : undefined);
                // worked out in the report's unit (元) for a figure written in a coarser one (万元): the result in both, so
                // the formula's terms (in 元) and its result are never told in two units as one
                const scale = target.scale && !target.scale.eq(1) ? target.scale : undefined;
                const reportValue = scale && (target.figure?.value ?? target.value.times(scale));
                // at the places of the report's figures: whole 元 as whole (-50000元), not padded to the fen
                const places = Math.max(...(target.figure ? [target.figure] : computation?.parts ?? []).map(f => f.writtenDecimals ?? f.decimals), 0);
                const inReport = (value: Decimal) => `${fixedText(value, places, model.groupsDigits)}${model.meta.unit}`;
                // said in the sentence's unit too where it shows at the places amounts are written with (即减少 5万元 beside
                // 减少8万元); a few 万元 in 亿元 (0.0005亿元 beside 减少0.01亿元) is no figure a sentence writes: the report's unit only
                const convert = reportValue !== undefined && (target.value.isZero()
                    || !target.value.toDecimalPlaces(Math.max(figure.decimals, 2), Decimal.ROUND_HALF_UP).isZero());
                const inReportUnit = reportValue && convert ? `${inReport(reportValue)}，即` : '';
                // converted from the report's unit, at the sentence's places where they hold it exactly (即减少 5万元 beside
                // 减少8万元); worked in the sentence's own unit, at the places of its working (即减少 5.00 beside -5.00)
                const said = (value: Decimal) => inReportUnit && value.decimalPlaces() <= figure.decimals
                    ? fixedText(value, figure.decimals, model.groupsDigits) : atWrittenPrecision(value, figure, model.groupsDigits);
                const reportOnly = reportValue !== undefined && !convert;
                const worked = reportOnly ? inReport(reportValue) : said(target.value);
                // a fall said in words, as the sentence says it (减少 5.00万元, 下降 45%), not as a signed figure alone
                const down = target.value.isNegative() ? ({ change: '减少', growth: '下降' } as Partial<Record<Role['kind'], string>>)[role.kind] : undefined;
                const told = down ? `${down} ${said(target.value.abs())}` : worked;
                const unit = `${inReportUnit ? figure.unit : ''}${unitOf(figure)}`;
                const result = inReportUnit ? `${inReportUnit}${down ? '' : ' '}${told}${unit}` : `${worked}${unit}${down && !reportOnly ? `，即${told}${unit}` : ''}`;
                const how = computation ? `：${computation.description} = ${workingText(computation, result)}` : unitOf(figure);
                // after 即下降 the range is of the fall's size, as the words give it; told only where its ends differ at the places
                // the sentence writes (not 4.99 至 5.01 beside 减少8万元, all of which it rounds to 5)
                const noted = down && !target.interval.hi.isPositive() ? target.interval.negate() : target.interval;
                const note = computation ? roundingRangeNote(noted, fixedText(target.value.abs(), figure.decimals), unitOf(figure), model.groupsDigits) : `（${roundingRangeText(target.interval, unitOf(figure), model.groupsDigits, figure.decimals)}）`;
                report.error(text.prose.node, `文字写的 ${figure.text} 与数据中「${target.label}」不符${how}${note}${otherWholes}${unsaid?.said ?? ''}。`, { range, fix: unsaid?.fix });
            } else if (verdict === 'near' && agreesWithRows(model, figure, target, role)) {
                // what the rows give, the table's figure a unit off it within rounding (a hint there): the text is right
                spare(figure, '与表中各项相加所得相符：表中这个数与之差一个末位（那里有提示），文字不必改');
                continue;
            } else if (agreesWithCorrected(model, figure, target, role)) {
                // the table's figure is the wrong one, and its error is told there (a fen off in 元 too):
                // a fix here would copy it into the text
                report.info(text.prose.node, `文字写的 ${figure.text} 与数据中「${target.label}」${shown(target, figure, model.groupsDigits)} 不符，但与它应有的数相符：错的是数据（见那里的错误），文字不必改。`, { range });
            } else {
                // the table's figure wrong too: the one message says so, naming the table's finding
                const slip = verdict === 'off' ? copiesSlip(model, figure, target, role) : undefined;
                const also = slip ? `；表中这个数本身也有误（应为 ${fixedText(slip, correctedPlaces(figure, target), model.groupsDigits)}，见那里的错误）` : '';
                // a completion rate after it in the sentence worked from the figure as written, and not from the
                // data's: no fix that breaks it
                const rated = verdict === 'near' && role.kind === 'value' && text.claims.some(c => c.kind === 'figure' && c.role.kind === 'completion'
                    && c.figure.offset > figure.offset && inSentence(text.prose, claim, c) && c.subject !== undefined && sameSubject(c.subject, claim.subject!)
                    && !agreesWithData(model, c));
                // one figure said of several (收、支总计各增加…) and right for another of them: no fix makes that one wrong
                const rightForAnother = shared.get(figure)?.some(c => c !== claim && c.subject !== undefined
                    && distinctTargets(model, c.subject, c.role, c.figure).some(t => agrees(c.figure, t, c.role))) === true;
                const fixed = unsaid ? unsaid.fix : rated || rightForAnother ? undefined : fix;
                restatementOff(report, text.prose, `文字写的 ${figure.text} 与数据中「${target.label}」${shown(target, figure, model.groupsDigits)} `, verdict === 'near', { range, fix: fixed },
                    also + otherWholes + (unsaid?.said ?? '') + (unit ? `：数字相同，单位应为${unit}` : ''));
            }
        }
        // a figure read by its list's head: the hover asks by the claim the words gave
        for (const [said, read] of readings) if (judged.has(read)) judged.set(said as FigureClaim, judged.get(read)!);
        budgetItemsOverTotal(model, report, text.prose, budgets);
        partChangesOff(model, report, text);
        for (const paragraph of byParagraph(text.prose.text, referable.filter(item => !told.has(rangeKey(item.range))))) reportReferable(report, text.prose, paragraph);
    }
    vehiclesWrittenTwice(model, report, texts, judged);
    return { findings, spared, judged };
}

// words naming vehicles held, not the year's movements or hires (新增, 购置, 报废, 租用 …) nor a kind across uses (新能源)
const VEHICLES = /车/;
const NOT_HELD = /新增|购置|购买|更新|报废|处置|调拨|调入|调出|划转|拍卖|租|新能源|燃油|电动|平均|每/;
// a sentence of another time than the year's end, before the count: last year's, the year's start or a month before its end
const OTHER_TIME = /上年|去年|年初|上半年|年中|同期|(?<!12)月(?!31日|底|末)/;
// anywhere in the count's sentence: a time after the year's end (截至目前, 车改后, 截至本报告公开之日) or a month before it
const NOT_YEAR_END = /目前|现在|当前|车改|改革后|公开之日|(?<!12)月(?!31日|底|末)/;
// after the count: what it holds or leaves out (（含下属单位）, 不含…), which another count may not
const QUALIFIED = /^[\s\u3000]*[（(]|^[\s\u3000，,]*不?包?含/;
// the words listing a whole's parts after it
const LISTING = /其中|包括|分别为|分别是/g;
const LIST_OPENER = new RegExp(`^[\\s\\u3000]*(?:${LISTING.source})[：:]?`);
// the words of a count's clause that say no more than that it is held: 共有, 现有, 实有车辆 are one thing
const HOLDING_WORDS = /共计|共有|现有|实有|拥有|保有量?|合计|总数|数量|共|为|是|有/g;

/**
 * 截至2021年12月31日，本单位共有车辆3辆，其中一般公务用车2辆 in 机关运行经费 and …共有车辆4辆… in 国有资产占用情况, where
 * the data holds neither: one count written twice, told at the later one. Only counts the two texts say in the same words
 * (the clause's, after the head's a 其中 lists it under: scope 本单位 and kind 一般公务用车 kept), of vehicles held at the
 * report year's end as their sentence states it (截至…12月31日, 年末, 年底; no other year, month or movement); a count of
 * another time (截至目前, 车改后, 公开之日) or qualified after it (（含下属单位）) may be another count, and is left alone.
 */
function vehiclesWrittenTwice(model: ReportModel, report: Reporter, texts: readonly TextClaims[], judged: ReadonlyMap<FigureClaim, Judged>): void {
    const first = new Map<string, { text: TextClaims; claim: FigureClaim }>();
    for (const text of texts) {
        const prose = text.prose.text;
        for (const claim of text.claims) {
            if (claim.kind !== 'figure' || claim.notData || claim.role.kind !== 'value' || claim.figure.kind !== 'count' || claim.figure.unit !== '辆') continue;
            if ((judged.get(claim)?.targets.length ?? 0) > 0) continue;
            const key = vehicleCountKey(model, prose, claim.figure);
            if (!key) continue;
            const earlier = first.get(key);
            if (!earlier) {
                first.set(key, { text, claim });
                continue;
            }
            if (earlier.text === text || earlier.claim.figure.value.equals(claim.figure.value)) continue;
            const range = rangeIn(text.prose, claim.figure.offset, claim.figure.length);
            const said = clauseBefore(earlier.text.prose.text, earlier.claim.figure.offset).replace(LIST_OPENER, '').trim();
            if (range) report.error(text.prose.node, `文字写的 ${claim.figure.text} 与前文另一处写的“${said}${earlier.claim.figure.text}”不符：同一时点的同一类车辆，两处应写同一个数。`, { range });
        }
    }
}

/** The words a count of vehicles held at the year's end is written under (本单位车辆, 本单位车辆›一般公务用车), none where it may be another time's or a movement's. */
function vehicleCountKey(model: ReportModel, prose: string, figure: WrittenFigure): string | undefined {
    const { offset } = figure;
    const start = fullSentenceStart(prose, offset);
    const sentence = prose.slice(start, offset);
    const whole = fullSentence(prose, offset);
    const years = [...sentence.matchAll(/(\d{4})[ \u3000]*年/g)].map(m => Number(m[1]));
    if (OTHER_TIME.test(sentence) || years.some(year => year !== model.meta.year) || NOT_YEAR_END.test(whole)
        || !yearEndStated(model, whole) || QUALIFIED.test(prose.slice(offset + figure.length))) return undefined;
    const words = (clause: string) => clause.replace(LIST_OPENER, '').replace(/\s/g, '').replace(HOLDING_WORDS, '');
    const name = words(clauseBefore(sentence, sentence.length));
    if (!VEHICLES.test(name) || NOT_HELD.test(sentence)) return undefined;
    const among = [...sentence.matchAll(LISTING)].at(-1)?.index;
    if (among === undefined) return name;
    // a kind listed under its head: named with the head's words (本单位车辆 › 一般公务用车)
    const head = /[\d,]+[ \u3000]*辆[，,：:\s]*$/.exec(sentence.slice(0, among));
    const headName = head ? words(clauseBefore(sentence, head.index)) : '';
    return headName && VEHICLES.test(headName) ? `${headName}›${name}` : undefined;
}

/** Whether a sentence states the report year's end: 截至2021年12月31日, 2021年末, 年底. */
function yearEndStated(model: ReportModel, sentence: string): boolean {
    const ends = [...sentence.matchAll(/(?:(\d{4})[ \u3000]*年度?)?(?:12月31日|12月底|12月末|末|底)/g)];
    return ends.some(end => end[1] === undefined ? /(?<![上去前])年(?:末|底)$|12月/.test(sentence.slice(0, end.index + end[0].length)) : Number(end[1]) === model.meta.year);
}

/**
 * 比2019年度减少233.34万元，其中：因公出国（境）费支出决算减少69.08万元；…；公务接待费支出决算减少28.98万元 (闵行) where the
 * data has no 上年 for any of them: the changes written after 其中, in the whole's sentence, one for each part of the whole's
 * sum, add up to the whole's change within rounding. A part said to be level with the same budget (因公出国（境）经费0万元，
 * 和年初预算持平) adds nothing. Told at the whole's change: which figure slipped, nothing tells.
 */
function partChangesOff(model: ReportModel, report: Reporter, text: TextClaims): void {
    const changes = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.role.kind === 'change'
        && !c.notData && c.figure.kind === 'amount' && c.subject?.quantities.length === 1 && !bareSaving(model, text.prose.text, c));
    const versusOf = (claim: FigureClaim) => claim.role.kind === 'change' ? claim.role.versus : undefined;
    // the figure of the row's own column a change is of, where the data has nothing to judge the change by (no 上年;
    // against a budget, no budget): the parts' changes against the same budget add up as the figures do
    const ownFigure = (claim: FigureClaim) => ownFigureOf(claim.subject!.quantities[0], versusOf(claim));
    const ownFigureOf = ({ row, column }: Quantity, versus: BudgetKind | undefined) => {
        const actual = actualColumn(row);
        const judged = actual !== undefined && (versus ? model.arithmetic.budgetOf(row, actual) !== undefined : row.attributes.get('上年')?.has(actual));
        return actual !== undefined && (column ?? actual) === actual && !judged && subtractedSign(row) > 0 ? row.cells.get(actual) : undefined;
    };
    const signed = (claim: FigureClaim) => claim.role.kind === 'change' && claim.role.sign < 0 ? claim.figure.interval.negate() : claim.figure.interval;
    const signedValue = (claim: FigureClaim) => claim.role.kind === 'change' && claim.role.sign < 0 ? claim.figure.value.negated() : claim.figure.value;
    const levels = text.claims.filter((c): c is BudgetComparisonClaim => c.kind === 'budget-comparison' && c.relation === '='
        && c.subjects.length === 1 && c.subjects[0].quantities.length === 1);
    const prose = text.prose.text;
    for (const [index, whole] of changes.entries()) {
        const total = ownFigure(whole);
        // the whole's sum over its parts, all of them written (a 合计 over its rows, a row over its children)
        const sums = total ? model.relations.filter(r => (r.rule === 'sum-total' || r.rule === 'sum-children') && r.target === total && !r.atLeast) : [];
        if (sums.length === 0) continue;
        // the whole's sentence, and the next where it opens with 其中 (…比年初预算数减少2039万元。其中公务用车购置费…)
        const sentenceEnd = (from: number) => {
            const end = prose.slice(from).search(/[。！？!?\n]/);
            return end < 0 ? prose.length : from + end;
        };
        const wholeEnd = sentenceEnd(whole.figure.offset);
        const until = /^[。！？!?][ \u3000]*其中/.test(prose.slice(wholeEnd)) ? sentenceEnd(wholeEnd + 1) : wholeEnd;
        const later = changes.slice(index + 1).filter(c => c.figure.offset < until && c.figure.unit === whole.figure.unit && versusOf(c) === versusOf(whole));
        const laterLevels = levels.filter(l => l.offset > whole.figure.offset && l.offset < until && l.budget === versusOf(whole));
        for (const sum of sums) {
            const listed = new Map<Figure, FigureClaim>();
            for (const claim of later) {
                const part = ownFigure(claim);
                if (part && sum.parts.includes(part) && !listed.has(part)) listed.set(part, claim);
            }
            const level = new Map<Figure, BudgetComparisonClaim>();
            for (const claim of laterLevels) {
                const part = ownFigureOf(claim.subjects[0].quantities[0], claim.budget);
                if (part && sum.parts.includes(part) && !listed.has(part) && !level.has(part)) level.set(part, claim);
            }
            if (sum.parts.length < 2 || listed.size === 0 || listed.size + level.size !== sum.parts.length) continue;
            const items = sum.parts.flatMap(part => listed.get(part) ?? []);
            const first = Math.min(...items.map(c => c.figure.offset), ...[...level.values()].map(l => l.offset));
            if (!prose.slice(whole.figure.offset + whole.figure.length, first).includes('其中')) break;
            const added = items.reduce((acc, claim) => acc.add(signed(claim)), Interval.exact(new Decimal(0)));
            if (added.meets(signed(whole))) break;
            const range = rangeIn(text.prose, whole.figure.offset, whole.figure.length);
            if (!range) break;
            const value = items.reduce((acc, claim) => acc.plus(signedValue(claim)), new Decimal(0));
            const terms = sum.parts.map(part => {
                const claim = listed.get(part);
                return claim ? `${signedValue(claim).isNegative() ? '减少' : '增加'} ${claim.figure.text}` : '持平';
            }).join('、');
            report.error(text.prose.node, `文字写的 ${whole.figure.text} 与其后“其中”各项的增减额之和不符：${terms}，合计${value.isNegative() ? '减少' : '增加'} `
                + `${fixedText(value.abs(), Math.max(whole.figure.decimals, 2), model.groupsDigits)}${whole.figure.unit}${roundingRangeNote(magnitude(added), fixedText(value.abs(), Math.max(whole.figure.decimals, 2)), '', model.groupsDigits)}。`, { range });
            break;
        }
    }
}

/**
 * 完成预算40.00万元的72.5%，节约11.00万元，比上年决算数增加19.00万元 (广东): a 节约/节支 its sentence compares with no
 * other year before it is what the budget left unspent, not a change from last year to add up with the parts' changes.
 * 与上年相比，节约20.00万元 is one; the report's own year (2021年度节约…) is no comparison.
 */
function bareSaving(model: ReportModel, prose: string, claim: FigureClaim): boolean {
    if (claim.role.kind !== 'change' || claim.role.versus) return false;
    if (!/(?:节约|节支)[^\d]*$/.test(clauseBefore(prose, claim.figure.offset))) return false;
    const sentence = prose.slice(sentenceStart(prose, claim.figure.offset), claim.figure.offset);
    return !COMPARISON_BETWEEN.test(model.meta.year === undefined ? sentence : sentence.replace(new RegExp(`${model.meta.year}[ \\t\\u3000]*年`, 'g'), ''));
}

/**
 * 一般公共预算财政拨款支出年初预算为7,357.00万元，其中：…行政运行（项）。年初预算为960.00万元… where the data holds
 * no budget: the budgets the text writes after a total's for rows within it (each row once, none within another) add
 * up to no more than the total's, beyond a unit of the last place. Less is no error: a row budgeted and not spent
 * is printed in no table, and the text need not list every row. Figures in 元 and in 万元 are compared in the total's
 * unit, and the message says them all in it.
 */
function budgetItemsOverTotal(model: ReportModel, report: Reporter, prose: ProseText, budgets: readonly FigureClaim[]): void {
    // a row's own budget, not one column's (教育支出项目支出)
    const rowOf = (claim: FigureClaim) => {
        const [quantity, ...more] = claim.subject?.quantities ?? [];
        return quantity && more.length === 0 && claim.figure.kind === 'amount' && YUAN_PER_MONEY_UNIT.has(claim.figure.unit)
            && (quantity.column === undefined || quantity.column === actualColumn(quantity.row)) ? quantity.row : undefined;
    };
    for (const total of budgets) {
        const whole = rowOf(total);
        if (!whole?.table || total.role.kind !== 'budget') continue;
        const kind = total.role.budget;
        const within = (row: RowModel) => row !== whole && row.table === whole.table
            && (isWithin(row, whole) || (!whole.parent && isTotalRow(whole, model.template.totalRow) && !isTotalRow(row, model.template.totalRow)));
        const byRow = new Map<RowModel, FigureClaim>();
        let unclear = false;
        for (const item of budgets) {
            const row = rowOf(item);
            if (!row || item.figure.offset < total.figure.offset || item.role.kind !== 'budget' || item.role.budget !== kind || !within(row)) continue;
            const seen = byRow.get(row);
            if (seen && !inMoneyUnit(seen.figure, total.figure.unit).value.equals(inMoneyUnit(item.figure, total.figure.unit).value)) unclear = true;
            byRow.set(row, item);
        }
        const items = [...byRow].filter(([row]) => ![...byRow.keys()].some(other => other !== row && isWithin(row, other)))
            .map(([, item]) => ({ written: item.figure, converted: inMoneyUnit(item.figure, total.figure.unit) }));
        if (unclear || items.length === 0) continue;
        const sum = items.reduce((acc, item) => acc.add(item.converted.interval), Interval.exact(new Decimal(0)));
        const unit = new Decimal(10).pow(-Math.min(total.figure.decimals, ...items.map(item => item.converted.decimals)));
        if (sum.lo.minus(total.figure.interval.hi).lte(unit)) continue;
        const range = rangeIn(prose, total.figure.offset, total.figure.length);
        if (!range) continue;
        const exact = items.reduce((acc, item) => acc.plus(item.converted.value), new Decimal(0));
        const shown = items.map(item => `${convertedText(item.written, item.converted, model.groupsDigits)}${total.figure.unit}`);
        const places = Math.max(...items.map(item => convertedPlaces(item.written, item.converted)));
        report.error(prose.node, `文字写的 ${total.figure.text} 小于其后所写各项的预算之和：${shown.join(' + ')} = ${fixedText(exact, places, model.groupsDigits)}${total.figure.unit}，总数或某一项写错了。`, { range });
    }
}

/** The figures of a text that its claims share (均为, 各为 one figure for several names), with those claims. */
function sharedFigures(text: TextClaims): Map<WrittenFigure, FigureClaim[]> {
    const byFigure = new Map<WrittenFigure, FigureClaim[]>();
    for (const claim of text.claims) {
        if (claim.kind !== 'figure' || claim.notData) continue;
        const claims = byFigure.get(claim.figure);
        if (claims) claims.push(claim);
        else byFigure.set(claim.figure, [claim]);
    }
    for (const [figure, claims] of byFigure) if (claims.length < 2) byFigure.delete(figure);
    return byFigure;
}

/**
 * 收入、支出总计均为130.00万元 where both totals are 120.00: one figure said of several quantities, off each
 * one's single stated figure, is one slip, told once naming them all. Returns whether it was told; anything
 * else (a side that agrees, several readings, a slip of the table) is left to each claim's own judgement.
 */
function sharedFigureOff(model: ReportModel, report: Reporter, prose: ProseText, claims: readonly FigureClaim[]): boolean {
    const { figure } = claims[0];
    if (underLastYear(model, prose.text, figure.offset)) return false;
    const judged: { target: Target; verdict: 'near' | 'off' }[] = [];
    for (const { subject, role } of claims) {
        if (!subject || (role.kind === 'value' && figure.value.isZero())) return false;
        const targets = distinctTargets(model, subject, role, figure);
        if (targets.length !== 1 || !targets[0].stated) return false;
        const [target] = targets;
        const verdict = judge(figure, target, role);
        if ((verdict !== 'near' && verdict !== 'off') || copiesSlip(model, figure, target, role) || agreesWithCorrected(model, figure, target, role)
            || (verdict === 'near' && agreesWithRows(model, figure, target, role))) return false;
        judged.push({ target, verdict });
    }
    const range = rangeIn(prose, figure.offset, figure.length);
    if (!range) return false;
    const named = judged.map(({ target }) => `「${target.label}」${shown(target, figure, model.groupsDigits)}`).join('、');
    // one figure for all of them: the reference to the first (its unit kept as written), as the single judgement offers
    const [first] = judged;
    const one = judged.every(({ target }) => target.value.equals(first.target.value));
    const path = one && first.target.figure && !first.target.figure.blank && !first.target.scale
        ? model.references.pathTo(first.target.figure) : undefined;
    const suffix = figure.unit === '%' ? '' : unitWritten(figure);
    // written in a coarser unit than the data's (万元 of a report in 元): the figure in that unit, not a reference
    const fix = path ? { title: `改为引用【${path.join('.')}】（${shown(first.target, figure, model.groupsDigits)}）`, newText: `【${path.join('.')}】${suffix}` }
        : one && first.target.scale ? replacementFix(model, first.target, figure) : undefined;
    restatementOff(report, prose, `文字写的 ${figure.text} 与数据中${named} 都`, judged.every(j => j.verdict === 'near'), { range, fix });
    return true;
}

/**
 * An amount under last year's name (2022年…决算为25.00万元 in a 2023 report) that is not this year's figure:
 * right if it is last year's; else wrong against last year's figure, which the message names.
 */
function lastYearFigureOff(model: ReportModel, report: Reporter, prose: ProseText, figure: WrittenFigure, lastYears: readonly Target[], range: Range): void {
    const role: Role = { kind: 'last' };
    if (lastYears.length === 0 || lastYears.some(target => agrees(figure, target, role))) return;
    const year = model.meta.year === undefined ? '' : `（${model.meta.year - 1}年）`;
    if (lastYears.length > 1) {
        const named = lastYears.slice(0, 3).map(t => `「${t.label}」${shown(t, figure, model.groupsDigits)}`).join('；');
        report.info(prose.node, `文字写的 ${figure.text} 是上年${year}的数，可指多个上年数（${named}${lastYears.length > 3 ? '…' : ''}），与其中任何一个都不符：请改为引用【…】写明所指。`, { range });
        return;
    }
    const [target] = lastYears;
    const fix = replacementFix(model, target, figure);
    restatementOff(report, prose, `文字写的 ${figure.text} 是上年${year}的数，与数据中「${target.label}」${shown(target, figure, model.groupsDigits)} `, judge(figure, target, role) === 'near', { range, fix });
}

/**
 * 公务用车购置及运行费支出决算174,732.10元，增长176.55%; 较2023年度决算数38.31万元，下降6.31%: a figure read as this
 * year's or last year's that is neither, but is the data's change, with the growth rate right after it the data's
 * too: the sentence dropped its 增加 or 减少. Only where the arithmetic shows it plainly: one change, its rate agreeing.
 */
function directionUnsaid(model: ReportModel, text: TextClaims, claim: FigureClaim): { said: string; fix: Fix } | undefined {
    const { figure, role, subject } = claim;
    if ((role.kind !== 'value' && role.kind !== 'last') || figure.kind !== 'amount' || !subject) return undefined;
    const growth = text.claims.find((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset > figure.offset);
    if (!growth || growth.notData || growth.role.kind !== 'growth' || growth.role.versus || !growth.subject || !inOneSentence(text.prose, claim, growth)) return undefined;
    const changeRole: Role = { kind: 'change', sign: growth.role.sign };
    const changes = distinctTargets(model, subject, changeRole, figure);
    const rates = distinctTargets(model, growth.subject, growth.role, growth.figure);
    if (changes.length !== 1 || rates.length !== 1 || !['equal', 'consistent'].includes(judge(figure, changes[0], changeRole))
        || !['equal', 'consistent'].includes(judge(growth.figure, rates[0], growth.role))) return undefined;
    const [change] = changes;
    // the rate's word and the data agree on the direction: a sign the data leaves unsure is no plain reading
    const sign = change.direction ?? change.value.comparedTo(0);
    if (sign !== growth.role.sign) return undefined;
    const word = sign > 0 ? '增加' : '减少';
    return {
        said: `；它正是「${change.label}」，后面的 ${growth.figure.text} 也与之相符：像是漏写了“${word}”`,
        fix: { title: `补写“${word}”`, newText: `${word}${text.prose.text.slice(figure.offset, figure.offset + figure.length)}` },
    };
}

/**
 * The one wording of a written figure that restates a stated one and is not it: one unit in the last place
 * off is a warning, more an error (`also` adds to it). `said` names the figure and what it restates.
 */
function restatementOff(report: Reporter, prose: ProseText, said: string, near: boolean, options: { range: Range; fix?: Fix }, also = ''): void {
    if (near) report.warning(prose.node, `${said}差一个末位单位：重述的数字应与原数相等。`, options);
    else report.error(prose.node, `${said}不符${also}。`, options);
}

/**
 * Whether a share's readings are all of one part (rows of one name, one amount, in several tables) over
 * different wholes: the sentence's part is known, only its whole is not.
 */
function onePartOfWholes(model: ReportModel, targets: readonly Target[]): boolean {
    const parts = targets.map(t => ({ quantity: t.quantity, value: targetOf(model, t.quantity, { kind: 'value' }, 'amount', model.meta.unit)?.figure }));
    const [first] = parts;
    if (first?.value === undefined) return false;
    const { row, column } = first.quantity;
    return new Set(parts.map(p => p.quantity.row.table)).size === parts.length
        && parts.every(p => p.value !== undefined && p.quantity.row.canonicalName === row.canonicalName && p.quantity.column === column
            && restated(first.value!.value, first.value!.decimals, p.value.value, p.value.decimals) === 'equal');
}

/**
 * Two plausible wholes: a share a reader could take of another whole than the one its words were read
 * against is right if it is that share. The readings: its part as any row of the same name and amount
 * (基本支出 of all money in 支出决算表, or of 财政拨款; a class of 财政拨款收入支出决算总表, or of the fund's
 * table its section names), over the whole the sentence names, its own table's whole or those above it (those
 * above only where the whole is not named in full), or, where the sentence names a side's total, either total
 * of that side (占总支出: 本年支出合计 or 支出总计; a 总计 named, its 本年支出合计 also for a part of another table and in
 * a line opening with its whole); naming none, the whole its sentence opens with.
 * The amount is the one the sentence writes before the share, else the subject's own where it is one figure.
 */
function otherReadingAgrees(model: ReportModel, text: TextClaims, claim: FigureClaim): boolean {
    const { role, figure, subject } = claim;
    if (role.kind !== 'share' || role.items || !subject) return false;
    // a side's 总计 named (占总支出, 占总收入) is as often that side's 本年支出合计 (本年收入合计): either; the words
    // 本年支出合计 name that one only (a share of 总计 under them is the slip of dividing by the wrong total)
    const grand = (role.base ?? []).filter(base => sideGroupOf(base.row.parent)?.grandTotal === base.row.canonicalName);
    const agreesWith = (reading: Target | undefined) => reading !== undefined && agrees(figure, reading, role);
    // a line opening with its whole (…支出1,667.30万元，主要用于：…) leaves a reader no other, but for that 总计 and
    // the amount its 其中 list opens under (收入总计…，其中：…年初结转和结余45.00万元，占3.91%: of 总计, not 本年收入合计)
    if (subject.inOpeningWhole && grand.length === 0) {
        return (subject.listHead ?? []).some(whole => subject.quantities.some(part =>
            agreesWith(targetOf(model, part, { kind: 'share', base: [whole] }, 'rate', '%'))));
    }
    const named = [...new Set(subject.tiers?.flat() ?? subject.quantities)];
    const amount = partWrittenBefore(text, claim)?.figure
        ?? (named.length === 1 ? targetOf(model, named[0], { kind: 'value' }, 'amount', model.meta.unit)?.figure : undefined);
    const names = new Set(named.map(q => q.row.canonicalName));
    const column = named.length === 1 ? named[0].column : undefined;
    const others = model.rows.filter(row => row.table && names.has(row.canonicalName) && !named.some(q => q.row === row));
    // a column named (合计 基本支出) is that column of the other tables' rows too
    // without the amount (none written, none the subject's own alone) no other row is known to be the same
    // part: the reading of 基本支出 of 财政拨款 forgives 基本支出占62.50% only where the two are one amount
    const parts = !amount ? subject.quantities : [...named, ...others.map(row => ({ row, column: column !== undefined && row.cells.has(column) ? column : undefined }))]
        .filter(part => {
            // in the unit the amount is written in (3,280.00万元 of a report kept in 元)
            const value = targetAsWritten(model, part, { kind: 'value' }, amount);
            return value !== undefined && restated(amount.value, amount.decimals, value.value, value.decimals) === 'equal';
        });
    // a side's total named (占总支出): either total of the part's side; a sentence naming none is not read so
    // (本年收入合计…，其中：…事业收入…，占62.52% is of the 本年收入合计 it opened with, not of 收入总计)
    const ofSide = role.base?.some(base => otherSideTotals(base).length > 0) === true;
    // the named 总计's 本年支出合计 also where the part is of another table (支出决算表's 基本支出 占总支出的)
    const years = grand.flatMap(otherSideTotals);
    return parts.some(part => {
        // a share naming no whole after a sentence opening with one (财政拨款支出…，其中：一般公共预算财政拨款支出…，占65.21%): of that one too
        const wholes = [...role.base ?? subject.openingWhole ?? [], ...role.base ? [] : subject.listHead ?? [], ...ofSide ? sideTotals(part) : [], ...years];
        // a whole named in full is not widened to the part's own table's total, nor above it: 基本支出 of 支出决算表 over its
        // 本年支出合计 is no reading of 占一般公共预算财政拨款支出的 (a narrower reading of a wider name is: 财政拨款支出 of one fund)
        const ownWhole = wholeOf(model, part);
        // (a name read as the part itself, 本年支出合计 for 一般公共预算财政拨款支出决算表's 合计, is no whole)
        const namedWholes = role.inFull === true ? (role.base ?? []).filter(whole => !sameQuantity(whole, part)).map(whole => wholeOf(model, part, [whole])) : [];
        const widened = ownWhole !== undefined && namedWholes.length > 0 && namedWholes.every(whole => whole !== undefined && ownWhole.value.gt(whole.value));
        const own = widened ? [] : [targetOf(model, part, { kind: 'share' }, 'rate', '%')];
        const readings = [...own, ...wholes.map(whole => targetOf(model, part, { kind: 'share', base: [whole] }, 'rate', '%'))];
        return readings.some(agreesWith)
            // a whole named in full (占授予中小企业合同金额的) is the one meant: a share of a whole above it is a slip
            || (!widened && role.inFull !== true && widerShares(model, part).some(share => share.meets(figure.interval)));
    });
}

/**
 * The figures said after a 其中 list with no subject of their own (`headReading`: 公务接待费5.36万元，完成预算的88.43%，
 * 比上年增加6.82万元) are read together, of the list's last item or of its head: by the head where its data judges each
 * of them and leaves fewer contradicted (none, where the writer went on with the head), or as many but a nearer first
 * figure. Each claim so read, in place of the one the words gave.
 */
function headReadings(model: ReportModel, text: TextClaims): Map<Claim, FigureClaim> {
    const groups = new Map<Subject, FigureClaim[]>();
    for (const claim of text.claims) {
        const head = claim.kind === 'figure' && !claim.notData ? claim.subject?.headReading : undefined;
        if (head) groups.set(head, [...groups.get(head) ?? [], claim as FigureClaim]);
    }
    const readings = new Map<Claim, FigureClaim>();
    for (const [head, claims] of groups) {
        const byHead = claims.map(claim => ({ ...claim, subject: head }));
        const ofHead = verdicts(model, text, byHead);
        // a figure the head gives nothing to judge by (no 年初预算, no 上年) is no sign the writer went on with the head
        if (ofHead.includes(undefined)) continue;
        const last = countOff(verdicts(model, text, claims)), byHeadOff = countOff(ofHead);
        if (last === 0 || byHeadOff > last || (byHeadOff === last && !nearer(model, byHead[0], claims[0]))) continue;
        claims.forEach((claim, i) => readings.set(claim, byHead[i]));
    }
    return readings;
}

/**
 * Whether their data (or, without it, their sentence's change and this year's figure) contradicts each of a list's
 * trailing figures: undefined where nothing judges it.
 */
function verdicts(model: ReportModel, text: TextClaims, claims: readonly FigureClaim[]): (boolean | undefined)[] {
    let change: FigureClaim | undefined;
    return claims.map(claim => {
        const { role, figure } = claim;
        if (role.kind === 'change') change = claim;
        const targets = distinctTargets(model, claim.subject!, role, figure);
        if (targets.length > 0) return !targets.some(target => agrees(figure, target, role)) && !otherReadingAgrees(model, text, claim);
        if (role.kind === 'change' && role.sign > 0 && !role.versus && figure.kind === 'amount') {
            const current = statedCurrent(model, claim.subject!, figure);
            return current === undefined ? undefined : figure.interval.lo.greaterThan(current.interval.hi);
        }
        const rates = role.kind === 'growth' && change ? ratesByChange(model, text, change, claim) : [];
        return rates.length > 0 ? !rates.some(r => magnitude(r.rate).meets(magnitude(figure.interval))) : undefined;
    });
}

const countOff = (verdicts: readonly (boolean | undefined)[]) => verdicts.filter(off => off === true).length;

/** Whether a figure is nearer the one figure the data gives for one reading than for the other. */
function nearer(model: ReportModel, one: FigureClaim, other: FigureClaim): boolean {
    const distance = (claim: FigureClaim) => {
        const targets = distinctTargets(model, claim.subject!, claim.role, claim.figure);
        return targets.length === 1 ? targets[0].value.abs().minus(claim.figure.value.abs()).abs() : undefined;
    };
    const [a, b] = [distance(one), distance(other)];
    return a !== undefined && b !== undefined && a.lessThan(b);
}

/**
 * 8,349,064.20元（约834.91万元）, 约0.96亿元: an amount said after 约 is the figure it restates (the one written right before
 * its brackets, else the data's) rounded freely, to within two units of its last digit other than 0 (约850万元 for
 * 834.91); beyond that (约843.91万元) it is no approximation of it. Whether told (once, for all it is said of).
 */
function approximationOff(model: ReportModel, report: Reporter, text: TextClaims, claim: FigureClaim): boolean {
    const { figure, subject } = claim;
    const prose = text.prose;
    if (figure.kind !== 'amount' || claim.role.kind !== 'value' || !/约$/.test(prose.text.slice(0, figure.offset))) return false;
    const before = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset < figure.offset).at(-1)?.figure;
    const bracketed = before?.kind === 'amount' && /^\s*[（(]\s*约$/.test(prose.text.slice(before.offset + before.length, figure.offset)) ? before : undefined;
    const scale = bracketed && YUAN_PER_MONEY_UNIT.get(bracketed.unit)?.div(YUAN_PER_MONEY_UNIT.get(figure.unit) ?? NaN);
    const targets = !bracketed && subject ? distinctTargets(model, subject, claim.role, figure) : [];
    const [target] = targets;
    const data = target?.stated && target.figure?.blank === undefined && targets.every(t => t.value.eq(target.value)) ? target : undefined;
    const value = scale?.isFinite() ? bracketed!.value.times(scale) : data?.value;
    if (!value) return false;
    // the last digit other than 0: 约1.20亿元 is rounded to 0.1亿, 约12,300.00万元 to 100万
    const whole = figure.value.abs().toFixed(0);
    const place = figure.value.decimalPlaces() > 0 ? -figure.value.decimalPlaces() : whole.length - whole.replace(/0+$/, '').length;
    if (figure.value.minus(value).abs().lte(new Decimal(10).pow(place).times(2))) return false;
    const range = rangeIn(prose, figure.offset, figure.length);
    const original = bracketed ? `前面写的 ${bracketed.text}（${fixedText(value, Math.max(figure.decimals, 2), model.groupsDigits)}${figure.unit}）` : `数据中「${data!.label}」${shown(data!, figure, model.groupsDigits)}`;
    if (range) report.error(prose.node, `文字写的约 ${figure.text} 与${original} 相差太多：约数与原数只可差末位的两个单位以内。`, { range });
    return true;
}

/** The amount a share's sentence writes for its subject right before it: 基本支出854.57万元，占23.94%. */
function partWrittenBefore(text: TextClaims, share: FigureClaim): FigureClaim | undefined {
    // 涉及资金656.93万元，占项目总数比例100%，占项目支出总额比例100%: shares of one amount over several wholes
    // (the whole's amount written in the share's words, 占政府采购支出总额198.40万元的, is no part)
    const before = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset < share.figure.offset && !c.shareWhole
        && !(c.role.kind === 'share' && inSentence(text.prose, c, share))).at(-1);
    // (a part of the figure before its 其中 list, 基本支出10.00万元 of 公务用车运行维护费14.00万元, for its share of that figure)
    return before && (!before.notData || (before.notData === 'part' && share.notData === 'unnamed-whole') || (before.notData === 'some-units' && share.notData === 'some-units')) && before.role.kind === 'value' && before.figure.kind === 'amount' && before.subject?.words === share.subject?.words
        && inSentence(text.prose, before, share) ? before : undefined;
}

/**
 * Whether a written rate that its computed interval does not round to is that interval cut off at the
 * written decimals: the reading relations.ts gives the tables' rates, on magnitudes (下降10.53%).
 */
function truncatedRate(computed: Interval, figure: WrittenFigure): boolean {
    return figure.kind === 'rate' && Interval.truncated(figure.value.abs(), figure.decimals).meets(magnitude(computed));
}

/** A figure of a part its words narrow a row to (其中涉外的公务接待费), larger than every reading of the row. */
function qualifiedPartOver(model: ReportModel, report: Reporter, prose: ProseText, part: FigureClaim, targets: readonly Target[]): void {
    if (targets.length === 0 || targets.some(t => !part.figure.interval.lo.gt(t.interval.hi))) return;
    const range = rangeIn(prose, part.figure.offset, part.figure.length);
    const whole = targets[0];
    const why = part.subject!.partOfOpening ? '列在这一行开头的总数之下' : carriedOverOnly(part.subject!.words, part.subject!.quantities) ? '只说结转，不含结余' : '名称前有限定';
    if (range) report.error(prose.node, `文字写的 ${withUnit(part.figure)} 是「${whole.label}」${shown(whole, part.figure, model.groupsDigits)} 的一部分（${why}），却大于它：部分不能超过整体。`, { range });
}

/**
 * 本年支出合计1332.79万元。其中：基本支出1101.09万元，占80.00%: the share of a part of the line's opening whole
 * (partOfOpening) is its amount as written over that whole; right where it agrees with any reading of the whole.
 */
function shareOfOpeningWhole(model: ReportModel, report: Reporter, text: TextClaims, share: FigureClaim, role: Extract<Role, { kind: 'share' }>): void {
    if (role.base || role.items) return;
    const part = partWrittenBefore(text, share);
    if (!part?.subject?.partOfOpening) return;
    const wholes = distinctTargets(model, part.subject, { kind: 'value' }, part.figure).filter(t => t.interval.lo.isPositive());
    const verdicts = wholes.map(whole => writtenShareVerdict(part.figure, share.figure, whole, percentOf(part.figure.interval, whole.interval)!));
    // a part over the whole is told at the part
    if (verdicts.length === 0 || verdicts.some(v => v !== 'off')) return;
    const range = rangeIn(text.prose, share.figure.offset, share.figure.length);
    const [whole] = wholes;
    const exact = percentValue(part.figure.value, whole.value).toFixed(share.figure.decimals);
    if (range) report.error(text.prose.node, `文字写的 ${share.figure.text} 与同一句写的 ${withUnit(part.figure)} 不符：${withUnit(part.figure)} ÷ ${shown(whole, part.figure, model.groupsDigits)}（「${whole.label}」）= ${exact}%。`, { range });
}

/** 安排本单位出国（境）团组4个，…，共计3个: a part listed before its total is at most the total. */
function partOverTotal(report: Reporter, prose: ProseText, part: FigureClaim, total: Total): void {
    if (!part.figure.value.gt(total.value)) return;
    const range = rangeIn(prose, part.figure.offset, part.figure.length);
    const written = withUnit(part.figure);
    if (range) report.error(prose.node, total.before ? `文字写的 ${written} 是前面 ${total.text} 中的一部分，却大于它：其中的部分不能超过它。`
        : `文字写的 ${written} 是后面共计 ${total.text} 的一部分，却大于它：分项不能超过共计。`, { range });
}

/**
 * The value a stated table figure should have, where the relations find the figure wrong and the
 * text does not write the right one: the text copied the table's slip, or wrote a third figure.
 */
function copiesSlip(model: ReportModel, figure: WrittenFigure, target: Target, role: Role): Decimal | undefined {
    if (!target.stated || !target.figure || target.figure.blank) return undefined;
    const corrected = correctedValue(model, target.figure);
    return corrected && !agreesWithCorrected(model, figure, target, role) ? corrected.abs().div(target.scale ?? 1) : undefined;
}

/**
 * A rate worked out from a part and a whole one of which is a table figure the relations correct (a 类's 合计 printed
 * 1,049.80 over rows of 1,094.80): the corrected figures, as told, where the written rate is theirs; else undefined.
 */
function rateOfCorrected(model: ReportModel, target: Target, figure: WrittenFigure): string | undefined {
    const parts = target.computation?.parts;
    if (parts?.length !== 2 || parts.some(p => p.kind !== 'amount')) return undefined;
    const fixed = parts.map(p => correctedValue(model, p, true));
    if (fixed.every(v => v === undefined)) return undefined;
    const [part, whole] = parts.map((p, i) => fixed[i] === undefined ? p.interval : Interval.rounded(fixed[i]!, p.decimals));
    const rate = percentOf(part, whole);
    if (!rate?.meets(figure.interval)) return undefined;
    return parts.map((p, i) => fixed[i] === undefined ? undefined : `${p.label} 应为 ${fixedText(fixed[i]!.abs(), p.decimals, model.groupsDigits)}`)
        .filter(Boolean).join('，');
}

/** The places a table figure's right value is told with in a message about a sentence's figure. */
function correctedPlaces(figure: WrittenFigure, target: Target): number {
    return target.scale ? figure.decimals : Math.max(figure.decimals, target.figure?.decimals ?? 0);
}

/**
 * Whether a written figure equals the value the relations say its stated target should have: the one that mends them,
 * or what its rows add up to (a 款 of 100.03 over 项 of 50.01 + 50.04, the text writing 100.05: the rows' sum).
 */
function agreesWithCorrected(model: ReportModel, figure: WrittenFigure, target: Target, role: Role): boolean {
    // the rows' exact sum counts even where the relations give no value (the 款's 类 agrees with it, not with its 项)
    if (gives(model, figure, target, role, 'sum-children', false)) return true;
    const found = target.figure && correctedValue(model, target.figure, true);
    if (!found) return false;
    const corrected = found.div(target.scale ?? 1);
    const verdict = judge(figure, { ...target, value: target.value.isNegative() ? corrected.negated() : corrected }, role);
    return verdict === 'equal' || verdict === 'consistent';
}

/**
 * Whether a written figure one unit off a stated one is what that figure's own rows give, within rounding (人员经费合计
 * 2,176.81 over rows of 2,176.80, the text writing 2,176.80), or the rows of another table tying it (表5 合计 基本支出
 * 135.23 where 表6's 人员经费 + 公用经费 give 135.22): the officer added the rows, the table's figure is the odd one (a
 * hint there), and the text is right.
 */
function agreesWithRows(model: ReportModel, figure: WrittenFigure, target: Target, role: Role): boolean {
    return gives(model, figure, target, role, 'sum-total') || gives(model, figure, target, role, 'sum-children') || gives(model, figure, target, role, 'tie');
}

/** Whether a relation of `rule` onto the target's stated figure, holding within rounding (or broken), gives the written figure. */
function gives(model: ReportModel, figure: WrittenFigure, target: Target, role: Role, rule: RelationRule, holding = true): boolean {
    if (!target.figure || target.scale) return false;
    return model.relations.some(relation => relation.rule === rule && relation.target === target.figure
        && relation.holds === holding && !relation.atLeast && (!holding || !relation.roundsToTarget())
        && ['equal', 'consistent'].includes(judge(figure, { ...target, value: relation.value }, role)));
}

/** A growth rate as the sentence's own figures give it, and how (for the message). */
interface WrittenRate {
    readonly rate: Interval;
    readonly explanation: string;
}

/**
 * A growth rate where the data has no 上年, from the figures its sentence writes before it: the change
 * (增加593.45万元，增长7.51%: the change over 本年 − change; 较预算减少…，降低…: over the budget so found) or last year's figure (比2023年的90.00万元
 * 增长11.11%: (本年 − it) ÷ it). Right if it agrees with either; only within one sentence, for one
 * subject whose 本年 the data states once, or, where it states none, the sentence writes right before
 * (201-一般公共服务支出23653万元，较上年增加2954万元，增长14.27%). Each written figure stands for the interval
 * of its last place: the rate is wrong only where no values within them give it.
 */
function growthOfWrittenFigures(model: ReportModel, report: Reporter, text: TextClaims, growth: FigureClaim, change?: FigureClaim, lastYear?: FigureClaim): void {
    const { prose } = text;
    const rates = [...change ? ratesByChange(model, text, change, growth) : [], ...lastYear ? ratesByLastYear(model, text, lastYear, growth) : []];
    if (rates.length === 0 || rates.some(r => magnitude(r.rate).meets(magnitude(growth.figure.interval)))) return;
    const range = rangeIn(prose, growth.figure.offset, growth.figure.length);
    if (!range) return;
    const [{ rate, explanation }] = rates;
    // as the tables' rates: a rate cut off rather than rounded (6.2118% for 6.21187%) is a warning, not an error
    if (rates.some(r => truncatedRate(r.rate, growth.figure))) {
        report.warning(prose.node, `文字写的 ${growth.figure.text} 是截尾所得，不是四舍五入：由同一句的数，${roundingRangeText(magnitude(rate), '%', false, growth.figure.decimals)}。`, { range });
        return;
    }
    // 下降0.2% for 0.149%: rounded from the two places the report prints elsewhere (0.15%) — a habit, not a slip
    const twice = rates.find(r => roundedTwice(r.rate, growth.figure));
    if (twice) {
        const mid = magnitude(twice.rate).mid;
        const at = (places: number) => mid.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
        report.info(prose.node, `文字写的 ${growth.figure.text} 是先舍入为两位小数（${at(2)}%）再舍入所得：由同一句的数直接舍入应为 ${at(growth.figure.decimals)}%。`, { range });
        return;
    }
    report.error(prose.node, `文字写的 ${growth.figure.text} 与同一句的${explanation}${roundingRangeNote(magnitude(rate), explanation, '%')}。`, { range });
}
/** Whether a rate written to fewer than two places is the computed one rounded to two places, then to its own (0.149% → 0.15% → 0.2%): only the lower end widens — a rate in the upper half-step rounds up however often it is rounded. */
/** Whether a rate written to fewer than two places is the computed one rounded to two places, then to its own (0.149% → 0.15% → 0.2%). */
function roundedTwice(computed: Interval, figure: WrittenFigure): boolean {
    if (figure.kind !== 'rate' || figure.decimals >= 2) return false;
    const half = new Decimal('0.005');
    return Interval.rounded(figure.value.abs(), figure.decimals).widen(half, new Decimal(0)).meets(magnitude(computed));
}

/**
 * The change from last year a growth rate was worked from where the rate is wrong by the data: the change its sentence writes
 * before it, of its subject, over last year's figure (比上年增加50.00万元，增长6.25% of 800.00) or over this year less the
 * change (增长5.26% of 1,000.00 − 50.00), as written: the rate rounds the quotient of the written change itself (a rate merely
 * within the change's rounding may be a slip of its own). With the range the change is told at.
 */
function changeRatedFrom(model: ReportModel, text: TextClaims, growth: FigureClaim, target: Target): { change: FigureClaim; range: string } | undefined {
    const { role } = growth;
    if (role.kind !== 'growth' || role.versus || role.fromOpening) return undefined;
    const change = [...text.claims].reverse().find((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset < growth.figure.offset
        && c.role.kind === 'change' && !c.role.versus && !c.role.fromOpening && !c.notData && c.figure.kind === 'amount' && inOneSentence(text.prose, c, growth));
    const range = change && rangeIn(text.prose, change.figure.offset, change.figure.length);
    const figures = growthBase(model, target.quantity, role);
    if (!change || change.role.kind !== 'change' || !range || !figures) return undefined;
    const written = inReportUnit(model, change.figure).value;
    const before = figures.current.value.minus(change.role.sign > 0 ? written : written.negated());
    const rated = magnitude(growth.figure.interval);
    const follows = [figures.base.value, before].some(over => {
        const rate = over.isPositive() ? percentOf(Interval.exact(written), Interval.exact(over)) : undefined;
        return rate !== undefined && rated.meets(magnitude(rate));
    });
    return follows ? { change, range: rangeKey(range) } : undefined;
}

/**
 * 28.65万元，比上年30.12万元减少1.47万元，下降4.88% in a report kept in 元 whose figures give 4.90%: the rate rounds, at its
 * written places, a quotient of the figures its sentence writes before it for its subject (the change over last year's
 * figure, this year's less last year's over it, or the change over this year less it), each of them the data's within its
 * rounding. An officer working the rate from the figures printed is not wrong. That quotient as worked, for the message.
 */
function rateOfWrittenFigures(model: ReportModel, text: TextClaims, growth: FigureClaim): string | undefined {
    const { role } = growth;
    if (role.kind !== 'growth' || role.versus || role.fromOpening) return undefined;
    const before = (kind: Role['kind']) => [...text.claims].reverse().find((c): c is FigureClaim => c.kind === 'figure' && c.role.kind === kind
        && !c.notData && c.figure.kind === 'amount' && c.figure.offset < growth.figure.offset && inOneSentence(text.prose, c, growth)
        && c.subject !== undefined && growth.subject !== undefined && sameSubject(c.subject, growth.subject));
    const current = before('value');
    const last = before('last');
    const change = [before('change')].find(c => c?.role.kind === 'change' && !c.role.versus && !c.role.fromOpening);
    const written = [current, last, change].filter(c => c !== undefined);
    // a figure off the data is a slip of its own: the rate is judged by the data
    if (written.some(c => {
        const targets = distinctTargets(model, c.subject!, c.role, c.figure);
        return targets.length === 0 || !targets.every(t => agrees(c.figure, t, c.role));
    })) return undefined;
    const unit = written[0]?.figure.unit ?? '';
    const value = (c: FigureClaim) => inMoneyUnit(c.figure, unit).value.abs();
    const shown = (c: FigureClaim) => convertedText(c.figure, inMoneyUnit(c.figure, unit), model.groupsDigits);
    const down = change?.role.kind === 'change' && change.role.sign < 0;
    const quotients: (readonly [Decimal, Decimal, string])[] = [
        ...change && last ? [[value(change), value(last), `${shown(change)} ÷ ${shown(last)}`] as const] : [],
        // worked as the sentence says it: a fall as (上年 − 本年) ÷ 上年, so the formula equals the rate written
        ...current && last ? [[value(current).minus(value(last)).abs(), value(last), value(current).lessThan(value(last))
            ? `(${shown(last)} − ${shown(current)}) ÷ ${shown(last)}` : `(${shown(current)} − ${shown(last)}) ÷ ${shown(last)}`] as const] : [],
        ...change && current ? [[value(change), down ? value(current).plus(value(change)) : value(current).minus(value(change)),
            `${shown(change)} ÷ (${shown(current)} ${down ? '+' : '−'} ${shown(change)})`] as const] : [],
    ];
    const rated = growth.figure.value.abs();
    for (const [amount, base, formula] of quotients) {
        if (!base.isPositive()) continue;
        const rate = percentValue(amount, base).toDecimalPlaces(growth.figure.decimals, Decimal.ROUND_HALF_UP);
        if (rate.equals(rated)) return `${formula} = ${rate.toFixed(growth.figure.decimals)}%`;
    }
    return undefined;
}

/**
 * 支出决算为7.40万元，完成预算的82.22% where the table's 决算 is 7.41: the rate is of the 决算 the sentence
 * wrote, and that figure's own finding says it differs from the table; the rate is not wrong twice.
 */
function ofWrittenActual(model: ReportModel, text: TextClaims, completion: FigureClaim, target: Target): boolean {
    const [own, budget] = target.computation?.parts ?? [];
    if (!own || !budget || !budget.interval.lo.isPositive()) return false;
    return text.claims.some(c => {
        if (c.kind !== 'figure' || c.role.kind !== 'value' || c.notData || c.figure.kind !== 'amount') return false;
        const actual = inReportUnit(model, c.figure);
        return c.figure.offset < completion.figure.offset && inSentence(text.prose, c, completion)
            && c.subject !== undefined && sameSubject(c.subject, completion.subject!) && !actual.value.equals(own.value)
            && percentOf(actual.interval, budget.interval)?.meets(completion.figure.interval) === true;
    });
}

/**
 * 年初预算为12.00万元，完成预算的94.17% where the 三公 table's 预算数 is the 全年预算 13.00: a rate naming no budget,
 * after a budget of another kind its sentence writes for the subject (one the data does not hold), may be of that one.
 */
function ofWrittenOtherBudget(model: ReportModel, text: TextClaims, budgets: readonly FigureClaim[], completion: FigureClaim, target: Target): boolean {
    if (completion.role.kind !== 'completion' || completion.role.budget !== 'any') return false;
    const [own] = target.computation?.parts ?? [];
    if (!own) return false;
    return budgetsOfSentence(text.prose, budgets, completion).some(b => {
        if (b.figure.kind !== 'amount' || b.figure.offset > completion.figure.offset) return false;
        const budget = inReportUnit(model, b.figure);
        return budget.interval.lo.isPositive() && percentOf(own.interval, budget.interval)?.meets(completion.figure.interval) === true;
    });
}

/**
 * A written amount in the report's unit, to set beside the data's figures: 150.00万元 as 1,500,000.00 in a report in
 * 元, 12,345元 as 1.2345万元 (its places kept) in one in 万元.
 */
function inReportUnit(model: ReportModel, figure: WrittenFigure): WrittenFigure {
    return inMoneyUnit(figure, model.meta.unit);
}

/** A written amount in another money unit: 179800元 as 17.98万元 beside a budget written in 万元, its places kept. */
function inMoneyUnit(figure: WrittenFigure, unit: string): WrittenFigure {
    const scale = figure.kind === 'amount' ? writtenMoneyScale(figure.unit, unit) : undefined;
    if (!scale) return figure;
    const decimals = Math.max(figure.decimals, figure.decimals - Math.round(scale.log(10).toNumber()));
    return { ...figure, unit, value: figure.value.times(scale), interval: figure.interval.scale(scale), decimals };
}

/**
 * A written amount converted to another money unit (by inMoneyUnit) as a message prints it: at the precision written, without
 * the zeros the conversion pads it with (179800元 as 17.98, not 17.9800; 17.98万元 as 179800, not 179800.00); as written where
 * it was in that unit.
 */
function convertedText(figure: WrittenFigure, converted: WrittenFigure, grouped: boolean): string {
    return fixedText(converted.value, convertedPlaces(figure, converted), grouped);
}

/** The places `convertedText` prints a converted amount with, for a sum of such amounts printed alike. */
function convertedPlaces(figure: WrittenFigure, converted: WrittenFigure): number {
    return converted === figure ? figure.decimals : Math.min(converted.decimals, converted.value.decimalPlaces());
}

/**
 * The unit a message names after amounts worked out in the unit a sentence writes them in: that unit where it is not the
 * report's (本年 5,820.50万元 of a table in 元), none where it is (the report's unit goes without saying).
 */
function unitNamed(model: ReportModel, unit: string): string {
    return unit === model.meta.unit ? '' : unit;
}

/** Whether a figure agrees with every figure of the data it may be (none: not known to). */
function agreesWithData(model: ReportModel, claim: FigureClaim): boolean {
    const targets = claim.subject ? distinctTargets(model, claim.subject, claim.role, claim.figure) : [];
    return targets.length > 0 && targets.every(target => judge(claim.figure, target, claim.role) !== 'off');
}

/** Whether two figures of a text stand in one sentence. */
function inSentence(prose: ProseText, first: FigureClaim, second: FigureClaim): boolean {
    return !/[。；;\n]/.test(prose.text.slice(first.figure.offset, second.figure.offset));
}

/** The one figure the data states for a subject's 本年, if it states exactly one. */
function statedCurrent(model: ReportModel, subject: Subject, figure: Pick<WrittenFigure, 'kind' | 'unit'>): Target | undefined {
    const current = distinctTargets(model, subject, { kind: 'value' }, figure);
    return current.length === 1 && current[0].stated ? current[0] : undefined;
}

/** Whether two figures of a text stand in one sentence, for one quantity (see `sameNamed`). */
function inOneSentence(prose: ProseText, first: FigureClaim, second: FigureClaim): boolean {
    return inSentence(prose, first, second) && sameNamed(first.subject, second.subject);
}

/**
 * Whether two subjects are of one quantity: the same one the report knows, or the same words naming none the report
 * knows (云县“三公”经费 of a table of the report's own), or no words at all: the sentence's own figures. Words naming
 * only the spending itself (全年执行数 after 全年预算数) are none.
 */
function sameNamed(a: Subject | undefined, b: Subject | undefined): boolean {
    if (!a?.quantities.length || !b?.quantities.length) return !a?.quantities.length && !b?.quantities.length && ownWords(a) === ownWords(b);
    return sameSubject(a, b);
}

/** The words of a subject naming nothing the report knows, none where they name only the 决算 (执行数, 实际支出). */
function ownWords(subject: Subject | undefined): string | undefined {
    return subject && !SPENDING_ONLY.test(subject.words) ? subject.words : undefined;
}

const SPENDING_ONLY = /^(?:全年|实际|本年|当年)?(?:执行|支出|决算|完成)(?:数|额|金额|决算数?)?$/;

/** This year's figure a change or growth rate is of. */
type Current = Pick<Target, 'value' | 'interval'>;

/**
 * This year's figure as the sentence writes it before a change or last year's figure (一般公共服务支出23653万元，较上年
 * 增加2954万元), in that figure's unit, for a subject the data states none for: the amount right before it, of its
 * subject, read as this year's; and the amounts of that subject before it in the sentence, any of which the change
 * may be of (支出1,000万元，其中：基本支出600万元，较上年增加…, for words naming no row), nearest first.
 */
function writtenCurrents(text: TextClaims, after: FigureClaim): Current[] {
    const amounts = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset < after.figure.offset && c.figure.kind === 'amount');
    const nearest = amounts.at(-1);
    if (!nearest || nearest.role.kind !== 'value' || nearest.notData) return [];
    const to = YUAN_PER_MONEY_UNIT.get(after.figure.unit);
    return amounts.reverse().filter(c => c.role.kind === 'value' && !c.notData && inOneSentence(text.prose, c, after)).flatMap(c => {
        const from = YUAN_PER_MONEY_UNIT.get(c.figure.unit);
        if (!from || !to) return [];
        const scale = from.div(to);
        return [{ value: c.figure.value.times(scale), interval: c.figure.interval.scale(scale) }];
    });
}

/**
 * 其中：养老服务2,680.00万元，其他社会福利支出415.30万元，比2023年度增加252.70万元，增长8.89%: a bare change right after a
 * 其中 list of two items or more may be of the list's whole, not its last item — at least the items' sum, the whole
 * where the list opens a sentence of its own (falsehunt7 F1n: of 本年支出 3,095.30, not of 415.30).
 */
function listWhole(text: TextClaims, change: FigureClaim): Current | undefined {
    const prose = text.prose.text;
    const among = prose.lastIndexOf('其中', change.figure.offset);
    if (among < 0 || /[。；;\n]/.test(prose.slice(among, change.figure.offset))) return undefined;
    const items = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset > among && c.figure.offset < change.figure.offset);
    const last = items.at(-1);
    if (items.length < 2 || items.some(c => c.figure.kind !== 'amount' || c.role.kind !== 'value' || c.figure.unit !== change.figure.unit)
        || !BARE_CHANGE_AFTER.test(prose.slice(last!.figure.offset + last!.figure.length, change.figure.offset))) return undefined;
    return { value: items.reduce((sum, c) => sum.plus(c.figure.value), new Decimal(0)), interval: sumIntervals(items.map(c => c.figure.interval)) };
}
/** ，比2023年度增加: a change naming nothing, right after an amount. */
const BARE_CHANGE_AFTER = /^[，,]\s*(?:比|较|同比|与)[^，,。；;、]*$/;

/** The rates a change gives over this year's figure: the data's, or else each the sentence writes (`writtenCurrents`). */
function ratesByChange(model: ReportModel, text: TextClaims, change: FigureClaim, growth: FigureClaim): WrittenRate[] {
    if (change.role.kind !== 'change' || growth.role.kind !== 'growth' || !inOneSentence(text.prose, change, growth)) return [];
    // 较预算减少10.50万元，降低42.00%: the change is from the budget, which the rate is over
    if (change.role.versus !== growth.role.versus) return [];
    const stated = change.subject && statedCurrent(model, change.subject, change.figure);
    // 支出决算为6.46万元 where the table's misprinted 合计 is 6.64 over rows adding to 6.46: the text's figure, the corrected
    // one, is what the rate is over (else 9.01%, right over 6.46, is told wrong over 6.64)
    const written = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset < change.figure.offset && c.figure.kind === 'amount').at(-1);
    const corrected = stated && written && written.role.kind === 'value' && !written.notData && written.figure.unit === change.figure.unit
        && inOneSentence(text.prose, written, change) && !['equal', 'consistent'].includes(judge(written.figure, stated, written.role)) && agreesWithCorrected(model, written.figure, stated, written.role);
    const listed = listWhole(text, change);
    const currents = [...corrected ? [{ value: written.figure.value, interval: written.figure.interval }] : stated ? [stated] : writtenCurrents(text, change), ...listed ? [listed] : []];
    const budget = writtenBudget(text, change);
    // 年初预算为920.00万元，决算为978.53万元，比年初预算数增加85.53万元，增长6.36%: the rate is 本年 over the written budget
    // and right; the change is the slip, and has its own finding
    const overBudget = budget ? currents.map(current => rateOverWritten(model, budget, current, '预算')) : [];
    return [...currents.map(current => rateByChange(model, text, change, current)), budget && rateByWrittenBudget(model, change, budget), ...overBudget]
        .filter((r): r is WrittenRate => r !== undefined);
}

/** The budget a change from a budget (比年初预算…减少) is from: the last of its kind the sentence writes before it, if positive. */
function writtenBudget(text: TextClaims, change: FigureClaim): FigureClaim | undefined {
    if (change.role.kind !== 'change' || !change.role.versus) return undefined;
    const versus = change.role.versus;
    const budget = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.role.kind === 'budget' && (c.role.budget === versus || versus === 'any')
        && c.figure.unit === change.figure.unit && c.figure.offset < change.figure.offset && inOneSentence(text.prose, c, change)).at(-1);
    return budget && budget.figure.interval.lo.isPositive() ? budget : undefined;
}

/** 比年初预算50.00万元减少5.00万元，下降10%: a change from a budget the sentence writes, over that budget. */
function rateByWrittenBudget(model: ReportModel, change: FigureClaim, budget: FigureClaim): WrittenRate | undefined {
    if (change.role.kind !== 'change') return undefined;
    const rate = percentOf(change.figure.interval, budget.figure.interval);
    if (!rate) return undefined;
    const amount = (value: Decimal) => fixedText(value, change.figure.decimals, model.groupsDigits);
    const computed = percentValue(change.figure.value, budget.figure.value);
    return { rate, explanation: `预算数不符：${change.role.sign > 0 ? '增加' : '减少'} ${amount(change.figure.value)} ÷ 预算 ${amount(budget.figure.value)} = ${computed.toFixed(2)}%` };
}

function rateByChange(model: ReportModel, text: TextClaims, change: FigureClaim, current: Current): WrittenRate | undefined {
    const { prose } = text;
    if (change.role.kind !== 'change') return undefined;
    const base = change.role.versus ? '预算' : change.notData === 'other-year' ? yearComparedBefore(prose.text, change.figure.offset) ?? '上年' : '上年';
    const delta = change.role.sign > 0 ? change.figure.interval : change.figure.interval.negate();
    const last = current.interval.sub(delta);
    const rate = last.lo.isPositive() ? percentOf(delta, last) : undefined;
    if (!rate) return undefined;
    const up = change.role.sign > 0;
    // at the finer of the two places: 本年 7562.45 with a change written 1412.7 is not told as 7,562.5; but a table in 元
    // behind a sentence in 万元 is told at the sentence's places (309.58, not 309.578104), and worked out as told
    const places = Math.max(change.figure.decimals, change.figure.unit === model.meta.unit ? current.value.decimalPlaces() : 0);
    const now = roundedTo(current.value, places);
    const lastValue = up ? now.minus(change.figure.value) : now.plus(change.figure.value);
    // 20.00 ÷ 上年（309.58 − 20.00 = 289.58）in a report kept in 元 names the sentence's 万元
    const unit = change.figure.unit === model.meta.unit ? '' : change.figure.unit;
    const amount = (value: Decimal) => `${fixedText(value, places, model.groupsDigits)}${unit}`;
    const budget = budgetOfSaving(model, text, change, last);
    if (budget) return { rate, explanation: `节约额不符：${amount(change.figure.value)} ÷ 预算（${budget.text}）= ${percentValue(change.figure.value, budget.value).toFixed(2)}%` };
    const computed = percentValue(change.figure.value, lastValue);
    return { rate, explanation: `${up ? '增加' : '减少'}额不符：${amount(change.figure.value)} ÷ ${base}（${signedTerms([amount(now), amount(change.figure.value)], [1, up ? -1 : 1])} = ${amount(lastValue)}）= ${computed.toFixed(2)}%` };
}

/**
 * 采购预算3万元，采购金额2.96万元，节约财政资金0.04万元，节约率…: a saving is against the budget its sentence wrote before
 * it, where that budget is the figure plus the saving, not against last year.
 */
function budgetOfSaving(model: ReportModel, text: TextClaims, change: FigureClaim, base: Interval): { text: string; value: Decimal } | undefined {
    const start = sentenceStart(text.prose.text, change.figure.offset);
    if (change.role.kind !== 'change' || change.role.sign > 0 || !/节约[^，,。；;\d]*$/.test(text.prose.text.slice(start, change.figure.offset))) return undefined;
    const written = text.claims.find((c): c is FigureClaim => c.kind === 'figure' && c.role.kind === 'budget' && c.figure.kind === 'amount'
        && c.figure.unit === change.figure.unit && c.figure.offset < change.figure.offset && inSentence(text.prose, c, change) && c.figure.interval.meets(base));
    if (written) return { text: withUnit(written.figure), value: written.figure.value };
    // 采购预算【政府采购.预算】: a budget referenced in the figure's place is read as the figure written there
    for (const segment of parseProse(text.prose.text.slice(start, change.figure.offset))) {
        if (segment.kind !== 'reference' || !BUDGET_BEFORE.test(text.prose.text.slice(start, start + segment.offset))) continue;
        const found = model.references.resolve(segment.path);
        if (found.kind === 'found' && found.figure.kind === 'amount' && found.figure.unit === change.figure.unit && found.figure.interval.meets(base)) {
            return { text: `${formatDecimal(found.figure.value, found.figure.decimals, model.groupsDigits)}${found.figure.unit}`, value: found.figure.value };
        }
    }
    return undefined;
}

/** The words a budget's figure follows: 采购预算, 年初预算数为. */
const BUDGET_BEFORE = /预算数?(?:为|是)?$/;

/** A comparison written between a change and a rate, which makes the rate another comparison's: 比2019年减少…，比上年降低…. */
const COMPARISON_BETWEEN = /比|较|与|同比|上年|去年|\d{4}[ \t\u3000]*年/;

/** The year a change's sentence compares with, as written before it (比2019年（疫情前）决算数减少…, 比 2019 年 from a PDF: 2019年). */
function yearComparedBefore(text: string, offset: number): string | undefined {
    const sentence = text.slice(sentenceStart(text, offset), offset);
    const compared = [...sentence.matchAll(/(?:比|较|与)[ \t\u3000]*(\d{4})[ \t\u3000]*年/g)].pop();
    return compared ? `${compared[1]}年` : undefined;
}

/** The rates last year's written figure gives: over the data's 本年, or else each the sentence writes (`writtenCurrents`). */
function ratesByLastYear(model: ReportModel, text: TextClaims, lastYear: FigureClaim, growth: FigureClaim): WrittenRate[] {
    if (lastYear.figure.kind !== 'amount' || !lastYear.figure.interval.lo.isPositive() || !inOneSentence(text.prose, lastYear, growth)) return [];
    const stated = growth.subject && statedCurrent(model, growth.subject, lastYear.figure);
    return (stated ? [stated] : writtenCurrents(text, lastYear)).map(current => rateOverWritten(model, lastYear, current, '上年'))
        .filter((r): r is WrittenRate => r !== undefined);
}

/** (本年 − a 上年 or budget the sentence writes) ÷ it. */
function rateOverWritten(model: ReportModel, base: FigureClaim, current: Current, name: '上年' | '预算'): WrittenRate | undefined {
    const rate = percentOf(current.interval.sub(base.figure.interval), base.figure.interval);
    if (!rate) return undefined;
    const amount = (value: Decimal) => fixedText(value, base.figure.decimals, model.groupsDigits);
    const computed = percentValue(current.value.minus(base.figure.value), base.figure.value).abs();
    return { rate, explanation: `${name}数不符：（${signedTerms([`本年 ${amount(current.value)}`, `${name} ${amount(base.figure.value)}`], [1, -1])}）÷ ${name} = ${computed.toFixed(2)}%` };
}

/**
 * 决算为29,642.38万元，比年初预算28,600.00万元增加1,042.38万元 where the data holds no such budget: the change is
 * 本年 − the budget the sentence wrote, of the same kind, for the same subject. 本年 is the data's, or the 决算 the
 * sentence wrote (whose own finding tells where it differs from the data).
 */
function changeOfWrittenBudget(model: ReportModel, report: Reporter, text: TextClaims, budgets: readonly FigureClaim[], change: FigureClaim): void {
    const { prose } = text;
    const { role } = change;
    if (role.kind !== 'change' || !role.versus || change.figure.kind !== 'amount') return;
    // 比预算 names no kind: of the last budget written, whichever
    const budget = [...budgets].reverse().find(b => b.role.kind === 'budget' && (b.role.budget === role.versus || role.versus === 'any')
        && b.figure.kind === 'amount' && inOneSentence(prose, b, change));
    if (!budget) return;
    // 本年: the data's for a subject it holds; for the sentence's own figures (档案数字化项目支出决算45.00万元), the 决算 it writes;
    // in the change's unit, as the budget is taken (a table in 元 beside 预算6,000.00万元)
    const unit = change.figure.unit;
    const current = change.subject ? statedCurrent(model, change.subject, change.figure) : undefined;
    const writtenActuals = change.subject ? [] : actualsWrittenFor(text, budget, change);
    if (!current && writtenActuals.length !== 1) return;
    const writtenBudget = inMoneyUnit(budget.figure, unit);
    const base = writtenBudget.interval;
    const signed = role.sign > 0 ? change.figure.interval : change.figure.interval.negate();
    const actuals = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.role.kind === 'value' && !c.notData && c.figure.kind === 'amount'
        && c.figure.offset < change.figure.offset && inOneSentence(prose, c, change));
    const currents = [...current ? [current.interval] : [], ...actuals.map(c => inMoneyUnit(c.figure, unit).interval)];
    // 差值为0.9万元 says no direction: either way is the difference
    const differences = role.either ? [signed, signed.negate()] : [signed];
    if (currents.some(actual => differences.some(difference => actual.sub(base).meets(difference)))) return;
    const range = rangeIn(prose, change.figure.offset, change.figure.length);
    if (!range) return;
    const amount = (value: Decimal) => `${fixedText(value, change.figure.decimals, model.groupsDigits)}${unitNamed(model, unit)}`;
    const budgetValue = writtenBudget.value;
    const currentValue = current?.value ?? inMoneyUnit(writtenActuals[0].figure, unit).value;
    const difference = currentValue.minus(budgetValue);
    const source = current ? `（「${current.label}」）` : '';
    report.error(prose.node, `文字写的 ${change.figure.text} 与同一句写的预算数不符：${signedTerms([`本年 ${amount(currentValue)}`, `预算 ${amount(budgetValue)}`], [1, -1])} = ${amount(difference)}${source}。`, { range });
}

/**
 * 公务接待费支出30.00万元，比上年增加40.00万元 where the data has no 上年: an increase beyond this year's amount leaves last
 * year below zero, which no amount spent or received can be. A warning: the figure or the subject read may be the slip.
 */
function increaseOverCurrent(model: ReportModel, report: Reporter, prose: ProseText, change: FigureClaim): void {
    if (change.role.kind !== 'change' || change.role.sign <= 0 || change.figure.kind !== 'amount') return;
    const current = statedCurrent(model, change.subject!, change.figure);
    if (!current || current.value.isNegative() || !change.figure.interval.lo.greaterThan(current.interval.hi)) return;
    const range = rangeIn(prose, change.figure.offset, change.figure.length);
    if (!range) return;
    const amount = (value: Decimal) => fixedText(value, Math.max(change.figure.decimals, 2), model.groupsDigits);
    report.warning(prose.node, `文字写的增加 ${change.figure.text} 大于本年「${current.label}」${amount(current.value)}${change.figure.unit}：`
        + `上年就成了 ${amount(current.value.minus(change.figure.value))}${change.figure.unit}。增加额或本年数有误，或者增加的是另一项。`, { range });
}

/**
 * 比2023年的90.00万元增加12.00万元 where the data has no 上年: the change is 本年 − the last year's
 * figure the sentence wrote. Only within one sentence, for one subject whose 本年 the data states
 * once. Where the growth rate after them agrees with the change, the last year's figure is the slip.
 */
function changeOfWrittenLastYear(model: ReportModel, report: Reporter, text: TextClaims, lastYear: FigureClaim, change: FigureClaim): void {
    const { prose } = text;
    if (change.role.kind !== 'change' || lastYear.figure.kind !== 'amount' || change.figure.kind !== 'amount') return;
    if (!inOneSentence(prose, lastYear, change)) return;
    const current = statedCurrent(model, change.subject!, change.figure);
    if (!current) return;
    // in the change's unit: 比上年的10,000,000.00元增加70.40万元
    const last = inMoneyUnit(lastYear.figure, change.figure.unit);
    const written = change.role.sign > 0 ? change.figure.interval : change.figure.interval.negate();
    if (current.interval.sub(last.interval).meets(written)) return;
    // at the finer of the two written places: 本年 42828112.97 beside a change written 2212061.3 is not 42828113.0
    const places = Math.max(change.figure.decimals, convertedPlaces(lastYear.figure, last));
    const amount = (value: Decimal) => `${fixedText(value, places, model.groupsDigits)}${unitNamed(model, change.figure.unit)}`;
    const signed = change.role.sign > 0 ? change.figure.value : change.figure.value.negated();
    const lastByChange = current.value.minus(signed);
    const growth = text.claims.find((c): c is FigureClaim => c.kind === 'figure' && c.role.kind === 'growth' && c.figure.offset > change.figure.offset
        && inSentence(prose, change, c));
    const byChange = current.interval.sub(written);
    const growthAgrees = growth !== undefined && byChange.lo.isPositive() && magnitude(percentOf(written, byChange) ?? byChange).meets(magnitude(growth.figure.interval));
    // 2023年度…总计7,312.57万元，比上年增加… in a 2024 report: the figure is this year's, the year the slip
    const yearSlip = growthAgrees && current.interval.meets(last.interval) ? yearWrittenBefore(prose.text, lastYear.figure.offset) : undefined;
    if (yearSlip) {
        const range = rangeIn(prose, yearSlip.offset, yearSlip.length);
        if (range) report.error(prose.node, `文字写的“${yearSlip.text}”${lastYear.figure.text} 就是本年（${model.meta.year}年度）的数，比上年的增减额、增长率也都是按它算的：这句话的年度应为 ${model.meta.year}。`, { range });
        return;
    }
    const blamed = growthAgrees ? lastYear.figure : change.figure;
    const range = rangeIn(prose, blamed.offset, blamed.length);
    if (!range) return;
    const computed = current.value.minus(last.value);
    report.error(prose.node, growthAgrees
        ? `文字写的上年 ${lastYear.figure.text} 与同一句的增减额不符：${signedTerms([`本年 ${amount(current.value)}`, amount(change.figure.value)], [1, signed.isNegative() ? 1 : -1])} = ${amount(lastByChange)}，${growth.figure.text} 也是按 ${amount(lastByChange)} 算的。`
        : `文字写的 ${change.figure.text} 与同一句的上年数不符：${signedTerms([`本年 ${amount(current.value)}`, `上年 ${amount(last.value)}`], [1, -1])} = ${computed.isNegative() ? '减少' : '增加'} ${amount(computed.abs())}。`, { range });
}

/**
 * 比上年提高2.78个百分点 right after a share (占61.67%): its change from last year's share, in points; 较2022年度, 比2022年
 * name the year (last year's only is read).
 */
const POINTS_AFTER = /^\s*[，,]?\s*(?:同比|(?:(?:比|较|与)?(?:上年|去年|上一年)|(?:比|较|与)(?<year>\d{4})年)度?(?:同期)?(?:决算数?)?(?:相比)?)\s*[，,]?\s*(?<word>提高|增加|上升|增长|下降|降低|减少)了?\s*(?<digits>\d+(?:\.\d+)?)\s*个\s*百分点/;

/**
 * The points a share rose or fell by since last year (占61.67%，比上年提高1.67个百分点), judged against every reading of
 * the share that agrees with the data whose part and whole print last year's figure in one table (a fund's part over all
 * the money's whole is no share of either year), a side's total named (占总支出) either total of the side that is this
 * year's whole (本年支出合计 = 总计 this year, not last): this year's share less last year's, each
 * as the figures give it. The written points may be of the two shares rounded first, so one step of the coarser of the
 * share's and the points' places either way stays right; the written share less last year's at no or one place (60.00%
 * − 63% of 62.50%) is last year's share printed coarser: a warning. Reported only where no reading fits; silent where none can be judged.
 */
function sharePointsOff(model: ReportModel, report: Reporter, prose: ProseText, share: WrittenFigure, role: Role, targets: readonly Target[]): void {
    const from = share.offset + share.length;
    const points = POINTS_AFTER.exec(prose.text.slice(from));
    const { year, word, digits } = points?.groups ?? {};
    if (!points || (year !== undefined && Number(year) !== (model.meta.year ?? 0) - 1)) return;
    const decimals = digits.split('.')[1]?.length ?? 0;
    const written = Interval.rounded(new Decimal(digits).times(/下降|降低|减少/.test(word) ? -1 : 1), decimals);
    // the shares rounded at the coarser of their places and the points' (61%，提高3.00个百分点 of 61 − 58)
    const step = new Decimal(10).pow(-Math.min(decimals, share.decimals));
    const ofSide = role.kind === 'share' && role.base?.some(base => otherSideTotals(base).length > 0) === true;
    const readings = targets.flatMap(target => pointsChanges(model, target, ofSide));
    if (readings.length === 0 || readings.some(r => r.now.computed.sub(r.then.computed).widen(step, step).meets(written))) return;
    const { now, then, item } = readings[0];
    const grouped = model.groupsDigits;
    const change = now.value.minus(then.value);
    const right = change.isZero() ? '与上年持平' : `${change.isNegative() ? '下降' : '提高'} ${fixedText(change.abs(), Math.max(decimals, 2), grouped)} 个百分点`;
    // this year's share as written less last year's printed at fewer places (60.00% − 63% of 62.50%)
    const near = [0, 1].some(places => written.contains(share.value.minus(then.value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP))));
    const start = from + points[0].indexOf(word);
    const message = `文字写的${word}${digits}个百分点 与数据不符：本年${now.description.replace(/^本项/, `「${item}」`)} = ${now.formula} = ${fixedText(now.value, 2, grouped)}%，`
        + `上年 ${then.formula} = ${fixedText(then.value, 2, grouped)}%，应为${right}`;
    const range = rangeIn(prose, start, from + points[0].length - start);
    if (near) report.warning(prose.node, `${message}；可能是用按较少位数四舍五入的上年占比相减，请按两年占比的实际数核对。`, { range });
    else report.error(prose.node, `${message}。`, { range });
}

/**
 * A share's readings by last year's figures, where its part and whole print them (none worked out) in one table: the two years' shares,
 * `ofSide` also over the other total of the whole's side that equals it this year; none where the whole has none.
 */
function pointsChanges(model: ReportModel, target: Target, ofSide: boolean): { now: Computation; then: Computation; item: string }[] {
    const now = target.computation;
    if (!now || now.parts.length !== 2) return [];
    const [part, whole] = now.parts.map(figure => model.cells.get(figure));
    if (!part || !whole || part.row.table !== whole.row.table) return [];
    // the whole named without last year's figure (支出总计) is not judged by the other total's
    const lastOf = (cell: Quantity) => {
        const figure = targetOf(model, cell, { kind: 'last' }, 'amount', model.meta.unit)?.figure;
        return figure?.stated ? figure : undefined;
    };
    const partLast = lastOf(part);
    if (!partLast || !lastOf(whole)) return [];
    const wholes = [whole, ...ofSide ? otherSideTotals(whole).filter(other => other.row.cells.get(whole.column)?.value.equals(now.parts[1].value)) : []];
    const grouped = model.groupsDigits;
    return wholes.flatMap(cell => {
        const wholeLast = lastOf(cell);
        const then = wholeLast && ratio(partLast.interval, partLast.value, wholeLast, [partLast, wholeLast], '上年占比',
            () => `${figureShown(partLast, grouped)} ÷ ${figureShown(wholeLast, grouped)}`);
        return then ? [{ now, then, item: part.row.canonicalName }] : [];
    });
}

/** A figure in a message: a blank cell as printed, as the other messages show it (“-”（空白单元格，按 0 计）). */
function figureShown(figure: Figure, grouped: boolean): string {
    return figure.blank ? `“${figure.blank}”（空白单元格，按 0 计）` : formatFigure(figure, grouped);
}

/**
 * 财政拨款收入9,500.17万元，占收入合计的99.19% where the data has no 财政拨款收入 (the tables
 * that would hold it not written): the share is the amount written right before it, in its
 * sentence and of its words, over the whole it names, which the data states. One unit off in the
 * last place passes: shares are often adjusted to add up to 100%, which nothing here can tell.
 * A whole the words leave open (占项目支出总额的: every fund's, one fund's, the 项目支出 table's) is
 * any of them: the share agreeing with one of them is right, and else judged by the first.
 */
function shareOfWrittenPart(model: ReportModel, report: Reporter, text: TextClaims, share: FigureClaim): void {
    const { role } = share;
    if (role.kind !== 'share' || role.items) return;
    if (!role.base?.length) {
        shareOfWrittenWhole(model, report, text, share);
        return;
    }
    const written = partWrittenBefore(text, share);
    if (!written) return;
    const part = { ...written, figure: inReportUnit(model, written.figure) };
    // only a whole named in full (占收入合计的, 占一般公共预算项目支出总额的): a name read from the end of longer words may be another's
    const said = wholeSaid(text, share);
    const namedInFull = (base: Quantity) => role.inFull
        || (said !== undefined && ([base.row.name, base.row.canonicalName, base.column].includes(said) || model.template.rowAliases.get(said) === base.row.canonicalName));
    const verdicts = role.base.filter(namedInFull).flatMap(base => {
        const whole = wholeOf(model, base, [base]);
        const rate = whole?.kind === 'amount' && whole.interval.lo.isPositive() ? percentOf(part.figure.interval, whole.interval) : undefined;
        return whole && rate ? [{ base, whole, rate, verdict: writtenShareVerdict(part.figure, share.figure, whole, rate) }] : [];
    });
    const judged = verdicts[0];
    if (!judged) shareOverWhole(model, report, text, share);
    if (!judged || verdicts.some(v => v.verdict === 'right')) return;
    const { base, whole, rate } = judged;
    const named = quantityName(base);
    // 资金598.50万元，占…项目支出总额的100% of 597.50: the share rounds right, but a part is never more than its whole
    if (judged.verdict === 'larger') {
        const range = rangeIn(text.prose, part.figure.offset, part.figure.length);
        if (range) report.error(text.prose.node, `文字写的 ${part.figure.text} 占${named}${formatFigure(whole, model.groupsDigits)} 的 ${share.figure.text}，却大于它：部分不能超过整体。`, { range });
        return;
    }
    const range = rangeIn(text.prose, share.figure.offset, share.figure.length);
    if (!range) return;
    // 资金24.00万元 of a table in 元: both told in the sentence's coarser unit and places (24.00万元 ÷ … 42.00万元), not
    // 240,000 ÷ 420,000.00; a sentence in a finer unit is told in the report's (3.46 ÷ 123.46 for 34,600元 of a 万元 report)
    // how many of the sentence's units one of the report's is (0.0001 for a sentence in 万元 over tables in 元): below
    // one, the sentence's unit is the coarser; the whole is told in it at every place it has, as the % is worked out
    const perReportUnit = writtenMoneyScale(model.meta.unit, written.figure.unit);
    const scale = perReportUnit?.lt(1) ? perReportUnit : undefined;
    const wholeInWritten = scale && whole.value.times(scale);
    const amount = scale ? written.figure.text : convertedText(written.figure, part.figure, model.groupsDigits);
    const wholeText = wholeInWritten ? `${fixedText(wholeInWritten, Math.max(written.figure.decimals, wholeInWritten.decimalPlaces()), model.groupsDigits)}${written.figure.unit}` : formatFigure(whole, model.groupsDigits);
    const exact = percentValue(part.figure.value, whole.value);
    report.error(text.prose.node, `文字写的 ${share.figure.text} 与同一句写的数不符：${amount} ÷ ${named}${wholeText} = ${exact.toFixed(share.figure.decimals)}%${roundingRangeNote(rate, exact.toFixed(share.figure.decimals), '%', model.groupsDigits)}。`, { range });
}

/**
 * 政府采购支出总额198.40万元，…。授予小微企业合同金额186.00万元，占政府采购支出总额的93.75% where the data knows
 * no such whole (no 政府采购 table or block): the share is the part written right before it over the amount the
 * paragraph writes earlier (a budget too) under exactly the name the share says (a year and 本部门 before it aside), or else under
 * the one name of the paragraph the share's words shorten (占采购总额的 after 政府采购支出总额). One unit off passes
 * (shares balanced to 100%); a name matched only at the end of longer words may be another's whole, and two names
 * the words shorten leave the whole unknown.
 */
function shareOfWrittenWhole(model: ReportModel, report: Reporter, text: TextClaims, share: FigureClaim): void {
    const words = wholeWords(text, share);
    const said = words?.words;
    const written = partWrittenBefore(text, share);
    const inWords = words && text.claims.find((c): c is FigureClaim => c.kind === 'figure' && c.shareWhole === true
        && c.figure.offset > words.at && c.figure.offset < share.figure.offset);
    if (words && inWords) {
        shareOfWholeInWords(model, report, text, share, inWords, words.at);
        return;
    }
    if (!said || said.length < 2 || !written) {
        shareOverWhole(model, report, text, share);
        return;
    }
    const part = written.figure;
    const prose = text.prose.text;
    const named = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset < part.offset
        && (c.role.kind === 'value' || c.role.kind === 'budget') && c.figure.kind === 'amount' && c.figure.unit === part.unit && c.figure.interval.lo.isPositive())
        .map(c => ({ figure: c.figure, name: nameWrittenBefore(prose, c.figure.offset) }));
    const paragraph = paragraphOf(prose, part.offset);
    const shortened = named.filter(c => c.figure.offset >= paragraph.start && shortens(said, c.name));
    const exact = named.filter(c => c.name === said).at(-1);
    const found = exact ?? (new Set(shortened.map(c => c.name)).size === 1 ? shortened.at(-1) : undefined);
    if (!found) {
        shareOverWhole(model, report, text, share);
        return;
    }
    const whole = found.figure;
    const rate = percentOf(part.interval, whole.interval)!;
    if (writtenShareVerdict(part, share.figure, whole, rate) !== 'off' || ofListedSum(text, part, share.figure, whole)) return;
    tellWrittenShareOff(model, report, text, share, part, whole, rate, { scope: whole.offset >= paragraph.start ? '段' : '节', whole: `${found.name} ` });
}

/**
 * 授予中小企业合同金额186.00万元，占政府采购支出总额198.40万元的93.75%: the whole's amount is written in the share's
 * words, the part right before them in the sentence; judged as a share of a whole the paragraph writes. A figure in
 * brackets (（其中小微企业100.00万元）) says what the part holds; a part after a 其中 that follows another amount may be
 * either's share, and is left alone. The share may be of the sum the part ends a list of (货物采购12.40万元、服务采购
 * 186.00万元，合计占…的100%), or of the sum of the whole's parts listed after it (`ofListedSum`).
 */
function shareOfWholeInWords(model: ReportModel, report: Reporter, text: TextClaims, share: FigureClaim, whole: FigureClaim, at: number): void {
    const prose = text.prose.text;
    const before = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset < at && !bracketClosedBefore(prose, c.figure.offset, at));
    const part = before.at(-1);
    if (!part || part.notData || part.role.kind !== 'value' || part.figure.kind !== 'amount' || part.figure.unit !== whole.figure.unit
        || !inSentence(text.prose, part, share) || !whole.figure.interval.lo.isPositive()) return;
    const sentence = fullSentenceStart(prose, part.figure.offset);
    const among = prose.lastIndexOf('其中', part.figure.offset);
    if (among >= sentence && before.some(c => c.figure.kind === 'amount' && c.figure.offset >= sentence && c.figure.offset < among)) return;
    const rate = percentOf(part.figure.interval, whole.figure.interval)!;
    if (writtenShareVerdict(part.figure, share.figure, whole.figure, rate) !== 'off' || ofListedSum(text, part.figure, share.figure, whole.figure)) return;
    const listed = listEndedBy(prose, before, part);
    if (listed.length >= 2 && shareOfSum(listed, share.figure, whole.figure)) return;
    tellWrittenShareOff(model, report, text, share, part.figure, whole.figure, rate, { scope: '句', whole: `${prose.slice(at + 1, whole.figure.offset).trim()} ` });
}

/** Whether a figure stands in brackets that close before `to`: （其中小微企业100.00万元）. */
function bracketClosedBefore(text: string, offset: number, to: number): boolean {
    const open = Math.max(text.lastIndexOf('（', offset), text.lastIndexOf('(', offset));
    const close = Math.max(text.lastIndexOf('）', offset), text.lastIndexOf(')', offset));
    return open > close && /[）)]/.test(text.slice(offset, to));
}

/** The amounts of a list a figure ends (货物采购12.40万元、服务采购186.00万元), in one unit; the figure alone where it ends none. */
function listEndedBy(text: string, figures: readonly FigureClaim[], last: FigureClaim): WrittenFigure[] {
    const listed = [last.figure];
    for (let i = figures.indexOf(last) - 1; i >= 0; i--) {
        const item = figures[i].figure;
        if (item.kind !== 'amount' || item.unit !== last.figure.unit || !/^[^，,。；;：:]*、[^，,。；;：:]*$/.test(text.slice(item.offset + item.length, listed[0].offset))) break;
        listed.unshift(item);
    }
    return listed;
}

// the words of a total (政府采购支出总额, 支出合计, 全部资金, 总支出): 总 opens one only before what it totals (总局, 总队 are none)
const TOTAL_WORDS = /^全部|(?:总额|总计|合计|总数|总量|总和|总金额)$|总(?=(?:支出|收入|资金|经费)$)/g;
// a whole a figure may exceed: a budget, a plan or quota (批复, 下达, 指标, 原定, 应支出, 调整后), another year's figure
const EXCEEDABLE_WHOLE = /预算|计划|目标|任务|批复|下达|指标|原定|^应|应(?:支出|付|拨|收)|调整|可用|上年|上一|前一|去年|同期|年初|标准|定额|限额|\d/;
// a fund's name before what it spends or receives is no budget (一般公共预算财政拨款支出总额); 全年一般公共预算总额 is one
const FUND_NAME = /(?:一般公共预算|政府性基金预算|国有资本经营预算)(?=财政拨款|支出|收入|项目|基本)/g;
// the words after a part's noun saying which figure of it is written: 项目支出执行, 支出决算数
const FIGURE_WORDS = /(?:执行|决算|实际|完成)?(?:数|额)?$/;

/**
 * 授予中小企业合同金额186.00万元，占政府采购支出总额的101% where neither the data nor the text holds the whole: a part
 * of a total is within it, so its share is at most 100%. Only where the part's words name a kind of the total (its head
 * noun in the total's words: 项目支出 of 支出总额; or a restating table's part of its total: 授予中小企业 of 政府采购), or
 * the total is the head a 其中 lists the part under (其中：…，占101%). A total as the part (负债总额 of 资产总额, 支出合计 of
 * 收入合计), a budget's, quota's or another year's whole may be exceeded or hold no such part: left alone.
 */
function shareOverWhole(model: ReportModel, report: Reporter, text: TextClaims, share: FigureClaim): void {
    const words = wholeWords(text, share);
    const part = partWrittenBefore(text, share)?.figure;
    if (!share.figure.interval.lo.gt(100) || !words || !part) return;
    const prose = text.prose.text;
    const whole = words.words.replace(FUND_NAME, '');
    const underHead = whole === '' && /其中/.test(prose.slice(fullSentenceStart(prose, share.figure.offset), words.at));
    const partWords = clauseBefore(prose, part.offset).replace(/\s/g, '');
    const named = /[^，,；;。：:\n]*$/.exec(prose.slice(0, part.offset))![0].replace(/\s/g, '');
    if (!underHead && !kindOfTotal(partWords, whole) && !partOfSubject(named, whole)) return;
    tellShareOverHundred(report, text, share, `${fixedText(part.value, part.decimals, model.groupsDigits)}${part.unit}`, underHead ? '“其中”之前的总数' : `“${words.words.replace(/[“”"]/g, '')}”`);
}

/** Whether a part's words name a kind of the total a whole's words name (see `shareOverWhole`). */
function kindOfTotal(part: string, whole: string): boolean {
    const core = whole.replace(TOTAL_WORDS, '');
    if (core === whole || EXCEEDABLE_WHOLE.test(whole) || part.replace(/(?:为|是|达|共计?|约)$/, '').search(TOTAL_WORDS) >= 0) return false;
    const noun = part.replace(/(?:为|是|达|共计?|约)$/, '').replace(FIGURE_WORDS, '').slice(-2);
    return (noun.length === 2 && core.includes(noun)) || RESTATING_TABLES.some(table => restatedPartOf(table, part, whole));
}

/**
 * Whether a part's words are the spending of parts a subject's table holds under its 合计 and the whole's words that
 * subject's spending (公务接待费支出 of “三公”经费支出: 占“三公”经费总额的120% is no share). The item names are cut out
 * first (公务用车购置及运行维护费 is one item); anything else in the part's words — another kind (会议费, （含会议费、
 * 培训费）), a 结余 or 超支 — or in the whole's after the subject's name (控制数, 安排数, 结余, 调减数), or a budget's or
 * another year's whole, may be exceeded: left alone.
 */
function partOfSubject(part: string, whole: string): boolean {
    if (EXCEEDABLE_WHOLE.test(whole)) return false;
    return TABLES_PRINTED_AS_ROWS.some(table => {
        const subject = table.row.exec(whole);
        const after = subject && whole.slice(subject.index + subject[0].length).replace(/^[”"]?经费/, '');
        return after !== null && SUBJECT_SPENDING.test(after) && ITEMS_SPENDING.test(part.replace(table.items, '\0'));
    });
}

// the words after a subject's name that make its whole its spending: “三公”经费, …财政拨款支出决算, …支出总额
const SUBJECT_SPENDING = /^(?:财政拨款)?(?:支出|开支)?(?:决算数?|总额|合计|总计|总数)?$/;
// a part's words, its item names cut out (\0), that name only their spending: 其中公务接待费支出决算为, 公务接待费和公务用车运行维护费支出
const ITEMS_SPENDING = /^(?:其中)?(?:本年度?|全年|当年)?\0(?:[、和及与]\0)*(?:支出|开支)?(?:决算数?)?(?:为|是|达|共计?|约)?$/;

/** Whether words name a figure a restating table holds within the figure the whole's words name (授予小微企业 ⊂ 授予中小企业 ⊂ 政府采购总计). */
function restatedPartOf(table: RestatingTable, part: string, whole: string): boolean {
    const keys = Object.keys(table.prose);
    const partKey = keys.find(key => table.prose[key].some(name => part.endsWith(name)));
    const wholeKey = keys.find(key => table.prose[key].includes(whole));
    const within = [...table.atMost, ...table.parts.map(kind => ({ part: kind, whole: table.total.key }))];
    const contains = (inner: string, outer: string): boolean => within.some(limit => limit.part === inner && (limit.whole === outer || contains(limit.whole, outer)));
    return partKey !== undefined && wholeKey !== undefined && contains(partKey, wholeKey);
}

/** A share written over 100% of a whole its part is within: the error, at the share. */
function tellShareOverHundred(report: Reporter, text: TextClaims, share: FigureClaim, part: string, whole: string): void {
    const range = rangeIn(text.prose, share.figure.offset, share.figure.length);
    if (range) report.error(text.prose.node, `文字写的 ${share.figure.text} 超过 100%：${part}是${whole}的一部分，占它的比例不能超过 100%。`, { range });
}

/**
 * Whether words are a shortening of a longer name: its characters in order, ending as it ends (采购总额 of
 * 政府采购支出总额, 采购额 of 政府采购金额); the last character is the head noun, which a shortening keeps.
 */
function shortens(words: string, name: string): boolean {
    if (words.length >= name.length || words.at(-1) !== name.at(-1)) return false;
    let at = 0;
    for (const char of words) {
        at = name.indexOf(char, at) + 1;
        if (at === 0) return false;
    }
    return true;
}

/**
 * 政府采购支出总额3268.40万元，其中：货物48.60万元、工程3126.00万元、服务111.80万元。…占政府采购支出总额的74.85% where the
 * parts add up to 3286.40: the whole written is the slip (prose-count-parts tells it), and a share of the parts' sum is right.
 * Parts that add up to the whole confirm it; whether they do counts a part written 0万元 as none (an officer's 0 means
 * nothing bought), not as up to 0.5, which would pass 18.60 parts for a whole written 19.06.
 */
function ofListedSum(text: TextClaims, part: WrittenFigure, share: WrittenFigure, whole: WrittenFigure): boolean {
    const parts = partsListedAfter(text, whole) ?? [];
    if (parts.length < 2) return false;
    const sum = sumOf(parts);
    const saidSum = sumIntervals(parts.map(p => p.value.isZero() ? Interval.exact(p.value) : p.interval));
    if (!sum.interval.lo.isPositive() || saidSum.meets(whole.interval)) return false;
    return writtenShareVerdict(part, share, sum, percentOf(part.interval, sum.interval)!) !== 'off';
}

/** Whether a written share is the sum of parts (a list the part ends) over the whole. */
function shareOfSum(parts: readonly WrittenFigure[], share: WrittenFigure, whole: WrittenFigure): boolean {
    const sum = sumOf(parts);
    return writtenShareVerdict(sum, share, whole, percentOf(sum.interval, whole.interval)!) !== 'off';
}

function sumOf(parts: readonly WrittenFigure[]): Pick<WrittenFigure, 'value' | 'interval'> {
    return { value: parts.reduce((acc, p) => acc.plus(p.value), new Decimal(0)), interval: sumIntervals(parts.map(p => p.interval)) };
}

/** A written share off the part over a whole the text itself writes: the error, with the sum worked out. */
function tellWrittenShareOff(model: ReportModel, report: Reporter, text: TextClaims, share: FigureClaim, part: WrittenFigure,
    whole: WrittenFigure, rate: Interval, said: { scope: '段' | '句' | '节'; whole: string }): void {
    const range = rangeIn(text.prose, share.figure.offset, share.figure.length);
    if (!range) return;
    const amount = (figure: WrittenFigure) => fixedText(figure.value, figure.decimals, model.groupsDigits);
    const exact = percentValue(part.value, whole.value);
    report.error(text.prose.node, `文字写的 ${share.figure.text} 与同一${said.scope}写的数不符：${amount(part)} ÷ ${said.whole}${amount(whole)} = ${exact.toFixed(share.figure.decimals)}%${roundingRangeNote(rate, exact.toFixed(share.figure.decimals), '%', model.groupsDigits)}。`, { range });
}

/** The name a figure is written under: its clause's words before it on its line, less a leading year and 本部门/本单位 (in either order) and a trailing 为/是. */
function nameWrittenBefore(text: string, offset: number): string {
    const clause = /[^，,；;。：:、（）()\n]*$/.exec(text.slice(0, offset))![0];
    return clause.replace(/^\s*(?:\d{4}年度?)?\s*(?:本部门|本单位|我部门|我单位)?\s*(?:\d{4}年度?)?/, '').replace(/(?:为|是|共|共计|合计)$/, '').trim();
}

/**
 * 专项业务经费支出300.00万元，其中：设备购置费200.00万元，占66.67%；维修费100.00万元，占33.33% where no row holds the
 * head: a share naming no whole, of a part listed after 其中, is the part written right before it over the amount the
 * sentence writes right before a 其中 (the nearest first; a list within a list may be of either head). One unit off
 * passes (shares balanced to 100%); a part larger than its head is prose-count-parts'.
 */
function shareOfWrittenHead(model: ReportModel, report: Reporter, text: TextClaims, share: FigureClaim): void {
    const { role } = share;
    if (role.kind !== 'share' || role.base || role.items || wholeSaid(text, share) !== '') return;
    const part = partWrittenBefore(text, share)?.figure;
    if (!part) {
        shareOverWhole(model, report, text, share);
        return;
    }
    const prose = text.prose.text;
    const sentence = prose.slice(fullSentenceStart(prose, part.offset), part.offset);
    const from = part.offset - sentence.length;
    const heads = [...sentence.matchAll(/其中/g)].reverse().flatMap(match => {
        const at = from + match.index;
        const head = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset < at).at(-1);
        return head && head.role.kind === 'value' && !head.notData && head.figure.kind === 'amount' && head.figure.unit === part.unit
            && head.figure.interval.lo.isPositive() && /^[，,：:\s]*$/.test(prose.slice(head.figure.offset + head.figure.length, at)) ? [head.figure] : [];
    });
    const verdicts = heads.map(head => {
        const rate = percentOf(part.interval, head.interval)!;
        return { head, rate, verdict: writtenShareVerdict(part, share.figure, head, rate) };
    });
    if (verdicts.length === 0) shareOverWhole(model, report, text, share);
    if (verdicts.length === 0 || verdicts.some(v => v.verdict !== 'off')) return;
    const [{ head, rate }] = verdicts;
    const balance = balancedWrittenShares(text, share, part.value, head);
    if (balance) {
        const range = rangeIn(text.prose, share.figure.offset, share.figure.length);
        const exact = percentValue(part.value, head.value);
        const amount = (figure: WrittenFigure) => fixedText(figure.value, figure.decimals, model.groupsDigits);
        if (range) report.info(text.prose.node, balancedShareMessage({
            what: `文字写的 ${share.figure.text}`, rounded: exact.toDecimalPlaces(share.figure.decimals, Decimal.ROUND_HALF_UP).toFixed(share.figure.decimals),
            source: '同一句', formula: `${amount(part)} ÷ “其中”之前的总数 ${amount(head)}`, exact, places: share.figure.decimals,
            shares: balance, among: '同句',
        }), { range });
        return;
    }
    tellWrittenShareOff(model, report, text, share, part, head, rate, { scope: '句', whole: '“其中”之前的总数 ' });
}

/**
 * 支出总计200.00万元，其中：基本支出100.00万元，占49.99%；项目支出33.33万元，占16.67%；… — a share one unit in its last place
 * off its exact share rounded, which here needs no rounding (50.00%), where the sentence's shares of that head add up to exactly
 * 100% and each other one agrees: the balance put on one item, as balancingShare tells it against the data. The shares as
 * written, or undefined.
 */
function balancedWrittenShares(text: TextClaims, share: FigureClaim, part: Decimal, head: WrittenFigure): string[] | undefined {
    const { figure } = share;
    const rounded = percentValue(part, head.value).toDecimalPlaces(figure.decimals, Decimal.ROUND_HALF_UP);
    if (!figure.value.minus(rounded).abs().equals(new Decimal(10).pow(-figure.decimals))) return undefined;
    const prose = text.prose.text;
    const end = /[。\n]|$/.exec(prose.slice(head.offset))!.index + head.offset;
    const shares = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.notData === 'unnamed-whole' && c.role.kind === 'share'
        && c.figure.offset > head.offset && c.figure.offset < end);
    if (shares.length < 2 || !shares.includes(share) || !shares.reduce((acc, c) => acc.plus(c.figure.value), new Decimal(0)).equals(100)) return undefined;
    const agrees = (c: FigureClaim) => {
        const other = partWrittenBefore(text, c)?.figure;
        return other !== undefined && other.unit === head.unit && writtenShareVerdict(other, c.figure, head, percentOf(other.interval, head.interval)!) === 'right';
    };
    return shares.filter(c => c !== share).every(agrees) ? shares.map(c => c.figure.text) : undefined;
}

/**
 * 本年支出比上年增加100.00万元，其中：项目支出增加150.00万元，占150%: a share written right after a change (read as
 * 'change-share') is that change over the change written right before the 其中 the part is listed under (growth rates
 * between them aside), both in one direction. The share may still be of the part's amount, unwritten
 * (其中：基本支出比上年增加50.00万元，占72.73%): one agreeing with the data's share is right. No whole change written,
 * nothing is told: the data's changes of a part and of its whole are not surely the ones meant.
 */
function shareOfWrittenChange(model: ReportModel, report: Reporter, text: TextClaims, share: FigureClaim): void {
    const prose = text.prose.text;
    const figures = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset < share.figure.offset);
    const change = figures.at(-1);
    if (!change || change.role.kind !== 'change' || change.figure.kind !== 'amount') return;
    const paragraph = paragraphOf(prose, change.figure.offset).start;
    const listed = prose.lastIndexOf('其中', change.figure.offset);
    if (listed < paragraph) return;
    const before = figures.filter(c => c.figure.offset < listed);
    while (before.length > 0 && before.at(-1)!.role.kind === 'growth') before.pop();
    const head = before.at(-1);
    if (!head || head.role.kind !== 'change' || head.role.sign !== change.role.sign || head.figure.kind !== 'amount' || head.notData
        || !/^[^。；;\n]*[。；;]?[^。；;\n]*$/.test(prose.slice(head.figure.offset + head.figure.length, listed))) return;
    const part = inReportUnit(model, change.figure);
    const whole = inReportUnit(model, head.figure);
    if (!whole.interval.lo.isPositive()) return;
    const rate = percentOf(part.interval, whole.interval)!;
    if (shareAgreement(share.figure, part.value, whole.value, rate).agrees) return;
    if (change.subject && distinctTargets(model, change.subject, share.role, share.figure).some(t => agrees(share.figure, t, share.role))) return;
    tellWrittenShareOff(model, report, text, share, part, whole, rate, { scope: '段', whole: '“其中”之前的增减数 ' });
}

/**
 * 涉及资金698.70万元，占应开展绩效自评的一般公共预算项目支出总额的100%: the whole is a part of the one named,
 * which the data does not state. The written part is within it, and it within the named whole: the share is
 * at most 100%, and the part over the share (the whole it implies) at most the named whole.
 */
function shareWithinWhole(model: ReportModel, report: Reporter, text: TextClaims, share: FigureClaim): void {
    const { role } = share;
    const written = partWrittenBefore(text, share)?.figure;
    if (role.kind !== 'share' || !role.base || !written) return;
    const part = inReportUnit(model, written);
    const wholes = role.base.map(base => ({ base, whole: wholeOf(model, base, [base]) }))
        .filter((w): w is { base: Quantity; whole: Figure } => w.whole?.kind === 'amount' && w.whole.interval.lo.isPositive());
    if (wholes.length === 0) return;
    const said = wholeSaid(text, share) ?? '';
    const amount = convertedText(written, part, model.groupsDigits);
    const label = ({ base, whole }: { base: Quantity; whole: Figure }) => `${quantityName(base)}${formatFigure(whole, model.groupsDigits)}`;
    if (wholes.every(({ whole }) => part.interval.lo.gt(whole.interval.hi))) {
        const range = rangeIn(text.prose, part.offset, part.length);
        if (range) report.error(text.prose.node, `文字写的 ${part.text} 是“${said}”的一部分，却大于${label(wholes[0])}：部分不能超过整体。`, { range });
        return;
    }
    if (share.figure.interval.lo.gt(HUNDRED)) {
        tellShareOverHundred(report, text, share, `${amount}${part.unit}`, `“${said}”`);
        return;
    }
    const range = rangeIn(text.prose, share.figure.offset, share.figure.length);
    if (!range) return;
    // the whole the written part and share imply: part ÷ share in percent
    const implied = percentOf(part.interval, share.figure.interval);
    if (!implied || wholes.some(({ whole }) => !implied.lo.gt(whole.interval.hi))) return;
    const value = fixedText(percentValue(part.value, share.figure.value), part.decimals, model.groupsDigits);
    report.error(text.prose.node, `文字写的 ${share.figure.text} 与同一句写的数不符：按它算，“${said}”为 ${amount} ÷ ${share.figure.text} = ${value}，却大于它所属的${label(wholes[0])}。`, { range });
}

/** The words of the whole a share is of, as written between 占 and the figure (占一般公共预算项目支出总额的 → 一般公共预算项目支出总额). */
function wholeSaid(text: TextClaims, share: FigureClaim): string | undefined {
    return wholeWords(text, share)?.words;
}

/** The words of the whole a share is of, and the offset of its 占; 占比 and 占 alone name none (''). */
function wholeWords(text: TextClaims, share: FigureClaim): { words: string; at: number } | undefined {
    // 占项目支出总额比例 100%: the whole, without the word for the ratio and a space copied from a PDF
    const match = /占([^占，,；;。]*?)(?:的|之)?(?:比例|比重|比)?(?:为|是)?\s*$/.exec(text.prose.text.slice(0, share.figure.offset));
    return match ? { words: match[1].trim(), at: match.index } : undefined;
}

/** A quantity as a message names it: 「表3 › 合计 基本支出」. */
function quantityName(quantity: Quantity): string {
    return `「${quantity.row.context}${quantity.column ? ` ${quantity.column}` : ''}」`;
}

/** A written share of a written part over one whole: right, a part larger than its whole, or off. */
function writtenShareVerdict(part: Pick<WrittenFigure, 'value' | 'interval'>, share: WrittenFigure, whole: Pick<Figure, 'value' | 'interval'>, rate: Interval): 'right' | 'larger' | 'off' {
    if (part.interval.lo.gt(whole.interval.hi) && share.value.lte(HUNDRED)) return 'larger';
    return shareAgreement(share, part.value, whole.value, rate).agrees ? 'right' : 'off';
}

/**
 * Whether last year's name governs the figure at `offset`: 2022年“三公”经费支出决算为23.10万元，2023年为
 * 62.07万元 in a 2023 report sets last year's beside this year's. A year governs its sentence up to the
 * next year or comparison written.
 */
function underLastYear(model: ReportModel, text: string, offset: number): boolean {
    const named = yearWrittenBefore(text, offset);
    return model.meta.year !== undefined && named !== undefined && Number(named.text.slice(0, 4)) === model.meta.year - 1
        && !GOVERNANCE_ENDS.test(text.slice(named.offset + 4, offset));
}

/**
 * 2023年度收入、支出总计均为100.00万元 in a 2024 report, 100.00 being this year's total and not last year's: the
 * year is the slip, which prose-year tells; the figure is not also judged as last year's (one finding per slip).
 */
function yearSlipOfThisYears(model: ReportModel, prose: ProseText, claim: FigureClaim): boolean {
    const { figure, role, subject } = claim;
    if (role.kind !== 'last' || !subject || !underLastYear(model, prose.text, figure.offset)) return false;
    // as prose-year reads a figure as this year's: a value the tables state this year and not last
    if (!statedThisYearOnly(model, figure.value, figure.decimals, figure.unit)) return false;
    const current = statedCurrent(model, subject, figure);
    return current !== undefined && agrees(figure, current, { kind: 'value' });
}

/** The year (2023年度) written last in the sentence before `offset`, if any. */
function yearWrittenBefore(text: string, offset: number): { offset: number; length: number; text: string } | undefined {
    const from = sentenceStart(text, offset);
    const years = [...text.slice(from, offset).matchAll(/(?<![比较与同])\d{4}[ \u3000]*年度?/g)];
    const last = years[years.length - 1];
    return last && { offset: from + last.index, length: last[0].length, text: last[0] };
}

/** 非财政拨款收入 right before a figure, as the subject no name of the report holds. */
const NON_APPROPRIATION_INCOME = /非财政拨款收入(?:决算数?)?(?:为|是|共计?|合计)?$/;

/**
 * 非财政拨款收入40.48万元 where no row holds it: the overview's 本年收入合计 less its 财政拨款 income. More
 * than one unit off in the last place written is an error; a unit off is let pass (the parts may be rounded).
 */
function nonAppropriationIncomeOff(model: ReportModel, report: Reporter, prose: ProseText, figure: WrittenFigure): void {
    if (figure.kind !== 'amount' || figure.unit !== model.meta.unit) return;
    if (!NON_APPROPRIATION_INCOME.test(prose.text.slice(Math.max(0, figure.offset - 20), figure.offset))) return;
    const income = nonAppropriationIncome(model);
    if (!income) return;
    const unit = new Decimal(10).pow(-figure.decimals);
    if (figure.interval.gap(income.interval).lte(unit)) return;
    const range = rangeIn(prose, figure.offset, figure.length);
    if (!range) return;
    report.error(prose.node, `文字写的 ${figure.text} 与数据中的非财政拨款收入不符：${workingText(income, `${fixedText(income.value, 2, model.groupsDigits)}${model.meta.unit}`)}（本年收入合计减去财政拨款收入）。`, { range });
}

/**
 * 年初预算为120.00万元，支出决算为100.00万元，完成年初预算的90.33% where the data has no budget:
 * the rate is the 决算 over the budget the sentence wrote. Only within one sentence, for one subject
 * (or none, the sentence's own figures), a budget of the kind the rate names (or either unnamed). The
 * 决算 is the data's where it states one; a 决算 the sentence writes differently may be the one the
 * rate was worked from. Returns whether the rate is of a budget the sentence wrote.
 */
function completionOfWrittenBudget(model: ReportModel, report: Reporter, text: TextClaims, budgets: readonly FigureClaim[], completion: FigureClaim): boolean {
    const inSentenceBudget = budgetOfRate(text.prose, budgets, completion);
    const budget = inSentenceBudget ?? paragraphsOnlyBudget(text, budgets, completion);
    if (!budget || budget.figure.kind !== 'amount') return budget !== undefined;
    const { prose } = text;
    const subject = completion.subject;
    const stated = subject ? statedCurrent(model, subject, budget.figure) : undefined;
    // in the budget's unit: 支出决算为179800元 beside 年初预算为20万元
    const written = actualsWrittenFor(text, budget, completion);
    const writtenActuals = written.map(c => ({ ...c, figure: inMoneyUnit(c.figure, budget.figure.unit) }));
    // each figure printed as the report wrote it: 决算 22.59 beside 预算 43.2
    const actual = stated ? { value: stated.value, interval: stated.interval, text: stated.figure ? formatFigure(stated.figure, model.groupsDigits) : fixedText(stated.value, stated.decimals, model.groupsDigits) }
        : writtenActuals.length === 1 ? { ...writtenActuals[0].figure, text: convertedText(written[0].figure, writtenActuals[0].figure, model.groupsDigits) } : undefined;
    // a subject several tables hold with different figures (支出决算表's row and 一般公共预算财政拨款支出决算表's): the
    // 决算 the sentence writes, where it is one of them, is the one the rate is of
    const writtenIsData = writtenActuals.length === 1 && subject !== undefined
        && distinctTargets(model, subject, { kind: 'value' }, writtenActuals[0].figure).some(t => judge(writtenActuals[0].figure, t, { kind: 'value' }) === 'equal');
    if (!actual || (subject?.quantities.length && !stated && !writtenIsData) || !budget.figure.interval.lo.isPositive()) return true;
    const rateOf = (spent: Interval, over = budget.figure.interval) => percentOf(spent, over);
    const rate = rateOf(actual.interval);
    // a rate that names no budget (预算执行率) in a sentence writing 年初预算 and 调整预算 both may be of either
    const alternatives = otherBudgetsOfRate(text.prose, budgets, completion, budget).map(b => rateOf(actual.interval, inMoneyUnit(b.figure, budget.figure.unit).interval));
    if (!rate || [rate, ...writtenActuals.map(c => rateOf(c.figure.interval)), ...alternatives].some(r => r?.meets(completion.figure.interval))) return true;
    const range = rangeIn(prose, completion.figure.offset, completion.figure.length);
    if (!range) return true;
    const computed = percentValue(actual.value, budget.figure.value);
    const budgetText = fixedText(budget.figure.value, budget.figure.decimals, model.groupsDigits);
    // a budget written in another unit than the tables' (预算 6,000.00万元 beside a table in 元): both told in its unit, named
    const otherUnit = unitNamed(model, budget.figure.unit);
    const actualText = stated?.scale ? fixedText(actual.value, Math.max(budget.figure.decimals, 2), model.groupsDigits) : actual.text;
    // the budget by the kind its words give it (年初预算为8.75万元: 决算 ÷ 年初预算)
    const budgetName = `${/(年初|全年|调整)?(?:后的?)?预算[^预]*$/.exec(clauseBefore(prose.text, budget.figure.offset))?.[1] ?? ''}预算`;
    report.error(prose.node, `文字写的 ${completion.figure.text} 与同一${inSentenceBudget ? '句' : '段'}的预算数不符：决算 ${actualText}${otherUnit} ÷ ${budgetName} ${budgetText}${otherUnit} = ${computed.toFixed(2)}%${roundingRangeNote(rate, computed.toFixed(2), '%')}。`, { range });
    return true;
}

/**
 * The 决算 a sentence writes for a rate or change against a budget it wrote, of the rate's subject: those between the
 * budget and the rate (年初预算为50.00万元，支出决算为45.00万元，完成…); where none, the one right before the budget
 * (支出决算为45.00万元，年初预算为50.00万元，完成…; 决算45.00万元，比预算50.00万元减少5.00万元，…), with nothing but that
 * budget and its comparison between it and the rate: an amount further back may be another subject's whole.
 */
function actualsWrittenFor(text: TextClaims, budget: FigureClaim, rate: FigureClaim): FigureClaim[] {
    const written = (c: Claim): c is FigureClaim => c.kind === 'figure' && c.role.kind === 'value' && !c.notData
        && c.figure.kind === 'amount' && sameNamed(c.subject, rate.subject);
    const after = text.claims.filter((c): c is FigureClaim => written(c) && c.figure.offset > budget.figure.offset && c.figure.offset < rate.figure.offset);
    if (after.length > 0) return after;
    const before = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset < budget.figure.offset).at(-1);
    // in another money unit too (支出决算为179,800元，年初预算为20万元): its callers convert it
    const sameUnit = before !== undefined && (before.figure.unit === budget.figure.unit || writtenMoneyScale(before.figure.unit, budget.figure.unit) !== undefined);
    if (!before || !written(before) || !sameUnit || !inSentence(text.prose, before, rate)
        || !BUDGET_CLAUSE.test(text.prose.text.slice(before.figure.offset + before.figure.length, budget.figure.offset))) return [];
    const between = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.figure.offset > before.figure.offset && c.figure.offset < rate.figure.offset);
    return between.every(c => c === budget || ((c.role.kind === 'change' || c.role.kind === 'growth') && c.role.versus)) ? [before] : [];
}

/** The words from a 决算 to the budget it is set against (，年初预算为 ，比调整预算): no other name between them. */
const BUDGET_CLAUSE = /^[，,\s]*(?:比|较|与|对比)?(?:其|该项目?|本年度?|当年)?(?:年初|全年|调整后?的?)?预算(?:数|资金|金额)?(?:为|是)?[（(]?$/;

/**
 * 年初预算为…，全年预算为…: a sentence that writes both budgets of a row tells by its figures which one the
 * table's budget column holds, whatever the table or its template says (formats print the 三公 table's 预算数
 * as either, templates' SOURCES.md): where the other budget it writes is the column's figure, this one is
 * another figure, not a slip.
 */
function otherBudgetIsColumn(model: ReportModel, text: TextClaims, claim: FigureClaim): boolean {
    const { role, subject } = claim;
    if (role.kind !== 'budget' || role.budget === 'any' || !subject) return false;
    const column = distinctTargets(model, subject, { kind: 'budget', budget: 'any' }, claim.figure);
    if (column.length !== 1) return false;
    // a row stating this kind apart from the column's figure (年初预算 beside 调整预算) holds both: no other figure
    const own = distinctTargets(model, subject, role, claim.figure);
    if (own.length === 1 && own[0].figure && own[0].figure !== column[0].figure) return false;
    return text.claims.some(other => other !== claim && other.kind === 'figure' && other.subject !== undefined
        && other.role.kind === 'budget' && other.role.budget !== 'any' && other.role.budget !== role.budget
        && sameSubject(other.subject, subject)
        && (other.figure.offset < claim.figure.offset ? inSentence(text.prose, other, claim) : inSentence(text.prose, claim, other))
        && judge(other.figure, column[0], other.role) === 'equal');
}

/**
 * The role a 年初预算's rate or change (完成年初预算的100%, 比年初预算减少0.36万元) is judged as where the data holds no
 * 年初预算 of its subject and its paragraph writes no budget of it: of the subject's one budget, where
 * nothing the report says makes that another (soleBudgetMayBeInitial). Undefined otherwise.
 */
function soleBudgetAsInitial(model: ReportModel, text: TextClaims, claim: FigureClaim): Role | undefined {
    const { role, subject } = claim;
    const versus = role.kind === 'change' || role.kind === 'growth' ? role.versus : undefined;
    if ((role.kind === 'completion' ? role.budget : versus) !== 'initial' || !subject || subject.quantities.length === 0) return undefined;
    const paragraph = paragraphOf(text.prose.text, claim.figure.offset);
    const written = text.claims.some(c => c.kind === 'figure' && c.role.kind === 'budget' && sameNamed(c.subject, subject)
        && c.figure.offset >= paragraph.start && c.figure.offset < paragraph.end);
    if (written || !subject.quantities.every(q => soleBudgetMayBeInitial(model, q))) return undefined;
    const budgets = claimsOf(model).flatMap(t => t.claims).filter((c): c is FigureClaim => c.kind === 'figure' && c.role.kind === 'budget' && c.subject !== undefined);
    // a budget of the subject written elsewhere in the report is the one its rate is of, not the column's
    if (budgets.some(c => sameNamed(c.subject, subject))) return undefined;
    // a 年初预算 written of a row of the same table that the row's one budget does not hold: that column is no 年初预算
    // (“三公”经费年初预算为25.00万元 over a 预算数 column of 20.00)
    const tables = new Set(subject.quantities.map(q => q.row.table));
    if (budgets.some(c => c.role.kind === 'budget' && c.role.budget === 'initial' && c.subject!.quantities.some(q => tables.has(q.row.table))
        && !distinctTargets(model, c.subject!, { ...c.role, budget: 'any' }, c.figure).some(t => judge(c.figure, t, c.role) === 'equal'))) return undefined;
    return role.kind === 'completion' ? { kind: 'completion', budget: 'any' } : role.kind === 'change' || role.kind === 'growth' ? { ...role, versus: 'any' } : undefined;
}

/**
 * The budget a completion rate is of among those its sentence wrote before it, for its subject: the
 * last of the kind it names (年初, 全年/调整), else the last where either names no kind.
 */
function budgetOfRate(prose: ProseText, budgets: readonly FigureClaim[], completion: FigureClaim): FigureClaim | undefined {
    if (completion.role.kind !== 'completion') return undefined;
    const named = completion.role.budget;
    const latestFirst = [...budgetsOfSentence(prose, budgets, completion)].reverse();
    return latestFirst.find(b => budgetKind(b) === named) ?? latestFirst.find(b => budgetKind(b) === 'any' || named === 'any');
}

/**
 * 年初预算为50.00万元。该项目支出决算为45.00万元，完成年初预算的90.00% (涪陵): a rate whose sentence writes no budget is
 * of the budget an earlier sentence of its paragraph writes, where that is the only budget the paragraph writes (of the
 * rate's subject, of the kind it names or either naming none) and the data holds none for it.
 */
function paragraphsOnlyBudget(text: TextClaims, budgets: readonly FigureClaim[], completion: FigureClaim): FigureClaim | undefined {
    if (completion.role.kind !== 'completion') return undefined;
    // a rate its own words say is of a budget (完成年初预算的, 预算执行率), not of a task (抽检任务完成率预期100%)
    if (!/预算[^，,。；;：:]*$/.test(text.prose.text.slice(0, completion.figure.offset))) return undefined;
    const named = completion.role.budget;
    const paragraph = paragraphOf(text.prose.text, completion.figure.offset);
    const written = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.role.kind === 'budget'
        && c.figure.offset >= paragraph.start && c.figure.offset < paragraph.end);
    const [only, ...more] = written;
    if (!only || more.length > 0 || only.figure.offset > completion.figure.offset || !budgets.includes(only)) return undefined;
    const kind = budgetKind(only);
    return (kind === named || kind === 'any' || named === 'any') && sameNamed(only.subject, completion.subject) ? only : undefined;
}

/** The budgets of other kinds the sentence writes, where the rate names none: the rate may be of any of them. */
function otherBudgetsOfRate(prose: ProseText, budgets: readonly FigureClaim[], completion: FigureClaim, chosen: FigureClaim): FigureClaim[] {
    if (completion.role.kind !== 'completion' || completion.role.budget !== 'any') return [];
    return budgetsOfSentence(prose, budgets, completion).filter(b => b !== chosen && budgetKind(b) !== budgetKind(chosen)
        && b.figure.kind === 'amount' && b.figure.interval.lo.isPositive());
}

/** The budgets written in the completion's sentence, of its subject (or, without one, of none). */
function budgetsOfSentence(prose: ProseText, budgets: readonly FigureClaim[], completion: FigureClaim): FigureClaim[] {
    const subject = completion.subject;
    return budgets.filter(b => b.role.kind === 'budget' && inSentence(prose, b, completion)
        && sameNamed(b.subject, subject));
}

function budgetKind(claim: FigureClaim): string | undefined {
    return claim.role.kind === 'budget' ? claim.role.budget : undefined;
}

/**
 * 完成预算的100% where the budget is 0 and the 决算 is not: no rate can be stated. 0 against 0
 * (完成预算的0% or 100%) is a convention of the published reports and is left alone.
 */
function completionOverZero(model: ReportModel, report: Reporter, prose: ProseText, claim: FigureClaim): void {
    if (claim.role.kind !== 'completion' || claim.subject!.quantities.length !== 1) return;
    const { row, column: named } = claim.subject!.quantities[0];
    const column = named ?? actualColumn(row);
    const actual = column === undefined ? undefined : row.cells.get(column);
    const budget = column === undefined ? undefined : model.arithmetic.budgetOf(row, column, budgetsOfKind(claim.role.budget));
    if (!actual || actual.value.isZero() || !budget?.figure.value.isZero()) return;
    const range = rangeIn(prose, claim.figure.offset, claim.figure.length);
    if (!range) return;
    report.error(prose.node, `${budget.key}为 0，决算为 ${formatFigure(actual, model.groupsDigits)}，不能算出完成率：文字写的 ${claim.figure.text} 无从谈起。`, { range });
}

/**
 * A rate of a subject the data states as exactly 0 this year, which no budget or last year's figure in the data
 * gives a target for (0 ÷ 0): nothing was spent, so 完成预算的 is 0% (or 100%, as reports print an unused line
 * of a budget of 0 too), and against last year's 0 增长 is 0%. A rate written otherwise is an error. Whether
 * the rate was of this kind (and so judged here).
 */
function rateOfNothing(model: ReportModel, report: Reporter, text: TextClaims, claim: FigureClaim): boolean {
    const { role, subject, figure } = claim;
    const { prose } = text;
    if ((role.kind !== 'completion' && role.kind !== 'growth') || !subject || figure.kind !== 'rate') return false;
    const amount = { kind: 'amount', unit: model.meta.unit } as const;
    const current = statedCurrent(model, subject, amount);
    if (!current?.value.isZero()) return false;
    if (role.kind === 'growth') {
        if (role.versus) return false;
        // last year's 0: stated, or this year's 0 less the 增加0元 its sentence writes before the rate, of the same subject
        // (因公出国（境）费0万元，增加0万元，公务接待费0万元，下降100%: the 0 change is another's)
        const last = distinctTargets(model, subject, { kind: 'last' }, amount);
        const noChange = text.claims.some(c => c.kind === 'figure' && c.role.kind === 'change' && !c.role.versus && !c.role.fromOpening && !c.notData
            && c.figure.kind === 'amount' && c.figure.value.isZero() && c.figure.offset < figure.offset && inOneSentence(prose, c, claim)
            && c.subject !== undefined && sameSubject(c.subject, subject));
        if (!noChange && (last.length !== 1 || !last[0].stated || !last[0].value.isZero())) return false;
    }
    if (figure.value.isZero() || (role.kind === 'completion' && figure.value.equals(100))) return true;
    const range = rangeIn(prose, figure.offset, figure.length);
    if (!range) return true;
    const what = role.kind === 'completion' ? `「${current.label}」为 0，完成预算的比率只能是 0%（预算也是 0 的，常写 100%）` : `「${current.label}」本年、上年均为 0，没有增减，增长率只能是 0%`;
    report.error(prose.node, `文字写的 ${figure.text} 不对：${what}。`, { range });
    return true;
}

/**
 * A growth rate over a base the data states as 0 (比年初增长100% from a 年初 of 0, 增长 over a 上年 of 0) where this year's
 * figure is not 0: no rate can be worked out, so it is not checked, and said so (as growth's rule says of a table's).
 * Whether the rate was of this kind.
 */
function growthOverZero(model: ReportModel, report: Reporter, prose: ProseText, claim: FigureClaim, spare: (figure: WrittenFigure, why: string) => void): boolean {
    const { role, subject, figure } = claim;
    if (role.kind !== 'growth' || !subject || figure.kind !== 'rate') return false;
    const bases = subject.quantities.map(q => growthBase(model, q, role));
    const zero = bases[0];
    if (!zero || !bases.every(b => b?.base.value.isZero() && !b.current.value.isZero())) return false;
    spare(figure, `${zero.what}为 0，增长率无从计算，不作核对`);
    const range = rangeIn(prose, figure.offset, figure.length);
    if (range) report.info(prose.node, `${zero.what}为 0，增长率无从计算：文字写的 ${figure.text} 不作核对，可删去，或写明为新增。`, { range });
    return true;
}

/**
 * A share one unit in its last place off its rounding, written so that the shares of one whole in
 * its paragraph add up to exactly 100% (40.2% + 43.2% + 0.1% + 16.5%): a deliberate adjustment, not
 * a wrong figure. The others may be references (占【财政拨款收入.占比】): they count as they print. A text
 * giving each part's share in a paragraph of its own (①财政拨款收入…占总收入的35.39% ②…): the shares of that
 * whole in the whole text, each part once (a share said again, as written before, counts once). Returns the
 * shares as printed and where they were found, or undefined.
 */
function balancingShare(model: ReportModel, text: TextClaims, claim: FigureClaim, target: Target): { shares: string[]; among: string } | undefined {
    const { figure } = claim;
    const unit = new Decimal(10).pow(-figure.decimals);
    if (!figure.value.minus(target.value.toDecimalPlaces(figure.decimals, Decimal.ROUND_HALF_UP)).abs().equals(unit)) return undefined;
    const whole = wholeOfClaim(model, claim);
    if (!whole) return undefined;
    const written: PrintedShare[] = text.claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.role.kind === 'share' && !c.notData
        && c.subject !== undefined && wholeOfClaim(model, c)?.value.equals(whole.value) === true)
        .map(c => ({ offset: c.figure.offset, value: c.figure.value, text: c.figure.text, quantity: c.subject!.quantities[0], claim: c }));
    const ofWhole = [...written, ...referencedShares(model, text.prose, whole)].sort((a, b) => a.offset - b.offset);
    // one share adjusted, the others as the data gives them (a reference is the data's)
    const agrees = ({ claim: c }: PrintedShare) => {
        if (!c) return true;
        const verdicts = distinctTargets(model, c.subject!, c.role, c.figure).map(target => judge(c.figure, target, c.role));
        return verdicts.includes('equal') || verdicts.includes('consistent');
    };
    const balanced = (shares: readonly PrintedShare[]) => shares.length >= 2 && shares.some(s => s.claim === claim)
        && shares.reduce((acc, s) => acc.plus(s.value), new Decimal(0)).equals(100) && shares.filter(s => s.claim !== claim).every(agrees);
    const paragraph = paragraphOf(text.prose.text, figure.offset);
    const inParagraph = ofWhole.filter(s => s.offset >= paragraph.start && s.offset < paragraph.end);
    if (balanced(inParagraph)) return { shares: inParagraph.map(s => s.text), among: '同段' };
    const once: PrintedShare[] = [];
    for (const share of ofWhole) {
        const said = once.find(o => o.quantity !== undefined && share.quantity !== undefined && sameQuantity(o.quantity, share.quantity));
        if (!said) once.push(share);
        else if (!said.value.equals(share.value)) return undefined;
        else if (share.claim === claim) once[once.indexOf(said)] = share;
    }
    return once.length > inParagraph.length && balanced(once) ? { shares: once.map(s => s.text), among: '这一节' } : undefined;
}

/** A share of a whole as a text prints it: written by hand (its claim), or a reference's. */
interface PrintedShare {
    readonly offset: number;
    readonly value: Decimal;
    readonly text: string;
    readonly quantity?: Quantity;
    readonly claim?: FigureClaim;
}

/** The references of a text to a table's shares (【事业收入.占比】) of `whole`, as they print. */
function referencedShares(model: ReportModel, prose: ProseText, whole: Figure): PrintedShare[] {
    const shares: PrintedShare[] = [];
    for (const segment of parseProse(prose.text)) {
        if (segment.kind !== 'reference') continue;
        const found = model.references.resolve(segment.path);
        if (found.kind !== 'found' || found.figure.kind !== 'rate' || found.figure.blank) continue;
        const column = [...found.row.attributes.get('占比') ?? []].find(([, share]) => share === found.figure)?.[0];
        if (column === undefined || model.arithmetic.shareWhole(found.row, column)?.value.equals(whole.value) !== true) continue;
        shares.push({ offset: segment.offset, value: found.figure.value, text: formatFigure(found.figure), quantity: { row: found.row, column } });
    }
    return shares;
}

/** The whole a share claim divides by, where its words name one figure of the data. */
function wholeOfClaim(model: ReportModel, claim: FigureClaim): Figure | undefined {
    const { role, subject } = claim;
    if (role.kind !== 'share' || !subject) return undefined;
    if (role.items) return distinctTargets(model, subject, role, claim.figure)[0]?.computation?.parts.at(-1);
    const values = distinctTargets(model, subject, { kind: 'value' }, { kind: 'amount', unit: model.meta.unit });
    return values.length === 1 ? wholeOf(model, values[0].quantity, role.base) : undefined;
}

/** What a message appends to a written figure's computed value: % for a rate. */
function unitOf(figure: { readonly kind: string }): string {
    return figure.kind === 'rate' ? '%' : '';
}

function paragraphOf(text: string, offset: number): { start: number; end: number } {
    const end = text.indexOf('\n', offset);
    return { start: text.lastIndexOf('\n', offset) + 1, end: end < 0 ? text.length : end };
}

function sameSubject(a: Subject, b: Subject): boolean {
    const [x, y] = [a.quantities[0], b.quantities[0]];
    return x !== undefined && y !== undefined && sameQuantity(x, y);
}

/** A reporter that notes the range of each error and warning it passes on, in `told`. */
function telling(report: Reporter, told: Set<string>): Reporter {
    const note = (extra: ReportExtra | undefined) => {
        if (extra?.range) told.add(rangeKey(extra.range));
    };
    return {
        error: (node, message, extra) => { note(extra); report.error(node, message, extra); },
        warning: (node, message, extra) => { note(extra); report.warning(node, message, extra); },
        info: (node, message, extra) => report.info(node, message, extra),
        hint: (node, message, extra) => report.hint(node, message, extra),
    };
}

function rangeKey({ start, end }: Range): string {
    return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** A right figure written by hand that a reference could put in its place. */
interface Referable {
    readonly figure: { readonly text: string; readonly offset: number };
    readonly range: Range;
    readonly label: string;
    readonly fix: Fix & { readonly range: Range };
}

/** The figures of a text by paragraph (a line of the text, as the report prints it), in the order written. */
function byParagraph(text: string, referable: readonly Referable[]): Referable[][] {
    if (referable.length === 0) return [];
    const sorted = [...referable].sort((a, b) => a.figure.offset - b.figure.offset);
    const paragraphs: Referable[][] = [];
    let lineEnd = -1;
    for (const [index, item] of sorted.entries()) {
        // one figure read as two rows, both right (财政拨款收入、支出总计各为…): one figure, one reference
        if (index > 0 && sorted[index - 1].figure.offset === item.figure.offset) continue;
        if (item.figure.offset > lineEnd) {
            const next = text.indexOf('\n', item.figure.offset);
            lineEnd = next < 0 ? text.length : next;
            paragraphs.push([]);
        }
        paragraphs[paragraphs.length - 1].push(item);
    }
    return paragraphs;
}

/**
 * One hint per paragraph for its right figures written by hand, at the first: one per figure
 * buried the real findings (about a hundred on a long report). Each figure keeps its fix, offered
 * where the cursor is on it, and one fix puts references in place of them all.
 */
function reportReferable(report: Reporter, prose: ProseText, paragraph: readonly Referable[]): void {
    const [first, ...rest] = paragraph;
    const again = '，数字改动时文字随之更新。';
    if (rest.length === 0) {
        report.hint(prose.node, `${first.figure.text} 即「${first.label}」，可改为引用${again}`, { range: first.range, fix: first.fix });
        return;
    }
    const written = paragraph.map(item => item.figure.text).join('、');
    report.hint(prose.node, `这一段有 ${paragraph.length} 个手写的数字与数据中的数字相同（${written}），可改为引用${again}`, {
        range: first.range,
        fix: first.fix,
        alternatives: [{
            title: `全部改为引用（${paragraph.length} 处）`,
            newText: first.fix.newText,
            range: first.range,
            also: rest.map(item => ({ range: item.range, newText: item.fix.newText })),
        }],
        fixesAt: rest.map(item => item.fix),
        related: paragraph.map(item => ({ node: prose.node, range: item.range, message: `${item.figure.text} 即「${item.label}」：${item.fix.title}` })),
    });
}

// text copied from a PDF keeps a space between digits and Chinese: 2023 年度
const YEAR = /\d{4}[ \u3000]*年/;

/** Words giving a reason, after which a sentence tells of causes, not of this year's figures. */
const GIVES_REASON = /原因|由于|因为|系因/;

/** Where the full sentence (up to its 。 or line break) around `offset` starts. */
function fullSentenceStart(text: string, offset: number): number {
    return Math.max(text.lastIndexOf('。', offset - 1), text.lastIndexOf('\n', offset - 1)) + 1;
}

/**
 * A sentence that states this year's figures names this year: “2019年…财政收入【本年收入合计】”
 * in a 2020 report is a slip. Each year written governs its sentence up to the next year or
 * comparison (比、较、与…相比、同比、上年、持平): “2022年“三公”经费财政拨款支出决算为3.46万元，较上年增加
 * 2.4万元” in a 2023 report names 2022 for this year's 3.46. Last year is a slip only where the figure
 * it governs is this year's (2022年为1.06万元，2023年为3.46万元 is right); a year compared with is none
 * (比2019年减少), nor a plan (2024年“三公”经费预算), a carry-over or a year's end (2022年结转、2022年末), a range, a
 * cause. Compared with this year's own (比2023年增加 in a 2023 report), last year was meant.
 */
const proseYearRule: Rule = {
    ...ruleMeta('prose-year'),
    check(model, report) {
        const year = model.meta.year;
        if (year === undefined) return;
        // the claims are the save-time analysis: read only where a year-before governs a figure written by hand
        let claimsByText: Map<ProseText, readonly Claim[]> | undefined;
        let reportComparesWithLastYear: boolean | undefined;
        const claimsOfText = (prose: ProseText) => (claimsByText ??= new Map(claimsOf(model).map(text => [text.prose, text.claims]))).get(prose) ?? [];
        for (const located of locatedProse(model)) {
            // 纳入…2022年度部门决算编制范围 in a 2023 report: the accounts a report covers are its own year's, figures or none
            for (const written of located.prose.text.matchAll(SCOPE_YEAR)) {
                const named = Number(written[1]);
                const at = named !== year && !COMPARING.test(located.prose.text.slice(0, written.index)) ? rangeOf(located, written.index, 4) : undefined;
                if (at) report.warning(located.prose.node, `决算编制范围说的是本报告年度（${year}年度），却写作“${named}年”。`, { range: at, fix: changeTo(String(year)) });
            }
            if (!located.prose.checkLiterals || !located.segments.some(s => s.kind !== 'text')) continue;
            const text = located.prose.text;
            if (!YEAR.test(text)) continue;
            let thisYears: Set<number> | undefined;
            const isThisYears = (segment: ProseSegment) => segment.kind === 'reference'
                ? !segment.path.some(part => LAST_YEAR.test(part)) && model.references.resolve(segment.path).kind === 'found'
                : (thisYears ??= writtenThisYears(model, located, claimsOfText(located.prose))).has(segment.offset);
            for (const sentence of text.matchAll(/[^。；\n]+/g)) {
                const words = sentence[0];
                if (!YEAR.test(words) || SPANS_YEARS.test(words)) continue;
                const end = sentence.index + words.length;
                const figures = located.segments.filter(s => s.kind !== 'text' && s.offset >= sentence.index && s.offset + s.text.length <= end);
                if (figures.length === 0) continue;
                // 截至2019年12月31日 is prose-date's
                for (const written of words.matchAll(/(?<!(?:截至|截止|截止到)[ \u3000]*)(\d{4})[ \u3000]*年(?![ \u3000]*[-—～~至])/g)) {
                    const named = Number(written[1]);
                    const offset = sentence.index + written.index;
                    const after = words.slice(written.index + written[0].length);
                    // 主要原因：一是…；二是2020年下拨了抚恤金74.31万元: a cause may tell of another year
                    if (GIVES_REASON.test(text.slice(fullSentenceStart(text, sentence.index), offset))) continue;
                    const range = () => rangeOf(located, offset, 4);
                    if (COMPARING.test(words.slice(0, written.index))) {
                        // 2022年度预算较2021年度增加 in a 2021 report: next year's budget compared with this year's
                        const at = named === year && COMPARED_CHANGE.test(after) && !ofLaterBudget(year, words.slice(0, written.index)) ? range() : undefined;
                        if (at) report.warning(located.prose.node, `这句话与上年（${year - 1}年）比较，却写作“${named}年”。`, { range: at, fix: changeTo(String(year - 1)) });
                        // 与2022年度相比，…增加65.40万元 in a 2024 report that compares with last year elsewhere, where the change
                        // written is the data's change from 上年: the year last year's report compared with, copied unchanged. A
                        // second comparison beside last year's (比上年…；比2019年（疫情前）…), one stating that year's own figure
                        // (比2022年度的800.00万元增加), or one whose figures the data cannot tell or are not 上年's, is meant
                        const changeAt = after.search(CHANGE_WORD);
                        const copied = named === year - 2 && changeAt >= 0 && !/\d/.test(after.slice(0, changeAt))
                            && !/^[ \u3000]*年?度?[（(]/.test(words.slice(written.index + 4))
                            && !comparesWithLastYear(fullSentence(text, offset), year) && (reportComparesWithLastYear ??= proseComparesWithLastYear(model, year))
                            && changesAgreeWithLastYear(model, claimsOfText(located.prose), offset, end);
                        const agreeing = copied === 'text' ? `与文中所写上年（${year - 1}年）数算出的增减相符` : `与数据中较上年（${year - 1}年）的增减相符`;
                        if (copied) report.warning(located.prose.node, `这句话写的增减${agreeing}，却写作与“${named}年”相比：多半是沿用上年报告时忘了改。`, { range: range(), fix: changeTo(String(year - 1)) });
                        continue;
                    }
                    // 从2023年起压减公用经费 in a 2024 report: the years from then on, this one among them
                    if (named === year || NOT_THE_YEARS_FIGURES.test(after) || (SINCE_BEFORE.test(words.slice(0, written.index)) && SINCE_AFTER.test(after))) continue;
                    // the figures the year governs: up to the next year written or comparison
                    // 由2023年度的96.80万元减少到92.45万元: the year is the starting figure's; the one it comes to is this year's
                    // (to 到/为/至, or sooner at a comparison or another year, as for any year)
                    const stops = [GOVERNANCE_ENDS, ...FROM_BEFORE.test(words.slice(0, written.index)) ? [FROM_YEAR_ENDS] : []]
                        .map(end => after.search(end)).filter(at => at >= 0);
                    const stop = stops.length > 0 ? Math.min(...stops) : -1;
                    const governedEnd = offset + written[0].length + (stop < 0 ? after.length : stop);
                    const governed = figures.filter(s => s.offset > offset && s.offset < governedEnd);
                    // a year to come is the plan's (2024年“三公”经费预算) unless its words say 决算
                    const slip = named === year - 1 ? governed.some(isThisYears)
                        : governed.length > 0 && (named < year || text.slice(offset, governedEnd).includes('决算'));
                    const at = slip ? range() : undefined;
                    if (!at) continue;
                    report.warning(located.prose.node, `这句话陈述的是本年（${year}年）的数字，却写作“${named}年”。`, { range: at, fix: changeTo(String(year)) });
                }
            }
        }
    },
};

/** The year of the accounts a report covers: 2023年度部门决算编制范围, 2016年度决算编制范围. */
const SCOPE_YEAR = /(\d{4})(?=[ \u3000]*年度?的?(?:部门|单位)?决算编制范围)/g;

/** Where a year written stops governing its sentence: the next year written, or a comparison. */
const GOVERNANCE_ENDS = /\d{4}[ \u3000]*年|比|较|与|同比|上年|持平/;
/** 由 or 从 right before a year: the year a change starts from (由2023年度的96.80万元减少到…, 从2023年的…降为…). */
const FROM_BEFORE = /(?:由|从)[ \u3000]*$/;
/** 从, 由 or 自 before a year and 起 or 开始 after it: the years from that one on (从2023年起, 自2022年度开始). */
const SINCE_BEFORE = /(?:由|从|自)[ \u3000]*$/;
const SINCE_AFTER = /^[ \u3000]*度?(?:起|开始)/;
/** Where the figure the change starts from gives way to the one it comes to: 减少到, 降为, 增至. */
const FROM_YEAR_ENDS = /(?:减少|增加|下降|增长|降低|提高|上升|降|升|增|减)?(?:到|为|至)/;

/** Words after which a sentence spans years: 2018年以来. */
const SPANS_YEARS = /以前|以来|至今/;

/** A year compared with: 比2022年, 较2022年度, 与2022年相比, 同2022年; 较疫情前2019年, 比疫情前的2019年 (a time it is named by). */
const COMPARING = /(?:比|较|与|同)[ \u3000]*(?:[^\d，,。；;：:（）]{1,6}前的?[ \u3000]*)?$/;

/** What a comparison with a year says of the change (比2023年增加): not a comparison with its budget. */
const COMPARED_CHANGE = /^度?(?:决算数?)?的?(?:相比|比较)?[，,]?(?:增加|减少|增长|下降|降低|上升|持平|有所|略有|基本|多|少)/;

/** The sentence up to its 。 around an offset, its clauses after ； included. */
function fullSentence(text: string, offset: number): string {
    const end = text.slice(offset).search(/[。\n]/);
    return text.slice(fullSentenceStart(text, offset), end < 0 ? text.length : offset + end);
}

/** Words that state a change. */
const CHANGE_WORD = /增加|减少|增长|下降|降低|上升|持平/;

/** Whether words compare with last year: 上年, 去年, or last year's number after 比、较、与、同. */
function comparesWithLastYear(words: string, year: number): boolean {
    return /上年|去年/.test(words.replace(/上年(?:结转|结余)/g, '')) || new RegExp(`(?:比|较|与|同)[ \u3000]*${year - 1}[ \u3000]*年`).test(words);
}

/**
 * Where the changes and growth rates written between `from` and `to` are the changes from 上年, what last year's figure
 * came from: the data's 上年 ('data'), or, where it holds none, last year's figure the report's own text writes for the
 * subject ('text': 上年决算1,000.00万元). At least one must be told so, and each so told agree; a rate over the year the
 * sentence names (与2022年相比增长25.0% where 上年's growth is 5.3%) is no slip, nor a sentence whose figures nothing tells.
 */
function changesAgreeWithLastYear(model: ReportModel, claims: readonly Claim[], from: number, to: number): 'data' | 'text' | undefined {
    const verdicts = claims.flatMap((claim): { agrees: boolean; by: 'data' | 'text' }[] => {
        if (claim.kind !== 'figure' || !claim.subject || claim.figure.offset < from || claim.figure.offset >= to) return [];
        const role = claim.role;
        if ((role.kind !== 'change' && role.kind !== 'growth') || role.versus || role.fromOpening) return [];
        const targets = distinctTargets(model, claim.subject, role, claim.figure);
        if (targets.length > 0) return [{ agrees: targets.some(target => agrees(claim.figure, target, role)), by: 'data' }];
        if (role.kind === 'change' && role.either) return [];
        const written = role.sign > 0 ? claim.figure.interval : claim.figure.interval.negate();
        const byText = writtenLastYears(model, claim.subject).flatMap(last => {
            // a change in its own unit (上年决算10,000,000.00元, 增加70.40万元); a rate in any, the two years' alike
            const unit = role.kind === 'change' ? claim.figure.unit : last.figure.unit;
            const current = statedCurrent(model, claim.subject!, { kind: 'amount', unit });
            if (!current) return [];
            const lastYear = inMoneyUnit(last.figure, unit).interval;
            const computed = role.kind === 'change' ? current.interval.sub(lastYear) : rateOverWritten(model, last, current, '上年')?.rate;
            if (!computed) return [];
            // a figure coarser than the one it is to give agrees with about any (上年决算1.0亿元 with 增加504.00万元 or 增长5.04%):
            // it tells nothing, for a change where its step is coarser than the change's, for a rate where the rate it gives
            // spans more than the written rate's step
            const width = (interval: Interval) => interval.hi.minus(interval.lo);
            const coarse = width(role.kind === 'change' ? lastYear : computed).gt(width(claim.figure.interval));
            return coarse ? [] : [computed.meets(written)];
        });
        return byText.length === 0 ? [] : [{ agrees: byText.some(Boolean), by: 'text' }];
    });
    if (verdicts.length === 0 || !verdicts.every(v => v.agrees)) return undefined;
    return verdicts.some(v => v.by === 'text') ? 'text' : 'data';
}

/** The last-year amounts the report's texts write for a subject (上年…决算1,000.00万元), the data holding none. */
function writtenLastYears(model: ReportModel, subject: Subject): FigureClaim[] {
    return claimsOf(model).flatMap(text => text.claims).filter((c): c is FigureClaim => c.kind === 'figure' && c.role.kind === 'last'
        && !c.notData && c.figure.kind === 'amount' && c.subject !== undefined && sameSubject(c.subject, subject));
}

/** Whether the report's prose compares some figure with last year: its comparisons are year on year. */
function proseComparesWithLastYear(model: ReportModel, year: number): boolean {
    return locatedProse(model).some(located => comparesWithLastYear(located.prose.text, year));
}

/** A year's plan, carry-over or end: 2024年预算, 2022年结转, 2022年末. */
const NOT_THE_YEARS_FIGURES = /^[ \u3000]*度?(?:部门)?(?:预算|计划|工作计划|拟|将|结转|结余|末|底|\d{1,2}[ \u3000]*月)/;

/**
 * The offsets of the figures a text writes by hand that are this year's: restating one of the
 * data's by their words, or by their value where the data states it for this year and not for last.
 */
function writtenThisYears(model: ReportModel, located: Located, claims: readonly Claim[]): Set<number> {
    const offsets = new Set<number>();
    // 2023年度…总计7,312.57万元，比上年增加… read as last year's figure and its change: prose-figure weighs the year there
    const changedFrom = new Set(claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.role.kind === 'last'
        && claims.some(d => d.kind === 'figure' && d.role.kind === 'change' && d.figure.offset > c.figure.offset && inSentence(located.prose, c, d)))
        .map(c => c.figure.offset));
    for (const segment of located.segments) {
        if (segment.kind === 'literal' && segment.unit !== '%' && !segment.value.isZero() && !changedFrom.has(segment.offset)
            && statedThisYearOnly(model, segment.value, segment.decimals, segment.unit)) offsets.add(segment.offset);
    }
    for (const claim of claims) {
        if (claim.kind !== 'figure' || claim.notData || !claim.subject || claim.role.kind === 'last') continue;
        const { figure, role } = claim;
        // a 0, or a figure the same in both years (因公出国（境）费0万元 in a list of last year's), tells no year
        if (figure.value.isZero() || (role.kind === 'value' && restatesLastYear(model, claim.subject, figure))) continue;
        const restates = distinctTargets(model, claim.subject, role, figure).some(target => target.stated && agrees(figure, target, role));
        if (restates) offsets.add(figure.offset);
    }
    return offsets;
}

/** Whether a figure written for a subject is also the subject's last-year figure. */
function restatesLastYear(model: ReportModel, subject: Subject, figure: WrittenFigure): boolean {
    const role: Role = { kind: 'last' };
    return distinctTargets(model, subject, role, figure).some(target => agrees(figure, target, role));
}

const LAST_YEAR = /上年|去年/;

/**
 * Whether an amount written in prose is one the tables state this year and not last: by its value in the report's
 * unit, or, written in another (757.40万元 in a report in 元, 5,862.89元 in one in 万元), by the figures whose rounding
 * its own meets.
 */
function statedThisYearOnly(model: ReportModel, value: Decimal, decimals: number, unit: string): boolean {
    const stated = statedAmounts(model);
    const scale = writtenMoneyScale(unit, model.meta.unit);
    if (!scale) {
        const key = value.toString();
        return stated.thisYear.has(key) && !stated.lastYear.has(key);
    }
    const interval = Interval.rounded(value, decimals).scale(scale);
    const held = (values: ReadonlySet<string>) => [...values].some(v => Interval.rounded(new Decimal(v), REPORT_DECIMALS).meets(interval));
    return held(stated.thisYear) && !held(stated.lastYear);
}

const statedByModel = new WeakMap<ReportModel, { thisYear: Set<string>; lastYear: Set<string> }>();

/** The amounts the tables state, this year's (a row's columns) and last year's (上年 columns and attributes). */
function statedAmounts(model: ReportModel): { thisYear: Set<string>; lastYear: Set<string> } {
    let stated = statedByModel.get(model);
    if (!stated) {
        stated = { thisYear: new Set(), lastYear: new Set() };
        const add = (figures: Iterable<[string, Figure]>, lastYear: boolean) => {
            for (const [column, figure] of figures) {
                if (figure.stated && figure.kind === 'amount') (lastYear || LAST_YEAR.test(column) ? stated!.lastYear : stated!.thisYear).add(figure.value.toString());
            }
        };
        for (const row of model.rows) {
            add(row.cells, false);
            for (const [key, columns] of row.attributes) if (LAST_YEAR.test(key)) add(columns, true);
        }
        statedByModel.set(model, stated);
    }
    return stated;
}

export const proseRules: readonly Rule[] = [referenceRule, proseFigureRule, proseYearRule];

/** A reading in short for a message naming several: the stated figure, or the computation and its value (500.00 ÷ 800.00 = 62.50%). */
function readingShown(model: ReportModel, target: Target, figure: WrittenFigure): string {
    if (target.stated || !target.computation) return shown(target, figure, model.groupsDigits);
    return `（${workingText(target.computation, `${atWrittenPrecision(target.value, figure, model.groupsDigits)}${unitOf(figure)}`)}）`;
}

/**
 * A computed value at the precision the text wrote its figure (11.50 beside -10.50, 4.8% beside 4.2%; an amount
 * with at least the two decimals the tables keep: 0.1万元 beside -9.69), or with four decimals where that
 * precision would print the text's own figure and hide the difference.
 */
function atWrittenPrecision(value: Decimal, figure: WrittenFigure, grouped: boolean): string {
    const written = figure.kind === 'amount' ? Math.max(figure.decimals, 2) : figure.decimals;
    // places enough to show a value that rounds to nothing at them (减少 0.004亿元, not 0.00亿元)
    const decimals = value.isZero() || !value.toDecimalPlaces(written, Decimal.ROUND_HALF_UP).isZero() ? written : Math.max(written, -Math.floor(value.abs().log(10).toNumber()));
    const text = fixedText(value, decimals, grouped);
    return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).equals(figure.value) ? formatDecimal(value, 4, grouped) : text;
}
