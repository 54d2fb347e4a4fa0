/**
 * Input a person (or a copy and paste) really produces: each gets a clear Chinese message at the
 * right place, or parses as meant where it is legitimate, and the rest of the document is still
 * parsed and checked. Every case also goes through the editor features (hover, completion,
 * formatting, symbols, …) and the report build, which must not throw.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';
import { MAX_NESTING } from '../../src/language/syntax/nesting.js';
import { FuzzHarness } from '../../src/fuzz/harness.js';
import { Random } from '../../src/fuzz/prng.js';
import { runCheck } from '../../src/cli/check.js';
import { MAX_DIAGNOSTICS } from '../../src/validation/juesuan-validator.js';

const { shared, Juesuan } = createJuesuanServices(EmptyFileSystem);
const harness = new FuzzHarness();
const ERROR = 1;
const WARNING = 2;
let counter = 0;

async function check(text: string): Promise<LangiumDocument<Report>> {
    const uri = URI.parse(`memory:///bad-input/${counter++}.juesuan`);
    const document = shared.workspace.LangiumDocumentFactory.fromString<Report>(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: { categories: ['built-in', 'fast', 'slow'] } });
    return document;
}

/** The diagnostics other than the report-level ones (missing parts and tables). */
function findings(document: LangiumDocument): Diagnostic[] {
    // what a whole report lacks (its parts, the texts the generated report would print as 〔未填写〕) is not the point of these fragments
    return (document.diagnostics ?? []).filter(d => d.code !== 'completeness' && d.code !== 'unfilled');
}

function errors(document: LangiumDocument): Diagnostic[] {
    return findings(document).filter(d => d.severity === ERROR);
}

function codeOf(d: Diagnostic): string {
    return String(d.code ?? (d.data as { code?: string } | undefined)?.code ?? '');
}

/** Line and column (0-based) of the n-th occurrence of `what` in `text`. */
function at(text: string, what: string, occurrence = 0): { line: number; character: number } {
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) {
        offset = text.indexOf(what, offset + 1);
        if (offset < 0) throw new Error(`“${what}” is not in the text`);
    }
    const before = text.slice(0, offset);
    const line = before.split(/\r\n|\r|\n/).length - 1;
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    return { line, character: offset - lineStart };
}

function describeAll(document: LangiumDocument): string {
    return findings(document).map(d => `${d.range.start.line}:${d.range.start.character} [${codeOf(d)}] ${d.message}`).join('\n');
}

/** Every editor feature and the report build over the text: no exception, no range outside it. */
async function featuresSurvive(text: string): Promise<void> {
    const result = await harness.run(text, new Random(7), { limitMs: Infinity, positions: 20 });
    expect(result.problems).toEqual([]);
}

const HEAD = '部门 「某单位」\n年度 2020\n单位 万元\n模板 「四川 2020」\n公开时间 2021年11月22日\n';

/** A table whose 合计 must equal its rows: a broken sum after the bad input shows the checks went on. */
const BROKEN_SUM_AFTER = `
附表 3 支出决算表 {
  列【本年支出合计 基本支出 项目支出】
  合计 100 60 50
}
`;

function stillChecked(document: LangiumDocument): void {
    // the sum after the bad input is still found wrong: parsing and checking went on past it
    expect(findings(document).some(d => codeOf(d) === 'sum-columns'), describeAll(document)).toBe(true);
}

