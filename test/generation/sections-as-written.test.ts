// The built report keeps the report's own sections where the report placed them, takes the
// template's numbering and the sections the report left out from the template, heads an optional
// sub-part (部门决算单位构成) only where the report writes it, and numbers 名词解释 as the
// template's reports (or the source) do.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/generation/report-source.js';
import { unfilledRules } from '../../src/validation/rules/unfilled.js';
import type { RuleContext } from '../../src/validation/rule.js';
import { ROOT, buildHtml, visibleText } from './helpers.js';

/** The second-level entries of the contents under the part whose title contains `part`. */
function contentsOf(html: string, part: string): string[] {
    const toc = html.match(/<nav class="toc">[\s\S]*?<\/nav>/)![0];
    const entries = [...toc.matchAll(/<li class="toc-(\d)">([\s\S]*?)<\/li>/g)].map(([, level, text]) => ({ level, text: visibleText(text) }));
    const start = entries.findIndex(e => e.level === '1' && e.text.includes(part));
    const end = entries.findIndex((e, i) => i > start && e.level === '1');
    return entries.slice(start + 1, end < 0 ? undefined : end).map(e => e.text);
}

/** What the `unfilled` check lists for a source. */
function unfilled(text: string): string {
    const messages: string[] = [];
    const sink = (_: unknown, message: string) => { messages.push(message); };
    for (const rule of unfilledRules) rule.check(parseReport(text).model, { error: sink, warning: sink, info: sink, hint: sink }, {} as RuleContext);
    return messages.join('\n');
}

