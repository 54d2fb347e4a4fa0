// A text the report numbers in its list of tables (天津: 十二、关于空表的说明 after 十一、项目支出决算表) is printed where it
// stands: in the contents and the tables part's list after the table before it, and its heading and text after that
// table's page; it is no table (no page of a template table, no 〔未填写〕 grid).
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const REPORT = `模板 「全国」
部门 「天津市某局」
年度 2022
单位 万元
一、收入支出决算总表 { }
二、收入决算表 { }
十二、关于空表的说明 「本部门2022年度没有政府性基金预算财政拨款收入支出，政府性基金预算财政拨款收入支出决算表为空表。」
三、支出决算表 { }
`;

describe('a note in the list of tables', () => {
    it('is printed after the table written before it, heading and text', () => {
        const text = visibleText(buildHtml(REPORT));
        const pages = text.slice(text.lastIndexOf('二、收入决算表'));
        expect(pages).toMatch(/^二、收入决算表[\s\S]*十二、关于空表的说明\s*本部门2022年度没有政府性基金预算财政拨款收入支出，政府性基金预算财政拨款收入支出决算表为空表。[\s\S]*三、支出决算表/);
    });

    it('is listed in the contents after that table', () => {
        const text = visibleText(buildHtml(REPORT));
        const contents = text.slice(0, text.indexOf('本部门2022年度'));
        expect(contents.indexOf('二、收入决算表')).toBeLessThan(contents.indexOf('十二、关于空表的说明'));
        expect(contents.indexOf('十二、关于空表的说明')).toBeLessThan(contents.lastIndexOf('三、支出决算表'));
    });
});
