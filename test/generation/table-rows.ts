// The rows of a generated table page as text, for the tests of table layout.
import { visibleText } from './helpers.js';

/** The rows of the page of the table titled so, each as its cells' texts (colspan after ×, rowspan after ↓). */
export function tableRows(html: string, title: string): string[][] {
    const pages = [...html.matchAll(/<section[^>]*table-page[^>]*>([\s\S]*?)<\/section>/g)].map(m => m[1]);
    const page = pages.find(p => visibleText(/class="table-title"[^>]*>([\s\S]*?)<\//.exec(p)?.[1] ?? '').trim() === title);
    if (!page) throw new Error(`no table page titled ${title}`);
    return [...page.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(row => [...row[1].matchAll(/<t[hd]([^>]*)>([\s\S]*?)<\/t[hd]>/g)]
        .map(cell => visibleText(cell[2]).trim() + (/colspan="(\d+)"/.exec(cell[1]) ? `×${/colspan="(\d+)"/.exec(cell[1])![1]}` : '')
            + (/rowspan="(\d+)"/.exec(cell[1]) ? `↓${/rowspan="(\d+)"/.exec(cell[1])![1]}` : '')));
}
