// The seed report and language services without a client, shared by the editor-feature tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import type { LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import type { Position } from 'vscode-languageserver';
import type { Report } from '../../src/language/generated/ast.js';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEED_PATH = path.join(ROOT, 'examples', 'leshan-2020.juesuan');
export const SEED = fs.readFileSync(SEED_PATH, 'utf8');

export const services = createJuesuanServices(EmptyFileSystem).Juesuan;
export const parse = parseHelper<Report>(services);

export function position(document: LangiumDocument, offset: number): { textDocument: { uri: string }; position: Position } {
    return { textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(offset) };
}

/** The Markdown of the hover at an offset, or undefined. */
export async function hoverAt(document: LangiumDocument, offset: number): Promise<string | undefined> {
    const hover = await services.lsp.HoverProvider!.getHoverContent(document, position(document, offset));
    const contents = hover?.contents as { value?: string } | undefined;
    return contents?.value;
}
