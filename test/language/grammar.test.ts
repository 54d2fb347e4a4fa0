import { describe, expect, test } from 'vitest';
import type {
    Attachment, Attribute, Cell, Explanation, Glossary, MetaField, Overview, Project, Row, Table, TextField,
} from '../../src/language/generated/ast.js';
import { isAttachment, isExplanation, isGlossary, isMetaField, isOverview, isProject, isRow, isTable, isTextField } from '../../src/language/generated/ast.js';
import { parseClean, parseWithProblems, tokens } from './parse-utils.js';
import { figureColumnNames, tableLabelOf } from '../../src/model/table-label.js';

// ---------------------------------------------------------------------------------------------
// small accessors that keep the assertions readable

function cells(cs: Cell[]): string[] {
    return cs.map(c => c.value + (c.unit ?? ''));
}

function attrs(as: Attribute[]): Array<[string, string]> {
    return as.map(a => [a.key, a.text !== undefined ? `「${a.text}」` : cells(a.values).join(' ')]);
}

/** A row as `code name | cells | key:values; key:values` for compact assertions. */
function rowLine(row: Row): string {
    const head = row.code ? `${row.code} ${row.name}` : row.name;
    const attributes = attrs(row.attributes).map(([k, v]) => `${k}:${v}`).join('; ');
    return [head, cells(row.cells).join(' '), attributes].join(' | ');
}

function rows(entries: Array<unknown>): Row[] {
    return entries.filter(isRow);
}

async function onlyTable(text: string): Promise<Table> {
    const report = await parseClean(text);
    expect(report.parts).toHaveLength(1);
    const table = report.parts[0];
    expect(isTable(table)).toBe(true);
    return table as Table;
}

async function onlyExplanation(text: string): Promise<Explanation> {
    const report = await parseClean(text);
    expect(report.parts).toHaveLength(1);
    expect(isExplanation(report.parts[0])).toBe(true);
    return report.parts[0] as Explanation;
}

// ---------------------------------------------------------------------------------------------

describe('报告信息', () => {
    test('all header fields with text, ID, number, unit and date values', async () => {
        const report = await parseClean([
            '部门 「乐山高新区党工委办公室」',
            '全称 「中共乐山高新技术产业开发区工作委员会办公室（乐山高新区管委会办公室）」',
            '简称 党工委办公室',
            '年度 2020',
            '单位 万元',
            '公开时间 2021年11月22日',
            '模板 四川',
        ].join('\n'));
        const fields = report.parts.filter(isMetaField).map(f => [f.key, f.value]);
        expect(report.parts.every(isMetaField)).toBe(true);
        expect(fields).toEqual([
            ['部门', '乐山高新区党工委办公室'],
            ['全称', '中共乐山高新技术产业开发区工作委员会办公室（乐山高新区管委会办公室）'],
            ['简称', '党工委办公室'],
            ['年度', '2020'],
            ['单位', '万元'],
            ['公开时间', '2021年11月22日'],
            ['模板', '四川'],
        ]);
    });

    test('a colon after the key, ISO dates and 元 as unit', async () => {
        const report = await parseClean('部门：「甲」\n公开时间: 2021-11-22\n单位 元\n');
        expect(report.parts.map(p => [(p as MetaField).key, (p as MetaField).value])).toEqual([
            ['部门', '甲'], ['公开时间', '2021-11-22'], ['单位', '元'],
        ]);
        expect(tokens('公开时间 2021-11-22')).toEqual(['公开时间:公开时间', 'DATE:2021-11-22']);
        expect(tokens('公开时间 2021年1月2日')).toEqual(['公开时间:公开时间', 'DATE:2021年1月2日']);
    });

    test('several header fields on one line', async () => {
        const report = await parseClean('年度 2020 单位 万元');
        expect(report.parts.map(p => (p as MetaField).value)).toEqual(['2020', '万元']);
    });
});

describe('部门概况 text fields', () => {
    test('multi-line text with Chinese punctuation, “” quotes, a nested 「」 and a reference', async () => {
        const text = [
            '部门概况 {',
            '  主要职能 「（一）负责党工委、管委会日常运转；',
            '  （二）负责“三公”经费管理，落实「八项规定」精神！',
            '  支出【附表6.201.基本支出】万元。」',
            '  机构设置：「下设综合科、督查科：共2个科室……」',
            '  在职人员 18人',
            '}',
        ].join('\n');
        const report = await parseClean(text);
        const overview = report.parts[0] as Overview;
        expect(isOverview(overview)).toBe(true);
        expect(overview.entries).toHaveLength(3);
        const [duties, setup, staff] = overview.entries as [TextField, TextField, Row];
        expect(isTextField(duties)).toBe(true);
        expect(duties.key).toBe('主要职能');
        expect(duties.text).toBe(
            '（一）负责党工委、管委会日常运转；\n  （二）负责“三公”经费管理，落实「八项规定」精神！\n  支出【附表6.201.基本支出】万元。');
        expect(isTextField(setup)).toBe(true);
        expect(setup.key).toBe('机构设置');
        expect(setup.text).toBe('下设综合科、督查科：共2个科室……');
        expect(isRow(staff)).toBe(true);
        expect(rowLine(staff)).toBe('在职人员 | 18人 | ');
    });

    test('text is one token: nothing inside 「」 is lexed on its own', async () => {
        expect(tokens('用途 「2010301 行政运行 298.18 占比 23.94% 附表 6 { } // 不是注释」')).toEqual([
            '用途:用途', 'TEXT:「2010301 行政运行 298.18 占比 23.94% 附表 6 { } // 不是注释」',
        ]);
    });

    test('an empty text', async () => {
        const report = await parseClean('部门概况 { 备注说明 「」 }');
        expect(((report.parts[0] as Overview).entries[0] as TextField).text).toBe('');
    });
});

