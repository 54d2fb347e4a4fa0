import type { Diagnostic } from 'vscode-languageserver';
import { testCodeAction } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { parse, SEED, services } from '../lsp/seed.js';

async function diagnostics(text: string, codes = ['code-name', 'glossary-name']): Promise<{ diagnostics: Diagnostic[]; text: string }> {
    const document = await parse(text, { validation: true });
    return { diagnostics: (document.diagnostics ?? []).filter(d => codes.includes(String(d.code))), text };
}

function lineOf(text: string, needle: string): number {
    return text.slice(0, text.indexOf(needle)).split('\n').length - 1;
}

describe('names against the catalogue and the 名词解释, on the seed', () => {
    it('flags the outdated 20805 name of 名词解释 entries 11 and 12, on the name itself, with a fix', async () => {
        const { diagnostics: found } = await diagnostics(SEED);
        for (const code of ['2080505 「', '2080506 「']) {
            const line = lineOf(SEED, code);
            const diagnostic = found.find(d => d.code === 'glossary-name' && d.range.start.line === line);
            expect(diagnostic, code).toBeDefined();
            expect(diagnostic!.message).toContain('行政事业单位离退休');
            expect(diagnostic!.message).toContain('行政事业单位养老支出');
            expect(SEED.split('\n')[line].slice(diagnostic!.range.start.character, diagnostic!.range.end.character)).toBe('行政事业单位离退休');
            expect(diagnostic!.data).toMatchObject({ code: 'glossary-name', fix: { newText: '行政事业单位养老支出' } });
        }
    });

    it('flags entry 14, whose 项 has no name, with a fix that writes it', async () => {
        const { diagnostics: found } = await diagnostics(SEED);
        const line = lineOf(SEED, '2130599 「');
        const diagnostic = found.find(d => d.code === 'glossary-name' && d.range.start.line === line);
        expect(diagnostic?.message).toContain('缺少名称');
        expect(diagnostic?.data).toMatchObject({ fix: { newText: '其他扶贫支出' } });
    });

    it('accepts the body’s names of 附表6, and flags the 附表8 names that differ from the catalogue', async () => {
        const { diagnostics: found } = await diagnostics(SEED);
        const flagged = found.filter(d => d.code === 'code-name').map(d => SEED.split('\n')[d.range.start.line].trim());
        expect(flagged).toEqual(['30113 住房公积金支出', '30239 其他交通费', '31002 办公设备购置支出']);
        const table6 = SEED.slice(SEED.indexOf('附表 6'), SEED.indexOf('附表 7'));
        expect(found.filter(d => table6.includes(SEED.split('\n')[d.range.start.line]))).toEqual([]);
        // the 类 written without its last 支出 (一般公共服务（201）) is the usual short form
        expect(found.filter(d => d.range.start.line === lineOf(SEED, '2010301 「'))).toEqual([]);
    });
});

