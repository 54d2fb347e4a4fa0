// Hover as an editor asks for it: the bundled server (out/server.cjs, what VS Code runs) in a child
// process, spoken to in LSP over stdio.
import { spawn } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
    createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, HoverRequest, InitializedNotification,
    InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js';
import { ensureBundles, SERVER_BUNDLE } from '../cli/bundle.js';
import { SEED } from './seed.js';

const WAIT_MS = 15_000;
const child = { process: undefined as ReturnType<typeof spawn> | undefined, stderr: '' };

function within<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} 超时。服务器 stderr：\n${child.stderr || '（无）'}`)), WAIT_MS);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

beforeAll(async () => {
    await ensureBundles();
}, 60_000);

afterAll(() => {
    if (child.process && child.process.exitCode === null) child.process.kill('SIGKILL');
});

it('the bundled server answers a hover on a code of the seed with its path, definition and figures', async () => {
    const server = child.process = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    server.stderr!.setEncoding('utf8').on('data', (chunk: string) => { child.stderr += chunk; });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onError(() => undefined);
    connection.listen();
    const uri = pathToFileURL(path.join(os.tmpdir(), 'juesuan-hover-test', 'leshan-2020.juesuan')).toString();
    const diagnostics = new Promise<PublishDiagnosticsParams>(resolve => connection.onNotification(PublishDiagnosticsNotification.type, params => {
        if (params.uri === uri) resolve(params);
    }));

    const init = await within(connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: null, workspaceFolders: null,
        capabilities: { textDocument: { hover: { contentFormat: ['markdown'] } } },
    }), 'initialize');
    const capabilities = init.capabilities;
    expect(capabilities.hoverProvider).toBeTruthy();
    expect(capabilities.completionProvider).toBeTruthy();
    expect(capabilities.documentFormattingProvider).toBeTruthy();
    expect(capabilities.definitionProvider).toBeTruthy();
    expect(capabilities.referencesProvider).toBeTruthy();
    expect(capabilities.renameProvider).toBeTruthy();
    expect(capabilities.codeActionProvider).toBeTruthy();
    expect(capabilities.semanticTokensProvider).toBeTruthy();
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'juesuan', version: 1, text: SEED },
    });
    const published = await within(diagnostics, 'publishDiagnostics');
    expect(published.diagnostics.some(d => d.code === 'glossary-name')).toBe(true);

    const offset = SEED.indexOf('2010301 行政运行');
    const before = SEED.slice(0, offset).split('\n');
    const hover = await within(connection.sendRequest(HoverRequest.type, {
        textDocument: { uri }, position: { line: before.length - 1, character: before[before.length - 1].length + 2 },
    }), 'hover');
    const value = (hover?.contents as { kind: string; value: string }).value;
    expect((hover?.contents as { kind: string }).kind).toBe('markdown');
    expect(value).toContain('**2010301 行政运行**');
    expect(value).toContain('201 一般公共服务支出 › 20103 政府办公厅（室）及相关机构事务 › 2010301 行政运行');
    expect(value).toContain('指反映行政单位（包括实行公务员管理的事业单位）的基本支出。');
    expect(value).toContain('| 298.18 | 298.18 | 100% |');

    await within(connection.sendRequest(ShutdownRequest.type), 'shutdown');
    await connection.sendNotification(ExitNotification.type);
    connection.dispose();
}, 60_000);
