import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createJuesuanServices } from '../language/juesuan-module.js';

/** Starts the language server on the transport named in argv (--stdio, --node-ipc, --socket). */
export function startServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared } = createJuesuanServices({ connection, ...NodeFileSystem });
    startLanguageServer(shared);
}
