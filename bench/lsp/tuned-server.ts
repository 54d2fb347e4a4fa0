// The language server of src/server/main.ts with src/server/langium-tuning.ts wired in; bundled
// by bench/lsp.bench.ts into a temporary file to measure the tuning over the protocol.
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createTunedJuesuanServices } from './tuned.js';

const connection = createConnection(ProposedFeatures.all);
startLanguageServer(createTunedJuesuanServices({ connection, ...NodeFileSystem }).shared);
