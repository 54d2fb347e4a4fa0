// Ctrl-C or a kill while a file is being written: the temporary file is removed before the
// process ends, so that no `.X.html.PID.tmp` is left beside the user's files.
import * as fs from 'node:fs';
import { pendingTemporaryFiles } from '../generation/output.js';

const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

let installed = false;

export function removeTemporaryFilesOnSignal(): void {
    if (installed) return;
    installed = true;
    for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
        process.once(signal, () => {
            for (const file of pendingTemporaryFiles) {
                try {
                    fs.unlinkSync(file);
                } catch {
                    // already renamed into place, or removed
                }
            }
            process.exit(code);
        });
    }
}
