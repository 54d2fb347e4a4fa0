import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { Glossary, MetaField, Overview, Part } from '../../language/generated/ast.js';
import { isExplanation, isGlossary, isMetaField, isOverview, isProject, isRow, isTable, isTextField } from '../../language/generated/ast.js';
import { reportUnitLine } from '../../language/syntax/printed-unit.js';
import type { Figure } from '../../model/figure.js';
import { formatFigure, isRateColumn } from '../../model/figure.js';
import { forEachNode } from '../../model/nodes.js';
import { isOrphanPage } from '../../model/continued.js';
import type { ReportModel, TemplateChoice } from '../../model/report-model.js';
import { isOwnTable, isTextOnlyTable, printedAsRowsIn, tablesByNumber } from '../../model/report-model.js';
import { budgetKindColumns, firstJoined, isColumnNumbersRow, lastYearColumn, walkRows } from '../../model/rows.js';
import { byUnitWhole, changeColumns, executionRates, partTableOf, tableChangeColumns } from '../../model/relations.js';
import { columnGroup, columnMoneyUnit, COUNT_COLUMN, expandColumnNames, figureColumnNames, isRowHeading, labelLike, printedLabel, tableLabelOf, templateColumnName } from '../../model/table-label.js';
import type { TableLabel } from '../../model/table-label.js';
import type { PartTable, ReportTemplate } from '../../templates/index.js';
import type { SectionTopic, TableRole, TableTemplate } from '../../templates/template.js';
import { ADDED_TABLES, covers, familyTable, findTemplate, fitTemplates, formatsTitling, headsFit, isTitleOf, isVariantOf, RESTATING_TABLES, slippedTable, STANDARD_SET_SIZE, templateForYear, TEMPLATES, templateToWrite, titleSlip } from '../../templates/index.js';
import { changeTo, type Fix, type Reporter, type Rule } from '../rule.js';
import { ruleMeta } from '../rule-catalogue.js';
import { brokenFigures } from './relations.js';
import { reportParts } from '../../model/section-groups.js';
import { headingTopic, partKind, type PartKind } from '../../templates/shared/layout.js';

/** 上海 2024 (shanghai-2024): how messages name a template. */
function templateName(template: ReportTemplate): string {
    return `「${template.shortName}」`;
}

/** A fix that writes `模板 「…」` for a template, in place of the `模板` line's value. */
function useTemplate(field: MetaField, template: ReportTemplate): Fix | undefined {
    const value = field.$cstNode && GrammarUtils.findNodeForProperty(field.$cstNode, 'value');
    return value ? { title: `改为 模板 「${template.shortName}」`, newText: `「${template.shortName}」`, range: value.range } : undefined;
}

/** Why a department's province did not choose a template of its own (TemplateChoice.provinceTemplates), nor the tables another's. */
function noOwnTemplate(choice: TemplateChoice, year: number | undefined): string {
    const tables = choice.numbersOnly ? '各表只写了表号' : '各表也并不更像别的省份的格式';
    // a province not named for sure (河北区 may be 天津's) is not said
    const province = choice.province;
    if (province === undefined) return choice.numbersOnly ? tables : '各表并不更像哪个省份的格式';
    if (choice.provinceTemplates === 'overruled') return `部门属${province}，但各表不像${province}的模板，也并不更像别的省份的格式`;
    const none = choice.provinceTemplates === 'otherYears' && year !== undefined ? `${province}没有${year}年度的模板` : `${province}没有自己的模板`;
    return `部门属${province}，${none}，${tables}`;
}