describe('figures written wrongly', () => {
    it('a 「 never closed in the file’s last line: every range stays within its line', async () => {
        const text = `${HEAD}情况说明 {\n  具体情况 「没有结尾的文字\n`;
        const document = await check(text);
        const lines = text.split('\n');
        expect(errors(document).map(d => d.message)).toContain('文本缺少结尾的“」”。');
        for (const d of document.diagnostics ?? []) expect(d.range.end.character, d.message).toBeLessThanOrEqual(lines[d.range.end.line].length);
    });

    it('full-width digits (１２３.４５): an error at the digits that says to write 123.45', async () => {
        const text = `${HEAD}附表 7 一般公共预算财政拨款支出决算明细表 {\n  合计 １２３.４５\n}\n${BROKEN_SUM_AFTER}`;
        const document = await check(text);
        const error = errors(document).find(d => codeOf(d) === 'lexing-error');
        expect(error, describeAll(document)).toBeDefined();
        expect(error!.range.start).toEqual(at(text, '１２３.４５'));
        expect(error!.message).toContain('全角数字');
        expect(error!.message).toContain('123.45');
        stillChecked(document);
        await featuresSurvive(text);
    });

    it('thousands separators (1,872.89) are read as the number, and add up', async () => {
        const text = `${HEAD}附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】\n  合计 1,872.89 1,000.00 872.89\n}\n`;
        const document = await check(text);
        expect(findings(document), describeAll(document)).toEqual([]);
        const model = Juesuan.model.ReportModels.get(document);
        expect(model.tables.get(6)!.rows[0].cells.get('合计')!.value.toFixed()).toBe('1872.89');
        await featuresSurvive(text);
    });

    it('misplaced thousands commas (1,23 or 10,5,5): one error at the number, not a parse error', async () => {
        const text = `${HEAD}附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】\n  合计 1,23 10,5,5 0\n}\n${BROKEN_SUM_AFTER.replace('附表 3', '附表 5')}`;
        const document = await check(text);
        const lexing = errors(document).filter(d => codeOf(d) === 'lexing-error');
        expect(lexing.map(d => d.range.start), describeAll(document)).toEqual([at(text, '1,23'), at(text, '10,5,5')]);
        expect(lexing[0].message).toContain('逗号位置不对');
        expect(errors(document).filter(d => codeOf(d) === 'parsing-error')).toEqual([]);
        await featuresSurvive(text);
    });

    it('a space inside a number (1 234.56): a warning over the number with the fix', async () => {
        const text = `${HEAD}附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】\n  合计 1 234.56 1000 234.56\n}\n${BROKEN_SUM_AFTER}`;
        const document = await check(text);
        const warning = findings(document).find(d => codeOf(d) === 'number-format');
        expect(warning, describeAll(document)).toBeDefined();
        expect(warning!.severity).toBe(WARNING);
        expect(warning!.range.start).toEqual(at(text, '1 234.56'));
        expect(warning!.range.end).toEqual({ line: warning!.range.start.line, character: warning!.range.start.character + '1 234.56'.length });
        expect(warning!.message).toContain('1234.56');
        expect((warning!.data as { fix?: { newText: string } }).fix?.newText).toBe('1234.56');
        stillChecked(document);
        await featuresSurvive(text);
    });

    it('a no-break space inside a number (pasted from a web page): an error', async () => {
        const text = `${HEAD}附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】\n  合计 1\u00a0234.56 1000 234.56\n}\n`;
        const document = await check(text);
        const error = errors(document).find(d => codeOf(d) === 'number-format');
        expect(error, describeAll(document)).toBeDefined();
        expect(error!.message).toContain('U+00A0');
        expect(error!.range.start).toEqual(at(text, '1\u00a0234.56'));
        await featuresSurvive(text);
    });

    it('amounts in 元 where 万元 is declared: the amount converted, at the amount', async () => {
        const text = `${HEAD}附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】\n  合计 82.45 824500元 0\n}\n情况说明 {\n  机关运行经费 824500元\n}\n${BROKEN_SUM_AFTER.replace('附表 3', '附表 5')}`;
        const document = await check(text);
        const unit = findings(document).filter(d => codeOf(d) === 'unit');
        expect(unit.map(d => d.range.start), describeAll(document)).toEqual([at(text, '824500元'), at(text, '824500元', 1)]);
        expect(unit[0].severity).toBe(ERROR);
        expect(unit[1].severity).toBe(WARNING);
        for (const d of unit) expect(d.message).toContain('824500元 即 82.45万元');
        await featuresSurvive(text);
    });

    it('amounts copied in 元 into a table kept in 万元 (no unit written): ten thousand times the sum, said in the sum’s one error', async () => {
        const text = `${HEAD}附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】\n  合计 1005000 60.5 40\n}\n`;
        const document = await check(text);
        expect(errors(document).map(codeOf), describeAll(document)).toEqual(['sum-columns']);
        const [sum] = errors(document);
        expect(sum.message).toContain('一万倍');
        expect(sum.range.start).toEqual(at(text, '1005000'));
    });

    it('negative figures are figures: a negative sum that adds up has no error', async () => {
        const text = `${HEAD}附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】\n  合计 -10.5 -4 -6.5\n}\n情况说明 {\n  机关运行经费 -24.92 上年 10 减少 34.92\n}\n`;
        const document = await check(text);
        expect(errors(document), describeAll(document)).toEqual([]);
        const model = Juesuan.model.ReportModels.get(document);
        expect(model.tables.get(6)!.rows[0].cells.get('基本支出')!.value.toNumber()).toBe(-4);
        await featuresSurvive(text);
    });

    it('absurd magnitudes: a warning at the number (too large, too many digits)', async () => {
        const text = `${HEAD}附表 7 一般公共预算财政拨款支出决算明细表 {\n  合计 200000000\n  201 一般公共服务支出 99999999999999999999999.99\n}\n${BROKEN_SUM_AFTER}`;
        const document = await check(text);
        const magnitude = findings(document).filter(d => codeOf(d) === 'magnitude');
        expect(magnitude.map(d => d.range.start), describeAll(document)).toEqual([at(text, '200000000'), at(text, '99999999999999999999999.99')]);
        expect(magnitude[0].message).toContain('20000 亿元');
        expect(magnitude[1].message).toContain('25 位');
        stillChecked(document);
        await featuresSurvive(text);
    });

    it('a share over 100%: an error at the percentage', async () => {
        const text = `${HEAD}情况说明 {\n  公务支出 100 {\n    办公费 150 占比 150%\n  }\n}\n${BROKEN_SUM_AFTER}`;
        const document = await check(text);
        const error = errors(document).find(d => codeOf(d) === 'percentage');
        expect(error, describeAll(document)).toBeDefined();
        expect(error!.range.start).toEqual(at(text, '150%'));
        expect(error!.message).toContain('超过 100%');
        stillChecked(document);
        await featuresSurvive(text);
    });
});

