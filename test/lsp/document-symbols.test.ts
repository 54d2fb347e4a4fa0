import { EmptyFileSystem } from 'langium';
import { expectFoldings, expectSymbols, parseHelper, textDocumentParams } from 'langium/test';
import type { DocumentSymbol, Range } from 'vscode-languageserver';
import { FoldingRangeKind, SymbolKind } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import { JuesuanDocumentSymbolProvider } from '../../src/lsp/document-symbols.js';

const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper(services);

async function symbolsOf(text: string): Promise<DocumentSymbol[]> {
    const document = await parse(text);
    return services.lsp.DocumentSymbolProvider!.getSymbols(document, textDocumentParams(document));
}

/** The outline as indented `name` lines. */
function outline(symbols: DocumentSymbol[] | undefined, depth = 0): string[] {
    return (symbols ?? []).flatMap(s => ['  '.repeat(depth) + s.name, ...outline(s.children, depth + 1)]);
}

function r(range: Range): string {
    return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

function before(a: Range['start'], b: Range['start']): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function contains(outer: Range, inner: Range): boolean {
    return !before(inner.start, outer.start) && !before(outer.end, inner.end);
}

/** What an LSP client requires of every symbol. */
function checkWellFormed(symbols: DocumentSymbol[] | undefined, parent?: DocumentSymbol): void {
    for (const symbol of symbols ?? []) {
        expect(symbol.name.trim(), JSON.stringify(symbol)).not.toBe('');
        expect(contains(symbol.range, symbol.selectionRange), `${symbol.name}: selection inside range`).toBe(true);
        if (parent) expect(contains(parent.range, symbol.range), `${symbol.name} inside ${parent.name}`).toBe(true);
        checkWellFormed(symbol.children, symbol);
    }
}

const REPORT = [
    '部门 「乐山高新区党工委办公室」',            // 0
    '年度 2020',                                  // 1
    '单位 万元',                                  // 2
    '',                                           // 3
    '部门概况 {',                                 // 4
    '  主要职能 「综合协调；',                    // 5
    '  负责督查督办。」',                         // 6
    '  人员 { 编制 18人 在职人员 21人 }',         // 7
    '}',                                          // 8
    '情况说明 {',                                 // 9
    '  三公经费 {',                               // 10
    '    因公出国（境） 0次 0人',                 // 11
    '  }',                                        // 12
    '  机关运行经费 82.45 减少 24.92',            // 13
    '  预算绩效 {',                               // 14
    '    事前评估 7个',                           // 15
    '    项目 「管委会运行经费」 {',              // 16
    '      预算数 326.43',                        // 17
    '      年度目标 { 预期 「甲」 实际 「乙」 }', // 18
    '      指标 {',                               // 19
    '        项目完成指标 {',                     // 20
    '          数量指标 {',                       // 21
    '            「办公楼、会议室日常维护」 预期 ≥50次 实际 80次', // 22
    '          }',                                // 23
    '        }',                                  // 24
    '      }',                                    // 25
    '    }',                                      // 26
    '  }',                                        // 27
    '}',                                          // 28
    '名词解释 {',                                 // 29
    '  财政拨款收入：「指……」',                   // 30
    '  「“三公”经费」：「指……」',                 // 31
    '  2010301 「一般公共服务（201）行政运行（01）」：「指……」', // 32
    '  2080505：「指……」',                        // 33
    '}',                                          // 34
    '附件 「部门整体支出绩效评价报告」 「一、部门概况',  // 35
    '（一）机构组成」',                            // 36
    '附表 6 一般公共预算财政拨款支出决算表 {',     // 37
    '  列【合计 基本支出 项目支出】',              // 38
    '  合计 3569.58 854.57 2715.01',               // 39
    '  201 一般公共服务支出 2952.54 298.18 2654.36 {', // 40
    '    20103 政府办公厅（室）及相关机构事务 2952.54 298.18 2654.36 {', // 41
    '      2010301 行政运行 298.18 298.18 -',      // 42
    '    }',                                       // 43
    '  }',                                         // 44
    '}',                                           // 45
    '附表 12 政府性基金预算财政拨款“三公”经费支出决算表 {', // 46
    '  无数据 「本单位无此项支出。」',              // 47
    '}',                                           // 48
    '公开时间 2021年11月22日',                     // 49
].join('\n');

describe('outline', () => {
    test('the parts of a report in document order, with Chinese names', async () => {
        const symbols = await symbolsOf(REPORT);
        expect(symbols.map(s => s.name)).toEqual([
            '报告信息', '部门概况', '情况说明', '名词解释', '附件 部门整体支出绩效评价报告',
            '附表 6 一般公共预算财政拨款支出决算表', '附表 12 政府性基金预算财政拨款“三公”经费支出决算表',
        ]);
        expect(symbols.map(s => s.kind)).toEqual([
            SymbolKind.Namespace, SymbolKind.Module, SymbolKind.Module, SymbolKind.Module, SymbolKind.File,
            SymbolKind.Struct, SymbolKind.Struct,
        ]);
        checkWellFormed(symbols);
    });

    test('the whole tree', async () => {
        expect(outline(await symbolsOf(REPORT))).toEqual([
            '报告信息',
            '  部门',
            '  年度',
            '  单位',
            '  公开时间',
            '部门概况',
            '  主要职能',
            '  人员',
            '    编制',
            '    在职人员',
            '情况说明',
            '  三公经费',
            '    因公出国（境）',
            '  机关运行经费',
            '  预算绩效',
            '    事前评估',
            '    项目 管委会运行经费',
            '      预算数',
            '      年度目标',
            '      指标',
            '        项目完成指标',
            '          数量指标',
            '            办公楼、会议室日常维护',
            '名词解释',
            '  财政拨款收入',
            '  “三公”经费',
            '  2010301 一般公共服务（201）行政运行（01）',
            '  2080505',
            '附件 部门整体支出绩效评价报告',
            '附表 6 一般公共预算财政拨款支出决算表',
            '  合计',
            '  201 一般公共服务支出',
            '    20103 政府办公厅（室）及相关机构事务',
            '      2010301 行政运行',
            '附表 12 政府性基金预算财政拨款“三公”经费支出决算表',
            '  无数据',
        ]);
    });

    test('报告信息: header fields as properties with their values, wherever they stand', async () => {
        const [header] = await symbolsOf(REPORT);
        expect(header.children!.map(c => [c.name, c.detail, c.kind])).toEqual([
            ['部门', '乐山高新区党工委办公室', SymbolKind.Property],
            ['年度', '2020', SymbolKind.Property],
            ['单位', '万元', SymbolKind.Property],
            ['公开时间', '2021年11月22日', SymbolKind.Property],
        ]);
        // from the first header field to the last, selecting the first key
        expect(r(header.range)).toBe('0:0-49:16');
        expect(r(header.selectionRange)).toBe('0:0-0:2');
        expect(r(header.children![0].range)).toBe('0:0-0:16');
        expect(r(header.children![3].selectionRange)).toBe('49:0-49:4');
    });

    test('附表: full range over the block, selection over 附表 N 标题; code rows with their code', async () => {
        const symbols = await symbolsOf(REPORT);
        const table = symbols[5];
        expect(r(table.range)).toBe('37:0-45:1');
        expect(r(table.selectionRange)).toBe('37:0-37:20');
        expect(table.detail).toBe('合计、基本支出、项目支出');
        const [total, general] = table.children!;
        expect([total.name, total.kind, total.detail, r(total.range), r(total.selectionRange)])
            .toEqual(['合计', SymbolKind.Field, '3569.58 854.57 2715.01', '39:2-39:27', '39:2-39:4']);
        expect([general.name, r(general.range), r(general.selectionRange)]).toEqual(['201 一般公共服务支出', '40:2-44:3', '40:2-40:14']);
        const office = general.children![0];
        expect([office.name, r(office.range), r(office.selectionRange)])
            .toEqual(['20103 政府办公厅（室）及相关机构事务', '41:4-43:5', '41:4-41:25']);
        const running = office.children![0];
        expect([running.name, running.detail, r(running.range), r(running.selectionRange), running.children])
            .toEqual(['2010301 行政运行', '298.18 298.18 -', '42:6-42:34', '42:6-42:18', undefined]);
    });

    test('a table without a title, and 无数据', async () => {
        const [table] = await symbolsOf('附表 13 {\n  无数据 「本单位无此项支出。」\n}');
        expect([table.name, r(table.selectionRange)]).toEqual(['附表 13', '0:0-0:5']);
        const [empty] = table.children!;
        expect([empty.name, empty.kind, empty.detail, r(empty.selectionRange)])
            .toEqual(['无数据', SymbolKind.Null, '本单位无此项支出。', '1:2-1:5']);
    });

    test('a text numbered among the tables (十二、关于空表的说明) stands where it is, by its heading', async () => {
        const symbols = await symbolsOf('十一、项目支出决算表 {\n  合计 1\n}\n十二、关于空表的说明 「本部门无政府性基金。」\n');
        checkWellFormed(symbols);
        expect(outline(symbols)).toEqual(['十一、项目支出决算表', '  合计', '十二、关于空表的说明']);
        const note = symbols[1];
        expect([note.kind, note.detail, r(note.selectionRange)]).toEqual([SymbolKind.String, '本部门无政府性基金。', '3:0-3:10']);
    });

    test('部门概况 and 情况说明: sections with their entries', async () => {
        const symbols = await symbolsOf(REPORT);
        const overview = symbols[1];
        expect([r(overview.range), r(overview.selectionRange)]).toEqual(['4:0-8:1', '4:0-4:4']);
        const duties = overview.children![0];
        expect([duties.name, duties.kind, duties.detail, r(duties.range), r(duties.selectionRange)])
            .toEqual(['主要职能', SymbolKind.String, '综合协调； 负责督查督办。', '5:2-6:10', '5:2-5:6']);
        const explanation = symbols[2];
        expect(explanation.children!.map(c => c.name)).toEqual(['三公经费', '机关运行经费', '预算绩效']);
        expect(explanation.children![1].detail).toBe('82.45');
        const project = explanation.children![2].children![1];
        expect([project.name, project.kind, r(project.range), r(project.selectionRange)])
            .toEqual(['项目 管委会运行经费', SymbolKind.Object, '16:4-26:5', '16:4-16:16']);
        const [, goal, indicators] = project.children!;
        expect([goal.kind, goal.detail, r(goal.selectionRange)]).toEqual([SymbolKind.Event, '甲', '18:6-18:10']);
        expect([indicators.kind, r(indicators.range)]).toEqual([SymbolKind.Array, '19:6-25:7']);
        const indicator = indicators.children![0].children![0].children![0];
        expect([indicator.name, indicator.kind, indicator.detail, r(indicator.selectionRange)])
            .toEqual(['办公楼、会议室日常维护', SymbolKind.Number, '预期 ≥50次 实际 80次', '22:12-22:25']);
    });

    test('名词解释: entries by term, by code and label, or by code', async () => {
        const glossary = (await symbolsOf(REPORT))[3];
        expect(glossary.children!.map(c => [c.name, c.kind, r(c.selectionRange)])).toEqual([
            ['财政拨款收入', SymbolKind.Key, '30:2-30:8'],
            ['“三公”经费', SymbolKind.Key, '31:2-31:10'],
            ['2010301 一般公共服务（201）行政运行（01）', SymbolKind.Key, '32:2-32:31'],
            ['2080505', SymbolKind.Key, '33:2-33:9'],
        ]);
        expect(glossary.children![0].detail).toBe('指……');
    });

    test('附件: by title, the range covers the multi-line body', async () => {
        const attachment = (await symbolsOf(REPORT))[4];
        expect([r(attachment.range), r(attachment.selectionRange), attachment.detail])
            .toEqual(['35:0-36:8', '35:0-35:17', '一、部门概况 （一）机构组成']);
    });

    test('long texts are cut in the detail', async () => {
        const [overview] = await symbolsOf(`部门概况 { 主要职能 「${'甲'.repeat(60)}」 }`);
        expect(overview.children![0].detail).toBe('甲'.repeat(40) + '…');
    });

    test('expectSymbols from langium/test', async () => {
        await expectSymbols(services)({
            text: '年度 2020\n附表 6 表 {\n  201 一般公共服务支出 1\n}',
            expectedSymbols: ['报告信息', '附表 6 表'],
            disposeAfterCheck: true,
        });
    });

    test('an empty document has no symbols', async () => {
        expect(await symbolsOf('')).toEqual([]);
        expect(await symbolsOf('// 只有注释')).toEqual([]);
    });

    test('the provider is registered', () => {
        expect(services.lsp.DocumentSymbolProvider).toBeInstanceOf(JuesuanDocumentSymbolProvider);
    });
});

describe('outline of broken documents', () => {
    const BROKEN = [
        '附表 6 表 {\n  201 2952.54\n  202 外交 4\n}',
        '附表 {\n  合计 1\n}',
        '附表 6 表 {\n  合计 1 {\n    201 一般 1',
        '部门',
        '附件 「甲」',
        '情况说明 { 项目 甲 { } }',
        '情况说明 { 项目 「甲」 { 年度目标 { 预期 「a」 } 指标 { 一 { 二 { 三 预期 } } } } }',
        '名词解释 {\n  2010301 行政运行：「甲」\n  ：「乙」\n}',
        '部门概况 {\n  主要职能 「负责……\n}',
        '附表 6 表 {\n  列【合计 基本支出\n  合计 1 2\n}',
    ];
    test.each(BROKEN.map(text => [JSON.stringify(text), text]))('%s', async (_name, text) => {
        const symbols = await symbolsOf(text);
        expect(symbols.length).toBeGreaterThan(0);
        checkWellFormed(symbols);
    });

    test('a code row without a name is shown by its code', async () => {
        const [table] = await symbolsOf('附表 6 表 {\n  201 2952.54\n}');
        expect(table.children!.map(c => [c.name, r(c.selectionRange)])).toEqual([['201', '1:2-1:5']]);
    });
});

describe('folding (Langium default provider)', () => {
    const expectFolding = expectFoldings(services);

    test('blocks fold up to the line before their }', async () => {
        await expectFolding({
            text: [
                '<|附表 6 表 {',
                '  列【合计 基本支出 项目支出】',
                '  <|201 一般公共服务支出 2952.54 298.18 2654.36 {',
                '    <|20103 政府办公厅（室）及相关机构事务 2952.54 298.18 2654.36 {',
                '      2010301 行政运行 298.18 298.18 -',
                '      2010302 一般行政管理事务 659.36 - 659.36|>',
                '    }|>',
                '  }|>',
                '}',
            ].join('\n'),
            disposeAfterCheck: true,
        });
    });

    test('multi-line texts fold including their last line; short ones do not fold', async () => {
        await expectFolding({
            text: [
                '<|部门概况 {',
                '  <|主要职能 「第一行',
                '  第二行',
                '  第三行」|>',
                '  机构设置 「第一行',
                '  第二行」|>',
                '}',
                '<|附件 「标题」 「一、部门概况',
                '（一）机构组成',
                '（二）人员情况」|>',
            ].join('\n'),
            disposeAfterCheck: true,
        });
    });

    test('情况说明, projects and indicators fold', async () => {
        const text = [
            '情况说明 {',                              // 0
            '  项目 「甲」 {',                         // 1
            '    年度目标 {',                          // 2
            '      预期 「a」',                        // 3
            '      实际 「b」',                        // 4
            '    }',                                   // 5
            '    指标 {',                              // 6
            '      一 {',                              // 7
            '        二 {',                            // 8
            '          「三」 预期 ≥50次 实际 80次',   // 9
            '        }',                               // 10
            '      }',                                 // 11
            '    }',                                   // 12
            '  }',                                     // 13
            '}',                                       // 14
            '/* 多行',                                 // 15
            '   注释',                                 // 16
            '*/',                                      // 17
        ].join('\n');
        const document = await parse(text);
        const foldings = await services.lsp.FoldingRangeProvider!.getFoldingRanges(document, textDocumentParams(document));
        expect(foldings.map(f => `${f.startLine}-${f.endLine}${f.kind === FoldingRangeKind.Comment ? ' 注释' : ''}`).sort())
            .toEqual(['0-13', '1-12', '15-16 注释', '2-4', '6-11', '7-10', '8-9'].sort());
    });
});

describe('a 概况 or 名词解释 written inside 情况说明', () => {
    test('stands in the outline among the sections, where it is written', async () => {
        const symbols = await symbolsOf(`情况说明 {
  部门概况 「一、部门/单位基本情况」 {
    机构设置 「…」
  }
  收入支出决算总体情况说明 「…」
  名词解释 「三、名词解释」 {
    财政拨款收入：「…」
  }
}
`);
        checkWellFormed(symbols);
        const lines = outline(symbols);
        expect(lines[0]).toBe('情况说明');
        expect(lines.filter(l => /^  \S/.test(l))).toEqual(['  部门概况', '  收入支出决算总体情况说明', '  名词解释']);
    });
});
