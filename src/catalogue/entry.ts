/** 支出功能分类 or 部门预算支出经济分类. */
export type CodeScheme = '功能' | '经济';

/** A name a code held, and the years it held it for where known (open ends: not known). */
export interface NameSpan {
    readonly name: string;
    /** First budget year of the name, inclusive. */
    readonly from?: number;
    /** Last budget year of the name, inclusive. */
    readonly to?: number;
    /** Where the name comes from, in Chinese (it is shown to users). */
    readonly source?: string;
    /** False when the name is recalled, not checked against a document; absent means checked. */
    readonly checked?: boolean;
}

/** One subject code of a catalogue. */
export interface CatalogueEntry {
    readonly code: string;
    /** The current name (the one a catalogue states when it gives no years). */
    readonly name: string;
    readonly scheme: CodeScheme;
    /** The official definition, where known. */
    readonly definition?: string;
    /** Where the current name comes from, in Chinese (it is shown to users). */
    readonly source: string;
    /** False when the current name is recalled, not checked against a document; absent means checked. */
    readonly checked?: boolean;
    /** The names over the years, where the code was renamed. */
    readonly names?: readonly NameSpan[];
}
