import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodeCatalogue, judgeName, spanFor } from '../../src/catalogue/catalogue.js';
import { ROOT } from '../lsp/seed.js';

interface Harvested { code: string; name: string; year: number; url: string; file: string }

const HARVEST = path.join(ROOT, 'scripts', 'harvest-subject-codes.mjs');

function harvest(...args: string[]): string {
    return execFileSync(process.execPath, [HARVEST, ...args], { encoding: 'utf8' });
}

describe('codes the transcribed real reports print, harvested by scripts/harvest-subject-codes.mjs', () => {
    const harvested = JSON.parse(harvest('--json')) as Harvested[];

    it('reads code rows, “code-name” prose and “name（code类）” prose, each with its report’s year and address', () => {
        expect(harvested).toContainEqual(expect.objectContaining({ code: '20103', name: '政府办公厅（室）及相关机构事务', year: 2022 }));
        // “20136-其他共产党事务支出（款）1278万元”: the level mark is not part of the name
        expect(harvested).toContainEqual(expect.objectContaining({ code: '20136', name: '其他共产党事务支出', year: 2022 }));
        expect(harvested).toContainEqual(expect.objectContaining({ code: '221', name: '住房保障支出', year: 2024 }));
        expect(harvested).toContainEqual(expect.objectContaining({ code: '2290804', name: '福利彩票销售机构的业务费支出', year: 2019 }));
        for (const found of harvested) expect(found.url).toMatch(/^https?:\/\//);
    });

    it('leaves out what no report printed: a unit’s code (“219-某镇人民政府”), rows a transcriber rebuilt or supplied codes for', () => {
        expect(harvested.filter(f => f.code === '219')).toEqual([]);
        // the 大英 hospital prints 类/款/项 by name only; 教育部's 2024 table has codes the transcriber supplied
        expect(harvested.filter(f => /real-dayi-2020-maternal|national-2024/.test(f.file))).toEqual([]);
    });

    it('every name a report prints for a code in its year is accepted by the shipped catalogue for that year', () => {
        const catalogue = new CodeCatalogue();
        const refused = harvested.flatMap(found => {
            const entry = catalogue.entry(found.code)?.entry;
            const judged = entry ? judgeName(entry, found.name, found.year) : { ok: true };
            return judged.ok ? [] : [`${found.code} ${found.name} (${found.year}, ${found.file})`];
        });
        expect(refused).toEqual([]);
    });

    it('the data cites the reports for what they print: a code no other document prints, a 类 for a year no other document prints', () => {
        const catalogue = new CodeCatalogue();
        const span = (code: string, year: number) => spanFor(catalogue.entry(code)!.entry, year);
        expect(span('2290804', 2019)).toMatchObject({ name: '福利彩票销售机构的业务费支出', source: expect.stringContaining('松江区纪律检查委员会') });
        expect(span('2290804', 2019)?.checked).toBeUndefined();
        expect(span('221', 2024)).toMatchObject({ name: '住房保障支出', source: expect.stringContaining('梧州市') });
        // 2021–2023: no document read prints 221, so its name stays carried from other years (a hint, never a warning)
        expect(span('221', 2022)?.checked).toBe(false);
    });
});
