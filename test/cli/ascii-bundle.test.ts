// The bundles are ASCII (scripts/bundle-options.mjs escapes the Chinese esbuild leaves in regular
// expressions and String.raw patterns), so that Node reads the command line's bundle as Latin-1
// instead of decoding it as UTF-8 at every start: the escaped code must mean what the source says,
// and the source map must still point into the source.
import * as fs from 'node:fs';
import { SourceMap } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_OPTIONS } from '../../scripts/bundle-options.mjs';
import { ROOT } from './bundle.js';

// the marker (text.length) stands after the escaped characters on the bundle's line too
const SOURCE = [
    'const ordinal = String.raw`[一二三]、`;',
    'export const parts = (text: string) => [/附表\\（\\d+）/.test(text), new RegExp(ordinal).test(text), "表一", text.length];',
].join('\n');
const MARKER = 'text.length';

let dir: string;
let bundle: string;
let exports: { parts: (text: string) => unknown[] };

function build(write: boolean) {
    return esbuild.build({
        ...BUNDLE_OPTIONS,
        absWorkingDir: ROOT,
        stdin: { contents: SOURCE, resolveDir: dir, sourcefile: 'ascii-source.ts', loader: 'ts' },
        outfile: path.join(dir, 'ascii.cjs'),
        logLevel: 'silent',
        write,
    });
}

beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-ascii-'));
    await build(true);
    bundle = fs.readFileSync(path.join(dir, 'ascii.cjs'), 'utf8');
    exports = require(path.join(dir, 'ascii.cjs'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('an ASCII bundle', () => {
    it('holds no other character, written or handed back', async () => {
        expect(bundle).not.toMatch(/[^\x00-\x7f]/);
        const handed = await build(false);
        expect(handed.outputFiles?.find(o => o.path.endsWith('ascii.cjs'))?.text).toBe(bundle);
    });

    it('means what the source says: patterns, an escaped bracket, strings', () => {
        expect(exports.parts('附表（12）二、')).toEqual([true, true, '表一', 8]);
        expect(exports.parts('附表(12)')).toEqual([false, false, '表一', 6]);
    });

    it('maps a place after the escaped characters back to its column in the source', () => {
        const map = new SourceMap(JSON.parse(fs.readFileSync(path.join(dir, 'ascii.cjs.map'), 'utf8')));
        const lines = bundle.split('\n');
        const line = lines.findIndex(l => l.includes(MARKER));
        expect(lines[line]).toMatch(/\\u9644/);
        const entry = map.findEntry(line, lines[line].indexOf(MARKER)) as { originalLine?: number; originalColumn?: number };
        expect({ line: entry.originalLine, column: entry.originalColumn }).toEqual({ line: 1, column: SOURCE.split('\n')[1].indexOf(MARKER) });
    });
});
