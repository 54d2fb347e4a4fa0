// The generated 目录 goes as deep as the report's own contents say: the parts alone (河北: 一、部门决算公开表 /
// 二、部门决算信息公开情况说明), parts and sections without the tables (浙江 2020: 二、部门决算表 lists none), or none at
// all; every part, section and table where the report says nothing.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportReport } from '../../src/export/index.js';
import { parseReport } from '../../src/generation/report-source.js';
import { buildHtml, SMALL_TOTAL_TABLE, TOWN_HEAD } from './helpers.js';

const report = (contents?: string) => `${TOWN_HEAD}${contents === undefined ? '' : `目录 「${contents}」\n`}
部分 「一、部门概况」
部分 「二、部门决算表」
部分 「三、部门决算情况说明」

部门概况 {
  主要职能 「负责全镇的行政管理。」
}

${SMALL_TOTAL_TABLE}
情况说明 {
  收入支出决算总体情况说明 「收入总计100.00万元。」
}
`;

const toc = (html: string) => [...html.matchAll(/<li class="toc-(\d)">(?:<a [^>]*>)?([^<]*)/g)].map(m => `${m[1]} ${m[2]}`);

describe('contents as deep as the report\'s own', () => {
    it('lists every part, section and table by default', () => {
        const lines = toc(buildHtml(report()));
        expect(lines).toContain('1 二、部门决算表');
        expect(lines.some(l => l.startsWith('2 ') && l.includes('收入支出决算总表'))).toBe(true);
        expect(lines.some(l => l.startsWith('2 ') && l.includes('收入支出决算总体情况说明'))).toBe(true);
    });

    it('lists the attachments under their part where the line says its contents list them (四川 2022 on: 渠县 bare, 眉山 附件1)', () => {
        // test/trials/sichuan-2024-county-agricultural-technology-centre.txt: 第四部分附件, nothing under it
        const sichuan = (contents: string) => toc(buildHtml(`模板 「四川 2024」\n部门 「某县农业农村局」\n年度 2024\n单位 万元\n${contents}
附件 「某县农业农村局2024年度部门整体支出绩效自评报告」 「自评得分94分。」
`));
        expect(sichuan('')).toContain('2 附件1');
        expect(sichuan('目录 「部分、各节、附件和各表」\n')).toContain('2 附件1');
        const bare = sichuan('目录 「部分、各节和各表」\n');
        expect(bare).toContain('1 第四部分 附件');
        expect(bare).not.toContain('2 附件1');
        // the sections and tables still listed
        expect(bare.some(l => l.startsWith('2 ') && l.includes('收入支出决算总表'))).toBe(true);
        // a line that names 附件 only to leave them out lists none either; nor the tables it says it leaves out
        for (const line of ['目录 「部分、各节和各表，不列附件」\n', '目录 「部分、各节和各表（无附件）」\n', '目录 「部分、各节和各表，不含附件」\n']) {
            const without = sichuan(line);
            expect(without, line).toContain('1 第四部分 附件');
            expect(without, line).not.toContain('2 附件1');
            expect(without.some(l => l.startsWith('2 ') && l.includes('收入支出决算总表')), line).toBe(true);
        }
        // the words after the noun as before it (test/validation/cases/sichuan-2024/trial-*: 目录在第四部分 附件下不列附件)
        for (const line of ['目录 「部分、各节和各表，附件下不列各附件」\n', '目录 「部分、各节和各表（附件不列）」\n', '目录 「部分、各节和各表，附件不编入目录」\n']) {
            const without = sichuan(line);
            expect(without, line).toContain('1 第四部分 附件');
            expect(without, line).not.toContain('2 附件1');
            expect(without.some(l => l.startsWith('2 ') && l.includes('收入支出决算总表')), line).toBe(true);
        }
        for (const line of ['目录 「部分和各节，不列各表」\n', '目录 「部分和各节，各表不列」\n', '目录 「部分和各节，附表不再列示」\n']) {
            const noTables = sichuan(line);
            expect(noTables.some(l => l.includes('收入支出决算总表')), line).toBe(false);
            expect(noTables.some(l => l.includes('收入支出决算总体情况说明')), line).toBe(true);
        }
        // what a negation names after it is all it leaves out: the tables still listed, without their labels
        const unlabelled = sichuan('目录 「部分、各节和各表，各表不列表号」\n');
        expect(unlabelled.some(l => l.startsWith('2 ') && l.includes('收入支出决算总表'))).toBe(true);
        // a negation followed by more than a listing verb leaves out what it names, not its whole clause: bare 表 and 节 name
        // the tables and sections, other words (不分页) nothing
        const sectionsOnly = sichuan('目录 「部分和各节不列表」\n');
        expect(sectionsOnly.some(l => l.includes('收入支出决算总表'))).toBe(false);
        expect(sectionsOnly.some(l => l.includes('收入支出决算总体情况说明'))).toBe(true);
        for (const line of ['目录 「只列部分和各表不列节」\n', '目录 「部分和各表不分页」\n']) {
            const tablesOnly = sichuan(line);
            expect(tablesOnly.some(l => l.startsWith('2 ') && l.includes('收入支出决算总表')), line).toBe(true);
            expect(tablesOnly.some(l => l.includes('收入支出决算总体情况说明')), line).toBe(false);
        }
    });

    it('lists the parts alone where its contents print only them (目录 「部分」)', () => {
        const html = buildHtml(report('部分'));
        expect(toc(html)).toEqual(['1 一、部门概况', '1 二、部门决算表', '1 三、部门决算情况说明', '1 四、名词解释']);
        // the body is unchanged
        expect(html).toContain('收入支出决算总表');
    });

    it('has Word\'s contents list what the HTML\'s list, each line a link to a bookmark at its place', async () => {
        const documentXml = async (contents?: string) => {
            const docx = await JSZip.loadAsync(await exportReport(parseReport(report(contents)).model, 'docx') as Buffer);
            return docx.file('word/document.xml')!.async('string');
        };
        // the lines of the contents: the text of each link, and where it leads
        const links = (xml: string) => [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)]
            .map(m => ({ anchor: m[1], text: [...m[2].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(t => t[1]).join('') }));
        const htmlLines = (contents?: string) => toc(buildHtml(report(contents))).map(l => l.slice(2));
        for (const depth of [undefined, '部分', '部分、概况各节和各表']) {
            const xml = await documentXml(depth);
            const lines = links(xml);
            expect(lines.map(l => l.text)).toEqual(htmlLines(depth));
            // a field would list every heading of a level and no table: none is left for Word to fill
            expect(xml).not.toMatch(/TOC \\h/);
            for (const { anchor } of lines) expect(xml).toContain(`<w:bookmarkStart w:name="${anchor}"`);
        }
        expect(links(await documentXml()).some(l => l.text.includes('收入支出决算总表'))).toBe(true);
        expect(links(await documentXml('无'))).toEqual([]);
    });

    it('lists parts and sections but no table where its contents list none (目录 「部分和各节」)', () => {
        const lines = toc(buildHtml(report('部分和各节')));
        expect(lines).toContain('1 二、部门决算表');
        expect(lines.some(l => l.includes('收入支出决算总体情况说明'))).toBe(true);
        expect(lines.some(l => l.includes('决算总表') || l.includes('决算表') && l.startsWith('2 '))).toBe(false);
    });

    it('lists parts and tables but no section where its contents list none (目录 「部分和各表」, 北京)', () => {
        const lines = toc(buildHtml(report('部分和各表')));
        expect(lines.filter(l => l.startsWith('1 '))).toEqual(['1 一、部门概况', '1 二、部门决算表', '1 三、部门决算情况说明', '1 四、名词解释']);
        expect(lines.some(l => l.startsWith('2 ') && l.includes('收入支出决算总表'))).toBe(true);
        expect(lines.some(l => l.includes('情况说明') && l.startsWith('2 '))).toBe(false);
        expect(lines.some(l => l.includes('主要职能') || l.includes('部门职责'))).toBe(false);
    });

    it('prints no contents where the report prints none (目录 「无」)', () => {
        const html = buildHtml(report('无'));
        expect(toc(html)).toEqual([]);
        expect(html).not.toContain('>目录<');
    });

    it('lists 概况\'s sections and the tables but not those of 情况说明 where its contents list only these (目录 「部分、概况各节和各表」, 山西, 广东)', () => {
        const lines = toc(buildHtml(report('部分、概况各节和各表')));
        expect(lines.some(l => l.startsWith('2 ') && l.includes('主要职能'))).toBe(true);
        expect(lines.some(l => l.startsWith('2 ') && l.includes('收入支出决算总表'))).toBe(true);
        expect(lines.some(l => l.includes('收入支出决算总体情况说明'))).toBe(false);
    });

    it('lists 情况说明\'s sections but not 概况\'s where its contents list only those (目录 「部分、情况说明各节和各表」)', () => {
        const lines = toc(buildHtml(report('部分、情况说明各节和各表')));
        expect(lines.some(l => l.startsWith('2 ') && l.includes('收入支出决算总体情况说明'))).toBe(true);
        expect(lines.some(l => l.includes('主要职能') || l.includes('部门职责'))).toBe(false);
        expect(lines.some(l => l.startsWith('2 ') && l.includes('收入支出决算总表'))).toBe(true);
    });

    it('reads how deep the contents go and how they list the tables from one line, or from two (青岛: 概况\'s sections, tables by ordinal)', () => {
        const oneLine = toc(buildHtml(report('部分、概况各节和各表，表号和表名')));
        const twoLines = toc(buildHtml(report('部分、概况各节和各表」\n目录 「表号和表名')));
        for (const lines of [oneLine, twoLines]) {
            expect(lines).toContain('2 公开01表 收入支出决算总表');
            expect(lines.some(l => l.startsWith('2 ') && l.includes('主要职能'))).toBe(true);
            expect(lines.some(l => l.includes('收入支出决算总体情况说明'))).toBe(false);
        }
    });

    it('still lists the tables by label where the line speaks of them (目录 「表号和表名」)', () => {
        const lines = toc(buildHtml(report('表号和表名')));
        expect(lines.some(l => l.startsWith('2 ') && l.includes('收入支出决算总表'))).toBe(true);
    });
});

