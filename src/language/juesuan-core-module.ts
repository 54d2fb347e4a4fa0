// The language's services without the language server's: parsing, the report model and the checks,
// as `juesuan check` uses them. Nothing here loads Langium's LSP modules or vscode-languageserver
// (loading them was about a sixth of a one-file check's start-up); juesuan-module.ts adds them
// for the language server.
import type { DefaultSharedCoreModuleContext, LangiumCoreServices, LangiumSharedCoreServices, Module, PartialLangiumCoreServices, TextDocumentProvider, URI } from 'langium';
import { createDefaultCoreModule, createDefaultSharedCoreModule, inject, TextDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { JuesuanGeneratedModule, JuesuanGeneratedSharedModule } from './generated/module.js';
import { JuesuanTokenBuilder } from './syntax/token-builder.js';
import { JuesuanValueConverter } from './syntax/value-converter.js';
import { ReportModelProvider } from '../model/model-provider.js';
import { LastYearReports } from '../model/last-year.js';
import { registerValidationChecks } from '../validation/juesuan-validator.js';
import { JuesuanLexerErrorMessageProvider, JuesuanParserErrorMessageProvider } from './syntax/error-messages.js';
import { guardParser, JuesuanLexer } from './syntax/nesting.js';
import { withLazyLookahead } from './syntax/lazy-lookahead.js';
import { argumentFreeParser, LangiumSharedTuningModule, LangiumTuningModule, leanParser } from '../server/langium-tuning.js';
import { SubjectCodeCatalogue } from '../catalogue/catalogue.js';

/** The shared services, with the language server's when there is one. */
export type JuesuanSharedServices = LangiumSharedCoreServices & Partial<Pick<LangiumSharedServices, 'lsp'>>;

/** Services juesuan adds to Langium's core. */
export type JuesuanCoreAddedServices = {
    model: {
        /** The report model of a document: figures, derived figures, relations. */
        ReportModels: ReportModelProvider;
        /** The report each report's `上年` line links, read once per change of that file. */
        LastYearReports: LastYearReports;
    };
    catalogue: {
        /** Subject codes: the document's 名词解释, the workspace file of the setting, the shipped catalogue. */
        SubjectCodes: SubjectCodeCatalogue;
    };
};

export type JuesuanCoreServices = Omit<LangiumCoreServices, 'shared'> & { readonly shared: JuesuanSharedServices } & JuesuanCoreAddedServices;

/** Every core service juesuan adds or replaces, in one place. */
export const JuesuanCoreModule: Module<JuesuanCoreServices, PartialLangiumCoreServices & JuesuanCoreAddedServices> = {
    model: {
        ReportModels: (services) => new ReportModelProvider(services.shared),
        LastYearReports: (services) => new LastYearReports(services),
    },
    catalogue: {
        SubjectCodes: (services) => new SubjectCodeCatalogue(services.shared),
    },
    parser: {
        TokenBuilder: () => new JuesuanTokenBuilder(),
        Lexer: (services) => new JuesuanLexer(services),
        LangiumParser: (services) => guardParser(leanParser(() => {
            const parser = withLazyLookahead(argumentFreeParser(services));
            parser.finalize();
            return parser;
        }, services.Grammar)),
        ValueConverter: () => new JuesuanValueConverter(),
        ParserErrorMessageProvider: () => new JuesuanParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new JuesuanLexerErrorMessageProvider(),
    },
};

/**
 * The text documents a check has open. The service registry asks them for a document's language,
 * so that a file whose name does not end in .juesuan is still checked as a report.
 */
export class OpenTextDocuments implements TextDocumentProvider {
    private readonly documents = new Map<string, TextDocument>();

    get(uri: string | URI): TextDocument | undefined {
        return this.documents.get(uri.toString());
    }

    set(document: TextDocument): void {
        this.documents.set(document.uri, document);
    }

    delete(uri: string | URI): void {
        this.documents.delete(uri.toString());
    }
}

export interface JuesuanCoreSharedServices extends LangiumSharedCoreServices {
    readonly workspace: LangiumSharedCoreServices['workspace'] & { readonly TextDocuments: OpenTextDocuments };
}

/** The services for checking reports without a language server (`juesuan check`). */
export function createJuesuanCoreServices(context: DefaultSharedCoreModuleContext): {
    shared: JuesuanCoreSharedServices;
    Juesuan: JuesuanCoreServices;
} {
    // the tuning drops Langium's work for cross-references and workspace loading this language never needs
    const shared = inject(createDefaultSharedCoreModule(context), JuesuanGeneratedSharedModule, LangiumSharedTuningModule, {
        workspace: { TextDocuments: () => new OpenTextDocuments() },
    }) as JuesuanCoreSharedServices;
    const Juesuan = inject(createDefaultCoreModule({ shared }), JuesuanGeneratedModule, JuesuanCoreModule, LangiumTuningModule);
    shared.ServiceRegistry.register(Juesuan);
    registerValidationChecks(Juesuan);
    // created now, so that it reads the user's catalogue file before the first check
    void Juesuan.catalogue.SubjectCodes;
    // without a client nobody sends the configuration, so start with the defaults
    shared.workspace.ConfigurationProvider.initialized({});
    return { shared, Juesuan };
}