describe('names', () => {
    test('其中： before the first row it heads, with that row\'s ordinal: （1） is the ordinal, not −1', async () => {
        const table = await onlyTable('附表 9 表 {\n  公务用车购置及运行维护费 3 {\n    其中：（1）公务用车运行维护费 2\n    （2）公务用车购置费 1\n  }\n}');
        const children = (table.entries[0] as Row).entries as Row[];
        expect(children.map(r => [r.ordinal, r.name, r.cells.map(c => c.value)])).toEqual([
            [undefined, '其中', []], ['（1）', '公务用车运行维护费', ['2']], ['（2）', '公务用车购置费', ['1']],
        ]);
        // after another name it is still the accountant's −1, which the lexer reports
        expect(tokens('  金额：（1）')).toEqual(['ID:金额', '：:：', 'NUMBER:（1）']);
    });

    test('full-width parentheses inside a row name', async () => {
        const table = await onlyTable('附表 6 表 {\n  20103 政府办公厅（室）及相关机构事务 2952.54\n}');
        expect(rowLine(table.entries[0] as Row)).toBe('20103 政府办公厅（室）及相关机构事务 | 2952.54 | ');
    });

    test('“三公” quotes in names and table titles', async () => {
        const table = await onlyTable([
            '附表 10 “三公”经费支出决算表 {',
            '  “三公”经费支出 4.92',
            '  因公出国（境）费 0',
            '}',
        ].join('\n'));
        expect(table.label).toBe('附表 10');
        expect(table.title).toBe('“三公”经费支出决算表');
        expect(rows(table.entries).map(r => r.name)).toEqual(['“三公”经费支出', '因公出国（境）费']);
        const other = await onlyTable('附表 12 政府性基金预算财政拨款“三公”经费支出决算表 { 无数据 }');
        expect(other.title).toBe('政府性基金预算财政拨款“三公”经费支出决算表');
    });

    test('Latin letters and a middle dot in names', async () => {
        const table = await onlyTable('附表 6 表 {\n  PPP项目·其他 1\n}');
        expect((table.entries[0] as Row).name).toBe('PPP项目·其他');
    });

    test('a / between letters in a name, as printed units are (通用设备（台/套/辆）); // and /* after a name open comments', async () => {
        const table = await onlyTable('表10 资产情况表 {\n  2.通用设备（台/套/辆） 271.97 472\n  专用设备（台/套）//注释\n  其他/* 注释 */ 1\n}');
        expect(rows(table.entries).map(r => r.name)).toEqual(['通用设备（台/套/辆）', '专用设备（台/套）', '其他']);
        expect(tokens('元/人 a/b')).toEqual(['ID:元/人', 'ID:a/b']);
        // a / not between letters is no part of a name: on its own it is a blank cell (不适用)
        expect(tokens('甲/ 乙')).toEqual(['ID:甲', 'BLANK:/', 'ID:乙']);
    });
});

describe('codes and amounts', () => {
    test('a number at the start of a line is a code, the same digits mid-line are an amount', async () => {
        const table = await onlyTable([
            '附表 6 表 {',
            '201 一般公共服务支出 2010301 201',
            '  2010301 行政运行 201',
            '}',
        ].join('\n'));
        expect(rows(table.entries).map(rowLine)).toEqual([
            '201 一般公共服务支出 | 2010301 201 | ',
            '2010301 行政运行 | 201 | ',
        ]);
        expect(tokens('201 一般 201\n  201 其他 201')).toEqual([
            'CODE:201', 'ID:一般', 'NUMBER:201', 'CODE:201', 'ID:其他', 'NUMBER:201',
        ]);
    });

    test('indentation by spaces, tabs and the ideographic space still makes a code', async () => {
        expect(tokens('\t\t201 甲\n\u3000\u30002010301 乙\n \t 20103 丙')).toEqual([
            'CODE:201', 'ID:甲', 'CODE:2010301', 'ID:乙', 'CODE:20103', 'ID:丙',
        ]);
    });

    test('a decimal, a percentage, a negative number or a date at a line start is not a code', async () => {
        expect(tokens('298.18\n100%\n-24.92\n2021-11-22\n1,872.89\n2021年1月1日')).toEqual([
            'NUMBER:298.18', 'PERCENT:100%', 'NUMBER:-24.92', 'DATE:2021-11-22', 'NUMBER:1,872.89', 'DATE:2021年1月1日',
        ]);
    });

    test('code rows after a comment line and after a blank line', async () => {
        const table = await onlyTable([
            '附表 6 表 {',
            '  // 一般公共服务',
            '  201 一般公共服务支出 1',
            '',
            '  /* 外交 */',
            '  202 外交支出 2',
            '}',
        ].join('\n'));
        expect(rows(table.entries).map(r => r.code)).toEqual(['201', '202']);
    });
});

describe('列 headers', () => {
    test('列【…】 with spaces', async () => {
        const table = await onlyTable('附表 6 表 {\n  列【合计 基本支出 项目支出】\n  合计 3569.58 854.57 2715.01\n}');
        expect(table.columns?.names).toEqual(['合计', '基本支出', '项目支出']);
        expect(rows(table.entries)).toHaveLength(1);
    });

    test('列[…] with every separator', async () => {
        const table = await onlyTable('附表 1 表 {\n  列[本年收入,上年结转，年末结余、其他]\n}');
        expect(table.columns?.names).toEqual(['本年收入', '上年结转', '年末结余', '其他']);
    });

    test('mixed brackets and a single column', async () => {
        expect((await onlyTable('附表 1 表 { 列【决算数] }')).columns?.names).toEqual(['决算数']);
        expect((await onlyTable('附表 1 表 { 列[预算数 决算数】 }')).columns?.names).toEqual(['预算数', '决算数']);
    });

    test('a heading over several columns, as a two-level header prints it', async () => {
        const table = await onlyTable('公开11表 政府采购情况表 {\n  列【单位名称 采购计划金额 { 总计 货物 工程 服务 } 实际采购金额 {总计、货物} 授予中小企业合同金额】\n  合计 902.60 140.00 - 762.60 865.30 126.40 812.60\n}');
        expect(table.columns?.names).toEqual(['单位名称', '采购计划金额{总计 货物 工程 服务}', '实际采购金额{总计 货物}', '授予中小企业合同金额']);
        expect(figureColumnNames(table)).toEqual([
            '采购计划金额·总计', '采购计划金额·货物', '采购计划金额·工程', '采购计划金额·服务', '实际采购金额·总计', '实际采购金额·货物', '授予中小企业合同金额',
        ]);
        expect(rows(table.entries)[0].cells).toHaveLength(7);
    });

    test('the self-evaluation form\'s words name the columns of a report\'s own table', async () => {
        const table = await onlyTable('表10 项目支出执行情况表 {\n  列【预算数 执行数 执行率 分值 得分】\n  合计 100 90 90 10 9\n}');
        expect(table.columns?.names).toEqual(['预算数', '执行数', '执行率', '分值', '得分']);
        expect(rows(table.entries)).toHaveLength(1);
    });

    test('a row named exactly as a word of the self-evaluation form', async () => {
        const words = ['得分', '分值', '权重', '指标性质', '度量单位', '偏差原因', '未完成原因', '执行率', '总分', '百分比'];
        const table = await onlyTable(`表10 部门整体支出绩效自评表 {\n  列【金额 得分】\n${words.map(word => `  ${word} 1 2`).join('\n')}\n  1 得分 3 { 分值 4 }\n}`);
        expect(rows(table.entries).map(rowLine)).toEqual([...words.map(word => `${word} | 1 2 | `), '1 得分 | 3 | ']);
        expect(rows(rows(table.entries).at(-1)!.entries).map(rowLine)).toEqual(['分值 | 4 | ']);
        const explanation = await onlyExplanation('情况说明 {\n  得分 95\n  总分 100\n}');
        expect(rows(explanation.entries).map(rowLine)).toEqual(['得分 | 95 | ', '总分 | 100 | ']);
    });

    test('in a project, 执行率 and 总分 at the start of a line are still the form\'s score lines; other form words name rows', async () => {
        const explanation = await onlyExplanation('情况说明 {\n  项目 「甲」 {\n    得分 95\n    执行率 分值 10 得分 9\n    总分 100 得分 95\n  }\n}');
        const project = explanation.entries[0] as Project;
        expect(project.scores.map(score => [score.label, score.weight, score.fields.map(f => `${f.key} ${f.value}`)])).toEqual([
            ['执行率', undefined, ['分值 10', '得分 9']],
            ['总分', '100', ['得分 95']],
        ]);
        expect(rows(project.entries).map(rowLine)).toEqual(['得分 | 95 | ']);
    });

    test('a table without a header and without a title', async () => {
        const table = await onlyTable('附表 14 {\n  合计 1\n}');
        expect(table.title).toBeUndefined();
        expect(table.columns).toBeUndefined();
        expect(table.label).toBe('附表 14');
    });
});

