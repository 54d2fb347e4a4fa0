import type { LangiumDocument } from 'langium';
import { URI, UriUtils } from 'langium';
import type { JuesuanSharedServices } from '../language/juesuan-core-module.js';
import type { Report } from '../language/generated/ast.js';
import { isRow } from '../language/generated/ast.js';
import { fullWidthBrackets } from '../model/brackets.js';
import { forEachNode } from '../model/nodes.js';
import type { CatalogueEntry, CodeScheme, NameSpan } from './entry.js';
import { glossaryCodes, glossaryTerms } from './glossary.js';
import { SHIPPED_SUBJECT_CODES } from './subject-codes.js';

export type { CatalogueEntry, CodeScheme, NameSpan } from './entry.js';

/** The setting naming the user's own catalogue file (JSON or TSV). */
export const CATALOGUE_SETTING = { section: 'juesuan', key: 'catalogue', property: 'path' } as const;

/** Where a code's name or definition was found, first layer first. */
export type CatalogueLayer = '名词解释' | '工作区科目表' | '内置科目表';

export type CodeLevel = '类' | '款' | '项';

/** What the layers know about one code. */
export interface CodeInfo {
    readonly code: string;
    readonly scheme: CodeScheme;
    readonly level: CodeLevel;
    /** The name to show: the catalogue's for the report's year, else the report's own. */
    readonly name?: string;
    /** The catalogue entry (workspace over shipped) and the layer it came from. */
    readonly entry?: CatalogueEntry;
    readonly layer?: Exclude<CatalogueLayer, '名词解释'>;
    /** The catalogue's name for the year, when the catalogue knows the code. */
    readonly catalogueName?: string;
    /** The name the report itself uses: its table rows first, then its 名词解释 label. */
    readonly documentName?: string;
    /** The definition to show: the 名词解释's, else the catalogue's. */
    readonly definition?: string;
    readonly definitionLayer?: CatalogueLayer;
    readonly documentDefinition?: string;
    readonly catalogueDefinition?: string;
}

/** How a written name fares against the catalogue for a year. */
export type NameJudgement =
    | { readonly ok: true }
    | {
        readonly ok: false;
        /** The name the catalogue gives for the year. */
        readonly expected: string;
        /** The span of the expected name: its years (2020 年度起) and its source for messages. */
        readonly expectedSpan: NameSpan;
        /** Set when the written name is one the code held in other years. */
        readonly outdated?: NameSpan;
        /** False when the expected name is only recalled, not checked against a document. */
        readonly certain: boolean;
        /** Set when the written name is the expected one spelled another common way (住房公积金支出, 其他交通费). */
        readonly variant: boolean;
    };

export function schemeOf(code: string): CodeScheme {
    return code.startsWith('2') ? '功能' : '经济';
}

export function levelOf(code: string): CodeLevel {
    return code.length <= 3 ? '类' : code.length <= 5 ? '款' : '项';
}

/** The codes from 类 down to the code itself: 2010301 → 201, 20103, 2010301. */
export function pathCodes(code: string): string[] {
    return [3, 5, 7].filter(n => n <= code.length).map(n => code.slice(0, n));
}

/** Names compare without spaces and with half-width brackets read as full-width. */
export function sameName(a: string, b: string): boolean {
    if (a === b) return true;
    const normal = (s: string) => fullWidthBrackets(s.replace(/\s/g, ''));
    return normal(a) === normal(b);
}

/**
 * The same subject in the spellings reports use beside the classification's: with or without a
 * last 支出 (社会保障和就业支出, 办公设备购置支出), 费 for a last 费用 (其他交通费), 其它 for 其他.
 */
export function spelledAlike(a: string, b: string): boolean {
    return nameStem(a) === nameStem(b);
}

/** A name as spelledAlike compares it. */
function nameStem(name: string): string {
    return fullWidthBrackets(name.replace(/\s/g, '').replace(/其它/g, '其他').replace(/支出$/, '').replace(/费用$/, '费'));
}

