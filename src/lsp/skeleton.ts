// The skeletons a new report and a new project performance table start from: written once, as
// snippets (VS Code's ${n:default} placeholders), shared by completion and the command
// “决算：新建报告”, which inserts them with every placeholder at its default.
import type { ReportTemplate } from '../templates/index.js';
import { DEFAULT_TEMPLATE } from '../templates/index.js';

/** A new project's performance table (项目绩效目标完成情况表), as a snippet. */
export const PROJECT_SNIPPET = [
    '项目 「${1:项目名称}」 {',
    '  预算单位 「${2:预算单位}」',
    '  预算数 ${3:0} {',
    '    财政拨款 ${4:0}',
    '    其它资金 ${5:0}',
    '  }',
    '  执行数 ${6:0} {',
    '    财政拨款 ${7:0}',
    '    其它资金 ${8:0}',
    '  }',
    '  综述 「${9:通过项目实施，……}」',
    '  年度目标 {',
    '    预期 「${10:年度绩效目标}」',
    '    实际 「${11:实际完成情况}」',
    '  }',
    '  指标 {',
    '    项目完成指标 {',
    '      数量指标 {',
    '        「${12:三级指标}」 预期 ≥${13:0}次 实际 ${14:0}次',
    '      }',
    '      时效指标 {',
    '        资金支付进度 预期 「${15:按月支付}」 实际 「${16:按月支付}」',
    '      }',
    '    }',
    '    满意度指标 {',
    '      满意度指标 {',
    '        服务对象满意度 预期 ≥${17:90}% 实际 ${18:95}%',
    '      }',
    '    }',
    '  }',
    '}',
].join('\n');

/**
 * The year a report begun on `today` is for: a year's accounts are closed and published in the
 * next, so the year before today's, within the years the template is published for.
 */
export function newReportYear(template: ReportTemplate = DEFAULT_TEMPLATE, today: Date = new Date()): number {
    const { from, to } = template.years;
    const year = today.getFullYear() - 1;
    return Math.max(from ?? year, Math.min(to ?? year, year));
}

/**
 * The snippet of a whole report for a template: header, the four parts, and every table of the
 * template; its year the one a report begun `today` is for, published the year after.
 */
export function reportSnippet(template: ReportTemplate = DEFAULT_TEMPLATE, today: Date = new Date()): string {
    const year = newReportYear(template, today);
    const tables = template.tables.map(table => {
        const columns = table.columns.length > 1 ? [`  列【${table.columns.join(' ')}】`] : [];
        return [`${template.tableLabel(table.number)} ${table.title} {`, ...columns, '  // 按科目或项目逐行填写；本表无数据时写：无数据 「说明」', '}'].join('\n');
    });
    // the template's own 概况 sections (上海 主要职能/机构设置/部门决算单位构成, 全国 部门（单位）职责 …), each
    // text its heading, which prose-placeholder then reports until the user writes the section
    const overview = template.parts.find(part => part.sections.some(s => s.topic === 'duties'))?.sections ?? [];
    let stop = 4;
    const sections = overview.map(section => `  ${section.title} 「\${${++stop}:${section.title}}」`);
    return [
        `// 部门决算（${template.name}）`,
        `模板 「${template.shortName}」`,
        '部门 「${1:部门名称}」',
        '全称 「${2:部门全称}」',
        `年度 \${3:${year}}`,
        '单位 万元',
        `公开时间 \${4:${year + 1}年9月30日}`,
        '',
        '// 第一部分 部门概况',
        '部门概况 {',
        ...sections,
        // figures the user has not given are not written: a row without one prints 〔未填写〕 and is
        // listed as unfilled, where a 0 would print as a fact and be tied against the tables
        '  人员 {',
        '    // 写上人数，如：编制 20人',
        '    编制',
        '    在职人员',
        '  }',
        '}',
        '',
        '// 第二部分 部门决算情况说明：表格之外的数据',
        '情况说明 {',
        '  // 各行写上数，如：因公出国（境） 2次 10人、机关运行经费 12.34、绩效自评 5个；确为零的写 0',
        '  三公经费 {',
        '    因公出国（境）',
        '    公务用车 {',
        '      购置',
        '      保有',
        '    }',
        '    公务接待 {',
        '      国内公务接待',
        '      外事接待',
        '    }',
        '  }',
        '  机关运行经费',
        '  政府采购 {',
        '    货物',
        '    工程',
        '    服务',
        '  }',
        '  预算绩效 {',
        '    绩效自评',
        '  }',
        '}',
        '',
        '// 第三部分 名词解释',
        '名词解释 {',
        '  财政拨款收入：「指单位从同级财政部门取得的财政预算资金。」',
        '  基本支出：「指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。」',
        '  项目支出：「指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。」',
        '  「“三公”经费」：「指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。」',
        '}',
        '',
        '// 附表',
        ...tables.flatMap(t => [t, '']),
    ].join('\n').replace(/\n+$/, '\n');
}

/** A snippet with every placeholder at its default: the text the command writes. */
export function snippetText(snippet: string): string {
    let text = snippet;
    // innermost first: ${1:a} → a, $1 → nothing, ${1} → nothing
    for (let previous = ''; previous !== text;) {
        previous = text;
        text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\}/g, '').replace(/\$\d+/g, '');
    }
    return text.replace(/\\([$}\\])/g, '$1');
}

/** The text of a new report, as the command “决算：新建报告” writes it. */
export function reportSkeleton(template: ReportTemplate = DEFAULT_TEMPLATE, today: Date = new Date()): string {
    return snippetText(reportSnippet(template, today));
}
