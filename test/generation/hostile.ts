// A report whose every free text tries to inject markup: names, titles, texts, reasons,
// glossary, attachments, indicators, empty-table statements, the meta fields.
export const ATTACK = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">链接</a>"双引号"\'单引号\'&amp;';

export const HOSTILE_REPORT = `
部门 「${ATTACK}部门」
全称 「${ATTACK}全称」
简称 「${ATTACK}简称」
年度 2020
单位 万元
公开时间 2021年11月22日

部门概况 {
  主要职能 「${ATTACK}职能」
  重点工作 「${ATTACK}工作
<svg onload=alert(4)>第二段</svg>」
  机构设置 「${ATTACK}机构」
}

情况说明 {
  三公经费 {
    公务接待 {
      国内公务接待 4.92万元 27批次 292人次 用途 「${ATTACK}用途」 说明 「${ATTACK}说明」 备注 「${ATTACK}备注」
    }
  }
  机关运行经费 82.45 减少 24.92 下降 23.21% 变动原因 「${ATTACK}原因」
  预算绩效 {
    自评结论 「${ATTACK}结论」
    项目 「${ATTACK}项目」 {
      预算单位 「${ATTACK}单位」
      预算数 10 { 财政拨款 10 其它资金 0 }
      执行数 10 { 财政拨款 10 其它资金 0 }
      综述 「${ATTACK}综述」
      年度目标 { 预期 「${ATTACK}预期」 实际 「${ATTACK}实际」 }
      指标 {
        项目完成指标 {
          数量指标 {
            「${ATTACK}指标」 预期 「${ATTACK}预期值」 实际 「${ATTACK}实际值」
          }
        }
      }
    }
  }
}

名词解释 {
  「${ATTACK}名词」：「${ATTACK}解释」
  2010301 「${ATTACK}编码名」：「${ATTACK}编码解释」
}

附件 「${ATTACK}附件标题」 「${ATTACK}附件正文 【${ATTACK}】」

附表 1 收入支出决算总表 {
  收入 {
    一般公共预算财政拨款收入 100
    本年收入合计 100
    总计 100 增加 10 变动原因 「${ATTACK}变动」
  }
  支出 {
    本年支出合计 100
    总计 100
  }
}

附表 6 一般公共预算财政拨款支出决算表 {
  列【合计 基本支出 项目支出】
  合计 100 60 40
  201 一般公共服务支出 100 60 40 差异原因 「${ATTACK}差异」 {
    20103 政府办公厅（室）及相关机构事务 100 60 40 {
      2010301 行政运行 100 60 40 预算 90 完成预算 111.11%
    }
  }
}

附表 12 政府性基金预算财政拨款“三公”经费支出决算表 {
  无数据 「${ATTACK}无数据」
}
`;
