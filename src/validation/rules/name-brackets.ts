// A name pasted with half-width brackets (部门(单位)职责, 机关(单位)运行经费, 支出决算表(一)) is read as written with
// full-width ones (half-width-brackets.ts): nothing is wrong with the report, so one hint per line, with the fix
// that writes them full-width.
import type { LeafCstNode } from 'langium';
import { CstUtils } from 'langium';
import { NAME_TOKENS } from '../../language/syntax/half-width-brackets.js';
import { fullWidthBrackets } from '../../model/brackets.js';
import type { Rule } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';

const HALF_WIDTH_BRACKET = /[()]/g;
// as published tables print them (增长率(%), 执行率(%)) and a glossary its terms (事业运行(2010350)：): no hint
const ROUTINE_BRACKETS = /\([%％]\)|\(\d{3}(?:\d{2}){0,2}\)/g;

const nameBracketsRule: Rule = {
    ...ruleMeta('name-brackets'),
    check(model, report) {
        const root = model.report.$cstNode;
        if (!root) return;
        const text = root.text;
        // the name tokens holding one, by line; a bracket in a text, a comment or a table's label is no name's
        const byLine = new Map<number, LeafCstNode[]>();
        HALF_WIDTH_BRACKET.lastIndex = 0;
        for (let found = HALF_WIDTH_BRACKET.exec(text); found; found = HALF_WIDTH_BRACKET.exec(text)) {
            const leaf = CstUtils.findLeafNodeAtOffset(root, root.offset + found.index);
            if (!leaf || leaf.hidden || !NAME_TOKENS.has(leaf.tokenType.name)) continue;
            // the name's other brackets are its own: go on after it
            HALF_WIDTH_BRACKET.lastIndex = leaf.end - root.offset;
            if (!/[()]/.test(leaf.text.replace(ROUTINE_BRACKETS, ''))) continue;
            const line = leaf.range.start.line;
            byLine.set(line, [...byLine.get(line) ?? [], leaf]);
        }
        for (const names of byLine.values()) {
            const first = names[0];
            const last = names[names.length - 1];
            // one edit over the line's names, the text between them as written
            const newText = names.map((name, i) => fullWidthBrackets(name.text)
                + (i + 1 < names.length ? text.slice(name.end - root.offset, names[i + 1].offset - root.offset) : '')).join('');
            const range = { start: first.range.start, end: last.range.end };
            report.hint(first.astNode, '名称中的括号是半角的“()”，已按全角“（）”读。', {
                range,
                fix: { title: '改为全角括号“（）”', newText, range },
            });
        }
    },
};

export const nameBracketsRules: readonly Rule[] = [nameBracketsRule];
