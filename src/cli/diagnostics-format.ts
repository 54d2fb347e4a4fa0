// What `juesuan check` prints, one file at a time: text for people (Chinese), gcc for problem
// matchers, JSON with each finding's fixes, SARIF 2.1.0 for code scanning, GitHub workflow
// annotations. Pure: no I/O, no Langium. Text read from a report (messages quote it) and file
// names are data: their control characters are printed escaped, never sent to the terminal.
import { pathToFileURL } from 'node:url';
import { diagnosticRule, RULE_CATALOGUE, RULE_DOCS_WEB, RULE_IDS, type RuleMeta } from '../validation/rule-catalogue.js';

/** The parts of an LSP `Diagnostic` the command line uses (Langium's diagnostics fit it). */
export interface DiagnosticLike {
    range: {
        start: { line: number; character: number };
        end: { line: number; character: number };
    };
    /** LSP DiagnosticSeverity: 1 Error, 2 Warning, 3 Information, 4 Hint. */
    severity?: number;
    code?: number | string;
    message: string;
    data?: unknown;
}

export type CliSeverity = 'error' | 'warning' | 'info';

/** A position as the command line prints it: 1-based line and column (UTF-16 code units, as LSP). */
export interface CliPosition {
    line: number;
    column: number;
}

/** An edit: replace the text from `start` to `end` with `newText`. */
export interface CliEdit {
    start: CliPosition;
    end: CliPosition;
    newText: string;
}

/** A finding's fix: its edit, and the further edits it makes elsewhere (several places mended at once), all or none. */
export interface CliFix extends CliEdit {
    title: string;
    /** Whether `--fix` applies it: its rule's fixes are marked safe in the rule catalogue. */
    safe: boolean;
    also?: CliEdit[];
}

/** One diagnostic as `juesuan check --format json` prints it; positions are 1-based. */
export interface CliDiagnostic {
    /** The file as it was written on the command line (or found under a folder written). */
    file: string;
    line: number;
    /** 1-based, counted in UTF-16 code units like LSP (equal to characters for all common 汉字). */
    column: number;
    endLine: number;
    endColumn: number;
    severity: CliSeverity;
    /** The rule id, or null when the diagnostic carries none. */
    code: string | null;
    message: string;
    fix?: CliFix;
}

export interface SeverityCounts {
    errors: number;
    warnings: number;
    infos: number;
}

export const SYNTAX_RULE_ID = 'syntax';

/** The rule id of a diagnostic: `code` if set, else `data.code`; lexing/parsing errors become `syntax`. */
export function ruleId(diagnostic: DiagnosticLike): string | null {
    return diagnosticRule(diagnostic) ?? null;
}

/** Error → error, Warning → warning, Information and Hint → info; a missing severity counts as an error (as LSP clients do). */
export function cliSeverity(severity: number | undefined): CliSeverity {
    switch (severity) {
        case 2: return 'warning';
        case 3:
        case 4: return 'info';
        default: return 'error';
    }
}

export const SEVERITY_LABELS: Record<CliSeverity, string> = {
    error: '错误',
    warning: '警告',
    info: '提示',
};

function ruleMetaOf(code: string | null): RuleMeta | undefined {
    return code === null ? undefined : (RULE_CATALOGUE as Record<string, RuleMeta>)[code];
}

export function toCliDiagnostic(file: string, diagnostic: DiagnosticLike): CliDiagnostic {
    const { start, end } = diagnostic.range;
    const code = ruleId(diagnostic);
    const result: CliDiagnostic = {
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: cliSeverity(diagnostic.severity),
        code,
        message: diagnostic.message,
    };
    const fix = (diagnostic.data as { fix?: { title?: unknown; newText?: unknown; range?: DiagnosticLike['range']; also?: unknown } } | undefined)?.fix;
    if (fix && typeof fix.newText === 'string') {
        // the edits made with it elsewhere, as the editor's code action applies them (src/lsp/code-actions.ts)
        const also = Array.isArray(fix.also) ? (fix.also as { range: DiagnosticLike['range']; newText: string }[]).map(edit => cliEdit(edit.range, edit.newText)) : [];
        result.fix = {
            title: String(fix.title ?? ''),
            safe: ruleMetaOf(code)?.fix === 'safe',
            ...cliEdit(fix.range ?? diagnostic.range, fix.newText),
            ...(also.length > 0 ? { also } : {}),
        };
    }
    return result;
}

function cliEdit(range: DiagnosticLike['range'], newText: string): CliEdit {
    return { start: { line: range.start.line + 1, column: range.start.character + 1 }, end: { line: range.end.line + 1, column: range.end.character + 1 }, newText };
}