function holds(span: NameSpan, year: number | undefined): boolean {
    if (year === undefined) return true;
    return (span.from === undefined || year >= span.from) && (span.to === undefined || year <= span.to);
}

/** “2020 年度起”, “2019 年度及以前”, “2016—2019 年度”, “2022 年度”. */
export function describeSpan(span: NameSpan | undefined): string {
    if (!span || (span.from === undefined && span.to === undefined)) return '';
    if (span.from !== undefined && span.from === span.to) return `${span.from} 年度`;
    if (span.from !== undefined && span.to !== undefined) return `${span.from}—${span.to} 年度`;
    if (span.from !== undefined) return `${span.from} 年度起`;
    return `${span.to} 年度及以前`;
}

/** The spans of an entry; an entry without years holds its one name in every year. */
function spansOf(entry: CatalogueEntry): readonly NameSpan[] {
    return entry.names ?? [{ name: entry.name, source: entry.source, checked: entry.checked }];
}

/**
 * Of the names a year accepts, the one to propose: a checked one first, then a recalled one a document
 * prints for another year (of all the entry's spans), then the latest. Of two spans of that name, the
 * narrower: a document's own year before a span bridging several documents' years, so the year's own is cited.
 */
function preferred(spans: readonly NameSpan[], all: readonly NameSpan[]): NameSpan | undefined {
    const printed = (span: NameSpan) => all.some(s => s.checked !== false && sameName(s.name, span.name));
    const rank = (span: NameSpan) => (span.checked === false ? 0 : 2e6) + (printed(span) ? 1e6 : 0) + (span.from ?? 0);
    const width = (span: NameSpan) => (span.to ?? Infinity) - (span.from ?? -Infinity);
    const better = (span: NameSpan, best: NameSpan) => rank(span) > rank(best)
        || (rank(span) === rank(best) && sameName(span.name, best.name) && width(span) < width(best));
    return spans.reduce<NameSpan | undefined>((best, span) => (!best || better(span, best) ? span : best), undefined);
}

/**
 * Judges a name written for a catalogue entry in a report of the given year. Every name the year
 * accepts is right; a year the entry holds no name for (the code did not exist, as far as the
 * catalogue knows) accepts any name.
 */
export function judgeName(entry: CatalogueEntry, written: string, year: number | undefined): NameJudgement {
    const spans = spansOf(entry);
    const current = spans.filter(span => holds(span, year));
    // a name the year accepts (nearly every row's) is right whichever the preferred one
    if (current.some(span => sameName(span.name, written))) return { ok: true };
    const expectedSpan = preferred(current, spans);
    if (!expectedSpan) return { ok: true };
    const outdated = spans.find(span => sameName(span.name, written) && !holds(span, year));
    return {
        ok: false, expected: expectedSpan.name, expectedSpan, outdated, certain: expectedSpan.checked !== false,
        variant: current.some(span => spelledAlike(span.name, written)),
    };
}

/** The name a catalogue entry gives for a year, with its source; none if the year holds none. */
export function spanFor(entry: CatalogueEntry, year: number | undefined): NameSpan | undefined {
    const spans = spansOf(entry);
    return preferred(spans.filter(span => holds(span, year)), spans);
}

/** The name a catalogue entry holds in a year. */
export function nameFor(entry: CatalogueEntry, year: number | undefined): string {
    return spanFor(entry, year)?.name ?? entry.name;
}

/**
 * The subject-code catalogue, in layers: the document's own 名词解释 first, then the workspace
 * catalogue file named in the setting `juesuan.catalogue.path`, then the catalogue shipped with
 * the extension (built from data/subject-codes/ by scripts/build-catalogue.mjs).
 */
export class CodeCatalogue {
    protected readonly shipped = new Map<string, CatalogueEntry>();
    protected workspace = new Map<string, CatalogueEntry>();

    constructor(entries: readonly CatalogueEntry[] = SHIPPED_SUBJECT_CODES) {
        for (const entry of entries) this.shipped.set(entry.code, entry);
    }

