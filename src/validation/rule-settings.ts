// Rule settings from `juesuan.json` files: a report's folder and every folder above it may hold
// one, `{ "rules": { "prose-figure": "warning", "magnitude": "off" } }`. They are merged outward:
// a nearer file's setting of a rule overrides a farther one's, and a file with `"root": true`
// ends the search (a bureau sets its policy once at the top, a department's folder changes one
// rule). The language server and the command line read them here, through the validator.
import type { FileSystemProvider, URI } from 'langium';
import { UriUtils } from 'langium';
import type { JuesuanSharedServices } from '../language/juesuan-core-module.js';
import { isRuleId, RULE_CATALOGUE, type RuleId } from './rule-catalogue.js';

export const SETTINGS_FILE = 'juesuan.json';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/** A mistake in a settings file, reported on each report it applies to. */
export interface SettingsProblem {
    /** The file, as a path for people. */
    readonly file: string;
    readonly message: string;
}

/** The settings that apply to one report. */
export interface RuleSettings {
    /** The severity a rule's findings get instead of their own; 'off' runs the rule not at all. */
    readonly rules: ReadonlyMap<RuleId, SeveritySetting>;
    readonly problems: readonly SettingsProblem[];
}

const NO_SETTINGS: RuleSettings = { rules: new Map(), problems: [] };

interface SettingsFile {
    readonly root: boolean;
    readonly rules: ReadonlyMap<RuleId, SeveritySetting>;
    readonly problems: readonly SettingsProblem[];
}

/** Reads a juesuan.json; every mistake becomes a problem, and what is right is still used. */
export function parseSettings(text: string, file: string): SettingsFile {
    const problems: SettingsProblem[] = [];
    const problem = (message: string) => problems.push({ file, message });
    let json: unknown;
    try {
        json = JSON.parse(text);
    } catch (err) {
        problem(`不是合法的 JSON（${err instanceof Error ? err.message : String(err)}），整个文件被忽略。`);
        return { root: false, rules: new Map(), problems };
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        problem('应为一个 JSON 对象，如 { "rules": { "magnitude": "off" } }，整个文件被忽略。');
        return { root: false, rules: new Map(), problems };
    }
    const { root, rules, ...others } = json as Record<string, unknown>;
    for (const key of Object.keys(others)) problem(`不认识的设置项“${key}”（可用：rules、root），已忽略。`);
    if (root !== undefined && typeof root !== 'boolean') problem('“root”应为 true 或 false，已忽略。');
    const settings = new Map<RuleId, SeveritySetting>();
    if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) {
        problem('“rules”应为一个对象，如 { "magnitude": "off" }，已忽略。');
    } else {
        for (const [id, value] of Object.entries((rules ?? {}) as Record<string, unknown>)) {
            if (!isRuleId(id)) {
                problem(`没有名为“${id}”的规则，这项设置被忽略。`);
            } else if ((RULE_CATALOGUE[id] as { engine?: true }).engine) {
                problem(`“${id}”不是可以设置的规则（由校验引擎报告），这项设置被忽略。`);
            } else if (typeof value !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(value)) {
                problem(`规则 ${id} 的级别“${String(value)}”无效（可用：${SEVERITY_SETTINGS.join('、')}），这项设置被忽略。`);
            } else {
                settings.set(id, value as SeveritySetting);
            }
        }
    }
    return { root: root === true, rules: settings, problems };
}

const providers = new WeakMap<JuesuanSharedServices, RuleSettingsProvider>();

/** The settings provider of a workspace: one, so the rules' engine and the lexer's findings of a rule read the same settings. */
export function ruleSettingsOf(shared: JuesuanSharedServices): RuleSettingsProvider {
    let provider = providers.get(shared);
    if (!provider) providers.set(shared, provider = new RuleSettingsProvider(shared));
    return provider;
}

/**
 * Finds and merges the settings of a report's folder, cached by folder (a keystroke costs one
 * map lookup). The cache is emptied when a juesuan.json changes (the server hears of it from the
 * client's file watcher) and the open reports are checked again.
 */
export class RuleSettingsProvider {
    private readonly folders = new Map<string, RuleSettings>();
    private readonly files = new Map<string, SettingsFile | undefined>();
    private readonly fileSystem: FileSystemProvider;

    constructor(private readonly shared: JuesuanSharedServices) {
        this.fileSystem = shared.workspace.FileSystemProvider;
        shared.lsp?.DocumentUpdateHandler?.onWatchedFilesChange(params => {
            if (params.changes.some(change => change.uri.endsWith(`/${SETTINGS_FILE}`))) void this.reload();
        });
    }

    /** The settings of the report at `uri`; none for a report not on disk (untitled). */
    forDocument(uri: URI): RuleSettings {
        if (uri.scheme !== 'file') return NO_SETTINGS;
        return this.forFolder(UriUtils.dirname(uri));
    }

    private forFolder(folder: URI): RuleSettings {
        const key = folder.toString();
        const cached = this.folders.get(key);
        if (cached) return cached;
        const file = this.read(UriUtils.joinPath(folder, SETTINGS_FILE));
        const parent = UriUtils.dirname(folder);
        const outer = file?.root || parent.toString() === key ? NO_SETTINGS : this.forFolder(parent);
        const settings = file
            ? { rules: new Map([...outer.rules, ...file.rules]), problems: [...outer.problems, ...file.problems] }
            : outer;
        this.folders.set(key, settings);
        return settings;
    }

    private read(uri: URI): SettingsFile | undefined {
        const key = uri.toString();
        if (this.files.has(key)) return this.files.get(key);
        let file: SettingsFile | undefined;
        try {
            if (this.fileSystem.existsSync(uri) && this.fileSystem.statSync(uri).isFile) {
                file = parseSettings(this.fileSystem.readFileSync(uri), uri.fsPath);
            }
        } catch (err) {
            file = { root: false, rules: new Map(), problems: [{ file: uri.fsPath, message: `无法读取（${err instanceof Error ? err.message : String(err)}）。` }] };
        }
        this.files.set(key, file);
        return file;
    }

    /** Forgets what was read and checks the open reports again. */
    async reload(): Promise<void> {
        this.folders.clear();
        this.files.clear();
        const workspace = this.shared.workspace;
        const documents = workspace.LangiumDocuments.all.map(d => d.uri).toArray();
        if (documents.length === 0) return;
        await workspace.WorkspaceLock.write(token => workspace.DocumentBuilder.update(documents, [], token));
    }
}
