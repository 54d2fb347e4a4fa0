// What a generated report of each template must show, written out literally from the published
// reports (never read from the generator's own constants, so that a typo in them fails a test).

export interface ExpectedLayout {
    /** The headings of the parts in the contents, in order. */
    readonly contentsParts: readonly string[];
    /** The headings of the parts in the body, in order; {year} stands for the report's year. */
    readonly parts: readonly string[];
    /** The numbered sections of 部门决算情况说明, in order, as printed. */
    readonly sections: readonly string[];
    /** The tables, in order, as listed in the contents and under 附表. */
    readonly tables: readonly string[];
}

/** The Sichuan 2020 template, as the seed (../shared/seeds/000_f799a21a4929daf1.txt) prints it. */
const SICHUAN_2020: ExpectedLayout = {
    contentsParts: ['第一部分 部门概况', '第二部分 部门决算情况说明', '第三部分 名词解释', '第四部分 附件', '第五部分 附表'],
    parts: ['第一部分 部门概况', '第二部分 {year}年度部门决算情况说明', '第三部分 名词解释', '第四部分 附件', '第五部分 附表'],
    sections: [
        '一、收入支出决算总体情况说明',
        '二、收入决算情况说明',
        '三、支出决算情况说明',
        '四、财政拨款收入支出决算总体情况说明',
        '五、一般公共预算财政拨款支出决算情况说明',
        '六、一般公共预算财政拨款基本支出决算情况说明',
        '七、“三公”经费财政拨款支出决算情况说明',
        '八、政府性基金预算支出决算情况说明',
        '九、国有资本经营预算支出决算情况说明',
        '十、其他重要事项的情况说明',
    ],
    tables: [
        '一、收入支出决算总表',
        '二、收入决算表',
        '三、支出决算表',
        '四、财政拨款收入支出决算总表',
        '五、财政拨款支出决算明细表',
        '六、一般公共预算财政拨款支出决算表',
        '七、一般公共预算财政拨款支出决算明细表',
        '八、一般公共预算财政拨款基本支出决算表',
        '九、一般公共预算财政拨款项目支出决算表',
        '十、一般公共预算财政拨款“三公”经费支出决算表',
        '十一、政府性基金预算财政拨款收入支出决算表',
        '十二、政府性基金预算财政拨款“三公”经费支出决算表',
        '十三、国有资本经营预算财政拨款收入支出决算表',
        '十四、国有资本经营预算财政拨款支出决算表',
    ],
};

/**
 * By template id. TO BE WRITTEN when the templates land, from their published reports
 * (src/templates/<id>/SOURCES.md): `national` (the 财政部 9 tables) and `shanghai-2024` (表一…表九,
 * sections 一–十一). An example of a template missing here fails the layout test, saying so.
 */
export const EXPECTED_LAYOUTS: Readonly<Record<string, ExpectedLayout | undefined>> = {
    'sichuan-2020': SICHUAN_2020,
    national: undefined,
    'shanghai-2024': undefined,
};

/**
 * The template an example names on its `模板` line, read from the text as a user writes it;
 * a report that names none is Sichuan 2020's, the only one before templates were data.
 */
export function templateOfSource(text: string): string {
    const named = /^\s*模板\s*[:：]?\s*(「[^」]*」|\S+)/m.exec(text)?.[1] ?? '';
    if (/上海|shanghai/i.test(named)) return 'shanghai-2024';
    if (/全国|财政部|national/i.test(named)) return 'national';
    return 'sichuan-2020';
}
