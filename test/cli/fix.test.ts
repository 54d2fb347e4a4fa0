// `juesuan check --fix` applies the fixes its rules mark safe and writes each file atomically;
// `--fix-dry-run` prints them as a unified diff and writes nothing.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyPatch } from 'diff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles } from './bundle.js';
import { juesuan } from './run.js';

const HEADER = '部门 「某单位」\n年度 2020\n单位 万元\n';
/** An amount in 元 (unit: a safe fix), a table title (table-shape: safe), a wrong share (a suggestion only). */
const REPORT = `${HEADER}
附表 6 一般预算支出表 {
  列【合计 基本支出 项目支出】
  合计 82.45 824500元 0
}

情况说明 {
  公务支出 100 {
    办公费 60 占比 70%
    印刷费 40 占比 40%
  }
}
`;
const FIXED = REPORT.replace('一般预算支出表', '一般公共预算财政拨款支出决算表').replace('824500元', '82.45');

let dir: string;
beforeAll(async () => {
    await ensureBundles();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-fix-'));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text = REPORT): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
}

describe.concurrent('juesuan check --fix', () => {
    it('applies the safe fixes, leaves the others, and reports what remains', async () => {
        const file = write('a.juesuan');
        fs.chmodSync(file, 0o640);
        const run = await juesuan(['check', '--fix', '--format', 'json', 'a.juesuan'], { cwd: dir });
        expect(fs.readFileSync(file, 'utf8')).toBe(FIXED);
        expect(fs.statSync(file).mode & 0o777).toBe(0o640);
        const findings = JSON.parse(run.stdout) as Array<{ code: string; line: number }>;
        expect(findings.filter(f => f.code === 'unit' || f.code === 'table-shape' || f.code === 'sum-columns')).toEqual([]);
        expect(findings.filter(f => f.code === 'share').map(f => f.line)).toEqual([12]);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain('已修正 1 个文件，共 2 处');
        expect(fs.readdirSync(dir).filter(f => f.startsWith('.a.juesuan'))).toEqual([]);
    });

    it('of two fixes that overlap applies the first, checks again, and applies what the new text needs', async () => {
        // number-format joins “1 234 000元” (the unit fix of “000元” alone overlaps it and waits);
        // checked again, unit converts the joined 1234000元 to 万元, at an amount's two decimals
        const file = write('overlap.juesuan', `${HEADER}\n附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】\n  合计 1 234 000元 0 0 0\n}\n`);
        const run = await juesuan(['check', '--fix', 'overlap.juesuan'], { cwd: dir });
        expect(fs.readFileSync(file, 'utf8')).toContain('\n  合计 123.40 0 0 0\n');
        expect(run.stderr).toContain('已修正 1 个文件，共 2 处');
    });

    it('applies the syntax fixes whose intent is certain: full-width braces and minus, a text in “”, a table\'s unit line', async () => {
        const text = `${HEADER}\n部门概况 ｛\n  机构设置 “本局内设3个科室。”\n｝\n\n附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】\n  单位：元\n  合计 －5 －5 0\n}\n`;
        const file = write('syntax.juesuan', text);
        const run = await juesuan(['check', '--fix', '--format', 'json', 'syntax.juesuan'], { cwd: dir });
        expect(fs.readFileSync(file, 'utf8')).toBe(text.replace('｛', '{').replace('｝', '}').replace('“本局内设3个科室。”', '「本局内设3个科室。」')
            .replace('单位：元', '单位行 「单位：元」').replace('－5 －5', '-5 -5'));
        expect((JSON.parse(run.stdout) as Array<{ code: string }>).filter(f => f.code === 'syntax')).toEqual([]);
        expect(run.stderr).toContain('已修正 1 个文件，共 6 处');
    });

    it('changes nothing in a file without safe fixes', async () => {
        const text = REPORT.replace('一般预算支出表', '一般公共预算财政拨款支出决算表').replace('824500元', '82.45');
        const file = write('clean.juesuan', text);
        const before = fs.statSync(file).mtimeMs;
        const run = await juesuan(['check', '--fix', 'clean.juesuan'], { cwd: dir });
        expect(fs.readFileSync(file, 'utf8')).toBe(text);
        expect(fs.statSync(file).mtimeMs).toBe(before);
        expect(run.stderr).toContain('已修正 0 个文件');
    });

    it('writes through a symbolic link to the file it names', async () => {
        const real = write('real.juesuan');
        const link = path.join(dir, 'link.juesuan');
        fs.symlinkSync(real, link);
        await juesuan(['check', '--fix', 'link.juesuan'], { cwd: dir });
        expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
        expect(fs.readFileSync(real, 'utf8')).toBe(FIXED);
    });
});

describe.concurrent('juesuan check --fix-dry-run', () => {
    it('prints the fixes as a unified diff that applies to the file, and writes nothing', async () => {
        const file = write('dry.juesuan');
        const run = await juesuan(['check', '--fix-dry-run', 'dry.juesuan'], { cwd: dir });
        expect(fs.readFileSync(file, 'utf8')).toBe(REPORT);
        expect(run.stdout).toMatch(/^--- a\/dry\.juesuan\n\+\+\+ b\/dry\.juesuan\n@@ /m);
        expect(run.stdout).toContain('-  合计 82.45 824500元 0\n+  合计 82.45 82.45 0\n');
        expect(applyPatch(REPORT, run.stdout)).toBe(FIXED);
        expect(run.code).toBe(1);
    });

    it('prints nothing for a file without safe fixes', async () => {
        write('nothing.juesuan', FIXED);
        const run = await juesuan(['check', '--fix-dry-run', 'nothing.juesuan'], { cwd: dir });
        expect(run.stdout).toBe('');
    });
});