describe('the report\'s own sections, where it placed them', () => {
    it('reads 机构运行经费 (内蒙古) as 机关运行经费: its section is the report\'s, no sentences of the template\'s beside it', () => {
        const html = buildHtml(`模板 「全国」
部门 「某旗市场监督管理局」
年度 2024
单位 万元
情况说明 {
  机关运行经费 105.10
  收入支出决算总体情况说明 「2024年度收入总计100.00万元。」
  机构运行经费支出决算情况说明 「2024年度本部门机构运行经费支出105.10万元。」
}
`);
        const text = visibleText(html);
        expect(text).toContain('机构运行经费支出决算情况说明');
        expect(text.split('105.10').length).toBe(2);
    });

    it('reads a heading that opens with 关于 as the section it names (内蒙古 schools: （二）关于2023年度收入决算情况说明)', () => {
        const html = buildHtml(`模板 「全国」
部门 「某市特殊教育学校」
年度 2023
单位 万元
情况说明 {
  （一）关于收支情况总体说明 「2023年度收、支总计均为100.00万元。」
  （二）关于2023年度收入决算情况说明 「2023年度本年收入合计100.00万元。」
  （三）关于2023年度支出决算情况说明 「2023年度本年支出合计90.00万元。」
}
`);
        const sections = contentsOf(html, '情况说明');
        expect(sections.some(s => s.includes('关于2023年度收入决算情况说明'))).toBe(true);
        // not the template's 收入决算 and 支出决算 sections again, with sentences of their own
        // numbered （二） as the report numbers its sections
        const titled = (words: string) => sections.filter(s => new RegExp(`^（[一二三四五六七八九十]+）(?:关于2023年度)?${words}$`).test(s));
        expect(titled('收入决算情况说明')).toEqual(['（二）关于2023年度收入决算情况说明']);
        expect(titled('支出决算情况说明')).toEqual(['（三）关于2023年度支出决算情况说明']);
    });

    it('prints no template section between sections the report numbers 一、二、… with none skipped (广西: eight sections, none on 财政拨款收支)', () => {
        const source = (first: string, second: string) => `模板 「全国」
部门 「桂岭市第二人民医院」
年度 2024
单位 万元
情况说明 {
  ${first}2024年度收入支出决算总体情况 「2024年度收入总计100.00万元。」
  ${second}2024年度一般公共预算财政拨款支出决算情况 「2024年度一般公共预算财政拨款支出90.00万元。」
}
`;
        const numbered = contentsOf(buildHtml(source('一、', '二、'), { mode: 'publish' }), '决算情况说明');
        expect(numbered.slice(0, 2)).toEqual(['一、2024年度收入支出决算总体情况', '二、2024年度一般公共预算财政拨款支出决算情况']);
        expect(numbered.some(c => /财政拨款收入支出决算总体情况/.test(c))).toBe(false);
        // a number skipped, or none written: the template's sections the report does not write are printed
        for (const [first, second] of [['一、', '三、'], ['', '']]) {
            expect(contentsOf(buildHtml(source(first, second), { mode: 'publish' }), '决算情况说明').some(c => /财政拨款收入支出决算总体情况/.test(c))).toBe(true);
        }
    });

    it('prints a short heading numbered among the sections as written, not as a subheading of 其他重要事项 (三江: 二、机关运行经费)', () => {
        const source = (ordinal: string) => `模板 「全国 2019—2021」
部门 「某乡人民政府」
年度 2016
单位 万元
情况说明 {
  一、决算收支增减变化情况说明 「2016年部门收入564.90万元。」
  ${ordinal}机关运行经费 「2016年机关运行经费96.15万元。」
  三、政府采购安排情况说明 「2016年本部门无政府采购支出。」
}
`;
        expect(contentsOf(buildHtml(source('二、'), { mode: 'publish' }), '决算情况说明'))
            .toEqual(['一、决算收支增减变化情况说明', '二、机关运行经费', '三、政府采购安排情况说明']);
        // a short key with no number is the template's subheading under 其他重要事项, as before
        const unnumbered = contentsOf(buildHtml(source(''), { mode: 'publish' }), '决算情况说明');
        expect(unnumbered.some(c => /其他重要事项/.test(c))).toBe(true);
        expect(unnumbered).not.toContain('二、机关运行经费');
    });

    it('heads a section as printed with the full stop after it, and takes it for the section it names (广西: 七、其他重要事项情况说明。)', () => {
        const html = buildHtml(`模板 「全国」
部门 「桂岭市第二人民医院」
年度 2024
单位 万元
情况说明 {
  一、2024年度收入支出决算总体情况。 「2024年度收入总计100.00万元。」
  七、其他重要事项情况说明。 「本单位为事业单位，不涉及机关运行经费支出。」
}
`, { mode: 'publish' });
        const contents = contentsOf(html, '决算情况说明');
        // one section, headed as written, not the template's 其他重要事项情况说明 beside it
        expect(contents.filter(c => /其他重要事项/.test(c))).toEqual([expect.stringMatching(/^[一二三四五六七八九十]+、其他重要事项情况说明。$/)]);
        expect(contents[0]).toBe('一、2024年度收入支出决算总体情况。');
    });

    it('keeps a central report\'s fourteen sections in its order, with none it did not write', () => {
        const text = readFileSync(path.join(ROOT, 'test/validation/cases/national/trial-central.juesuan'), 'utf8');
        const html = buildHtml(text, { mode: 'publish' });
        expect(contentsOf(html, '决算情况说明')).toEqual([
            '一、收入支出决算总体情况说明', '二、收入决算情况说明', '三、支出决算情况说明', '四、财政拨款收入支出决算总体情况说明',
            '五、一般公共预算财政拨款支出决算情况说明', '六、一般公共预算财政拨款基本支出决算情况说明',
            '七、政府性基金预算财政拨款支出决算情况说明', '八、国有资本经营预算财政拨款支出决算情况说明',
            '九、财政拨款“三公”经费支出决算情况说明', '十、机关运行经费支出情况说明', '十一、一般性支出情况说明',
            '十二、政府采购支出情况说明', '十三、国有资产占用情况说明', '十四、预算绩效情况说明',
        ]);
        const body = visibleText(html);
        expect(body).toContain('十一、一般性支出情况说明');
        expect(body).not.toContain('其他重要事项');
    });

    it('prints sections in the order written; those left out follow the template section before them', () => {
        const html = buildHtml(`模板 「四川 2020」
部门 「某局」
年度 2020
情况说明 {
  “三公”经费财政拨款支出决算情况说明 「“三公”经费说明。」
  收入支出决算总体情况说明 「总体说明。」
  本单位的补充说明 「补充说明。」
  收入决算情况说明 「收入说明。」
}
`, { mode: 'publish' });
        expect(contentsOf(html, '决算情况说明')).toEqual([
            '一、“三公”经费财政拨款支出决算情况说明', '二、政府性基金预算支出决算情况说明', '三、国有资本经营预算支出决算情况说明',
            '四、其他重要事项的情况说明', '五、收入支出决算总体情况说明', '六、本单位的补充说明', '七、收入决算情况说明',
            '八、支出决算情况说明', '九、财政拨款收入支出决算总体情况说明', '十、一般公共预算财政拨款支出决算情况说明',
            '十一、一般公共预算财政拨款基本支出决算情况说明',
        ]);
        const body = visibleText(html.slice(html.indexOf('</nav>')));
        expect(body.indexOf('五、收入支出决算总体情况说明')).toBeGreaterThanOrEqual(0);
        expect(body.indexOf('五、收入支出决算总体情况说明')).toBeLessThan(body.indexOf('总体说明。'));
        expect(body.indexOf('总体说明。')).toBeLessThan(body.indexOf('六、本单位的补充说明'));
    });

    it('heads a section as the report writes it, and prints no section the report writes as a sub-section of 其他重要事项', () => {
        // a Shanghai 2022 report in the older order: 预算绩效 is （四） of 其他重要事项, not a section of its own
        const text = `模板 「上海 2024」
部门 「某局」
年度 2022
情况说明 {
  九、国有资本经营预算财政拨款收入支出决算情况说明 「本部门无国有资本经营预算财政拨款收入支出。」
  十、其他重要事项的情况说明 「（一）机关运行经费支出情况\n机关运行经费支出10.00万元。\n（二）政府采购支出情况\n本部门无政府采购。\n（三）国有资产占用情况\n本部门无车辆。\n（四）预算绩效情况说明\n本部门对3个项目开展了绩效评价。」
}
`;
        const contents = contentsOf(buildHtml(text, { mode: 'publish' }), '决算情况说明');
        expect(contents.slice(-2)).toEqual(['九、国有资本经营预算财政拨款收入支出决算情况说明', '十、其他重要事项的情况说明']);
        expect(unfilled(text)).not.toContain('预算绩效');
        // written as a section of its own, it stays one
        const own = text.replace('\n（四）预算绩效情况说明\n本部门对3个项目开展了绩效评价。」', '」\n  预算绩效管理情况 「本部门对3个项目开展了绩效评价。」');
        expect(contentsOf(buildHtml(own, { mode: 'publish' }), '决算情况说明').slice(-2)).toEqual(['十、其他重要事项的情况说明', '十一、预算绩效管理情况']);
    });

    it('keeps a section of the report\'s own next to the one written before it where the template\'s next ones are left out (贵州)', () => {
        const written = '  收入支出决算总体情况说明 「总体说明。」\n  财政拨款收入支出决算总体情况说明 「财政拨款说明。」\n'
            + '  非财政拨款收入支出决算总体情况说明 「非财政拨款说明。」\n';
        for (const template of ['全国', '四川 2020', '四川 2024']) {
            const html = buildHtml(`模板 「${template}」\n部门 「某局」\n年度 2024\n情况说明 {\n${written}}\n`, { mode: 'publish' });
            const contents = contentsOf(html, '决算情况说明');
            const at = contents.findIndex(c => c.includes('、财政拨款收入支出决算总体情况说明'));
            expect(contents[at + 1], template).toMatch(/^[一二三四五六七八九十]+、非财政拨款收入支出决算总体情况说明$/);
            // the template's sections left out still follow, each once
            expect(new Set(contents.map(c => c.replace(/^[一二三四五六七八九十]+、/, ''))).size, template).toBe(contents.length);
            expect(contents.slice(at + 2).join('\n'), template).toContain('一般公共预算财政拨款支出决算情况说明');
            const body = visibleText(html.slice(html.indexOf('</nav>')));
            expect(body.indexOf('非财政拨款说明。'), template).toBeLessThan(body.indexOf('一般公共预算财政拨款支出决算情况说明'));
        }
    });
});

