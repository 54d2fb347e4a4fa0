// A report heading a numbered part of attachments beside its tables part (江西, 湖南: 第五部分 附件, the attachment a scan
// not transcribed) prints that part, in the contents and in the body, with 〔未填写〕 under its heading: the part the
// user wrote is not dropped for want of an 附件. A report heading no such part prints none.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/generation/report-source.js';
import { unfilledLayout } from '../../src/validation/rules/unfilled.js';
import { buildHtml, SMALL_TOTAL_TABLE, TOWN_HEAD, visibleText } from './helpers.js';

const report = (attachments: string) => `${TOWN_HEAD}
部分 「第一部分 部门概况」
部分 「第二部分 2024年度部门决算表」
部分 「第三部分 2024年度部门决算情况说明」
部分 「第四部分 名词解释」
${attachments}
部门概况 {
  主要职能 「负责全镇的行政管理。」
}

${SMALL_TOTAL_TABLE}
情况说明 {
  收入支出决算总体情况说明 「收入总计100.00万元。」
}
`;

describe('a part of attachments the report heads with none written', () => {
    it('is printed, in the contents and in the body, with 〔未填写〕 under its heading', () => {
        const text = visibleText(buildHtml(report('部分 「第五部分 附件」'), { mode: 'publish' }));
        expect(text).toMatch(/目录[\s\S]*第四部分 名词解释\s*第五部分 附件\s*第一部分 部门概况/);
        expect(text).toMatch(/收入总计100\.00万元。[\s\S]*第五部分 附件\s*〔未填写〕/);
        const parts = unfilledLayout(parseReport(report('部分 「第五部分 附件」')).model).blocks.filter(b => b.kind === 'section');
        const last = parts.at(-1)!;
        expect(last.kind === 'section' && last.blocks.flatMap(b => b.kind === 'paragraph' ? b.content : []))
            .toContainEqual(expect.objectContaining({ kind: 'missing', text: '附件（源文件中没有附件的内容）' }));
    });

    it('is printed as the next part where the copy lost its 第五 (湖南 新邵: 部分附件, 部分 附件)', () => {
        for (const heading of ['部分 「部分附件」', '部分 「部分 附件」']) {
            const text = visibleText(buildHtml(report(heading), { mode: 'publish' }));
            expect(text, heading).toMatch(/目录[\s\S]*第四部分 名词解释\s*第五部分 附件\s*第一部分 部门概况/);
            expect(text, heading).toMatch(/收入总计100\.00万元。[\s\S]*第五部分 附件\s*〔未填写〕/);
        }
    });

    it('is not printed where the report heads none', () => {
        expect(visibleText(buildHtml(report(''), { mode: 'publish' }))).not.toMatch(/附件/);
    });
});

describe('a part titled 部分名词解释 ("selected terms")', () => {
    it('is an ordinary heading, numbered after the last, its 部分 kept: only 部分附件 reads as a lost 第N', () => {
        const source = report('').replace('部分 「第四部分 名词解释」', '部分 「部分名词解释」');
        const text = visibleText(buildHtml(source, { mode: 'publish' }));
        expect(text).toMatch(/目录[\s\S]*第三部分 2024年度部门决算情况说明[\s\S]*第四部分 部分名词解释\s*第一部分 部门概况/);
        expect(text).not.toMatch(/第四部分 名词解释/);
    });
});
