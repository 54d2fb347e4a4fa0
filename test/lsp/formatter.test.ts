import type { LangiumDocument } from 'langium';
import { expectFormatting } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/language/generated/ast.js';
import { formatFigure } from '../../src/model/figure.js';
import { indexOf } from '../../src/lsp/locate.js';
import { displayWidth } from '../../src/model/text-width.js';
import { parse, SEED, services } from './seed.js';

const format = expectFormatting(services);
const options = { insertSpaces: true, tabSize: 4 };

async function formatted(text: string): Promise<string> {
    const document = await parse(text);
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.textDocument.uri }, options });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** Every figure of a report as `label = value`, stated and computed, and every relation's verdict. */
function figures(document: LangiumDocument<Report>): string[] {
    const model = services.model.ReportModels.get(document);
    const list = [...indexOf(model).placeOf.keys()].map(f => `${f.label} = ${formatFigure(f)}${f.stated ? '' : '*'}`);
    list.push(...model.relations.map(r => `${r.rule} ${r.target.label} ${r.formula} ${r.holds}`));
    return list;
}

describe('the formatter', () => {
    it('keeps the row written after 其中： on its line, as printed', async () => {
        const once = '附表 9 表 {\n  公务用车      3 {\n    其中：（1）运行维护费 2\n    （2）购置费 1\n  }\n}\n';
        expect(await formatted('附表 9 表 {\n  公务用车 3 {\n    其中：（1）运行维护费 2\n    （2）购置费 1\n  }\n}\n')).toBe(once);
        expect(await formatted(once)).toBe(once);
    });

    it('keeps a heading\'s unit name and its year together: one key', async () => {
        expect(await formatted('情况说明 {\n二、刘堡镇卫生院2021年度部门决算情况说明   「无。」\n}\n'))
            .toBe('情况说明 {\n  二、刘堡镇卫生院2021年度部门决算情况说明 「无。」\n}\n');
    });

    it('puts a note in the list of tables on a line of its own, its text beside its title', async () => {
        expect(await formatted('十一、项目支出决算表 { }\n  十二、关于空表的说明   「本部门无空表。」\n'))
            .toBe('十一、项目支出决算表 { }\n十二、关于空表的说明 「本部门无空表。」\n');
    });

    it('keeps a heading\'s own text on its line before the braces of its sections, and a glossary term without its colon', async () => {
        const once = '部门概况 {\n  一、部门基本情况 「全镇概况。」 {\n    （一）职能职责 「无。」\n  }\n}\n名词解释 {\n  8.住房保障类支出 「指，为职工匹配住房公积金。」\n}\n';
        expect(await formatted('部门概况 {\n一、部门基本情况   「全镇概况。」 {\n（一）职能职责 「无。」\n}\n}\n名词解释 {\n8.住房保障类支出   「指，为职工匹配住房公积金。」\n}\n')).toBe(once);
        expect(await formatted(once)).toBe(once);
    });

    it('keeps a self-evaluation form\'s columns on their indicator\'s line, and its 执行率 and 总分 lines each on its own', async () => {
        const once = '情况说明 {\n  项目 「甲」 {\n    执行率 分值 10 得分 10\n    指标 {\n      产出指标 {\n        数量指标 {\n'
            + '          覆盖率 指标性质 = 预期 100 度量单位 「%」 实际 98 权重 60 得分 58 偏差原因 「未全覆盖。」\n        }\n      }\n    }\n    总分 100 得分 98\n  }\n}\n';
        expect(await formatted(once.replace(/\n +/g, '\n'))).toBe(once);
        expect(await formatted(once)).toBe(once);
    });

    it('keeps an indicator group\'s points against its name, as printed', async () => {
        const once = '情况说明 {\n  项目 「甲」 {\n    指标 {\n      产出指标（50分） {\n        数量指标(20分) {\n          乙 预期 1\n        }\n      }\n    }\n  }\n}\n';
        expect(await formatted(once.replace('产出指标（', '产出指标 （').replace('数量指标(', '数量指标  (').replace(/\n +/g, '\n'))).toBe(once);
    });

    it('prints an ordinal against what it numbers, as the report prints it: no space after 二、', async () => {
        expect(await formatted('情况说明 {\n二、 收入决算情况说明 「无。」\n（一） 机构设置 「无。」\n}\n一、 表一 收入支出决算总表 {\n}\n二、收入决算表 （公开02表） {\n}\n'))
            .toBe('情况说明 {\n  二、收入决算情况说明 「无。」\n  （一）机构设置 「无。」\n}\n一、表一 收入支出决算总表 {\n}\n二、收入决算表（公开02表） {\n}\n');
    });

    it('puts one row per line, indents by nesting, and aligns a table’s cells by display width', async () => {
        await format({
            before: '部门 「某单位」 年度 2020 单位 万元\n附表 6 一般公共预算财政拨款支出决算表 { 列【合计 基本支出 项目支出】\n合计 3569.58 854.57 2715.01 占比 100%\n    201 一般公共服务支出 2952.54 298.18 2654.36 {\n2010301 行政运行   298.18 298.18 - 预算 298.18\n} }\n',
            after: [
                '部门 「某单位」',
                '年度 2020',
                '单位 万元',
                '附表 6 一般公共预算财政拨款支出决算表 {',
                '  列【合计 基本支出 项目支出】',
                '  合计                 3569.58 854.57 2715.01 占比 100%',
                '  201 一般公共服务支出 2952.54 298.18 2654.36 {',
                '    2010301 行政运行    298.18 298.18       - 预算 298.18',
                '  }',
                '}',
                '',
            ].join('\n'),
            options,
            disposeAfterCheck: true,
        });
    });

    // a heading over several columns: its braces stay on the header's line and open no level
    it('keeps a two-level header on its line', async () => {
        await format({
            before: '公开11表 政府采购情况表 {\n列【单位名称 实际采购金额{总计   货物}授予中小企业合同金额】\n合计 865.30 126.40 812.60\n}\n',
            after: [
                '公开11表 政府采购情况表 {',
                '  列【单位名称 实际采购金额 { 总计 货物 } 授予中小企业合同金额】',
                '  合计 865.30 126.40 812.60',
                '}',
                '',
            ].join('\n'),
            options,
            disposeAfterCheck: true,
        });
    });

    it('keeps texts, comments and units as written, and blank lines (at most one)', async () => {
        await format({
            before: '// 说明\n\n\n\n情况说明 {\n三公经费 {   // 三公\n公务接待 { 国内公务接待 4.92 万元 27批次 说明 「多行\n  文本  里的   空格」 }\n}\n  项目 「甲」 { 年度目标 { 预期 「a」 实际 「b」 } 指标 { 一 { 二 { 次数 预期 ≥ 50 次 实际 80次 } } } }\n}',
            after: [
                '// 说明',
                '',
                '情况说明 {',
                '  三公经费 { // 三公',
                '    公务接待 {',
                '      国内公务接待 4.92万元 27批次 说明 「多行\n  文本  里的   空格」',
                '    }',
                '  }',
                '  项目 「甲」 {',
                '    年度目标 {',
                '      预期 「a」',
                '      实际 「b」',
                '    }',
                '    指标 {',
                '      一 {',
                '        二 {',
                '          次数 预期 ≥50次 实际 80次',
                '        }',
                '      }',
                '    }',
                '  }',
                '}',
                '',
            ].join('\n'),
            options,
            disposeAfterCheck: true,
        });
    });

    it('formats a report whose unit line is printed in brackets or with another stop, the marks kept against it', async () => {
        const table = '表2 收入决算表 {\n  列【本年收入合计 财政拨款收入】\n  合计 100.00 100.00\n}\n';
        for (const line of ['（单位：万元）\n', '（单位：万元。）\n', '单位：万元．\n']) {
            expect(await formatted(`${line}${table.replace('  合计 100.00 100.00', '合计   100.00   100.00')}`)).toBe(`${line}${table}`);
        }
        expect(await formatted(`（ 单位：万元 ）\n${table}`)).toBe(`（单位：万元）\n${table}`);
        expect(await formatted(`表2 收入决算表 （单位：万元） {\n列【本年收入合计 财政拨款收入】\n}\n`))
            .toBe('表2 收入决算表 （单位：万元） {\n  列【本年收入合计 财政拨款收入】\n}\n');
    });

    it('leaves a document that does not parse alone', async () => {
        const broken = '附表 1 收入支出决算总表 {\n  收入 {   本年收入合计 10\n';
        expect(await formatted(broken)).toBe(broken);
    });

    it('formats the seed example stably: twice changes nothing, and the figures stay the same', async () => {
        const once = await formatted(SEED);
        expect(once).not.toBe(SEED);
        const twice = await formatted(once);
        expect(twice).toBe(once);
        const before = await parse(SEED);
        const after = await parse(once);
        expect(after.parseResult.parserErrors).toEqual([]);
        expect(figures(after)).toEqual(figures(before));
        // the cells of 附表6 stand in columns: every amount of a column ends in the same display column
        const table = once.slice(once.indexOf('附表 6'), once.indexOf('附表 7')).split('\n').filter(l => /^\s+\d+ /.test(l));
        const ends = table.map(line => {
            const match = /^(\s*\d+ \S+)(\s+)([\d.-]+) /.exec(line)!;
            return displayWidth(match[1] + match[2] + match[3]);
        });
        expect(new Set(ends).size).toBe(1);
    });
});