describe('table labels', () => {
    test('an ordinal and a label together, as some contents print them: the label gives the number', async () => {
        for (const [text, label] of [
            ['一、表一 收入支出决算总表 {\n  合计 1\n}', '表一'],
            ['（二）附表 2 收入决算表 {\n  合计 1\n}', '附表 2'],
            ['3. 公开03表 支出决算表 {\n  合计 1\n}', '公开03表'],
            ['财决公开01表 收入支出决算总表 {\n  合计 1\n}', '财决公开01表'],
            ['财决01表 收入支出决算总表 {\n  合计 1\n}', '财决01表'],
            ['部门公开表01 收入支出决算总表 {\n  合计 1\n}', '部门公开表01'],
        ]) {
            const table = await onlyTable(text);
            expect(table.label).toBe(label);
            expect(rows(table.entries)).toHaveLength(1);
        }
        const report = await parseClean('一、表五 一般公共预算财政拨款支出决算表 {\n  合计 1\n}');
        const [table] = report.parts.filter(isTable);
        expect(table.ordinal).toBe('一、');
        expect(tableLabelOf(table)).toMatchObject({ number: 5, style: '表' });
    });

    test('after an ordinal, a name that starts like a label stays a name', async () => {
        const table = await onlyTable('附表 6 表 {\n  一、表一般支出 2\n}');
        expect(rows(table.entries).map(r => [r.ordinal, r.name])).toEqual([['一、', '表一般支出']]);
    });
});

describe('cells', () => {
    async function rowCells(line: string): Promise<string[]> {
        const table = await onlyTable(`附表 6 表 {\n  甲 ${line}\n}`);
        return cells((table.entries[0] as Row).cells);
    }

    test('integers, decimals, thousands separators and negative numbers', async () => {
        expect(await rowCells('0 3569 3569.58 1,872.89 12,345,678.9 -24.92 -1,000')).toEqual([
            '0', '3569', '3569.58', '1,872.89', '12,345,678.9', '-24.92', '-1,000',
        ]);
    });

    test('percentages with half- and full-width percent signs, negative percentages', async () => {
        expect(await rowCells('22.54% 100% -23.21% 5％')).toEqual(['22.54%', '100%', '-23.21%', '5％']);
    });

    test('percentages with thousands separators, as a printed growth rate can be', async () => {
        expect(await rowCells('1,055.4% -12,345.67％ 1,000%')).toEqual(['1,055.4%', '-12,345.67％', '1,000%']);
        expect(tokens('增长 1,055.4%')).toEqual(['增长:增长', 'PERCENT:1,055.4%']);
    });

    test('blank cells', async () => {
        expect(await rowCells('- 298.18 — –')).toEqual(['-', '298.18', '—', '–']);
    });

    test('a dash against a figure: - is a minus; — and – are a blank and the figure (a PDF paste loses the space); －, ― are unread', async () => {
        expect(await rowCells('30.00 —30.00 –5 ——2')).toEqual(['30.00', '—', '30.00', '–', '5', '—', '—', '2']);
        expect(await rowCells('-30.00 --5')).toEqual(['-30.00', '-', '-5']);
        expect(await rowCells('2019—2021')).toEqual(['2019', '—', '2021']);
        for (const text of ['附表 3 表 { 合计 －5 }', '附表 3 表 { 合计 ―5 }']) {
            expect((await parseWithProblems(text)).problems.lexer.length, text).toBeGreaterThan(0);
        }
    });

    test('a cell printed / (不适用) is blank; a / between letters is part of a name; // and /* still open comments', async () => {
        expect(await rowCells('/ 298.18 / // 注释')).toEqual(['/', '298.18', '/']);
        expect(await rowCells('1 /* 注释 */ /')).toEqual(['1', '/']);
        expect(tokens('通用设备（台/套） 3 /')).toEqual(['ID:通用设备（台/套）', 'NUMBER:3', 'BLANK:/']);
    });

    test('quantities with units', async () => {
        const table = await onlyTable('附表 6 表 {\n  甲 27批次 292人次 2台（套） 3台 1辆 4.92万元 18人 94户 0次 5个 100元\n}');
        const cs = (table.entries[0] as Row).cells;
        expect(cs.map(c => [c.value, c.unit])).toEqual([
            ['27', '批次'], ['292', '人次'], ['2', '台（套）'], ['3', '台'], ['1', '辆'], ['4.92', '万元'],
            ['18', '人'], ['94', '户'], ['0', '次'], ['5', '个'], ['100', '元'],
        ]);
    });

    test('an amount written right after the name', async () => {
        const table = await onlyTable('附表 6 表 {\n  基本支出854.57 项目支出2715.01\n}');
        expect(rows(table.entries).map(rowLine)).toEqual(['基本支出 | 854.57 | ', '项目支出 | 2715.01 | ']);
    });

    test('a colon after the row name', async () => {
        const table = await onlyTable('附表 6 表 {\n  合计：3569.58\n  其他: 1\n}');
        expect(rows(table.entries).map(rowLine)).toEqual(['合计 | 3569.58 | ', '其他 | 1 | ']);
    });

    test('several rows on one line', async () => {
        const table = await onlyTable('附表 6 表 { 轿车 1辆 越野车 0辆 载客汽车 0辆 }');
        expect(rows(table.entries).map(rowLine)).toEqual(['轿车 | 1辆 | ', '越野车 | 0辆 | ', '载客汽车 | 0辆 | ']);
    });
});

