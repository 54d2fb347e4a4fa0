// Each project's 项目绩效目标完成情况表 prints after the summary the user wrote for that project, as
// the Sichuan report prints it, not after the whole 预算绩效 text.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const project = (name: string, budget: string) => `    项目 「${name}」 {
      预算数 ${budget}
      执行数 ${budget}
      年度目标 { 预期 「完成${name}」 实际 「已完成${name}」 }
    }`;

const REPORT = `模板 「四川 2020」
部门 「某县卫生健康局」
年度 2022
单位 万元
情况说明 {
  其他重要事项的情况说明 「（一）预算绩效管理情况
本部门对2个项目开展了绩效目标完成情况梳理填报。
1.项目绩效目标完成情况
本部门在2022年度部门决算中反映“疫苗接种项目”“卫生监督项目”2个项目绩效目标实际完成情况。
（1）“疫苗接种项目”项目绩效目标完成情况综述。项目全年预算数100.00万元，执行数为100.00万元。
项目完成了全年接种任务。
（2）“卫生监督项目”项目绩效目标完成情况综述。项目全年预算数50.00万元，执行数为50.00万元。
2.部门绩效评价结果。
本部门开展了部门整体支出绩效自评。」
  预算绩效 {
${project('疫苗接种项目', '100.00')}
${project('卫生监督项目', '50.00')}
  }
}
`;

describe('project performance tables in the user\'s 预算绩效 text', () => {
    it('print each after its own project\'s summary', () => {
        const text = visibleText(buildHtml(REPORT)).replace(/\s+/g, '');
        const at = (needle: string) => text.indexOf(needle);
        const order = [
            at('（1）“疫苗接种项目”项目绩效目标完成情况综述'), at('项目完成了全年接种任务。'), at('完成疫苗接种项目已完成疫苗接种项目'),
            at('（2）“卫生监督项目”项目绩效目标完成情况综述'), at('完成卫生监督项目已完成卫生监督项目'),
            at('2.部门绩效评价结果。'),
        ];
        expect(order.every(i => i >= 0), text).toBe(true);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
    });

    it('print the text once where the forms stand within it, among other sub-sections (四川 2024)', () => {
        const text = REPORT.replace('模板 「四川 2020」', '模板 「四川 2024」').replace('年度 2022', '年度 2024')
            .replace('「（一）预算绩效管理情况', '「（一）机关运行经费支出情况\n本部门机关运行经费支出10.00万元。\n（二）预算绩效管理情况');
        const printed = visibleText(buildHtml(text)).replace(/\s+/g, '');
        expect(printed.split('本部门开展了部门整体支出绩效自评。')).toHaveLength(2);
        expect(printed).not.toContain('其他重要事项的情况说明：');
    });
});

describe('the 项目绩效目标完成情况表 prints what is written', () => {
    const bare = (template: string) => `模板 「${template}」
部门 「某县教育局」
年度 2022
单位 万元
情况说明 {
  预算绩效 {
    项目 「校舍维修项目」 {
      预算数 80.00
      执行数 76.00
    }
  }
}
`;
    const form = (html: string) => html.slice(html.indexOf('id="project-1"'), html.indexOf('</table>', html.indexOf('id="project-1"')));

    it('in a format without the form, no line the source leaves out', () => {
        const html = form(buildHtml(bare('全国 2019—2021')));
        expect(visibleText(html)).toContain('校舍维修项目');
        expect(visibleText(html).replace(/\s+/g, '')).toContain('预算数：80.00');
        expect(html).not.toContain('〔未填写');
        expect(html).not.toContain('其中-财政拨款');
        expect(html).not.toContain('年度目标完成情况');
    });

    it('under the title the report prints, a 自评表 with its money in columns and its 执行率 (上海: 项目支出绩效自评表)', () => {
        const text = bare('上海 2024').replace('年度 2022', '年度 2024').replace(`      预算数 80.00
      执行数 76.00`, `      表名 「项目支出绩效自评表」
      预算数 80.00 { 财政拨款 80.00 其他资金 0 }
      执行数 76.00 完成预算 95% { 财政拨款 76.00 其他资金 0 }`);
        const html = buildHtml(text);
        const rows = [...form(html).matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(row => visibleText(row[1].replace(/<\/t[hd]>/g, '|')).replace(/\s+/g, ''));
        expect(html).toContain('<h2 class="table-title">项目支出绩效自评表</h2>');
        expect(html).not.toContain('项目绩效目标完成情况表');
        expect(rows.slice(2)).toEqual(['项目资金（万元）|全年预算数|全年执行数|执行率|', '年度资金总额|80.00|76.00|95%|', '其中：财政拨款|80.00|76.00||', '其他资金|0|0||']);
    });

    it('with its money cells as written: 0.00 and a blank (-) stay 0.00 and -, not the 0 a sentence says', () => {
        const text = bare('上海 2024').replace('年度 2022', '年度 2024').replace(`      预算数 80.00
      执行数 76.00`, `      表名 「项目支出绩效自评表」
      预算数 80.00 { 财政拨款 80.00 其他资金 0.00 }
      执行数 76.00 完成预算 95% { 财政拨款 76.00 其他资金 - }`);
        const rows = [...form(buildHtml(text)).matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(row => visibleText(row[1].replace(/<\/t[hd]>/g, '|')).replace(/\s+/g, ''));
        expect(rows).toContain('其他资金|0.00|-||');
    });

    it('in the Sichuan form, every line, 〔未填写〕 where the source leaves one out', () => {
        const html = form(buildHtml(bare('四川 2020')));
        expect(html).toContain('其中-财政拨款');
        expect(html).toContain('年度目标完成情况');
        expect(html).toContain('〔未填写〕');
    });
});

describe('projects of a performance part of the report\'s own', () => {
    it('print in that part\'s forms only, not again as leftovers of the other parts (北京: 第四部分 绩效评价情况)', () => {
        const text = `模板 「全国」
部门 「某区文化馆」
年度 2024
单位 万元
部分 「第一部分 2024年度部门决算报表」
部分 「第二部分 2024年度部门决算说明」
部分 「第三部分 2024年度其他重要事项的情况说明」
部分 「第四部分 2024年度部门绩效评价情况」
情况说明 {
  收入支出决算总体情况说明 「收支总计100.00万元。」
  机关运行经费支出情况 「机关运行经费支出10.00万元。」
  部门绩效评价情况 「本部门对1个项目开展了绩效自评。」
  预算绩效 {
    项目 「公共文化活动组织」 {
      预算数 80.00
      执行数 76.00
      年度目标 { 预期 「全年组织惠民演出不少于300场」 实际 「全年组织惠民演出312场」 }
    }
  }
}
`;
        const printed = visibleText(buildHtml(text)).replace(/\s+/g, '');
        expect(printed).toContain('全年组织惠民演出不少于300场');
        expect(printed).not.toContain('预期目标：');
        expect(printed).not.toContain('项目：公共文化活动组织');
    });
});
