// Every rule's metadata in one place: its title, what it checks (in Chinese, for users), when it
// runs, whether its fix may be applied without a person looking (`juesuan check --fix`), and a
// tiny example. The rule objects take their title and category from here; the README's rule
// table and docs/rules/<id>.md are generated from it (`npm run docs:rules`), and a test fails
// when a rule has no entry or the pages drift.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** How a rule's fix may be used: by `--fix` without review, or only as an editor quick fix. */
export type RuleFix = 'safe' | 'suggestion' | 'none';

export interface RuleMeta {
    /** One line: the rule table, hovers, SARIF's shortDescription. */
    readonly title: string;
    /** What the rule checks and why, for the rule's page and SARIF's fullDescription. */
    readonly description: string;
    /** 'fast' runs on every keystroke; 'slow' on save and in the command line. */
    readonly category: 'fast' | 'slow';
    readonly fix: RuleFix;
    /**
     * Where the rule's findings differ in what can be fixed: each kind of finding (as its page names it) and its fix;
     * `fix` is then the safest any of them has, for the rule table.
     */
    readonly fixes?: readonly { readonly finding: string; readonly fix: RuleFix; readonly why?: string }[];
    /**
     * A tiny report that draws the rule's finding; the rule's page shows it with the findings the
     * checker gives (and a test makes sure it gives at least one). None for findings of the engine
     * that no small file can show.
     */
    readonly example?: string;
    /**
     * Reported by the engine (parser, settings, suppression comments), not by a rule of `RULES`:
     * it cannot be turned off in juesuan.json.
     */
    readonly engine?: true;
}

const RELATION_NOTE = '公开的数字都经过四舍五入（3569.58 代表 3569.575 至 3569.585 之间的数），所以算出的数在各数四舍五入的误差之内与所写数字相符即为一致，公开表格中常见的“差一分钱”只给出提示；比率按所写的小数位数四舍五入理解。';

/** Shared by the example reports: the smallest header of a report. */
const HEADER = '模板 「四川 2020」\n部门 「某单位」\n年度 2020\n单位 万元\n';

export const RULE_CATALOGUE = {
    'sum-children': {
        title: '上级行等于其子项之和（类 = Σ款，款 = Σ项，其中项除外）',
        description: `按科目编码分级的表中，类等于其下各款之和，款等于其下各项之和；人数、车辆数同样逐级相加。“其中”项不计入。写在行后的预算（\`预算\` \`年初预算\` \`全年预算\` \`调整预算\`）同样相加：各子项都写了同一种预算的，上级行的预算等于它们之和，有一项没写的不核对。只有一个子项的行与该子项是同一个数：行比它小 0.01 是笔误（警告），不是舍入；行比它大 0.01 仍是提示（可能有未列出的、舍入为 0.00 的子项）。${RELATION_NOTE}`,
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}
附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  201 一般公共服务支出 300.00 {
    20103 政府办公厅（室）及相关机构事务 290.00
  }
}
`,
    },
    'sum-columns': {
        title: '每行的合计列等于各分列之和（合计 = 基本支出 + 项目支出 …）',
        description: `一行中的合计列等于其各分列之和（如 合计 = 基本支出 + 项目支出；年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出）。${RELATION_NOTE}`,
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}
附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  201 一般公共服务支出 300.00 100.00 210.00
}
`,
    },
    'sum-total': {
        title: '合计、本年收入合计、总计等于其组成部分',
        description: `表中的合计行等于各行之和，本年收入（支出）合计等于各项收入（支出）之和，总计等于本年合计加上结转和结余等行；单位决算加印的资产负债情况表中，资产总计等于流动资产合计加非流动资产合计，负债合计等于流动负债合计加非流动负债合计，负债和净资产总计等于负债合计加净资产合计（各列分别核对，没写的行不核对）。合计行写在行后的预算（\`预算\` \`年初预算\` \`全年预算\` \`调整预算\`）等于各行同一种预算之和，有一行没写的不核对。${RELATION_NOTE}`,
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}
附表 1 收入支出决算总表 {
  收入 {
    一般公共预算财政拨款收入 100
    事业收入 20
    本年收入合计 115
  }
}
`,
    },
    'balance': {
        title: '收入总计等于支出总计',
        description: `收入支出决算总表、财政拨款收入支出决算总表中，收入方的总计等于支出方的总计；资产负债情况表中，负债和净资产总计等于资产总计。${RELATION_NOTE}`,
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}
附表 1 收入支出决算总表 {
  收入 {
    本年收入合计 100
    总计 100
  }
  支出 {
    本年支出合计 99
    总计 99
  }
}
`,
    },
    'tie': {
        title: '表间勾稽：同一数字在各表中一致',
        description: `同一个数在不同的表中出现时应当一致（如附表3的合计等于附表1的本年支出合计，附表6的基本支出等于附表8的人员经费与公用经费之和，“三公”经费的文字与附表10、12一致）。部门加印、表名含“政府采购”的表（如政府采购情况表），合计行的实际采购总计、货物、工程、服务和授予中小企业、小微企业的数与情况说明的政府采购一致；情况说明没有写“政府采购 { … }”、只在文字里说的（“政府采购支出总额…万元，其中：政府采购货物支出…”），文字里的这些数就是这张表的数，按 prose-figure 核对。表名说明了主题的加印表（政府性基金或国有资本经营的基本支出、项目支出，“三公”经费，政府采购，政府购买服务）写明“无数据”或注明“本表无数据”的，该主题在其他表和情况说明中的数应为 0，有数的政府性基金、国有资本经营基本支出表（项目支出表）的合计等于该资金的表的基本支出（项目支出）；表名看不出主题的不校验。同一个数在两张表中差一个末位单位是警告，标在印错的那一处：一处自己的各子项（各列）之和恰好是另一处的数、它自己却不是的（附表3 的 221 印 15,418.26，各款之和与附表1 都是 15,418.25），警告标在它上面。${RELATION_NOTE}`,
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}
附表 1 收入支出决算总表 {
  支出 {
    本年支出合计 3569.58
  }
}

