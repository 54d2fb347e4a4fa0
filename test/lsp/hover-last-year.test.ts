// The hover on a 上年 figure shows last year's 本年 figure of the same row beside it, from the
// report the `上年` line links (on the real file system, in a temporary folder).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderedText } from './markdown-render.js';
import { hoverAt, parse } from './seed.js';

/** The hover as the editor shows it: Markdown escapes rendered away. */
const shown = async (hover: Promise<string | undefined>) => renderedText((await hover) ?? '');

let root: string;

beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'juesuan-hover-'));
    writeFileSync(path.join(root, '2023.juesuan'), '年度 2023\n情况说明 {\n  机关运行经费 82.45\n  公务接待 5.00\n}\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const REPORT = `年度 2024
上年 「2023.juesuan」
情况说明 {
  机关运行经费 80.00 上年 82.45
  公务接待 6.00 上年 4.00
  会议费 3.00 上年 2.00
}
`;

describe('hover on a 上年 figure with last year linked', () => {
    it('shows this report’s 上年 and last year’s 本年 with the file name, and whether they agree', async () => {
        const document = await parse(REPORT, { documentUri: URI.file(path.join(root, '2024.juesuan')).toString() });
        const at = (text: string) => shown(hoverAt(document, REPORT.indexOf(text) + 1));
        expect(await at('82.45')).toContain('本报告上年数 82.45 · 上年报告（2023.juesuan）本年数 82.45 ✓ 一致');
        expect(await at('4.00')).toContain('本报告上年数 4.00 · 上年报告（2023.juesuan）本年数 5.00 ✗ 不一致');
        expect(await at('2.00')).toContain('上年报告（2023.juesuan）中没有可比对的本年数');
    });

    it('shows why last year’s report cannot be compared', async () => {
        const text = REPORT.replace('2023.juesuan', '没有.juesuan');
        const document = await parse(text, { documentUri: URI.file(path.join(root, '2024b.juesuan')).toString() });
        expect(await shown(hoverAt(document, text.indexOf('82.45') + 1))).toContain('上年报告「没有.juesuan」无法读取：文件或目录不存在');
    });

    it('shows nothing of last year when no report is linked', async () => {
        const text = REPORT.replace('上年 「2023.juesuan」\n', '');
        const document = await parse(text, { documentUri: URI.file(path.join(root, '2024c.juesuan')).toString() });
        const hover = await shown(hoverAt(document, text.indexOf('82.45') + 1));
        expect(hover).toContain('82.45');
        expect(hover).not.toContain('上年报告');
    });
});
