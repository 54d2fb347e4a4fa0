// Shared by the generation tests: the seed (the published 2020 report), its .juesuan source,
// and the report built from it.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderReportHtml, type RenderOptions } from '../../src/generation/report-html.js';
import { parseReport } from '../../src/generation/report-source.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXAMPLE = path.join(ROOT, 'examples', 'leshan-2020.juesuan');
export const EXAMPLE_TEXT = readFileSync(EXAMPLE, 'utf8');

/** The published report the example transcribes (shared by the team); a copy in the repo is not kept. */
const SEED_CANDIDATES = [
    process.env.JUESUAN_SEED,
    path.join(ROOT, '..', 'shared', 'seeds', '000_f799a21a4929daf1.txt'),
    '/work/shared/seeds/000_f799a21a4929daf1.txt',
].filter((p): p is string => typeof p === 'string');

export const SEED_PATH = SEED_CANDIDATES.find(p => existsSync(p));
export const SEED_TEXT = SEED_PATH ? readFileSync(SEED_PATH, 'utf8') : undefined;
/** Why the seed is not there, for the tests that compare with it. */
export const SEED_MISSING = SEED_PATH ? undefined
    : `the published seed report is not found (../shared/seeds/000_f799a21a4929daf1.txt, or set JUESUAN_SEED)`;

export function buildHtml(text = EXAMPLE_TEXT, options: RenderOptions = {}): string {
    return renderReportHtml(parseReport(text).model, options);
}

/** The text a reader sees: tags gone, entities decoded, charts left out unless asked for. */
export function visibleText(html: string, options: { charts?: boolean } = {}): string {
    let body = html.replace(/<head>[\s\S]*?<\/head>/, '');
    if (!options.charts) body = body.replace(/<svg[\s\S]*?<\/svg>/g, '');
    return body
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Units after which a number in the seed is a figure the report must state. */
const UNITS = ['万元', '台（套）', '人次', '批次', '元', '%', '次', '辆', '人', '户', '个', '名', '条', '件', '期', '亩', '项', '篇'];
const FIGURE = new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)(${UNITS.map(u => u.replace(/[()]/g, '\\$&')).join('|')})`, 'gu');

/** Every figure the seed states, as written (3569.58万元, 22.54%, 27批次), in order of first appearance. */
export function seedFigures(text: string): string[] {
    const seen = new Set<string>();
    for (const match of text.matchAll(FIGURE)) seen.add(match[1] + match[2]);
    return [...seen];
}

/** A national-template town report's header and a small 收入支出决算总表 that leaves rows out, for tests of how tables print. */
export const TOWN_HEAD = `模板 「全国」
部门 「石门县东岭镇人民政府」
年度 2024
单位 万元
`;
export const SMALL_TOTAL_TABLE = `公开01表 收入支出决算总表 {
  收入 {
    一、一般公共预算财政拨款收入 100.00
    本年收入合计 100.00
    年初结转和结余 -
    总计 100.00
  }
  支出 {
    一、一般公共服务支出 60.00
    三、国防支出 40.00
    本年支出合计 100.00
    年末结转和结余 -
    总计 100.00
  }
}
`;
