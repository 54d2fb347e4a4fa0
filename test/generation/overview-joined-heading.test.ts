// A 概况 heading that joins two of the template's sections by 、 (北京: （一）机构设置、职责) parses as one
// text field and holds both sections: neither is printed again as 〔未填写〕.
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import type { Report } from '../../src/language/generated/ast.js';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「东江县文化和旅游局」
年度 2024
单位 万元
部门概况 {
  机构设置、职责 「本局内设办公室等5个科室，负责全县文化和旅游工作。」
  人员构成情况 「行政编制12人。」
}
`;

describe('a 概况 heading joining two sections', () => {
    it('parses', async () => {
        const parse = parseHelper<Report>(createJuesuanServices(EmptyFileSystem).Juesuan);
        const document = await parse(REPORT);
        expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([]);
    });

    it('prints its text once and neither section as 〔未填写〕', () => {
        const text = visibleText(buildHtml(REPORT));
        const overview = text.slice(text.lastIndexOf('第一部分'), text.lastIndexOf('第二部分'));
        expect(overview.split('本局内设办公室等5个科室').length - 1).toBe(1);
        expect(overview).not.toContain('未填写');
    });
});
