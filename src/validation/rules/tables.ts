import type { AstNode } from 'langium';
import { isAttachment, isGlossary, isMetaField, isOverview, isTable } from '../../language/generated/ast.js';
import { walkRows } from '../../model/rows.js';
import type { Rule } from '../rule.js';

const tableShapeRule: Rule = {
    id: 'table-shape',
    title: '附表编号、表名、列名与模板一致，每行数值不多于列数',
    category: 'fast',
    check(model, report) {
        const seen = new Set<number>();
        for (const node of model.report.parts.filter(isTable)) {
            // 附表 3.5: the table-header check reports it
            if (!/^\d+$/.test(node.number ?? '')) continue;
            const number = Number.parseInt(node.number, 10);
            const template = model.template.tables.find(t => t.number === number);
            if (!template) {
                report.error(node, `${model.template.name}没有附表 ${node.number}：附表编号应为 1–${model.template.tables.length}。`, { property: 'number' });
                continue;
            }
            if (seen.has(number)) {
                report.error(node, `附表 ${number} 重复：每张附表只写一次。`, { property: 'number' });
                continue;
            }
            seen.add(number);
            if (node.title && node.title !== template.title) {
                report.warning(node, `附表 ${number} 的表名应为“${template.title}”。`, {
                    property: 'title', fix: { title: `改为“${template.title}”`, newText: template.title },
                });
            }
            const unknown = (node.columns?.names ?? []).filter(name => !template.columns.includes(name));
            if (node.columns && unknown.length > 0) {
                report.warning(node.columns, `附表 ${number} 没有列 ${unknown.map(n => `“${n}”`).join('、')}；可用的列：${template.columns.join('、')}。`);
            }
        }
        for (const table of model.tables.values()) {
            walkRows(table.rows, row => {
                const extra = row.node.cells.slice(table.columns.length);
                for (const cell of extra) {
                    report.error(cell, `附表 ${table.number} 只有 ${table.columns.length} 列（${table.columns.join('、')}），这个数值没有对应的列。`);
                }
            });
        }
    },
};

const PARTS = [
    { present: isOverview, name: '部门概况' },
    { present: isGlossary, name: '名词解释' },
    { present: isAttachment, name: '附件' },
] as const;

const HEADER_FIELDS = ['部门', '年度', '单位', '公开时间'];

/**
 * The report has every part and every table of its template; a table without figures says so.
 * Reported once, at the report's first line, for whatever is missing.
 */
const completenessRule: Rule = {
    id: 'completeness',
    title: '模板的各部分、各附表齐全；无数据的表写明“无数据”',
    category: 'fast',
    check(model, report) {
        const anchor: AstNode | undefined = model.report.parts[0];
        if (!anchor) return;
        const fields = new Set<string>(model.report.parts.filter(isMetaField).map(f => f.key));
        const missingFields = HEADER_FIELDS.filter(key => !fields.has(key));
        if (missingFields.length > 0) report.warning(anchor, `报告缺少 ${missingFields.join('、')}。`);
        const missingParts = PARTS.filter(part => !model.report.parts.some(p => part.present(p))).map(p => p.name);
        if (missingParts.length > 0) report.warning(anchor, `报告缺少 ${missingParts.join('、')}。`);
        const missingTables = model.template.tables.filter(t => !model.tables.has(t.number));
        if (missingTables.length > 0) {
            const list = missingTables.length > 3
                ? missingTables.map(t => t.number).join('、')
                : missingTables.map(t => `${t.number}（${t.title}）`).join('、');
            report.warning(anchor, `报告缺少附表 ${list}；没有数据的表也要列出，写明“无数据”。`);
        }
        for (const table of model.tables.values()) {
            if (!table.empty && table.rows.length === 0) {
                report.info(table.node, `附表 ${table.number} 没有填写数据；本表确无数据时写“无数据”，生成的报告会注明。`, { property: 'number' });
            }
            let hasFigures = false;
            walkRows(table.rows, row => { hasFigures ||= row.cells.size > 0; });
            if (table.empty && hasFigures) {
                report.error(table.node.empty!, `附表 ${table.number} 写了“无数据”，却又填了数字。`);
            }
        }
    },
};

export const tableRules: readonly Rule[] = [tableShapeRule, completenessRule];
