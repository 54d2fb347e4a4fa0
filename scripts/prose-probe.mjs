// Mutation probe for a trial report: changes each figure written in the prose of 情况说明, one at a time, by more
// than rounding (amounts by 10% + 1, rates by 3 points, counts by 2) and counts the mutants that draw a new error or
// warning. Figures the baseline already flags (planted slips) are left out; thresholds (单价100万元以上) are skipped.
// Usage (after npm run build): node scripts/prose-probe.mjs test/validation/cases/national/trial-henan.juesuan
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const file = process.argv[2];
const src = readFileSync(file, 'utf8').replace(/[»«]/g, '');
const lines = src.split('\n');
// the prose: every text 「…」 inside the 情况说明 block, over as many lines as it runs
let inExpl = false, depth = 0, inText = false;
const spots = [];
const re = /(\d[\d,]*(?:\.\d+)?)(\s*)(万元|%|批次|人次|辆|个|台（套）|次|人)/g;
for (let i = 0; i < lines.length; i++) {
  const line = lines[i];
  if (!inExpl && /^情况说明 \{/.test(line)) { inExpl = true; depth = 1; continue; }
  if (!inExpl) continue;
  let j = 0; const textRanges = [];
  let start = inText ? 0 : -1;
  for (; j < line.length; j++) {
    const c = line[j];
    if (!inText && c === '「') { inText = true; start = j + 1; }
    else if (inText && c === '」') { inText = false; textRanges.push([start, j]); }
    else if (!inText && c === '{') depth++;
    else if (!inText && c === '}') { depth--; if (depth === 0) { inExpl = false; break; } }
  }
  if (inText) textRanges.push([start, line.length]);
  // a year (2024年度), a date, a figure in brackets and a threshold (单价100万元以上) are no figure of the data
  for (const [a, b] of textRanges) {
    const seg = line.slice(a, b);
    let m; re.lastIndex = 0;
    while ((m = re.exec(seg))) {
      const before = seg.slice(Math.max(0, m.index - 1), m.index);
      const after = seg.slice(m.index + m[0].length, m.index + m[0].length + 1);
      if (/[年月日]/.test(after) || /^\d{4}$/.test(m[1])) continue;
      if (before === '（' || /[.\d]/.test(before) || /单价$|以上$/.test(seg.slice(0, m.index))) continue;
      spots.push({ line: i, col: a + m.index, text: m[1], unit: m[3] });
    }
  }
}
function mutate(t, unit) {
  const plain = t.replace(/,/g, '');
  const decimals = (plain.split('.')[1] ?? '').length;
  const v = Number(plain);
  let w;
  if (unit === '%') w = v === 0 ? 3 : v >= 99.5 ? v - 7 : v + 3;
  else if (unit === '万元') w = v === 0 ? 5 : v * 1.1 + 1;
  else w = v + 2;
  return w.toFixed(decimals);
}
const dir = mkdtempSync(join(tmpdir(), 'juesuan-probe-'));
const files = [];
spots.forEach((s, k) => {
  const copy = [...lines];
  const l = copy[s.line];
  copy[s.line] = l.slice(0, s.col) + mutate(s.text, s.unit) + l.slice(s.col + s.text.length);
  const f = `${dir}/m${String(k).padStart(3, '0')}.juesuan`;
  writeFileSync(f, copy.join('\n')); files.push(f);
});
writeFileSync(`${dir}/base.juesuan`, src);
const cli = join(import.meta.dirname, '..', 'bin', 'juesuan.cjs');
const run = fs => { try { return execFileSync('node', [cli, 'check', ...fs], { encoding: 'utf8', maxBuffer: 1 << 28 }); } catch (e) { return e.stdout; } };
const out = run([`${dir}/base.juesuan`, ...files]);
const count = {};
for (const l of out.split('\n')) { const m = /^(\S+?\.juesuan):\d+:\d+: (错误|警告) /.exec(l); if (m) count[m[1]] = (count[m[1]] ?? 0) + 1; }
const base = count[`${dir}/base.juesuan`] ?? 0;
const flagged = new Set();
for (const l of out.split('\n')) { const m = /^(.+?):(\d+):(\d+): (错误|警告) /.exec(l); if (m && m[1] === `${dir}/base.juesuan`) flagged.add(`${m[2]}:${m[3]}`); }
let caught = 0; const missed = []; let planted = 0;
spots.forEach((s, k) => { if (flagged.has(`${s.line + 1}:${s.col + 1}`)) { planted++; return; } const n = count[files[k]] ?? 0; if (n > base) caught++; else missed.push(`${s.line + 1}:${s.col + 1} ${s.text}${s.unit} → ${mutate(s.text, s.unit)}`); });
console.log(`${caught}/${spots.length - planted} caught (${planted} planted slips left out) (baseline ${base} errors+warnings)`);
for (const m of missed) console.log('missed', m);
rmSync(dir, { recursive: true, force: true });
