import type { ValidationAcceptor, ValidationChecks, ValidationCategory } from 'langium';
import type { JuesuanAstType, Report } from '../language/generated/ast.js';
import type { JuesuanServices } from '../language/juesuan-module.js';
import type { ReportModelProvider } from '../model/model-provider.js';
import { reporterFor } from './rule.js';
import type { Rule, RuleContext } from './rule.js';
import { RULES } from './rules/index.js';
import { inRegion, syntaxRegions } from './syntax-regions.js';

/** Registers the rules: each category runs every rule of it over the document's report model. */
export function registerValidationChecks(services: JuesuanServices): void {
    const registry = services.validation.ValidationRegistry;
    const models = services.model.ReportModels;
    const context: RuleContext = { catalogue: services.catalogue.SubjectCodes };
    for (const category of ['fast', 'slow'] as const satisfies readonly ValidationCategory[]) {
        const rules = RULES.filter(rule => rule.category === category);
        const checks: ValidationChecks<JuesuanAstType> = {
            Report: (report: Report, accept: ValidationAcceptor) => runRules(rules, models, report, accept, context),
        };
        registry.register(checks, undefined, category);
    }
}

/**
 * Diagnostics one category reports at most. Beyond ~120,000 Langium loses them all: its
 * DocumentValidator spreads them into one call (`diagnostics.push(...)`), which runs out of
 * stack, and the error is only logged (a 5 MB file of broken rows did this). Nobody reads past
 * the first few thousand anyway: errors are kept first, and one line says how many were left out.
 */
export const MAX_DIAGNOSTICS = 10_000;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2, hint: 3 } as const;

function runRules(rules: readonly Rule[], models: ReportModelProvider, report: Report, accept: ValidationAcceptor, context: RuleContext): void {
    const model = models.forReport(report);
    let found: Parameters<ValidationAcceptor>[] = [];
    const collect: ValidationAcceptor = (...args) => { found.push(args); };
    for (const rule of rules) rule.check(model, reporterFor(rule, collect), context);
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
    const first = report.parts[0] ?? report;
    accept('warning', `本文件的问题太多，只列出了前 ${MAX_DIAGNOSTICS} 个（错误优先），另有 ${found.length - MAX_DIAGNOSTICS} 个未列出。`, { node: first, code: 'too-many' });
}
