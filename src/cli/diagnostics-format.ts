// Turns LSP diagnostics (as Langium computes them) into what `juesuan check` prints:
// `FILE:LINE:COL: 错误 [rule-id] message` lines, or one JSON array. Pure: no I/O, no Langium.

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

/** One diagnostic as `juesuan check --format json` prints it; positions are 1-based. */
export interface CliDiagnostic {
    /** The file as it was written on the command line. */
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
}

export interface SeverityCounts {
    errors: number;
    warnings: number;
    infos: number;
}

/** Langium's own codes for lexer and parser errors; the command line calls them all `syntax`. */
const SYNTAX_CODES = new Set(['lexing-error', 'lexing-warning', 'lexing-info', 'lexing-hint', 'parsing-error']);

export const SYNTAX_RULE_ID = 'syntax';

/** The rule id of a diagnostic: `code` if set, else `data.code`; lexing/parsing errors become `syntax`. */
export function ruleId(diagnostic: DiagnosticLike): string | null {
    let code: unknown = diagnostic.code;
    if (code === undefined || code === null || code === '') {
        const data = diagnostic.data;
        code = typeof data === 'object' && data !== null ? (data as { code?: unknown }).code : undefined;
    }
    if (code === undefined || code === null || code === '') return null;
    const id = String(code);
    return SYNTAX_CODES.has(id) ? SYNTAX_RULE_ID : id;
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

export function toCliDiagnostic(file: string, diagnostic: DiagnosticLike): CliDiagnostic {
    const { start, end } = diagnostic.range;
    return {
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: cliSeverity(diagnostic.severity),
        code: ruleId(diagnostic),
        message: diagnostic.message,
    };
}

/**
 * Sorts by file, then position. Files come in the order of `fileOrder` (the command line's),
 * files missing from it after those, by name.
 */
export function sortDiagnostics(diagnostics: readonly CliDiagnostic[], fileOrder: readonly string[] = []): CliDiagnostic[] {
    const rank = new Map<string, number>();
    fileOrder.forEach((file, index) => { if (!rank.has(file)) rank.set(file, index); });
    const fileRank = (file: string) => rank.get(file) ?? Number.MAX_SAFE_INTEGER;
    return [...diagnostics].sort((a, b) =>
        fileRank(a.file) - fileRank(b.file)
        || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
        || a.line - b.line
        || a.column - b.column
        || a.endLine - b.endLine
        || a.endColumn - b.endColumn
        || severityRank(a.severity) - severityRank(b.severity)
        || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

function severityRank(severity: CliSeverity): number {
    return severity === 'error' ? 0 : severity === 'warning' ? 1 : 2;
}

/** `FILE:LINE:COL: 错误 [rule-id] message`, always one line (line breaks in the message become spaces). */
export function formatTextLine(diagnostic: CliDiagnostic): string {
    const message = diagnostic.message.replace(/\s*\r?\n\s*/g, ' ').trim();
    const code = diagnostic.code === null ? '' : ` [${diagnostic.code}]`;
    return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${SEVERITY_LABELS[diagnostic.severity]}${code} ${message}`;
}

/** The text output: one line per diagnostic, each ending in a newline; empty for none. */
export function formatText(diagnostics: readonly CliDiagnostic[]): string {
    return diagnostics.map(d => formatTextLine(d) + '\n').join('');
}

/** The JSON output: one array of {file, line, column, endLine, endColumn, severity, code, message}. */
export function formatJson(diagnostics: readonly CliDiagnostic[]): string {
    const plain = diagnostics.map(d => ({
        file: d.file,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        severity: d.severity,
        code: d.code,
        message: d.message,
    }));
    return JSON.stringify(plain, null, 2) + '\n';
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

/** `检查了 N 个文件：E 个错误，W 个警告，I 个提示` */
export function formatSummary(fileCount: number, counts: SeverityCounts): string {
    return `检查了 ${fileCount} 个文件：${counts.errors} 个错误，${counts.warnings} 个警告，${counts.infos} 个提示`;
}
