// The formats other programs read, from the real command line: gcc lines read by the problem
// matcher package.json contributes (and by VS Code's own $gcc), SARIF valid against the SARIF
// 2.1.0 schema (the schemastore copy shipped in @microsoft/jest-sarif), GitHub annotations.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import AjvModule from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, ROOT } from './bundle.js';
import { juesuan } from './run.js';

// CommonJS modules: their exports object is the default import, the class its `default`
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

const FIXTURES = path.join(ROOT, 'test', 'cli', 'fixtures');
const HEADER = '部门 「某单位」\n年度 2020\n单位 万元\n';
/** A safe fix (unit), a suggestion (share), a control character in a reference, and a note (indicator-unmet). */
const REPORT = `${HEADER}
附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 82.45 824500元 0
}

情况说明 {
  公务支出 100 {
    办公费 60 占比 70%
    印刷费 40 占比 40%
  }
  预算绩效 {
    项目 「招商经费」 {
      指标 {
        项目完成指标 {
          数量指标 {
            接待客商批次 预期 ≥50次 实际 27次
          }
        }
      }
    }
  }
}

附件 「说明」 「见【\u001b[2J】。」
`;

let dir: string;
beforeAll(async () => {
    await ensureBundles();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-formats-'));
    fs.mkdirSync(path.join(dir, '报告'));
    fs.writeFileSync(path.join(dir, '报告', '某单位.juesuan'), REPORT);
    fs.copyFileSync(path.join(FIXTURES, 'two-errors.juesuan'), path.join(dir, 'two-errors.juesuan'));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface ProblemMatcher {
    name: string;
    owner: string;
    fileLocation: unknown;
    pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { problemMatchers: ProblemMatcher[] } };

describe('gcc output and the problem matcher', () => {
    it('every line is read by the contributed problem matcher: file, position, severity, message, rule', async () => {
        const run = await juesuan(['check', '--format', 'gcc', '报告', 'two-errors.juesuan'], { cwd: dir });
        expect(run.code).toBe(1);
        const matcher = manifest.contributes.problemMatchers.find(m => m.name === 'juesuan')!;
        expect(matcher.owner).toBe('juesuan');
        const regexp = new RegExp(matcher.pattern.regexp);
        const lines = run.stdout.trimEnd().split('\n');
        expect(lines.length).toBeGreaterThan(5);
        const read = lines.map(line => {
            const m = regexp.exec(line);
            expect(m, line).not.toBeNull();
            const p = matcher.pattern;
            return { file: m![p.file], line: Number(m![p.line]), column: Number(m![p.column]), severity: m![p.severity], message: m![p.message], code: m![p.code] };
        });
        expect(read).toContainEqual({ file: path.join('报告', '某单位.juesuan'), line: 7, column: 12, severity: 'error', message: expect.stringContaining('824500元 即 82.45万元'), code: 'unit' });
        expect(read).toContainEqual({ file: 'two-errors.juesuan', line: 2, column: 9, severity: 'error', message: '无法识别的字符“？”。', code: 'syntax' });
        expect(read.some(r => r.severity === 'note' && r.code === 'indicator-unmet')).toBe(true);
        expect(read.every(r => /^[a-z][a-z-]*$/.test(r.code) && !r.message.endsWith(']'))).toBe(true);
        // the escape sequence in the reference is printed as text
        expect(run.stdout).not.toContain('\u001b');
        expect(run.stdout).toContain('\\x1B[2J');
    });

    it('errors and warnings are also read by VS Code’s own $gcc matcher', async () => {
        const run = await juesuan(['check', '--format', 'gcc', 'two-errors.juesuan'], { cwd: dir });
        const gcc = /^(.*?):(\d+):(\d*):?\s+(?:fatal\s+)?(warning|error):\s+(.*)$/;
        const lines = run.stdout.trimEnd().split('\n').filter(l => !/: note: /.test(l));
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(gcc.exec(line)?.[1], line).toBe('two-errors.juesuan');
    });
});

describe('SARIF', () => {
    it('is valid SARIF 2.1.0, with every rule’s metadata, the findings and their fixes', async () => {
        const run = await juesuan(['check', '--format', 'sarif', '报告', 'two-errors.juesuan', 'missing.juesuan'], { cwd: dir });
        expect(run.code).toBe(2);
        const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
        // the schema's language pattern is not valid with the u flag Ajv uses by default
        const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
        addFormats(ajv);
        const validate = ajv.compile(schema);
        const log = JSON.parse(run.stdout) as {
            version: string;
            runs: Array<{
                tool: { driver: { name: string; rules: Array<{ id: string; shortDescription: { text: string }; helpUri: string }> } };
                results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } } }>; fixes?: unknown[] }>;
                invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ message: { text: string } }> }>;
            }>;
        };
        expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
        const [sarifRun] = log.runs;
        const rules = sarifRun.tool.driver.rules;
        expect(rules.find(r => r.id === 'share')).toMatchObject({ shortDescription: { text: '占比等于本项除以总数' }, helpUri: expect.stringMatching(/docs\/rules\/share\.md$/) });
        for (const result of sarifRun.results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
        const unit = sarifRun.results.find(r => r.ruleId === 'unit')!;
        expect(unit.level).toBe('error');
        expect(unit.locations[0].physicalLocation).toEqual({
            artifactLocation: { uri: '%E6%8A%A5%E5%91%8A/%E6%9F%90%E5%8D%95%E4%BD%8D.juesuan', uriBaseId: 'SRCROOT' },
            region: { startLine: 7, startColumn: 12, endLine: 7, endColumn: 19 },
        });
        expect(unit.fixes).toHaveLength(1);
        expect(sarifRun.results.some(r => r.level === 'note')).toBe(true);
        expect(sarifRun.invocations[0].executionSuccessful).toBe(false);
        expect(sarifRun.invocations[0].toolExecutionNotifications[0].message.text).toContain('missing.juesuan');
    });

    it('without findings is still a valid log, with an empty results array', async () => {
        fs.writeFileSync(path.join(dir, 'empty.juesuan'), '');
        const run = await juesuan(['check', '--format', 'sarif', 'empty.juesuan'], { cwd: dir });
        const log = JSON.parse(run.stdout) as { runs: Array<{ results: unknown[] }> };
        expect(Array.isArray(log.runs[0].results)).toBe(true);
    });
});

describe('GitHub annotations', () => {
    it('one workflow command per finding, with the Chinese message', async () => {
        const run = await juesuan(['check', '--format', 'github', 'two-errors.juesuan'], { cwd: dir });
        const lines = run.stdout.trimEnd().split('\n');
        expect(lines).toContain('::error file=two-errors.juesuan,line=2,col=9,endLine=2,endColumn=10,title=juesuan syntax::无法识别的字符“？”。');
        expect(lines.every(l => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::\S/.test(l))).toBe(true);
    });
});
