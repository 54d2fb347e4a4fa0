import type { ValidationAcceptor, ValidationChecks, ValidationCategory } from 'langium';
import type { JuesuanAstType, Report } from '../language/generated/ast.js';
import type { JuesuanServices } from '../language/juesuan-module.js';
import type { ReportModelProvider } from '../model/model-provider.js';
import { reporterFor } from './rule.js';
import type { Rule } from './rule.js';
import { RULES } from './rules/index.js';

/** Registers the rules: each category runs every rule of it over the document's report model. */
export function registerValidationChecks(services: JuesuanServices): void {
    const registry = services.validation.ValidationRegistry;
    const models = services.model.ReportModels;
    for (const category of ['fast', 'slow'] as const satisfies readonly ValidationCategory[]) {
        const rules = RULES.filter(rule => rule.category === category);
        const checks: ValidationChecks<JuesuanAstType> = {
            Report: (report: Report, accept: ValidationAcceptor) => runRules(rules, models, report, accept),
        };
        registry.register(checks, undefined, category);
    }
}

function runRules(rules: readonly Rule[], models: ReportModelProvider, report: Report, accept: ValidationAcceptor): void {
    const model = models.forReport(report);
    for (const rule of rules) rule.check(model, reporterFor(rule, accept));
}
