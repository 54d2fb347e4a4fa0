/**
 * A full-width minus (or the minus sign) glued to a number: －5 typed in a Chinese input method. A module of its own: the
 * server's lexer-error fix reads it, and importing error-messages.ts from there closes an import cycle through
 * token-builder.ts that leaves error-messages' table of messages keyed by undefined.
 */
export const FULL_WIDTH_MINUS = /^[－−][0-9０-９.]/;