附表 3 支出决算表 {
  列【本年支出合计 基本支出 项目支出】
  合计 3579.58 854.57 2725.01
}
`,
    },
    'change': {
        title: '增加/减少额等于本年与上年之差',
        description: `写了“增加”或“减少”的数，等于本年数与上年数之差；上年数可以写出，也可以由增减额推算。${RELATION_NOTE}`,
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}
情况说明 {
  机关运行经费 100 上年 80 增加 25
}
`,
    },
    'growth': {
        title: '增长/下降率等于增减额除以上年数；上年为 0 或负数时不写增长率',
        description: `写了“增长”或“下降”的百分比，等于（本年 − 上年）÷ 上年。百分比按所写的小数位数理解（68% 代表 67.5%–68.5%）。只有截尾才能对上的比率单独给出警告。${RELATION_NOTE}`,
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}
情况说明 {
  公务接待 100 增加 20 增长 30%
}
`,
    },
    'share': {
        title: '占比等于本项除以总数',
        description: `写了“占比”的百分比，等于本项除以它所属的总数（表中的合计、上级行或模板规定的基数）。差一个末位单位、而同一总数的各项占比恰为 100% 的（为凑足 100% 调整尾差），是提示，措辞与文字中的相同。${RELATION_NOTE}`,
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}
情况说明 {
  公务支出 100 {
    办公费 60 占比 70%
    印刷费 40 占比 40%
  }
}
`,
    },
    'share-total': {
        title: '同一总数的各项占比之和为 100%',
        description: `同一个总数下各项的占比之和为 100%（在各项的舍入误差之内），即使总数本身没有写出。`,
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}
情况说明 {
  公务支出 {
    办公费 100 占比 60%
    印刷费 50 占比 30%
  }
}
`,
    },
    'completion': {
        title: '完成预算等于决算数除以预算数',
        description: `写了“完成预算”的百分比，等于决算数（执行数）除以预算数；表中“执行率”（完成率）一列，等于同一行的执行数除以预算数（列名说得清是哪两列的）。${RELATION_NOTE}`,
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}
附表 10 一般公共预算财政拨款“三公”经费支出决算表 {
  列【预算数 决算数】
  公务用车购置及运行维护费 2.92 1.46 完成预算 60%
}
`,
    },
    'reference': {
        title: '文字中的引用【…】指向唯一的数字',
        description: '文字中用【…】引用数据中的数字，生成报告时显示其值。引用必须找得到，且只指向一个数字；可以写上表号或上级名称来区分，如【附表6.201.基本支出】。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
附件 「说明」 「收入【不存在的数字】万元。」
`,
    },
    'prose-figure': {
        title: '文字中手写的金额、比例与其所说的数字一致',
        description: '文字中直接写出的金额和比例，与句子所说的那个数字一致：句子的主语（其前最长的已知名称，如 一般公共预算财政拨款基本支出）、所在的部分、“增加/减少/占比/完成/年初预算/全年预算”等字眼、单位和年度决定所指的数字（上年的年度管着的数是上年的数也不报告：2023 年度的报告写“2022年…决算为23.10万元，2023年为62.07万元”；与本年、上年都不符时报告，与上年的数比较，数据中没有上年数的不核对）。重述表中数字的，按两者中较粗的精度相等，差一个末位单位是警告；占比差一个末位、而同段各项占比恰好合计 100% 的（为凑足 100% 调整尾差），是提示；“两项合计占…%”核对前面所列各项之和的占比；占比的总数可有两种读法的（本节所说一种资金的支出或句首的财政拨款支出、全部资金或财政拨款的基本支出、“占总支出”的本年支出合计或支出总计），与其中一种相符即不报告，都不符时按所读的那一种报告；数据中没有的一项写了金额和“占收入合计的…%”的，核对句中金额 ÷ 写全了名称的总数（差一个末位单位不算错），其后不带名称的“占…%”不算作它前面一项的；照实算出后截尾（而不是四舍五入）所得的比率，与表中一样只给警告；先分项、后共计的（安排本单位出国（境）团组1个，参加其他单位组织的出国（境）团组1个，共计2个），只有共计与数据核对，每一分项不能大于共计；表中的数本身有误（那里有错误）而文字照写了它的，只给提示，说明表改正后文字也要改；所指不明时请改为引用【…】。与数据相同的手写数字可改为引用：每段一条提示，标在其中第一个数字处，光标放在任一个数字上可将它改为引用，也可一次全部改为引用。起点金额（以上/以下）、以“等”结尾的列举、日期、说部门某些单位的数（“8个决算单位中，…卫生院…”）等不是部门的决算数字，不作核对。代价较高，在保存时和命令行中运行。',
        category: 'slow',
        fix: 'suggestion',
        example: `${HEADER}
情况说明 {
  机关运行经费 82.45
  说明文字 「机关运行经费82.40万元。」
}
`,
    },
    'prose-year': {
        title: '陈述本年数字的句子写的是本报告年度',
        description: '一句话陈述的是本年的数字（引用或照写了本年的数据），却写了另一个年度，多半是沿用上年报告时忘了改。一个年度管到它后面、下一个年度或比较之前的数字：“2022年“三公”经费财政拨款支出决算为3.46万元，较上年增加2.4万元”在 2023 年度的报告里写错了年度。写上年年度的，只在它管的数字是本年的数时才报告（“2022年为1.06万元，2023年为3.46万元”不报告）；比较的对象（比2019年减少）、下一年的预算（2024年“三公”经费预算）、结转和年末（2022年结转、2022年末）、年度起止、原因里说到的年份都不算。与本年度自己比较（2023 年度的报告写“比2023年增加”）的，应是上年；与前年比较、说了增减（2024 年度的报告写“与2022年度相比，…增加”）而报告别处都与上年比较的，写出的增减额、增长率与数据中较上年的增减相符时，多半是照抄了上年的报告，也报告——与上年的增减不符的（比的确是前年）、数据中没有上年数的（文中另写了上年数的按它算，但写得比增减额粗的“上年决算1.0亿元”不算数）、同一句也与上年比较的（比上年…；比2022年…）、年度后加了注的（2022年（疫情前））、写出了那一年的数的（比2022年度的800.00万元增加）不算。说本报告所含单位的“N年度部门决算编制范围”（单位决算、决算编制范围同），N 应是本报告年度，句中没有数字也核对。',
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}
附表 1 收入支出决算总表 {
  收入 {
    本年收入合计 3569.58
  }
}

附件 「报告」 「2019年财政收入【本年收入合计】万元。」
`,
    },
    'code-format': {
        title: '科目编码的位数与首位正确（功能分类 2 开头 3/5/7 位，经济分类 3 或 5 开头 3/5 位）',
        description: '支出功能分类科目编码以 2 开头，为 3 位（类）、5 位（款）、7 位（项）；支出经济分类科目编码以 3（部门预算）或 5（政府预算）开头，为 3 位（类）、5 位（款）。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  201 一般公共服务支出 1 1 - {
    201030 政府办公厅（室）及相关机构事务 1 1 -
  }
}
`,
    },
    'code-parent': {
        title: '下级科目编码以上级编码开头，且只多一级',
        description: '写在上级科目之下的科目，其编码以上级编码开头，且只多一级（多两位）。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  201 一般公共服务支出 1 1 - {
    20203 政府办公厅（室）及相关机构事务 1 1 -
  }
}
`,
    },
    'code-duplicate': {
        title: '同一张表中科目编码不重复',
        description: '同一张表中，一个科目编码只出现一次。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  208 社会保障和就业支出 1 1 -
  208 社会保障和就业支出 1 1 -
}
`,
    },
    'code-name': {
        title: '科目名称与科目表（按报告年度）及名词解释一致',
        description: '科目编码后的名称与该年度的科目表一致；科目表中没有的编码，与报告名词解释中的名称一致。已改名的科目给出新名称。修正以编码为准改写名称。',
        category: 'fast',
        fix: 'safe',
        example: `${HEADER}
