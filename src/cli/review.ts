// `juesuan review PATH... -o review.html`: one self-contained page for the bureau that reviews
// every department's report: each report with its counts by severity and rule (a sortable
// table), each finding linked to its line (`vscode://file/…`) and to the report's generated HTML
// (written into a folder beside the page, unless --no-reports). Built with the report
// generator's HTML kit: its escaping and page shell; its one script is allowed by its hash.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'langium';
import type { Report } from '../language/generated/ast.js';
import { createJuesuanServices } from '../language/juesuan-module.js';
import { writeFileAtomic } from '../generation/output.js';
import { escapeHtml, htmlPage, renderReportHtml } from '../generation/report-html.js';
import { outputTarget } from './build.js';
import { checkReports, EXIT_ERRORS, EXIT_OK, EXIT_USAGE, type CheckOutput } from './check.js';
import type { CliDiagnostic, CliSeverity } from './diagnostics-format.js';
import { escapeControls, SEVERITY_LABELS } from './diagnostics-format.js';
import { describeFileError, readUtf8 } from './files.js';
import { removeTemporaryFilesOnSignal } from './signals.js';

export interface ReviewOptions {
    /** The page to write. */
    output: string;
    /** Build each report's HTML beside the page (default), or not. */
    reports: boolean;
    jobs?: number;
    maxSizeMb?: number;
}

const processOutput: CheckOutput = {
    stdout: text => { process.stdout.write(text); },
    stderr: text => { process.stderr.write(text); },
};

interface ReviewedReport {
    readonly given: string;
    readonly counts: Record<CliSeverity, number>;
    readonly rules: Map<string, number>;
    /** The report's generated HTML, relative to the page. */
    readonly html?: string;
    /** Its findings, as HTML list items. */
    readonly findings: string;
    readonly error?: string;
}

