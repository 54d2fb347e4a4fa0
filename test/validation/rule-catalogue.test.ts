// The rule catalogue is the one place a rule's metadata lives: every rule has an entry, every
// entry a rule (or is the engine's), the rule objects take their title and category from it, its
// examples draw the finding they show, and the generated pages and README table are up to date.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/language/generated/ast.js';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import { RULE_CATALOGUE, RULE_IDS, ruleDocUrl, type RuleMeta } from '../../src/validation/rule-catalogue.js';
import { exampleFindings, ruleDocs } from '../../src/validation/rule-docs.js';
import { RULES } from '../../src/validation/rules/index.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const meta = (id: string): RuleMeta | undefined => (RULE_CATALOGUE as Record<string, RuleMeta>)[id];

describe('the rule catalogue', () => {
    it('has an entry for every rule, with the rule’s title and category taken from it', () => {
        for (const rule of RULES) {
            expect(meta(rule.id), `规则 ${rule.id} 没有元数据：在 src/validation/rule-catalogue.ts 中加上`).toBeDefined();
            expect(rule.title).toBe(meta(rule.id)!.title);
            expect(rule.category).toBe(meta(rule.id)!.category);
        }
    });

    it('names no rule that does not exist, except the engine’s own findings', () => {
        const ruleIds = new Set<string>(RULES.map(r => r.id));
        expect(RULE_IDS.filter(id => !ruleIds.has(id) && !meta(id)!.engine)).toEqual([]);
        expect(RULE_IDS.filter(id => ruleIds.has(id) && meta(id)!.engine)).toEqual([]);
        expect(new Set(RULES.map(r => r.id)).size).toBe(RULES.length);
    });

    it('has a Chinese title and description for every entry', () => {
        for (const id of RULE_IDS) {
            expect(meta(id)!.title, id).toMatch(/[\u4e00-\u9fff]/);
            expect(meta(id)!.description.length, id).toBeGreaterThan(meta(id)!.title.length);
        }
    });

    it('has an example for every rule, and each draws a finding of its rule', async () => {
        for (const rule of RULES) {
            expect(meta(rule.id)!.example, `${rule.id} 没有示例`).toBeDefined();
            expect(await exampleFindings(rule.id), `${rule.id} 的示例没有得出它的问题`).not.toEqual([]);
        }
        expect(await exampleFindings('syntax')).not.toEqual([]);
        expect(await exampleFindings('unused-disable')).not.toEqual([]);
    });

    it('has its pages and README table generated and up to date (npm run docs:rules)', async () => {
        const files = await ruleDocs(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
        for (const [file, text] of files) {
            expect(readFileSync(path.join(ROOT, file), 'utf8'), `${file} 已过时：运行 npm run docs:rules`).toBe(text);
        }
        const pages = readdirSync(path.join(ROOT, 'docs', 'rules')).map(f => `docs/rules/${f}`).sort();
        expect(pages).toEqual([...files.keys()].filter(f => f.startsWith('docs/')).sort());
    });
});

describe('diagnostics', () => {
    it('carry their rule’s page as codeDescription', async () => {
        const services = createJuesuanServices(EmptyFileSystem).Juesuan;
        const document = await parseHelper<Report>(services)(RULE_CATALOGUE.share.example, { validation: true });
        const share = document.diagnostics!.filter(d => d.code === 'share');
        expect(share.length).toBeGreaterThan(0);
        for (const d of share) expect(d.codeDescription?.href).toBe(ruleDocUrl('share'));
        expect(ruleDocUrl('share')).toMatch(/\/docs\/rules\/share\.md$/);
    });

    it('offer a fix only for the findings the catalogue says have one (number-format: split numbers, not joined)', async () => {
        const services = createJuesuanServices(EmptyFileSystem).Juesuan;
        const document = await parseHelper<Report>(services)(`${RULE_CATALOGUE['number-format'].example}附表 7 一般公共预算财政拨款支出决算明细表 {
  列【合计 基本支出 项目支出】
  合计 100.00/0.00 100.00
}
`, { validation: true });
        const findings = document.diagnostics!.filter(d => d.code === 'number-format');
        const fixOf = (d: (typeof findings)[number]) => (d.data as { fix?: unknown } | undefined)?.fix;
        const split = findings.filter(d => d.message.includes('中间写了空格'));
        const joined = findings.filter(d => d.message.includes('连在一起'));
        expect(split.length).toBe(1);
        expect(joined.length).toBe(1);
        expect(fixOf(split[0])).toBeDefined();
        expect(fixOf(joined[0])).toBeUndefined();
        const fixes = RULE_CATALOGUE['number-format'].fixes;
        expect(fixes.find(f => f.finding.includes('空格'))?.fix).toBe('safe');
        expect(fixes.find(f => f.finding.includes('/'))?.fix).toBe('none');
    });
});