附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  201 一般公共事务支出 1 1 -
}
`,
    },
    'glossary-name': {
        title: '名词解释中的科目编码与名称与科目表、报告正文一致',
        description: '名词解释中按“名称（编码）”写出的科目路径，其编码拼起来等于条目的编码，各级名称与科目表和报告表格一致。修正以编码为准改写名称。',
        category: 'fast',
        fix: 'safe',
        example: `${HEADER}
名词解释 {
  2010301 「一般公共事务（201）政府办公厅（室）及相关机构事务（03）行政运行（01）」：「指行政单位的基本支出。」
}
`,
    },
    'table-shape': {
        title: '表号、表名、列名与模板一致，每行数值不多于列数',
        description: '各表的表号（附表 1、表一、表1 等，按模板的写法）、表名和列名与报告所用的模板一致，每张表只写一次，每列只写一次，一行的数值不多于列数。列【…】未列出的列视为未填写，并给出提示。表号排在模板各表之后、表名不是模板中任何一张表的（如部门自己加印的绩效自评表），是部门自己的表：照录，生成的报告把它排在模板各表之后，只校验表内各行的合计，给出提示。表名的修正取自模板。',
        category: 'fast',
        fix: 'safe',
        example: `${HEADER}
附表 6 一般预算支出表 {
  列【合计 基本支出 项目支出】
  合计 100 60 40 0
}
`,
    },
    'completeness': {
        title: '模板的各部分、各表齐全；无数据的表写明“无数据”',
        description: '报告有模板要求的报告信息（部门、年度、单位、公开时间）、各部分（附件除外：没有附件的报告不写这一部分）和各附表；没有数据的附表也要列出，写明“无数据”。看来不是一份完整报告的（没有目录或部分标题、概况/情况说明/名词解释只写了一部分、模板的表不到一半，如单独公开的“三公”经费情况说明），读作部分公开：缺的部分和表只给一条提示，不作警告。',
        category: 'fast',
        fix: 'none',
        example: `部门 「某单位」

