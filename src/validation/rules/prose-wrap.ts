// A text pasted from a PDF keeps the page's line breaks. The model reads each soft wrap (see
// src/model/prose-wrap.ts) as part of its paragraph; this rule says so once per text, and its fix
// takes the wraps out of the source, so that what is written is what is read and printed.
import type { Edit, Rule } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';
import { rangeIn } from './prose-judge.js';

const proseWrapRule: Rule = {
    ...ruleMeta('prose-wrap'),
    check(model, report) {
        for (const prose of model.nodes.prose) {
            const [first, ...rest] = prose.wraps;
            if (!first) continue;
            // the characters either side of the first wrap: where the sentence runs on
            const at = rangeIn(prose, Math.max(0, first.start - 1), first.end - first.start + 2);
            const joins = prose.wraps.map(wrap => rangeIn(prose, wrap.start, wrap.end - wrap.start));
            if (!at || joins.some(range => range === undefined)) continue;
            const also: Edit[] = joins.slice(1).map(range => ({ range: range!, newText: '' }));
            const count = rest.length + 1;
            report.info(prose.node, `这段文字有 ${count} 处在句子中间换行（从 PDF 复制来的、在页宽处折的行）：校验和生成报告时都读作与上一行同一段。`, {
                range: at,
                fix: { title: `把 ${count} 处折行接成一段`, range: joins[0], newText: '', also },
            });
        }
    },
};

export const proseWrapRules: readonly Rule[] = [proseWrapRule];