describe('quick fixes from the diagnostic data', () => {
    const code = testCodeAction(services);

    it('puts the catalogue name in place of a row name', async () => {
        const before = '年度 2020\n附表 8 一般公共预算财政拨款基本支出决算表 {\n  人员经费 1 {\n    30113 住房公积金支出 1\n  }\n}\n';
        const result = await code(before, 'code-name', before.replace('住房公积金支出', '住房公积金'));
        expect(result.action?.isPreferred).toBe(true);
        expect(result.action?.title).toBe('改为“住房公积金”');
    });

    it('renames an outdated code name by the report’s year only', async () => {
        const row = (year: number) => `年度 ${year}\n附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计】\n  208 社会保障和就业支出 1 {\n    20805 行政事业单位离退休 1\n  }\n}\n`;
        expect((await diagnostics(row(2019))).diagnostics).toEqual([]);
        const { diagnostics: found } = await diagnostics(row(2020));
        expect(found.map(d => d.message)).toEqual([expect.stringMatching(/已过时.*2020 年度应为“行政事业单位养老支出”/)]);
        await code(row(2020), 'code-name', row(2020).replace('行政事业单位离退休', '行政事业单位养老支出'));
    });

    it('says a name used before its year is not yet in use, and offers a recalled name as a hint only', async () => {
        const row = '年度 2019\n附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计】\n  208 社会保障和就业支出 1 {\n    20805 行政事业单位养老支出 1\n  }\n}\n';
        const { diagnostics: found } = await diagnostics(row);
        expect(found.map(d => [d.severity, d.message])).toEqual([[3, expect.stringMatching(
            /^科目 20805 的名称“行政事业单位养老支出”是 2020 年度起的名称：2019 年度应为“行政事业单位离退休”（2019 年度及以前；内置科目表，来源：凭记忆整理，未经文件核对；请以财政部《2019年政府收支分类科目》为准）。$/)]]);
    });

    it('holds a document’s name as checked for the years it prints only, as recalled for the others', async () => {
        // 2081901: notices of 2022 and 2024 print it, so 2023 between them is read too; 2100399: notices of 2020, 2021 and 2024 print one name
        const row = (year: number, line: string) => `年度 ${year}\n附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计】\n  ${line} 1\n}\n`;
        const severities = async (year: number, line: string) => (await diagnostics(row(year, line))).diagnostics.map(d => d.severity);
        expect(await severities(2023, '2081901 城市居民最低生活保障金')).toEqual([2]);
        expect(await severities(2025, '2081901 城市居民最低生活保障金')).toEqual([3]);
        // 2082101 and 2081004 were recalled until a 2024 and a 2020 notice printed them
        expect(await severities(2024, '2082101 城市特困人员供养支出')).toEqual([2]);
        expect(await severities(2023, '2082101 城市特困人员供养支出')).toEqual([3]);
        expect(await severities(2020, '2081004 殡葬事务')).toEqual([2]);
        expect(await severities(2021, '2081004 殡葬事务')).toEqual([3]);
        expect(await severities(2022, '2100399 其他基层医疗机构支出')).toEqual([2]);
        expect(await severities(2025, '2100399 其他基层医疗机构支出')).toEqual([3]);
        expect(await severities(2025, '2100399 其他基层医疗卫生机构支出')).toEqual([]);
        // 2200106: a 2023 notice prints it
        expect(await severities(2023, '2200106 自然资源保护与利用')).toEqual([2]);
        expect(await severities(2021, '2200106 自然资源保护与利用')).toEqual([3]);
        // 2130803: notices of 2022 and 2025 print one name, so the years between are read too
        expect(await severities(2023, '2130803 农业保险补贴')).toEqual([2]);
        expect(await severities(2021, '2130803 农业保险补贴')).toEqual([3]);
        // 2100699 and 21015 were recalled only until notices of 2020 and 2022, and of 2025, printed them
        expect(await severities(2021, '2100699 其他中医支出')).toEqual([2]);
        expect(await severities(2023, '2100699 其他中医支出')).toEqual([3]);
        expect(await severities(2025, '21015 医疗保障事务')).toEqual([2]);
        // 2050701: notices of 2020, 2022 and 2024 print one name
        expect(await severities(2023, '2050701 特殊教育学校')).toEqual([2]);
        expect(await severities(2025, '2050701 特殊教育学校')).toEqual([3]);
        // 2050302 was recalled until a 2025 allocation table printed it
        expect(await severities(2025, '2050302 中职教育')).toEqual([2]);
        expect(await severities(2024, '2050302 中职教育')).toEqual([3]);
        // 2120803, 2120804 and 2111001 were recalled until notices of 2023 and 2022 printed them
        expect(await severities(2023, '2120803 城镇建设支出')).toEqual([2]);
        expect(await severities(2024, '2120803 城镇建设支出')).toEqual([3]);
        expect(await severities(2023, '2120804 农村基础设施支出')).toEqual([2]);
        expect(await severities(2022, '2111001 节约能源利用')).toEqual([2]);
        expect(await severities(2021, '2111001 节约能源利用')).toEqual([3]);
        // 2101302 was recalled until a 2020 notice printed it
        expect(await severities(2020, '2101302 疾病应急救治')).toEqual([2]);
        expect(await severities(2021, '2101302 疾病应急救治')).toEqual([3]);
        expect(await severities(2020, '2101302 疾病应急救助')).toEqual([]);
        // 210: the 2020 report, a 2021 notice and a 2024 report print one name, so 2022 and 2023 between them are read too
        expect(await severities(2022, '210 医疗卫生支出')).toEqual([2]);
        expect(await severities(2025, '210 医疗卫生支出')).toEqual([3]);
    });

    it('holds an 经济 name a document prints as checked in every year', async () => {
        // 31299 and 312 were recalled until 重庆 notices of 2022 and 2021 printed them; 经济 rows keep no years
        const row = (year: number, line: string) => `年度 ${year}\n附表 8 一般公共预算财政拨款基本支出决算表 {\n  ${line} 1\n}\n`;
        const severities = async (year: number, line: string) => (await diagnostics(row(year, line))).diagnostics.map(d => d.severity);
        expect(await severities(2024, '31299 其他企业补助')).toEqual([2]);
        expect(await severities(2024, '31299 其他对企业补助')).toEqual([]);
        expect(await severities(2024, '312 企业补助')).toEqual([2]);
    });

    it('names the years a checked name\'s source is read for, and cites the year\'s own document where there is one', async () => {
        const row = (year: number, line: string) => `年度 ${year}\n附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计】\n  ${line} 1\n}\n`;
        const messages = async (year: number, line: string) => (await diagnostics(row(year, line))).diagnostics.map(d => d.message);
        // 2050701: 鹤山's 2020 repost for 2020, 长春's 2024 notice for the years between the documents
        expect(await messages(2020, '2050701 特殊教育学校')).toEqual([
            '科目 2050701 的名称应为“特殊学校教育”（2020 年度；内置科目表，来源：鹤山市关于下达2020年及清算2019年义务教育阶段残疾学生公用经费的通知（转载页）），此处写作“特殊教育学校”。',
        ]);
        expect(await messages(2023, '2050701 特殊教育学校')).toEqual([expect.stringMatching(/（2020—2024 年度；内置科目表，来源：长春市财政局/)]);
        // 2130803 in 2023: a 2022 notice, read with the 2025 one for 2022–2025
        expect(await messages(2023, '2130803 农业保险补贴')).toEqual([expect.stringMatching(/（2022—2025 年度；内置科目表，来源：泉州市财政局/)]);
    });

    it('says nothing about codes whose recalled names no document bore out and were dropped', async () => {
        // the recall put 公路还贷专项 at 2140112 and shifted the 项 of 20138 from 2013810 on; reports print
        // 2140112 公路运输管理 and 2013812 药品事务, so a code the catalogue lacks takes the report's name
        const row = (line: string) => `年度 2024\n附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计】\n  ${line} 1\n}\n`;
        for (const line of ['2140112 公路运输管理', '2013810 质量基础', '2013812 药品事务', '2013814 化妆品事务']) {
            expect((await diagnostics(row(line))).diagnostics.map(d => d.message), line).toEqual([]);
        }
    });

    it('finds nothing to say about the names each year 2020–2025 gives its renamed codes', async () => {
        // 类 › 款 › 项 rows named as the classification of the report's year names them
        const names: Record<number, string[]> = {
            2020: ['213 农林水支出', '21305 扶贫', '2130507 扶贫贷款奖补和贴息', '2130550 扶贫事业机构', '2130599 其他扶贫支出', '208 社会保障和就业支出', '20805 行政事业单位养老支出', '20811 残疾人事业', '2081105 残疾人就业和扶贫', '210 卫生健康支出', '21004 公共卫生', '2100409 重大公共卫生专项', '21301 农业农村', '2130199 其他农业支出'],
            2021: ['213 农林水支出', '21305 巩固脱贫衔接乡村振兴', '2130599 其他扶贫支出', '224 灾害防治及应急管理支出', '210 卫生健康支出', '21004 公共卫生', '2100409 重大公共卫生服务', '21301 农业', '2130199 其他农业支出'],
            2022: ['213 农林水支出', '21305 巩固脱贫衔接乡村振兴', '2130599 其他巩固脱贫衔接乡村振兴支出', '208 社会保障和就业支出', '20811 残疾人事业', '2081105 残疾人就业'],
            2023: ['213 农林水支出', '21305 巩固脱贫衔接乡村振兴', '208 社会保障和就业支出', '20809 退役安置', '2080901 退役士兵安置', '224 灾害防治及应急管理支出'],
            2024: ['213 农林水支出', '21305 巩固脱贫攻坚成果衔接乡村振兴', '2130507 贷款奖补和贴息', '2130550 事业运行', '220 自然资源海洋气象等支出', '22006 耕地保护考核奖惩基金支出', '2130199 其他农业农村支出'],
            2025: ['217 金融支出', '21704 金融调控支出', '2170404 中央金融机构注资特别国债支出', '229 其他支出', '22911 中央金融机构注资特别国债财务基金支出'],
        };
        for (const [year, rows] of Object.entries(names)) {
            const text = `年度 ${year}\n附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计】\n${rows.map(r => `  ${r} 1`).join('\n')}\n}\n`;
            const { diagnostics: found } = await diagnostics(text);
            expect(found.map(d => d.message), year).toEqual([]);
        }
    });

    it('fixes a glossary label in place, and a code the catalogue does not know against the 名词解释', async () => {
        const text = '年度 2020\n名词解释 {\n  2080505 「社会保障和就业支出（208）行政事业单位离退休（05）机关事业单位基本养老保险缴费支出（05）」：「…」\n}\n';
        const fixed = text.replace('行政事业单位离退休', '行政事业单位养老支出');
        await code(text, 'glossary-name', fixed);
        const unknown = '年度 2020\n名词解释 {\n  2139999 「农林水支出（213）某款（99）某项（99）」：「…」\n}\n附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计】\n  213 农林水支出 1 {\n    21399 某款 1 {\n      2139999 别的名字 1\n    }\n  }\n}\n';
        const { diagnostics: found } = await diagnostics(unknown);
        expect(found.filter(d => d.code === 'code-name').map(d => d.message)).toEqual(['科目 2139999 在名词解释中名为“某项”，此处写作“别的名字”。']);
    });
});