附表 2 收入决算表 {
}
`,
    },
    'indicator-unmet': {
        title: '绩效指标的实际完成值达到预期指标值',
        description: '项目绩效表中，实际完成值与预期指标值比较（≥、≤、不超过等）；未达到预期时给出提示，供编写绩效说明时参考。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
情况说明 {
  预算绩效 {
    项目 「招商经费」 {
      指标 {
        项目完成指标 {
          数量指标 {
            接待客商批次 预期 ≥50次 实际 27次
          }
        }
      }
    }
  }
}
`,
    },
    'indicator-figure': {
        title: '重述数据的绩效指标与数据一致（成本不超过执行数，接待批次与“三公”经费一致）',
        description: '重述数据的绩效指标与数据一致：以金额计的成本指标不超过项目执行数，接待批次与“三公”经费中的国内公务接待批次一致。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
情况说明 {
  预算绩效 {
    项目 「招商经费」 {
      预算数 100
      执行数 6.67
      指标 {
        项目完成指标 {
          成本指标 {
            招商费用 预期 「不超过100万元」 实际 8万元
          }
        }
      }
    }
  }
}
`,
    },
    'indicator-score': {
        title: '绩效自评表的得分不超过分值，各项的分值、得分之和与总分一致',
        description: '项目支出绩效自评表中，每个指标（和资金一行的执行率）的得分不超过它的分值（权重）；表末写了总分的，各项的分值之和、得分之和与总分一行的分值、得分一致（按各数写出的位数理解，差在舍入之内不算不符）。资金一行没有写分值的，表式可能另有执行率的分值：各项之和小于总分时不报告，只报告超过的。一级、二级指标名后印了分值的（产出指标（50分）），与下属各二级指标的分值之和（都印了的）或各指标的分值之和一致。文字写的项目自评得分（本项目自评得分96分；某某项目自评得分96分），与该项目自评表总分一行的得分一致（按两者写出的位数理解）：写在项目里的文字说的是这个项目，别处的须在同一句里写出这个项目（只写一个项目）的名称；部门整体支出、部门评价等其他评价的得分和各类指标的得分不核对。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
情况说明 {
  预算绩效 {
    项目 「招商经费」 {
      表名 「项目支出绩效自评表」
      执行率 分值 10 得分 10
      指标 {
        产出指标 {
          数量指标 {
            接待客商批次 预期 ≥50次 实际 52次 分值 50 得分 50
          }
        }
        满意度指标 {
          服务对象满意度指标 {
            客商满意度 预期 ≥90% 实际 95% 分值 40 得分 45
          }
        }
      }
      总分 100 得分 105
    }
  }
}
`,
    },
    'number-format': {
        title: '数字中间没有空格（1 234.56 应写作 1234.56 或 1,234.56）',
        description: '从网页或表格软件复制的数字中间可能夹着空格（或不换行空格等特殊空格），会被读成几个数。只在读成几个数不可能对时报告：特殊空格、数值多于列数、表外一行有两个同单位的金额。修正把它们连成一个数。表中两个数被“/”连在一起（100.00/0.00，网页的一格印了两个数）读成三个单元格，看不出各属哪一列：报告为错误，这一行从那里起的数都不校验，请分开写；表外没有列，2020/12/31、5/50 不报告。',
        category: 'fast',
        fix: 'safe',
        fixes: [
            { finding: '一个数中间写了空格或特殊空格（1 234.56）', fix: 'safe', why: '连成一个数' },
            { finding: '两个数被“/”连在一起（100.00/0.00）', fix: 'none', why: '看不出各属哪一列，只能由人分开写' },
        ],
        example: `${HEADER}
附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 1 234.56 1000 234.56
}
`,
    },
    'unit': {
        title: '金额单位与报告声明的“单位”一致；金额处不写百分比，比率处写百分比',
        description: '金额按报告声明的“单位”（默认万元）填写：写成另一种货币单位的金额给出换算和修正；金额处写了百分比、比率处没写百分号的也报告；与各项之和相差一万倍的合计像是按元填写的，给出警告。修正只换算单位或补上百分号，不改变数值。',
        category: 'fast',
        fix: 'safe',
        example: `${HEADER}
附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 82.45 824500元 0
}
`,
    },
    'magnitude': {
        title: '数字的大小与位数合乎常理（金额不超过一万亿元，位数不超过 16 位）',
        description: '一个部门的决算中的金额不会超过一万亿元，数量不会上千万；超过 16 位的数字无法精确计算。多半是多写了数字，或把按元计的数写成了万元。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
附表 7 一般公共预算财政拨款支出决算明细表 {
  合计 200000000
}
`,
    },
    'percentage': {
        title: '占比不超过 100%、不为负；下降不超过 100%；满意度、合格率等不超过 100%',
        description: '不可能的百分比：占比超过 100% 或为负，下降超过 100%，完成预算为负，满意度、合格率、得分率等超过 100%，表中“占比”“比重”“得分率”列超过 100%（执行率、完成率可以超过 100%，不报告）。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
情况说明 {
  公务支出 100 {
    办公费 150 占比 150%
  }
}
`,
    },
    'template': {
        title: '报告写明所用的模板（模板 「…」），且各表与该模板一致',
        description: '报告开头的 模板 「…」 指明按哪个省份、哪一年度的公开模板校验和生成（如 「全国」、「上海 2024」、「四川 2020」）。没有写明时按年度和各表最相符的模板校验并给出警告；写了不存在的模板、或各表的表号和表名与所写模板不符时给出错误和可选的修正。',
        category: 'fast',
        fix: 'suggestion',
        example: `部门 「某单位」
年度 2020
单位 万元
模板 「广东 2020」
`,
    },
    'part-within': {
        title: '“其中”项不大于其上级（授予小微企业 ≤ 授予中小企业 ≤ 政府采购；其中外事接待 ≤ 公务接待）',
        description: '“其中”行不大于它所属的行，金额和数量（车辆数、批次、人次、人数）都是：名称以“其中”开头的行（其中外事接待），以及写在“其中：”之后的行（其中：在职 30人 离退休 12人），都是上级的其中项，不计入上级之和；模板规定的部分（如授予小微企业合同金额）不大于其整体（授予中小企业合同金额、政府采购支出总额）；模板规定的另一张表中的部分也是（基本支出表的 30215 会议费、30216 培训费不大于“三公”经费表所列的会议费、培训费）；财政拨款收入支出决算总表的本年收入合计、本年支出合计、年初和年末财政拨款结转和结余是收入支出决算总表同一项中财政拨款的部分，一般公共预算财政拨款支出决算表的基本支出、项目支出是支出决算表同一列的一部分，大于它时给出警告（非财政拨款的结转和结余可以为负数，所以不是错误）；同一行的批次（次、个）不多于人次，“三公”经费的公务用车保有量不多于国有资产的车辆数，不符时也给出警告。只比较同一单位的数：辆与辆、人次与人次。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
情况说明 {
  政府采购 21.07 {
    授予中小企业 21.07
    授予小微企业 42.14
  }
  三公经费 {
    公务接待 8批次 60人次 {
      其中：外事接待 2批次 70人次
    }
  }
}
`,
    },
    'zero-base': {
        title: '比率的基数不为 0（预算为 0 时不能写完成率）',
        description: '完成年初预算、完成全年预算等比率的分母为 0 时，比率无从计算，不作核对：给出提示，请核对预算数或比率（公开报告常照惯例写 0% 或 100%，不算错误）。决算也为 0、完成率写作 0% 或 100% 的（没有预算也没有支出，如“因公出国（境）费决算为0万元，完成预算的0%”），不提示。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  2050203 初中教育 307.82 - - 年初预算 0 全年预算 321.02 完成年初预算 95.89%
}
`,
    },
    'prose-direction': {
        title: '增加、减少、持平等字眼与数字的增减方向一致',
        description: '文字说增加、减少、增长、下降或与上年持平时，所说数字的本年数与上年数的变动方向与之一致；同一段中一处说持平、另一处写出增减额的，也给出错误。',
        category: 'slow',
        fix: 'none',
        example: `${HEADER}
附表 1 收入支出决算总表 {
  收入 {
    本年收入合计 1488.20
    总计 1488.20 上年 1539.75 减少 51.55
  }
  支出 {
    本年支出合计 1488.20
    总计 1488.20
  }
}

情况说明 {
  收入支出决算总体情况说明 「2020年度收、支总计1488.20万元。与2019年相比，收、支总计各增加51.55万元。」
}
`,
    },
    'prose-budget': {
        title: '“决算数大于/小于/等于预算数”与决算、预算数字一致，并写明原因',
        description: '文字比较决算数与预算数（大于、小于、持平，以及“比预算无增减”“与本年度预算相比无变化”）时，比较的方向与表中决算数、预算数一致；决算与预算不同时写明原因。',
        category: 'slow',
        fix: 'none',
        example: `${HEADER}
附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 1387.66 376.20 1011.46 预算 1420.00
}

情况说明 {
  一般公共预算财政拨款支出决算情况说明 「2020年一般公共预算财政拨款支出决算为1387.66万元，决算数大于预算数，主要原因是压减一般性支出。」
}
`,
    },
    'prose-zero': {
        title: '文字说为 0 或“无”的数，数据中也为 0',
        description: '文字写“0万元”或说某项“无”“未发生”时，数据中该项也为 0；某张表的某个空白单元格为 0 不能作为依据，比较的是句子所说的那个数。说的是部门的某些单位的（“8个决算单位中，县妇幼保健院、城关镇卫生院…为0万元”“部分单位无…”“县疾控中心…”），不是部门的数，不比较；“本部门及所属单位”说的是部门。',
        category: 'slow',
        fix: 'none',
        example: `${HEADER}
附表 1 收入支出决算总表 {
  收入 {
    一般公共预算财政拨款收入 1806.72
    本年收入合计 1806.72
    总计 1806.72
  }
  支出 {
    本年支出合计 1806.72
    总计 1806.72
  }
}

情况说明 {
  收入支出决算总体情况说明 「2020年度收入支出总计0万元。」
}
`,
    },
    'prose-count-parts': {
        title: '文字中“其中”的各项不大于总数',
        description: '文字写一个数量再写“其中”各项（编制人数28人，其中行政编制18人、事业编制10人；实有人数37人，其中在职人员25人、退休人员12人）时，每一项不能大于总数（错误）；各项之和大于总数时只给出提示，因为“其中”所列各项可能有重叠（在职人员25人，其中女职工12人、党员15人）；所列各项只是各类编制（行政编制、事业编制、工勤编制……）、总数是编制数时，一个编制只属一类，各项之和大于总数给出警告。只比较同一计量单位的数（人与人、辆与辆），括号里的数和下一个“其中”之后的数不算。没有表格的人数（部门人员情况）就靠这一条核对。文字写的批次紧接着写人次的（国内公务接待12批次，8人次），批次多于人次给出警告（每批次至少一人次；数据中有批次、人次的，由文字与数据核对）。金额也一样，但只在数据中没有总数时（没有“三公”经费表的报告写“三公”经费财政拨款支出0万元，其中：公务接待费1.20万元）：数据中有总数的，由文字与数据核对；“其中”后面的增减额、占比不算其中项。总数与各项是互不重叠的各类（政府采购支出总额与政府采购货物、工程、服务支出）时，各项之和与总数不符是错误；只写了其中几类的（货物、服务，不写工程），各项之和大于总数才是错误。“包括”之后列出的是总数的已知各类（政府采购的货物、工程、服务；各类用车；各类编制）时，与“分别为”一样是全部分项，其和应等于总数；列出别的（以“等”结尾、不是总数的分类）不核对。数据中没有政府采购数时，同一段以各自名称写出的授予小微企业合同金额不大于授予中小企业合同金额、授予中小企业合同金额不大于政府采购支出总额（该段只写了一个总额时）。数量之比（21个项目评为一等……占项目总数比例100%；开展绩效自评的项目18个，占全部项目的85.71%）按句中最后写的数量除以前面以同一名称写的总数（项目21个）核对，不写总数名称的（占比）按“其中”之前的总数核对，不与金额核对；数量是准确数，算不出四舍五入的比例是错误，经过四舍五入的比例差末位一个单位（凑成100%）不算错；总数没写或以同一名称写了两个不同的数时不核对。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
部门概况 {
  人员情况 「本部门编制人数28人，其中行政编制18人、事业编制12人。」
}
`,
    },
    'prose-list-count': {
        title: '文字中列出各项后写的数量与所列项数相同',
        description: '文字先列出各项、紧接着写它们的数量（内设办公室、教务处、德育处、总务处4个处室；组织对“基本公共卫生服务”“重大公共卫生服务”2个项目开展了部门评价）时，数量应等于所列的项数（以顿号、并排的引号或引号之间的“和”“及”“与”分开，引号、括号里的顿号不算；括号里的数量数的是括号里所列的，如执法大队（含一中队、二中队2个中队））。数量后面须是所列各项的类别（科室、单位、项目、中心……，或“项”），数的是物品（桌椅、文件柜10个）的不算。所列各项中有数字、以“等”“共”结尾、只有一项，或在最后一个顿号之后、引号之外还用“和”“及”“与”连接（可能连接最后两项，也可能在一个名称里）的，不核对；顿号之前的“和”“及”“与”在名称里（职业与成人教育科、德育科），照常核对。数量写在前、紧接着以“分别是”“分别为”列出各项的（单位共3家，分别是：A、B、C；数字前后有空格的也算：设立 1 个内设机构，分别是：…），或一类单位的数量后紧接冒号列出各项的（事业部门5个：A、B……），数量也应等于列到逗号或句号为止的项数，例外同上，以“主要”“包括”“如”等起头列出的只是其中几项，也不核对。科室、单位、机构等的数量后紧接“包括”“包含”列出各项、以顿号分开并列到句号或分号为止的（下属单位3个，包括A中心、B站、C所；内设科室5个，包括：…），数量也应等于项数；以“等”结尾、逗号后还有话、写“主要包括”“其中包括”的，不核对。写“单位共N家”（纳入……决算编制范围的单位共N家）、下一行起印着编号的单位表（序号 单位名称，从 1 起连续编号、直到文字结束）的，N 应等于单位表的行数。不符时给出警告。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
部门概况 {
  机构设置 「本单位内设办公室、财务科、业务科4个科室。」
}
`,
    },
    'prose-placeholder': {
        title: '文字中没有占位符（XX、××、【待填】）和未改动的新建报告模板文字',
        description: '公开前，文字中不应留有 XX局、××、【待填】 等占位符，也不应留有新建报告时生成的示范文字和模板写给填表人的说明（“由单位根据三定方案等相关规定中有关内部机构设置填写。”“（请根据实际情况填写）”）。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
情况说明 {
  部门职能 「XX局主要职责是……」
}
`,
    },
    'prose-wrap': {
        title: '从 PDF 复制来的、在句子中间折的行读作同一段',
        description: '从 PDF 复制的文字在页宽处换行，常在句子中间（“财政拨款收入40,835.64”与下一行的“万元，占97.27%”）。一行在句子中间结束（行末没有。！？；：…）、差不多占满页宽、不是短标题，而下一行不缩进、不以序号（一、（一）1.）或“注：”开头时，这个换行是折行：校验时两行读作一句，生成的报告印作一段。其余换行都是分段。每段有折行的文字给出一条提示，修正把折行和它带来的缩进删去，其余文字不变。',
        category: 'fast',
        fix: 'safe',
        example: `${HEADER}
情况说明 {
  收入决算情况说明 「本年收入合计41,787.14万元，其中：财政拨款收入40,835.64万元，占97.27%；事业收入
  856.32万元，占2.05%；其他收入95.18万元，占0.23%。」
}
`,
    },
    'prose-date': {
        title: '截至日期、标题中的年份与报告年度一致，公开时间在年度结束之后',
        description: '“截至某年12月31日”、标题中写的年份与报告年度一致（正文里的标题，和各节、各部分照写的标题：2022 年度的报告里写“十三、关于2020年度预算绩效情况的说明”，多半是沿用旧报告没改；下一年的计划、与某年比较、起止年份不算）；公开时间在报告年度结束之后。修正改写年份。',
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}
情况说明 {
  机构设置 「截至2019年12月31日，本单位共有在职人员20人。」
}
`,
    },
    'last-year': {
        title: '上年数与“上年”行链接的上年报告的本年数一致',
        description: `报告头部写 \`上年 「../2023/单位.juesuan」\`（路径相对本文件）链接上一年度的报告后，每个上年数——写出的“上年”，或由本年数与增加额、减少额推算的——都与上年报告中同一行的本年数比对：按科目编码，没有编码的按行名，表按其用途对应（各模板的表号不同），表外的行在同名的部分中查找。超出舍入误差的不一致给出警告，修正改为上年报告的数字。上年报告不存在、无法读取、有语法错误或年度不是本年度减一时，在“上年”行报错，不作比对。上年报告按磁盘上保存的内容读取，它改动并保存后本报告重新校验。${RELATION_NOTE}`,
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}上年 「../2019/某单位.juesuan」
`,
    },
    'unfilled': {
        title: '生成的报告中没有〔未填写〕：模板各部分要用的数字和文字都已写出',
        description: '按报告的模板生成报告时，某句话要用的数字或文字源文件中没有写，报告中就印作〔未填写〕（绝不留下“决算为。”这样的空句）。本规则列出这些地方，以便发布前补写。在保存时和命令行中运行。',
        category: 'slow',
        fix: 'none',
        example: `${HEADER}
