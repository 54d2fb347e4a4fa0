// Text that is not finished or names the wrong time: placeholders (XX局, ××, ＊＊, 【待填】), the
// skeleton texts of 决算：新建报告 left as they were, 截至 dates and headings naming another year,
// a 公开时间 before the year's end. Cheap scans of the texts: they run on every keystroke.
import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { MetaField, Row, TextField } from '../../language/generated/ast.js';
import { isAttachment, isExplanation, isMetaField, isOverview } from '../../language/generated/ast.js';
import { PROJECT_SNIPPET, reportSnippet } from '../../lsp/skeleton.js';
import { forEachNode } from '../../model/nodes.js';
import type { ProseText } from '../../model/prose.js';
import { headingsOf } from '../../model/prose-text.js';
import type { ReportModel } from '../../model/report-model.js';
import { TEMPLATES } from '../../templates/index.js';
import type { Reporter, Rule } from '../rule.js';
import { changeTo } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';
import { rangeIn } from './prose-judge.js';

/** Marks people leave where a word or figure is still to come. */
const PLACEHOLDER = /(?<![A-Za-z])(?:[XＸ]{2,}|[xｘ]{2,}|×{2,}|[*＊]{2,}|○{2,}|□{2,}|△{2,})(?![A-Za-z])|【(?:待填|待补|待定|请填写|填写|此处)[^】]*】|[（(](?:待填|待补充?|待定)[）)]/g;

const ANY_PLACEHOLDER = new RegExp(PLACEHOLDER.source);

/**
 * A template's note to whoever fills it in, left in the published text: a sentence or bracket
 * addressed to the unit that ends in 填写 (上海's 机构设置 printed “由单位根据三定方案等相关规定中
 * 有关内部机构设置填写。” above the unit's own sentence). A report's own words about filling in
 * forms (据实填列，与决算报表一致; （根据决算报表填列） as a source) neither start so nor end there.
 */
const FILL_IN_NOTE = /(?<=^|[。；！？\n][ \u3000]*)(?:由(?:本|各)?(?:单位|部门)|请)[^。；！？\n]{0,60}?(?:填写|填列)(?:[。；！？]|(?=\n|$))|[（(](?:由(?:本|各)?(?:单位|部门)|请)[^（(）)\n]{0,40}?(?:填写|填列)[）)]/g;

/** Whether a piece of text holds a placeholder. */
export function isPlaceholder(text: string): boolean {
    return ANY_PLACEHOLDER.test(text);
}

/**
 * The texts the skeleton of a new report writes for the user to replace: its defaults that are
 * labels (部门名称, 主要职能, 年度绩效目标 …) or elisions (通过项目实施，……), not those that may
 * stand as written (按月支付).
 */
const SKELETON_TEXTS: ReadonlySet<string> = new Set(
    [...`${TEMPLATES.map(template => reportSnippet(template)).join('\n')}\n${PROJECT_SNIPPET}`.matchAll(/「\$\{\d+:([^}]*)\}」/g)]
        .map(m => m[1])
        .filter(text => /(?:名称|全称|职能|职责|工作|情况|设置|构成|目标|指标|单位)$|……/.test(text)),
);

/** A piece of text the rule looks at: a text of the report, or a name written as text. */
interface Written {
    readonly text: string;
    readonly node: AstNode;
    readonly property: string;
    readonly prose?: ProseText;
}

function writtenTexts(model: ReportModel): Written[] {
    const found: Written[] = model.nodes.prose.map(prose => ({ text: prose.text, node: prose.node, property: prose.property, prose }));
    for (const field of model.report.parts.filter(isMetaField)) {
        if (['部门', '全称', '简称'].includes(field.key) && field.value) found.push({ text: field.value, node: field, property: 'value' });
    }
    for (const project of model.projects) if (project.name) found.push({ text: project.name, node: project, property: 'name' });
    for (const attachment of model.report.parts.filter(isAttachment)) {
        if (attachment.title) found.push({ text: attachment.title, node: attachment, property: 'title' });
    }
    for (const { indicator } of model.nodes.indicators) {
        if (indicator.name) found.push({ text: indicator.name, node: indicator, property: 'name' });
    }
    return found;
}

function reportAt(reporter: Reporter, written: Written, offset: number, length: number, message: string, fix?: { title: string; newText: string }): void {
    const range = written.prose ? rangeIn(written.prose, offset, length) : undefined;
    if (written.prose && !range) return;
    reporter.warning(written.node, message, range ? { range, fix } : { property: written.property });
}