/** The report's template: one that exists, named by the report, fitting its tables. */
const templateRule: Rule = {
    ...ruleMeta('template'),
    check(model, report) {
        const { template, templateChoice: choice } = model;
        const known = TEMPLATES.map(t => `${templateName(t)}（${t.id}）`).join('、');
        const field = choice.field;
        switch (choice.how) {
            case 'named':
                return;
            case 'fitted': {
                const first = model.report.parts[0];
                if (!first?.$cstNode) return;
                const start = { line: first.$cstNode.range.start.line, character: 0 };
                const { year } = model.meta;
                // the chosen template is of a province the department is not of (a 广东 department's tables fitting 四川's):
                // nothing but the tables chose it, said so whatever else they fit
                const foreign = choice.otherProvince === true;
                // templates of other years than the report's, where the chosen one covers it, are not what the year could have
                // chosen: said as the year's choice (a 2022 上海 report fitting 全国 2019—2021 as well), not as alike
                const fittingAll = choice.alike ?? [];
                const otherYears = !foreign && year !== undefined && covers(template, year) ? fittingAll.filter(t => !covers(t, year)) : [];
                // another province's template is no fit for a department not of it, however alike its tables: not offered
                const alike = fittingAll.filter(t => !otherYears.includes(t) && (foreign || !choice.elsewhere?.includes(t)));
                const hasTables = model.report.parts.some(isTable);
                const chosen = (byYear: string) => `${choice.ownProvince ? '按部门所在省份的' : `暂按${byYear}`}${templateName(template)}（${template.name}）校验`;
                const named = `${templateName(template)}（${template.name}）`;
                const fitting = (others: readonly ReportTemplate[]) => `写出的各表与${[template, ...others].map(templateName).join('')}同样相符`;
                // a province's template taken by the year alone, the department's province unknown, is taken for now
                const byYearOnly = !choice.ownProvince && template.province !== '全国' ? '，部门没有写省份：暂按它校验' : '：按它校验';
                // nothing tells but the year (or the department's province): said so
                const byYear = year === undefined ? '' : covers(template, year) ? `${year}年度适用的` : '年度最近的';
                const why =
                    // a province without a format of its own for the year, or whose own the tables overruled: the 财政部 one
                    choice.byProvince && !choice.ownProvince ? `：${noOwnTemplate(choice, year)}：按${byYear}${named}校验`
                    // the department's province chose its template over a format the tables fit a little better: said so
                    : choice.byProvince ? `：部门属${template.province}，各表与${named}大体相符，按它校验`
                    : fittingAll.length > 0 && !hasTables ? `，报告里也没有表，看不出是哪一种格式：${chosen(byYear)}`
                    : fittingAll.length === TEMPLATES.length - 1 ? `，写出的表也看不出是哪一种格式：${chosen(byYear)}`
                    : alike.length === 0 && otherYears.length > 0
                        ? `，${fitting(otherYears)}，其中适用于${year}年度${choice.ownProvince ? '、部门所在省份' : ''}的是${named}${byYearOnly}`
                    // a department of another province than the chosen template's: its tables alone chose it, said against where it is
                    : alike.length === 0 && foreign && choice.province !== undefined ? `：部门属${choice.province}，但各表与${named}最相符：按它校验`
                    // the year only where the template covers it (a 2022 report fitting 四川 2020 by its tables alone)
                    : alike.length === 0 ? `：按${year !== undefined && covers(template, year) ? '年度和' : ''}各表最相符的${named}校验`
                    // a fragment's tables (or none) that fit several templates alike: said so, not dressed up as a fit
                    : `，${fitting(alike)}：${chosen('')}`;
                const written = templateToWrite(template, year);
                // a year no template is for: the nearest is written knowing it is of other years, not as the year's own
                const ask = year !== undefined && !TEMPLATES.some(t => covers(t, year))
                    ? `没有适用于${year}年度的模板：照这种格式公开的，可在开头写明 模板 「${written}」` : `请在开头写明，如 模板 「${written}」`;
                report.warning(first, `报告没有写明模板${why}。${ask}。`, {
                    fix: { title: `写明 模板 「${written}」`, newText: `模板 「${written}」\n`, range: { start, end: start } },
                });
                return;
            }
            case 'unknown': {
                if (!field) return;
                // of a province's formats, the one of the report's year (another year's would be said wrong in turn)
                const { year } = model.meta;
                const fixes = fitTemplates([], year, '').filter(f => year === undefined || templateForYear(f.template, year) === f.template)
                    .map(f => useTemplate(field, f.template)).filter((f): f is Fix => f !== undefined);
                const preferred = useTemplate(field, template);
                report.error(field, `没有名为“${field.value ?? ''}”的模板。可用的模板：${known}。现按各表最相符的${templateName(template)}（${template.name}）校验：本地的报告照这种格式公开时，改用这个模板即可。`, {
                    property: 'value', fix: preferred, alternatives: fixes.filter(f => f.newText !== preferred?.newText),
                });
                return;
            }
            case 'variant': {
                // the name was right: only the year would have chosen another of its formats
                if (!field || !choice.named) return;
                // a name of one template's own chose it without the year: the year said nothing
                const own = findTemplate(field.value ?? '');
                const said = own.kind === 'exact' && own.among === undefined ? `模板写的是${templateName(choice.named)}` : `“${field.value ?? ''}”按年度是${templateName(choice.named)}`;
                report.info(field, `${said}，但各表的表号和表名与${templateName(template)}相符：按${templateName(template)}校验。`, {
                    property: 'value', fix: useTemplate(field, template),
                });
                return;
            }
            case 'nearest':
                if (!field || !choice.named) return;
                report.warning(field, `没有${choice.year}年度的${choice.named.province}模板：按${templateName(choice.named)}（${choice.named.name}）校验。`, { property: 'value' });
                return;
            case 'other-year': {
                // the province's format of other years: the year's is checked, and the line is to name it
                if (!field || !choice.named) return;
                const tables = (choice.alike ?? []).length > 0 ? '写出的表也看不出是哪一种格式' : `各表也与${templateName(template)}相符`;
                report.warning(field, `模板写的是${templateName(choice.named)}（${choice.named.name}），本报告是${choice.year}年度，${tables}：按${choice.year}年度适用的${templateName(template)}（${template.name}）校验。请改为 模板 ${templateName(template)}。`, {
                    property: 'value', fix: useTemplate(field, template),
                });
                return;
            }
            case 'mismatch': {
                if (!field || !choice.named) return;
                const tables = [...model.tableLabels.keys()];
                // printed without labels, the tables are told by their titles (and their order), not their numbers
                // a table printed by its number alone fits by its columns (表7 { 列【预算数 决算数】 }: “三公”)
                const byColumns = (node: typeof tables[number]) => {
                    const table = template.tables.find(t => t.number === tableLabelOf(node).number);
                    return node.title === undefined && table !== undefined && headsFit(template, table, figureColumnNames(node).map(n => columnMoneyUnit(n).name)) === 'own';
                };
                const fitting = tables.filter(node => {
                    if (node.title === undefined) return !choice.byOrder && byColumns(node);
                    if (choice.byOrder) return template.tables.some(t => isTitleOf(t, node.title!)) || slippedTable(template, node.title) !== undefined;
                    const number = tableLabelOf(node).number;
                    const table = template.tables.find(t => t.number === number);
                    return table !== undefined && isTitleOf(table, node.title);
                }).length;
                const what = choice.byOrder ? '表名' : tables.some(byColumns) ? '表号和表名（或表头）' : '表号和表名';
                report.error(field, `模板写的是${templateName(choice.named)}，但本报告的 ${tables.length} 张表中有 ${fitting} 张的${what}与${templateName(template)}相符${choice.byOrder ? '、次序相同' : ''}${choice.otherProvince ? `，部门也不属${choice.named.province}` : ''}：现按${templateName(template)}校验。请改正模板，或按${templateName(choice.named)}的${choice.byOrder ? '表名和次序' : what}填写。`, {
                    property: 'value', fix: useTemplate(field, template),
                });
            }
        }
    },
};

