import type { AstNode } from 'langium';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isAttribute, isCell, isColumnHeader, isGlossaryEntry, isIndicatorValue, isMetaField, isRow,
} from '../language/generated/ast.js';
import { parseProse, textStart } from '../model/prose.js';
import type { Report } from '../language/generated/ast.js';
import type { JuesuanServices } from '../language/juesuan-module.js';
import type { ReportModelProvider } from '../model/model-provider.js';

/**
 * Semantic tokens beyond the TextMate grammar: subject codes (which only the parser tells from
 * amounts), references 【…】 inside texts, attribute and header keys, units, defined terms.
 */
export class JuesuanSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly models: ReportModelProvider;

    constructor(services: JuesuanServices) {
        super(services);
        this.models = services.model.ReportModels;
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        if (node.$type === 'Report') this.highlightReferences(node as Report, acceptor);
        if (isRow(node) && node.code) acceptor({ node, property: 'code', type: SemanticTokenTypes.enumMember });
        else if (isGlossaryEntry(node)) {
            if (node.code) acceptor({ node, property: 'code', type: SemanticTokenTypes.enumMember });
            if (node.term !== undefined) acceptor({ node, property: 'term', type: SemanticTokenTypes.class, modifier: SemanticTokenModifiers.declaration });
        } else if (isAttribute(node)) acceptor({ node, property: 'key', type: SemanticTokenTypes.property });
        else if (isMetaField(node)) acceptor({ node, property: 'key', type: SemanticTokenTypes.keyword });
        else if (isColumnHeader(node)) {
            node.names.forEach((_, index) => acceptor({ node, property: 'names', index, type: SemanticTokenTypes.property }));
        } else if ((isCell(node) || isIndicatorValue(node)) && node.unit !== undefined) {
            acceptor({ node, property: 'unit', type: SemanticTokenTypes.type });
        }
    }

    /** References 【…】 in every text, one token each (they never span lines). */
    private highlightReferences(report: Report, acceptor: SemanticTokenAcceptor): void {
        const document = report.$document;
        if (!document) return;
        for (const prose of this.models.forReport(report).nodes.prose) {
            const start = textStart(prose);
            if (start === undefined) continue;
            for (const segment of parseProse(prose.text)) {
                if (segment.kind !== 'reference') continue;
                const from = document.textDocument.positionAt(start + segment.offset);
                acceptor({
                    line: from.line, char: from.character, length: segment.text.length,
                    type: SemanticTokenTypes.variable, modifier: SemanticTokenModifiers.readonly,
                });
            }
        }
    }
}

