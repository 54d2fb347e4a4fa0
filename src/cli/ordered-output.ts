// Standard output and standard error written so that each text arrives whole and in the order
// written, also when both go to one pipe (`juesuan check … 2>&1 | less`). Node writes to a full
// pipe later, in pieces, as the reader empties it; a write to the other stream meanwhile goes
// straight into the room the reader made, between two pieces: the summary landed in the middle of
// the last finding's line. So a write waits until the other stream has sent everything before it.
import type { Writable } from 'node:stream';

export interface OrderedOutput {
    stdout(text: string): void;
    stderr(text: string): void;
    /** Resolves when everything written so far has been handed to the system. */
    flushed(): Promise<void>;
}

export function orderedOutput(out: Writable = process.stdout, err: Writable = process.stderr): OrderedOutput {
    const sent = new Map<Writable, Promise<void>>([[out, Promise.resolve()], [err, Promise.resolve()]]);
    /** Writes still held back until the other stream's are sent, in the order they were made. */
    let held: Promise<void> | undefined;
    let heldCount = 0;

    const send = (stream: Writable, text: string) => {
        // resolved once the stream's own writes before this one are sent too: a stream sends in order;
        // a failed write (EPIPE) counts as sent, so that nothing waits on it for ever
        sent.set(stream, new Promise<void>(resolve => {
            stream.write(text, () => resolve());
        }));
    };

    const write = (stream: Writable, other: Writable, text: string) => {
        if (text === '') return;
        // the common case, a stream the system takes at once: written now, no promise waited on
        if (held === undefined && other.writableLength === 0) {
            send(stream, text);
            return;
        }
        heldCount++;
        held = (held ?? Promise.resolve()).then(() => sent.get(other)).then(() => {
            send(stream, text);
            if (--heldCount === 0) held = undefined;
        });
    };

    return {
        stdout: text => write(out, err, text),
        stderr: text => write(err, out, text),
        async flushed() {
            while (held !== undefined) await held;
            await Promise.all([sent.get(out), sent.get(err)]);
        },
    };
}