const prosePlaceholderRule: Rule = {
    ...ruleMeta('prose-placeholder'),
    check(model, reporter) {
        for (const written of writtenTexts(model)) {
            const text = written.text.trim();
            if (SKELETON_TEXTS.has(text)) {
                reportAt(reporter, written, written.text.indexOf(text), text.length, `这里还是新建报告时的模板文字“${text}”：请写上实际的内容。`);
                continue;
            }
            if (/填[写列]/.test(written.text)) {
                for (const match of written.text.matchAll(FILL_IN_NOTE)) {
                    reportAt(reporter, written, match.index, match[0].length, `“${match[0]}”是模板给填表人的说明：发布前请删去，写上实际的内容。`);
                }
            }
            if (!/[XＸxｘ×*＊○□△【（(]/.test(written.text)) continue;
            for (const match of written.text.matchAll(PLACEHOLDER)) {
                reportAt(reporter, written, match.index, match[0].length, `“${match[0]}”是占位的文字：发布前请填写实际的内容。`);
            }
        }
    },
};

// text copied from a PDF keeps spaces between digits and Chinese: 截至 2024 年 12 月 31 日
const YEAR_END = /(截至[ \u3000]*|截止到?[ \u3000]*|截至到[ \u3000]*)(\d{4})[ \u3000]*年[ \u3000]*(?:12[ \u3000]*月[ \u3000]*31[ \u3000]*日|12[ \u3000]*月底|底|末|年底|年末)/g;
const HEADING_YEAR = /(?<![\d\-—至到])(\d{4})年(?!度?相比|以来|至|到|[-—]\d)/g;

/**
 * Years and dates agree with the report's year: 截至YYYY年12月31日 (the state at the year's end)
 * names the report's year; a heading names the report's year (or the next, for plans); the
 * report is published after its year has ended.
 */
const proseDateRule: Rule = {
    ...ruleMeta('prose-date'),
    check(model, reporter) {
        const year = model.meta.year;
        if (year === undefined) return;
        for (const written of writtenTexts(model)) {
            if (!written.text.includes('年')) continue;
            for (const match of written.text.matchAll(YEAR_END)) {
                if (Number(match[2]) === year) continue;
                const offset = match.index + match[1].length;
                reportAt(reporter, written, offset, 4, `“${match[0]}”：本报告是 ${year} 年度的决算，年末的状况应写“截至${year}年”。`, changeTo(String(year)));
            }
            const headings = written.prose ? headingsOf(written.text)
                : written.node.$type === 'Attachment' ? [{ start: 0, end: written.text.length, title: written.text, numbered: false }] : [];
            for (const heading of headings) {
                // 1、2023年完成了… is as often an item of a list as a heading
                if (heading.numbered) continue;
                const line = written.text.slice(heading.start, heading.end);
                for (const named of otherYears(line, year)) {
                    reportAt(reporter, written, heading.start + named.index, 4, `标题“${line.trim()}”写的是 ${named.year} 年，本报告是 ${year} 年度的决算。`, changeTo(String(year)));
                }
            }
        }
        // the headings of sections and parts as printed (十三、关于2020年度预算绩效情况的说明 in a 2022 report: copied from an old one)
        for (const { node, property } of printedHeadings(model)) {
            const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
            if (!cst || cst.range.start.line !== cst.range.end.line) continue;
            for (const named of otherYears(cst.text, year)) {
                const start = { line: cst.range.start.line, character: cst.range.start.character + named.index };
                const range: Range = { start, end: { line: start.line, character: start.character + 4 } };
                reporter.warning(node, `标题“${cst.text.replace(/^「|」$/g, '')}”写的是 ${named.year} 年，本报告是 ${year} 年度的决算。`, { range, fix: changeTo(String(year)) });
            }
        }
        const published = model.report.parts.filter(isMetaField).find(f => f.key === '公开时间');
        checkPublished(published, year, reporter);
    },
};

/**
 * The years a heading names that are not the report's: a comparison (比上年、与2021年度对比), a span
 * (2018年以来) or next year's plans (2021年工作计划 in a 2020 report) name other years rightly.
 */
function otherYears(heading: string, year: number): { year: number; index: number }[] {
    if (/比|较|以来|至今|对比/.test(heading)) return [];
    return [...heading.matchAll(HEADING_YEAR)].map(m => ({ year: Number(m[1]), index: m.index }))
        .filter(named => named.year !== year && named.year !== year + 1);
}

/**
 * The headings a report prints with the words it wrote: its sections' keys and heading rows in 部门概况
 * and 情况说明, and its 部分 and 封面 lines (a table's title is matched to the template's, not read here).
 */
function printedHeadings(model: ReportModel): { node: AstNode; property: string }[] {
    const found: { node: AstNode; property: string }[] = [];
    // the whole report's walk, whose node list other keystroke checks make too, not each part walked again; by `$type`,
    // which the generated isRow & co. look up in the reflection for every node
    forEachNode(model.report, node => {
        if (node.$type === 'MetaField') {
            const field = node as MetaField;
            if ((field.key === '部分' || field.key === '封面') && field.value) found.push({ node, property: 'value' });
        } else if (node.$type === 'TextField') {
            if (/\d{4}/.test((node as TextField).key) && inHeadedPart(node)) found.push({ node, property: 'key' });
        // a row's name holds digits only where it is a heading with its year (二、关于2023年度决算情况说明 { … })
        } else if (node.$type === 'Row' && /\d{4}/.test((node as Row).name ?? '') && inHeadedPart(node)) {
            found.push({ node, property: 'name' });
        }
    });
    return found;
}

/** Whether a node stands in a part whose headings are printed as written: 部门概况 or 情况说明, not a table. */
function inHeadedPart(node: AstNode): boolean {
    let part = node;
    while (part.$container?.$container) part = part.$container;
    return isExplanation(part) || isOverview(part);
}

/** 公开时间 after 31 December of the report's year: the accounts of a year are closed after it ends. */
function checkPublished(field: MetaField | undefined, year: number, reporter: Reporter): void {
    const date = field?.value ? /(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})/.exec(field.value) : undefined;
    if (!field || !date) return;
    if (Number(date[1]) <= year) {
        reporter.error(field, `公开时间 ${field.value} 在 ${year} 年度结束之前：部门决算在年度结束后编制和公开，应为 ${year + 1} 年或以后。`, { property: 'value' });
    }
}

export const proseUnfinishedRules: readonly Rule[] = [prosePlaceholderRule, proseDateRule];