describe('attributes', () => {
    test('one value, several values with a placeholder, and text attributes', async () => {
        const table = await onlyTable([
            '附表 6 表 {',
            '  列【合计 基本支出 项目支出】',
            '  合计 3569.58 854.57 2715.01 占比 100% 23.94% 76.06%',
            '  甲 1 2 3 占比 - 23.94% 76.06% 上年 5 增加 1 增长 25%',
            '  乙 1 减少 2 下降 3% 预算 4 完成预算 25% 变动原因 「因疫情减少出差。」 差异原因 「无」 用途 「接待」 说明 「见附表」 备注 「」',
            '}',
        ].join('\n'));
        const [total, a, b] = rows(table.entries);
        expect(attrs(total.attributes)).toEqual([['占比', '100% 23.94% 76.06%']]);
        expect(attrs(a.attributes)).toEqual([['占比', '- 23.94% 76.06%'], ['上年', '5'], ['增加', '1'], ['增长', '25%']]);
        expect(attrs(b.attributes)).toEqual([
            ['减少', '2'], ['下降', '3%'], ['预算', '4'], ['完成预算', '25%'],
            ['变动原因', '「因疫情减少出差。」'], ['差异原因', '「无」'], ['用途', '「接待」'], ['说明', '「见附表」'], ['备注', '「」'],
        ]);
        expect(b.cells.map(c => c.value)).toEqual(['1']);
    });

    test('说明 after a row’s figures is the row’s; starting its line, a text of its own (a table’s note)', async () => {
        const section = await onlyExplanation('情况说明 {\n  国有资产 {\n    通用设备 2台（套） 说明 「单价50万元以上」\n  }\n}');
        const [assets] = rows(section.entries);
        expect(attrs(assets.entries.filter(isRow)[0].attributes)).toEqual([['说明', '「单价50万元以上」']]);
        const table = await onlyTable([
            '附表 1 收入支出决算总表 {',
            '  合计 100 占比 100% 说明 「合计行的说明」',
            '  说明 「本表反映部门本年度的总收支。」',
            '  注：「本表金额单位为万元。」',
            '  说明：「第二条」',
            '}',
        ].join('\n'));
        const [total] = rows(table.entries);
        expect(attrs(total.attributes)).toEqual([['占比', '100%'], ['说明', '「合计行的说明」']]);
        expect(table.entries.filter(isTextField).map(f => [f.key, f.text])).toEqual([
            ['说明', '本表反映部门本年度的总收支。'], ['注', '本表金额单位为万元。'], ['说明', '第二条'],
        ]);
        expect(tokens('说明 「甲」')[0]).toBe('NOTE_KEY:说明');
        expect(tokens('行 1 说明 「甲」')[2]).toBe('说明:说明');
    });

    test('a keyword directly followed by its value', async () => {
        const table = await onlyTable('附表 6 表 {\n  合计 3569.58 占比23.94% 上年100\n}');
        expect(attrs((table.entries[0] as Row).attributes)).toEqual([['占比', '23.94%'], ['上年', '100']]);
        expect(tokens('占比23.94%')).toEqual(['占比:占比', 'PERCENT:23.94%']);
    });

    test('attribute values with units', async () => {
        const table = await onlyTable('附表 6 表 {\n  公务接待 4.92万元 上年 30批次\n}');
        const attribute = (table.entries[0] as Row).attributes[0];
        expect(attribute.values.map(c => [c.value, c.unit])).toEqual([['30', '批次']]);
    });
});

describe('nested rows', () => {
    test('code rows nested two levels deep', async () => {
        const table = await onlyTable([
            '附表 6 一般公共预算财政拨款支出决算表 {',
            '  列【合计 基本支出 项目支出】',
            '  合计 3569.58 854.57 2715.01',
            '  201 一般公共服务支出 2952.54 298.18 2654.36 占比 82.71% {',
            '    20103 政府办公厅（室）及相关机构事务 2952.54 298.18 2654.36 {',
            '      2010301 行政运行 298.18 298.18 - 预算 298.18 完成预算 100%',
            '      2010350 事业运行 0 0 0',
            '    }',
            '  }',
            '  208 社会保障和就业支出 100 100 -',
            '}',
        ].join('\n'));
        expect(table.label).toBe('附表 6');
        expect(table.title).toBe('一般公共预算财政拨款支出决算表');
        const [total, general, social] = rows(table.entries);
        expect(rowLine(total)).toBe('合计 | 3569.58 854.57 2715.01 | ');
        expect(rowLine(general)).toBe('201 一般公共服务支出 | 2952.54 298.18 2654.36 | 占比:82.71%');
        expect(rowLine(social)).toBe('208 社会保障和就业支出 | 100 100 - | ');
        const [office] = rows(general.entries);
        expect(rowLine(office)).toBe('20103 政府办公厅（室）及相关机构事务 | 2952.54 298.18 2654.36 | ');
        expect(rows(office.entries).map(rowLine)).toEqual([
            '2010301 行政运行 | 298.18 298.18 - | 预算:298.18; 完成预算:100%',
            '2010350 事业运行 | 0 0 0 | ',
        ]);
        expect(office.$container).toBe(general);
    });

    test('child rows on the same line as the parent, and an empty block', async () => {
        const explanation = await onlyExplanation('情况说明 {\n  购置 0辆 0万元 { 轿车 0辆 0万元 越野车 0辆 }\n  保有 {}\n}');
        const [buy, keep] = rows(explanation.entries);
        expect(cells(buy.cells)).toEqual(['0辆', '0万元']);
        expect(rows(buy.entries).map(rowLine)).toEqual(['轿车 | 0辆 0万元 | ', '越野车 | 0辆 | ']);
        expect(keep.entries).toEqual([]);
    });
});

describe('无数据', () => {
    test('with and without an explanation', async () => {
        const a = await onlyTable('附表 12 政府性基金预算财政拨款“三公”经费支出决算表 {\n  无数据 「本单位无政府性基金预算财政拨款“三公”经费支出。」\n}');
        expect(a.empty?.text).toBe('本单位无政府性基金预算财政拨款“三公”经费支出。');
        expect(a.entries).toEqual([]);
        const b = await onlyTable('附表 13 表 {\n  无数据\n}');
        expect(b.empty).toBeDefined();
        expect(b.empty?.text).toBeUndefined();
    });

    test('after a column header', async () => {
        const table = await onlyTable('附表 13 表 {\n  列【合计】\n  无数据 「无」\n}');
        expect(table.columns?.names).toEqual(['合计']);
        expect(table.empty?.text).toBe('无');
    });
});

