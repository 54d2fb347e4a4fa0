// Each template words its standard sentences as its published reports do (src/templates/<id>/SOURCES.md),
// and states completion against its own budget only: one report, with no text of its own in
// 情况说明, built in each template. The sentences are written out here, never read from the
// wording modules; a template printing another's wording fails.
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/generation/report-html.js';
import { parseReport } from '../../src/generation/report-source.js';
import { visibleText } from './helpers.js';

type Label = (table: 'overview' | 'expenditure' | 'appropriation' | 'general' | 'three') => string;

/** How each template numbers the tables the report has. */
const LABELS: Record<string, Label> = {
    '全国': t => `表 ${{ overview: 1, expenditure: 3, appropriation: 4, general: 5, three: 9 }[t]}`,
    '上海 2024': t => `表${{ overview: '一', expenditure: '三', appropriation: '四', general: '五', three: '七' }[t]}`,
    '四川 2020': t => `附表 ${{ overview: 1, expenditure: 3, appropriation: 4, general: 6, three: 10 }[t]}`,
    '四川 2024': t => `附表 ${{ overview: 1, expenditure: 3, appropriation: 4, general: 6, three: 13 }[t]}`,
};

/** The report's text as published, and the generated paragraphs of its preview (〔未填写〕 where a figure is missing). */
function build(template: string): { text: string; generated: string[] } {
    return built(source(template, LABELS[template]));
}

function built(text: string): { text: string; generated: string[] } {
    const { model } = parseReport(text);
    const preview = renderReportHtml(model, { mode: 'preview' });
    const generated = [...preview.matchAll(/<p [^>]*data-generated="true"[^>]*>([\s\S]*?)<\/p>/g)]
        .map(m => visibleText(m[1].replace(/<span class="missing"[^>]*>[^<]*<\/span>/g, '〔未填写〕')));
    return { text: visibleText(renderReportHtml(model)), generated };
}

function source(template: string, t: Label): string {
    return `模板 「${template}」
部门 「测试局」
简称 「测试局」
年度 2024
单位 万元

情况说明 {
  三公经费 {
    因公出国（境） 2次 6人
    公务用车 {
      购置 1辆
      保有 3辆
    }
  }
  机关运行经费 50 上年 40 增加 10 增长 25%
}

${t('overview')} 收入支出决算总表 {
  收入 {
    一般公共预算财政拨款收入 200
    本年收入合计 200 上年 160 增加 40 增长 25%
    总计 200 上年 160 增加 40 增长 25%
  }
  支出 {
    本年支出合计 200 上年 160 增加 40 增长 25%
    总计 200 上年 160 增加 40 增长 25%
  }
}

${t('expenditure')} 支出决算表 {
  列【本年支出合计 基本支出 项目支出】
  合计 200 150 50
}

${t('appropriation')} 财政拨款收入支出决算总表 {
  收入 {
    一般公共预算财政拨款 200
    本年收入合计 200
    总计 200 上年 160 增加 40 增长 25%
  }
  支出 {
    本年支出合计 200
    总计 200 上年 160 增加 40 增长 25%
  }
}

${t('general')} 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 200 150 50 上年 160 增加 40 增长 25% 年初预算 160 全年预算 200
  201 一般公共服务支出 200 150 50 差异原因 「追加预算」 {
    20103 政府办公厅（室）及相关机构事务 200 150 50 {
      2010301 行政运行 150 150 0 年初预算 120 全年预算 150
      2010302 一般行政管理事务 50 0 50 全年预算 50
    }
  }
}

${t('three')} 一般公共预算财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  合计 10 8 年初预算 16 上年 10 减少 2 下降 20%
  因公出国（境）费 2 2 年初预算 4
  公务用车购置及运行维护费 6 4 年初预算 8 {
    公务用车购置费 3 2
    公务用车运行维护费 3 2 用途 「公务出行」
  }
  公务接待费 2 2 年初预算 4
}
`;
}

