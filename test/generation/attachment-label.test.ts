// An attachment is printed under 附件N and its title; a title that says it is an attachment itself
// (湖南: 附件：2024年度…部门决算公开表) is printed alone, not under a second 附件1. The contents list it under the 附件
// part where the format's contents list attachments (四川), not in the 财政部 format's (第五部分 附件 alone).
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = (title: string, template = '全国') => `模板 「${template}」
部门 「青石乡人民政府」
年度 2024
单位 万元
附件 「${title}」 「见第二部分。」
`;

describe('an attachment\'s label', () => {
    it('is 附件N over a title that does not say it', () => {
        const text = visibleText(buildHtml(REPORT('部门整体支出绩效自评报告')));
        expect(text).toMatch(/附件1\s*部门整体支出绩效自评报告\s*见第二部分。/);
    });

    it('is the title alone where it says it is an attachment, in the contents too where they list attachments', () => {
        const html = buildHtml(REPORT('附件：2024年度青石乡人民政府部门决算公开表'));
        const text = visibleText(html);
        expect(text).not.toContain('附件1');
        expect(text).toMatch(/附件：2024年度青石乡人民政府部门决算公开表\s*见第二部分。/);
        const contents = (html: string) => visibleText(html.match(/<nav class="toc">[\s\S]*?<\/nav>/)![0]);
        // the 财政部 format's contents print the part alone (第五部分 附件); Sichuan's list each attachment under it
        expect(contents(html)).toContain('附件');
        expect(contents(html)).not.toContain('附件：2024年度青石乡人民政府部门决算公开表');
        expect(contents(buildHtml(REPORT('附件：2024年度青石乡人民政府部门决算公开表', '四川 2024')))).toContain('附件：2024年度青石乡人民政府部门决算公开表');
    });
});
