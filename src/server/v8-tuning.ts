// V8's settings for the language server, made when its bundle starts (out/server.cjs, which VS Code
// runs in its own Node): bin/juesuan.cjs makes the same for the command line and `juesuan lsp`.
import { setFlagsFromString } from 'node:v8';

/**
 * How much a function runs before V8 considers optimizing it: 8 times Node 20's default (67584),
 * as bin/juesuan.cjs sets it. A keystroke runs much of the bundle, most of it briefly, and at the
 * default budget TurboFan compiled hundreds of functions that had little left to run. Starting and
 * checking the seed report 5 times as a keystroke does took 26% fewer instructions with it, 25 times
 * 18% (callgrind, Node 20): 11% fewer for each keystroke once the server has warmed up.
 */
const INTERRUPT_BUDGET = '--interrupt-budget=540672';

/**
 * Raises the optimization budget on the V8 of Node 20 (11.3) only, where it was measured. Other V8s
 * tier up differently (VS Code's Electron runs Chromium's V8, not its Node's), and a flag a V8
 * lacks is printed as an error (over --stdio the output carries the protocol). Set at
 * run time it applies to every function from its next budget on, so before the services are made.
 */
export function tuneV8(): void {
    if (process.versions.v8.startsWith('11.3.')) setFlagsFromString(INTERRUPT_BUDGET);
}
