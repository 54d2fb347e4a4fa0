export interface ExpectedLayout {
    /** The headings of the parts in the contents, in order. */
    readonly contentsParts: readonly string[];
    /** The headings of the parts in the body, in order; {year} stands for the report's year, {department} for its 部门. */
    readonly parts: readonly string[];
    /** The part the tables are printed in, where it is not the last. */
    readonly tablesPart?: string;
    /** The numbered sections of 部门决算情况说明, in order, as printed. */
    readonly sections: readonly string[];
    /** The tables, in order, as listed in the contents and under 附表. */
    readonly tables: readonly string[];
    /** The charts' captions, in order. */
    readonly charts: readonly string[];
}

export declare const EXPECTED_LAYOUTS: Readonly<Record<string, ExpectedLayout | null>>;

export declare function templateOfSource(text: string): string;
