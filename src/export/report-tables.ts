// The data tables a laid-out report draws as grids (the 附表), in print order, with the page each
// is on.
import type { Block, ReportDocument, TableBlock } from '../generation/report-parts.js';

export interface ReportTable {
    readonly table: TableBlock;
    /** Printed on a landscape page. */
    readonly landscape: boolean;
}

export function collectTables(document: ReportDocument): ReportTable[] {
    const found: ReportTable[] = [];
    const visit = (blocks: readonly Block[], landscape: boolean) => {
        for (const block of blocks) {
            if (block.kind === 'section') visit(block.blocks, block.landscape ?? landscape);
            // form tables (a project's performance table) belong to the text, not to the 附表; a
            // table without rows (one the report does not have) prints its title only, no grid
            else if (block.kind === 'table' && block.variant !== 'form' && block.body.length > 0) found.push({ table: block, landscape });
        }
    };
    visit(document.blocks, false);
    return found;
}