/** What a table of no template's is tied to: the ties of a part PART_TABLES knows (表（二）'s 合计 to 表（一）'s 基本支出), else none. */
function partTiesText(template: ReportTemplate, part: PartTable | undefined): string {
    const tied = (part?.ties ?? []).map(tie => `${template.tables.find(t => t.role === tie.target.table)?.title ?? ''}的${tie.target.column ?? ''}`);
    return tied.length > 0 ? `，合计与${tied.join('、')}勾稽` : '，不与其他表勾稽';
}

const tableShapeRule: Rule = {
    ...ruleMeta('table-shape'),
    check(model, report) {
        const { template } = model;
        const range = `${template.tableLabel(1)}–${template.tableLabel(template.tables.length)}`;
        const seen = new Set<number>();
        const labels = model.tableLabels;
        // a province's own numbering is said once, where it starts, not at every table
        // (an ordinal's table known by its title qualified in brackets as well: see resolveTableLabels)
        const byTitle = [...labels].filter(([node, label]) => label.renumbered && template.tables.some(t => t.number === label.number
            && (isTitleOf(t, node.title ?? '') || familyTable(template, node.title ?? '') === t
                || (label.style === '目录' && isVariantOf(t, node.title ?? '')))));
        if (byTitle.length > 0) {
            const [first] = byTitle[0];
            const list = byTitle.map(([node, label]) => `${labelOrTitle(label, node.title)}即模板的${template.tableLabel(label.number!)}`).join('、');
            report.info(first, `本报告的表号与${templateName(template)}不同，各表按表名认出（${list}）：表间勾稽照模板校验，【…】引用照报告写的表号。`, { property: first.label !== undefined ? 'label' : first.number === undefined && first.pageLabel !== undefined ? 'pageLabel' : 'number' });
        }
        // a table's page after a page break (收入决算表（续）) repeating its header otherwise than its first page (TableModel.otherHeaders):
        // a warning, the rows being read under the first page's columns whatever the page prints
        for (const table of model.tables.values()) {
            for (const page of table.otherHeaders ?? []) {
                const first = table.node;
                const name = labelOrTitle(tableLabelOf(first), first.title);
                report.warning(page.columns!, `续表的列与${name}第一页的列不同（第一页：${figureColumnNames(first).join('、')}）：续页接着第一页的行，各行的数按第一页的列读。请照第一页写列【…】，或删去续页的列【…】。`);
            }
        }
        // a page headed by its 续 mark alone ((续表) {) with no table before it to go on: the model builds no table of it
        for (const node of model.report.parts.filter(isTable).filter(node => isOrphanPage(node, model.continued))) {
            report.error(node, `“${node.continued}”之前没有它接着的表：续页写在所接的表（或它的上一页）之后；另一张表请写上表号和表名。`, { property: 'continued' });
        }
        // a page starting flat where the page before ended in a 其中 block, whose total fails read either way: the model told the
        // flat sum, said here which other reading was tried
        for (const table of model.tables.values()) {
            const rows = table.unplacedRows;
            if (!rows) continue;
            const figures = new Set(rows.flatMap(row => [...row.cells.values()]));
            if (!model.relations.some(r => r.rule === 'sum-total' && !r.holds && r.parts.some(part => figures.has(part)))) continue;
            const parent = table.rows[table.rows.indexOf(rows[0]) - 1];
            report.info(rows[0].node, `续页开头的${rows.map(row => `“${row.name}”`).join('、')}没有科目编码，上一页以“${parent.name}”的其中项结束：${table.label}的合计按它们是表的下一行核对；把它们（或开头几行）算作“${parent.name}”的其中项，合计也对不上或其中项超过“${parent.name}”。是其中项的，请写进“${parent.name}”的 { } 里。`, { property: 'name' });
        }
        // tables written by a number past the template's, without a title
        const beyond = [...labels].filter(([node, label]) => node.title === undefined && label.number !== undefined && !template.tables.some(t => t.number === label.number)).map(([node]) => node);
        for (const [node, label] of labels) {
            const property = node.label !== undefined ? 'label' : label.style === '表名' ? 'title' : 'number';
            if (label.number === undefined) {
                report.error(node, `表号“${label.text}”不是整数：${template.name}的表号为 ${range}。`, { property });
                continue;
            }
            const table = template.tables.find(t => t.number === label.number);
            // named as the report writes it: by its label (表3, 附表5), by its title where it prints only a contents ordinal
            // (一、收入支出决算总表 is no 「表1」 to its reader), in quotes, without a printed year (printedLabel, as the
            // model names it)
            const byTitle = node.title !== undefined && (label.style === '目录' || label.style === '表名');
            const printed = byTitle ? `“${printedLabel(label, node.title) || node.title}”` : printedLabel(label, undefined) ?? template.tableLabel(label.number);
            // the table with its title, where the message goes on to it: the title once where it names the table
            const titled = byTitle ? printed : `${printed}“${node.title}”`;
            // the title as written, where the message is about its words
            const titleOf = byTitle ? `表名“${node.title}”` : `${printed}的表名“${node.title}”`;
            if (seen.has(label.number)) {
                report.error(node, `${printed}重复：每张表只写一次。`, { property });
                continue;
            }
            seen.add(label.number);
            const other = model.tables.get(label.number)?.node === node ? model.tables.get(label.number)!.otherCodes : undefined;
            if (other) {
                // its codes say it is not the template's table: one note, not the template's title and columns
                report.info(node, `${node.title ? titled : printed}的科目编码都是${other.codes === '功能分类' ? '经济分类' : '功能分类'}编码，不是${templateName(template)}的${template.tableLabel(other.number)} ${other.title}（${other.codes}）：照录照印，只校验表内各行、各列的合计${partTiesText(template, partTableOf(model.tables.get(label.number)!))}。`, { property: node.title ? 'title' : property });
                continue;
            }
            const unlike = model.tables.get(label.number)?.node === node ? model.tables.get(label.number)!.unlike : undefined;
            if (unlike) {
                // another numbering's table at this number: one warning, and no tie that takes it for the template's
                const [like] = unlike.like.length === 1 ? unlike.like : [];
                const seems = like ? `，倒像${template.tableLabel(like.number)}（${like.title}）` : '';
                // its columns' sums are those of the one table it is like (columnSumsOf); else only the rows' sums down each column
                const checked = like ? '表内各行、各列的合计' : '表内各列上下相加的合计（各列之间怎样相加不知道，不校验）';
                report.warning(node, `${printed}的行列不像${templateName(template)}的${template.tableLabel(unlike.table.number)}（${unlike.table.title}）${seems}：本表号可能是别的编号，只校验${checked}，不与其他表勾稽。请写上表名。`, { property });
                continue;
            }
            if (!table && beyond.length > 1 && node.title === undefined) {
                // a run of numbers past the template's: another numbering (北京 13 tables, 天津 11), said once
                if (node === beyond[0]) {
                    const list = beyond.map(n => printedLabel(tableLabelOf(n), undefined)).join('、');
                    report.warning(node, `${template.name}只有 ${range}，本报告还有${list}：表号像是另一种编号（如省里的格式）。这些表照录照印，只校验表内的合计，不与其他表勾稽；请写上表名。`, { property });
                }
                continue;
            }
            if (!table) {
                const written = model.tables.get(label.number);
                const titledAs = node.title === undefined ? undefined : template.tables.find(t => isTitleOf(t, node.title!));
                if (written && isOwnTable(written, model)) {
                    // many departments print more than the template's tables (绩效自评表, 政府采购情况表)
                    const extra = (RESTATING_TABLES.find(t => t.title.test(written.title)) ?? ADDED_TABLES.find(t => t.title.test(written.title)))?.checks;
                    const whole = byUnitWhole(written, model.tables.values());
                    const checked = written.variantOf ? `各行的合计和各列之和（列同${written.variantOf.title}）${whole ? `，合计行与${whole.label}的合计核对` : ''}`
                        : extra ? `各行的合计、${extra}` : '各行的合计';
                    const change = changeColumns(written.columns);
                    const rates = [
                        ...executionRates(written.columns).map(({ rate, spent, budget }) => `“${rate}”（${spent} ÷ ${budget}）`),
                        ...change?.change ? [`“${change.change}”（${change.current} − ${change.last}）`] : [],
                        ...change?.rate ? [`“${change.rate}”（（${change.current} − ${change.last}）÷ ${change.last}）`] : [],
                    ];
                    // where the build prints it: by its number among the tables, or as written where some table has no number
                    const place = tablesByNumber(model) ? '按表号排' : '印在写它的位置';
                    report.info(node, `“${node.title}”不是${templateName(template)}的决算表（${range}）：照录照印，${place}；表内只校验${checked}${rates.length > 0 ? `和${rates.join('、')}` : ''}。`, { property });
                } else if (titledAs) {
                    report.error(node, `${titled}在${templateName(template)}中是${template.tableLabel(titledAs.number)}：表号应为${template.tableLabel(titledAs.number)}。`, { property });
                } else {
                    report.error(node, `${template.name}没有${printed}：表号应为 ${range}；模板以外的表请写上表名。`, { property });
                }
                continue;
            }
            // a title with a bracketed part after the template's (一般公共预算财政拨款支出决算表（一）, …（二）; …（按功能分类）)
            // is printed on purpose: the table it qualifies is this one, or one the report prints in parts, a part standing
            // at this number (（二） where the 基本支出 table stands), never a title to rewrite
            const qualifies = node.title === undefined ? undefined : template.tables.find(t => isVariantOf(t, node.title!));
            const part = node.title && !isTitleOf(table, node.title) && qualifies && qualifies !== table ? qualifies : undefined;
            // a part PART_TABLES knows (表（二）, 基本支出 by 经济分类): its own columns, its 合计 tied to the table it is a part of
            const written = model.tables.get(label.number);
            const partTable = part && written?.node === node ? partTableOf(written) : undefined;
            if (part) {
                report.info(node, `${titled}是${part.title}的一部分，排在模板${table.title}的位置：只校验表内各行、各列的合计${partTiesText(template, partTable)}。`, { property: 'title' });
            } else if (node.title && !isTitleOf(table, node.title) && !qualifies && familyTable(template, node.title) !== table) {
                // 出决算表 for 支出决算表: a character lost (Word contents) or one too many, said as such
                const slip = titleSlip(table, node.title);
                const how = slip === undefined ? '' : 'missing' in slip ? `缺字：少了“${slip.missing}”，` : `多了“${slip.extra}”，`;
                // another format's title of the table (「全国 2019—2021」's 国有资本经营预算财政拨款支出决算表 under 「上海 2024」): said so
                const formats = formatsTitling(template, table, node.title).map(templateName).join('');
                report.warning(node, slip ? `${titleOf}${how}应为“${table.title}”。`
                    : formats ? `${titleOf}是${formats}的表名，${templateName(template)}的这张表应为“${table.title}”。` : `${byTitle ? titleOf : `${printed}的表名`}应为“${table.title}”。`, {
                    property: 'title', fix: { title: `改为“${table.title}”`, newText: table.title },
                });
            }
            const names = node.columns?.names ?? [];
            const known = [table, part].flatMap(t => [...t?.columns ?? [], ...t?.extraColumns ?? []]);
            // the rows' own headings (项目, 科目编码) stay as printed and name no column
            const aliases = (part ?? table).columnAliases;
            // a unit of money printed in a column's name (决算数（万元）) is its figures', not part of the name
            const canonicalOf = (printedName: string) => {
                const name = columnMoneyUnit(printedName).name;
                return isRowHeading(name) ? undefined : aliases?.get(name) ?? templateColumnName(name, known, aliases);
            };
            // the columns under a heading over several (本年支出 { 小计 基本支出 项目支出 }), each
            const columnNames = figureColumnNames(node);
            const columnCanonical = columnNames.map(canonicalOf);
            // a rate column the report adds (执行率, 占比) holds percentages beside the template's figures, not one of them;
            // the one last year's column (上年决算数) holds each row's 上年, and the change beside it (增减额) is checked
            const lastYear = written && lastYearColumn(written);
            const change = written && lastYear ? tableChangeColumns(written)?.change : undefined;
            // a budget of one kind (年初预算数, 全年预算数) holds each row's budget of that kind
            const budgets = written ? budgetKindColumns(written) : new Map();
            const unknown = columnNames.filter((_, i) => columnCanonical[i] !== undefined && !known.includes(columnCanonical[i]!) && !COUNT_COLUMN.test(columnCanonical[i]!)
                && !isRateColumn(columnCanonical[i]!) && columnCanonical[i] !== lastYear && columnCanonical[i] !== change && !budgets.has(columnCanonical[i]!));
            if (node.columns && unknown.length > 0) {
                report.warning(node.columns, `${printed}没有列 ${unknown.map(n => `“${n}”`).join('、')}；可用的列：${known.join('、')}。`);
            }
            // another unit of money than the report's: those figures are kept out of every sum, and the user told once
            const otherUnits = columnNames.filter(name => { const { unit } = columnMoneyUnit(name); return unit !== undefined && unit !== model.meta.unit; });
            if (node.columns && otherUnits.length > 0) {
                const unit = columnMoneyUnit(otherUnits[0]).unit!;
                const declared = model.meta.unit;
                // no 单位 line: the report is in 万元 unsaid, and a report in 元 needs only say so
                const stated = reportUnitLine(model.report) !== undefined;
                const remedy = stated ? `请换算为${declared}填写。` : `报告金额以${unit}计的，请在开头写 \`单位 ${unit}\`；否则请换算为${declared}填写。`;
                report.warning(node.columns, `列 ${otherUnits.map(n => `“${n}”`).join('、')}的金额以${unit}计，报告的单位是${declared}${stated ? `（“单位 ${declared}”）` : '（没有写“单位”，默认万元）'}：这些列的数不参与合计、勾稽和文字的核对，生成的报告正文也不引用（印作〔未填写〕）。${remedy}`);
            }
            // a figure under the second 合计 would take the place of the first: rows under such a header are not summed
            // the names as read, those under a heading too (决算数 { 合计 合计 基本支出 }), each told at the name 列【…】 writes it in
            const cells = GrammarUtils.findNodesForProperty(node.columns?.$cstNode, 'names');
            const read = names.flatMap((name, cell) => expandColumnNames([name]).map(column => ({ column, cell, canonical: canonicalOf(name) === undefined ? undefined : canonicalOf(column) })));
            const readCanonical = read.map(column => column.canonical);
            let repeated = false;
            read.forEach(({ column, cell, canonical: name }, index) => {
                const first = readCanonical.indexOf(name);
                if (name === undefined || first === index || !cells[cell]) return;
                repeated = true;
                report.error(node.columns!, `列名“${column}”重复：第 ${index + 1} 列与第 ${first + 1} 列同为“${name}”，后一列的数会顶替前一列。请改为模板中的列名。`, { range: cells[cell].range });
            });
            // a group's 小计 the header lost while the rows print it: one error at the group, the rows read with it (missingGroupSubtotal)
            const lost = written?.node === node ? written.missingSubtotal : undefined;
            if (lost) {
                const index = names.findIndex(name => columnGroup(name)?.heading === lost.heading);
                const heading = `${lost.heading} { ${lost.name} ${lost.columns.join(' ')} }`;
                report.error(node.columns!, `列【…】的“${lost.heading}”下少了一列：各行在${lost.columns[0]}之前多印一个数，等于${lost.columns.join(' + ')}，是${lost.heading}的${lost.name}；应写作 ${heading}（各行已照此读）。`, {
                    ...cells[index] ? { range: cells[index].range } : {}, fix: changeTo(heading),
                });
            }
            // a column 列【…】 leaves out is unknown, not zero: said once, so that no check is silently missing
            // nor is the template's budget column where the budget is written by kind (年初预算数 全年预算数 for 预算数)
            // nor the column the group's lost 小计, which the error above names, is read as
            const lostColumn = lost ? written!.columns[lost.at] : undefined;
            const omitted = (partTable ?? part ?? table).columns.filter(column => !columnCanonical.includes(column) && !(budgets.size > 0 && column === table.budgetColumn) && column !== lostColumn);
            if (node.columns && omitted.length > 0 && unknown.length === 0 && !repeated) {
                report.info(node.columns, `未列出的列（${omitted.join('、')}）视为未填写：与这些列有关的合计、勾稽不校验。`);
            }
            // a fund's 收入支出 table whose rows carry three figures: read as its spending, said so, for the title promises more
            const account = table.account;
            if (written?.node === node && written.spendingOnly && account?.title.test(written.title)) {
                report.info(node, `${node.title ? titled : printed}没有写 列【…】，各行最多 ${account.spending.length} 个数：读作本年支出的小计、${account.spending.slice(1).join('、')}（${account.columns.join('、')}视为未填写）。表头不是这样的，请照印出的表头写 列【…】。`, { property: node.title ? 'title' : property });
            }
        }
        for (const table of model.tables.values()) {
            // copied from the printed table as it stands: its numbering is read past, and said once
            if (table.rowNumbers.size > 0) {
                const numbers = [...table.rowNumbers].map(row => row.cells[0].value);
                report.info(table.node, `${table.label}各行名称后的第一个数（${numbers.slice(0, 3).join('、')}…）读作印出的行次，不是金额：不参与合计和勾稽。`, { property: table.node.label !== undefined ? 'label' : table.node.title !== undefined ? 'title' : 'number' });
            }
            // the model's walk, not Langium's streamAllContents: its iterator objects over every cell of every table were half this check
            forEachNode(table.node, node => {
                if (isRow(node) && isColumnNumbersRow(node)) report.info(node, `“栏次”一行（${node.cells.map(cell => cell.value).join(' ')}）是印出的各列编号，不是数据，不读入；可删去。`, { property: 'name' });
            });
            walkRows(table.rows, row => {
                // cells joined by a “/” (100.00/0.00) push the rest of the row out of its columns: number-format says so
                if (firstJoined(row.node.cells) < Infinity) return;
                const extra = row.node.cells.slice(table.columns.length + (table.rowNumbers.has(row.node) ? 1 : 0));
                for (const cell of extra) {
                    report.error(cell, `${table.label}只有 ${table.columns.length} 列（${table.columns.join('、')}），这个数值没有对应的列。`);
                }
            });
        }
    },
};