describe('情况说明', () => {
    test('the example of the language description', async () => {
        const explanation = await onlyExplanation([
            '情况说明 {',
            '  三公经费 {',
            '    因公出国（境） 0次 0人',
            '    公务用车 {',
            '      购置 0辆 0万元 { 轿车 0辆 0万元 越野车 0辆 0万元 载客汽车 0辆 0万元 }',
            '      保有 1辆 { 轿车 1辆 越野车 0辆 载客汽车 0辆 }',
            '    }',
            '    公务接待 {',
            '      国内公务接待 4.92万元 27批次 292人次 用途 「主要用于接待上级检查。」 说明 「较上年减少。」',
            '      外事接待 0万元 0批次 0人',
            '    }',
            '  }',
            '  机关运行经费 82.45 减少 24.92 下降 23.21% 变动原因 「厉行节约。」',
            '  预算绩效 {',
            '    事前评估 7个',
            '    绩效监控 5个',
            '    绩效自评 5个',
            '    自评结论 「较好。」',
            '  }',
            '}',
        ].join('\n'));
        const [sangong, running, performance] = explanation.entries as Row[];
        expect(explanation.entries.map(e => e.$type)).toEqual(['Row', 'Row', 'Row']);
        expect(sangong.name).toBe('三公经费');
        const [abroad, cars, reception] = rows(sangong.entries);
        expect(rowLine(abroad)).toBe('因公出国（境） | 0次 0人 | ');
        expect(rows(cars.entries).map(r => r.name)).toEqual(['购置', '保有']);
        expect(rows(rows(cars.entries)[1].entries).map(rowLine)).toEqual(['轿车 | 1辆 | ', '越野车 | 0辆 | ', '载客汽车 | 0辆 | ']);
        expect(rows(reception.entries).map(rowLine)).toEqual([
            '国内公务接待 | 4.92万元 27批次 292人次 | 用途:「主要用于接待上级检查。」; 说明:「较上年减少。」',
            '外事接待 | 0万元 0批次 0人 | ',
        ]);
        expect(rowLine(running)).toBe('机关运行经费 | 82.45 | 减少:24.92; 下降:23.21%; 变动原因:「厉行节约。」');
        expect(performance.entries.map(e => (isTextField(e) ? `${e.key}「${e.text}」` : rowLine(e as Row)))).toEqual([
            '事前评估 | 7个 | ', '绩效监控 | 5个 | ', '绩效自评 | 5个 | ', '自评结论「较好。」',
        ]);
    });

    test('a heading that starts with the unit\'s name and carries the year is one key, as printed', async () => {
        const explanation = await onlyExplanation([
            '情况说明 {',
            '  二、刘堡镇卫生院2021年度部门决算情况说明 「（一）收入决算情况。」',
            '  三、刘堡镇卫生院2021年度其他重要事项情况说明 {',
            '    （一）机关运行经费 「无。」',
            '  }',
            '}',
        ].join('\n'));
        const [text, group] = explanation.entries;
        expect(isTextField(text) && [text.ordinal, text.key]).toEqual(['二、', '刘堡镇卫生院2021年度部门决算情况说明']);
        expect(isRow(group) && [group.name, group.entries.length]).toEqual(['刘堡镇卫生院2021年度其他重要事项情况说明', 1]);
        // a row's name still takes no year after it: 2021 there is an amount
        expect(tokens('  基本支出2021 年度')).toEqual(['ID:基本支出', 'NUMBER:2021', '年度:年度']);
    });

    test('a heading joined by 、 over its sections, with no text of its own, is a row holding them (陕西 2019)', async () => {
        const explanation = await onlyExplanation([
            '情况说明 {',
            '  七、一般公共预算财政拨款“三公”经费及会议费、培训费支出决算情况说明 {',
            '    （三）培训费支出情况说明 「全年举办培训6期。」',
            '  }',
            '}',
        ].join('\n'));
        const [group] = explanation.entries;
        expect(isRow(group) && [group.ordinal, group.name, group.entries.length])
            .toEqual(['七、', '一般公共预算财政拨款“三公”经费及会议费、培训费支出决算情况说明', 1]);
    });
});

