import { isGlossary } from '../../language/generated/ast.js';
import type { RowModel } from '../../model/rows.js';
import { walkRows } from '../../model/rows.js';
import { listsProjects } from '../../model/relations.js';
import type { Rule } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';
import { reportParts } from '../../model/section-groups.js';

/** 功能分类: 类 3, 款 5, 项 7 digits; 经济分类: 类 3, 款 5 digits. */
const CODE_LENGTHS = { 功能分类: [3, 5, 7], 经济分类: [3, 5] } as const;
/** 功能分类 codes start with 2; 经济分类 ones with 3 (部门预算) or 5 (政府预算). */
const CODE_FIRST_DIGITS = { 功能分类: ['2'], 经济分类: ['3', '5'] } as const;

const codeFormatRule: Rule = {
    ...ruleMeta('code-format'),
    check(model, report) {
        for (const table of model.tables.values()) {
            const scheme = table.template?.codes;
            if (!scheme) continue;
            walkRows(table.rows, row => {
                if (!row.code) return;
                if (!(CODE_LENGTHS[scheme] as readonly number[]).includes(row.code.length)) {
                    report.error(row.node, `科目编码 ${row.code} 有 ${row.code.length} 位；${scheme}科目编码应为 ${CODE_LENGTHS[scheme].join('、')} 位。`, { property: 'code' });
                } else if (!(CODE_FIRST_DIGITS[scheme] as readonly string[]).includes(row.code[0])) {
                    report.error(row.node, `科目编码 ${row.code} 不是${scheme}编码：${scheme}科目编码以 ${CODE_FIRST_DIGITS[scheme].join(' 或 ')} 开头。`, { property: 'code' });
                }
            });
        }
        for (const glossary of reportParts(model.report).filter(isGlossary)) {
            for (const entry of glossary.entries) {
                if (entry.code && ![3, 5, 7].includes(entry.code.length)) {
                    report.error(entry, `科目编码 ${entry.code} 有 ${entry.code.length} 位；应为 3、5 或 7 位。`, { property: 'code' });
                }
            }
        }
    },
};

const codeParentRule: Rule = {
    ...ruleMeta('code-parent'),
    check(model, report) {
        for (const table of model.tables.values()) {
            walkRows(table.rows, row => {
                const parentCode = row.parent?.code;
                // a code of the wrong length is code-format's finding
                if (!row.code || !parentCode || ![3, 5, 7].includes(row.code.length)) return;
                if (!row.code.startsWith(parentCode)) {
                    report.error(row.node, `科目 ${row.code} 不属于上级科目 ${parentCode}：下级编码应以 ${parentCode} 开头。`, { property: 'code' });
                } else if (row.code.length !== parentCode.length + 2) {
                    report.error(row.node, `科目 ${row.code} 与上级科目 ${parentCode} 相差不止一级：${parentCode} 的下一级编码应为 ${parentCode.length + 2} 位。`, { property: 'code' });
                }
            });
        }
    },
};

const codeDuplicateRule: Rule = {
    ...ruleMeta('code-duplicate'),
    check(model, report, { catalogue }) {
        for (const table of model.tables.values()) {
            // projects spent under one subject share its code
            if (listsProjects(table, catalogue)) continue;
            const seen = new Map<string, RowModel>();
            walkRows(table.rows, row => {
                if (!row.code) return;
                const first = seen.get(row.code);
                if (first) {
                    const line = (first.node.$cstNode?.range.start.line ?? 0) + 1;
                    report.error(row.node, `科目 ${row.code} 在${table.label}中重复出现（第 ${line} 行已有）。`, { property: 'code' });
                } else {
                    seen.set(row.code, row);
                }
            });
        }
    },
};

export const codeRules: readonly Rule[] = [codeFormatRule, codeParentRule, codeDuplicateRule];
