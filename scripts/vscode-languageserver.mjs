// vscode-languageserver, imported once (see ONE_LANGUAGE_SERVER in bundle-options.mjs).
export * from 'vscode-languageserver';
