// A project's self-evaluation score written in a text (水旱灾害防御经费项目自评得分96分) against the 得分 of the 总分 line
// of the project's own form, where the report prints one: the text restates it, within the rounding of each.
import { Decimal } from 'decimal.js';
import { AstUtils } from 'langium';
import type { Project } from '../../language/generated/ast.js';
import { isProject } from '../../language/generated/ast.js';
import { fieldNumber, formField } from '../../model/indicators.js';
import { Interval } from '../../model/interval.js';
import { normalizeName, sentenceStart } from '../../model/prose-text.js';
import type { ReportModel } from '../../model/report-model.js';
import type { Reporter } from '../rule.js';
import { rangeIn } from './prose-judge.js';

/**
 * A self-evaluation score said in a text: 自评得分96分, 绩效自评总分为93.5分. 评价得分, 综合得分 are as often a
 * review's or the finance bureau's evaluation (经主管部门复核，评价得分95分) as the form's: not read.
 */
const SCORE = /自评(?:总?得分|总分)(?:为|是|达到?|[：:])?\s*(\d+(?:\.\d+)?)\s*分/g;
/**
 * Words in the sentence (the project's name aside) that make the score another's: the department's as a whole, another
 * evaluation's (部门评价, 财政重点评价, 第三方, a review by 主管部门), a group of indicators', an average, last year's.
 */
const NOT_THE_PROJECT = /整体|部门评价|重点评价|财政|第三方|复核|主管部门|产出|效益|满意度|指标|平均|均分|上年|去年|上一年/;
/** A year the sentence names (2023年度): the score is that year's. */
const YEAR = /(?:19|20)\d{2}(?=年)/g;

/**
 * Scores a text writes of one project, each against the 得分 of its form's 总分 line: in a text inside the project's
 * block, or in a sentence that names the project (and no other project) after any earlier score and before this one. A score off beyond the
 * rounding of both (96 for 97.5) is a warning: the text or the form is wrong, which one the words cannot tell.
 */
export function proseScores(model: ReportModel, report: Reporter): void {
    const scored = model.projects.flatMap(project => {
        const total = project.scores.find(s => s.label === '总分');
        const score = total && formField(total, '得分');
        const value = fieldNumber(score);
        return value !== undefined && score?.value !== undefined ? [{ project, value, written: score.value }] : [];
    });
    if (scored.length === 0) return;
    for (const prose of model.nodes.prose) {
        const text = prose.text;
        const within = AstUtils.getContainerOfType(prose.node, isProject);
        // a sentence listing several projects' scores (A项目自评得分99分，B项目自评得分96分): a name before an earlier
        // score is that score's, so a score's project is named in the words since the one before it; what the sentence
        // says of them all (上年度A项目…，B项目…) stands before the first
        let previousEnd = 0;
        for (const m of text.matchAll(SCORE)) {
            const start = sentenceStart(text, m.index);
            const sentence = normalizeName(text.slice(start, m.index));
            const since = normalizeName(text.slice(Math.max(start, previousEnd), m.index));
            previousEnd = m.index + m[0].length;
            const named = scored.filter(s => since.includes(nameOf(s.project)));
            const anyNamed = scored.filter(s => sentence.includes(nameOf(s.project)));
            if (NOT_THE_PROJECT.test(anyNamed.reduce((rest, s) => rest.replaceAll(nameOf(s.project), ''), sentence))) continue;
            // 2023年度自评得分90分 in a report of 2024: another year's score (the last year named before it tells)
            const year = [...sentence.matchAll(YEAR)].at(-1)?.[0];
            if (year !== undefined && Number(year) !== model.meta.year) continue;
            const own = named.length === 1 ? named[0] : named.length === 0 && within ? scored.find(s => s.project === within) : undefined;
            if (!own) continue;
            const said = new Decimal(m[1]);
            if (Interval.rounded(said, decimalsOf(m[1])).meets(Interval.rounded(own.value, decimalsOf(own.written)))) continue;
            const at = m.index + m[0].lastIndexOf(m[1]);
            const range = rangeIn(prose, at, m[0].length - (at - m.index));
            if (range) report.warning(prose.node, `文字写的得分 ${m[1]}分 与项目“${own.project.name}”绩效自评表总分的得分 ${own.written} 不符：请核对文字或自评表。`, { range });
        }
    }
}

/** A project's name as a normalized text writes it; none (matching nothing) for a name too short to tell. */
function nameOf(project: Project): string {
    const name = normalizeName(project.name ?? '');
    return name.length >= 2 ? name : '\u0000';
}

function decimalsOf(written: string): number {
    return written.split('.')[1]?.length ?? 0;
}