/** Sentences only the standard (seed) wording prints. */
const STANDARD_ONLY = [
    '2024年本年收入合计200万元，其中：',
    '2024年财政拨款收、支总计200万元。',
    '2024年一般公共预算支出决算数为200万元',
    '完成预算100%',
    '1.因公出国（境）经费支出2万元',
    '全年按规定更新购置公务用车1辆',
    '2024年，测试局机关运行经费支出50万元',
];

describe('each template words the standard sentences in its published wording', () => {
    it('national: 〔年〕年度, 收入总计 and 支出总计, 比上年的…, 年初预算为…完成年初预算的…, 购置数 and 保有量', () => {
        const { generated } = build('全国');
        for (const sentence of [
            '2024年度收入总计200万元，支出总计200万元。与2023年相比，收、支总计各增加40万元，增长25%。',
            '2024年度本年收入合计200万元，比2023年的160万元，增加40万元，增长25%。其中：一般公共预算财政拨款收入200万元，占100%。',
            '2024年度本年支出合计200万元，比2023年的160万元，增加40万元，增长25%。其中：基本支出150万元，占75.00%；',
            '2024年度财政拨款收入总计200万元，支出总计200万元。与2023年相比，财政拨款收、支总计各增加40万元，增长25%。',
            '2024年度一般公共预算财政拨款支出200万元，占本年支出合计的100%，比2023年的160万元，增加40万元，增长25%。',
            '2024年度一般公共预算财政拨款支出年初预算为160万元，支出决算为200万元，完成年初预算的125.00%。其中：',
            '1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）年初预算为120万元，支出决算为150万元，完成年初预算的125.00%；',
            '决算数大于年初预算数的主要原因是追加预算。',
            '2024年度一般公共预算财政拨款基本支出150万元',
            // the 三公 table's 预算数 is the 全年预算 in the 2022 format (national/SOURCES.md 3, LH): the column, not the 年初预算 beside it
            '2024年度“三公”经费财政拨款支出决算为8万元，完成全年预算10万元的80.00%，比上年决算数减少2万元，下降20%。',
            '1.因公出国（境）费支出决算为2万元，完成全年预算2万元的100%。全年安排因公出国（境）团组2次，出国（境）6人。',
            '其中：公务用车购置支出为2万元，公务用车购置数1辆。',
            '公务用车运行维护费支出2万元，公务用车保有量为3辆，主要用于公务出行。',
            '2024年度测试局机关运行经费支出50万元，比2023年的40万元，增加10万元，增长25%。',
        ]) expect(generated.join('\n'), sentence).toContain(sentence);
        for (const sentence of STANDARD_ONLY) expect(generated.join('\n'), sentence).not.toContain(sentence);
    });

    it('Shanghai: 收入支出总计 against 〔上年〕年度, 本年收入合计 without the year, 完成调整预算的…', () => {
        const { generated } = build('上海 2024');
        for (const sentence of [
            '测试局2024年度收入支出总计200万元。与2023年度相比，收入支出总计增加40万元，增长25%。',
            '本年收入合计200万元，其中：一般公共预算财政拨款收入200万元，占100%。',
            '测试局2024年度财政拨款收入支出总计200万元。与2023年度相比，财政拨款收入支出总计增加40万元，增长25%。',
            // the 年初预算 written beside the 调整预算 completed (test/trials/shanghai-2023-finance.txt, shanghai-2024-npc.txt …)
            '2024年度一般公共预算财政拨款支出年初预算为160万元，调整预算为200万元，支出决算为200万元，完成调整预算的100%。其中：',
            // by 项, a paragraph each (every test/trials/shanghai-* report)
            '1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为120万元，调整预算为150万元，支出决算为150万元，完成调整预算的100%。',
            '2.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）。调整预算为50万元，支出决算为50万元，完成调整预算的100%。\n一般公共服务支出（类）：决算数等于调整预算数的主要原因是追加预算。',
            // the 三公 total against its 年初预算, the table's 预算数 (闵行区教育局 2020, 嘉定区司法局 2017)
            '2024年度“三公”经费财政拨款支出年初预算为16万元，支出决算为8万元，完成预算的50.00%。',
            '2024年度“三公”经费财政拨款支出决算数比2023年度减少2万元，下降20%。',
            '2.公务用车购置及运行维护费支出决算为4万元，完成年初预算8万元的50.00%。',
        ]) expect(generated.join('\n'), sentence).toContain(sentence);
        for (const sentence of STANDARD_ONLY) expect(generated.join('\n'), sentence).not.toContain(sentence);
        // the national wording's own phrases are not Shanghai's
        expect(generated.join('\n')).not.toContain('2024年度收入总计200万元，支出总计200万元');
    });

    it('Sichuan: the seed\'s wording', () => {
        const { generated } = build('四川 2020');
        for (const sentence of STANDARD_ONLY) expect(generated.join('\n'), sentence).toContain(sentence);
    });

    it('Sichuan 2024: the seed\'s wording, the equal 收、支总计 said once (收、支总计均为…)', () => {
        const { generated } = build('四川 2024');
        expect(generated.join('\n')).toContain('2024年度收、支总计均为200万元。与2023年相比，收、支总计各增加40万元，增长25%。');
        for (const sentence of STANDARD_ONLY) expect(generated.join('\n'), sentence).toContain(sentence);
        // the merged 三公 table (附表13) states the 三公 as the 2020 tables did
        expect(generated.join('\n')).toContain('2024年“三公”经费财政拨款支出决算为8万元，完成预算80.00%。');
    });
});

