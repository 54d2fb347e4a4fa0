// `juesuan next FILE -o NEW`: next year's report is written, linked back, and the checker of
// `juesuan check` finds its 上年 figures in agreement with this year's file.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportChecker } from '../../src/cli/checker.js';
import { NEXT_FAILED, NEXT_OK, runNext } from '../../src/cli/next.js';
import { ROOT } from './bundle.js';

let dir: string;
const cwd = process.cwd();

beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-next-cli-'));
    fs.mkdirSync(path.join(dir, '2020'));
    fs.copyFileSync(path.join(ROOT, 'examples', 'leshan-2020.juesuan'), path.join(dir, '2020', '乐山.juesuan'));
    // the paths are given as a user types them, relative to where the command runs
    process.chdir(dir);
});

afterAll(() => {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
});

async function next(file: string, output: string): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runNext(file, { output }, { stdout: t => { stdout += t; }, stderr: t => { stderr += t; } });
    return { code, stdout, stderr };
}

async function lastYearFindings(file: string): Promise<string[]> {
    const result = await new ReportChecker().check({ given: file, absolute: path.resolve(file), maxBytes: 50 * 1024 * 1024, fix: 'none' });
    return result.diagnostics.filter(d => d.code === 'last-year').map(d => d.message);
}

describe('juesuan next', () => {
    it('writes next year’s report into a new folder, linked back, and check finds its 上年 in agreement', async () => {
        const run = await next('2020/乐山.juesuan', '2021/乐山.juesuan');
        expect(run.stderr).toBe('');
        expect(run.code).toBe(NEXT_OK);
        expect(run.stdout).toContain('已写入 2021/乐山.juesuan（2021 年度，上年 「../2020/乐山.juesuan」）');
        const written = fs.readFileSync(path.join(dir, '2021', '乐山.juesuan'), 'utf8');
        expect(written).toContain('年度 2021\n上年 「../2020/乐山.juesuan」');
        expect(await lastYearFindings('2021/乐山.juesuan')).toEqual([]);
        // the same check sees a 上年 changed by hand
        fs.writeFileSync(path.join(dir, '2021', '改.juesuan'), written.replace(/^(\s*\d{3,7} \S+ .*?上年 )(\d+)/m, '$1$29'));
        expect(await lastYearFindings('2021/改.juesuan')).toEqual([expect.stringContaining('上年报告（乐山.juesuan）')]);
    });

    it('moves a 模板 line the new year is past to its province’s template for that year, and says so', async () => {
        fs.writeFileSync(path.join(dir, '2021.juesuan'), '模板 「四川 2020」\n部门 「某局」\n年度 2021\n');
        const run = await next('2021.juesuan', '2022.juesuan');
        expect(run.code).toBe(NEXT_OK);
        expect(run.stdout).toContain('已写入 2022.juesuan（2022 年度，模板改为「四川 2024」（四川省部门决算公开模板（2022年度起）），上年 「2021.juesuan」）');
        expect(fs.readFileSync(path.join(dir, '2022.juesuan'), 'utf8')).toBe('模板 「四川 2024」\n部门 「某局」\n年度 2022\n上年 「2021.juesuan」\n');
        const checked = await new ReportChecker().check({ given: '2022.juesuan', absolute: path.resolve('2022.juesuan'), maxBytes: 50 * 1024 * 1024, fix: 'none' });
        expect(checked.diagnostics.filter(d => d.code === 'template').map(d => d.message)).toEqual([]);
    });

    it('asks, in its summary and under the 模板 line, for the tables to be rewritten as the new template’s, naming them', async () => {
        fs.writeFileSync(path.join(dir, '2021表.juesuan'), '模板 「四川 2020」\n年度 2021\n附表 10 一般公共预算财政拨款“三公”经费支出决算表 { }\n');
        const run = await next('2021表.juesuan', '2022表.juesuan');
        expect(run.code).toBe(NEXT_OK);
        const asked = '各表仍是上年模板的表号和表名，请按「四川 2024」改写为它的 13 张表：附表1 收入支出决算总表、';
        expect(run.stdout).toContain(asked);
        expect(run.stdout).toContain('、附表13 财政拨款“三公”经费支出决算表。\n');
        expect(fs.readFileSync(path.join(dir, '2022表.juesuan'), 'utf8')).toContain(`模板 「四川 2024」\n// ${asked}`);
    });

    it('writes over nothing, and refuses a file it cannot read or that has a syntax error', async () => {
        fs.writeFileSync(path.join(dir, '有.juesuan'), '');
        const exists = await next('2020/乐山.juesuan', '有.juesuan');
        expect(exists.code).toBe(NEXT_FAILED);
        expect(exists.stderr).toContain('有.juesuan 已存在，不会覆盖');
        expect(fs.readFileSync(path.join(dir, '有.juesuan'), 'utf8')).toBe('');
        const missing = await next('没有.juesuan', '新.juesuan');
        expect(missing.code).toBe(NEXT_FAILED);
        expect(missing.stderr).toContain('无法读取文件 没有.juesuan：文件或目录不存在');
        fs.writeFileSync(path.join(dir, '坏.juesuan'), '年度 2020\n情况说明 {\n');
        const broken = await next('坏.juesuan', '新.juesuan');
        expect(broken.code).toBe(NEXT_FAILED);
        expect(broken.stderr).toContain('坏.juesuan 有语法错误');
        expect(fs.existsSync(path.join(dir, '新.juesuan'))).toBe(false);
    });
});
