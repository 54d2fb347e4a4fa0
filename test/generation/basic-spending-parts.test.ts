// The 基本支出 section says 人员经费 and 公用经费 with their items however the 基本支出 table prints them: each
// block closed by its 合计 row (上海 表六: 人员经费合计 after the 301 and 303 rows, printed before as
// 「人员经费合计330.00万元。」 with no items), or one row per code with the amount split into columns
// (列【决算数 人员经费 公用经费】, printed before as 「…基本支出90.00万元。」 with neither).
import { describe, expect, it } from 'vitest';
import { buildHtml, visibleText } from './helpers.js';

/** A 上海 report's 表六, opened: its rows follow. */
const SHANGHAI_TABLE_6 = `模板 「上海 2024」
部门 「上海市某区某馆」
年度 2024
单位 万元
表六 一般公共预算财政拨款基本支出决算表 {
`;

describe('人员经费 and 公用经费 closing their classes', () => {
    const text = visibleText(buildHtml(`${SHANGHAI_TABLE_6}  301 工资福利支出 90.00 {
    30101 基本工资 60.00
    30102 津贴补贴 30.00
  }
  303 对个人和家庭的补助 10.00 {
    30302 退休费 10.00
  }
  302 商品和服务支出 20.00 {
    30201 办公费 20.00
  }
  人员经费合计 100.00
  公用经费合计 20.00
}
`));
    it('names each with the items of its classes', () => {
        expect(text).toContain('人员经费100.00万元，主要包括：基本工资、津贴补贴、退休费等。');
        expect(text).toContain('公用经费20.00万元，主要包括：办公费等。');
        expect(text).not.toContain('人员经费合计100.00万元');
    });
});

/** A 表6 printing the 人员经费 and 公用经费 columns beside 决算数, the second headed `publicHead`. */
const partColumnsText = (publicHead: string) => visibleText(buildHtml(`模板 「全国」
部门 「某县某站」
年度 2024
单位 万元
表6 一般公共预算财政拨款基本支出决算明细表 {
  列【决算数 人员经费 ${publicHead}】
  合计 90.00 80.00 10.00
  301 工资福利支出 80.00 80.00 - {
    30101 基本工资 80.00 80.00 -
  }
  302 商品和服务支出 10.00 - 10.00 {
    30201 办公费 10.00 - 10.00
  }
}
`));

describe('人员经费 and 公用经费 as columns', () => {
    const text = partColumnsText('公用经费');
    it('takes each from the 合计 row, with the items of its classes', () => {
        expect(text).toContain('人员经费80.00万元，主要包括：基本工资等。');
        expect(text).toContain('公用经费10.00万元，主要包括：办公费等。');
    });
});

// the seed's 日常公用经费 is said as written, the 合计 left off
describe('日常公用经费合计', () => {
    const text = visibleText(buildHtml(`${SHANGHAI_TABLE_6}  301 工资福利支出 90.00 {
    30101 基本工资 90.00
  }
  302 商品和服务支出 20.00 {
    30201 办公费 20.00
  }
  人员经费合计 90.00
  日常公用经费合计 20.00
}
`));
    it('is said as 日常公用经费', () => {
        expect(text).toContain('日常公用经费20.00万元，主要包括：办公费等。');
    });
});

// a column headed 日常公用经费 (the template's 公用经费) is said as the report heads it, its unit left off
describe('日常公用经费 as a column', () => {
    const text = partColumnsText('日常公用经费（万元）');
    it('is said as 日常公用经费', () => {
        expect(text).toContain('日常公用经费10.00万元，主要包括：办公费等。');
        expect(text).toContain('人员经费80.00万元，主要包括：基本工资等。');
    });
});

// the format prints every item of the catalogue, most of them blank: only those with an amount are 「主要包括」
describe('items left blank or 0.00', () => {
    const html = (rows: string) => visibleText(buildHtml(`${SHANGHAI_TABLE_6}${rows}  人员经费合计 90.00
  公用经费合计 20.00
}
`));
    it('are not among an item list', () => {
        const text = html(`  301 工资福利支出 90.00 {
    30101 基本工资 90.00
    30102 津贴补贴 -
    30103 奖金 0.00
  }
  302 商品和服务支出 20.00 {
    30201 办公费 20.00
    30202 印刷费 -
  }
`);
        expect(text).toContain('人员经费90.00万元，主要包括：基本工资等。');
        expect(text).toContain('公用经费20.00万元，主要包括：办公费等。');
    });
    it('nor the classes said without items', () => {
        const text = html(`  301 工资福利支出 90.00
  303 对个人和家庭的补助 -
  302 商品和服务支出 20.00
  307 债务利息及费用支出 0.00
`);
        expect(text).toContain('人员经费90.00万元，主要包括：工资福利支出等。');
        expect(text).toContain('公用经费20.00万元，主要包括：商品和服务支出等。');
    });
});

// a report whose table names its items without amounts (乐山 2020: 原文只列出科目名称) lists them as its text does
describe('items named without figures', () => {
    it('are listed', () => {
        const text = visibleText(buildHtml(`${SHANGHAI_TABLE_6}  人员经费 90.00 {
    30101 基本工资
    30102 津贴补贴
  }
}
`));
        expect(text).toContain('人员经费90.00万元，主要包括：基本工资、津贴补贴等。');
    });
});
