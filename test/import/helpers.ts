// Shared by the import tests: the formatter's layout of a text, to show the import's is the same.
import { EmptyFileSystem, URI } from 'langium';
import type { Report } from '../../src/language/generated/ast.js';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { JuesuanFormatter } from '../../src/lsp/formatter.js';

const services = createJuesuanServices(EmptyFileSystem);

export function formatted(text: string): string | undefined {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Report>(text, URI.parse('memory:///formatted.juesuan'));
    return (services.Juesuan.lsp.Formatter as JuesuanFormatter).format(document);
}