/**
 * The parts a template prints that every report has, by the node that holds each in the source and the word the source
 * writes it with. 附件 is printed where a department has something to attach: its absence is no gap (national/SOURCES.md 1.2).
 */
const PARTS: readonly { readonly kind: PartKind; readonly keyword: string; readonly present: (node: Part) => node is Overview | Glossary }[] = [
    { kind: 'overview', keyword: '部门概况', present: isOverview },
    { kind: 'glossary', keyword: '名词解释', present: isGlossary },
];

/** The topics of an overview's sections: a text of 情况说明 about one of them (北京: 一、部门基本情况) is the overview, printed there. */
const OVERVIEW_TOPICS: readonly SectionTopic[] = ['duties', 'organisation', 'units', 'staff'];

/**
 * The parts of the template the report lacks, each named as the template names it (基本情况, 概况, 部门概况; 单位概况 in a
 * 单位决算), with the word the source writes it with where that differs; a part written empty (部门概况 { }) is not there:
 * every published report prints its overview and its glossary (national/SOURCES.md 1.1, 1.2).
 */
function missingParts(model: ReportModel): string[] {
    const written = reportParts(model.report);
    const aboutOverview = (key: string) => OVERVIEW_TOPICS.some(topic => topic === headingTopic(model.template, 'explanation', key));
    const overviewInExplanation = model.report.parts.filter(isExplanation).some(part => part.entries.some(entry => isTextField(entry) && aboutOverview(entry.key)));
    return PARTS.flatMap(({ kind, keyword, present }) => {
        const title = model.template.parts.find(p => partKind(p) === kind)?.title;
        const nodes = written.filter(present);
        if (title === undefined || nodes.some(node => node.entries.length > 0) || (kind === 'overview' && overviewInExplanation)) return [];
        const [name, word] = model.meta.unitReport ? [title.replace(/^部门/, '单位'), keyword.replace(/^部门/, '单位')] : [title, keyword];
        if (nodes.length > 0) return [name === word ? `${name}（是空的）` : `${name}（${word} { } 是空的）`];
        return [name === word ? name : `${name}（写作 ${word} { … }）`];
    });
}

