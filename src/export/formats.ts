// The formats a report is published in, their file extensions and names: light enough for the
// command line's option parsing and the VS Code quick pick, which load no writer.
import * as path from 'node:path';

export type ExportFormat = 'html' | 'docx' | 'xlsx' | 'pdf';

export const EXPORT_FORMATS: readonly { readonly format: ExportFormat; readonly extension: string; readonly label: string; readonly detail: string }[] = [
    { format: 'html', extension: '.html', label: 'HTML 网页', detail: '在浏览器中查看、打印' },
    { format: 'docx', extension: '.docx', label: 'Word 文档', detail: '正文、图表与决算表，A4，带目录' },
    { format: 'xlsx', extension: '.xlsx', label: 'Excel 工作簿', detail: '封面和每张表一个工作表' },
    { format: 'pdf', extension: '.pdf', label: 'PDF 文件', detail: '由本机的 Chromium/Chrome/Edge 打印' },
];

export function isExportFormat(value: string): value is ExportFormat {
    return EXPORT_FORMATS.some(f => f.format === value);
}

/** FILE.juesuan → FILE.docx beside it (another name gets the extension added). */
export function exportPath(input: string, format: ExportFormat): string {
    const extension = EXPORT_FORMATS.find(f => f.format === format)!.extension;
    const parsed = path.parse(input);
    return parsed.ext.toLowerCase() === '.juesuan' ? path.join(parsed.dir, parsed.name + extension) : input + extension;
}
