// `juesuan check FILE...`: the checks the language server runs, on files from the command line.
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { TextDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createJuesuanServices } from '../language/juesuan-module.js';
import { describeFileError, readUtf8 } from './files.js';
import {
    countSeverities, formatJson, formatSummary, formatText, sortDiagnostics, toCliDiagnostic,
    type CliDiagnostic,
} from './diagnostics-format.js';

export type OutputFormat = 'text' | 'json';

export interface CheckOptions {
    format: OutputFormat;
}

export interface CheckOutput {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

const processOutput: CheckOutput = {
    stdout: text => { process.stdout.write(text); },
    stderr: text => { process.stderr.write(text); },
};

interface InputFile {
    /** As written on the command line; diagnostics name the file this way. */
    given: string;
    absolute: string;
}

/**
 * Checks the files and writes the diagnostics; returns the exit code: 0 no errors,
 * 1 some error, 2 some file could not be read (the readable ones are still checked).
 */
export async function runCheck(files: readonly string[], options: CheckOptions, output: CheckOutput = processOutput): Promise<number> {
    const inputs = uniqueFiles(files);
    const texts = new Map<InputFile, string>();
    let unreadable = false;
    for (const input of inputs) {
        try {
            texts.set(input, await readUtf8(input.absolute));
        } catch (err) {
            unreadable = true;
            output.stderr(`无法读取文件 ${input.given}：${describeFileError(err)}\n`);
        }
    }

    const diagnostics = await checkTexts(texts);
    const sorted = sortDiagnostics(diagnostics, inputs.map(i => i.given));
    const counts = countSeverities(sorted);
    if (options.format === 'json') {
        output.stdout(formatJson(sorted));
    } else {
        output.stdout(formatText(sorted));
        output.stderr(formatSummary(texts.size, counts) + '\n');
    }
    if (unreadable) return EXIT_USAGE;
    return counts.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** Parses, links and validates all texts in one build, with the services the language server uses. */
async function checkTexts(texts: ReadonlyMap<InputFile, string>): Promise<CliDiagnostic[]> {
    if (texts.size === 0) return [];
    const { shared, Juesuan } = createJuesuanServices({ ...NodeFileSystem });
    const languageId = Juesuan.LanguageMetaData.languageId;
    const documents: Array<[InputFile, LangiumDocument]> = [];
    for (const [input, text] of texts) {
        const uri = URI.file(input.absolute);
        // Registered as an open editor document of this language, so that a file whose name
        // does not end in .juesuan is still checked as one (the registry asks for its languageId).
        const textDocument = TextDocument.create(uri.toString(), languageId, 0, text);
        shared.workspace.TextDocuments.set(textDocument);
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocument, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push([input, document]);
    }
    await shared.workspace.DocumentBuilder.build(documents.map(([, d]) => d), { validation: true });
    return documents.flatMap(([input, document]) =>
        (document.diagnostics ?? []).map(d => toCliDiagnostic(input.given, d)));
}

function uniqueFiles(files: readonly string[]): InputFile[] {
    const seen = new Set<string>();
    const result: InputFile[] = [];
    for (const given of files) {
        const absolute = path.resolve(given);
        if (seen.has(absolute)) continue;
        seen.add(absolute);
        result.push({ given, absolute });
    }
    return result;
}
