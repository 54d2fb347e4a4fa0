import type { ILookaheadStrategy } from 'chevrotain';
import type { LangiumParser } from 'langium';

/**
 * The parser with each decision's lookahead made when the decision is first taken instead of all
 * of them when the parser is made (Chevrotain's `performSelfAnalysis`): that was the largest part
 * of the parser's construction, paid by every `juesuan check` before its first file, while a file
 * takes only some of the grammar's decisions. The lookahead functions are those of the parser's own
 * strategy (Langium's LL(*)), made from the same analysed grammar, only later.
 *
 * To be called between `prepareLangiumParser` and `finalize`. Should Langium keep its Chevrotain
 * parser elsewhere, the parser is left as it is (all lookahead made up front).
 */
export function withLazyLookahead(parser: LangiumParser): LangiumParser {
    const wrapper = (parser as unknown as { wrapper?: { lookaheadStrategy?: ILookaheadStrategy } }).wrapper;
    const strategy = wrapper?.lookaheadStrategy;
    if (wrapper && strategy && typeof strategy.buildLookaheadForAlternation === 'function' && typeof strategy.buildLookaheadForOptional === 'function') {
        wrapper.lookaheadStrategy = lazyStrategy(strategy);
    }
    return parser;
}

function lazyStrategy(strategy: ILookaheadStrategy): ILookaheadStrategy {
    type Alternation = ReturnType<ILookaheadStrategy['buildLookaheadForAlternation']>;
    type Optional = ReturnType<ILookaheadStrategy['buildLookaheadForOptional']>;
    return {
        validate: options => strategy.validate(options),
        initialize: options => strategy.initialize?.(options),
        buildLookaheadForAlternation(options) {
            let built: Alternation | undefined;
            // Chevrotain calls lookahead functions with the parser as `this`
            return function (this: unknown, orAlts) {
                built ??= strategy.buildLookaheadForAlternation(options);
                return built.call(this, orAlts);
            };
        },
        buildLookaheadForOptional(options) {
            let built: Optional | undefined;
            return function (this: unknown) {
                built ??= strategy.buildLookaheadForOptional(options);
                return built.call(this);
            };
        },
    };
}