/** A fix's edits, its own first. */
export function fixEdits(fix: CliFix): CliEdit[] {
    return [{ start: fix.start, end: fix.end, newText: fix.newText }, ...fix.also ?? []];
}

/** Sorts one file's findings by position, then severity and message. */
export function sortDiagnostics(diagnostics: readonly CliDiagnostic[]): CliDiagnostic[] {
    return [...diagnostics].sort((a, b) =>
        a.line - b.line
        || a.column - b.column
        || a.endLine - b.endLine
        || a.endColumn - b.endColumn
        || severityRank(a.severity) - severityRank(b.severity)
        || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

function severityRank(severity: CliSeverity): number {
    return severity === 'error' ? 0 : severity === 'warning' ? 1 : 2;
}

export function countSeverities(diagnostics: readonly CliDiagnostic[]): SeverityCounts {
    const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
    for (const d of diagnostics) {
        if (d.severity === 'error') counts.errors++;
        else if (d.severity === 'warning') counts.warnings++;
        else counts.infos++;
    }
    return counts;
}

// ---------------------------------------------------------------------------------------------
// control characters

/**
 * C0 and C1 controls, DEL, and the bidirectional overrides and isolates: any of them could move
 * the cursor, clear the screen, recolour, or reorder what a reader sees.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text with its control characters written out (`\x1B`, `\n`, `\u202E`): safe for a terminal, one line. */
export function escapeControls(text: string): string {
    return text.replace(CONTROL, c => {
        const code = c.charCodeAt(0);
        return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`);
    });
}

/** A message on one line: its line breaks (the report's own) as spaces, then its controls escaped. */
function oneLine(message: string): string {
    return escapeControls(message.replace(/\s*\r?\n\s*/g, ' ').trim());
}

// ---------------------------------------------------------------------------------------------
// formats

export type OutputFormat = 'text' | 'gcc' | 'json' | 'sarif' | 'github';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'gcc', 'json', 'sarif', 'github'];

/** A file checked: its findings, or why it could not be read. */
export interface FileReport {
    readonly file: string;
    readonly absolute: string;
    readonly diagnostics: readonly CliDiagnostic[];
}

/** Prints the findings one file at a time: what goes before, each file's, what goes after. */
export interface Formatter {
    begin(): string;
    file(report: FileReport): string;
    /** `notes`: files that could not be read, for formats that carry them. */
    end(notes: readonly { file: string; message: string }[]): string;
}

export interface FormatterOptions {
    /** The folder relative paths are taken from (SARIF's SRCROOT). */
    readonly cwd: string;
    readonly version: string;
}

export function createFormatter(format: OutputFormat, options: FormatterOptions): Formatter {
    switch (format) {
        case 'text': return lineFormatter(formatTextLine);
        case 'gcc': return lineFormatter(formatGccLine);
        case 'github': return lineFormatter(formatGithubLine);
        case 'json': return jsonFormatter();
        case 'sarif': return sarifFormatter(options);
    }
}

function lineFormatter(line: (d: CliDiagnostic) => string): Formatter {
    return {
        begin: () => '',
        file: report => report.diagnostics.map(d => line(d) + '\n').join(''),
        end: () => '',
    };
}

/** `FILE:LINE:COL: 错误 [rule-id] message`, always one line. */
export function formatTextLine(diagnostic: CliDiagnostic): string {
    const code = diagnostic.code === null ? '' : ` [${diagnostic.code}]`;
    return `${escapeControls(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}: ${SEVERITY_LABELS[diagnostic.severity]}${code} ${oneLine(diagnostic.message)}`;
}

const GCC_SEVERITY: Record<CliSeverity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** `FILE:LINE:COL: error|warning|note: message [rule-id]`: what VS Code's $gcc and CI problem matchers read. */
export function formatGccLine(diagnostic: CliDiagnostic): string {
    const code = diagnostic.code === null ? '' : ` [${diagnostic.code}]`;
    return `${escapeControls(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}: ${GCC_SEVERITY[diagnostic.severity]}: ${oneLine(diagnostic.message)}${code}`;
}

const GITHUB_COMMAND: Record<CliSeverity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow command's message, escaped as GitHub's toolkit does (`%`, CR, LF). */
function githubData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also `:` and `,`. */
function githubProperty(text: string): string {
    return githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` */
export function formatGithubLine(d: CliDiagnostic): string {
    const title = d.code === null ? 'juesuan' : `juesuan ${d.code}`;
    const properties = [
        `file=${githubProperty(escapeControls(d.file))}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${githubProperty(title)}`,
    ];
    return `::${GITHUB_COMMAND[d.severity]} ${properties.join(',')}::${githubData(escapeControls(d.message))}`;
}

/** A finding as JSON prints it: positions 1-based, its fix (if any) with whether `--fix` applies it. */
export function jsonFinding(d: CliDiagnostic): object {
    return {
        file: d.file,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        severity: d.severity,
        code: d.code,
        message: d.message,
        fixes: d.fix ? [{ title: d.fix.title, safe: d.fix.safe, edits: fixEdits(d.fix) }] : [],
    };
}

/** One JSON array, written a file at a time. */
function jsonFormatter(): Formatter {
    let first = true;
    return {
        begin: () => '[',
        file: report => report.diagnostics.map(d => {
            const item = (first ? '\n' : ',\n') + indent(JSON.stringify(jsonFinding(d), null, 2));
            first = false;
            return item;
        }).join(''),
        end: () => (first ? ']\n' : '\n]\n'),
    };
}

function indent(text: string, by = '  '): string {
    return text.replace(/^/gm, by);
}

const SARIF_LEVEL: Record<CliSeverity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** The rules of the catalogue as SARIF reportingDescriptors, in the catalogue's order. */
export function sarifRules(): object[] {
    return RULE_IDS.map(id => {
        const meta: RuleMeta = RULE_CATALOGUE[id];
        return {
            id,
            shortDescription: { text: meta.title },
            fullDescription: { text: meta.description },
            helpUri: `${RULE_DOCS_WEB}${id}.md`,
            help: { text: meta.description },
            properties: { category: meta.category, fix: meta.fix, ...(meta.engine ? { engine: true } : {}) },
        };
    });
}

/** A file's URI relative to SRCROOT when it lies below it, else absolute. */
function artifactLocation(absolute: string, cwd: string): object {
    const root = pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href;
    const uri = pathToFileURL(absolute).href;
    return uri.startsWith(root) ? { uri: uri.slice(root.length), uriBaseId: 'SRCROOT' } : { uri };
}

/**
 * One SARIF 2.1.0 log with one run: the tool with every rule's metadata, then the results a file
 * at a time, then the invocation (files that could not be read are its notifications).
 */
function sarifFormatter({ cwd, version }: FormatterOptions): Formatter {
    const ruleIndex = new Map<string, number>(RULE_IDS.map((id, index) => [id, index]));
    let first = true;
    const result = (d: CliDiagnostic, absolute: string) => {
        const location = artifactLocation(absolute, cwd);
        const region = { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn };
        const index = d.code === null ? undefined : ruleIndex.get(d.code);
        return {
            ...(d.code === null ? {} : { ruleId: d.code }),
            ...(index === undefined ? {} : { ruleIndex: index }),
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [{ physicalLocation: { artifactLocation: location, region } }],
            ...(d.fix ? {
                fixes: [{
                    description: { text: d.fix.title },
                    artifactChanges: [{
                        artifactLocation: location,
                        replacements: fixEdits(d.fix).map(edit => ({
                            deletedRegion: { startLine: edit.start.line, startColumn: edit.start.column, endLine: edit.end.line, endColumn: edit.end.column },
                            insertedContent: { text: edit.newText },
                        })),
                    }],
                }],
            } : {}),
        };
    };
    const head = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
    };
    const driver = {
        name: 'juesuan',
        version,
        informationUri: 'https://github.com/juesuan/juesuan',
        rules: sarifRules(),
    };
    return {
        begin: () => [
            '{',
            `  "$schema": ${JSON.stringify(head.$schema)},`,
            `  "version": ${JSON.stringify(head.version)},`,
            '  "runs": [',
            '    {',
            `      "tool": ${indent(JSON.stringify({ driver }, null, 2), '      ').trimStart()},`,
            `      "originalUriBaseIds": ${JSON.stringify({ SRCROOT: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } })},`,
            '      "columnKind": "utf16CodeUnits",',
            '      "results": [',
        ].join('\n'),
        file: report => report.diagnostics.map(d => {
            const item = (first ? '\n' : ',\n') + indent(JSON.stringify(result(d, report.absolute), null, 2), '        ');
            first = false;
            return item;
        }).join(''),
        end: notes => {
            const invocation = {
                executionSuccessful: notes.length === 0,
                toolExecutionNotifications: notes.map(n => ({ level: 'error', message: { text: `无法读取文件 ${n.file}：${n.message}` } })),
            };
            return [
                first ? ']' : '\n      ]',
                `,\n      "invocations": [\n${indent(JSON.stringify(invocation, null, 2), '        ')}\n      ]`,
                '\n    }\n  ]\n}\n',
            ].join('');
        },
    };
}

/** `检查了 N 个文件：E 个错误，W 个警告，I 个提示` */
export function formatSummary(fileCount: number, counts: SeverityCounts): string {
    return `检查了 ${fileCount} 个文件：${counts.errors} 个错误，${counts.warnings} 个警告，${counts.infos} 个提示`;
}