    /** The shipped catalogue alone, for readers without services. */
    static readonly SHIPPED = new CodeCatalogue();

    /** The catalogue entry of a code: the workspace file's over the shipped one. */
    entry(code: string): { entry: CatalogueEntry; layer: Exclude<CatalogueLayer, '名词解释'> } | undefined {
        const own = this.workspace.get(code);
        const shipped = this.shipped.get(code);
        if (own && shipped) {
            // the user's names over the shipped ones; the shipped years only while the name is the same
            const names = own.names ?? (sameName(own.name, shipped.name) ? shipped.names : undefined);
            // the user's file is their authority: its name counts as checked
            return { entry: { ...shipped, ...stripUndefined(own), checked: own.checked, names }, layer: '工作区科目表' };
        }
        if (own) return { entry: own, layer: '工作区科目表' };
        if (shipped) return { entry: shipped, layer: '内置科目表' };
        return undefined;
    }

    /** Every code the catalogues know, workspace entries over shipped ones, in code order. */
    entries(): CatalogueEntry[] {
        const codes = new Set([...this.shipped.keys(), ...this.workspace.keys()]);
        return [...codes].sort().map(code => this.entry(code)!.entry);
    }

    /**
     * Whether some subject of the catalogues, of any year, bears the name (as spelledAlike reads it): a row named
     * otherwise (办公楼维修项目) names no subject, whatever its code.
     */
    namesSubject(name: string): boolean {
        if (this.subjectNames?.workspace !== this.workspace) {
            const names = new Set(this.entries().flatMap(entry => [entry.name, ...(entry.names ?? []).map(span => span.name)]).map(nameStem));
            this.subjectNames = { workspace: this.workspace, names };
        }
        return this.subjectNames.names.has(nameStem(name));
    }

    private subjectNames: { workspace: Map<string, CatalogueEntry>; names: Set<string> } | undefined;

    /** What the layers know about a code, for the report given (its 名词解释 and its rows). */
    lookup(code: string, report?: Report, year?: number): CodeInfo {
        const found = this.entry(code);
        const documentLayer = report ? documentCodes(report) : new Map<string, DocumentCode>();
        const own = documentLayer.get(code);
        const catalogueName = found ? nameFor(found.entry, year) : undefined;
        const documentDefinition = own?.definition || undefined;
        const catalogueDefinition = found?.entry.definition;
        const definition = documentDefinition ?? catalogueDefinition;
        return {
            code,
            scheme: found?.entry.scheme ?? schemeOf(code),
            level: levelOf(code),
            name: catalogueName ?? own?.rowName ?? own?.labelName,
            entry: found?.entry,
            layer: found?.layer,
            catalogueName,
            documentName: own?.rowName ?? own?.labelName,
            definition,
            definitionLayer: documentDefinition ? '名词解释' : catalogueDefinition ? found!.layer : undefined,
            documentDefinition,
            catalogueDefinition,
        };
    }

    /** 类 › 款 › 项: the code and its ancestors, each with what the layers know. */
    pathOf(code: string, report?: Report, year?: number): CodeInfo[] {
        const codes = schemeOf(code) === '功能' ? pathCodes(code) : [3, 5].filter(n => n <= code.length).map(n => code.slice(0, n));
        return codes.map(c => this.lookup(c, report, year));
    }
}

/** The catalogue service: reads the workspace file of the setting, and again when it or the setting changes. */
export class SubjectCodeCatalogue extends CodeCatalogue {
    private workspaceUri: URI | undefined;
    private loading: Promise<void> = Promise.resolve();
    /** Why the workspace file could not be read, if it could not. */
    loadError: string | undefined;

