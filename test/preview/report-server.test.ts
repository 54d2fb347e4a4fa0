// The server that lets a browser open a built report where it cannot read the file (code-server):
// each file at an address nobody can guess, read anew at each request; nothing else served.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportServer } from '../../src/preview/report-server.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-report-server-'));
let server: ReportServer | undefined;

afterEach(async () => {
    await server?.dispose();
    server = undefined;
});

function report(name: string, html: string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, html);
    return file;
}

describe('ReportServer', () => {
    it('serves a report at a random local address, as UTF-8 HTML, read anew at each request', async () => {
        server = new ReportServer();
        const file = report('乐山 2020.html', '<!doctype html><title>决算</title><p>合计 3569.58</p>');
        const address = await server.addressOf(file);
        expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{32}\/%E4%B9%90%E5%B1%B1%202020\.html$/);
        expect(await server.addressOf(file)).toBe(address);
        const first = await fetch(address);
        expect(first.status).toBe(200);
        expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(first.headers.get('cache-control')).toBe('no-store');
        expect(await first.text()).toContain('合计 3569.58');
        fs.writeFileSync(file, '<p>合计 8888.88</p>');
        expect(await (await fetch(address)).text()).toContain('8888.88');
        // another report, another address
        const other = await server.addressOf(report('other.html', '<p>另一份</p>'));
        expect(new URL(other).pathname.split('/')[1]).not.toBe(new URL(address).pathname.split('/')[1]);
    });

    it('a PDF as a PDF, any other file as a download', async () => {
        server = new ReportServer();
        const pdf = await fetch(await server.addressOf(report('报告.pdf', '%PDF-1.7')));
        expect(pdf.headers.get('content-type')).toBe('application/pdf');
        const docx = await fetch(await server.addressOf(report('报告.docx', 'PK')));
        expect(docx.headers.get('content-type')).toBe('application/octet-stream');
        expect(docx.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('报告.docx')}`);
    });

    it('serves nothing else: other paths, other files beside it, a guessed path, writes', async () => {
        server = new ReportServer();
        const file = report('a.html', '<p>a</p>');
        report('secret.txt', '机密');
        const address = new URL(await server.addressOf(file));
        const [, token] = address.pathname.split('/');
        const origin = address.origin;
        for (const p of ['/', `/${token}/`, `/${token}/secret.txt`, `/${token}/../a.html`, `/${'0'.repeat(32)}/a.html`, '/a.html', `/${token}/%2e%2e/secret.txt`]) {
            const response = await fetch(origin + p);
            expect(response.status, p).toBe(404);
            expect(await response.text()).not.toContain('机密');
        }
        const post = await fetch(address, { method: 'POST', body: 'x' });
        expect(post.status).toBe(405);
    });

    it('a report deleted since: 404 with a Chinese message; after dispose nothing listens', async () => {
        server = new ReportServer();
        const file = report('gone.html', '<p>gone</p>');
        const address = await server.addressOf(file);
        fs.rmSync(file);
        const response = await fetch(address);
        expect(response.status).toBe(404);
        expect(await response.text()).toMatch(/[\u4e00-\u9fff]/);
        await server.dispose();
        await expect(fetch(address)).rejects.toThrow();
    });
});
