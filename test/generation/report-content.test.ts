// The report built from examples/leshan-2020.juesuan against the published report it
// transcribes: every figure the seed states is in the report, in the seed's order of parts,
// sections, charts and tables. Headings and titles are written out here and in
// expected-layouts.ts, never taken from the generator's constants.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeNeeding } from '../support/prerequisites.js';
import { EXPECTED_LAYOUTS } from './expected-layouts.mjs';
import { buildHtml, SEED_MISSING, SEED_TEXT, seedFigures, visibleText } from './helpers.js';

const SICHUAN = EXPECTED_LAYOUTS['sichuan-2020']!;

let html: string;
let text: string;
/** The report's text after its cover and contents: the parts themselves. */
let body: string;

beforeAll(() => {
    html = buildHtml();
    text = visibleText(html);
    const start = html.indexOf('id="part-1"');
    body = visibleText(html.slice(html.lastIndexOf('<section', start)));
});

/** Positions of `needles` in `haystack`, each searched after the previous one. */
function inOrder(haystack: string, needles: readonly string[]): { missing?: string } {
    let from = 0;
    for (const needle of needles) {
        const at = haystack.indexOf(needle, from);
        if (at < 0) return { missing: needle };
        from = at + needle.length;
    }
    return {};
}

describeNeeding(SEED_MISSING, 'every figure of the seed', () => {
    it('finds a good number of figures in the seed (the extraction works)', () => {
        const figures = seedFigures(SEED_TEXT!);
        expect(figures.length).toBeGreaterThan(100);
        expect(figures).toContain('3569.58万元');
        expect(figures).toContain('110.38%');
        expect(figures).toContain('27批次');
        expect(figures).toContain('2台（套）');
    });

    it('states each in the report text (charts left out)', () => {
        const missing = seedFigures(SEED_TEXT!).filter(f => !text.includes(f));
        expect(missing).toEqual([]);
    });

    it('states them in the seed order: the first mention of each figure comes in the same order', () => {
        // figures only the 附件 or the free text repeat are left aside; of the others, the order of
        // first mentions in parts 1–4 must be the seed's
        const seedBody = SEED_TEXT!.slice(SEED_TEXT!.indexOf('第一部分 部门概况', SEED_TEXT!.indexOf('十四、国有资本经营预算财政拨款支出决算表') + 1));
        const reportBody = body.slice(0, body.indexOf('第五部分 附表'));
        const figures = seedFigures(seedBody).filter(f => reportBody.includes(f));
        const seedOrder = [...figures].sort((a, b) => seedBody.indexOf(a) - seedBody.indexOf(b));
        const reportOrder = [...figures].sort((a, b) => reportBody.indexOf(a) - reportBody.indexOf(b));
        expect(reportOrder).toEqual(seedOrder);
    });
});

