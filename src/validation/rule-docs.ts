// The rule pages (docs/rules/<id>.md) and the README's rule table, made from the rule catalogue;
// each page shows its example with the findings the checker really gives for it.
// `npm run docs:rules` writes them (scripts/docs-rules.mjs); a test fails when they drift.
import { EmptyFileSystem, URI } from 'langium';
import { createJuesuanServices } from '../language/juesuan-module.js';
import { diagnosticRule, RULE_CATALOGUE, RULE_IDS, type RuleId, type RuleMeta } from './rule-catalogue.js';

const SEVERITY_NAMES = ['', '错误', '警告', '信息', '提示'];

export const README_TABLE_START = '<!-- rules:start（由 npm run docs:rules 生成） -->';
export const README_TABLE_END = '<!-- rules:end -->';

/** The findings of `id` that its example draws, as `行:列 级别 说明` lines. */
export async function exampleFindings(id: RuleId): Promise<string[]> {
    const example = (RULE_CATALOGUE[id] as RuleMeta).example;
    if (!example) return [];
    const { shared } = createJuesuanServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(example, URI.file(`/示例/${id}.juesuan`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return (document.diagnostics ?? [])
        .filter(d => diagnosticRule(d) === id)
        .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAMES[d.severity ?? 1]} ${d.message}`);
}

const RUNS: Record<RuleMeta['category'], string> = {
    fast: '输入时（以及保存时、命令行中）',
    slow: '保存时和命令行中（代价较高，输入时不运行）',
};

const FIXES: Record<RuleMeta['fix'], string> = {
    safe: '有；安全，`juesuan check --fix` 会自动应用',
    suggestion: '有；需人工确认，只在编辑器中作为快速修复提供',
    none: '无',
};

/** docs/rules/<id>.md */
export function rulePage(id: RuleId, findings: readonly string[]): string {
    const meta: RuleMeta = RULE_CATALOGUE[id];
    const lines = [
        `# \`${id}\`：${meta.title}`,
        '',
        '<!-- 由 npm run docs:rules 从 src/validation/rule-catalogue.ts 生成，请勿手改 -->',
        '',
        meta.description,
        '',
        `- 运行：${RUNS[meta.category]}`,
        meta.fixes
            ? ['- 修正：', ...meta.fixes.map(({ finding, fix, why }) => `  - ${finding}：${FIXES[fix]}${why ? `（${why}）` : ''}`)].join('\n')
            : `- 修正：${FIXES[meta.fix]}`,
        meta.engine
            ? '- 设置：由校验引擎报告，不能在 juesuan.json 中关闭或改变级别'
            : `- 设置：在 juesuan.json 中改变级别或关闭，如 \`{ "rules": { "${id}": "warning" } }\`（可用 error、warning、info、hint、off）；某一处不报告：在上一行写 \`// juesuan-disable-next-line ${id}\``,
    ];
    if (meta.example) {
        lines.push('', '## 示例', '', '```juesuan', meta.example.trimEnd(), '```', '', '校验结果（行:列 级别 说明）：', '', '```text', ...findings, '```');
    }
    return lines.join('\n') + '\n';
}

/** The README's rule table, between its markers. */
export function ruleTable(): string {
    const rows = RULE_IDS.map(id => {
        const meta: RuleMeta = RULE_CATALOGUE[id];
        const runs = meta.category === 'slow' ? '保存时' : '输入时';
        const fix = meta.fix === 'safe' ? '自动' : meta.fix === 'suggestion' ? '建议' : '';
        return `| [\`${id}\`](docs/rules/${id}.md) | ${meta.title} | ${runs} | ${fix} |`;
    });
    return [README_TABLE_START, '| 规则 | 检查 | 运行 | 修正 |', '|---|---|---|---|', ...rows, README_TABLE_END].join('\n');
}

/** The README with its rule table replaced by the catalogue's. */
export function withRuleTable(readme: string): string {
    const start = readme.indexOf(README_TABLE_START);
    const end = readme.indexOf(README_TABLE_END);
    if (start < 0 || end < start) throw new Error(`README.md 中没有找到规则表的标记 ${README_TABLE_START} … ${README_TABLE_END}`);
    return readme.slice(0, start) + ruleTable() + readme.slice(end + README_TABLE_END.length);
}

/** Every generated file: docs/rules/<id>.md by path, and the README. */
export async function ruleDocs(readme: string): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    for (const id of RULE_IDS) files.set(`docs/rules/${id}.md`, rulePage(id, await exampleFindings(id)));
    files.set('README.md', withRuleTable(readme));
    return files;
}
