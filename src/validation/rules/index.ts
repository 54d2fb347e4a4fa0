import type { Rule } from '../rule.js';
import { relationRules } from './relations.js';

/** Every check juesuan runs, in one list; a rule's id names it in diagnostics and quick fixes. */
export const RULES: readonly Rule[] = [
    ...relationRules,
];
