import type { LangiumSharedServices, TextDocuments } from 'langium/lsp';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { LangiumDocuments } from 'langium';
import { URI } from 'langium';
import type { DidChangeWatchedFilesParams, TextDocumentChangeEvent } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * A keystroke runs the 'fast' checks only; saving runs the 'slow' ones too (comparing every
 * figure written in prose with the data), so that costly work never delays typing.
 *
 * The server holds the documents the editor has open, and no other: a closed one is let go with
 * its report model (Langium kept it, 1.2 MB for a report of the seed's size, until the server ran
 * out of memory), and a file changed on disk is loaded only when the editor opens it.
 */
export class JuesuanDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly documents: LangiumDocuments;
    private readonly textDocuments: TextDocuments<TextDocument> | undefined;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
        this.textDocuments = services.workspace.TextDocuments;
    }

    didSaveDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const document = this.documents.getDocument(URI.parse(event.document.uri));
        if (!document) return;
        this.workspaceLock.write(token => this.documentBuilder.build([document], { validation: { categories: ['built-in', 'fast', 'slow'] } }, token));
    }

    /** Deleting the document also clears its diagnostics and every cache of it (the report model's). */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        this.fireDocumentUpdate([], [URI.parse(event.document.uri)]);
    }

    /** Files changed on disk: only documents held and not open count (the editor tells of open ones). */
    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        this.onWatchedFilesChangeEmitter.fire(params);
        const held = params.changes
            .map(change => ({ type: change.type, uri: URI.parse(change.uri) }))
            .filter(({ uri }) => this.documents.hasDocument(uri) && !this.textDocuments?.get(uri.toString()));
        if (held.length === 0) return;
        this.fireDocumentUpdate(
            held.filter(c => c.type !== FileChangeType.Deleted).map(c => c.uri),
            held.filter(c => c.type === FileChangeType.Deleted).map(c => c.uri),
        );
    }
}
