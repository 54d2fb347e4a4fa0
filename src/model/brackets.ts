// Names pasted from a web page keep its half-width brackets (部门(单位)职责, 机关(单位)运行经费, 支出决算表(一)): they are
// read with full-width ones, so that they match the template's sections, rows and titles, the catalogue's subjects
// and a workbook's rows, and are printed as a report prints its names.

/** A name with its half-width brackets made full-width. */
export function fullWidthBrackets(name: string): string {
    if (!name.includes('(') && !name.includes(')')) return name;
    return name.replace(/[()]/g, bracket => (bracket === '(' ? '（' : '）'));
}