describe('项目', () => {
    const project = [
        '情况说明 {',
        '  预算绩效 {',
        '    项目 「管委会运行经费」 {',
        '      预算单位 「党工委办公室」',
        '      预算数 326.43 { 财政拨款 326.43 其它资金 0 }',
        '      执行数 308 完成预算 94.35% { 财政拨款 308 其它资金 0 }',
        '      综述 「通过项目实施，保障高新区管委会各职能部门日常工作的正常开展。」',
        '      年度目标 { 预期 「保障运转。」 实际 「已保障。」 }',
        '      指标 {',
        '        项目完成指标 {',
        '          数量指标 {',
        '            「办公楼、会议室日常维护」 预期 ≥50次 实际 80次',
        '            办公设备购置 预期 ≤ 2台（套） 实际 2台（套）',
        '          }',
        '          质量指标 {',
        '            「验收合格率」 预期 ≥95% 实际 100%',
        '            满意度 预期 95% 实际 96%',
        '          }',
        '          时效指标 {',
        '            「管委会办公楼及食堂水、电、气费缴纳」 预期 「按月支付」 实际 「按月支付」',
        '          }',
        '          成本指标 {',
        '            「接待费」 预期 「不超过30万元」 实际 6.67',
        '          }',
        '        }',
        '        效益指标 {',
        '          社会效益指标 { }',
        '        }',
        '      }',
        '    }',
        '  }',
        '}',
    ].join('\n');

    test('entries, 年度目标 and nested 指标', async () => {
        const explanation = await onlyExplanation(project);
        const item = (explanation.entries[0] as Row).entries[0] as Project;
        expect(isProject(item)).toBe(true);
        expect(item.name).toBe('管委会运行经费');
        expect(item.entries.map(e => e.$type)).toEqual(['TextField', 'Row', 'Row', 'TextField']);
        expect((item.entries[0] as TextField).text).toBe('党工委办公室');
        expect(rowLine(item.entries[2] as Row)).toBe('执行数 | 308 | 完成预算:94.35%');
        expect(rows((item.entries[1] as Row).entries).map(rowLine)).toEqual(['财政拨款 | 326.43 | ', '其它资金 | 0 | ']);
        expect(item.goals).toHaveLength(1);
        expect(item.goals[0].expected).toBe('保障运转。');
        expect(item.goals[0].actual).toBe('已保障。');
        expect(item.indicators).toHaveLength(1);
        const groups = item.indicators[0].groups;
        expect(groups.map(g => g.name)).toEqual(['项目完成指标', '效益指标']);
        expect(groups[0].groups.map(g => g.name)).toEqual(['数量指标', '质量指标', '时效指标', '成本指标']);
        expect(groups[1].groups.map(g => [g.name, g.indicators.length])).toEqual([['社会效益指标', 0]]);
        const value = (v: { comparator?: string; amount?: string; unit?: string; text?: string }) =>
            v.text !== undefined ? `「${v.text}」` : `${v.comparator ?? ''}${v.amount}${v.unit ?? ''}`;
        const all = groups[0].groups.flatMap(g => g.indicators.map(i => `${i.name}: ${value(i.expected)} → ${value(i.actual!)}`));
        expect(all).toEqual([
            '办公楼、会议室日常维护: ≥50次 → 80次',
            '办公设备购置: ≤2台（套） → 2台（套）',
            '验收合格率: ≥95% → 100%',
            '满意度: 95% → 96%',
            '管委会办公楼及食堂水、电、气费缴纳: 「按月支付」 → 「按月支付」',
            '接待费: 「不超过30万元」 → 6.67',
        ]);
    });

    test('every comparator', async () => {
        for (const comparator of ['≥', '≤', '>=', '<=', '>', '<', '＞', '＜', '=', '＝']) {
            const text = `情况说明 { 项目 「甲」 { 指标 { 一 { 二 { 乙 预期 ${comparator}1 实际 1 } } } } }`;
            const explanation = await onlyExplanation(text);
            const indicator = (explanation.entries[0] as Project).indicators[0].groups[0].groups[0].indicators[0];
            expect(indicator.expected.comparator).toBe(comparator);
            expect(indicator.expected.amount).toBe('1');
        }
    });

    test('an indicator group\'s points printed after its name, in either brackets', async () => {
        const explanation = await onlyExplanation('情况说明 { 项目 「甲」 { 指标 { 产出指标（50分） { 数量指标(20.5分) { 乙 预期 1 } } 效益指标 { 社会效益指标（其他） { 丙 预期 1 } } } } }');
        const [output, benefit] = (explanation.entries[0] as Project).indicators[0].groups;
        expect([output.name, output.score, output.groups[0].name, output.groups[0].score]).toEqual(['产出指标', '（50分）', '数量指标', '(20.5分)']);
        expect([benefit.name, benefit.score, benefit.groups[0].name, benefit.groups[0].score]).toEqual(['效益指标', undefined, '社会效益指标（其他）', undefined]);
    });

    test('a project directly in 情况说明 and several 年度目标 / 指标 blocks in any order', async () => {
        const explanation = await onlyExplanation(
            '情况说明 {\n  项目 「甲」 {\n    指标 { }\n    年度目标 { 预期 「a」 实际 「b」 }\n    执行数 1\n  }\n}');
        const item = explanation.entries[0] as Project;
        expect(item.indicators).toHaveLength(1);
        expect(item.goals).toHaveLength(1);
        expect(item.entries.map(e => (e as Row).name)).toEqual(['执行数']);
    });
});

describe('a heading over sections with a text of its own', () => {
    test('一、部门基本情况 「…」 { （一）… } is a row holding its text and its sections, in 部门概况 and 情况说明', async () => {
        const report = await parseClean([
            '部门概况 {',
            '  一、部门基本情况 「中敖镇是一个农业大镇。」 {',
            '    （一）职能职责 「设综合办事机构10个。」',
            '  }',
            '  二、人员情况 「在职20人。」',
            '}',
            '情况说明 {',
            '  一、关于2022年度决算情况说明：「总的说明。」 {',
            '    （一）收入支出决算总体情况说明 「收支总计增加。」',
            '  }',
            '}',
        ].join('\n'));
        const [overview, explanation] = report.parts as [Overview, Explanation];
        const [group, text] = overview.entries;
        expect(isRow(group) && [group.ordinal, group.name, group.text, group.entries.map(e => isTextField(e) && e.key)])
            .toEqual(['一、', '部门基本情况', '中敖镇是一个农业大镇。', ['职能职责']]);
        expect(isTextField(text) && text.key).toBe('人员情况');
        const [yearGroup] = explanation.entries;
        expect(isRow(yearGroup) && [yearGroup.name, yearGroup.text, yearGroup.entries.length]).toEqual(['关于2022年度决算情况说明', '总的说明。', 1]);
    });
});

describe('rows an excerpt leaves out', () => {
    test('…… (or ⋯⋯) on a line of its own is a row without figures, in a table or a row\'s braces', async () => {
        const report = await parseClean('附表 6 一般公共预算财政拨款支出决算表 {\n  合计 100\n  201 一般公共服务支出 70 {\n    ⋯⋯\n  }\n  ……\n}');
        const table = report.parts[0] as Table;
        const [, first, left] = table.entries as Row[];
        expect([left.name, left.cells.length]).toEqual(['……', 0]);
        expect((first.entries[0] as Row).name).toBe('⋯⋯');
    });
});

describe('名词解释', () => {
    test('ID and text terms, code entries with and without label, both colons', async () => {
        const report = await parseClean([
            '名词解释 {',
            '  财政拨款收入：「指单位从同级财政部门取得的财政预算资金。」',
            '  其他收入: 「指单位取得的除上述收入以外的各项收入。」',
            '  「“三公”经费」：「指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。」',
            '  「机关运行经费」:「为保障行政单位运行用于购买货物和服务的各项资金。」',
            '  2010301 「一般公共服务（201）政府办公厅（室）及相关机构事务（03）行政运行（01）」：「指反映行政单位的基本支出。」',
            '  2080505：「指机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出。」',
            '}',
        ].join('\n'));
        const glossary = report.parts[0] as Glossary;
        expect(isGlossary(glossary)).toBe(true);
        expect(glossary.entries.map(e => [e.code ?? null, e.label ?? null, e.term ?? null, e.definition.slice(0, 8)])).toEqual([
            [null, null, '财政拨款收入', '指单位从同级财政'],
            [null, null, '其他收入', '指单位取得的除上'],
            [null, null, '“三公”经费', '指部门用财政拨款'],
            [null, null, '机关运行经费', '为保障行政单位运'],
            ['2010301', '一般公共服务（201）政府办公厅（室）及相关机构事务（03）行政运行（01）', null, '指反映行政单位的'],
            ['2080505', null, null, '指机关事业单位实'],
        ]);
        expect(glossary.entries[2].definition).toBe('指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。');
    });

    test('a term printed straight before its definition is written without a colon; a code entry keeps its colon', async () => {
        const report = await parseClean([
            '名词解释 {',
            '  8.住房保障类支出 「指，为党校职工匹配住房公积金财政部分。」',
            '  「“三公”经费」 「指部门用财政拨款安排的……」',
            '  基本支出：「指为保障机构正常运转……」',
            '}',
        ].join('\n'));
        const glossary = report.parts[0] as Glossary;
        expect(glossary.entries.map(e => [e.term, e.colon ?? null, e.definition.slice(0, 3)])).toEqual([
            ['住房保障类支出', null, '指，为'], ['“三公”经费', null, '指部门'], ['基本支出', '：', '指为保'],
        ]);
        // without a colon, a code and two texts could be a label and a definition or a definition and the next term
        const { problems } = await parseWithProblems('名词解释 {\n  2010301 「行政运行」\n  「“三公”经费」：「指……」\n}');
        expect(problems.parser.length).toBeGreaterThan(0);
    });

    test('a term in half-width brackets, as pasted from a web page, is a bracketed term as 【…】 is; in a text it stays text', async () => {
        const report = await parseClean([
            '名词解释 {',
            '  [事业收入]：「指事业单位开展专业业务活动取得的收入，不含[经营收入]。」',
            '  【财政拨款收入】：「指本级财政拨款。」',
            '}',
        ].join('\n'));
        const glossary = report.parts[0] as Glossary;
        expect(glossary.entries.map(e => [e.bracketed, e.term, e.definition])).toEqual([
            [true, '事业收入', '指事业单位开展专业业务活动取得的收入，不含[经营收入]。'], [true, '财政拨款收入', '指本级财政拨款。'],
        ]);
    });

    test('a term\'s brackets are a pair: [年初结转和结余】 is an error', async () => {
        for (const term of ['[年初结转和结余】', '【年初结转和结余]']) {
            const { problems } = await parseWithProblems(`名词解释 {\n  ${term}：「指以前年度尚未完成的资金。」\n}`);
            expect(problems.parser.length).toBeGreaterThan(0);
        }
    });

    test('a glossary code starting its line is a CODE token', async () => {
        expect(tokens('名词解释 {\n2010301：「甲」 }')).toEqual(['名词解释:名词解释', '{:{', 'CODE:2010301', '：:：', 'TEXT:「甲」', '}:}']);
    });
});

