import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { createLanguageClient } from './language-client.js';
import { registerLanguageGuide } from './language-guide.js';
import { registerNewReport } from './new-report.js';
import { registerNextYear } from './next-year.js';
import { registerOfficeCommands } from './office-commands.js';
import { registerReportCommands } from '../preview/commands.js';

let client: LanguageClient | undefined;

/** Activated by `onLanguage:juesuan`: starts the language server. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = createLanguageClient(context);
    registerNewReport(context);
    registerNextYear(context);
    registerLanguageGuide(context);
    registerReportCommands(context);
    registerOfficeCommands(context);
    // Commands and views that do not need the server are registered above this line,
    // so that they are there even while the server starts.
    await client.start();
}

export async function deactivate(): Promise<void> {
    const running = client;
    client = undefined;
    await running?.stop();
}
