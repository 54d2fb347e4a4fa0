// Lines a report prints under its title (陕西: 保密审查情况：已审查, 部门主要负责人审签情况：已审签) are
// written as 名称 「文字」 lines of their own: they parse, and the built report prints them on its cover.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/generation/report-source.js';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「秦川县审计局」
年度 2023
单位 万元
保密审查情况 「已审查」
部门主要负责人审签情况：「已审签」
部门概况 { 部门职责 「负责全县审计工作。」 }
`;

describe('lines under the report title', () => {
    it('parses them as the report\'s own lines, in order, beside its information', () => {
        const { model } = parseReport(REPORT);
        expect(model.meta.coverLines).toEqual([{ key: '保密审查情况', value: '已审查' }, { key: '部门主要负责人审签情况', value: '已审签' }]);
        expect(model.meta.department).toBe('秦川县审计局');
    });

    it('prints them on the cover, after the title and before the contents', () => {
        const text = visibleText(buildHtml(REPORT));
        const cover = text.slice(0, text.indexOf('目录'));
        expect(cover).toMatch(/部门决算[\s\S]*保密审查情况：已审查[\s\S]*部门主要负责人审签情况：已审签/);
    });
});