describe('Shanghai\'s 一般公共预算 detail goes by 项', () => {
    const detail = (table: string) => built(`模板 「上海 2024」\n部门 「测试局」\n年度 2024\n单位 万元\n\n${table}`).generated
        .filter(p => /^\d+\./.test(p) && p.includes('（项）') || /^[^\d].*（[类款]）：/.test(p));

    it('one numbered paragraph per 项 across the 类, each with its own reason; a 类\'s reason once, at its level, after its last 项', () => {
        const items = detail(`表五 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 300 200 100
  208 社会保障和就业支出 100 100 0 差异原因 「缴费基数调整」 {
    20805 行政事业单位养老支出 100 100 0 {
      2080505 机关事业单位基本养老保险缴费支出 60 60 0 年初预算 50 全年预算 58
      2080506 机关事业单位职业年金缴费支出 40 40 0 年初预算 30 全年预算 38
    }
  }
  221 住房保障支出 200 100 100 {
    22102 住房改革支出 200 100 100 {
      2210201 住房公积金 120 100 20 全年预算 150 差异原因 「人员变动」
      2210203 购房补贴 80 0 80
    }
  }
}
`);
        expect(items).toEqual([
            '1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为50万元，调整预算为58万元，支出决算为60万元，完成调整预算的103.45%。',
            '2.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。年初预算为30万元，调整预算为38万元，支出决算为40万元，完成调整预算的105.26%。',
            '社会保障和就业支出（类）：决算数大于调整预算数的主要原因是缴费基数调整。',
            '3.住房保障支出（类）住房改革支出（款）住房公积金（项）。调整预算为150万元，支出决算为120万元，完成调整预算的80.00%。决算数小于调整预算数的主要原因是人员变动。',
            // no budget written: 〔未填写〕 where the figure is missing, never an empty slot
            '4.住房保障支出（类）住房改革支出（款）购房补贴（项）。调整预算为〔未填写〕，支出决算为80万元，完成调整预算的〔未填写〕。',
        ]);
    });

    it('a 类 whose 项 an excerpt leaves out is a paragraph itself, with its reason; a reason is given after the last 项 with a figure', () => {
        const items = built(`模板 「上海 2024」\n部门 「测试局」\n年度 2024\n单位 万元\n\n表五 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 300 200 100
  201 一般公共服务支出 100 100 0 全年预算 90 差异原因 「人员增加」 {
    ……
  }
  208 社会保障和就业支出 200 100 100 差异原因 「按实际结算」 {
    20805 行政事业单位养老支出 200 100 100 {
      2080505 机关事业单位基本养老保险缴费支出 200 100 100 全年预算 210
      2080506 机关事业单位职业年金缴费支出 - - -
    }
  }
}
`).generated.filter(p => /^\d+\.|（[类款]）：/.test(p));
        expect(items).toEqual([
            '1.一般公共服务支出（类）。调整预算为90万元，支出决算为100万元，完成调整预算的111.11%。决算数大于调整预算数的主要原因是人员增加。',
            '2.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。调整预算为210万元，支出决算为200万元，完成调整预算的95.24%。',
            '社会保障和就业支出（类）：决算数小于调整预算数的主要原因是按实际结算。',
            // a 项 printed blank, with no reason of its own, is the table's alone (test/generation/blank-items.test.ts)
        ]);
        // by 类 alike (it printed 1.。 and the reason)
        const national = built(`模板 「全国」\n部门 「测试局」\n年度 2024\n单位 万元\n\n表 5 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 100 100 0
  201 一般公共服务支出 100 100 0 年初预算 90 差异原因 「人员增加」 {
    ……
  }
}
`).generated.filter(p => /^\d+\./.test(p));
        expect(national[0]).toBe('1.一般公共服务支出（类）年初预算为90万元，支出决算为100万元，完成年初预算的111.11%。决算数大于年初预算数的主要原因是人员增加。');
    });

    it('a 项\'s, its 款\'s and its 类\'s reasons each once, the 款\'s and 类\'s at their level against their own figures', () => {
        const items = detail(`表五 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 300 200 100
  208 社会保障和就业支出 300 200 100 全年预算 320 差异原因 「类的原因」 {
    20805 行政事业单位养老支出 300 200 100 全年预算 320 差异原因 「款的原因」 {
      2080505 机关事业单位基本养老保险缴费支出 100 100 0 全年预算 90
      2080506 机关事业单位职业年金缴费支出 200 100 100 全年预算 190 差异原因 「项的原因」
      2080599 其他行政事业单位养老支出 - - -
    }
  }
  221 住房保障支出 0 0 0 差异原因 「同一原因」 {
    22102 住房改革支出 0 0 0 差异原因 「同一原因」 {
      2210201 住房公积金 0 0 0 全年预算 10 差异原因 「同一原因」
    }
    22103 保障性住房租金补贴 0 0 0 差异原因 「另一原因」 {
      2210301 公共租赁住房补贴 0 0 0
    }
  }
}
`);
        expect(items).toEqual([
            '1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。调整预算为90万元，支出决算为100万元，完成调整预算的111.11%。',
            '2.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。调整预算为190万元，支出决算为200万元，完成调整预算的105.26%。决算数大于调整预算数的主要原因是项的原因。',
            // the 款 and 类 spent less than their budget, though both their 项 with a figure spent more
            '社会保障和就业支出（类）行政事业单位养老支出（款）：决算数小于调整预算数的主要原因是款的原因。',
            '社会保障和就业支出（类）：决算数小于调整预算数的主要原因是类的原因。',
            // 2080599 printed blank is not said; rows written 0 are
            '3.住房保障支出（类）住房改革支出（款）住房公积金（项）。调整预算为10万元，支出决算为0万元，完成调整预算的0%。决算数小于调整预算数的主要原因是同一原因。',
            '4.住房保障支出（类）保障性住房租金补贴（款）公共租赁住房补贴（项）。调整预算为〔未填写〕，支出决算为0万元。',
            // the 类's reason is the one its first 款 gave: not printed again after its last 项; a 款 without a budget of its own
            // compares as its 项 do, here not at all
            '住房保障支出（类）保障性住房租金补贴（款）：决算数与调整预算数存在差异的主要原因是另一原因。',
        ]);
    });

    it('a 类 on its budget speaks of its 项\'s difference; a reason left blank prints nothing', () => {
        const items = detail(`表五 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 300 200 100
  208 社会保障和就业支出 100 100 0 全年预算 90 差异原因 「」 {
    20805 行政事业单位养老支出 100 100 0 {
      2080505 机关事业单位基本养老保险缴费支出 100 100 0 全年预算 90
    }
  }
  221 住房保障支出 200 100 100 全年预算 200 差异原因 「年中在住房公积金与购房补贴之间调剂」 {
    22102 住房改革支出 200 100 100 {
      2210201 住房公积金 120 100 20 全年预算 150
      2210203 购房补贴 80 0 80 全年预算 50
    }
  }
}
`);
        expect(items).toEqual([
            '1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。调整预算为90万元，支出决算为100万元，完成调整预算的111.11%。',
            '2.住房保障支出（类）住房改革支出（款）住房公积金（项）。调整预算为150万元，支出决算为120万元，完成调整预算的80.00%。',
            '3.住房保障支出（类）住房改革支出（款）购房补贴（项）。调整预算为50万元，支出决算为80万元，完成调整预算的160.00%。',
            // spent as budgeted, the 类's reason is about its 项 moving money between them, not about an equality
            '住房保障支出（类）：决算数与调整预算数存在差异的主要原因是年中在住房公积金与购房补贴之间调剂。',
        ]);
    });

    it('national and Sichuan still go by 类', () => {
        const { generated } = build('全国');
        expect(generated.join('\n')).toContain('1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）年初预算为120万元，支出决算为150万元，完成年初预算的125.00%；');
        expect(generated.some(p => p.startsWith('2.一般公共服务支出（类）'))).toBe(false);
        const sichuan = build('四川 2020').generated.find(p => p.startsWith('1.一般公共服务支出（201）'));
        expect(sichuan).toContain('行政运行（01）');
        expect(sichuan).toContain('一般行政管理事务（02）');
    });
});