describe('what a section heading is about, by its words', () => {
    const REPORT = (sections: string) => `模板 「全国」
部门 「某局」
年度 2024
情况说明 {
${sections}
}
`;

    it('keeps a section on 非财政拨款 a section of the report\'s own, not the 财政拨款 one (贵州)', () => {
        // written alone, or after the 财政拨款 one
        for (const sections of ['  非财政拨款收入支出决算总体情况说明 「非财政拨款说明。」',
            '  财政拨款收入支出决算总体情况说明 「财政拨款说明。」\n  非财政拨款收入支出决算总体情况说明 「非财政拨款说明。」']) {
            const contents = contentsOf(buildHtml(REPORT(sections), { mode: 'publish' }), '决算情况说明');
            expect(contents).toContain('四、财政拨款收入支出决算总体情况说明');
            expect(contents.filter(c => c.includes('非财政拨款'))).toHaveLength(1);
        }
    });

    it('takes 财政拨款支出决算情况说明 for the 财政拨款 section, not a section of the report\'s own (辽宁, 江西)', () => {
        const contents = contentsOf(buildHtml(REPORT('  收入支出决算总体情况说明 「总体说明。」\n  财政拨款支出决算情况说明 「财政拨款支出说明。」'), { mode: 'publish' }), '决算情况说明');
        expect(contents[3]).toBe('四、财政拨款支出决算情况说明');
        expect(contents.join('\n')).not.toContain('财政拨款收入支出决算总体情况说明');
    });

    it('prints no fund\'s spending section the report writes none for where its 财政拨款支出 section says every fund\'s (辽宁: five sections)', () => {
        const written = '  收入支出决算总体情况说明 「总体说明。」\n  财政拨款支出决算情况说明 「一般公共预算和政府性基金的支出。」\n  一般公共预算财政拨款基本支出决算情况说明 「基本支出说明。」';
        const contents = contentsOf(buildHtml(REPORT(written), { mode: 'publish' }), '决算情况说明').join('\n');
        expect(contents).not.toMatch(/、(?:一般公共预算财政拨款支出|政府性基金预算财政拨款支出|国有资本经营预算财政拨款支出)决算情况说明/);
        expect(unfilled(REPORT(written))).not.toContain('一般公共预算财政拨款支出决算');
        // one the report writes stays, and 财政拨款收入支出决算总体情况说明 leaves the others in
        const withFund = contentsOf(buildHtml(REPORT(`${written}\n  政府性基金预算财政拨款支出决算情况说明 「基金说明。」`), { mode: 'publish' }), '决算情况说明').join('\n');
        expect(withFund).toContain('政府性基金预算财政拨款支出决算情况说明');
        expect(withFund).not.toContain('、一般公共预算财政拨款支出决算情况说明');
        const total = contentsOf(buildHtml(REPORT(written.replace('财政拨款支出决算情况说明', '财政拨款收入支出决算总体情况说明')), { mode: 'publish' }), '决算情况说明').join('\n');
        expect(total).toContain('、一般公共预算财政拨款支出决算情况说明');
    });
});

