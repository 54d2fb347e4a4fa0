// A 概况 printed as the report prints it: one paragraph under its heading (部门概况 { 基本情况 「…」 }) with no sub-heading the
// report does not print and none of the template's sections asked for; a label written with its text on its line (北京:
// 机构设置：内设办公室…, test/trials/beijing-2024-tongzhou-veteran-cadres.txt) stays the start of a paragraph, not a heading,
// in the 概况 part as in one printed inside 决算说明; a 概况 numbered 一、 二、 from 一 is the whole of it.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/generation/report-source.js';
import { unfilledLayout, unfilledPlaces } from '../../src/validation/rules/unfilled.js';
import { buildHtml, visibleText } from './helpers.js';

const HEAD = `模板 「全国」
部门 「某县财政局」
年度 2024
单位 万元
`;
const PARAGRAPH = '某县财政局是县政府工作部门，内设办公室等3个股室，负责全县财政工作。';

/** The headings and paragraphs of the first part, as printed. */
function firstPart(html: string): string[] {
    const body = html.slice(html.indexOf('id="part-1"'), html.indexOf('id="part-2"'));
    return [...body.matchAll(/<(h[1-4]|p)\b[^>]*>([\s\S]*?)<\/\1>/g)].map(([, tag, text]) => `${tag} ${visibleText(text).trim()}`);
}

describe('a 概况 of one paragraph', () => {
    it.each(['基本情况', '部门基本情况', '概况'])('written as %s 「…」 prints under the part heading, no sub-heading, nothing asked for', key => {
        const source = `${HEAD}部门概况 {\n  ${key} 「${PARAGRAPH}」\n}\n`;
        expect(firstPart(buildHtml(source))).toEqual(['h1 第一部分 基本情况', `p ${PARAGRAPH}`]);
        expect(unfilledPlaces(unfilledLayout(parseReport(source).model).blocks).join('；')).not.toMatch(/职责|机构设置/);
    });

    it('named as a section of it still prints that section with the template\'s others', () => {
        const parts = firstPart(buildHtml(`${HEAD}部门概况 {\n  部门职责 「负责全县财政工作。」\n}\n`));
        expect(parts).toContain('h2 一、部门职责');
        expect(parts).toContain('h2 二、机构设置');
    });

    it('printed inside 决算说明 (北京: 一、部门基本情况) prints under that heading alone', () => {
        const text = visibleText(buildHtml(`${HEAD}情况说明 {\n  部门概况 「一、部门基本情况」 {\n    基本情况 「${PARAGRAPH}」\n  }\n  二、收入支出决算总体情况说明 「2024年度收、支总计均为100.00万元。」\n}\n`));
        expect(text).toMatch(new RegExp(`一、部门基本情况\\s*${PARAGRAPH}`));
        expect(text).not.toContain('（一）基本情况');
    });
});

describe('a label with its text on its line in a 概况 (北京: 机构设置：…)', () => {
    const html = buildHtml(`${HEAD}情况说明 {
  部门概况 「一、部门/单位基本情况」 {
    机构设置：「内设办公室、离退休干部管理服务科。」
    主要职责：「负责离退休干部工作。」
  }
  二、收入支出决算总体情况说明 「2024年度收、支总计均为100.00万元。」
}
`);

    it('prints as the start of its paragraph, as written, with no heading or number of its own', () => {
        const text = visibleText(html);
        expect(text).toMatch(/一、部门\/单位基本情况\s*机构设置：内设办公室、离退休干部管理服务科。\s*主要职责：负责离退休干部工作。/);
        expect(text).not.toContain('（一）机构设置');
        expect(html).not.toMatch(/<h\d[^>]*>[^<]*机构设置/);
    });
});

describe('a label on a line of its own above its text in a 概况 (机构设置： then 「…」 below)', () => {
    it('stays a heading: the text is not on the label\'s line', () => {
        const html = buildHtml(`${HEAD}情况说明 {
  部门概况 「一、部门基本情况」 {
    机构设置：
    「内设办公室、预算股。」
    主要职责：
    「负责全县财政工作。」
  }
  二、收入支出决算总体情况说明 「2024年度收、支总计均为100.00万元。」
}
`);
        const text = visibleText(html);
        expect(text).toContain('（一）机构设置');
        expect(text).toContain('（二）主要职责');
        expect(text).not.toContain('机构设置：内设办公室');
    });
});