const HEADER_FIELDS = ['部门', '年度'];
/** Fields with a default, or printed only on a cover that has them: their absence is worth a hint, not a warning. */
const OPTIONAL_HEADER_FIELDS = [{ key: '单位', note: '按万元', asked: () => true }, { key: '公开时间', note: '封面印作〔未填写〕', asked: (t: ReportTemplate) => t.coverDate === true }];

/**
 * The report has every part and every table of its template; a table without figures says so.
 * Reported once, at the report's first line, for whatever is missing.
 */
const completenessRule: Rule = {
    ...ruleMeta('completeness'),
    check(model, report) {
        const anchor: AstNode | undefined = model.report.parts[0];
        if (!anchor) return;
        const { template } = model;
        const fields = new Set<string>(model.report.parts.filter(isMetaField).map(f => f.key));
        const missingFields = HEADER_FIELDS.filter(key => !fields.has(key));
        if (missingFields.length > 0) report.warning(anchor, `报告缺少 ${missingFields.join('、')}。`);
        const missingOptional = OPTIONAL_HEADER_FIELDS.filter(field => field.asked(template) && !fields.has(field.key));
        if (missingOptional.length > 0) report.info(anchor, `报告没有写 ${missingOptional.map(f => `${f.key}（${f.note}）`).join('、')}。`);
        const missing = missingParts(model);
        // a table written under a title the template knows is there, whatever number it was read as
        const titles = [...model.tableLabels.keys()].map(node => node.title).filter((title): title is string => title !== undefined);
        const absent = template.tables.filter(t => !model.tables.has(t.number) && !titles.some(title => isTitleOf(t, title)));
        const labelOf = missingLabel(model);
        const listOf = (tables: readonly TableTemplate[]) => tables.map(t => [labelOf(t.number), t.title].filter(Boolean).join(' ')).join('、');
        const holds = partialHolding(model, template.tables.filter(t => !absent.includes(t)));
        if (holds) {
            if (missing.length > 0 || absent.length > 0) {
                const lacks = [...missing.length > 0 ? [missing.join('、')] : [], ...absent.length > 0 ? [`${absent.length} 张表（${listOf(absent)}）`] : []];
                report.info(anchor, `报告只有${holds.held}，读作部分公开${holds.threePublic ? '（如单独公开的“三公”经费情况说明）' : ''}：完整的报告还有 ${lacks.join('，')}，不作警告。`);
            }
            return tableNotes(model, report);
        }
        if (missing.length > 0) report.warning(anchor, `报告缺少 ${missing.join('、')}。`);
        // a table whose figures the report prints as rows of its own table (内蒙古 2019–2021: “三公” in 机构运行信息表) is there
        const asRows = absent.flatMap(t => { const own = printedAsRowsIn(model, t); return own ? [{ table: t, own }] : []; });
        for (const { table, own } of asRows) {
            report.info(anchor, `报告没有${listOf([table])}：它的数印在“${own.title}”的行里，不作警告。`);
        }
        const missingTables = absent.filter(t => !asRows.some(a => a.table === t));
        if (missingTables.length > 0) {
            // a report older than every format of its province that we know was printed in an older one, which may not have
            // had these tables (a report of a year some format covers is held to that format's tables, whichever it fits)
            const from = template.years.from;
            const year = model.meta.year;
            // a table the format added within its years is not yet in every report of the years before all print it
            const notYetPrinted = missingTables.filter(t => t.printedFrom !== undefined && year !== undefined && year < t.printedFrom);
            const missing = missingTables.filter(t => !notYetPrinted.includes(t));
            if (from !== undefined && year !== undefined && year < from && !TEMPLATES.some(t => t.province === template.province && covers(t, year))) {
                report.info(anchor, `报告没有${listOf(missingTables)}：${templateName(template)}自${from}年度起，${year}年度的格式可能没有这些表；有这张表而没有数据的，写明“无数据”。`);
            } else {
                if (notYetPrinted.length > 0) report.info(anchor, `报告没有${listOf(notYetPrinted)}：${year}年度的报告常还没有印这张表，不作警告；印了而没有数据的，写明“无数据”。`);
                if (missing.length > 0) report.warning(anchor, `报告缺少${listOf(missing)}；没有数据的表也要列出，写明“无数据”。`);
            }
        }
        tableNotes(model, report);
    },
};

