// Text first: every text the user writes in 部门概况, 情况说明, 名词解释 and 附件 is in the built
// report, its 【…】 references resolved, for every example, the hostile report and fuzzed variants
// of them (texts moved to other section keys, tables left out, another template named); where the
// user wrote a section's text, no generated sentence stands in that section; no sentence has an
// empty slot where a figure is missing.
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/generation/report-html.js';
import { parseReport } from '../../src/generation/report-source.js';
import { isExplanation, isTextField } from '../../src/language/generated/ast.js';
import { mulberry32 } from '../../src/fuzz/prng.js';
import { examples } from '../examples/examples.js';
import { visibleText } from './helpers.js';
import { HOSTILE_REPORT } from './hostile.js';
import { compact, lostTexts, resolved } from './source-texts.js';

function check(name: string, text: string): void {
    const { model } = parseReport(text);
    const html = renderReportHtml(model);
    const missing = lostTexts(model, html);
    expect(missing, `${name}: texts of the source not in the report`).toEqual([]);
    // no generated sentence with an empty slot (“…支出决算为。”, “…万元，，”): the preview marks them
    const generated = [...renderReportHtml(model, { mode: 'preview' }).matchAll(/<p [^>]*data-generated="true"[^>]*>([\s\S]*?)<\/p>/g)]
        .map(m => visibleText(m[1].replace(/<span class="missing"[^>]*>[^<]*<\/span>/g, '〔未填写〕')));
    expect(generated.flatMap(p => p.match(/为[。；]|，。|，，|、、|：。|占[。，；]/g) ?? []), `${name}: empty slots`).toEqual([]);
}

