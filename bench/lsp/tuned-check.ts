// What `juesuan check FILE…` does (src/cli/check.ts: every file in one build, every check), with
// src/server/langium-tuning.ts wired in; bundled and run in a fresh process by bench/lsp.bench.ts.
// Prints one line of JSON: the diagnostics counted and the process's peak memory.
import * as fs from 'node:fs';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createTunedJuesuanServices } from './tuned.js';

const { shared } = createTunedJuesuanServices({ ...NodeFileSystem });
const documents = process.argv.slice(2).map(file => {
    const document = shared.workspace.LangiumDocumentFactory.fromString(fs.readFileSync(file, 'utf8'), URI.file(file));
    shared.workspace.LangiumDocuments.addDocument(document);
    return document;
});
void shared.workspace.DocumentBuilder.build(documents, { validation: true }).then(() => {
    const diagnostics = documents.reduce((n, d) => n + (d.diagnostics?.length ?? 0), 0);
    const errors = documents.reduce((n, d) => n + (d.diagnostics ?? []).filter(x => x.severity === 1).length, 0);
    process.stdout.write(JSON.stringify({ diagnostics, errors, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
});
