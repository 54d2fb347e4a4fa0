import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AstUtils, EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { createJuesuanServices } from '../src/language/juesuan-module.js';
import { isGlossary, isProject, isTable, type Report } from '../src/language/generated/ast.js';
import { tableLabelOf } from '../src/model/table-label.js';

const examplePath = fileURLToPath(new URL('../examples/leshan-2020.juesuan', import.meta.url));

let document: LangiumDocument<Report>;

beforeAll(async () => {
    const services = createJuesuanServices(EmptyFileSystem);
    const parse = parseHelper<Report>(services.Juesuan);
    document = await parse(readFileSync(examplePath, 'utf-8'));
});

describe('examples/leshan-2020.juesuan (乐山高新区党工委办公室 2020 年度部门决算)', () => {
    test('parses without lexer or parser errors', () => {
        const { lexerErrors, parserErrors } = document.parseResult;
        const lexer = lexerErrors.map(e => `${e.line}:${e.column} ${e.message}`);
        const parser = parserErrors.map(e => `${e.token.startLine}:${e.token.startColumn} ${e.message}`);
        expect(lexer, 'lexer errors').toEqual([]);
        expect(parser, 'parser errors').toEqual([]);
    });

    test('has all 14 附表, each exactly once', () => {
        const numbers = document.parseResult.value.parts.filter(isTable).map(t => tableLabelOf(t).number);
        expect(numbers.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    });

    test('has the 5 project performance tables', () => {
        const projects = AstUtils.streamAst(document.parseResult.value).filter(isProject).toArray();
        expect(projects.map(p => p.name)).toEqual([
            '管委会运行经费',
            '招商经费',
            '公务用车车辆租赁费',
            '视频会议点名系统',
            '精准扶贫、驻村帮扶专项经费',
        ]);
    });

    test('has the 20 名词解释 entries', () => {
        const glossaries = document.parseResult.value.parts.filter(isGlossary);
        expect(glossaries).toHaveLength(1);
        expect(glossaries[0].entries).toHaveLength(20);
    });
});
