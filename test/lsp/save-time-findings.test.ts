// The findings of the checks that run on save, as an editor sees them over the real protocol
// (the bundled server in a child process): present after a save, still present — moved with the
// text — after a keystroke elsewhere, gone after an edit inside them, recomputed by the next save.
import { spawn, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    CodeActionRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DidSaveTextDocumentNotification,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter,
    type CodeAction, type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js';
import { shifted, span } from '../../src/lsp/save-time-findings.js';
import type { DiagnosticFixData } from '../../src/validation/rule.js';
import { ensureBundles, SERVER_BUNDLE } from '../cli/bundle.js';

const WAIT_MS = 15_000;

// 机关运行经费 is 82.45 in the data; the text says 82.40 (line 5, 0-based 4)
const REPORT = [
    '部门 「某单位」 年度 2020 单位 万元',
    '情况说明 {',
    '  机关运行经费 82.45',
    '  // 说明',
    '  其他重要事项 「机关运行经费支出82.40万元。」',
    '}',
    '',
].join('\n');
const FIGURE_LINE = 4;

const server: { process?: ChildProcess; stderr: string; connection?: ProtocolConnection } = { stderr: '' };
/** Who waits for the next diagnostics of a document, by its uri. */
const waiting = new Map<string, ((params: PublishDiagnosticsParams) => void)[]>();
const uri = pathToFileURL(path.join(os.tmpdir(), 'juesuan-save-time-test', 'report.juesuan')).toString();

function within<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} 超时。服务器 stderr：\n${server.stderr || '（无）'}`)), WAIT_MS);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The next diagnostics published for the report; ask before sending what causes them. */
function nextDiagnostics(what: string, of = uri): Promise<Diagnostic[]> {
    const queue = waiting.get(of) ?? [];
    waiting.set(of, queue);
    return within(new Promise<PublishDiagnosticsParams>(resolve => queue.push(resolve)), what).then(p => p.diagnostics);
}

// errors and warnings: a right figure gets a hint (可改为引用)
const proseFigure = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.code === 'prose-figure' && d.severity! <= 2);

beforeAll(async () => {
    await ensureBundles();
    const child = server.process = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { server.stderr += chunk; });
    const connection = server.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.onError(() => undefined);
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        waiting.get(params.uri)?.shift()?.(params);
    });
    connection.listen();
    await within(connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} }), 'initialize');
    await connection.sendNotification(InitializedNotification.type, {});
}, 60_000);

afterAll(() => {
    server.connection?.dispose();
    if (server.process && server.process.exitCode === null) server.process.kill('SIGKILL');
});

describe('the findings of the save-time checks over the protocol', () => {
    let version = 1;
    const change = async (range: { line: number; character: number; endCharacter?: number }, text: string, what: string) => {
        const published = nextDiagnostics(what);
        await server.connection!.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: ++version },
            contentChanges: [{
                range: { start: { line: range.line, character: range.character }, end: { line: range.line, character: range.endCharacter ?? range.character } },
                text,
            }],
        });
        return published;
    };
    const save = async (what: string) => {
        const published = nextDiagnostics(what);
        await server.connection!.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
        return published;
    };

    it('appear on save, stay through keystrokes elsewhere, go with an edit inside them', async () => {
        const opened = nextDiagnostics('didOpen');
        await server.connection!.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'juesuan', version, text: REPORT },
        });
        // typing runs the fast checks only
        expect(proseFigure(await opened)).toEqual([]);

        const saved = proseFigure(await save('didSave'));
        expect(saved.map(d => [d.severity, d.range.start.line])).toEqual([[1, FIGURE_LINE]]);
        const { character } = saved[0].range.start;

        // a keystroke in the comment above: the finding stays where its words are
        const typed = proseFigure(await change({ line: 3, character: 6 }, '的', 'a keystroke elsewhere'));
        expect(typed.map(d => [d.range.start.line, d.range.start.character, d.message])).toEqual([[FIGURE_LINE, character, saved[0].message]]);

        // a new line above moves it down a line
        const moved = proseFigure(await change({ line: 1, character: 0 }, '// 新的一行\n', 'a line inserted above'));
        expect(moved.map(d => d.range.start.line)).toEqual([FIGURE_LINE + 1]);

        // an edit on the same line but outside it keeps it
        const sameLine = proseFigure(await change({ line: FIGURE_LINE + 1, character: 2 }, '六、', 'an edit before it on its line'));
        expect(sameLine.map(d => [d.range.start.line, d.range.start.character])).toEqual([[FIGURE_LINE + 1, character + 2]]);

        // correcting the figure (an edit inside the finding's range) drops it at once
        const corrected = proseFigure(await change({ line: FIGURE_LINE + 1, character: character + 2 + 4, endCharacter: character + 2 + 5 }, '5', 'the figure corrected'));
        expect(corrected).toEqual([]);

        // the next save finds nothing: the figure is right now
        expect(proseFigure(await save('didSave after the correction'))).toEqual([]);

        // a new mistake is found by the next save, and stays through typing
        await change({ line: FIGURE_LINE + 1, character: character + 2 + 4, endCharacter: character + 2 + 5 }, '9', 'a new mistake');
        expect(proseFigure(await save('didSave with the new mistake'))).toHaveLength(1);
        expect(proseFigure(await change({ line: 0, character: 0 }, ' ', 'a keystroke at the start'))).toHaveLength(1);
    }, 60_000);
});

// two right figures written by hand in one paragraph (line 14, 0-based 13): one hint for both
const TWO_FIGURES = [
    '模板 「四川 2020」 年度 2022 单位 万元',
    '附表 1 收入支出决算总表 {',
    '  收入 {',
    '    本年收入合计 2829.20',
    '    总计 2829.20',
    '  }',
    '  支出 {',
    '    本年支出合计 2800.10',
    '    总计 2829.20',
    '  }',
    '}',
    '情况说明 {',
    '  // 说明',
    '  收入决算情况说明 「2022年本年收入合计2829.20万元，本年支出合计2800.10万元。」',
    '}',
    '',
].join('\n');
const PARAGRAPH_LINE = 13;

describe('a finding of several places kept from a save', () => {
    const twoUri = pathToFileURL(path.join(os.tmpdir(), 'juesuan-save-time-test', 'two-figures.juesuan')).toString();
    let version = 1;
    const referable = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.code === 'prose-figure' && d.severity === 4);
    const fixesAt = (d: Diagnostic) => (d.data as DiagnosticFixData).fixesAt ?? [];

    it('keeps every place moved with the text: its fixes are offered where the figure now is', async () => {
        const opened = nextDiagnostics('didOpen', twoUri);
        await server.connection!.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: twoUri, languageId: 'juesuan', version, text: TWO_FIGURES },
        });
        expect(referable(await opened)).toEqual([]);

        const savedDiagnostics = nextDiagnostics('didSave', twoUri);
        await server.connection!.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: twoUri } });
        const [hint, ...others] = referable(await savedDiagnostics);
        expect(others).toEqual([]);
        expect(hint.message).toContain('这一段有 2 个手写的数字');
        const second = TWO_FIGURES.split('\n')[PARAGRAPH_LINE].indexOf('2800.10');
        expect(fixesAt(hint).map(f => [f.title, f.range!.start.line, f.range!.start.character])).toEqual([['改为引用【本年支出合计】', PARAGRAPH_LINE, second]]);

        // a line inserted above: the finding, its related places and its fixes' places move down
        const movedDiagnostics = nextDiagnostics('a line inserted above', twoUri);
        await server.connection!.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: twoUri, version: ++version },
            contentChanges: [{ range: { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } }, text: '  // 新的一行\n' }],
        });
        const [moved] = referable(await movedDiagnostics);
        expect(moved.range.start.line).toBe(PARAGRAPH_LINE + 1);
        expect(moved.relatedInformation?.map(r => r.location.range.start.line)).toEqual([PARAGRAPH_LINE + 1, PARAGRAPH_LINE + 1]);
        const [place] = fixesAt(moved);
        expect([place.range!.start.line, place.range!.start.character]).toEqual([PARAGRAPH_LINE + 1, second]);

        // the cursor on the second figure (the editor sends no finding: it is shown at the first)
        const cursor = { line: PARAGRAPH_LINE + 1, character: second + 2 };
        const actions = await within(server.connection!.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: twoUri }, range: { start: cursor, end: cursor }, context: { diagnostics: [] },
        }), 'codeAction') as CodeAction[];
        expect(actions.map(a => [a.title, a.edit?.changes?.[twoUri]?.map(e => [e.range.start.line, e.range.start.character, e.newText])])).toEqual([
            ['改为引用【本年支出合计】', [[PARAGRAPH_LINE + 1, second, '【本年支出合计】万元']]],
            ['全部改为引用（2 处）', [
                [PARAGRAPH_LINE + 1, moved.range.start.character, '【本年收入合计】万元'],
                [PARAGRAPH_LINE + 1, second, '【本年支出合计】万元'],
            ]],
        ]);

        // an edit between the two figures changes the paragraph: the finding goes until the next save
        const editedDiagnostics = nextDiagnostics('an edit between the figures', twoUri);
        await server.connection!.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: twoUri, version: ++version },
            contentChanges: [{ range: { start: { line: PARAGRAPH_LINE + 1, character: second - 2 }, end: { line: PARAGRAPH_LINE + 1, character: second - 2 } }, text: '的' }],
        });
        expect(referable(await editedDiagnostics)).toEqual([]);
    }, 60_000);
});

describe('shifted: findings after the text changed', () => {
    const finding = (start: number, end: number, ranges: (readonly [number, number])[] = [[start, end]]) =>
        ({ diagnostic: { message: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, ranges });
    const spans = (list: Parameters<typeof span>[0][]) => list.map(span);

    it('keeps those before the change, moves those after it, drops those it touches', () => {
        const before = 'aaaa BBBB cccc DDDD';
        // an insertion between the two findings
        expect(spans(shifted([finding(5, 9), finding(15, 19)], before, 'aaaa BBBB cc-cc DDDD'))).toEqual([[5, 9], [16, 20]]);
        // a deletion inside the first
        expect(spans(shifted([finding(5, 9), finding(15, 19)], before, 'aaaa BBB cccc DDDD'))).toEqual([[14, 18]]);
        // typing right after the first touches it
        expect(spans(shifted([finding(5, 9), finding(15, 19)], before, 'aaaa BBBBx cccc DDDD'))).toEqual([[16, 20]]);
        // no change keeps everything
        expect(spans(shifted([finding(5, 9)], before, before))).toEqual([[5, 9]]);
    });

    it('moves every range of a finding of several places, and drops it when the change falls between them', () => {
        const before = 'aaaa BBBB cccc DDDD';
        // one finding shown at BBBB that stands for DDDD too
        const both = finding(5, 19, [[5, 9], [15, 19]]);
        expect(shifted([both], before, 'xaaaa BBBB cccc DDDD').map(f => f.ranges)).toEqual([[[6, 10], [16, 20]]]);
        expect(shifted([both], before, 'aaaa BBBB cc-cc DDDD')).toEqual([]);
    });

    it('finds the change where the text repeats around it', () => {
        // 'aa' → 'aaa': the common beginning and end do not overlap; the change is at the end
        expect(spans(shifted([finding(0, 1)], 'aa', 'aaa'))).toEqual([[0, 1]]);
        expect(spans(shifted([finding(0, 2)], 'aa', 'aaa'))).toEqual([]);
        expect(spans(shifted([finding(0, 2), finding(4, 5)], 'xx  y', 'xx   y'))).toEqual([[0, 2]]);
    });
});
