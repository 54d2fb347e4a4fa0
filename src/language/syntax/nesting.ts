import type { IRecognitionException, IToken } from 'chevrotain';
import type { AstNode, LexerResult, ParseResult, TokenizeOptions } from 'langium';
import { DefaultLexer } from 'langium';
import type { LangiumParser } from 'langium';
import { mergeMalformedNumbers } from './numbers.js';
import { readSlips } from './slips.js';
import { quotedTextWarnings } from './quoted-text.js';
import { readBracketedLineUnits, unitLineMarkDiagnostics } from './printed-unit.js';
import { readSpacedNames } from './line-start.js';
import { unpairedBracketWarnings } from './unpaired-brackets.js';

/**
 * How deep `{ }` may nest. A report needs a handful of levels (附表 › 类 › 款 › 项, or
 * 项目 › 指标 › 一级 › 二级); the parser recurses a few dozen stack frames per level and runs
 * out of stack at about 150–200 levels, so text nested deeper is not parsed.
 */
export const MAX_NESTING = 50;

export const TOO_DEEP_MESSAGE = `“{ }”嵌套超过 ${MAX_NESTING} 层：从这个“{”到与它配对的“}”之间的内容不再解析。请检查是否多写了“{”或少写了“}”。`;

/**
 * The lexer, with three rules added. A name's full-width bracket left unpaired, and a text in “” or "" rather than 「」, are
 * warnings (unpaired-brackets.ts, quoted-text.ts). A number written in a way the grammar does not read (misplaced
 * commas, a unit word, an exponent, accountants' parentheses) is one token (see
 * mergeMalformedNumbers). A `{` opening level MAX_NESTING + 1 is reported, and it and
 * everything up to its matching `}` is left out of the tokens the parser sees. So a file nested
 * thousands of levels deep (pasted, generated, or mangled) gets one clear error where it goes
 * too deep, the rest of the report is still parsed and checked, and the parser never overflows.
 */
export class JuesuanLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = mergeMalformedNumbers(super.tokenize(text, options), text);
        readBracketedLineUnits(result.tokens, this.definition);
        readSpacedNames(result.tokens, this.definition.ID);
        const slips = readSlips(result.tokens, this.definition);
        if (slips.errors.length > 0) result.errors = [...result.errors, ...slips.errors].sort((a, b) => a.offset - b.offset);
        result.tokens = slips.tokens;
        const warnings = [...unpairedBracketWarnings(result.tokens, text), ...quotedTextWarnings(result.tokens, this.definition.TEXT), ...unitLineMarkDiagnostics(result.hidden)];
        if (warnings.length > 0) result.report = { ...result.report, diagnostics: [...result.report?.diagnostics ?? [], ...warnings] };
        if (!nestsTooDeep(result.tokens)) return result;
        const kept: IToken[] = [];
        let depth = 0;
        let skipping = 0; // nesting inside a left-out region; 0 when not in one
        for (const token of result.tokens) {
            const open = isBrace(token, '{');
            const close = isBrace(token, '}');
            if (skipping > 0) {
                if (open) skipping++;
                else if (close) skipping--;
                continue;
            }
            if (open && depth >= MAX_NESTING) {
                result.errors.push({
                    offset: token.startOffset,
                    length: 1,
                    line: token.startLine,
                    column: token.startColumn,
                    message: TOO_DEEP_MESSAGE,
                });
                skipping = 1;
                continue;
            }
            if (open) depth++;
            else if (close && depth > 0) depth--;
            kept.push(token);
        }
        if (kept.length !== result.tokens.length) result.errors.sort((a, b) => a.offset - b.offset);
        return { ...result, tokens: kept };
    }
}

function isBrace(token: IToken, brace: '{' | '}'): boolean {
    // a full-width one read as a brace (slips.ts) counts
    return token.tokenType.name === brace;
}

/** Whether some `{` opens a level past MAX_NESTING: only then are the tokens copied and filtered. */
function nestsTooDeep(tokens: readonly IToken[]): boolean {
    let depth = 0;
    // indexed: this runs over every token of every parse, and for…of left an iterator result per token
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (isBrace(token, '{')) {
            if (depth >= MAX_NESTING) return true;
            depth++;
        } else if (depth > 0 && isBrace(token, '}')) {
            depth--;
        }
    }
    return false;
}

export const STACK_MESSAGE = '文件结构嵌套过深，无法解析：请检查此处附近是否有大量缺少“{”的“项目”或不配对的括号。本文件其余内容暂不检查。';

/**
 * How deep the parser's rules may call each other. A report at the brace limit above needs about
 * 2 calls per level (Entry › Row) plus a few: ~110; the stack runs out at about 260.
 */
export const MAX_RULE_DEPTH = 200;

/** Thrown when the parser's rules nest deeper than MAX_RULE_DEPTH. */
class RuleDepthExceeded extends RangeError {}

/**
 * The parser, made safe against deep recursion. Error recovery can nest rules without any `{`
 * in the text (a run of `项目 「…」` whose `{` are missing: the parser inserts each `{`), which
 * the lexer's limit does not see. Past MAX_RULE_DEPTH rule calls, or should the stack run out,
 * the document gets one error where the parser stopped and an empty report, and the parser's
 * state is reset so that the next parse starts clean (a parser left mid-rule returns garbage for
 * every later document of the session). The limit also keeps such input fast: recovering at
 * every level of a deep rule stack costs seconds on a long file.
 */
export function guardParser(parser: LangiumParser): LangiumParser {
    const parse = parser.parse.bind(parser);
    const subrule = parser.subrule.bind(parser);
    let depth = 0;
    // the parameters spelled out, not spread: this runs for every rule call of every parse
    parser.subrule = (idx, rule, fragment, feature, args) => {
        if (depth >= MAX_RULE_DEPTH) throw new RuleDepthExceeded(STACK_MESSAGE);
        depth++;
        try {
            subrule(idx, rule, fragment, feature, args);
        } finally {
            depth--;
        }
    };
    parser.parse = <T extends AstNode = AstNode>(input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        depth = 0;
        try {
            return parse<T>(input, options);
        } catch (err) {
            if (!(err instanceof RangeError)) throw err;
            return overflowResult<T>(parser);
        }
    };
    return parser;
}

interface ParserInternals {
    stack: unknown[];
    lexerResult?: LexerResult;
    unorderedGroups?: Map<unknown, unknown>;
    wrapper: { currIdx?: number; input: IToken[] };
}

function overflowResult<T extends AstNode>(parser: LangiumParser): ParseResult<T> {
    const internals = parser as unknown as ParserInternals;
    const lexerResult = internals.lexerResult;
    const tokens = lexerResult?.tokens ?? [];
    const index = Math.min(Math.max(0, (internals.wrapper.currIdx ?? -1) + 1), tokens.length - 1);
    const token = tokens[index];
    // leave the parser as a fresh parse finds it
    internals.stack = [];
    internals.lexerResult = undefined;
    internals.unorderedGroups?.clear();
    internals.wrapper.input = [];
    const value = { $type: 'Report', parts: [] } as unknown as T;
    const errors: IRecognitionException[] = token ? [{
        name: 'StackOverflow',
        message: STACK_MESSAGE,
        token,
        resyncedTokens: [],
        context: { ruleStack: [], ruleOccurrenceStack: [] },
    }] : [];
    return { value, lexerErrors: lexerResult?.errors ?? [], lexerReport: lexerResult?.report, parserErrors: errors };
}
