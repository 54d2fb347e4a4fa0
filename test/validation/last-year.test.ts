// The `上年` line: a report linked to last year's, on the real file system in a temporary folder,
// checked through the same services the language server and `juesuan check` use.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { parseHelper } from 'langium/test';
import { FileChangeType } from 'vscode-languageserver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { Report } from '../../src/language/generated/ast.js';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';

const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);
let root: string;

/** Last year (2023) in the 四川 2020 template: its 一般公共预算财政拨款支出决算表 is 附表 6. */
const LAST_YEAR = `模板 「四川 2020」
部门 「某局」
年度 2023
单位 万元
附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  201 一般公共服务支出 300.00 100.00 200.00 {
    20103 政府办公厅（室）及相关机构事务 300.00 100.00 200.00
  }
  合计 300.00 100.00 200.00
}
情况说明 {
  机关运行经费 82.45
  公务接待 5.00
}
`;

beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'juesuan-last-year-'));
    mkdirSync(path.join(root, '2023'));
    mkdirSync(path.join(root, '2024'));
    writeFileSync(path.join(root, '2023', '某局.juesuan'), LAST_YEAR);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** This year's report (2024, the national template: the same table is 表5) at 2024/某局.juesuan, checked. */
async function check(text: string, file = path.join(root, '2024', '某局.juesuan')): Promise<LangiumDocument<Report>> {
    const uri = URI.file(file);
    // checked again and again under one name, as an editor does
    if (services.shared.workspace.LangiumDocuments.hasDocument(uri)) services.shared.workspace.LangiumDocuments.deleteDocument(uri);
    return parse(text, { documentUri: uri.toString(), validation: true });
}

const findings = (document: LangiumDocument) => (document.diagnostics ?? []).filter(d => d.code === 'last-year');
const textAt = (document: LangiumDocument, d: Diagnostic) => document.textDocument.getText(d.range);

function thisYear(lines: { link?: string; table?: string; explanation?: string; year?: number } = {}): string {
    return `模板 「全国 2022年度起」
部门 「某局」
年度 ${lines.year ?? 2024}
${lines.link ?? '上年 「../2023/某局.juesuan」'}
单位 万元
表5 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
${lines.table ?? `  201 一般公共服务支出 320.00 110.00 210.00 上年 300.00 {
    20103 政府办公厅（室）及相关机构事务 320.00 110.00 210.00 上年 300.00
  }
  合计 320.00 110.00 210.00 上年 300.00`}
}
情况说明 {
${lines.explanation ?? `  机关运行经费 80.00 减少 2.45
  公务接待 6.00 上年 5.00`}
}
`;
}

async function quickFix(document: LangiumDocument, diagnostic: Diagnostic): Promise<{ title: string; text: string } | undefined> {
    const actions = (await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    }) ?? []) as CodeAction[];
    const action = actions[0];
    if (!action) return undefined;
    return { title: action.title, text: TextDocument.applyEdits(document.textDocument, action.edit!.changes![document.textDocument.uri]) };
}

