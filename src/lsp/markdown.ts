// Text of the report (names, definitions, references) placed in Markdown, as in a hover: shown as
// written, never read as Markdown. A 名词解释 definition with `![x](https://…)` showed a remote
// image; `[点此](command:…)`, `<img>`, `# 标题` or a bare www. address were links, HTML and
// structure in the editor.

/** ASCII punctuation: all that Markdown (CommonMark, GFM) reads as structure, links, HTML or entities. */
const MARKDOWN_SYNTAX = /[!-/:-@[-`{-~]/g;
/** Line breaks and runs of spaces: a new line could start a list, a heading or a code block. */
const BREAKS = /[ \t\r\n\f\v\u2028\u2029]+/g;

/**
 * The text as Markdown that shows it literally: every ASCII punctuation character escaped with a
 * backslash (CommonMark lets any of them be), line breaks and runs of spaces as one space.
 * Full-width punctuation (，。【】「」（）) is no Markdown and stays as it is.
 */
export function plainMarkdown(text: string): string {
    return text.replace(BREAKS, ' ').replace(MARKDOWN_SYNTAX, '\\$&');
}
