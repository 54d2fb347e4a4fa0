// The prose mutation probe (`node scripts/prose-probe.mjs [options] [FILTER…]`): for every trial
// and real case (test/validation/cases) and every example, each figure written in a text 「…」 is
// raised beyond rounding (one unit of its own: 1 万元, 1 percentage point, one item), alone, and the
// report checked again with every check. A figure is caught when a new error or warning appears,
// noted when only a new info does, missed otherwise. Prints the score per kind of file and, with
// --list, every figure missed. The figures are found from the source text alone, not by the model.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Decimal } from 'decimal.js';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createJuesuanServices } from '../language/juesuan-module.js';

interface ProseFigure {
    readonly offset: number;
    readonly line: number;
    readonly digits: string;
    readonly written: string;
    readonly raised: string;
    readonly context: string;
}

type Outcome = 'caught' | 'noted' | 'missed';

const UNITS = ['台（套）', '万元', '亿元', '千元', '人次', '批次', '场次', '元', '人', '次', '场', '辆', '台', '套', '个', '户', '项', '名', '件', '家', '所', '批']
    .sort((a, b) => b.length - a.length);
const NUMBER = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;

/** The source of a case file without its expectation markers (the comments stay: they are comments). */
function withoutMarkers(source: string): string {
    return source.replace(/[»«]/g, '');
}

/** The figures written inside texts 「…」 (nested ones included), with a unit or a percent sign. */
export function proseFigures(text: string): ProseFigure[] {
    const figures: ProseFigure[] = [];
    let depth = 0;
    let line = 1;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\n') line++;
        if (depth === 0 && text.startsWith('//', i)) {
            const end = text.indexOf('\n', i);
            i = (end < 0 ? text.length : end) - 1;
            continue;
        }
        if (ch === '「') depth++;
        else if (ch === '」') depth = Math.max(0, depth - 1);
        if (depth === 0 || !/\d/.test(ch) || /[\d.,]/.test(text[i - 1] ?? '')) continue;
        // a reference 【附表6.201】 names a row, not a figure
        if (text.lastIndexOf('【', i) > text.lastIndexOf('】', i)) continue;
        NUMBER.lastIndex = i;
        const digits = NUMBER.exec(text)?.[0];
        if (!digits) continue;
        let end = i + digits.length;
        // a text copied from a PDF keeps a space before the unit (1,856.40 万元): the same figure
        const gap = /^[ \u3000]?/.exec(text.slice(end, end + 1))![0];
        const percent = /[%％]/.test(text[end + gap.length] ?? '');
        const unit = gap + (percent ? text[end + gap.length] : UNITS.find(u => text.startsWith(u, end + gap.length)) ?? '');
        const before = text[i - 1] ?? '';
        // ordinals (第2, （2）, 2.), years, dates and thresholds (单价50万元以上) are not figures
        if (unit === gap || before === '第' || (before === '-' && !percent) || /^(?:及?以[上下])/.test(text.slice(end + unit.length))) {
            i = end - 1;
            continue;
        }
        end += unit.length;
        const plain = digits.replace(/,/g, '');
        const decimals = plain.includes('.') ? plain.split('.')[1].length : 0;
        let raised = new Decimal(plain).plus(1).toFixed(decimals);
        if (digits.includes(',')) {
            const [whole, fraction] = raised.split('.');
            raised = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
        }
        const lineStart = text.lastIndexOf('\n', i) + 1;
        figures.push({
            offset: i, line, digits, written: text.slice(i, end), raised: raised + unit,
            context: text.slice(Math.max(lineStart, i - 30), i).replace(/\s+/g, ' ') + `‹${text.slice(i, end)}›`,
        });
        i = end - 1;
    }
    return figures;
}

class Checker {
    private readonly shared = createJuesuanServices({ ...NodeFileSystem }).shared;
    private count = 0;