describe('the 公务用车 sentences print where the template\'s reports print them', () => {
    const paragraphOf = (generated: readonly string[], sentence: string) => generated.find(p => p.includes(sentence));

    it('national and Shanghai: within item 2\'s paragraph (罗湖区审计局 2024: 2.公务用车购置及运行维护费支出…，其中：公务用车购置支出为…)', () => {
        for (const template of ['全国', '上海 2024']) {
            const { generated } = build(template);
            const item = paragraphOf(generated, '2.公务用车购置及运行维护费支出决算为4万元');
            expect(item, template).toContain('其中：公务用车购置支出为2万元，公务用车购置数1辆。');
            expect(item, template).toContain('公务用车运行维护费支出2万元，公务用车保有量为3辆，主要用于公务出行。');
            expect(generated.filter(p => p.includes('公务用车购置支出')), template).toHaveLength(1);
        }
    });

    it('national and Shanghai: a sentence with no figure of the source\'s is left out of item 2\'s paragraph, as it is where each is one', () => {
        const head = (template: string) => `模板 「${template}」\n部门 「测试局」\n年度 2024\n单位 万元\n`;
        // item 2 from the “三公” table, no 公务用车 rows: nothing after it
        const { generated } = built(`${head('全国')}表 9 一般公共预算财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  合计 10 8
  因公出国（境）费 2 2
  公务用车购置及运行维护费 6 4
  公务接待费 2 2
}
`);
        expect(paragraphOf(generated, '2.公务用车')).toBe('2.公务用车购置及运行维护费支出决算为4万元，完成全年预算6万元的66.67%。');
        // the cars held alone: after item 2's own sentence (its figure 〔未填写〕, never a 其中 with no item before it), not the
        // purchase, all of whose figures are missing; items 1 and 3 printed too, so the numbering has no gap
        for (const template of ['全国', '上海 2024']) {
            const cars = built(`${head(template)}情况说明 { 三公经费 { 公务用车 { 保有 3辆 { 轿车 2辆 越野车 1辆 } } } }\n`).generated;
            expect(cars.filter(p => p.includes('公务用车')), template).toEqual([expect.stringMatching(/^2\.公务用车购置及运行维护费支出决算为〔未填写〕[^。]*。公务用车运行维护费支出〔未填写〕，公务用车保有量为3辆/)]);
            expect(cars.filter(p => /^[13]\./.test(p)), template).toHaveLength(2);
        }
        // a complete table leaving out the 公务用车 row (合计 = its two items): the item is of nothing, no made-up lead
        for (const template of ['全国', '上海 2024']) {
            const complete = built(`${head(template)}表 9 一般公共预算财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  合计 3 2
  因公出国（境）费 1 1
  公务接待费 2 1
}
情况说明 { 三公经费 { 公务用车 { 保有 3辆 } } }
`).generated;
            expect(complete.filter(p => /^(2\.|公务用车)/.test(p)), template).toEqual([expect.stringMatching(/^公务用车运行维护费支出〔未填写〕，公务用车保有量为3辆/)]);
        }
    });

    it('Sichuan: a paragraph each under item 2, as the seed prints them', () => {
        for (const template of ['四川 2020', '四川 2024']) {
            const { generated } = build(template);
            const item = paragraphOf(generated, '2.公务用车购置及运行维护费支出4万元');
            expect(item, template).not.toContain('公务用车购置支出');
            expect(paragraphOf(generated, '其中：公务用车购置支出2万元。'), template).not.toContain('公务用车运行维护费支出');
            expect(paragraphOf(generated, '公务用车运行维护费支出2万元。'), template).toBeDefined();
        }
    });
});

