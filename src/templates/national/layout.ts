// The 财政部 format's layout (from 2022 and 2019–2021 alike): the year before the titles of the tables
// part and the 情况说明 part (第二部分 2024年度部门决算公开表, national/SOURCES.md 1.1), 公开01表 at
// the top right of each table (2.3); no charts, none being seen in the published reports; the
// standard sentences in the format's wording (wording.ts).
import { templateLayout } from '../shared/layout.js';
import { NATIONAL_WORDING } from './wording.js';

const layout = (id: string, name: string) => templateLayout({
    id, name,
    partHeading: title => /决算(?:公开)?表$|情况说明$/.test(title) ? `{year}年度${title}` : title,
    tablePageLabel: number => `公开${String(number).padStart(2, '0')}表`,
    wording: NATIONAL_WORDING,
    // 公开06表: 人员经费 | 公用经费 side by side, 公用经费 over two groups of 科目编码 科目名称 决算数
    // (as county reports print it, test/trials/national-2023-county.txt)
    halves: { role: 'general-basic', groups: [1, 2] },
    // the contents print 第五部分 附件 and no attachment under it (test/trials: 安徽, 湖北, 湖南, 辽宁, 青岛 after their sources)
    attachmentsListed: false,
});

export const NATIONAL_LAYOUT = layout('national', '部门决算公开格式（财政部，2022年度起）');
export const NATIONAL_2019_LAYOUT = layout('national-2019', '部门决算公开格式（财政部，2019—2021年度）');
