// One workload of the language services, in process, for profilers (bench/profile.mjs runs it):
//   check: parse + every check (DocumentBuilder.build with all validation), as `juesuan check` and the 100× row do;
//   keys:  parse + the keystroke's checks (built-in + fast), as the server does per edit.
// Each file is checked `rounds` times, released through the builder after each check as the server
// releases a closed document. Prints the wall and CPU time and the number of findings.
// `byRule`: also the CPU time of parsing, of building each report's model and of each rule, summed over the
// checks — where a profile cannot tell them apart (V8 inlines small checks into the loop that runs them). A
// part of the model made on first use (its references, its tables' labels) counts to the first rule that reads it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createJuesuanServices } from '../src/language/juesuan-module.js';
import type { Report } from '../src/language/generated/ast.js';
import { RULES } from '../src/validation/rules/index.js';
import { tuneV8 } from '../src/server/v8-tuning.js';

export async function runWorkload(mode: string, files: readonly string[], rounds: number, byRule = false): Promise<void> {
    if (mode !== 'check' && mode !== 'keys') throw new Error(`unknown workload ${mode}: check or keys`);
    // the V8 settings of the language server (and of bin/juesuan.cjs)
    tuneV8();
    const texts = files.map(f => fs.readFileSync(f, 'utf8'));
    const { shared, Juesuan } = createJuesuanServices({ ...NodeFileSystem });
    const costs = new Map<string, number>();
    const timed = <T>(name: string, run: () => T): T => {
        if (!byRule) return run();
        const before = process.cpuUsage();
        try {
            return run();
        } finally {
            const used = process.cpuUsage(before);
            costs.set(name, (costs.get(name) ?? 0) + used.user + used.system);
        }
    };
    if (byRule) {
        for (const rule of RULES) {
            const check = rule.check.bind(rule);
            (rule as { check: typeof rule.check }).check = (...args) => timed(rule.id, () => check(...args));
        }
        const models = Juesuan.model.ReportModels;
        const forReport = models.forReport.bind(models);
        models.forReport = (report: Report) => timed('（模型）', () => forReport(report));
    }
    const validation = mode === 'keys' ? { categories: ['built-in', 'fast'] } : true;
    let serial = 0;
    let findings = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (let round = 0; round < rounds; round++) {
        for (const text of texts) {
            const uri = URI.file(path.join(os.tmpdir(), `workload-${serial++}.juesuan`));
            const document = timed('（解析）', () => shared.workspace.LangiumDocumentFactory.fromString(text, uri));
            shared.workspace.LangiumDocuments.addDocument(document);
            await shared.workspace.DocumentBuilder.build([document], { validation });
            findings += document.diagnostics?.length ?? 0;
            await shared.workspace.DocumentBuilder.update([], [uri]);
        }
    }
    const used = process.cpuUsage(cpu);
    const total = used.user + used.system;
    console.log(`${mode}: ${rounds} × ${texts.length} 个文件，墙钟 ${(performance.now() - started).toFixed(0)} ms，CPU ${(total / 1000).toFixed(0)} ms，${findings} 个问题`);
    // CPU time of every thread, the collector's and the compiler's included, while each ran
    for (const [name, us] of [...costs].sort((a, b) => b[1] - a[1])) {
        console.log(`  ${(100 * us / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`);
    }
}
