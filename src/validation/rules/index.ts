import type { Rule } from '../rule.js';
import { codeRules } from './codes.js';
import { headingRules } from './headings.js';
import { indicatorRules } from './indicators.js';
import { inputRules } from './input.js';
import { lastYearRules } from './last-year.js';
import { nameBracketsRules } from './name-brackets.js';
import { nameRules } from './names.js';
import { proseRules } from './prose.js';
import { proseCountPartsRules } from './prose-count-parts.js';
import { proseUnfinishedRules } from './prose-unfinished.js';
import { proseWordRules } from './prose-words.js';
import { proseWrapRules } from './prose-wrap.js';
import { relationRules } from './relations.js';
import { tableRules } from './tables.js';
import { unfilledRules } from './unfilled.js';

/** Every check juesuan runs, in one list; a rule's id names it in diagnostics and quick fixes. */
export const RULES: readonly Rule[] = [
    ...relationRules,
    ...proseRules,
    ...proseWordRules,
    ...proseUnfinishedRules,
    ...proseCountPartsRules,
    ...proseWrapRules,
    ...codeRules,
    ...tableRules,
    ...indicatorRules,
    ...nameRules,
    ...inputRules,
    ...lastYearRules,
    ...unfilledRules,
    ...headingRules,
    ...nameBracketsRules,
];
