import type { LangiumSharedServices } from 'langium/lsp';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { LangiumDocuments } from 'langium';
import { URI } from 'langium';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * A keystroke runs the 'fast' checks only; saving runs the 'slow' ones too (comparing every
 * figure written in prose with the data), so that costly work never delays typing.
 */
export class JuesuanDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
    }

    didSaveDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const document = this.documents.getDocument(URI.parse(event.document.uri));
        if (!document) return;
        this.workspaceLock.write(token => this.documentBuilder.build([document], { validation: { categories: ['built-in', 'fast', 'slow'] } }, token));
    }
}
