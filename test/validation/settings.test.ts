// Rule settings (juesuan.json up the folder tree) and suppression comments, applied by the
// validator for the server and the command line alike.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { FileChangeType } from 'vscode-languageserver';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';

const HEADER = '部门 「某单位」\n年度 2020\n单位 万元\n';
/** Two broken shares (70% and 40% of 100) on lines 6 and 7 (1-based). */
const SHARES = `${HEADER}
情况说明 {
  公务支出 100 {
    办公费 60 占比 70%
    印刷费 40 占比 50%
  }
}
`;

/** A unit line printing two units (单位：万元 单位：元): the lexer's [unit] warning at the second. */
const UNIT_LINES = '部门 「某单位」\n年度 2020\n单位：万元 单位：元\n';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-settings-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

function write(relative: string, text: string): string {
    const file = path.join(temporary, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
}

async function check(file: string, text = fs.readFileSync(file, 'utf8')) {
    const services = createJuesuanServices({ ...NodeFileSystem });
    const { shared } = services;
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { services, document, diagnostics: () => document.diagnostics ?? [] };
}

const of = (diagnostics: Diagnostic[], code: string) => diagnostics.filter(d => d.code === code);
const severities = (diagnostics: Diagnostic[], code: string) => of(diagnostics, code).map(d => d.severity);

describe('juesuan.json', () => {
    it('without one, a rule reports at its own severity', async () => {
        const { diagnostics } = await check(write('none/a.juesuan', SHARES));
        expect(severities(diagnostics(), 'share')).toEqual([1, 1]);
    });

    it('sets a rule’s severity for the reports below it, merged outward: the nearer file wins', async () => {
        write('bureau/juesuan.json', JSON.stringify({ rules: { share: 'warning', 'share-total': 'off' } }));
        const upper = await check(write('bureau/a.juesuan', SHARES));
        expect(severities(upper.diagnostics(), 'share')).toEqual([2, 2]);
        expect(of(upper.diagnostics(), 'share-total')).toEqual([]);
        // a department's folder turns share off; the bureau's share-total setting still applies
        write('bureau/department/juesuan.json', JSON.stringify({ rules: { share: 'off' } }));
        const lower = await check(write('bureau/department/deeper/b.juesuan', SHARES));
        expect(of(lower.diagnostics(), 'share')).toEqual([]);
        expect(of(lower.diagnostics(), 'share-total')).toEqual([]);
    });

    it('with "root": true ends the search', async () => {
        write('policy/juesuan.json', JSON.stringify({ rules: { share: 'off' } }));
        write('policy/own/juesuan.json', JSON.stringify({ root: true, rules: { growth: 'hint' } }));
        const { diagnostics } = await check(write('policy/own/a.juesuan', SHARES));
        expect(severities(diagnostics(), 'share')).toEqual([1, 1]);
    });

    it('reports its mistakes in Chinese and uses what is right', async () => {
        write('mistakes/juesuan.json', JSON.stringify({ rules: { share: 'warning', shares: 'off', growth: 'loud', syntax: 'off' }, extra: 1 }));
        const { diagnostics } = await check(write('mistakes/a.juesuan', SHARES));
        expect(severities(diagnostics(), 'share')).toEqual([2, 2]);
        const messages = of(diagnostics(), 'settings').map(d => d.message);
        expect(messages).toHaveLength(4);
        expect(messages.join('\n')).toMatch(/没有名为“shares”的规则/);
        expect(messages.join('\n')).toMatch(/级别“loud”无效/);
        expect(messages.join('\n')).toMatch(/“syntax”不是可以设置的规则/);
        expect(messages.join('\n')).toMatch(/不认识的设置项“extra”/);
        expect(messages.every(m => m.includes(path.join(temporary, 'mistakes', 'juesuan.json')))).toBe(true);
    });

    it('that is not JSON is one warning, and is ignored', async () => {
        write('broken/juesuan.json', '{ "rules": { "share": "off", } ');
        const { diagnostics } = await check(write('broken/a.juesuan', SHARES));
        expect(of(diagnostics(), 'settings').map(d => d.message)).toEqual([expect.stringMatching(/不是合法的 JSON/)]);
        expect(severities(diagnostics(), 'share')).toEqual([1, 1]);
    });

    it('with prose-direction off, a figure written the wrong way is prose-figure\'s, without a fix', async () => {
        const text = `${HEADER}
一般公共预算财政拨款支出决算表 {
  列【决算数】
  合计 100.00 减少 20.00
}
情况说明 {
  概况 「一般公共预算财政拨款支出比上年增加20.00万元。」
}
`;
        const on = await check(write('direction-on/a.juesuan', text));
        expect(of(on.diagnostics(), 'prose-direction').map(d => d.message)).toEqual([expect.stringMatching(/文字说增加 20.00万元.*是减少/)]);
        expect(of(on.diagnostics(), 'prose-figure')).toEqual([]);
        write('direction-off/juesuan.json', JSON.stringify({ rules: { 'prose-direction': 'off' } }));
        const off = await check(write('direction-off/a.juesuan', text));
        expect(of(off.diagnostics(), 'prose-direction')).toEqual([]);
        const figure = of(off.diagnostics(), 'prose-figure');
        expect(figure.map(d => [d.severity, d.message])).toEqual([[1, expect.stringMatching(/文字说增加 20.00万元.*是减少/)]]);
        expect((figure[0].data as { fix?: unknown }).fix).toBeUndefined();
    });

    it('reaches the lexer\'s findings told under a rule: a unit line\'s second unit [unit], a name\'s bracket [name-brackets]', async () => {
        const text = `${UNIT_LINES}\n情况说明 {\n  机构设置（ 「……」\n}\n`;
        const on = await check(write('lexed-on/a.juesuan', text));
        expect(severities(on.diagnostics(), 'unit')).toEqual([2]);
        expect(severities(on.diagnostics(), 'name-brackets')).toEqual([2]);
        write('lexed/juesuan.json', JSON.stringify({ rules: { unit: 'off', 'name-brackets': 'info' } }));
        const set = await check(write('lexed/a.juesuan', text));
        expect(of(set.diagnostics(), 'unit')).toEqual([]);
        expect(severities(set.diagnostics(), 'name-brackets')).toEqual([3]);
    });

    it('changed on disk makes the server check its open reports again', async () => {
        const file = write('watched/a.juesuan', SHARES);
        const { services, diagnostics } = await check(file);
        expect(severities(diagnostics(), 'share')).toEqual([1, 1]);
        const settings = write('watched/juesuan.json', JSON.stringify({ rules: { share: 'info' } }));
        services.shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles?.({ changes: [{ uri: URI.file(settings).toString(), type: FileChangeType.Created }] });
        // the builder works under the workspace lock: wait for it, bounded
        for (let i = 0; i < 100 && severities(diagnostics(), 'share')[0] !== 3; i++) await new Promise(r => setTimeout(r, 20));
        expect(severities(diagnostics(), 'share')).toEqual([3, 3]);
    });
});

describe('suppression comments', () => {
    it('juesuan-disable-next-line holds back the named rule on the next line only', async () => {
        const text = SHARES.replace('    办公费', '    // juesuan-disable-next-line share -- 原表如此\n    办公费');
        const { diagnostics } = await check(write('next-line/a.juesuan', text));
        const share = of(diagnostics(), 'share');
        expect(share.map(d => d.range.start.line)).toEqual([8]);
        expect(of(diagnostics(), 'unused-disable')).toEqual([]);
    });

    it('holds back the lexer\'s findings told under a rule, and such a disable is not unused', async () => {
        const text = UNIT_LINES.replace('单位：万元 单位：元', '// juesuan-disable-next-line unit -- 原表如此\n单位：万元 单位：元');
        const { diagnostics } = await check(write('lexed-next-line/a.juesuan', text));
        expect(of(diagnostics(), 'unit')).toEqual([]);
        expect(of(diagnostics(), 'unused-disable')).toEqual([]);
    });

    it('several rules, separated by commas (full-width too), each judged on its own', async () => {
        const text = SHARES.replace('    办公费', '    // juesuan-disable-next-line growth，share\n    办公费');
        const { diagnostics } = await check(write('several/a.juesuan', text));
        expect(of(diagnostics(), 'share').map(d => d.range.start.line)).toEqual([8]);
        expect(of(diagnostics(), 'unused-disable').map(d => d.message)).toEqual([expect.stringMatching(/规则 growth 在此没有/)]);
    });

    it('juesuan-disable … juesuan-enable holds back the rule between them', async () => {
        const text = SHARES.replace('  公务支出 100 {', '  // juesuan-disable share\n  公务支出 100 {').replace('    印刷费', '    // juesuan-enable share\n    印刷费');
        const { diagnostics } = await check(write('block/a.juesuan', text));
        expect(of(diagnostics(), 'share').map(d => d.range.start.line)).toEqual([9]);
    });

    it('a disable with no enable holds back to the end of the file', async () => {
        const text = SHARES.replace('情况说明 {', '// juesuan-disable share\n情况说明 {');
        const { diagnostics } = await check(write('open-block/a.juesuan', text));
        expect(of(diagnostics(), 'share')).toEqual([]);
    });

    it('a disable that suppresses nothing, or names no rule that exists, is a warning at the name', async () => {
        const text = SHARES.replace('  公务支出 100 {', '  // juesuan-disable-next-line growth, shar\n  公务支出 100 {');
        const { diagnostics } = await check(write('unused/a.juesuan', text));
        const unused = of(diagnostics(), 'unused-disable');
        expect(unused.map(d => [d.range.start.line, d.range.start.character, d.message])).toEqual([
            [5, 31, expect.stringMatching(/规则 growth 在此没有可抑制的问题/)],
            [5, 39, expect.stringMatching(/没有名为“shar”的规则/)],
        ]);
        expect(unused.every(d => d.severity === 2)).toBe(true);
    });

    it('a disable that names no rule is a warning, and holds nothing back', async () => {
        const text = SHARES.replace('    办公费', '    // juesuan-disable-next-line\n    办公费');
        const { diagnostics } = await check(write('no-names/a.juesuan', text));
        expect(of(diagnostics(), 'unused-disable').map(d => d.message)).toEqual([expect.stringMatching(/后面要写规则名/)]);
        expect(of(diagnostics(), 'share')).toHaveLength(2);
    });

    it('a slow rule’s disable is judged only when the slow rules run (not on a keystroke)', async () => {
        const text = `${HEADER}\n情况说明 {\n  机关运行经费 82.45\n  // juesuan-disable-next-line prose-figure\n  说明文字 「机关运行经费82.45万元。」\n}\n`;
        const file = write('slow/a.juesuan', text);
        const services = createJuesuanServices({ ...NodeFileSystem });
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: { categories: ['built-in', 'fast'] } });
        expect(of(document.diagnostics ?? [], 'unused-disable')).toEqual([]);
    });

    it('// inside a text is text, not a comment', async () => {
        const text = SHARES.replace('    办公费', '    说明文字 「网址 http://x // juesuan-disable-next-line share」\n    办公费');
        const { diagnostics } = await check(write('in-text/a.juesuan', text));
        expect(of(diagnostics(), 'share')).toHaveLength(2);
        expect(of(diagnostics(), 'unused-disable')).toEqual([]);
    });
});
