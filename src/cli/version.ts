// The version in package.json, next to the bundle's out/ folder.
import * as fs from 'node:fs';
import * as path from 'node:path';

let version: string | undefined;

export function readVersion(): string {
    if (version) return version;
    try {
        const dir = typeof __dirname === 'string' ? __dirname : process.cwd();
        const pkg = JSON.parse(fs.readFileSync(path.join(dir, '..', 'package.json'), 'utf8')) as { version?: string };
        version = pkg.version ?? '未知版本';
    } catch {
        version = '未知版本';
    }
    return version;
}
