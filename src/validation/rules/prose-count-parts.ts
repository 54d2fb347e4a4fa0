// A count a text splits with 其中 (编制人数28人，其中行政编制18人、事业编制10人): no part is larger than the
// whole, and the parts together not either. Written in 部门人员情况 and the like, where no table holds
// the counts. A part above the whole is an error; parts that add up to more only an info, since
// the parts a text names after 其中 may overlap (在职人员25人，其中女职工12人、党员15人).
import type { Rule } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';
import { rangeIn } from './prose-judge.js';

const COUNT = /(\d+)(人次|批次|人|名|个|辆|台（套）|套|台|户|项)/g;

interface Count { readonly value: number; readonly unit: string; readonly offset: number; readonly length: number }

function countsIn(text: string, from: number, to: number): Count[] {
    const found: Count[] = [];
    const pattern = new RegExp(COUNT.source, 'g');
    pattern.lastIndex = from;
    for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
        // a whole count, not the tail of a decimal or of a figure with separators (1.5人, 1,200人)
        if (/[.,\d]/.test(text[m.index - 1] ?? '')) continue;
        found.push({ value: Number(m[1]), unit: m[2], offset: m.index, length: m[0].length });
    }
    return found;
}

/** Clauses (to ；or 。) with a 其中: the whole is the last count before it, the parts those after it of the same unit. */
function* splits(text: string): Generator<{ whole: Count; parts: Count[] }> {
    // by offsets into the text, without a match object per sentence or a copy per clause: this runs over every prose text
    let split = text.indexOf('其中');
    for (let start = 0; split >= 0 && start <= text.length;) {
        const end = clauseEnd(text, start);
        if (split < start) split = text.indexOf('其中', start);
        if (split > start && split < end) {
            const whole = countsIn(text, start, split).at(-1);
            // the parts run to the next 其中 (a part's own parts), brackets left out
            const next = text.indexOf('其中', split + 2);
            const stop = next >= 0 && next < end ? next : end;
            const parts = whole ? countsIn(text, split, stop).filter(c => c.unit === whole.unit && !inBrackets(text, c.offset, start)) : [];
            if (whole && parts.length > 0 && whole.offset + whole.length >= split - 2) yield { whole, parts };
        }
        start = end + 1;
    }
}

/** Where the clause from `start` ends: its 。；;！？ or line break, else the end of the text. */
function clauseEnd(text: string, start: number): number {
    for (let i = start; i < text.length; i++) {
        if (CLAUSE_ENDS.has(text.charCodeAt(i))) return i;
    }
    return text.length;
}

const CLAUSE_ENDS = new Set([...'。；;！？\n'].map(char => char.charCodeAt(0)));

function inBrackets(text: string, offset: number, from: number): boolean {
    const before = text.slice(from, offset);
    return before.lastIndexOf('（') > before.lastIndexOf('）') || before.lastIndexOf('(') > before.lastIndexOf(')');
}

const proseCountPartsRule: Rule = {
    ...ruleMeta('prose-count-parts'),
    check(model, reporter) {
        for (const prose of model.nodes.prose) {
            for (const { whole, parts } of splits(prose.text)) {
                const over = parts.find(p => p.value > whole.value);
                const range = (c: Count) => rangeIn(prose, c.offset, c.length);
                if (over) {
                    const at = range(over);
                    if (at) reporter.error(prose.node, `其中的 ${over.value}${over.unit} 大于总数 ${whole.value}${whole.unit}：其中项不能超过总数。`, { range: at });
                    continue;
                }
                const sum = parts.reduce((acc, p) => acc + p.value, 0);
                const at = range(whole);
                if (parts.length >= 2 && sum > whole.value && at) {
                    reporter.info(prose.node, `其中各项 ${parts.map(p => p.value).join(' + ')} = ${sum}${whole.unit}，大于总数 ${whole.value}${whole.unit}：请核对（各项有重叠时不必改）。`, { range: at });
                }
            }
        }
    },
};

export const proseCountPartsRules: readonly Rule[] = [proseCountPartsRule];