describe('contents leaving out the tables without data where the line says so', () => {
    const withEmpty = (contents: string) => report(contents).replace(SMALL_TOTAL_TABLE, `${SMALL_TOTAL_TABLE}
表8 政府性基金预算财政拨款收入支出决算表 {
  无数据 「本镇没有政府性基金预算财政拨款收支，本表无数据。」
}
`);
    for (const line of ['部分、各节和各表，无数据的表不列', '部分、各节和各表（空表不列示）', '部分、各节和各表，没有数据的表不列', '部分、各节和各表（无数据的不列）',
        '部分、各节和各表，本表无数据的不再列示', '部分、各节和各表，公开表中无数据的不列', '部分、各节和各表，空表未列',
        '部分、各节和各表，数据为零的表不单独列示', '部分、各节和各表，数据为零的表不列', '部分、各节和各表（本表无数据，不公开）',
        '部分、各节和各表，无数据的表，不单独列示', '部分、各节和各表，空表，不列入目录']) {
        it(`lists the tables with data, not the empty one, and still prints it (${line})`, () => {
            const html = buildHtml(withEmpty(line));
            const lines = toc(html);
            expect(lines.some(l => l.startsWith('2 ') && l.includes('收入支出决算总表'))).toBe(true);
            expect(lines.some(l => l.includes('政府性基金预算财政拨款收入支出决算表'))).toBe(false);
            // the table is the source's: printed in its place with its statement
            expect(html.slice(html.indexOf('</nav>'))).toContain('政府性基金预算财政拨款收入支出决算表');
            expect(html).toContain('本表无数据');
        });
    }
    // nor where its clause on them lists them (无数据的表照列), the negation in another clause, with its own object
    for (const line of ['部分、各节和各表', '部分、各节和各表，无数据的表照列，不另说明', '部分、各节和各表，空表照列，附表不单独列示',
        '部分、各节和各表，无数据的表照列，不列附件']) {
        it(`lists it where the line does not leave out empty tables (${line})`, () => {
            expect(toc(buildHtml(withEmpty(line))).some(l => l.includes('政府性基金预算财政拨款收入支出决算表'))).toBe(true);
        });
    }
});
