// commander, speaking Chinese: help headings, error messages, and exit code 2 for bad usage.
import { Command, Help, type ErrorOptions } from 'commander';

const TITLES: Record<string, string> = {
    'Usage:': '用法：',
    'Options:': '选项：',
    'Commands:': '命令：',
    'Arguments:': '参数：',
    'Global Options:': '全局选项：',
};

/** Columns a string takes in a terminal: 汉字 and full-width forms take two. */
export function displayWidth(text: string): number {
    let width = 0;
    // eslint-disable-next-line no-control-regex
    for (const char of text.replace(/\x1b\[[0-9;]*m/g, '')) {
        const code = char.codePointAt(0)!;
        const wide = (code >= 0x1100 && code <= 0x115f)
            || (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f)
            || (code >= 0xac00 && code <= 0xd7a3)
            || (code >= 0xf900 && code <= 0xfaff)
            || (code >= 0xfe30 && code <= 0xfe4f)
            || (code >= 0xff00 && code <= 0xff60)
            || (code >= 0xffe0 && code <= 0xffe6)
            || (code >= 0x20000 && code <= 0x3fffd);
        width += wide ? 2 : 1;
    }
    return width;
}

/** commander's English error messages, in Chinese. */
export function translateError(message: string, code: string | undefined): string {
    if (/^错误：/.test(message)) return message;
    const [first, ...rest] = message.split('\n');
    const suggestion = rest.join('\n')
        .replace(/^\(Did you mean one of (.+)\?\)$/, '（是不是要输入以下之一：$1？）')
        .replace(/^\(Did you mean (.+)\?\)$/, '（是不是要输入 $1？）');
    let match: RegExpMatchArray | null;
    let text: string;
    if (code === 'commander.unknownOption' && (match = first.match(/^error: unknown option '(.*)'$/))) {
        text = `错误：未知选项“${match[1]}”。`;
    } else if (code === 'commander.unknownCommand' && (match = first.match(/^error: unknown command '(.*)'$/))) {
        text = `错误：未知命令“${match[1]}”。`;
    } else if (code === 'commander.missingArgument' && (match = first.match(/^error: missing required argument '(.*)'$/))) {
        text = `错误：缺少参数“${match[1]}”。`;
    } else if (code === 'commander.optionMissingArgument' && (match = first.match(/^error: option '(.*)' argument missing$/))) {
        text = `错误：选项 ${match[1]} 缺少值。`;
    } else if (code === 'commander.missingMandatoryOptionValue' && (match = first.match(/^error: required option '(.*)' not specified$/))) {
        text = `错误：必须指定选项 ${match[1]}。`;
    } else if (code === 'commander.excessArguments' && (match = first.match(/Expected (\d+) arguments? but got (\d+)\.$/))) {
        text = `错误：参数太多：应为 ${match[1]} 个，实际 ${match[2]} 个。`;
    } else if (code === 'commander.invalidArgument' && (match = first.match(/^error: option '(.*)' argument '(.*)' is invalid\. ?(.*)$/))) {
        text = `错误：选项 ${match[1]} 的值“${match[2]}”无效。${match[3].replace(/^Allowed choices are (.*)\.$/, '可选值为 $1。')}`;
    } else if (code === 'commander.invalidArgument' && (match = first.match(/^error: command-argument value '(.*)' is invalid for argument '(.*)'\. ?(.*)$/))) {
        text = `错误：参数“${match[2]}”的值“${match[1]}”无效。${match[3]}`;
    } else if (code === 'commander.conflictingOption' && (match = first.match(/^error: (.*) cannot be used with (.*)$/))) {
        text = `错误：${match[1].replace(/^option /, '选项 ')} 不能与 ${match[2].replace(/^option /, '选项 ')} 同时使用。`;
    } else {
        text = first.replace(/^error: /, '错误：');
    }
    return suggestion ? `${text}\n${suggestion}` : text;
}

/**
 * A commander Command whose help and errors are in Chinese and whose usage errors exit
 * with 2 (thrown as CommanderError: the caller sets the exit code). Subcommands made with
 * `.command()` are ChineseCommands too. The `help` command is the caller's to add
 * (`helpCommand('help [命令]', …)`): adding it here would recurse through createCommand.
 */
export class ChineseCommand extends Command {
    constructor(name?: string) {
        super(name);
        this.helpOption('-h, --help', '显示帮助');
        this.configureHelp({
            styleTitle: (title: string) => TITLES[title] ?? title,
            displayWidth,
            formatHelp(this: Help, cmd: Command, helper: Help) {
                // commander puts a space after "Usage:"; none after a full-width colon
                return Help.prototype.formatHelp.call(this, cmd, helper).replace(/^用法： /, '用法：');
            },
            subcommandTerm(this: Help, cmd: Command) {
                return Help.prototype.subcommandTerm.call(this, cmd)
                    .replace('[options]', '[选项]').replace('[command]', '[命令]');
            },
            // the descriptions say the defaults and choices themselves, in Chinese
            optionDescription: option => option.description,
            argumentDescription: argument => argument.description,
        } satisfies Partial<Help>);
        this.exitOverride();
    }

    override createCommand(name?: string): ChineseCommand {
        return new ChineseCommand(name);
    }

    override error(message: string, errorOptions?: ErrorOptions): never {
        return super.error(translateError(message, errorOptions?.code), { ...errorOptions, exitCode: 2 });
    }
}
