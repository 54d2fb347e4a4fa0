// A level heading over sections (内蒙古's schools: 二、关于2023年度决算情况说明 over （一）…（十三）, between
// 一、关于预算执行情况分析 and 三、预算绩效评价工作开展情况), written as a row with no figures whose braces hold
// the sections' texts. The checks and the generated report read the sections inside as if written where
// the heading stands; the generated report prints them under it.
import type { Entry, Explanation, Part, Report, Row, TextField } from '../language/generated/ast.js';

/**
 * Whether an entry of 情况说明 is a heading over sections: a row with no code, figure or attribute whose
 * braces hold texts only, none of them a 说明 or 备注 (a row's note, as `设备 { 说明 「…」 }`), or sections whose text is
 * over forms (二、项目绩效情况 { （一）项目绩效自评结果 「…」 { 项目 … } } is a heading over one such section).
 */
export function isSectionGroup(entry: Entry): entry is Row {
    if (entry.$type !== 'Row') return false;
    const row = entry as Row;
    return isBareRow(row) && (row.entries?.length ?? 0) > 0
        && row.entries.some(e => e.$type === 'TextField' || isTextOverForms(e))
        && row.entries.every(e => e.$type === 'TextField' ? !['说明', '备注'].includes((e as TextField).key) : isTextOverForms(e));
}

/** A row of no code, figures or attributes: a heading, not a row of a table. */
function isBareRow(row: Row): boolean {
    return row.code === undefined && (row.cells?.length ?? 0) === 0 && (row.attributes?.length ?? 0) === 0;
}

/** A section's heading with its text over forms (（二）项目绩效自评结果 「…详见下表。」 { 项目 … }): a section under a heading too. */
function isTextOverForms(entry: Entry): boolean {
    return entry.$type === 'Row' && (entry as Row).text !== undefined && isBareRow(entry as Row)
        && (entry as Row).entries.every(e => e.$type !== 'TextField');
}

/** The entries of a part with each heading over sections replaced by the sections it holds. */
export function sectionEntries(entries: readonly Entry[]): Entry[] {
    return entries.flatMap(entry => isSectionGroup(entry) ? entry.entries : [entry]);
}

const headedRows = new WeakMap<Row, TextField>();

/**
 * A heading with its text over what is not a text (十、预算绩效管理情况说明 「…」 { 项目 「…」 { … } }): read as the section's
 * text written under that heading, what its braces hold read where it stands (the project's form in its section). One
 * object for a row, so that it is the same text wherever it is asked for; undefined for any other entry.
 */
export function headedRowText(entry: Entry): TextField | undefined {
    if (entry.$type !== 'Row' || isSectionGroup(entry)) return undefined;
    const row = entry as Row;
    if (row.text === undefined || row.$container.$type !== 'Explanation' && !isSectionGroup(row.$container as Entry)) return undefined;
    let field = headedRows.get(row);
    if (!field) {
        field = { $type: 'TextField', $container: row.$container, $cstNode: row.$cstNode, key: row.name, ordinal: row.ordinal, text: row.text } as TextField;
        headedRows.set(row, field);
    }
    return field;
}

/** The heading over sections a text stands under, if any. */
export function sectionGroupOf(field: TextField): Row | undefined {
    const container = field.$container as Entry | undefined;
    return container && isSectionGroup(container) ? container : undefined;
}

/**
 * The report's parts, with the 概况 and 名词解释 a 情况说明 holds (printed as sections of 决算说明) each after
 * the 情况说明 holding it: every reader of a part takes them as what they are, wherever they are written.
 */
export function reportParts(report: Report): Part[] {
    return report.parts.flatMap((part): Part[] => part.$type === 'Explanation' ? [part, ...(part as Explanation).inner] : [part]);
}
