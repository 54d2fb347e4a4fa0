// The report “决算：新建报告” writes, as checked and built before the user has written anything,
// and once they have filled a table of it.
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { parse } from './seed.js';
import { buildHtml, visibleText } from '../generation/helpers.js';
import { reportSkeleton } from '../../src/lsp/skeleton.js';
import { templateById, TEMPLATES } from '../../src/templates/index.js';

const DAY = new Date(2026, 11, 7);

describe('the skeleton of a new report', () => {
    it('writes the template’s own 概况 sections, and no figure the user did not give', () => {
        for (const template of TEMPLATES) {
            const skeleton = reportSkeleton(template, DAY);
            const overview = template.parts.find(part => part.sections.some(s => s.topic === 'duties'))!;
            for (const section of overview.sections) expect(skeleton, template.id).toContain(`\n  ${section.title} 「${section.title}」\n`);
            expect(skeleton, template.id).not.toContain('重点工作');
            expect(skeleton.replace(/\/\/.*/g, ''), template.id).not.toMatch(/ 0(?:万元|次|人|辆|批次|人次|个)?\s/);
        }
    });

    it('checks with no error, and builds with no figure of 0 in its text', async () => {
        for (const template of TEMPLATES) {
            const skeleton = reportSkeleton(template, DAY);
            const document = await parse(skeleton, { validation: true });
            expect((document.diagnostics ?? []).filter(d => d.severity === DiagnosticSeverity.Error), template.id).toEqual([]);
            const text = visibleText(buildHtml(skeleton));
            // 机关运行经费支出0万元, 对0个项目开展了…, 公务用车购置数0辆: figures nobody wrote
            expect(text, template.id).not.toMatch(/(?<![\d.,])0(?:万元|个项目|辆|批次|人次)/);
        }
    });

    it('a filled 三公 table is not held against figures the skeleton made up', async () => {
        const skeleton = reportSkeleton(templateById('national')!, DAY)
            .replace(/(表9 [^\n]*\{\n(?:.*\n)*?)(  \/\/ 按科目[^\n]*\n)/, '$1  合计 2.00 1.00\n  公务接待费 2.00 1.00\n');
        expect(skeleton).toContain('公务接待费 2.00 1.00');
        const document = await parse(skeleton, { validation: true });
        expect((document.diagnostics ?? []).filter(d => d.code === 'tie')).toEqual([]);
    });
});