情况说明 {
  机关运行经费 82.45
}
`,
    },
    'heading-ordinal': {
        title: '标题前的序号完整：复制时丢了数字、只剩顿号的标题',
        description: '从 PDF、网页复制来的报告，标题和表名前的序号有时只剩顿号（“、收入支出决算总体情况说明”“、收入支出决算总表”）。这样的标题照常认作模板的节，表按表名认，生成的报告照写的印出；本规则给出提示，并可一键补上按报告各节、目录中各表的编号这里应有的序号。在保存时和命令行中运行。',
        category: 'slow',
        fix: 'suggestion',
        example: `${HEADER}
情况说明 {
  、收入支出决算总体情况说明 「……」
  二、收入决算情况说明 「……」
}
`,
    },
    'project-place': {
        title: '项目的绩效表写在情况说明中，不写在表里',
        description: '项目支出绩效自评表（项目 「…」 { … }）写在情况说明的 预算绩效 { … } 里，生成的报告印在讲预算绩效的一节。目录把绩效自评表列为一张表的报告（十、部门预算项目支出绩效自评表），照目录把项目写进这张表里的，项目照样校验、印在讲预算绩效的一节，这张表下却只印〔未填写〕；本规则给出提示，请把项目移到情况说明的 预算绩效 { … } 中。',
        category: 'fast',
        fix: 'none',
        example: `${HEADER}
