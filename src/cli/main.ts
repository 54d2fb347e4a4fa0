// The `juesuan` command line: wires the subcommands (one file each under src/cli/) into commander.
// Bundled to out/cli.cjs and run by bin/juesuan.cjs.
import { CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../export/formats.js';
import type { BuildOptions } from './build.js';
import type { ImportCommandOptions } from './import.js';
import { EXIT_USAGE, runAsCheckWorker, runCheck, type OutputFormat } from './check.js';
import { OUTPUT_FORMATS } from './diagnostics-format.js';
import { DEFAULT_MAX_SIZE_MB } from './files.js';
import { readVersion } from './version.js';
import { runLsp, UsageError, type LspOptions } from './lsp.js';
import { ChineseCommand } from './zh-command.js';

/**
 * Set when a check has written everything (runCheck resolves once its output is handed to the system): the process
 * then exits at once. Left to end by itself, Node first waits for V8's background work (optimizing compiles, a
 * collection the check's garbage started) and tears the heap down, 40–100 ms of a one-file check's wall time under
 * load, for nothing the check still needs; process.exit still runs the 'exit' handlers (bin/juesuan.cjs's code cache).
 */
let finished = false;

export function createProgram(): ChineseCommand {
    const program = new ChineseCommand('juesuan');
    program
        .description('部门决算报告（.juesuan 文件）的校验与语言服务')
        .usage('[选项] <命令>')
        .version(readVersion(), '-v, --version', '显示版本号')
        .showSuggestionAfterError(true)
        .showHelpAfterError('运行“juesuan --help”查看用法。')
        .helpCommand('help [命令]', '显示命令的帮助');

    program.command('check')
        .description('校验 .juesuan 文件，输出错误、警告与提示')
        .usage('[选项] <路径...>')
        .argument('<路径...>', '要校验的文件、目录（递归查找 *.juesuan，跳过 node_modules 与以 . 开头的目录）或通配模式（如 "报告/**/*.juesuan"）')
        .showHelpAfterError('运行“juesuan check --help”查看用法。')
        .addOption(new Option('--format <格式>', '输出格式：text（默认，给人看）、gcc（供问题匹配器读取）、json（含修正）、sarif（SARIF 2.1.0）、github（GitHub 注释）').choices(OUTPUT_FORMATS).default('text'))
        .option('-j, --jobs <线程数>', '同时校验所用的线程数（默认：处理器核数减一，至少一个；文件少时只用一个）', parseJobs)
        .option('--fix', '应用安全的修正并写回文件（先写临时文件再改名替换）')
        .addOption(new Option('--fix-dry-run', '不写文件，把安全的修正以统一差异格式（diff）输出').conflicts('fix'))
        .option('--max-size <MB>', `不读取大于此大小的文件（默认 ${DEFAULT_MAX_SIZE_MB}）`, parseMaxSize)
        .addHelpText('after', [
            '',
            'text 格式每条结果一行：文件:行:列: 错误|警告|提示 [规则] 说明；gcc 格式：文件:行:列: error|warning|note: 说明 [规则]。',
            '规则的级别可在 juesuan.json 中设置，某一处可用注释 // juesuan-disable-next-line 规则 抑制，见 README。',
            '退出码：0 没有错误；1 有错误；2 文件无法读取、路径找不到文件或命令用法有误。',
        ].join('\n'))
        .action(async (paths: string[], options: { format: OutputFormat; jobs?: number; fix?: boolean; fixDryRun?: boolean; maxSize?: number }) => {
            const fix = options.fix ? 'write' : options.fixDryRun ? 'dry-run' : 'none';
            process.exitCode = await runCheck(paths, { format: options.format, jobs: options.jobs, fix, maxSizeMb: options.maxSize });
            finished = true;
        });

    program.command('build')
        .description('由 .juesuan 文件生成可发布的决算报告：HTML（默认）、Word、Excel 或 PDF')
        .usage('[选项] <文件>')
        .argument('<文件>', '要生成报告的 .juesuan 文件')
        .showHelpAfterError('运行“juesuan build --help”查看用法。')
        .option('-f, --format <格式>', '报告格式：html（默认）、docx（Word）、xlsx（Excel，封面和每张表一个工作表）、pdf（由本机的 Chromium/Chrome/Edge 打印）', parseBuildFormat, 'html' as ExportFormat)
        .option('-o, --output <输出文件>', '报告写到哪里（默认：与源文件同名、扩展名随格式，放在同一目录）')
        .addHelpText('after', [
            '',
            '不会覆盖源文件；先写入同目录下的临时文件，再改名替换，不会留下写了一半的报告。',
            '源文件有错误时仍会生成报告，同时列出错误。',
            '退出码：0 已生成且没有错误；1 已生成，但源文件有错误；2 未生成（文件无法读取、输出会覆盖源文件或无法写入）。',
        ].join('\n'))
        .action(async (file: string, options: BuildOptions) => {
            // the report generator and its charts are a bundle of their own, beside this one
            // (scripts/bundle-options.mjs): check and lsp do not load them
            const { runBuild } = require('./cli-build.cjs') as typeof import('./build.js');
            process.exitCode = await runBuild(file, options);
        });

    program.command('review')
        .description('审阅一批报告：生成一个网页，列出每个报告的问题（按级别、规则计数，可排序），链接到出错的行和生成的报告')
        .usage('[选项] <路径...> -o <网页>')
        .argument('<路径...>', '要审阅的文件、目录或通配模式（同 check）')
        .showHelpAfterError('运行“juesuan review --help”查看用法。')
        .requiredOption('-o, --output <网页>', '审阅网页写到哪里（如 review.html）')
        .option('--no-reports', '不生成各报告的 HTML（默认生成在网页旁的“<网页名>-报告”目录中）')
        .option('-j, --jobs <线程数>', '同时校验所用的线程数', parseJobs)
        .option('--max-size <MB>', `不读取大于此大小的文件（默认 ${DEFAULT_MAX_SIZE_MB}）`, parseMaxSize)
        .addHelpText('after', ['', '退出码：0 没有错误；1 有错误；2 文件无法读取、路径找不到文件或命令用法有误。'].join('\n'))
        .action(async (paths: string[], options: { output: string; reports: boolean; jobs?: number; maxSize?: number }) => {
            const { runReview } = require('./cli-build.cjs') as typeof import('./build.js');
            process.exitCode = await runReview(paths, { output: options.output, reports: options.reports, jobs: options.jobs, maxSizeMb: options.maxSize });
        });

    program.command('import')
        .description('从 Excel 工作簿（.xlsx/.xls）导入决算报表，写成 .juesuan 报告，或更新已有报告中的数字')
        .usage('[选项] <工作簿>')
        .argument('<工作簿>', '决算报表的 Excel 文件（一张表一个工作表，或几张表在一个工作表中）')
        .showHelpAfterError('运行“juesuan import --help”查看用法。')
        .option('-o, --output <报告>', '写到这个 .juesuan 文件（不写则输出到标准输出）；文件已存在时须加 --update')
        .option('--update', '把工作簿中的数字更新到 -o 指定的已有报告中：只改表中的数字，文字、属性和注释保持原样，并列出每处改动')
        .option('-t, --template <模板>', '按哪个模板识别各表（默认：已有报告的模板，或与工作簿最吻合的模板）')
        .addHelpText('after', [
            '',
            '金额按报告的单位（万元）换算，四舍五入到两位小数；空单元格写作 -，与 0 区分。',
            '工作簿有问题（加密、损坏、以文本存储的数字、没有计算结果的公式、认不出的表、两个工作表是同一张表）时，',
            '列出每个问题所在的工作表和单元格，不写入任何文件。写入时先写临时文件再改名替换。',
            '退出码：0 已导入；2 未导入（文件无法读取、工作簿有问题或命令用法有误）。',
        ].join('\n'))
        .action(async (book: string, options: ImportCommandOptions) => {
            // reading workbooks (exceljs, SheetJS) is a bundle of its own, like build's
            const { runImport } = require('./cli-import.cjs') as typeof import('./import.js');
            process.exitCode = await runImport(book, options);
        });

    program.command('next')
        .description('由本年度的报告新建下一年度的报告：文字保留，各行本年的数（表中各列的）移到“上年”，本年数字不写、留待填写，年度加一，并加上链接本文件的“上年”行')
        .usage('<文件> -o <新报告>')
        .argument('<文件>', '本年度的 .juesuan 报告')
        .showHelpAfterError('运行“juesuan next --help”查看用法。')
        .requiredOption('-o, --output <新报告>', '下一年度的报告写到哪里（如 ../2025/单位.juesuan）；文件已存在时不覆盖')
        .addHelpText('after', ['', '退出码：0 已写入；2 未写入（文件无法读取、有语法错误、新报告已存在或无法写入）。'].join('\n'))
        .action(async (file: string, options: { output: string }) => {
            // loaded here: it needs the language server's services
            const { runNext } = await import('./next.js');
            process.exitCode = await runNext(file, options);
        });

    program.command('lsp')
        .description('启动语言服务器（供 Neovim、Emacs、Helix 等编辑器使用）')
        .usage('--stdio | --node-ipc | --socket=<端口> | --pipe=<管道名>')
        .showHelpAfterError('运行“juesuan lsp --help”查看用法。')
        .option('--stdio', '通过标准输入输出通信')
        .option('--node-ipc', '通过 Node.js 进程间通信（IPC）通信')
        .option('--socket <端口>', '连接到本机的 TCP 端口')
        .option('--pipe <管道名>', '连接到命名管道')
        .option('--clientProcessId <进程号>', '客户端进程号：客户端退出后服务器随之退出')
        .addHelpText('after', [
            '',
            '例如 Neovim：vim.lsp.start({ name = "juesuan", cmd = { "juesuan", "lsp", "--stdio" } })',
        ].join('\n'))
        .action(async (options: LspOptions, command: ChineseCommand) => {
            try {
                await runLsp(options);
            } catch (err) {
                if (err instanceof UsageError) command.error(`错误：${err.message}`, { code: 'juesuan.usage' });
                throw err;
            }
        });

    return program;
}

function parseJobs(value: string): number {
    const jobs = Number(value);
    if (Number.isInteger(jobs) && jobs >= 1 && jobs <= 64) return jobs;
    throw new InvalidArgumentError('应为 1 到 64 之间的整数。');
}

function parseMaxSize(value: string): number {
    const mb = Number(value);
    if (Number.isFinite(mb) && mb > 0) return mb;
    throw new InvalidArgumentError('应为大于 0 的数（单位 MB）。');
}

function parseBuildFormat(value: string): ExportFormat {
    const format = value.toLowerCase();
    if (isExportFormat(format)) return format;
    throw new InvalidArgumentError(`可选值为 ${EXPORT_FORMATS.map(f => f.format).join('、')}。`);
}

export async function main(argv: readonly string[] = process.argv): Promise<void> {
    // `juesuan check … | head`: a reader that stops reading ends the output, not in a stack trace
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw err;
    });
    const program = createProgram();
    try {
        await program.parseAsync([...argv]);
    } catch (err) {
        if (err instanceof CommanderError) {
            // exit code 0: help or version was asked for; anything else is bad usage (including
            // help shown because no command was given)
            process.exitCode = err.exitCode === 0 ? 0 : EXIT_USAGE;
            return;
        }
        process.stderr.write(`内部错误：${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
        process.exitCode = EXIT_USAGE;
    }
    if (finished) process.exit();
}

// the same bundle runs the threads `juesuan check` shares its files with
if (!runAsCheckWorker()) void main();