/** The tables of the unit's whole accounts; every other table of a set is one of its 财政拨款. */
const UNIT_WIDE_ROLES: readonly TableRole[] = ['overview', 'income', 'expenditure'];

/** The topics of the matters published on their own, apart from a whole report (the “三公” statement, its neighbours). */
const PARTIAL_TOPICS: readonly SectionTopic[] = ['three-public', 'running-costs', 'procurement', 'assets', 'performance'];

/**
 * What a document holds that has not the shape of a whole report, as the message names it (一般公共预算财政拨款“三公”经费支出决算表、
 * 情况说明 1 节), and whether all of it is “三公” material; undefined for a whole one: it has its contents or part headings,
 * two of its parts (概况, 情况说明, 名词解释), about half of the template's tables (or of the standard set's nine, spanning
 * the unit's accounts and its 财政拨款), a 概况 with tables, or a 情况说明 section on a matter no statement published alone
 * covers (收入支出总体情况). Towns and districts publish the “三公” statement alone, complete as it is: its missing parts
 * and tables are no gap, while a whole report missing them is warned of.
 */
function partialHolding(model: ReportModel, written: readonly TableTemplate[]): { held: string; threePublic: boolean } | undefined {
    const parts = model.report.parts;
    if (parts.some(part => isMetaField(part) && (part.key === '目录' || part.key === '部分'))) return undefined;
    if (written.length * 2 >= model.template.tables.length) return undefined;
    // half the standard set's nine is a whole report whatever its template adds (四川 2020's 14) only when the tables span
    // the unit's own accounts and its 财政拨款: one matter's tables (四川's 一般公共预算 附表6–10) are published alone
    const unitWide = written.filter(t => UNIT_WIDE_ROLES.includes(t.role)).length;
    if (written.length * 2 >= STANDARD_SET_SIZE && unitWide > 0 && unitWide < written.length) return undefined;
    const filled = reportParts(model.report).filter(part => (isOverview(part) || isExplanation(part) || isGlossary(part)) && part.entries.length > 0);
    const kinds = new Set(filled.map(part => part.$type));
    if (kinds.size >= 2) return undefined;
    const tables = [...model.tables.values()].map(table => table.node.title ?? table.label);
    if (tables.length > 0 && filled.some(isOverview)) return undefined;
    const topics = filled.filter(isExplanation).flatMap(part => part.entries.filter(isTextField).map(entry => headingTopic(model.template, 'explanation', entry.key)));
    if (topics.some(topic => topic !== undefined && !PARTIAL_TOPICS.includes(topic))) return undefined;
    const held = [...tables, ...topics.length > 0 ? [`情况说明 ${topics.length} 节`] : [], ...filled.filter(p => !isExplanation(p)).map(p => isGlossary(p) ? '名词解释' : '概况')];
    // a report begun, with nothing in it yet, is held to the whole
    if (held.length === 0) return undefined;
    const threePublic = filled.every(isExplanation) && tables.every(title => title.includes('三公')) && topics.every(topic => topic === 'three-public');
    return { held: ` ${held.join('、')}`, threePublic };
}

