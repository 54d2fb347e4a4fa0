import { DocumentValidator } from 'langium';
import type { AstNode, DiagnosticInfo, LangiumDocument, ValidationAcceptor, ValidationChecks, ValidationCategory } from 'langium';
import { nodeForProperty } from '../model/nodes.js';
import type { JuesuanAstType, Report } from '../language/generated/ast.js';
import type { JuesuanCoreServices } from '../language/juesuan-core-module.js';
import type { ReportModelProvider } from '../model/model-provider.js';
import { reporterFor } from './rule.js';
import type { Rule, RuleContext } from './rule.js';
import { isRuleId, ruleDocUrl, type RuleId } from './rule-catalogue.js';
import { ruleSettingsOf, type RuleSettingsProvider } from './rule-settings.js';
import { RULES } from './rules/index.js';
import { readSuppressions, suppresses, type Suppressions } from './suppression.js';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { RuledLexingDiagnostic } from '../language/syntax/printed-unit.js';
import { inRegion, syntaxRegions } from './syntax-regions.js';

type Category = 'fast' | 'slow';

/**
 * Registers the rules: each category runs every rule of it over the document's report model,
 * with the rule settings of the report's juesuan.json files and its suppression comments applied
 * here, in one place, for the language server and the command line alike.
 */
export function registerValidationChecks(services: JuesuanCoreServices): void {
    const registry = services.validation.ValidationRegistry;
    const engine: Engine = {
        models: services.model.ReportModels,
        settings: ruleSettingsOf(services.shared),
        context: { catalogue: services.catalogue.SubjectCodes, lastYear: services.model.LastYearReports },
    };
    for (const category of ['fast', 'slow'] as const satisfies readonly ValidationCategory[]) {
        const rules = RULES.filter(rule => rule.category === category);
        const checks: ValidationChecks<JuesuanAstType> = {
            Report: (report: Report, accept: ValidationAcceptor) => runRules(category, rules, engine, report, accept),
        };
        registry.register(checks, undefined, category);
    }
}

interface Engine {
    readonly models: ReportModelProvider;
    readonly settings: RuleSettingsProvider;
    readonly context: RuleContext;
}

/**
 * Diagnostics one category reports at most. Beyond ~120,000 Langium loses them all: its
 * DocumentValidator spreads them into one call (`diagnostics.push(...)`), which runs out of
 * stack, and the error is only logged (a 5 MB file of broken rows did this). Nobody reads past
 * the first few thousand anyway: errors are kept first, and one line says how many were left out.
 */
export const MAX_DIAGNOSTICS = 10_000;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2, hint: 3 } as const;

type Finding = Parameters<ValidationAcceptor>;