describe('a label with its text on its line in the 概况 part (机构设置：「…」)', () => {
    const source = `${HEAD}部门概况 {
  机构设置：「内设办公室、预算股。」
  主要职责：「负责全县财政工作。」
}
`;

    it('prints as its paragraph\'s start, as written, with no heading, number or contents line of its own', () => {
        const html = buildHtml(source);
        expect(firstPart(html)).toEqual(['h1 第一部分 基本情况', 'p 机构设置：内设办公室、预算股。', 'p 主要职责：负责全县财政工作。']);
        const toc = html.match(/<nav class="toc">[\s\S]*?<\/nav>/)![0];
        expect(visibleText(toc)).not.toContain('机构设置');
    });

    it('beside a text written under its heading is printed under its heading too, numbered with the others', () => {
        // one 概况 printed half as headings, half as run-in paragraphs reads as if 机构设置 were part of the section above
        const parts = firstPart(buildHtml(source.replace('  主要职责：「负责全县财政工作。」\n', '').replace('  机构设置：', '  一、部门职责 「负责全县财政工作。」\n  人员情况 「编制10人。」\n  机构设置：')));
        expect(parts).toEqual(['h1 第一部分 基本情况', 'h2 一、部门职责', 'p 负责全县财政工作。', 'h2 二、人员情况', 'p 编制10人。', 'h2 三、机构设置', 'p 内设办公室、预算股。']);
    });

    it('beside texts the template prints under its heading naming both (四川 2020: 基本职能及主要工作) is printed under its heading', () => {
        const parts = firstPart(buildHtml(`模板 「四川2020」\n部门 「某县财政局」\n年度 2021\n单位 万元\n部门概况 {
  基本职能：「负责全县财政工作。」
  主要工作：「完成了年度目标。」
  机构设置：「内设办公室。」
}
`));
        expect(parts.filter(p => p.startsWith('h2'))).toEqual(['h2 一、基本职能及主要工作', 'h2 二、机构设置']);
        expect(parts).toContain('p 内设办公室。');
        expect(parts.join('\n')).not.toContain('机构设置：');
    });

    it('asks for a section of the template it leaves out the same way (机构设置：〔未填写〕), not under a numbered heading', () => {
        const source = `${HEAD}部门概况 {\n  部门职责：「负责全县财政工作。」\n}\n`;
        expect(firstPart(buildHtml(source))).toEqual(['h1 第一部分 基本情况', 'p 部门职责：负责全县财政工作。', 'p 机构设置：〔未填写〕']);
        expect(unfilledPlaces(unfilledLayout(parseReport(source).model).blocks).join('；')).toMatch(/机构设置/);
    });
});

describe('a 概况 numbered 一、 二、 from 一 (宣汉 township 2021: 一、职能简介 二、2021年重点工作完成情况)', () => {
    const source = `${HEAD}部门概况 {
  一、职能简介 「负责全镇经济社会事务。」
  二、2024年重点工作完成情况 「完成了年度目标。」
}
`;

    it('is the whole 概况: no section of the template asked for besides', () => {
        const html = buildHtml(source);
        expect(firstPart(html)).toEqual(['h1 第一部分 基本情况', 'h2 一、职能简介', 'p 负责全镇经济社会事务。', 'h2 二、2024年重点工作完成情况', 'p 完成了年度目标。']);
        expect(unfilledPlaces(unfilledLayout(parseReport(source).model).blocks).join('；')).not.toMatch(/职责|机构设置/);
    });

    it('written without numbers, still asks for the template\'s section it leaves out', () => {
        const unnumbered = source.replace('  一、', '  ').replace('  二、', '  ');
        expect(unfilledPlaces(unfilledLayout(parseReport(unnumbered).model).blocks).join('；')).toMatch(/机构设置/);
    });
});