/** A table without figures says so; one marked 无数据 holds none. */
function tableNotes(model: ReportModel, report: Reporter): void {
    for (const table of model.tables.values()) {
        let hasFigures = false;
        walkRows(table.rows, row => { hasFigures ||= row.cells.size > 0; });
        // rows with names (and 上年) only are no figures either: next year's report (`juesuan next`) before it is filled;
        // a table holding only projects' forms is told by project-place, not as one left blank; one of the report's own
        // holding only its text is that text
        if (!table.empty && !hasFigures && !table.node.entries.some(isProject) && !isTextOnlyTable(table, model)) {
            report.info(table.node, `${table.label}没有填写数据；本表确无数据时写“无数据”，生成的报告会注明。`, { property: table.node.label !== undefined ? 'label' : 'number' });
        }
        // a table read as empty from its note (本表无数据) holds zeros at most: no contradiction
        if (table.node.empty && hasFigures) {
            report.error(table.node.empty!, `${table.label}写了“无数据”，却又填了数字。`);
        }
    }
}

/**
 * The label a missing table would have in the report's own numbering: the template's number in
 * the style the report writes (公开05表, 表五, 附表5); none where the report numbers its tables its
 * own way or prints titles alone, as it then gives no number to look for; the template's label in a
 * report without tables.
 */