describe('optional sub-parts', () => {
    const SHANGHAI = (units: string) => `模板 「上海 2024」
部门 「上海市某区某局」
年度 2024
部门概况 {
  主要职能 「职能。」
  机构设置 「内设3个科室。纳入决算编制范围的单位只有本级。」${units}
}
`;

    it('heads 部门决算单位构成 only where the report writes it', () => {
        const without = buildHtml(SHANGHAI(''), { mode: 'publish' });
        expect(contentsOf(without, '概况')).toEqual(['一、主要职能', '二、机构设置']);
        expect(visibleText(without)).not.toContain('部门决算单位构成');
        expect(unfilled(SHANGHAI(''))).not.toContain('部门决算单位构成');
        const written = buildHtml(SHANGHAI('\n  部门决算单位构成 「本部门决算包括本级和2个下属单位。」'), { mode: 'publish' });
        expect(contentsOf(written, '概况')).toEqual(['一、主要职能', '二、机构设置', '三、部门决算单位构成']);
        expect(visibleText(written)).toContain('本部门决算包括本级和2个下属单位。');
    });

    it('keeps 〔未填写〕 for a required section the report leaves out', () => {
        const html = buildHtml(SHANGHAI('').replace('  机构设置 「内设3个科室。纳入决算编制范围的单位只有本级。」', ''), { mode: 'publish' });
        expect(contentsOf(html, '概况')).toEqual(['一、主要职能', '二、机构设置']);
        expect(visibleText(html)).toMatch(/二、机构设置\s*〔未填写〕/);
    });

    // a 单位构成 section under another of its names stands in for 机构设置: none is asked for or printed
    it.each([
        {
            why: '部门决算单位构成 in its place (湖北 county reports)', department: '某县卫生健康局', block: '部门概况',
            sections: ['部门主要职责 「职责。」', '部门决算单位构成 「纳入本部门决算编制范围的单位共8个。」'],
            contents: ['一、部门主要职责', '二、部门决算单位构成'],
        },
        {
            why: '单位决算构成 (安徽 units: 二、单位决算构成 where the contents print 二、机构设置)', department: '某区第一中学', block: '单位概况',
            sections: ['主要职责 「宗旨：实施高中学历教育。」', '单位决算构成 「本校2024年度单位决算仅包括单位本级决算，无其他下属单位决算。」'],
            contents: ['一、主要职责', '二、单位决算构成'],
        },
        {
            why: '部门决算单位基本情况 (厦门: 一、部门主要职责 二、部门决算单位基本情况 三、部门主要工作总结)', department: '某区市政园林局', block: '部门概况',
            sections: ['一、部门主要职责 「负责全区市政基础设施的管理与养护。」', '二、部门决算单位基本情况 「纳入2024年度部门决算编制范围的单位1个，为本局本级。」',
                '三、部门主要工作总结 「完成市政道路维修改造12.6公里。」'],
            contents: ['一、部门主要职责', '二、部门决算单位基本情况', '三、部门主要工作总结'],
        },
    ])('asks for no 机构设置 where the report writes $why', ({ department, block, sections, contents }) => {
        const source = `模板 「全国」\n部门 「${department}」\n年度 2024\n${block} {\n${sections.map(line => `  ${line}\n`).join('')}}\n`;
        const html = buildHtml(source, { mode: 'publish' });
        expect(contentsOf(html, '基本情况')).toEqual(contents);
        expect(visibleText(html)).not.toContain('机构设置');
        expect(unfilled(source)).not.toContain('机构设置');
    });

    it('takes an empty text (机构设置 「」) for a section not written: 〔未填写〕, listed by unfilled, not an empty section', () => {
        const source = SHANGHAI('').replace('机构设置 「内设3个科室。纳入决算编制范围的单位只有本级。」', '机构设置 「」');
        expect(visibleText(buildHtml(source, { mode: 'publish' }))).toMatch(/二、机构设置\s*〔未填写〕/);
        expect(unfilled(source)).toContain('机构设置');
    });

    // 眉山 2022 contents (sichuan-2024/real-meishan-2022-official-car-centre-contents): an empty chart printed in its place
    it('prints 〔未填写〕 under a numbered heading of 情况说明 whose 「」 is empty, its chart beside it', () => {
        const source = `模板 「四川 2024」\n部门 「某中心」\n年度 2023\n单位 万元\n情况说明 {\n  一、收入支出决算总体情况说明 「」\n}\n`;
        const text = visibleText(buildHtml(source, { mode: 'publish' }));
        expect(text).toMatch(/一、收入支出决算总体情况说明\s*〔未填写〕/);
        expect(text).toContain('图1：收、支决算总计变动情况图');
        expect(unfilled(source)).toContain('收入支出决算总体情况说明');
    });
});

