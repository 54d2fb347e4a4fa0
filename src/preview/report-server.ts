// Built reports served to the user's browser from the extension host, for “在浏览器中打开” where
// the browser cannot open the host's files: in code-server (and any remote window) a file: URI
// names a file on the server, and VS Code's openExternal of it did nothing. The report is served at
// an address on 127.0.0.1 with a random path; vscode.env.asExternalUri turns that address into one
// the browser reaches (code-server: its /proxy/PORT/ path; a remote over SSH: a forwarded port).
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

/** What a browser is told each kind of report is; any other file is downloaded as it is. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
    '.html': 'text/html; charset=utf-8',
    '.pdf': 'application/pdf',
};

/** Serves the files it is given, each at a path nobody can guess, and nothing else. */
export class ReportServer {
    private server?: Promise<http.Server>;
    /** `/<random>/<name>` → the file; one path per file, kept while the server runs. */
    private readonly files = new Map<string, string>();
    private readonly paths = new Map<string, string>();

    /** The local address of a file (read anew at each request, so that a rebuilt report is seen). */
    async addressOf(file: string): Promise<string> {
        let served = this.paths.get(file);
        if (!served) {
            served = `/${randomBytes(16).toString('hex')}/${encodeURIComponent(path.basename(file))}`;
            this.paths.set(file, served);
            this.files.set(served, file);
        }
        const { port } = (await this.listening()).address() as AddressInfo;
        return `http://127.0.0.1:${port}${served}`;
    }

    async dispose(): Promise<void> {
        const server = await this.server;
        this.server = undefined;
        await new Promise<void>(resolve => (server ? server.close(() => resolve()) : resolve()));
    }

    private listening(): Promise<http.Server> {
        return this.server ??= new Promise((resolve, reject) => {
            const server = http.createServer((request, response) => void this.answer(request, response));
            server.once('error', reject);
            server.listen(0, '127.0.0.1', () => resolve(server));
        });
    }

    private async answer(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
        const headers = {
            'Cache-Control': 'no-store',
            'X-Content-Type-Options': 'nosniff',
            'Referrer-Policy': 'no-referrer',
        };
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            response.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('只能读取报告。');
            return;
        }
        const file = this.files.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
        let body: Buffer | undefined;
        try {
            body = file ? await fs.readFile(file) : undefined;
        } catch {
            body = undefined;
        }
        if (!body) {
            response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('没有这份报告：它可能已被删除，请重新生成。');
            return;
        }
        const type = CONTENT_TYPES[path.extname(file!).toLowerCase()];
        const disposition = type ? {} : { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(path.basename(file!))}` };
        response.writeHead(200, { ...headers, ...disposition, 'Content-Type': type ?? 'application/octet-stream', 'Content-Length': body.length });
        response.end(request.method === 'HEAD' ? undefined : body);
    }
}