function missingLabel(model: ReportModel): (number: number) => string | undefined {
    const labels = [...model.tableLabels.values()];
    if (labels.length === 0) return number => model.template.tableLabel(number);
    if (labels.some(label => label.renumbered)) return () => undefined;
    const example = labels.find(label => label.style !== '表名' && label.style !== '目录' && label.number !== undefined);
    return number => example && labelLike(example, number);
}

/** A part is at most its whole: a 其中 row its parent (amounts and counts alike), 授予小微企业 授予中小企业. */
const partWithinRule: Rule = {
    ...ruleMeta('part-within'),
    check(model, report) {
        // a figure of a broken relation is one finding, not two
        const broken = brokenFigures(model);
        // a figure an error already tells of is not warned of again
        const told = new Set<Figure>();
        for (const limit of [...model.limits].sort((a, b) => Number(a.warning ?? false) - Number(b.warning ?? false))) {
            if (limit.holds || !limit.part.node || broken.has(limit.part) || broken.has(limit.whole) || (limit.warning && told.has(limit.part))) continue;
            told.add(limit.part);
            // as written (42.10, not 42.1); a count says what it counts (5辆, 70人次); amounts are in the report's unit
            const shown = (f: Figure) => `${formatFigure(f, model.groupsDigits)}${f.kind === 'count' ? f.unit : ''}`;
            // two figures of one row (12批次 10人次) name the row once
            const compared = limit.part.label === limit.whole.label
                ? `${limit.part.label}的 ${shown(limit.part)} 大于 ${shown(limit.whole)}`
                : `${limit.part.label} ${shown(limit.part)} 大于${limit.reason ? '' : '它所属的'}${limit.whole.label} ${shown(limit.whole)}`;
            const message = `${compared}：${limit.reason ?? '其中项不能超过总数。'}`;
            if (limit.warning) report.warning(limit.part.node, message);
            else report.error(limit.part.node, message);
        }
    },
};

/**
 * A rate against a base of zero cannot be worked out: 完成年初预算 95.89% where 年初预算 is 0. Said as a note, not an
 * error: reports print such a rate by custom (0%, 100%, a rate of another budget), and it is no figure to mend.
 */
const zeroBaseRule: Rule = {
    ...ruleMeta('zero-base'),
    check(model, report) {
        for (const { rate, base, baseName } of model.zeroBases) {
            if (!rate.node) continue;
            // a blank written for a budget nobody gave: say how to leave it unknown instead
            const stated = base.blank ? `${baseName}写作“${base.blank}”（空白单元格，即 0）` : `${baseName}为 ${base.value.toFixed()}`;
            const remedy = base.blank ? `不知道${baseName}时不写它：列【…】不列出这一列` : `请核对${baseName}，或改写为完成另一预算（如 完成全年预算）`;
            report.info(rate.node, `${stated}，不能算出完成率：${rate.label} ${formatFigure(rate)} 无从谈起，不作核对。${remedy}。`);
        }
    },
};

export const tableRules: readonly Rule[] = [templateRule, tableShapeRule, completenessRule, partWithinRule, zeroBaseRule];

/** A table as the report names it in a message: its label as printed (表七, 公开03表), or its title in quotes where it prints none. */
function labelOrTitle(label: TableLabel, title: string | undefined): string {
    const printed = printedLabel(label, title) ?? title ?? '';
    return (label.style === '表名' || label.style === '目录') && printed !== '' ? `“${printed}”` : printed;
}