/** Writes the review page; returns the exit code as `juesuan check` would for the same files. */
export async function runReview(paths: readonly string[], options: ReviewOptions, output: CheckOutput = processOutput): Promise<number> {
    removeTemporaryFilesOnSignal();
    const cwd = process.cwd();
    const pagePath = path.resolve(options.output);
    const page = await outputTarget(options.output);
    if ('refused' in page) {
        output.stderr(`错误：${page.refused}。\n`);
        return EXIT_USAGE;
    }
    const reportsDir = `${pagePath.replace(/\.html?$/i, '')}-报告`;
    const builder = options.reports ? new ReportBuilder() : undefined;
    let failed = false;
    const reviewed: ReviewedReport[] = [];
    const results = checkReports(paths, {
        cwd,
        jobs: options.jobs,
        maxSizeMb: options.maxSizeMb,
        onProblem: problem => {
            failed = true;
            output.stderr(`${escapeControls(problem.given)}：${problem.message}\n`);
        },
    });
    for await (const result of results) {
        if (result.error !== undefined) failed = true;
        let html: string | undefined;
        if (builder && result.error === undefined) {
            const file = path.join(reportsDir, `${String(reviewed.length + 1).padStart(4, '0')}-${path.basename(result.given).replace(/\.juesuan$/i, '')}.html`);
            try {
                await fs.mkdir(reportsDir, { recursive: true });
                await writeFileAtomic(file, await builder.html(result.absolute, options.maxSizeMb));
                html = path.relative(path.dirname(pagePath), file).split(path.sep).join('/');
            } catch (err) {
                output.stderr(`无法生成 ${escapeControls(result.given)} 的报告：${describeFileError(err)}\n`);
            }
        }
        reviewed.push(review(result.given, result.absolute, result.diagnostics, html, result.error));
    }
    await writeFileAtomic(page.path, reviewPage(reviewed, cwd));
    const errors = reviewed.reduce((n, r) => n + r.counts.error, 0);
    output.stderr(`已生成 ${escapeControls(options.output)}：${reviewed.length} 个报告，${errors} 个错误${builder ? `；各报告的 HTML 在 ${escapeControls(path.relative(cwd, reportsDir) || reportsDir)}` : ''}\n`);
    if (failed) return EXIT_USAGE;
    return errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** Builds a report's publishable HTML, one report at a time, releasing each. */
class ReportBuilder {
    private readonly services = createJuesuanServices({ ...NodeFileSystem });

    async html(absolute: string, maxSizeMb?: number): Promise<string> {
        const text = await readUtf8(absolute, maxSizeMb ? { maxBytes: maxSizeMb * 1024 * 1024 } : {});
        const { shared, Juesuan } = this.services;
        const uri = URI.file(absolute);
        const document = shared.workspace.LangiumDocumentFactory.fromString<Report>(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        try {
            await shared.workspace.DocumentBuilder.build([document], { validation: false });
            return renderReportHtml(Juesuan.model.ReportModels.get(document), { mode: 'publish' });
        } finally {
            await shared.workspace.DocumentBuilder.update([], [uri]);
        }
    }
}

/** Text of the document (names, messages quoting it) for the page: its control characters shown, its markup escaped. */
function text(value: string): string {
    return escapeHtml(escapeControls(value));
}

/** A `vscode://file/…:LINE:COL` link: opens the report at the finding in VS Code. */
function editorLink(absolute: string, d: CliDiagnostic): string {
    return `vscode://file${pathToFileURL(absolute).pathname}:${d.line}:${d.column}`;
}

function review(given: string, absolute: string, diagnostics: readonly CliDiagnostic[], html: string | undefined, error?: string): ReviewedReport {
    const counts: Record<CliSeverity, number> = { error: 0, warning: 0, info: 0 };
    const rules = new Map<string, number>();
    const items: string[] = [];
    for (const d of diagnostics) {
        counts[d.severity]++;
        const rule = d.code ?? '';
        rules.set(rule, (rules.get(rule) ?? 0) + 1);
        const where = `${text(given)}:${d.line}:${d.column}`;
        items.push([
            `<li class="${d.severity}">`,
            `<span class="severity">${SEVERITY_LABELS[d.severity]}</span> `,
            `<a class="line" href="${escapeHtml(editorLink(absolute, d))}" title="在 VS Code 中打开">${where}</a> `,
            rule ? `<code>${escapeHtml(rule)}</code> ` : '',
            text(d.message),
            html ? ` <a class="report" href="${escapeHtml(encodeURI(html))}">报告</a>` : '',
            '</li>',
        ].join(''));
    }
    return { given, counts, rules, html, findings: items.join('\n'), error };
}

/** Sorts the table by the column whose header is clicked (numbers high first, names A–Z; again: reversed). */
const SORT_SCRIPT = `
document.querySelectorAll('table.reports th').forEach(function (th, column) {
  th.addEventListener('click', function () {
    var tbody = th.closest('table').tBodies[0];
    var numeric = th.dataset.type === 'number';
    var current = th.getAttribute('aria-sort');
    var order = current ? (current === 'descending' ? 'ascending' : 'descending') : (numeric ? 'descending' : 'ascending');
    th.closest('tr').querySelectorAll('th').forEach(function (other) { other.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', order);
    var sign = order === 'descending' ? -1 : 1;
    var rows = Array.prototype.slice.call(tbody.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].dataset.value, y = b.cells[column].dataset.value;
      return sign * (numeric ? Number(x) - Number(y) : x.localeCompare(y, 'zh-CN'));
    });
    rows.forEach(function (row) { tbody.appendChild(row); });
  });
});
`;

const REVIEW_CSS = `
body { font-family: "Source Han Sans SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; }
th { cursor: pointer; background: #f4f4f4; user-select: none; } th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
li { margin: 0.2em 0; } .severity { display: inline-block; min-width: 2.5em; font-weight: bold; }
li.error .severity { color: #b00020; } li.warning .severity { color: #a15c00; } li.info .severity { color: #3559a5; }
a.line { font-family: monospace; } .unreadable { color: #b00020; }
`;

function reviewPage(reports: readonly ReviewedReport[], cwd: string): string {
    const total = (severity: CliSeverity) => reports.reduce((n, r) => n + r.counts[severity], 0);
    const byRule = new Map<string, number>();
    for (const r of reports) for (const [rule, n] of r.rules) byRule.set(rule, (byRule.get(rule) ?? 0) + n);
    const anchor = (index: number) => `r${index + 1}`;
    const rows = reports.map((r, index) => {
        const top = [...r.rules].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([rule, n]) => `${rule || '（无规则）'} ${n}`).join('，');
        return [
            '<tr>',
            `<td data-value="${text(r.given)}"><a href="#${anchor(index)}">${text(r.given)}</a>${r.html ? ` · <a href="${escapeHtml(encodeURI(r.html))}">报告</a>` : ''}</td>`,
            ...(['error', 'warning', 'info'] as const).map(s => `<td class="number" data-value="${r.counts[s]}">${r.counts[s]}</td>`),
            `<td data-value="${escapeHtml(top)}">${r.error ? `<span class="unreadable">无法读取：${escapeHtml(r.error)}</span>` : escapeHtml(top)}</td>`,
            '</tr>',
        ].join('');
    });
    const sections = reports.map((r, index) => [
        `<section id="${anchor(index)}">`,
        `<h2>${text(r.given)}</h2>`,
        r.error ? `<p class="unreadable">无法读取：${escapeHtml(r.error)}</p>` : r.findings ? `<ul>\n${r.findings}\n</ul>` : '<p>没有发现问题。</p>',
        '</section>',
    ].join('\n'));
    const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `<li><code>${escapeHtml(rule || '（无规则）')}</code> ${n}</li>`).join('');
    const body = [
        '<h1>部门决算报告审阅</h1>',
        `<p>${reports.length} 个报告（目录 ${escapeHtml(cwd)}）：${total('error')} 个错误，${total('warning')} 个警告，${total('info')} 个提示；有错误的报告 ${reports.filter(r => r.counts.error > 0).length} 个。点击表头排序。</p>`,
        '<table class="reports">',
        '<thead><tr><th data-type="text">报告</th><th data-type="number">错误</th><th data-type="number">警告</th><th data-type="number">提示</th><th data-type="text">主要问题</th></tr></thead>',
        `<tbody>\n${rows.join('\n')}\n</tbody>`,
        '</table>',
        rules ? `<h2>按规则</h2><ul>${rules}</ul>` : '',
        ...sections,
        `<script>${SORT_SCRIPT}</script>`,
    ].join('\n');
    const hash = createHash('sha256').update(SORT_SCRIPT).digest('base64');
    const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:`;
    return htmlPage({ title: '部门决算报告审阅', css: REVIEW_CSS, body, head: [`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`] });
}