    async check(text: string): Promise<Diagnostic[]> {
        const uri = URI.file(path.join(process.cwd(), 'test-results', 'probe', `probe-${this.count++}.juesuan`));
        const workspace = this.shared.workspace;
        const document = workspace.LangiumDocumentFactory.fromString(text, uri);
        workspace.LangiumDocuments.addDocument(document);
        try {
            await workspace.DocumentBuilder.build([document], { validation: true });
            return document.diagnostics ?? [];
        } finally {
            await workspace.DocumentBuilder.update([], [uri]);
        }
    }
}

const ruleOf = (d: Diagnostic) => String(d.code ?? (d.data as { code?: string } | undefined)?.code ?? '');

async function probe(checker: Checker, text: string, figure: ProseFigure, baseline: readonly Diagnostic[]): Promise<Outcome> {
    const mutated = text.slice(0, figure.offset) + figure.raised + text.slice(figure.offset + figure.written.length);
    const shift = figure.raised.length - figure.written.length;
    const key = (d: Diagnostic, moved: boolean) => {
        const { line, character } = d.range.start;
        const back = moved && line === figure.line - 1 && character > 0 ? shift : 0;
        return `${ruleOf(d)}|${d.severity}|${line}|${character - back}`;
    };
    const before = new Map<string, number>();
    for (const d of baseline) before.set(key(d, false), (before.get(key(d, false)) ?? 0) + 1);
    let outcome: Outcome = 'missed';
    for (const d of await checker.check(mutated)) {
        const k = key(d, true);
        const left = before.get(k) ?? 0;
        if (left > 0) {
            before.set(k, left - 1);
            continue;
        }
        if ((d.severity ?? 1) <= 2) return 'caught';
        if (d.severity === 3) outcome = 'noted';
    }
    return outcome;
}

function caseFiles(dir: string): string[] {
    return readdirSync(dir).sort().flatMap(name => {
        const file = path.join(dir, name);
        return statSync(file).isDirectory() ? caseFiles(file) : /^(trial|real)-.*\.juesuan$/.test(name) ? [file] : [];
    });
}

async function main(): Promise<void> {
    const args = process.argv.slice(2);
    const list = args.includes('--list');
    const filters = args.filter(a => !a.startsWith('--'));
    const root = process.cwd();
    const files = [
        ...caseFiles(path.join(root, 'test', 'validation', 'cases')),
        ...readdirSync(path.join(root, 'examples')).filter(f => f.endsWith('.juesuan')).sort().map(f => path.join(root, 'examples', f)),
    ].filter(f => filters.length === 0 || filters.some(s => f.includes(s)));
    const checker = new Checker();
    const totals = new Map<string, Record<Outcome, number>>();
    for (const file of files) {
        const kind = path.basename(file).startsWith('trial-') ? 'trial' : path.basename(file).startsWith('real-') ? 'real' : 'example';
        const text = withoutMarkers(readFileSync(file, 'utf8'));
        const baseline = await checker.check(text);
        const flagged = baseline.filter(d => (d.severity ?? 1) <= 2);
        const score: Record<Outcome, number> = { caught: 0, noted: 0, missed: 0 };
        const missed: string[] = [];
        for (const figure of proseFigures(text)) {
            // a figure the checks already flag cannot be flagged anew
            if (flagged.some(d => d.range.start.line <= figure.line - 1 && d.range.end.line >= figure.line - 1)) continue;
            const outcome = await probe(checker, text, figure, baseline);
            score[outcome]++;
            if (outcome !== 'caught') missed.push(`  ${figure.line}  ${outcome === 'noted' ? '(info) ' : ''}${figure.context} → ${figure.raised}`);
        }
        const total = totals.get(kind) ?? { caught: 0, noted: 0, missed: 0 };
        for (const o of ['caught', 'noted', 'missed'] as const) total[o] += score[o];
        totals.set(kind, total);
        console.log(`${path.relative(root, file)}: ${score.caught} caught, ${score.noted} info only, ${score.missed} missed`);
        if (list) for (const m of missed) console.log(m);
    }
    for (const [kind, t] of totals) {
        const all = t.caught + t.noted + t.missed;
        console.log(`${kind}: ${t.caught}/${all} caught (${(100 * t.caught / Math.max(all, 1)).toFixed(1)}%), ${t.noted} info only, ${t.missed} missed`);
    }
}

void main();
