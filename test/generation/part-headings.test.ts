// A report that prints its own part headings (第二部分 2023年度部门决算表 where the 财政部 format prints
// 部门决算公开表) writes them as 部分 「…」: the built report prints those, the template's where it writes none.
import { describe, expect, it } from 'vitest';
import { buildHtml, EXAMPLE_TEXT, visibleText } from './helpers.js';

const REPORT = (parts: string) => `模板 「全国」
部门 「东江县水利局」
年度 2023
单位 万元
${parts}
部门概况 { 部门职责 「负责全县水利工作。」 }
表1 收入支出决算总表 {
  收入 {
    本年收入合计 90.00
  }
}
情况说明 { 收入决算情况说明 「本年收入合计90.00万元。」 }
名词解释 { 财政拨款收入：「指本级财政当年拨付的资金。」 }
`;

/** The part headings of the contents and of the body. */
function headings(text: string): { contents: string[]; body: string[] } {
    const html = buildHtml(text);
    const contents = [...html.matchAll(/<li class="toc-1">(?:<a[^>]*>)?([^<]*)/g)].map(m => m[1]);
    const body = [...html.matchAll(/<h1 id="part-\d+-title"[^>]*>([^<]*)<\/h1>/g)].map(m => visibleText(m[1]));
    return { contents, body };
}