describe('附件', () => {
    test('title and body, with and without colon, multi-line body', async () => {
        const report = await parseClean([
            '附件 「乐山高新区党工委办公室2020年度部门决算公开表」 「见附表1—14。」',
            '附件 「部门整体支出绩效自评报告」：「一、部门概况',
            '  （一）机构组成……',
            '  二、部门财政资金收支情况」',
        ].join('\n'));
        const attachments = report.parts as Attachment[];
        expect(attachments.every(isAttachment)).toBe(true);
        expect(attachments.map(a => a.title)).toEqual(['乐山高新区党工委办公室2020年度部门决算公开表', '部门整体支出绩效自评报告']);
        expect(attachments[0].body).toBe('见附表1—14。');
        expect(attachments[1].body).toBe('一、部门概况\n  （一）机构组成……\n  二、部门财政资金收支情况');
    });
});

describe('references', () => {
    test('【…】 stays inside the text', async () => {
        const report = await parseClean(
            '部门概况 {\n  收入说明 「2020年收入【本年收入合计】万元，其中【附表6.201.基本支出】万元，占【收入.总计】的【机关运行经费.下降】。」\n}');
        const field = (report.parts[0] as Overview).entries[0] as TextField;
        expect(field.text).toBe('2020年收入【本年收入合计】万元，其中【附表6.201.基本支出】万元，占【收入.总计】的【机关运行经费.下降】。');
        expect(tokens('收入说明 「【本年收入合计】」')).toEqual(['ID:收入说明', 'TEXT:「【本年收入合计】」']);
    });
});

describe('keywords and longer names', () => {
    test('a name that starts with a keyword is one name', () => {
        expect(tokens('项目支出 说明书 预算数 占比情况 列支 附表说明 附件清单 无数据说明 年度目标值 单位名称 部门概况表')).toEqual([
            'ID:项目支出', 'ID:说明书', 'ID:预算数', 'ID:占比情况', 'ID:列支', 'ID:附表说明', 'ID:附件清单',
            'ID:无数据说明', 'ID:年度目标值', 'ID:单位名称', 'ID:部门概况表',
        ]);
    });

    test('a keyword followed by a number splits', () => {
        expect(tokens('占比23.94% 基本支出854.57 预算298.18 上年-5')).toEqual([
            '占比:占比', 'PERCENT:23.94%', 'ID:基本支出', 'NUMBER:854.57', '预算:预算', 'NUMBER:298.18', '上年:上年', 'NUMBER:-5',
        ]);
    });

    test('the keywords themselves', () => {
        expect(tokens('项目 说明 占比 列 附表 附件 无数据 年度目标 单位 部门概况')).toEqual([
            '项目:项目', '说明:说明', '占比:占比', '列:列', '附表:附表', '附件:附件', '无数据:无数据', '年度目标:年度目标',
            '单位:单位', '部门概况:部门概况',
        ]);
    });

    test('rows named like keywords-with-suffix parse as rows', async () => {
        const table = await onlyTable('附表 6 表 {\n  列【合计 基本支出 项目支出】\n  项目支出 1 说明书 2\n}');
        expect(rows(table.entries).map(rowLine)).toEqual(['项目支出 | 1 | ', '说明书 | 2 | ']);
    });

    test('a unit keyword is not a prefix of a following name', () => {
        expect(tokens('甲 0人 人员经费')).toEqual(['ID:甲', 'NUMBER:0', '人:人', 'ID:人员经费']);
    });

    test('a unit glued to the next name is an error that says to write a space, not a row named 辆越野车', async () => {
        // names may start with a unit's characters, so the lexer reads 辆越野车 as one word
        expect(tokens('轿车 1辆越野车 0辆')).toEqual(['ID:轿车', 'NUMBER:1辆越野车', 'NUMBER:0', '辆:辆']);
        const { problems } = await parseWithProblems('情况说明 {\n  保有 1辆 { 轿车 1辆越野车 0辆 }\n}');
        expect(problems).toEqual({ lexer: ['2:14 “1辆越野车”：单位“辆”与后面的“越野车”连在了一起，请在“辆”之后加一个空格。'], parser: [] });
    });

    test('a figure inside a name (words glued on both sides) is told to go into 说明', async () => {
        const { problems } = await parseWithProblems('情况说明 {\n  国有资产 {\n    单位价值100万元以上设备 2台（套）\n  }\n}');
        expect(problems).toEqual({ lexer: ['3:9 “单位价值100万元以上设备”：行的名称里不能有数字。名称只写文字，数字写进 说明 「…」（如 设备 2台（套） 说明 「单位价值100万元以上」）；若“万元”是数值的单位，请在“万元”之后加一个空格。'], parser: [] });
    });
});