describe('the seed order', () => {
    it('has the cover, the contents, then the five parts in order', () => {
        // the seed prints its 公开时间 under the contents' heading, as the example now writes it (目录, then 公开时间)
        expect(inOrder(text, ['2020年度', '乐山高新区党工委办公室', '部门决算', '目录', '公开时间：2021年11月22日'])).toEqual({});
        expect(inOrder(body, SICHUAN.parts.map(p => p.replace('{year}', '2020')))).toEqual({});
    });

    it('lists the same contents as the seed', () => {
        const contents = text.slice(text.indexOf('目录'), text.indexOf('第一部分 部门概况', text.indexOf('十四、')));
        // the seed's own heading: the first of the forms the expected layouts allow (the year printed from 2021)
        const [one, two, three, four, five] = SICHUAN.contentsParts.map(part => part.split('|')[0]);
        expect(inOrder(contents, [
            one, '一、基本职能及主要工作', '二、机构设置', two, ...SICHUAN.sections,
            three, four, '附件1', five, ...SICHUAN.tables,
        ])).toEqual({});
    });

    it('has 第一部分 with its sections', () => {
        expect(inOrder(body, ['第一部分 部门概况', '一、基本职能及主要工作', '（一）主要职能', '（二）2020年重点工作完成情况', '二、机构设置', '第二部分'])).toEqual({});
    });

    it('has the ten sections of 第二部分 in order, with the seven charts where the seed has them', () => {
        const sections = SICHUAN.sections;
        expect(inOrder(body, [
            sections[0], '图1：收、支决算总计变动情况图',
            sections[1], '（注：数据来源于财决01表）', '图2：收入决算结构图',
            sections[2], '（注：数据来源于财决04表）', '图3：支出决算结构图',
            sections[3], '图4：财政拨款收、支决算总计变动情况',
            sections[4], '（一）一般公共预算财政拨款支出决算总体情况', '图5：一般公共预算财政拨款支出决算变动情况',
            '（二）一般公共预算财政拨款支出决算结构情况', '图6：一般公共预算财政拨款支出决算结构',
            '（三）一般公共预算财政拨款支出决算具体情况',
            sections[5], sections[6], '（一）“三公”经费财政拨款支出决算总体情况说明', '（二）“三公”经费财政拨款支出决算具体情况说明',
            '图7：“三公”经费财政拨款支出结构', '1.因公出国（境）经费支出', '2.公务用车购置及运行维护费支出', '3.公务接待费支出',
            sections[7], sections[8], sections[9],
            '（一）机关运行经费支出情况', '（二）政府采购支出情况', '（三）国有资产占有使用情况', '（四）预算绩效管理情况',
            '1.项目绩效目标完成情况', '（1）“管委会运行经费”', '项目绩效目标完成情况表', '（2）“招商经费”', '（3）“公务用车车辆租赁费”',
            '（4）“视频会议点名系统”', '（5）“精准扶贫、驻村帮扶专项经费”', '2.部门绩效评价结果。',
            '第三部分 名词解释',
        ])).toEqual({});
    });

    it('words the standard sentences as the seed does, figures in the seed order', () => {
        for (const sentence of [
            '2020年度收、支总计3569.58万元。与2019年相比，收、支总计各增加1872.89万元，增长110.38%。主要变动原因是增加2017年-2019年高新大厦、行政服务中心租金及物业管理费收支。',
            '2020年本年收入合计3569.58万元，其中：一般公共预算财政拨款收入3569.58万元，占100%；政府性基金预算财政拨款收入0万元，占0%；上级补助收入0万元，占0%；事业收入0万元，占0%；经营收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入0万元，占0%。',
            '2020年本年支出合计3569.58万元，其中：基本支出854.57万元，占23.94%；项目支出2715.01万元，占76.06%；上缴上级支出0万元，占0%；经营支出0万元，占0%；对附属单位补助支出0万元，占0%。',
            '2020年财政拨款收、支总计3569.58万元。与2019年相比，财政拨款收、支总计各增加1872.89万元，增长110.38%。',
            '2020年一般公共预算财政拨款支出3569.58万元，占本年支出合计的100%。与2019年相比，一般公共预算财政拨款增加1872.89万元，增长110.38%。',
            '一般公共服务（201）支出2952.54万元，占82.71%；社会保障和就业（208）支出245.29万元，占6.87%；卫生健康（210）支出72.07万元，占2.02%；农林水（213）支出60.65万元，占1.70%；住房保障（221）支出239.03万元，占6.70%。',
            '人员经费772.13万元，主要包括：基本工资、津贴补贴、奖金、伙食补助费、',
            '2020年“三公”经费财政拨款支出决算为6.38万元，完成预算22.54%，决算数小于预算数的主要原因是：1.按照中央八项规定和厉行勤俭节约的要求，对公务接待费进行压缩；2.当年没有因公出国（境）安排。',
            '因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算1.46万元，占22.88%；公务接待费支出决算4.92万元，占77.12%。具体情况如下：',
            '1.因公出国（境）经费支出0万元，完成预算0%。全年安排因公出国（境）团组0次，出国（境）0人。因公出国（境）支出决算比2019年减少7.53万元，下降100%。主要原因是当年没有因公出国（境）安排。',
            '公务用车购置及运行维护费支出决算比2019年减少1.01万元，下降40.89%。主要原因是：1.贯彻落实厉行节约有关要求，对经费支出进行压减；2.因为疫情原因，因公出差减少。',
            '其中：公务用车购置支出0万元。全年按规定更新购置公务用车0辆，其中：轿车0辆、金额0万元，越野车0辆、金额0万元，载客汽车0辆、金额0万元。截至2020年12月底，单位共有公务用车1辆，其中：轿车1辆、越野车0辆、载客汽车0辆。',
            '3.公务接待费支出4.92万元，完成预算82%。公务接待费支出决算比2019年减少9.4万元，下降65.64%。',
            '国内公务接待27批次，292人次（不包括陪同人员），共计支出4.92万元，具体内容包括：',
            '外事接待支出0万元，外事接待0批次，0人，共计支出0万元。',
            '2020年政府性基金预算拨款支出0万元。',
            '2020年国有资本经营预算拨款支出0万元。',
            '2020年，高新区党工委办公室机关运行经费支出82.45万元，比2019年减少24.92万元，下降23.21%。主要原因是按照厉行勤俭节约的要求，严格把控各项经费支出。',
            '2020年，高新区党工委办公室政府采购支出总额0.96万元，其中：政府采购货物支出0.96万元、政府采购工程支出0万元、政府采购服务支出0万元。主要用于档案数字化管理和办公室日常工作。授予中小企业合同金额0万元，占政府采购支出总额的0%，其中：授予小微企业合同金额0万元，占政府采购支出总额的0%。',
            '截至2020年12月31日，高新区党工委办公室共有车辆12辆，其中：主要领导干部用车0辆、机要通信用车1辆、应急保障用车0辆、其他用车11辆（已拍卖处置，待账务处理），单价50万元以上通用设备2台（套），单价100万元以上专用设备0台（套）。',
            '组织对7个项目开展了预算事前绩效评估，编制了项目绩效目标，预算执行过程中，选取5个项目开展绩效监控，年终执行完毕后，对5个项目开展了绩效目标完成情况梳理填报。',
            '本部门在2020年度部门决算中反映“管委会运行经费”“招商经费”“公务用车车辆租赁费”等5个项目绩效目标实际完成情况。',
            '（1）“管委会运行经费”项目绩效目标完成情况综述。项目全年预算数326.43万元，执行数为308万元，完成预算的94.35%。通过项目实施，',
            '《高新区党工委办公室2020年部门整体支出绩效评价报告》见附件（附件1）。',
        ]) {
            expect(body, sentence).toContain(sentence);
        }
    });

    it('has 第三部分 名词解释 numbered as the seed, and 第四部分 with its 附件 (references resolved)', () => {
        expect(inOrder(body, ['第三部分 名词解释', '1.财政拨款收入：指单位从同级财政部门取得的财政预算资金。', '9.一般公共服务（201）政府办公厅（室）及相关机构事务（03）行政运行（01）：',
            '19.“三公”经费：', '20.机关运行经费：', '第四部分 附件', '附件1', '高新区党工委办公室2020年部门整体支出绩效评价报告',
            '高新区党工委办公室现有编制18个。在职人员总数 21人，其中：参照公务员法管理人员17人，工勤人员1人，其他人员3人。',
            '“三公”经费支出6.38万元', '公务用车保有量1辆'])).toEqual({});
        expect(body).not.toContain('【');
    });

    it('has 第五部分: the list of the 14 附表, then each 附表 on its own page in order, 单位：万元 above each', () => {
        const part5 = body.slice(body.indexOf('第五部分 附表'));
        expect(inOrder(part5, SICHUAN.tables)).toEqual({});
        const pages = [...html.matchAll(/<section class="table-page[^"]*" id="table-(\d+)"[\s\S]*?<\/section>/g)];
        expect(pages.map(p => Number(p[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
        for (const [page, number] of pages) {
            const title = SICHUAN.tables[Number(number) - 1].replace(/^[一二三四五六七八九十]+、/, '');
            expect(visibleText(page)).toContain(title);
            expect(visibleText(page)).toContain('单位：万元');
            expect(page).toContain('<table');
        }
    });

    it('prints each empty 附表 with its statement', () => {
        for (const n of [11, 12, 13, 14]) {
            const page = html.match(new RegExp(`<section class="table-page[^"]*" id="table-${n}"[\\s\\S]*?</section>`))![0];
            expect(visibleText(page)).toContain('本表无数据');
            expect(visibleText(page)).toMatch(/注：本部门2020年度没有.+，故本表无数据。/);
        }
    });

    it('puts the figures of the tables in the tables', () => {
        const page6 = visibleText(html.match(/<section class="table-page[^"]*" id="table-6"[\s\S]*?<\/section>/)![0]);
        expect(inOrder(page6, ['合计', '3569.58', '854.57', '2715.01', '201', '一般公共服务支出', '2952.54', '2010301', '行政运行', '298.18', '221', '住房保障支出'])).toEqual({});
        const page10 = visibleText(html.match(/<section class="table-page[^"]*" id="table-10"[\s\S]*?<\/section>/)![0]);
        expect(inOrder(page10, ['预算数', '决算数', '合计', '6.38', '因公出国（境）费', '0', '公务接待费', '4.92'])).toEqual({});
    });

    it('publishes without the preview marks and without scripts', () => {
        expect(html).not.toMatch(/class="[^"]*\b(broken|derived|missing)\b/);
        expect(html).not.toMatch(/<script/i);
        expect(html).toContain('@page { size: A4;');
    });
});
