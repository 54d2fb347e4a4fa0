import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter } from 'langium';

/** Strips the 「」 around free text; numbers stay strings so that no float ever holds money. */
export class JuesuanValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'TEXT') {
            return input.slice(1, -1);
        }
        return super.runConverter(rule, input, cstNode);
    }
}
