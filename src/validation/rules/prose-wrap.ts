// A text pasted from a PDF keeps the page's line breaks. The model reads each soft wrap (see
// src/model/prose-wrap.ts) as part of its paragraph; this rule says so once per text, and its fix
// takes the wraps out of the source, so that what is written is what is read and printed.
import { joinSoftWraps } from '../../model/prose-wrap.js';
import type { Rule } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';
import { rangeIn } from './prose-judge.js';

const proseWrapRule: Rule = {
    ...ruleMeta('prose-wrap'),
    check(model, report) {
        for (const prose of model.nodes.prose) {
            const first = prose.wraps[0];
            const last = prose.wraps[prose.wraps.length - 1];
            if (!first) continue;
            // the characters either side of the first wrap: where the sentence runs on
            const at = rangeIn(prose, Math.max(0, first.start - 1), first.end - first.start + 2);
            // one edit for all of them, so that `juesuan check --fix` takes them out at once
            const joined = rangeIn(prose, first.start, last.end - first.start);
            if (!at || !joined) continue;
            const count = prose.wraps.length;
            // the text as read differs from the source only inside the wraps, which are taken out
            const shifted = prose.wraps.map(wrap => ({ start: wrap.start - first.start, end: wrap.end - first.start }));
            report.info(prose.node, `这段文字有 ${count} 处在句子中间换行（从 PDF 复制来的、在页宽处折的行）：校验和生成报告时都读作与上一行同一段。`, {
                range: at,
                fix: { title: `把 ${count} 处折行接成一段`, range: joined, newText: joinSoftWraps(prose.text.slice(first.start, last.end), shifted) },
            });
        }
    },
};

export const proseWrapRules: readonly Rule[] = [proseWrapRule];