describe('part headings as the report writes them', () => {
    it('prints the headings written, each for the part its words name, in the template\'s order', () => {
        // written in another order, one with its 第N部分, one without
        const { contents, body } = headings(REPORT('部分 「第三部分 2023年度部门决算情况说明」\n部分 「东江县水利局基本情况」\n部分 「第二部分 2023年度部门决算表」'));
        const expected = ['第一部分 东江县水利局基本情况', '第二部分 2023年度部门决算表', '第三部分 2023年度部门决算情况说明', '第四部分 名词解释'];
        expect(contents).toEqual(expected);
        expect(body).toEqual(expected);
    });

    it('prints a part headed one way in the contents and another over its pages each where it is (部分 「…」 「…」)', () => {
        const { contents, body } = headings(REPORT('部分 「第二部分 2023年度部门决算表」 「第二部分 东江县水利局2023年度部门决算表」\n部分 「第三部分 2023年度部门决算情况说明」'));
        expect(contents).toEqual(['第一部分 基本情况', '第二部分 2023年度部门决算表', '第三部分 2023年度部门决算情况说明', '第四部分 名词解释']);
        expect(body).toEqual(['第一部分 基本情况', '第二部分 东江县水利局2023年度部门决算表', '第三部分 2023年度部门决算情况说明', '第四部分 名词解释']);
    });

    it('prints each of the two headings with its own joint (贵州 黔东南州机关事务管理局本级 2023: 第一部分:… in the contents, 第一部分黔东南州… over its pages)', () => {
        const { contents, body } = headings(REPORT('部分 「第一部分:部门(单位)名称概况」 「第一部分东江县水利局概况」\n部分 「第二部分:2023年度部门决算表」'));
        expect(contents.slice(0, 2)).toEqual(['第一部分:部门(单位)名称概况', '第二部分:2023年度部门决算表']);
        expect(body.slice(0, 2)).toEqual(['第一部分 东江县水利局概况', '第二部分:2023年度部门决算表']);
    });

    it('prints the template\'s heading for a part the report writes none for', () => {
        const { body } = headings(REPORT('部分 「第二部分 2023年度部门决算表」'));
        expect(body).toEqual(['第一部分 基本情况', '第二部分 2023年度部门决算表', '第三部分 2023年度部门决算情况说明', '第四部分 名词解释']);
        expect(headings(REPORT('')).body[1]).toBe('第二部分 2023年度部门决算公开表');
    });

    it('names no part by the number of a heading whose words say another kind, and prints the parts the template lacks as the report\'s own (北京: 决算报表, 其他重要事项, 绩效评价)', () => {
        const { body } = headings(REPORT(['第一部分 2023年度部门决算报表', '第二部分 2023年度部门决算说明', '第三部分 2023年度其他重要事项的情况说明', '第四部分 2023年度部门绩效评价情况']
            .map(title => `部分 「${title}」`).join('\n')));
        // the report's numbers stand: the template's 基本情况, headed nowhere, has no free number before 第四部分 and follows it
        expect(body).toEqual(['第一部分 2023年度部门决算报表', '第二部分 2023年度部门决算说明',
            '第三部分 2023年度其他重要事项的情况说明', '第四部分 2023年度部门绩效评价情况', '第五部分 基本情况', '第六部分 名词解释']);
    });

    it('gives a part of the report\'s own the sections its words name, with the texts written after them', () => {
        const html = buildHtml(REPORT(['第一部分 基本情况', '第二部分 2023年度部门决算情况说明', '第三部分 其他重要事项情况说明']
            .map(title => `部分 「${title}」`).join('\n')).replace('情况说明 { 收入决算情况说明 「本年收入合计90.00万元。」 }',
            '情况说明 {\n  收入决算情况说明 「本年收入合计90.00万元。」\n  关于机关运行经费支出说明 「机关运行经费10.00万元。」\n  政府购买服务情况 「无。」\n}'));
        // 基本情况, 决算情况说明, the report's own part, each under its number; the template's 决算公开表 (written nowhere, no
        // number free for it) after them
        const part = (n: number) => visibleText(html.slice(html.indexOf(`id="part-${n}"`), html.indexOf(`id="part-${n + 1}"`)));
        expect(part(3)).toContain('第三部分 其他重要事项情况说明');
        expect(part(3)).toContain('关于机关运行经费支出说明');
        expect(part(3)).toContain('政府购买服务情况');
        expect(part(2)).toContain('收入决算情况说明');
        expect(part(2)).not.toContain('关于机关运行经费支出说明');
        expect(part(4)).toContain('第四部分 2023年度部门决算公开表');
    });

    /** The visible text of each part of a 湖北-shaped report whose 情况说明 writes `sections`, then 其他需要说明的情况 「…」. */
    const hubeiParts = (sections: string) => {
        const html = buildHtml(REPORT(['第一部分 基本情况', '第二部分 2023年度部门决算表', '第三部分 2023年度部门决算情况说明', '第四部分 其他需要说明的情况', '第五部分 名词解释']
            .map(title => `部分 「${title}」`).join('\n')).replace('情况说明 { 收入决算情况说明 「本年收入合计90.00万元。」 }',
            `情况说明 {\n${sections}  其他需要说明的情况 「本部门无其他需要说明的情况。」\n}`));
        return (n: number) => visibleText(html.slice(html.indexOf(`id="part-${n}"`), html.indexOf(`id="part-${n + 1}"`)));
    };

    it('begins a part of the report\'s own at a text under its own heading: the sections written before it stay in the part before (湖北: 十、机关运行经费支出说明 …, then 第四部分 其他需要说明的情况)', () => {
        const part = hubeiParts('  收入决算情况说明 「本年收入合计90.00万元。」\n  十、机关运行经费支出说明 「机关运行经费10.00万元。」\n  十一、预算绩效情况说明 「开展绩效自评。」\n'
            + '  十二、专项支出、转移支付支出情况说明 「无对下转移支付支出。」\n');
        for (const text of ['机关运行经费10.00万元。', '开展绩效自评。', '无对下转移支付支出。']) {
            expect(part(3)).toContain(text);
            expect(part(4)).not.toContain(text);
        }
        // the text under the part's heading is the whole part
        expect(part(4)).toMatch(/第四部分 其他需要说明的情况\s*本部门无其他需要说明的情况。/);
        expect(part(4)).not.toContain('一、');
    });

    it('keeps in the part before the sections numbered on in its （一） style (湖北: （十）机关运行经费支出说明 …, then 第四部分 其他需要说明的情况)', () => {
        const part = hubeiParts('  （一）收入决算情况说明 「本年收入合计90.00万元。」\n  （二）机关运行经费支出说明 「机关运行经费10.00万元。」\n  （三）预算绩效情况说明 「开展绩效自评。」\n');
        for (const text of ['（二）机关运行经费支出说明', '机关运行经费10.00万元。', '（三）预算绩效情况说明', '开展绩效自评。']) {
            expect(part(3)).toContain(text);
            expect(part(4)).not.toContain(text);
        }
        // the part's own title is no section numbered on from part 3's (（四）其他需要说明的情况)
        expect(part(4)).toMatch(/第四部分 其他需要说明的情况\s*本部门无其他需要说明的情况。/);
        expect(part(4)).not.toMatch(/（[一二三四五六七八九十]+）/);
    });

    /** The visible text of each part of a 重庆-shaped report listing its parts 一、 二、 …, its 情况说明 writing `sections`. */
    const chongqingParts = (titles: readonly string[], sections: string) => {
        const html = buildHtml(REPORT(titles.map(title => `部分 「${title}」`).join('\n'))
            .replace('情况说明 { 收入决算情况说明 「本年收入合计90.00万元。」 }', `情况说明 {\n${sections}}`));
        return (n: number) => visibleText(html.slice(html.indexOf(`id="part-${n}"`), html.indexOf(`id="part-${n + 1}"`)));
    };

    it('begins a part of the report\'s own where the （一） style begins again at （一） (重庆: （一）…（二） in 二、, then （一）机关运行经费情况 … （三）其他需要说明的事项)', () => {
        const part = chongqingParts(['一、单位基本情况', '二、单位决算情况说明', '三、其他需要说明的事项', '四、专业名词解释'],
            '  （一）收入决算情况说明 「本年收入合计90.00万元。」\n  （二）支出决算情况说明 「本年支出合计90.00万元。」\n'
            + '  （一）机关运行经费情况 「机关运行经费10.00万元。」\n  （二）预算绩效管理情况 「开展绩效自评。」\n'
            + '  （三）其他需要说明的事项 「本部门无国有资本经营预算财政拨款收支。」\n');
        expect(part(3)).toMatch(/三、其他需要说明的事项\s*（一）机关运行经费情况\s*机关运行经费10.00万元。\s*（二）预算绩效管理情况\s*开展绩效自评。\s*（三）其他需要说明的事项\s*本部门无国有资本经营/);
        expect(part(2)).not.toContain('机关运行经费10.00万元。');
        expect(part(2)).not.toContain('开展绩效自评。');
    });

    it('keeps each section in the part its （一） numbering begins again in (重庆 綦江: 三公 unnumbered in 三、, （一）国有资产占用情况 … （四）其他需要说明的事项 in 四、)', () => {
        const part = chongqingParts(['一、部门基本情况', '二、部门决算情况说明', '三、“三公”经费情况说明', '四、其他需要说明的事项', '五、专业名词解释'],
            '  （一）收入决算情况说明 「本年收入合计90.00万元。」\n  （二）支出决算情况说明 「本年支出合计90.00万元。」\n'
            + '  “三公”经费支出总体情况说明 「“三公”经费0万元。」\n'
            + '  （一）国有资产占用情况 「车辆1辆。」\n  （二）政府采购支出情况 「政府采购支出0万元。」\n  （三）预算绩效管理情况 「开展绩效自评。」\n'
            + '  （四）其他需要说明的事项 「本单位无其他需要说明的事项。」\n');
        expect(part(3)).toContain('“三公”经费0万元。');
        expect(part(4)).toMatch(/四、其他需要说明的事项\s*（一）国有资产占用情况\s*车辆1辆。\s*（二）政府采购支出情况\s*政府采购支出0万元。\s*（三）预算绩效管理情况\s*开展绩效自评。\s*（四）其他需要说明的事项\s*本单位无其他需要说明的事项。/);
        for (const n of [2, 3]) expect(part(n)).not.toContain('开展绩效自评。');
    });

    it('holds in a part of the report\'s own the unnumbered texts on its topics written before a text under its heading (重庆: 机关运行经费情况 … 预算绩效管理情况, then （五）其他需要说明的事项)', () => {
        const written = ['一、单位基本情况', '二、单位决算情况说明', '三、其他需要说明的事项', '四、专业名词解释'].map(title => `部分 「${title}」`).join('\n');
        const html = buildHtml(REPORT(written).replace('情况说明 { 收入决算情况说明 「本年收入合计90.00万元。」 }',
            '情况说明 {\n  收入决算情况说明 「本年收入合计90.00万元。」\n  机关运行经费情况 「机关运行经费10.00万元。」\n  预算绩效管理情况 「开展绩效自评。」\n'
            + '  其他需要说明的事项 「本部门无国有资本经营预算财政拨款收支。」\n}'));
        // the parts by their headings: the template's tables part, written by none, stands between them
        const text = visibleText(html.slice(html.indexOf('</nav>')));
        const between = (from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));
        const [explanation, own] = [between('、单位决算情况说明', '、其他需要说明的事项'), between('、其他需要说明的事项', '、专业名词解释')];
        for (const said of ['机关运行经费10.00万元。', '开展绩效自评。', '本部门无国有资本经营预算财政拨款收支。']) {
            expect(own).toContain(said);
            expect(explanation).not.toContain(said);
        }
        expect(own.indexOf('机关运行经费情况')).toBeLessThan(own.indexOf('预算绩效管理情况'));
        expect(own.indexOf('预算绩效管理情况')).toBeLessThan(own.indexOf('本部门无国有资本经营'));
    });

    it('begins a part of the report\'s own where the report\'s numbering restarts at 一、 and runs on into its sections (北京: 一、“三公”经费 二、机关运行经费 in 第三部分)', () => {
        const explanation = (three: string) => `情况说明 {\n  一、收入决算情况说明 「本年收入合计90.00万元。」\n  二、财政拨款基本支出决算情况说明 「基本支出90.00万元。」\n`
            + `  ${three}财政拨款“三公”经费支出决算情况说明 「“三公”经费0万元。」\n  二、机关运行经费支出情况 「机关运行经费10.00万元。」\n  三、政府采购支出情况 「无。」\n}`;
        const written = ['第一部分 基本情况', '第二部分 2023年度部门决算说明', '第三部分 2023年度其他重要事项的情况说明', '第四部分 名词解释']
            .map(title => `部分 「${title}」`).join('\n');
        const build = (three: string) => {
            const html = buildHtml(REPORT(written).replace('情况说明 { 收入决算情况说明 「本年收入合计90.00万元。」 }', explanation(three)));
            return (n: number) => visibleText(html.slice(html.indexOf(`id="part-${n}"`), html.indexOf(`id="part-${n + 1}"`)));
        };
        // the report's parts under their numbers, the template's tables part after them
        const part = build('一、');
        expect(part(3)).toContain('一、财政拨款“三公”经费支出决算情况说明');
        expect(part(3)).toContain('二、机关运行经费支出情况');
        expect(part(2)).not.toContain('“三公”经费0万元。');
        // numbered on (三、) it is the part before's, as the template has it
        const numberedOn = build('三、');
        expect(numberedOn(2)).toContain('“三公”经费0万元。');
        expect(numberedOn(3)).not.toContain('“三公”经费0万元。');
    });

    it('numbers the parts as the report does when it lists them 一、 二、 (重庆), its sections then （一）, and an attachment heading written without a number after them all', () => {
        const written = ['一、单位基本情况', '二、单位决算情况说明', '三、其他需要说明的事项', '四、专业名词解释', '五、决算公开联系方式及信息反馈渠道', '附件：东江县水利局2023年度决算公开表']
            .map(title => `部分 「${title}」`).join('\n');
        const html = buildHtml(REPORT(written).replace('情况说明 { 收入决算情况说明 「本年收入合计90.00万元。」 }',
            '情况说明 {\n  收入决算情况说明 「本年收入合计90.00万元。」\n  机关运行经费情况 「机关运行经费10.00万元。」\n  决算公开联系方式及信息反馈渠道 「联系电话：023-70061234。」\n}'));
        const body = [...html.matchAll(/<h1 id="part-\d+-title"[^>]*>([^<]*)<\/h1>/g)].map(m => visibleText(m[1]));
        // 其他需要说明的事项 is a part of the report's own, not the template's fourth part (名词解释)
        expect(body).toEqual(['一、单位基本情况', '二、单位决算情况说明', '三、其他需要说明的事项', '四、专业名词解释', '五、决算公开联系方式及信息反馈渠道',
            '附件：东江县水利局2023年度决算公开表']);
        const part = (n: number) => visibleText(html.slice(html.indexOf(`id="part-${n}"`), html.indexOf(`id="part-${n + 1}"`)));
        expect(part(2)).toContain('（一）收入支出总体情况说明');
        expect(part(3)).toContain('机关运行经费10.00万元。');
        expect(part(2)).not.toContain('机关运行经费10.00万元。');
        // the text written under the part's own heading is the part, not a section of it
        expect(part(5)).toContain('联系电话：023-70061234。');
        expect(part(5)).not.toContain('（一）决算公开联系方式');
    });

    it('prints a row\'s 说明 that the text for its section already says nowhere else, not at the end of each part (重庆: 国有资产 in a part of its own)', () => {
        const html = buildHtml(REPORT(['一、单位基本情况', '二、单位决算情况说明', '三、其他需要说明的事项'].map(title => `部分 「${title}」`).join('\n'))
            .replace('情况说明 { 收入决算情况说明 「本年收入合计90.00万元。」 }', `情况说明 {
  收入决算情况说明 「本年收入合计90.00万元。」
  国有资产占用情况 「单价100万元（含）以上设备0台（套）。」
  国有资产 { 设备 0台（套） 说明 「单价100万元（含）以上」 }
}`));
        expect(visibleText(html)).not.toContain('设备说明');
    });

    it('prints a part of the report\'s own numbered after parts it writes no number for where its number puts it, not first', () => {
        const { body } = headings(REPORT('部分 「第五部分 决算公开联系方式及信息反馈渠道」'));
        expect(body).toEqual(['第一部分 基本情况', '第二部分 2023年度部门决算公开表', '第三部分 2023年度部门决算情况说明',
            '第四部分 名词解释', '第五部分 决算公开联系方式及信息反馈渠道']);
    });

    it('takes a heading printed 部分 … after a numbered one for the next part, its 第N lost in print (铁岭: 情况说明, 名词解释, then the tables)', () => {
        const written = ['第一部分 东江县水利局概况', '第二部分 2023年度部门决算情况说明', '部分 名词解释', '部分 2023年度部门决算表', '部分 绩效']
            .map(title => `部分 「${title}」`).join('\n');
        expect(headings(REPORT(written)).body).toEqual(['第一部分 东江县水利局概况', '第二部分 2023年度部门决算情况说明', '第三部分 名词解释',
            '第四部分 2023年度部门决算表', '第五部分 绩效']);
        // before any numbered heading 部分 is a word of the title, not a lost number
        expect(headings(REPORT('部分 「部分 东江县水利局概况」')).body[0]).toBe('第一部分 部分 东江县水利局概况');
    });

    it('prints under a part of no template topic the text its words name, not in 决算情况说明 (联系方式)', () => {
        for (const parts of [['部分 「第五部分 决算公开联系方式及信息反馈渠道」'],
            ['第一部分 基本情况', '第二部分 部门决算表', '第三部分 部门决算情况说明', '第四部分 名词解释', '第五部分 联系方式'].map(title => `部分 「${title}」`)]) {
            // written first in 情况说明, and written last
            for (const explanation of ['情况说明 {\n  联系方式 「联系电话：0000-1234567。」\n  收入决算情况说明 「本年收入合计90.00万元。」\n}',
                '情况说明 {\n  收入决算情况说明 「本年收入合计90.00万元。」\n  联系方式 「联系电话：0000-1234567。」\n}']) {
                const html = buildHtml(REPORT(parts.join('\n')).replace('情况说明 { 收入决算情况说明 「本年收入合计90.00万元。」 }', explanation));
                const part = (n: number) => visibleText(html.slice(html.indexOf(`id="part-${n}"`), n < 5 ? html.indexOf(`id="part-${n + 1}"`) : undefined));
                expect(part(5)).toMatch(/第五部分 [^]*联系电话：0000-1234567。/);
                expect(part(3)).not.toContain('联系电话');
            }
        }
    });

    it('prints a text whose key is its part\'s own heading as the part\'s body, not under the heading again (第五部分 联系方式 with 联系方式 「…」)', () => {
        const parts = ['第一部分 基本情况', '第二部分 部门决算表', '第三部分 部门决算情况说明', '第四部分 名词解释', '第五部分 联系方式'].map(title => `部分 「${title}」`);
        const html = buildHtml(REPORT(parts.join('\n')).replace('情况说明 { 收入决算情况说明 「本年收入合计90.00万元。」 }',
            '情况说明 {\n  收入决算情况说明 「本年收入合计90.00万元。」\n  联系方式 「联系电话：0000-1234567。」\n}'));
        const part = visibleText(html.slice(html.indexOf('id="part-5"')));
        expect(part).toMatch(/第五部分 联系方式\s*联系电话：0000-1234567。/);
        expect(part).not.toContain('一、联系方式');
    });

    it('keeps each text\'s heading where a part of the report\'s own holds several', () => {
        const parts = ['第一部分 基本情况', '第二部分 部门决算表', '第三部分 部门决算情况说明', '第四部分 名词解释', '第五部分 联系方式'].map(title => `部分 「${title}」`);
        const html = buildHtml(REPORT(parts.join('\n')).replace('情况说明 { 收入决算情况说明 「本年收入合计90.00万元。」 }',
            '情况说明 {\n  收入决算情况说明 「本年收入合计90.00万元。」\n  联系方式 「联系电话：0000-1234567。」\n  信息反馈渠道 「电子邮箱：dj@example.cn。」\n}'));
        const part = visibleText(html.slice(html.indexOf('id="part-5"')));
        expect(part).toContain('一、联系方式');
        expect(part).toContain('二、信息反馈渠道');
    });

    it('四川: the contents print 第二部分 without its year in the seed\'s 2020, with it from 2021 (省外事办 2021, 泸州 2023)', () => {
        expect(headings(EXAMPLE_TEXT).contents).toContain('第二部分 部门决算情况说明');
        const later = headings(EXAMPLE_TEXT.replace(/^年度 2020$/m, '年度 2022').replace(/^模板 「[^」]*」$/m, '模板 「四川 2022」'));
        expect(later.contents).toContain('第二部分 2022年度部门决算情况说明');
        expect(later.body).toContain('第二部分 2022年度部门决算情况说明');
    });

    it('takes a heading for a part of the template by its words, not by its number alone (四川: 第五部分 联系方式 is not the 附表)', () => {
        for (const template of ['四川 2020', '四川 2024']) {
            const text = EXAMPLE_TEXT.replace(/^模板 「[^」]*」\n/m, `模板 「${template}」\n部分 「第五部分 联系方式」\n`)
                .replace(/^情况说明 \{\n/m, '情况说明 {\n  联系方式 「联系电话：0833-1234567。」\n');
            const { body } = headings(text);
            // the report's 第五部分 stands; the template's 附表 follows it
            expect(body).toContain('第六部分 附表');
            expect(body).toContain('第五部分 联系方式');
            const html = buildHtml(text);
            const n = body.indexOf('第六部分 附表') + 1;
            const tables = visibleText(html.slice(html.indexOf(`id="part-${n}"`), html.indexOf(`id="part-${n + 1}"`)));
            expect(tables).toContain('收入支出决算总表');
            expect(tables).not.toContain('联系电话');
            expect(visibleText(html)).toMatch(/部分 联系方式\s*联系电话：0833-1234567。/);
        }
    });

    it('prints 第N部分 with the colon the report writes after it, the parts it writes no heading for alike (广西: 第一部分：…)', () => {
        const { contents, body } = headings(REPORT('部分 「第一部分：东江县水利局概况」\n部分 「第三部分：2023年度部门决算情况说明」'));
        const expected = ['第一部分：东江县水利局概况', '第二部分：部门决算公开表', '第三部分：2023年度部门决算情况说明', '第四部分：名词解释'];
        expect(body.map(h => h.replace(/2023年度部门决算公开表/, '部门决算公开表'))).toEqual(expected);
        expect(contents).toEqual(body);
        // written with spaces, or with a colon on some parts only: a space where the report writes none
        expect(headings(REPORT('部分 「第一部分：东江县水利局概况」\n部分 「第三部分 2023年度部门决算情况说明」')).body)
            .toEqual(['第一部分：东江县水利局概况', '第二部分 2023年度部门决算公开表', '第三部分 2023年度部门决算情况说明', '第四部分 名词解释']);
    });

    it('prints a table label written with a colon before its title as one line (广西: 表一：收入支出决算总表), in the contents and over the table', () => {
        const html = buildHtml(REPORT('').replace('表1 收入支出决算总表 {', '表一：收入支出决算总表 {'));
        const toc = [...html.matchAll(/<li class="toc-2">(?:<a[^>]*>)?([^<]*)/g)].map(m => m[1]);
        expect(toc).toContain('表一：收入支出决算总表');
        // the tables the report lacks are labelled alike
        expect(toc).toContain('表二：收入决算表');
        expect(html).toContain('<h2 class="table-title">表一：收入支出决算总表</h2>');
        expect(html).not.toContain('一、收入支出决算总表');
    });
});
