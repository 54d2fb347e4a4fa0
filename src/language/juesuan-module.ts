import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import type { Module } from 'langium';
import { inject } from 'langium';
import { JuesuanGeneratedModule, JuesuanGeneratedSharedModule } from './generated/module.js';
import { JuesuanTokenBuilder } from './syntax/token-builder.js';
import { JuesuanValueConverter } from './syntax/value-converter.js';
import { ReportModelProvider } from '../model/model-provider.js';
import { registerValidationChecks } from '../validation/juesuan-validator.js';
import { JuesuanLexerErrorMessageProvider, JuesuanParserErrorMessageProvider } from './syntax/error-messages.js';
import { JuesuanDocumentSymbolProvider } from '../lsp/document-symbols.js';

/** Services juesuan adds to Langium's. */
export type JuesuanAddedServices = {
    model: {
        /** The report model of a document: figures, derived figures, relations. */
        ReportModels: ReportModelProvider;
    };
};

export type JuesuanServices = LangiumServices & JuesuanAddedServices;

/** Every service juesuan adds or replaces, in one place. */
export const JuesuanModule: Module<JuesuanServices, PartialLangiumServices & JuesuanAddedServices> = {
    model: {
        ReportModels: (services) => new ReportModelProvider(services.shared),
    },
    parser: {
        TokenBuilder: () => new JuesuanTokenBuilder(),
        ValueConverter: () => new JuesuanValueConverter(),
        ParserErrorMessageProvider: () => new JuesuanParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new JuesuanLexerErrorMessageProvider(),
    },
    lsp: {
        DocumentSymbolProvider: (services) => new JuesuanDocumentSymbolProvider(services),
    },
};

export function createJuesuanServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Juesuan: JuesuanServices;
} {
    const shared = inject(createDefaultSharedModule(context), JuesuanGeneratedSharedModule);
    const Juesuan = inject(createDefaultModule({ shared }), JuesuanGeneratedModule, JuesuanModule);
    shared.ServiceRegistry.register(Juesuan);
    registerValidationChecks(Juesuan);
    if (!context.connection) {
        // without a client nobody sends the configuration, so start with the defaults
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Juesuan };
}
