// A report written another way the language promises is equivalent gives the same findings: the
// same rules at the same severities (messages may quote the text differently). A fast selection of
// scripts/variants.mjs's transformations over every example; the script runs them all over any file.
import { describe, expect, it } from 'vitest';
import { compare, EXPECTED, SAME_POSITIONS, TRANSFORMS } from '../../scripts/variants.mjs';
import { Checker, examples, findingLines, ruleOf, severityName } from '../examples/examples.js';

const SELECTION = ['thousands', 'yuan', 'blank', 'table-number', 'ordinals', 'glossary-moved', 'punct-halfwidth', 'pdf-spaces', 'crlf'];

const checker = new Checker();

describe('equivalent writings of every example give the same findings', () => {
    for (const example of examples()) {
        it(example.name, async () => {
            const found = await checker.check(example.text, example.name);
            const differences: string[] = [];
            for (const name of SELECTION) {
                const text = TRANSFORMS[name](example.text);
                const expected = EXPECTED[name] ?? {};
                const kept = (ds: typeof found) => ds.filter(d => !expected.ignore?.(d.message));
                const before = kept(found);
                if (text === undefined || expected.comparable?.(before.map(d => d.message)) === false) continue;
                const after = kept(await checker.check(text, `${example.name}.${name}`));
                const key = SAME_POSITIONS.has(name)
                    ? findingLines
                    : (ds: typeof before) => ds.map(d => `${severityName(d)} [${ruleOf(d)}]`);
                differences.push(...compare(key(before), key(after)).map(d => `${name}: ${d}`));
            }
            expect(differences).toEqual([]);
        }, 60_000);
    }
});

describe('the transformations', () => {
    const source = '年度 2024\n单位 万元\n模板 「全国」\n表 1 收入支出决算总表 {\n  2010301 行政运行 1872.89 - 5辆 【表1.合计】\n  「说明，2024年共1234.5万元」\n}\n';
    it('write amounts with separators, never years, codes or counts', () =>
        expect(TRANSFORMS.thousands(source)).toContain('2010301 行政运行 1,872.89 - 5辆'));
    it('turn 万元 amounts into 元, keeping the text and the table number', () => {
        const yuan = TRANSFORMS.yuan(source)!;
        expect(yuan).toContain('单位 元\n');
        expect(yuan).toContain('表 1 收入支出决算总表');
        expect(yuan).toContain('行政运行 18728900 - 5辆');
        expect(yuan).toContain('1234.5万元');
    });
    it('keep a subject code printed in segments as it is', () =>
        expect(TRANSFORMS.yuan('单位 万元\n表 3 支出决算表 {\n  208 05 05 机关事业单位基本养老保险缴费支出 74.90 74.90\n}\n'))
            .toContain('208 05 05 机关事业单位基本养老保险缴费支出 749000 749000'));
    it('renumber tables and the references to them', () =>
        expect(TRANSFORMS['table-number'](source)).toMatch(/^公开01表 收入支出决算总表[^]*【公开01表\.合计】/m));
});
