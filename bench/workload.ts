// One workload of the language services, in process, for profilers (bench/profile.mjs runs it):
//   check: parse + every check (DocumentBuilder.build with all validation), as `juesuan check` and the 100× row do;
//   keys:  parse + the keystroke's checks (built-in + fast), as the server does per edit.
// Each file is checked `rounds` times, released through the builder after each check as the server
// releases a closed document. Prints the wall and CPU time and the number of findings.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createJuesuanServices } from '../src/language/juesuan-module.js';
import { tuneV8 } from '../src/server/v8-tuning.js';

export async function runWorkload(mode: string, files: readonly string[], rounds: number): Promise<void> {
    if (mode !== 'check' && mode !== 'keys') throw new Error(`unknown workload ${mode}: check or keys`);
    // the V8 settings of the language server (and of bin/juesuan.cjs)
    tuneV8();
    const texts = files.map(f => fs.readFileSync(f, 'utf8'));
    const shared = createJuesuanServices({ ...NodeFileSystem }).shared;
    const validation = mode === 'keys' ? { categories: ['built-in', 'fast'] } : true;
    let serial = 0;
    let findings = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (let round = 0; round < rounds; round++) {
        for (const text of texts) {
            const uri = URI.file(path.join(os.tmpdir(), `workload-${serial++}.juesuan`));
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
            shared.workspace.LangiumDocuments.addDocument(document);
            await shared.workspace.DocumentBuilder.build([document], { validation });
            findings += document.diagnostics?.length ?? 0;
            await shared.workspace.DocumentBuilder.update([], [uri]);
        }
    }
    const used = process.cpuUsage(cpu);
    console.log(`${mode}: ${rounds} × ${texts.length} 个文件，墙钟 ${(performance.now() - started).toFixed(0)} ms，CPU ${((used.user + used.system) / 1000).toFixed(0)} ms，${findings} 个问题`);
}
