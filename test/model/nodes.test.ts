// The model's one walk of the syntax tree (src/model/nodes.ts) follows the grammar's
// containments by hand: it must find what Langium's generic walk finds, on every example, on
// every validation case and on input cut short (where the parser recovers with partial nodes).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, EmptyFileSystem, GrammarUtils, type AstNode } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/language/generated/ast.js';
import { isOverview, isProject } from '../../src/language/generated/ast.js';
import { createJuesuanServices } from '../../src/language/juesuan-module.js';
import { forEachNode, nodeForProperty } from '../../src/model/nodes.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const services = createJuesuanServices(EmptyFileSystem).Juesuan;
const parse = parseHelper<Report>(services);

const read = (...parts: string[]) => fs.readFileSync(path.join(ROOT, ...parts), 'utf8');
const SEED = read('examples', 'leshan-2020.juesuan');
const CASES = path.join(ROOT, 'test', 'validation', 'cases');

const inputs: Array<[string, string]> = [
    ['leshan-2020', SEED],
    ['demo-2021', read('examples', 'demo-2021.juesuan')],
    ...fs.readdirSync(CASES).filter(f => f.endsWith('.juesuan'))
        .map((f): [string, string] => [f, read('test', 'validation', 'cases', f).replace(/[»«]/g, '')]),
    // cut inside a project's indicators, inside a row, and inside a text
    ...[0.3, 0.55, 0.8].map((at): [string, string] => [`seed cut at ${at}`, SEED.slice(0, Math.floor(SEED.length * at))]),
];

/** What Langium's own walk finds, in the terms of the model's walk. */
function expected(report: Report) {
    const all: AstNode[] = AstUtils.streamAst(report).toArray();
    const ofType = (type: string) => all.filter(n => n.$type === type);
    const withText = (type: string, property: string) => ofType(type).filter(n => (n as unknown as Record<string, unknown>)[property] !== undefined);
    const attributes = ofType('Attribute') as Array<AstNode & { values: unknown[]; text?: string }>;
    return {
        cells: ofType('Cell').length,
        attributes: attributes.length,
        indicators: ofType('Indicator').filter(n => AstUtils.getContainerOfType(n, isProject)).length,
        indicatorValues: ofType('IndicatorValue').length,
        runs: ofType('Row').length + attributes.filter(a => a.values.length > 0 && a.$container?.$type === 'Row').length,
        prose: withText('TextField', 'text').length + attributes.filter(a => a.text !== undefined).length
            + withText('Attachment', 'body').length + withText('Goal', 'expected').length + withText('Goal', 'actual').length
            + withText('GlossaryEntry', 'definition').length + withText('EmptyStatement', 'text').length,
    };
}

describe('the model’s walk of the syntax tree', () => {
    it.each(inputs)('finds every text, figure and indicator Langium’s walk finds: %s', async (_name, text) => {
        const report = (await parse(text)).parseResult.value;
        const { nodes } = services.model.ReportModels.forReport(report);
        expect({
            cells: nodes.cells.length,
            attributes: nodes.attributes.length,
            indicators: nodes.indicators.length,
            indicatorValues: nodes.indicatorValues.length,
            runs: nodes.runs.length,
            prose: nodes.prose.length,
        }).toEqual(expected(report));
    });

    it('places each indicator in its project and 二级指标, and leaves 部门概况 figures unchecked', async () => {
        const report = (await parse(SEED)).parseResult.value;
        const { nodes } = services.model.ReportModels.forReport(report);
        expect(nodes.cells.length).toBeGreaterThan(200);
        for (const { indicator, project, level2 } of nodes.indicators) {
            expect(AstUtils.getContainerOfType(indicator, isProject)).toBe(project);
            expect((indicator.$container as unknown as { name: string }).name).toBe(level2);
        }
        expect(new Set(nodes.indicators.map(i => i.level2))).toContain('成本指标');
        const overview = nodes.prose.filter(p => AstUtils.getContainerOfType(p.node, isOverview));
        expect(overview.length).toBeGreaterThan(0);
        expect(overview.every(p => !p.checkLiterals)).toBe(true);
        expect(nodes.prose.filter(p => p.checkLiterals).length).toBeGreaterThan(10);
    });
});

describe('forEachNode', () => {
    it.each(inputs)('visits the nodes Langium’s streamAst yields, in its order: %s', async (_name, text) => {
        const report = (await parse(text)).parseResult.value;
        const visited: AstNode[] = [];
        forEachNode(report, node => visited.push(node));
        const streamed = AstUtils.streamAst(report).toArray();
        expect(visited.length).toBe(streamed.length);
        expect(visited.every((node, i) => node === streamed[i])).toBe(true);
    });
});

describe('nodeForProperty', () => {
    it.each(inputs)('finds the CST node Langium’s findNodeForProperty finds, for every property of every node: %s', async (_name, text) => {
        const report = (await parse(text)).parseResult.value;
        let asked = 0;
        forEachNode(report, node => {
            for (const property of Object.keys(node)) {
                if (property.startsWith('$')) continue;
                asked++;
                expect(nodeForProperty(node.$cstNode, property)).toBe(GrammarUtils.findNodeForProperty(node.$cstNode, property));
            }
        });
        expect(asked).toBeGreaterThan(0);
    });
});