十、部门预算项目支出绩效自评表 {
  项目 「实训基地建设」 {
    执行数 900.00
  }
}
`,
    },
    'heading-space': {
        title: '标题中间没有空格：从 PDF 复制的标题里夹着的空格',
        description: '从 PDF、网页复制来的标题中间有时夹着空格（五、财政拨款“三公” 经费支出决算情况说明）。这样的一行仍能读下来，但读成了两项：前一半是一个没有数字的行，后一半才是这一节的标题，于是这一节不能按模板的节认出，生成的报告也丢了前一半。本规则报告这样的标题，并可一键删去空格。行名后接的 说明、备注、用途、变动原因、差异原因 不算。',
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}
情况说明 {
  七、财政拨款“三公” 经费支出决算情况说明 「……」
}
`,
    },
    'block-keyword': {
        title: '部分的关键字写对：部门概况、单位概况、情况说明、名词解释',
        description: '部分的关键字写错一个字的（部门概要 { … }、名词注释 { … }），读作报告自己的一张表：其中的文字照印在模板各表之后，不是模板的那一部分。块里只有文字、名称与一个关键字只差一个字、又不是哪个模板的表名或节名时，给出提示，可改为那个关键字（不自动修正：也可能真是报告自己印的标题）。',
        category: 'fast',
        fix: 'suggestion',
        example: `${HEADER}
部门概要 {
  机构设置 「……」
}
`,
    },
    'name-brackets': {
        title: '名称中的括号写全角：从网页复制来的半角括号',
        description: '从网页复制来的标题、行名和表名中，括号有时是半角的（部门(单位)职责、机关(单位)运行经费、支出决算表(一)）。这样的名称照常读作全角括号的名称，按模板的节、行、表认出，生成的报告印全角括号；本规则每行给出一条提示，并可一键改为全角括号；表中常印的“(%)”（增长率(%)）和名词解释中带科目编码的词条（事业运行(2010350)：）照样读，不提示。半角括号须在名称中成对：不成对的（机构设置(、职责))）、与名称隔着空格的（因公出国 (境)）或写在数字后的（82.45(万元)）是语法错误，在括号处说明错在哪里（如“多余的“)”：前面没有对应的“(”。”）。文字「…」中的括号不算。',
        category: 'fast',
        fix: 'safe',
        example: `${HEADER}
部门概况 {
  一、部门(单位)职责 「……」
}
`,
    },
    'syntax': {
        title: '语法：文件不合决算语言的写法',
        description: '文件中有不合决算语言语法的地方（缺少括号、引号，位置不对的词等）是错误：出错的地方之后，其他检查可能不完整，先改正语法错误。'
            + '看得出原意、照原意读了的写法是警告（文本写在“”中、名称中的括号不成对）。'
            + '原意确定的写法给出修正（全角负号、全角的｛｝、文本的“”、少写的“列”、表中照印的单位行等），`juesuan check --fix` 会自动应用。不能在 juesuan.json 中关闭。',
        category: 'fast',
        fix: 'safe',
        fixes: [
            { finding: '原意确定的写法（全角负号、全角的｛｝、文本写在“”中、表中【…】前少写“列”、表中照印的单位行、头部照表上印的单位行）', fix: 'safe', why: '改为决算语言的写法' },
            { finding: '其他语法错误（缺少括号、位置不对的词等）', fix: 'none', why: '看不出原意，只能由人改' },
        ],
        engine: true,
        example: `${HEADER}
附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
`,
    },
    'too-many': {
        title: '问题太多，只列出一部分',
        description: '一个文件的问题超过一万个时，只列出前一万个（错误优先），并用这一条说明另有多少个未列出。',
        category: 'fast',
        fix: 'none',
        engine: true,
    },
    'unused-disable': {
        title: '抑制注释没有抑制任何问题',
        description: '`// juesuan-disable-next-line 规则` 或 `// juesuan-disable 规则 … // juesuan-enable 规则` 所指的地方没有该规则的问题，或规则名不存在：注释可能过时了，应删除，以免以后掩盖真正的问题。',
        category: 'fast',
        fix: 'none',
        engine: true,
        example: `${HEADER}
情况说明 {
  // juesuan-disable-next-line growth
  机关运行经费 100 上年 80 增加 20 增长 25%
}
`,
    },
    'settings': {
        title: 'juesuan.json 的设置有误',
        description: '报告所在目录或上级目录中的 juesuan.json 无法读取、不是合法的 JSON，或写了不存在的规则、无效的级别（可用：error、warning、info、hint、off）。有误的设置项被忽略。',
        category: 'fast',
        fix: 'none',
        engine: true,
    },
} as const satisfies Record<string, RuleMeta>;

