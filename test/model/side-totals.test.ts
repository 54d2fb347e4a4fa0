// A row's own total among its children (支出 { … 本年支出合计 … 总计 }) is never one of its parts: a table no template reads,
// written in sides, is read side by side as the template's two-sided tables are, or its side is a heading with no figure.
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';

const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);

async function modelOf(table: string) {
    const document = await parse(`模板 「全国」\n年度 2023\n单位 万元\n${table}`);
    return services.model.ReportModels.get(document);
}

const SPENDING = `  支出 {
    社会保障和就业支出 93.60
    住房保障支出 46.80
    本年支出合计 140.40
    年末结转和结余 5.00
    总计 145.40
  }`;

describe('a side over its own totals', () => {
    it('in a table of the report’s own with one side: a heading, its figure not the sum of its items and totals', async () => {
        const model = await modelOf(`表10 某某支出情况表 {\n  列【决算数】\n${SPENDING}\n}\n`);
        const side = model.rows.find(r => r.name === '支出')!;
        expect(side.cells.size).toBe(0);
        expect(model.relations.filter(r => r.description === '各子项之和' && r.target.label?.includes('支出 '))).toEqual([]);
    });

    it('in a two-sided table no template reads: each side’s 本年…合计 and 总计 are checked, 收入 and 支出 sum nothing', async () => {
        const income = '  收入 {\n    一般公共预算财政拨款 145.40\n    本年收入合计 145.40\n    年初结转和结余 -\n    总计 145.40\n  }';
        const model = await modelOf(`表10 某某收支情况表 {\n  列【决算数】\n${income}\n${SPENDING.replace('住房保障支出 46.80', '住房保障支出 47.80')}\n}\n`);
        for (const name of ['收入', '支出']) expect(model.rows.find(r => r.name === name)!.cells.size, name).toBe(0);
        const broken = model.relations.filter(r => !r.holds).map(r => `${r.target.label} ${r.description}`);
        expect(broken).toEqual(['表10 › 支出 › 本年支出合计 决算数 支出各项之和']);
    });
});
