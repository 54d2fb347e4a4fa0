// The Sichuan 2024 layout: the 2020 one (five parts, charts, notes) with the year in 第二部分's heading in the contents
// too, 公开NN表 under each 附表's title, and the 2024 wording of the standard sentences.
import { templateLayout } from '../shared/layout.js';
import { SICHUAN_LAYOUT_OPTIONS, publicLabel } from '../sichuan-2020/layout.js';
import { SICHUAN_2024_WORDING } from './wording.js';

export const SICHUAN_2024_LAYOUT = templateLayout({
    ...SICHUAN_LAYOUT_OPTIONS,
    id: 'sichuan-2024',
    name: '四川省部门决算公开（2024年度）',
    // 第二部分2024年度部门决算情况说明, in the contents as in the body (SOURCES.md 1)
    partHeading: title => title === '部门决算情况说明' ? `{year}年度${title}` : title,
    wording: SICHUAN_2024_WORDING,
    // 附表1 over 收入支出决算总表, 公开01表 under it, on every page whether the source writes the second label or not
    // (test/trials/sichuan-2022-health.txt, sichuan-2024-county.txt; the 2020 seed prints none)
    labelUnderTitle: publicLabel,
});