describe('display width', () => {
    it('counts CJK and full-width characters as two columns', () => {
        expect(displayWidth('行政运行')).toBe(8);
        expect(displayWidth('政府办公厅（室）')).toBe(16);
        expect(displayWidth('298.18')).toBe(6);
        // “” are East Asian Ambiguous: one column, as VS Code draws them
        expect(displayWidth('“三公”经费')).toBe(10);
        expect(displayWidth('【】％')).toBe(6);
    });
});

describe('line ends', () => {
    it('keeps a page\'s repeated unit line in a table, which the lexer leaves out without a word', async () => {
        const once = '单位 万元\n表2 收入决算表 {\n  合计                   300.00\n  单位：万元\n  208 社会保障和就业支出 100.00\n  金额单位：万元\n  213 农林水支出         200.00\n}\n'
            + '表2 （续） {\n  单位：万元\n  221 住房保障支出        50.00\n}\n';
        expect(await formatted(once.replace(/\n +/g, '\n'))).toBe(once);
        expect(await formatted(once)).toBe(once);
    });

    it('keeps CRLF line ends and a byte order mark', async () => {
        const before = '\uFEFF部门 「某单位」\r\n附表 1 收入支出决算总表 {\r\n收入 { 本年收入合计 10\r\n总计 10 }\r\n}';
        const once = await formatted(before);
        expect(once).toBe('\uFEFF部门 「某单位」\r\n附表 1 收入支出决算总表 {\r\n  收入 {\r\n    本年收入合计 10\r\n    总计         10\r\n  }\r\n}\r\n');
        expect(await formatted(once)).toBe(once);
    });
});
