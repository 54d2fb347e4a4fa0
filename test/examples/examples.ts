// Shared by the tests that pin what the checks say about every example (findings, mutations):
// the examples found by globbing, a checker that runs every check as `juesuan check` does, and
// the switch that rewrites the pinned files instead of comparing with them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXAMPLES_DIR = path.join(ROOT, 'examples');

/** `npm run test:pin` sets this: the tests write what they find instead of comparing with it. */
export const PINNING = process.env.JUESUAN_PIN === '1';
export const PIN_COMMAND = 'npm run test:pin';

export interface Example {
    /** e.g. leshan-2020 */
    readonly name: string;
    readonly file: string;
    readonly text: string;
}

/** Every `examples/*.juesuan`, by name: an example added by anyone is pinned like the rest. */
export function examples(): Example[] {
    return readdirSync(EXAMPLES_DIR).filter(f => f.endsWith('.juesuan')).sort().map(f => ({
        name: f.slice(0, -'.juesuan'.length),
        file: path.join(EXAMPLES_DIR, f),
        text: readFileSync(path.join(EXAMPLES_DIR, f), 'utf8'),
    }));
}

export const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'] as const;
export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

export function severityName(d: Diagnostic): SeverityName {
    return SEVERITY_NAMES[d.severity ?? 1] as SeverityName;
}

/** The rule of a diagnostic; Langium's lexer and parser errors are `syntax`, as the CLI says. */
export function ruleOf(d: Diagnostic): string {
    const code = String(d.code ?? (d.data as { code?: string } | undefined)?.code ?? '');
    return /^(lexing|parsing)-/.test(code) ? 'syntax' : code || '?';
}

/**
 * Checks texts with every category (the save-time checks too), with the services and the file
 * system `juesuan check` uses; each document is let go after its check, so that thousands of
 * mutated copies do not pile up.
 */
export class Checker {
    private readonly shared = createJuesuanServices({ ...NodeFileSystem }).shared;
    private count = 0;

    /** `fastOnly`: the checks that run while typing, without the save-time ones. */
    async check(text: string, name = 'example', fastOnly = false): Promise<Diagnostic[]> {
        const uri = URI.file(path.join(ROOT, 'test-results', 'checked', `${name}-${this.count++}.juesuan`));
        const workspace = this.shared.workspace;
        const document = workspace.LangiumDocumentFactory.fromString(text, uri);
        workspace.LangiumDocuments.addDocument(document);
        try {
            await workspace.DocumentBuilder.build([document], { validation: fastOnly ? { categories: ['built-in', 'fast'] } : true });
            return document.diagnostics ?? [];
        } finally {
            await workspace.DocumentBuilder.update([], [uri]);
        }
    }
}

/** A pinned file beside its example: its text, or undefined when there is none yet. */
export function readPin(file: string): string | undefined {
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export function writePin(file: string, text: string): void {
    writeFileSync(file, text);
}

/** Whitespace and control characters of a message on one line, so that a pin is one finding a line. */
export function oneLine(text: string): string {
    return text.replace(/\r?\n/g, '\\n').replace(/\t/g, ' ');
}

/** One line per finding, 1-based positions, sorted by position, then rule and message. */
export function findingLines(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics
        .map(d => ({ d, start: d.range.start, end: d.range.end }))
        .sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character
            || a.end.line - b.end.line || a.end.character - b.end.character
            || ruleOf(a.d).localeCompare(ruleOf(b.d)) || a.d.message.localeCompare(b.d.message))
        .map(({ d, start, end }) =>
            `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${severityName(d)} [${ruleOf(d)}] ${oneLine(d.message)}`);
}

/** examples/NAME.juesuan → examples/NAME.findings.txt */
export function pinFile(exampleFile: string): string {
    return exampleFile.replace(/\.juesuan$/, '.findings.txt');
}