/** The id of every rule and finding of the engine: a diagnostic's `code`. */
export type RuleId = keyof typeof RULE_CATALOGUE;

export const RULE_IDS = Object.keys(RULE_CATALOGUE) as RuleId[];

export function isRuleId(id: string): id is RuleId {
    return Object.prototype.hasOwnProperty.call(RULE_CATALOGUE, id);
}

/** What a rule object takes from its metadata: `{ ...ruleMeta('share'), check … }`. */
export function ruleMeta<Id extends RuleId>(id: Id): { id: Id; title: string; category: 'fast' | 'slow' } {
    const meta: RuleMeta = RULE_CATALOGUE[id];
    return { id, title: meta.title, category: meta.category };
}

/** The rule's page in the repository (the address package.json's `repository` names). */
export const RULE_DOCS_WEB = 'https://github.com/juesuan/juesuan/blob/main/docs/rules/';

/** Langium's own codes for lexer and parser errors: the rule `syntax`. */
const SYNTAX_CODES = new Set(['lexing-error', 'lexing-warning', 'lexing-info', 'lexing-hint', 'parsing-error']);

/** The rule id of a diagnostic: its code, with lexing and parsing errors as `syntax`. */
export function diagnosticRule(diagnostic: { code?: number | string; data?: unknown }): string | undefined {
    let code: unknown = diagnostic.code;
    if (code === undefined || code === null || code === '') code = (diagnostic.data as { code?: unknown } | undefined)?.code;
    if (code === undefined || code === null || code === '') return undefined;
    return SYNTAX_CODES.has(String(code)) ? 'syntax' : String(code);
}

let docsBase: string | undefined;

/**
 * The address of a rule's page, for `codeDescription.href`: the page shipped beside the bundle
 * (docs/rules/ in the .vsix and the npm package) as a file URL when it is there, so that it opens
 * in the editor offline and matches the installed version (GitHub is often out of reach where
 * these reports are written); else the repository's page.
 */
export function ruleDocUrl(id: string): string {
    docsBase ??= shippedDocsBase() ?? RULE_DOCS_WEB;
    return `${docsBase}${encodeURIComponent(id)}.md`;
}

function shippedDocsBase(): string | undefined {
    // bundled as out/*.cjs; docs/ is out/'s sibling
    if (typeof __dirname !== 'string' || !__filename.endsWith('.cjs')) return undefined;
    const dir = path.join(__dirname, '..', 'docs', 'rules');
    return fs.existsSync(dir) ? `${pathToFileURL(dir).href}/` : undefined;
}
