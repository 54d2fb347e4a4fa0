// A bare 目录 line stands where the contents' heading prints, the lines written after it printed under that heading
// (四川: 目录, then 公开时间：2023年9月15日). Newlines are hidden, so a 目录 taking a name as its value took the next line's
// (目录 / 监督索引号 「5399」 erred 无法识别“「5399」”): its value is a 「text」 only.
import { describe, expect, test } from 'vitest';
import { isMetaField } from '../../src/language/generated/ast.js';
import { buildHtml, visibleText } from '../generation/helpers.js';
import { parseClean } from './parse-utils.js';

const HEAD = `模板 「四川 2020」
部门 「秦川县审计局」
年度 2023
单位 万元
`;
const AFTER_CONTENTS = `目录
监督索引号 「5399」
保密审查情况：「已审查」
表题 「表号和表名」
表名列表 「印」
单位行 「秦川县审计局 | 单位：万元」
部门概况 { 部门职责 「负责全县审计工作。」 }
`;

async function metaLines(text: string): Promise<string[]> {
    const report = await parseClean(text);
    return report.parts.filter(isMetaField).map(f => f.value === undefined ? f.key : `${f.key}=${f.value}`);
}

describe('a bare 目录 line', () => {
    test('ends at its line: the names written on the lines after it are lines of their own', async () => {
        expect((await metaLines(HEAD + AFTER_CONTENTS)).slice(4)).toEqual(
            ['目录', '监督索引号=5399', '保密审查情况=已审查', '表题=表号和表名', '表名列表=印', '单位行=秦川县审计局 | 单位：万元']);
    });

    test('目录 「…」 still says how the contents go, with its colon or without', async () => {
        expect((await metaLines(`${HEAD}目录 「部分和各表」\n目录：「表号和表名」\n目录\n`)).slice(4))
            .toEqual(['目录=部分和各表', '目录=表号和表名', '目录']);
    });

    test('the built report prints the lines written after it under the contents\' heading, not on the cover', () => {
        const text = visibleText(buildHtml(HEAD + AFTER_CONTENTS));
        const at = text.indexOf('目录');
        expect(text.slice(0, at)).not.toContain('监督索引号');
        expect(text.slice(at)).toMatch(/^目录\s*监督索引号5399\s*保密审查情况：已审查\s*第一部分/);
    });
});
