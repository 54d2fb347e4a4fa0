// Suppression comments in a report's source:
//   // juesuan-disable-next-line share, growth -- 原表如此
//   // juesuan-disable unit … // juesuan-enable unit
// A finding of a named rule that starts on the next line, or between the two comments (to the end
// of the file when no enable follows), is not reported. Rule names are required, so that a reader
// sees what is held back; anything after `--` is the reason. A name that suppresses nothing is
// reported (rule `unused-disable`) once its rule has run, so that stale comments do not pile up.
import type { LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isRuleId, RULE_CATALOGUE, type RuleId } from './rule-catalogue.js';

export interface SuppressionEntry {
    readonly name: RuleId;
    /** Where the name is written (or the directive, when it names none). */
    readonly range: Range;
    /** Lines (0-based, inclusive) whose findings it holds back. */
    readonly from: number;
    to: number;
    used: boolean;
}

/** What is wrong with a directive itself: reported whatever rules ran. */
export interface DirectiveProblem {
    readonly range: Range;
    readonly message: string;
}

export interface Suppressions {
    readonly entries: readonly SuppressionEntry[];
    readonly problems: readonly DirectiveProblem[];
}

const NONE: Suppressions = { entries: [], problems: [] };

const DIRECTIVE = /\/\/[ \t]*juesuan-(disable-next-line|disable|enable)(?![\w-])([^\r\n]*)/g;

/** The suppression comments of a document: a scan of its text, none when it has no `juesuan-`. */
export function readSuppressions(document: LangiumDocument): Suppressions {
    const textDocument = document.textDocument;
    const text = textDocument.getText();
    if (!text.includes('juesuan-')) return NONE;
    const root = document.parseResult.value.$cstNode;
    const entries: SuppressionEntry[] = [];
    const problems: DirectiveProblem[] = [];
    /** Open `juesuan-disable` blocks by rule name. */
    const open = new Map<string, SuppressionEntry[]>();
    for (const match of text.matchAll(DIRECTIVE)) {
        const offset = match.index;
        // `//` inside a text 「…」 is text, not a comment
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        if (leaf && leaf.offset <= offset && offset < leaf.end && leaf.tokenType.name !== 'SL_COMMENT') continue;
        const kind = match[1];
        const line = textDocument.positionAt(offset).line;
        const listStart = offset + match[0].length - match[2].length;
        const list = match[2].split(/\s--\s|\s--$/)[0];
        const names = [...list.matchAll(/[^\s,，、]+/g)].map(m => ({
            name: m[0],
            range: { start: textDocument.positionAt(listStart + m.index), end: textDocument.positionAt(listStart + m.index + m[0].length) },
        }));
        const directiveRange = { start: textDocument.positionAt(offset), end: textDocument.positionAt(offset + match[0].length) };
        if (names.length === 0) {
            problems.push({ range: directiveRange, message: `“juesuan-${kind}”后面要写规则名，如 // juesuan-${kind} share：写明抑制的是哪条规则，审阅的人才看得到。` });
            continue;
        }
        for (const { name, range } of names) {
            if (!isRuleId(name)) {
                problems.push({ range, message: `没有名为“${name}”的规则，这条抑制注释不起作用。` });
                continue;
            }
            if ((RULE_CATALOGUE[name] as { engine?: true }).engine) {
                problems.push({ range, message: `“${name}”由校验引擎报告，不能用注释抑制。` });
                continue;
            }
            if (kind === 'disable-next-line') {
                entries.push({ name, range, from: line + 1, to: line + 1, used: false });
            } else if (kind === 'disable') {
                const entry: SuppressionEntry = { name, range, from: line, to: Number.MAX_SAFE_INTEGER, used: false };
                entries.push(entry);
                open.set(name, [...(open.get(name) ?? []), entry]);
            } else {
                const blocks = open.get(name);
                if (!blocks?.length) {
                    problems.push({ range, message: `“juesuan-enable ${name}”之前没有对应的“juesuan-disable ${name}”。` });
                    continue;
                }
                blocks.pop()!.to = line;
            }
        }
    }
    return { entries, problems };
}

/** Whether a finding of `rule` starting on `line` is held back; the entry that does so is marked used. */
export function suppresses(suppressions: Suppressions, rule: RuleId, line: number): boolean {
    let held = false;
    for (const entry of suppressions.entries) {
        if (entry.name === rule && entry.from <= line && line <= entry.to) {
            entry.used = true;
            held = true;
        }
    }
    return held;
}
