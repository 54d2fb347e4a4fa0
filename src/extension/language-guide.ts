import * as vscode from 'vscode';

/** The command “决算：打开语言说明”. */
export const LANGUAGE_GUIDE_COMMAND = 'juesuan.language.open';

/** docs/language.md, shipped in the .vsix, shown in VS Code's Markdown preview. */
export function registerLanguageGuide(context: vscode.ExtensionContext): void {
    const guide = vscode.Uri.joinPath(context.extensionUri, 'docs', 'language.md');
    context.subscriptions.push(vscode.commands.registerCommand(LANGUAGE_GUIDE_COMMAND, () => vscode.commands.executeCommand('markdown.showPreview', guide)));
}
