import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import type { Module } from 'langium';
import { inject } from 'langium';
import { JuesuanGeneratedModule, JuesuanGeneratedSharedModule } from './generated/module.js';
import { JuesuanCoreModule, type JuesuanCoreAddedServices } from './juesuan-core-module.js';
import { registerValidationChecks } from '../validation/juesuan-validator.js';
import { JuesuanDocumentSymbolProvider } from '../lsp/document-symbols.js';
import { JuesuanDocumentUpdateHandler } from '../lsp/document-update-handler.js';
import { LangiumSharedTuningModule, LangiumTuningModule } from '../server/langium-tuning.js';
import { JuesuanCodeActionProvider } from '../lsp/code-actions.js';
import { JuesuanHoverProvider } from '../lsp/hover.js';
import { JuesuanFormatter } from '../lsp/formatter.js';
import { JuesuanCompletionProvider } from '../lsp/completion.js';
import { JuesuanDefinitionProvider, JuesuanReferencesProvider, JuesuanRenameProvider } from '../lsp/navigation.js';
import { JuesuanSemanticTokenProvider } from '../lsp/semantic-tokens.js';
import { SaveTimeFindings } from '../lsp/save-time-findings.js';

/** Services juesuan adds to Langium's, with the language server's. */
export type JuesuanAddedServices = JuesuanCoreAddedServices & {
    validation: {
        /** In the editor: the findings of the save-time checks, kept from one save to the next. */
        SaveTimeFindings: SaveTimeFindings;
    };
};

export type JuesuanServices = LangiumServices & JuesuanAddedServices;

/** Every service juesuan adds or replaces, in one place. */
export const JuesuanModule: Module<JuesuanServices, PartialLangiumServices & JuesuanAddedServices> = {
    model: JuesuanCoreModule.model,
    catalogue: JuesuanCoreModule.catalogue,
    parser: JuesuanCoreModule.parser,
    validation: {
        SaveTimeFindings: (services) => new SaveTimeFindings(services),
    },
    lsp: {
        DocumentSymbolProvider: (services) => new JuesuanDocumentSymbolProvider(services),
        CodeActionProvider: () => new JuesuanCodeActionProvider(),
        HoverProvider: (services) => new JuesuanHoverProvider(services),
        Formatter: (services) => new JuesuanFormatter(services),
        CompletionProvider: (services) => new JuesuanCompletionProvider(services),
        DefinitionProvider: (services) => new JuesuanDefinitionProvider(services),
        ReferencesProvider: (services) => new JuesuanReferencesProvider(services),
        RenameProvider: (services) => new JuesuanRenameProvider(services),
        SemanticTokenProvider: (services) => new JuesuanSemanticTokenProvider(services),
    },
};

/** Services shared by every language of the server that juesuan replaces. */
export const JuesuanSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        DocumentUpdateHandler: (services) => new JuesuanDocumentUpdateHandler(services),
    },
};

export function createJuesuanServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Juesuan: JuesuanServices;
} {
    // the tuning drops Langium's work for cross-references and workspace loading this language never needs
    const shared = inject(createDefaultSharedModule(context), JuesuanGeneratedSharedModule, JuesuanSharedModule, LangiumSharedTuningModule);
    const Juesuan = inject(createDefaultModule({ shared }), JuesuanGeneratedModule, JuesuanModule, LangiumTuningModule);
    shared.ServiceRegistry.register(Juesuan);
    registerValidationChecks(Juesuan);
    // created now, so that it reads the user's catalogue file before the first check
    void Juesuan.catalogue.SubjectCodes;
    if (context.connection) {
        // created before the language server's listeners, so that it has its say before they publish
        void Juesuan.validation.SaveTimeFindings;
    } else {
        // without a client nobody sends the configuration, so start with the defaults
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Juesuan };
}