describe('completion is stated against the template\'s budget only', () => {
    it('national (年初预算): a row with only its 全年预算 written prints 〔未填写〕, never its 全年预算 completion', () => {
        const { text } = build('全国');
        expect(text).toContain('一般行政管理事务（项）年初预算为〔未填写〕，支出决算为50万元，完成年初预算的〔未填写〕。');
        expect(text).not.toContain('完成年初预算的100%');
    });

    it('Shanghai and Sichuan (全年预算): the 全年预算 or 预算数, never the 年初预算', () => {
        expect(build('上海 2024').text).not.toMatch(/完成调整预算的125(\.00)?%|完成调整预算\d+万元的50(\.00)?%/);
        // the 三公 table's 预算数 is its 年初预算, never named 调整预算
        expect(build('上海 2024').text).not.toMatch(/完成调整预算(10|6)万元/);
        const sichuan = build('四川 2020').text;
        expect(sichuan).toContain('2024年“三公”经费财政拨款支出决算为8万元，完成预算80.00%。');
        expect(sichuan).not.toContain('完成预算50');
    });
});

describe('the 三公 table\'s 预算数 is its 年初预算', () => {
    it('Shanghai: a table printing only 预算数 and 决算数 completes against the 年初预算 it holds', () => {
        // 上海市闵行区教育局2020年“三公”经费决算公开 (shanghai-2024/SOURCES.md MH): 年初预算为683.51万元，支出决算为358.18万元，完成预算的52.4%
        const { model } = parseReport(`模板 「上海 2024」
部门 「上海市闵行区教育局」
年度 2020
单位 万元

表七 一般公共预算财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  合计 683.51 358.18
  因公出国（境）费 80.00 0.00
  公务用车购置及运行维护费 415.40 316.57 {
    公务用车购置费 105.00 104.03
    公务用车运行维护费 310.40 212.55
  }
  公务接待费 188.11 41.61
}
`);
        const text = visibleText(renderReportHtml(model));
        expect(text).toContain('2020年度“三公”经费财政拨款支出年初预算为683.51万元，支出决算为358.18万元，完成预算的52.40%。');
        expect(text).toContain('2.公务用车购置及运行维护费支出决算为316.57万元，完成年初预算415.40万元的76.21%。');
        expect(text).not.toContain('调整预算');
    });
});
