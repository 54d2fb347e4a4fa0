import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node.js';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node.js';

/** The language id contributed in package.json. */
export const LANGUAGE_ID = 'juesuan';

/** Shown as the output channel's name and in the client's own messages. */
const CLIENT_NAME = '决算语言服务';

/**
 * Creates (does not start) the client for the bundled language server `out/server.cjs`,
 * run in its own Node process and spoken to over IPC.
 */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const serverModule = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: {
            module: serverModule,
            transport: TransportKind.ipc,
            options: { execArgv: ['--nolazy', '--inspect=6009'] },
        },
    };
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.juesuan');
    context.subscriptions.push(watcher);
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: LANGUAGE_ID },
            { scheme: 'untitled', language: LANGUAGE_ID },
        ],
        // reports edited, created or deleted outside the editor still reach the server
        synchronize: { fileEvents: watcher },
    };
    return new LanguageClient(LANGUAGE_ID, CLIENT_NAME, serverOptions, clientOptions);
}
