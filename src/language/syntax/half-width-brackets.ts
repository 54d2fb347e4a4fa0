// Names pasted from a web page keep its half-width brackets (部门(单位)职责, 机关(单位)运行经费, 支出决算表(一)):
// the lexer takes them into the name, and the name is read with full-width ones, so that it matches the
// template's sections, rows and titles and is printed as a report prints its names.

/** The tokens of a name that may hold half-width brackets: a name, a heading starting with its year. */
export const NAME_TOKENS: ReadonlySet<string> = new Set(['ID', 'YEAR_HEADING']);

/** A name with its half-width brackets made full-width. */
export function fullWidthBrackets(name: string): string {
    if (!name.includes('(') && !name.includes(')')) return name;
    return name.replace(/[()]/g, bracket => (bracket === '(' ? '（' : '）'));
}
