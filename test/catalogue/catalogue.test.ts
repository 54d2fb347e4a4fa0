import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileSystemNode, FileSystemProvider, URI } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import {
    CodeCatalogue, judgeName, parseJsonCatalogue, parseTsvCatalogue, SubjectCodeCatalogue,
} from '../../src/catalogue/catalogue.js';
import { parseLabel } from '../../src/catalogue/glossary.js';
import { SHIPPED_SUBJECT_CODES } from '../../src/catalogue/subject-codes.js';
import type { Report } from '../../src/language/generated/ast.js';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import { ROOT, SEED } from '../lsp/seed.js';

const shipped = CodeCatalogue.SHIPPED;

describe('the shipped catalogue', () => {
    it('is the data of shared/data/subject-codes.tsv, built by scripts/build-catalogue.mjs', () => {
        const tsv = path.join(ROOT, '..', 'shared', 'data', 'subject-codes.tsv');
        if (!fs.existsSync(tsv)) return; // a clone without shared/ beside it
        const rows = fs.readFileSync(tsv, 'utf8').split(/\r?\n/).slice(1).filter(l => l.trim());
        expect(SHIPPED_SUBJECT_CODES.map(e => e.code)).toEqual(rows.map(r => r.split('\t')[0]));
        const byCode = new Map(rows.map(r => [r.split('\t')[0], r.split('\t')]));
        for (const entry of SHIPPED_SUBJECT_CODES) {
            const [, name, scheme, source, definition] = byCode.get(entry.code)!;
            expect({ name: entry.name, scheme: entry.scheme, source: entry.source, definition: entry.definition ?? '' })
                .toEqual({ name, scheme, source, definition: definition ?? '' });
        }
    });

    it('gives the path 类 › 款 › 项 with names', () => {
        expect(shipped.pathOf('2010301').map(p => `${p.code} ${p.name} ${p.level}`)).toEqual([
            '201 一般公共服务支出 类', '20103 政府办公厅（室）及相关机构事务 款', '2010301 行政运行 项',
        ]);
        expect(shipped.pathOf('30101').map(p => `${p.code} ${p.name} ${p.scheme}`)).toEqual(['301 工资福利支出 经济', '30101 基本工资 经济']);
    });

    it('knows the years of the renames the data gives, and leaves unknown years open', () => {
        const pension = shipped.entry('20805')!.entry;
        expect(judgeName(pension, '行政事业单位养老支出', 2020)).toEqual({ ok: true });
        expect(judgeName(pension, '行政事业单位离退休', 2019)).toEqual({ ok: true });
        const outdated = judgeName(pension, '行政事业单位离退休', 2020);
        expect(outdated).toMatchObject({ ok: false, expected: '行政事业单位养老支出', outdated: { to: 2019 } });
        const poverty = shipped.entry('21305')!.entry;
        // “later”: no year given, so neither name is wrong in any year
        expect(judgeName(poverty, '扶贫', 2020).ok).toBe(true);
        expect(judgeName(poverty, '巩固脱贫衔接乡村振兴', 2020).ok).toBe(true);
        expect(poverty.names!.every(n => n.from === undefined && n.to === undefined)).toBe(true);
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
        ]));
        const { shared, Juesuan } = createJuesuanServices({ fileSystemProvider: () => file });
        const catalogue = Juesuan.catalogue.SubjectCodes;
        expect(catalogue).toBeInstanceOf(SubjectCodeCatalogue);
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { juesuan: { catalogue: { path: '/catalogue/codes.json' } } } });
        await catalogue.ready;
        expect(catalogue.loadError).toBeUndefined();
        expect(catalogue.entry('30113')).toMatchObject({ layer: '工作区科目表', entry: { name: '住房公积金支出', scheme: '经济' } });

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