describe('名词解释 numbered as the reports print it', () => {
    const glossary = (template: string, entries: string) => `模板 「${template}」
部门 「某局」
年度 2024
名词解释 {
${entries}
}
`;
    const ENTRIES = '  财政拨款收入：「指本级财政当年拨付的资金。」\n  事业收入：「指事业单位开展专业业务活动取得的收入。」';

    it('follows the template: 一、 in Shanghai\'s, 1. in the 财政部 format\'s and Sichuan\'s', () => {
        const shanghai = visibleText(buildHtml(glossary('上海 2024', ENTRIES), { mode: 'publish' }));
        expect(shanghai).toContain('一、财政拨款收入：指本级财政当年拨付的资金。');
        expect(shanghai).toContain('二、事业收入：');
        const national = visibleText(buildHtml(glossary('全国', ENTRIES), { mode: 'publish' }));
        expect(national).toContain('1.财政拨款收入：');
        expect(national).toContain('2.事业收入：');
        const sichuan = visibleText(buildHtml(glossary('四川 2020', ENTRIES).replace('年度 2024', '年度 2020'), { mode: 'publish' }));
        expect(sichuan).toContain('1.财政拨款收入：');
    });

    it('prints the ordinals the source writes, and numbers the others in their style', () => {
        const text = visibleText(buildHtml(glossary('全国', '  （一）财政拨款收入：「指本级财政当年拨付的资金。」\n  事业收入：「指事业单位取得的收入。」'), { mode: 'publish' }));
        expect(text).toContain('（一）财政拨款收入：');
        expect(text).toContain('（二）事业收入：');
    });
    it('takes a 概况 section headed 基本情况 (机构设置、单位构成 and 人员 under one heading) as the template\'s 机构设置, under its own heading', () => {
        const text = `模板 「全国」
部门 「某县农业农村局」
年度 2024
部门概况 {
  主要职责 「负责全县农业农村工作。」
  基本情况 「（一）机构设置情况
本部门内设股室5个。」
}
`;
        const html = buildHtml(text, { mode: 'publish' });
        expect(contentsOf(html, '基本情况')).toEqual(['一、主要职责', '二、基本情况']);
        expect(visibleText(html)).toContain('本部门内设股室5个。');
        expect(unfilled(text)).not.toContain('机构设置');
    });
});

describe('其他重要事项 written whole', () => {
    it('prints its text under its own heading only: no （一）国有资产占有使用情况 over the one topic not written on its own (青海 2018)', () => {
        const html = buildHtml(`模板 「全国 2019—2021」
部门 「某社区公共服务中心」
年度 2020
单位 万元
情况说明 {
  十、机关运行经费支出情况说明 「2020年度机关运行经费支出11.30万元。」
  十一、政府采购支出情况说明 「2020年度政府采购支出总额8.60万元。」
  十二、预算绩效情况说明 「2020年度对2个项目开展了绩效自评。」
  十三、其他重要事项情况说明 「截至2020年12月31日，本单位共有车辆1辆。」
}
`);
        const text = visibleText(html);
        expect(text).toContain('其他重要事项情况说明');
        expect(text).toContain('本单位共有车辆1辆');
        expect(text).not.toContain('国有资产占有使用情况');
    });
});
