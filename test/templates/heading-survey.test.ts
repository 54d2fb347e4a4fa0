// Real reports of many provinces, as their tables of contents print them (heading-survey.md): each is
// written as a user would write it — its part headings as 部分 「…」, its section headings as the keys
// of its texts, its tables under their printed numbers and titles — and must parse, give each heading
// the section it is about and each table the template table it is (or keep it as the department's own),
// draw no template finding its layout does not deserve, and build in its own order and words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import { isTable, type Report } from '../../src/language/generated/ast.js';
import { buildReportModel } from '../../src/model/report-model.js';
import { renderReportHtml } from '../../src/generation/report-html.js';
import { headingTopic } from '../../src/templates/shared/layout.js';
import { visibleText } from '../generation/helpers.js';

interface Heading { readonly printed: string; readonly expected: readonly string[]; readonly written?: string }
interface SurveyPart { readonly title: string; readonly sections: Heading[]; readonly tables: Heading[] }
interface SurveyReport {
    readonly name: string;
    readonly province: string;
    readonly year: number;
    readonly unit: boolean;
    readonly template: string;
    readonly parts: SurveyPart[];
    /** The template findings (errors, warnings) the report's layout as surveyed deserves, by words of their messages. */
    readonly deserved: string[];
}

/** The reports of heading-survey.md, in its notation. */
function readSurvey(): SurveyReport[] {
    const text = readFileSync(join(import.meta.dirname, 'heading-survey.md'), 'utf8');
    return text.split(/^## /m).slice(1).map(block => {
        const lines = block.split('\n').map(line => line.trim());
        const field = (key: string) => new RegExp(`${key}：([^；\n]*)`).exec(block)?.[1].trim() ?? '';
        const parts: SurveyPart[] = [];
        const heading = (line: string): Heading => {
            const [, printed, expected, written] = /^\S+：(.*?)\s*=([\w/-]+)(?:\s+写作\s+(.+))?$/.exec(line) ?? [];
            return { printed, expected: expected.split('/'), written };
        };
        for (const line of lines) {
            if (line.startsWith('部分：')) parts.push({ title: line.slice(3), sections: [], tables: [] });
            else if (line.startsWith('节：')) parts.at(-1)!.sections.push(heading(line));
            else if (line.startsWith('表：')) parts.at(-1)!.tables.push(heading(line));
        }
        return {
            name: lines[0], province: field('省份'), year: Number(field('年度')),
            unit: field('类别') === '单位决算', template: field('模板'), parts,
            deserved: lines.filter(line => /^(?:应有|待修)：/.test(line)).map(line => line.slice(3)),
        };
    });
}

/** What a name may not hold (digits: a year), what a user leaves out of it: spaces, a closing 。, 《》. */
function asName(printed: string): string {
    return printed.normalize('NFKC').replace(/\d{4}\s*年度?/g, '').replace(/[\s《》。.]/g, '')
        .replace(/\(/g, '（').replace(/\)/g, '）');
}

/** A printed ordinal or table label before a heading (一、 （一） 表一： 表 1:), kept apart from its words. */
const LEADER = /^\s*(?:(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*)?(?:(?:附表|表)\s*(?:\d+|[一二三四五六七八九十]+)\s*[:：、]?|公开\s*\d+\s*表)?\s*/;

function splitLeader(printed: string): { leader: string; words: string } {
    const leader = LEADER.exec(printed)![0];
    return { leader: leader.replace(/\s+/g, ''), words: printed.slice(leader.length) };
}

/** The words of a part heading after its 第N部分 (or 部分, its 第N lost in print) or ordinal. */
function partWords(title: string): string {
    return title.replace(/^\s*(?:第\s*[一二三四五六七八九十\d]+\s*部分|部分(?=[\s:：])|[一二三四五六七八九十]+、)\s*[:：]?\s*/, '').replace(/\s+/g, '');
}

type Kind = 'overview' | 'explanation' | 'tables' | 'glossary' | 'attachments';

/** The kind of a part, as a user reads its heading (the test's own reading, not the tool's). */
function kindOf(part: SurveyPart): Kind {
    const words = partWords(part.title);
    if (part.tables.length > 0 || /决算表|报表|公开表|附表/.test(words)) return 'tables';
    if (/名词解释/.test(words)) return 'glossary';
    if (/^附件$/.test(words)) return 'attachments';
    if (/概况|概括|基本情况/.test(words) && part.sections.every(s => /职|机构|单位|人员|情况|工作/.test(s.printed))) return 'overview';
    return 'explanation';
}

/** The skeleton a user writes for the report: every part, section and table as printed, figures left out. */
function skeleton(report: SurveyReport): string {
    const out = [`模板 「${report.template}」`, `部门 「${report.name.replace(/\s*\d{4}.*$/, '')}」`, `年度 ${report.year}`, '单位 万元'];
    for (const part of report.parts) out.push(`部分 「${part.title}」`);
    const texts = (kind: Kind) => report.parts.filter(p => kindOf(p) === kind).flatMap(p => p.sections)
        .map(s => `  ${asName(splitLeader(s.printed).words)} 「本节正文。」`);
    // a 概况 the contents list without its sections (铁岭) is written all the same, its text under the duties' heading
    const overview = texts('overview');
    const listed = report.parts.some(p => kindOf(p) === 'overview');
    if (overview.length > 0 || listed) out.push(`${report.unit ? '单位概况' : '部门概况'} {`, ...(overview.length > 0 ? overview : ['  主要职责 「本部分正文。」']), '}');
    const explanation = texts('explanation');
    if (explanation.length > 0) out.push('情况说明 {', ...explanation, '}');
    if (report.parts.some(p => kindOf(p) === 'glossary')) out.push('名词解释 {', '  财政拨款收入：「指本级财政当年拨付的资金。」', '}');
    if (report.parts.some(p => kindOf(p) === 'attachments')) out.push('附件 「附件1」 「附件正文。」');
    for (const table of report.parts.flatMap(p => p.tables)) {
        const { leader, words } = splitLeader(table.written ?? table.printed);
        out.push(`${leader.replace(/[:：]$/, '')} ${asName(words)} {`, '  无数据', '}');
    }
    return out.join('\n') + '\n';
}

const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);
const ALL_CHECKS = { validation: { categories: ['built-in', 'fast', 'slow'] as ('built-in' | 'fast' | 'slow')[] } };
/** Findings about the template's layout: none is deserved by a report printed as its province prints it. */
const TEMPLATE_RULES = ['table-shape', 'completeness', 'template'];

