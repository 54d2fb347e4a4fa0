// Lines a report prints under its title (陕西: 保密审查情况：已审查, 部门主要负责人审签情况：已审签) are
// written as 名称 「文字」 lines of their own: they parse, and the built report prints them on its cover as written,
// with the colon where the source writes one and without it where it writes none (云南: 监督索引号53990000000002000).
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/generation/report-source.js';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「秦川县审计局」
年度 2023
单位 万元
保密审查情况：「已审查」
部门主要负责人审签情况:「已审签」
部门概况 { 部门职责 「负责全县审计工作。」 }
`;

describe('lines under the report title', () => {
    it('parses them as the report\'s own lines, in order, beside its information', () => {
        const { model } = parseReport(REPORT);
        expect(model.meta.coverLines).toEqual([{ key: '保密审查情况', value: '已审查', colon: '：' }, { key: '部门主要负责人审签情况', value: '已审签', colon: ':' }]);
        expect(model.meta.department).toBe('秦川县审计局');
    });

    it('prints them on the cover, after the title and before the contents', () => {
        const text = visibleText(buildHtml(REPORT));
        const cover = text.slice(0, text.indexOf('目录'));
        expect(cover).toMatch(/部门决算[\s\S]*保密审查情况：已审查[\s\S]*部门主要负责人审签情况:已审签/);
    });
});

describe('金额单位 with a text', () => {
    it('is a cover line printed as written, not a table\'s unit line', () => {
        const source = REPORT.replace('单位 万元\n', '单位 万元\n金额单位 「万元」\n');
        expect(parseReport(source).model.meta.coverLines[0]).toEqual({ key: '金额单位', value: '万元' });
        const text = visibleText(buildHtml(source));
        expect(text.slice(0, text.indexOf('目录'))).toContain('金额单位万元');
    });
});

describe('a glossary term printed in 【】', () => {
    it('keeps its brackets and colon in the built report', () => {
        const source = `${REPORT}名词解释 {\n  【财政拨款收入】：「指本级财政当年拨付的资金。」\n}\n`;
        expect(visibleText(buildHtml(source))).toContain('【财政拨款收入】：指本级财政当年拨付的资金。');
    });
});

describe('lines over the report title', () => {
    it('prints a line written before the department\'s first on the cover, over the year and title, without a colon where written without (云南: 监督索引号)', () => {
        const source = REPORT.replace('部门 「秦川县审计局」\n', '监督索引号 「53990000000002000」\n部门 「秦川县审计局」\n');
        expect(parseReport(source).model.meta.coverLines[0]).toEqual({ key: '监督索引号', value: '53990000000002000', over: true });
        const text = visibleText(buildHtml(source));
        const cover = text.slice(0, text.indexOf('目录'));
        expect(cover).not.toContain('监督索引号：');
        expect(cover).toMatch(/监督索引号53990000000002000[\s\S]*2023年度[\s\S]*秦川县审计局[\s\S]*部门决算[\s\S]*保密审查情况：已审查/);
    });
});

describe('the cover\'s title as the report prints it (封面 「…」)', () => {
    const written = REPORT.replace('单位 万元\n', '单位 万元\n封面 「2023年秦川县审计局（本级）<部门>决算」\n');

    it('is printed in place of the year, department and title the layout composes, escaped, and is no line under the title', () => {
        const { model } = parseReport(written);
        expect(model.meta.cover).toEqual(['2023年秦川县审计局（本级）<部门>决算']);
        expect(model.meta.coverLines.map(l => l.key)).not.toContain('封面');
        const html = buildHtml(written);
        expect(html).toContain('<div class="cover-title written"><div>2023年秦川县审计局（本级）&lt;部门&gt;决算</div></div>');
        expect(html).not.toContain('<div class="cover-year">');
        expect(html).not.toContain('<div class="cover-department">');
        expect(html).not.toContain('封面：');
        // the lines under the title stay
        const text = visibleText(html);
        expect(text.slice(0, text.indexOf('目录'))).toMatch(/2023年秦川县审计局（本级）<部门>决算[\s\S]*保密审查情况：已审查/);
    });

    it('is printed a line each where the report writes it on two', () => {
        const html = buildHtml(REPORT.replace('单位 万元\n', '单位 万元\n封面 「秦川县审计局」\n封面 「2023年度部门决算」\n'));
        expect(html).toContain('<div class="cover-title written"><div>秦川县审计局</div><div>2023年度部门决算</div></div>');
    });

    it('leaves the composed cover where the report writes none', () => {
        const html = buildHtml(REPORT);
        expect(html).toContain('<div class="cover-year">2023年度</div>');
        expect(html).toContain('<div class="cover-title">部门决算</div>');
    });
});

describe('lines under the contents\' heading (四川: 目录, then 公开时间：2023年9月15日)', () => {
    const sichuan = REPORT.replace('模板 「全国」', '模板 「四川 2020」').replace('保密审查情况：「已审查」\n', '目录\n公开时间 2023年9月15日\n保密审查情况：「已审查」\n');

    it('prints 公开时间 and the lines written after a bare 目录 under the contents\' heading, in order, not on the cover', () => {
        const { model } = parseReport(sichuan);
        expect(model.meta.publishedUnderContents).toBe(true);
        expect(model.meta.contents).toBe('');
        const text = visibleText(buildHtml(sichuan));
        const at = text.indexOf('目录');
        expect(text.slice(0, at)).not.toContain('公开时间');
        expect(text.slice(0, at)).not.toContain('保密审查情况');
        expect(text.slice(at)).toMatch(/^目录\s*公开时间：2023年9月15日\s*保密审查情况：已审查\s*部门主要负责人审签情况:已审签\s*第一部分/);
    });

    it('keeps them on the cover where written before the bare 目录, or where the report prints no contents (目录 「无」)', () => {
        const before = sichuan.replace('目录\n公开时间 2023年9月15日\n', '公开时间 2023年9月15日\n目录\n');
        const cover = (source: string) => { const text = visibleText(buildHtml(source)); return text.slice(0, text.indexOf('第一部分')); };
        expect(cover(before)).toMatch(/公开时间：2023年9月15日[\s\S]*目录/);
        expect(cover(sichuan.replace('目录\n', '目录 「无」\n目录\n'))).toContain('公开时间：2023年9月15日');
    });
});

describe('lines after the contents (江西: 注：本报告因金额单位转换原因可能存在尾数误差。)', () => {
    const jiangxi = REPORT.replace('保密审查情况：「已审查」\n部门主要负责人审签情况:「已审签」\n', '目录 「部分和各节」\n部分 「第一部分 秦川县审计局概况」\n注：「本报告因金额单位转换原因可能存在尾数误差。」\n');

    it('prints a line written after the 目录 line and the 部分 lines after it after the contents\' last line, not on the cover', () => {
        const { model } = parseReport(jiangxi);
        expect(model.meta.coverLines.find(l => l.key === '注')).toEqual({ key: '注', value: '本报告因金额单位转换原因可能存在尾数误差。', colon: '：', afterContents: true });
        const text = visibleText(buildHtml(jiangxi));
        const at = text.indexOf('目录');
        expect(text.slice(0, at)).not.toContain('注：');
        expect(text.slice(at)).toMatch(/^目录[\s\S]*第四部分 名词解释\s*注：本报告因金额单位转换原因可能存在尾数误差。\s*第一部分 秦川县审计局概况/);
    });

    it('keeps it on the cover where written before the 部分 lines, or where the report prints no contents (目录 「无」)', () => {
        const cover = (source: string) => { const text = visibleText(buildHtml(source)); return text.slice(0, text.indexOf('第一部分')); };
        expect(cover(jiangxi.replace(/(部分 「[^」]*」\n)(注：「[^」]*」\n)/, '$2$1'))).toMatch(/注：本报告[\s\S]*目录/);
        expect(cover(jiangxi.replace('目录 「部分和各节」', '目录 「无」'))).toContain('注：本报告');
    });
});