/** Variants of a report as a user might write it: texts under other keys, tables left out, another template. */
function variants(text: string, seed: number, count: number): string[] {
    const random = mulberry32(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const keys = ['收入支出决算总体情况说明', '三公经费情况', '其他重要事项', '机关运行经费情况', '预算绩效管理情况', '补充说明', '政府采购情况', '部门职责'];
    const templates = ['「全国」', '「上海 2024」', '「四川 2020」', '「全国 2021」'];
    const out: string[] = [];
    for (let n = 0; n < count; n++) {
        let lines = text.split('\n');
        // another template, named or not
        const template = pick([...templates, '']);
        lines = lines.filter(l => !/^模板\s/.test(l));
        if (template !== '') lines.unshift(`模板 ${template}`);
        // texts under other keys
        lines = lines.map(l => random() < 0.3 ? l.replace(/^(\s+)[^\s「」{}]+(\s*「)/, (_, indent: string, open: string) => `${indent}${pick(keys)}${open}`) : l);
        // tables left out
        const kept: string[] = [];
        let skipping = false;
        for (const line of lines) {
            if (!skipping && /^(?:附表\s*\d+|表\S+)\s.*\{\s*$/.test(line) && random() < 0.3) skipping = true;
            if (!skipping) kept.push(line);
            if (skipping && /^\}\s*$/.test(line)) skipping = false;
        }
        out.push(kept.join('\n'));
    }
    return out;
}

describe('every text of the source is in the report', () => {
    for (const example of examples()) {
        it(example.name, () => check(example.name, example.text));
    }

    it('the hostile report, in every template', () => {
        for (const template of ['', '模板 「全国」', '模板 「上海 2024」', '模板 「四川 2020」']) check(`hostile ${template}`, `${template}\n${HOSTILE_REPORT}`);
    });

    it('fuzzed variants of the examples and of the hostile report', () => {
        const bases = [...examples().map(e => e.text), HOSTILE_REPORT];
        let checked = 0;
        bases.forEach((base, b) => variants(base, 20_241_231 + b, 24).forEach((variant, n) => {
            // a rename that breaks the syntax makes another report, not a variant of this one
            const { parseResult } = parseReport(variant).document;
            if (parseResult.lexerErrors.length + parseResult.parserErrors.length > 0) return;
            check(`base ${b} variant ${n}`, variant);
            checked++;
        }));
        expect(checked).toBeGreaterThan(30);
    });
});

describe('text first, generation second', () => {
    it('prints no generated sentence in a section the user wrote a text for, and marks the generated ones', () => {
        for (const example of examples()) {
            const { model } = parseReport(example.text);
            const html = renderReportHtml(model, { mode: 'preview' });
            const written = model.report.parts.filter(isExplanation).flatMap(p => p.entries.filter(isTextField))
                .map(f => compact(resolved(model, f.text.split('\n')[0])));
            // the sections of 决算情况说明 and their sub-sections, each from its heading to the next
            for (const chunk of html.split(/<h2 id="part-\d+-\d+"|<h3[\s>]/).slice(1)) {
                const section = chunk.split(/<h1[\s>]/)[0];
                const text = compact(visibleText(section));
                if (written.some(w => w !== '' && text.includes(w))) {
                    expect(section, `${example.name}: ${visibleText(section).slice(0, 40)}`).not.toContain('data-generated');
                }
            }
        }
        const html = renderReportHtml(parseReport(examples().find(e => e.name === 'leshan-2020')!.text).model, { mode: 'preview' });
        expect(html).toContain('data-generated="true"');
        expect(renderReportHtml(parseReport(examples()[0].text).model)).not.toContain('data-generated');
    });

    it('leaves the sub-sections a text going through them by title does not name to their own sentences', () => {
        const source = [
            '模板 「四川 2020」', '部门 「某单位」', '年度 2020', '单位 万元',
            '情况说明 {',
            '  其他重要事项的情况说明 「（一）机关运行经费支出情况\n本单位机关运行经费支出10万元。\n（二）政府采购支出情况\n本单位无政府采购。」',
            '  机关运行经费 10',
            '  预算绩效 {',
            '    事前评估 3个',
            '    自评结论 「本部门按要求对2020年部门整体支出开展绩效自评，从评价情况来看，达到预期绩效目标。」',
            '    项目 「运行经费」 { 预算数 20 执行数 18 综述 「保障日常运转。」 }',
            '  }',
            '}',
        ].join('\n');
        const text = visibleText(renderReportHtml(parseReport(source).model));
        const start = text.lastIndexOf('十、其他重要事项的情况说明');
        const section = text.slice(start, text.indexOf('第三部分', start));
        expect(section).toContain('本单位无政府采购。');
        // 预算绩效管理情况, which the text leaves out, with its sentences and its project's 综述 in place
        expect(section).toMatch(/预算绩效管理情况\s*根据预算绩效管理要求，某单位在年初预算编制阶段，组织对3个项目/);
        expect(section).toMatch(/（1）“运行经费”项目绩效目标完成情况综述。项目全年预算数20万元，执行数为18万元[^。]*。保障日常运转。/);
        expect(section).not.toContain('综述：');
        // a conclusion written with the lead sentence says it once
        expect(section.split('从评价情况来看').length).toBe(2);
        // the sub-sections the text names are not printed again
        expect(section.split('政府采购支出情况').length).toBe(2);
    });

    it('prints a row\'s 说明 after the section, with its row\'s name, only where the section\'s text does not say it in any punctuation', () => {
        const source = (said: string) => [
            '模板 「上海 2024」', '部门 「某局」', '年度 2024', '单位 万元',
            '情况说明 {',
            `  其他重要事项说明 「（三）国有资产占用情况\n截至2024年12月31日，本部门共有车辆1辆；${said}2台（套）。」`,
            '  国有资产 {',
            '    车辆 1辆',
            '    设备 2台（套） 说明 「单位价值100万元以上，不含车辆」',
            '  }',
            '}',
        ].join('\n');
        const said = visibleText(renderReportHtml(parseReport(source('单位价值100万元以上设备（不含车辆）')).model));
        expect(said).not.toContain('设备说明：');
        expect(said.split('不含车辆').length).toBe(2);
        const unsaid = visibleText(renderReportHtml(parseReport(source('单位价值100万元以上设备')).model));
        expect(unsaid).toContain('设备说明：单位价值100万元以上，不含车辆');
        // 江苏: 单价100万元（含）以上设备（不含车辆）, the 说明 written with its bracketed 含
        const bracketed = (text: string) => source(text).replace('说明 「单位价值100万元以上，不含车辆」', '说明 「单价100万元（含）以上，不含车辆」');
        const saidWithBracket = visibleText(renderReportHtml(parseReport(bracketed('单价100万元（含）以上设备（不含车辆）')).model));
        expect(saidWithBracket).not.toContain('设备说明：');
        expect(visibleText(renderReportHtml(parseReport(bracketed('单价100万元（含）以上设备')).model))).toContain('设备说明：单价100万元（含）以上，不含车辆');
    });

    it('does not print a row\'s 说明 again under a part of the report\'s own when the section that says it is one of a numbered whole part (内蒙古: 一、…十三、国有资产占用情况说明, then 第四部分 联系方式)', () => {
        const source = [
            '模板 「全国」', '部门 「某旗局」', '年度 2024', '单位 万元',
            '部分 「第二部分 部门决算情况说明」', '部分 「第三部分 名词解释」', '部分 「第四部分 决算公开联系方式及信息反馈渠道」',
            '情况说明 {',
            '  国有资产 {',
            '    车辆 5辆',
            '    专用设备 1台（套） 说明 「单价100万元（含）以上」',
            '  }',
            // sections numbered from 一、 without a gap are the whole part: 国有资产 is planned by its text, no section of the template
            '  一、收入支出决算总体情况说明 「收支总计100.00万元。」',
            '  二、机构运行经费支出决算情况说明 「机构运行经费支出10.00万元。」',
            '  三、国有资产占用情况说明 「本部门共有车辆5辆。单价100万元（含）以上专用设备1台（套）。」',
            '  决算公开联系方式及信息反馈渠道 「联系电话：0478-0000000」',
            '}',
        ].join('\n');
        const text = visibleText(renderReportHtml(parseReport(source).model));
        expect(text).not.toContain('专用设备说明：');
        expect(text.split('单价100万元（含）以上').length).toBe(2);
    });

    it('prints 〔未填写〕 for what a sentence needs and the source lacks, and no grid for a table the report lacks', () => {
        const national = examples().find(e => e.name === 'national-2024');
        if (!national) return;
        const html = renderReportHtml(parseReport(national.text).model);
        const text = visibleText(html);
        expect(text).toContain('〔未填写〕');
        expect(text).not.toContain('“三公”经费财政拨款支出决算为。');
        // 表9 (三公) is not in the source: its title and 〔未填写〕, no table, and not 无数据, which the author never wrote
        const page = html.match(/<section class="table-page[^"]*" id="table-9"[\s\S]*?<\/section>/)![0];
        expect(visibleText(page)).toContain('财政拨款“三公”经费支出决算表');
        expect(visibleText(page)).toContain('〔未填写〕');
        expect(visibleText(page)).not.toContain('无数据');
        expect(page).not.toContain('<td');
        const preview = renderReportHtml(parseReport(national.text).model, { mode: 'preview' });
        expect(visibleText(preview.match(/<section class="table-page[^"]*" id="table-9"[\s\S]*?<\/section>/)![0])).toContain('〔未填写：源文件中没有这张表〕');
    });
});
