// Names pasted from a web page keep its half-width brackets (部门(单位)职责, 支出决算表(一)): the lexer takes them
// into the name as closed pairs, and the name is read with full-width ones (src/model/brackets.ts).

/** The tokens of a name that may hold half-width brackets: a name, a heading starting with its year. */
export const NAME_TOKENS: ReadonlySet<string> = new Set(['ID', 'YEAR_HEADING']);