describe('comments, BOM, line ends, tabs', () => {
    test('line and block comments anywhere', async () => {
        const table = await onlyTable([
            '// 第五部分',
            '附表 6 表 { // 表头',
            '  /* 列：',
            '     合计 基本支出 */',
            '  列【合计 /* 内嵌 */ 基本支出】',
            '  合计 1 /* 行内 */ 2 // 行尾',
            '}',
            '/* 文件结尾 */',
        ].join('\n'));
        expect(table.columns?.names).toEqual(['合计', '基本支出']);
        expect(rowLine(table.entries[0] as Row)).toBe('合计 | 1 2 | ');
    });

    test('a byte order mark at the start of the file', async () => {
        const report = await parseClean('\uFEFF部门 「甲」\n年度 2020\n');
        expect(report.parts.map(p => (p as MetaField).value)).toEqual(['甲', '2020']);
        expect(tokens('\uFEFF201 甲')).toEqual(['CODE:201', 'ID:甲']);
    });

    test('CRLF line ends: codes at the line start, texts keep their line ends', async () => {
        const report = await parseClean([
            '年度 2020',
            '附表 6 表 {',
            '  201 一般公共服务支出 2952.54 {',
            '    20103 政府办公厅（室）及相关机构事务 2952.54',
            '  }',
            '  202 外交支出 0',
            '}',
            '部门概况 {',
            '  主要职能 「第一行',
            '第二行」',
            '}',
            '',
        ].join('\r\n'));
        const table = report.parts[1] as Table;
        expect(rows(table.entries).map(r => r.code)).toEqual(['201', '202']);
        expect(rows(rows(table.entries)[0].entries).map(r => r.code)).toEqual(['20103']);
        expect(((report.parts[2] as Overview).entries[0] as TextField).text).toBe('第一行\r\n第二行');
    });

    test('a lone CR also ends a line', () => {
        expect(tokens('201 甲 1\r202 乙 2')).toEqual(['CODE:201', 'ID:甲', 'NUMBER:1', 'CODE:202', 'ID:乙', 'NUMBER:2']);
    });

    test('tabs as indentation and between cells', async () => {
        const table = await onlyTable('附表\t6\t表\t{\n\t列【合计\t基本支出】\n\t201\t一般公共服务支出\t1\t2\n\t\t202\t外交\t3\t-\n}');
        expect(table.columns?.names).toEqual(['合计', '基本支出']);
        expect(rows(table.entries).map(rowLine)).toEqual(['201 一般公共服务支出 | 1 2 | ', '202 外交 | 3 - | ']);
    });
});

describe('a whole report', () => {
    test('all parts in one file, in any order', async () => {
        const report = await parseClean([
            '附表 1 收入支出决算总表 {',
            '  本年收入合计 3569.58',
            '}',
            '部门 「乐山高新区党工委办公室」',
            '年度 2020',
            '名词解释 { 财政拨款收入：「指……」 }',
            '部门概况 { 主要职能 「……」 }',
            '情况说明 { 机关运行经费 82.45 }',
            '附件 「甲」 「乙」',
            '单位 万元',
        ].join('\n'));
        expect(report.parts.map(p => p.$type)).toEqual([
            'Table', 'MetaField', 'MetaField', 'Glossary', 'Overview', 'Explanation', 'Attachment', 'MetaField',
        ]);
    });

    test('an empty file and a file of comments', async () => {
        expect((await parseClean('')).parts).toEqual([]);
        expect((await parseClean('// 只有注释\n/* 注释 */\n')).parts).toEqual([]);
    });
});

describe('headings as pasted from published reports', () => {
    test('an ordinal the copy lost (、), 一．, 一 、, ①, 1.1 and 1.2、: headings, their ordinals as written', async () => {
        const explanation = await onlyExplanation([
            '情况说明 {',
            '  、收入支出决算总体情况说明 「甲」',
            '  二．收入决算情况说明 「乙」',
            '  三 、支出决算情况说明 「丙」',
            '  ①机关运行经费 「丁」',
            '  1.1 绩效目标 「戊」',
            '  1.2、绩效自评 「己」',
            '}',
        ].join('\n'));
        const fields = explanation.entries.filter(isTextField).map(f => [f.ordinal, f.key]);
        expect(fields).toEqual([['、', '收入支出决算总体情况说明'], ['二．', '收入决算情况说明'], ['三 、', '支出决算情况说明'],
            ['①', '机关运行经费'], ['1.1', '绩效目标'], ['1.2、', '绩效自评']]);
    });

    test('a heading over sections and a table title may end in a colon before their {', async () => {
        const report = await parseClean([
            '情况说明 {',
            '  二、关于2023年度决算情况说明：{',
            '    （一）关于收支情况总体说明 「甲」',
            '  }',
            '}',
            '一、收入支出决算总表： { 收入 { 本年收入合计 1 } }',
        ].join('\n'));
        const heading = (report.parts[0] as Explanation).entries.filter(isRow)[0];
        expect([heading.ordinal, heading.name, heading.entries.length]).toEqual(['二、', '关于2023年度决算情况说明', 1]);
        expect((report.parts[1] as Table).title).toBe('收入支出决算总表');
    });

    test('a bare 、 before a table title numbers nothing: the table is written by its title', async () => {
        const table = await onlyTable('、收入支出决算总表 { 合计 1 }');
        expect([table.ordinal, table.title, tableLabelOf(table).style]).toEqual(['、', '收入支出决算总表', '表名']);
    });

    test('a title wrapped at its 、 stays one title: the 、 after a name is no lost ordinal', async () => {
        const table = await onlyTable('七、一般公共预算财政拨款“三公”经费及会议费\n、培训费支出决算表 { 合计 1 }');
        expect(table.title).toBe('一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表');
    });

    test('a heading ending in the semicolon of a pasted list (二、机构设置；) and one numbered 第一，: headings as written', async () => {
        const explanation = await onlyExplanation([
            '情况说明 {',
            '  一、收入支出决算总体情况说明； 「甲」',
            '  二、收入决算情况说明；「乙」',
            '  第三，支出决算情况说明 「丙」',
            '  第四、财政拨款收入支出决算总体情况说明 「丁」',
            '}',
        ].join('\n'));
        const fields = explanation.entries.filter(isTextField).map(f => [f.ordinal, f.key]);
        expect(fields).toEqual([['一、', '收入支出决算总体情况说明；'], ['二、', '收入决算情况说明；'], ['第三，', '支出决算情况说明'],
            ['第四、', '财政拨款收入支出决算总体情况说明']]);
    });

    test('a line of wrapped cells starting 1.1 stays figures: no text or block follows on the line', async () => {
        const table = await onlyTable('附表 3 支出决算表 {\n  合计 100\n  1.1 基本支出 50\n}');
        expect(rows(table.entries).map(rowLine)).toEqual(['合计 | 100 1.1 | ', '基本支出 | 50 | ']);
    });
});