describe('files as editors and other programs save them', () => {
    it('an empty file: no diagnostics, and every feature answers', async () => {
        const document = await check('');
        expect(document.diagnostics).toEqual([]);
        await featuresSurvive('');
        // completion on an empty file offers the keywords and the new-report snippet
        const list = await Juesuan.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: { line: 0, character: 0 } });
        expect(list?.items.length).toBeGreaterThan(0);
    });

    it('a file of blank lines and comments only: no error', async () => {
        const text = '\n\n// 只有注释\n/* 还没有写 */\n\n';
        expect(errors(await check(text))).toEqual([]);
        await featuresSurvive(text);
    });

    it('a byte order mark at the start: no error, positions unchanged', async () => {
        const text = `\ufeff${HEAD}附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】\n  合计 100 60 50\n}\n`;
        const document = await check(text);
        expect(errors(document).filter(d => codeOf(d) !== 'sum-columns'), describeAll(document)).toEqual([]);
        expect(Juesuan.model.ReportModels.get(document).meta.department).toBe('某单位');
        const sum = errors(document).find(d => codeOf(d) === 'sum-columns');
        expect(sum?.range.start).toEqual(at(text, '100 60 50'));
        await featuresSurvive(text);
    });

    it('CRLF line ends: no error, and diagnostics on the right lines even after an unclosed text', async () => {
        const lf = `${HEAD}部门概况 {\n  主要职能 「没有写完\n\n  重点工作 「……」\n}\n${BROKEN_SUM_AFTER}`;
        const text = lf.replace(/\n/g, '\r\n');
        const document = await check(text);
        const unclosed = errors(document).find(d => d.message.includes('缺少结尾'));
        expect(unclosed?.range.start, describeAll(document)).toEqual(at(text, '「没有写完'));
        // a line too low each time a text ended on the CR of a CRLF, before the fix
        const sum = errors(document).find(d => codeOf(d) === 'sum-columns');
        expect(sum?.range.start).toEqual(at(text, '100 60 50'));
        const valid = `${HEAD}附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】\n  合计 100 60 40\n}\n`.replace(/\n/g, '\r\n');
        expect(errors(await check(valid))).toEqual([]);
        // formatting keeps the CRLF
        const formatted = await harness.services.lsp.Formatter!.formatDocument(await check(valid), { textDocument: { uri: 'x' }, options: { tabSize: 2, insertSpaces: true } });
        for (const edit of formatted) expect(edit.newText.replace(/\r\n/g, '')).not.toContain('\n');
        await featuresSurvive(text);
    });

    it('tabs for indentation and between figures: read like spaces, codes at the line start still codes', async () => {
        const text = `部门\t「某单位」\n年度\t2020\n附表 6 一般公共预算财政拨款支出决算表 {\n\t列【合计 基本支出 项目支出】\n\t合计\t298.18\t298.18\t-\n\t201\t一般公共服务支出\t298.18\t298.18\t- {\n\t\t20103\t政府办公厅（室）及相关机构事务\t298.18\t298.18\t- {\n\t\t\t2010301\t行政运行\t298.18\t298.18\t-\n\t\t}\n\t}\n}\n`;
        const document = await check(text);
        expect(errors(document), describeAll(document)).toEqual([]);
        const rows = Juesuan.model.ReportModels.get(document).tables.get(6)!.rows;
        expect(rows[1].code).toBe('201');
        expect(rows[1].children[0].children[0].code).toBe('2010301');
        await featuresSurvive(text);
    });

    it('text that is not text (NUL bytes, control characters, invalid UTF-8 read as U+FFFD): errors, no crash', async () => {
        const bytes = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256));
        for (const text of [
            `${HEAD}附表 7 {\n  合计 1\u0000\u0000 2\n}\n${BROKEN_SUM_AFTER}`,
            new TextDecoder('utf-8').decode(bytes),
            bytes.toString('latin1'),
            '\u0000'.repeat(1000),
        ]) {
            const document = await check(text);
            for (const d of document.diagnostics ?? []) expect(d.message).toMatch(/[\u4e00-\u9fff]/);
            await featuresSurvive(text);
        }
        const document = await check(`${HEAD}附表 7 {\n  合计 1\u0000\u0000 2\n}\n${BROKEN_SUM_AFTER}`);
        expect(errors(document).find(d => codeOf(d) === 'lexing-error')?.range.start).toEqual({ line: 6, character: 6 });
        stillChecked(document);
    });
});

