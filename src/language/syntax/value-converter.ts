import type { CstNode, GrammarAST, ValueType } from 'langium';
import { CstUtils, DefaultValueConverter, isLeafCstNode } from 'langium';
import { fullWidthBrackets } from '../../model/brackets.js';
import { COLUMN_GROUP_JOINT } from '../../model/table-label.js';
import { NAME_TOKENS } from './half-width-brackets.js';

/**
 * Strips the 「」 around free text and the 《》 around a title, and the spaces between a code's 类 款 项 cells; reads a name's half-width brackets as full-width ones;
 * numbers stay strings so that no float ever holds money.
 */
export class JuesuanValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'TEXT') {
            return input.slice(1, -1);
        }
        // a code printed in its 类 款 项 cells (208 05 05) is the code they make (2080505)
        if (rule.name === 'CODE') return input.replace(/[ \t\u3000]+/g, '');
        // 单位：（元） is 单位 元
        if (rule.name === 'BRACKETED_UNIT') return input.replace(/[（()）\s\u3000]/g, '');
        // a heading a PDF copy split with spaces (line-start.ts) is the name without them, but for those between Latin words
        if (rule.name === 'ID' && /[ \t\u3000]/.test(input)) return fullWidthBrackets(input.replace(/(?<![A-Za-z])[ \t\u3000]+|[ \t\u3000]+(?![A-Za-z])/g, ''));
        if (NAME_TOKENS.has(rule.name)) return fullWidthBrackets(super.runConverter(rule, input, cstNode) as string);
        if (rule.name === 'ColumnEntry' && input.includes('{')) return columnGroup(cstNode);
        // 一、《收入支出决算总表》 (天津): the book-title marks around a title are the contents' way of printing it, not its words
        if (rule.name === 'SectionTitle' && /^《[^《》]+》$/.test(input)) return input.slice(1, -1);
        return super.runConverter(rule, input, cstNode);
    }
}

/**
 * A heading over several columns, 实际采购金额 { 总计 货物 }, as `实际采购金额{总计 货物}`: the names
 * kept apart (the concatenated input has lost the spaces between them). `expandColumnNames` reads it.
 */
function columnGroup(cstNode: CstNode): string {
    const leaves = CstUtils.streamCst(cstNode).filter(node => isLeafCstNode(node) && !node.hidden && !/^[，,、]$/.test(node.text)).map(node => node.text).toArray();
    // a heading under the heading (two levels) is read out into its columns here: 公务用车购置及运行费·小计
    const columns: string[] = [];
    const path: string[] = [];
    let previous: string | undefined;
    for (const text of leaves.slice(2, -1)) {
        if (text === '{') {
            columns.pop();
            path.push(previous!);
        } else if (text === '}') path.pop();
        else {
            previous = fullWidthBrackets(text);
            columns.push([...path, previous].join(COLUMN_GROUP_JOINT));
        }
    }
    return `${fullWidthBrackets(leaves[0])}{${columns.join(' ')}}`;
}
