// package.json, language-configuration.json and the grammar agree with one another.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
const relative = (path: string) => path.replace(/^\.\//, '');

interface Manifest {
    main: string;
    icon: string;
    activationEvents: string[];
    engines: { vscode: string };
    devDependencies: Record<string, string>;
    contributes: {
        languages: { id: string; extensions: string[]; configuration: string }[];
        grammars: { language: string; scopeName: string; path: string }[];
    };
}

const manifest: Manifest = readJson('package.json');

describe('extension manifest', () => {
    test('contributes the juesuan language for .juesuan files, with its configuration', () => {
        const [language] = manifest.contributes.languages;
        expect(manifest.contributes.languages).toHaveLength(1);
        expect(language.id).toBe('juesuan');
        expect(language.extensions).toEqual(['.juesuan']);
        expect(existsSync(`${root}${relative(language.configuration)}`)).toBe(true);
    });

    test('contributes a grammar for that language, whose file exists and names the same scope', () => {
        const [grammar] = manifest.contributes.grammars;
        expect(grammar.language).toBe('juesuan');
        expect(grammar.scopeName).toBe('source.juesuan');
        expect(existsSync(`${root}${relative(grammar.path)}`)).toBe(true);
        expect(readJson(relative(grammar.path)).scopeName).toBe(grammar.scopeName);
    });

    test('activates only on the juesuan language (and to revive its report preview) and runs the bundled client', () => {
        expect(manifest.activationEvents).toEqual(['onLanguage:juesuan', 'onWebviewPanel:juesuan.preview']);
        expect(manifest.main).toBe('./out/extension.cjs');
        expect(existsSync(`${root}${manifest.icon}`)).toBe(true);
    });

    test('@types/vscode matches engines.vscode (vsce refuses a newer one)', () => {
        expect(manifest.engines.vscode).toBe(`^${manifest.devDependencies['@types/vscode']}`);
    });

    test('the client starts the bundled server for the contributed language', () => {
        const client = readFileSync(`${root}src/extension/language-client.ts`, 'utf8');
        expect(client).toContain("LANGUAGE_ID = 'juesuan'");
        expect(client).toContain("'server.cjs'");
        expect(client).toContain('TransportKind.ipc');
    });
});

describe('language-configuration.json', () => {
    const config = readJson('language-configuration.json');

    test('comments match the grammar', () => {
        expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    });

    test('every bracket pair, full-width ones included, auto-closes and surrounds', () => {
        const pairs = ['{}', '[]', '【】', '「」', '（）', '“”'].map(pair => [...pair]);
        expect(config.brackets).toEqual(pairs);
        const closing = config.autoClosingPairs.map((p: { open: string; close: string }) => [p.open, p.close]);
        expect(closing).toEqual(expect.arrayContaining(pairs));
        expect(config.surroundingPairs).toEqual(expect.arrayContaining(pairs));
    });

    test('a word is a whole CJK name (with full-width parentheses and quotes) or a whole number', () => {
        const word = new RegExp(config.wordPattern, 'g');
        const line = '2010301 政府办公厅（室）及相关机构事务 1,872.89 “三公”经费 23.94% 基本支出854.57';
        expect(line.match(word)).toEqual([
            '2010301', '政府办公厅（室）及相关机构事务', '1,872.89', '“三公”经费', '23.94%', '基本支出', '854.57',
        ]);
    });

    test('indentation follows braces; folding knows // #region', () => {
        const increase = new RegExp(config.indentationRules.increaseIndentPattern);
        const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
        expect(increase.test('  201 一般公共服务支出 2952.54 {')).toBe(true);
        expect(increase.test('  购置 0辆 { 轿车 0辆 }')).toBe(false);
        expect(increase.test('  // 注释 {')).toBe(false);
        expect(decrease.test('  }')).toBe(true);
        expect(new RegExp(config.folding.markers.start).test('// #region 附表')).toBe(true);
        expect(new RegExp(config.folding.markers.end).test('  // #endregion')).toBe(true);
    });
});
