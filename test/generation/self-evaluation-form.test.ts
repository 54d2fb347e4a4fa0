// A 项目支出绩效自评表 prints as the report writes it: 主管部门 and 实施单位 in its head, the money's lines under their own
// names with their 年初预算, the indicators' columns the source writes (指标性质, 度量单位, 权重/分值, 得分, 偏差原因),
// the 执行率's and the 总分's scores, the form's other lines (评价结论 …) as its rows; nothing of it again after the form.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const report = (template: string, year: number, project: string, unit = '万元') => `模板 「${template}」
部门 「某县水利局」
年度 ${year}
单位 ${unit}
情况说明 {
  预算绩效 {
${project}
  }
}
`;

const NATIONAL = `    项目 「水旱灾害防御经费」 {
      表名 「项目支出绩效自评表」
      主管部门 「某县水利局」
      实施单位 「某县水利局防汛办公室」
      预算数 880 年初预算 800 { 财政拨款 860 年初预算 790  上年结转资金 20 年初预算 10 }
      执行数 870 完成预算 98.86% { 财政拨款 850  上年结转资金 20 }
      执行率 分值 10 得分 9.9
      年度目标 { 预期 「完成年度防汛工作。」 实际 「完成年度目标。」 }
      指标 {
        产出指标 {
          数量指标 {
            完成中型灌区节水改造项目数量 预期 ≥1个 实际 1个 分值 50 得分 50
          }
        }
        满意度指标 {
          服务对象满意度指标 {
            服务对象满意度 预期 ≥90% 实际 86% 分值 40 得分 36 偏差原因 「个别村组宣传不到位，下年加强宣传。」
          }
        }
      }
      总分 100 得分 95.9
      评价结论 「项目完成较好。」
    }`;

const SICHUAN = `    项目 「工资性支出」 {
      表名 「部门预算项目支出绩效自评表」
      主管部门 「某县发展和改革局本级」
      实施单位 「某县发展和改革局」
      预算数 251.89 年初预算 238.93 {
        财政资金 251.89 年初预算 238.93
        财政专户管理资金 0.00 年初预算 0.00
        单位资金 0.00 年初预算 0.00
      }
      执行数 251.89 完成预算 100.00% {
        财政资金 251.89 完成预算 100.00%
        财政专户管理资金 0.00 完成预算 0.00%
        单位资金 0.00 完成预算 0.00%
      }
      年度目标 { 预期 「保障工资及时、足额发放。」 实际 「已保障。」 }
      指标 {
        产出指标 {
          数量指标 {
            「发放（缴纳）覆盖率」 指标性质 = 预期 100 度量单位 「%」 权重 60
          }
        }
      }
      存在问题 「无。」
    }`;

const rowsOf = (html: string) => {
    const start = html.indexOf('id="project-1"');
    const form = html.slice(start, html.indexOf('</table>', start));
    return [...form.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(row => visibleText(row[1].replace(/<\/t[hd]>/g, '|')).replace(/\s+/g, ''));
};

describe('a 项目支出绩效自评表', () => {
    it('prints its head, money, indicators\' columns, scores and lines as written (the national form)', () => {
        const html = buildHtml(report('全国', 2024, NATIONAL));
        expect(rowsOf(html)).toEqual([
            '项目名称|水旱灾害防御经费|',
            '主管部门|某县水利局|实施单位|某县水利局防汛办公室|',
            '项目资金（万元）|年初预算数|全年预算数|全年执行数|分值|执行率|得分|',
            '年度资金总额|800|880|870|10|98.86%|9.9|',
            '其中：财政拨款|790|860|850||||',
            '上年结转资金|10|20|20||||',
            '年度总体目标|预期目标|实际完成情况|',
            '完成年度防汛工作。|完成年度目标。|',
            '绩效指标完成情况|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施|',
            '产出指标|数量指标|完成中型灌区节水改造项目数量|≥1个|1个|50|50||',
            '满意度指标|服务对象满意度指标|服务对象满意度|≥90%|86%|40|36|个别村组宣传不到位，下年加强宣传。|',
            '总分|100|95.9|',
            '评价结论|项目完成较好。|',
        ]);
        const text = visibleText(html).replace(/\s+/g, '');
        for (const again of ['表名：', '主管部门：', '实施单位：', '评价结论：', '偏差原因：']) expect(text).not.toContain(again);
    });

    it('prints the funds the source names, not the template\'s, and a 度量单位 column\'s values bare (四川 2024)', () => {
        const html = buildHtml(report('四川 2024', 2023, SICHUAN));
        const rows = rowsOf(html);
        expect(rows.slice(2, 7)).toEqual([
            '项目资金（万元）|年初预算数|全年预算数|全年执行数|执行率|',
            '年度资金总额|238.93|251.89|251.89|100.00%|',
            '其中：财政资金|238.93|251.89|251.89|100.00%|',
            '财政专户管理资金|0.00|0.00|0.00|0.00%|',
            '单位资金|0.00|0.00|0.00|0.00%|',
        ]);
        expect(rows).toContain('绩效指标完成情况|一级指标|二级指标|三级指标|指标性质|年度指标值|度量单位|实际完成值|权重|');
        expect(rows).toContain('产出指标|数量指标|发放（缴纳）覆盖率|=|100|%||60|');
        expect(rows.at(-1)).toBe('存在问题|无。|');
        expect(rows.join('')).not.toContain('〔未填写');
        expect(rows.join('')).not.toContain('其它资金');
    });

    it('heads its money with the report\'s unit: 元 in a report of 元 (test/trials/dalian-2025-district-ocean-centre-yuan.txt)', () => {
        const rows = rowsOf(buildHtml(report('全国', 2025, NATIONAL, '元')));
        expect(rows[2]).toBe('项目资金（元）|年初预算数|全年预算数|全年执行数|分值|执行率|得分|');
    });
});
