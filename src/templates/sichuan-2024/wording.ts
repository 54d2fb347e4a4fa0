// Sichuan's 2024 standard sentences (SOURCES.md 4): the 2020 wording, but the equal 收、支总计 said
// once (2024年度收、支总计均为…万元), and the 三公 named as the merged table names them.
import { amount, changeSentence, reasonSentence } from '../shared/sentences.js';
import { STANDARD_WORDING, type Wording } from '../shared/wording.js';

export const SICHUAN_2024_WORDING: Wording = {
    ...STANDARD_WORDING,
    total: (ctx, t) => [
        `${ctx.Y}年度收、支总计均为`, amount(t.income ?? t.expenditure, ctx.unit, '收、支总计'), '。',
        ...changeSentence({ year: ctx.year, subject: '收、支总计', yoy: t.yoy, each: true, unit: ctx.unit }),
        ...reasonSentence(t.reason, '主要变动原因是'),
    ],
};