describe('size and depth', () => {
    it(`very deep nesting (5000 levels of “a { ”): one error where it passes ${MAX_NESTING} levels, the rest parsed`, async () => {
        const depth = 5000;
        const deep = `情况说明 {\n${'a { '.repeat(depth)}${'}'.repeat(depth)}\n}\n`;
        const text = `${HEAD}${deep}${BROKEN_SUM_AFTER}`;
        const document = await check(text);
        const nesting = errors(document).filter(d => d.message.includes('嵌套'));
        expect(nesting, describeAll(document)).toHaveLength(1);
        // 情况说明 is the first level; the brace that opens level MAX_NESTING + 1
        expect(nesting[0].range.start).toEqual({ line: at(text, 'a { ').line, character: at(text, 'a { ').character + 4 * (MAX_NESTING - 1) + 2 });
        expect(errors(document).filter(d => codeOf(d) === 'parsing-error')).toEqual([]);
        stillChecked(document);
        await featuresSurvive(text);
    });

    it('deep nesting without braces (a run of 项目 missing their “{”): an error, and the parser still works after it', async () => {
        const chain = `情况说明 {\n${'项目 「x」 '.repeat(2000)}\n}\n`;
        const document = await check(`${HEAD}${chain}`);
        expect(errors(document).some(d => d.message.includes('嵌套过深')), describeAll(document)).toBe(true);
        // before the guard, a parser that ran out of stack left its state behind: the next
        // document parsed to garbage
        const next = await check(`${HEAD}${BROKEN_SUM_AFTER}`);
        expect(errors(next).map(codeOf)).toEqual(['sum-columns']);
        expect(Juesuan.model.ReportModels.get(next).meta.department).toBe('某单位');
        await featuresSurvive(`${HEAD}${chain}`);
    });

    // how the time grows with the size is measured by `npm run bench` (the 100× report), not here
    it('a 10 MB file (long paragraphs) is parsed and checked through to its end', async () => {
        const paragraph = '  重点工作 「' + '办公室坚持把学习贯彻习近平新时代中国特色社会主义思想作为立身之本，共编发23期，采用信息310余条，全年上报300余条，支出【本年支出合计】万元。'.repeat(20) + '」\n';
        const count = Math.ceil(10 * 1024 * 1024 / Buffer.byteLength(paragraph));
        const document = await check(`${HEAD}部门概况 {\n${paragraph.repeat(count)}}\n${BROKEN_SUM_AFTER}`);
        stillChecked(document);
        await shared.workspace.DocumentBuilder.update([], [document.uri]);
    }, 300_000);

    it(`a file with more problems than anyone reads: the first ${MAX_DIAGNOSTICS} (errors first) and a line saying how many more`, async () => {
        // each row is broken several ways (its code repeats, its columns do not add up, …)
        const lines: string[] = [];
        for (let i = 0; i < 4000; i++) lines.push(`  ${201 + (i % 700)} 一般公共服务支出 ${(i % 1000) + 0.5} ${(i % 1000) + 0.25} 0 0.25 0`);
        const text = `${HEAD}附表 7 一般公共预算财政拨款支出决算明细表 {\n${lines.join('\n')}\n}\n`;
        const document = await check(text);
        const all = document.diagnostics ?? [];
        const tooMany = all.filter(d => d.message.includes('问题太多'));
        expect(tooMany.length).toBeGreaterThan(0);
        expect(tooMany[0].message).toMatch(/另有 \d+ 个未列出/);
        // two categories (fast, slow), each capped
        expect(all.length).toBeLessThanOrEqual(2 * (MAX_DIAGNOSTICS + 1));
        expect(all.filter(d => d.severity === ERROR).length).toBeGreaterThan(0);
        await shared.workspace.DocumentBuilder.update([], [document.uri]);
    }, 300_000);

    it('a file of many rows (dense in tokens) is checked row by row to its last', async () => {
        const lines: string[] = [];
        for (let i = 0; i < 4000; i++) lines.push(`  ${201 + (i % 700)} 一般公共服务支出 ${(i % 1000) + 0.5} ${(i % 1000) + 0.25} 0 0.25 0 说明 「第${i}行」`);
        const document = await check(`${HEAD}附表 7 一般公共预算财政拨款支出决算明细表 {\n${lines.join('\n')}\n}\n`);
        // no row's columns add up (合计 ≠ 基本支出 + 项目支出): the last row's too
        const last = lines.length + HEAD.split('\n').length - 1;
        expect(findings(document).some(d => codeOf(d) === 'sum-columns' && d.range.start.line === last), describeAll(document).slice(0, 2000)).toBe(true);
        await shared.workspace.DocumentBuilder.update([], [document.uri]);
    }, 300_000);
});

