import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FileSystemNode, FileSystemProvider, URI } from 'langium';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import {
    CodeCatalogue, describeSpan, judgeName, nameFor, parseJsonCatalogue, parseTsvCatalogue, spanFor, SubjectCodeCatalogue,
} from '../../src/catalogue/catalogue.js';
import { parseLabel } from '../../src/catalogue/glossary.js';
import { SHIPPED_SUBJECT_CODES } from '../../src/catalogue/subject-codes.js';
import type { Report } from '../../src/language/generated/ast.js';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import { ROOT, SEED } from '../lsp/seed.js';

const shipped = CodeCatalogue.SHIPPED;

const BUILD = path.join(ROOT, 'scripts', 'build-catalogue.mjs');
const DATA = path.join(ROOT, 'data', 'subject-codes');

/** Runs the build script with --check on a data folder; its exit status and output. */
function check(data = DATA): { status: number; output: string } {
    try {
        return { status: 0, output: execFileSync(process.execPath, [BUILD, '--check', '--data', data], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
        const failed = error as { status: number; stdout: string; stderr: string };
        return { status: failed.status, output: failed.stdout + failed.stderr };
    }
}

/** A copy of the data folder with one file changed. */
function dataWith(file: string, change: (text: string) => string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-catalogue-'));
    for (const name of fs.readdirSync(DATA)) fs.copyFileSync(path.join(DATA, name), path.join(dir, name));
    const target = path.join(dir, file);
    fs.writeFileSync(target, change(fs.readFileSync(target, 'utf8')));
    return dir;
}

describe('the shipped catalogue is built from data/subject-codes/ in the repo', () => {
    it('is what the build script makes of the data (no drift)', () => {
        expect(check()).toMatchObject({ status: 0 });
    });

    it('fails the check when the data changes and the catalogue is not rebuilt', () => {
        const changed = dataWith('functional.tsv', text => text.replace('\n2010101\t行政运行\t', '\n2010101\t行政运作\t'));
        expect(check(changed)).toMatchObject({ status: 1, output: expect.stringContaining('differs from') });
    });

    it('refuses data it cannot vouch for: unknown source, orphan code, English source label, bad code', () => {
        const cases: [string, (text: string) => string, RegExp][] = [
            ['functional.tsv', t => t.replace('\tleshan-2020\t', '\tsomewhere\t'), /unknown source somewhere/],
            ['functional.tsv', t => `${t}2999901\t某项\t\t\trecall\t\t\n`, /no parent 29999/],
            ['sources.tsv', t => t.replace('凭记忆整理，未经文件核对', 'by recall'), /must be Chinese/],
            ['economic.tsv', t => `${t}2010101\t行政运行\t\t\trecall\t\t\n`, /not a 经济 code/],
        ];
        for (const [file, change, message] of cases) expect(check(dataWith(file, change)).output).toMatch(message);
    });

    it('refuses a recalled code whose name a document prints under a sibling code', () => {
        const contradicted = dataWith('functional.tsv', t => `${t}2129999\t其他城乡社区支出\t\t\trecall\t\t\n`);
        expect(check(contradicted).output).toMatch(/2129999 其他城乡社区支出 is recalled, but a document prints that name under 2129901/);
    });

    it('refuses a source that no row cites', () => {
        const unused = dataWith('sources.tsv', t => `${t}nowhere\t无处引用的来源\tyes\tcited by no row\n`);
        expect(check(unused)).toMatchObject({ status: 1, output: expect.stringContaining('nowhere is cited by no row') });
    });

    it('counts the rows each source vouches for, and the counts add up to the rows of the data', () => {
        const { output } = check();
        for (const [scheme, file] of [['功能', 'functional.tsv'], ['经济', 'economic.tsv']]) {
            const line = output.split('\n').find(l => l.trim().startsWith(`${scheme} rows by source:`));
            const counts = [...(line ?? '').matchAll(/([a-z0-9-]+) (\d+)/g)].map(m => Number(m[2]));
            const rows = fs.readFileSync(path.join(DATA, file), 'utf8').split('\n').slice(1).filter(l => l.trim()).length;
            expect(counts.reduce((a, b) => a + b, 0), scheme).toBe(rows);
            expect(line).toMatch(/recall \d+/);
        }
    });

    it('covers every 类 of the 支出功能分类 and of the 部门预算支出经济分类', () => {
        const names = (codes: string[]) => codes.map(code => `${code} ${shipped.entry(code)?.entry.name}`);
        expect(names(['201', '205', '206', '207', '208', '210', '211', '212', '213', '214', '215', '216', '217', '219', '220', '221', '222', '224', '227', '229', '231', '232', '233', '234'])).toEqual([
            '201 一般公共服务支出', '205 教育支出', '206 科学技术支出', '207 文化旅游体育与传媒支出', '208 社会保障和就业支出',
            '210 卫生健康支出', '211 节能环保支出', '212 城乡社区支出', '213 农林水支出', '214 交通运输支出', '215 资源勘探工业信息等支出',
            '216 商业服务业等支出', '217 金融支出', '219 援助其他地区支出', '220 自然资源海洋气象等支出', '221 住房保障支出',
            '222 粮油物资储备支出', '224 灾害防治及应急管理支出', '227 预备费', '229 其他支出', '231 债务还本支出',
            '232 债务付息支出', '233 债务发行费用支出', '234 抗疫特别国债安排的支出',
        ]);
        expect(names(['301', '302', '303', '307', '309', '310', '312', '313', '399'])).toEqual([
            '301 工资福利支出', '302 商品和服务支出', '303 对个人和家庭的补助', '307 债务利息及费用支出', '309 资本性支出（基本建设）',
            '310 资本性支出', '312 对企业补助', '313 对社会保障基金补助', '399 其他支出',
        ]);
        const count = (scheme: string, length: number) => SHIPPED_SUBJECT_CODES.filter(e => e.scheme === scheme && e.code.length === length).length;
        expect(count('功能', 5)).toBeGreaterThan(150);
        expect(count('功能', 7)).toBeGreaterThan(800);
        expect(count('经济', 5)).toBeGreaterThan(90);
    });

    it('shows users its sources in Chinese, and says which names are only recalled', () => {
        const latin = SHIPPED_SUBJECT_CODES.flatMap(e => [e.source, ...(e.names ?? []).map(n => n.source ?? '')]).filter(s => /[A-Za-z]/.test(s));
        expect(latin).toEqual([]);
        expect(shipped.entry('30113')!.entry).toMatchObject({ source: '上海市2024年度部门决算公开模板' });
        expect(shipped.entry('30113')!.entry.checked).toBeUndefined();
        expect(shipped.entry('2010101')!.entry).toMatchObject({ source: '凭记忆整理，未经文件核对', checked: false });
    });

    it('gives the 2025 科目说明 of 30201 and 30202 as quoted with their year', () => {
        expect(shipped.entry('30201')!.entry).toMatchObject({ name: '办公费', definition: '反映单位购买日常办公用品、书报杂志等支出。' });
        expect(shipped.entry('30202')!.entry).toMatchObject({ name: '印刷费', definition: '反映单位的印刷费支出。' });
    });

    it('gives the path 类 › 款 › 项 with names', () => {
        expect(shipped.pathOf('2010301').map(p => `${p.code} ${p.name} ${p.level}`)).toEqual([
            '201 一般公共服务支出 类', '20103 政府办公厅（室）及相关机构事务 款', '2010301 行政运行 项',
        ]);
        expect(shipped.pathOf('30101').map(p => `${p.code} ${p.name} ${p.scheme}`)).toEqual(['301 工资福利支出 经济', '30101 基本工资 经济']);
    });
});

describe('names by year', () => {
    it('20805: 行政事业单位离退休 until 2019, 行政事业单位养老支出 from 2020', () => {
        const pension = shipped.entry('20805')!.entry;
        expect(judgeName(pension, '行政事业单位养老支出', 2020)).toEqual({ ok: true });
        expect(judgeName(pension, '行政事业单位离退休', 2019)).toEqual({ ok: true });
        expect(judgeName(pension, '行政事业单位离退休', 2020)).toMatchObject({
            ok: false, expected: '行政事业单位养老支出', outdated: { to: 2019 }, certain: true,
        });
    });

    it('21305: 扶贫 until 2021 beside the recalled new name, the new name checked from 2022; the 2024 name as the 2024 科目 print it', () => {
        const poverty = shipped.entry('21305')!.entry;
        expect(judgeName(poverty, '扶贫', 2020).ok).toBe(true);
        // a 2021 notice (渝财农〔2021〕18号) still reports under 扶贫; the new name is recalled for 2021
        expect(judgeName(poverty, '扶贫', 2021).ok).toBe(true);
        expect(judgeName(poverty, '巩固脱贫衔接乡村振兴', 2021).ok).toBe(true);
        expect(judgeName(poverty, '别的名字', 2021)).toMatchObject({ ok: false, expected: '扶贫', certain: true });
        // a 2022 notice (鄂财农发〔2022〕32号) books to it under the new name: certain
        expect(judgeName(poverty, '扶贫', 2022)).toMatchObject({ ok: false, expected: '巩固脱贫衔接乡村振兴', certain: true, outdated: { to: 2021 } });
        expect(poverty.names?.find(span => span.from === 2022)?.source).toContain('鄂财农发〔2022〕32号');
        // from 2024 both names are accepted, and the checked one is the one proposed
        expect(judgeName(poverty, '巩固脱贫衔接乡村振兴', 2024).ok).toBe(true);
        expect(judgeName(poverty, '巩固脱贫攻坚成果衔接乡村振兴', 2024).ok).toBe(true);
        expect(judgeName(poverty, '扶贫', 2024)).toMatchObject({ ok: false, expected: '巩固脱贫攻坚成果衔接乡村振兴', certain: true });
        expect(nameFor(poverty, 2020)).toBe('扶贫');
        expect(nameFor(poverty, 2025)).toBe('巩固脱贫攻坚成果衔接乡村振兴');
        // the 2024 name is accepted from 2022 on: which name the 2022 and 2023 科目 printed is not read
        expect(judgeName(poverty, '巩固脱贫攻坚成果衔接乡村振兴', 2023).ok).toBe(true);
        // a name used before it existed is not outdated but early
        expect(judgeName(poverty, '巩固脱贫攻坚成果衔接乡村振兴', 2020)).toMatchObject({ ok: false, outdated: { from: 2022 } });
    });

    it('2130599: 其他扶贫支出 still booked to in 2021, beside the recalled new name; outdated from 2022', () => {
        const other = shipped.entry('2130599')!.entry;
        expect(judgeName(other, '其他扶贫支出', 2021).ok).toBe(true);
        expect(judgeName(other, '其他巩固脱贫衔接乡村振兴支出', 2021).ok).toBe(true);
        // the 2021 notice is a document: a third name in 2021 is told the checked one, for certain
        expect(judgeName(other, '其他支出', 2021)).toMatchObject({ ok: false, expected: '其他扶贫支出', certain: true });
        expect(judgeName(other, '其他扶贫支出', 2022)).toMatchObject({ ok: false, certain: false, outdated: { to: 2021 } });
        expect(judgeName(other, '其他巩固脱贫攻坚成果衔接乡村振兴支出', 2024).ok).toBe(true);
        expect(other.names?.find(span => span.to === 2021)?.source).toContain('永老区办〔2021〕5号');
    });

    it('names by year from documents: a 2020 name bounded to its year, codes added in 2024 and 2025', () => {
        // the 2020 notice names 2081105 残疾人就业和扶贫; later years are not read, so they accept any name
        const disabled = shipped.entry('2081105')!.entry;
        expect(judgeName(disabled, '残疾人就业和扶贫', 2020).ok).toBe(true);
        expect(judgeName(disabled, '残疾人就业', 2020)).toMatchObject({ ok: false, certain: true });
        expect(judgeName(disabled, '残疾人就业', 2022).ok).toBe(true);
        // 22006 set up by 财预〔2024〕22号, 22911 by 财预〔2025〕41号: earlier years do not know them
        expect(judgeName(shipped.entry('22006')!.entry, '别的名字', 2023).ok).toBe(true);
        expect(judgeName(shipped.entry('22006')!.entry, '别的名字', 2024)).toMatchObject({ ok: false, expected: '耕地保护考核奖惩基金支出', certain: true });
        expect(shipped.entry('22911')!.entry.names?.[0]).toMatchObject({ from: 2025, source: expect.stringContaining('财预〔2025〕41号') });
    });

    it('2100409: 重大公共卫生专项 in 2020, 重大公共卫生服务 from 2021, the old name still printed by a 2023 notice', () => {
        const major = shipped.entry('2100409')!.entry;
        expect(judgeName(major, '重大公共卫生专项', 2020).ok).toBe(true);
        expect(judgeName(major, '重大公共卫生服务', 2021).ok).toBe(true);
        // 益阳 books 2023 funds to 2100409 “重大公共卫生专项”: both names hold while the change is not settled
        expect(judgeName(major, '重大公共卫生专项', 2023).ok).toBe(true);
        expect(judgeName(major, '重大公共卫生服务', 2023).ok).toBe(true);
        expect(judgeName(major, '重大公共卫生专项', 2024)).toMatchObject({ ok: false, expected: '重大公共卫生服务', certain: true, outdated: expect.anything() });
        expect(judgeName(major, '重大公共卫生服务', 2020)).toMatchObject({ ok: false, expected: '重大公共卫生专项', outdated: { from: 2021 } });
    });

    it('2130199: 其他农业支出 in 2019 and 2020 notices, 其他农业农村支出 in 2023 and 2024 ones; both held while the year of the rename is unread', () => {
        const other = shipped.entry('2130199')!.entry;
        expect(judgeName(other, '其他农业支出', 2019).ok).toBe(true);
        expect(judgeName(other, '其他农业支出', 2020).ok).toBe(true);
        expect(judgeName(other, '其他农业农村支出', 2020).ok).toBe(true);
        // a notice can print a stale name (2100409 in 2023), so the old one stays accepted in 2023; the new one is proposed
        expect(judgeName(other, '其他农业支出', 2023).ok).toBe(true);
        expect(nameFor(other, 2023)).toBe('其他农业农村支出');
        expect(judgeName(other, '其他农业支出', 2024)).toMatchObject({ ok: false, expected: '其他农业农村支出', certain: true });
    });

    it('cites the document of the year itself before a span bridging several documents, whatever the row order', () => {
        const own = { name: '特殊学校教育', from: 2020, to: 2020, source: '2020 年的通知' };
        const bridge = { name: '特殊学校教育', from: 2020, to: 2024, source: '2024 年的通知' };
        for (const names of [[own, bridge], [bridge, own]]) {
            const entry = { code: '2050701', name: '特殊学校教育', scheme: '功能' as const, source: '2024 年的通知', names };
            expect(spanFor(entry, 2020)).toBe(own);
            expect(spanFor(entry, 2021)).toBe(bridge);
        }
        expect(spanFor(shipped.entry('2050701')!.entry, 2020)?.source).toContain('鹤山市关于下达2020年');
        expect(describeSpan(own)).toBe('2020 年度');
        expect(describeSpan(bridge)).toBe('2020—2024 年度');
    });

    it('drops a recalled code a document contradicts: the name is printed under another code', () => {
        expect(shipped.entry('2296006')!.entry.name).toBe('用于残疾人事业的彩票公益金支出');
        expect(shipped.entry('2296008')).toBeUndefined();
        expect(shipped.entry('2080207')!.entry.name).toBe('行政区划和地名管理');
        expect(shipped.entry('2080205')).toBeUndefined();
    });

    it('a recalled name a document confirms is checked, with that document as its source', () => {
        // the source named is the latest document printing the name: 湘潭's 2024 notice after 四平's of 2022
        expect(shipped.entry('2081901')!.entry).toMatchObject({ name: '城市最低生活保障金支出', source: expect.stringContaining('湘潭市财政局') });
        expect(shipped.entry('2081901')!.entry.checked).toBeUndefined();
        expect(shipped.entry('2082102')!.entry).toMatchObject({ name: '农村特困人员救助供养支出', source: expect.stringContaining('湘潭市财政局') });
        expect(shipped.entry('2082102')!.entry.checked).toBeUndefined();
        expect(shipped.entry('224')!.entry.source).toContain('财资环〔2023〕48号');
        expect(shipped.entry('31005')!.entry).toMatchObject({ scheme: '经济', source: expect.stringContaining('城口县财政局') });
        expect(shipped.entry('2060503')!.entry.definition).toBe('反映国家用于完善科技条件的支出，包括科技文献信息、网络环境支撑等科技条件专项支出等。');
        expect(shipped.entry('2120816')!.entry).toMatchObject({ name: '农业农村生态环境支出', source: expect.stringContaining('莆田市财政局') });
        expect(shipped.entry('2120816')!.entry.checked).toBeUndefined();
        // a district's 2022 决算 explanation prints the 款 of 201 with their codes
        expect(shipped.entry('20138')!.entry).toMatchObject({ name: '市场监督管理事务', source: expect.stringContaining('泉州台商投资区') });
        expect(shipped.entry('20138')!.entry.checked).toBeUndefined();
        expect(shipped.entry('2120810')!.entry).toMatchObject({ name: '棚户区改造支出', source: expect.stringContaining('豫财综〔2021〕40号') });
    });

    it('gives the 2023 科目说明 of 301 where 2023 revised it, the 2020 one where it did not', () => {
        const definition = (code: string) => shipped.entry(code)?.entry.definition;
        expect(definition('30103')).toBe('反映按照规定发放的奖金，包括机关工作人员年终一次性奖金、绩效奖金（基础绩效奖、年度绩效奖）等。');
        expect(definition('30110')).toBe('反映单位为职工缴纳的基本医疗保险（含生育保险）费。');
        expect(definition('30107')).toBe('反映事业单位工作人员的绩效工资。');
        expect(shipped.entry('30103')?.entry).toMatchObject({ name: '奖金', source: expect.stringContaining('2023年政府收支分类科目') });
        expect(shipped.entry('30103')?.entry.checked).toBeUndefined();
    });

    it('gives the 科目说明 published reports quote in their 名词解释', () => {
        const definition = (code: string) => shipped.entry(code)?.entry.definition;
        expect(definition('207')).toBe('反映政府在文化、旅游、体育、广播影视、新闻出版等方面的支出。');
        expect(definition('302')).toBe('反映单位购买商品和服务的支出，不包括用于购置固定资产、战略性和应急性物资储备等资本性支出。');
        expect(definition('2101102')).toMatch(/^反映财政部门安排的事业单位基本医疗保险缴费经费/);
    });

    it('21307: the recalled 项 one code off are moved where notices book to them, the unplaced one dropped', () => {
        expect(shipped.entry('2130705')!.entry).toMatchObject({ name: '对村民委员会和村党支部的补助', checked: false });
        expect(shipped.entry('2130706')!.entry).toMatchObject({ name: '对村集体经济组织的补助', checked: false });
        expect(shipped.entry('2130704')).toBeUndefined();
        expect(shipped.entry('2130799')!.entry.name).toBe('其他农村综合改革支出');
    });

    it('39910: no document settles the name, so both recalled names are accepted and only a third is hinted at', () => {
        const donation = shipped.entry('39910')!.entry;
        expect(judgeName(donation, '资本性赠与', 2024).ok).toBe(true);
        expect(judgeName(donation, '资本性拨款', 2024).ok).toBe(true);
        expect(judgeName(donation, '资本性补助', 2024)).toMatchObject({ ok: false, expected: '资本性赠与', certain: false });
    });

    it('accepts any name in a year the entry holds no name for', () => {
        const entry = { code: '20139', name: '社会工作事务', scheme: '功能' as const, source: '测试', names: [{ name: '社会工作事务', from: 2024 }] };
        expect(judgeName(entry, '别的名字', 2020)).toEqual({ ok: true });
        expect(judgeName(entry, '别的名字', 2024)).toMatchObject({ ok: false, certain: true });
    });

    it('in a year no document prints, proposes the recalled name a document prints for another year', () => {
        // 2080501: 行政单位离退休 printed for 2024, the older recalled name beside it; 21301: 农业农村 printed for
        // 2024, 农业 recalled for 2020–2023
        const entry = (code: string) => shipped.entry(code)!.entry;
        expect(nameFor(entry('2080501'), 2022)).toBe('行政单位离退休');
        expect(judgeName(entry('2080501'), '离退休', 2022)).toMatchObject({ ok: false, certain: false, expected: '行政单位离退休' });
        expect(judgeName(entry('2080501'), '归口管理的行政单位离退休', 2022).ok).toBe(true);
        expect(nameFor(entry('21301'), 2022)).toBe('农业农村');
        expect(entry('2080501')).toMatchObject({ name: '行政单位离退休', source: '上海市2024年度公开的部门决算' });
    });
});

describe('a code the catalogue lacks', () => {
    it('takes its name from the report’s own table, and nothing calls it unknown', async () => {
        const text = '年度 2021\n附表 6 一般公共预算财政拨款支出决算表 {\n  列【合计】\n  201 一般公共服务支出 1 {\n    20198 某新款 1 {\n      2019801 某新项 1\n    }\n  }\n}\n';
        const { Juesuan } = createJuesuanServices(EmptyFileSystem);
        const document = await parseHelper<Report>(Juesuan)(text, { validation: true });
        const report = document.parseResult.value;
        expect(shipped.entry('2019801')).toBeUndefined();
        expect(shipped.pathOf('2019801', report, 2021).map(p => `${p.code} ${p.name}`)).toEqual(['201 一般公共服务支出', '20198 某新款', '2019801 某新项']);
        expect((document.diagnostics ?? []).filter(d => /科目|编码/.test(d.message))).toEqual([]);
    });
});

describe('glossary labels', () => {
    it('split into name（digits） segments, brackets inside names kept', () => {
        const segments = parseLabel('一般公共服务（201）政府办公厅（室）及相关机构事务（03）行政运行（01）');
        expect(segments.map(s => [s.name, s.code])).toEqual([
            ['一般公共服务', '201'], ['政府办公厅（室）及相关机构事务', '20103'], ['行政运行', '2010301'],
        ]);
        expect(parseLabel('农林水支出（213）扶贫（05）（99）').map(s => s.name)).toEqual(['农林水支出', '扶贫', '']);
    });
});

describe('user catalogue files', () => {
    it('reads TSV with years per name', () => {
        const entries = parseTsvCatalogue([
            'code\tname\tfrom\tto\tdefinition',
            '21305\t扶贫\t\t2020\t',
            '21305\t巩固脱贫衔接乡村振兴\t2021\t\t反映用于巩固脱贫攻坚成果衔接乡村振兴的支出。',
            '2999999\t某项\t\t\t',
        ].join('\n'));
        expect(entries[0]).toMatchObject({
            code: '21305', name: '巩固脱贫衔接乡村振兴', scheme: '功能',
            names: [{ name: '扶贫', to: 2020 }, { name: '巩固脱贫衔接乡村振兴', from: 2021 }],
            definition: '反映用于巩固脱贫攻坚成果衔接乡村振兴的支出。',
        });
        expect(() => parseTsvCatalogue('编码\t名称\n201\t一般')).toThrow(/code/);
    });

    it('reads JSON', () => {
        expect(parseJsonCatalogue('[{"code":"30113","name":"住房公积金","definition":"按规定缴存的住房公积金。"}]')[0])
            .toMatchObject({ code: '30113', scheme: '经济', definition: '按规定缴存的住房公积金。', source: '工作区科目表' });
        expect(() => parseJsonCatalogue('[{"code":"12","name":"x"}]')).toThrow(/3、5 或 7 位/);
    });
});

/** A file system holding one file. */
class OneFile implements FileSystemProvider {
    constructor(private readonly uri: string, public content: string) {}
    private node(uri: URI): FileSystemNode { return { isFile: true, isDirectory: false, uri }; }
    stat(uri: URI) { return Promise.resolve(this.node(uri)); }
    statSync(uri: URI) { return this.node(uri); }
    exists(uri: URI) { return Promise.resolve(uri.toString() === this.uri); }
    existsSync(uri: URI) { return uri.toString() === this.uri; }
    readBinary(): Promise<Uint8Array> { return Promise.resolve(new TextEncoder().encode(this.content)); }
    readBinarySync(): Uint8Array { return new TextEncoder().encode(this.content); }
    readFile(uri: URI) { return uri.toString() === this.uri ? Promise.resolve(this.content) : Promise.reject(new Error('没有这个文件')); }
    readFileSync() { return this.content; }
    readDirectory() { return Promise.resolve([]); }
    readDirectorySync() { return []; }
}

describe('layers: 名词解释, then the workspace file of the setting, then the shipped catalogue', () => {
    it('reads the file named in juesuan.catalogue.path, again when it changes, and checks names against it', async () => {
        const file = new OneFile('file:///catalogue/codes.json', JSON.stringify([
            { code: '30113', name: '住房公积金支出', definition: '单位为职工缴存的住房公积金。' },
            { code: '2010301', name: '行政运行', definition: '本单位自己的解释。' },
            { code: '2050101', name: '行政运行' },
        ]));
        const { shared, Juesuan } = createJuesuanServices({ fileSystemProvider: () => file });
        const catalogue = Juesuan.catalogue.SubjectCodes;
        expect(catalogue).toBeInstanceOf(SubjectCodeCatalogue);
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { juesuan: { catalogue: { path: '/catalogue/codes.json' } } } });
        await catalogue.ready;
        expect(catalogue.loadError).toBeUndefined();
        expect(catalogue.entry('30113')).toMatchObject({ layer: '工作区科目表', entry: { name: '住房公积金支出', scheme: '经济' } });
        // the user's file is their authority: a name it gives counts as checked, over a recalled one
        expect(CodeCatalogue.SHIPPED.entry('2050101')!.entry.checked).toBe(false);
        expect(catalogue.entry('2050101')!.entry.checked).toBeUndefined();

        const document = await parseHelper<Report>(Juesuan)(SEED, { validation: true });
        const report = document.parseResult.value;
        // the document's own 名词解释 comes first
        expect(catalogue.lookup('2010301', report, 2020)).toMatchObject({
            definitionLayer: '名词解释', catalogueDefinition: '本单位自己的解释。', layer: '工作区科目表',
        });
        // the workspace file over the shipped catalogue
        expect(catalogue.lookup('30113', report, 2020)).toMatchObject({ name: '住房公积金支出', definition: '单位为职工缴存的住房公积金。' });
        const codeName = (document.diagnostics ?? []).filter(d => d.code === 'code-name').map(d => d.message);
        expect(codeName.some(m => m.includes('30113'))).toBe(false);
        expect(codeName.some(m => m.includes('30239'))).toBe(true);

        // the file changes: read again
        file.content = JSON.stringify([{ code: '30113', name: '住房公积金', definition: '改过的解释。' }]);
        shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles!({ changes: [{ uri: 'file:///catalogue/codes.json', type: 2 }] });
        await catalogue.ready;
        expect(catalogue.lookup('30113').definition).toBe('改过的解释。');
    });

    it('says why a file named in the setting cannot be read, and falls back to the shipped catalogue', async () => {
        const { shared, Juesuan } = createJuesuanServices({ fileSystemProvider: () => new OneFile('file:///x.json', '[]') });
        const catalogue = Juesuan.catalogue.SubjectCodes;
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { juesuan: { catalogue: { path: '/missing.tsv' } } } });
        await catalogue.ready;
        expect(catalogue.loadError).toMatch(/无法读取科目表/);
        expect(catalogue.entry('2010301')?.layer).toBe('内置科目表');
    });
});
