// Hovers of codes the classification added or renamed in a year read by the report's year: the
// 2025 additions (财预〔2025〕41号) in a report of 2025 and of a later year.
import { describe, expect, it } from 'vitest';
import { hoverAt, parse } from './seed.js';

const report = (year: number) => `模板 「全国」\n年度 ${year}\n单位 万元\n表3 支出决算表 {\n  217 金融支出 5.00 {\n    21704 金融调控支出 5.00 {\n      2170404 中央金融机构注资特别国债支出 5.00\n    }\n  }\n}\n`;

async function hoverOfCode(text: string, code: string): Promise<string | undefined> {
    const document = await parse(text);
    return hoverAt(document, text.indexOf(`${code} `));
}

describe('hover on a code added in 2025', () => {
    it('shows its name, path and 科目说明 in a 2025 report and in a 2026 one', async () => {
        for (const year of [2025, 2026]) {
            const hover = await hoverOfCode(report(year), '2170404');
            expect(hover, String(year)).toMatch(/^\*\*2170404 中央金融机构注资特别国债支出\*\* · 功能分类项级科目/);
            expect(hover).toContain('反映使用中央金融机构注资特别国债收入安排的补充中央金融机构资本的支出。');
            expect(hover).not.toContain('⚠');
        }
    });

    it('a renamed code shows the name of the report’s year', async () => {
        const renamed = (year: number) => `模板 「全国」\n年度 ${year}\n单位 万元\n表3 支出决算表 {\n  213 农林水支出 5.00 {\n    21305 扶贫 5.00\n  }\n}\n`;
        expect(await hoverOfCode(renamed(2020), '21305')).not.toContain('⚠');
        for (const year of [2025, 2026]) {
            expect(await hoverOfCode(renamed(year), '21305'), String(year)).toContain(`⚠ 科目表（${year} 年度）名称为“巩固脱贫攻坚成果衔接乡村振兴”`);
        }
    });
});

describe('hover on a code whose name the year accepts in two spellings', () => {
    const row = (year: number, name: string) => `模板 「全国」\n年度 ${year}\n单位 万元\n表5 一般公共预算财政拨款支出决算表 {\n  列【合计 基本支出 项目支出】\n  合计 10.00 - 10.00\n`
        + `  210 卫生健康支出 10.00 - 10.00 {\n    21004 公共卫生 10.00 - 10.00 {\n      2100409 ${name} 10.00 - 10.00\n    }\n  }\n}\n`;
    it('warns as the code-name check does: not for either name in 2022, for the old one in 2024', async () => {
        for (const name of ['重大公共卫生专项', '重大公共卫生服务']) expect(await hoverOfCode(row(2022, name), '2100409'), name).not.toContain('⚠');
        expect(await hoverOfCode(row(2024, '重大公共卫生专项'), '2100409')).toContain('⚠ 科目表（2024 年度）名称为“重大公共卫生服务”');
    });
});
