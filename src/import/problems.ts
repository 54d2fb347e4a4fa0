// What goes wrong reading a workbook, said in Chinese with the sheet and cell: an ImportError
// stops the import (nothing is written) and may carry many problems at once, so that the user
// fixes the workbook in one go.
export class ImportError extends Error {
    constructor(readonly problems: string | readonly string[]) {
        super(typeof problems === 'string' ? problems : problems.join('\n'));
    }

    get list(): readonly string[] {
        return typeof this.problems === 'string' ? [this.problems] : this.problems;
    }
}

/** 工作表「附表6」单元格 C7 */
export function where(sheet: string, address?: string): string {
    return address ? `工作表「${sheet}」单元格 ${address}` : `工作表「${sheet}」`;
}
