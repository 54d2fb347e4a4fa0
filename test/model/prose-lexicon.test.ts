// The names' trie of ProseLexicon: whole names are looked up, and a text's names are found left to
// right, each the longest the report knows at its place.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/language/generated/ast.js';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import { lexiconOf } from '../../src/model/prose-lexicon.js';
import { normalize } from '../../src/model/prose-text.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const SEED = fs.readFileSync(path.join(ROOT, 'examples', 'leshan-2020.juesuan'), 'utf8');

async function seedLexicon() {
    const report = (await parseHelper<Report>(services)(SEED)).parseResult.value;
    return lexiconOf(services.model.ReportModels.forReport(report));
}

const wordsIn = (lexicon: Awaited<ReturnType<typeof seedLexicon>>, written: string) => {
    const { text } = normalize(written);
    return lexicon.matches(text, { start: 0, end: text.length }).map(m => m.words);
};

describe('ProseLexicon', () => {
    it('looks up whole names only', async () => {
        const lexicon = await seedLexicon();
        expect(lexicon.lookup('一般公共预算财政拨款基本支出')?.quantities.length).toBeGreaterThan(0);
        expect(lexicon.lookup('一般公共预算财政拨款基')).toBeUndefined();
        expect(lexicon.lookup('没有这个名字')).toBeUndefined();
        expect(lexicon.lookup('𠀀')).toBeUndefined();
    });

    it('finds the longest name at each place, left to right', async () => {
        const lexicon = await seedLexicon();
        expect(wordsIn(lexicon, '2020年一般公共预算财政拨款基本支出100万元，项目支出20万元。'))
            .toEqual(['一般公共预算财政拨款基本支出', '项目支出']);
        // a character outside the Basic Multilingual Plane parts a name: 基本 is one, 基本支出 is not there
        expect(wordsIn(lexicon, '基本支出')).toEqual(['基本支出']);
        expect(wordsIn(lexicon, '基本𠀀支出')).toEqual(['基本']);
    });

    it('finds a name with a character beyond the Basic Multilingual Plane, added and scanned alike', async () => {
        const source = '年度 2024\n情况说明 {\n  预算绩效 {\n    项目 「𠀾溪村饮水工程」 {\n      预算数 10.00\n    }\n  }\n}\n';
        const report = (await parseHelper<Report>(services)(source)).parseResult.value;
        const lexicon = lexiconOf(services.model.ReportModels.forReport(report));
        expect(lexicon.lookup('𠀾溪村饮水工程')?.projects.size).toBe(1);
        expect(wordsIn(lexicon, '𠀾溪村饮水工程完成预算的100%。')).toEqual(['𠀾溪村饮水工程']);
    });
});