describe('上年 linked to last year’s report', () => {
    it('finds nothing when every 上年, written or derived, is last year’s 本年 (tables matched by role, not number)', async () => {
        const document = await check(thisYear());
        expect(findings(document).map(d => d.message)).toEqual([]);
        const syntax = (document.diagnostics ?? []).filter(d => ['lexing-error', 'parsing-error'].includes((d.data as { code?: string })?.code ?? ''));
        expect(syntax).toEqual([]);
    });

    it('a written 上年 that differs: a warning on it, fixed to last year’s figure', async () => {
        const document = await check(thisYear({ table: '  201 一般公共服务支出 320.00 110.00 210.00 上年 310.00' }));
        const [finding, ...others] = findings(document);
        expect(others).toEqual([]);
        expect(finding.severity).toBe(2);
        expect(textAt(document, finding)).toBe('310.00');
        expect(finding.message).toContain('201 一般公共服务支出的上年数 310.00 与上年报告（某局.juesuan）201 一般公共服务支出的本年数 300.00 不一致');
        // the related place is in last year's file
        expect(finding.relatedInformation?.[0].location.uri).toBe(URI.file(path.join(root, '2023', '某局.juesuan')).toString());
        const fixed = await quickFix(document, finding);
        expect(fixed?.title).toBe('改为 300.00');
        expect(findings(await check(fixed!.text))).toEqual([]);
    });

    it('within rounding is no finding; a row by name without code, and one of a section, are matched too', async () => {
        const document = await check(thisYear({
            table: '  201 一般公共服务支出 320.00 110.00 210.00 上年 300.004\n  合计 320.00 110.00 210.00 上年 299.00',
            explanation: '  公务接待 6.00 上年 4.00',
        }));
        expect(findings(document).map(d => textAt(document, d))).toEqual(['299.00', '4.00']);
        expect(findings(document)[1].message).toContain('公务接待的上年数 4.00 与上年报告（某局.juesuan）公务接待的本年数 5.00 不一致');
    });

    it('a 上年 derived from 减少 that differs: the change is told, and fixed', async () => {
        const document = await check(thisYear({ explanation: '  机关运行经费 80.00 减少 3.00' }));
        const [finding] = findings(document);
        expect(findings(document)).toHaveLength(1);
        expect(textAt(document, finding)).toBe('3.00');
        expect(finding.message).toContain('由本年数与减少额推算的上年数 83.00 与上年报告（某局.juesuan）机关运行经费的本年数 82.45 不一致：减少额应为 2.45');
        const fixed = await quickFix(document, finding);
        expect(fixed?.title).toBe('改为 2.45');
        expect(findings(await check(fixed!.text))).toEqual([]);
    });

    it('a row last year did not have is not compared', async () => {
        const document = await check(thisYear({ explanation: '  培训费 3.00 上年 1.00' }));
        expect(findings(document)).toEqual([]);
    });

    it('a missing file, a folder, a device, not a report, a file of the wrong year or with a syntax error: one error on the 上年 line, nothing else', async () => {
        writeFileSync(path.join(root, '2023', '错年.juesuan'), LAST_YEAR.replace('年度 2023', '年度 2022'));
        writeFileSync(path.join(root, '2023', '坏.juesuan'), LAST_YEAR.replace('合计 300.00 100.00 200.00\n}', '合计 300.00 100.00 200.00\n'));
        writeFileSync(path.join(root, '2023', '乱码.juesuan'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
        mkdirSync(path.join(root, '2023', '目录.juesuan'));
        // a device would be read forever: never opened
        symlinkSync('/dev/zero', path.join(root, '2023', 'zero.juesuan'));
        const cases: [string, string][] = [
            ['上年 「../2023/没有.juesuan」', '上年报告「../2023/没有.juesuan」无法读取：文件或目录不存在'],
            ['上年 「../2023/目录.juesuan」', '上年报告「../2023/目录.juesuan」是一个目录，不是文件'],
            ['上年 「../2023/zero.juesuan」', '上年报告「../2023/zero.juesuan」不是普通文件，不会读取'],
            ['上年 「/etc/passwd」', '上年报告「/etc/passwd」应为 .juesuan 文件'],
            ['上年 「../2023/错年.juesuan」', '是 2022 年度的报告，本报告是 2024 年度：应链接 2023 年度的报告'],
            ['上年 「../2023/坏.juesuan」', '上年报告「../2023/坏.juesuan」有语法错误（第 12 行），无法比对'],
            ['上年 「../2023/乱码.juesuan」', '上年报告「../2023/乱码.juesuan」无法读取：是 UTF-16 编码的文本'],
            ['上年 「某局.juesuan」', '就是本文件'],
            ['上年 「」', '“上年”应写上年报告的路径'],
        ];
        for (const [link, message] of cases) {
            // a wrong 上年 figure is not compared when the link is broken
            const document = await check(thisYear({ link, table: '  合计 320.00 110.00 210.00 上年 1.00' }));
            const found = findings(document);
            expect(found.map(d => d.message), link).toHaveLength(1);
            expect(found[0].message, link).toContain(message);
            expect(found[0].severity).toBe(1);
            expect(textAt(document, found[0])).toBe(link);
        }
    });

    it('an unsaved report cannot follow a relative link', async () => {
        const document = await parse(thisYear(), { documentUri: 'untitled:新报告.juesuan', validation: true });
        expect(findings(document).map(d => d.message)).toEqual([expect.stringContaining('尚未保存')]);
    });

    it('reads last year’s file again when it changes, and not on every check', async () => {
        mkdirSync(path.join(root, 'change'));
        const lastFile = path.join(root, 'change', '2023.juesuan');
        writeFileSync(lastFile, LAST_YEAR);
        const file = path.join(root, 'change', '2024.juesuan');
        const text = thisYear({ link: '上年 「2023.juesuan」' });
        const first = await check(text, file);
        expect(findings(first)).toEqual([]);
        // checked again unchanged: the same model of last year, not read and parsed again
        const lastYear = services.model.LastYearReports;
        const loadedOf = (document: LangiumDocument<Report>) => {
            const linked = lastYear.forModel(services.model.ReportModels.get(document));
            return linked?.kind === 'loaded' ? linked.model : undefined;
        };
        const model = loadedOf(first);
        expect(model?.meta.year).toBe(2023);
        expect(loadedOf(await check(text + '\n', file))).toBe(model);
        // changed on disk: read again
        writeFileSync(lastFile, LAST_YEAR.replace('公务接待 5.00', '公务接待 5.50'));
        utimesSync(lastFile, new Date(), new Date(Date.now() + 5000));
        const changed = await check(text, file);
        expect(findings(changed).map(d => d.message)).toEqual([expect.stringContaining('本年数 5.50')]);
        expect(loadedOf(changed)).not.toBe(model);
        // a symbolic link to the file is followed
        symlinkSync(lastFile, path.join(root, 'change', 'link.juesuan'));
        expect(findings(await check(thisYear({ link: '上年 「link.juesuan」' }), file))).toHaveLength(1);
    });

    it('changed on disk makes the server check the reports that link it again', async () => {
        mkdirSync(path.join(root, 'watched'));
        const lastFile = path.join(root, 'watched', '2023.juesuan');
        writeFileSync(lastFile, LAST_YEAR);
        const file = path.join(root, 'watched', '2024.juesuan');
        writeFileSync(file, thisYear({ link: '上年 「2023.juesuan」' }));
        const { shared, Juesuan } = createJuesuanServices({ ...NodeFileSystem });
        const document = shared.workspace.LangiumDocumentFactory.fromString(thisYear({ link: '上年 「2023.juesuan」' }), URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const found = () => (document.diagnostics ?? []).filter(d => d.code === 'last-year');
        expect(found()).toEqual([]);
        writeFileSync(lastFile, LAST_YEAR.replace('公务接待 5.00', '公务接待 5.50'));
        Juesuan.shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles?.({ changes: [{ uri: URI.file(lastFile).toString(), type: FileChangeType.Changed }] });
        // the builder works under the workspace lock: wait for it, bounded
        for (let i = 0; i < 100 && found().length === 0; i++) await new Promise(r => setTimeout(r, 20));
        expect(found().map(d => d.message)).toEqual([expect.stringContaining('本年数 5.50')]);
    });
});