describe('the command line reads files that are not text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-bad-input-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    async function checkFile(name: string, bytes: Buffer | string): Promise<{ code: number; stdout: string; stderr: string }> {
        const file = path.join(dir, name);
        fs.writeFileSync(file, bytes);
        let stdout = '';
        let stderr = '';
        const code = await runCheck([file], { format: 'text' }, { stdout: t => { stdout += t; }, stderr: t => { stderr += t; } });
        return { code, stdout, stderr };
    }

    it('invalid UTF-8 (an image): exit 2, “不是 UTF-8 编码的文本”', async () => {
        const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xd8, 0xc3, 0x28]);
        const run = await checkFile('image.juesuan', png);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('不是 UTF-8 编码的文本');
    });

    it('NUL bytes (a binary that happens to be valid UTF-8): exit 2, “不是文本文件”', async () => {
        const run = await checkFile('binary.juesuan', Buffer.from('部门 「某单位」\u0000\u0000\u0000\u0001', 'utf8'));
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('不是文本文件');
    });

    it('UTF-16 with its byte order mark: exit 2, “UTF-16 编码”', async () => {
        const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('部门 「某单位」\n', 'utf16le')]);
        const run = await checkFile('utf16.juesuan', utf16);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('UTF-16');
    });

    it('UTF-8 with a byte order mark and CRLF line ends: checked as usual', async () => {
        const run = await checkFile('bom.juesuan', `\ufeff${HEAD}附表 6 一般公共预算财政拨款支出决算表 {\r\n  列【合计 基本支出 项目支出】\r\n  合计 100 60 50\r\n}\r\n`);
        expect(run.code).toBe(1);
        // the broken sum, reported at its line (line 8, column 6) of the file
        expect(run.stdout).toMatch(/bom\.juesuan:8:6: 错误 \[sum-columns\]/);
    });
});