function runRules(category: Category, rules: readonly Rule[], engine: Engine, report: Report, accept: ValidationAcceptor): void {
    const model = engine.models.forReport(report);
    const document = report.$document;
    const settings = document ? engine.settings.forDocument(document.uri) : undefined;
    const suppressions = document ? readSuppressions(document) : undefined;
    const anchor: AstNode = report.parts[0] ?? report;
    const context: RuleContext = { ...engine.context, ruleOff: id => settings?.rules.get(id) === 'off' };
    let found: Finding[] = [];
    for (const rule of rules) {
        const setting = settings?.rules.get(rule.id);
        if (setting === 'off') continue;
        const collect: ValidationAcceptor = (severity, message, info) => {
            if (suppressions?.entries.length) {
                const line = startLine(info);
                if (line !== undefined && suppresses(suppressions, rule.id, line)) return;
            }
            found.push([setting ?? severity, message, info]);
        };
        rule.check(model, reporterFor(rule, collect), context);
    }
    const ran = new Set(rules.map(rule => rule.id));
    // the lexer's findings of a rule (a unit line's second unit) are held back by the same comments (heldLexerFindings)
    if (suppressions?.entries.length && document) for (const { rule, line } of ruledLexerFindings(document)) suppresses(suppressions, rule, line);
    for (const entry of suppressions?.entries ?? []) {
        if (!entry.used && ran.has(entry.name) && settings?.rules.get(entry.name) !== 'off') {
            found.push(engineFinding('warning', `抑制注释中的规则 ${entry.name} 在此没有可抑制的问题：注释可能已过时，可以删除。`, anchor, 'unused-disable', entry.range));
        }
    }
    // what does not depend on the rules that ran is reported once, with the keystroke's checks
    if (category === 'fast') {
        for (const problem of suppressions?.problems ?? []) found.push(engineFinding('warning', problem.message, anchor, 'unused-disable', problem.range));
        for (const problem of settings?.problems ?? []) found.push(engineFinding('warning', `设置文件 ${problem.file}：${problem.message}`, anchor, 'settings'));
    }
    // findings on what a syntax error leaves unreliable wait until it is fixed
    const regions = syntaxRegions(report);
    if (regions.length > 0) found = found.filter(([, , info]) => !inRegion(info.node, regions));
    if (found.length <= MAX_DIAGNOSTICS) {
        for (const args of found) accept(...args);
        return;
    }
    // a stable sort: within a severity, the rules' order
    const kept = found.map((args, i) => ({ args, i }))
        .sort((a, b) => SEVERITY_ORDER[a.args[0]] - SEVERITY_ORDER[b.args[0]] || a.i - b.i)
        .slice(0, MAX_DIAGNOSTICS);
    for (const { args } of kept.sort((a, b) => a.i - b.i)) accept(...args);
    accept(...engineFinding('warning', `本文件的问题太多，只列出了前 ${MAX_DIAGNOSTICS} 个（错误优先），另有 ${found.length - MAX_DIAGNOSTICS} 个未列出。`, anchor, 'too-many'));
}

/** The line a finding starts on, as Langium places it: its range, its property's text, or its node. */
function startLine(info: DiagnosticInfo<AstNode>): number | undefined {
    if (info.range) return info.range.start.line;
    const cst = info.property ? nodeForProperty(info.node.$cstNode, info.property) ?? info.node.$cstNode : info.node.$cstNode;
    return cst?.range.start.line;
}

function engineFinding(severity: Finding[0], message: string, node: AstNode, code: RuleId, range?: Finding[2]['range']): Finding {
    return [severity, message, { node, range, code, codeDescription: { href: ruleDocUrl(code) }, data: { code } }];
}


/** The lexer's findings told under a rule of the catalogue, with their line (0-based). */
function ruledLexerFindings(document: LangiumDocument): { rule: RuleId; line: number }[] {
    const { lexerErrors, lexerReport } = document.parseResult;
    const lexed: readonly RuledLexingDiagnostic[] = [...lexerErrors, ...lexerReport?.diagnostics ?? []];
    return lexed.flatMap(({ rule, line }) => rule && line !== undefined ? [{ rule, line: line - 1 }] : []);
}

const LEXED = new Set([DocumentValidator.LexingError, DocumentValidator.LexingWarning, DocumentValidator.LexingInfo, DocumentValidator.LexingHint]);
const SEVERITY_NUMBER = { error: 1, warning: 2, info: 3, hint: 4 } as const;

/**
 * The document's diagnostics with the rule settings and suppression comments applied to the lexer's findings told under a rule
 * (a unit line's second unit is [unit]), as runRules applies them to the rules' findings.
 */
export function heldLexerFindings(document: LangiumDocument, diagnostics: Diagnostic[], settings: RuleSettingsProvider): Diagnostic[] {
    const ruled = (d: Diagnostic) => LEXED.has((d.data as { code?: string } | undefined)?.code ?? '') && typeof d.code === 'string' && isRuleId(d.code);
    if (!diagnostics.some(ruled)) return diagnostics;
    const rules = settings.forDocument(document.uri).rules;
    let suppressions: Suppressions | undefined;
    return diagnostics.flatMap(d => {
        if (!ruled(d)) return [d];
        const rule = d.code as RuleId;
        const setting = rules.get(rule);
        if (setting === 'off') return [];
        suppressions ??= readSuppressions(document);
        if (suppressions.entries.length && suppresses(suppressions, rule, d.range.start.line)) return [];
        return [setting ? { ...d, severity: SEVERITY_NUMBER[setting] } : d];
    });
}
