// What src/server/langium-tuning.ts changes, measured before it is wired in: the services as
// createJuesuanServices (src/language/juesuan-module.ts) makes them, with the tuning modules
// injected last. Once createJuesuanServices injects them itself, bench/lsp.bench.ts leaves the
// "加上 langium-tuning" rows out, and this file can go.
import { EmptyFileSystem, inject } from 'langium';
import { createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumSharedServices } from 'langium/lsp';
import { JuesuanGeneratedModule, JuesuanGeneratedSharedModule } from '../../src/language/generated/module.js';
import { createJuesuanServices, JuesuanModule, JuesuanSharedModule, type JuesuanServices } from '../../src/language/juesuan-module.js';
import { LangiumSharedTuningModule, LangiumTuningModule, NoReferenceLinker } from '../../src/server/langium-tuning.js';
import { registerValidationChecks } from '../../src/validation/juesuan-validator.js';

export function createTunedJuesuanServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Juesuan: JuesuanServices } {
    const shared = inject(createDefaultSharedModule(context), JuesuanGeneratedSharedModule, JuesuanSharedModule, LangiumSharedTuningModule);
    const Juesuan = inject(createDefaultModule({ shared }), JuesuanGeneratedModule, JuesuanModule, LangiumTuningModule);
    shared.ServiceRegistry.register(Juesuan);
    registerValidationChecks(Juesuan);
    void Juesuan.catalogue.SubjectCodes;
    if (!context.connection) shared.workspace.ConfigurationProvider.initialized({});
    return { shared, Juesuan };
}

/** Whether createJuesuanServices already injects the tuning. */
export function tuningWiredIn(): boolean {
    return createJuesuanServices({ ...EmptyFileSystem }).Juesuan.references.Linker instanceof NoReferenceLinker;
}
