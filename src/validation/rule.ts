import type { AstNode, ValidationAcceptor, ValidationCategory } from 'langium';
import { AstUtils } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { ReportModel } from '../model/report-model.js';
import type { CodeCatalogue } from '../catalogue/catalogue.js';
import type { LastYearReports } from '../model/last-year.js';
import { ruleDocUrl, type RuleId } from './rule-catalogue.js';

/**
 * One named check. Its id appears in every diagnostic it reports, and keys its quick fixes; its
 * title and category come from its entry in the rule catalogue (`...ruleMeta(id)`).
 */
export interface Rule {
    readonly id: RuleId;
    /** A line for the rule catalogue (README, hover on a diagnostic). */
    readonly title: string;
    /** 'fast' runs on every keystroke; 'slow' on save and in the command line. */
    readonly category: ValidationCategory;
    check(model: ReportModel, report: Reporter, context: RuleContext): void;
}

/** What rules may consult beside the model. */
export interface RuleContext {
    /** Subject codes: the workspace file of the setting over the shipped catalogue. */
    readonly catalogue: CodeCatalogue;
    /** Last year's report, where the report links one with a `上年` line. */
    readonly lastYear: LastYearReports;
    /**
     * Whether the report's settings turn a rule off: a finding one rule leaves to another (a wrong-way
     * figure is prose-direction's, not prose-figure's) is its own again where the other is off.
     */
    readonly ruleOff?: (id: RuleId) => boolean;
}

/** What a rule reports through: Langium's acceptor with the rule's id and fix data attached. */
export interface Reporter {
    error(node: AstNode, message: string, extra?: ReportExtra): void;
    warning(node: AstNode, message: string, extra?: ReportExtra): void;
    info(node: AstNode, message: string, extra?: ReportExtra): void;
    hint(node: AstNode, message: string, extra?: ReportExtra): void;
}

export interface ReportExtra {
    readonly property?: string;
    readonly range?: Range;
    /** What a quick fix needs: the text to put in place of the range. */
    readonly fix?: Fix;
    /** Other fixes offered beside the preferred one (another template of several). */
    readonly alternatives?: readonly Fix[];
    /**
     * Fixes of the other places a finding stands for (one finding for several places, shown at
     * the first): each is offered where the cursor is on its range.
     */
    readonly fixesAt?: readonly Fix[];
    /** Other places the finding explains, each with what is said there (the node, or a range within its document). */
    readonly related?: readonly { readonly node: AstNode; readonly message: string; readonly range?: Range }[];
}

export interface Edit {
    readonly range: Range;
    readonly newText: string;
}

export interface Fix {
    readonly title: string;
    readonly newText: string;
    readonly range?: Range;
    /** Further edits made by the same fix, elsewhere in the document (several places mended at once). */
    readonly also?: readonly Edit[];
}

/** The fix that writes `newText` in place of the finding's range (or of `range`): 改为 …. */
export function changeTo(newText: string, range?: Range): Fix {
    return range ? { title: `改为 ${newText}`, newText, range } : { title: `改为 ${newText}`, newText };
}

export interface DiagnosticFixData {
    readonly code: string;
    readonly fix?: Fix;
    readonly alternatives?: readonly Fix[];
    readonly fixesAt?: readonly Fix[];
}

export function reporterFor(rule: Rule, accept: ValidationAcceptor): Reporter {
    const send = (severity: 'error' | 'warning' | 'info' | 'hint') => (node: AstNode, message: string, extra?: ReportExtra) => {
        const data: DiagnosticFixData = { code: rule.id, fix: extra?.fix, alternatives: extra?.alternatives, fixesAt: extra?.fixesAt };
        accept(severity, message, {
            node,
            property: extra?.property as never,
            range: extra?.range,
            code: rule.id,
            codeDescription: { href: ruleDocUrl(rule.id) },
            data,
            relatedInformation: extra?.related?.length ? relatedInformation(extra.related) : undefined,
        });
    };
    return { error: send('error'), warning: send('warning'), info: send('info'), hint: send('hint') };
}

function relatedInformation(related: NonNullable<ReportExtra['related']>): DiagnosticRelatedInformation[] {
    const found: DiagnosticRelatedInformation[] = [];
    for (const { node, message, range: within } of related) {
        const uri = AstUtils.findRootNode(node).$document?.uri.toString();
        const range = within ?? node.$cstNode?.range;
        if (uri && range) found.push({ location: { uri, range }, message });
    }
    return found;
}
