// What the built report prints of rows and sub-sections the source writes its own way: row
// ordinals kept, column headings as 列【…】 writes them, a 注： not doubled, a sub-section title as reports write it (国有资产占用情况) taking
// the place of the standard sentences, a 设备 row with its count, no empty last 附件 part.
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

const HEADER = `模板 「全国」
部门 「某局」
年度 2024
单位 万元
`;

const TABLES = `
公开01表 收入支出决算总表 {
  收入 {
    一、一般公共预算财政拨款收入 100.00
    本年收入合计 100.00
    总计 100.00
  }
  支出 {
    一、一般公共服务支出 100.00
    本年支出合计 100.00
    总计 100.00
  }
}

公开09表 国有资本经营预算财政拨款支出决算表 {
  无数据 「注：本单位2024年度没有国有资本经营预算财政拨款支出，故本表无数据。」
}
`;

function text(source: string): string {
    return visibleText(buildHtml(source, { mode: 'publish' })).replace(/\s+/g, '');
}

describe('rows and sub-sections printed as written', () => {
    it('keeps the printed ordinal before a row name', () => {
        const built = text(HEADER + TABLES);
        expect(built).toContain('一、一般公共预算财政拨款收入100.00');
        expect(built).toContain('一、一般公共服务支出100.00');
    });

    it('heads a column as 列【…】 writes it (金额), else as the template names it (决算数)', () => {
        const page = (source: string) => visibleText(buildHtml(source, { mode: 'publish' })
            .match(/<section class="table-page[^"]*" id="table-1"[\s\S]*?<\/section>/)![0]).replace(/\s+/g, '');
        expect(page(HEADER + TABLES.replace('收入支出决算总表 {', '收入支出决算总表 {\n  列【金额】'))).toContain('项目金额项目金额');
        expect(page(HEADER + TABLES)).toContain('项目决算数项目决算数');
    });

    it('prints a row the template lacks where the report wrote it, not after the template\'s rows', () => {
        // 四川 2020 prints no 国有资本经营预算财政拨款收入 line; a 2022 report's overview does, third
        const built = text(`模板 「四川 2020」\n部门 「某局」\n年度 2022\n单位 万元\n附表1 收入支出决算总表 {
  收入 {
    一、一般公共预算财政拨款收入 100.00
    二、政府性基金预算财政拨款收入 -
    三、国有资本经营预算财政拨款收入 -
    四、上级补助收入 -
    本年收入合计 100.00
    总计 100.00
  }
  支出 {
    一、一般公共服务支出 100.00
    本年支出合计 100.00
    总计 100.00
  }
}`);
        expect(built).toMatch(/二、政府性基金预算财政拨款收入-.*三、国有资本经营预算财政拨款收入-.*四、上级补助收入-/);
    });

    it('prints a 无数据 text copied with its 注： once', () => {
        const built = text(HEADER + TABLES);
        expect(built).toContain('注：本单位2024年度没有国有资本经营预算财政拨款支出');
        expect(built).not.toContain('注：注：');
    });

    it('prints no 附件 part where the report has none, and one where it has', () => {
        expect(text(HEADER + TABLES)).not.toMatch(/第.部分附件/);
        expect(text(`${HEADER}附件 「绩效自评报告」 「正文」\n${TABLES}`)).toMatch(/第.部分附件/);
    });

    it('lets a text headed 国有资产占用情况 stand for that sub-section, and prints a 设备 row with its count', () => {
        const assets = `${HEADER}${TABLES}
情况说明 {
  其他重要事项的情况说明 「（一）机关运行经费支出情况
机关运行经费支出10.00万元。
（三）国有资产占用情况
截至2024年12月31日，共有车辆2辆。」
  国有资产 {
    车辆 2辆
    设备 3台（套） 说明 「单位价值100万元以上」
  }
}
`;
        const built = text(assets);
        expect(built).toContain('（三）国有资产占用情况截至2024年12月31日，共有车辆2辆。');
        expect(built).not.toContain('国有资产占有使用情况');
        const generated = text(assets.replace('（三）国有资产占用情况\n截至2024年12月31日，共有车辆2辆。', ''));
        expect(generated).toContain('单位价值100万元以上设备3台（套）');
    });

    it('lets a text headed 机构运行经费支出情况 (内蒙古\'s words) stand for the 机关运行经费 sub-section', () => {
        const running = `${HEADER}${TABLES}
情况说明 {
  其他重要事项的情况说明 「（一）机构运行经费支出情况
机构运行经费支出10.00万元。
（三）国有资产占用情况
截至2024年12月31日，共有车辆2辆。」
  机关运行经费 10.00
}
`;
        const built = text(running);
        expect(built).toContain('（一）机构运行经费支出情况机构运行经费支出10.00万元。');
        expect(built).not.toContain('机关运行经费支出情况');
    });

    it('says a 小微企业 share is of the row it is written under', () => {
        const procurement = (smallUnderSme: boolean) => `${HEADER}${TABLES}
情况说明 {
  政府采购 100.00 {
    货物 100.00
    工程 0
    服务 0
    授予中小企业 80.00 占比 80%${smallUnderSme ? ' {\n      授予小微企业 40.00 占比 50%\n    }' : '\n    授予小微企业 40.00 占比 40%'}
  }
}
`;
        expect(text(procurement(true))).toContain('授予小微企业合同金额40.00万元，占授予中小企业合同金额的50');
        expect(text(procurement(false))).toContain('授予小微企业合同金额40.00万元，占政府采购支出总额的40');
    });

    it('labels and titles each table page as the report prints it', () => {
        // a report numbering its tables 附表1… and printing the 基本支出 table's older title
        const built = text(`${HEADER}
附表1 收入支出决算总表 {
  收入 {
    本年收入合计 100.00
    总计 100.00
  }
}

附表6 一般公共预算财政拨款基本支出决算表 {
  人员经费合计 60.00
  公用经费合计 40.00
}
`);
        expect(built).toContain('附表1收入支出决算总表');
        expect(built).toContain('附表6一般公共预算财政拨款基本支出决算表');
        expect(built).toContain('六、一般公共预算财政拨款基本支出决算表');
        expect(built).not.toContain('公开01表');
        expect(built).not.toContain('基本支出决算明细表');
        // a table the report lacks takes the report's style of label, and the template's title
        expect(built).toContain('附表2收入决算表');
        expect(built).not.toContain('公开02表');
        // 表一 for 表1; styles mixed, or the layout's own, give the layout's label
        const lacking = (labels: readonly [string, string]) => text(`${HEADER}${labels[0]} 收入支出决算总表 {\n  收入 {\n    总计 100.00\n  }\n}\n\n`
            + `${labels[1]} 支出决算表 {\n  合计 100.00\n}\n`);
        expect(lacking(['表一', '表三'])).toContain('表二收入决算表');
        expect(lacking(['表1', '附表3'])).toContain('公开02表收入决算表');
        expect(lacking(['公开01表', '公开03表'])).toContain('公开02表收入决算表');
        // the 决算 software's codes (海南): the report's own words, over its tables and the one it lacks
        expect(lacking(['财决公开01表', '财决公开03表'])).toContain('财决公开02表收入决算表');
        expect(lacking(['财决公开01表', '财决公开03表'])).toContain('财决公开03表支出决算表');
        // written as the contents number them, the contents print its ordinal and the pages no label it never wrote,
        // nor one for a table it lacks
        const ordinals = text(`${HEADER}一、收入支出决算总表 {\n  收入 {\n    总计 100.00\n  }\n}\n\n三、支出决算表 {\n  合计 100.00\n}\n`);
        expect(ordinals).toContain('一、收入支出决算总表');
        expect(ordinals).toContain('二、收入决算表');
        expect(ordinals).toContain('三、支出决算表');
        expect(ordinals).not.toMatch(/公开0\d表/);
    });
});
