// Generated benchmark inputs, seeded and repeatable: reports of k× the seed example's size and
// workspaces of many reports. A report grows as a real one does: more project performance
// tables (项目, with their indicators and figures) and more attachments (附件, prose with
// 【figure references】). Copies are renamed and their figures drawn from a seeded PRNG, with the
// relations between them kept (执行数 ÷ 预算数 = 完成预算), so that a scaled report has no error
// the seed has not.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mulberry32 } from '../../src/fuzz/prng.js';


export const BENCH_SEED = 0x6a756573; // 'jues'

interface SeedParts {
    text: string;
    /** Each project block (`    项目 「…」 { … }` with its closing line), in order. */
    projects: string[];
    /** Offset just after the last project's closing line: new projects go here. */
    projectsEnd: number;
    /** The attachment (`附件 「title」 「body」`) and the offset just after it. */
    attachment: { title: string; body: string; end: number };
}

function splitSeed(text: string): SeedParts {
    const projects: string[] = [];
    const open = /^( *)项目 「[^」]*」 \{\n/gm;
    let projectsEnd = -1;
    for (let m = open.exec(text); m; m = open.exec(text)) {
        const closing = `\n${m[1]}}\n`;
        const end = text.indexOf(closing, m.index) + closing.length;
        projects.push(text.slice(m.index, end));
        projectsEnd = end;
        open.lastIndex = end;
    }
    const attachment = /^附件 「([^「」]*)」 (「(?:[^「」]|「[^「」]*」)*」)\n/m.exec(text);
    if (projects.length === 0 || !attachment) throw new Error('种子报告中没有找到“项目”或“附件”，无法生成放大的输入');
    return {
        text,
        projects,
        projectsEnd,
        attachment: { title: attachment[1], body: attachment[2], end: attachment.index + attachment[0].length },
    };
}

const money = (cents: number) => (cents / 100).toFixed(2);

/** A copy of a project block, renamed, with new 预算数/执行数 and the matching 完成预算. */
function projectCopy(block: string, serial: number, random: () => number): string {
    const budget = 2000 + Math.floor(random() * 500_000); // cents: 20.00 … 5020.00 万元
    // at least 10 万元: the seed's cost indicators (实际 8.42万元, 6.5万元) stay within 执行数
    const spent = Math.max(1000, Math.floor(budget * (0.3 + random() * 0.7)));
    const rate = (Math.round((spent * 10_000) / budget) / 100).toFixed(2);
    return block
        .replace(/项目 「([^」]*)」/, (_, name: string) => `项目 「${name}（之${serial}）」`)
        .replace(/预算数 [\d.]+ \{(\s+)财政拨款 [\d.]+/, `预算数 ${money(budget)} {$1财政拨款 ${money(budget)}`)
        .replace(/执行数 [\d.]+ 完成预算 [\d.]+% \{(\s+)财政拨款 [\d.]+/, `执行数 ${money(spent)} 完成预算 ${rate}% {$1财政拨款 ${money(spent)}`);
}

/**
 * The seed grown to about `factor` times its size (in characters): projects and attachments are
 * added, in the proportion the seed has them, until the size is reached.
 */
export function scaledReport(seedText: string, factor: number, seed = BENCH_SEED): string {
    if (factor <= 1) return seedText;
    const parts = splitSeed(seedText);
    const random = mulberry32(seed ^ Math.round(factor * 1000));
    const target = seedText.length * factor;
    const newProjects: string[] = [];
    const newAttachments: string[] = [];
    let size = seedText.length;
    const attachmentText = (n: number) => `附件 「${parts.attachment.title}（之${n}）」 ${parts.attachment.body}\n`;
    const projectShare = parts.projects.reduce((s, p) => s + p.length, 0);
    const attachmentShare = attachmentText(0).length;
    // add in the seed's proportion: about projectShare : attachmentShare characters
    let projectChars = 0;
    let attachmentChars = 0;
    let serial = 1;
    while (size < target) {
        if (projectChars * attachmentShare <= attachmentChars * projectShare) {
            for (const block of parts.projects) {
                const copy = projectCopy(block, serial, random);
                newProjects.push(copy);
                projectChars += copy.length;
                size += copy.length;
            }
        } else {
            const copy = attachmentText(serial);
            newAttachments.push(copy);
            attachmentChars += copy.length;
            size += copy.length;
        }
        serial++;
    }
    const { projectsEnd, attachment } = parts;
    return seedText.slice(0, projectsEnd)
        + newProjects.join('')
        + seedText.slice(projectsEnd, attachment.end)
        + newAttachments.join('')
        + seedText.slice(attachment.end);
}

/** One report of a workspace: the seed with its own department name and project figures. */
export function workspaceReport(seedText: string, index: number, seed = BENCH_SEED): string {
    const parts = splitSeed(seedText);
    const random = mulberry32(seed + index * 7919);
    const projects = parts.projects.map((block, i) => projectCopy(block, index * 10 + i, random));
    const start = seedText.indexOf(parts.projects[0]);
    const body = seedText.slice(0, start) + projects.join('') + seedText.slice(parts.projectsEnd);
    return body.replace(/^部门 「([^」]*)」/m, (_, name: string) => `部门 「${name}（${index + 1}）」`);
}

/** Writes `count` reports into `dir` (made if missing); returns their paths. */
export function writeWorkspace(seedText: string, dir: string, count: number, seed = BENCH_SEED): string[] {
    fs.mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    for (let i = 0; i < count; i++) {
        const file = path.join(dir, `report-${String(i + 1).padStart(3, '0')}.juesuan`);
        fs.writeFileSync(file, workspaceReport(seedText, i, seed));
        files.push(file);
    }
    return files;
}