    constructor(private readonly shared: JuesuanSharedServices) {
        super();
        const configuration = shared.workspace.ConfigurationProvider;
        configuration.onConfigurationSectionUpdate(update => {
            if (update.section === CATALOGUE_SETTING.section) void this.reload(true);
        });
        shared.lsp?.DocumentUpdateHandler?.onWatchedFilesChange(params => {
            const watched = this.workspaceUri?.toString();
            if (watched && params.changes.some(change => URI.parse(change.uri).toString() === watched)) void this.reload(true);
        });
        this.loading = configuration.ready.then(() => this.load()).catch(() => undefined);
    }

    /** Resolves when the workspace file named in the setting has been read (or found missing). */
    get ready(): Promise<void> {
        return this.loading;
    }

    /** Reads the workspace file again; with `revalidate`, checks the open reports again after. */
    reload(revalidate = false): Promise<void> {
        this.loading = this.loading.then(async () => {
            const before = JSON.stringify([...this.workspace.values()]);
            await this.load();
            if (revalidate && JSON.stringify([...this.workspace.values()]) !== before) await this.revalidate();
        }).catch(() => undefined);
        return this.loading;
    }

    private async load(): Promise<void> {
        this.loadError = undefined;
        const uri = await this.settingUri();
        this.workspaceUri = uri;
        if (!uri) {
            this.workspace = new Map();
            return;
        }
        try {
            const text = await this.shared.workspace.FileSystemProvider.readFile(uri);
            const entries = /\.json$/i.test(uri.path) || /^\s*[[{]/.test(text) ? parseJsonCatalogue(text) : parseTsvCatalogue(text);
            this.workspace = new Map(entries.map(e => [e.code, e]));
        } catch (error) {
            this.workspace = new Map();
            this.loadError = `无法读取科目表 ${uri.fsPath}：${error instanceof Error ? error.message : String(error)}`;
            this.shared.lsp?.Connection?.console.warn(this.loadError);
        }
    }

    private async settingUri(): Promise<URI | undefined> {
        const section = await this.shared.workspace.ConfigurationProvider.getConfiguration(CATALOGUE_SETTING.section, CATALOGUE_SETTING.key) as
            { path?: unknown } | undefined;
        const setting = typeof section?.path === 'string' ? section.path.trim() : '';
        if (!setting) return undefined;
        if (/^[a-z][a-z0-9+.-]+:\/\//i.test(setting)) return URI.parse(setting);
        if (setting.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(setting)) return URI.file(setting);
        const folder = this.shared.workspace.WorkspaceManager.workspaceFolders?.[0];
        return folder ? UriUtils.joinPath(URI.parse(folder.uri), setting) : URI.file(setting);
    }

    private async revalidate(): Promise<void> {
        const documents = this.shared.workspace.LangiumDocuments.all.map((d: LangiumDocument) => d.uri).toArray();
        if (documents.length === 0) return;
        await this.shared.workspace.WorkspaceLock.write(token => this.shared.workspace.DocumentBuilder.update(documents, [], token));
    }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** What the report itself says about a code. */
interface DocumentCode {
    /** The name its table rows give. */
    rowName?: string;
    /** The name its 名词解释 label gives for this code (on this or a deeper code's entry). */
    labelName?: string;
    definition?: string;
}

const documentLayers = new WeakMap<Report, Map<string, DocumentCode>>();

/** The report's own layer: names from its rows and 名词解释 labels, definitions from its 名词解释. */
export function documentCodes(report: Report): Map<string, DocumentCode> {
    const cached = documentLayers.get(report);
    if (cached) return cached;
    const codes = new Map<string, DocumentCode>();
    const get = (code: string) => {
        let found = codes.get(code);
        if (!found) codes.set(code, found = {});
        return found;
    };
    forEachNode(report, node => {
        if (isRow(node) && node.code && node.name && !get(node.code).rowName) get(node.code).rowName = node.name;
    });
    for (const entry of glossaryCodes(report)) {
        if (entry.definition) get(entry.code).definition ??= entry.definition;
        for (const segment of entry.segments) {
            if (segment.name && entry.code.startsWith(segment.code)) get(segment.code).labelName ??= segment.name;
        }
    }
    // 疾病预防控制机构（2100401）：「…」: a term printed with its code in brackets defines that code as well
    for (const { term, definition } of glossaryTerms(report)) {
        const coded = /^(.*?)[（(](\d{3}|\d{5}|\d{7})[）)]$/.exec(term);
        if (!coded || !definition) continue;
        get(coded[2]).definition ??= definition;
        if (coded[1].trim()) get(coded[2]).labelName ??= coded[1].trim();
    }
    documentLayers.set(report, codes);
    return codes;
}

// ---- the user's catalogue file ----------------------------------------------------------------

/**
 * A JSON catalogue: an array of entries, or `{ "codes": [...] }`; an entry is
 * `{ code, name, scheme?, definition?, source?, names?: [{ name, from?, to? }] }`.
 */
export function parseJsonCatalogue(text: string): CatalogueEntry[] {
    const data = JSON.parse(text) as unknown;
    const list = Array.isArray(data) ? data : (data as { codes?: unknown })?.codes;
    if (!Array.isArray(list)) throw new Error('应为科目数组，或含 codes 数组的对象');
    return list.map((item, index) => toEntry(item as Record<string, unknown>, `第 ${index + 1} 项`));
}

/**
 * A TSV catalogue with a header row naming its columns: code, name, and optionally scheme,
 * definition, source, from, to. Several rows of one code with years give its names over time.
 */
export function parseTsvCatalogue(text: string): CatalogueEntry[] {
    const lines = text.split(/\r?\n/).filter(line => line.trim() !== '' && !line.startsWith('#'));
    const header = (lines.shift() ?? '').split('\t').map(h => h.trim());
    if (!header.includes('code') || !header.includes('name')) throw new Error('表头应含 code 与 name 两列');
    const byCode = new Map<string, { rows: Record<string, string>[] }>();
    lines.forEach(line => {
        const cells = line.split('\t');
        const row = Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
        const group = byCode.get(row.code) ?? { rows: [] };
        group.rows.push(row);
        byCode.set(row.code, group);
    });
    return [...byCode.entries()].map(([code, { rows }]) => {
        const years = (row: Record<string, string>) => ({
            from: row.from ? Number.parseInt(row.from, 10) : undefined,
            to: row.to ? Number.parseInt(row.to, 10) : undefined,
        });
        const spans = rows.map(row => ({ name: row.name, ...years(row) }));
        const newest = [...spans].sort((a, b) => (b.from ?? -Infinity) - (a.from ?? -Infinity))[0];
        const first = rows.find(r => r.definition) ?? rows[0];
        return toEntry({
            code,
            name: newest.name,
            scheme: first.scheme || undefined,
            definition: first.definition || undefined,
            source: first.source || undefined,
            names: rows.length > 1 || spans.some(s => s.from !== undefined || s.to !== undefined) ? spans : undefined,
        }, `编码 ${code}`);
    });
}

function toEntry(item: Record<string, unknown>, where: string): CatalogueEntry {
    const code = String(item.code ?? '').trim();
    const name = String(item.name ?? '').trim();
    if (!/^\d{3}(\d{2}){0,2}$/.test(code)) throw new Error(`${where}：编码“${code}”应为 3、5 或 7 位数字`);
    if (!name) throw new Error(`${where}：编码 ${code} 缺少名称`);
    const scheme = item.scheme === '功能' || item.scheme === '经济' ? item.scheme : schemeOf(code);
    const names = Array.isArray(item.names)
        ? (item.names as Record<string, unknown>[]).map(n => ({
            name: String(n.name ?? '').trim(),
            from: typeof n.from === 'number' ? n.from : undefined,
            to: typeof n.to === 'number' ? n.to : undefined,
        })).filter(n => n.name)
        : undefined;
    return {
        code,
        name,
        scheme,
        definition: typeof item.definition === 'string' && item.definition.trim() ? item.definition.trim() : undefined,
        source: typeof item.source === 'string' && item.source.trim() ? item.source.trim() : '工作区科目表',
        names: names && names.length > 0 ? names : undefined,
    };
}
