import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createJuesuanServices } from '../language/juesuan-module.js';

/**
 * Starts the language server on a stream already connected (`juesuan lsp --socket/--pipe`, which
 * connects first so that a failure is reported), or on the transport named in argv.
 */
export function startServer(stream?: NodeJS.ReadWriteStream): void {
    const connection = stream ? createConnection(ProposedFeatures.all, stream, stream) : createConnection(ProposedFeatures.all);
    const { shared } = createJuesuanServices({ connection, ...NodeFileSystem });
    startLanguageServer(shared);
}
