// A 概况 whose texts the report numbers (一、部门职责 二、机构设置) with one written under a heading without a number (人员情况 「…」): that
// text prints without a number, as written, not as 三、; where leaving it bare would move a later written number
// (一、 职责 then bare, then 三、), each numbered text keeps its written number and the bare one takes the room between.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const HEAD = `模板 「四川 2020」
部门 「某县某局」
年度 2020
单位 万元
`;

/** The headings of the first part, as printed. */
function headings(source: string): string[] {
    const html = buildHtml(source);
    const body = html.slice(html.indexOf('id="part-1"'), html.indexOf('id="part-2"'));
    return [...body.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map(([, text]) => visibleText(text).trim());
}

describe('an unnumbered text among numbered 概况 sections', () => {
    it('prints without a number', () => {
        expect(headings(`${HEAD}部门概况 {\n  一、部门职责 「负责全县某事。」\n  二、机构设置 「内设3个股室。」\n  人员情况 「在职人员20人。」\n}\n`))
            .toEqual(['一、部门职责', '二、机构设置', '人员情况']);
    });

    it('takes the number between two written ones, which keep theirs', () => {
        expect(headings(`${HEAD}部门概况 {\n  一、部门职责 「负责全县某事。」\n  机构设置 「内设3个股室。」\n  三、人员情况 「在职人员20人。」\n}\n`))
            .toEqual(['一、部门职责', '二、机构设置', '三、人员情况']);
    });

    it('is numbered as before where no text is numbered', () => {
        expect(headings(`${HEAD}部门概况 {\n  部门职责 「负责全县某事。」\n  机构设置 「内设3个股室。」\n  人员情况 「在职人员20人。」\n}\n`))
            .toEqual(['一、部门职责', '二、机构设置', '三、人员情况']);
    });
});
