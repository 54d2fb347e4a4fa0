/** Each equivalent rewriting of a report: the variant text, or undefined where it does not apply. */
export declare const TRANSFORMS: Readonly<Record<string, (source: string) => string | undefined>>;

/** Transformations that keep every position: their findings must be the same to the character. */
export declare const SAME_POSITIONS: ReadonlySet<string>;

/** The keys one list has more often than the other: `- key` lost, `+ key` gained. */
export declare function compare(before: readonly string[], after: readonly string[]): string[];

/** What a transformation may change: findings it leaves out of the comparison, and when a file's findings are comparable at all. */
export declare const EXPECTED: Readonly<Record<string, {
    ignore?: (message: string) => boolean;
    comparable?: (messages: readonly string[]) => boolean;
}>>;