/** The first needle not found after the one before it. */
function missingInOrder(haystack: string, needles: readonly string[]): string | undefined {
    let from = 0;
    for (const needle of needles) {
        const at = haystack.indexOf(needle, from);
        if (at < 0) return needle;
        from = at + needle.length;
    }
    return undefined;
}

const SURVEY = readSurvey();

describe('the heading survey', () => {
    it('covers at least 30 reports of at least 15 provinces', () => {
        expect(SURVEY.length).toBeGreaterThanOrEqual(30);
        expect(new Set(SURVEY.map(r => r.province)).size).toBeGreaterThanOrEqual(15);
    });
});

describe('each surveyed report, written as printed', () => {
    for (const report of SURVEY) {
        describe(`${report.name}（${report.province}）`, () => {
            const text = skeleton(report);
            const checked = parse(text, ALL_CHECKS);
            const modelOf = async () => buildReportModel((await checked).parseResult.value);
            const html = () => renderReportHtml(buildReportModel(parseWithoutChecks(text)));
            const lines = (list: readonly string[]) => list.join('\n');

            it('parses without a syntax error', async () => {
                const { lexerErrors, parserErrors } = (await checked).parseResult;
                expect(lines([...lexerErrors, ...parserErrors].map(e => e.message)), text).toBe('');
            });

            it('gives each heading the section it is about', async () => {
                const model = await modelOf();
                for (const kind of ['overview', 'explanation'] as const) {
                    const sections = report.parts.filter(p => kindOf(p) === kind).flatMap(p => p.sections);
                    const topics = sections.map(s => headingTopic(model.template, kind, asName(splitLeader(s.printed).words)) ?? 'other');
                    expect(sections.filter((s, i) => !s.expected.includes(topics[i])).map(s => `${s.printed} → ${topics[sections.indexOf(s)]}，应为 ${s.expected.join('/')}`)).toEqual([]);
                }
            });

            it('knows each table as the template table it is, or as the department\'s own', async () => {
                const document = await checked;
                const model = buildReportModel(document.parseResult.value);
                const nodes = document.parseResult.value.parts.filter(isTable);
                const expected = report.parts.flatMap(p => p.tables);
                const roles = nodes.map(node => [...model.tables.values()].find(t => t.node === node)?.template?.role ?? 'own');
                expect(roles.length).toBe(expected.length);
                expect(expected.filter((t, i) => !t.expected.includes(roles[i])).map(t => `${t.printed} → ${roles[expected.indexOf(t)]}，应为 ${t.expected.join('/')}`)).toEqual([]);
            });

            it('draws no finding about the template that its layout does not deserve', async () => {
                const findings = ((await checked).diagnostics ?? [])
                    .filter((d: Diagnostic) => TEMPLATE_RULES.includes(String(d.code)) && (d.severity ?? 1) <= 2)
                    .map(d => `[${d.code}] ${d.message}`);
                const undeserved = findings.filter(f => !report.deserved.some(words => f.includes(words)));
                const missing = report.deserved.filter(words => !findings.some(f => f.includes(words)));
                expect({ undeserved, missing }).toEqual({ undeserved: [], missing: [] });
            });

            it('prints its parts in its own order and words', () => {
                const partHeadings = [...html().matchAll(/<h1 id="part-\d+-title"[^>]*>([^<]*)<\/h1>/g)].map(m => partWords(visibleText(m[1])));
                // the template's parts the report lists none for are printed too, each in its template place
                expect(missingInOrder(lines(partHeadings), report.parts.map(p => partWords(p.title))), lines(partHeadings)).toBeUndefined();
            });

            it('prints its section headings in its own order and words', () => {
                const built = html();
                const sections = report.parts.filter(p => kindOf(p) === 'overview' || kindOf(p) === 'explanation').flatMap(p => p.sections);
                const headings = [...built.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map(m => visibleText(m[1]));
                expect(missingInOrder(lines(headings), sections.map(s => asName(splitLeader(s.printed).words))), lines(headings)).toBeUndefined();
            });

            it('lists its tables in its own order and words', () => {
                const contents = [...html().matchAll(/<li class="toc-2">(?:<a[^>]*>)?([^<]*)/g)].map(m => visibleText(m[1]));
                const tables = report.parts.flatMap(p => p.tables).map(t => asName(splitLeader(t.written ?? t.printed).words));
                expect(missingInOrder(lines(contents), tables), lines(contents)).toBeUndefined();
            });
        });
    }
});

let plainServices: ReturnType<typeof createJuesuanServices> | undefined;
function parseWithoutChecks(text: string): Report {
    plainServices ??= createJuesuanServices(EmptyFileSystem);
    return plainServices.Juesuan.parser.LangiumParser.parse<Report>(text).value;
}
